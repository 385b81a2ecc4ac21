/* kolo-projector-window.h — what the room sees: the current activity, its
 * instructions, a huge countdown, what comes next
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-ticker.h"

G_BEGIN_DECLS

#define KOLO_TYPE_PROJECTOR_WINDOW (kolo_projector_window_get_type ())
G_DECLARE_FINAL_TYPE (KoloProjectorWindow, kolo_projector_window, KOLO, PROJECTOR_WINDOW,
                      AdwWindow)

KoloProjectorWindow *kolo_projector_window_new          (GtkWindow           *console,
                                                         KoloTicker          *ticker);
void                 kolo_projector_window_set_black    (KoloProjectorWindow *self,
                                                         gboolean             black);
gboolean             kolo_projector_window_get_black    (KoloProjectorWindow *self);
void                 kolo_projector_window_show_on      (KoloProjectorWindow *self,
                                                         GdkMonitor          *monitor);
const char          *kolo_projector_window_get_title_text (KoloProjectorWindow *self);
const char          *kolo_projector_window_get_time_text  (KoloProjectorWindow *self);
GtkWidget           *kolo_projector_window_get_countdown  (KoloProjectorWindow *self);
void                 kolo_projector_window_set_board      (KoloProjectorWindow *self,
                                                           KoloBoard           *board);
KoloBoard           *kolo_projector_window_get_board      (KoloProjectorWindow *self);
GtkWidget           *kolo_projector_window_get_board_page (KoloProjectorWindow *self);
void                 kolo_projector_window_set_groups     (KoloProjectorWindow *self,
                                                           GPtrArray           *groups);
GPtrArray           *kolo_projector_window_get_groups     (KoloProjectorWindow *self);
void                 kolo_projector_window_set_card       (KoloProjectorWindow *self,
                                                           KoloCard            *card);
KoloCard            *kolo_projector_window_get_card       (KoloProjectorWindow *self);
GtkWidget           *kolo_projector_window_get_card_page  (KoloProjectorWindow *self);

gboolean             kolo_run_keys_activate             (GtkWidget           *console,
                                                         guint                keyval,
                                                         GdkModifierType      state,
                                                         gboolean             on_projector);

G_END_DECLS
