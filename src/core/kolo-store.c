/* kolo-store.c — the SQLite store that holds every event, day, module and activity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-store"

#include "config.h"

#include <errno.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kolo-store-private.h"
#include "kolo-deck-private.h"
#include "kolo-model-private.h"
#include "kolo-doc.h"
#include "kolo-store-io.h"
#include "kolo-text.h"

/* "KOLO" in ASCII: marks a database as Kolo's (PRAGMA application_id). */
#define KOLO_APPLICATION_ID 0x4B4F4C4F

struct _KoloStore
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;
  GHashTable *statements;   /* const char *sql (static) → sqlite3_stmt * */
  GListStore *events;       /* of KoloEvent, loaded on first use */
  GHashTable *events_by_id; /* gint64 * → KoloEvent * (unowned) */
  KoloDeckLibrary *decks;   /* the deck library; see kolo-deck-store.c */
  guint       txn_depth;
};

G_DEFINE_FINAL_TYPE (KoloStore, kolo_store, G_TYPE_OBJECT)

enum { WRITE_FAILED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_QUARK (kolo-store-error-quark, kolo_store_error)

/* Released migrations are never edited: a feature that needs tables adds one.
 * Migration N brings a database from user_version N-1 to N. */
static const char * const migrations[] = {
  /* 1: the agenda */
  "CREATE TABLE events ("
  /* AUTOINCREMENT: an event's ID is never given to another one, even after
   * it is deleted, so scripts and "the last open event" never mix them up. */
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  title TEXT NOT NULL,"
  "  venue TEXT NOT NULL DEFAULT '',"
  "  city TEXT NOT NULL DEFAULT '',"
  "  organizer TEXT NOT NULL DEFAULT '',"
  "  trainers TEXT NOT NULL DEFAULT '',"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  archived INTEGER NOT NULL DEFAULT 0,"
  "  deleted INTEGER NOT NULL DEFAULT 0,"
  "  created INTEGER NOT NULL DEFAULT (strftime('%s', 'now')));"
  "CREATE TABLE days ("
  "  id INTEGER PRIMARY KEY,"
  "  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  date TEXT NOT NULL,"
  "  start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),"
  "  end_minute INTEGER CHECK (end_minute BETWEEN 0 AND 1439));"
  "CREATE INDEX days_by_event ON days (event_id, position);"
  "CREATE TABLE modules ("
  "  id INTEGER PRIMARY KEY,"
  "  day_id INTEGER NOT NULL REFERENCES days (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  title TEXT NOT NULL,"
  "  goal TEXT NOT NULL DEFAULT '');"
  "CREATE INDEX modules_by_day ON modules (day_id, position);"
  "CREATE TABLE activities ("
  "  id INTEGER PRIMARY KEY,"
  "  module_id INTEGER NOT NULL REFERENCES modules (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  kind TEXT NOT NULL,"
  "  title TEXT NOT NULL,"
  "  minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 600),"
  "  instructions TEXT NOT NULL DEFAULT '',"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  materials TEXT NOT NULL DEFAULT '');"
  "CREATE INDEX activities_by_module ON activities (module_id, position);",

  /* 2: templates saved from events */
  "CREATE TABLE templates ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE,"
  "  title TEXT NOT NULL,"
  "  document TEXT NOT NULL,"
  "  created INTEGER NOT NULL DEFAULT (strftime('%s', 'now')));",

  /* 3: run mode (kolo-run.c, docs/timer.md).  Instants are wall-clock
   * microseconds since the epoch, durations microseconds. */
  /* Where each event's run stands: the day, its planned end when it was
   * started (drift is measured against it), the current activity and its
   * timing: elapsed = (pause_wall, or now) − origin_wall − paused_us. */
  "CREATE TABLE runs ("
  "  event_id INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,"
  "  day_id INTEGER REFERENCES days (id) ON DELETE CASCADE,"
  "  activity_id INTEGER REFERENCES activities (id) ON DELETE SET NULL,"
  "  state TEXT NOT NULL CHECK (state IN ('stopped', 'running', 'paused')),"
  "  origin_wall INTEGER NOT NULL DEFAULT 0,"
  "  paused_us INTEGER NOT NULL DEFAULT 0,"
  "  pause_wall INTEGER,"
  "  saved_wall INTEGER NOT NULL,"
  "  warned INTEGER NOT NULL DEFAULT 0,"
  "  timed_up INTEGER NOT NULL DEFAULT 0,"
  "  planned_end_minute INTEGER);"
  "CREATE INDEX runs_by_day ON runs (day_id);"
  "CREATE INDEX runs_by_activity ON runs (activity_id);"
  /* What each activity took, for planned vs actual: its first start, its
   * last end (NULL while it is the current one), its running time without
   * the pauses, the pauses, and the minutes added while it ran. */
  "CREATE TABLE activity_runs ("
  "  activity_id INTEGER PRIMARY KEY REFERENCES activities (id) ON DELETE CASCADE,"
  "  started_wall INTEGER NOT NULL,"
  "  ended_wall INTEGER,"
  "  elapsed_us INTEGER NOT NULL DEFAULT 0 CHECK (elapsed_us >= 0),"
  "  paused_us INTEGER NOT NULL DEFAULT 0 CHECK (paused_us >= 0),"
  "  added_minutes INTEGER NOT NULL DEFAULT 0);",

