/* kolo-text.h — folding for search, slugs, and clock, date and duration text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KOLO_TITLE_MAX_CHARS 200
#define KOLO_TEXT_MAX_CHARS  10000
#define KOLO_MINUTES_MIN     1
#define KOLO_MINUTES_MAX     600

char     *kolo_text_fold            (const char  *text);
char     *kolo_text_slugify         (const char  *text);
char     *kolo_text_format_clock    (int          minute_of_day);
gboolean  kolo_text_parse_clock     (const char  *text,
                                     int         *minute_of_day);
char     *kolo_text_format_iso_date (const GDate *date);
gboolean  kolo_text_parse_iso_date  (const char  *text,
                                     GDate       *date);
char     *kolo_text_format_date     (const GDate *date);
/* g_date_time_format() with %A, %B and %b in Kolo's language */
char     *kolo_text_format_date_time (GDateTime  *dt,
                                      const char *format);
char     *kolo_text_format_date_range (const GDate *first,
                                     const GDate *last);
char     *kolo_text_format_duration (int          minutes);
gint64    kolo_text_countdown_seconds (gint64     remaining_us);
char     *kolo_text_format_countdown (gint64      remaining_us);

G_END_DECLS
