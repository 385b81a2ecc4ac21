/* test-certificates.c — who gets a certificate, the hours and numbers it
 * states, and the certificates and sign-in sheets as PDFs, read back with
 * poppler's pdftotext and pdfinfo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo.h>
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kolo-test-util.h"

/* The pages, in points: certificates are A4 landscape, sign-in sheets A4
 * portrait.  What the page code keeps its text inside of. */
#define MM              (72.0 / 25.4)
#define A4_LONG         (297.0 * MM)
#define A4_SHORT        (210.0 * MM)
#define CERT_MARGIN_X   (30.0 * MM)
#define CERT_FRAME      (12.5 * MM)
#define SIGNIN_MARGIN_X (16.0 * MM)
#define SIGNIN_NAME_X0  (SIGNIN_MARGIN_X + 10.0 * MM)
#define SIGNIN_NAME_X1  (SIGNIN_NAME_X0 + 56.0 * MM)
#define SIGNIN_PLACE_X1 (SIGNIN_NAME_X1 + 62.0 * MM)

/* Which days a participant attended, of the template's two. */
enum {
  NONE = 0,
  DAY1 = 1 << 0,
  DAY2 = 1 << 1,
  BOTH = DAY1 | DAY2,
};

typedef struct
{
  char      *dir;
  char      *path;
  KoloStore *store;
  KoloEvent *event;       /* two days, from the shipped template */
  gint64     id;
  guint      write_failed;
} Fixture;

static void
open_event (Fixture *f)
{
  f->store = kolo_test_open_store (f->path, &f->write_failed);
  f->event = kolo_test_lookup_event (f->store, f->id);
}

static void
close_event (Fixture *f)
{
  kolo_test_close_store (&f->store, &f->event);
}

/* A fresh store on the same file: what is left is what was written. */
static void
reopen (Fixture *f)
{
  close_event (f);
  open_event (f);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(KoloEvent) event = NULL;

  f->dir = kolo_test_make_dir ();
  f->path = g_build_filename (f->dir, "kolo.db", NULL);
  f->store = kolo_test_open_store (f->path, NULL);
  event = kolo_test_new_training (f->store, "Орієнтація на клієнта");
  f->id = kolo_event_get_id (event);
  g_clear_object (&event);
  g_assert_finalize_object (f->store);

  open_event (f);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_event_get_days (f->event)), ==, 2);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->store != NULL)
    close_event (f);
  g_assert_cmpuint (f->write_failed, ==, 0);
  kolo_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* The first column of the first row of a query, read with sqlite3 itself. */
#define assert_db(f, expected, ...) kolo_test_assert_db ((f)->path, (expected), __VA_ARGS__)

static KoloCertificates *
certs (Fixture *f)
{
  return kolo_event_get_certificates (f->event);
}

static GListModel *
people (Fixture *f)
{
  return kolo_event_get_participants (f->event);
}

static KoloDay *
day (KoloEvent *event,
     guint      position)
{
  return kolo_test_item (kolo_event_get_days (event), position);
}

/* Adds a participant to @event at the end, there on @days; the event
 * holds it. */
static KoloParticipant *
add_to (KoloEvent  *event,
        const char *name,
        const char *institution,
        KoloGender  gender,
        guint       days)
{
  g_autoptr(KoloParticipant) participant = kolo_participant_new (name);
  g_autoptr(GError) error = NULL;

  kolo_participant_set_institution (participant, institution);
  kolo_participant_set_gender (participant, gender);
  g_assert_true (kolo_event_insert_participant (event, G_MAXUINT, participant, &error));
  g_assert_no_error (error);
  for (guint d = 0; d < g_list_model_get_n_items (kolo_event_get_days (event)); d++)
    if (days & (1u << d))
      kolo_participant_set_attended (participant, day (event, d), TRUE);
  return participant;
}

static KoloParticipant *
add (Fixture    *f,
     const char *name,
     const char *institution,
     KoloGender  gender,
     guint       days)
{
  return add_to (f->event, name, institution, gender, days);
}

static KoloParticipant *
find (Fixture    *f,
      const char *name)
{
  KoloParticipant *participant = kolo_event_find_participant (f->event, name);

  g_assert_nonnull (participant);
  return participant;
}

/* The names of @participants, joined with "|". */
static char *
names_of (GPtrArray *participants)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < participants->len; i++)
    g_string_append_printf (out, "%s%s", i ? "|" : "",
                            kolo_participant_get_name (participants->pdata[i]));
  return g_string_free (out, FALSE);
}

#define assert_eligible(f, expected) \
  G_STMT_START { \
    g_autoptr(GPtrArray) eligible_ = kolo_certificates_get_eligible (certs (f)); \
    g_autofree char *got_ = names_of (eligible_); \
    g_assert_cmpstr (got_, ==, expected); \
  } G_STMT_END

/* "name=number" of every participant of the event, in the list's order,
 * "-" for no number; joined with "|". */
static char *
numbers (Fixture *f)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (people (f)); i++)
    {
      KoloParticipant *participant = kolo_test_item (people (f), i);
      const char *number = kolo_participant_get_certificate (participant);

      g_string_append_printf (out, "%s%s=%s", i ? "|" : "", kolo_participant_get_name (participant),
                              number != NULL ? number : "-");
    }
  return g_string_free (out, FALSE);
}

#define assert_numbers(f, expected) \
  G_STMT_START { \
    g_autofree char *got_ = numbers (f); \
    g_assert_cmpstr (got_, ==, expected); \
  } G_STMT_END

static void
issue_eligible (Fixture *f)
{
  g_autoptr(GPtrArray) eligible = kolo_certificates_get_eligible (certs (f));
  g_autoptr(GError) error = NULL;

  g_assert_true (kolo_certificates_issue (certs (f), eligible, &error));
  g_assert_no_error (error);
}

static void
remove_participant (Fixture         *f,
                    KoloParticipant *participant)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kolo_event_remove_participant (f->event, participant, &error));
  g_assert_no_error (error);
}

/* A small PNG drawn with cairo: a logo or a signature. */
static cairo_status_t
png_write_cb (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
make_png (int    width,
          int    height,
          double hue)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  GByteArray *png = g_byte_array_new ();

  cairo_set_source_rgb (cr, hue, 0.3, 1.0 - hue);
  cairo_set_line_width (cr, 3);
  cairo_move_to (cr, 2, height - 4);
  cairo_curve_to (cr, width / 3.0, 0, width / 2.0, height, width - 2, 4);
  cairo_stroke (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, png_write_cb, png), ==,
                   CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (png);
}

/* Poppler ------------------------------------------------------------------ */

/* The PDF's text as laid out, squeezed; @page from 1, or 0 for all pages.
 * kolo_test_pdf_text() gives it in reading order instead: a long name that
 * wraps over lines reads on. */
static char *
pdf_layout_text (const char *path,
                 int         page)
{
  g_autofree char *number = g_strdup_printf ("%d", page);
  const char *all[] = { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL };
  const char *one[] = { "pdftotext", "-layout", "-enc", "UTF-8", "-f", number, "-l", number,
                        path, "-", NULL };
  g_autofree char *text = kolo_test_run_tool (page > 0 ? one : all);

  return kolo_test_squeeze (text);
}

/* A word where pdftotext -bbox found it, in points from the top left. */
typedef struct
{
  char   *text;
  double  x0, y0, x1, y1;
} Word;

static void
word_free (Word *word)
{
  g_free (word->text);
  g_free (word);
}

/* The words of one page, and the page's size. */
static GPtrArray *
pdf_words (const char *path,
           int         page,
           double     *width,
           double     *height)
{
  g_autofree char *number = g_strdup_printf ("%d", page);
  const char *argv[] = { "pdftotext", "-bbox", "-enc", "UTF-8", "-f", number, "-l", number,
                         path, "-", NULL };
  g_autofree char *html = kolo_test_run_tool (argv);
  g_autoptr(GRegex) page_re = g_regex_new ("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">",
                                           0, 0, NULL);
  g_autoptr(GRegex) word_re = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" "
                                           "xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>",
                                           0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GPtrArray *words = g_ptr_array_new_with_free_func ((GDestroyNotify) word_free);

  g_assert_true (g_regex_match (page_re, html, 0, &match));
  {
    g_autofree char *w = g_match_info_fetch (match, 1);
    g_autofree char *h = g_match_info_fetch (match, 2);

    *width = g_ascii_strtod (w, NULL);
    *height = g_ascii_strtod (h, NULL);
  }
  g_clear_pointer (&match, g_match_info_free);

  for (g_regex_match (word_re, html, 0, &match); g_match_info_matches (match);
       g_match_info_next (match, NULL))
    {
      Word *word = g_new0 (Word, 1);
      g_autofree char *x0 = g_match_info_fetch (match, 1);
      g_autofree char *y0 = g_match_info_fetch (match, 2);
      g_autofree char *x1 = g_match_info_fetch (match, 3);
      g_autofree char *y1 = g_match_info_fetch (match, 4);

      word->x0 = g_ascii_strtod (x0, NULL);
      word->y0 = g_ascii_strtod (y0, NULL);
      word->x1 = g_ascii_strtod (x1, NULL);
      word->y1 = g_ascii_strtod (y1, NULL);
      word->text = g_match_info_fetch (match, 5);
      g_ptr_array_add (words, word);
    }
  return words;
}

