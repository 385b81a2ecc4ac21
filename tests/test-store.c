/* test-store.c — opening, refusing, migrating and backing up Kolo databases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "kolo-test-util.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = kolo_test_make_dir ();
  f->path = g_build_filename (f->dir, "kolo.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  kolo_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Reads one integer with a connection of the test's own. */
static gint64
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static char *
query_text (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
exec_raw (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *journal = NULL;
  KoloStore *store;

  store = kolo_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kolo_store_get_path (store), ==, f->path);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_store_get_events (store)), ==, 0);
  g_assert_finalize_object (store);

  g_assert_cmpint (query_int (f->path, "PRAGMA application_id"), ==, 0x4B4F4C4F);
  g_assert_cmpint (query_int (f->path, "PRAGMA user_version"), ==,
                   kolo_store_get_schema_version ());
  journal = query_text (f->path, "PRAGMA journal_mode");
  g_assert_cmpstr (journal, ==, "wal");

  /* Opening again is not a migration: nothing is copied aside. */
  store = kolo_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (store);
  {
    g_autofree char *aside = g_strdup_printf ("%s.v1.bak", f->path);
    g_assert_false (g_file_test (aside, G_FILE_TEST_EXISTS));
  }
}

static void
test_creates_folder (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *deep = g_build_filename (f->dir, "a", "b", "kolo.db", NULL);
  g_autoptr(GError) error = NULL;
  KoloStore *store;

  store = kolo_store_open (deep, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (store);
  g_assert_true (g_file_test (deep, G_FILE_TEST_IS_REGULAR));
}

static void
test_foreign_keys (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloStore) store = kolo_store_open (f->path, &error);
  g_autoptr(KoloEvent) event = NULL;
  GDate date;

  g_assert_no_error (error);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 11, 11, 2013);
  event = kolo_store_create_event (store, "Тест", &date, &error);
  g_assert_no_error (error);

  /* Purging a deleted event takes its days with it (ON DELETE CASCADE
   * works only with foreign keys on). */
  g_assert_true (kolo_store_delete_event (store, event, &error));
  g_assert_true (kolo_store_purge_deleted (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM days"), ==, 0);
}

static void
assert_refused_untouched (const char *path,
                          int         code)
{
  g_autofree char *before = kolo_test_checksum (path);
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(GError) error = NULL;
  KoloStore *store;

  store = kolo_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, KOLO_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "untouched"));

  after = kolo_test_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_refuse_text_file (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (f->path, "Список учасників\nМар’яна Коваль; ЦБС\n", -1, &error);
  g_assert_no_error (error);
  assert_refused_untouched (f->path, KOLO_STORE_ERROR_NOT_KOLO);
}

static void
test_refuse_other_database (Fixture       *f,
                            gconstpointer  data)
{
  exec_raw (f->path, "CREATE TABLE books (title TEXT); INSERT INTO books VALUES ('Кобзар');");
  assert_refused_untouched (f->path, KOLO_STORE_ERROR_NOT_KOLO);

  /* Another program's application ID, even on an empty file. */
  g_unlink (f->path);
  exec_raw (f->path, "PRAGMA application_id = 42; CREATE TABLE t (x);");
  assert_refused_untouched (f->path, KOLO_STORE_ERROR_NOT_KOLO);
}

static void
test_refuse_newer (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KoloStore *store;

  store = kolo_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (store);

  exec_raw (f->path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;");
  assert_refused_untouched (f->path, KOLO_STORE_ERROR_TOO_NEW);

  store = kolo_store_open (f->path, &error);
  g_assert_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer version of Kolo"));
  g_assert_nonnull (strstr (error->message, "99"));
  g_assert_null (store);
}

static void
test_refuse_directory (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KoloStore *store = kolo_store_open (f->dir, &error);

  g_assert_null (store);
  g_assert_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_NOT_KOLO);
}

