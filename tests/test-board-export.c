/* test-board-export.c — a board taken home: Markdown and CSV checked field
 * by field, and the PNG image, small and with 2,000 ideas
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo.h>
#include <string.h>

#include "kolo-test-util.h"

/* Boards are made as a file would bring them: a document stored in one
 * go, so every text reaches the board exactly as written here. */

typedef struct
{
  char      *dir;
  KoloStore *store;
  KoloEvent *event;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = kolo_test_make_dir ();
  path = g_build_filename (fixture->dir, "kolo.db", NULL);
  fixture->store = kolo_store_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->event);
  g_assert_finalize_object (fixture->store);
  kolo_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static gint64
utc_usec (const char *iso)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (time);
  return g_date_time_to_unix (time) * G_USEC_PER_SEC;
}

static KoloDocIdea *
add_idea (GPtrArray     *ideas,
          const char    *text,
          const char    *author,
          KoloNoteColor  color,
          int            votes,
          const char    *added)
{
  KoloDocIdea *idea = kolo_doc_idea_new ();

  g_free (idea->text);
  idea->text = g_strdup (text);
  g_free (idea->author);
  idea->author = g_strdup (author ? author : "");
  idea->color = color;
  idea->votes = votes;
  idea->created = utc_usec (added ? added : "2013-11-11T08:00:00Z");
  g_ptr_array_add (ideas, idea);
  return idea;
}

static KoloDocCluster *
add_cluster (KoloDocBoard  *board,
             const char    *title,
             KoloNoteColor  color)
{
  KoloDocCluster *cluster = kolo_doc_cluster_new ();

  g_free (cluster->title);
  cluster->title = g_strdup (title);
  cluster->color = color;
  g_ptr_array_add (board->clusters, cluster);
  return cluster;
}

static KoloDocBoard *
add_board (KoloDoc    *doc,
           const char *question)
{
  KoloDocBoard *board = kolo_doc_board_new ();

  g_free (board->question);
  board->question = g_strdup (question);
  g_ptr_array_add (doc->boards, board);
  return board;
}

static KoloDoc *
event_doc (void)
{
  KoloDoc *doc = kolo_doc_new (KOLO_DOC_EVENT);
  KoloDocDay *day = kolo_doc_day_new ();

  g_free (doc->title);
  doc->title = g_strdup ("Орієнтація на клієнта");
  g_date_set_dmy (&day->date, 11, G_DATE_NOVEMBER, 2013);
  g_ptr_array_add (doc->days, day);
  return doc;
}

/* Stores @doc as the fixture's event and returns its first board
 * (transfer none: the event's list holds it). */
static KoloBoard *
store_board (Fixture *fixture,
             KoloDoc *doc)
{
  g_autoptr(GError) error = NULL;
  GListModel *boards;
  KoloBoard *board;

  g_clear_object (&fixture->event);
  fixture->event = kolo_store_insert_event (fixture->store, doc, &error);
  g_assert_no_error (error);
  boards = kolo_event_get_boards (fixture->event);
  g_assert_cmpuint (g_list_model_get_n_items (boards), >=, 1);
  board = g_list_model_get_item (boards, 0);
  g_object_unref (board);
  return board;
}

