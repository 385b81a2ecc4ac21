/* kolo-cluster.h — a named group of ideas on a brainstorm board
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kolo-note-color.h"

G_BEGIN_DECLS

typedef struct _KoloBoard KoloBoard;

#define KOLO_TYPE_CLUSTER (kolo_cluster_get_type ())
G_DECLARE_FINAL_TYPE (KoloCluster, kolo_cluster, KOLO, CLUSTER, GObject)

KoloCluster   *kolo_cluster_new       (const char    *title);
gint64         kolo_cluster_get_id    (KoloCluster   *self);
KoloBoard     *kolo_cluster_get_board (KoloCluster   *self);
const char    *kolo_cluster_get_title (KoloCluster   *self);
void           kolo_cluster_set_title (KoloCluster   *self,
                                       const char    *title);
KoloNoteColor  kolo_cluster_get_color (KoloCluster   *self);
void           kolo_cluster_set_color (KoloCluster   *self,
                                       KoloNoteColor  color);
/* Its ideas in their order (KoloIdea) */
GListModel    *kolo_cluster_get_ideas (KoloCluster   *self);
/* The sum of its ideas' votes; notifies as they change */
int            kolo_cluster_get_votes (KoloCluster   *self);
gboolean       kolo_cluster_move      (KoloCluster   *self,
                                       guint          position,
                                       GError       **error);

G_END_DECLS
