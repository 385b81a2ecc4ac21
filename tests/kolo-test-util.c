/* kolo-test-util.c — what Kolo's tests share: temporary places and file
 * checks, a store with an event in it, the database read behind the store's
 * back, and PDFs read back with poppler's pdftotext and pdfinfo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "kolo-test-util.h"

void
kolo_test_init (int    *argc,
                char ***argv)
{
  setlocale (LC_ALL, "");
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  kolo_core_init ();
}

/* UI tests keep the system's data dirs: GTK finds icon themes and the MIME
 * database there (without it, SVG icons cannot be recognised).  They use
 * their own temporary database and in-memory settings all the same. */
void
kolo_test_init_ui (int    *argc,
                   char ***argv)
{
  setlocale (LC_ALL, "");
  g_test_init (argc, argv, NULL);
  kolo_core_init ();
}

/* A fresh directory; tests put their database in it. */
char *
kolo_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("kolo-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
kolo_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        kolo_test_remove_dir (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

char *
kolo_test_read_file (const char *path,
                     gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;

  g_file_get_contents (path, &data, length, &error);
  g_assert_no_error (error);
  return data;
}

char *
kolo_test_data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

/* The SHA-256 of a file's bytes: "unchanged byte for byte" checks. */
char *
kolo_test_checksum (const char *path)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  data = kolo_test_read_file (path, &length);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
}

gboolean
kolo_test_have_locale (const char *locale)
{
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  gboolean ok = setlocale (LC_ALL, locale) != NULL;

  setlocale (LC_ALL, saved);
  return ok;
}

/* Lists ------------------------------------------------------------------- */

/* Item @position of @model, which must have it.  The model keeps its own
 * reference; tests hold borrowed pointers. */
gpointer
kolo_test_item (GListModel *model,
                guint       position)
{
  gpointer it = g_list_model_get_item (model, position);

  g_assert_nonnull (it);
  g_object_unref (it);
  return it;
}

/* Signal counters: connect with @counter as the user data ------------------ */

/* For a signal without arguments of its own. */
void
kolo_test_count_cb (gpointer  object,
                    guint    *counter)
{
  (*counter)++;
}

void
kolo_test_count_notify_cb (GObject    *object,
                           GParamSpec *pspec,
                           guint      *counter)
{
  (*counter)++;
}

/* Stores and events ------------------------------------------------------- */

static void
write_failed_cb (KoloStore    *store,
                 const GError *error,
                 guint        *counter)
{
  g_assert_nonnull (error);
  g_test_message ("write failed: %s", error->message);
  (*counter)++;
}

/* Counts in @counter every write @store reports failed. */
void
kolo_test_count_write_failed (KoloStore *store,
                              guint     *counter)
{
  g_signal_connect (store, "write-failed", G_CALLBACK (write_failed_cb), counter);
}

/* The store on the database at @path; every write it reports failed counts
 * in @write_failed, unless that is NULL. */
KoloStore *
kolo_test_open_store (const char *path,
                      guint      *write_failed)
{
  g_autoptr(GError) error = NULL;
  KoloStore *store = kolo_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  if (write_failed != NULL)
    kolo_test_count_write_failed (store, write_failed);
  return store;
}

/* Drops @event, then @store, which must go with it: nothing else may keep
 * it alive.  Both are left NULL. */
void
kolo_test_close_store (KoloStore **store,
                       KoloEvent **event)
{
  g_clear_object (event);
  g_assert_finalize_object (*store);
  *store = NULL;
}

KoloEvent *
kolo_test_lookup_event (KoloStore *store,
                        gint64     id)
{
  g_autoptr(GError) error = NULL;
  KoloEvent *event = kolo_store_lookup_event (store, id, &error);

  g_assert_no_error (error);
  return event;
}

/* The shipped two-day template, started on Monday 11 November 2013; a NULL
 * @title keeps the template's own. */
KoloEvent *
kolo_test_new_training (KoloStore  *store,
                        const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloDoc) doc = kolo_store_load_template (store, "client-orientation", &error);
  KoloEvent *event;
  GDate date;

  g_assert_no_error (error);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 11, 11, 2013);
  event = kolo_store_create_event_from_doc (store, doc, title, &date, &error);
  g_assert_no_error (error);
  return event;
}

