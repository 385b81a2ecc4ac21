/* kolo-json.c — reading Kolo files with every problem named, and writing them
 * byte for byte the same every time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-json"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "kolo-json.h"

G_DEFINE_QUARK (kolo-file-error-quark, kolo_file_error)

struct _KoloJsonCheck
{
  GString   *path;
  GArray    *marks;     /* of gsize: path lengths to pop back to */
  GPtrArray *problems;  /* of char *: "path: message" */
  guint      n_unlisted; /* problems past KOLO_JSON_MAX_PROBLEMS */
};

/* A file can hold millions of mistakes; a message that lists them all is
 * no use to anyone and can take gigabytes. */
#define KOLO_JSON_MAX_PROBLEMS 50

/* Where a byte offset is, as people count: lines and characters from 1. */
static void
locate (const char *data,
        gsize       offset,
        guint      *line,
        guint      *column)
{
  const char *line_start = data;

  *line = 1;
  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      {
        (*line)++;
        line_start = data + i + 1;
      }

  /* Count characters, not bytes; invalid UTF-8 counts a byte each. */
  *column = 1;
  for (const char *p = line_start; p < data + offset; (*column)++)
    {
      const char *next = g_utf8_find_next_char (p, data + offset);
      p = next ? next : data + offset;
    }
}

/* The value of the four hex digits at @p, or -1. */
static gint
hex4 (const char *p,
      const char *end)
{
  gint value = 0;

  if (end - p < 4)
    return -1;
  for (guint k = 0; k < 4; k++)
    {
      gint digit = g_ascii_xdigit_value (p[k]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* json-glib 1.6 cuts text at \u0000, and turns a \u escape of a lone
 * surrogate into bytes that are not UTF-8 (swallowing the character after
 * it): both would be stored.  Refuse them here, where the place is known. */
static gboolean
check_escape (const char  *data,
              gsize        length,
              gsize        i,
              gsize       *skip,
              GError     **error)
{
  gint unit = hex4 (data + i + 2, data + length);
  gint low = -1;
  guint line, column;

  *skip = 0;
  if (unit >= 0xD800 && unit <= 0xDBFF && i + 7 < length &&
      data[i + 6] == '\\' && data[i + 7] == 'u')
    low = hex4 (data + i + 8, data + length);

  if (unit == 0 || (unit >= 0xDC00 && unit <= 0xDFFF) ||
      (unit >= 0xD800 && unit <= 0xDBFF && !(low >= 0xDC00 && low <= 0xDFFF)))
    {
      locate (data, i, &line, &column);
      g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_INVALID,
                   _("line %u, column %u: “\\u%.4s” is not allowed in text"),
                   line, column, data + i + 2);
      return FALSE;
    }

  /* A whole pair: step over its first half. */
  if (low >= 0)
    *skip = 6;
  return TRUE;
}

/* json-glib counts columns in bytes; people, and locate(), count
 * characters. */
static guint
char_column (const char *data,
             gsize       length,
             guint       line,
             guint       byte_column)
{
  const char *p = data;
  const char *end = data + length;
  guint column = 1;

  for (guint l = 1; l < line && p < end; p++)
    if (*p == '\n')
      l++;
  for (guint b = 1; b < byte_column && p < end && *p != '\n'; column++)
    {
      const char *next = g_utf8_find_next_char (p, end);

      next = next ? next : end;
      b += next - p;
      p = next;
    }
  return column;
}

static gboolean
check_depth (const char  *data,
             gsize        length,
             GError     **error)
{
  gboolean in_string = FALSE;
  guint depth = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          gsize skip = 0;

          if (c == '\\' && i + 1 < length && data[i + 1] == 'u' &&
              !check_escape (data, length, i, &skip, error))
            return FALSE;
          i += skip;
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }

      if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > KOLO_FILE_MAX_DEPTH)
            {
              guint line, column;

              locate (data, i, &line, &column);
              g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_INVALID,
                           _("line %u, column %u: nested more than %u levels deep"),
                           line, column, KOLO_FILE_MAX_DEPTH);
              return FALSE;
            }
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }

  return TRUE;
}

/**
 * kolo_json_parse:
 * @data: the file's bytes
 *
 * Parses a Kolo file after checking its size, its UTF-8 and its nesting.
 * Errors name the line and column.
 *
 * Returns: (transfer full): the root node, or %NULL with @error set
 */
