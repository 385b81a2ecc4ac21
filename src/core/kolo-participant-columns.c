/* kolo-participant-columns.c — what the columns of a participant list
 * are called, in the files people send and in the one Kolo writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-participant-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kolo-participant-import.h"

#include "kolo-csv.h"
#include "kolo-day.h"
#include "kolo-participant-import-private.h"
#include "kolo-text.h"

G_DEFINE_ENUM_TYPE (KoloColumn, kolo_column,
  G_DEFINE_ENUM_VALUE (KOLO_COLUMN_IGNORE, "ignore"),
  G_DEFINE_ENUM_VALUE (KOLO_COLUMN_NAME, "name"),
  G_DEFINE_ENUM_VALUE (KOLO_COLUMN_LAST_NAME, "last-name"),
  G_DEFINE_ENUM_VALUE (KOLO_COLUMN_FIRST_NAME, "first-name"),
  G_DEFINE_ENUM_VALUE (KOLO_COLUMN_MIDDLE_NAME, "middle-name"),
  G_DEFINE_ENUM_VALUE (KOLO_COLUMN_INSTITUTION, "institution"),
  G_DEFINE_ENUM_VALUE (KOLO_COLUMN_POSITION, "position"),
  G_DEFINE_ENUM_VALUE (KOLO_COLUMN_CITY, "city"),
  G_DEFINE_ENUM_VALUE (KOLO_COLUMN_EMAIL, "email"),
  G_DEFINE_ENUM_VALUE (KOLO_COLUMN_PHONE, "phone"),
  G_DEFINE_ENUM_VALUE (KOLO_COLUMN_NOTES, "notes"),
  G_DEFINE_ENUM_VALUE (KOLO_COLUMN_GENDER, "gender"))

/* Column names as lists come with them, matched folded (see _kolo_import_fold_key()).
 * The labels of kolo_column_get_label(), in English and translated, match
 * too, so that an exported list comes back in whatever language. */
