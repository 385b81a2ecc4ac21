/* kolo-participant-import.c — a participant list as the library sent it:
 * columns matched, previewed, then added in one step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-participant-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kolo-participant-import.h"

#include "kolo-csv.h"
#include "kolo-json.h"
#include "kolo-participant-import-private.h"
#include "kolo-text.h"

/* A header may sit under a title line or two ("Список учасників…"); it is
 * looked for this far down. */
#define HEADER_SEARCH_ROWS 10

struct _KoloParticipantImport
{
  GObject     parent_instance;

  KoloEvent  *event;          /* owned */
  KoloCsv    *csv;
  gboolean    has_header;
  guint       n_header_fields;
  guint       first_data_row;
  guint       n_columns;
  KoloColumn *columns;        /* n_columns of them */

  GListStore *preview;        /* of KoloParticipant, of no event */
  GArray     *duplicates;     /* of gboolean, one per preview item */
  GPtrArray  *problems;       /* of char *, NULL-terminated */
  GPtrArray  *unreadable;     /* of char *, NULL-terminated */
  guint       n_duplicates;
};

G_DEFINE_FINAL_TYPE (KoloParticipantImport, kolo_participant_import, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && !g_unichar_iscntrl (c))
        return FALSE;
    }
  return TRUE;
}

/* Appends a field's text to what a row has of its kind.  White space
 * (line breaks, tabs, no-break spaces) and control characters collapse to
 * one space, none at the ends; notes keep their line breaks.  Two columns
 * of one kind (Місто and Район) are joined, names by a space. */
static void
append_value (GString    *out,
              KoloColumn  column,
              const char *text)
{
  gboolean notes = column == KOLO_COLUMN_NOTES;
  gboolean name = column == KOLO_COLUMN_NAME || column == KOLO_COLUMN_LAST_NAME ||
                  column == KOLO_COLUMN_FIRST_NAME || column == KOLO_COLUMN_MIDDLE_NAME;
  gsize mark = out->len;
  gsize start;
  gboolean space = FALSE;

  if (is_blank (text))
    return;
  if (out->len > 0)
    g_string_append (out, name ? " " : notes ? "\n" : ", ");
  start = out->len;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (notes && c == '\n')
        {
          /* Trailing spaces of the line go; the break stays. */
          while (out->len > start && out->str[out->len - 1] == ' ')
            g_string_truncate (out, out->len - 1);
          if (out->len > start)
            g_string_append_c (out, '\n');
          space = FALSE;
          continue;
        }
      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > start && out->str[out->len - 1] != '\n')
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  while (out->len > start && out->str[out->len - 1] == '\n')
    g_string_truncate (out, out->len - 1);
  if (out->len == start)
    g_string_truncate (out, mark);
}

/* The key duplicates share: name and institution, folded. */
static char *
duplicate_key (const char *name,
               const char *institution)
{
  g_autofree char *a = _kolo_import_fold_key (name);
  g_autofree char *b = _kolo_import_fold_key (institution ? institution : "");

  return g_strconcat (a, "\x1f", b, NULL);
}

/* The preview ------------------------------------------------------------ */

static guint
max_chars (KoloColumn column)
{
  return column == KOLO_COLUMN_NOTES ? KOLO_TEXT_MAX_CHARS : KOLO_TITLE_MAX_CHARS;
}

static gboolean
has_column (KoloParticipantImport *self,
            KoloColumn             column)
{
  for (guint i = 0; i < self->n_columns; i++)
    if (self->columns[i] == column)
      return TRUE;
  return FALSE;
}