  /* 4: brainstorm boards (kolo-board.c).  Positions count from 0 within
   * each parent: boards per event, clusters per board, ideas per board and
   * cluster, where a NULL cluster is "Ungrouped".  An idea's time is
   * wall-clock microseconds since the epoch. */
  "CREATE TABLE boards ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  question TEXT NOT NULL,"
  "  activity_id INTEGER REFERENCES activities(id) ON DELETE SET NULL,"
  "  anonymous INTEGER NOT NULL DEFAULT 0,"
  "  hidden INTEGER NOT NULL DEFAULT 0,"
  "  moderated INTEGER NOT NULL DEFAULT 0,"
  "  sort_by_votes INTEGER NOT NULL DEFAULT 0);"
  "CREATE TABLE clusters ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  board_id INTEGER NOT NULL REFERENCES boards(id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  title TEXT NOT NULL,"
  "  color TEXT NOT NULL);"
  "CREATE TABLE ideas ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  board_id INTEGER NOT NULL REFERENCES boards(id) ON DELETE CASCADE,"
  "  cluster_id INTEGER REFERENCES clusters(id) ON DELETE SET NULL,"
  "  position INTEGER NOT NULL,"
  "  text TEXT NOT NULL,"
  "  author TEXT,"
  "  color TEXT NOT NULL,"
  "  created_us INTEGER NOT NULL,"
  "  votes INTEGER NOT NULL DEFAULT 0,"
  "  pending INTEGER NOT NULL DEFAULT 0);"
  "CREATE INDEX boards_event ON boards (event_id, position);"
  "CREATE INDEX clusters_board ON clusters (board_id, position);"
  "CREATE INDEX ideas_board ON ideas (board_id, cluster_id, position);",

  /* 5: participants (kolo-participant.c), their attendance, and the
   * certificates (kolo-certificates.c).  A participant's "position" is
   * their place in the list, from 0; "job" is their position at work.
   * certificate_numbers keeps every number given, without the person:
   * a number never comes again, even after its participant is deleted. */
  "CREATE TABLE participants ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  name TEXT NOT NULL,"
  "  institution TEXT NOT NULL DEFAULT '',"
  "  job TEXT NOT NULL DEFAULT '',"
  "  city TEXT NOT NULL DEFAULT '',"
  "  email TEXT NOT NULL DEFAULT '',"
  "  phone TEXT NOT NULL DEFAULT '',"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  gender TEXT NOT NULL DEFAULT '',"
  "  certificate TEXT UNIQUE);"
  "CREATE INDEX participants_event ON participants (event_id, position);"
  "CREATE TABLE attendance ("
  "  participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,"
  "  day_id INTEGER NOT NULL REFERENCES days(id) ON DELETE CASCADE,"
  "  PRIMARY KEY (participant_id, day_id));"
  "CREATE TABLE certificate_settings ("
  "  event_id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,"
  "  series TEXT NOT NULL DEFAULT '',"
  "  min_days INTEGER NOT NULL DEFAULT 0,"
  "  hour_kind TEXT NOT NULL DEFAULT 'academic',"
  "  hours_override INTEGER NOT NULL DEFAULT 0,"
  "  logo BLOB,"
  "  signer1_name TEXT NOT NULL DEFAULT '', signer1_position TEXT NOT NULL DEFAULT '',"
  "  signer1_image BLOB,"
  "  signer2_name TEXT NOT NULL DEFAULT '', signer2_position TEXT NOT NULL DEFAULT '',"
  "  signer2_image BLOB,"
  "  signer3_name TEXT NOT NULL DEFAULT '', signer3_position TEXT NOT NULL DEFAULT '',"
  "  signer3_image BLOB);"
  "CREATE TABLE certificate_numbers ("
  "  series TEXT NOT NULL,"
  "  number INTEGER NOT NULL,"
  "  PRIMARY KEY (series, number));"
  "ALTER TABLE ideas ADD COLUMN participant_id INTEGER"
  "  REFERENCES participants(id) ON DELETE SET NULL;",

