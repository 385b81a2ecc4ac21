/* test-csv.c — participant lists as spreadsheets really write them: the
 * CSV reader against awkward files, field by field; column matching,
 * duplicates and the import as one undo step; the list written out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "kolo-csv.h"
#include "kolo-participant-import.h"
#include "kolo-participant.h"
#include "kolo-test-util.h"

/* Reading ----------------------------------------------------------------- */

static GBytes *
fixture_bytes (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "participants", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GBytes *bytes = kolo_csv_load (file, NULL, &error);

  g_assert_no_error (error);
  return bytes;
}

static KoloCsv *
parse_fixture (const char *name)
{
  g_autoptr(GBytes) bytes = fixture_bytes (name);
  g_autoptr(GError) error = NULL;
  KoloCsv *csv = kolo_csv_parse (bytes, &error);

  g_assert_no_error (error);
  return csv;
}

static KoloCsv *
parse_text (const char  *text,
            gssize       length,
            GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);

  return kolo_csv_parse (bytes, error);
}

/* A row as "LINE|field|field…", so a table of strings states a file. */
static char *
row_text (KoloCsv *csv,
          guint    row)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "%u", kolo_csv_get_line (csv, row));
  for (guint i = 0; i < kolo_csv_get_n_fields (csv, row); i++)
    g_string_append_printf (out, "|%s", kolo_csv_get_field (csv, row, i));
  return g_string_free (out, FALSE);
}

static void
assert_rows (KoloCsv            *csv,
             const char * const *expected)
{
  guint n = g_strv_length ((char **) expected);

  for (guint i = 0; i < MIN (n, kolo_csv_get_n_rows (csv)); i++)
    {
      g_autofree char *text = row_text (csv, i);

      g_assert_cmpstr (text, ==, expected[i]);
    }
  g_assert_cmpuint (kolo_csv_get_n_rows (csv), ==, n);
}

static void
test_quotes (void)
{
  static const char * const rows[] = {
    "1|a|b|c",
    "2|one, two|say \"hi\"|plain",
    "3|line\nbreak|lf\nonly|cr\nonly",
    "9|ragged",
    "10|x|y|z|extra",
    "11|trailing|",
    "12|Library \"Zorya\"||quotedafter",
    "13|||",
    "14|last|no line end",
    NULL
  };
  g_autoptr(KoloCsv) csv = parse_fixture ("quotes.csv");

  g_assert_cmpstr (kolo_csv_get_encoding (csv), ==, "UTF-8");
  g_assert_cmpint (kolo_csv_get_separator (csv), ==, ',');
  assert_rows (csv, rows);
  /* Past a row's end, fields are empty. */
  g_assert_cmpstr (kolo_csv_get_field (csv, 3, 2), ==, "");
  g_assert_cmpuint (kolo_csv_get_n_fields (csv, 3), ==, 1);
}

