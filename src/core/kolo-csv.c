/* kolo-csv.c — CSV as spreadsheets really write it, in and out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kolo-csv.h"
#include "kolo-json.h"

/* Every field costs four bytes of index: a 64 MB file of nothing but
 * commas would otherwise need a quarter of a gigabyte. */
#define CSV_MAX_FIELDS (16 * 1024 * 1024)
/* The separator is told from this many records at the start. */
#define CSV_SNIFF_RECORDS 10

typedef struct
{
  guint32 first;      /* index of its first field in fields */
  guint32 n_fields;
  guint32 line;       /* where it starts, from 1 */
} CsvRow;

struct _KoloCsv
{
  const char *encoding;   /* static */
  char        separator;
  GString    *text;       /* every field, each ended by a NUL */
  GArray     *fields;     /* of guint32: where each field starts in text */
  GArray     *rows;       /* of CsvRow */
};

/* Sizes in messages: whole megabytes, rounded up, as file managers show
 * them. */
static guint
megabytes (guint64 size)
{
  guint64 mb = (size + 1024 * 1024 - 1) / (1024 * 1024);

  return (guint) MIN (mb, G_MAXUINT);
}

static void
set_too_big (GError  **error,
             guint64   size)
{
  g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_TOO_BIG,
               _("The file is too big: %u MB; the limit is %u MB"),
               megabytes (size), megabytes (KOLO_CSV_MAX_BYTES));
}
/**
 * kolo_csv_check_size:
 * @size: a file's size in bytes
 *
 * Refuses a file larger than %KOLO_CSV_MAX_BYTES with the error every
 * reader of lists gives, so that a caller can refuse it before reading.
 *
 * Returns: whether @size is within the limit
 */
gboolean
kolo_csv_check_size (guint64   size,
                     GError  **error)
{
  if (size <= KOLO_CSV_MAX_BYTES)
    return TRUE;
  set_too_big (error, size);
  return FALSE;
}


/* The line of @offset in @data, counting CRLF, LF and CR as line ends. */
static guint
line_at (const char *data,
         gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= offset || data[i + 1] != '\n')))
      line++;
  return line;
}

/* Encodings ------------------------------------------------------------- */

/* Characters a participant list in Ukrainian or English is made of. */
static gboolean
is_expected_char (gunichar c)
{
  if (c < 0x80 || c >= 0x800)
    return TRUE;
  if ((c >= 0xC0 && c <= 0x24F) ||     /* Latin letters with accents */
      (c >= 0x370 && c <= 0x3FF) ||    /* Greek */
      (c >= 0x400 && c <= 0x45F) ||    /* Cyrillic of today */
      c == 0x490 || c == 0x491 ||      /* Ґ ґ */
      c == 0x2BC)                      /* ʼ, the Ukrainian apostrophe */
    return TRUE;
  switch (c)
    {
    case 0xA0: case 0xA7: case 0xA9: case 0xAB: case 0xAE: case 0xB0: case 0xB7: case 0xBB:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Text that is valid UTF-8 may still be Windows-1251: an upper-case
 * Cyrillic letter (0xC2–0xDF there) followed by one of і, ї, є, ґ, І, Ї,
 * Є, Ґ or typographic punctuation (0x80–0xBF) is a valid two-byte UTF-8
 * sequence.  Real text has other letters in between that break UTF-8 at
 * once, so such a file is a few characters long, and read as UTF-8 it is
 * mostly C1 controls, superscripts, Armenian, Hebrew or Arabic.  It is
 * read as Windows-1251 when more of its non-ASCII characters are of that
 * kind than not (pure ASCII is both, and read as UTF-8). */
static gboolean
looks_like_cp1251 (const char *data,
                   gsize       length)
{
  guint odd = 0, expected = 0;

  for (const char *p = data; p < data + length; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80)
        continue;
      if (is_expected_char (c))
        expected++;
      else
        odd++;
    }
  return odd > expected;
}

/* Excel's "Unicode text" is UTF-16, little-endian, with a byte-order mark. */
static char *
decode_utf16 (const char  *data,
              gsize        length,
              const char  *charset,
              const char **encoding,
              gsize       *out_length,
              GError     **error)
{
  char *text = g_convert (data, length, "UTF-8", charset, NULL, out_length, NULL);

  *encoding = "UTF-16";
  if (text == NULL || memchr (text, '\0', *out_length) != NULL)
    {
      g_free (text);
      g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_INVALID,
                   _("The file says it is UTF-16 but is not"));
      return NULL;
    }
  return text;
}

