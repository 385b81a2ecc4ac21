/* kolo-cli.c — Kolo without a display: for organizers' scripts and tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "kolo-core.h"

/* Exit statuses, as docs/cli.md states them. */
enum {
  EXIT_OK = 0,
  EXIT_FAILED = 1,   /* the command could not be done: nothing was changed */
  EXIT_USAGE = 2,    /* the command line is wrong */
};

/* What a command needs of the database.  Commands that only read must not
 * create a database as a side effect ("nothing changed"). */
typedef enum
{
  STORE_WRITE,     /* created when missing */
  STORE_READ,      /* a missing database reads as an empty one */
  STORE_EXISTING,  /* a missing database is an error */
} StoreUse;

typedef struct
{
  const char  *db_path;
  StoreUse     use;
  KoloStore   *store;
} Cli;

typedef struct
{
  const char *name;
  const char *synopsis;   /* arguments, untranslated: they are typed as-is */
  const char *summary;    /* translated when shown */
  int       (*run) (Cli *cli, int argc, char **argv);
  StoreUse    use;
} Command;

static const Command *commands_lookup (const char *name);
static char          *command_line    (const Command *command);

static void
say_error (const char *message)
{
  g_auto(GStrv) lines = g_strsplit (message, "\n", -1);

  /* An error is one line on stderr; a file with many problems gives one line
   * for each, so each can be found. */
  for (guint i = 0; lines[i] != NULL; i++)
    g_printerr ("kolo-cli: %s\n", lines[i]);
}

static int
fail (GError *error)
{
  say_error (error->message);
  return EXIT_FAILED;
}

static int G_GNUC_PRINTF (1, 2)
usage_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  say_error (message);
  return EXIT_USAGE;
}

static KoloStore *
open_store (Cli     *cli,
            GError **error)
{
  g_autofree char *path = NULL;

  if (cli->store != NULL)
    return cli->store;

  path = cli->db_path ? g_strdup (cli->db_path) : kolo_store_get_default_path ();
  if (cli->use != STORE_WRITE && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (cli->use == STORE_EXISTING)
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                       _("There is no Kolo database at “%s”"), path);
          return NULL;
        }
      /* Nothing there yet: read an empty database, and leave no file behind. */
      g_free (path);
      path = g_strdup (":memory:");
    }
  cli->store = kolo_store_open (path, error);
  return cli->store;
}

/* Options ----------------------------------------------------------------- */

typedef struct
{
  const char  *name;      /* "--title", "-o" */
  gboolean     has_value;
  const char **value;     /* the value, or "" for a flag that was given */
} Option;

/* Splits @argv (after the command's name) into the options in @options and
 * positional arguments.  Returns FALSE after reporting a usage error. */
static gboolean
parse_options (const char  *command,
               int          argc,
               char       **argv,
               Option      *options,
               GPtrArray   *positional)
{
  for (int i = 0; i < argc; i++)
    {
      const char *arg = argv[i];
      Option *option = NULL;

      if (g_str_equal (arg, "--"))
        {
          for (i++; i < argc; i++)
            g_ptr_array_add (positional, argv[i]);
          break;
        }
      if (arg[0] != '-' || g_str_equal (arg, "-"))
        {
          g_ptr_array_add (positional, (char *) arg);
          continue;
        }

      for (Option *o = options; o != NULL && o->name != NULL; o++)
        if (g_str_equal (o->name, arg))
          option = o;

      if (option == NULL)
        {
          usage_error (_("%s: unknown option “%s”"), command, arg);
          return FALSE;
        }
      if (!option->has_value)
        *option->value = "";
      else if (i + 1 < argc)
        *option->value = argv[++i];
      else
        {
          usage_error (_("%s: option “%s” needs a value"), command, arg);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
parse_id (const char *command,
          const char *text,
          gint64     *id)
{
  guint64 value;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    {
      usage_error (_("%s: “%s” is not an ID (a positive whole number)"), command,
                   text ? text : "");
      return FALSE;
    }
  *id = (gint64) value;
  return TRUE;
}

/* Reports @command's usage line as a usage error. */
static int
usage_line_error (const char *command)
{
  g_autofree char *line = command_line (commands_lookup (command));

  return usage_error (_("%s: usage: %s"), command, line);
}

static gboolean
expect_positional (const char *command,
                   GPtrArray  *positional,
                   guint       n)
{
  if (positional->len == n)
    return TRUE;

  usage_line_error (command);
  return FALSE;
}

/* "-o FILE" or "--output FILE": where a command that writes a file writes
 * it, "-" for standard output.  Every such command requires it. */
#define OUTPUT_OPTIONS(output) { "-o", TRUE, (output) }, { "--output", TRUE, (output) }

static gboolean
expect_output (const char *command,
               const char *output)
{
  if (output != NULL)
    return TRUE;

  usage_error (_("%s: say where to write with -o FILE (or -o - for standard output)"), command);
  return FALSE;
}

/* Reads @text as a day of an event, counted from 1. */
static gboolean
parse_day (const char *command,
           const char *text,
           guint64    *number)
{
  if (g_ascii_string_to_unsigned (text, 10, 1, G_MAXUINT, number, NULL))
    return TRUE;

  usage_error (_("%s: “%s” is not a day (a whole number from 1)"), command, text);
  return FALSE;
}

/* Writes @text to @path atomically, or to standard output for "-". */
static gboolean
write_output (const char  *path,
              const char  *text,
              gsize        length,
              GError     **error)
{
  if (g_str_equal (path, "-"))
    {
      if (fwrite (text, 1, length, stdout) != length || fflush (stdout) != 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       _("Could not write to standard output"));
          return FALSE;
        }
      return TRUE;
    }

  /* g_file_set_contents() writes a temporary file and renames it over. */
  return g_file_set_contents (path, text, length, error);
}

/* Writes @text as write_output() does, and gives the exit status. */
static int
write_text_output (const char *path,
                   const char *text)
{
  g_autoptr(GError) error = NULL;

  if (!write_output (path, text, strlen (text), &error))
    return fail (error);
  return EXIT_OK;
}

/* Closes @stream, a GMemoryOutputStream, and writes what it holds as
 * write_output() does.  A PDF or an image is made in memory first, so that
 * a failure leaves no half-written file behind. */
static int
write_memory_output (const char    *path,
                     GOutputStream *stream)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (!g_output_stream_close (stream, NULL, &error))
    return fail (error);
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
  if (!write_output (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
    return fail (error);
  return EXIT_OK;
}

/* Lists are for scripts: one row a line, fields separated by tabs, so
 * tabs and line breaks inside a field become spaces. */
static void
print_field (const char *text,
             gboolean    last)
{
  for (const char *p = text; *p != '\0'; p++)
    putchar (*p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p);
  putchar (last ? '\n' : '\t');
}

static void
print_event_row (KoloEvent *event)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, kolo_event_get_id (event));
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  if (kolo_event_get_first_date (event) != NULL)
    {
      first = kolo_text_format_iso_date (kolo_event_get_first_date (event));
      last = kolo_text_format_iso_date (kolo_event_get_last_date (event));
    }

  print_field (id, FALSE);
  print_field (first ? first : "", FALSE);
  print_field (last ? last : "", FALSE);
  print_field (kolo_event_get_city (event), FALSE);
  print_field (kolo_event_get_title (event), TRUE);
}

/* Reads @id_text as an ID and opens the store: what every command that
 * names an event, a board or a deck does first.  On failure, @status is
 * the exit status and the message has been printed. */
static gboolean
open_for_id (Cli        *cli,
             const char *command,
             const char *id_text,
             gint64     *id,
             int        *status)
{
  g_autoptr(GError) error = NULL;

  if (!parse_id (command, id_text, id))
    {
      *status = EXIT_USAGE;
      return FALSE;
    }
  if (open_store (cli, &error) == NULL)
    {
      *status = fail (error);
      return FALSE;
    }
  return TRUE;
}

static KoloEvent *
lookup_event (Cli        *cli,
              const char *command,
              const char *id_text,
              int        *status)
{
  g_autoptr(GError) error = NULL;
  KoloEvent *event = NULL;
  gint64 id;

  if (open_for_id (cli, command, id_text, &id, status) &&
      (event = kolo_store_lookup_event (cli->store, id, &error)) == NULL)
    *status = fail (error);
  return event;
}

/* Day @number (from 1) of @event, or NULL with @error set. */
static KoloDay *
event_day (KoloEvent  *event,
           guint64     number,
           GError    **error)
{
  guint n_days = g_list_model_get_n_items (kolo_event_get_days (event));

  if (number == 0 || number > n_days)
    {
      g_set_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_NOT_FOUND,
                   /* Translators: "Event 3 has no day 4; it has 2 days" */
                   g_dngettext (GETTEXT_PACKAGE,
                                "Event %lld has no day %u; it has %u day",
                                "Event %lld has no day %u; it has %u days", n_days),
                   (long long) kolo_event_get_id (event), (guint) MIN (number, G_MAXUINT),
                   n_days);
      return NULL;
    }
  return g_list_model_get_item (kolo_event_get_days (event), number - 1);
}

