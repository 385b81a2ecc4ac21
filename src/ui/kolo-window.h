/* kolo-window.h — the main window: the events library and an event's page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

#define KOLO_TYPE_WINDOW (kolo_window_get_type ())
G_DECLARE_FINAL_TYPE (KoloWindow, kolo_window, KOLO, WINDOW, AdwApplicationWindow)

KoloWindow *kolo_window_new          (gpointer     application,
                                      KoloStore   *store);
KoloStore  *kolo_window_get_store    (KoloWindow  *self);
void        kolo_window_open_event   (KoloWindow  *self,
                                      KoloEvent   *event);
void        kolo_window_show_library (KoloWindow  *self);
KoloEvent  *kolo_window_get_event    (KoloWindow  *self);
void        kolo_window_import_file  (KoloWindow  *self,
                                      GFile       *file);
void        kolo_window_add_toast    (KoloWindow  *self,
                                      AdwToast    *toast);

G_END_DECLS
