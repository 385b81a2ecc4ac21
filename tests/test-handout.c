/* test-handout.c — the agenda as a PDF handout: what is in it, what never
 * is, and how its pages break; read back with poppler's pdftotext and pdfinfo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "kolo-handout.h"
#include "kolo-test-util.h"

/* Words that only the trainer may see: set as notes and materials, they
 * must never reach the participants' paper. */
#define SECRET_NOTE      "ЛИШЕ ДЛЯ ТРЕНЕРА: не забути маркери"
#define SECRET_MATERIALS "Скринька з картками TRAINER-ONLY-MATERIALS"

/* Every test's event: the shipped two-day template under this title. */
#define TITLE "Орієнтація на клієнта"

typedef struct
{
  char      *dir;
  KoloStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = kolo_test_make_dir ();
  path = g_build_filename (f->dir, "kolo.db", NULL);
  f->store = kolo_store_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  kolo_test_remove_dir (f->dir);
  g_free (f->dir);
}

/* Poppler --------------------------------------------------------------- */

/* The text of all pages without what repeats on each (the running head
 * above the top margin, the footer below the bottom one), so that text
 * going on from one page to the next reads on: pdftotext crops in pixels,
 * at 72 pixels an inch here, the PDF's points. */
static char *
pdf_body_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-r", "72",
                         "-x", "0", "-y", "45", "-W", "596", "-H", "730", path, "-", NULL };
  g_autofree char *text = kolo_test_run_tool (argv);

  return kolo_test_squeeze (text);
}

/* Writes @event's handout to @name in the fixture's folder (through a
 * memory stream: GFile would load GIO's modules, which LeakSanitizer
 * reports in GLib 2.74). */
static char *
write_handout (Fixture    *f,
               KoloEvent  *event,
               const char *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (kolo_handout_write (event, out, NULL, &error));
  g_assert_no_error (error);
  g_output_stream_close (out, NULL, &error);
  g_assert_no_error (error);
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 5);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 5, "%PDF-", 5);

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

#define assert_has(text, needle) G_STMT_START { \
    g_autofree char *needle_ = kolo_test_squeeze (needle); \
    if (strstr ((text), needle_) == NULL) \
      g_test_fail_printf ("the handout lacks “%s”", needle_); \
  } G_STMT_END

#define assert_lacks(text, needle) G_STMT_START { \
    g_autofree char *needle_ = kolo_test_squeeze (needle); \
    if (*needle_ != '\0' && strstr ((text), needle_) != NULL) \
      g_test_fail_printf ("the handout shows “%s”", needle_); \
  } G_STMT_END

/* Tests --------------------------------------------------------------------- */

/* Everything the participants need, and nothing that is the trainer's. */
static void
test_contents (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(KoloEvent) event = kolo_test_new_training (f->store, TITLE);
  g_autoptr(GPtrArray) activities = kolo_test_all_activities (event);
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) materials = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  guint with_instructions = 0;

  if (!kolo_test_have_poppler ())
    return;

  for (guint i = 0; i < activities->len; i++)
    {
      KoloActivity *activity = activities->pdata[i];

      if (i % 3 == 0)
        kolo_activity_set_notes (activity, SECRET_NOTE);
      if (i % 4 == 1)
        kolo_activity_set_materials (activity, SECRET_MATERIALS);
      if (*kolo_activity_get_notes (activity) != '\0')
        g_ptr_array_add (notes, g_strdup (kolo_activity_get_notes (activity)));
      if (*kolo_activity_get_materials (activity) != '\0')
        g_ptr_array_add (materials, g_strdup (kolo_activity_get_materials (activity)));
    }
  g_assert_cmpuint (activities->len, ==, 28);
  g_assert_cmpuint (notes->len, >=, activities->len / 2);

  path = write_handout (f, event, "agenda.pdf");
  text = pdf_body_text (path);

  assert_has (text, "Орієнтація на клієнта");
  assert_has (text, "11–12 November 2013");
  assert_has (text, "Day 1");
  assert_has (text, "Monday, 11 November 2013");
  assert_has (text, "Day 2");
  assert_has (text, "Tuesday, 12 November 2013");
  assert_has (text, "Складові якісного обслуговування в бібліотеках");
  assert_has (text, "Робота з «трудними» та конфліктними ситуаціями");
  assert_has (text, "10:00–17:15");
  assert_has (text, "10:00–17:20");
  assert_has (text, "10:00");
  assert_has (text, "7 h 15 min");

  for (guint i = 0; i < activities->len; i++)
    {
      KoloActivity *activity = activities->pdata[i];
      g_autofree char *from = kolo_text_format_clock (kolo_activity_get_start_minute (activity));
      g_autofree char *to = kolo_text_format_clock (kolo_activity_get_end_minute (activity));
      g_autofree char *span = g_strconcat (from, "–", to, NULL);
      g_autofree char *length = kolo_text_format_duration (kolo_activity_get_minutes (activity));

      assert_has (text, kolo_activity_get_title (activity));
      assert_has (text, span);
      assert_has (text, length);
      assert_has (text, kolo_activity_kind_get_label (kolo_activity_get_kind (activity)));
      assert_has (text, kolo_activity_get_instructions (activity));
      if (*kolo_activity_get_instructions (activity) != '\0')
        with_instructions++;
    }
  /* The shipped template has participant instructions to check. */
  g_assert_cmpuint (with_instructions, >=, 20);

  /* The trainer's notes and materials: not a word. */
  for (guint i = 0; i < notes->len; i++)
    assert_lacks (text, notes->pdata[i]);
  for (guint i = 0; i < materials->len; i++)
    assert_lacks (text, materials->pdata[i]);
  g_assert_null (strstr (text, "ЛИШЕ ДЛЯ ТРЕНЕРА"));
  g_assert_null (strstr (text, "TRAINER-ONLY"));
}