/* Commands ---------------------------------------------------------------- */

static int
cmd_templates (Cli   *cli,
               int    argc,
               char **argv)
{
  g_autoptr(GPtrArray) positional = g_ptr_array_new ();
  g_autoptr(GListModel) templates = NULL;
  g_autoptr(GError) error = NULL;

  if (!parse_options ("templates", argc, argv, NULL, positional) ||
      !expect_positional ("templates", positional, 0))
    return EXIT_USAGE;

  if (open_store (cli, &error) == NULL ||
      (templates = kolo_store_list_templates (cli->store, &error)) == NULL)
    return fail (error);

  for (guint i = 0; i < g_list_model_get_n_items (templates); i++)
    {
      g_autoptr(KoloTemplate) template = g_list_model_get_item (templates, i);

      print_field (kolo_template_get_name (template), FALSE);
      print_field (kolo_template_get_title (template), TRUE);
    }
  return EXIT_OK;
}

static int
cmd_events (Cli   *cli,
            int    argc,
            char **argv)
{
  g_autoptr(GPtrArray) positional = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *archived = NULL;
  Option options[] = { { "--archived", FALSE, &archived }, { NULL } };
  GListModel *events;

  if (!parse_options ("events", argc, argv, options, positional) ||
      !expect_positional ("events", positional, 0))
    return EXIT_USAGE;

  if (open_store (cli, &error) == NULL)
    return fail (error);

  events = kolo_store_get_events (cli->store);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(KoloEvent) event = g_list_model_get_item (events, i);

      if (kolo_event_get_archived (event) == (archived != NULL))
        print_event_row (event);
    }
  return EXIT_OK;
}

static int
cmd_search (Cli   *cli,
            int    argc,
            char **argv)
{
  g_autoptr(GPtrArray) positional = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  if (!parse_options ("search", argc, argv, NULL, positional) ||
      !expect_positional ("search", positional, 1))
    return EXIT_USAGE;

  if (open_store (cli, &error) == NULL ||
      (ids = kolo_store_search_events (cli->store, positional->pdata[0], &error)) == NULL)
    return fail (error);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(KoloEvent) event = kolo_store_lookup_event (cli->store,
                                                            g_array_index (ids, gint64, i), NULL);
      if (event != NULL)
        print_event_row (event);
    }
  return EXIT_OK;
}

static gboolean
is_file_argument (const char *text)
{
  return strchr (text, '/') != NULL || g_str_has_suffix (text, ".json");
}

static KoloDoc *
load_file_doc (const char  *path,
               GError     **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local_error = NULL;
  KoloDoc *doc;
  gsize length;

  if (!g_file_get_contents (path, &data, &length, error))
    return NULL;

  if ((doc = kolo_doc_parse (data, length, &local_error)) == NULL)
    {
      g_auto(GStrv) lines = g_strsplit (local_error->message, "\n", -1);
      g_autoptr(GString) message = g_string_new (NULL);

      /* Every problem names the file as well as its place in it. */
      for (guint i = 0; lines[i] != NULL; i++)
        g_string_append_printf (message, "%s%s: %s", i > 0 ? "\n" : "", path, lines[i]);
      g_set_error_literal (error, local_error->domain, local_error->code, message->str);
    }
  return doc;
}