static void
test_encodings (void)
{
  static const struct
  {
    const char         *file;
    const char         *encoding;
    char                separator;
    const char * const  rows[6];
  } files[] = {
    { "utf8-bom-comma.csv", "UTF-8 with BOM", ',', {
        "1|ПІБ|Установа|Посада|Місто|E-mail|Телефон|Примітки",
        "2|Ковальчук Ольга Василівна|Бібліотека-філія № 3 \"Зоря\", ЦБС м. Житомира|бібліотекар"
          "|м. Житомир|o.kovalchuk@example.org|(0412) 47-21-05|",
        "3|Мельник Тетяна Іванівна|Черняхівська районна ЦБС|директор"
          "|смт Черняхів, Житомирський район||067 412 33 08|Потребує довідку\nпро участь",
        "5|Шевчук Мар'яна Олегівна|Житомирська обласна бібліотека для дітей|методист"
          "|м. Житомир|  m.shevchuk@example.org  ||",
      } },
    { "utf8-semicolon.csv", "UTF-8", ';', {
        "1|П.І.Б.|Бібліотека|Посада|Населений пункт|Ел. пошта|Тел.",
        "2|Бондаренко Наталія Петрівна|ЦБС, м. Бердичів|заступник директора|м. Бердичів"
          "|bondarenko.np@example.org|(04143) 2-18-66",
        "4|Левченко   Андрій Вікторович|Коростенська міська ЦБС|методист",
        "5|Савчук Галина Федорівна|Бердичівська міська ЦБС|бібліотекар|м. Бердичів|||",
      } },
    { "utf16le-tab.txt", "UTF-16", '\t', {
        "1|Прізвище, ім'я, по батькові|Установа|Посада|E-mail",
        "2|Кириленко Ганна Юріївна|Баранівська районна ЦБС|директор|baranivka.lib@example.org",
        "3|Федорчук Вікторія Олегівна|Бібліотека-філія \"Джерело\"|завідувач|",
      } },
    { "cp1251-split-names.csv", "Windows-1251", ';', {
        "1|Прізвище|Ім'я|По батькові|Установа|Посада|Район|Стать",
        "2|Ярошенко|Марія|Андріївна|Черняхівська районна ЦБС|директор|Черняхівський р-н|ж",
        "3|Гнатюк|Петро|Миколайович|Житомирська районна ЦБС|методист|Житомирський р-н|чол.",
        "4|Лук'янчук|Тамара||Овруцька районна ЦБС|завідувач сектору «Абонемент»"
          "|Овруцький р-н|Жін",
        "5|Дмитренко|Віктор|Іванович|Радомишльська районна ЦБС|директор"
          "|Радомишльський р-н|невідомо",
      } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(KoloCsv) csv = parse_fixture (files[i].file);

      g_test_message ("%s", files[i].file);
      g_assert_cmpstr (kolo_csv_get_encoding (csv), ==, files[i].encoding);
      g_assert_cmpint (kolo_csv_get_separator (csv), ==, files[i].separator);
      assert_rows (csv, files[i].rows);
    }
}

static void
test_library_list_rows (void)
{
  g_autoptr(KoloCsv) csv = parse_fixture ("zhytomyr-oblast.csv");

  g_assert_cmpstr (kolo_csv_get_encoding (csv), ==, "Windows-1251");
  g_assert_cmpint (kolo_csv_get_separator (csv), ==, ';');
  g_assert_cmpuint (kolo_csv_get_n_rows (csv), ==, 29);
  {
    g_autofree char *title = row_text (csv, 0);
    g_autofree char *header = row_text (csv, 2);
    g_autofree char *quoted = row_text (csv, 26);
    g_autofree char *last = row_text (csv, 28);

    g_assert_cmpstr (title, ==, "1|Список учасників обласного тренінгу «Орієнтація на клієнта» "
                                "(11–12 листопада 2013 р.)||||||");
    g_assert_cmpstr (header, ==, "3|№ з/п|ПІБ|Посада|Установа|Район / місто|Контактний телефон|E-mail");
    g_assert_cmpstr (quoted, ==, "27|24|Федорчук Вікторія Олегівна|завідувач бібліотеки-філії "
                                 "\"Джерело\"|Баранівська районна ЦБС|Баранівський р-н|098 640 17 22|");
    g_assert_cmpstr (last, ==, "29|||||||");
  }
}

/* Valid UTF-8 is UTF-8, unless it reads as characters no list has while
 * the same bytes read as Windows-1251 make sense. */
static void
test_encoding_heuristic (void)
{
  static const struct
  {
    const char *data;
    const char *encoding;
    const char *field;
  } cases[] = {
    { "Name\r\n\xC2\xB3\r\n", "Windows-1251", "Ві" },          /* ³ in UTF-8 */
    { "Name\r\n\xC2\xB2\xC2\xB3\r\n", "Windows-1251", "ВІВі" },
    { "Площа\r\nм²\r\n", "UTF-8", "м²" },
    { "Name\r\nΑλέξανδρος\r\n", "UTF-8", "Αλέξανδρος" },
    { "Name\r\nJosé Müller\r\n", "UTF-8", "José Müller" },
    { "Name\r\nplain ASCII\r\n", "UTF-8", "plain ASCII" },
    { "Name\r\n\xC2\xB3\xD0\xB0\xD0\xB1\r\n", "UTF-8", "³аб" },
    { "\xFE\xFF\x00N\x00\r\x00\n\x04\x16\x04\x38\x00\r\x00\n", "UTF-16", "Жи" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gsize length = cases[i].data[0] == '\xFE' ? 16 : strlen (cases[i].data);
      g_autoptr(KoloCsv) csv = parse_text (cases[i].data, length, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (kolo_csv_get_encoding (csv), ==, cases[i].encoding);
      g_assert_cmpuint (kolo_csv_get_n_rows (csv), ==, 2);
      g_assert_cmpstr (kolo_csv_get_field (csv, 1, 0), ==, cases[i].field);
    }
}

static void
test_separator (void)
{
  static const struct
  {
    const char *data;
    char        separator;
    guint       n_fields;   /* of the second row */
  } cases[] = {
    /* Excel in a Ukrainian locale: commas inside fields are not quoted. */
    { "Прізвище, ім'я, по батькові;Установа;Посада\r\n"
      "Іваненко Марія;ЦБС, м. Житомир;бібліотекар\r\n"
      "Петренко Олег;ЦБС;методист\r\n", ';', 3 },
    { "Name\tInstitution\nIvanenko, Maria\tLibrary; Zhytomyr\n", '\t', 2 },
    { "Name,Institution\n\"Ivanenko; Maria\",\"Library\tZhytomyr\"\n", ',', 2 },
    { "Name\nIvanenko\nPetrenko\n", ',', 1 },
    /* A title line without separators above the header. */
    { "Список\r\nПІБ;Установа\r\nІваненко;ЦБС\r\n", ';', 2 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KoloCsv) csv = parse_text (cases[i].data, -1, &error);

      g_assert_no_error (error);
      g_assert_cmpint (kolo_csv_get_separator (csv), ==, cases[i].separator);
      g_assert_cmpuint (kolo_csv_get_n_fields (csv, 1), ==, cases[i].n_fields);
    }
}

static void
test_errors (void)
{
  static const struct
  {
    const char *data;
    gsize       length;
    int         code;
    const char *message;
  } cases[] = {
    { "\xEF\xBB\xBF" "a\r\n\xFF", 7, KOLO_FILE_ERROR_INVALID,
      "Line 2: the file says it is UTF-8 but is not" },
    { "a,b\r\nc\x98", 7, KOLO_FILE_ERROR_INVALID,
      "Line 2: the file is neither UTF-8 nor Windows-1251 text" },
    { "\xFF\xFE" "a", 3, KOLO_FILE_ERROR_INVALID, "The file says it is UTF-16 but is not" },
    { "\xFF\xFE" "a\0\0\0", 6, KOLO_FILE_ERROR_INVALID, "The file says it is UTF-16 but is not" },
    { "PK\x03\x04\x14\0\6\0", 8, KOLO_FILE_ERROR_FORMAT,
      "This is a spreadsheet’s own file, not CSV: save it as CSV in the spreadsheet first" },
    { "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, KOLO_FILE_ERROR_FORMAT,
      "This is a spreadsheet’s own file, not CSV: save it as CSV in the spreadsheet first" },
    { "Name\nA\0B\n", 9, KOLO_FILE_ERROR_FORMAT, "This is not a CSV file: it is not text" },
    { "a\r\n\"b\r\n", 7, KOLO_FILE_ERROR_INVALID,
      "Line 2: a quoted field is not closed by the end of the file" },
  };
  g_autoptr(GBytes) unclosed = fixture_bytes ("unclosed-quote.csv");
  g_autoptr(GString) big = g_string_new ("Name\r\n");
  g_autoptr(GError) error = NULL;
  KoloCsv *csv;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_clear_error (&error);
      csv = parse_text (cases[i].data, cases[i].length, &error);
      g_assert_null (csv);
      g_assert_error (error, KOLO_FILE_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }

  /* The field began on line 5, after one with a line break inside. */
  g_clear_error (&error);
  g_assert_null (kolo_csv_parse (unclosed, &error));
  g_assert_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Line 5: a quoted field is not closed by the end of the file");

  /* 100,000 characters in a field are the most; Cyrillic counts in
   * characters, not bytes. */
  for (guint i = 0; i < KOLO_CSV_MAX_FIELD_CHARS; i++)
    g_string_append (big, "ж");
  g_string_append (big, "\r\nx\r\n");
  g_clear_error (&error);
  csv = parse_text (big->str, big->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_utf8_strlen (kolo_csv_get_field (csv, 1, 0), -1), ==,
                    KOLO_CSV_MAX_FIELD_CHARS);
  kolo_csv_free (csv);

  g_string_insert (big, 6, "\"");
  g_string_insert (big, 6 + 1 + KOLO_CSV_MAX_FIELD_CHARS * 2, "ж\"");
  csv = parse_text (big->str, big->len, &error);
  g_assert_null (csv);
  g_assert_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Line 2: a field is longer than 100000 characters");
}

/* A 300 MB file, sparse so that making it costs nothing: refused from its
 * size, never read. */
static void
test_too_big (void)
{
  g_autofree char *dir = kolo_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "huge.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  int fd;

  fd = g_open (path, O_CREAT | O_WRONLY | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) 300 * 1024 * 1024), ==, 0);
  g_assert_cmpint (close (fd), ==, 0);

  g_assert_null (kolo_csv_load (file, NULL, &error));
  g_assert_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_TOO_BIG);
  g_assert_cmpstr (error->message, ==, "The file is too big: 300 MB; the limit is 64 MB");
  g_clear_error (&error);

  /* Handed over anyway (mapped, so not read either), the parser refuses it
   * before looking at a byte. */
  mapped = g_mapped_file_new (path, FALSE, &error);
  g_assert_no_error (error);
  bytes = g_mapped_file_get_bytes (mapped);
  g_assert_null (kolo_csv_parse (bytes, &error));
  g_assert_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_TOO_BIG);
  g_clear_error (&error);

  /* What the app asks before it loads a file: the same answer. */
  g_assert_true (kolo_csv_check_size (KOLO_CSV_MAX_BYTES, NULL));
  g_assert_false (kolo_csv_check_size ((guint64) 300 * 1024 * 1024, &error));
  g_assert_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_TOO_BIG);
  g_assert_cmpstr (error->message, ==, "The file is too big: 300 MB; the limit is 64 MB");
  g_clear_error (&error);

  /* One byte over the limit is over it. */
  g_clear_pointer (&bytes, g_bytes_unref);
  g_clear_pointer (&mapped, g_mapped_file_unref);
  g_assert_cmpint (truncate (path, KOLO_CSV_MAX_BYTES + 1), ==, 0);
  g_assert_null (kolo_csv_load (file, NULL, &error));
  g_assert_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_TOO_BIG);
  g_assert_cmpstr (error->message, ==, "The file is too big: 65 MB; the limit is 64 MB");

  kolo_test_remove_dir (dir);
}