/* The first word on the page that is @text, or NULL. */
static Word *
find_word (GPtrArray  *words,
           const char *text)
{
  for (guint i = 0; i < words->len; i++)
    if (g_str_equal (((Word *) words->pdata[i])->text, text))
      return words->pdata[i];
  return NULL;
}

/* Writes @bytes to @name in the fixture's folder (not through GFile: it
 * would load GIO's modules, which LeakSanitizer reports in GLib 2.74). */
static char *
save (Fixture    *f,
      const char *name,
      GBytes     *bytes)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_bytes_get_size (bytes), >, 5);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 5, "%PDF-", 5);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static GBytes *
steal_bytes (GOutputStream *out)
{
  g_autoptr(GError) error = NULL;

  g_output_stream_close (out, NULL, &error);
  g_assert_no_error (error);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

/* The certificates of @participants (the eligible ones when NULL) in
 * @name in the fixture's folder. */
static char *
write_certificates (Fixture    *f,
                    GPtrArray  *participants,
                    const char *name)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GPtrArray) eligible = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (participants == NULL)
    participants = eligible = kolo_certificates_get_eligible (certs (f));
  g_assert_true (kolo_certificates_write_pdf (certs (f), participants, out, NULL, &error));
  g_assert_no_error (error);
  bytes = steal_bytes (out);
  return save (f, name, bytes);
}

static char *
write_signin (Fixture    *f,
              guint       position,
              const char *name)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (kolo_signin_write_pdf (f->event, day (f->event, position), out, NULL, &error));
  g_assert_no_error (error);
  bytes = steal_bytes (out);
  return save (f, name, bytes);
}

#define assert_has(text, needle) G_STMT_START { \
    g_autofree char *needle_ = kolo_test_squeeze (needle); \
    if (strstr ((text), needle_) == NULL) \
      g_test_fail_printf ("%s:%d: the PDF lacks “%s” in:\n%s", __FILE__, __LINE__, needle_, \
                          (text)); \
  } G_STMT_END

#define assert_lacks(text, needle) G_STMT_START { \
    g_autofree char *needle_ = kolo_test_squeeze (needle); \
    if (strstr ((text), needle_) != NULL) \
      g_test_fail_printf ("%s:%d: the PDF shows “%s” in:\n%s", __FILE__, __LINE__, needle_, \
                          (text)); \
  } G_STMT_END

static guint
count_in (const char *text,
          const char *needle)
{
  guint n = 0;

  for (const char *p = text; (p = strstr (p, needle)) != NULL; p += strlen (needle))
    n++;
  return n;
}

/* Every word of @text (split at blanks) is in @page_text. */
static void
assert_all_words (const char *page_text,
                  const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && strstr (page_text, words[i]) == NULL)
      g_test_fail_printf ("the page lacks “%s” of “%s”", words[i], text);
}

/* Translations made for a test ------------------------------------------- */

/* Ukrainian wordings for the certificate, as a translator would write
 * them: the verb agrees with the person, and a neutral noun when the
 * gender is not known.  Installed in a folder of the test's own, so the
 * test does not wait for po/uk.po. */
static const char uk_po[] =
  "msgid \"\"\n"
  "msgstr \"\"\n"
  "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
  "\"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
  "n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n\"\n"
  "\n"
  "msgctxt \"certificate, feminine\"\n"
  "msgid \"completed the training “%s”\"\n"
  "msgstr \"пройшла навчання за програмою тренінгу «%s»\"\n"
  "\n"
  "msgctxt \"certificate, masculine\"\n"
  "msgid \"completed the training “%s”\"\n"
  "msgstr \"пройшов навчання за програмою тренінгу «%s»\"\n"
  "\n"
  "msgctxt \"certificate, gender unknown\"\n"
  "msgid \"completed the training “%s”\"\n"
  "msgstr \"за проходження навчання за програмою тренінгу «%s»\"\n"
  "\n"
  "msgctxt \"certificate\"\n"
  "msgid \"Certificate\"\n"
  "msgstr \"Сертифікат\"\n"
  "\n"
  "msgctxt \"certificate\"\n"
  "msgid \"No. %s\"\n"
  "msgstr \"№ %s\"\n"
  "\n"
  "msgid \"(%u academic hour)\"\n"
  "msgid_plural \"(%u academic hours)\"\n"
  "msgstr[0] \"обсягом %u академічна година\"\n"
  "msgstr[1] \"обсягом %u академічні години\"\n"
  "msgstr[2] \"обсягом %u академічних годин\"\n"
  "\n"
  "msgctxt \"month, after a day number\"\n"
  "msgid \"November\"\n"
  "msgstr \"листопада\"\n";

typedef struct
{
  char *locale;
  char *language;
  char *localedir;
} Saved;

/* Switches to Ukrainian with the test's translations; FALSE (the test
 * skipped) without the locale or msgfmt. */
static gboolean
use_test_ukrainian (Fixture *f,
                    Saved   *saved)
{
  g_autofree char *msgfmt = g_find_program_in_path ("msgfmt");
  g_autofree char *po = g_build_filename (f->dir, "uk.po", NULL);
  g_autofree char *messages = g_build_filename (f->dir, "locale", "uk", "LC_MESSAGES", NULL);
  g_autofree char *mo = g_build_filename (messages, GETTEXT_PACKAGE ".mo", NULL);
  g_autofree char *localedir = g_build_filename (f->dir, "locale", NULL);
  g_autoptr(GError) error = NULL;

  if (!kolo_test_have_locale ("uk_UA.UTF-8"))
    {
      g_test_skip ("the uk_UA.UTF-8 locale is not available");
      return FALSE;
    }
  if (msgfmt == NULL)
    {
      g_test_skip ("msgfmt (gettext) is not installed");
      return FALSE;
    }

  g_file_set_contents (po, uk_po, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir_with_parents (messages, 0700), ==, 0);
  {
    const char *argv[] = { msgfmt, "--check-format", "-o", mo, po, NULL };
    g_autofree char *out = kolo_test_run_tool (argv);
  }

  saved->locale = g_strdup (setlocale (LC_ALL, NULL));
  saved->language = g_strdup (g_getenv ("LANGUAGE"));
  saved->localedir = g_strdup (bindtextdomain (GETTEXT_PACKAGE, NULL));
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  g_setenv ("LANGUAGE", "uk", TRUE);
  g_assert_nonnull (setlocale (LC_ALL, "uk_UA.UTF-8"));
  return TRUE;
}

static void
restore_language (Saved *saved)
{
  setlocale (LC_ALL, saved->locale);
  if (saved->language != NULL)
    g_setenv ("LANGUAGE", saved->language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  if (saved->localedir != NULL)
    bindtextdomain (GETTEXT_PACKAGE, saved->localedir);
  g_clear_pointer (&saved->locale, g_free);
  g_clear_pointer (&saved->language, g_free);
  g_clear_pointer (&saved->localedir, g_free);
}

/* Who gets one ------------------------------------------------------------ */

static void
test_eligible (Fixture       *f,
               gconstpointer  data)
{
  KoloParticipant *first;

  g_assert_cmpuint (kolo_certificates_get_min_days (certs (f)), ==, 0);
  assert_eligible (f, "");

  add (f, "Олена Коваль", "ЦБС м. Коростеня", KOLO_GENDER_FEMININE, BOTH);
  add (f, "Петро Мельник", "", KOLO_GENDER_MASCULINE, DAY1);
  add (f, "Ніхто Ніде", "", KOLO_GENDER_UNKNOWN, NONE);
  add (f, "Ганна Литвин", "", KOLO_GENDER_FEMININE, DAY2);
  add (f, "Богдан Ткачук", "", KOLO_GENDER_MASCULINE, BOTH);

  /* By default, all the event's days. */
  assert_eligible (f, "Олена Коваль|Богдан Ткачук");

  kolo_certificates_set_min_days (certs (f), 1);
  g_assert_cmpuint (kolo_certificates_get_min_days (certs (f)), ==, 1);
  assert_eligible (f, "Олена Коваль|Петро Мельник|Ганна Литвин|Богдан Ткачук");
  kolo_certificates_set_min_days (certs (f), 2);
  assert_eligible (f, "Олена Коваль|Богдан Ткачук");
  /* More days than the event has: all of them. */
  kolo_certificates_set_min_days (certs (f), 5);
  assert_eligible (f, "Олена Коваль|Богдан Ткачук");

  /* The list's order, not the order of their days or names. */
  kolo_certificates_set_min_days (certs (f), 1);
  first = add (f, "Аліна Бойко", "", KOLO_GENDER_FEMININE, DAY2);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(KoloParticipant) keep = g_object_ref (first);

    remove_participant (f, first);
    g_assert_true (kolo_event_insert_participant (f->event, 0, keep, &error));
    g_assert_no_error (error);
  }
  assert_eligible (f, "Аліна Бойко|Олена Коваль|Петро Мельник|Ганна Литвин|Богдан Ткачук");

  /* Attendance changes who gets one. */
  kolo_participant_set_attended (find (f, "Ніхто Ніде"), day (f->event, 1), TRUE);
  assert_eligible (f, "Аліна Бойко|Олена Коваль|Петро Мельник|Ніхто Ніде|Ганна Литвин|"
                      "Богдан Ткачук");
  kolo_participant_set_attended (find (f, "Ніхто Ніде"), day (f->event, 1), FALSE);

  /* The minimum is kept with the event, and undone as any change. */
  reopen (f);
  g_assert_cmpuint (kolo_certificates_get_min_days (certs (f)), ==, 1);
  assert_eligible (f, "Аліна Бойко|Олена Коваль|Петро Мельник|Ганна Литвин|Богдан Ткачук");
  kolo_certificates_set_min_days (certs (f), 0);
  assert_eligible (f, "Олена Коваль|Богдан Ткачук");
  g_assert_true (kolo_history_undo (kolo_event_get_history (f->event), NULL));
  g_assert_cmpuint (kolo_certificates_get_min_days (certs (f)), ==, 1);
  assert_db (f, "1", "SELECT min_days FROM certificate_settings WHERE event_id = %"
             G_GINT64_FORMAT, f->id);
}

