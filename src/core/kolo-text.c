/* kolo-text.c — folding for search, slugs, and clock, date and duration text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-text"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kolo-text.h"

static gboolean
is_apostrophe (gunichar c)
{
  /* ' ’ ʼ ‘ ` ´ — all spellings of the Ukrainian apostrophe seen in the wild */
  return c == 0x0027 || c == 0x2019 || c == 0x02BC || c == 0x2018 ||
         c == 0x0060 || c == 0x00B4;
}

/**
 * kolo_text_fold:
 * @text: UTF-8 text
 *
 * Folds @text for comparison: case-folded (Cyrillic too, unlike SQLite's
 * lower()), compatibility-normalised, with every apostrophe made `'`, so
 * that «Мар’яна», «мар'яна» and «МАРʼЯНА» compare equal.
 *
 * Returns: (transfer full): the folded text
 */
char *
kolo_text_fold (const char *text)
{
  g_autofree char *folded = NULL;
  g_autofree char *normal = NULL;
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  folded = g_utf8_casefold (text, -1);
  normal = g_utf8_normalize (folded, -1, G_NORMALIZE_ALL_COMPOSE);
  if (normal == NULL)
    return g_strdup ("");

  out = g_string_sized_new (strlen (normal));
  for (const char *p = normal; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_apostrophe (c))
        g_string_append_c (out, '\'');
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* The Ukrainian national transliteration (2010), lower case, for slugs. */
static const char *
transliterate (gunichar c,
               gboolean first_in_word)
{
  switch (c)
    {
    case 0x0430: return "a";
    case 0x0431: return "b";
    case 0x0432: return "v";
    case 0x0433: return "h";
    case 0x0491: return "g";
    case 0x0434: return "d";
    case 0x0435: return "e";
    case 0x0454: return first_in_word ? "ye" : "ie";
    case 0x0436: return "zh";
    case 0x0437: return "z";
    case 0x0438: return "y";
    case 0x0456: return "i";
    case 0x0457: return first_in_word ? "yi" : "i";
    case 0x0439: return first_in_word ? "y" : "i";
    case 0x043A: return "k";
    case 0x043B: return "l";
    case 0x043C: return "m";
    case 0x043D: return "n";
    case 0x043E: return "o";
    case 0x043F: return "p";
    case 0x0440: return "r";
    case 0x0441: return "s";
    case 0x0442: return "t";
    case 0x0443: return "u";
    case 0x0444: return "f";
    case 0x0445: return "kh";
    case 0x0446: return "ts";
    case 0x0447: return "ch";
    case 0x0448: return "sh";
    case 0x0449: return "shch";
    case 0x044C: return "";
    case 0x044E: return first_in_word ? "yu" : "iu";
    case 0x044F: return first_in_word ? "ya" : "ia";
    /* Russian letters that turn up in names */
    case 0x044B: return "y";
    case 0x044D: return "e";
    case 0x0451: return "io";
    case 0x044A: return "";
    default: return NULL;
    }
}

/**
 * kolo_text_slugify:
 *
 * Makes a file-name-like name from a title: lower-case ASCII letters and
 * digits joined by `-`, Cyrillic transliterated («Орієнтація на клієнта» →
 * `oriientatsiia-na-kliienta`).
 *
 * Returns: (transfer full): the slug; `template` when nothing is left
 */
char *
kolo_text_slugify (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  GString *out = g_string_new (NULL);
  gboolean word_start = TRUE;

  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *latin;

      if (is_apostrophe (c))
        continue;

      if (c < 128 && g_ascii_isalnum (c))
        {
          g_string_append_c (out, (char) c);
          word_start = FALSE;
        }
      else if ((latin = transliterate (c, word_start)) != NULL)
        {
          g_string_append (out, latin);
          word_start = FALSE;
        }
      else
        {
          if (out->len > 0 && out->str[out->len - 1] != '-')
            g_string_append_c (out, '-');
          word_start = TRUE;
        }
    }

  while (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);
  if (out->len > 60)
    {
      g_string_truncate (out, 60);
      while (out->len > 0 && out->str[out->len - 1] == '-')
        g_string_truncate (out, out->len - 1);
    }
  if (out->len == 0)
    g_string_append (out, "template");

  return g_string_free (out, FALSE);
}

/**
 * kolo_text_format_clock:
 * @minute_of_day: minutes since midnight; past 24 hours wraps
 *
 * Returns: (transfer full): `HH:MM`
 */
