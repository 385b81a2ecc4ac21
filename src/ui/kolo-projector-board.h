/* kolo-projector-board.h — a brainstorm board as the room sees it, where
 * participants walk up and type their ideas
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

#define KOLO_TYPE_PROJECTOR_BOARD (kolo_projector_board_get_type ())
G_DECLARE_FINAL_TYPE (KoloProjectorBoard, kolo_projector_board, KOLO, PROJECTOR_BOARD, GtkWidget)

KoloProjectorBoard *kolo_projector_board_new          (void);
KoloBoard          *kolo_projector_board_get_board    (KoloProjectorBoard *self);
void                kolo_projector_board_set_board    (KoloProjectorBoard *self,
                                                       KoloBoard          *board);
GtkEditable        *kolo_projector_board_get_entry    (KoloProjectorBoard *self);
GtkWidget          *kolo_projector_board_get_area     (KoloProjectorBoard *self);
const char         *kolo_projector_board_get_message  (KoloProjectorBoard *self);

G_END_DECLS