/* A one-day event: that day, whatever the minimum says. */
static void
test_eligible_one_day (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloEvent) event = kolo_store_create_event (f->store, "Один день", NULL, &error);
  KoloCertificates *certificates;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_event_get_days (event)), ==, 1);
  add_to (event, "Олена Коваль", "", KOLO_GENDER_FEMININE, NONE);
  add_to (event, "Петро Мельник", "", KOLO_GENDER_MASCULINE, DAY1);
  certificates = kolo_event_get_certificates (event);
  g_assert_true (certificates != certs (f));
  for (guint min_days = 0; min_days <= 3; min_days++)
    {
      g_autoptr(GPtrArray) eligible = NULL;
      g_autofree char *names = NULL;

      kolo_certificates_set_min_days (certificates, min_days);
      eligible = kolo_certificates_get_eligible (certificates);
      names = names_of (eligible);
      g_assert_cmpstr (names, ==, "Петро Мельник");
    }
  /* The other event's settings are its own. */
  g_assert_cmpuint (kolo_certificates_get_min_days (certs (f)), ==, 0);
}

/* Hours ------------------------------------------------------------------- */

/* The first activity of @kind. */
static KoloActivity *
find_activity (GPtrArray        *activities,
               KoloActivityKind  kind)
{
  for (guint i = 0; i < activities->len; i++)
    if (kolo_activity_get_kind (activities->pdata[i]) == kind)
      return activities->pdata[i];
  g_assert_not_reached ();
}

static void
test_hours (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) activities = kolo_test_all_activities (f->event);
  KoloActivity *work = find_activity (activities, KOLO_ACTIVITY_INPUT);
  KoloActivity *coffee = find_activity (activities, KOLO_ACTIVITY_BREAK);
  KoloActivity *lunch = find_activity (activities, KOLO_ACTIVITY_LUNCH);
  int work_minutes = kolo_activity_get_minutes (work);
  guint64 total = 0;

  /* The template: 10:00–17:15 and 10:00–17:20, less two coffee breaks
   * (20 + 15, 20 + 15 minutes) and lunch (60, 60) a day: 685 minutes. */
  for (guint i = 0; i < activities->len; i++)
    if (!kolo_activity_kind_is_pause (kolo_activity_get_kind (activities->pdata[i])))
      total += kolo_activity_get_minutes (activities->pdata[i]);
  g_assert_cmpuint (total, ==, 685);

  g_assert_cmpint (kolo_certificates_get_hour_kind (certs (f)), ==, KOLO_HOURS_ACADEMIC);
  g_assert_cmpuint (kolo_certificates_get_hours_override (certs (f)), ==, 0);
  /* 685 / 45 = 15.2 academic hours */
  g_assert_cmpuint (kolo_certificates_get_hours (certs (f)), ==, 15);
  kolo_certificates_set_hour_kind (certs (f), KOLO_HOURS_FULL);
  /* 685 / 60 = 11.4 hours */
  g_assert_cmpuint (kolo_certificates_get_hours (certs (f)), ==, 11);

  /* Breaks and lunch count for nothing. */
  kolo_activity_set_minutes (coffee, kolo_activity_get_minutes (coffee) + 40);
  kolo_activity_set_minutes (lunch, kolo_activity_get_minutes (lunch) + 30);
  g_assert_cmpuint (kolo_certificates_get_hours (certs (f)), ==, 11);

  /* To the nearest hour, a half up: 689 minutes are 11.48 hours, 690 are
   * 11.5; 697 are 15.49 academic hours, 698 are 15.51. */
  kolo_activity_set_minutes (work, work_minutes + 4);
  g_assert_cmpuint (kolo_certificates_get_hours (certs (f)), ==, 11);
  kolo_activity_set_minutes (work, work_minutes + 5);
  g_assert_cmpuint (kolo_certificates_get_hours (certs (f)), ==, 12);
  kolo_certificates_set_hour_kind (certs (f), KOLO_HOURS_ACADEMIC);
  kolo_activity_set_minutes (work, work_minutes + 12);
  g_assert_cmpuint (kolo_certificates_get_hours (certs (f)), ==, 15);
  kolo_activity_set_minutes (work, work_minutes + 13);
  g_assert_cmpuint (kolo_certificates_get_hours (certs (f)), ==, 16);
  kolo_activity_set_minutes (work, work_minutes);
  g_assert_cmpuint (kolo_certificates_get_hours (certs (f)), ==, 15);

  /* An override wins whatever the kind; 0 goes back to the agenda. */
  kolo_certificates_set_hours_override (certs (f), 24);
  g_assert_cmpuint (kolo_certificates_get_hours (certs (f)), ==, 24);
  kolo_certificates_set_hour_kind (certs (f), KOLO_HOURS_FULL);
  g_assert_cmpuint (kolo_certificates_get_hours (certs (f)), ==, 24);

  reopen (f);
  g_assert_cmpint (kolo_certificates_get_hour_kind (certs (f)), ==, KOLO_HOURS_FULL);
  g_assert_cmpuint (kolo_certificates_get_hours_override (certs (f)), ==, 24);
  g_assert_cmpuint (kolo_certificates_get_hours (certs (f)), ==, 24);
  assert_db (f, "full|24", "SELECT hour_kind || '|' || hours_override FROM certificate_settings"
             " WHERE event_id = %" G_GINT64_FORMAT, f->id);
  kolo_certificates_set_hours_override (certs (f), 0);
  g_assert_cmpuint (kolo_certificates_get_hours (certs (f)), ==, 11);

  /* An event with nothing planned states none. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(KoloEvent) empty = kolo_store_create_event (f->store, "Порожня", NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (kolo_certificates_get_hours (kolo_event_get_certificates (empty)), ==, 0);
  }
}

/* Numbers ------------------------------------------------------------------ */

