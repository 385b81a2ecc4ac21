/* kolo-boards-page.h — the Boards tab of an event: its boards and the one
 * open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

#define KOLO_TYPE_BOARDS_PAGE (kolo_boards_page_get_type ())
G_DECLARE_FINAL_TYPE (KoloBoardsPage, kolo_boards_page, KOLO, BOARDS_PAGE, GtkWidget)

void       kolo_boards_page_set_event (KoloBoardsPage *self,
                                       KoloEvent      *event);
void       kolo_boards_page_select    (KoloBoardsPage *self,
                                       KoloBoard      *board);
KoloBoard *kolo_boards_page_get_board (KoloBoardsPage *self);
GtkWidget *kolo_boards_page_get_view  (KoloBoardsPage *self);

G_END_DECLS
