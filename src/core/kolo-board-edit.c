/* kolo-board-edit.c — adding, removing and moving boards, clusters and
 * ideas, each written to the store in one transaction and recorded in the
 * event's history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-board-edit"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kolo-board-private.h"
#include "kolo-history-private.h"
#include "kolo-model-private.h"
#include "kolo-store-private.h"

/* As in kolo-agenda-edit.c, every operation writes first, in one
 * transaction, and changes the objects only once the store has it: a
 * refused write leaves the board on screen as it is in the file.
 *
 * Positions count 0, 1, 2… within each parent (ideas: within their board
 * and cluster, NULL being "Ungrouped").  A board can hold thousands of
 * ideas, so an edit shifts the positions after its place with one UPDATE
 * instead of rewriting the order of the whole list. */

static KoloStore *
store_for (gpointer     object,
           GError     **error)
{
  KoloEvent *event = _kolo_model_get_event (object);
  KoloStore *store = event != NULL ? kolo_event_get_store (event) : NULL;

  if (store == NULL)
    g_set_error_literal (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                         "The board is not in a store");
  return store;
}

static KoloHistory *
history_of (gpointer object)
{
  return _kolo_model_get_history (G_OBJECT (object));
}

/* Adds @delta to the positions from @from on.  @sql binds the parent as
 * ?1, @from as ?2, @delta as ?3 and, for ideas, the cluster as ?4. */
static gboolean
shift (KoloStore   *store,
       const char  *sql,
       gint64       parent_id,
       gint64       cluster_id,
       guint        from,
       int          delta,
       GError     **error)
{
  sqlite3_stmt *stmt = kolo_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, parent_id);
  sqlite3_bind_int (stmt, 2, from);
  sqlite3_bind_int (stmt, 3, delta);
  if (sqlite3_bind_parameter_count (stmt) == 4)
    {
      if (cluster_id != 0)
        sqlite3_bind_int64 (stmt, 4, cluster_id);
      else
        sqlite3_bind_null (stmt, 4);
    }
  return kolo_store_step_done (store, stmt, error);
}

#define SHIFT_BOARDS \
  "UPDATE boards SET position = position + ?3 WHERE event_id = ?1 AND position >= ?2"
#define SHIFT_CLUSTERS \
  "UPDATE clusters SET position = position + ?3 WHERE board_id = ?1 AND position >= ?2"
#define SHIFT_IDEAS \
  "UPDATE ideas SET position = position + ?3" \
  " WHERE board_id = ?1 AND position >= ?2 AND cluster_id IS ?4"

/* Puts an idea in @cluster_id (0: "Ungrouped") at @position. */
static gboolean
place_idea (KoloStore   *store,
            gint64       id,
            gint64       cluster_id,
            int          position,
            GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = kolo_store_prepare (store,
                             "UPDATE ideas SET cluster_id = ?2, position = ?3 WHERE id = ?1",
                             error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (cluster_id != 0)
    sqlite3_bind_int64 (stmt, 2, cluster_id);
  else
    sqlite3_bind_null (stmt, 2);
  sqlite3_bind_int (stmt, 3, position);
  return kolo_store_step_done (store, stmt, error);
}

static gboolean
place_cluster (KoloStore   *store,
               gint64       id,
               int          position,
               GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = kolo_store_prepare (store, "UPDATE clusters SET position = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, position);
  return kolo_store_step_done (store, stmt, error);
}

/* A removed subtree keeps its objects for undo, but no longer has rows. */
static void forget_ids (GObject *object);

static void
forget_list_ids (GListModel *list)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) child = g_list_model_get_item (list, i);
      forget_ids (child);
    }
}

static void
forget_ids (GObject *object)
{
  if (KOLO_IS_IDEA (object))
    _kolo_idea_set_id (KOLO_IDEA (object), 0);
  else if (KOLO_IS_CLUSTER (object))
    {
      _kolo_cluster_set_id (KOLO_CLUSTER (object), 0);
      forget_list_ids (kolo_cluster_get_ideas (KOLO_CLUSTER (object)));
    }
  else
    {
      _kolo_board_set_id (KOLO_BOARD (object), 0);
      forget_list_ids (kolo_board_get_clusters (KOLO_BOARD (object)));
      forget_list_ids (kolo_board_get_ungrouped (KOLO_BOARD (object)));
    }
}