static int
cmd_new_event (Cli   *cli,
               int    argc,
               char **argv)
{
  g_autoptr(GPtrArray) positional = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloDoc) doc = NULL;
  g_autoptr(KoloEvent) event = NULL;
  const char *template = NULL, *title = NULL, *start = NULL;
  Option options[] = {
    { "--template", TRUE, &template },
    { "--title", TRUE, &title },
    { "--start", TRUE, &start },
    { NULL }
  };
  GDate date;

  if (!parse_options ("new-event", argc, argv, options, positional) ||
      !expect_positional ("new-event", positional, 0))
    return EXIT_USAGE;
  if (template == NULL || start == NULL)
    return usage_line_error ("new-event");
  if (!kolo_text_parse_iso_date (start, &date))
    return usage_error (_("new-event: “%s” is not a date like 2013-11-11"), start);
  if (title != NULL && (g_utf8_strlen (title, -1) > KOLO_TITLE_MAX_CHARS || *title == '\0'))
    return usage_error (_("new-event: the title must have 1 to %d characters"),
                        KOLO_TITLE_MAX_CHARS);

  if (open_store (cli, &error) == NULL)
    return fail (error);

  if (is_file_argument (template))
    doc = load_file_doc (template, &error);
  else
    doc = kolo_store_load_template (cli->store, template, &error);
  if (doc == NULL)
    return fail (error);

  event = kolo_store_create_event_from_doc (cli->store, doc, title, &date, &error);
  if (event == NULL)
    return fail (error);

  g_print ("%" G_GINT64_FORMAT "\n", kolo_event_get_id (event));
  return EXIT_OK;
}

static int
cmd_show_event (Cli   *cli,
                int    argc,
                char **argv)
{
  g_autoptr(GPtrArray) positional = g_ptr_array_new ();
  g_autoptr(KoloEvent) event = NULL;
  g_autofree char *text = NULL;
  int status = EXIT_OK;

  if (!parse_options ("show-event", argc, argv, NULL, positional) ||
      !expect_positional ("show-event", positional, 1))
    return EXIT_USAGE;

  if ((event = lookup_event (cli, "show-event", positional->pdata[0], &status)) == NULL)
    return status;

  text = kolo_agenda_text (event);
  g_print ("%s", text);
  return EXIT_OK;
}

static int
export_common (Cli         *cli,
               const char  *command,
               KoloDocKind  kind,
               int          argc,
               char       **argv)
{
  g_autoptr(GPtrArray) positional = g_ptr_array_new ();
  g_autoptr(KoloEvent) event = NULL;
  g_autofree char *text = NULL;
  const char *output = NULL, *no_personal_data = NULL;
  /* Only an event file has personal data to leave out. */
  Option options[] = {
    OUTPUT_OPTIONS (&output),
    { kind == KOLO_DOC_EVENT ? "--no-personal-data" : NULL, FALSE, &no_personal_data },
    { NULL }
  };
  int status = EXIT_OK;

  if (!parse_options (command, argc, argv, options, positional) ||
      !expect_positional (command, positional, 1) ||
      !expect_output (command, output))
    return EXIT_USAGE;

  if ((event = lookup_event (cli, command, positional->pdata[0], &status)) == NULL)
    return status;

  text = no_personal_data != NULL ? kolo_event_export_without_personal_data (event)
                                  : kolo_event_export (event, kind);
  return write_text_output (output, text);
}

static int
cmd_export_event (Cli   *cli,
                  int    argc,
                  char **argv)
{
  return export_common (cli, "export-event", KOLO_DOC_EVENT, argc, argv);
}

static int
cmd_export_template (Cli   *cli,
                     int    argc,
                     char **argv)
{
  return export_common (cli, "export-template", KOLO_DOC_TEMPLATE, argc, argv);
}

static int
cmd_print_agenda (Cli   *cli,
                  int    argc,
                  char **argv)
{
  g_autoptr(GPtrArray) positional = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloEvent) event = NULL;
  g_autoptr(GOutputStream) pdf = NULL;
  const char *output = NULL;
  Option options[] = { OUTPUT_OPTIONS (&output), { NULL } };
  int status = EXIT_OK;

  if (!parse_options ("print-agenda", argc, argv, options, positional) ||
      !expect_positional ("print-agenda", positional, 1) ||
      !expect_output ("print-agenda", output))
    return EXIT_USAGE;

  if ((event = lookup_event (cli, "print-agenda", positional->pdata[0], &status)) == NULL)
    return status;

  pdf = g_memory_output_stream_new_resizable ();
  if (!kolo_handout_write (event, pdf, NULL, &error))
    return fail (error);
  return write_memory_output (output, pdf);
}

static int
cmd_boards (Cli   *cli,
            int    argc,
            char **argv)
{
  g_autoptr(GPtrArray) positional = g_ptr_array_new ();
  g_autoptr(KoloEvent) event = NULL;
  GListModel *boards;
  int status = EXIT_OK;

  if (!parse_options ("boards", argc, argv, NULL, positional) ||
      !expect_positional ("boards", positional, 1))
    return EXIT_USAGE;

  if ((event = lookup_event (cli, "boards", positional->pdata[0], &status)) == NULL)
    return status;

  boards = kolo_event_get_boards (event);
  for (guint i = 0; i < g_list_model_get_n_items (boards); i++)
    {
      g_autoptr(KoloBoard) board = g_list_model_get_item (boards, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, kolo_board_get_id (board));
      g_autofree char *count = NULL;

      /* Ideas waiting for approval are not on the board yet. */
      count = g_strdup_printf ("%u", g_list_model_get_n_items (kolo_board_get_ideas (board)) -
                                     kolo_board_get_n_pending (board));

      print_field (id, FALSE);
      print_field (count, FALSE);
      print_field (kolo_board_get_question (board), TRUE);
    }
  return EXIT_OK;
}