/* The board most tests use: every kind of text an idea can hold. */
static KoloBoard *
rich_board (Fixture  *fixture,
            gboolean  sort_by_votes)
{
  g_autoptr(KoloDoc) doc = event_doc ();
  KoloDocBoard *board = add_board (doc, "Що таке *якісне* обслуговування?\nДругий рядок");
  KoloDocCluster *cluster;

  board->sort_by_votes = sort_by_votes;
  board->moderated = TRUE;
  cluster = add_cluster (board, "Привітність, «тепло»", KOLO_NOTE_GREEN);
  add_idea (cluster->ideas, "Усмішка, «добрий день» і \"ім'я\" на бейджі", "Мар’яна Петренко",
            KOLO_NOTE_YELLOW, 1, "2013-11-11T08:41:07Z");
  add_idea (cluster->ideas, "Рядок 1\nРядок 2", NULL, KOLO_NOTE_PINK, 5, "2013-11-11T08:42:00Z");
  add_idea (cluster->ideas, "<b>&amp; не розмітка", "O'Brien", KOLO_NOTE_GREEN, 1,
            "2013-11-11T08:43:30Z");
  add_idea (cluster->ideas, "Не схвалено", "Олена", KOLO_NOTE_BLUE, 9,
            "2013-11-11T08:44:00Z")->pending = TRUE;
  add_cluster (board, "Порожня", KOLO_NOTE_BLUE);
  cluster = add_cluster (board, "Лише чекає", KOLO_NOTE_ORANGE);
  add_idea (cluster->ideas, "Теж не схвалено", NULL, KOLO_NOTE_BLUE, 0,
            "2013-11-11T08:45:00Z")->pending = TRUE;
  add_idea (board->ideas, "Швидко, без черги", NULL, KOLO_NOTE_ORANGE, 0, "2013-07-01T09:00:00Z");
  add_idea (board->ideas, "Кава; чай; «печиво»", "Петро", KOLO_NOTE_PURPLE, 2,
            "2013-11-11T08:46:00Z");
  return store_board (fixture, doc);
}

/* Markdown ---------------------------------------------------------------- */

static const char rich_markdown[] =
  "# Що таке \\*якісне\\* обслуговування? Другий рядок\n"
  "\n"
  "## Привітність, «тепло» · 7 votes\n"
  "\n"
  "- Усмішка, «добрий день» і \"ім'я\" на бейджі (1 vote) — Мар’яна Петренко\n"
  "- Рядок 1\\\n"
  "  Рядок 2 (5 votes)\n"
  "- \\<b>\\&amp; не розмітка (1 vote) — O'Brien\n"
  "\n"
  "## Порожня\n"
  "\n"
  "## Лише чекає\n"
  "\n"
  "## Ungrouped\n"
  "\n"
  "- Швидко, без черги\n"
  "- Кава; чай; «печиво» (2 votes) — Петро\n";

/* By votes: most first, and ideas with as many votes keep their order. */
static const char sorted_markdown[] =
  "# Що таке \\*якісне\\* обслуговування? Другий рядок\n"
  "\n"
  "## Привітність, «тепло» · 7 votes\n"
  "\n"
  "- Рядок 1\\\n"
  "  Рядок 2 (5 votes)\n"
  "- Усмішка, «добрий день» і \"ім'я\" на бейджі (1 vote) — Мар’яна Петренко\n"
  "- \\<b>\\&amp; не розмітка (1 vote) — O'Brien\n"
  "\n"
  "## Порожня\n"
  "\n"
  "## Лише чекає\n"
  "\n"
  "## Ungrouped\n"
  "\n"
  "- Кава; чай; «печиво» (2 votes) — Петро\n"
  "- Швидко, без черги\n";

static void
test_markdown (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *text = kolo_board_to_markdown (rich_board (fixture, FALSE));

  g_assert_cmpstr (text, ==, rich_markdown);
  /* Pending ideas never leave the console. */
  g_assert_null (strstr (text, "схвалено"));
  g_assert_null (strstr (text, "Олена"));
}

static void
test_markdown_sorted (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *text = kolo_board_to_markdown (rich_board (fixture, TRUE));

  g_assert_cmpstr (text, ==, sorted_markdown);
}