/* @data as UTF-8 text without a byte-order mark, NUL-terminated. */
static char *
decode (const char  *data,
        gsize        length,
        const char **encoding,
        gsize       *out_length,
        GError     **error)
{
  const char *end = NULL;
  gsize bytes_read = 0;
  char *text;

  /* What people try first: the spreadsheet's own file. */
  if ((length >= 4 && memcmp (data, "PK\x03\x04", 4) == 0) ||
      (length >= 8 && memcmp (data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0))
    {
      g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_FORMAT,
                   _("This is a spreadsheet’s own file, not CSV: save it as CSV in the "
                     "spreadsheet first"));
      return NULL;
    }

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      *encoding = "UTF-8 with BOM";
      if (!g_utf8_validate_len (data + 3, length - 3, &end))
        {
          g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_INVALID,
                       _("Line %u: the file says it is UTF-8 but is not"),
                       line_at (data + 3, end - (data + 3)));
          return NULL;
        }
      *out_length = length - 3;
      return g_strndup (data + 3, length - 3);
    }

  if (length >= 2 && (guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE)
    return decode_utf16 (data + 2, length - 2, "UTF-16LE", encoding, out_length, error);
  if (length >= 2 && (guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)
    return decode_utf16 (data + 2, length - 2, "UTF-16BE", encoding, out_length, error);

  if (memchr (data, '\0', length) != NULL)
    {
      g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_FORMAT,
                   _("This is not a CSV file: it is not text"));
      return NULL;
    }

  if (g_utf8_validate_len (data, length, NULL) && !looks_like_cp1251 (data, length))
    {
      *encoding = "UTF-8";
      *out_length = length;
      return g_strndup (data, length);
    }

  /* What is not UTF-8 is the legacy Cyrillic code page older Excel saves
   * in; only 0x98 is not a character there. */
  *encoding = "Windows-1251";
  text = g_convert (data, length, "UTF-8", "WINDOWS-1251", &bytes_read, out_length, NULL);
  if (text == NULL)
    {
      g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_INVALID,
                   _("Line %u: the file is neither UTF-8 nor Windows-1251 text"),
                   line_at (data, MIN (bytes_read, length)));
      return NULL;
    }
  return text;
}

/* Parsing --------------------------------------------------------------- */

typedef struct
{
  const char *s;
  gsize       n;
  char        sep;
  guint       max_rows;
  GString    *text;     /* NULL while sniffing: fields are only counted */
  GArray     *fields;
  GArray     *rows;
} Parser;

static gsize
skip_line_end (const char *s,
               gsize       n,
               gsize       i)
{
  if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
    return i + 2;
  return i + 1;
}

static void
append (Parser     *p,
        const char *from,
        gsize       len)
{
  if (p->text != NULL)
    g_string_append_len (p->text, from, len);
}

static gboolean
end_field (Parser   *p,
           gsize     start,
           guint     line,
           GError  **error)
{
  if (p->text == NULL)
    return TRUE;

  if (p->text->len - start > KOLO_CSV_MAX_FIELD_CHARS &&
      g_utf8_strlen (p->text->str + start, p->text->len - start) > KOLO_CSV_MAX_FIELD_CHARS)
    {
      g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_INVALID,
                   _("Line %u: a field is longer than %u characters"),
                   line, KOLO_CSV_MAX_FIELD_CHARS);
      return FALSE;
    }
  g_string_append_c (p->text, '\0');
  return TRUE;
}

/* RFC 4180, leniently: a quote opens a quoted field only as its first
 * character; elsewhere it is a character.  After a closing quote, text up
 * to the separator is kept as it is. */