char *
kolo_text_format_clock (int minute_of_day)
{
  int m = ((minute_of_day % 1440) + 1440) % 1440;

  return g_strdup_printf ("%02d:%02d", m / 60, m % 60);
}

gboolean
kolo_text_parse_clock (const char *text,
                       int        *minute_of_day)
{
  int h, m;

  if (text == NULL || strlen (text) != 5 || text[2] != ':' ||
      !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]) ||
      !g_ascii_isdigit (text[3]) || !g_ascii_isdigit (text[4]))
    return FALSE;

  h = (text[0] - '0') * 10 + (text[1] - '0');
  m = (text[3] - '0') * 10 + (text[4] - '0');
  if (h > 23 || m > 59)
    return FALSE;

  *minute_of_day = h * 60 + m;
  return TRUE;
}

char *
kolo_text_format_iso_date (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04d-%02d-%02d",
                          g_date_get_year (date),
                          g_date_get_month (date),
                          g_date_get_day (date));
}

gboolean
kolo_text_parse_iso_date (const char *text,
                          GDate      *date)
{
  int y, m, d;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  y = atoi (text);
  m = atoi (text + 5);
  d = atoi (text + 8);
  if (y < 1 || m < 1 || m > 12 || !g_date_valid_dmy (d, m, y))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

/* Month and weekday names come from Kolo's own translations rather than
 * the C library's LC_TIME, so that dates speak the language of the rest
 * of the window (LANGUAGE=uk with LANG=C.UTF-8 is Ukrainian throughout). */
static const char * const month_names[] = {
  NC_("month, after a day number", "January"), NC_("month, after a day number", "February"),
  NC_("month, after a day number", "March"), NC_("month, after a day number", "April"),
  NC_("month, after a day number", "May"), NC_("month, after a day number", "June"),
  NC_("month, after a day number", "July"), NC_("month, after a day number", "August"),
  NC_("month, after a day number", "September"), NC_("month, after a day number", "October"),
  NC_("month, after a day number", "November"), NC_("month, after a day number", "December"),
};

static const char * const short_month_names[] = {
  NC_("abbreviated month", "Jan"), NC_("abbreviated month", "Feb"),
  NC_("abbreviated month", "Mar"), NC_("abbreviated month", "Apr"),
  NC_("abbreviated month", "May"), NC_("abbreviated month", "Jun"),
  NC_("abbreviated month", "Jul"), NC_("abbreviated month", "Aug"),
  NC_("abbreviated month", "Sep"), NC_("abbreviated month", "Oct"),
  NC_("abbreviated month", "Nov"), NC_("abbreviated month", "Dec"),
};

/* Monday first, as g_date_time_get_day_of_week() counts */
static const char * const weekday_names[] = {
  NC_("weekday", "Monday"), NC_("weekday", "Tuesday"), NC_("weekday", "Wednesday"),
  NC_("weekday", "Thursday"), NC_("weekday", "Friday"), NC_("weekday", "Saturday"),
  NC_("weekday", "Sunday"),
};

static void
append_name (GString    *out,
             const char *context,
             const char *name)
{
  const char *translated = g_dpgettext2 (GETTEXT_PACKAGE, context, name);

  /* What g_date_time_format() must print as it is */
  for (const char *c = translated; *c != '\0'; c++)
    {
      if (*c == '%')
        g_string_append_c (out, '%');
      g_string_append_c (out, *c);
    }
}

/**
 * kolo_text_format_date_time:
 * @format: g_date_time_format() syntax
 *
 * Formats @dt as g_date_time_format() does, with %A, %B and %b in the
 * language of Kolo's translations instead of the C library's locale.
 *
 * Returns: (transfer full): the text
 */
char *
kolo_text_format_date_time (GDateTime  *dt,
                            const char *format)
{
  g_autoptr(GString) pattern = g_string_new (NULL);

  g_return_val_if_fail (dt != NULL, NULL);
  g_return_val_if_fail (format != NULL, NULL);

  for (const char *p = format; *p != '\0'; p++)
    {
      if (p[0] != '%' || p[1] == '\0')
        {
          g_string_append_c (pattern, *p);
          continue;
        }
      p++;
      if (*p == 'A')
        append_name (pattern, "weekday", weekday_names[g_date_time_get_day_of_week (dt) - 1]);
      else if (*p == 'B')
        append_name (pattern, "month, after a day number",
                     month_names[g_date_time_get_month (dt) - 1]);
      else if (*p == 'b')
        append_name (pattern, "abbreviated month", short_month_names[g_date_time_get_month (dt) - 1]);
      else
        {
          g_string_append_c (pattern, '%');
          g_string_append_c (pattern, *p);
        }
    }
  return g_date_time_format (dt, pattern->str);
}

static GDateTime *
date_time_from_date (const GDate *date)
{
  return g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                g_date_get_day (date), 12, 0, 0);
}