static GListStore *
idea_list (KoloBoard   *board,
           KoloCluster *cluster)
{
  return cluster != NULL ? _kolo_cluster_get_list (cluster)
                         : _kolo_board_get_ungrouped_list (board);
}

/* What the history records an idea in: its cluster, or its board for
 * "Ungrouped". */
static GObject *
idea_container (KoloBoard   *board,
                KoloCluster *cluster)
{
  return cluster != NULL ? G_OBJECT (cluster) : G_OBJECT (board);
}

/* The ideas of @list, in order, to move them all. */
static GPtrArray *
snapshot (GListModel *list)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (items, g_list_model_get_item (list, i));
  return items;
}

/* Ideas ------------------------------------------------------------------ */

/**
 * kolo_board_insert_idea:
 * @cluster: (nullable): a cluster of the board, or %NULL for "Ungrouped"
 * @position: where; past the end appends
 * @idea: an idea of no board (kolo_idea_new(), or one removed)
 *
 * Adds @idea as one undoable step.  On an anonymous board its author is
 * dropped.
 */
gboolean
kolo_board_insert_idea (KoloBoard    *self,
                        KoloCluster  *cluster,
                        guint         position,
                        KoloIdea     *idea,
                        GError      **error)
{
  GListStore *list;
  KoloStore *store;
  gboolean ok;

  g_return_val_if_fail (KOLO_IS_BOARD (self), FALSE);
  g_return_val_if_fail (cluster == NULL || KOLO_IS_CLUSTER (cluster), FALSE);
  g_return_val_if_fail (cluster == NULL || kolo_cluster_get_board (cluster) == self, FALSE);
  g_return_val_if_fail (KOLO_IS_IDEA (idea), FALSE);
  g_return_val_if_fail (kolo_idea_get_board (idea) == NULL, FALSE);

  if ((store = store_for (self, error)) == NULL || !kolo_store_begin (store, error))
    return FALSE;

  list = idea_list (self, cluster);
  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (list)));
  ok = shift (store, SHIFT_IDEAS, kolo_board_get_id (self),
              cluster ? kolo_cluster_get_id (cluster) : 0, position, 1, error) &&
       _kolo_board_write_idea (store, kolo_board_get_id (self),
                               cluster ? kolo_cluster_get_id (cluster) : 0, position, idea,
                               kolo_board_get_anonymous (self), error);
  if (!kolo_store_finish (store, ok, error))
    {
      _kolo_idea_set_id (idea, 0);
      return FALSE;
    }

  /* Never kept on an anonymous board, not even in memory. */
  if (kolo_board_get_anonymous (self))
    _kolo_idea_drop_author (idea);
  _kolo_idea_set_cluster (idea, cluster);
  _kolo_board_idea_added (self, idea);
  g_list_store_insert (list, position, idea);
  _kolo_history_record_insert (history_of (self), idea_container (self, cluster),
                               G_OBJECT (idea), position);
  return TRUE;
}

/**
 * kolo_board_add_idea:
 * @text: what the room typed, plain text
 * @author: (nullable): who typed it
 *
 * The way ideas come in: checks and trims @text and @author, and adds the
 * idea at the end of "Ungrouped" as one undoable step.
 *
 * Returns: (transfer full): the new idea, or %NULL with @error set
 */
KoloIdea *
kolo_board_add_idea (KoloBoard   *self,
                     const char  *text,
                     const char  *author,
                     GError     **error)
{
  g_autoptr(KoloIdea) idea = NULL;
  g_autofree char *clean = NULL;
  g_autofree char *clean_author = NULL;

  g_return_val_if_fail (KOLO_IS_BOARD (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                           /* Translators: the text is not valid UTF-8 (from a script) */
                           _("The idea is not valid text"));
      return NULL;
    }
  clean = g_strstrip (g_strdup (text));
  if (*clean == '\0')
    {
      g_set_error_literal (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                           _("The idea is empty"));
      return NULL;
    }
  if (g_utf8_strlen (clean, -1) > KOLO_IDEA_TEXT_MAX)
    {
      g_set_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                   /* Translators: %d is always 500 */
                   _("The idea is too long: at most %d characters"), KOLO_IDEA_TEXT_MAX);
      return NULL;
    }

  if (author != NULL && !kolo_board_get_anonymous (self) && g_utf8_validate (author, -1, NULL))
    {
      clean_author = g_strstrip (g_strdup (author));
      if (*clean_author == '\0')
        g_clear_pointer (&clean_author, g_free);
    }

  idea = _kolo_idea_new (0, clean, clean_author, KOLO_NOTE_YELLOW, g_get_real_time (), 0,
                         kolo_board_get_moderated (self));
  if (!kolo_board_insert_idea (self, NULL, G_MAXUINT, idea, error))
    return NULL;
  return g_steal_pointer (&idea);
}

