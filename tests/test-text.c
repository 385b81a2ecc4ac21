/* test-text.c — folding for search, slugs, clock, date and duration text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "kolo-test-util.h"

static void
assert_fold_equal (const char *a,
                   const char *b)
{
  g_autofree char *fa = kolo_text_fold (a);
  g_autofree char *fb = kolo_text_fold (b);

  g_assert_cmpstr (fa, ==, fb);
}

static void
test_fold_cyrillic (void)
{
  g_autofree char *i = kolo_text_fold ("і");
  g_autofree char *yi = kolo_text_fold ("ї");
  g_autofree char *y = kolo_text_fold ("и");

  assert_fold_equal ("ОРІЄНТАЦІЯ НА КЛІЄНТА", "орієнтація на клієнта");
  assert_fold_equal ("ҐАНОК Їжак Єнот", "ґанок їжак єнот");
  assert_fold_equal ("Мар'яна", "Мар’яна");
  assert_fold_equal ("МАРʼЯНА", "мар'яна");
  assert_fold_equal ("Мар‘яна", "мар`яна");

  /* Folding must not merge letters that differ in Ukrainian. */
  g_assert_cmpstr (i, !=, yi);
  g_assert_cmpstr (i, !=, y);
}

static void
test_slugify (void)
{
  static const struct { const char *title; const char *slug; } cases[] = {
    { "Орієнтація на клієнта", "oriientatsiia-na-kliienta" },
    { "Client orientation 2013", "client-orientation-2013" },
    { "Мар’яна: «Ювілей» Їжака", "mariana-yuvilei-yizhaka" },
    { "Згода, щастя, юшка", "zhoda-shchastia-yushka" },
    { "  !!! ", "template" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *slug = kolo_text_slugify (cases[i].title);
      g_assert_cmpstr (slug, ==, cases[i].slug);
    }
}

static void
test_clock (void)
{
  static const char * const bad[] = { "", "9:00", "24:00", "10:60", "10-00", "10:00 ", "ab:cd" };
  g_autofree char *ten = kolo_text_format_clock (600);
  g_autofree char *wrapped = kolo_text_format_clock (1440 + 75);
  int minute = -1;

  g_assert_cmpstr (ten, ==, "10:00");
  g_assert_cmpstr (wrapped, ==, "01:15");
  g_assert_true (kolo_text_parse_clock ("17:15", &minute));
  g_assert_cmpint (minute, ==, 17 * 60 + 15);
  g_assert_true (kolo_text_parse_clock ("00:00", &minute));
  g_assert_cmpint (minute, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_false (kolo_text_parse_clock (bad[i], &minute));
}

static void
test_iso_date (void)
{
  static const char * const bad[] = { "2013-02-29", "2013-13-01", "2013-1-01", "13-11-11",
                                      "2013/11/11", "2013-11-11x", "0000-01-01" };
  g_autofree char *text = NULL;
  GDate date;

  g_assert_true (kolo_text_parse_iso_date ("2012-02-29", &date));
  g_assert_cmpint (g_date_get_day (&date), ==, 29);
  g_assert_true (kolo_text_parse_iso_date ("2013-11-11", &date));
  text = kolo_text_format_iso_date (&date);
  g_assert_cmpstr (text, ==, "2013-11-11");
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_false (kolo_text_parse_iso_date (bad[i], &date));
}

static void
test_duration (void)
{
  g_autofree char *m = kolo_text_format_duration (45);
  g_autofree char *h = kolo_text_format_duration (120);
  g_autofree char *hm = kolo_text_format_duration (435);

  g_assert_cmpstr (m, ==, "45 min");
  g_assert_cmpstr (h, ==, "2 h");
  g_assert_cmpstr (hm, ==, "7 h 15 min");
}

static void
test_countdown (void)
{
  static const struct { gint64 us; const char *text; } cases[] = {
    { 30 * 60 * G_USEC_PER_SEC, "30:00" },
    { 30 * 60 * G_USEC_PER_SEC - 1, "30:00" },
    { 29 * 60 * G_USEC_PER_SEC + 59 * G_USEC_PER_SEC, "29:59" },
    { 1, "0:01" },
    { G_USEC_PER_SEC, "0:01" },
    { 0, "0:00" },
    { -1, "0:00" },
    { -G_USEC_PER_SEC + 1, "0:00" },
    { -G_USEC_PER_SEC, "−0:01" },
    { -45 * G_USEC_PER_SEC - 500000, "−0:45" },
    { (gint64) 65 * 60 * G_USEC_PER_SEC, "1:05:00" },
    { (gint64) -601 * 60 * G_USEC_PER_SEC, "−10:01:00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = kolo_text_format_countdown (cases[i].us);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
  g_assert_cmpint (kolo_text_countdown_seconds (1500000), ==, 2);
  g_assert_cmpint (kolo_text_countdown_seconds (-1500000), ==, -1);
}

static void
test_dates_in_ukrainian (void)
{
  g_autofree char *saved_locale = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *saved_language = g_strdup (g_getenv ("LANGUAGE"));
  g_autofree char *day = NULL;
  g_autofree char *range = NULL;
  g_autofree char *across = NULL;
  g_autofree char *length = NULL;
  GDate first, last, next;

  if (!kolo_test_have_locale ("uk_UA.UTF-8"))
    {
      g_test_skip ("the uk_UA.UTF-8 locale is not generated (build-aux/test.sh makes it)");
      return;
    }

  g_setenv ("LANGUAGE", "uk", TRUE);
  setlocale (LC_ALL, "uk_UA.UTF-8");

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 11, 11, 2013);
  g_date_clear (&last, 1);
  g_date_set_dmy (&last, 12, 11, 2013);
  g_date_clear (&next, 1);
  g_date_set_dmy (&next, 2, 12, 2013);

  day = kolo_text_format_date (&first);
  range = kolo_text_format_date_range (&first, &last);
  across = kolo_text_format_date_range (&first, &next);
  length = kolo_text_format_duration (435);

  g_assert_cmpstr (day, ==, "понеділок, 11 листопада 2013");
  g_assert_cmpstr (range, ==, "11–12 листопада 2013");
  g_assert_cmpstr (across, ==, "11 листопада – 2 грудня 2013");
  g_assert_cmpstr (length, ==, "7 год 15 хв");

  setlocale (LC_ALL, saved_locale);
  if (saved_language != NULL)
    g_setenv ("LANGUAGE", saved_language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
}

/* With LANG=C.UTF-8 and LANGUAGE=uk the whole window is Ukrainian: the
 * dates too, though the C library's own month names are English. */
static void
test_dates_follow_language (void)
{
  g_autofree char *saved_locale = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *saved_language = g_strdup (g_getenv ("LANGUAGE"));
  g_autofree char *day = NULL;
  g_autofree char *across = NULL;
  g_autofree char *tile = NULL;
  g_autoptr(GDateTime) dt = NULL;
  GDate first, next;

  g_setenv ("LANGUAGE", "uk", TRUE);
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 25, 11, 2026);
  g_date_clear (&next, 1);
  g_date_set_dmy (&next, 2, 12, 2026);
  dt = g_date_time_new_local (2026, 11, 25, 12, 0, 0);

  day = kolo_text_format_date (&first);
  across = kolo_text_format_date_range (&first, &next);
  tile = kolo_text_format_date_time (dt, "%b %Y, 100%%");

  setlocale (LC_ALL, saved_locale);
  if (saved_language != NULL)
    g_setenv ("LANGUAGE", saved_language, TRUE);
  else
    g_unsetenv ("LANGUAGE");

  g_assert_cmpstr (day, ==, "середа, 25 листопада 2026");
  g_assert_cmpstr (across, ==, "25 листопада – 2 грудня 2026");
  g_assert_cmpstr (tile, ==, "лис 2026, 100%");
}

int
main (int    argc,
      char **argv)
{
  kolo_test_init (&argc, &argv);

  g_test_add_func ("/kolo/text/fold-cyrillic", test_fold_cyrillic);
  g_test_add_func ("/kolo/text/slugify", test_slugify);
  g_test_add_func ("/kolo/text/clock", test_clock);
  g_test_add_func ("/kolo/text/iso-date", test_iso_date);
  g_test_add_func ("/kolo/text/duration", test_duration);
  g_test_add_func ("/kolo/text/countdown", test_countdown);
  g_test_add_func ("/kolo/text/dates-in-ukrainian", test_dates_in_ukrainian);
  g_test_add_func ("/kolo/text/dates-follow-language", test_dates_follow_language);

  return g_test_run ();
}