/**
 * kolo_text_format_date:
 *
 * Returns: (transfer full): the date with its weekday in the user's locale,
 *   «понеділок, 11 листопада 2013»
 */
char *
kolo_text_format_date (const GDate *date)
{
  g_autoptr(GDateTime) dt = NULL;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  dt = date_time_from_date (date);
  /* Translators: a day's date with its weekday, in g_date_time_format()
   * syntax; %B is the month name as it follows a day number (genitive) */
  return kolo_text_format_date_time (dt, _("%A, %-d %B %Y"));
}

/**
 * kolo_text_format_date_range:
 *
 * Returns: (transfer full): «11–12 листопада 2013», «30 листопада – 1 грудня
 *   2013» or one date
 */
char *
kolo_text_format_date_range (const GDate *first,
                             const GDate *last)
{
  g_autoptr(GDateTime) a = NULL;
  g_autoptr(GDateTime) b = NULL;
  g_autofree char *left = NULL;
  g_autofree char *right = NULL;

  g_return_val_if_fail (first != NULL && g_date_valid (first), NULL);

  a = date_time_from_date (first);
  if (last == NULL || !g_date_valid (last) || g_date_compare (first, last) == 0)
    /* Translators: a date without weekday, g_date_time_format() syntax */
    return kolo_text_format_date_time (a, _("%-d %B %Y"));

  b = date_time_from_date (last);
  if (g_date_get_year (first) != g_date_get_year (last))
    {
      left = kolo_text_format_date_time (a, _("%-d %B %Y"));
      right = kolo_text_format_date_time (b, _("%-d %B %Y"));
      /* Translators: a range of two dates */
      return g_strdup_printf (_("%s – %s"), left, right);
    }
  if (g_date_get_month (first) != g_date_get_month (last))
    {
      /* Translators: the first date of a range within one year */
      left = kolo_text_format_date_time (a, _("%-d %B"));
      right = kolo_text_format_date_time (b, _("%-d %B %Y"));
      return g_strdup_printf (_("%s – %s"), left, right);
    }

  left = g_date_time_format (a, "%-d");
  right = kolo_text_format_date_time (b, _("%-d %B %Y"));
  /* Translators: a range of days within one month: "11–12 November 2013" */
  return g_strdup_printf (_("%s–%s"), left, right);
}

/**
 * kolo_text_countdown_seconds:
 * @remaining_us: remaining time; negative once it has run out
 *
 * The whole seconds a countdown shows.  While time remains it rounds up
 * (0:01 shows until the very end, 0:00 only at zero); past zero it counts
 * the whole seconds of overrun.  Views redraw when this value changes.
 *
 * Returns: seconds, negative for overrun
 */
gint64
kolo_text_countdown_seconds (gint64 remaining_us)
{
  if (remaining_us > 0)
    return (remaining_us + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC;
  return -((-remaining_us) / G_USEC_PER_SEC);
}

/**
 * kolo_text_format_countdown:
 *
 * Returns: (transfer full): «12:34», «1:05:00», and for overrun «−0:45»
 *   (with a real minus sign)
 */
char *
kolo_text_format_countdown (gint64 remaining_us)
{
  gint64 seconds = kolo_text_countdown_seconds (remaining_us);
  const char *sign = remaining_us < 0 && seconds != 0 ? "−" : "";
  gint64 s = ABS (seconds);

  if (s >= 3600)
    return g_strdup_printf ("%s%d:%02d:%02d", sign, (int) (s / 3600), (int) (s / 60 % 60),
                            (int) (s % 60));
  return g_strdup_printf ("%s%d:%02d", sign, (int) (s / 60), (int) (s % 60));
}

/**
 * kolo_text_format_duration:
 *
 * Returns: (transfer full): «45 хв», «2 год», «6 год 30 хв»
 */
char *
kolo_text_format_duration (int minutes)
{
  int h = minutes / 60;
  int m = minutes % 60;

  if (h == 0)
    /* Translators: a duration in minutes, abbreviated */
    return g_strdup_printf (_("%d min"), m);
  if (m == 0)
    /* Translators: a duration in whole hours, abbreviated */
    return g_strdup_printf (_("%d h"), h);
  /* Translators: a duration in hours and minutes, abbreviated */
  return g_strdup_printf (_("%d h %d min"), h, m);
}