static gboolean
parse_records (Parser  *p,
               GError **error)
{
  const char *s = p->s;
  gsize n = p->n;
  gsize i = 0;
  guint line = 1;

  while (i < n && p->rows->len < p->max_rows)
    {
      CsvRow row;

      if (s[i] == '\r' || s[i] == '\n')
        {
          i = skip_line_end (s, n, i);
          line++;
          continue;
        }

      row.first = p->fields->len;
      row.n_fields = 0;
      row.line = line;

      for (;;)
        {
          guint32 start = p->text ? (guint32) p->text->len : 0;
          guint field_line = line;
          gsize j;

          if (p->fields->len >= CSV_MAX_FIELDS)
            {
              g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_INVALID,
                           _("Line %u: the file has more than %u fields"),
                           line, CSV_MAX_FIELDS);
              return FALSE;
            }
          g_array_append_val (p->fields, start);

          if (i < n && s[i] == '"')
            {
              for (i++;;)
                {
                  if (i >= n)
                    {
                      g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_INVALID,
                                   _("Line %u: a quoted field is not closed by the end of "
                                     "the file"), field_line);
                      return FALSE;
                    }
                  if (s[i] == '"')
                    {
                      if (i + 1 < n && s[i + 1] == '"')
                        {
                          append (p, "\"", 1);
                          i += 2;
                          continue;
                        }
                      i++;
                      break;
                    }
                  if (s[i] == '\r' || s[i] == '\n')
                    {
                      /* Line breaks inside a field are \n, whatever the file uses. */
                      append (p, "\n", 1);
                      i = skip_line_end (s, n, i);
                      line++;
                      continue;
                    }
                  for (j = i; j < n && s[j] != '"' && s[j] != '\r' && s[j] != '\n'; j++)
                    ;
                  append (p, s + i, j - i);
                  i = j;
                }
            }

          for (j = i; j < n && s[j] != p->sep && s[j] != '\r' && s[j] != '\n'; j++)
            ;
          append (p, s + i, j - i);
          i = j;

          if (!end_field (p, start, field_line, error))
            return FALSE;
          row.n_fields++;

          if (i < n && s[i] == p->sep)
            {
              i++;
              continue;
            }
          break;
        }

      if (i < n)
        {
          i = skip_line_end (s, n, i);
          line++;
        }
      g_array_append_val (p->rows, row);
    }

  return TRUE;
}

/* The separator whose field count is the most consistent over the first
 * records: for each candidate, the commonest count above one and how often
 * it comes; ties go to the one that splits the header, then to more
 * fields, then to comma, semicolon, tab in that order. */
static char
sniff_separator (const char *text,
                 gsize       length)
{
  static const char candidates[] = { ',', ';', '\t' };
  char best = ',';
  guint best_freq = 0, best_header = 0, best_mode = 0;

  for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
    {
      g_autoptr(GArray) fields = g_array_new (FALSE, FALSE, sizeof (guint32));
      g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (CsvRow));
      Parser p = { text, length, candidates[c], CSV_SNIFF_RECORDS, NULL, fields, rows };
      guint mode = 0, freq = 0, header;

      /* An unclosed quote in the sample: what was counted still counts. */
      parse_records (&p, NULL);
      if (rows->len == 0)
        continue;
      header = g_array_index (rows, CsvRow, 0).n_fields;

      for (guint r = 0; r < rows->len; r++)
        {
          guint count = g_array_index (rows, CsvRow, r).n_fields;
          guint f = 0;

          if (count < 2)
            continue;
          for (guint q = 0; q < rows->len; q++)
            if (g_array_index (rows, CsvRow, q).n_fields == count)
              f++;
          if (f > freq || (f == freq && count == header) ||
              (f == freq && mode != header && count > mode))
            {
              freq = f;
              mode = count;
            }
        }

      if (freq > best_freq ||
          (freq == best_freq && freq > 0 &&
           ((header > 1) > (best_header > 1) ||
            ((header > 1) == (best_header > 1) && mode > best_mode))))
        {
          best = candidates[c];
          best_freq = freq;
          best_header = header;
          best_mode = mode;
        }
    }

  return best;
}

/**
 * kolo_csv_parse:
 * @data: the file's bytes
 * @error: where to put the reason a file cannot be read
 *
 * Reads a CSV file as spreadsheets write it; see kolo-csv.h.
 *
 * Returns: (transfer full) (nullable): the rows, or %NULL with @error set
 */
KoloCsv *
kolo_csv_parse (GBytes  *data,
                GError **error)
{
  g_autoptr(KoloCsv) self = NULL;
  g_autofree char *text = NULL;
  const char *bytes;
  gsize size, length = 0;
  Parser p;

  g_return_val_if_fail (data != NULL, NULL);

  bytes = g_bytes_get_data (data, &size);
  if (!kolo_csv_check_size (size, error))
    return NULL;

  self = g_new0 (KoloCsv, 1);
  self->fields = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->rows = g_array_new (FALSE, FALSE, sizeof (CsvRow));

  if (size == 0)
    {
      self->encoding = "UTF-8";
      self->separator = ',';
      self->text = g_string_new (NULL);
      return g_steal_pointer (&self);
    }

  if ((text = decode (bytes, size, &self->encoding, &length, error)) == NULL)
    return NULL;

  self->separator = sniff_separator (text, length);
  /* Quotes and separators go, so the fields never need more room. */
  self->text = g_string_sized_new (length + 1);

  p = (Parser) { text, length, self->separator, G_MAXUINT, self->text, self->fields, self->rows };
  if (!parse_records (&p, error))
    return NULL;

  return g_steal_pointer (&self);
}