/* Every activity of @event, in agenda order (the array holds them). */
GPtrArray *
kolo_test_all_activities (KoloEvent *event)
{
  GPtrArray *all = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *days = kolo_event_get_days (event);

  for (guint d = 0; d < g_list_model_get_n_items (days); d++)
    {
      KoloDay *one = kolo_test_item (days, d);
      GListModel *modules = kolo_day_get_modules (one);

      for (guint m = 0; m < g_list_model_get_n_items (modules); m++)
        {
          KoloModule *module = kolo_test_item (modules, m);
          GListModel *activities = kolo_module_get_activities (module);

          for (guint a = 0; a < g_list_model_get_n_items (activities); a++)
            g_ptr_array_add (all, g_list_model_get_item (activities, a));
        }
    }
  return all;
}

/* The database, behind the store's back ---------------------------------- */

void
kolo_test_db_exec (const char *path,
                   const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* The first column of the first row of @sql, which must have one. */
gint64
kolo_test_db_int (const char *path,
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

/* The first column of the first row of @format, read with sqlite3 itself;
 * "NULL" for NULL, NULL for no row. */
char *
kolo_test_db_text (const char *path,
                   const char *format,
                   ...)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  char *out = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    out = g_strdup (sqlite3_column_type (stmt, 0) == SQLITE_NULL
                    ? "NULL" : (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return out;
}

/* Poppler ----------------------------------------------------------------- */

/* Skips the test, and says FALSE, without poppler-utils. */
gboolean
kolo_test_have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  if (pdftotext != NULL && pdfinfo != NULL)
    return TRUE;
  g_test_skip ("pdftotext and pdfinfo (poppler-utils) are not installed");
  return FALSE;
}

/* What @argv prints; it must exit with 0. */
char *
kolo_test_run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  if (error != NULL)
    g_test_message ("%s: %s", argv[0], err);
  g_assert_no_error (error);
  return out;
}

/* Runs of blanks and line breaks as one space: text wraps in the PDF where
 * it fits, and pdftotext gives the lines as it found them. */
char *
kolo_test_squeeze (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean blank = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p) || *p == '\f')
        blank = out->len > 0;
      else
        {
          if (blank)
            g_string_append_c (out, ' ');
          g_string_append_c (out, *p);
          blank = FALSE;
        }
    }
  return g_string_free (out, FALSE);
}

/* The PDF's text in reading order, squeezed; @page from 1, or 0 for all
 * pages. */
char *
kolo_test_pdf_text (const char *path,
                    int         page)
{
  g_autofree char *number = g_strdup_printf ("%d", page);
  const char *all[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  const char *one[] = { "pdftotext", "-enc", "UTF-8", "-f", number, "-l", number, path, "-", NULL };
  g_autofree char *text = kolo_test_run_tool (page > 0 ? one : all);

  return kolo_test_squeeze (text);
}

/* The value of one "Field: value" line of pdfinfo. */
char *
kolo_test_pdf_info (const char *path,
                    const char *field)
{
  const char *argv[] = { "pdfinfo", "-enc", "UTF-8", path, NULL };
  g_autofree char *info = kolo_test_run_tool (argv);
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  g_autofree char *prefix = g_strconcat (field, ":", NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strstrip (g_strdup (lines[i] + strlen (prefix)));
  g_test_fail_printf ("pdfinfo has no “%s”:\n%s", field, info);
  return g_strdup ("");
}

int
kolo_test_pdf_pages (const char *path)
{
  g_autofree char *pages = kolo_test_pdf_info (path, "Pages");

  return atoi (pages);
}
