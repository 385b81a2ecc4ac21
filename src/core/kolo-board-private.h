/* kolo-board-private.h — how boards, clusters and ideas are built and linked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kolo-board.h"
#include "kolo-event.h"
#include "kolo-store.h"

G_BEGIN_DECLS

/* An idea belongs to its board (ungrouped or not) and, when grouped, to a
 * cluster of the same board; a cluster belongs to a board, a board to an
 * event.  All these links are unowned: the parent's lists own the
 * children, and a parent detaches its children when it goes. */

KoloIdea    *_kolo_idea_new                (gint64          id,
                                            const char     *text,
                                            const char     *author,
                                            KoloNoteColor   color,
                                            gint64          created,
                                            int             votes,
                                            gboolean        pending);
void         _kolo_idea_set_id             (KoloIdea       *self,
                                            gint64          id);
void         _kolo_idea_set_board          (KoloIdea       *self,
                                            KoloBoard      *board);
void         _kolo_idea_set_cluster        (KoloIdea       *self,
                                            KoloCluster    *cluster);
/* Change the object only (recorded for undo, notified): the caller has
 * written the change already, for many ideas in one transaction. */
void         _kolo_idea_apply_author       (KoloIdea       *self,
                                            const char     *author);
void         _kolo_idea_apply_votes        (KoloIdea       *self,
                                            int             votes);
/* Not recorded: an idea that joins an anonymous board loses its author
 * and its participant. */
void         _kolo_idea_drop_author        (KoloIdea       *self);
/* The link to the participant who gave the idea: recorded for undo (the
 * caller wrote it), or as loaded (nothing recorded, nothing written). */
void         _kolo_idea_apply_participant  (KoloIdea        *self,
                                            KoloParticipant *participant);
void         _kolo_idea_link_participant   (KoloIdea        *self,
                                            KoloParticipant *participant);
/* The participant's row ID to store, 0 for none; a participant deleted
 * meanwhile is forgotten. */
gint64       _kolo_idea_get_participant_id (KoloIdea       *self);

KoloCluster *_kolo_cluster_new             (gint64          id,
                                            const char     *title,
                                            KoloNoteColor   color);
void         _kolo_cluster_set_id          (KoloCluster    *self,
                                            gint64          id);
void         _kolo_cluster_set_board       (KoloCluster    *self,
                                            KoloBoard      *board);
GListStore  *_kolo_cluster_get_list        (KoloCluster    *self);
/* An idea came, went or changed its votes: the sum follows. */
void         _kolo_cluster_add_votes       (KoloCluster    *self,
                                            int             delta);

KoloBoard   *_kolo_board_new               (gint64          id,
                                            const char     *question,
                                            gboolean        anonymous,
                                            gboolean        hidden,
                                            gboolean        moderated,
                                            gboolean        sort_by_votes);
void         _kolo_board_set_id            (KoloBoard      *self,
                                            gint64          id);
void         _kolo_board_set_event         (KoloBoard      *self,
                                            KoloEvent      *event);
KoloStore   *_kolo_board_get_store         (KoloBoard      *self);
/* The link as loaded from the store: nothing is written. */
void         _kolo_board_link_activity     (KoloBoard      *self,
                                            KoloActivity   *activity);
/* The activity's row ID to store, 0 for none */
gint64       _kolo_board_get_activity_id   (KoloBoard      *self);
GListStore  *_kolo_board_get_cluster_list  (KoloBoard      *self);
GListStore  *_kolo_board_get_ungrouped_list (KoloBoard     *self);
/* @idea joined or left the board (any cluster): the list of every idea,
 * the pending count and the idea's board follow. */
void         _kolo_board_idea_added        (KoloBoard      *self,
                                            KoloIdea       *idea);
void         _kolo_board_idea_removed      (KoloBoard      *self,
                                            KoloIdea       *idea);
void         _kolo_board_add_pending       (KoloBoard      *self,
                                            int             delta);

GListStore  *_kolo_event_get_board_list    (KoloEvent      *self);

/* Write the rows of an object and its children and set their new IDs;
 * the caller holds the transaction.  kolo-board-store.c */
gboolean     _kolo_board_write_idea        (KoloStore      *store,
                                            gint64          board_id,
                                            gint64          cluster_id,
                                            guint           position,
                                            KoloIdea       *idea,
                                            gboolean        anonymous,
                                            GError        **error);
gboolean     _kolo_board_write_cluster     (KoloStore      *store,
                                            gint64          board_id,
                                            guint           position,
                                            KoloCluster    *cluster,
                                            gboolean        anonymous,
                                            GError        **error);
gboolean     _kolo_board_write_board       (KoloStore      *store,
                                            gint64          event_id,
                                            guint           position,
                                            KoloBoard      *board,
                                            GError        **error);

/* Loads every board of @event with its clusters and ideas, one query per
 * table, into @boards (empty).  kolo-board-store.c */
gboolean     _kolo_board_load_all          (KoloStore      *store,
                                            KoloEvent      *event,
                                            GListStore     *boards,
                                            GError        **error);

G_END_DECLS