static void
test_numbers (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) none = g_ptr_array_new ();

  kolo_certificates_set_series (certs (f), "ХОУНБ-2013-");
  g_assert_cmpstr (kolo_certificates_get_series (certs (f)), ==, "ХОУНБ-2013-");
  add (f, "Олена Коваль", "", KOLO_GENDER_FEMININE, BOTH);
  add (f, "Петро Мельник", "", KOLO_GENDER_MASCULINE, DAY1);
  add (f, "Богдан Ткачук", "", KOLO_GENDER_MASCULINE, BOTH);

  /* Nobody to number is no error. */
  g_assert_true (kolo_certificates_issue (certs (f), none, &error));
  g_assert_no_error (error);
  assert_numbers (f, "Олена Коваль=-|Петро Мельник=-|Богдан Ткачук=-");

  issue_eligible (f);
  assert_numbers (f, "Олена Коваль=ХОУНБ-2013-001|Петро Мельник=-|Богдан Ткачук=ХОУНБ-2013-002");

  /* Issuing again keeps them; whoever has none gets the next. */
  issue_eligible (f);
  assert_numbers (f, "Олена Коваль=ХОУНБ-2013-001|Петро Мельник=-|Богдан Ткачук=ХОУНБ-2013-002");
  kolo_participant_set_attended (find (f, "Петро Мельник"), day (f->event, 1), TRUE);
  issue_eligible (f);
  assert_numbers (f, "Олена Коваль=ХОУНБ-2013-001|Петро Мельник=ХОУНБ-2013-003|"
                     "Богдан Ткачук=ХОУНБ-2013-002");

  /* A number is never given twice: not after its participant is deleted,
   * not even the highest one. */
  remove_participant (f, find (f, "Петро Мельник"));
  remove_participant (f, find (f, "Богдан Ткачук"));
  add (f, "Ганна Литвин", "", KOLO_GENDER_FEMININE, BOTH);
  issue_eligible (f);
  assert_numbers (f, "Олена Коваль=ХОУНБ-2013-001|Ганна Литвин=ХОУНБ-2013-004");

  /* A new series numbers from 1; what was given stays as it was.  A
   * series that ends in a digit gets a "-" before the number. */
  kolo_certificates_set_series (certs (f), "2014");
  add (f, "Ірина Савчук", "", KOLO_GENDER_FEMININE, BOTH);
  issue_eligible (f);
  assert_numbers (f, "Олена Коваль=ХОУНБ-2013-001|Ганна Литвин=ХОУНБ-2013-004|"
                     "Ірина Савчук=2014-001");

  /* Back to the old series: on from its highest. */
  kolo_certificates_set_series (certs (f), "ХОУНБ-2013-");
  add (f, "Юрій Гнатюк", "", KOLO_GENDER_MASCULINE, BOTH);
  issue_eligible (f);
  assert_numbers (f, "Олена Коваль=ХОУНБ-2013-001|Ганна Литвин=ХОУНБ-2013-004|"
                     "Ірина Савчук=2014-001|Юрій Гнатюк=ХОУНБ-2013-005");

  /* Undoing a deletion brings the person back with their number. */
  remove_participant (f, find (f, "Ганна Литвин"));
  g_assert_true (kolo_history_undo (kolo_event_get_history (f->event), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kolo_participant_get_certificate (find (f, "Ганна Литвин")), ==,
                   "ХОУНБ-2013-004");

  /* Kept with the participants, and the series with the event. */
  reopen (f);
  g_assert_cmpstr (kolo_certificates_get_series (certs (f)), ==, "ХОУНБ-2013-");
  assert_numbers (f, "Олена Коваль=ХОУНБ-2013-001|Ганна Литвин=ХОУНБ-2013-004|"
                     "Ірина Савчук=2014-001|Юрій Гнатюк=ХОУНБ-2013-005");
  assert_db (f, "1,2,3,4,5", "SELECT group_concat (number) FROM (SELECT number FROM"
             " certificate_numbers WHERE series = 'ХОУНБ-2013-' ORDER BY number)");
  add (f, "Олег Марчук", "", KOLO_GENDER_MASCULINE, BOTH);
  issue_eligible (f);
  g_assert_cmpstr (kolo_participant_get_certificate (find (f, "Олег Марчук")), ==,
                   "ХОУНБ-2013-006");

  /* Another event of the same series goes on from there too. */
  {
    g_autoptr(KoloEvent) other = kolo_test_new_training (f->store, "Інша подія");
    KoloCertificates *other_certs = kolo_event_get_certificates (other);
    KoloParticipant *someone = add_to (other, "Тетяна Олійник", "", KOLO_GENDER_FEMININE, BOTH);
    g_autoptr(GPtrArray) eligible = NULL;

    kolo_certificates_set_series (other_certs, " ХОУНБ-2013- ");
    eligible = kolo_certificates_get_eligible (other_certs);
    g_assert_true (kolo_certificates_issue (other_certs, eligible, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (kolo_participant_get_certificate (someone), ==, "ХОУНБ-2013-007");
  }

  /* The setting is one undoable step. */
  kolo_certificates_set_series (certs (f), "НОВА-");
  g_assert_true (kolo_history_undo (kolo_event_get_history (f->event), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kolo_certificates_get_series (certs (f)), ==, "ХОУНБ-2013-");
}

/* Numbers that came in a file count: the series goes on above them. */
static void
test_numbers_imported (Fixture       *f,
                       gconstpointer  data)
{
  static const char event_file[] =
    "{\"format\": \"kolo-event\", \"version\": 3, \"title\": \"Зі файлу\",\n"
    " \"days\": [{\"date\": \"2013-11-29\", \"start\": \"10:00\", \"modules\": []}],\n"
    " \"participants\": [\n"
    "  {\"name\": \"Ганна Литвин\", \"attended\": [0], \"certificate\": \"ХОУНБ-2013-017\"},\n"
    "  {\"name\": \"Богдан Ткачук\", \"attended\": [0]}]}\n";
  g_autoptr(GObject) imported = NULL;
  g_autoptr(GPtrArray) eligible = NULL;
  g_autoptr(GError) error = NULL;
  KoloCertificates *certificates;

  imported = kolo_store_import (f->store, event_file, strlen (event_file), &error);
  g_assert_no_error (error);
  certificates = kolo_event_get_certificates (KOLO_EVENT (imported));
  kolo_certificates_set_series (certificates, "ХОУНБ-2013-");
  eligible = kolo_certificates_get_eligible (certificates);
  g_assert_cmpuint (eligible->len, ==, 2);
  g_assert_true (kolo_certificates_issue (certificates, eligible, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kolo_participant_get_certificate (eligible->pdata[0]), ==, "ХОУНБ-2013-017");
  g_assert_cmpstr (kolo_participant_get_certificate (eligible->pdata[1]), ==, "ХОУНБ-2013-018");
}

/* The certificates' PDF ---------------------------------------------------- */

/* An event with every detail, and three participants who attended. */
static void
dress_event (Fixture *f)
{
  static const char * const trainers[] = { "Оксана Мельник", "Мар'яна Коваль", NULL };

  kolo_event_set_city (f->event, "Житомир");
  kolo_event_set_organizer (f->event, "ГО «Коло»");
  kolo_event_set_trainers (f->event, trainers);
  kolo_certificates_set_series (certs (f), "ХОУНБ-2013-");
  kolo_certificates_set_signer_name (certs (f), 0, "Людмила Бойко");
  kolo_certificates_set_signer_position (certs (f), 0, "Директорка бібліотеки");
  kolo_certificates_set_signer_name (certs (f), 2, "Оксана Мельник");
  kolo_certificates_set_signer_position (certs (f), 2, "Тренерка");
}

static void
test_pdf_contents (Fixture       *f,
                   gconstpointer  data)
{
  static const char * const names[] = { "Олена Коваль", "Петро Мельник", "Алекс Шевчук" };
  static const char * const places[] = { "ЦБС м. Коростеня", "Обласна бібліотека для юнацтва",
                                         NULL };
  g_autofree char *path = NULL;
  g_autofree char *size = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *creator = NULL;

  if (!kolo_test_have_poppler ())
    return;

  dress_event (f);
  add (f, names[0], places[0], KOLO_GENDER_FEMININE, BOTH);
  add (f, names[1], places[1], KOLO_GENDER_MASCULINE, BOTH);
  add (f, "Ніхто Ніде", "", KOLO_GENDER_UNKNOWN, DAY1);
  add (f, names[2], "", KOLO_GENDER_UNKNOWN, BOTH);

  path = write_certificates (f, NULL, "certificates.pdf");
  g_assert_cmpint (kolo_test_pdf_pages (path), ==, 3);
  size = kolo_test_pdf_info (path, "Page size");
  g_assert_true (g_str_has_suffix (size, "pts (A4)"));
  g_assert_true (g_str_has_prefix (size, "841.89 x 595.2"));
  title = kolo_test_pdf_info (path, "Title");
  g_assert_cmpstr (title, ==, "Орієнтація на клієнта");
  author = kolo_test_pdf_info (path, "Author");
  g_assert_cmpstr (author, ==, "ГО «Коло»");
  creator = kolo_test_pdf_info (path, "Creator");
  g_assert_cmpstr (creator, ==, "Kolo");

  /* One page each, in the list's order, each with their own name and
   * number and everything the certificates share. */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *text = pdf_layout_text (path, i + 1);
      g_autofree char *number = g_strdup_printf ("No. ХОУНБ-2013-%03u", i + 1);

      assert_has (text, "CERTIFICATE");
      assert_has (text, number);
      assert_has (text, names[i]);
      if (places[i] != NULL)
        assert_has (text, places[i]);
      assert_has (text, "completed the training “Орієнтація на клієнта” (15 academic hours)");
      assert_has (text, "11–12 November 2013 · Житомир");
      assert_has (text, "Trainers: Оксана Мельник, Мар’яна Коваль");
      assert_has (text, "Organizer: ГО «Коло»");
      assert_has (text, "Людмила Бойко");
      assert_has (text, "Директорка бібліотеки");
      assert_has (text, "Оксана Мельник");
      assert_has (text, "Тренерка");
      /* Nobody else's. */
      for (guint j = 0; j < G_N_ELEMENTS (names); j++)
        if (j != i)
          assert_lacks (text, names[j]);
      assert_lacks (text, "Ніхто Ніде");
    }

  /* Full hours, one of them, and none: the wording follows. */
  kolo_certificates_set_hour_kind (certs (f), KOLO_HOURS_FULL);
  g_clear_pointer (&path, g_free);
  path = write_certificates (f, NULL, "full.pdf");
  {
    g_autofree char *text = pdf_layout_text (path, 1);

    assert_has (text, "“Орієнтація на клієнта” (11 hours)");
  }
  kolo_certificates_set_hours_override (certs (f), 1);
  g_clear_pointer (&path, g_free);
  path = write_certificates (f, NULL, "one.pdf");
  {
    g_autofree char *text = pdf_layout_text (path, 1);

    assert_has (text, "“Орієнтація на клієнта” (1 hour)");
  }

  /* Printing again gives the same numbers. */
  assert_numbers (f, "Олена Коваль=ХОУНБ-2013-001|Петро Мельник=ХОУНБ-2013-002|"
                     "Ніхто Ніде=-|Алекс Шевчук=ХОУНБ-2013-003");
}

/* The fewest details: no city, organizer, trainers, signers or hours. */
static void
test_pdf_bare (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) imported = NULL;
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GPtrArray) eligible = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  static const char event_file[] =
    "{\"format\": \"kolo-event\", \"version\": 3, \"title\": \"Коротко\",\n"
    " \"days\": [{\"date\": \"2013-11-29\", \"start\": \"10:00\", \"modules\": []}],\n"
    " \"participants\": [{\"name\": \"Ганна Литвин\", \"attended\": [0]}]}\n";
  KoloCertificates *certificates;

  if (!kolo_test_have_poppler ())
    return;

  imported = kolo_store_import (f->store, event_file, strlen (event_file), &error);
  g_assert_no_error (error);
  certificates = kolo_event_get_certificates (KOLO_EVENT (imported));
  eligible = kolo_certificates_get_eligible (certificates);
  g_assert_cmpuint (eligible->len, ==, 1);
  g_assert_true (kolo_certificates_write_pdf (certificates, eligible, out, NULL, &error));
  g_assert_no_error (error);
  bytes = steal_bytes (out);
  path = save (f, "bare.pdf", bytes);

  g_assert_cmpint (kolo_test_pdf_pages (path), ==, 1);
  text = pdf_layout_text (path, 1);
  assert_has (text, "CERTIFICATE No. 001 Ганна Литвин completed the training “Коротко” "
                    "29 November 2013");
  assert_lacks (text, "hour");
  assert_lacks (text, "Trainer");
  assert_lacks (text, "Organizer");
}

/* The sentence agrees with the person in Ukrainian: «пройшла», «пройшов»,
 * and a wording with no verb to agree when the gender is not known. */
static void
test_pdf_gender (Fixture       *f,
                 gconstpointer  data)
{
  Saved saved = { 0 };
  g_autofree char *path = NULL;
  const char *expected[] = {
    "Олена Коваль пройшла навчання за програмою тренінгу «Орієнтація на клієнта» "
      "обсягом 15 академічних годин",
    "Петро Мельник пройшов навчання за програмою тренінгу «Орієнтація на клієнта» "
      "обсягом 15 академічних годин",
    "Алекс Шевчук за проходження навчання за програмою тренінгу «Орієнтація на клієнта» "
      "обсягом 15 академічних годин",
  };

  if (!kolo_test_have_poppler ())
    return;

  add (f, "Олена Коваль", "", KOLO_GENDER_FEMININE, BOTH);
  add (f, "Петро Мельник", "", KOLO_GENDER_MASCULINE, BOTH);
  add (f, "Алекс Шевчук", "", KOLO_GENDER_UNKNOWN, BOTH);
  if (!use_test_ukrainian (f, &saved))
    return;
  path = write_certificates (f, NULL, "uk.pdf");
  restore_language (&saved);

  g_assert_cmpint (kolo_test_pdf_pages (path), ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *text = pdf_layout_text (path, i + 1);
      g_autofree char *number = g_strdup_printf ("№ %03u", i + 1);

      assert_has (text, "СЕРТИФІКАТ");
      assert_has (text, number);
      assert_has (text, expected[i]);
      assert_has (text, "11–12 листопада 2013");
      if (i != 0)
        assert_lacks (text, "пройшла");
      if (i != 1)
        assert_lacks (text, "пройшов");
      assert_lacks (text, "completed");
    }

  /* The plural forms of the hours. */
  kolo_certificates_set_hours_override (certs (f), 21);
  g_assert_true (use_test_ukrainian (f, &saved));
  g_clear_pointer (&path, g_free);
  path = write_certificates (f, NULL, "uk-21.pdf");
  restore_language (&saved);
  {
    g_autofree char *text = pdf_layout_text (path, 1);

    assert_has (text, "«Орієнтація на клієнта» обсягом 21 академічна година");
  }
  kolo_certificates_set_hours_override (certs (f), 22);
  g_assert_true (use_test_ukrainian (f, &saved));
  g_clear_pointer (&path, g_free);
  path = write_certificates (f, NULL, "uk-22.pdf");
  restore_language (&saved);
  {
    g_autofree char *text = pdf_layout_text (path, 1);

    assert_has (text, "«Орієнтація на клієнта» обсягом 22 академічні години");
  }
}

/* With the translation Kolo ships, once po/uk.po has the sentences. */
static void
test_pdf_shipped_ukrainian (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *saved_locale = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *saved_language = g_strdup (g_getenv ("LANGUAGE"));
  g_autofree char *path = NULL;
  g_autofree char *feminine = NULL;
  g_autofree char *masculine = NULL;

  if (!kolo_test_have_poppler ())
    return;
  if (!kolo_test_have_locale ("uk_UA.UTF-8"))
    {
      g_test_skip ("the uk_UA.UTF-8 locale is not available");
      return;
    }

  add (f, "Олена Коваль", "", KOLO_GENDER_FEMININE, BOTH);
  add (f, "Петро Мельник", "", KOLO_GENDER_MASCULINE, BOTH);
  g_setenv ("LANGUAGE", "uk", TRUE);
  g_assert_nonnull (setlocale (LC_ALL, "uk_UA.UTF-8"));
  path = write_certificates (f, NULL, "uk.pdf");
  feminine = g_strdup (C_("certificate, feminine", "completed the training “%s”"));
  masculine = g_strdup (C_("certificate, masculine", "completed the training “%s”"));
  setlocale (LC_ALL, saved_locale);
  if (saved_language != NULL)
    g_setenv ("LANGUAGE", saved_language, TRUE);
  else
    g_unsetenv ("LANGUAGE");

  g_assert_cmpint (kolo_test_pdf_pages (path), ==, 2);
  if (g_str_equal (feminine, "completed the training “%s”"))
    {
      g_test_message ("po/uk.po does not translate the certificate’s sentences yet");
      return;
    }

  {
    g_autofree char *first = pdf_layout_text (path, 1);
    g_autofree char *second = pdf_layout_text (path, 2);

    g_assert_nonnull (strstr (feminine, "пройшла"));
    g_assert_nonnull (strstr (masculine, "пройшов"));
    assert_has (first, "пройшла");
    assert_lacks (first, "пройшов");
    assert_has (second, "пройшов");
    assert_lacks (second, "пройшла");
    assert_has (first, "«Орієнтація на клієнта»");
  }
}

/* Typewriter marks come out as print has them: ’ for ', «» for "". */
static void
test_pdf_typography (Fixture       *f,
                     gconstpointer  data)
{
  Saved saved = { 0 };
  g_autofree char *path = NULL;
  g_autofree char *uk_path = NULL;

  if (!kolo_test_have_poppler ())
    return;

  kolo_event_set_title (f->event, "Служба \"Довіри\" для під'єднаних");
  kolo_event_set_city (f->event, "Кам'янець-Подільський");
  kolo_certificates_set_signer_name (certs (f), 1, "Мар'яна О'Коннор");
  kolo_certificates_set_signer_position (certs (f), 1, "Директорка \"Світоча\"");
  add (f, "Мар'ян Дем'янчук", "Бібліотека \"Світоч\" ім. В'ячеслава", KOLO_GENDER_MASCULINE,
       BOTH);

  path = write_certificates (f, NULL, "marks.pdf");
  {
    g_autofree char *text = pdf_layout_text (path, 1);

    assert_has (text, "Мар’ян Дем’янчук");
    assert_has (text, "Бібліотека «Світоч» ім. В’ячеслава");
    assert_has (text, "“Служба «Довіри» для під’єднаних”");
    assert_has (text, "Кам’янець-Подільський");
    assert_has (text, "Мар’яна О’Коннор");
    assert_has (text, "Директорка «Світоча»");
    g_assert_null (strstr (text, "'"));
    g_assert_null (strstr (text, "\""));
  }

  /* A title in quotes of its own is not quoted twice; inside «» the
   * inner quotes are „“. */
  kolo_event_set_title (f->event, "«Орієнтація на клієнта»");
  g_clear_pointer (&path, g_free);
  path = write_certificates (f, NULL, "quoted.pdf");
  {
    g_autofree char *text = pdf_layout_text (path, 1);

    assert_has (text, "completed the training “Орієнтація на клієнта”");
    assert_lacks (text, "«Орієнтація");
    assert_lacks (text, "клієнта»");
  }

  kolo_event_set_title (f->event, "Служба \"Довіри\"");
  if (!use_test_ukrainian (f, &saved))
    return;
  uk_path = write_certificates (f, NULL, "marks-uk.pdf");
  restore_language (&saved);
  {
    g_autofree char *text = pdf_layout_text (uk_path, 1);

    assert_has (text, "пройшов навчання за програмою тренінгу «Служба „Довіри“»");
  }
  kolo_event_set_title (f->event, "«Служба „Довіри“»");
  g_assert_true (use_test_ukrainian (f, &saved));
  g_clear_pointer (&uk_path, g_free);
  uk_path = write_certificates (f, NULL, "marks-uk2.pdf");
  restore_language (&saved);
  {
    g_autofree char *text = pdf_layout_text (uk_path, 1);

    assert_has (text, "пройшов навчання за програмою тренінгу «Служба „Довіри“»");
    assert_lacks (text, "««");
  }
}

/* Markup characters are text. */
static void
test_pdf_markup (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  if (!kolo_test_have_poppler ())
    return;

  kolo_event_set_title (f->event, "Тренінг <b>&amp;</b>");
  kolo_event_set_organizer (f->event, "ГО <span foreground=\"red\">Коло</span>");
  kolo_certificates_set_signer_name (certs (f), 0, "<i>Підпис</i> & Ко");
  add (f, "Олена <b>Коваль</b> & Co", "ЦБС <big>&#x41;</big>", KOLO_GENDER_FEMININE, BOTH);

  path = write_certificates (f, NULL, "markup.pdf");
  text = pdf_layout_text (path, 1);
  assert_has (text, "Олена <b>Коваль</b> & Co");
  assert_has (text, "ЦБС <big>&#x41;</big>");
  assert_has (text, "“Тренінг <b>&amp;</b>”");
  assert_has (text, "ГО <span foreground=«red»>Коло</span>");
  assert_has (text, "<i>Підпис</i> & Ко");
}

/* The longest name and institution the model takes are on the page whole,
 * inside the frame, above the signatures; one page each still. */
static void
test_pdf_long_texts (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(GString) place = g_string_new (NULL);
  g_autoptr(GString) title = g_string_new (NULL);
  g_autoptr(GString) position = g_string_new (NULL);
  static const char * const name_words[] = {
    "Олександра", "Володимирівна", "Костянтинопольська-Новоград-Волинська", "Шевченко",
  };
  static const char * const place_words[] = {
    "Комунальний", "заклад", "«Житомирська", "обласна", "універсальна", "наукова",
    "бібліотека", "імені", "Олега", "Ольжича»", "Житомирської", "обласної", "ради",
  };
  g_autofree char *path = NULL;
  guint n;

  if (!kolo_test_have_poppler ())
    return;

  /* As many words as fit in 200 characters, the most a name takes. */
  for (n = 0; g_utf8_strlen (name_words[n % G_N_ELEMENTS (name_words)], -1) + 1 +
              g_utf8_strlen (name->str, -1) <= 200; n++)
    g_string_append_printf (name, "%s%s", n ? " " : "", name_words[n % G_N_ELEMENTS (name_words)]);
  for (n = 0; g_utf8_strlen (place_words[n % G_N_ELEMENTS (place_words)], -1) + 1 +
              g_utf8_strlen (place->str, -1) <= 200; n++)
    g_string_append_printf (place, "%s%s", n ? " " : "",
                            place_words[n % G_N_ELEMENTS (place_words)]);
  while (g_utf8_strlen (title->str, -1) < KOLO_TITLE_MAX_CHARS - 24)
    g_string_append (title, "Дуже довга назва тренінгу ");
  g_string_truncate (title, title->len - 1);
  while (g_utf8_strlen (position->str, -1) < 120)
    g_string_append (position, "заступниця директора з наукової роботи ");
  g_string_truncate (position, position->len - 1);
  g_assert_cmpuint (g_utf8_strlen (name->str, -1), >, 150);
  g_assert_cmpuint (g_utf8_strlen (name->str, -1), <=, 200);
  g_assert_cmpuint (g_utf8_strlen (place->str, -1), >, 150);
  g_assert_cmpuint (g_utf8_strlen (place->str, -1), <=, 200);

  dress_event (f);
  kolo_certificates_set_signer_name (certs (f), 1, "Підписантка Друга");
  kolo_certificates_set_signer_position (certs (f), 1, position->str);
  add (f, "Олена Коваль", "ЦБС", KOLO_GENDER_FEMININE, BOTH);
  add (f, name->str, place->str, KOLO_GENDER_FEMININE, BOTH);
  add (f, "Петро Мельник", place->str, KOLO_GENDER_MASCULINE, BOTH);
  add (f, name->str, "", KOLO_GENDER_UNKNOWN, BOTH);

  for (guint pass = 0; pass < 3; pass++)
    {
      static const char * const files[] = { "long.pdf", "longest.pdf", "everything.pdf" };

      g_clear_pointer (&path, g_free);
      if (pass == 1)
        {
          /* And with the longest title, too. */
          kolo_event_set_title (f->event, title->str);
          g_assert_cmpstr (kolo_event_get_title (f->event), ==, title->str);
        }
      else if (pass == 2)
        {
          /* And the longest city and organizer, and six trainers. */
          static const char * const trainers[] = {
            "Оксана Мельник-Ковальчук", "Мар’яна Коваль-Шевченко", "Олександра Костянтинівна",
            "Володимир Олександрович", "Тетяна Поліщук-Левченко", "Людмила Бондаренко", NULL
          };

          kolo_event_set_city (f->event, place->str);
          kolo_event_set_organizer (f->event, place->str);
          kolo_event_set_trainers (f->event, trainers);
        }
      path = write_certificates (f, NULL, files[pass]);
      g_assert_cmpint (kolo_test_pdf_pages (path), ==, 4);

      for (int page = 1; page <= 4; page++)
        {
          g_autofree char *text = kolo_test_pdf_text (path, page);
          g_autoptr(GPtrArray) words = NULL;
          double width, height, signatures_top;
          Word *signer;

          if (page == 2 || page == 4)
            assert_all_words (text, name->str);
          if (page == 2 || page == 3)
            assert_all_words (text, place->str);
          if (pass >= 1)
            assert_all_words (text, title->str);
          if (pass == 2)
            assert_all_words (text, "Людмила Бондаренко");
          assert_has (text, "Людмила Бойко");
          assert_has (text, "Оксана Мельник");

          words = pdf_words (path, page, &width, &height);
          g_assert_cmpfloat_with_epsilon (width, A4_LONG, 0.01);
          g_assert_cmpfloat_with_epsilon (height, A4_SHORT, 0.01);
          g_assert_cmpuint (words->len, >, 20);
          signer = find_word (words, "Бойко");
          g_assert_nonnull (signer);
          /* The signatures' names are 2.5 mm under their rules, and the
           * signatures' images 15 mm above: nothing of the middle there. */
          signatures_top = signer->y0 - 2.5 * MM - 15.0 * MM;
          for (guint i = 0; i < words->len; i++)
            {
              Word *word = words->pdata[i];

              if (word->x0 < CERT_MARGIN_X - 1 || word->x1 > A4_LONG - CERT_MARGIN_X + 1 ||
                  word->y0 < CERT_FRAME || word->y1 > A4_SHORT - CERT_FRAME)
                g_test_fail_printf ("page %d: “%s” (%.1f, %.1f)–(%.1f, %.1f) is outside the "
                                    "page's text", page, word->text, word->x0, word->y0,
                                    word->x1, word->y1);
              if (word->y0 < signer->y0 - 1 && word->y1 > signatures_top)
                g_test_fail_printf ("page %d: “%s” (%.1f, %.1f)–(%.1f, %.1f) is on the "
                                    "signatures (from %.1f down)", page, word->text, word->x0,
                                    word->y0, word->x1, word->y1, signatures_top);
            }
          /* The trainers' line, last of the middle, is there. */
          g_assert_nonnull (find_word (words, "Trainers:"));
        }
    }
}

/* Images -------------------------------------------------------------------- */

static void
test_pdf_images (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GBytes) logo = make_png (240, 80, 0.1);
  g_autoptr(GBytes) signature = make_png (150, 50, 0.8);
  g_autoptr(GBytes) other = make_png (90, 60, 0.5);
  g_autofree char *path = NULL;
  g_autofree char *pdfimages = g_find_program_in_path ("pdfimages");

  if (!kolo_test_have_poppler ())
    return;

  dress_event (f);
  add (f, "Олена Коваль", "ЦБС м. Коростеня", KOLO_GENDER_FEMININE, BOTH);
  add (f, "Петро Мельник", "", KOLO_GENDER_MASCULINE, BOTH);
  kolo_certificates_set_logo (certs (f), logo);
  kolo_certificates_set_signature (certs (f), 0, signature);
  kolo_certificates_set_signature (certs (f), 2, other);

  path = write_certificates (f, NULL, "images.pdf");
  g_assert_cmpint (kolo_test_pdf_pages (path), ==, 2);
  {
    g_autofree char *text = pdf_layout_text (path, 2);

    assert_has (text, "Петро Мельник");
    assert_has (text, "Людмила Бойко");
  }
  if (pdfimages != NULL)
    {
      const char *argv[] = { "pdfimages", "-list", path, NULL };
      g_autofree char *list = kolo_test_run_tool (argv);
      g_auto(GStrv) lines = g_strsplit (list, "\n", -1);
      guint images[3] = { 0 };

      /* "page num type width height…": three images on each page, of the
       * sizes they were drawn at. */
      for (guint i = 2; lines[i] != NULL; i++)
        {
          int page = 0, width = 0, height = 0;
          char type[16];

          if (sscanf (lines[i], "%d %*d %15s %d %d", &page, type, &width, &height) == 4 &&
              page >= 1 && page <= 2 && g_str_equal (type, "image"))
            {
              images[page]++;
              g_assert_true ((width == 240 && height == 80) || (width == 150 && height == 50) ||
                             (width == 90 && height == 60));
            }
        }
      g_assert_cmpuint (images[1], ==, 3);
      g_assert_cmpuint (images[2], ==, 3);
    }

  /* The images are kept with the event. */
  reopen (f);
  g_assert_true (g_bytes_equal (kolo_certificates_get_logo (certs (f)), logo));
  g_assert_true (g_bytes_equal (kolo_certificates_get_signature (certs (f), 0), signature));
  g_assert_null (kolo_certificates_get_signature (certs (f), 1));
  g_assert_true (g_bytes_equal (kolo_certificates_get_signature (certs (f), 2), other));
  g_assert_cmpstr (kolo_certificates_get_signer_name (certs (f), 2), ==, "Оксана Мельник");

  /* Removed, for good. */
  kolo_certificates_set_logo (certs (f), NULL);
  g_assert_null (kolo_certificates_get_logo (certs (f)));
  reopen (f);
  g_assert_null (kolo_certificates_get_logo (certs (f)));
}