/* A board made anonymous shows no author, in any export. */
static void
test_anonymous (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(KoloDoc) doc = event_doc ();
  KoloDocBoard *doc_board = add_board (doc, "Хто такий «трудний» відвідувач?");
  g_autofree char *markdown = NULL;
  g_autofree char *csv = NULL;
  KoloBoard *board;

  add_idea (doc_board->ideas, "Той, хто поспішає", "Олена", KOLO_NOTE_YELLOW, 0, NULL);
  add_idea (doc_board->ideas, "Той, кого не почули", "Петро", KOLO_NOTE_BLUE, 3, NULL);
  board = store_board (fixture, doc);
  kolo_board_set_anonymous (board, TRUE);

  markdown = kolo_board_to_markdown (board);
  g_assert_cmpstr (markdown, ==,
                   "# Хто такий «трудний» відвідувач?\n"
                   "\n"
                   "## Ungrouped\n"
                   "\n"
                   "- Той, хто поспішає\n"
                   "- Той, кого не почули (3 votes)\n");

  g_setenv ("TZ", "UTC", TRUE);
  csv = kolo_board_to_csv (board);
  g_assert_cmpstr (csv, ==,
                   "\xEF\xBB\xBF" "idea,cluster,votes,author,time\r\n"
                   "\"Той, хто поспішає\",,0,,2013-11-11 08:00:00\r\n"
                   "\"Той, кого не почули\",,3,,2013-11-11 08:00:00\r\n");
}

/* Plain text reads as typed: what starts markup is escaped, a line break
 * stays a line break inside the item. */
static const struct
{
  const char *text;
  const char *item;
} escapes[] = {
  { "просто текст, і кома", "- просто текст, і кома\n" },
  { "*важливо* і **дуже**", "- \\*важливо\\* і \\*\\*дуже\\*\\*\n" },
  { "_курсив_ snake_case", "- \\_курсив\\_ snake\\_case\n" },
  { "# не заголовок", "- \\# не заголовок\n" },
  { "C# і F#", "- C\\# і F\\#\n" },
  { "<b>&amp;</b>", "- \\<b>\\&amp;\\</b>\n" },
  { "a & b, AT&T, &#169;", "- a & b, AT\\&T, \\&\\#169;\n" },
  { "C:\\Users\\Олена", "- C:\\\\Users\\\\Олена\n" },
  { "`код`", "- \\`код\\`\n" },
  { "[посилання](http://example.com)", "- \\[посилання\\](http://example.com)\n" },
  { "- не список", "- \\- не список\n" },
  { "+ і це ні", "- \\+ і це ні\n" },
  { "1. не нумерація", "- 1\\. не нумерація\n" },
  { "2013) рік", "- 2013\\) рік\n" },
  { "3.14 — число", "- 3.14 — число\n" },
  { "1.", "- 1\\.\n" },
  { "-5 хвилин", "- -5 хвилин\n" },
  { "+380 44 000", "- +380 44 000\n" },
  { "--> стрілка", "- --> стрілка\n" },
  { "- - -", "- \\- - -\n" },
  { "> не цитата", "- \\> не цитата\n" },
  { "a > b", "- a > b\n" },
  { "~~не закреслено~~", "- \\~\\~не закреслено\\~\\~\n" },
  { "a | b", "- a \\| b\n" },
  { "Мар’яна і Мар'яна", "- Мар’яна і Мар'яна\n" },
  { "перший\n---", "- перший\\\n  \\---\n" },
  { "перший\n===", "- перший\\\n  \\===\n" },
  { "рядок\n    не код", "- рядок\\\n  не код\n" },
  { "рядок\n\nабзац", "- рядок\n\n  абзац\n" },
  { "рядок\n\n\n\nабзац\n", "- рядок\n\n  абзац\n" },
  { "Windows\r\nрядок\rще", "- Windows\\\n  рядок\\\n  ще\n" },
  { "кінець \\", "- кінець \\\\\n" },
};

