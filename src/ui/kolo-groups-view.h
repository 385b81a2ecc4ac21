/* kolo-groups-view.h — groups of participants as cards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

#define KOLO_TYPE_GROUPS_VIEW (kolo_groups_view_get_type ())
G_DECLARE_FINAL_TYPE (KoloGroupsView, kolo_groups_view, KOLO, GROUPS_VIEW, GtkWidget)

KoloGroupsView *kolo_groups_view_new        (gboolean        on_projector);
/* @groups: GPtrArray of GPtrArray of KoloParticipant; @locked (nullable):
 * booleans, one per group (the console shows a lock to toggle) */
void            kolo_groups_view_set_groups (KoloGroupsView *self,
                                             GPtrArray      *groups,
                                             const gboolean *locked);
GPtrArray      *kolo_groups_view_get_groups (KoloGroupsView *self);

G_END_DECLS