/* A4 portrait, a sane number of pages, each numbered "Page N of M", and
 * the document's title and creator. */
static void
test_pages (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(KoloEvent) event = kolo_test_new_training (f->store, TITLE);
  g_autofree char *path = NULL;
  g_autofree char *size = NULL;
  g_autofree char *title = NULL;
  g_autofree char *creator = NULL;
  g_auto(GStrv) numbers = NULL;
  int pages;
  double width, height;

  if (!kolo_test_have_poppler ())
    return;

  path = write_handout (f, event, "agenda.pdf");
  pages = kolo_test_pdf_pages (path);
  g_assert_cmpint (pages, >=, 2);
  g_assert_cmpint (pages, <=, 8);

  /* "595.276 x 841.89 pts (A4)" (the exact digits vary with poppler) */
  size = kolo_test_pdf_info (path, "Page size");
  g_assert_true (g_str_has_suffix (size, "pts (A4)"));
  numbers = g_strsplit (size, " ", -1);
  g_assert_cmpuint (g_strv_length (numbers), >=, 3);
  width = g_ascii_strtod (numbers[0], NULL);
  height = g_ascii_strtod (numbers[2], NULL);
  g_assert_cmpfloat_with_epsilon (width, 595.28, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);

  title = kolo_test_pdf_info (path, "Title");
  g_assert_cmpstr (title, ==, "Орієнтація на клієнта");
  creator = kolo_test_pdf_info (path, "Creator");
  g_assert_cmpstr (creator, ==, "Kolo");

  for (int page = 1; page <= pages; page++)
    {
      g_autofree char *text = kolo_test_pdf_text (path, page);
      g_autofree char *footer = g_strdup_printf ("Page %d of %d", page, pages);

      assert_has (text, footer);
    }
}

/* Page breaks never part an activity's title from its instructions (every
 * activity of the template fits on a page, so each is whole on one), and
 * never leave a day's or a module's heading without its first activity. */
/* The first page, from page @from on, with @text on it. */
static int
find_page (GPtrArray  *page_texts,
           const char *text,
           int         from)
{
  g_autofree char *needle = kolo_test_squeeze (text);

  for (guint p = from - 1; p < page_texts->len; p++)
    if (strstr (page_texts->pdata[p], needle) != NULL)
      return p + 1;
  g_test_fail_printf ("“%s” is on no page", needle);
  return 1;
}