  /* 6: role-play card decks (kolo-deck.c), in a library every event
   * shares, and what events drew from them (kolo-play.c).  A deck removed
   * in the app is marked deleted until its undo is over.  Positions count
   * from 0 within each parent.  shipped_decks names the shipped decks
   * brought in once (kolo-deck-store.c).  A play is one card drawn or
   * picked in an event, its time wall-clock microseconds since the epoch;
   * its card's title is kept for when the card or the deck goes.
   * play_roles has each player once per play, with the brief they had
   * (NULL: an observer).  deck_shuffles holds the last play before each
   * event's reshuffle of each deck: what was drawn since has a later ID
   * (AUTOINCREMENT IDs only grow). */
  "CREATE TABLE decks ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  title TEXT NOT NULL,"
  "  description TEXT NOT NULL DEFAULT '',"
  "  deleted INTEGER NOT NULL DEFAULT 0);"
  "CREATE TABLE cards ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  deck_id INTEGER NOT NULL REFERENCES decks(id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  kind TEXT NOT NULL CHECK (kind IN ('situation', 'role', 'observer')),"
  "  title TEXT NOT NULL,"
  "  public TEXT NOT NULL DEFAULT '',"
  "  category TEXT NOT NULL DEFAULT '',"
  "  difficulty TEXT NOT NULL DEFAULT 'medium'"
  "    CHECK (difficulty IN ('easy', 'medium', 'hard')));"
  "CREATE INDEX cards_deck ON cards (deck_id, position);"
  "CREATE TABLE card_briefs ("
  "  card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  role TEXT NOT NULL DEFAULT '',"
  "  text TEXT NOT NULL,"
  "  PRIMARY KEY (card_id, position));"
  "CREATE TABLE shipped_decks ("
  "  name TEXT PRIMARY KEY);"
  "ALTER TABLE activities ADD COLUMN deck_id INTEGER"
  "  REFERENCES decks(id) ON DELETE SET NULL;"
  "CREATE INDEX activities_deck ON activities (deck_id);"
  "CREATE TABLE plays ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
  "  deck_id INTEGER REFERENCES decks(id) ON DELETE SET NULL,"
  "  card_id INTEGER REFERENCES cards(id) ON DELETE SET NULL,"
  "  card_title TEXT NOT NULL,"
  "  drawn_us INTEGER NOT NULL,"
  "  picked INTEGER NOT NULL DEFAULT 0);"
  "CREATE INDEX plays_event ON plays (event_id, deck_id, id);"
  "CREATE INDEX plays_deck ON plays (deck_id);"
  "CREATE INDEX plays_card ON plays (card_id);"
  "CREATE TABLE play_roles ("
  "  play_id INTEGER NOT NULL REFERENCES plays(id) ON DELETE CASCADE,"
  "  participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,"
  "  grp INTEGER NOT NULL,"
  "  position INTEGER NOT NULL,"
  "  brief INTEGER,"
  "  role TEXT,"
  "  PRIMARY KEY (play_id, participant_id));"
  "CREATE INDEX play_roles_participant ON play_roles (participant_id);"
  "CREATE TABLE deck_shuffles ("
  "  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
  "  deck_id INTEGER NOT NULL REFERENCES decks(id) ON DELETE CASCADE,"
  "  after_play_id INTEGER NOT NULL,"
  "  PRIMARY KEY (event_id, deck_id));"
  "CREATE INDEX deck_shuffles_deck ON deck_shuffles (deck_id);",

  /* 7: timed role-play rounds (kolo-run-round.c, docs/timer.md), one row
   * per event: the minutes of each phase, kept for the next round also
   * when none runs, and the round going on, timed as the run's activity
   * is: elapsed = (pause_wall, or now) − origin_wall − paused_us, in
   * wall-clock microseconds.  phase_notified is the last phase the round
   * was known to be in, so a restart neither repeats "round-phase" nor
   * loses one. */
  "CREATE TABLE rounds ("
  "  event_id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,"
  "  play_id INTEGER REFERENCES plays(id) ON DELETE SET NULL,"
  "  state TEXT NOT NULL DEFAULT 'stopped'"
  "    CHECK (state IN ('stopped', 'running', 'paused')),"
  "  preparation_minutes INTEGER NOT NULL CHECK (preparation_minutes BETWEEN 0 AND 240),"
  "  play_minutes INTEGER NOT NULL CHECK (play_minutes BETWEEN 0 AND 240),"
  "  discussion_minutes INTEGER NOT NULL CHECK (discussion_minutes BETWEEN 0 AND 240),"
  "  origin_wall INTEGER NOT NULL DEFAULT 0,"
  "  paused_us INTEGER NOT NULL DEFAULT 0 CHECK (paused_us >= 0),"
  "  pause_wall INTEGER,"
  "  saved_wall INTEGER NOT NULL,"
  "  phase_notified INTEGER NOT NULL DEFAULT 0,"
  "  CHECK (preparation_minutes + play_minutes + discussion_minutes >= 1));"
  "CREATE INDEX rounds_play ON rounds (play_id);",
};

int
kolo_store_get_schema_version (void)
{
  return G_N_ELEMENTS (migrations);
}

/**
 * kolo_store_get_default_path:
 *
 * Returns: (transfer full): the database path used when neither `--db` nor
 *   `KOLO_DB` names one: `$XDG_DATA_HOME/kolo/kolo.db`.
 */
char *
kolo_store_get_default_path (void)
{
  const char *env = g_getenv ("KOLO_DB");

  if (env != NULL && *env != '\0')
    return g_strdup (env);

  return g_build_filename (g_get_user_data_dir (), "kolo", "kolo.db", NULL);
}