static const struct
{
  KoloColumn  column;
  const char *name;
} known_names[] = {
  { KOLO_COLUMN_NAME, "ПІБ" },
  { KOLO_COLUMN_NAME, "Прізвище, ім'я, по батькові" },
  { KOLO_COLUMN_NAME, "Прізвище, ім'я та по батькові" },
  { KOLO_COLUMN_NAME, "Прізвище та ім'я" },
  { KOLO_COLUMN_NAME, "Прізвище, ім'я" },
  { KOLO_COLUMN_NAME, "Прізвище і ім'я" },
  { KOLO_COLUMN_NAME, "Ім'я та прізвище" },
  { KOLO_COLUMN_NAME, "Повне ім'я" },
  { KOLO_COLUMN_NAME, "Учасник" },
  { KOLO_COLUMN_NAME, "ФІО" },
  { KOLO_COLUMN_NAME, "ФИО" },
  { KOLO_COLUMN_NAME, "Name" },
  { KOLO_COLUMN_NAME, "Full name" },
  { KOLO_COLUMN_NAME, "Name and surname" },
  { KOLO_COLUMN_NAME, "Participant" },
  { KOLO_COLUMN_LAST_NAME, "Прізвище" },
  { KOLO_COLUMN_LAST_NAME, "Last name" },
  { KOLO_COLUMN_LAST_NAME, "Surname" },
  { KOLO_COLUMN_LAST_NAME, "Family name" },
  { KOLO_COLUMN_FIRST_NAME, "Ім'я" },
  { KOLO_COLUMN_FIRST_NAME, "First name" },
  { KOLO_COLUMN_FIRST_NAME, "Given name" },
  { KOLO_COLUMN_MIDDLE_NAME, "По батькові" },
  { KOLO_COLUMN_MIDDLE_NAME, "Middle name" },
  { KOLO_COLUMN_MIDDLE_NAME, "Patronymic" },
  { KOLO_COLUMN_INSTITUTION, "Установа" },
  { KOLO_COLUMN_INSTITUTION, "Назва установи" },
  { KOLO_COLUMN_INSTITUTION, "Бібліотека" },
  { KOLO_COLUMN_INSTITUTION, "Назва бібліотеки" },
  { KOLO_COLUMN_INSTITUTION, "Організація" },
  { KOLO_COLUMN_INSTITUTION, "Заклад" },
  { KOLO_COLUMN_INSTITUTION, "Місце роботи" },
  { KOLO_COLUMN_INSTITUTION, "Institution" },
  { KOLO_COLUMN_INSTITUTION, "Organisation" },
  { KOLO_COLUMN_INSTITUTION, "Organization" },
  { KOLO_COLUMN_INSTITUTION, "Library" },
  { KOLO_COLUMN_INSTITUTION, "Workplace" },
  { KOLO_COLUMN_INSTITUTION, "Place of work" },
  { KOLO_COLUMN_INSTITUTION, "Affiliation" },
  { KOLO_COLUMN_POSITION, "Посада" },
  { KOLO_COLUMN_POSITION, "Position" },
  { KOLO_COLUMN_POSITION, "Job title" },
  { KOLO_COLUMN_CITY, "Місто" },
  { KOLO_COLUMN_CITY, "Район" },
  { KOLO_COLUMN_CITY, "Місто / район" },
  { KOLO_COLUMN_CITY, "Район / місто" },
  { KOLO_COLUMN_CITY, "Місто або район" },
  { KOLO_COLUMN_CITY, "Місто чи район" },
  { KOLO_COLUMN_CITY, "Населений пункт" },
  { KOLO_COLUMN_CITY, "Громада" },
  { KOLO_COLUMN_CITY, "City" },
  { KOLO_COLUMN_CITY, "Town" },
  { KOLO_COLUMN_CITY, "District" },
  { KOLO_COLUMN_CITY, "City or district" },
  { KOLO_COLUMN_EMAIL, "E-mail" },
  { KOLO_COLUMN_EMAIL, "Е-mail" },               /* with a Cyrillic Е */
  { KOLO_COLUMN_EMAIL, "Email address" },
  { KOLO_COLUMN_EMAIL, "Ел. пошта" },
  { KOLO_COLUMN_EMAIL, "Електронна пошта" },
  { KOLO_COLUMN_EMAIL, "Адреса електронної пошти" },
  { KOLO_COLUMN_EMAIL, "Е-пошта" },
  { KOLO_COLUMN_PHONE, "Телефон" },
  { KOLO_COLUMN_PHONE, "Тел." },
  { KOLO_COLUMN_PHONE, "Контактний телефон" },
  { KOLO_COLUMN_PHONE, "Мобільний телефон" },
  { KOLO_COLUMN_PHONE, "Номер телефону" },
  { KOLO_COLUMN_PHONE, "Phone" },
  { KOLO_COLUMN_PHONE, "Telephone" },
  { KOLO_COLUMN_PHONE, "Phone number" },
  { KOLO_COLUMN_PHONE, "Mobile" },
  { KOLO_COLUMN_NOTES, "Примітки" },
  { KOLO_COLUMN_NOTES, "Примітка" },
  { KOLO_COLUMN_NOTES, "Коментар" },
  { KOLO_COLUMN_NOTES, "Notes" },
  { KOLO_COLUMN_NOTES, "Note" },
  { KOLO_COLUMN_NOTES, "Comments" },
  { KOLO_COLUMN_GENDER, "Стать" },
  { KOLO_COLUMN_GENDER, "Gender" },
  { KOLO_COLUMN_GENDER, "Sex" },
};

static const struct
{
  KoloGender  gender;
  const char *text;
} known_genders[] = {
  { KOLO_GENDER_FEMININE, "ж" }, { KOLO_GENDER_FEMININE, "жін" },
  { KOLO_GENDER_FEMININE, "жінка" }, { KOLO_GENDER_FEMININE, "жіноча" },
  { KOLO_GENDER_FEMININE, "f" }, { KOLO_GENDER_FEMININE, "female" },
  { KOLO_GENDER_FEMININE, "w" }, { KOLO_GENDER_FEMININE, "woman" },
  { KOLO_GENDER_MASCULINE, "ч" }, { KOLO_GENDER_MASCULINE, "чол" },
  { KOLO_GENDER_MASCULINE, "чоловік" }, { KOLO_GENDER_MASCULINE, "чоловіча" },
  { KOLO_GENDER_MASCULINE, "m" }, { KOLO_GENDER_MASCULINE, "male" },
  { KOLO_GENDER_MASCULINE, "man" },
};

