/* kolo-board.h — a brainstorm board of an event: a question and ideas
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kolo-cluster.h"
#include "kolo-idea.h"

G_BEGIN_DECLS

typedef struct _KoloEvent KoloEvent;
typedef struct _KoloActivity KoloActivity;

#define KOLO_TYPE_BOARD (kolo_board_get_type ())
G_DECLARE_FINAL_TYPE (KoloBoard, kolo_board, KOLO, BOARD, GObject)

KoloBoard    *kolo_board_new               (const char    *question);
gint64        kolo_board_get_id            (KoloBoard     *self);
KoloEvent    *kolo_board_get_event         (KoloBoard     *self);
const char   *kolo_board_get_question      (KoloBoard     *self);
void          kolo_board_set_question      (KoloBoard     *self,
                                            const char    *question);
/* The brainstorm activity the board belongs to, or NULL */
KoloActivity *kolo_board_get_activity      (KoloBoard     *self);
void          kolo_board_set_activity      (KoloBoard     *self,
                                            KoloActivity  *activity);
/* Anonymous: authors are never stored; turning it on forgets them. */
gboolean      kolo_board_get_anonymous     (KoloBoard     *self);
void          kolo_board_set_anonymous     (KoloBoard     *self,
                                            gboolean       anonymous);
/* Hidden: the room sees only how many ideas came in, until revealed. */
gboolean      kolo_board_get_hidden        (KoloBoard     *self);
void          kolo_board_set_hidden        (KoloBoard     *self,
                                            gboolean       hidden);
/* Moderated: new ideas are pending until the trainer approves them. */
gboolean      kolo_board_get_moderated     (KoloBoard     *self);
void          kolo_board_set_moderated     (KoloBoard     *self,
                                            gboolean       moderated);
/* Shown sorted by votes (most first) rather than in their order */
gboolean      kolo_board_get_sort_by_votes (KoloBoard     *self);
void          kolo_board_set_sort_by_votes (KoloBoard     *self,
                                            gboolean       sort_by_votes);

/* KoloCluster, in order */
GListModel   *kolo_board_get_clusters      (KoloBoard     *self);
/* KoloIdea of no cluster, in order */
GListModel   *kolo_board_get_ungrouped     (KoloBoard     *self);
/* Every KoloIdea of the board, oldest first */
GListModel   *kolo_board_get_ideas         (KoloBoard     *self);
guint         kolo_board_get_n_pending     (KoloBoard     *self);

/* Adds an idea at the end of "Ungrouped", made now, pending on a moderated
 * board; @author is dropped on an anonymous board.  Text is trimmed; empty
 * or longer than KOLO_IDEA_TEXT_MAX characters is refused. */
KoloIdea     *kolo_board_add_idea          (KoloBoard     *self,
                                            const char    *text,
                                            const char    *author,
                                            GError       **error);
gboolean      kolo_board_insert_idea       (KoloBoard     *self,
                                            KoloCluster   *cluster,
                                            guint          position,
                                            KoloIdea      *idea,
                                            GError       **error);
gboolean      kolo_board_remove_idea       (KoloBoard     *self,
                                            KoloIdea      *idea,
                                            GError       **error);
gboolean      kolo_board_insert_cluster    (KoloBoard     *self,
                                            guint          position,
                                            KoloCluster   *cluster,
                                            GError       **error);
/* Its ideas go back to the end of "Ungrouped"; one undo step. */
gboolean      kolo_board_remove_cluster    (KoloBoard     *self,
                                            KoloCluster   *cluster,
                                            GError       **error);
/* @from's ideas go to the end of @into and @from goes; one undo step. */
gboolean      kolo_board_merge_clusters    (KoloBoard     *self,
                                            KoloCluster   *from,
                                            KoloCluster   *into,
                                            GError       **error);
gboolean      kolo_board_reset_votes       (KoloBoard     *self,
                                            GError       **error);

G_END_DECLS
