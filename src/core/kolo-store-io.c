/* kolo-store-io.c — events and templates in and out of the store as documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kolo-deck-private.h"
#include "kolo-json.h"
#include "kolo-model-private.h"
#include "kolo-participant-private.h"
#include "kolo-store-io.h"
#include "kolo-store-private.h"
#include "kolo-text.h"

#define SHIPPED_TEMPLATES RESOURCE_BASE "/templates/"

/**
 * kolo_store_insert_activity_row:
 *
 * Writes one activity's row; the model's editing and the import share it.
 *
 * Returns: the new row's ID, or 0 with @error set
 */
gint64
kolo_store_insert_activity_row (KoloStore         *self,
                                gint64             module_id,
                                guint              position,
                                KoloActivityKind   kind,
                                const char        *title,
                                int                minutes,
                                const char        *instructions,
                                const char        *notes,
                                const char        *materials,
                                GError           **error)
{
  sqlite3_stmt *stmt;

  stmt = kolo_store_prepare (self,
                             "INSERT INTO activities (module_id, position, kind, title, minutes,"
                             " instructions, notes, materials)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                             error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, module_id);
  sqlite3_bind_int (stmt, 2, position);
  sqlite3_bind_text (stmt, 3, kolo_activity_kind_to_string (kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 5, minutes);
  sqlite3_bind_text (stmt, 6, instructions, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, notes, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, materials, -1, SQLITE_TRANSIENT);
  if (!kolo_store_step_done (self, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (kolo_store_get_db (self));
}

/**
 * kolo_store_insert_module_row:
 *
 * Returns: the new row's ID, or 0 with @error set
 */
gint64
kolo_store_insert_module_row (KoloStore   *self,
                              gint64       day_id,
                              guint        position,
                              const char  *title,
                              const char  *goal,
                              GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = kolo_store_prepare (self,
                             "INSERT INTO modules (day_id, position, title, goal)"
                             " VALUES (?1, ?2, ?3, ?4)",
                             error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, day_id);
  sqlite3_bind_int (stmt, 2, position);
  sqlite3_bind_text (stmt, 3, title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, goal, -1, SQLITE_TRANSIENT);
  if (!kolo_store_step_done (self, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (kolo_store_get_db (self));
}

/**
 * kolo_store_insert_day_row:
 * @end_minute: the day's end, or -1 for none
 *
 * Returns: the new row's ID, or 0 with @error set
 */
gint64
kolo_store_insert_day_row (KoloStore    *self,
                           gint64        event_id,
                           guint         position,
                           const GDate  *date,
                           int           start_minute,
                           int           end_minute,
                           GError      **error)
{
  g_autofree char *iso_date = kolo_text_format_iso_date (date);
  sqlite3_stmt *stmt;

  stmt = kolo_store_prepare (self,
                             "INSERT INTO days (event_id, position, date, start_minute, end_minute)"
                             " VALUES (?1, ?2, ?3, ?4, ?5)",
                             error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_int (stmt, 2, position);
  sqlite3_bind_text (stmt, 3, iso_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 4, start_minute);
  if (end_minute >= 0)
    sqlite3_bind_int (stmt, 5, end_minute);
  else
    sqlite3_bind_null (stmt, 5);
  if (!kolo_store_step_done (self, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (kolo_store_get_db (self));
}

/* Decks ------------------------------------------------------------------- */

/* The deck of the library with exactly @title: the first by ID (the
 * oldest) when several have it. */
static KoloDeck *
find_deck_by_title (GListModel *decks,
                    const char *title)
{
  KoloDeck *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (decks); i++)
    {
      g_autoptr(KoloDeck) deck = g_list_model_get_item (decks, i);

      if (g_str_equal (kolo_deck_get_title (deck), title) &&
          (found == NULL || kolo_deck_get_id (deck) < kolo_deck_get_id (found)))
        found = deck;
    }
  /* The library holds the deck. */
  return found;
}

static KoloDeck *
find_deck_by_id (GListModel *decks,
                 gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (decks); i++)
    {
      g_autoptr(KoloDeck) deck = g_list_model_get_item (decks, i);

      /* The library holds the deck. */
      if (kolo_deck_get_id (deck) == id)
        return deck;
    }
  return NULL;
}

/* Sets each activity's deck_id to the row of the library's deck that its
 * "deck" names, or 0 when the library has none of that title: a file from
 * another machine links to the decks this one has, and imports all the
 * same without them.  A deck_id the document brought (a copy made in this
 * store) is kept while that deck still has the title, so a copy keeps its
 * very deck even when another has the same title.  The library is only
 * asked when some activity names a deck; its first use brings in the
 * shipped decks, so an event made from a shipped template in a new
 * database finds the shipped deck it names.  Called before the
 * transaction: bringing in the shipped decks writes. */
static void
resolve_decks (KoloStore *self,
               KoloDoc   *doc)
{
  GListModel *decks = NULL;

  for (guint d = 0; d < doc->days->len; d++)
    {
      KoloDocDay *day = doc->days->pdata[d];

      for (guint m = 0; m < day->modules->len; m++)
        {
          KoloDocModule *module = day->modules->pdata[m];

          for (guint a = 0; a < module->activities->len; a++)
            {
              KoloDocActivity *activity = module->activities->pdata[a];
              KoloDeck *deck = NULL;

              if (activity->kind != KOLO_ACTIVITY_ROLE_PLAY || *activity->deck == '\0')
                {
                  activity->deck_id = 0;
                  continue;
                }
              if (decks == NULL)
                decks = kolo_store_get_decks (self);
              if (activity->deck_id != 0)
                deck = find_deck_by_id (decks, activity->deck_id);
              if (deck == NULL || !g_str_equal (kolo_deck_get_title (deck), activity->deck))
                deck = find_deck_by_title (decks, activity->deck);
              activity->deck_id = deck != NULL ? kolo_deck_get_id (deck) : 0;
            }
        }
    }
}

static gboolean
link_deck (KoloStore  *self,
           gint64      activity_id,
           gint64      deck_id,
           GError    **error)
{
  sqlite3_stmt *stmt = kolo_store_prepare (self,
                                           "UPDATE activities SET deck_id = ?2 WHERE id = ?1",
                                           error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, activity_id);
  sqlite3_bind_int64 (stmt, 2, deck_id);
  return kolo_store_step_done (self, stmt, error);
}

/* Events ------------------------------------------------------------------ */

/* @activity_ids collects the new activities' row IDs in the document's
 * order: boards name their activity by its place in the agenda. */
static gboolean
insert_module (KoloStore      *self,
               gint64          day_id,
               guint           position,
               KoloDocModule  *module,
               GArray         *activity_ids,
               GError        **error)
{
  gint64 module_id = kolo_store_insert_module_row (self, day_id, position, module->title,
                                                   module->goal, error);

  if (module_id == 0)
    return FALSE;

  for (guint i = 0; i < module->activities->len; i++)
    {
      KoloDocActivity *activity = module->activities->pdata[i];
      gint64 activity_id;

      activity_id = kolo_store_insert_activity_row (self, module_id, i, activity->kind,
                                                    activity->title, activity->minutes,
                                                    activity->instructions, activity->notes,
                                                    activity->materials, error);
      if (activity_id == 0 ||
          (activity->deck_id != 0 && !link_deck (self, activity_id, activity->deck_id, error)))
        return FALSE;
      g_array_append_val (activity_ids, activity_id);
    }
  return TRUE;
}

static gboolean
insert_day (KoloStore   *self,
            gint64       event_id,
            guint        position,
            KoloDocDay  *day,
            GArray      *day_ids,
            GArray      *activity_ids,
            GError     **error)
{
  gint64 day_id = kolo_store_insert_day_row (self, event_id, position, &day->date,
                                             day->start_minute, day->end_minute, error);

  if (day_id == 0)
    return FALSE;
  g_array_append_val (day_ids, day_id);

  for (guint i = 0; i < day->modules->len; i++)
    if (!insert_module (self, day_id, i, day->modules->pdata[i], activity_ids, error))
      return FALSE;
  return TRUE;
}

/* The row ID of the activity a board names, 0 for none. */
static gint64
board_activity_id (KoloDoc      *doc,
                   KoloDocBoard *board,
                   GArray       *activity_ids)
{
  guint flat = 0;

  if (board->day < 0)
    return 0;
  g_return_val_if_fail ((guint) board->day < doc->days->len, 0);

  for (guint d = 0; d <= (guint) board->day; d++)
    {
      KoloDocDay *day = doc->days->pdata[d];

      for (guint m = 0; m < day->modules->len; m++)
        {
          KoloDocModule *module = day->modules->pdata[m];

          if (d == (guint) board->day && m == (guint) board->module)
            {
              g_return_val_if_fail ((guint) board->activity < module->activities->len, 0);
              return g_array_index (activity_ids, gint64, flat + board->activity);
            }
          flat += module->activities->len;
        }
    }
  g_return_val_if_reached (0);
}

/* @participant_ids: the new participants' row IDs, in the document's order */
static gboolean
insert_ideas (KoloStore     *self,
              gint64         board_id,
              gint64         cluster_id,
              KoloDocBoard  *board,
              GPtrArray     *ideas,
              GArray        *participant_ids,
              GError       **error)
{
  for (guint i = 0; i < ideas->len; i++)
    {
      KoloDocIdea *idea = ideas->pdata[i];
      gint64 participant_id = 0;

      if (idea->participant >= 0 && (guint) idea->participant < participant_ids->len)
        participant_id = g_array_index (participant_ids, gint64, idea->participant);

      /* An anonymous board never stores an author. */
      if (kolo_store_insert_idea_row (self, board_id, cluster_id, i, idea->text,
                                      board->anonymous ? NULL : idea->author,
                                      board->anonymous ? 0 : participant_id, idea->color,
                                      idea->created, idea->votes, idea->pending, error) == 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_board (KoloStore     *self,
              gint64         event_id,
              guint          position,
              KoloDoc       *doc,
              KoloDocBoard  *board,
              GArray        *activity_ids,
              GArray        *participant_ids,
              GError       **error)
{
  gint64 board_id;

  board_id = kolo_store_insert_board_row (self, event_id, position, board->question,
                                          board_activity_id (doc, board, activity_ids),
                                          board->anonymous, board->hidden, board->moderated,
                                          board->sort_by_votes, error);
  if (board_id == 0)
    return FALSE;

  for (guint c = 0; c < board->clusters->len; c++)
    {
      KoloDocCluster *cluster = board->clusters->pdata[c];
      gint64 cluster_id = kolo_store_insert_cluster_row (self, board_id, c, cluster->title,
                                                         cluster->color, error);

      if (cluster_id == 0 ||
          !insert_ideas (self, board_id, cluster_id, board, cluster->ideas, participant_ids,
                         error))
        return FALSE;
    }
  return insert_ideas (self, board_id, 0, board, board->ideas, participant_ids, error);
}

/* A certificate number this database gave already is left out: numbers
 * never repeat, and the participant gets a new one when certificates are
 * printed.  The numbers kept are kept for good (certificate_numbers). */
static gboolean
insert_participant (KoloStore           *self,
                    gint64               event_id,
                    guint                position,
                    KoloDocParticipant  *participant,
                    GArray              *day_ids,
                    GArray              *participant_ids,
                    GError             **error)
{
  const char *certificate = participant->certificate;
  gint64 id;

  if (*certificate == '\0' || kolo_store_certificate_taken (self, certificate))
    certificate = NULL;
  id = kolo_store_insert_participant_row (self, event_id, position, participant->name,
                                          participant->institution, participant->position,
                                          participant->city, participant->email,
                                          participant->phone, participant->notes,
                                          participant->gender, certificate, error);
  if (id == 0 || (certificate != NULL && !kolo_store_keep_certificate (self, certificate, error)))
    return FALSE;
  g_array_append_val (participant_ids, id);

  for (guint i = 0; i < participant->attended->len; i++)
    {
      guint day = g_array_index (participant->attended, guint, i);

      g_return_val_if_fail (day < day_ids->len, FALSE);
      if (!kolo_store_insert_attendance_row (self, id, g_array_index (day_ids, gint64, day),
                                             error))
        return FALSE;
    }
  return TRUE;
}

static gint64
insert_event_rows (KoloStore  *self,
                   KoloDoc    *doc,
                   GError    **error)
{
  g_autofree char *trainers = g_strjoinv ("\n", doc->trainers);
  g_autoptr(GArray) activity_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) day_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) participant_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  gint64 event_id;

  stmt = kolo_store_prepare (self,
                             "INSERT INTO events (title, venue, city, organizer, trainers, notes,"
                             " archived) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                             error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_text (stmt, 1, doc->title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, doc->venue, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, doc->city, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, doc->organizer, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, trainers, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, doc->notes, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 7, doc->archived);
  if (!kolo_store_step_done (self, stmt, error))
    return 0;
  event_id = sqlite3_last_insert_rowid (kolo_store_get_db (self));

  for (guint i = 0; i < doc->days->len; i++)
    if (!insert_day (self, event_id, i, doc->days->pdata[i], day_ids, activity_ids, error))
      return 0;
  for (guint i = 0; i < doc->participants->len; i++)
    if (!insert_participant (self, event_id, i, doc->participants->pdata[i], day_ids,
                             participant_ids, error))
      return 0;
  for (guint i = 0; i < doc->boards->len; i++)
    if (!insert_board (self, event_id, i, doc, doc->boards->pdata[i], activity_ids,
                       participant_ids, error))
      return 0;
  return event_id;
}

/**
 * kolo_store_insert_event:
 * @doc: a checked event document: every day has a date
 *
 * Writes a whole event in one transaction: all of it, or nothing.
 *
 * Returns: (transfer full): the new event, or %NULL with @error set
 */
KoloEvent *
kolo_store_insert_event (KoloStore  *self,
                         KoloDoc    *doc,
                         GError    **error)
{
  gint64 event_id;

  g_return_val_if_fail (KOLO_IS_STORE (self), NULL);
  g_return_val_if_fail (doc != NULL && doc->kind == KOLO_DOC_EVENT, NULL);

  /* Make sure the events list exists first, so the new event joins it. */
  kolo_store_get_events (self);
  resolve_decks (self, doc);

  if (!kolo_store_begin (self, error))
    return NULL;
  event_id = insert_event_rows (self, doc, error);
  if (event_id == 0)
    {
      kolo_store_rollback (self);
      return NULL;
    }
  if (!kolo_store_commit (self, error))
    return NULL;

  return _kolo_store_load_event (self, event_id, error);
}

/* Templates --------------------------------------------------------------- */

static KoloTemplate *
template_from_doc (const char *name,
                   KoloDoc    *doc,
                   gboolean    shipped)
{
  return kolo_template_new (name, doc->title, doc->notes, shipped, doc->days->len,
                            kolo_doc_get_planned_minutes (doc));
}

static KoloDoc *
load_shipped (const char  *name,
              GError     **error)
{
  g_autofree char *path = g_strconcat (SHIPPED_TEMPLATES, name, ".json", NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  KoloDoc *doc;

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    return NULL;

  doc = kolo_doc_parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &local_error);
  if (doc == NULL)
    {
      /* A shipped file is checked by the test suite; this is a packaging bug. */
      g_critical ("Shipped template %s is broken: %s", name, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
    }
  return doc;
}

static int
compare_templates (gconstpointer a,
                   gconstpointer b)
{
  KoloTemplate *ta = *(KoloTemplate **) a;
  KoloTemplate *tb = *(KoloTemplate **) b;

  int c;

  if (kolo_template_get_shipped (ta) != kolo_template_get_shipped (tb))
    return kolo_template_get_shipped (ta) ? -1 : 1;
  c = g_utf8_collate (kolo_template_get_title (ta), kolo_template_get_title (tb));
  return c != 0 ? c : strcmp (kolo_template_get_name (ta), kolo_template_get_name (tb));
}

/**
 * kolo_store_list_templates:
 *
 * The shipped templates, then the saved ones, each by title.
 *
 * Returns: (transfer full): a #GListModel of #KoloTemplate
 */
GListModel *
kolo_store_list_templates (KoloStore  *self,
                           GError    **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) shipped = NULL;
  GListStore *list;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOLO_IS_STORE (self), NULL);

  shipped = g_resources_enumerate_children (SHIPPED_TEMPLATES, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  for (guint i = 0; shipped != NULL && shipped[i] != NULL; i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(KoloDoc) doc = NULL;

      if (!g_str_has_suffix (shipped[i], ".json"))
        continue;
      name = g_strndup (shipped[i], strlen (shipped[i]) - strlen (".json"));
      if ((doc = load_shipped (name, NULL)) != NULL)
        g_ptr_array_add (found, template_from_doc (name, doc, TRUE));
    }

  stmt = kolo_store_prepare (self, "SELECT name, document FROM templates", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      const char *text = (const char *) sqlite3_column_text (stmt, 1);
      g_autoptr(KoloDoc) doc = NULL;
      g_autoptr(GError) local_error = NULL;

      doc = kolo_doc_parse (text, sqlite3_column_bytes (stmt, 1), &local_error);
      if (doc != NULL)
        g_ptr_array_add (found, template_from_doc (name, doc, FALSE));
      else
        g_warning ("Saved template %s cannot be read: %s", name, local_error->message);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      kolo_store_set_sqlite_error (self, error);
      return NULL;
    }

  g_ptr_array_sort (found, compare_templates);
  list = g_list_store_new (KOLO_TYPE_TEMPLATE);
  g_list_store_splice (list, 0, 0, found->pdata, found->len);
  return G_LIST_MODEL (list);
}

/**
 * kolo_store_load_template:
 * @name: a shipped template's file name without `.json`, or a saved one's name
 *
 * Returns: (transfer full): the template's agenda, or %NULL with @error set
 */
KoloDoc *
kolo_store_load_template (KoloStore   *self,
                          const char  *name,
                          GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  KoloDoc *doc;
  int rc;

  g_return_val_if_fail (KOLO_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if ((doc = load_shipped (name, &local_error)) != NULL || local_error != NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return doc;
    }

  stmt = kolo_store_prepare (self, "SELECT document FROM templates WHERE name = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    doc = kolo_doc_parse ((const char *) sqlite3_column_text (stmt, 0),
                          sqlite3_column_bytes (stmt, 0), error);
  else if (rc == SQLITE_DONE)
    g_set_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_NOT_FOUND,
                 _("There is no template named “%s”"), name);
  else
    kolo_store_set_sqlite_error (self, error);
  sqlite3_reset (stmt);

  return doc;
}

static gboolean
template_name_taken (KoloStore  *self,
                     const char *name)
{
  g_autofree char *path = g_strconcat (SHIPPED_TEMPLATES, name, ".json", NULL);
  sqlite3_stmt *stmt;
  gboolean taken;

  if (g_resources_get_info (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL))
    return TRUE;

  stmt = kolo_store_prepare (self, "SELECT 1 FROM templates WHERE name = ?1", NULL);
  if (stmt == NULL)
    return TRUE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  taken = sqlite3_step (stmt) != SQLITE_DONE;
  sqlite3_reset (stmt);
  return taken;
}

/**
 * kolo_store_save_template:
 * @doc: the agenda; an event document is saved without its dates and people
 *
 * Saves @doc as a template named by a slug of its title, made unique.
 *
 * Returns: (transfer full): the template's name, or %NULL with @error set
 */
char *
kolo_store_save_template (KoloStore  *self,
                          KoloDoc    *doc,
                          GError    **error)
{
  g_autofree char *slug = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  KoloDocKind kind;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (KOLO_IS_STORE (self), NULL);
  g_return_val_if_fail (doc != NULL, NULL);

  /* Written as a template: no dates, no venue, no people. */
  kind = doc->kind;
  doc->kind = KOLO_DOC_TEMPLATE;
  text = kolo_doc_to_json (doc);
  doc->kind = kind;

  slug = kolo_text_slugify (doc->title);
  name = g_strdup (slug);
  for (guint n = 2; template_name_taken (self, name); n++)
    {
      g_free (name);
      name = g_strdup_printf ("%s-%u", slug, n);
    }

  stmt = kolo_store_prepare (self,
                             "INSERT INTO templates (name, title, document) VALUES (?1, ?2, ?3)",
                             error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, doc->title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, text, -1, SQLITE_STATIC);
  if (!kolo_store_step_done (self, stmt, error))
    return NULL;

  return g_steal_pointer (&name);
}

gboolean
kolo_store_delete_template (KoloStore   *self,
                            const char  *name,
                            GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (KOLO_IS_STORE (self), FALSE);

  stmt = kolo_store_prepare (self, "DELETE FROM templates WHERE name = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  if (!kolo_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (kolo_store_get_db (self)) == 0)
    {
      g_set_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_NOT_FOUND,
                   _("There is no saved template named “%s”"), name);
      return FALSE;
    }
  return TRUE;
}

/**
 * kolo_store_create_event_from_doc:
 * @doc: a template or an event whose agenda the new event takes
 * @title: (nullable): the new event's title; the document's when %NULL
 * @first_day: the new event's first date
 *
 * Returns: (transfer full): the new event, or %NULL with @error set
 */
KoloEvent *
kolo_store_create_event_from_doc (KoloStore    *self,
                                  KoloDoc      *doc,
                                  const char   *title,
                                  const GDate  *first_day,
                                  GError      **error)
{
  g_return_val_if_fail (KOLO_IS_STORE (self), NULL);
  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (first_day != NULL && g_date_valid (first_day), NULL);

  if (title != NULL)
    {
      g_free (doc->title);
      doc->title = g_strdup (title);
    }
  /* The new event takes the agenda, as from a template: an event file's
   * place and people belong to that event (its participants too), and its
   * boards start empty, to be filled again by another room. */
  if (doc->kind == KOLO_DOC_EVENT)
    {
      g_free (doc->venue);
      doc->venue = g_strdup ("");
      g_free (doc->city);
      doc->city = g_strdup ("");
      g_free (doc->organizer);
      doc->organizer = g_strdup ("");
      g_strfreev (doc->trainers);
      doc->trainers = g_new0 (char *, 1);
    }
  doc->archived = FALSE;
  kolo_doc_clear_ideas (doc);
  kolo_doc_clear_personal_data (doc);
  kolo_doc_set_first_date (doc, first_day);

  return kolo_store_insert_event (self, doc, error);
}

/**
 * kolo_store_import:
 * @data: a Kolo file of any format
 *
 * Checks the whole file, then stores it in one transaction: an event
 * becomes a new event, a template a new saved template, a deck a new deck
 * of the library.  A bad file changes nothing.
 *
 * Returns: (transfer full): the new #KoloEvent, #KoloTemplate or
 *   #KoloDeck, or %NULL with @error set to every problem, one a line
 */
GObject *
kolo_store_import (KoloStore   *self,
                   const char  *data,
                   gsize        length,
                   GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(KoloDoc) doc = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (KOLO_IS_STORE (self), NULL);

  if ((root = kolo_json_parse (data, length, error)) == NULL)
    return NULL;

  if (g_strcmp0 (kolo_doc_get_format (root), KOLO_DECK_FORMAT) == 0)
    {
      g_autoptr(KoloDeck) deck = _kolo_deck_parse_node (root, error);

      if (deck == NULL || !kolo_store_insert_deck (self, deck, error))
        return NULL;
      return G_OBJECT (g_steal_pointer (&deck));
    }

  if ((doc = kolo_doc_parse_node (root, error)) == NULL)
    return NULL;

  if (doc->kind == KOLO_DOC_EVENT)
    return G_OBJECT (kolo_store_insert_event (self, doc, error));

  if ((name = kolo_store_save_template (self, doc, error)) == NULL)
    return NULL;
  return G_OBJECT (template_from_doc (name, doc, FALSE));
}

/**
 * kolo_event_export:
 * @kind: %KOLO_DOC_EVENT for the whole event, %KOLO_DOC_TEMPLATE for its
 *   agenda alone
 *
 * Returns: (transfer full): the file's text
 */
char *
kolo_event_export (KoloEvent   *event,
                   KoloDocKind  kind)
{
  g_autoptr(KoloDoc) doc = NULL;

  g_return_val_if_fail (KOLO_IS_EVENT (event), NULL);

  doc = kolo_doc_new_from_event (event, kind);
  return kolo_doc_to_json (doc);
}

/**
 * kolo_event_export_without_personal_data:
 *
 * The whole event as a kolo-event file to share: without its participants
 * and without the ideas' authors (and their links to participants).  The
 * trainers and the organizer, who sign the event, stay.
 *
 * Returns: (transfer full): the file's text
 */
char *
kolo_event_export_without_personal_data (KoloEvent *event)
{
  g_autoptr(KoloDoc) doc = NULL;

  g_return_val_if_fail (KOLO_IS_EVENT (event), NULL);

  doc = kolo_doc_new_from_event (event, KOLO_DOC_EVENT);
  kolo_doc_clear_personal_data (doc);
  return kolo_doc_to_json (doc);
}
