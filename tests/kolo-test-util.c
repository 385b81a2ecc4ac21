/* kolo-test-util.c — what Kolo's tests share: temporary places and file checks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

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