/**
 * kolo_board_remove_idea:
 *
 * Removes @idea and its row as one undoable step; the object stays as it
 * was, ready to be inserted again.
 */
gboolean
kolo_board_remove_idea (KoloBoard  *self,
                        KoloIdea   *idea,
                        GError    **error)
{
  g_autoptr(KoloIdea) keep = NULL;
  KoloCluster *cluster;
  GListStore *list;
  KoloStore *store;
  guint position;
  gboolean ok;

  g_return_val_if_fail (KOLO_IS_BOARD (self), FALSE);
  g_return_val_if_fail (KOLO_IS_IDEA (idea), FALSE);
  g_return_val_if_fail (kolo_idea_get_board (idea) == self, FALSE);

  cluster = kolo_idea_get_cluster (idea);
  list = idea_list (self, cluster);
  g_return_val_if_fail (g_list_store_find (list, idea, &position), FALSE);

  if ((store = store_for (self, error)) == NULL || !kolo_store_begin (store, error))
    return FALSE;
  ok = kolo_store_run_with_id (store, "DELETE FROM ideas WHERE id = ?1", kolo_idea_get_id (idea),
                               error) &&
       shift (store, SHIFT_IDEAS, kolo_board_get_id (self),
              cluster ? kolo_cluster_get_id (cluster) : 0, position + 1, -1, error);
  if (!kolo_store_finish (store, ok, error))
    return FALSE;

  /* Recorded first: the history reaches the event through the board. */
  _kolo_history_record_remove (history_of (self), idea_container (self, cluster),
                               G_OBJECT (idea), position);
  keep = g_object_ref (idea);
  g_list_store_remove (list, position);
  _kolo_board_idea_removed (self, idea);
  _kolo_idea_set_cluster (idea, NULL);
  _kolo_idea_set_id (idea, 0);
  return TRUE;
}

/* Writes @idea's move from @old_position of its cluster to @position of
 * @to (counted after it left); the caller holds the transaction. */
static gboolean
write_idea_move (KoloStore    *store,
                 KoloBoard    *board,
                 KoloIdea     *idea,
                 guint         old_position,
                 KoloCluster  *to,
                 guint         position,
                 GError      **error)
{
  KoloCluster *from = kolo_idea_get_cluster (idea);
  gint64 board_id = kolo_board_get_id (board);
  gint64 from_id = from ? kolo_cluster_get_id (from) : 0;
  gint64 to_id = to ? kolo_cluster_get_id (to) : 0;
  gint64 id = kolo_idea_get_id (idea);

  /* The idea's own row may shift too: its place is written last. */
  return shift (store, SHIFT_IDEAS, board_id, from_id, old_position + 1, -1, error) &&
         shift (store, SHIFT_IDEAS, board_id, to_id, position, 1, error) &&
         place_idea (store, id, to_id, position, error);
}

/* Moves @idea in memory; the store has it already. */
static void
apply_idea_move (KoloHistory  *history,
                 KoloBoard    *board,
                 KoloIdea     *idea,
                 guint         old_position,
                 KoloCluster  *to,
                 guint         position)
{
  g_autoptr(KoloIdea) keep = g_object_ref (idea);
  KoloCluster *from = kolo_idea_get_cluster (idea);

  g_list_store_remove (idea_list (board, from), old_position);
  _kolo_idea_set_cluster (idea, to);
  g_list_store_insert (idea_list (board, to), position, idea);
  _kolo_history_record_move (history, G_OBJECT (idea), idea_container (board, from),
                             old_position, idea_container (board, to), position);
}

/**
 * kolo_idea_move:
 * @to: (nullable): a cluster of the idea's board, or %NULL for "Ungrouped"
 * @position: its place there, counted after it left its old place
 *
 * Moves @idea, keeping its votes and its time, as one undoable step.
 */
