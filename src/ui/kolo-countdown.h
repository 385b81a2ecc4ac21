/* kolo-countdown.h — a countdown as large as the space it is given
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KOLO_TYPE_COUNTDOWN (kolo_countdown_get_type ())
G_DECLARE_FINAL_TYPE (KoloCountdown, kolo_countdown, KOLO, COUNTDOWN, GtkWidget)

GtkWidget  *kolo_countdown_new      (void);
const char *kolo_countdown_get_text (KoloCountdown *self);
void        kolo_countdown_set_text (KoloCountdown *self,
                                     const char    *text);

G_END_DECLS