void
kolo_csv_free (KoloCsv *self)
{
  if (self == NULL)
    return;
  if (self->text != NULL)
    g_string_free (self->text, TRUE);
  g_array_unref (self->fields);
  g_array_unref (self->rows);
  g_free (self);
}

/**
 * kolo_csv_get_encoding:
 * @self: a parsed file
 *
 * Returns: "UTF-8", "UTF-8 with BOM", "UTF-16" or "Windows-1251"
 */
const char *
kolo_csv_get_encoding (KoloCsv *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->encoding;
}

char
kolo_csv_get_separator (KoloCsv *self)
{
  g_return_val_if_fail (self != NULL, ',');

  return self->separator;
}

guint
kolo_csv_get_n_rows (KoloCsv *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rows->len;
}

guint
kolo_csv_get_n_fields (KoloCsv *self,
                       guint    row)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (row < self->rows->len, 0);

  return g_array_index (self->rows, CsvRow, row).n_fields;
}

/**
 * kolo_csv_get_field:
 * @self: a parsed file
 * @row: a row, from 0
 * @field: a field of it, from 0
 *
 * Returns: (transfer none): the field's text; "" past the row's end
 */
const char *
kolo_csv_get_field (KoloCsv *self,
                    guint    row,
                    guint    field)
{
  const CsvRow *r;

  g_return_val_if_fail (self != NULL, "");
  g_return_val_if_fail (row < self->rows->len, "");

  r = &g_array_index (self->rows, CsvRow, row);
  if (field >= r->n_fields)
    return "";
  return self->text->str + g_array_index (self->fields, guint32, r->first + field);
}

guint
kolo_csv_get_line (KoloCsv *self,
                   guint    row)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (row < self->rows->len, 0);

  return g_array_index (self->rows, CsvRow, row).line;
}

/**
 * kolo_csv_load:
 * @file: a CSV file
 * @cancellable: (nullable): a #GCancellable
 * @error: where to put the reason it cannot be read
 *
 * Reads @file whole, unless it is larger than %KOLO_CSV_MAX_BYTES: then
 * nothing of it is read.
 *
 * Returns: (transfer full) (nullable): the file's bytes
 */
GBytes *
kolo_csv_load (GFile         *file,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GByteArray) buffer = NULL;
  guint64 size = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if ((in = g_file_read (file, cancellable, error)) == NULL)
    return NULL;

  info = g_file_input_stream_query_info (in, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable, NULL);
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE))
    size = (guint64) g_file_info_get_size (info);
  if (!kolo_csv_check_size (size, error))
    return NULL;

  /* The size is a hint: the file may grow while it is read, or be a pipe. */
  buffer = g_byte_array_sized_new ((guint) size + 1);
  for (;;)
    {
      guint8 chunk[64 * 1024];
      gssize n = g_input_stream_read (G_INPUT_STREAM (in), chunk, sizeof chunk, cancellable,
                                      error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      if (buffer->len + (guint64) n > KOLO_CSV_MAX_BYTES)
        {
          set_too_big (error, buffer->len + (guint64) n);
          return NULL;
        }
      g_byte_array_append (buffer, chunk, (guint) n);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/**
 * kolo_csv_append_row:
 * @out: where to write
 * @fields: (array length=n_fields): the row's fields, UTF-8
 * @n_fields: how many
 *
 * Appends one row as RFC 4180 has it, ended by CRLF.
 */
void
kolo_csv_append_row (GString            *out,
                     const char * const *fields,
                     gsize               n_fields)
{
  g_return_if_fail (out != NULL);

  for (gsize i = 0; i < n_fields; i++)
    {
      const char *text = fields[i] ? fields[i] : "";

      if (i > 0)
        g_string_append_c (out, ',');

      /* A row of one empty field would be an empty line, which readers skip. */
      if (strpbrk (text, ",;\t\"\r\n") == NULL && (*text != '\0' || n_fields > 1))
        {
          g_string_append (out, text);
          continue;
        }

      g_string_append_c (out, '"');
      for (const char *p = text; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  g_string_append (out, "\r\n");
}