static void
test_markdown_escaping (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(KoloDoc) doc = event_doc ();
  KoloDocBoard *board = add_board (doc, "Q");
  g_autofree char *text = NULL;
  const char *cursor;

  for (guint i = 0; i < G_N_ELEMENTS (escapes); i++)
    add_idea (board->ideas, escapes[i].text, NULL, KOLO_NOTE_YELLOW, 0, NULL);
  text = kolo_board_to_markdown (store_board (fixture, doc));

  g_assert_true (g_str_has_prefix (text, "# Q\n\n## Ungrouped\n\n"));
  cursor = text + strlen ("# Q\n\n## Ungrouped\n\n");
  for (guint i = 0; i < G_N_ELEMENTS (escapes); i++)
    {
      g_autofree char *item = g_strndup (cursor, strlen (escapes[i].item));

      g_test_message ("%s", escapes[i].text);
      g_assert_cmpstr (item, ==, escapes[i].item);
      cursor += strlen (escapes[i].item);
    }
  g_assert_cmpstr (cursor, ==, "");
}

/* The same ideas through a real CommonMark renderer, when one is
 * installed: each list item shows the idea's text, and no markup. */
static void
test_markdown_renders_as_typed (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(KoloDoc) doc = event_doc ();
  KoloDocBoard *board = add_board (doc, "Q");
  g_autoptr(GSubprocess) cmark = NULL;
  g_autoptr(GRegex) item = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_find_program_in_path ("cmark");
  g_autofree char *markdown = NULL;
  g_autofree char *html = NULL;
  guint n = 0;

  if (path == NULL)
    {
      g_test_skip ("cmark is not installed");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (escapes); i++)
    add_idea (board->ideas, escapes[i].text, NULL, KOLO_NOTE_YELLOW, 0, NULL);
  markdown = kolo_board_to_markdown (store_board (fixture, doc));

  cmark = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                            &error, path, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (cmark, markdown, NULL, &html, NULL, &error);
  g_assert_no_error (error);

  item = g_regex_new ("<li>(.*?)</li>", G_REGEX_DOTALL, 0, &error);
  g_assert_no_error (error);
  for (g_regex_match (item, html, 0, &match); g_match_info_matches (match);
       g_match_info_next (match, NULL), n++)
    {
      g_autofree char *inner = g_match_info_fetch (match, 1);
      g_autoptr(GString) shown = g_string_new (inner);
      g_autoptr(GString) typed = g_string_new (escapes[n].text);

      g_assert_cmpuint (n, <, G_N_ELEMENTS (escapes));
      /* Markdown drops the white space around lines, and ends a paragraph
       * with one blank line however many there were. */
      g_string_replace (shown, "<br />\n", "\n", 0);
      g_string_replace (shown, "</p>\n<p>", "\n\n", 0);
      g_string_replace (shown, "<p>", "", 0);
      g_string_replace (shown, "</p>", "", 0);
      g_assert_null (strchr (shown->str, '<'));
      g_string_replace (shown, "&lt;", "<", 0);
      g_string_replace (shown, "&gt;", ">", 0);
      g_string_replace (shown, "&quot;", "\"", 0);
      g_string_replace (shown, "&amp;", "&", 0);
      g_string_replace (typed, "\r\n", "\n", 0);
      g_string_replace (typed, "\r", "\n", 0);
      g_string_replace (typed, "\n    ", "\n", 0);
      g_string_replace (typed, "\n\n\n\n", "\n\n", 0);
      g_strstrip (typed->str);
      g_strstrip (shown->str);
      g_assert_cmpstr (shown->str, ==, typed->str);
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (escapes));
}

/* Headings and authors are on one line, escaped the same way. */
static void
test_markdown_headings (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(KoloDoc) doc = event_doc ();
  KoloDocBoard *board = add_board (doc, "# Питання?\n- з *рядками*\t<i>");
  KoloDocCluster *cluster = add_cluster (board, "1. Група_з [дужками] ##", KOLO_NOTE_PINK);
  g_autofree char *text = NULL;

  add_idea (cluster->ideas, "ідея", "Ім'я *Прізвище*\nдругий рядок", KOLO_NOTE_PINK, 10000,
            NULL);
  text = kolo_board_to_markdown (store_board (fixture, doc));
  g_assert_cmpstr (text, ==,
                   "# \\# Питання? - з \\*рядками\\* \\<i>\n"
                   "\n"
                   "## 1. Група\\_з \\[дужками\\] \\#\\# · 10000 votes\n"
                   "\n"
                   "- ідея (10000 votes) — Ім'я \\*Прізвище\\* другий рядок\n");
}