/* Bytes that are no image: an error that says which. */
static void
test_pdf_bad_images (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GBytes) junk = g_bytes_new_static ("GIF89a not really", 17);
  g_autoptr(GBytes) good = make_png (30, 10, 0.2);
  g_autoptr(GPtrArray) eligible = NULL;
  g_autoptr(GError) error = NULL;

  dress_event (f);
  add (f, "Олена Коваль", "", KOLO_GENDER_FEMININE, BOTH);
  eligible = kolo_certificates_get_eligible (certs (f));

  kolo_certificates_set_logo (certs (f), junk);
  {
    g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

    g_assert_false (kolo_certificates_write_pdf (certs (f), eligible, out, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
    g_assert_cmpstr (error->message, ==, "The logo cannot be printed: The image is neither a PNG "
                                         "nor an RGB or greyscale JPEG image");
    g_clear_error (&error);
  }
  kolo_certificates_set_logo (certs (f), good);

  /* Line 3 is the second line in use; the message names the line the
   * user set. */
  kolo_certificates_set_signature (certs (f), 2, junk);
  {
    g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

    g_assert_false (kolo_certificates_write_pdf (certs (f), eligible, out, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
    g_assert_cmpstr (error->message, ==, "Signature 3 cannot be printed: The image is neither a "
                                         "PNG nor an RGB or greyscale JPEG image");
    g_clear_error (&error);
  }
}

/* In the background ------------------------------------------------------ */

typedef struct
{
  GArray       *done;      /* of guint, as told */
  guint         total;
  gboolean      finished;
  gboolean      progress_after_finish;
  GError       *error;
} Async;

static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  Async *async = user_data;

  if (async->finished)
    async->progress_after_finish = TRUE;
  g_array_append_val (async->done, done);
  async->total = total;
}

static void
written_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Async *async = user_data;

  g_assert_false (async->finished);
  kolo_certificates_write_pdf_finish (KOLO_CERTIFICATES (object), result, &async->error);
  async->finished = TRUE;
}

static void
async_wait (Async *async)
{
  while (!async->finished)
    g_main_context_iteration (NULL, TRUE);
  /* Anything still queued would come now. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
async_clear (Async *async)
{
  g_clear_pointer (&async->done, g_array_unref);
  g_clear_error (&async->error);
}

static void
test_async (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GPtrArray) eligible = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  Async async = { g_array_new (FALSE, FALSE, sizeof (guint)) };
  guint n = 60;

  if (!kolo_test_have_poppler ())
    return;

  dress_event (f);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Учасниця %02u", i + 1);

      add (f, name, "ЦБС", KOLO_GENDER_FEMININE, BOTH);
    }
  eligible = kolo_certificates_get_eligible (certs (f));
  g_assert_cmpuint (eligible->len, ==, n);

  kolo_certificates_write_pdf_async (certs (f), eligible, out, progress_cb, &async, NULL,
                                     written_cb, &async);
  /* The numbers are given before the worker starts. */
  g_assert_cmpstr (kolo_participant_get_certificate (eligible->pdata[n - 1]), ==,
                   "ХОУНБ-2013-060");
  async_wait (&async);
  g_assert_no_error (async.error);
  g_assert_false (async.progress_after_finish);

  /* Told in order, up to all of them. */
  g_assert_cmpuint (async.done->len, >=, 1);
  g_assert_cmpuint (async.done->len, <=, n);
  g_assert_cmpuint (async.total, ==, n);
  for (guint i = 1; i < async.done->len; i++)
    g_assert_cmpuint (g_array_index (async.done, guint, i - 1), <,
                      g_array_index (async.done, guint, i));
  g_assert_cmpuint (g_array_index (async.done, guint, async.done->len - 1), ==, n);
  g_test_message ("progress told %u times", async.done->len);

  /* The stream is flushed, not closed: the caller closes it. */
  g_assert_false (g_output_stream_is_closed (out));
  bytes = steal_bytes (out);
  path = save (f, "async.pdf", bytes);
  g_assert_cmpint (kolo_test_pdf_pages (path), ==, (int) n);
  {
    g_autofree char *text = pdf_layout_text (path, n);

    assert_has (text, "Учасниця 60");
    assert_has (text, "No. ХОУНБ-2013-060");
  }
  async_clear (&async);
}

/* A memory stream that cancels @cancellable once @after bytes came: a
 * user who presses Cancel while the pages are being written. */
typedef struct
{
  GMemoryOutputStream  parent_instance;
  GCancellable        *cancellable;
  gsize                after;
  gsize                written;
} CancelStream;

typedef struct
{
  GMemoryOutputStreamClass parent_class;
} CancelStreamClass;

GType cancel_stream_get_type (void);
G_DEFINE_TYPE (CancelStream, cancel_stream, G_TYPE_MEMORY_OUTPUT_STREAM)

static gssize
cancel_stream_write (GOutputStream  *stream,
                     const void     *buffer,
                     gsize           count,
                     GCancellable   *cancellable,
                     GError        **error)
{
  CancelStream *self = (CancelStream *) stream;
  gssize n;

  n = G_OUTPUT_STREAM_CLASS (cancel_stream_parent_class)->write_fn (stream, buffer, count,
                                                                   cancellable, error);
  if (n > 0)
    {
      self->written += n;
      if (self->written >= self->after)
        g_cancellable_cancel (self->cancellable);
    }
  return n;
}

static void
cancel_stream_finalize (GObject *object)
{
  CancelStream *self = (CancelStream *) object;

  g_clear_object (&self->cancellable);
  G_OBJECT_CLASS (cancel_stream_parent_class)->finalize (object);
}

static void
cancel_stream_class_init (CancelStreamClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cancel_stream_finalize;
  G_OUTPUT_STREAM_CLASS (klass)->write_fn = cancel_stream_write;
}

static void
cancel_stream_init (CancelStream *self)
{
}

static GOutputStream *
cancel_stream_new (GCancellable *cancellable,
                   gsize         after)
{
  CancelStream *self = g_object_new (cancel_stream_get_type (),
                                     "realloc-function", g_realloc,
                                     "destroy-function", g_free,
                                     NULL);

  self->cancellable = g_object_ref (cancellable);
  self->after = after;
  return G_OUTPUT_STREAM (self);
}

static void
test_async_cancel (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) stopping = NULL;
  g_autoptr(GPtrArray) eligible = NULL;
  Async before = { g_array_new (FALSE, FALSE, sizeof (guint)) };
  Async during = { g_array_new (FALSE, FALSE, sizeof (guint)) };
  guint n = 30;

  dress_event (f);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Учасник %02u", i + 1);

      add (f, name, "ЦБС", KOLO_GENDER_MASCULINE, BOTH);
    }
  eligible = kolo_certificates_get_eligible (certs (f));

  /* Cancelled before it starts: nothing written, no number given. */
  g_cancellable_cancel (cancellable);
  kolo_certificates_write_pdf_async (certs (f), eligible, out, progress_cb, &before,
                                     cancellable, written_cb, &before);
  async_wait (&before);
  g_assert_error (before.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (before.done->len, ==, 0);
  g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)), ==, 0);
  g_assert_false (g_output_stream_is_closed (out));
  g_assert_null (kolo_participant_get_certificate (eligible->pdata[0]));
  g_assert_cmpuint (f->write_failed, ==, 0);
  async_clear (&before);

  /* Cancelled once the first bytes are out: the worker stops, the stream
   * is left open for its owner to drop, and the numbers stay given. */
  g_cancellable_reset (cancellable);
  stopping = cancel_stream_new (cancellable, 1);
  kolo_certificates_write_pdf_async (certs (f), eligible, stopping, progress_cb, &during,
                                     cancellable, written_cb, &during);
  async_wait (&during);
  g_assert_error (during.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (during.progress_after_finish);
  for (guint i = 0; i < during.done->len; i++)
    g_assert_cmpuint (g_array_index (during.done, guint, i), <, n);
  g_assert_false (g_output_stream_is_closed (stopping));
  g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stopping)), <,
                    4096);
  g_assert_cmpstr (kolo_participant_get_certificate (eligible->pdata[n - 1]), ==,
                   "ХОУНБ-2013-030");
  async_clear (&during);

  /* The blocking one: the same. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GOutputStream) again = g_memory_output_stream_new_resizable ();

    g_assert_false (kolo_certificates_write_pdf (certs (f), eligible, again, cancellable, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (again)), ==,
                      0);
  }
}

/* A stream that fails is an error, not a crash or a half-success. */
static void
test_write_error (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GOutputStream) full = g_memory_output_stream_new (NULL, 0, NULL, NULL);
  g_autoptr(GPtrArray) eligible = NULL;
  g_autoptr(GError) error = NULL;

  add (f, "Олена Коваль", "", KOLO_GENDER_FEMININE, BOTH);
  eligible = kolo_certificates_get_eligible (certs (f));

  /* A fixed-size memory stream of 0 bytes refuses the first write. */
  g_assert_false (kolo_certificates_write_pdf (certs (f), eligible, full, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_clear_error (&error);
  g_assert_false (kolo_signin_write_pdf (f->event, day (f->event, 0), full, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
}

/* Nobody to print for: an error, not an empty PDF. */
static void
test_nobody (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GPtrArray) eligible = NULL;
  g_autoptr(GError) error = NULL;
  Async async = { g_array_new (FALSE, FALSE, sizeof (guint)) };

  add (f, "Ніхто Ніде", "", KOLO_GENDER_UNKNOWN, DAY1);
  eligible = kolo_certificates_get_eligible (certs (f));
  g_assert_cmpuint (eligible->len, ==, 0);

  g_assert_false (kolo_certificates_write_pdf (certs (f), eligible, out, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "There is nobody to print certificates for");
  g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)), ==, 0);

  kolo_certificates_write_pdf_async (certs (f), eligible, out, progress_cb, &async, NULL,
                                     written_cb, &async);
  async_wait (&async);
  g_assert_error (async.error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_cmpuint (async.done->len, ==, 0);
  g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)), ==, 0);
  async_clear (&async);
}