/* Boards are numbered across all events; the one with @id, or NULL with
 * @error set. */
static KoloBoard *
find_board (KoloStore  *store,
            gint64      id,
            GError    **error)
{
  GListModel *events = kolo_store_get_events (store);

  for (guint e = 0; e < g_list_model_get_n_items (events); e++)
    {
      g_autoptr(KoloEvent) event = g_list_model_get_item (events, e);
      GListModel *boards = kolo_event_get_boards (event);

      for (guint b = 0; b < g_list_model_get_n_items (boards); b++)
        {
          g_autoptr(KoloBoard) board = g_list_model_get_item (boards, b);

          if (kolo_board_get_id (board) == id)
            return g_steal_pointer (&board);
        }
    }

  g_set_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_NOT_FOUND,
               _("There is no board with ID %lld"), (long long) id);
  return NULL;
}

/* The board as the image export-board writes: as wide as a full HD
 * screen, the size a trainer shows or sends. */
#define BOARD_PNG_WIDTH 1920

static int
cmd_export_board (Cli   *cli,
                  int    argc,
                  char **argv)
{
  g_autoptr(GPtrArray) positional = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloBoard) board = NULL;
  g_autofree char *text = NULL;
  const char *output = NULL, *format = NULL;
  Option options[] = {
    OUTPUT_OPTIONS (&output),
    { "-f", TRUE, &format },
    { "--format", TRUE, &format },
    { NULL }
  };
  gint64 id;
  int status;

  if (!parse_options ("export-board", argc, argv, options, positional) ||
      !expect_positional ("export-board", positional, 1))
    return EXIT_USAGE;
  if (format == NULL)
    return usage_error (_("%s: say which format to write with -f md, -f csv or -f png"),
                        "export-board");
  if (!g_str_equal (format, "md") && !g_str_equal (format, "csv") &&
      !g_str_equal (format, "png"))
    /* Translators: md, csv and png are typed as they are */
    return usage_error (_("%s: “%s” is not a format of boards; expected md, csv or png"),
                        "export-board", format);
  if (!expect_output ("export-board", output))
    return EXIT_USAGE;
  if (!open_for_id (cli, "export-board", positional->pdata[0], &id, &status))
    return status;
  if ((board = find_board (cli->store, id, &error)) == NULL)
    return fail (error);

  if (g_str_equal (format, "png"))
    {
      g_autoptr(GOutputStream) png = g_memory_output_stream_new_resizable ();

      if (!kolo_board_write_png (board, BOARD_PNG_WIDTH, png, NULL, &error))
        return fail (error);
      return write_memory_output (output, png);
    }

  text = g_str_equal (format, "md") ? kolo_board_to_markdown (board) : kolo_board_to_csv (board);
  return write_text_output (output, text);
}

/* Decks ------------------------------------------------------------------- */

static int
cmd_decks (Cli   *cli,
           int    argc,
           char **argv)
{
  g_autoptr(GPtrArray) positional = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GListModel *decks;

  if (!parse_options ("decks", argc, argv, NULL, positional) ||
      !expect_positional ("decks", positional, 0))
    return EXIT_USAGE;

  if (open_store (cli, &error) == NULL)
    return fail (error);

  decks = kolo_store_get_decks (cli->store);
  for (guint i = 0; i < g_list_model_get_n_items (decks); i++)
    {
      g_autoptr(KoloDeck) deck = g_list_model_get_item (decks, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, kolo_deck_get_id (deck));
      g_autofree char *count = g_strdup_printf ("%u",
                                                g_list_model_get_n_items (kolo_deck_get_cards (deck)));

      print_field (id, FALSE);
      print_field (count, FALSE);
      print_field (kolo_deck_get_title (deck), TRUE);
    }
  return EXIT_OK;
}

static KoloDeck *
lookup_deck (Cli        *cli,
             const char *command,
             const char *id_text,
             int        *status)
{
  g_autoptr(GError) error = NULL;
  KoloDeck *deck = NULL;
  gint64 id;

  if (open_for_id (cli, command, id_text, &id, status) &&
      (deck = kolo_store_lookup_deck (cli->store, id, &error)) == NULL)
    *status = fail (error);
  return deck;
}

static int
cmd_export_deck (Cli   *cli,
                 int    argc,
                 char **argv)
{
  g_autoptr(GPtrArray) positional = g_ptr_array_new ();
  g_autoptr(KoloDeck) deck = NULL;
  g_autofree char *text = NULL;
  const char *output = NULL;
  Option options[] = { OUTPUT_OPTIONS (&output), { NULL } };
  int status = EXIT_OK;

  if (!parse_options ("export-deck", argc, argv, options, positional) ||
      !expect_positional ("export-deck", positional, 1) ||
      !expect_output ("export-deck", output))
    return EXIT_USAGE;

  if ((deck = lookup_deck (cli, "export-deck", positional->pdata[0], &status)) == NULL)
    return status;

  text = kolo_deck_to_json (deck);
  return write_text_output (output, text);
}

/* The plays of @event that drew from @deck, oldest first. */
static GPtrArray *
plays_of_deck (KoloEvent  *event,
               KoloDeck   *deck,
               GError    **error)
{
  g_autoptr(GPtrArray) all = kolo_event_get_plays (event, error);
  GPtrArray *plays;

  if (all == NULL)
    return NULL;
  plays = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < all->len; i++)
    if (kolo_play_get_deck (all->pdata[i]) == deck && kolo_play_get_card (all->pdata[i]) != NULL)
      g_ptr_array_add (plays, g_object_ref (all->pdata[i]));
  return plays;
}