void
kolo_store_set_sqlite_error (KoloStore  *self,
                             GError    **error)
{
  int code = sqlite3_errcode (self->db);

  g_set_error (error, KOLO_STORE_ERROR,
               code == SQLITE_CONSTRAINT ? KOLO_STORE_ERROR_INVALID : KOLO_STORE_ERROR_FAILED,
               /* Translators: %s is the database file, then SQLite's own message */
               _("Database “%s”: %s"), self->path, sqlite3_errmsg (self->db));
}

static gboolean
exec_sql (KoloStore   *self,
          const char  *sql,
          GError     **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      kolo_store_set_sqlite_error (self, error);
      return FALSE;
    }
  return TRUE;
}

/* Reads one integer from a query such as "PRAGMA user_version".  Returns
 * FALSE when the file is not a database at all. */
static gboolean
query_int (KoloStore   *self,
           const char  *sql,
           gint64      *out,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    {
      *out = sqlite3_column_int64 (stmt, 0);
      sqlite3_finalize (stmt);
      return TRUE;
    }

  if (rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT)
    g_set_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_NOT_KOLO,
                 _("“%s” is not a Kolo database; it was left untouched"), self->path);
  else if (rc == SQLITE_DONE)
    *out = 0;
  else
    kolo_store_set_sqlite_error (self, error);

  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE;
}

static gboolean
backup_to (sqlite3     *source,
           const char  *dest_path,
           GError     **error)
{
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  rc = sqlite3_open_v2 (dest_path, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", source, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (dest);
      else
        {
          /* One step copies a consistent snapshot: WAL readers see one
           * transaction, whatever other connections write meanwhile. */
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          if (rc == SQLITE_DONE)
            rc = sqlite3_errcode (dest);
        }
    }

  if (rc != SQLITE_OK)
    {
      g_set_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_FAILED,
                   _("Could not copy the database to “%s”: %s"),
                   dest_path, dest ? sqlite3_errmsg (dest) : sqlite3_errstr (rc));
      sqlite3_close (dest);
      return FALSE;
    }

  /* The copy keeps the source's WAL flag; fold it into one file. */
  sqlite3_exec (dest, "PRAGMA journal_mode=DELETE", NULL, NULL, NULL);
  rc = sqlite3_close (dest);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_FAILED,
                   _("Could not copy the database to “%s”: %s"), dest_path, sqlite3_errstr (rc));
      return FALSE;
    }
  return TRUE;
}

