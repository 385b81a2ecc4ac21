/* kolo-board-view.h — one brainstorm board on the trainer's console
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

#define KOLO_TYPE_BOARD_VIEW (kolo_board_view_get_type ())
G_DECLARE_FINAL_TYPE (KoloBoardView, kolo_board_view, KOLO, BOARD_VIEW, GtkWidget)

KoloBoard *kolo_board_view_get_board      (KoloBoardView *self);
void       kolo_board_view_set_board      (KoloBoardView *self,
                                           KoloBoard     *board);
GtkWidget *kolo_board_view_get_area       (KoloBoardView *self);
GtkEditable *kolo_board_view_get_entry    (KoloBoardView *self);
void       kolo_board_view_edit_question  (KoloBoardView *self);

G_END_DECLS
