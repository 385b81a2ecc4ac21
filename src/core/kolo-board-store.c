/* kolo-board-store.c — boards, clusters and ideas in and out of the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-board-store"

#include "config.h"

#include "kolo-board-private.h"
#include "kolo-model-private.h"
#include "kolo-participant-private.h"
#include "kolo-store-private.h"

/* Row writers --------------------------------------------------------- */

/**
 * kolo_store_insert_board_row:
 * @activity_id: the row ID of the board's activity, 0 for none
 *
 * Writes one board's row; the model's editing and the import share it.
 *
 * Returns: the new row's ID, or 0 with @error set
 */
gint64
kolo_store_insert_board_row (KoloStore   *self,
                             gint64       event_id,
                             guint        position,
                             const char  *question,
                             gint64       activity_id,
                             gboolean     anonymous,
                             gboolean     hidden,
                             gboolean     moderated,
                             gboolean     sort_by_votes,
                             GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = kolo_store_prepare (self,
                             "INSERT INTO boards (event_id, position, question, activity_id,"
                             " anonymous, hidden, moderated, sort_by_votes)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                             error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_int (stmt, 2, position);
  sqlite3_bind_text (stmt, 3, question ? question : "", -1, SQLITE_TRANSIENT);
  if (activity_id != 0)
    sqlite3_bind_int64 (stmt, 4, activity_id);
  else
    sqlite3_bind_null (stmt, 4);
  sqlite3_bind_int (stmt, 5, !!anonymous);
  sqlite3_bind_int (stmt, 6, !!hidden);
  sqlite3_bind_int (stmt, 7, !!moderated);
  sqlite3_bind_int (stmt, 8, !!sort_by_votes);
  if (!kolo_store_step_done (self, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (kolo_store_get_db (self));
}

/**
 * kolo_store_insert_cluster_row:
 *
 * Returns: the new row's ID, or 0 with @error set
 */
gint64
kolo_store_insert_cluster_row (KoloStore      *self,
                               gint64          board_id,
                               guint           position,
                               const char     *title,
                               KoloNoteColor   color,
                               GError        **error)
{
  sqlite3_stmt *stmt;

  stmt = kolo_store_prepare (self,
                             "INSERT INTO clusters (board_id, position, title, color)"
                             " VALUES (?1, ?2, ?3, ?4)",
                             error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, board_id);
  sqlite3_bind_int (stmt, 2, position);
  sqlite3_bind_text (stmt, 3, title ? title : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, kolo_note_color_to_string (color), -1, SQLITE_STATIC);
  if (!kolo_store_step_done (self, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (kolo_store_get_db (self));
}

/**
 * kolo_store_insert_idea_row:
 * @cluster_id: the row ID of its cluster, 0 when ungrouped
 * @position: its place among the ideas of the same board and cluster
 * @author: (nullable): who wrote it
 * @participant_id: the row ID of the participant who gave it, 0 for none
 * @created_us: when, in microseconds since the epoch
 *
 * Returns: the new row's ID, or 0 with @error set
 */
gint64
kolo_store_insert_idea_row (KoloStore      *self,
                            gint64          board_id,
                            gint64          cluster_id,
                            guint           position,
                            const char     *text,
                            const char     *author,
                            gint64          participant_id,
                            KoloNoteColor   color,
                            gint64          created_us,
                            int             votes,
                            gboolean        pending,
                            GError        **error)
{
  sqlite3_stmt *stmt;

  stmt = kolo_store_prepare (self,
                             "INSERT INTO ideas (board_id, cluster_id, position, text, author,"
                             " color, created_us, votes, pending, participant_id)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                             error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, board_id);
  if (cluster_id != 0)
    sqlite3_bind_int64 (stmt, 2, cluster_id);
  else
    sqlite3_bind_null (stmt, 2);
  sqlite3_bind_int (stmt, 3, position);
  sqlite3_bind_text (stmt, 4, text ? text : "", -1, SQLITE_TRANSIENT);
  if (author != NULL && *author != '\0')
    sqlite3_bind_text (stmt, 5, author, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 5);
  sqlite3_bind_text (stmt, 6, kolo_note_color_to_string (color), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 7, created_us);
  sqlite3_bind_int (stmt, 8, MAX (votes, 0));
  sqlite3_bind_int (stmt, 9, !!pending);
  if (participant_id != 0)
    sqlite3_bind_int64 (stmt, 10, participant_id);
  else
    sqlite3_bind_null (stmt, 10);
  if (!kolo_store_step_done (self, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (kolo_store_get_db (self));
}

/* Subtrees, for the model: the rows of an object and its children, with
 * the new IDs set on the objects.  On failure the caller rolls back and
 * forgets the IDs. */

gboolean
_kolo_board_write_idea (KoloStore  *store,
                        gint64      board_id,
                        gint64      cluster_id,
                        guint       position,
                        KoloIdea   *idea,
                        gboolean    anonymous,
                        GError    **error)
{
  gint64 participant_id = anonymous ? 0 : _kolo_idea_get_participant_id (idea);
  /* A linked idea's author is its participant's name: not stored twice. */
  gint64 id = kolo_store_insert_idea_row (store, board_id, cluster_id, position,
                                          kolo_idea_get_text (idea),
                                          anonymous || participant_id != 0
                                            ? NULL : kolo_idea_get_author (idea),
                                          participant_id,
                                          kolo_idea_get_color (idea),
                                          kolo_idea_get_created (idea),
                                          kolo_idea_get_votes (idea),
                                          kolo_idea_get_pending (idea), error);

  _kolo_idea_set_id (idea, id);
  return id != 0;
}

gboolean
_kolo_board_write_cluster (KoloStore    *store,
                           gint64        board_id,
                           guint         position,
                           KoloCluster  *cluster,
                           gboolean      anonymous,
                           GError      **error)
{
  GListModel *ideas = kolo_cluster_get_ideas (cluster);
  gint64 id = kolo_store_insert_cluster_row (store, board_id, position,
                                             kolo_cluster_get_title (cluster),
                                             kolo_cluster_get_color (cluster), error);

  _kolo_cluster_set_id (cluster, id);
  if (id == 0)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(KoloIdea) idea = g_list_model_get_item (ideas, i);

      if (!_kolo_board_write_idea (store, board_id, id, i, idea, anonymous, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_kolo_board_write_board (KoloStore  *store,
                         gint64      event_id,
                         guint       position,
                         KoloBoard  *board,
                         GError    **error)
{
  GListModel *clusters = kolo_board_get_clusters (board);
  GListModel *ungrouped = kolo_board_get_ungrouped (board);
  gboolean anonymous = kolo_board_get_anonymous (board);
  gint64 id = kolo_store_insert_board_row (store, event_id, position,
                                           kolo_board_get_question (board),
                                           _kolo_board_get_activity_id (board),
                                           anonymous,
                                           kolo_board_get_hidden (board),
                                           kolo_board_get_moderated (board),
                                           kolo_board_get_sort_by_votes (board), error);

  _kolo_board_set_id (board, id);
  if (id == 0)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (clusters); i++)
    {
      g_autoptr(KoloCluster) cluster = g_list_model_get_item (clusters, i);

      if (!_kolo_board_write_cluster (store, id, i, cluster, anonymous, error))
        return FALSE;
    }
  for (guint i = 0; i < g_list_model_get_n_items (ungrouped); i++)
    {
      g_autoptr(KoloIdea) idea = g_list_model_get_item (ungrouped, i);

      if (!_kolo_board_write_idea (store, id, 0, i, idea, anonymous, error))
        return FALSE;
    }
  return TRUE;
}

/* Loading ------------------------------------------------------------- */

/* Positions are 0, 1, 2… within each parent, as every writer leaves them;
 * the edits shift them with one statement rather than rewriting every
 * row.  A file that breaks the rule (another program, a crash between
 * versions) is renumbered once on load. */
typedef struct
{
  GPtrArray  *fixes;    /* of Fix */
} Renumber;

typedef struct
{
  const char *sql;
  gint64      id;
  guint       position;
} Fix;

static void
check_position (Renumber   *renumber,
                const char *sql,
                gint64      id,
                gint64      stored,
                guint       position)
{
  Fix *fix;

  if (stored == position)
    return;
  fix = g_new (Fix, 1);
  fix->sql = sql;
  fix->id = id;
  fix->position = position;
  g_ptr_array_add (renumber->fixes, fix);
}

static gboolean
write_fixes (KoloStore  *store,
             Renumber   *renumber,
             GError    **error)
{
  gboolean ok = TRUE;

  if (renumber->fixes->len == 0)
    return TRUE;
  if (!kolo_store_begin (store, error))
    return FALSE;
  for (guint i = 0; ok && i < renumber->fixes->len; i++)
    {
      Fix *fix = renumber->fixes->pdata[i];
      sqlite3_stmt *stmt = kolo_store_prepare (store, fix->sql, error);

      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int (stmt, 1, fix->position);
          sqlite3_bind_int64 (stmt, 2, fix->id);
          ok = kolo_store_step_done (store, stmt, error);
        }
    }
  if (!ok)
    {
      kolo_store_rollback (store);
      return FALSE;
    }
  return kolo_store_commit (store, error);
}

static KoloNoteColor
column_color (sqlite3_stmt *stmt,
              int           column)
{
  KoloNoteColor color = KOLO_NOTE_YELLOW;

  kolo_note_color_from_string ((const char *) sqlite3_column_text (stmt, column), &color);
  return color;
}

/* The event's activities by row ID, for the boards' links. */
static GHashTable *
index_activities (KoloEvent *event)
{
  GHashTable *index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GListModel *days = kolo_event_get_days (event);

  for (guint d = 0; d < g_list_model_get_n_items (days); d++)
    {
      g_autoptr(KoloDay) day = g_list_model_get_item (days, d);
      GListModel *modules = kolo_day_get_modules (day);

      for (guint m = 0; m < g_list_model_get_n_items (modules); m++)
        {
          g_autoptr(KoloModule) module = g_list_model_get_item (modules, m);
          GListModel *activities = kolo_module_get_activities (module);

          for (guint a = 0; a < g_list_model_get_n_items (activities); a++)
            {
              g_autoptr(KoloActivity) activity = g_list_model_get_item (activities, a);
              gint64 *key = g_new (gint64, 1);

              *key = kolo_activity_get_id (activity);
              /* The module keeps the activity alive while the index lives. */
              g_hash_table_insert (index, key, activity);
            }
        }
    }
  return index;
}

static gboolean
load_boards (KoloStore   *store,
             KoloEvent   *event,
             GPtrArray   *boards,
             GHashTable  *by_id,
             Renumber    *renumber,
             GError     **error)
{
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) activities = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = kolo_store_prepare (store,
                             "SELECT id, position, question, activity_id, anonymous, hidden,"
                             "       moderated, sort_by_votes"
                             "  FROM boards WHERE event_id = ?1 ORDER BY position, id",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, kolo_event_get_id (event));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KoloBoard *board = _kolo_board_new (sqlite3_column_int64 (stmt, 0),
                                          (const char *) sqlite3_column_text (stmt, 2),
                                          sqlite3_column_int (stmt, 4),
                                          sqlite3_column_int (stmt, 5),
                                          sqlite3_column_int (stmt, 6),
                                          sqlite3_column_int (stmt, 7));
      gint64 id = kolo_board_get_id (board);
      gint64 activity_id = sqlite3_column_int64 (stmt, 3);  /* 0 for NULL */

      check_position (renumber, "UPDATE boards SET position = ?1 WHERE id = ?2",
                      id, sqlite3_column_int64 (stmt, 1), boards->len);
      g_array_append_val (links, activity_id);
      g_ptr_array_add (boards, board);
      g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), board);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      kolo_store_set_sqlite_error (store, error);
      return FALSE;
    }

  /* The links point at the agenda's own objects: loaded once, if needed. */
  for (guint i = 0; i < boards->len; i++)
    {
      gint64 activity_id = g_array_index (links, gint64, i);
      KoloActivity *activity;

      if (activity_id == 0)
        continue;
      if (activities == NULL)
        activities = index_activities (event);
      activity = g_hash_table_lookup (activities, &activity_id);
      if (activity != NULL)
        _kolo_board_link_activity (boards->pdata[i], activity);
    }
  return TRUE;
}

static gboolean
load_clusters (KoloStore   *store,
               KoloEvent   *event,
               GHashTable  *boards,
               GHashTable  *clusters,
               Renumber    *renumber,
               GError     **error)
{
  KoloBoard *board = NULL;
  guint position = 0;
  sqlite3_stmt *stmt;
  int rc;

  stmt = kolo_store_prepare (store,
                             "SELECT c.id, c.board_id, c.position, c.title, c.color"
                             "  FROM clusters c JOIN boards b ON b.id = c.board_id"
                             " WHERE b.event_id = ?1"
                             " ORDER BY c.board_id, c.position, c.id",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, kolo_event_get_id (event));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 board_id = sqlite3_column_int64 (stmt, 1);
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_autoptr(KoloCluster) cluster = NULL;

      if (board == NULL || kolo_board_get_id (board) != board_id)
        {
          board = g_hash_table_lookup (boards, &board_id);
          position = 0;
        }
      cluster = _kolo_cluster_new (id, (const char *) sqlite3_column_text (stmt, 3),
                                   column_color (stmt, 4));
      check_position (renumber, "UPDATE clusters SET position = ?1 WHERE id = ?2",
                      id, sqlite3_column_int64 (stmt, 2), position++);
      _kolo_cluster_set_board (cluster, board);
      g_list_store_append (_kolo_board_get_cluster_list (board), cluster);
      g_hash_table_insert (clusters, g_memdup2 (&id, sizeof id), cluster);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      kolo_store_set_sqlite_error (store, error);
      return FALSE;
    }
  return TRUE;
}

static int
compare_created (gconstpointer a,
                 gconstpointer b)
{
  KoloIdea *ia = *(KoloIdea **) a;
  KoloIdea *ib = *(KoloIdea **) b;
  gint64 ca = kolo_idea_get_created (ia), cb = kolo_idea_get_created (ib);
  gint64 da = kolo_idea_get_id (ia), db = kolo_idea_get_id (ib);

  if (ca != cb)
    return ca < cb ? -1 : 1;
  return da < db ? -1 : (da > db ? 1 : 0);
}

/* Moves a run of ideas of one board and cluster into their list at once. */
static void
flush_run (GPtrArray  *run,
           GListStore *list)
{
  if (run->len > 0)
    g_list_store_splice (list, g_list_model_get_n_items (G_LIST_MODEL (list)), 0,
                         run->pdata, run->len);
  g_ptr_array_set_size (run, 0);
}

static gboolean
load_ideas (KoloStore   *store,
            KoloEvent   *event,
            GHashTable  *boards,
            GHashTable  *clusters,
            Renumber    *renumber,
            GError     **error)
{
  g_autoptr(GHashTable) all = g_hash_table_new_full (NULL, NULL, NULL,
                                                     (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) run = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) participants = NULL;
  GListStore *list = NULL;
  gint64 board_id = 0, cluster_id = -1;
  KoloBoard *board = NULL;
  KoloCluster *cluster = NULL;
  guint position = 0;
  sqlite3_stmt *stmt;
  GHashTableIter iter;
  gpointer key, value;
  int rc;

  stmt = kolo_store_prepare (store,
                             "SELECT i.id, i.board_id, i.cluster_id, i.position, i.text, i.author,"
                             "       i.color, i.created_us, i.votes, i.pending, i.participant_id"
                             "  FROM ideas i JOIN boards b ON b.id = i.board_id"
                             " WHERE b.event_id = ?1"
                             " ORDER BY i.board_id, i.cluster_id, i.position, i.id",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, kolo_event_get_id (event));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 row_board = sqlite3_column_int64 (stmt, 1);
      gint64 row_cluster = sqlite3_column_type (stmt, 2) == SQLITE_NULL
                           ? 0 : sqlite3_column_int64 (stmt, 2);
      gint64 participant_id = sqlite3_column_int64 (stmt, 10);  /* 0 for NULL */
      KoloIdea *idea;
      GPtrArray *ideas;

      if (row_board != board_id || row_cluster != cluster_id)
        {
          flush_run (run, list);
          board_id = row_board;
          cluster_id = row_cluster;
          board = g_hash_table_lookup (boards, &board_id);
          cluster = row_cluster != 0 ? g_hash_table_lookup (clusters, &row_cluster) : NULL;
          list = cluster != NULL ? _kolo_cluster_get_list (cluster)
                                 : _kolo_board_get_ungrouped_list (board);
          position = 0;
        }

      idea = _kolo_idea_new (sqlite3_column_int64 (stmt, 0),
                             (const char *) sqlite3_column_text (stmt, 4),
                             kolo_board_get_anonymous (board)
                               ? NULL : (const char *) sqlite3_column_text (stmt, 5),
                             column_color (stmt, 6),
                             sqlite3_column_int64 (stmt, 7),
                             sqlite3_column_int (stmt, 8),
                             sqlite3_column_int (stmt, 9));
      check_position (renumber, "UPDATE ideas SET position = ?1 WHERE id = ?2",
                      kolo_idea_get_id (idea), sqlite3_column_int64 (stmt, 3), position++);
      _kolo_idea_set_board (idea, board);
      if (cluster != NULL)
        _kolo_idea_set_cluster (idea, cluster);
      /* The links point at the event's own participants: loaded once, if
       * needed.  An anonymous board has none. */
      if (participant_id != 0 && !kolo_board_get_anonymous (board))
        {
          if (participants == NULL)
            participants = _kolo_event_index_participants (event);
          _kolo_idea_link_participant (idea, g_hash_table_lookup (participants, &participant_id));
        }
      if (kolo_idea_get_pending (idea))
        _kolo_board_add_pending (board, 1);

      if ((ideas = g_hash_table_lookup (all, board)) == NULL)
        g_hash_table_insert (all, board, ideas = g_ptr_array_new ());
      g_ptr_array_add (ideas, idea);
      g_ptr_array_add (run, idea);
    }
  sqlite3_reset (stmt);
  flush_run (run, list);
  if (rc != SQLITE_DONE)
    {
      kolo_store_set_sqlite_error (store, error);
      return FALSE;
    }

  /* Every idea of each board, oldest first. */
  g_hash_table_iter_init (&iter, all);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *ideas = value;
      GListStore *everything = G_LIST_STORE (kolo_board_get_ideas (key));

      g_ptr_array_sort (ideas, compare_created);
      g_list_store_splice (everything, 0, 0, ideas->pdata, ideas->len);
    }
  return TRUE;
}

/* One query per table, ordered, each row put straight in its list. */
gboolean
_kolo_board_load_all (KoloStore   *store,
                      KoloEvent   *event,
                      GListStore  *list,
                      GError     **error)
{
  g_autoptr(GPtrArray) boards = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                       g_free, NULL);
  g_autoptr(GHashTable) clusters = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                          g_free, NULL);
  g_autoptr(GError) fix_error = NULL;
  Renumber renumber = { g_ptr_array_new_with_free_func (g_free) };
  gboolean ok;

  ok = load_boards (store, event, boards, by_id, &renumber, error) &&
       load_clusters (store, event, by_id, clusters, &renumber, error) &&
       load_ideas (store, event, by_id, clusters, &renumber, error);

  /* On failure the order on screen is right all the same; the user
   * hears of the write that failed. */
  if (ok && !write_fixes (store, &renumber, &fix_error))
    kolo_store_report_error (store, fix_error);
  g_ptr_array_unref (renumber.fixes);

  if (!ok)
    return FALSE;

  for (guint i = 0; i < boards->len; i++)
    _kolo_board_set_event (boards->pdata[i], event);
  g_list_store_splice (list, 0, 0, boards->pdata, boards->len);
  return TRUE;
}