static int
cmd_print_deck (Cli   *cli,
                int    argc,
                char **argv)
{
  g_autoptr(GPtrArray) positional = g_ptr_array_new ();
  g_autoptr(GPtrArray) plays = NULL;
  g_autoptr(KoloDeck) deck = NULL;
  g_autoptr(KoloEvent) event = NULL;
  g_autoptr(GOutputStream) pdf = NULL;
  g_autoptr(GError) error = NULL;
  const char *output = NULL, *event_text = NULL;
  Option options[] = {
    OUTPUT_OPTIONS (&output),
    { "--event", TRUE, &event_text },
    { NULL }
  };
  int status = EXIT_OK;
  gint64 event_id;

  if (!parse_options ("print-deck", argc, argv, options, positional) ||
      !expect_positional ("print-deck", positional, 1) ||
      !expect_output ("print-deck", output))
    return EXIT_USAGE;
  if (event_text != NULL && !parse_id ("print-deck", event_text, &event_id))
    return EXIT_USAGE;

  if ((deck = lookup_deck (cli, "print-deck", positional->pdata[0], &status)) == NULL)
    return status;
  if (event_text != NULL)
    {
      if ((event = lookup_event (cli, "print-deck", event_text, &status)) == NULL)
        return status;
      if ((plays = plays_of_deck (event, deck, &error)) == NULL)
        return fail (error);
      if (plays->len == 0)
        {
          g_set_error (&error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_NOT_FOUND,
                       /* Translators: the first %lld is an event's ID, the second a deck's */
                       _("Event %lld drew no cards from deck %lld"),
                       (long long) kolo_event_get_id (event), (long long) kolo_deck_get_id (deck));
          return fail (error);
        }
    }

  pdf = g_memory_output_stream_new_resizable ();
  if (!kolo_deck_write_pdf (deck, plays, pdf, NULL, &error))
    return fail (error);
  return write_memory_output (output, pdf);
}

/* Participants ------------------------------------------------------------ */

static int
cmd_participants (Cli   *cli,
                  int    argc,
                  char **argv)
{
  g_autoptr(GPtrArray) positional = g_ptr_array_new ();
  g_autoptr(KoloEvent) event = NULL;
  GListModel *participants;
  int status = EXIT_OK;

  if (!parse_options ("participants", argc, argv, NULL, positional) ||
      !expect_positional ("participants", positional, 1))
    return EXIT_USAGE;

  if ((event = lookup_event (cli, "participants", positional->pdata[0], &status)) == NULL)
    return status;

  participants = kolo_event_get_participants (event);
  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(KoloParticipant) participant = g_list_model_get_item (participants, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT,
                                             kolo_participant_get_id (participant));

      print_field (id, FALSE);
      print_field (kolo_participant_get_name (participant), FALSE);
      print_field (kolo_participant_get_institution (participant), FALSE);
      print_field (kolo_participant_get_city (participant), TRUE);
    }
  return EXIT_OK;
}

/* The participant of @event with @id, or NULL with @error set. */
static KoloParticipant *
find_participant (KoloEvent  *event,
                  gint64      id,
                  GError    **error)
{
  GListModel *participants = kolo_event_get_participants (event);

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(KoloParticipant) participant = g_list_model_get_item (participants, i);

      if (kolo_participant_get_id (participant) == id)
        return g_steal_pointer (&participant);
    }

  g_set_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_NOT_FOUND,
               /* Translators: the first %lld is a participant's ID, the second an event's */
               _("There is no participant with ID %lld in event %lld"), (long long) id,
               (long long) kolo_event_get_id (event));
  return NULL;
}

static int
cmd_attend (Cli   *cli,
            int    argc,
            char **argv)
{
  g_autoptr(GPtrArray) positional = g_ptr_array_new ();
  g_autoptr(GPtrArray) chosen = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(KoloEvent) event = NULL;
  g_autoptr(KoloDay) day = NULL;
  g_autoptr(GError) error = NULL;
  const char *day_text = NULL, *all = NULL;
  Option options[] = { { "--day", TRUE, &day_text }, { "--all", FALSE, &all }, { NULL } };
  int status = EXIT_OK;
  guint64 number;

  if (!parse_options ("attend", argc, argv, options, positional))
    return EXIT_USAGE;
  if (positional->len == 0 || day_text == NULL)
    return usage_line_error ("attend");
  if (!parse_day ("attend", day_text, &number))
    return EXIT_USAGE;
  if ((all != NULL) == (positional->len > 1))
    return usage_error (_("attend: give either --all or the participants’ IDs"));
  for (guint i = 1; i < positional->len; i++)
    {
      gint64 id;

      if (!parse_id ("attend", positional->pdata[i], &id))
        return EXIT_USAGE;
      g_array_append_val (ids, id);
    }

  if ((event = lookup_event (cli, "attend", positional->pdata[0], &status)) == NULL)
    return status;

  /* Everything is checked before anything is marked. */
  if ((day = event_day (event, number, &error)) == NULL)
    return fail (error);
  for (guint i = 0; i < ids->len; i++)
    {
      KoloParticipant *participant = find_participant (event, g_array_index (ids, gint64, i),
                                                       &error);

      if (participant == NULL)
        return fail (error);
      g_ptr_array_add (chosen, participant);
    }

  if (!kolo_event_set_attendance (event, day, all != NULL ? NULL : chosen, TRUE, &error))
    return fail (error);
  return EXIT_OK;
}

/* Each of @problems, one line each, names the file @path. */
static void
say_file_problems (const char         *path,
                   const char * const *problems)
{
  for (guint i = 0; problems[i] != NULL; i++)
    g_printerr ("kolo-cli: %s: %s\n", path, problems[i]);
}

/* Problems with a file's contents name the file, one line each; a file
 * that cannot be opened gets GIO's message, which names it already. */
static int
fail_in_file (const char *path,
              GError     *error)
{
  g_auto(GStrv) lines = NULL;

  if (error->domain != KOLO_FILE_ERROR)
    return fail (error);

  lines = g_strsplit (error->message, "\n", -1);
  say_file_problems (path, (const char * const *) lines);
  return EXIT_FAILED;
}