static gboolean
migrate (KoloStore   *self,
         gint64       from_version,
         GError     **error)
{
  int latest = kolo_store_get_schema_version ();

  if (from_version > 0 && from_version < latest)
    {
      g_autofree char *aside = g_strdup_printf ("%s.v%" G_GINT64_FORMAT ".bak",
                                                self->path, from_version);

      /* The old file is kept as it was before any migration touched it. */
      if (!backup_to (self->db, aside, error))
        return FALSE;
      g_debug ("Copied the schema %" G_GINT64_FORMAT " database to %s before migrating",
               from_version, aside);
    }

  for (gint64 v = from_version; v < latest; v++)
    {
      g_autofree char *bump = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %"
                                               G_GINT64_FORMAT ";",
                                               KOLO_APPLICATION_ID, v + 1);

      if (!exec_sql (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      if (!exec_sql (self, migrations[v], error) || !exec_sql (self, bump, error))
        {
          exec_sql (self, "ROLLBACK", NULL);
          g_prefix_error (error, _("Could not update the database to schema %d: "), (int) v + 1);
          return FALSE;
        }
      if (!exec_sql (self, "COMMIT", error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
open_db (KoloStore   *self,
         GError     **error)
{
  gint64 app_id = 0, version = 0, n_objects = 0;
  int latest = kolo_store_get_schema_version ();
  int rc;

  if (g_file_test (self->path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_NOT_KOLO,
                   _("“%s” is a folder, not a Kolo database"), self->path);
      return FALSE;
    }

  rc = sqlite3_open_v2 (self->path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_FAILED,
                   _("Could not open the database “%s”: %s"), self->path,
                   self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return FALSE;
    }
  sqlite3_extended_result_codes (self->db, 0);
  sqlite3_busy_timeout (self->db, 5000);

  /* Nothing is written before we know the file is ours (or empty). */
  if (!query_int (self, "PRAGMA application_id", &app_id, error) ||
      !query_int (self, "PRAGMA user_version", &version, error) ||
      !query_int (self, "SELECT count(*) FROM sqlite_master", &n_objects, error))
    return FALSE;

  if (app_id != KOLO_APPLICATION_ID && (app_id != 0 || version != 0 || n_objects != 0))
    {
      g_set_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_NOT_KOLO,
                   _("“%s” is not a Kolo database; it was left untouched"), self->path);
      return FALSE;
    }

  if (version > latest)
    {
      g_set_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_TOO_NEW,
                   _("“%s” was made by a newer version of Kolo (schema %d; this version "
                     "knows up to %d). Update Kolo to open it; the file was left untouched."),
                   self->path, (int) version, latest);
      return FALSE;
    }

  if (!exec_sql (self,
                 "PRAGMA journal_mode = WAL;"
                 "PRAGMA synchronous = FULL;"
                 "PRAGMA foreign_keys = ON;",
                 error))
    return FALSE;

  if (version < latest && !migrate (self, version, error))
    return FALSE;

  /* Events deleted in an earlier run whose undo time ran out with Kolo. */
  return kolo_store_purge_deleted (self, error);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static int
compare_events_ptr (gconstpointer a,
                    gconstpointer b)
{
  return kolo_event_compare_newest_first (*(KoloEvent **) a, *(KoloEvent **) b);
}

static void
kolo_store_dispose (GObject *object)
{
  KoloStore *self = (KoloStore *)object;

  if (self->events != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->events));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(KoloEvent) event = g_list_model_get_item (G_LIST_MODEL (self->events), i);
          _kolo_event_detach (event);
        }
    }
  g_clear_pointer (&self->events_by_id, g_hash_table_unref);
  g_clear_object (&self->events);
  g_clear_pointer (&self->decks, _kolo_deck_library_free);

  G_OBJECT_CLASS (kolo_store_parent_class)->dispose (object);
}

static void
kolo_store_finalize (GObject *object)
{
  KoloStore *self = (KoloStore *)object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    {
      kolo_store_purge_deleted (self, NULL);
      sqlite3_close_v2 (self->db);
    }
  g_free (self->path);

  G_OBJECT_CLASS (kolo_store_parent_class)->finalize (object);
}

static void
kolo_store_class_init (KoloStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kolo_store_dispose;
  object_class->finalize = kolo_store_finalize;

  /**
   * KoloStore::write-failed:
   * @error: what went wrong
   *
   * An edit could not be written.  The object keeps the value the user
   * entered; the UI shows the error so the user can act on it.
   */
  signals[WRITE_FAILED] =
    g_signal_new ("write-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
kolo_store_init (KoloStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            finalize_statement);
}

/**
 * kolo_store_open:
 * @path: the database file; created with its folder when missing
 * @error: where to put an error
 *
 * Opens a Kolo database, creating or migrating it.  A file that is not a
 * Kolo database, or one made by a newer Kolo, is refused untouched.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
KoloStore *
kolo_store_open (const char  *path,
                 GError     **error)
{
  g_autoptr(KoloStore) self = NULL;
  g_autofree char *dir = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return NULL;
    }

  self = g_object_new (KOLO_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (!open_db (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
kolo_store_get_path (KoloStore *self)
{
  g_return_val_if_fail (KOLO_IS_STORE (self), NULL);
  return self->path;
}

sqlite3 *
kolo_store_get_db (KoloStore *self)
{
  return self->db;
}

KoloDeckLibrary *
_kolo_store_get_deck_library (KoloStore *self)
{
  if (self->decks == NULL)
    self->decks = _kolo_deck_library_new ();
  return self->decks;
}

/* Statements are cached by their SQL text, which is always a string literal
 * or a string that lives as long as the store (see update_column()). */
sqlite3_stmt *
kolo_store_prepare (KoloStore   *self,
                    const char  *sql,
                    GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt == NULL)
    {
      if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
        {
          kolo_store_set_sqlite_error (self, error);
          return NULL;
        }
      g_hash_table_insert (self->statements, (gpointer) sql, stmt);
    }
  else
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
    }

  return stmt;
}