static void
test_write (void)
{
  static const char * const fields[] = {
    "plain", "a,b", "say \"hi\"", "two\r\nlines", "semi;colon", "tab\there", "Мар’яна", "",
  };
  static const char * const empty[] = { "" };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloCsv) csv = NULL;

  kolo_csv_append_row (out, fields, G_N_ELEMENTS (fields));
  kolo_csv_append_row (out, empty, 1);
  kolo_csv_append_row (out, fields, 2);
  g_assert_cmpstr (out->str, ==,
                   "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\",\"semi;colon\",\"tab\there\","
                   "Мар’яна,\r\n"
                   "\"\"\r\n"
                   "plain,\"a,b\"\r\n");

  /* …and back; line breaks inside fields come back as \n. */
  csv = parse_text (out->str, out->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kolo_csv_get_n_rows (csv), ==, 3);
  g_assert_cmpuint (kolo_csv_get_n_fields (csv, 0), ==, G_N_ELEMENTS (fields));
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_assert_cmpstr (kolo_csv_get_field (csv, 0, i), ==, i == 3 ? "two\nlines" : fields[i]);
  g_assert_cmpuint (kolo_csv_get_n_fields (csv, 1), ==, 1);
  g_assert_cmpuint (kolo_csv_get_line (csv, 2), ==, 4);
}

/* Importing --------------------------------------------------------------- */

typedef struct
{
  char      *dir;
  KoloStore *store;
  KoloEvent *event;
} Fixture;

static KoloEvent *
new_event (KoloStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) first = g_date_new_dmy (11, G_DATE_NOVEMBER, 2013);
  g_autoptr(GDate) second = g_date_new_dmy (12, G_DATE_NOVEMBER, 2013);
  g_autoptr(KoloDay) day = kolo_day_new (second, 10 * 60, -1);
  KoloEvent *event = kolo_store_create_event (store, "Орієнтація на клієнта", first, &error);

  g_assert_no_error (error);
  g_assert_true (kolo_event_insert_day (event, 1, day, &error));
  g_assert_no_error (error);
  kolo_history_clear (kolo_event_get_history (event));
  return event;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = kolo_test_make_dir ();
  path = g_build_filename (f->dir, "kolo.db", NULL);
  f->store = kolo_store_open (path, &error);
  g_assert_no_error (error);
  f->event = new_event (f->store);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->event);
  g_assert_finalize_object (f->store);
  kolo_test_remove_dir (f->dir);
  g_free (f->dir);
}

static KoloParticipantImport *
import_bytes (KoloEvent *event,
              GBytes    *bytes)
{
  g_autoptr(GError) error = NULL;
  KoloParticipantImport *import = kolo_participant_import_new (event, bytes, &error);

  g_assert_no_error (error);
  return import;
}

static KoloParticipantImport *
import_text (KoloEvent  *event,
             const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return import_bytes (event, bytes);
}

typedef struct
{
  const char *name, *institution, *position, *city, *email, *phone, *notes;
  KoloGender  gender;
} Person;

static void
assert_people (GListModel   *list,
               const Person *people,
               guint         n)
{
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, n);
  for (guint i = 0; i < MIN (n, g_list_model_get_n_items (list)); i++)
    {
      g_autoptr(KoloParticipant) p = g_list_model_get_item (list, i);
      const Person *e = &people[i];

      g_assert_cmpstr (kolo_participant_get_name (p), ==, e->name);
      g_assert_cmpstr (kolo_participant_get_institution (p), ==, e->institution ?: "");
      g_assert_cmpstr (kolo_participant_get_position (p), ==, e->position ?: "");
      g_assert_cmpstr (kolo_participant_get_city (p), ==, e->city ?: "");
      g_assert_cmpstr (kolo_participant_get_email (p), ==, e->email ?: "");
      g_assert_cmpstr (kolo_participant_get_phone (p), ==, e->phone ?: "");
      g_assert_cmpstr (kolo_participant_get_notes (p), ==, e->notes ?: "");
      g_assert_cmpint (kolo_participant_get_gender (p), ==, e->gender);
    }
}

