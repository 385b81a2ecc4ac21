/* bench-board-store.c — how fast ideas reach the store, against the
 * ceiling of plain sqlite3 at the same durability, and how fast a big
 * board loads
 *
 *   bench-board-store [N]   (N ideas, 2000 by default)
 *
 * Prints figures; never a test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <sqlite3.h>
#include <stdlib.h>

#include "kolo-store-private.h"
#include "kolo-test-util.h"

static void
check (int         rc,
       sqlite3    *db,
       const char *what)
{
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
    g_error ("%s: %s", what, sqlite3_errmsg (db));
}

static char *
pragma (sqlite3    *db,
        const char *name)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA %s", name);
  sqlite3_stmt *stmt = NULL;
  char *value;

  check (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), db, sql);
  check (sqlite3_step (stmt), db, sql);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

/* Kolo: every idea through the model, one transaction each. */
static double
bench_kolo (const char  *path,
            guint        n,
            gint64      *event_id,
            char       **journal_mode,
            char       **synchronous,
            char       **foreign_keys)
{
  g_autoptr(KoloBoard) board = kolo_board_new ("Що заважає читачам?");
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloStore) store = kolo_store_open (path, &error);
  g_autoptr(KoloEvent) event = NULL;
  gint64 start, end;

  g_assert_no_error (error);
  event = kolo_store_create_event (store, "Bench", NULL, &error);
  g_assert_no_error (error);
  *event_id = kolo_event_get_id (event);
  kolo_event_insert_board (event, 0, board, &error);
  g_assert_no_error (error);

  *journal_mode = pragma (kolo_store_get_db (store), "journal_mode");
  *synchronous = pragma (kolo_store_get_db (store), "synchronous");
  *foreign_keys = pragma (kolo_store_get_db (store), "foreign_keys");

  start = g_get_monotonic_time ();
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = g_strdup_printf ("Ідея номер %u: довші черги вранці", i);
      g_autoptr(KoloIdea) idea = kolo_board_add_idea (board, text, "Оксана", &error);

      g_assert_no_error (error);
    }
  end = g_get_monotonic_time ();

  return n / ((end - start) / (double) G_USEC_PER_SEC);
}

/* The ceiling: the same rows, one plain INSERT transaction each, on a
 * connection with Kolo's pragmas. */
static double
bench_sqlite (const char *path,
              guint       n,
              const char *journal_mode,
              const char *synchronous,
              const char *foreign_keys)
{
  g_autofree char *pragmas = g_strdup_printf ("PRAGMA journal_mode = %s;"
                                              "PRAGMA synchronous = %s;"
                                              "PRAGMA foreign_keys = %s;",
                                              journal_mode, synchronous, foreign_keys);
  sqlite3_stmt *insert = NULL;
  sqlite3 *db = NULL;
  gint64 start, end;

  check (sqlite3_open (path, &db), db, "open");
  check (sqlite3_exec (db, pragmas, NULL, NULL, NULL), db, "pragmas");
  check (sqlite3_exec (db,
                       "CREATE TABLE boards (id INTEGER PRIMARY KEY AUTOINCREMENT);"
                       "CREATE TABLE clusters (id INTEGER PRIMARY KEY AUTOINCREMENT);"
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
                       "CREATE INDEX ideas_board ON ideas (board_id, cluster_id, position);"
                       "INSERT INTO boards DEFAULT VALUES;",
                       NULL, NULL, NULL), db, "schema");
  check (sqlite3_prepare_v3 (db,
                             "INSERT INTO ideas (board_id, cluster_id, position, text, author,"
                             " color, created_us) VALUES (1, NULL, ?1, ?2, ?3, 'yellow', ?4)",
                             -1, SQLITE_PREPARE_PERSISTENT, &insert, NULL), db, "prepare");

  start = g_get_monotonic_time ();
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = g_strdup_printf ("Ідея номер %u: довші черги вранці", i);

      check (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL), db, "begin");
      sqlite3_bind_int (insert, 1, i);
      sqlite3_bind_text (insert, 2, text, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (insert, 3, "Оксана", -1, SQLITE_STATIC);
      sqlite3_bind_int64 (insert, 4, g_get_real_time ());
      check (sqlite3_step (insert), db, "insert");
      sqlite3_reset (insert);
      check (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL), db, "commit");
    }
  end = g_get_monotonic_time ();

  sqlite3_finalize (insert);
  sqlite3_close (db);
  return n / ((end - start) / (double) G_USEC_PER_SEC);
}

/* A fresh store on the file, as when Kolo starts: the board's first use. */
static void
bench_load (const char *path,
            gint64      event_id,
            guint       n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloStore) store = kolo_store_open (path, &error);
  g_autoptr(KoloEvent) event = NULL;
  g_autoptr(KoloBoard) board = NULL;
  GListModel *boards;
  gint64 start, end;

  g_assert_no_error (error);
  event = kolo_store_lookup_event (store, event_id, &error);
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  boards = kolo_event_get_boards (event);
  end = g_get_monotonic_time ();

  board = g_list_model_get_item (boards, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_board_get_ideas (board)), ==, n);
  g_print ("load a board of %u ideas (fresh store, kolo_event_get_boards): %.1f ms\n",
           n, (end - start) / 1000.0);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = NULL;
  g_autofree char *kolo_path = NULL;
  g_autofree char *raw_path = NULL;
  g_autofree char *journal_mode = NULL;
  g_autofree char *synchronous = NULL;
  g_autofree char *foreign_keys = NULL;
  guint n = argc > 1 ? (guint) strtoul (argv[1], NULL, 10) : 2000;
  gint64 event_id = 0;
  double kolo_rate, raw_rate;

  setlocale (LC_ALL, "");
  kolo_core_init ();
  if (n == 0)
    n = 2000;

  /* On the disk the user's data lives on, not a tmpfs: fsync is the cost. */
  dir = kolo_test_make_dir ();
  kolo_path = g_build_filename (dir, "kolo.db", NULL);
  raw_path = g_build_filename (dir, "ceiling.db", NULL);

  kolo_rate = bench_kolo (kolo_path, n, &event_id, &journal_mode, &synchronous, &foreign_keys);
  raw_rate = bench_sqlite (raw_path, n, journal_mode, synchronous, foreign_keys);

  g_print ("%u ideas, one transaction each, in %s\n", n, dir);
  g_print ("pragmas: journal_mode=%s synchronous=%s foreign_keys=%s\n",
           journal_mode, synchronous, foreign_keys);
  g_print ("kolo_board_add_idea:        %8.0f ideas/s\n", kolo_rate);
  g_print ("plain sqlite3 INSERT:       %8.0f ideas/s (the ceiling)\n", raw_rate);
  g_print ("Kolo / ceiling:             %8.2f\n", kolo_rate / raw_rate);
  bench_load (kolo_path, event_id, n);

  kolo_test_remove_dir (dir);
  return EXIT_SUCCESS;
}
