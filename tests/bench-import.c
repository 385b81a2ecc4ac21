/* bench-import.c — how fast a participant list comes in: a generated CSV
 * read, its columns matched, previewed and added to an event in one
 * transaction
 *
 *   bench-import [N]   (N rows, 5000 by default)
 *
 * Prints participants per second, from the file's bytes to the committed
 * rows, for the list as UTF-8 and as Windows-1251 (the median of five
 * runs each, every run into a fresh event).  Prints figures; never a test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "kolo-csv.h"
#include "kolo-participant-import.h"
#include "kolo-test-util.h"

#define RUNS 5

static const char * const last_names[] = {
  "Ковальчук", "Мельник", "Бондаренко", "Шевчук", "Ткаченко", "Кравчук", "Олійник", "Поліщук",
  "Савчук", "Левченко", "Гуменюк", "Романюк", "Марчук", "Павлюк", "Лук'янчук", "Дмитренко",
  "Кузьмич", "Войтенко", "Сидорчук", "Ярошенко", "Остапчук", "Гнатюк", "Кириленко", "Федорчук",
};
static const char * const first_names[] = {
  "Ольга", "Тетяна", "Наталія", "Мар'яна", "Ірина", "Людмила", "Валентина", "Світлана",
  "Галина", "Оксана", "Лариса", "Ніна", "Юлія", "Тамара", "Алла", "Надія", "Інна", "Марія",
};
static const char * const middle_names[] = {
  "Василівна", "Іванівна", "Петрівна", "Олегівна", "Миколаївна", "Степанівна", "Григорівна",
  "Анатоліївна", "Федорівна", "Олександрівна", "Сергіївна", "Дмитрівна", "Юріївна",
};
static const char * const institutions[] = {
  "Житомирська обласна універсальна наукова бібліотека ім. Олега Ольжича",
  "Житомирська обласна бібліотека для дітей", "Житомирська обласна бібліотека для юнацтва",
  "ЦБС для дорослих м. Житомира", "Бердичівська міська ЦБС", "Коростенська міська ЦБС",
  "Новоград-Волинська міська ЦБС", "Малинська районна ЦБС", "Овруцька районна ЦБС",
  "Радомишльська районна ЦБС", "Коростишівська районна ЦБС", "Андрушівська районна ЦБС",
  "Черняхівська районна ЦБС", "Житомирська районна ЦБС", "Баранівська районна ЦБС",
};
static const char * const positions[] = {
  "бібліотекар", "провідний бібліотекар", "методист", "директор",
  "завідувач відділу обслуговування", "завідувач бібліотеки-філії \"Джерело\"",
};

/* The list as Excel in a Ukrainian locale saves it: semicolons, CRLF, a
 * numbered first column, quotes where a field has one. */
static char *
make_list (guint n)
{
  g_autoptr(GString) out = g_string_new ("№ з/п;ПІБ;Посада;Установа;Район / місто;"
                                         "Контактний телефон;E-mail\r\n");
  guint n_last = G_N_ELEMENTS (last_names), n_first = G_N_ELEMENTS (first_names);
  guint n_middle = G_N_ELEMENTS (middle_names);

  /* Every row a different person: 24 × 18 × 13 names, then numbered. */
  for (guint i = 0; i < n; i++)
    {
      const char *position = positions[i % G_N_ELEMENTS (positions)];
      guint round = i / (n_last * n_first * n_middle);
      g_autofree char *suffix = round > 0 ? g_strdup_printf (" (%u)", round + 1) : g_strdup ("");
      g_autofree char *quoted = strchr (position, '"') == NULL
        ? g_strdup (position)
        : g_strdup ("\"завідувач бібліотеки-філії \"\"Джерело\"\"\"");

      g_string_append_printf (out, "%u;%s %s %s%s;%s;%s;м. Житомир;(0412) %02u-%02u-%02u;%s\r\n",
                              i + 1, last_names[i % n_last],
                              first_names[(i / n_last) % n_first],
                              middle_names[(i / (n_last * n_first)) % n_middle],
                              suffix,
                              quoted, institutions[i % G_N_ELEMENTS (institutions)],
                              i % 100, (i / 100) % 100, i % 97,
                              i % 3 == 0 ? "reader@example.org" : "");
    }
  return g_strdup (out->str);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Participants per second from @bytes to the committed rows; the phases'
 * milliseconds in @read_ms (read, match, preview) and @apply_ms. */
static double
run_once (KoloStore *store,
          GBytes    *bytes,
          guint      n,
          double    *read_ms,
          double    *apply_ms)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloEvent) event = kolo_store_create_event (store, "Bench", NULL, &error);
  g_autoptr(KoloParticipantImport) import = NULL;
  gint64 start, read, end;
  guint n_added = 0;

  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  import = kolo_participant_import_new (event, bytes, &error);
  g_assert_no_error (error);
  read = g_get_monotonic_time ();
  kolo_participant_import_apply (import, TRUE, &n_added, &error);
  g_assert_no_error (error);
  end = g_get_monotonic_time ();

  g_assert_cmpuint (n_added, ==, n);
  *read_ms = (read - start) / 1000.0;
  *apply_ms = (end - read) / 1000.0;
  return n / ((end - start) / (double) G_USEC_PER_SEC);
}

static void
bench (KoloStore  *store,
       const char *what,
       GBytes     *bytes,
       guint       n)
{
  double rates[RUNS], read_ms[RUNS], apply_ms[RUNS];

  for (guint r = 0; r < RUNS; r++)
    rates[r] = run_once (store, bytes, n, &read_ms[r], &apply_ms[r]);
  qsort (rates, RUNS, sizeof (double), compare_doubles);
  qsort (read_ms, RUNS, sizeof (double), compare_doubles);
  qsort (apply_ms, RUNS, sizeof (double), compare_doubles);

  g_print ("%-13s %8.0f participants/s   (read + match + preview %.1f ms, apply %.1f ms; "
           "%.0f KB)\n", what, rates[RUNS / 2], read_ms[RUNS / 2], apply_ms[RUNS / 2],
           g_bytes_get_size (bytes) / 1024.0);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *list = NULL;
  g_autofree char *cp1251 = NULL;
  g_autoptr(GBytes) utf8_bytes = NULL;
  g_autoptr(GBytes) cp1251_bytes = NULL;
  g_autoptr(KoloStore) store = NULL;
  g_autoptr(GError) error = NULL;
  guint n = argc > 1 ? (guint) strtoul (argv[1], NULL, 10) : 5000;
  gsize length = 0;

  setlocale (LC_ALL, "");
  kolo_core_init ();
  if (n == 0)
    n = 5000;

  /* On the disk the user's data lives on, not a tmpfs: fsync is a cost. */
  dir = kolo_test_make_dir ();
  path = g_build_filename (dir, "kolo.db", NULL);
  store = kolo_store_open (path, &error);
  g_assert_no_error (error);

  list = make_list (n);
  utf8_bytes = g_bytes_new (list, strlen (list));
  cp1251 = g_convert (list, -1, "WINDOWS-1251", "UTF-8", NULL, &length, &error);
  g_assert_no_error (error);
  cp1251_bytes = g_bytes_new (cp1251, length);

  g_print ("%u rows, the median of %u runs, each into a fresh event, in %s\n", n, RUNS, dir);
  bench (store, "UTF-8", utf8_bytes, n);
  bench (store, "Windows-1251", cp1251_bytes, n);

  g_clear_object (&store);
  kolo_test_remove_dir (dir);
  return 0;
}