/* CSV --------------------------------------------------------------------- */

/* Reads RFC 4180 records: fields in quotes may hold commas, line breaks and
 * doubled quotes; every record ends with CRLF.  Fails the test on anything
 * else. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char *p = text;

  while (*p != '\0')
    {
      g_autoptr(GStrvBuilder) fields = g_strv_builder_new ();

      for (;;)
        {
          g_autoptr(GString) field = g_string_new (NULL);

          if (*p == '"')
            {
              for (p++; ; p++)
                {
                  g_assert_true (*p != '\0');
                  if (*p == '"' && p[1] == '"')
                    g_string_append_c (field, *p++);
                  else if (*p == '"')
                    break;
                  else
                    g_string_append_c (field, *p);
                }
              p++;
            }
          else
            for (; *p != ',' && *p != '\r' && *p != '\0'; p++)
              {
                /* Unquoted fields hold no quote and no line break. */
                g_assert_true (*p != '"' && *p != '\n');
                g_string_append_c (field, *p);
              }

          g_strv_builder_add (fields, field->str);
          if (*p == ',')
            {
              p++;
              continue;
            }
          g_assert_true (g_str_has_prefix (p, "\r\n"));
          p += 2;
          break;
        }
      g_ptr_array_add (records, g_strv_builder_end (fields));
    }
  return records;
}

static void
test_csv (Fixture       *fixture,
          gconstpointer  data)
{
  /* Kyiv's rules, spelled out so no time zone database is needed: UTC+2 in
   * winter, UTC+3 in summer. */
  static const char * const expected[][5] = {
    { "idea", "cluster", "votes", "author", "time" },
    { "Усмішка, «добрий день» і \"ім'я\" на бейджі", "Привітність, «тепло»", "1",
      "Мар’яна Петренко", "2013-11-11 10:41:07" },
    { "Рядок 1\nРядок 2", "Привітність, «тепло»", "5", "", "2013-11-11 10:42:00" },
    { "<b>&amp; не розмітка", "Привітність, «тепло»", "1", "O'Brien", "2013-11-11 10:43:30" },
    { "Швидко, без черги", "", "0", "", "2013-07-01 12:00:00" },
    { "Кава; чай; «печиво»", "", "2", "Петро", "2013-11-11 10:46:00" },
  };
  g_autoptr(GPtrArray) records = NULL;
  g_autofree char *text = NULL;

  g_setenv ("TZ", "EET-2EEST,M3.5.0/3,M10.5.0/4", TRUE);
  text = kolo_board_to_csv (rich_board (fixture, FALSE));

  /* A byte-order mark, so spreadsheet apps read the Cyrillic as UTF-8. */
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF" "idea,cluster,votes,author,time\r\n"));
  g_assert_true (g_str_has_suffix (text, "\r\n"));

  records = parse_csv (text + 3);
  g_assert_cmpuint (records->len, ==, G_N_ELEMENTS (expected));
  for (guint r = 0; r < records->len; r++)
    {
      GStrv fields = records->pdata[r];

      g_assert_cmpuint (g_strv_length (fields), ==, 5);
      for (guint c = 0; c < 5; c++)
        g_assert_cmpstr (fields[c], ==, expected[r][c]);
    }

  /* Quoted exactly when needed, quotes doubled, the line break kept. */
  g_assert_nonnull (strstr (text, "\r\n\"Усмішка, «добрий день» і \"\"ім'я\"\" на бейджі\","
                                  "\"Привітність, «тепло»\",1,Мар’яна Петренко,"
                                  "2013-11-11 10:41:07\r\n"));
  g_assert_nonnull (strstr (text, "\r\n\"Рядок 1\nРядок 2\","));
  g_assert_nonnull (strstr (text, "\r\n<b>&amp; не розмітка,"));
  g_assert_nonnull (strstr (text, "\r\nКава; чай; «печиво»,,2,Петро,"));
  g_assert_null (strstr (text, "схвалено"));
}