JsonNode *
kolo_json_parse (const char  *data,
                 gsize        length,
                 GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *end = NULL;
  JsonNode *root;

  if (length > KOLO_FILE_MAX_BYTES)
    {
      g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_INVALID,
                   _("the file is larger than %u MB"), KOLO_FILE_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  /* A byte-order mark is harmless; some editors on Windows add one. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (!g_utf8_validate (data, length, &end))
    {
      guint line, column;

      locate (data, end - data, &line, &column);
      g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_INVALID,
                   _("line %u, column %u: not valid UTF-8 text"), line, column);
      return NULL;
    }

  if (!check_depth (data, length, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_autoptr(GRegex) regex = g_regex_new ("^<data>:(\\d+):(\\d+): [^:]*: (.*)$",
                                             G_REGEX_DOTALL, 0, NULL);
      g_autoptr(GMatchInfo) match = NULL;

      if (g_regex_match (regex, local_error->message, 0, &match))
        {
          g_autofree char *line = g_match_info_fetch (match, 1);
          g_autofree char *column = g_match_info_fetch (match, 2);
          g_autofree char *what = g_match_info_fetch (match, 3);
          guint line_number = (guint) g_ascii_strtoull (line, NULL, 10);
          guint chars = char_column (data, length, line_number,
                                     (guint) g_ascii_strtoull (column, NULL, 10));

          g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_INVALID,
                       _("line %u, column %u: not valid JSON: %s"), line_number, chars, what);
        }
      else
        g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_INVALID,
                     _("not valid JSON: %s"), local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_INVALID, _("the file is empty"));
      return NULL;
    }

  return json_node_ref (root);
}

/* Writing ---------------------------------------------------------------- */

static void
write_string (GString    *out,
              const char *s)
{
  g_string_append_c (out, '"');
  for (; *s != '\0'; s++)
    {
      unsigned char c = (unsigned char) *s;

      switch (c)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
  g_string_append_c (out, '"');
}

static void
indent (GString *out,
        guint    level)
{
  g_string_append_c (out, '\n');
  for (guint i = 0; i < level; i++)
    g_string_append (out, "  ");
}

static void
write_node (GString  *out,
            JsonNode *node,
            guint     level)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        JsonObjectIter iter;
        const char *key;
        JsonNode *member;
        gboolean first = TRUE;

        if (json_object_get_size (object) == 0)
          {
            g_string_append (out, "{}");
            break;
          }
        g_string_append_c (out, '{');
        json_object_iter_init_ordered (&iter, object);
        while (json_object_iter_next_ordered (&iter, &key, &member))
          {
            if (!first)
              g_string_append_c (out, ',');
            first = FALSE;
            indent (out, level + 1);
            write_string (out, key);
            g_string_append (out, ": ");
            write_node (out, member, level + 1);
          }
        indent (out, level);
        g_string_append_c (out, '}');
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        if (n == 0)
          {
            g_string_append (out, "[]");
            break;
          }
        g_string_append_c (out, '[');
        for (guint i = 0; i < n; i++)
          {
            if (i > 0)
              g_string_append_c (out, ',');
            indent (out, level + 1);
            write_node (out, json_array_get_element (array, i), level + 1);
          }
        indent (out, level);
        g_string_append_c (out, ']');
      }
      break;

    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          write_string (out, json_node_get_string (node));
          break;
        case G_TYPE_BOOLEAN:
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
          break;
        case G_TYPE_INT64:
          g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;
        default:
          g_assert_not_reached ();
        }
      break;

    case JSON_NODE_NULL:
      g_string_append (out, "null");
      break;

    default:
      g_assert_not_reached ();
    }
}

/**
 * kolo_json_write:
 * @root: a tree of objects, arrays, strings, integers and booleans
 *
 * Writes @root as Kolo files are written: UTF-8, two-space indentation,
 * members in insertion order, a final newline — the same bytes as Python's
 * `json.dumps (value, ensure_ascii=False, indent=2)` plus a newline, so
 * that export → import → export gives identical files.
 *
 * Returns: (transfer full): the text
 */
char *
kolo_json_write (JsonNode *root)
{
  GString *out = g_string_new (NULL);

  write_node (out, root, 0);
  g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}

