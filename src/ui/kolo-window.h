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
void        kolo_window_save_file    (KoloWindow  *self,
                                      GBytes      *bytes,
                                      GFile       *file);
void        kolo_window_save_as      (KoloWindow    *self,
                                      const char    *title,
                                      GtkFileFilter *filter,
                                      const char    *name,
                                      GBytes        *bytes);
GBytes     *kolo_window_make_handout (KoloWindow  *self,
                                      KoloEvent   *event);
void        kolo_window_add_toast    (KoloWindow  *self,
                                      AdwToast    *toast);
void        kolo_window_set_run_event (KoloWindow  *self,
                                       KoloEvent   *event);
KoloRun    *kolo_window_get_run      (KoloWindow   *self);
void        kolo_window_report_error (KoloWindow   *self,
                                      const char   *heading,
                                      const GError *error);
void        kolo_window_show_groups  (KoloWindow  *self,
                                      GPtrArray   *groups);
void        kolo_window_project_groups (KoloWindow *self,
                                      GPtrArray   *groups);
void        kolo_window_show_card    (KoloWindow  *self,
                                      KoloCard    *card);
void        kolo_window_hide_card    (KoloWindow  *self);
KoloWindow *kolo_window_for_widget (GtkWidget    *widget);
void        kolo_report_error        (GtkWindow    *parent,
                                      const char   *heading,
                                      const GError *error);
gboolean    kolo_widget_report_error (GtkWidget    *widget,
                                      const char   *heading,
                                      const GError *error);
AdwToast   *kolo_toast_new           (const char   *format,
                                      ...) G_GNUC_PRINTF (1, 2);

G_END_DECLS