static void
test_migrate_from_v1 (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *fixture = kolo_test_data_path ("kolo-v1.db");
  g_autofree char *aside = NULL;
  g_autofree char *bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloEvent) event = NULL;
  g_autoptr(KoloDay) day = NULL;
  g_autoptr(KoloModule) module = NULL;
  g_autoptr(KoloActivity) activity = NULL;
  g_autoptr(KoloDoc) doc = NULL;
  g_autofree char *name = NULL;
  KoloStore *store;
  gsize length;

  bytes = kolo_test_read_file (fixture, &length);
  g_file_set_contents (f->path, bytes, length, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f->path, "PRAGMA user_version"), ==, 1);

  store = kolo_store_open (f->path, &error);
  g_assert_no_error (error);

  /* The old file was copied aside, as it was. */
  aside = g_strdup_printf ("%s.v1.bak", f->path);
  g_assert_true (g_file_test (aside, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (query_int (aside, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (query_int (aside, "SELECT count(*) FROM activities"), ==, 3);
  g_assert_cmpint (query_int (aside, "SELECT count(*) FROM sqlite_master WHERE name = 'templates'"),
                   ==, 0);

  /* Everything is still there. */
  event = kolo_store_lookup_event (store, 7, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kolo_event_get_title (event), ==, "Орієнтація на клієнта");
  g_assert_cmpstr (kolo_event_get_city (event), ==, "Харків");
  g_assert_cmpstr (kolo_event_get_trainers (event)[0], ==, "Мар’яна Коваль");
  g_assert_cmpstr (kolo_event_get_trainers (event)[1], ==, "Олег Петренко");
  g_assert_cmpuint (g_list_model_get_n_items (kolo_event_get_days (event)), ==, 2);
  day = g_list_model_get_item (kolo_event_get_days (event), 0);
  g_assert_cmpint (kolo_day_get_end_minute (day), ==, 1035);
  module = g_list_model_get_item (kolo_day_get_modules (day), 0);
  activity = g_list_model_get_item (kolo_module_get_activities (module), 1);
  g_assert_cmpstr (kolo_activity_get_title (activity), ==, "Кава-пауза");
  g_assert_cmpint (kolo_activity_get_start_minute (activity), ==, 630);

  /* And what schema 2 brought works. */
  doc = kolo_doc_new_from_event (event, KOLO_DOC_TEMPLATE);
  name = kolo_store_save_template (store, doc, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (name, ==, "oriientatsiia-na-kliienta");
  g_free (name);
  name = kolo_store_save_template (store, doc, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (name, ==, "oriientatsiia-na-kliienta-2");

  g_clear_object (&activity);
  g_clear_object (&module);
  g_clear_object (&day);
  g_clear_object (&event);
  g_assert_finalize_object (store);
  g_assert_cmpint (query_int (f->path, "PRAGMA user_version"), ==,
                   kolo_store_get_schema_version ());
}

static void
test_edits_committed_at_once (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloStore) store = kolo_store_open (f->path, &error);
  g_autoptr(KoloEvent) event = NULL;
  g_autoptr(KoloDay) day = NULL;
  g_autofree char *title = NULL;

  g_assert_no_error (error);
  event = kolo_store_create_event (store, "Чернетка", NULL, &error);
  g_assert_no_error (error);

  kolo_event_set_title (event, "Орієнтація на клієнта");
  day = g_list_model_get_item (kolo_event_get_days (event), 0);
  kolo_day_set_start_minute (day, 9 * 60 + 30);

  /* Another connection sees the edits while the store is still open. */
  title = query_text (f->path, "SELECT title FROM events");
  g_assert_cmpstr (title, ==, "Орієнтація на клієнта");
  g_assert_cmpint (query_int (f->path, "SELECT start_minute FROM days"), ==, 570);
}

typedef struct
{
  const char *path;
  guint       n_events;
} WriterData;

static gpointer
writer_thread (gpointer user_data)
{
  WriterData *w = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloStore) store = kolo_store_open (w->path, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < w->n_events; i++)
    {
      g_autofree char *title = g_strdup_printf ("Подія %u", i);
      g_autoptr(KoloEvent) event = kolo_store_create_event (store, title, NULL, &error);

      g_assert_no_error (error);
    }
  return NULL;
}

static void
test_backup_while_writing (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloStore) store = kolo_store_open (f->path, &error);
  WriterData w = { f->path, 300 };
  GThread *thread;
  guint n_backups = 0;
  gint64 last_count = -1;

  g_assert_no_error (error);

  thread = g_thread_new ("writer", writer_thread, &w);
  do
    {
      g_autofree char *copy = g_strdup_printf ("%s/backup-%u.db", f->dir, n_backups);
      g_autoptr(KoloStore) reopened = NULL;
      g_autofree char *check = NULL;
      gint64 events, days;

      g_assert_true (kolo_store_backup (store, copy, &error));
      g_assert_no_error (error);

      /* Each event and its day go in one transaction: a consistent copy
       * never has one without the other. */
      check = query_text (copy, "PRAGMA integrity_check");
      g_assert_cmpstr (check, ==, "ok");
      events = query_int (copy, "SELECT count(*) FROM events");
      days = query_int (copy, "SELECT count(*) FROM days");
      g_assert_cmpint (events, ==, days);
      g_assert_cmpint (events, >=, last_count);
      last_count = events;

      /* The copy is a Kolo database of its own. */
      reopened = kolo_store_open (copy, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (kolo_store_get_events (reopened)), ==, events);

      n_backups++;
    }
  while (last_count < w.n_events && n_backups < 1000);

  g_thread_join (thread);
  g_assert_cmpint (last_count, ==, w.n_events);
  g_test_message ("%u consistent backups taken while writing", n_backups);
}

static void
test_backup_replaces (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloStore) store = kolo_store_open (f->path, &error);
  g_autofree char *copy = g_build_filename (f->dir, "copy.db", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "no", "such", "dir", "copy.db", NULL);
  g_autoptr(KoloEvent) event = NULL;

  g_assert_no_error (error);
  g_file_set_contents (copy, "old", -1, &error);
  g_assert_no_error (error);

  event = kolo_store_create_event (store, "Тест", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (kolo_store_backup (store, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (copy, "SELECT count(*) FROM events"), ==, 1);

  g_assert_false (kolo_store_backup (store, missing, &error));
  g_assert_nonnull (error);
}

int
main (int    argc,
      char **argv)
{
  kolo_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/kolo/store/create", test_create);
  ADD ("/kolo/store/creates-folder", test_creates_folder);
  ADD ("/kolo/store/foreign-keys", test_foreign_keys);
  ADD ("/kolo/store/refuse-text-file", test_refuse_text_file);
  ADD ("/kolo/store/refuse-other-database", test_refuse_other_database);
  ADD ("/kolo/store/refuse-newer", test_refuse_newer);
  ADD ("/kolo/store/refuse-directory", test_refuse_directory);
  ADD ("/kolo/store/migrate-from-v1", test_migrate_from_v1);
  ADD ("/kolo/store/edits-committed-at-once", test_edits_committed_at_once);
  ADD ("/kolo/store/backup-while-writing", test_backup_while_writing);
  ADD ("/kolo/store/backup-replaces", test_backup_replaces);

#undef ADD

  return g_test_run ();
}