static void
test_page_breaks (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(KoloEvent) event = kolo_test_new_training (f->store, TITLE);
  g_autoptr(GPtrArray) page_texts = g_ptr_array_new_with_free_func (g_free);
  GListModel *days = kolo_event_get_days (event);
  g_autofree char *path = NULL;
  int pages, last_page = 1;

  if (!kolo_test_have_poppler ())
    return;

  path = write_handout (f, event, "agenda.pdf");
  pages = kolo_test_pdf_pages (path);
  for (int page = 1; page <= pages; page++)
    g_ptr_array_add (page_texts, kolo_test_pdf_text (path, page));

  for (guint d = 0; d < g_list_model_get_n_items (days); d++)
    {
      g_autoptr(KoloDay) day = g_list_model_get_item (days, d);
      g_autofree char *heading = g_strdup_printf ("Day %u", kolo_day_get_number (day));
      g_autoptr(KoloModule) module = g_list_model_get_item (kolo_day_get_modules (day), 0);
      GListModel *activities = kolo_module_get_activities (module);
      g_autoptr(KoloActivity) first = g_list_model_get_item (activities, 0);
      int day_page = find_page (page_texts, heading, last_page);

      g_assert_cmpint (find_page (page_texts, kolo_module_get_title (module), day_page), ==,
                       day_page);
      g_assert_cmpint (find_page (page_texts, kolo_activity_get_title (first), day_page), ==,
                       day_page);

      for (guint a = 0; a < g_list_model_get_n_items (activities); a++)
        {
          g_autoptr(KoloActivity) activity = g_list_model_get_item (activities, a);
          g_autofree char *instructions =
            kolo_test_squeeze (kolo_activity_get_instructions (activity));
          /* In order, and whole on the page of its title. */
          int page = find_page (page_texts, kolo_activity_get_title (activity), last_page);

          last_page = page;
          if (strstr (page_texts->pdata[page - 1], instructions) == NULL)
            g_test_fail_printf ("“%s” is not whole on page %d, with its title",
                                kolo_activity_get_title (activity), page);
        }
    }
}

/* Titles are text, never Pango markup. */
static void
test_markup_is_text (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(KoloEvent) event = kolo_test_new_training (f->store, TITLE);
  g_autoptr(GPtrArray) activities = kolo_test_all_activities (event);
  KoloActivity *activity = activities->pdata[1];
  KoloModule *module = kolo_activity_get_module (activity);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;

  if (!kolo_test_have_poppler ())
    return;

  kolo_event_set_title (event, "Тренінг <b>&amp;</b> «лекція»");
  kolo_event_set_city (event, "Харків <i>");
  kolo_event_set_venue (event, "ОУНБ & зала <2>");
  kolo_event_set_organizer (event, "ГО <span foreground=\"red\">Коло</span>");
  kolo_module_set_title (module, "Модуль <u>один</u> &lt;");
  kolo_activity_set_title (activity, "Знайомство <b>&amp; </i> коло");
  kolo_activity_set_instructions (activity, "Крок 1: <big>&#x41;</big> & далі");

  path = write_handout (f, event, "markup.pdf");
  text = kolo_test_pdf_text (path, 0);
  assert_has (text, "Тренінг <b>&amp;</b> «лекція»");
  assert_has (text, "Харків <i>");
  assert_has (text, "ОУНБ & зала <2>");
  assert_has (text, "ГО <span foreground=\"red\">Коло</span>");
  assert_has (text, "Модуль <u>один</u> &lt;");
  assert_has (text, "Знайомство <b>&amp; </i> коло");
  assert_has (text, "Крок 1: <big>&#x41;</big> & далі");

  title = kolo_test_pdf_info (path, "Title");
  g_assert_cmpstr (title, ==, "Тренінг <b>&amp;</b> «лекція»");
}

/* The longest texts the model takes wrap, and an activity longer than a
 * page goes on over the next one, starting on the page of its title. */