/* The participant @row makes, or NULL with the reason in @problem. */
static KoloParticipant *
read_row (KoloParticipantImport  *self,
          guint                   row,
          GString               **values,
          char                  **problem)
{
  static const KoloColumn checked[] = {
    KOLO_COLUMN_NAME, KOLO_COLUMN_INSTITUTION, KOLO_COLUMN_POSITION, KOLO_COLUMN_CITY,
    KOLO_COLUMN_EMAIL, KOLO_COLUMN_PHONE, KOLO_COLUMN_NOTES,
  };
  guint line = kolo_csv_get_line (self->csv, row);
  GString *name = values[KOLO_COLUMN_NAME];
  KoloParticipant *participant;
  KoloGender gender;

  for (guint c = 0; c < KOLO_N_COLUMNS; c++)
    g_string_truncate (values[c], 0);
  for (guint i = 0; i < self->n_columns; i++)
    if (self->columns[i] != KOLO_COLUMN_IGNORE)
      append_value (values[self->columns[i]], self->columns[i],
                    kolo_csv_get_field (self->csv, row, i));

  /* More filled fields than the header names: a separator in a field
   * that should have been quoted, so every column after it is wrong. */
  for (guint i = self->n_header_fields; self->has_header && i < kolo_csv_get_n_fields (self->csv, row); i++)
    if (!is_blank (kolo_csv_get_field (self->csv, row, i)))
      {
        *problem = g_strdup_printf (_("Line %u: more fields than the header names; "
                                      "a separator inside a field that is not in quotes?"),
                                    line);
        return NULL;
      }

  /* ПІБ, or else Прізвище Ім'я По батькові. */
  if (name->len == 0)
    for (KoloColumn c = KOLO_COLUMN_LAST_NAME; c <= KOLO_COLUMN_MIDDLE_NAME; c++)
      if (values[c]->len > 0)
        {
          if (name->len > 0)
            g_string_append_c (name, ' ');
          g_string_append_len (name, values[c]->str, values[c]->len);
        }

  if (name->len == 0)
    {
      *problem = g_strdup_printf (_("Line %u: there is no name"), line);
      return NULL;
    }

  /* The model's limits: a longer text is refused, never cut. */
  for (guint i = 0; i < G_N_ELEMENTS (checked); i++)
    {
      GString *value = values[checked[i]];
      guint limit = max_chars (checked[i]);

      if (value->len > limit && (guint) g_utf8_strlen (value->str, value->len) > limit)
        {
          /* Translators: %s is a column's label, “Institution” */
          *problem = g_strdup_printf (_("Line %u: “%s” is longer than %u characters"), line,
                                      kolo_column_get_label (checked[i]), limit);
          return NULL;
        }
    }

  participant = kolo_participant_new (name->str);
  kolo_participant_set_institution (participant, values[KOLO_COLUMN_INSTITUTION]->str);
  kolo_participant_set_position (participant, values[KOLO_COLUMN_POSITION]->str);
  kolo_participant_set_city (participant, values[KOLO_COLUMN_CITY]->str);
  kolo_participant_set_email (participant, values[KOLO_COLUMN_EMAIL]->str);
  kolo_participant_set_phone (participant, values[KOLO_COLUMN_PHONE]->str);
  kolo_participant_set_notes (participant, values[KOLO_COLUMN_NOTES]->str);
  /* A list without a gender column has a patronymic tell it: «пройшла»
   * on the certificate of Ольга Василівна (the editor can put it right).
   * With one, an empty cell stays unknown, so an export comes back as
   * it went out. */
  gender = _kolo_gender_match (values[KOLO_COLUMN_GENDER]->str);
  if (gender == KOLO_GENDER_UNKNOWN && !has_column (self, KOLO_COLUMN_GENDER))
    gender = _kolo_gender_guess (name->str);
  kolo_participant_set_gender (participant, gender);
  return participant;
}

static gboolean
row_is_blank (KoloCsv *csv,
              guint    row)
{
  for (guint i = 0; i < kolo_csv_get_n_fields (csv, row); i++)
    if (!is_blank (kolo_csv_get_field (csv, row, i)))
      return FALSE;
  return TRUE;
}

static GHashTable *
existing_keys (KoloEvent *event)
{
  GListModel *participants = kolo_event_get_participants (event);
  GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(KoloParticipant) p = g_list_model_get_item (participants, i);

      g_hash_table_add (keys, duplicate_key (kolo_participant_get_name (p),
                                             kolo_participant_get_institution (p)));
    }
  return keys;
}