/**
 * kolo_json_read_version:
 * @object: a Kolo file's top-level object
 * @format: the file's "format", as it says it
 * @latest: the newest version of @format this Kolo reads
 * @version: (out): the file's "version"
 *
 * Reads the "version" every Kolo file has beside its "format".  Every
 * format refuses a newer version than it knows the same way.
 *
 * Returns: %TRUE when @version was set, else %FALSE with @error set
 */
gboolean
kolo_json_read_version (JsonObject  *object,
                        const char  *format,
                        gint64       latest,
                        gint64      *version,
                        GError     **error)
{
  JsonNode *node = json_object_get_member (object, "version");
  gint64 number;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64 || json_node_get_int (node) < 1)
    {
      g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_INVALID,
                   _("version: expected a positive whole number"));
      return FALSE;
    }

  number = json_node_get_int (node);
  if (number > latest)
    {
      g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_TOO_NEW,
                   _("version: this %s file is version %lld, newer than this Kolo "
                     "understands (up to %lld); update Kolo to open it"),
                   format, (long long) number, (long long) latest);
      return FALSE;
    }

  *version = number;
  return TRUE;
}

/* Checking --------------------------------------------------------------- */

KoloJsonCheck *
kolo_json_check_new (void)
{
  KoloJsonCheck *check = g_new0 (KoloJsonCheck, 1);

  check->path = g_string_new (NULL);
  check->marks = g_array_new (FALSE, FALSE, sizeof (gsize));
  check->problems = g_ptr_array_new_with_free_func (g_free);
  return check;
}

void
kolo_json_check_free (KoloJsonCheck *check)
{
  g_string_free (check->path, TRUE);
  g_array_unref (check->marks);
  g_ptr_array_unref (check->problems);
  g_free (check);
}

void
kolo_json_check_push_key (KoloJsonCheck *check,
                          const char    *key)
{
  g_array_append_val (check->marks, check->path->len);
  if (check->path->len > 0)
    g_string_append_c (check->path, '.');
  g_string_append (check->path, key);
}

void
kolo_json_check_push_index (KoloJsonCheck *check,
                            guint          index)
{
  g_array_append_val (check->marks, check->path->len);
  g_string_append_printf (check->path, "[%u]", index);
}

void
kolo_json_check_pop (KoloJsonCheck *check)
{
  g_return_if_fail (check->marks->len > 0);

  g_string_truncate (check->path, g_array_index (check->marks, gsize, check->marks->len - 1));
  g_array_set_size (check->marks, check->marks->len - 1);
}

void
kolo_json_check_problem (KoloJsonCheck *check,
                         const char    *format,
                         ...)
{
  g_autofree char *message = NULL;
  char *problem;
  va_list args;

  if (check->problems->len >= KOLO_JSON_MAX_PROBLEMS)
    {
      check->n_unlisted++;
      return;
    }

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (check->path->len > 0)
    problem = g_strdup_printf ("%s: %s", check->path->str, message);
  else
    problem = g_steal_pointer (&message);

  /* Problems are reported one a line: a key or a quoted value with a line
   * break in it must not split its problem in two. */
  g_strdelimit (problem, "\r\n", ' ');
  g_ptr_array_add (check->problems, problem);
}

gboolean
kolo_json_check_failed (KoloJsonCheck *check)
{
  return check->problems->len > 0;
}

/* Sets @error to every problem, one a line.  Returns FALSE if there were any. */
gboolean
kolo_json_check_propagate (KoloJsonCheck  *check,
                           GError        **error)
{
  GString *all;

  if (check->problems->len == 0)
    return TRUE;

  all = g_string_new (NULL);
  for (guint i = 0; i < check->problems->len; i++)
    {
      if (i > 0)
        g_string_append_c (all, '\n');
      g_string_append (all, check->problems->pdata[i]);
    }
  if (check->n_unlisted > 0)
    {
      g_string_append_c (all, '\n');
      g_string_append_printf (all,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "and %u more problem",
                                           "and %u more problems",
                                           check->n_unlisted),
                              check->n_unlisted);
    }
  g_set_error_literal (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_INVALID, all->str);
  g_string_free (all, TRUE);
  return FALSE;
}