gboolean
kolo_idea_move (KoloIdea     *self,
                KoloCluster  *to,
                guint         position,
                GError      **error)
{
  KoloBoard *board;
  KoloCluster *from;
  KoloStore *store;
  guint old_position, n;

  g_return_val_if_fail (KOLO_IS_IDEA (self), FALSE);
  g_return_val_if_fail (to == NULL || KOLO_IS_CLUSTER (to), FALSE);

  board = kolo_idea_get_board (self);
  g_return_val_if_fail (board != NULL, FALSE);
  g_return_val_if_fail (to == NULL || kolo_cluster_get_board (to) == board, FALSE);

  from = kolo_idea_get_cluster (self);
  g_return_val_if_fail (g_list_store_find (idea_list (board, from), self, &old_position), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (idea_list (board, to)));
  position = MIN (position, from == to ? n - 1 : n);
  if (from == to && position == old_position)
    return TRUE;

  if ((store = store_for (board, error)) == NULL || !kolo_store_begin (store, error))
    return FALSE;
  if (!kolo_store_finish (store,
                          write_idea_move (store, board, self, old_position, to, position, error),
                          error))
    return FALSE;

  apply_idea_move (history_of (board), board, self, old_position, to, position);
  return TRUE;
}

/* Clusters --------------------------------------------------------------- */

/**
 * kolo_board_insert_cluster:
 * @cluster: a cluster of no board (kolo_cluster_new(), or one removed)
 *
 * Adds @cluster as one undoable step.
 */
gboolean
kolo_board_insert_cluster (KoloBoard    *self,
                           guint         position,
                           KoloCluster  *cluster,
                           GError      **error)
{
  GListStore *list;
  GListModel *ideas;
  KoloStore *store;
  gboolean ok;

  g_return_val_if_fail (KOLO_IS_BOARD (self), FALSE);
  g_return_val_if_fail (KOLO_IS_CLUSTER (cluster), FALSE);
  g_return_val_if_fail (kolo_cluster_get_board (cluster) == NULL, FALSE);

  if ((store = store_for (self, error)) == NULL || !kolo_store_begin (store, error))
    return FALSE;

  list = _kolo_board_get_cluster_list (self);
  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (list)));
  ok = shift (store, SHIFT_CLUSTERS, kolo_board_get_id (self), 0, position, 1, error) &&
       _kolo_board_write_cluster (store, kolo_board_get_id (self), position, cluster,
                      kolo_board_get_anonymous (self), error);
  if (!kolo_store_finish (store, ok, error))
    {
      forget_ids (G_OBJECT (cluster));
      return FALSE;
    }

  _kolo_cluster_set_board (cluster, self);
  ideas = kolo_cluster_get_ideas (cluster);
  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(KoloIdea) idea = g_list_model_get_item (ideas, i);
      _kolo_board_idea_added (self, idea);
    }
  g_list_store_insert (list, position, cluster);
  _kolo_history_record_insert (history_of (self), G_OBJECT (self), G_OBJECT (cluster), position);
  return TRUE;
}

/* Empties @from into @into (NULL: "Ungrouped") and removes it, in one
 * transaction and as one undoable step. */
static gboolean
dissolve_cluster (KoloBoard    *self,
                  KoloCluster  *from,
                  KoloCluster  *into,
                  GError      **error)
{
  g_autoptr(GPtrArray) ideas = snapshot (kolo_cluster_get_ideas (from));
  g_autoptr(KoloCluster) keep = NULL;
  GListStore *clusters = _kolo_board_get_cluster_list (self);
  guint position, end;
  KoloHistory *history;
  KoloStore *store;
  gboolean ok = TRUE;

  g_return_val_if_fail (g_list_store_find (clusters, from, &position), FALSE);

  if ((store = store_for (self, error)) == NULL || !kolo_store_begin (store, error))
    return FALSE;

  end = g_list_model_get_n_items (G_LIST_MODEL (idea_list (self, into)));
  for (guint i = 0; ok && i < ideas->len; i++)
    ok = place_idea (store, kolo_idea_get_id (ideas->pdata[i]),
                     into ? kolo_cluster_get_id (into) : 0, end + i, error);
  ok = ok &&
       kolo_store_run_with_id (store, "DELETE FROM clusters WHERE id = ?1",
                               kolo_cluster_get_id (from), error) &&
       shift (store, SHIFT_CLUSTERS, kolo_board_get_id (self), 0, position + 1, -1, error);
  if (!kolo_store_finish (store, ok, error))
    return FALSE;

  history = history_of (self);
  if (history != NULL)
    kolo_history_begin_group (history);
  for (guint i = 0; i < ideas->len; i++)
    apply_idea_move (history, self, ideas->pdata[i], 0, into, end + i);
  _kolo_history_record_remove (history, G_OBJECT (self), G_OBJECT (from), position);
  keep = g_object_ref (from);
  g_list_store_remove (clusters, position);
  _kolo_cluster_set_board (from, NULL);
  _kolo_cluster_set_id (from, 0);
  if (history != NULL)
    kolo_history_end_group (history);
  return TRUE;
}