static void
assert_problems (KoloParticipantImport *import,
                 const char            *expected)
{
  g_autofree char *joined = g_strjoinv ("\n", (char **) kolo_participant_import_get_problems (import));

  g_assert_cmpstr (joined, ==, expected);
}

#define OUNB "Житомирська обласна універсальна наукова бібліотека ім. Олега Ольжича"
#define ODB  "Житомирська обласна бібліотека для дітей"
#define ZCBS "ЦБС для дорослих м. Житомира"

/* The list as the regional library sent it, every field of every row. */
static const Person zhytomyr[] = {
  { "Ковальчук Ольга Василівна", OUNB, "провідний бібліотекар", "м. Житомир",
    "o.kovalchuk@example.org", "(0412) 47-21-05", .gender = KOLO_GENDER_FEMININE },
  { "Мельник Тетяна Іванівна", OUNB, "завідувач відділу обслуговування", "м. Житомир", NULL,
    "(0412) 47-21-09", .gender = KOLO_GENDER_FEMININE },
  { "Бондаренко Наталія Петрівна", ODB, "заступник директора", "м. Житомир",
    "bondarenko.np@example.org", "(0412) 37-15-40", .gender = KOLO_GENDER_FEMININE },
  { "Шевчук Мар'яна Олегівна", ODB, "бібліотекар I категорії", "м. Житомир", NULL,
    "067 412 33 08", .gender = KOLO_GENDER_FEMININE },
  { "Ткаченко Ірина Миколаївна", "Житомирська обласна бібліотека для юнацтва", "методист",
    "м. Житомир", "youth.library@example.org", .gender = KOLO_GENDER_FEMININE },
  { "Кравчук Людмила Степанівна", ZCBS, "директор", "м. Житомир", NULL, "(0412) 22-40-17", .gender = KOLO_GENDER_FEMININE },
  { "Олійник Валентина Григорівна", ZCBS, "завідувач бібліотеки-філії № 5", "м. Житомир", NULL,
    "097 555 12 40", .gender = KOLO_GENDER_FEMININE },
  { "Поліщук Світлана Анатоліївна", "Бердичівська міська ЦБС", "директор", "м. Бердичів",
    "berd.cbs@example.org", "(04143) 2-18-66", .gender = KOLO_GENDER_FEMININE },
  { "Савчук Галина Федорівна", "Бердичівська міська ЦБС", "бібліотекар", "м. Бердичів", .gender = KOLO_GENDER_FEMININE },
  { "Левченко Андрій Вікторович", "Коростенська міська ЦБС", "методист", "м. Коростень",
    "a.levchenko@example.net", "063 201 77 19", .gender = KOLO_GENDER_MASCULINE },
  { "Гуменюк Оксана Петрівна", "Новоград-Волинська міська ЦБС",
    "завідувач відділу обслуговування", "м. Новоград-Волинський", .gender = KOLO_GENDER_FEMININE },
  { "Романюк Лариса Іванівна", "Новоград-Волинська міська ЦБС", "бібліотекар I категорії",
    "м. Новоград-Волинський", NULL, "068 330 45 12", .gender = KOLO_GENDER_FEMININE },
  { "Марчук Ніна Олександрівна", "Малинська районна ЦБС", "директор", "Малинський р-н",
    "malyn.cbs@example.org", "(04133) 5-12-30", .gender = KOLO_GENDER_FEMININE },
  { "Павлюк Юлія Сергіївна", "Овруцька районна ЦБС", "головний бібліотекар", "Овруцький р-н", .gender = KOLO_GENDER_FEMININE },
  { "Лук'янчук Тамара Василівна", "Овруцька районна ЦБС", "завідувач сектору", "Овруцький р-н",
    NULL, "096 118 02 73", .gender = KOLO_GENDER_FEMININE },
  { "Дмитренко Віктор Іванович", "Радомишльська районна ЦБС", "директор", "Радомишльський р-н",
    NULL, "(04132) 4-31-52", .gender = KOLO_GENDER_MASCULINE },
  { "Кузьмич Алла Миколаївна", "Коростишівська районна ЦБС", "методист", "Коростишівський р-н",
    "korost.metod@example.org", .gender = KOLO_GENDER_FEMININE },
  { "Войтенко Надія Павлівна", "Коростишівська районна ЦБС",
    "бібліотекар сільської бібліотеки-філії", "Коростишівський р-н", .gender = KOLO_GENDER_FEMININE },
  { "Сидорчук Інна Володимирівна", "Андрушівська районна ЦБС", "завідувач відділу",
    "Андрушівський р-н", NULL, "050 774 28 91", .gender = KOLO_GENDER_FEMININE },
  { "Ярошенко Марія Андріївна", "Черняхівська районна ЦБС", "директор", "Черняхівський р-н",
    NULL, "(04134) 2-11-07", .gender = KOLO_GENDER_FEMININE },
  { "Остапчук Зоя Дмитрівна", "Черняхівська районна ЦБС", "бібліотекар", "Черняхівський р-н", .gender = KOLO_GENDER_FEMININE },
  { "Гнатюк Петро Миколайович", "Житомирська районна ЦБС", "методист", "Житомирський р-н", NULL,
    "067 903 55 40", .gender = KOLO_GENDER_MASCULINE },
  { "Кириленко Ганна Юріївна", "Баранівська районна ЦБС", "директор", "Баранівський р-н",
    "baranivka.lib@example.org", .gender = KOLO_GENDER_FEMININE },
  { "Федорчук Вікторія Олегівна", "Баранівська районна ЦБС",
    "завідувач бібліотеки-філії \"Джерело\"", "Баранівський р-н", NULL, "098 640 17 22", .gender = KOLO_GENDER_FEMININE },
  /* Sent twice: spacing and a trailing space do not make another person. */
  { "Савчук Галина Федорівна", "Бердичівська міська ЦБС", "бібліотекар", "м. Бердичів", .gender = KOLO_GENDER_FEMININE },
};