/* Reads every row again with the columns as they are now. */
static void
recompute (KoloParticipantImport *self)
{
  g_autoptr(GHashTable) existing = existing_keys (self->event);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  GString *values[KOLO_N_COLUMNS];

  g_ptr_array_unref (self->problems);
  g_ptr_array_unref (self->unreadable);
  self->problems = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  self->unreadable = g_ptr_array_new_null_terminated (0, NULL, TRUE);
  g_array_set_size (self->duplicates, 0);
  self->n_duplicates = 0;

  for (guint c = 0; c < KOLO_N_COLUMNS; c++)
    values[c] = g_string_new (NULL);

  for (guint row = self->first_data_row; row < kolo_csv_get_n_rows (self->csv); row++)
    {
      guint line = kolo_csv_get_line (self->csv, row);
      g_autoptr(KoloParticipant) participant = NULL;
      char *problem = NULL;
      gboolean duplicate = FALSE;
      gpointer earlier;
      char *key;

      /* What a spreadsheet writes for an empty row: ";;;;". */
      if (row_is_blank (self->csv, row))
        continue;

      if ((participant = read_row (self, row, values, &problem)) == NULL)
        {
          g_ptr_array_add (self->problems, problem);
          g_ptr_array_add (self->unreadable, problem);
          continue;
        }

      key = duplicate_key (kolo_participant_get_name (participant),
                           kolo_participant_get_institution (participant));
      if (g_hash_table_contains (existing, key))
        {
          g_ptr_array_add (self->problems,
                           g_strdup_printf (_("Line %u: already a participant of this event"),
                                            line));
          duplicate = TRUE;
          g_free (key);
        }
      else if ((earlier = g_hash_table_lookup (seen, key)) != NULL)
        {
          g_ptr_array_add (self->problems,
                           g_strdup_printf (_("Line %u: the same name and institution as "
                                              "line %u"), line, GPOINTER_TO_UINT (earlier)));
          duplicate = TRUE;
          g_free (key);
        }
      else
        g_hash_table_insert (seen, key, GUINT_TO_POINTER (line));

      self->n_duplicates += duplicate;
      g_array_append_val (self->duplicates, duplicate);
      g_ptr_array_add (items, g_steal_pointer (&participant));
    }

  for (guint c = 0; c < KOLO_N_COLUMNS; c++)
    g_string_free (values[c], TRUE);

  g_list_store_splice (self->preview, 0, g_list_model_get_n_items (G_LIST_MODEL (self->preview)),
                       items->pdata, items->len);
}

/* The header ------------------------------------------------------------ */

/* How many kinds of column @row names, and whether it holds an address. */
static guint
count_known (KoloCsv  *csv,
             guint     row,
             gboolean *has_email)
{
  guint kinds = 0, n = 0;

  *has_email = FALSE;
  for (guint i = 0; i < kolo_csv_get_n_fields (csv, row); i++)
    {
      const char *field = kolo_csv_get_field (csv, row, i);
      KoloColumn column = _kolo_column_match (field);

      if (strchr (field, '@') != NULL)
        *has_email = TRUE;
      if (column != KOLO_COLUMN_IGNORE && (kinds & (1u << column)) == 0)
        {
          kinds |= 1u << column;
          n++;
        }
    }
  return n;
}

/* The header is the first row when it names a column Kolo knows and has
 * no e-mail address in it.  Otherwise it may come under a title line or
 * two, naming two kinds at least; otherwise there is none, and the first
 * row is data. */
static void
find_header (KoloParticipantImport *self)
{
  guint n_rows = kolo_csv_get_n_rows (self->csv);
  guint header = G_MAXUINT;
  gboolean email;

  for (guint row = 0; row < MIN (n_rows, HEADER_SEARCH_ROWS) && header == G_MAXUINT; row++)
    if (count_known (self->csv, row, &email) >= (row == 0 ? 1 : 2) && !email)
      header = row;

  self->has_header = header != G_MAXUINT;
  self->first_data_row = self->has_header ? header + 1 : 0;

  self->n_header_fields = self->has_header ? kolo_csv_get_n_fields (self->csv, header) : 0;
  self->n_columns = 0;
  for (guint row = self->has_header ? header : 0; row < n_rows; row++)
    self->n_columns = MAX (self->n_columns, kolo_csv_get_n_fields (self->csv, row));

  self->columns = g_new0 (KoloColumn, MAX (self->n_columns, 1));
  for (guint i = 0; i < self->n_columns && self->has_header; i++)
    self->columns[i] = _kolo_column_match (kolo_csv_get_field (self->csv, header, i));
}