gboolean
kolo_store_step_done (KoloStore     *self,
                      sqlite3_stmt  *stmt,
                      GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      kolo_store_set_sqlite_error (self, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

/* Transactions nest: the outermost is a real one, inner ones are savepoints,
 * so a store operation can call another and still be one user action. */
gboolean
kolo_store_begin (KoloStore  *self,
                  GError    **error)
{
  g_autofree char *sql = NULL;

  if (self->txn_depth == 0)
    sql = g_strdup ("BEGIN IMMEDIATE");
  else
    sql = g_strdup_printf ("SAVEPOINT kolo_%u", self->txn_depth);

  if (!exec_sql (self, sql, error))
    return FALSE;
  self->txn_depth++;
  return TRUE;
}

gboolean
kolo_store_commit (KoloStore  *self,
                   GError    **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (self->txn_depth > 0, FALSE);

  if (self->txn_depth == 1)
    sql = g_strdup ("COMMIT");
  else
    sql = g_strdup_printf ("RELEASE kolo_%u", self->txn_depth - 1);

  if (!exec_sql (self, sql, error))
    {
      kolo_store_rollback (self);
      return FALSE;
    }
  self->txn_depth--;
  return TRUE;
}

void
kolo_store_rollback (KoloStore *self)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (self->txn_depth > 0);

  if (self->txn_depth == 1)
    sql = g_strdup ("ROLLBACK");
  else
    sql = g_strdup_printf ("ROLLBACK TO kolo_%u; RELEASE kolo_%u",
                           self->txn_depth - 1, self->txn_depth - 1);

  sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  self->txn_depth--;
}

/**
 * kolo_store_finish:
 * @ok: whether everything since kolo_store_begin() went well
 *
 * Ends a transaction: committed when @ok, rolled back otherwise.
 *
 * Returns: whether it was committed
 */
gboolean
kolo_store_finish (KoloStore  *self,
                   gboolean    ok,
                   GError    **error)
{
  if (!ok)
    {
      kolo_store_rollback (self);
      return FALSE;
    }
  return kolo_store_commit (self, error);
}

/**
 * kolo_store_run_with_id:
 * @sql: a statement with one parameter, ?1
 *
 * Runs @sql with @id for ?1 (a DELETE or an UPDATE of one row).
 */
gboolean
kolo_store_run_with_id (KoloStore   *self,
                        const char  *sql,
                        gint64       id,
                        GError     **error)
{
  sqlite3_stmt *stmt = kolo_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return kolo_store_step_done (self, stmt, error);
}

void
kolo_store_report_error (KoloStore    *self,
                         const GError *error)
{
  if (g_signal_has_handler_pending (self, signals[WRITE_FAILED], 0, FALSE))
    g_signal_emit (self, signals[WRITE_FAILED], 0, error);
  else
    g_message ("%s", error->message);
}

static gboolean
update_column (KoloStore   *self,
               const char  *table,
               const char  *column,
               gint64       id,
               GValue      *value)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key = g_strdup_printf ("UPDATE %s SET %s = ?1 WHERE id = ?2", table, column);
  const char *sql;
  sqlite3_stmt *stmt;

  /* Intern the generated SQL so the statement cache can key on it. */
  sql = g_intern_string (key);
  stmt = kolo_store_prepare (self, sql, &error);
  if (stmt != NULL)
    {
      if (G_VALUE_HOLDS_STRING (value))
        sqlite3_bind_text (stmt, 1, g_value_get_string (value), -1, SQLITE_TRANSIENT);
      else if (G_VALUE_HOLDS_INT64 (value))
        sqlite3_bind_int64 (stmt, 1, g_value_get_int64 (value));
      sqlite3_bind_int64 (stmt, 2, id);
      kolo_store_step_done (self, stmt, &error);
    }

  if (error != NULL)
    {
      kolo_store_report_error (self, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
kolo_store_update_text (KoloStore  *self,
                        const char *table,
                        const char *column,
                        gint64      id,
                        const char *value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, value ? value : "");
  return update_column (self, table, column, id, &v);
}

gboolean
kolo_store_update_int (KoloStore  *self,
                       const char *table,
                       const char *column,
                       gint64      id,
                       gint64      value,
                       gboolean    is_null)
{
  g_auto(GValue) v = G_VALUE_INIT;

  if (is_null)
    g_value_init (&v, G_TYPE_POINTER);
  else
    {
      g_value_init (&v, G_TYPE_INT64);
      g_value_set_int64 (&v, value);
    }
  return update_column (self, table, column, id, &v);
}

/* Events ---------------------------------------------------------------- */

#define EVENT_COLUMNS \
  "e.id, e.title, e.venue, e.city, e.organizer, e.trainers, e.notes, e.archived, " \
  "(SELECT min (date) FROM days WHERE event_id = e.id), " \
  "(SELECT max (date) FROM days WHERE event_id = e.id)"

static void
add_event (KoloStore *self,
           KoloEvent *event)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->events));
  guint pos;

  /* Newest first; a new event usually lands at the top. */
  for (pos = 0; pos < n; pos++)
    {
      g_autoptr(KoloEvent) other = g_list_model_get_item (G_LIST_MODEL (self->events), pos);
      if (kolo_event_compare_newest_first (event, other) < 0)
        break;
    }
  g_list_store_insert (self->events, pos, event);
  g_hash_table_insert (self->events_by_id, _kolo_event_get_id_ptr (event), event);
}

static gboolean
ensure_events (KoloStore  *self,
               GError    **error)
{
  g_autoptr(GPtrArray) loaded = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (self->events != NULL)
    return TRUE;

  stmt = kolo_store_prepare (self,
                             "SELECT " EVENT_COLUMNS " FROM events e WHERE e.deleted = 0",
                             error);
  if (stmt == NULL)
    return FALSE;

  loaded = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (loaded, _kolo_event_new_from_row (self, stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      kolo_store_set_sqlite_error (self, error);
      return FALSE;
    }

  g_ptr_array_sort (loaded, compare_events_ptr);

  self->events = g_list_store_new (KOLO_TYPE_EVENT);
  self->events_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_list_store_splice (self->events, 0, 0, loaded->pdata, loaded->len);
  for (guint i = 0; i < loaded->len; i++)
    g_hash_table_insert (self->events_by_id,
                         _kolo_event_get_id_ptr (loaded->pdata[i]), loaded->pdata[i]);

  return TRUE;
}

/**
 * kolo_store_get_events:
 *
 * All events that are not deleted, archived ones included, newest first.
 * The same list every time: views bind to it.
 *
 * Returns: (transfer none): a #GListModel of #KoloEvent
 */
GListModel *
kolo_store_get_events (KoloStore *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (KOLO_IS_STORE (self), NULL);

  if (!ensure_events (self, &error))
    {
      kolo_store_report_error (self, error);
      self->events = g_list_store_new (KOLO_TYPE_EVENT);
      self->events_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
    }

  return G_LIST_MODEL (self->events);
}

/**
 * kolo_store_lookup_event:
 *
 * Returns: (transfer full): the event with @id, or %NULL with @error set
 */
KoloEvent *
kolo_store_lookup_event (KoloStore  *self,
                         gint64      id,
                         GError    **error)
{
  KoloEvent *event;

  g_return_val_if_fail (KOLO_IS_STORE (self), NULL);

  if (!ensure_events (self, error))
    return NULL;

  event = g_hash_table_lookup (self->events_by_id, &id);
  if (event == NULL)
    {
      g_set_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_NOT_FOUND,
                   _("There is no event with ID %lld"), (long long) id);
      return NULL;
    }

  return g_object_ref (event);
}

