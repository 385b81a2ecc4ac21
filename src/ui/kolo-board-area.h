/* kolo-board-area.h — a board's ideas: "Ungrouped" and then every cluster,
 * side by side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

#define KOLO_TYPE_BOARD_AREA (kolo_board_area_get_type ())
G_DECLARE_FINAL_TYPE (KoloBoardArea, kolo_board_area, KOLO, BOARD_AREA, GtkWidget)

KoloBoardArea *kolo_board_area_new        (gboolean       on_projector);
void           kolo_board_area_set_board  (KoloBoardArea *self,
                                           KoloBoard     *board);
KoloBoard     *kolo_board_area_get_board  (KoloBoardArea *self);
GtkWidget     *kolo_board_area_get_column (KoloBoardArea *self,
                                           KoloCluster   *cluster);

G_END_DECLS