static void
test_import_library_list (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GBytes) bytes = fixture_bytes ("zhytomyr-oblast.csv");
  g_autoptr(KoloParticipantImport) import = import_bytes (f->event, bytes);
  g_autoptr(GHashTable) institutions = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  KoloHistory *history = kolo_event_get_history (f->event);
  GListModel *participants = kolo_event_get_participants (f->event);
  guint n_added = 0;

  /* The title line and the empty row above the header are no data. */
  g_assert_true (kolo_participant_import_get_has_header (import));
  g_assert_cmpstr (kolo_participant_import_get_encoding (import), ==, "Windows-1251");
  g_assert_cmpuint (kolo_participant_import_get_n_columns (import), ==, 7);
  g_assert_cmpstr (kolo_participant_import_get_header (import, 1), ==, "ПІБ");
  g_assert_cmpint (kolo_participant_import_get_column (import, 0), ==, KOLO_COLUMN_IGNORE);
  g_assert_cmpint (kolo_participant_import_get_column (import, 1), ==, KOLO_COLUMN_NAME);
  g_assert_cmpint (kolo_participant_import_get_column (import, 2), ==, KOLO_COLUMN_POSITION);
  g_assert_cmpint (kolo_participant_import_get_column (import, 3), ==, KOLO_COLUMN_INSTITUTION);
  g_assert_cmpint (kolo_participant_import_get_column (import, 4), ==, KOLO_COLUMN_CITY);
  g_assert_cmpint (kolo_participant_import_get_column (import, 5), ==, KOLO_COLUMN_PHONE);
  g_assert_cmpint (kolo_participant_import_get_column (import, 6), ==, KOLO_COLUMN_EMAIL);
  g_assert_true (kolo_participant_import_is_ready (import, &error));
  g_assert_no_error (error);

  assert_people (kolo_participant_import_get_preview (import), zhytomyr, G_N_ELEMENTS (zhytomyr));
  assert_problems (import, "Line 28: the same name and institution as line 12");
  g_assert_cmpuint (kolo_participant_import_get_n_unreadable (import), ==, 0);
  g_assert_cmpuint (kolo_participant_import_get_n_duplicates (import), ==, 1);
  g_assert_true (kolo_participant_import_is_duplicate (import, 24));
  g_assert_false (kolo_participant_import_is_duplicate (import, 8));

  /* Nothing is written before apply. */
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 0);
  g_assert_false (kolo_history_get_can_undo (history));

  g_assert_true (kolo_participant_import_apply (import, TRUE, &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 24);
  assert_people (participants, zhytomyr, 24);
  for (guint i = 0; i < 24; i++)
    g_hash_table_add (institutions, (char *) zhytomyr[i].institution);
  g_assert_cmpuint (g_hash_table_size (institutions), ==, 15);

  /* Afterwards everyone in the file is already a participant. */
  g_assert_cmpuint (kolo_participant_import_get_n_duplicates (import), ==, 25);

  /* One undo step takes the whole list away, and redo brings it back. */
  g_assert_true (kolo_history_undo (history, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 0);
  g_assert_false (kolo_history_get_can_undo (history));
  g_assert_true (kolo_history_redo (history, &error));
  g_assert_no_error (error);
  assert_people (participants, zhytomyr, 24);
}

static void
test_import_layouts (Fixture       *f,
                     gconstpointer  data)
{
  static const Person bom[] = {
    { "Ковальчук Ольга Василівна", "Бібліотека-філія № 3 \"Зоря\", ЦБС м. Житомира",
      "бібліотекар", "м. Житомир", "o.kovalchuk@example.org", "(0412) 47-21-05", .gender = KOLO_GENDER_FEMININE },
    { "Мельник Тетяна Іванівна", "Черняхівська районна ЦБС", "директор",
      "смт Черняхів, Житомирський район", NULL, "067 412 33 08", "Потребує довідку\nпро участь", .gender = KOLO_GENDER_FEMININE },
    { "Шевчук Мар'яна Олегівна", "Житомирська обласна бібліотека для дітей", "методист",
      "м. Житомир", "m.shevchuk@example.org", .gender = KOLO_GENDER_FEMININE },
  };
  static const Person semicolon[] = {
    { "Бондаренко Наталія Петрівна", "ЦБС, м. Бердичів", "заступник директора", "м. Бердичів",
      "bondarenko.np@example.org", "(04143) 2-18-66", .gender = KOLO_GENDER_FEMININE },
    { "Левченко Андрій Вікторович", "Коростенська міська ЦБС", "методист", .gender = KOLO_GENDER_MASCULINE },
    { "Савчук Галина Федорівна", "Бердичівська міська ЦБС", "бібліотекар", "м. Бердичів", .gender = KOLO_GENDER_FEMININE },
  };
  static const Person utf16[] = {
    { "Кириленко Ганна Юріївна", "Баранівська районна ЦБС", "директор", NULL,
      "baranivka.lib@example.org", .gender = KOLO_GENDER_FEMININE },
    { "Федорчук Вікторія Олегівна", "Бібліотека-філія \"Джерело\"", "завідувач", .gender = KOLO_GENDER_FEMININE },
  };
  static const Person split[] = {
    { "Ярошенко Марія Андріївна", "Черняхівська районна ЦБС", "директор", "Черняхівський р-н",
      .gender = KOLO_GENDER_FEMININE },
    { "Гнатюк Петро Миколайович", "Житомирська районна ЦБС", "методист", "Житомирський р-н",
      .gender = KOLO_GENDER_MASCULINE },
    { "Лук'янчук Тамара", "Овруцька районна ЦБС", "завідувач сектору «Абонемент»",
      "Овруцький р-н", .gender = KOLO_GENDER_FEMININE },
    /* The list says «невідомо»: no guess from the patronymic then. */
    { "Дмитренко Віктор Іванович", "Радомишльська районна ЦБС", "директор",
      "Радомишльський р-н" },
  };
  static const Person english[] = {
    { "Ivanenko Maria Petrivna", "Zhytomyr Regional Library for Children", "librarian",
      "Zhytomyr", "maria@example.org", "+380 67 123 45 67", "Vegetarian lunch",
      KOLO_GENDER_FEMININE },
    { "Hnatiuk Petro", "Zhytomyr District Library System", "methodologist", "Zhytomyr",
      .gender = KOLO_GENDER_MASCULINE },
    { "O'Brien Sean", "Library Council, Dublin", "guest", "Dublin", "sean@example.ie" },
  };
  static const struct
  {
    const char   *file;
    const Person *people;
    guint         n;
  } files[] = {
    { "utf8-bom-comma.csv", bom, G_N_ELEMENTS (bom) },
    { "utf8-semicolon.csv", semicolon, G_N_ELEMENTS (semicolon) },
    { "utf16le-tab.txt", utf16, G_N_ELEMENTS (utf16) },
    { "cp1251-split-names.csv", split, G_N_ELEMENTS (split) },
    { "english-split.csv", english, G_N_ELEMENTS (english) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GBytes) bytes = fixture_bytes (files[i].file);
      g_autoptr(KoloParticipantImport) import = import_bytes (f->event, bytes);

      g_test_message ("%s", files[i].file);
      g_assert_true (kolo_participant_import_is_ready (import, NULL));
      assert_people (kolo_participant_import_get_preview (import), files[i].people, files[i].n);
      assert_problems (import, "");
    }
}

static void
test_import_columns (Fixture       *f,
                     gconstpointer  data)
{
  static const struct
  {
    const char *header;
    KoloColumn  column;
  } headers[] = {
    { "ПІБ", KOLO_COLUMN_NAME }, { "П.І.Б.", KOLO_COLUMN_NAME }, { "п і б", KOLO_COLUMN_NAME },
    { "ПІБ (повністю)", KOLO_COLUMN_NAME },
    { "Прізвище, ім'я, по батькові", KOLO_COLUMN_NAME },
    { "ПРІЗВИЩЕ, ІМ’Я, ПО БАТЬКОВІ", KOLO_COLUMN_NAME },
    { "Прізвище та ім'я", KOLO_COLUMN_NAME }, { "Name", KOLO_COLUMN_NAME },
    { "Full name", KOLO_COLUMN_NAME }, { "full_name", KOLO_COLUMN_NAME },
    { "Прізвище", KOLO_COLUMN_LAST_NAME }, { "Last name", KOLO_COLUMN_LAST_NAME },
    { "Surname", KOLO_COLUMN_LAST_NAME }, { "Ім'я", KOLO_COLUMN_FIRST_NAME },
    { "Імʼя", KOLO_COLUMN_FIRST_NAME }, { "First name", KOLO_COLUMN_FIRST_NAME },
    { "По батькові", KOLO_COLUMN_MIDDLE_NAME }, { "По-батькові", KOLO_COLUMN_MIDDLE_NAME },
    { "Middle name", KOLO_COLUMN_MIDDLE_NAME }, { "Patronymic", KOLO_COLUMN_MIDDLE_NAME },
    { "Установа", KOLO_COLUMN_INSTITUTION }, { "Бібліотека", KOLO_COLUMN_INSTITUTION },
    { "Організація", KOLO_COLUMN_INSTITUTION }, { "Заклад", KOLO_COLUMN_INSTITUTION },
    { "Місце роботи", KOLO_COLUMN_INSTITUTION }, { "Institution", KOLO_COLUMN_INSTITUTION },
    { "Organisation", KOLO_COLUMN_INSTITUTION }, { "Organization", KOLO_COLUMN_INSTITUTION },
    { "Library", KOLO_COLUMN_INSTITUTION }, { "Workplace", KOLO_COLUMN_INSTITUTION },
    { "Посада", KOLO_COLUMN_POSITION }, { "Position", KOLO_COLUMN_POSITION },
    { "Job title", KOLO_COLUMN_POSITION }, { "Місто", KOLO_COLUMN_CITY },
    { "Район", KOLO_COLUMN_CITY }, { "Населений пункт", KOLO_COLUMN_CITY },
    { "Громада", KOLO_COLUMN_CITY }, { "City", KOLO_COLUMN_CITY }, { "Town", KOLO_COLUMN_CITY },
    { "District", KOLO_COLUMN_CITY }, { "E-mail", KOLO_COLUMN_EMAIL },
    { "e-mail:", KOLO_COLUMN_EMAIL }, { "Е-mail", KOLO_COLUMN_EMAIL },
    { "Email", KOLO_COLUMN_EMAIL }, { "Ел. пошта", KOLO_COLUMN_EMAIL },
    { "Електронна пошта", KOLO_COLUMN_EMAIL }, { "Телефон", KOLO_COLUMN_PHONE },
    { "Тел.", KOLO_COLUMN_PHONE }, { "Phone", KOLO_COLUMN_PHONE },
    { "Telephone", KOLO_COLUMN_PHONE }, { "Примітки", KOLO_COLUMN_NOTES },
    { "Notes", KOLO_COLUMN_NOTES }, { "Стать", KOLO_COLUMN_GENDER },
    { "Gender", KOLO_COLUMN_GENDER }, { "Sex", KOLO_COLUMN_GENDER },
    { "№ з/п", KOLO_COLUMN_IGNORE }, { "Дата народження", KOLO_COLUMN_IGNORE },
    { "", KOLO_COLUMN_IGNORE },
  };
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(KoloParticipantImport) import = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    g_string_append_printf (text, "%s%s", i > 0 ? ";" : "", headers[i].header);
  g_string_append (text, "\r\n");

  import = import_text (f->event, text->str);
  g_assert_cmpuint (kolo_participant_import_get_n_columns (import), ==, G_N_ELEMENTS (headers));
  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    {
      g_test_message ("%s", headers[i].header);
      g_assert_cmpstr (kolo_participant_import_get_header (import, i), ==, headers[i].header);
      g_assert_cmpint (kolo_participant_import_get_column (import, i), ==, headers[i].column);
    }
  g_clear_object (&import);

  /* Names match however their letters are written: й decomposed (as macOS
   * writes it), upper case, another apostrophe. */
  import = import_text (f->event, "ПІБ;Установа\r\n"
                                  "Йосип Мар'яненко;ЦБС\r\n"
                                  "И\xCC\x86осип МАР’ЯНЕНКО;цбс\r\n"
                                  "José Müller;ЦБС\r\n"
                                  "JOSÉ MÜLLER;ЦБС\r\n");
  assert_problems (import, "Line 3: the same name and institution as line 2\n"
                           "Line 5: the same name and institution as line 4");
}

static void
changed_cb (KoloParticipantImport *import,
            guint                 *count)
{
  (*count)++;
}

/* No header: every column is ignored until the organizer says what it
 * holds, and the first row is a participant like the others. */
static void
test_import_no_header (Fixture       *f,
                       gconstpointer  data)
{
  static const Person people[] = {
    { "Ковальчук Ольга Василівна", "ЦБС м. Житомира", .email = "o.kovalchuk@example.org", .gender = KOLO_GENDER_FEMININE },
    { "Мельник Тетяна Іванівна", "Черняхівська районна ЦБС", .email = "t.melnyk@example.org", .gender = KOLO_GENDER_FEMININE },
  };
  g_autoptr(GBytes) bytes = fixture_bytes ("no-header.csv");
  g_autoptr(KoloParticipantImport) import = import_bytes (f->event, bytes);
  g_autoptr(KoloParticipantImport) nameless = NULL;
  g_autoptr(GError) error = NULL;
  guint changed = 0;

  g_signal_connect (import, "changed", G_CALLBACK (changed_cb), &changed);
  g_assert_false (kolo_participant_import_get_has_header (import));
  g_assert_cmpuint (kolo_participant_import_get_n_columns (import), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpstr (kolo_participant_import_get_header (import, i), ==, "");
      g_assert_cmpint (kolo_participant_import_get_column (import, i), ==, KOLO_COLUMN_IGNORE);
    }
  g_assert_false (kolo_participant_import_is_ready (import, &error));
  g_assert_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "The first line of the file does not name its columns (such as “Full name” or "
                   "“Institution”), so it is not known which one holds the names");
  g_clear_error (&error);
  g_assert_false (kolo_participant_import_apply (import, TRUE, NULL, &error));
  g_assert_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_INVALID);
  g_clear_error (&error);
  /* With no name, every row says so. */
  assert_problems (import, "Line 1: there is no name\nLine 2: there is no name");

  kolo_participant_import_set_column (import, 0, KOLO_COLUMN_NAME);
  kolo_participant_import_set_column (import, 0, KOLO_COLUMN_NAME);
  g_assert_cmpuint (changed, ==, 1);
  kolo_participant_import_set_column (import, 1, KOLO_COLUMN_INSTITUTION);
  kolo_participant_import_set_column (import, 2, KOLO_COLUMN_EMAIL);
  g_assert_cmpuint (changed, ==, 3);
  g_assert_true (kolo_participant_import_is_ready (import, NULL));
  assert_people (kolo_participant_import_get_preview (import), people, G_N_ELEMENTS (people));
  assert_problems (import, "");

  /* A header that names no name column says what it needs. */
  nameless = import_text (f->event, "Установа;Посада\r\nЦБС;директор\r\n");
  g_assert_true (kolo_participant_import_get_has_header (nameless));
  g_assert_false (kolo_participant_import_is_ready (nameless, &error));
  g_assert_cmpstr (error->message, ==, "No column holds the names: the file needs a column "
                                       "“Full name”, or “Last name” and “First name”");
}