static void
test_csv_sorted (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char * const ideas[] = {
    "Рядок 1\nРядок 2", "Усмішка, «добрий день» і \"ім'я\" на бейджі", "<b>&amp; не розмітка",
    "Кава; чай; «печиво»", "Швидко, без черги",
  };
  g_autoptr(GPtrArray) records = NULL;
  g_autofree char *text = kolo_board_to_csv (rich_board (fixture, TRUE));

  records = parse_csv (text + 3);
  g_assert_cmpuint (records->len, ==, G_N_ELEMENTS (ideas) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (ideas); i++)
    g_assert_cmpstr (((GStrv) records->pdata[i + 1])[0], ==, ideas[i]);
}

static void
test_csv_quoting (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(KoloDoc) doc = event_doc ();
  KoloDocBoard *board = add_board (doc, "Q");
  KoloDocCluster *cluster = add_cluster (board, "\"Лапки\"", KOLO_NOTE_YELLOW);
  g_autofree char *text = NULL;

  add_idea (cluster->ideas, "кінець рядка\r\nWindows", "Коваль, Олена", KOLO_NOTE_YELLOW, 0,
            "2013-11-11T08:00:00Z");
  add_idea (cluster->ideas, "\"", NULL, KOLO_NOTE_YELLOW, 0, "2013-11-11T08:00:00Z");
  add_idea (cluster->ideas, "пробіли  всередині ", NULL, KOLO_NOTE_YELLOW, 0,
            "2013-11-11T08:00:00Z");
  g_setenv ("TZ", "UTC", TRUE);
  text = kolo_board_to_csv (store_board (fixture, doc));
  g_assert_cmpstr (text, ==,
                   "\xEF\xBB\xBF" "idea,cluster,votes,author,time\r\n"
                   "\"кінець рядка\r\nWindows\",\"\"\"Лапки\"\"\",0,\"Коваль, Олена\","
                   "2013-11-11 08:00:00\r\n"
                   "\"\"\"\",\"\"\"Лапки\"\"\",0,,2013-11-11 08:00:00\r\n"
                   "пробіли  всередині ,\"\"\"Лапки\"\"\",0,,2013-11-11 08:00:00\r\n");
}

/* PNG --------------------------------------------------------------------- */

typedef struct
{
  const guchar *data;
  gsize         size;
  gsize         offset;
} PngReader;

static cairo_status_t
read_cb (void          *closure,
         unsigned char *data,
         unsigned int   length)
{
  PngReader *reader = closure;

  if (reader->offset + length > reader->size)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, reader->data + reader->offset, length);
  reader->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

/* Writes the board as a PNG and reads it back as an image. */
static cairo_surface_t *
board_png (KoloBoard *board,
           int        width,
           gint64    *usec)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  PngReader reader = { 0 };
  cairo_surface_t *image;
  gint64 started = g_get_monotonic_time ();

  g_assert_true (kolo_board_write_png (board, width, out, NULL, &error));
  g_assert_no_error (error);
  if (usec != NULL)
    *usec = g_get_monotonic_time () - started;
  g_assert_true (g_output_stream_close (out, NULL, &error));
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));

  reader.data = g_bytes_get_data (bytes, &reader.size);
  g_assert_cmpuint (reader.size, >, 8);
  g_assert_cmpmem (reader.data, 8, "\x89PNG\r\n\x1a\n", 8);
  image = cairo_image_surface_create_from_png_stream (read_cb, &reader);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpuint (reader.offset, ==, reader.size);
  return image;
}

