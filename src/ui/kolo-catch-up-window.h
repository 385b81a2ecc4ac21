/* kolo-catch-up-window.h — winning back time when the day runs late
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

#define KOLO_TYPE_CATCH_UP_WINDOW (kolo_catch_up_window_get_type ())
G_DECLARE_FINAL_TYPE (KoloCatchUpWindow, kolo_catch_up_window, KOLO, CATCH_UP_WINDOW, AdwWindow)

GtkWindow *kolo_catch_up_window_new    (GtkWindow         *parent,
                                        KoloRun           *run);
void       kolo_catch_up_window_apply  (KoloCatchUpWindow *self);
GArray    *kolo_catch_up_window_get_plan (KoloCatchUpWindow *self);

G_END_DECLS