/* Sign-in sheets ------------------------------------------------------------ */

static void
test_signin (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *second = NULL;
  g_autofree char *text = NULL;
  g_autofree char *size = NULL;

  if (!kolo_test_have_poppler ())
    return;

  kolo_event_set_city (f->event, "Кам'янець-Подільський");
  add (f, "Петро Мельник", "Обласна бібліотека для юнацтва", KOLO_GENDER_MASCULINE, NONE);
  add (f, "Олена <b>Коваль</b> & Co", "ЦБС м. Коростеня", KOLO_GENDER_FEMININE, BOTH);
  add (f, "Анна Бойко", "", KOLO_GENDER_UNKNOWN, DAY2);

  path = write_signin (f, 0, "signin.pdf");
  g_assert_cmpint (kolo_test_pdf_pages (path), ==, 1);
  size = kolo_test_pdf_info (path, "Page size");
  g_assert_true (g_str_has_prefix (size, "595.2"));
  g_assert_true (g_str_has_suffix (size, "x 841.89 pts (A4)"));
  text = pdf_layout_text (path, 1);
  assert_has (text, "SIGN-IN SHEET");
  assert_has (text, "Орієнтація на клієнта");
  assert_has (text, "Day 1 Monday, 11 November 2013 · Кам’янець-Подільський");
  assert_has (text, "NO. FULL NAME INSTITUTION SIGNATURE");
  /* Everyone, whether they came or not, by name. */
  assert_has (text, "1 Анна Бойко");
  assert_has (text, "2 Олена <b>Коваль</b> & Co ЦБС м. Коростеня");
  assert_has (text, "3 Петро Мельник Обласна бібліотека для юнацтва");
  assert_has (text, "Page 1 of 1");

  second = write_signin (f, 1, "signin-2.pdf");
  g_clear_pointer (&text, g_free);
  text = pdf_layout_text (second, 1);
  assert_has (text, "Day 2 Tuesday, 12 November 2013");
  assert_has (text, "Петро Мельник");
}