static guint32
pixel (cairo_surface_t *image,
       int              x,
       int              y)
{
  const guchar *row = cairo_image_surface_get_data (image) +
                      y * cairo_image_surface_get_stride (image);

  return *(const guint32 *) (row + 4 * x) & 0xffffff;
}

/* How many pixels have exactly @rgb. */
static guint
count_pixels (cairo_surface_t *image,
              guint32          rgb)
{
  guint n = 0;

  cairo_surface_flush (image);
  for (int y = 0; y < cairo_image_surface_get_height (image); y++)
    for (int x = 0; x < cairo_image_surface_get_width (image); x++)
      if (pixel (image, x, y) == rgb)
        n++;
  return n;
}

static void
test_png (Fixture       *fixture,
          gconstpointer  data)
{
  KoloBoard *board = rich_board (fixture, FALSE);
  cairo_surface_t *image = board_png (board, 1920, NULL);
  cairo_surface_t *narrow = NULL;
  GHashTable *colours = g_hash_table_new (NULL, NULL);

  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1920);
  g_assert_cmpint (cairo_image_surface_get_height (image), >, 200);
  g_assert_cmpint (cairo_image_surface_get_height (image), <, 2000);

  /* Notes in their own colours, on the canvas; pending ones (blue) are not
   * drawn, though the empty cluster's bar is blue too. */
  g_assert_cmpuint (count_pixels (image, kolo_note_color_get_rgb (KOLO_NOTE_YELLOW)), >, 5000);
  g_assert_cmpuint (count_pixels (image, kolo_note_color_get_rgb (KOLO_NOTE_PINK)), >, 5000);
  g_assert_cmpuint (count_pixels (image, kolo_note_color_get_rgb (KOLO_NOTE_PURPLE)), >, 5000);
  g_assert_cmpuint (count_pixels (image, kolo_note_color_get_rgb (KOLO_NOTE_BLUE)), <, 5000);

  /* Text: many shades from antialiasing. */
  for (int y = 0; y < cairo_image_surface_get_height (image); y += 2)
    for (int x = 0; x < 1920; x += 2)
      g_hash_table_add (colours, GUINT_TO_POINTER (pixel (image, x, y)));
  g_assert_cmpuint (g_hash_table_size (colours), >, 50);

  /* Narrower images wrap the same board into a taller one. */
  narrow = board_png (board, 640, NULL);
  g_assert_cmpint (cairo_image_surface_get_width (narrow), ==, 640);
  g_assert_cmpint (cairo_image_surface_get_height (narrow), >,
                   cairo_image_surface_get_height (image));

  g_hash_table_unref (colours);
  cairo_surface_destroy (narrow);
  cairo_surface_destroy (image);
}

static void
test_png_empty (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(KoloDoc) doc = event_doc ();
  cairo_surface_t *image;

  add_board (doc, "Питання без ідей");
  image = board_png (store_board (fixture, doc), 800, NULL);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 800);
  g_assert_cmpint (cairo_image_surface_get_height (image), >, 50);
  g_assert_cmpint (cairo_image_surface_get_height (image), <, 400);
  cairo_surface_destroy (image);
}

