/* kolo-board-actions.h — what the trainer and the room do to a board
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

/* @widget: any widget in the window (or a dialog of it), for errors and
 * toasts.  Failures are reported to the user. */
gboolean kolo_board_add_idea_from   (GtkWidget   *widget,
                                     KoloBoard   *board,
                                     GtkEditable *text,
                                     GtkEditable *author,
                                     GError     **error);
void     kolo_board_edit_idea       (GtkWidget   *widget,
                                     KoloIdea    *idea);
void     kolo_board_delete_idea     (GtkWidget   *widget,
                                     KoloIdea    *idea);
gboolean kolo_board_move_idea_across (GtkWidget  *widget,
                                     KoloIdea    *idea,
                                     int          direction);
gboolean kolo_board_move_idea_along (GtkWidget   *widget,
                                     KoloIdea    *idea,
                                     int          direction);
gboolean kolo_board_drop_idea       (GtkWidget   *widget,
                                     KoloIdea    *idea,
                                     KoloCluster *cluster,
                                     KoloIdea    *before);
KoloCluster *kolo_board_add_cluster (GtkWidget   *widget,
                                     KoloBoard   *board);
void     kolo_board_delete_cluster  (GtkWidget   *widget,
                                     KoloCluster *cluster);
void     kolo_board_merge_cluster   (GtkWidget   *widget,
                                     KoloCluster *from,
                                     KoloCluster *into);
void     kolo_board_reset_votes_of  (GtkWidget   *widget,
                                     KoloBoard   *board);

void     kolo_board_delete          (GtkWidget   *widget,
                                     KoloBoard   *board);
GBytes  *kolo_board_export_bytes    (KoloBoard   *board,
                                     const char  *format,
                                     GError     **error);
void     kolo_board_export          (GtkWidget   *widget,
                                     KoloBoard   *board,
                                     const char  *format);

KoloBoard *kolo_board_for_activity  (GtkWidget    *widget,
                                     KoloActivity *activity);

G_END_DECLS