static int
cmd_import_participants (Cli   *cli,
                         int    argc,
                         char **argv)
{
  g_autoptr(GPtrArray) positional = g_ptr_array_new ();
  g_autoptr(KoloParticipantImport) import = NULL;
  g_autoptr(KoloEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = NULL;
  const char *path;
  int status = EXIT_OK;
  guint n_added = 0;
  gint64 id;

  if (!parse_options ("import-participants", argc, argv, NULL, positional) ||
      !expect_positional ("import-participants", positional, 2) ||
      !parse_id ("import-participants", positional->pdata[0], &id))
    return EXIT_USAGE;
  path = positional->pdata[1];

  /* The file first: one too big is refused before it is read, and a bad
   * one before the database is opened. */
  file = g_file_new_for_path (path);
  if ((bytes = kolo_csv_load (file, NULL, &error)) == NULL)
    return fail_in_file (path, error);

  if ((event = lookup_event (cli, "import-participants", positional->pdata[0], &status)) == NULL)
    return status;
  if ((import = kolo_participant_import_new (event, bytes, &error)) == NULL ||
      !kolo_participant_import_is_ready (import, &error))
    return fail_in_file (path, error);

  /* Nothing is half-imported: a row that cannot be read refuses the file. */
  if (kolo_participant_import_get_n_unreadable (import) > 0)
    {
      say_file_problems (path, kolo_participant_import_get_unreadable (import));
      return EXIT_FAILED;
    }

  /* What is left are duplicates, skipped and said so. */
  say_file_problems (path, kolo_participant_import_get_problems (import));

  if (!kolo_participant_import_apply (import, TRUE, &n_added, &error))
    return fail (error);

  g_print ("%u\n", n_added);
  return EXIT_OK;
}

static int
cmd_export_participants (Cli   *cli,
                         int    argc,
                         char **argv)
{
  g_autoptr(GPtrArray) positional = g_ptr_array_new ();
  g_autoptr(KoloEvent) event = NULL;
  g_autofree char *text = NULL;
  const char *output = NULL;
  Option options[] = { OUTPUT_OPTIONS (&output), { NULL } };
  int status = EXIT_OK;

  if (!parse_options ("export-participants", argc, argv, options, positional) ||
      !expect_positional ("export-participants", positional, 1) ||
      !expect_output ("export-participants", output))
    return EXIT_USAGE;

  if ((event = lookup_event (cli, "export-participants", positional->pdata[0], &status)) == NULL)
    return status;

  text = kolo_participants_to_csv (event);
  return write_text_output (output, text);
}

static int
cmd_print_certificates (Cli   *cli,
                        int    argc,
                        char **argv)
{
  g_autoptr(GPtrArray) positional = g_ptr_array_new ();
  g_autoptr(GPtrArray) eligible = NULL;
  g_autoptr(KoloEvent) event = NULL;
  g_autoptr(GOutputStream) pdf = NULL;
  g_autoptr(GError) error = NULL;
  KoloCertificates *certificates;
  const char *output = NULL;
  Option options[] = { OUTPUT_OPTIONS (&output), { NULL } };
  int status = EXIT_OK;

  if (!parse_options ("print-certificates", argc, argv, options, positional) ||
      !expect_positional ("print-certificates", positional, 1) ||
      !expect_output ("print-certificates", output))
    return EXIT_USAGE;

  if ((event = lookup_event (cli, "print-certificates", positional->pdata[0], &status)) == NULL)
    return status;

  certificates = kolo_event_get_certificates (event);
  eligible = kolo_certificates_get_eligible (certificates);
  if (eligible->len == 0)
    {
      g_set_error (&error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_NOT_FOUND,
                   _("Nobody in event %lld attended enough days for a certificate"),
                   (long long) kolo_event_get_id (event));
      return fail (error);
    }

  /* The numbers are given before the file is written, and kept even if
   * writing it fails: printing again gives the same ones. */
  pdf = g_memory_output_stream_new_resizable ();
  if (!kolo_certificates_write_pdf (certificates, eligible, pdf, NULL, &error))
    return fail (error);
  return write_memory_output (output, pdf);
}

static int
cmd_print_signin (Cli   *cli,
                  int    argc,
                  char **argv)
{
  g_autoptr(GPtrArray) positional = g_ptr_array_new ();
  g_autoptr(KoloEvent) event = NULL;
  g_autoptr(KoloDay) day = NULL;
  g_autoptr(GOutputStream) pdf = NULL;
  g_autoptr(GError) error = NULL;
  const char *output = NULL, *day_text = NULL;
  Option options[] = {
    OUTPUT_OPTIONS (&output),
    { "--day", TRUE, &day_text },
    { NULL }
  };
  int status = EXIT_OK;
  guint64 number;

  if (!parse_options ("print-signin", argc, argv, options, positional) ||
      !expect_positional ("print-signin", positional, 1))
    return EXIT_USAGE;
  if (day_text == NULL)
    return usage_line_error ("print-signin");
  if (!parse_day ("print-signin", day_text, &number))
    return EXIT_USAGE;
  if (!expect_output ("print-signin", output))
    return EXIT_USAGE;

  if ((event = lookup_event (cli, "print-signin", positional->pdata[0], &status)) == NULL)
    return status;

  if ((day = event_day (event, number, &error)) == NULL)
    return fail (error);

  pdf = g_memory_output_stream_new_resizable ();
  if (!kolo_signin_write_pdf (event, day, pdf, NULL, &error))
    return fail (error);
  return write_memory_output (output, pdf);
}

static int
cmd_import (Cli   *cli,
            int    argc,
            char **argv)
{
  g_autoptr(GPtrArray) positional = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) imported = NULL;
  g_autofree char *data = NULL;
  const char *path;
  gsize length;

  if (!parse_options ("import", argc, argv, NULL, positional) ||
      !expect_positional ("import", positional, 1))
    return EXIT_USAGE;
  path = positional->pdata[0];

  if (!g_file_get_contents (path, &data, &length, &error) ||
      open_store (cli, &error) == NULL)
    return fail (error);

  if ((imported = kolo_store_import (cli->store, data, length, &error)) == NULL)
    {
      g_auto(GStrv) lines = g_strsplit (error->message, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        g_printerr ("kolo-cli: %s: %s\n", path, lines[i]);
      return EXIT_FAILED;
    }

  if (KOLO_IS_EVENT (imported))
    g_print ("%" G_GINT64_FORMAT "\n", kolo_event_get_id (KOLO_EVENT (imported)));
  else if (KOLO_IS_DECK (imported))
    g_print ("%" G_GINT64_FORMAT "\n", kolo_deck_get_id (KOLO_DECK (imported)));
  else
    g_print ("%s\n", kolo_template_get_name (KOLO_TEMPLATE (imported)));
  return EXIT_OK;
}

static int
cmd_backup (Cli   *cli,
            int    argc,
            char **argv)
{
  g_autoptr(GPtrArray) positional = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  if (!parse_options ("backup", argc, argv, NULL, positional) ||
      !expect_positional ("backup", positional, 1))
    return EXIT_USAGE;

  if (open_store (cli, &error) == NULL ||
      !kolo_store_backup (cli->store, positional->pdata[0], &error))
    return fail (error);
  return EXIT_OK;
}

static int
cmd_duplicate_event (Cli   *cli,
                     int    argc,
                     char **argv)
{
  g_autoptr(GPtrArray) positional = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloEvent) event = NULL;
  g_autoptr(KoloEvent) copy = NULL;
  int status = EXIT_OK;

  if (!parse_options ("duplicate-event", argc, argv, NULL, positional) ||
      !expect_positional ("duplicate-event", positional, 1))
    return EXIT_USAGE;

  if ((event = lookup_event (cli, "duplicate-event", positional->pdata[0], &status)) == NULL)
    return status;
  if ((copy = kolo_store_duplicate_event (cli->store, event, &error)) == NULL)
    return fail (error);

  g_print ("%" G_GINT64_FORMAT "\n", kolo_event_get_id (copy));
  return EXIT_OK;
}

