/* kolo-board-column.h — one cluster of a board (or its ungrouped ideas) as
 * a column of notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

#define KOLO_TYPE_BOARD_COLUMN (kolo_board_column_get_type ())
G_DECLARE_FINAL_TYPE (KoloBoardColumn, kolo_board_column, KOLO, BOARD_COLUMN, GtkWidget)

KoloBoardColumn *kolo_board_column_new         (KoloBoard       *board,
                                                KoloCluster     *cluster,
                                                gboolean         on_projector);
KoloCluster     *kolo_board_column_get_cluster (KoloBoardColumn *self);
GListModel      *kolo_board_column_get_shown   (KoloBoardColumn *self);
void             kolo_board_column_set_wide    (KoloBoardColumn *self,
                                                gboolean         wide);
void             kolo_board_column_rename      (KoloBoardColumn *self);

G_END_DECLS