/* Called by the import code once an event's rows are committed. */
KoloEvent *
_kolo_store_load_event (KoloStore  *self,
                        gint64      id,
                        GError    **error)
{
  g_autoptr(KoloEvent) event = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (!ensure_events (self, error))
    return NULL;

  stmt = kolo_store_prepare (self, "SELECT " EVENT_COLUMNS " FROM events e WHERE e.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    event = _kolo_event_new_from_row (self, stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_NOT_FOUND,
                 _("There is no event with ID %lld"), (long long) id);
  else
    kolo_store_set_sqlite_error (self, error);
  sqlite3_reset (stmt);

  if (event != NULL)
    add_event (self, event);

  return g_steal_pointer (&event);
}

/* Keeps the list in newest-first order when an event's dates change. */
void
_kolo_store_event_dates_changed (KoloStore *self,
                                 KoloEvent *event)
{
  guint pos;

  if (self->events == NULL || !g_list_store_find (self->events, event, &pos))
    return;

  g_object_ref (event);
  g_list_store_remove (self->events, pos);
  g_hash_table_remove (self->events_by_id, _kolo_event_get_id_ptr (event));
  add_event (self, event);
  g_object_unref (event);
}

/**
 * kolo_store_create_event:
 * @title: the event's title
 * @first_day: (nullable): its date; today when %NULL
 *
 * Creates a blank event with one day that starts at 10:00.
 *
 * Returns: (transfer full): the new event, or %NULL with @error set
 */