/* The labels, untranslated: they match in English whatever the language. */
static const char *
column_name (KoloColumn column)
{
  switch (column)
    {
    /* Translators: what a column of an imported list holds: nothing kept */
    case KOLO_COLUMN_IGNORE: return N_("Not imported");
    /* Translators: a column heading; Ukrainian lists say «ПІБ» */
    case KOLO_COLUMN_NAME: return N_("Full name");
    case KOLO_COLUMN_LAST_NAME: return N_("Last name");
    case KOLO_COLUMN_FIRST_NAME: return N_("First name");
    /* Translators: a column heading, «По батькові» */
    case KOLO_COLUMN_MIDDLE_NAME: return N_("Patronymic");
    case KOLO_COLUMN_INSTITUTION: return N_("Institution");
    /* Translators: a column heading: the participant's job */
    case KOLO_COLUMN_POSITION: return N_("Position");
    case KOLO_COLUMN_CITY: return N_("City or district");
    case KOLO_COLUMN_EMAIL: return N_("E-mail");
    case KOLO_COLUMN_PHONE: return N_("Phone");
    case KOLO_COLUMN_NOTES: return N_("Notes");
    /* Translators: a column heading: grammatical gender, for certificates */
    case KOLO_COLUMN_GENDER: return N_("Gender");
    case KOLO_N_COLUMNS:
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * kolo_column_get_label:
 * @column: a kind of column
 *
 * Returns: (transfer none): its name in the user's language, as the
 *   exported list heads its column
 */
const char *
kolo_column_get_label (KoloColumn column)
{
  return _(column_name (column));
}

/* Text ------------------------------------------------------------------ */

/* Text whose folding is the lower case of each character: ASCII and the
 * precomposed Cyrillic letters (not the combining marks among them), and
 * punctuation, which the key drops.  Other text goes the long way, through
 * normalisation, which costs ten times more: a list has thousands of
 * names. */
static gboolean
is_simple_char (gunichar c)
{
  return c < 0x80 ||
         (c >= 0x400 && c <= 0x482) || (c >= 0x48A && c <= 0x4FF) ||
         (c >= 0x2010 && c <= 0x2027) ||
         c == 0xA0 || c == 0xAB || c == 0xBB || c == 0x2BC;
}

char *
_kolo_import_fold_key (const char *text)
{
  g_autofree char *folded = NULL;
  const char *from = text;
  GString *out = g_string_sized_new (strlen (text));
  int depth = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!is_simple_char (g_utf8_get_char (p)))
      {
        from = folded = kolo_text_fold (text);
        break;
      }

  for (const char *p = from; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '(' || c == '[')
        depth++;
      else if ((c == ')' || c == ']') && depth > 0)
        depth--;
      /* ʼ is a letter to Unicode, and an apostrophe to Ukrainians. */
      else if (depth == 0 && g_unichar_isalnum (c) && c != 0x2BC)
        g_string_append_unichar (out, folded != NULL ? c : g_unichar_tolower (c));
    }
  return g_string_free (out, FALSE);
}

KoloColumn
_kolo_column_match (const char *header)
{
  g_autofree char *key = _kolo_import_fold_key (header);

  if (*key == '\0')
    return KOLO_COLUMN_IGNORE;

  for (guint i = 0; i < G_N_ELEMENTS (known_names); i++)
    {
      g_autofree char *name = _kolo_import_fold_key (known_names[i].name);

      if (g_str_equal (key, name))
        return known_names[i].column;
    }
  for (KoloColumn c = KOLO_COLUMN_NAME; c < KOLO_N_COLUMNS; c++)
    {
      g_autofree char *label = _kolo_import_fold_key (kolo_column_get_label (c));
      g_autofree char *english = _kolo_import_fold_key (column_name (c));

      if (g_str_equal (key, label) || g_str_equal (key, english))
        return c;
    }
  return KOLO_COLUMN_IGNORE;
}

KoloGender
_kolo_gender_match (const char *text)
{
  g_autofree char *key = _kolo_import_fold_key (text);

  for (guint i = 0; i < G_N_ELEMENTS (known_genders); i++)
    if (g_str_equal (key, known_genders[i].text))
      return known_genders[i].gender;
  return KOLO_GENDER_UNKNOWN;
}

/* Does the (folded) word end with @suffix? */
static gboolean
ends_with (const char *word,
           const char *suffix)
{
  return g_str_has_suffix (word, suffix) && strlen (word) > strlen (suffix) + 2;
}