static void
test_long_texts (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(KoloEvent) event = kolo_test_new_training (f->store, TITLE);
  g_autoptr(GPtrArray) activities = kolo_test_all_activities (event);
  KoloActivity *activity = activities->pdata[2];
  g_autoptr(GString) title = g_string_new (NULL);
  g_autoptr(GString) event_title = g_string_new (NULL);
  g_autoptr(GString) instructions = g_string_new (NULL);
  g_autofree char *long_word = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *plain_path = NULL;
  g_autoptr(KoloEvent) plain = NULL;
  guint sentences = 0;
  int pages;

  if (!kolo_test_have_poppler ())
    return;

  while (g_utf8_strlen (title->str, -1) < KOLO_TITLE_MAX_CHARS - 12)
    g_string_append (title, "Довга назва ");
  g_string_truncate (title, title->len - 1);
  while (g_utf8_strlen (event_title->str, -1) < KOLO_TITLE_MAX_CHARS - 20)
    g_string_append (event_title, "Дуже довга назва події ");
  g_assert_cmpint (g_utf8_strlen (title->str, -1), <=, KOLO_TITLE_MAX_CHARS);

  /* One word wider than the page, then numbered sentences up to the limit. */
  long_word = g_strnfill (150, 'W');
  g_string_append_printf (instructions, "%s\n", long_word);
  while (TRUE)
    {
      g_autofree char *sentence = g_strdup_printf ("Речення %u: учасники працюють у парах "
                                                   "і записують ідеї на стікерах. ",
                                                   sentences + 1);

      if (g_utf8_strlen (instructions->str, -1) + g_utf8_strlen (sentence, -1) >
          KOLO_TEXT_MAX_CHARS)
        break;
      g_string_append (instructions, sentence);
      sentences++;
    }
  g_assert_cmpuint (sentences, >, 100);

  kolo_event_set_title (event, event_title->str);
  kolo_activity_set_title (activity, title->str);
  kolo_activity_set_instructions (activity, instructions->str);
  g_assert_cmpstr (kolo_activity_get_instructions (activity), ==, instructions->str);

  path = write_handout (f, event, "long.pdf");
  text = pdf_body_text (path);
  pages = kolo_test_pdf_pages (path);

  plain = kolo_test_new_training (f->store, TITLE);
  plain_path = write_handout (f, plain, "plain.pdf");
  g_assert_cmpint (pages, >, kolo_test_pdf_pages (plain_path));

  assert_has (text, title->str);
  assert_has (text, event_title->str);
  assert_has (text, "W" "WWWWWWWWW");
  for (guint i = 1; i <= sentences; i++)
    {
      g_autofree char *sentence = g_strdup_printf ("Речення %u: учасники працюють у парах "
                                                   "і записують ідеї на стікерах.", i);
      assert_has (text, sentence);
    }

  /* The title and the first lines share a page. */
  {
    g_autoptr(GPtrArray) page_texts = g_ptr_array_new_with_free_func (g_free);
    int page;

    for (int p = 1; p <= pages; p++)
      g_ptr_array_add (page_texts, kolo_test_pdf_text (path, p));
    page = find_page (page_texts, title->str, 1);
    g_assert_nonnull (strstr (page_texts->pdata[page - 1], "WWWWWWWWWW"));
    g_assert_nonnull (strstr (page_texts->pdata[page - 1], "Речення 1:"));
    /* …and it goes on over the next page. */
    g_assert_cmpint (page, <, pages);
    g_assert_nonnull (strstr (page_texts->pdata[page], "Речення"));
  }
}

/* An event with a day that has nothing planned, and with every detail. */
static void
test_empty_day (Fixture       *f,
                gconstpointer  data)
{
  static const char event_file[] =
    "{\"format\": \"kolo-event\", \"version\": 1,\n"
    " \"title\": \"Служба «Вітаємо»\", \"venue\": \"Обласна бібліотека, зала 2\",\n"
    " \"city\": \"Житомир\", \"organizer\": \"ГО «Коло»\",\n"
    " \"trainers\": [\"Оксана Мельник\", \"Мар’яна Коваль\"],\n"
    " \"days\": [\n"
    "  {\"date\": \"2013-11-29\", \"start\": \"09:30\", \"end\": \"10:30\", \"modules\": [\n"
    "    {\"title\": \"Вступ\", \"activities\": [\n"
    "      {\"kind\": \"input\", \"title\": \"Привітання\", \"minutes\": 45},\n"
    "      {\"kind\": \"lunch\", \"title\": \"Обід\", \"minutes\": 30}]},\n"
    "    {\"title\": \"Порожній модуль\", \"activities\": []}]},\n"
    "  {\"date\": \"2013-12-02\", \"start\": \"10:00\", \"modules\": []}]}\n";
  g_autoptr(GObject) imported = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  if (!kolo_test_have_poppler ())
    return;

  imported = kolo_store_import (f->store, event_file, strlen (event_file), &error);
  g_assert_no_error (error);
  g_assert_true (KOLO_IS_EVENT (imported));

  path = write_handout (f, KOLO_EVENT (imported), "empty.pdf");
  text = kolo_test_pdf_text (path, 0);
  g_assert_cmpint (kolo_test_pdf_pages (path), ==, 1);
  assert_has (text, "Служба «Вітаємо»");
  assert_has (text, "29 November – 2 December 2013");
  assert_has (text, "Житомир");
  assert_has (text, "Обласна бібліотека, зала 2");
  assert_has (text, "ORGANIZER");
  assert_has (text, "ГО «Коло»");
  assert_has (text, "TRAINERS");
  assert_has (text, "Оксана Мельник, Мар’яна Коваль");
  assert_has (text, "Day 1");
  assert_has (text, "Friday, 29 November 2013");
  assert_has (text, "09:30–10:15");
  assert_has (text, "10:15–10:45");
  assert_has (text, "Порожній модуль");
  assert_has (text, "Day 2");
  assert_has (text, "Monday, 2 December 2013");
  assert_has (text, "(nothing planned yet)");
  assert_has (text, "Page 1 of 1");
}