/* By name as the locale sorts them, whatever the case. */
static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  g_autofree char *x = g_utf8_casefold (*(const char * const *) a, -1);
  g_autofree char *y = g_utf8_casefold (*(const char * const *) b, -1);

  return g_utf8_collate (x, y);
}

/* Eighty people go on over pages: every one once, in order, under the
 * columns' heading on every page. */
static void
test_signin_many (Fixture       *f,
                  gconstpointer  data)
{
  static const char * const last_names[] = {
    "Бондаренко", "Мельничук", "Ткаченко", "Кравчук", "Олійник", "Поліщук", "Савчук",
    "Левченко", "Гуменюк", "Романюк",
  };
  static const char * const first_names[] = {
    "Ольга", "Тетяна", "Наталія", "Мар’яна", "Ірина", "Людмила", "Валентина", "Світлана",
  };
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) all = g_string_new (NULL);
  g_autofree char *path = NULL;
  guint n = G_N_ELEMENTS (last_names) * G_N_ELEMENTS (first_names);
  gsize last = 0;
  int pages;

  if (!kolo_test_have_poppler ())
    return;

  g_assert_cmpuint (n, ==, 80);
  /* Added in an order other than by name. */
  for (guint i = 0; i < n; i++)
    {
      guint k = (i * 37) % n;
      g_autofree char *name = g_strdup_printf ("%s %s", last_names[k % G_N_ELEMENTS (last_names)],
                                               first_names[k / G_N_ELEMENTS (last_names)]);

      add (f, name, "Житомирська обласна бібліотека для дітей", KOLO_GENDER_FEMININE, NONE);
      g_ptr_array_add (sorted, g_steal_pointer (&name));
    }
  g_ptr_array_sort (sorted, compare_names);

  path = write_signin (f, 0, "many.pdf");
  pages = kolo_test_pdf_pages (path);
  g_assert_cmpint (pages, >=, 2);
  g_assert_cmpint (pages, <=, 6);

  for (int page = 1; page <= pages; page++)
    {
      g_autofree char *text = pdf_layout_text (path, page);
      g_autofree char *footer = g_strdup_printf ("Page %d of %d", page, pages);
      g_autoptr(GPtrArray) words = NULL;
      double width, height;

      assert_has (text, "NO. FULL NAME INSTITUTION SIGNATURE");
      assert_has (text, footer);
      if (page > 1)
        assert_has (text, "Орієнтація на клієнта · Day 1 · Monday, 11 November 2013");
      g_string_append_printf (all, "%s ", text);

      /* Inside the page's margins. */
      words = pdf_words (path, page, &width, &height);
      for (guint i = 0; i < words->len; i++)
        {
          Word *word = words->pdata[i];

          if (word->x0 < SIGNIN_MARGIN_X - 1 || word->x1 > A4_SHORT - SIGNIN_MARGIN_X + 1 ||
              word->y0 < 5 * MM || word->y1 > A4_LONG - 10 * MM)
            g_test_fail_printf ("page %d: “%s” is outside the margins", page, word->text);
        }
    }

  /* Each once, numbered in order of their names. */
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *row = g_strdup_printf (" %u %s Житомирська", i + 1,
                                              (const char *) sorted->pdata[i]);
      const char *at;

      g_assert_cmpuint (count_in (all->str, sorted->pdata[i]), ==, 1);
      assert_has (all->str, row);
      at = strstr (all->str, sorted->pdata[i]);
      g_assert_nonnull (at);
      g_assert_cmpuint (at - all->str, >, last);
      last = at - all->str;
    }
}