/**
 * kolo_board_remove_cluster:
 *
 * Moves the ideas of @cluster to the end of "Ungrouped" and removes it,
 * as one undoable step.
 */
gboolean
kolo_board_remove_cluster (KoloBoard    *self,
                           KoloCluster  *cluster,
                           GError      **error)
{
  g_return_val_if_fail (KOLO_IS_BOARD (self), FALSE);
  g_return_val_if_fail (KOLO_IS_CLUSTER (cluster), FALSE);
  g_return_val_if_fail (kolo_cluster_get_board (cluster) == self, FALSE);

  return dissolve_cluster (self, cluster, NULL, error);
}

/**
 * kolo_board_merge_clusters:
 * @from: the cluster that goes
 * @into: the cluster that gets its ideas, at its end
 *
 * One undoable step; @into keeps its title and colour.
 */
gboolean
kolo_board_merge_clusters (KoloBoard    *self,
                           KoloCluster  *from,
                           KoloCluster  *into,
                           GError      **error)
{
  g_return_val_if_fail (KOLO_IS_BOARD (self), FALSE);
  g_return_val_if_fail (KOLO_IS_CLUSTER (from), FALSE);
  g_return_val_if_fail (KOLO_IS_CLUSTER (into), FALSE);
  g_return_val_if_fail (from != into, FALSE);
  g_return_val_if_fail (kolo_cluster_get_board (from) == self, FALSE);
  g_return_val_if_fail (kolo_cluster_get_board (into) == self, FALSE);

  return dissolve_cluster (self, from, into, error);
}

/**
 * kolo_cluster_move:
 * @position: its new place among the board's clusters
 *
 * Reorders the clusters as one undoable step.
 */
gboolean
kolo_cluster_move (KoloCluster  *self,
                   guint         position,
                   GError      **error)
{
  g_autoptr(KoloCluster) keep = NULL;
  KoloBoard *board;
  GListStore *list;
  KoloStore *store;
  guint old_position;
  gint64 board_id;
  gboolean ok;

  g_return_val_if_fail (KOLO_IS_CLUSTER (self), FALSE);

  board = kolo_cluster_get_board (self);
  g_return_val_if_fail (board != NULL, FALSE);
  list = _kolo_board_get_cluster_list (board);
  g_return_val_if_fail (g_list_store_find (list, self, &old_position), FALSE);

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (list)) - 1);
  if (position == old_position)
    return TRUE;

  if ((store = store_for (board, error)) == NULL || !kolo_store_begin (store, error))
    return FALSE;
  board_id = kolo_board_get_id (board);
  ok = shift (store, SHIFT_CLUSTERS, board_id, 0, old_position + 1, -1, error) &&
       shift (store, SHIFT_CLUSTERS, board_id, 0, position, 1, error) &&
       place_cluster (store, kolo_cluster_get_id (self), position, error);
  if (!kolo_store_finish (store, ok, error))
    return FALSE;

  keep = g_object_ref (self);
  g_list_store_remove (list, old_position);
  g_list_store_insert (list, position, self);
  _kolo_history_record_move (history_of (board), G_OBJECT (self), G_OBJECT (board), old_position,
                             G_OBJECT (board), position);
  return TRUE;
}

/* Votes ------------------------------------------------------------------ */

/**
 * kolo_board_reset_votes:
 *
 * Sets every idea's votes to 0, in one transaction and as one undoable
 * step.
 */