/* In Ukrainian: weekdays and months from the C library's locale, the fixed
 * words from po/uk.po when it has them. */
static void
test_ukrainian (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(KoloEvent) event = kolo_test_new_training (f->store, TITLE);
  g_autofree char *saved_locale = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *saved_language = g_strdup (g_getenv ("LANGUAGE"));
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *page_format = NULL;
  int pages;

  if (!kolo_test_have_poppler ())
    return;
  if (!kolo_test_have_locale ("uk_UA.UTF-8"))
    {
      g_test_skip ("the uk_UA.UTF-8 locale is not available");
      return;
    }

  g_setenv ("LANGUAGE", "uk", TRUE);
  g_assert_nonnull (setlocale (LC_ALL, "uk_UA.UTF-8"));
  path = write_handout (f, event, "uk.pdf");
  page_format = g_strdup (_("Page %d of %d"));
  setlocale (LC_ALL, saved_locale);
  if (saved_language != NULL)
    g_setenv ("LANGUAGE", saved_language, TRUE);
  else
    g_unsetenv ("LANGUAGE");

  text = kolo_test_pdf_text (path, 0);
  pages = kolo_test_pdf_pages (path);
  assert_has (text, "понеділок, 11 листопада 2013");
  assert_has (text, "вівторок, 12 листопада 2013");
  assert_has (text, "11–12 листопада 2013");
  assert_has (text, "Складові якісного обслуговування в бібліотеках");
  assert_has (text, "Знайомство: ім’я, бібліотека і книжка, яку я раджу");
  assert_has (text, "«Орієнтація на клієнта»");
  g_assert_null (strstr (text, "Monday"));
  g_assert_null (strstr (text, "November"));

  if (g_str_equal (page_format, "Page %d of %d"))
    g_test_message ("po/uk.po does not translate “Page %%d of %%d” yet");
  else
    {
      /* Filled in by hand: the format is not a literal. */
      g_auto(GStrv) parts = g_strsplit (page_format, "%d", -1);
      g_autofree char *count = g_strdup_printf ("%d", pages);
      g_autofree char *footer = NULL;

      g_assert_cmpuint (g_strv_length (parts), ==, 3);
      footer = g_strconcat (parts[0], "1", parts[1], count, parts[2], NULL);

      g_assert_nonnull (strstr (footer, "Сторінка"));
      assert_has (text, footer);
      g_assert_null (strstr (text, "Page 1"));
    }
}

/* A stream that fails is an error, not a crash or a half-success. */
static void
test_write_error (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(KoloEvent) event = kolo_test_new_training (f->store, TITLE);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new (NULL, 0, NULL, NULL);
  g_autoptr(GOutputStream) cancelled = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  gsize written;

  /* A fixed-size memory stream of 0 bytes refuses the first write. */
  g_assert_false (kolo_handout_write (event, out, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_cancellable_cancel (cancellable);
  cancelled = g_memory_output_stream_new_resizable ();
  g_assert_false (kolo_handout_write (event, cancelled, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  written = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (cancelled));
  g_assert_cmpuint (written, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  kolo_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/kolo/handout/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("contents", test_contents);
  ADD ("pages", test_pages);
  ADD ("page-breaks", test_page_breaks);
  ADD ("markup-is-text", test_markup_is_text);
  ADD ("long-texts", test_long_texts);
  ADD ("empty-day", test_empty_day);
  ADD ("ukrainian", test_ukrainian);
  ADD ("write-error", test_write_error);

#undef ADD

  return g_test_run ();
}
