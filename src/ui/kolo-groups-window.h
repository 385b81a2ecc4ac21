/* kolo-groups-window.h — random mixed groups of those present
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

#define KOLO_TYPE_GROUPS_WINDOW (kolo_groups_window_get_type ())
G_DECLARE_FINAL_TYPE (KoloGroupsWindow, kolo_groups_window, KOLO, GROUPS_WINDOW, AdwWindow)

GtkWindow  *kolo_groups_window_new         (GtkWindow        *parent,
                                            KoloEvent        *event);
void        kolo_groups_window_make        (KoloGroupsWindow *self);
GPtrArray  *kolo_groups_window_get_groups  (KoloGroupsWindow *self);
void        kolo_groups_window_set_size    (KoloGroupsWindow *self,
                                            guint             size);
void        kolo_groups_window_set_locked  (KoloGroupsWindow *self,
                                            guint             group,
                                            gboolean          locked);
const char *kolo_groups_window_get_summary (KoloGroupsWindow *self);

G_END_DECLS