static void
write_failed_cb (KoloStore    *store,
                 const GError *error,
                 gpointer      user_data)
{
  GError **first = user_data;

  if (*first == NULL)
    *first = g_error_copy (error);
}

static int
set_archived (Cli         *cli,
              const char  *command,
              gboolean     archived,
              int          argc,
              char       **argv)
{
  g_autoptr(GPtrArray) positional = g_ptr_array_new ();
  g_autoptr(KoloEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  int status = EXIT_OK;
  gulong handler;

  if (!parse_options (command, argc, argv, NULL, positional) ||
      !expect_positional (command, positional, 1))
    return EXIT_USAGE;

  if ((event = lookup_event (cli, command, positional->pdata[0], &status)) == NULL)
    return status;

  /* Setters report a failed write through the store, not a return value. */
  handler = g_signal_connect (cli->store, "write-failed", G_CALLBACK (write_failed_cb), &error);
  kolo_event_set_archived (event, archived);
  g_signal_handler_disconnect (cli->store, handler);
  if (error != NULL)
    return fail (error);
  return EXIT_OK;
}

static int
cmd_archive_event (Cli   *cli,
                   int    argc,
                   char **argv)
{
  return set_archived (cli, "archive-event", TRUE, argc, argv);
}

static int
cmd_unarchive_event (Cli   *cli,
                     int    argc,
                     char **argv)
{
  return set_archived (cli, "unarchive-event", FALSE, argc, argv);
}

static int
cmd_delete_event (Cli   *cli,
                  int    argc,
                  char **argv)
{
  g_autoptr(GPtrArray) positional = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloEvent) event = NULL;
  int status = EXIT_OK;

  if (!parse_options ("delete-event", argc, argv, NULL, positional) ||
      !expect_positional ("delete-event", positional, 1))
    return EXIT_USAGE;

  if ((event = lookup_event (cli, "delete-event", positional->pdata[0], &status)) == NULL)
    return status;
  /* No undo toast on the command line: the rows go at once. */
  if (!kolo_store_delete_event (cli->store, event, &error) ||
      !kolo_store_purge_deleted (cli->store, &error))
    return fail (error);
  return EXIT_OK;
}

static int
cmd_save_template (Cli   *cli,
                   int    argc,
                   char **argv)
{
  g_autoptr(GPtrArray) positional = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloEvent) event = NULL;
  g_autoptr(KoloDoc) doc = NULL;
  g_autofree char *name = NULL;
  int status = EXIT_OK;

  if (!parse_options ("save-template", argc, argv, NULL, positional) ||
      !expect_positional ("save-template", positional, 1))
    return EXIT_USAGE;

  if ((event = lookup_event (cli, "save-template", positional->pdata[0], &status)) == NULL)
    return status;
  doc = kolo_doc_new_from_event (event, KOLO_DOC_TEMPLATE);
  if ((name = kolo_store_save_template (cli->store, doc, &error)) == NULL)
    return fail (error);

  g_print ("%s\n", name);
  return EXIT_OK;
}