static void
test_import_problems (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("ПІБ;Установа;Примітки\r\n"
                                          "Іваненко Марія;ЦБС;\r\n"
                                          ";ЦБС;без імені\r\n");
  g_autoptr(KoloParticipant) known = kolo_participant_new ("Мар’яна Коваль");
  g_autoptr(KoloParticipantImport) import = NULL;
  g_autoptr(KoloParticipantImport) all = NULL;
  g_autoptr(GPtrArray) existing = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloEvent) other = new_event (f->store);
  const char * const *unreadable;
  guint n_added = 0;

  kolo_participant_set_institution (known, "ЦБС");
  g_ptr_array_add (existing, known);
  g_assert_true (kolo_event_add_participants (f->event, existing, &error));
  g_assert_no_error (error);

  g_string_append_printf (text, "%0201d;ЦБС;\r\n", 0);
  g_string_append_printf (text, "Петренко Олег;%0201d;\r\n", 0);
  g_string_append_printf (text, "Сидоренко Анна;ЦБС;%010001d\r\n", 0);
  g_string_append (text, "ІВАНЕНКО   МАРІЯ ; цбс ;\r\n"
                         "Іваненко Марія;Інша бібліотека;\r\n");
  g_string_append_printf (text, "Коваль Ірина;ЦБС;%010000d\r\n", 0);
  g_string_append (text, "Мар'яна Коваль;ЦБС;\r\n"
                         ";;\r\n"
                         " ; \t;\r\n"
                         "Ткаченко Наталія;ЦБС; відділ обслуговування;Ізюм\r\n"
                         "Гнатюк Ольга;ЦБС;;;\r\n");

  import = import_text (f->event, text->str);
  assert_problems (import,
                   "Line 3: there is no name\n"
                   "Line 4: “Full name” is longer than 200 characters\n"
                   "Line 5: “Institution” is longer than 200 characters\n"
                   "Line 6: “Notes” is longer than 10000 characters\n"
                   "Line 7: the same name and institution as line 2\n"
                   "Line 10: already a participant of this event\n"
                   "Line 13: more fields than the header names; a separator inside a "
                   "field that is not in quotes?");
  g_assert_cmpuint (kolo_participant_import_get_n_unreadable (import), ==, 5);
  unreadable = kolo_participant_import_get_unreadable (import);
  g_assert_cmpuint (g_strv_length ((char **) unreadable), ==, 5);
  g_assert_cmpstr (unreadable[3], ==, "Line 6: “Notes” is longer than 10000 characters");
  g_assert_cmpuint (kolo_participant_import_get_n_duplicates (import), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_participant_import_get_preview (import)), ==, 6);

  /* Duplicates skipped: the four new people (empty trailing fields are
   * no harm) join the one already there. */
  g_assert_true (kolo_participant_import_apply (import, TRUE, &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_event_get_participants (f->event)), ==, 5);

  /* Kept: every readable row, the same person twice included. */
  all = import_text (other, text->str);
  g_assert_cmpuint (kolo_participant_import_get_n_duplicates (all), ==, 1);
  g_assert_true (kolo_participant_import_apply (all, FALSE, &n_added, &error));
  g_assert_cmpuint (n_added, ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_event_get_participants (other)), ==, 6);

  /* A file with nothing in it is no list. */
  {
    g_autoptr(GBytes) empty = g_bytes_new ("", 0);

    g_assert_null (kolo_participant_import_new (f->event, empty, &error));
    g_assert_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, "The file is empty");
  }
}

