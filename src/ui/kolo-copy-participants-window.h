/* kolo-copy-participants-window.h — bringing people back from an earlier
 * event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

#define KOLO_TYPE_COPY_PARTICIPANTS_WINDOW (kolo_copy_participants_window_get_type ())
G_DECLARE_FINAL_TYPE (KoloCopyParticipantsWindow, kolo_copy_participants_window, KOLO,
                      COPY_PARTICIPANTS_WINDOW, AdwWindow)

GtkWindow *kolo_copy_participants_window_new    (GtkWindow                  *parent,
                                                 KoloEvent                  *event);
void       kolo_copy_participants_window_select (KoloCopyParticipantsWindow *self,
                                                 KoloEvent                  *from,
                                                 gboolean                    all);
guint      kolo_copy_participants_window_copy   (KoloCopyParticipantsWindow *self);

G_END_DECLS