/* A long name and institution wrap inside their columns. */
static void
test_signin_long (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(GString) place = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) words = NULL;
  double width, height;

  if (!kolo_test_have_poppler ())
    return;

  while (g_utf8_strlen (name->str, -1) < 180)
    g_string_append (name, "Олександра Костянтинівна ");
  g_string_truncate (name, name->len - 1);
  while (g_utf8_strlen (place->str, -1) < 180)
    g_string_append (place, "Обласна універсальна наукова бібліотека ");
  g_string_truncate (place, place->len - 1);
  add (f, name->str, place->str, KOLO_GENDER_FEMININE, NONE);
  add (f, "Яна Ящук", "ЦБС", KOLO_GENDER_FEMININE, NONE);

  path = write_signin (f, 0, "long.pdf");
  g_assert_cmpint (kolo_test_pdf_pages (path), ==, 1);
  text = kolo_test_pdf_text (path, 1);
  assert_all_words (text, name->str);
  assert_all_words (text, place->str);
  assert_has (text, "Яна Ящук");

  words = pdf_words (path, 1, &width, &height);
  for (guint i = 0; i < words->len; i++)
    {
      Word *word = words->pdata[i];

      if (g_str_equal (word->text, "Олександра") || g_str_equal (word->text, "Костянтинівна"))
        {
          if (word->x0 < SIGNIN_NAME_X0 || word->x1 > SIGNIN_NAME_X1)
            g_test_fail_printf ("“%s” is outside the name's column", word->text);
        }
      else if (g_str_equal (word->text, "Обласна") || g_str_equal (word->text, "універсальна"))
        {
          if (word->x0 < SIGNIN_NAME_X1 || word->x1 > SIGNIN_PLACE_X1)
            g_test_fail_printf ("“%s” is outside the institution's column", word->text);
        }
    }
}

/* Nobody yet: the sheet has its heading and an empty table. */
static void
test_signin_empty (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  if (!kolo_test_have_poppler ())
    return;

  path = write_signin (f, 0, "empty.pdf");
  g_assert_cmpint (kolo_test_pdf_pages (path), ==, 1);
  text = pdf_layout_text (path, 1);
  assert_has (text, "SIGN-IN SHEET Орієнтація на клієнта Day 1 Monday, 11 November 2013");
  assert_has (text, "NO. FULL NAME INSTITUTION SIGNATURE");
  assert_has (text, "Page 1 of 1");
}

int
main (int    argc,
      char **argv)
{
  kolo_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/kolo/certificates/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("eligible", test_eligible);
  ADD ("eligible/one-day", test_eligible_one_day);
  ADD ("hours", test_hours);
  ADD ("numbers", test_numbers);
  ADD ("numbers/imported", test_numbers_imported);
  ADD ("pdf/contents", test_pdf_contents);
  ADD ("pdf/bare", test_pdf_bare);
  ADD ("pdf/gender", test_pdf_gender);
  ADD ("pdf/shipped-ukrainian", test_pdf_shipped_ukrainian);
  ADD ("pdf/typography", test_pdf_typography);
  ADD ("pdf/markup", test_pdf_markup);
  ADD ("pdf/long-texts", test_pdf_long_texts);
  ADD ("pdf/images", test_pdf_images);
  ADD ("pdf/bad-images", test_pdf_bad_images);
  ADD ("async", test_async);
  ADD ("async/cancel", test_async_cancel);
  ADD ("write-error", test_write_error);
  ADD ("nobody", test_nobody);
  ADD ("signin", test_signin);
  ADD ("signin/many", test_signin_many);
  ADD ("signin/long", test_signin_long);
  ADD ("signin/empty", test_signin_empty);

#undef ADD

  return g_test_run ();
}