JsonObject *
kolo_json_check_object (KoloJsonCheck *check,
                        JsonNode      *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      kolo_json_check_problem (check, _("expected an object in braces { }"));
      return NULL;
    }
  return json_node_get_object (node);
}

void
kolo_json_check_keys (KoloJsonCheck      *check,
                      JsonObject         *object,
                      const char * const *known)
{
  JsonObjectIter iter;
  const char *key;
  JsonNode *member;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &key, &member))
    if (!g_strv_contains (known, key))
      {
        kolo_json_check_push_key (check, key);
        kolo_json_check_problem (check, _("unknown field"));
        kolo_json_check_pop (check);
      }
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* Looks up @key; reports a missing required member.  Pushes @key on the path
 * when the member is there (the caller pops). */
static JsonNode *
member (KoloJsonCheck *check,
        JsonObject    *object,
        const char    *key,
        gboolean       required)
{
  JsonNode *node = json_object_get_member (object, key);

  kolo_json_check_push_key (check, key);
  if (node == NULL && required)
    kolo_json_check_problem (check, _("this field is missing"));
  if (node == NULL)
    kolo_json_check_pop (check);
  return node;
}

/**
 * kolo_json_check_string:
 * @required: whether the member must be there and not blank
 * @max_chars: the longest text allowed, in characters
 *
 * Returns: (transfer full) (nullable): the text, or %NULL when it is missing
 *   or wrong (a problem is recorded for wrong ones)
 */
char *
kolo_json_check_string (KoloJsonCheck *check,
                        JsonObject    *object,
                        const char    *key,
                        gboolean       required,
                        guint          max_chars)
{
  JsonNode *node = member (check, object, key, required);
  const char *text;
  glong n_chars;
  char *result = NULL;

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    kolo_json_check_problem (check, _("expected text in quotes"));
  else
    {
      text = json_node_get_string (node);
      n_chars = g_utf8_strlen (text, -1);
      if ((gsize) n_chars > max_chars)
        kolo_json_check_problem (check,
                                 g_dngettext (GETTEXT_PACKAGE,
                                              "at most %u character is allowed, this has %ld",
                                              "at most %u characters are allowed, this has %ld",
                                              max_chars),
                                 max_chars, n_chars);
      else if (required && is_blank (text))
        kolo_json_check_problem (check, _("must not be blank"));
      else
        result = g_strdup (text);
    }

  kolo_json_check_pop (check);
  return result;
}

/**
 * kolo_json_check_int:
 * @message: the problem to report when the value is not a whole number from
 *   @min to @max
 *
 * Returns: whether @value was set
 */
gboolean
kolo_json_check_int (KoloJsonCheck *check,
                     JsonObject    *object,
                     const char    *key,
                     gboolean       required,
                     gint64         min,
                     gint64         max,
                     const char    *message,
                     gint64        *value)
{
  JsonNode *node = member (check, object, key, required);
  gboolean ok = FALSE;

  if (node == NULL)
    return FALSE;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64 &&
      json_node_get_int (node) >= min && json_node_get_int (node) <= max)
    {
      *value = json_node_get_int (node);
      ok = TRUE;
    }
  else
    kolo_json_check_problem (check, "%s", message);

  kolo_json_check_pop (check);
  return ok;
}

gboolean
kolo_json_check_bool (KoloJsonCheck *check,
                      JsonObject    *object,
                      const char    *key,
                      gboolean      *value)
{
  JsonNode *node = member (check, object, key, FALSE);
  gboolean ok = FALSE;

  if (node == NULL)
    return FALSE;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    {
      *value = json_node_get_boolean (node);
      ok = TRUE;
    }
  else
    kolo_json_check_problem (check, _("expected true or false"));

  kolo_json_check_pop (check);
  return ok;
}

/**
 * kolo_json_check_array:
 *
 * Returns: (transfer none) (nullable): the array; the path is left pushed
 *   at @key when it is returned, so the caller pushes indices and pops once
 */
JsonArray *
kolo_json_check_array (KoloJsonCheck *check,
                       JsonObject    *object,
                       const char    *key,
                       gboolean       required)
{
  JsonNode *node = member (check, object, key, required);

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      kolo_json_check_problem (check, _("expected a list in brackets [ ]"));
      kolo_json_check_pop (check);
      return NULL;
    }
  return json_node_get_array (node);
}