/* The object ------------------------------------------------------------ */

static void
kolo_participant_import_dispose (GObject *object)
{
  KoloParticipantImport *self = KOLO_PARTICIPANT_IMPORT (object);

  g_clear_object (&self->preview);
  g_clear_object (&self->event);

  G_OBJECT_CLASS (kolo_participant_import_parent_class)->dispose (object);
}

static void
kolo_participant_import_finalize (GObject *object)
{
  KoloParticipantImport *self = KOLO_PARTICIPANT_IMPORT (object);

  g_clear_pointer (&self->csv, kolo_csv_free);
  g_clear_pointer (&self->columns, g_free);
  g_clear_pointer (&self->duplicates, g_array_unref);
  g_clear_pointer (&self->unreadable, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);

  G_OBJECT_CLASS (kolo_participant_import_parent_class)->finalize (object);
}

static void
kolo_participant_import_class_init (KoloParticipantImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kolo_participant_import_dispose;
  object_class->finalize = kolo_participant_import_finalize;

  /**
   * KoloParticipantImport::changed:
   *
   * What a column holds changed, and with it the preview, the problems
   * and the counts.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kolo_participant_import_init (KoloParticipantImport *self)
{
  self->preview = g_list_store_new (KOLO_TYPE_PARTICIPANT);
  self->duplicates = g_array_new (FALSE, FALSE, sizeof (gboolean));
  self->problems = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  self->unreadable = g_ptr_array_new_null_terminated (0, NULL, TRUE);
}

/* The API --------------------------------------------------------------- */

/**
 * kolo_participant_import_new:
 * @event: the event the participants are for
 * @data: a CSV file's bytes
 * @error: where to put the reason the file cannot be read
 *
 * Reads @data (see kolo_csv_parse()) and matches its header's columns.
 * Nothing is written.
 *
 * Returns: (transfer full) (nullable): the import, or %NULL with @error
 */
KoloParticipantImport *
kolo_participant_import_new (KoloEvent  *event,
                             GBytes     *data,
                             GError    **error)
{
  g_autoptr(KoloParticipantImport) self = NULL;
  g_autoptr(KoloCsv) csv = NULL;

  g_return_val_if_fail (KOLO_IS_EVENT (event), NULL);
  g_return_val_if_fail (data != NULL, NULL);

  if ((csv = kolo_csv_parse (data, error)) == NULL)
    return NULL;
  if (kolo_csv_get_n_rows (csv) == 0)
    {
      g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_INVALID, _("The file is empty"));
      return NULL;
    }

  self = g_object_new (KOLO_TYPE_PARTICIPANT_IMPORT, NULL);
  self->event = g_object_ref (event);
  self->csv = g_steal_pointer (&csv);
  find_header (self);
  recompute (self);
  return g_steal_pointer (&self);
}

/**
 * kolo_participant_import_get_event:
 *
 * Returns: (transfer none): the event the participants are for
 */
KoloEvent *
kolo_participant_import_get_event (KoloParticipantImport *self)
{
  g_return_val_if_fail (KOLO_IS_PARTICIPANT_IMPORT (self), NULL);

  return self->event;
}

/**
 * kolo_participant_import_get_encoding:
 *
 * Returns: how the file was read: "UTF-8", "UTF-8 with BOM", "UTF-16" or
 *   "Windows-1251"
 */
const char *
kolo_participant_import_get_encoding (KoloParticipantImport *self)
{
  g_return_val_if_fail (KOLO_IS_PARTICIPANT_IMPORT (self), NULL);

  return kolo_csv_get_encoding (self->csv);
}