gboolean
kolo_board_reset_votes (KoloBoard  *self,
                        GError    **error)
{
  GListModel *ideas;
  KoloHistory *history;
  KoloStore *store;

  g_return_val_if_fail (KOLO_IS_BOARD (self), FALSE);

  if ((store = store_for (self, error)) == NULL ||
      !kolo_store_run_with_id (store,
                               "UPDATE ideas SET votes = 0 WHERE board_id = ?1 AND votes <> 0",
                               kolo_board_get_id (self), error))
    return FALSE;

  history = history_of (self);
  if (history != NULL)
    kolo_history_begin_group (history);
  ideas = kolo_board_get_ideas (self);
  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(KoloIdea) idea = g_list_model_get_item (ideas, i);
      _kolo_idea_apply_votes (idea, 0);
    }
  if (history != NULL)
    kolo_history_end_group (history);
  return TRUE;
}

/* Boards ----------------------------------------------------------------- */

/**
 * kolo_event_insert_board:
 * @board: a board of no event (kolo_board_new(), or one removed), with
 *   any clusters and ideas of its own
 * @position: where; past the end appends
 *
 * Adds @board to the event as one undoable step.
 */
gboolean
kolo_event_insert_board (KoloEvent  *self,
                         guint       position,
                         KoloBoard  *board,
                         GError    **error)
{
  KoloActivity *activity;
  GListStore *list;
  KoloStore *store;
  gboolean ok;

  g_return_val_if_fail (KOLO_IS_EVENT (self), FALSE);
  g_return_val_if_fail (KOLO_IS_BOARD (board), FALSE);
  g_return_val_if_fail (kolo_board_get_event (board) == NULL, FALSE);
  activity = kolo_board_get_activity (board);
  g_return_val_if_fail (activity == NULL ||
                        (kolo_activity_get_id (activity) != 0 &&
                         _kolo_model_get_event (G_OBJECT (activity)) == self), FALSE);

  if ((store = store_for (self, error)) == NULL)
    return FALSE;
  list = _kolo_event_get_board_list (self);
  if (!kolo_store_begin (store, error))
    return FALSE;

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (list)));
  ok = shift (store, SHIFT_BOARDS, kolo_event_get_id (self), 0, position, 1, error) &&
       _kolo_board_write_board (store, kolo_event_get_id (self), position, board, error);
  if (!kolo_store_finish (store, ok, error))
    {
      forget_ids (G_OBJECT (board));
      return FALSE;
    }

  _kolo_board_set_event (board, self);
  g_list_store_insert (list, position, board);
  _kolo_history_record_insert (history_of (self), G_OBJECT (self), G_OBJECT (board), position);
  return TRUE;
}

/**
 * kolo_event_remove_board:
 *
 * Removes @board with its clusters and ideas as one undoable step; the
 * objects stay as they were, ready to be inserted again.
 */
gboolean
kolo_event_remove_board (KoloEvent  *self,
                         KoloBoard  *board,
                         GError    **error)
{
  g_autoptr(KoloBoard) keep = NULL;
  GListStore *list;
  KoloStore *store;
  guint position;
  gboolean ok;

  g_return_val_if_fail (KOLO_IS_EVENT (self), FALSE);
  g_return_val_if_fail (KOLO_IS_BOARD (board), FALSE);
  g_return_val_if_fail (kolo_board_get_event (board) == self, FALSE);

  list = _kolo_event_get_board_list (self);
  g_return_val_if_fail (g_list_store_find (list, board, &position), FALSE);

  if ((store = store_for (self, error)) == NULL || !kolo_store_begin (store, error))
    return FALSE;
  ok = kolo_store_run_with_id (store, "DELETE FROM boards WHERE id = ?1", kolo_board_get_id (board),
                               error) &&
       shift (store, SHIFT_BOARDS, kolo_event_get_id (self), 0, position + 1, -1, error);
  if (!kolo_store_finish (store, ok, error))
    return FALSE;

  _kolo_history_record_remove (history_of (self), G_OBJECT (self), G_OBJECT (board), position);
  keep = g_object_ref (board);
  g_list_store_remove (list, position);
  _kolo_board_set_event (board, NULL);
  forget_ids (G_OBJECT (board));
  return TRUE;
}