KoloEvent *
kolo_store_create_event (KoloStore   *self,
                         const char  *title,
                         GDate       *first_day,
                         GError     **error)
{
  g_autoptr(KoloDoc) doc = kolo_doc_new (KOLO_DOC_EVENT);
  KoloDocDay *day;

  g_return_val_if_fail (KOLO_IS_STORE (self), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  g_free (doc->title);
  doc->title = g_strdup (title);
  day = kolo_doc_day_new ();
  if (first_day != NULL && g_date_valid (first_day))
    day->date = *first_day;
  else
    g_date_set_time_t (&day->date, time (NULL));
  g_ptr_array_add (doc->days, day);

  return kolo_store_insert_event (self, doc, error);
}

/**
 * kolo_store_duplicate_event:
 *
 * Copies @event with its whole agenda as a new, unarchived event: the
 * organizer's way to reuse an agenda.  The copy's title says it is a copy.
 * Its boards keep their questions, activities and settings but start
 * empty, and it has no participants: a copy is for running the training
 * again, with another room, and personal data stays with its event.
 *
 * Returns: (transfer full): the copy, or %NULL with @error set
 */
KoloEvent *
kolo_store_duplicate_event (KoloStore  *self,
                            KoloEvent  *event,
                            GError    **error)
{
  g_autoptr(KoloDoc) doc = NULL;
  char *title;

  g_return_val_if_fail (KOLO_IS_STORE (self), NULL);
  g_return_val_if_fail (KOLO_IS_EVENT (event), NULL);

  doc = kolo_doc_new_from_event (event, KOLO_DOC_EVENT);
  /* Translators: the title of a duplicated event; %s is the original title */
  title = g_strdup_printf (_("%s (copy)"), doc->title);
  g_free (doc->title);
  doc->title = title;
  doc->archived = FALSE;
  kolo_doc_clear_ideas (doc);
  kolo_doc_clear_personal_data (doc);

  return kolo_store_insert_event (self, doc, error);
}

static gboolean
set_deleted (KoloStore  *self,
             KoloEvent  *event,
             gboolean    deleted,
             GError    **error)
{
  sqlite3_stmt *stmt;

  stmt = kolo_store_prepare (self, "UPDATE events SET deleted = ?1 WHERE id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, deleted);
  sqlite3_bind_int64 (stmt, 2, kolo_event_get_id (event));
  return kolo_store_step_done (self, stmt, error);
}

/**
 * kolo_store_delete_event:
 *
 * Deletes @event: it leaves the events list at once, and its rows go with
 * the next kolo_store_purge_deleted() (when the undo toast is gone, or when
 * the store closes).  Until then kolo_store_undelete_event() brings it back.
 */
gboolean
kolo_store_delete_event (KoloStore  *self,
                         KoloEvent  *event,
                         GError    **error)
{
  guint pos;

  g_return_val_if_fail (KOLO_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOLO_IS_EVENT (event), FALSE);

  if (!ensure_events (self, error) || !set_deleted (self, event, TRUE, error))
    return FALSE;

  if (g_list_store_find (self->events, event, &pos))
    {
      g_hash_table_remove (self->events_by_id, _kolo_event_get_id_ptr (event));
      g_list_store_remove (self->events, pos);
    }
  return TRUE;
}

gboolean
kolo_store_undelete_event (KoloStore  *self,
                           KoloEvent  *event,
                           GError    **error)
{
  g_return_val_if_fail (KOLO_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOLO_IS_EVENT (event), FALSE);

  if (!ensure_events (self, error))
    return FALSE;

  if (g_list_store_find (self->events, event, NULL))
    return TRUE;

  if (!set_deleted (self, event, FALSE, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_NOT_FOUND,
                   _("The event is gone for good and cannot be restored"));
      return FALSE;
    }

  add_event (self, event);
  return TRUE;
}

/**
 * kolo_store_purge_deleted:
 *
 * Removes deleted events and everything in them for good, and the decks
 * removed from the deck library with their cards.
 */
gboolean
kolo_store_purge_deleted (KoloStore  *self,
                          GError    **error)
{
  g_return_val_if_fail (KOLO_IS_STORE (self), FALSE);

  return exec_sql (self, "DELETE FROM events WHERE deleted = 1", error) &&
         exec_sql (self, "DELETE FROM decks WHERE deleted = 1", error);
}

/**
 * kolo_store_purge_deleted_event:
 *
 * Removes one deleted @event for good, leaving other deletions undoable:
 * each undo toast ends its own deletion.  Does nothing if @event was
 * brought back meanwhile.
 */
gboolean
kolo_store_purge_deleted_event (KoloStore  *self,
                                KoloEvent  *event,
                                GError    **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (KOLO_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOLO_IS_EVENT (event), FALSE);

  stmt = kolo_store_prepare (self, "DELETE FROM events WHERE id = ?1 AND deleted = 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, kolo_event_get_id (event));
  return kolo_store_step_done (self, stmt, error);
}

/**
 * kolo_store_search_events:
 * @query: words to look for
 *
 * Finds the events whose details, modules or activities contain every word
 * of @query, ignoring case (Cyrillic included) and the kind of apostrophe.
 * Archived events are found too.
 *
 * Returns: (transfer full): a #GArray of gint64 event IDs, newest first
 */
GArray *
kolo_store_search_events (KoloStore   *self,
                          const char  *query,
                          GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(GStrv) words = NULL;
  g_autofree char *folded_query = NULL;
  GListModel *events;
  guint n;

  g_return_val_if_fail (KOLO_IS_STORE (self), NULL);

  if (!ensure_events (self, error))
    return NULL;

  folded_query = kolo_text_fold (query ? query : "");
  words = g_strsplit_set (folded_query, " \t\n", -1);

  /* Walk the list, not the table, so the order is the list's. */
  events = G_LIST_MODEL (self->events);
  n = g_list_model_get_n_items (events);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoloEvent) event = g_list_model_get_item (events, i);
      g_autofree char *haystack = NULL;
      gboolean all = TRUE;
      gint64 id;

      haystack = _kolo_event_dup_search_text (event, error);
      if (haystack == NULL)
        return NULL;

      for (guint w = 0; words[w] != NULL && all; w++)
        if (*words[w] != '\0' && strstr (haystack, words[w]) == NULL)
          all = FALSE;

      if (all)
        {
          id = kolo_event_get_id (event);
          g_array_append_val (ids, id);
        }
    }

  return g_steal_pointer (&ids);
}

static gboolean
is_same_file (const char *a,
              const char *b)
{
  GStatBuf sa, sb;

  return g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0 &&
         sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/**
 * kolo_store_backup:
 * @dest_path: the copy to write; an existing file is replaced atomically
 *
 * Writes a consistent copy of the whole database, even while this or
 * another process writes to it.
 */
gboolean
kolo_store_backup (KoloStore   *self,
                   const char  *dest_path,
                   GError     **error)
{
  g_autofree char *tmp = NULL;

  g_return_val_if_fail (KOLO_IS_STORE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  if (is_same_file (self->path, dest_path))
    {
      g_set_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                   _("“%s” is the database itself; write the backup somewhere else"), dest_path);
      return FALSE;
    }

  tmp = g_strdup_printf ("%s.tmp-%d", dest_path, (int) getpid ());
  g_unlink (tmp);
  if (!backup_to (self->db, tmp, NULL))
    {
      g_unlink (tmp);
      /* Name the file the user asked for, not our temporary one. */
      g_set_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_FAILED,
                   _("Could not write the backup “%s”"), dest_path);
      return FALSE;
    }
  if (g_rename (tmp, dest_path) != 0)
    {
      int saved_errno = errno;
      g_unlink (tmp);
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not write “%s”: %s"), dest_path, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}