gboolean
kolo_participant_import_get_has_header (KoloParticipantImport *self)
{
  g_return_val_if_fail (KOLO_IS_PARTICIPANT_IMPORT (self), FALSE);

  return self->has_header;
}

guint
kolo_participant_import_get_n_columns (KoloParticipantImport *self)
{
  g_return_val_if_fail (KOLO_IS_PARTICIPANT_IMPORT (self), 0);

  return self->n_columns;
}

/**
 * kolo_participant_import_get_header:
 * @self: an import
 * @column: a column of the file, from 0
 *
 * Returns: (transfer none): the column's heading as the file has it; ""
 *   when the file has no header row or the column no heading
 */
const char *
kolo_participant_import_get_header (KoloParticipantImport *self,
                                    guint                  column)
{
  g_return_val_if_fail (KOLO_IS_PARTICIPANT_IMPORT (self), "");
  g_return_val_if_fail (column < self->n_columns, "");

  if (!self->has_header)
    return "";
  return kolo_csv_get_field (self->csv, self->first_data_row - 1, column);
}

KoloColumn
kolo_participant_import_get_column (KoloParticipantImport *self,
                                    guint                  column)
{
  g_return_val_if_fail (KOLO_IS_PARTICIPANT_IMPORT (self), KOLO_COLUMN_IGNORE);
  g_return_val_if_fail (column < self->n_columns, KOLO_COLUMN_IGNORE);

  return self->columns[column];
}

void
kolo_participant_import_set_column (KoloParticipantImport *self,
                                    guint                  column,
                                    KoloColumn             what)
{
  g_return_if_fail (KOLO_IS_PARTICIPANT_IMPORT (self));
  g_return_if_fail (column < self->n_columns);
  g_return_if_fail (what < KOLO_N_COLUMNS);

  if (self->columns[column] == what)
    return;

  self->columns[column] = what;
  recompute (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * kolo_participant_import_is_ready:
 * @self: an import
 * @error: where to put the reason it is not
 *
 * Returns: %TRUE when a name can be made: a column holds the full name, or
 *   a last or a first name
 */
gboolean
kolo_participant_import_is_ready (KoloParticipantImport  *self,
                                  GError                **error)
{
  g_return_val_if_fail (KOLO_IS_PARTICIPANT_IMPORT (self), FALSE);

  for (guint i = 0; i < self->n_columns; i++)
    if (self->columns[i] == KOLO_COLUMN_NAME || self->columns[i] == KOLO_COLUMN_LAST_NAME ||
        self->columns[i] == KOLO_COLUMN_FIRST_NAME)
      return TRUE;

  if (!self->has_header)
    g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_INVALID,
                 _("The first line of the file does not name its columns (such as “%s” or "
                   "“%s”), so it is not known which one holds the names"),
                 kolo_column_get_label (KOLO_COLUMN_NAME),
                 kolo_column_get_label (KOLO_COLUMN_INSTITUTION));
  else
    g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_INVALID,
                 _("No column holds the names: the file needs a column “%s”, or “%s” and “%s”"),
                 kolo_column_get_label (KOLO_COLUMN_NAME),
                 kolo_column_get_label (KOLO_COLUMN_LAST_NAME),
                 kolo_column_get_label (KOLO_COLUMN_FIRST_NAME));
  return FALSE;
}

/**
 * kolo_participant_import_get_preview:
 *
 * Returns: (transfer none): the participants the file makes (of no event
 *   yet), duplicates included, unreadable rows left out
 */
GListModel *
kolo_participant_import_get_preview (KoloParticipantImport *self)
{
  g_return_val_if_fail (KOLO_IS_PARTICIPANT_IMPORT (self), NULL);

  return G_LIST_MODEL (self->preview);
}

/* A NULL-terminated array allocates nothing while it is empty. */
static const char * const *
strv_of (GPtrArray *array)
{
  static const char * const empty[] = { NULL };

  return array->pdata != NULL ? (const char * const *) array->pdata : empty;
}