static const Command commands[] = {
  { "templates", "", N_("List the templates: NAME⇥TITLE"), cmd_templates, STORE_READ },
  { "events", "[--archived]",
    N_("List the events, newest first: ID⇥FIRST-DAY⇥LAST-DAY⇥CITY⇥TITLE; "
       "with --archived, the archived ones"), cmd_events, STORE_READ },
  { "search", "TEXT", N_("List the events that contain every word of TEXT, as “events” does"),
    cmd_search, STORE_READ },
  { "new-event", "--template NAME|FILE --start YYYY-MM-DD [--title TITLE]",
    N_("Create an event from a template and print its ID"), cmd_new_event, STORE_WRITE },
  { "show-event", "ID", N_("Print an event’s agenda with clock times"), cmd_show_event,
    STORE_READ },
  { "duplicate-event", "ID", N_("Copy an event with its agenda and print the copy’s ID"),
    cmd_duplicate_event, STORE_WRITE },
  { "archive-event", "ID", N_("Archive an event"), cmd_archive_event, STORE_WRITE },
  { "unarchive-event", "ID", N_("Bring an event back from the archive"), cmd_unarchive_event,
    STORE_WRITE },
  { "delete-event", "ID", N_("Delete an event and everything in it"), cmd_delete_event,
    STORE_WRITE },
  { "export-event", "ID [--no-personal-data] -o FILE",
    N_("Write an event as a kolo-event file; with --no-personal-data, without its "
       "participants and the ideas’ authors"), cmd_export_event, STORE_READ },
  { "export-template", "ID -o FILE", N_("Write an event’s agenda as a kolo-template file"),
    cmd_export_template, STORE_READ },
  { "print-agenda", "ID -o FILE.pdf",
    N_("Write an event’s agenda as a print-ready PDF handout for the participants"),
    cmd_print_agenda, STORE_READ },
  { "save-template", "ID", N_("Save an event’s agenda as a template and print its name"),
    cmd_save_template, STORE_WRITE },
  { "boards", "ID", N_("List an event’s brainstorm boards: BOARD⇥IDEAS⇥QUESTION"), cmd_boards,
    STORE_READ },
  { "export-board", "BOARD -f md|csv|png -o FILE",
    N_("Write a board’s ideas as Markdown, CSV or a PNG image"), cmd_export_board, STORE_READ },
  { "decks", "", N_("List the role-play card decks: DECK⇥CARDS⇥TITLE"), cmd_decks, STORE_READ },
  { "export-deck", "DECK -o FILE", N_("Write a deck as a kolo-deck file"), cmd_export_deck,
    STORE_READ },
  { "print-deck", "DECK [--event ID] -o FILE.pdf",
    N_("Write a deck’s cards as a PDF to print and cut out; with --event, only the cards drawn "
       "in that event, with the players’ names"), cmd_print_deck, STORE_READ },
  { "participants", "ID", N_("List an event’s participants: PID⇥NAME⇥INSTITUTION⇥CITY"),
    cmd_participants, STORE_READ },
  { "import-participants", "ID FILE.csv",
    N_("Add the participants in a CSV file to an event and print how many were added"),
    cmd_import_participants, STORE_EXISTING },
  { "export-participants", "ID -o FILE.csv",
    N_("Write an event’s participants as a CSV file for spreadsheets"),
    cmd_export_participants, STORE_READ },
  { "attend", "ID --day N (--all | PID…)",
    N_("Mark the participants (or all of them) as present on day N, counted from 1"), cmd_attend,
    STORE_EXISTING },
  { "print-certificates", "ID -o FILE.pdf",
    N_("Write the certificates of the participants who attended enough days as a print-ready "
       "PDF, giving the numbers that are missing"), cmd_print_certificates, STORE_EXISTING },
  { "print-signin", "ID --day N -o FILE.pdf",
    N_("Write day N’s sign-in sheet as a print-ready PDF"), cmd_print_signin, STORE_READ },
  { "import", "FILE", N_("Import a Kolo file of any format and print the new ID or NAME"),
    cmd_import, STORE_WRITE },
  { "backup", "FILE", N_("Write a consistent copy of the whole database"), cmd_backup,
    STORE_EXISTING },
};

static const Command *
commands_lookup (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, name))
      return &commands[i];
  return NULL;
}

/* "kolo-cli new-event --template NAME|FILE …", without a space when the
 * command takes no arguments. */
static char *
command_line (const Command *command)
{
  if (*command->synopsis == '\0')
    return g_strdup_printf ("kolo-cli %s", command->name);
  return g_strdup_printf ("kolo-cli %s %s", command->name, command->synopsis);
}

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n", _("Usage: kolo-cli [--db PATH] COMMAND [ARGUMENTS…]"));
  fprintf (stream, "\n%s\n",
           _("Work with Kolo’s events, agendas and templates from the command line."));
  fprintf (stream, "\n%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *line = command_line (&commands[i]);

      fprintf (stream, "  %s\n", line + strlen ("kolo-cli "));
      fprintf (stream, "      %s\n", _(commands[i].summary));
    }
  fprintf (stream, "\n%s\n", _("Options:"));
  fprintf (stream, "  --db PATH   %s\n",
           _("Use the database at PATH instead of your own (KOLO_DB does the same)"));
  fprintf (stream, "  -o -        %s\n", _("Write to standard output instead of a file"));
  fprintf (stream, "  --help      %s\n", _("Show this help; COMMAND --help shows a command’s own"));
  fprintf (stream, "  --version   %s\n", _("Show Kolo’s version"));
  fprintf (stream, "\n%s\n",
           _("Lists are tab-separated, one row per line, for scripts. "
             "Exit status: 0 done, 1 failed (nothing changed), 2 wrong command line."));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  Cli cli = { NULL, STORE_WRITE, NULL };
  const Command *command;
  int status;

  setlocale (LC_ALL, "");
  kolo_core_init ();
  textdomain (GETTEXT_PACKAGE);

  /* --db may come before or after the command. */
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--db"))
        {
          if (i + 1 >= argc)
            return usage_error (_("option “%s” needs a value"), "--db");
          cli.db_path = argv[++i];
        }
      else if (g_str_has_prefix (argv[i], "--db="))
        cli.db_path = argv[i] + strlen ("--db=");
      else
        g_ptr_array_add (args, argv[i]);
    }

  if (args->len == 0)
    {
      print_usage (stderr);
      return EXIT_USAGE;
    }

  if (g_str_equal (args->pdata[0], "--help") || g_str_equal (args->pdata[0], "-h") ||
      g_str_equal (args->pdata[0], "help"))
    {
      print_usage (stdout);
      return EXIT_OK;
    }
  if (g_str_equal (args->pdata[0], "--version"))
    {
      g_print ("kolo-cli %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }

  command = commands_lookup (args->pdata[0]);
  if (command == NULL)
    return usage_error (_("“%s” is not a command"), (const char *) args->pdata[0]);

  for (guint i = 1; i < args->len; i++)
    if (g_str_equal (args->pdata[i], "--help") || g_str_equal (args->pdata[i], "-h"))
      {
        g_autofree char *line = command_line (command);

        g_print (_("Usage: kolo-cli [--db PATH] %s\n"), line + strlen ("kolo-cli "));
        g_print ("%s\n", _(command->summary));
        return EXIT_OK;
      }

  cli.use = command->use;
  status = command->run (&cli, (int) args->len - 1, (char **) args->pdata + 1);
  g_clear_object (&cli.store);
  return status;
}
