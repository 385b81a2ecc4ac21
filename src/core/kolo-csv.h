/* kolo-csv.h — CSV as spreadsheets really write it, in and out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Larger files are refused before they are read (KOLO_FILE_ERROR_TOO_BIG
 * or the like, with the size and the limit in the message). */
#define KOLO_CSV_MAX_BYTES (64 * 1024 * 1024)
/* A longer field is refused with its line: no list has one, and a
 * runaway quote makes one. */
#define KOLO_CSV_MAX_FIELD_CHARS 100000

typedef struct _KoloCsv KoloCsv;

/* Reads @data: UTF-8 with or without a byte-order mark, UTF-16 with one, or
 * Windows-1251 (told from invalid UTF-8, never asked); the separator
 * (comma, semicolon or tab) from the first lines; quoted fields with
 * separators, doubled quotes and line breaks inside; CRLF, LF or CR line
 * ends; empty lines skipped.  A broken file (an unclosed quote) is refused
 * with the line where the field began. */
KoloCsv     *kolo_csv_parse        (GBytes      *data,
                                    GError     **error);
gboolean     kolo_csv_check_size   (guint64      size,
                                    GError     **error);
/* Reads @file for kolo_csv_parse(), refusing it before reading when it is
 * larger than KOLO_CSV_MAX_BYTES. */
GBytes      *kolo_csv_load         (GFile        *file,
                                    GCancellable *cancellable,
                                    GError      **error);
void         kolo_csv_free         (KoloCsv     *self);
/* "UTF-8", "UTF-8 with BOM", "UTF-16", "Windows-1251" */
const char  *kolo_csv_get_encoding (KoloCsv     *self);
char         kolo_csv_get_separator (KoloCsv    *self);
guint        kolo_csv_get_n_rows   (KoloCsv     *self);
/* Rows may be ragged: fields past a row's end read as "". */
guint        kolo_csv_get_n_fields (KoloCsv     *self,
                                    guint        row);
const char  *kolo_csv_get_field    (KoloCsv     *self,
                                    guint        row,
                                    guint        field);
/* The line of the file where @row starts, counted from 1. */
guint        kolo_csv_get_line     (KoloCsv     *self,
                                    guint        row);

/* Appends one row, RFC 4180: fields quoted when they hold a comma, a quote
 * or a line break (or a semicolon or a tab, for spreadsheets that split on
 * those), quotes doubled, CRLF at the end. */
void         kolo_csv_append_row   (GString            *out,
                                    const char * const *fields,
                                    gsize               n_fields);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoloCsv, kolo_csv_free)

G_END_DECLS