/* Without a gender column, the patronymic tells; never the surname. */
static void
test_import_gender_guess (Fixture       *f,
                          gconstpointer  data)
{
  static const Person people[] = {
    { "Кузьмич Алла Миколаївна", .gender = KOLO_GENDER_FEMININE },
    { "Ярошевич Петро Іванович", .gender = KOLO_GENDER_MASCULINE },
    { "ШЕВЧУК ОКСАНА САВИЧНА", .gender = KOLO_GENDER_FEMININE },
    { "Гнатюк Ігор Ілліч", .gender = KOLO_GENDER_MASCULINE },
    { "Олена Петрівна Кузьмович" },
    { "Ярошевич Олег" },
    { "Іванович" },
    { "Олена Коваль-Іванівна" },
  };
  g_autoptr(KoloParticipantImport) import = NULL;
  GString *text = g_string_new ("ПІБ\r\n");

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    g_string_append_printf (text, "%s\r\n", people[i].name);
  import = import_text (f->event, text->str);
  assert_people (kolo_participant_import_get_preview (import), people, G_N_ELEMENTS (people));
  g_string_free (text, TRUE);
}

/* Writing ----------------------------------------------------------------- */

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GBytes) bytes = fixture_bytes ("cp1251-split-names.csv");
  g_autoptr(KoloParticipantImport) import = import_bytes (f->event, bytes);
  static const KoloColumn columns[] = {
    KOLO_COLUMN_NAME, KOLO_COLUMN_INSTITUTION, KOLO_COLUMN_POSITION, KOLO_COLUMN_CITY,
    KOLO_COLUMN_EMAIL, KOLO_COLUMN_PHONE, KOLO_COLUMN_NOTES, KOLO_COLUMN_GENDER,
    KOLO_COLUMN_IGNORE, KOLO_COLUMN_IGNORE,
  };
  g_autoptr(GBytes) back_bytes = NULL;
  g_autoptr(KoloParticipantImport) back = NULL;
  g_autoptr(KoloEvent) other = new_event (f->store);
  g_autoptr(KoloParticipant) first = NULL;
  g_autoptr(KoloParticipant) second = NULL;
  g_autoptr(KoloDay) day1 = g_list_model_get_item (kolo_event_get_days (f->event), 0);
  g_autoptr(KoloDay) day2 = g_list_model_get_item (kolo_event_get_days (f->event), 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  GListModel *participants = kolo_event_get_participants (f->event);

  g_assert_true (kolo_participant_import_apply (import, TRUE, NULL, &error));
  g_assert_no_error (error);
  first = g_list_model_get_item (participants, 0);
  second = g_list_model_get_item (participants, 1);
  kolo_participant_set_email (first, "m.yaroshenko@example.org");
  kolo_participant_set_notes (first, "Потребує довідку,\nпро участь");
  kolo_participant_set_attended (first, day1, TRUE);
  kolo_participant_set_attended (first, day2, TRUE);
  kolo_participant_set_attended (second, day1, TRUE);

  text = kolo_participants_to_csv (f->event);
  g_assert_cmpstr (text, ==,
                   "\xEF\xBB\xBF"
                   "Full name,Institution,Position,City or district,E-mail,Phone,Notes,Gender,"
                   "2013-11-11,2013-11-12\r\n"
                   "Ярошенко Марія Андріївна,Черняхівська районна ЦБС,директор,Черняхівський р-н,"
                   "m.yaroshenko@example.org,,\"Потребує довідку,\nпро участь\",f,+,+\r\n"
                   "Гнатюк Петро Миколайович,Житомирська районна ЦБС,методист,Житомирський р-н,"
                   ",,,m,+,\r\n"
                   "Лук'янчук Тамара,Овруцька районна ЦБС,завідувач сектору «Абонемент»,"
                   "Овруцький р-н,,,,f,,\r\n"
                   "Дмитренко Віктор Іванович,Радомишльська районна ЦБС,директор,"
                   "Радомишльський р-н,,,,,,\r\n");

  /* It comes back in with every column matched but the days (attendance
   * is not imported), and goes out again the same without the ticks. */
  back_bytes = g_bytes_new (text, strlen (text));
  back = import_bytes (other, back_bytes);
  g_assert_cmpuint (kolo_participant_import_get_n_columns (back), ==, 10);
  for (guint i = 0; i < 10; i++)
    g_assert_cmpint (kolo_participant_import_get_column (back, i), ==, columns[i]);
  g_assert_true (kolo_participant_import_apply (back, TRUE, NULL, &error));
  g_assert_no_error (error);
  again = kolo_participants_to_csv (other);
  g_assert_cmpstr (again, ==,
                   "\xEF\xBB\xBF"
                   "Full name,Institution,Position,City or district,E-mail,Phone,Notes,Gender,"
                   "2013-11-11,2013-11-12\r\n"
                   "Ярошенко Марія Андріївна,Черняхівська районна ЦБС,директор,Черняхівський р-н,"
                   "m.yaroshenko@example.org,,\"Потребує довідку,\nпро участь\",f,,\r\n"
                   "Гнатюк Петро Миколайович,Житомирська районна ЦБС,методист,Житомирський р-н,"
                   ",,,m,,\r\n"
                   "Лук'янчук Тамара,Овруцька районна ЦБС,завідувач сектору «Абонемент»,"
                   "Овруцький р-н,,,,f,,\r\n"
                   "Дмитренко Віктор Іванович,Радомишльська районна ЦБС,директор,"
                   "Радомишльський р-н,,,,,,\r\n");
}

int
main (int    argc,
      char **argv)
{
  kolo_test_init (&argc, &argv);

  g_test_add_func ("/kolo/csv/quotes", test_quotes);
  g_test_add_func ("/kolo/csv/encodings", test_encodings);
  g_test_add_func ("/kolo/csv/library-list", test_library_list_rows);
  g_test_add_func ("/kolo/csv/encoding-heuristic", test_encoding_heuristic);
  g_test_add_func ("/kolo/csv/separator", test_separator);
  g_test_add_func ("/kolo/csv/errors", test_errors);
  g_test_add_func ("/kolo/csv/too-big", test_too_big);
  g_test_add_func ("/kolo/csv/write", test_write);

#define ADD(path, func) \
  g_test_add ("/kolo/csv/import/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("library-list", test_import_library_list);
  ADD ("layouts", test_import_layouts);
  ADD ("columns", test_import_columns);
  ADD ("no-header", test_import_no_header);
  ADD ("problems", test_import_problems);
  ADD ("gender-guess", test_import_gender_guess);
  ADD ("export", test_export);

#undef ADD

  return g_test_run ();
}