/**
 * kolo_participant_import_get_problems:
 *
 * Returns: (transfer none) (array zero-terminated=1): one message per line
 *   of the file that has a problem, in line order
 */
const char * const *
kolo_participant_import_get_problems (KoloParticipantImport *self)
{
  g_return_val_if_fail (KOLO_IS_PARTICIPANT_IMPORT (self), NULL);

  return strv_of (self->problems);
}

/**
 * kolo_participant_import_get_unreadable:
 *
 * Returns: (transfer none) (array zero-terminated=1): the problems of the
 *   rows that cannot be read, in line order
 */
const char * const *
kolo_participant_import_get_unreadable (KoloParticipantImport *self)
{
  g_return_val_if_fail (KOLO_IS_PARTICIPANT_IMPORT (self), NULL);

  return strv_of (self->unreadable);
}

guint
kolo_participant_import_get_n_unreadable (KoloParticipantImport *self)
{
  g_return_val_if_fail (KOLO_IS_PARTICIPANT_IMPORT (self), 0);

  return self->unreadable->len;
}

guint
kolo_participant_import_get_n_duplicates (KoloParticipantImport *self)
{
  g_return_val_if_fail (KOLO_IS_PARTICIPANT_IMPORT (self), 0);

  return self->n_duplicates;
}

gboolean
kolo_participant_import_is_duplicate (KoloParticipantImport *self,
                                      guint                  position)
{
  g_return_val_if_fail (KOLO_IS_PARTICIPANT_IMPORT (self), FALSE);
  g_return_val_if_fail (position < self->duplicates->len, FALSE);

  return g_array_index (self->duplicates, gboolean, position);
}

static KoloParticipant *
copy_participant (KoloParticipant *from)
{
  KoloParticipant *p = kolo_participant_new (kolo_participant_get_name (from));

  kolo_participant_set_institution (p, kolo_participant_get_institution (from));
  kolo_participant_set_position (p, kolo_participant_get_position (from));
  kolo_participant_set_city (p, kolo_participant_get_city (from));
  kolo_participant_set_email (p, kolo_participant_get_email (from));
  kolo_participant_set_phone (p, kolo_participant_get_phone (from));
  kolo_participant_set_notes (p, kolo_participant_get_notes (from));
  kolo_participant_set_gender (p, kolo_participant_get_gender (from));
  return p;
}

/**
 * kolo_participant_import_apply:
 * @self: an import that is ready
 * @skip_duplicates: whether to leave out the duplicates
 * @n_added: (out) (optional): how many were added
 * @error: where to put the reason nothing was added
 *
 * Adds the readable rows to the event at the end of its list, in one
 * transaction and one undo step: all of them, or none.  Then the preview
 * is read again ("changed"): its people are now already participants, so
 * applying again with @skip_duplicates adds nobody twice.
 *
 * Returns: whether they were added
 */
gboolean
kolo_participant_import_apply (KoloParticipantImport  *self,
                               gboolean                skip_duplicates,
                               guint                  *n_added,
                               GError                **error)
{
  g_autoptr(GPtrArray) participants = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (KOLO_IS_PARTICIPANT_IMPORT (self), FALSE);

  if (n_added != NULL)
    *n_added = 0;
  if (!kolo_participant_import_is_ready (self, error))
    return FALSE;

  /* Copies: the preview's objects stay the file's, whatever happens. */
  for (guint i = 0; i < self->duplicates->len; i++)
    {
      g_autoptr(KoloParticipant) p = g_list_model_get_item (G_LIST_MODEL (self->preview), i);

      if (!skip_duplicates || !g_array_index (self->duplicates, gboolean, i))
        g_ptr_array_add (participants, copy_participant (p));
    }

  if (participants->len > 0 &&
      !kolo_event_add_participants (self->event, participants, error))
    return FALSE;

  if (n_added != NULL)
    *n_added = participants->len;
  if (participants->len > 0)
    {
      recompute (self);
      g_signal_emit (self, signals[CHANGED], 0);
    }
  return TRUE;
}