KoloGender
_kolo_gender_guess (const char *name)
{
  g_autofree char *folded = kolo_text_fold (name);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t\n", -1);
  KoloGender found = KOLO_GENDER_UNKNOWN;
  guint n_words = 0;

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      n_words++;
  if (n_words < 3)
    return KOLO_GENDER_UNKNOWN;

  /* The first word is left out: surnames end in -ич too (Кузьмич). */
  for (guint i = 0, n = 0; words[i] != NULL; i++)
    {
      KoloGender here = KOLO_GENDER_UNKNOWN;

      if (*words[i] == '\0' || n++ == 0)
        continue;
      if (ends_with (words[i], "івна") || ends_with (words[i], "ївна") ||
          ends_with (words[i], "ична"))
        here = KOLO_GENDER_FEMININE;
      else if (ends_with (words[i], "ович") || ends_with (words[i], "йович") ||
               ends_with (words[i], "евич") || ends_with (words[i], "ьович") ||
               g_str_equal (words[i], "ілліч"))
        here = KOLO_GENDER_MASCULINE;

      if (here == KOLO_GENDER_UNKNOWN)
        continue;
      if (found != KOLO_GENDER_UNKNOWN && found != here)
        return KOLO_GENDER_UNKNOWN;
      found = here;
    }
  return found;
}

/* Out ------------------------------------------------------------------- */

/**
 * kolo_participants_to_csv:
 * @event: an event
 *
 * The event's participants for a spreadsheet: UTF-8 with a byte-order
 * mark, RFC 4180 with CRLF; a header row of the column labels in the
 * user's language (so that the file comes back in with its columns
 * matched); then per participant the name, institution, position, city,
 * e-mail, phone, notes, gender ("f", "m" or empty) and one column per
 * day, headed by the day's date (2013-11-11), with "+" when they came.
 *
 * Returns: (transfer full): the file's text
 */
char *
kolo_participants_to_csv (KoloEvent *event)
{
  static const KoloColumn order[] = {
    KOLO_COLUMN_NAME, KOLO_COLUMN_INSTITUTION, KOLO_COLUMN_POSITION, KOLO_COLUMN_CITY,
    KOLO_COLUMN_EMAIL, KOLO_COLUMN_PHONE, KOLO_COLUMN_NOTES, KOLO_COLUMN_GENDER,
  };
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *participants;
  GListModel *day_list;
  GString *out;

  g_return_val_if_fail (KOLO_IS_EVENT (event), NULL);

  participants = kolo_event_get_participants (event);
  day_list = kolo_event_get_days (event);
  out = g_string_new ("\xEF\xBB\xBF");

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    g_ptr_array_add (fields, g_strdup (kolo_column_get_label (order[i])));
  for (guint i = 0; i < g_list_model_get_n_items (day_list); i++)
    {
      KoloDay *day = g_list_model_get_item (day_list, i);
      const GDate *date = kolo_day_get_date (day);

      g_ptr_array_add (days, day);
      g_ptr_array_add (fields, date != NULL && g_date_valid (date)
                                 ? kolo_text_format_iso_date (date)
                                 : g_strdup_printf (_("Day %u"), kolo_day_get_number (day)));
    }
  kolo_csv_append_row (out, (const char * const *) fields->pdata, fields->len);

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(KoloParticipant) p = g_list_model_get_item (participants, i);
      const char *row[G_N_ELEMENTS (order)] = {
        kolo_participant_get_name (p), kolo_participant_get_institution (p),
        kolo_participant_get_position (p), kolo_participant_get_city (p),
        kolo_participant_get_email (p), kolo_participant_get_phone (p),
        kolo_participant_get_notes (p), kolo_gender_to_string (kolo_participant_get_gender (p)),
      };

      g_ptr_array_set_size (fields, 0);
      for (guint f = 0; f < G_N_ELEMENTS (row); f++)
        g_ptr_array_add (fields, g_strdup (row[f] ? row[f] : ""));
      for (guint d = 0; d < days->len; d++)
        g_ptr_array_add (fields, g_strdup (kolo_participant_get_attended (p, days->pdata[d])
                                           ? "+" : ""));
      kolo_csv_append_row (out, (const char * const *) fields->pdata, fields->len);
    }

  return g_string_free (out, FALSE);
}