/* Ideas of every length, as a big room leaves them. */
static KoloBoard *
huge_board (Fixture *fixture,
            guint    n_ideas,
            guint    n_clusters)
{
  g_autoptr(KoloDoc) doc = event_doc ();
  KoloDocBoard *board = add_board (doc, "Що ми змінимо в бібліотеці наступного року?");
  GPtrArray *clusters = g_ptr_array_new ();

  for (guint c = 0; c < n_clusters; c++)
    {
      g_autofree char *title = g_strdup_printf ("Група %u", c + 1);

      g_ptr_array_add (clusters, add_cluster (board, title, c % KOLO_N_NOTE_COLORS));
    }
  for (guint i = 0; i < n_ideas; i++)
    {
      GPtrArray *ideas = i % 4 == 0 || n_clusters == 0
                         ? board->ideas
                         : ((KoloDocCluster *) clusters->pdata[i % n_clusters])->ideas;
      g_autoptr(GString) text = g_string_new (NULL);

      g_string_printf (text, "Ідея %u:", i + 1);
      while (g_utf8_strlen (text->str, -1) < (glong) (8 + (i * 37) % 480))
        g_string_append (text, " книжки, каву й розетки");
      if (g_utf8_strlen (text->str, -1) > KOLO_IDEA_TEXT_MAX)
        g_string_truncate (text, g_utf8_offset_to_pointer (text->str, KOLO_IDEA_TEXT_MAX) -
                                 text->str);
      add_idea (ideas, text->str, i % 3 ? "Учасник" : NULL, i % KOLO_N_NOTE_COLORS, i % 7,
                NULL);
    }
  g_ptr_array_unref (clusters);
  return store_board (fixture, doc);
}

/* 2,000 ideas still make an image: notes get smaller, not the image
 * taller than 20,000 pixels. */
static void
test_png_huge (Fixture       *fixture,
               gconstpointer  data)
{
  KoloBoard *board = huge_board (fixture, 2000, 5);
  cairo_surface_t *image;
  gint64 usec = 0;

  image = board_png (board, 1920, &usec);
  g_test_message ("2,000 ideas: %d × %d pixels in %.2f s", cairo_image_surface_get_width (image),
                  cairo_image_surface_get_height (image), usec / (double) G_USEC_PER_SEC);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1920);
  g_assert_cmpint (cairo_image_surface_get_height (image), <=, 20000);
  /* Filled with notes down to the bottom. */
  g_assert_cmpint (cairo_image_surface_get_height (image), >, 5000);
  for (guint c = 0; c < KOLO_N_NOTE_COLORS; c++)
    g_assert_cmpuint (count_pixels (image, kolo_note_color_get_rgb (c)), >, 10000);
  cairo_surface_destroy (image);
}

/* Even the smallest notes do not fit in a narrow image: it is cut at its
 * largest height, and says so. */
static void
test_png_cut (Fixture       *fixture,
              gconstpointer  data)
{
  KoloBoard *board = huge_board (fixture, 2000, 0);
  cairo_surface_t *image = board_png (board, 320, NULL);

  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 320);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 20000);
  cairo_surface_destroy (image);
}

static void
test_png_errors (Fixture       *fixture,
                 gconstpointer  data)
{
  KoloBoard *board = rich_board (fixture, FALSE);
  g_autoptr(GOutputStream) closed = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  /* A stream that cannot be written to */
  g_assert_true (g_output_stream_close (closed, NULL, NULL));
  g_assert_false (kolo_board_write_png (board, 1920, closed, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CLOSED);
  g_clear_error (&error);

  g_cancellable_cancel (cancellable);
  g_assert_false (kolo_board_write_png (board, 1920, out, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  kolo_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/kolo/board-export/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("markdown", test_markdown);
  ADD ("markdown/sorted", test_markdown_sorted);
  ADD ("anonymous", test_anonymous);
  ADD ("markdown/escaping", test_markdown_escaping);
  ADD ("markdown/renders-as-typed", test_markdown_renders_as_typed);
  ADD ("markdown/headings", test_markdown_headings);
  ADD ("csv", test_csv);
  ADD ("csv/sorted", test_csv_sorted);
  ADD ("csv/quoting", test_csv_quoting);
  ADD ("png", test_png);
  ADD ("png/empty", test_png_empty);
  ADD ("png/huge", test_png_huge);
  ADD ("png/cut", test_png_cut);
  ADD ("png/errors", test_png_errors);

#undef ADD

  return g_test_run ();
}
