/* test-board.c — brainstorm boards: ideas, clusters, votes, anonymity and
 * moderation, written through to the store and undone step by step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kolo-test-util.h"

typedef struct
{
  char      *dir;
  char      *path;
  KoloStore *store;
  KoloEvent *event;
  KoloBoard *board;       /* borrowed from the event's list */
  gint64     id;
  guint      write_failed;
} Fixture;

static void
open_event (Fixture *f)
{
  f->store = kolo_test_open_store (f->path, &f->write_failed);
  f->event = kolo_test_lookup_event (f->store, f->id);
  f->board = g_list_model_get_n_items (kolo_event_get_boards (f->event)) > 0
             ? kolo_test_item (kolo_event_get_boards (f->event), 0) : NULL;
}

static void
close_event (Fixture *f)
{
  f->board = NULL;
  kolo_test_close_store (&f->store, &f->event);
}

/* A fresh store on the same file: what is left is what was written. */
static void
reopen (Fixture *f)
{
  close_event (f);
  open_event (f);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(KoloBoard) board = kolo_board_new ("Що заважає читачам?");
  g_autoptr(GError) error = NULL;

  f->dir = kolo_test_make_dir ();
  f->path = g_build_filename (f->dir, "kolo.db", NULL);
  f->store = kolo_test_open_store (f->path, &f->write_failed);
  f->event = kolo_test_new_training (f->store, NULL);
  f->id = kolo_event_get_id (f->event);

  /* The shipped template's own boards go: the tests count rows. */
  while (g_list_model_get_n_items (kolo_event_get_boards (f->event)) > 0)
    {
      g_autoptr(KoloBoard) shipped = g_list_model_get_item (kolo_event_get_boards (f->event), 0);

      g_assert_true (kolo_event_remove_board (f->event, shipped, &error));
      g_assert_no_error (error);
    }

  g_assert_true (kolo_event_insert_board (f->event, 0, board, &error));
  g_assert_no_error (error);
  f->board = board;
  kolo_history_clear (kolo_event_get_history (f->event));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->store != NULL)
    close_event (f);
  kolo_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* The texts of a list of ideas (or a cluster's titles), joined with "|". */
static char *
texts (GListModel *list)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      GObject *it = kolo_test_item (list, i);

      g_string_append_printf (out, "%s%s", i ? "|" : "",
                              KOLO_IS_IDEA (it) ? kolo_idea_get_text (KOLO_IDEA (it))
                                                : kolo_cluster_get_title (KOLO_CLUSTER (it)));
    }
  return g_string_free (out, FALSE);
}

#define assert_texts(list, expected) \
  G_STMT_START { \
    g_autofree char *got_ = texts (G_LIST_MODEL (list)); \
    g_assert_cmpstr (got_, ==, expected); \
  } G_STMT_END

/* The first column of the first row of a query, read with sqlite3 itself. */
#define assert_db(f, expected, ...) kolo_test_assert_db ((f)->path, (expected), __VA_ARGS__)

static KoloIdea *
add (Fixture    *f,
     const char *text,
     const char *author)
{
  g_autoptr(GError) error = NULL;
  KoloIdea *idea = kolo_board_add_idea (f->board, text, author, &error);

  g_assert_no_error (error);
  g_assert_nonnull (idea);
  g_object_unref (idea);   /* the board holds it */
  return idea;
}

static KoloCluster *
add_cluster (Fixture    *f,
             const char *title)
{
  g_autoptr(KoloCluster) cluster = kolo_cluster_new (title);
  g_autoptr(GError) error = NULL;

  g_assert_true (kolo_board_insert_cluster (f->board, G_MAXUINT, cluster, &error));
  g_assert_no_error (error);
  return cluster;
}

static void
move (KoloIdea    *idea,
      KoloCluster *to,
      guint        position)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kolo_idea_move (idea, to, position, &error));
  g_assert_no_error (error);
}

static void
undo (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kolo_history_get_can_undo (kolo_event_get_history (f->event)));
  g_assert_true (kolo_history_undo (kolo_event_get_history (f->event), &error));
  g_assert_no_error (error);
}

static void
redo (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kolo_history_get_can_redo (kolo_event_get_history (f->event)));
  g_assert_true (kolo_history_redo (kolo_event_get_history (f->event), &error));
  g_assert_no_error (error);
}

static guint *
watch (gpointer    object,
       const char *property)
{
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);
  guint *count = g_new0 (guint, 1);

  g_object_set_data_full (object, signal, count, g_free);
  g_signal_connect (object, signal, G_CALLBACK (kolo_test_count_notify_cb), count);
  return count;
}

static void
test_add_edit_delete (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 before = g_get_real_time ();
  KoloIdea *first, *second;
  gint64 second_id;

  first = add (f, "  Довгі черги \n", "  Оксана  ");
  second = add (f, "Незручний розклад", "   ");
  add (f, "Немає Wi-Fi", NULL);

  g_assert_cmpstr (kolo_idea_get_text (first), ==, "Довгі черги");
  g_assert_cmpstr (kolo_idea_get_author (first), ==, "Оксана");
  g_assert_null (kolo_idea_get_author (second));
  g_assert_cmpint (kolo_idea_get_color (first), ==, KOLO_NOTE_YELLOW);
  g_assert_cmpint (kolo_idea_get_created (first), >=, before);
  g_assert_cmpint (kolo_idea_get_created (first), <=, g_get_real_time ());
  g_assert_false (kolo_idea_get_pending (first));
  g_assert_true (kolo_idea_get_board (first) == f->board);
  g_assert_null (kolo_idea_get_cluster (first));
  g_assert_cmpint (kolo_idea_get_id (first), >, 0);
  assert_texts (kolo_board_get_ungrouped (f->board), "Довгі черги|Незручний розклад|Немає Wi-Fi");
  assert_texts (kolo_board_get_ideas (f->board), "Довгі черги|Незручний розклад|Немає Wi-Fi");
  assert_db (f, "Оксана", "SELECT author FROM ideas WHERE id = %" G_GINT64_FORMAT,
             kolo_idea_get_id (first));

  /* Each addition is a step. */
  undo (f);
  assert_texts (kolo_board_get_ideas (f->board), "Довгі черги|Незручний розклад");
  redo (f);
  assert_texts (kolo_board_get_ideas (f->board), "Довгі черги|Незручний розклад|Немає Wi-Fi");

  /* Typing is one step back to the text before the first key. */
  kolo_idea_set_text (second, "Н");
  kolo_idea_set_text (second, "Не");
  kolo_idea_set_text (second, "Незручні години");
  kolo_idea_set_color (second, KOLO_NOTE_BLUE);
  kolo_idea_set_author (second, "Петро");
  assert_db (f, "Незручні години|blue|Петро",
             "SELECT text || '|' || color || '|' || author FROM ideas WHERE id = %"
             G_GINT64_FORMAT, kolo_idea_get_id (second));
  undo (f);
  g_assert_null (kolo_idea_get_author (second));
  undo (f);
  g_assert_cmpint (kolo_idea_get_color (second), ==, KOLO_NOTE_YELLOW);
  undo (f);
  g_assert_cmpstr (kolo_idea_get_text (second), ==, "Незручний розклад");
  assert_db (f, "Незручний розклад|yellow|NULL",
             "SELECT text || '|' || color || '|' || ifnull (author, 'NULL') FROM ideas"
             " WHERE id = %" G_GINT64_FORMAT, kolo_idea_get_id (second));
  redo (f);
  g_assert_cmpstr (kolo_idea_get_text (second), ==, "Незручні години");

  /* Deleting keeps the object for undo; undo writes it again. */
  second_id = kolo_idea_get_id (second);
  g_assert_true (kolo_board_remove_idea (f->board, second, &error));
  g_assert_no_error (error);
  g_assert_null (kolo_idea_get_board (second));
  g_assert_cmpint (kolo_idea_get_id (second), ==, 0);
  assert_texts (kolo_board_get_ideas (f->board), "Довгі черги|Немає Wi-Fi");
  assert_db (f, "0", "SELECT count(*) FROM ideas WHERE id = %" G_GINT64_FORMAT, second_id);
  undo (f);
  g_assert_true (kolo_idea_get_board (second) == f->board);
  assert_texts (kolo_board_get_ungrouped (f->board), "Довгі черги|Незручні години|Немає Wi-Fi");
  assert_texts (kolo_board_get_ideas (f->board), "Довгі черги|Незручні години|Немає Wi-Fi");
  redo (f);
  undo (f);

  reopen (f);
  assert_texts (kolo_board_get_ungrouped (f->board), "Довгі черги|Незручні години|Немає Wi-Fi");
  assert_texts (kolo_board_get_ideas (f->board), "Довгі черги|Незручні години|Немає Wi-Fi");
  first = kolo_test_item (kolo_board_get_ideas (f->board), 0);
  g_assert_cmpstr (kolo_idea_get_author (first), ==, "Оксана");
  g_assert_cmpint (kolo_idea_get_created (first), >=, before);
  g_assert_cmpint (f->write_failed, ==, 0);
}

static void
assert_refused (Fixture    *f,
                const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloIdea) idea = kolo_board_add_idea (f->board, text, NULL, &error);

  g_assert_null (idea);
  g_assert_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, !=, "");
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GString) long_text = g_string_new (NULL);
  KoloIdea *idea;

  assert_refused (f, "");
  assert_refused (f, " \t\n ");
  assert_refused (f, "Ще\xff\xfe");

  /* 500 characters of Cyrillic (1,000 bytes) fit; 501 do not. */
  for (guint i = 0; i < KOLO_IDEA_TEXT_MAX; i++)
    g_string_append (long_text, "ї");
  idea = add (f, long_text->str, NULL);
  g_assert_cmpint (g_utf8_strlen (kolo_idea_get_text (idea), -1), ==, 500);
  g_string_append (long_text, "ж");
  assert_refused (f, long_text->str);
  /* Trimmed before counting. */
  g_string_truncate (long_text, 1000);
  g_string_append (long_text, "  \n");
  add (f, long_text->str, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (kolo_board_get_ideas (f->board)), ==, 2);
  assert_db (f, "2|500", "SELECT count(*) || '|' || max (length (text)) FROM ideas");
}

static void
test_markup_is_plain_text (Fixture       *f,
                           gconstpointer  data)
{
  KoloCluster *cluster;

  add (f, "<b>&amp;</b> <i>", "<span>Ім'я</span>");
  cluster = add_cluster (f, "<u>&lt;</u>");
  kolo_board_set_question (f->board, "Що <b>таке</b> &amp;?");
  assert_db (f, "<b>&amp;</b> <i>|<span>Ім'я</span>",
             "SELECT text || '|' || author FROM ideas");
  assert_db (f, "<u>&lt;</u>", "SELECT title FROM clusters");
  g_assert_cmpstr (kolo_cluster_get_title (cluster), ==, "<u>&lt;</u>");

  reopen (f);
  assert_texts (kolo_board_get_ideas (f->board), "<b>&amp;</b> <i>");
  g_assert_cmpstr (kolo_idea_get_author (kolo_test_item (kolo_board_get_ideas (f->board), 0)), ==,
                   "<span>Ім'я</span>");
  g_assert_cmpstr (kolo_board_get_question (f->board), ==, "Що <b>таке</b> &amp;?");
  assert_texts (kolo_board_get_clusters (f->board), "<u>&lt;</u>");
}

static void
test_anonymous (Fixture       *f,
                gconstpointer  data)
{
  guint *notified = watch (f->board, "anonymous");
  KoloIdea *oksana, *nobody, *later;

  oksana = add (f, "Черги", "Оксана");
  nobody = add (f, "Розклад", NULL);
  kolo_history_clear (kolo_event_get_history (f->event));

  /* Turning it on forgets every author, in the file too, as one step. */
  kolo_board_set_anonymous (f->board, TRUE);
  g_assert_true (kolo_board_get_anonymous (f->board));
  g_assert_cmpuint (*notified, ==, 1);
  g_assert_null (kolo_idea_get_author (oksana));
  assert_db (f, "0", "SELECT count(*) FROM ideas WHERE author IS NOT NULL");
  assert_db (f, "1", "SELECT anonymous FROM boards");

  /* An author given now is never stored. */
  later = add (f, "Wi-Fi", "Петро");
  g_assert_null (kolo_idea_get_author (later));
  kolo_idea_set_author (nobody, "Марія");
  g_assert_null (kolo_idea_get_author (nobody));
  assert_db (f, "0", "SELECT count(*) FROM ideas WHERE author IS NOT NULL");
  assert_db (f, "3", "SELECT count(*) FROM ideas WHERE author IS NULL");

  /* Undo brings the authors back with the flag. */
  undo (f);   /* the addition */
  undo (f);   /* anonymity */
  g_assert_false (kolo_board_get_anonymous (f->board));
  g_assert_cmpstr (kolo_idea_get_author (oksana), ==, "Оксана");
  g_assert_null (kolo_idea_get_author (nobody));
  assert_db (f, "Оксана", "SELECT group_concat (author) FROM ideas");
  assert_db (f, "0", "SELECT anonymous FROM boards");
  g_assert_false (kolo_history_get_can_undo (kolo_event_get_history (f->event)));

  redo (f);
  g_assert_true (kolo_board_get_anonymous (f->board));
  g_assert_null (kolo_idea_get_author (oksana));
  assert_db (f, "0", "SELECT count(*) FROM ideas WHERE author IS NOT NULL");

  reopen (f);
  g_assert_true (kolo_board_get_anonymous (f->board));
  g_assert_null (kolo_idea_get_author (kolo_test_item (kolo_board_get_ideas (f->board), 0)));

  /* Turning it off again lets authors in. */
  kolo_board_set_anonymous (f->board, FALSE);
  later = add (f, "Кава", "Петро");
  assert_db (f, "Петро", "SELECT group_concat (author) FROM ideas");
}

static void
test_moderation (Fixture       *f,
                 gconstpointer  data)
{
  guint *n_pending_notified = watch (f->board, "n-pending");
  g_autoptr(GError) error = NULL;
  KoloIdea *open, *first, *second;

  open = add (f, "До модерації", NULL);
  kolo_board_set_moderated (f->board, TRUE);
  first = add (f, "Перша", NULL);
  second = add (f, "Друга", NULL);

  g_assert_false (kolo_idea_get_pending (open));
  g_assert_true (kolo_idea_get_pending (first));
  g_assert_true (kolo_idea_get_pending (second));
  g_assert_cmpuint (kolo_board_get_n_pending (f->board), ==, 2);
  g_assert_cmpuint (*n_pending_notified, ==, 2);

  /* Approving. */
  kolo_idea_set_pending (first, FALSE);
  g_assert_cmpuint (kolo_board_get_n_pending (f->board), ==, 1);
  assert_db (f, "0", "SELECT pending FROM ideas WHERE id = %" G_GINT64_FORMAT,
             kolo_idea_get_id (first));
  undo (f);
  g_assert_true (kolo_idea_get_pending (first));
  g_assert_cmpuint (kolo_board_get_n_pending (f->board), ==, 2);
  redo (f);

  /* Dropping a pending idea. */
  g_assert_true (kolo_board_remove_idea (f->board, second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kolo_board_get_n_pending (f->board), ==, 0);
  undo (f);
  g_assert_cmpuint (kolo_board_get_n_pending (f->board), ==, 1);

  reopen (f);
  g_assert_true (kolo_board_get_moderated (f->board));
  g_assert_cmpuint (kolo_board_get_n_pending (f->board), ==, 1);
  second = kolo_test_item (kolo_board_get_ideas (f->board), 2);
  g_assert_cmpstr (kolo_idea_get_text (second), ==, "Друга");
  g_assert_true (kolo_idea_get_pending (second));
}

static void
test_clusters (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KoloIdea *a, *b, *c, *d;
  KoloCluster *space, *time;

  a = add (f, "a", NULL);
  b = add (f, "b", NULL);
  c = add (f, "c", NULL);
  d = add (f, "d", NULL);
  space = add_cluster (f, "Простір");
  time = add_cluster (f, "Час");
  g_assert_true (kolo_cluster_get_board (space) == f->board);
  g_assert_cmpint (kolo_cluster_get_id (space), >, 0);

  /* Rename and colour. */
  kolo_cluster_set_title (space, "Приміщення");
  kolo_cluster_set_color (space, KOLO_NOTE_GREEN);
  assert_db (f, "Приміщення|green", "SELECT title || '|' || color FROM clusters"
             " WHERE id = %" G_GINT64_FORMAT, kolo_cluster_get_id (space));
  undo (f);
  g_assert_cmpint (kolo_cluster_get_color (space), ==, KOLO_NOTE_YELLOW);
  redo (f);

  /* Into clusters, between them and within one. */
  move (a, space, 0);
  move (c, space, 0);
  move (b, time, 0);
  move (d, space, 1);
  assert_texts (kolo_cluster_get_ideas (space), "c|d|a");
  assert_texts (kolo_cluster_get_ideas (time), "b");
  assert_texts (kolo_board_get_ungrouped (f->board), "");
  g_assert_true (kolo_idea_get_cluster (d) == space);
  move (c, space, 2);
  assert_texts (kolo_cluster_get_ideas (space), "d|a|c");
  undo (f);
  assert_texts (kolo_cluster_get_ideas (space), "c|d|a");
  move (a, NULL, 0);
  assert_texts (kolo_board_get_ungrouped (f->board), "a");
  undo (f);
  g_assert_true (kolo_idea_get_cluster (a) == space);
  /* Every idea, still oldest first. */
  assert_texts (kolo_board_get_ideas (f->board), "a|b|c|d");

  reopen (f);
  space = kolo_test_item (kolo_board_get_clusters (f->board), 0);
  time = kolo_test_item (kolo_board_get_clusters (f->board), 1);
  assert_texts (kolo_board_get_clusters (f->board), "Приміщення|Час");
  g_assert_cmpint (kolo_cluster_get_color (space), ==, KOLO_NOTE_GREEN);
  assert_texts (kolo_cluster_get_ideas (space), "c|d|a");
  assert_texts (kolo_cluster_get_ideas (time), "b");
  d = kolo_test_item (kolo_cluster_get_ideas (space), 1);
  g_assert_true (kolo_idea_get_cluster (d) == space);

  /* Deleting a cluster sends its ideas to the end of "Ungrouped". */
  add (f, "e", NULL);
  kolo_history_clear (kolo_event_get_history (f->event));
  g_assert_true (kolo_board_remove_cluster (f->board, space, &error));
  g_assert_no_error (error);
  assert_texts (kolo_board_get_clusters (f->board), "Час");
  assert_texts (kolo_board_get_ungrouped (f->board), "e|c|d|a");
  g_assert_null (kolo_idea_get_cluster (d));
  assert_db (f, "1", "SELECT count(*) FROM clusters");
  assert_db (f, "e,c,d,a", "SELECT group_concat (text) FROM"
             " (SELECT text FROM ideas WHERE cluster_id IS NULL ORDER BY position)");

  /* One step brings it all back, in place. */
  undo (f);
  g_assert_false (kolo_history_get_can_undo (kolo_event_get_history (f->event)));
  assert_texts (kolo_board_get_clusters (f->board), "Приміщення|Час");
  assert_texts (kolo_cluster_get_ideas (space), "c|d|a");
  assert_texts (kolo_board_get_ungrouped (f->board), "e");
  g_assert_true (kolo_idea_get_cluster (d) == space);
  redo (f);
  assert_texts (kolo_board_get_ungrouped (f->board), "e|c|d|a");
  undo (f);

  reopen (f);
  assert_texts (kolo_board_get_clusters (f->board), "Приміщення|Час");
  assert_texts (kolo_cluster_get_ideas (kolo_test_item (kolo_board_get_clusters (f->board), 0)),
                "c|d|a");
  assert_texts (kolo_board_get_ungrouped (f->board), "e");
  g_assert_cmpint (kolo_cluster_get_color (kolo_test_item (kolo_board_get_clusters (f->board), 0)),
                   ==, KOLO_NOTE_GREEN);
}

static void
test_merge_and_reorder (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(KoloCluster) w = NULL;
  g_autoptr(GError) error = NULL;
  KoloCluster *x, *y, *z;

  x = add_cluster (f, "X");
  y = add_cluster (f, "Y");
  z = add_cluster (f, "Z");
  move (add (f, "x1", NULL), x, 0);
  move (add (f, "x2", NULL), x, 1);
  move (add (f, "y1", NULL), y, 0);
  kolo_history_clear (kolo_event_get_history (f->event));

  g_assert_true (kolo_board_merge_clusters (f->board, x, y, &error));
  g_assert_no_error (error);
  assert_texts (kolo_board_get_clusters (f->board), "Y|Z");
  assert_texts (kolo_cluster_get_ideas (y), "y1|x1|x2");
  g_assert_null (kolo_cluster_get_board (x));
  undo (f);
  g_assert_false (kolo_history_get_can_undo (kolo_event_get_history (f->event)));
  assert_texts (kolo_board_get_clusters (f->board), "X|Y|Z");
  assert_texts (kolo_cluster_get_ideas (x), "x1|x2");
  assert_texts (kolo_cluster_get_ideas (y), "y1");
  redo (f);
  assert_texts (kolo_cluster_get_ideas (y), "y1|x1|x2");

  /* Reordering clusters. */
  g_assert_true (kolo_cluster_move (z, 0, &error));
  g_assert_no_error (error);
  assert_texts (kolo_board_get_clusters (f->board), "Z|Y");
  undo (f);
  assert_texts (kolo_board_get_clusters (f->board), "Y|Z");
  redo (f);
  w = kolo_cluster_new ("W");
  g_assert_true (kolo_board_insert_cluster (f->board, 1, w, &error));
  g_assert_no_error (error);
  assert_texts (kolo_board_get_clusters (f->board), "Z|W|Y");

  reopen (f);
  assert_texts (kolo_board_get_clusters (f->board), "Z|W|Y");
  assert_texts (kolo_cluster_get_ideas (kolo_test_item (kolo_board_get_clusters (f->board), 2)),
                "y1|x1|x2");
  assert_db (f, "0,1,2", "SELECT group_concat (position) FROM"
             " (SELECT position FROM clusters ORDER BY position)");
}

static void
test_votes (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KoloCluster *cluster = add_cluster (f, "Голоси");
  guint *sum_notified = watch (cluster, "votes");
  KoloIdea *a = add (f, "a", NULL);
  KoloIdea *b = add (f, "b", NULL);
  KoloIdea *loose = add (f, "loose", NULL);

  move (a, cluster, 0);
  move (b, cluster, 1);
  kolo_idea_add_vote (a, 1);
  kolo_idea_add_vote (a, 1);
  kolo_idea_add_vote (a, 1);
  kolo_idea_add_vote (a, -1);
  g_assert_cmpint (kolo_idea_get_votes (a), ==, 2);
  g_assert_cmpint (kolo_cluster_get_votes (cluster), ==, 2);
  g_assert_cmpuint (*sum_notified, ==, 4);

  /* Never below 0. */
  kolo_idea_add_vote (b, -3);
  g_assert_cmpint (kolo_idea_get_votes (b), ==, 0);
  kolo_idea_set_votes (b, 7);
  kolo_idea_set_votes (loose, 4);
  g_assert_cmpint (kolo_cluster_get_votes (cluster), ==, 9);
  kolo_idea_add_vote (a, -10);
  g_assert_cmpint (kolo_idea_get_votes (a), ==, 0);
  g_assert_cmpint (kolo_cluster_get_votes (cluster), ==, 7);
  undo (f);
  g_assert_cmpint (kolo_idea_get_votes (a), ==, 2);
  g_assert_cmpint (kolo_cluster_get_votes (cluster), ==, 9);
  assert_db (f, "2|7|4", "SELECT group_concat (votes, '|') FROM"
             " (SELECT votes FROM ideas ORDER BY id)");

  /* The sum follows ideas in and out of the cluster. */
  move (b, NULL, 0);
  g_assert_cmpint (kolo_cluster_get_votes (cluster), ==, 2);
  undo (f);
  g_assert_cmpint (kolo_cluster_get_votes (cluster), ==, 9);
  g_assert_true (kolo_board_remove_idea (f->board, b, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kolo_cluster_get_votes (cluster), ==, 2);
  undo (f);
  g_assert_true (kolo_idea_get_cluster (b) == cluster);
  assert_texts (kolo_cluster_get_ideas (cluster), "a|b");
  g_assert_cmpint (kolo_cluster_get_votes (cluster), ==, 9);

  /* Resetting is one step and one write. */
  kolo_history_clear (kolo_event_get_history (f->event));
  g_assert_true (kolo_board_reset_votes (f->board, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kolo_idea_get_votes (a) + kolo_idea_get_votes (b) +
                   kolo_idea_get_votes (loose), ==, 0);
  g_assert_cmpint (kolo_cluster_get_votes (cluster), ==, 0);
  assert_db (f, "0", "SELECT sum (votes) FROM ideas");
  undo (f);
  g_assert_false (kolo_history_get_can_undo (kolo_event_get_history (f->event)));
  g_assert_cmpint (kolo_idea_get_votes (b), ==, 7);
  g_assert_cmpint (kolo_idea_get_votes (loose), ==, 4);
  g_assert_cmpint (kolo_cluster_get_votes (cluster), ==, 9);
  assert_db (f, "13", "SELECT sum (votes) FROM ideas");

  reopen (f);
  cluster = kolo_test_item (kolo_board_get_clusters (f->board), 0);
  g_assert_cmpint (kolo_cluster_get_votes (cluster), ==, 9);
  g_assert_cmpint (kolo_idea_get_votes (kolo_test_item (kolo_board_get_ungrouped (f->board), 0)),
                   ==, 4);
}

static void
test_properties_persist (Fixture       *f,
                         gconstpointer  data)
{
  static const char *props[] = { "question", "hidden", "moderated", "sort-by-votes", "activity" };
  KoloActivity *brainstorm = NULL;
  GListModel *days = kolo_event_get_days (f->event);
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloBoard) second = kolo_board_new ("Друга дошка");
  guint *counts[G_N_ELEMENTS (props)];
  KoloIdea *idea;

  for (guint i = 0; i < G_N_ELEMENTS (props); i++)
    counts[i] = watch (f->board, props[i]);

  /* The first brainstorm of the shipped training. */
  for (guint d = 0; brainstorm == NULL && d < g_list_model_get_n_items (days); d++)
    {
      GListModel *modules = kolo_day_get_modules (kolo_test_item (days, d));

      for (guint m = 0; brainstorm == NULL && m < g_list_model_get_n_items (modules); m++)
        {
          GListModel *activities = kolo_module_get_activities (kolo_test_item (modules, m));

          for (guint a = 0; brainstorm == NULL && a < g_list_model_get_n_items (activities); a++)
            if (kolo_activity_get_kind (kolo_test_item (activities, a)) == KOLO_ACTIVITY_BRAINSTORM)
              brainstorm = kolo_test_item (activities, a);
        }
    }
  g_assert_nonnull (brainstorm);

  kolo_board_set_question (f->board, "Як зробити бібліотеку зручнішою?");
  kolo_board_set_hidden (f->board, TRUE);
  kolo_board_set_moderated (f->board, TRUE);
  kolo_board_set_sort_by_votes (f->board, TRUE);
  kolo_board_set_activity (f->board, brainstorm);
  for (guint i = 0; i < G_N_ELEMENTS (props); i++)
    g_assert_cmpuint (*counts[i], ==, 1);
  g_assert_true (kolo_event_find_board (f->event, brainstorm) == f->board);
  idea = add (f, "Ідея", NULL);
  kolo_idea_set_color (idea, KOLO_NOTE_PURPLE);
  g_assert_true (kolo_event_insert_board (f->event, 0, second, &error));
  g_assert_no_error (error);

  reopen (f);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_event_get_boards (f->event)), ==, 2);
  g_assert_cmpstr (kolo_board_get_question (f->board), ==, "Друга дошка");
  f->board = kolo_test_item (kolo_event_get_boards (f->event), 1);
  g_assert_cmpstr (kolo_board_get_question (f->board), ==, "Як зробити бібліотеку зручнішою?");
  g_assert_true (kolo_board_get_hidden (f->board));
  g_assert_true (kolo_board_get_moderated (f->board));
  g_assert_true (kolo_board_get_sort_by_votes (f->board));
  g_assert_false (kolo_board_get_anonymous (f->board));
  g_assert_true (kolo_board_get_event (f->board) == f->event);
  brainstorm = kolo_board_get_activity (f->board);
  g_assert_nonnull (brainstorm);
  g_assert_cmpint (kolo_activity_get_kind (brainstorm), ==, KOLO_ACTIVITY_BRAINSTORM);
  g_assert_true (kolo_event_find_board (f->event, brainstorm) == f->board);
  idea = kolo_test_item (kolo_board_get_ideas (f->board), 0);
  g_assert_cmpint (kolo_idea_get_color (idea), ==, KOLO_NOTE_PURPLE);
  g_assert_true (kolo_idea_get_pending (idea));

  /* Undo of each setter. */
  kolo_board_set_hidden (f->board, FALSE);
  kolo_board_set_activity (f->board, NULL);
  g_assert_null (kolo_event_find_board (f->event, brainstorm));
  assert_db (f, "NULL", "SELECT activity_id FROM boards WHERE id = %" G_GINT64_FORMAT,
             kolo_board_get_id (f->board));
  undo (f);
  g_assert_true (kolo_board_get_activity (f->board) == brainstorm);
  undo (f);
  g_assert_true (kolo_board_get_hidden (f->board));
}

/* Every property notifies when it changes, and only then. */
static void
test_notify (Fixture       *f,
             gconstpointer  data)
{
  static const char *idea_props[] = { "text", "author", "color", "votes", "pending", "cluster" };
  static const char *cluster_props[] = { "title", "color", "votes" };
  KoloCluster *cluster = add_cluster (f, "Кластер");
  KoloIdea *idea = add (f, "Ідея", NULL);
  guint *idea_counts[G_N_ELEMENTS (idea_props)];
  guint *cluster_counts[G_N_ELEMENTS (cluster_props)];

  for (guint i = 0; i < G_N_ELEMENTS (idea_props); i++)
    idea_counts[i] = watch (idea, idea_props[i]);
  for (guint i = 0; i < G_N_ELEMENTS (cluster_props); i++)
    cluster_counts[i] = watch (cluster, cluster_props[i]);

  for (guint twice = 0; twice < 2; twice++)
    {
      kolo_idea_set_text (idea, "Інша ідея");
      kolo_idea_set_author (idea, "Оксана");
      kolo_idea_set_color (idea, KOLO_NOTE_ORANGE);
      kolo_idea_set_votes (idea, 3);
      kolo_idea_set_pending (idea, TRUE);
      if (twice == 0)
        move (idea, cluster, 0);
      kolo_cluster_set_title (cluster, "Інший");
      kolo_cluster_set_color (cluster, KOLO_NOTE_PINK);
    }
  for (guint i = 0; i < G_N_ELEMENTS (idea_props); i++)
    g_assert_cmpuint (*idea_counts[i], ==, 1);
  for (guint i = 0; i < G_N_ELEMENTS (cluster_props); i++)
    g_assert_cmpuint (*cluster_counts[i], ==, 1);
  g_assert_cmpint (kolo_cluster_get_votes (cluster), ==, 3);
}

static void
test_boards_and_activities (Fixture       *f,
                            gconstpointer  data)
{
  KoloDay *day = kolo_test_item (kolo_event_get_days (f->event), 0);
  KoloModule *module = kolo_test_item (kolo_day_get_modules (day), 0);
  KoloActivity *activity = kolo_test_item (kolo_module_get_activities (module), 0);
  guint *activity_notified = watch (f->board, "activity");
  g_autoptr(KoloBoard) board = g_object_ref (f->board);
  g_autoptr(GError) error = NULL;
  KoloCluster *cluster;
  gint64 board_id;

  kolo_board_set_activity (f->board, activity);
  cluster = add_cluster (f, "Кластер");
  move (add (f, "в кластері", "Оксана"), cluster, 0);
  add (f, "окремо", NULL);
  kolo_history_clear (kolo_event_get_history (f->event));

  /* Removing a board keeps its objects; undo writes them all again. */
  board_id = kolo_board_get_id (board);
  g_assert_true (kolo_event_remove_board (f->event, board, &error));
  g_assert_no_error (error);
  g_assert_null (kolo_board_get_event (board));
  g_assert_cmpuint (g_list_model_get_n_items (kolo_event_get_boards (f->event)), ==, 0);
  assert_db (f, "0|0|0", "SELECT (SELECT count(*) FROM boards) || '|' ||"
             " (SELECT count(*) FROM clusters) || '|' || (SELECT count(*) FROM ideas)");
  g_assert_null (kolo_event_find_board (f->event, activity));
  undo (f);
  g_assert_true (kolo_board_get_event (board) == f->event);
  g_assert_cmpint (kolo_board_get_id (board), >, board_id);
  g_assert_true (kolo_event_find_board (f->event, activity) == board);
  assert_db (f, "1|1|2", "SELECT (SELECT count(*) FROM boards) || '|' ||"
             " (SELECT count(*) FROM clusters) || '|' || (SELECT count(*) FROM ideas)");
  assert_db (f, "в кластері|Оксана", "SELECT i.text || '|' || i.author FROM ideas i"
             " JOIN clusters c ON c.id = i.cluster_id");

  /* Removing the activity from the agenda unlinks the board, as the store
   * does; undoing that links it again. */
  *activity_notified = 0;
  kolo_history_clear (kolo_event_get_history (f->event));
  g_assert_true (kolo_module_remove_activity (module, activity, &error));
  g_assert_no_error (error);
  g_assert_null (kolo_board_get_activity (board));
  g_assert_cmpuint (*activity_notified, ==, 1);
  assert_db (f, "NULL", "SELECT activity_id FROM boards");
  undo (f);
  g_assert_true (kolo_board_get_activity (board) == activity);
  g_assert_true (kolo_event_find_board (f->event, activity) == board);
  assert_db (f, "1", "SELECT count(*) FROM boards WHERE activity_id = %" G_GINT64_FORMAT,
             kolo_activity_get_id (activity));
  redo (f);
  g_assert_null (kolo_board_get_activity (board));

  reopen (f);
  g_assert_null (kolo_board_get_activity (f->board));
  assert_texts (kolo_board_get_ideas (f->board), "в кластері|окремо");
}

static void
test_refused_write_changes_nothing (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloIdea) refused = NULL;
  KoloCluster *cluster = add_cluster (f, "Кластер");
  KoloIdea *idea = add (f, "Перша", NULL);
  KoloHistory *history = kolo_event_get_history (f->event);

  move (idea, cluster, 0);
  kolo_idea_set_votes (idea, 2);
  kolo_history_clear (history);

  /* Another connection makes the store refuse every change of ideas. */
  kolo_test_db_exec (f->path, "CREATE TRIGGER no_new BEFORE INSERT ON ideas"
                              " BEGIN SELECT RAISE (ABORT, 'no more'); END;"
                              "CREATE TRIGGER no_change BEFORE UPDATE ON ideas"
                              " BEGIN SELECT RAISE (ABORT, 'frozen'); END;");

  refused = kolo_board_add_idea (f->board, "Друга", NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_board_get_ideas (f->board)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_board_get_ungrouped (f->board)), ==, 0);

  g_assert_false (kolo_idea_move (idea, NULL, 0, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (kolo_idea_get_cluster (idea) == cluster);
  assert_texts (kolo_cluster_get_ideas (cluster), "Перша");

  g_assert_false (kolo_board_remove_cluster (f->board, cluster, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  assert_texts (kolo_board_get_clusters (f->board), "Кластер");
  g_assert_true (kolo_cluster_get_board (cluster) == f->board);

  g_assert_false (kolo_board_reset_votes (f->board, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (kolo_idea_get_votes (idea), ==, 2);

  /* Setters report through write-failed and keep the stored value. */
  kolo_idea_add_vote (idea, 1);
  kolo_idea_set_pending (idea, TRUE);
  kolo_idea_set_color (idea, KOLO_NOTE_PINK);
  g_assert_cmpuint (f->write_failed, ==, 3);
  g_assert_cmpint (kolo_idea_get_votes (idea), ==, 2);
  g_assert_cmpint (kolo_cluster_get_votes (cluster), ==, 2);
  g_assert_false (kolo_idea_get_pending (idea));
  g_assert_cmpint (kolo_idea_get_color (idea), ==, KOLO_NOTE_YELLOW);
  kolo_board_set_anonymous (f->board, TRUE);
  g_assert_cmpuint (f->write_failed, ==, 4);
  g_assert_false (kolo_board_get_anonymous (f->board));
  g_assert_false (kolo_history_get_can_undo (history));

  reopen (f);
  assert_texts (kolo_board_get_ideas (f->board), "Перша");
  cluster = kolo_test_item (kolo_board_get_clusters (f->board), 0);
  assert_texts (kolo_cluster_get_ideas (cluster), "Перша");
  g_assert_cmpint (kolo_cluster_get_votes (cluster), ==, 2);
  g_assert_false (kolo_board_get_anonymous (f->board));
}

static void
test_store_closed (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(KoloBoard) board = g_object_ref (f->board);
  g_autoptr(KoloIdea) idea = g_object_ref (add (f, "Є", NULL));
  g_autoptr(KoloIdea) refused = NULL;
  g_autoptr(GError) error = NULL;

  /* Objects that outlive their store keep their values and write nothing;
   * what needs a row is refused. */
  close_event (f);
  g_assert_null (kolo_board_get_event (board));
  refused = kolo_board_add_idea (board, "Ні", NULL, &error);
  g_assert_null (refused);
  g_assert_nonnull (error);
  assert_texts (kolo_board_get_ideas (board), "Є");
  kolo_idea_set_votes (idea, 3);
  g_assert_cmpint (kolo_idea_get_votes (idea), ==, 3);
}

/* 2,000 ideas written straight into the file, in clusters and out,
 * positions with gaps as another program might leave them. */
static void
test_lazy_load (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GString) sql = g_string_new ("BEGIN;");
  gint64 board_id = kolo_board_get_id (f->board);
  gint64 cluster_ids[3];
  GListModel *ideas;
  int votes[3] = { 0, 0, 0 };
  guint pending = 0;

  for (guint c = 0; c < 3; c++)
    {
      KoloCluster *cluster = add_cluster (f, "c");
      cluster_ids[c] = kolo_cluster_get_id (cluster);
    }
  close_event (f);

  for (guint i = 0; i < 2000; i++)
    {
      guint c = i % 4;   /* 3: ungrouped */
      g_autofree char *cluster = c < 3 ? g_strdup_printf ("%" G_GINT64_FORMAT, cluster_ids[c])
                                       : g_strdup ("NULL");

      /* Created in reverse order of their place: "every idea" sorts. */
      g_string_append_printf (sql, "INSERT INTO ideas (board_id, cluster_id, position, text,"
                              " color, created_us, votes, pending) VALUES (%" G_GINT64_FORMAT
                              ", %s, %u, 'idea %u', 'blue', %u, %u, %u);",
                              board_id, cluster, 2 * i + 7, i, 1000000 - i, i % 5, i % 7 == 0);
      if (c < 3)
        votes[c] += i % 5;
      pending += i % 7 == 0;
    }
  g_string_append (sql, "COMMIT;");
  kolo_test_db_exec (f->path, sql->str);

  open_event (f);
  ideas = kolo_board_get_ideas (f->board);
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 2000);
  g_assert_cmpstr (kolo_idea_get_text (kolo_test_item (ideas, 0)), ==, "idea 1999");
  g_assert_cmpstr (kolo_idea_get_text (kolo_test_item (ideas, 1999)), ==, "idea 0");
  g_assert_cmpuint (kolo_board_get_n_pending (f->board), ==, pending);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_board_get_ungrouped (f->board)), ==, 500);
  g_assert_cmpstr (kolo_idea_get_text (kolo_test_item (kolo_board_get_ungrouped (f->board), 1)), ==,
                   "idea 7");
  for (guint c = 0; c < 3; c++)
    {
      KoloCluster *cluster = kolo_test_item (kolo_board_get_clusters (f->board), c);
      GListModel *list = kolo_cluster_get_ideas (cluster);
      g_autofree char *last = g_strdup_printf ("idea %u", 1996 + c);

      g_assert_cmpuint (g_list_model_get_n_items (list), ==, 500);
      g_assert_cmpstr (kolo_idea_get_text (kolo_test_item (list, 499)), ==, last);
      g_assert_true (kolo_idea_get_cluster (kolo_test_item (list, 0)) == cluster);
      g_assert_true (kolo_idea_get_board (kolo_test_item (list, 0)) == f->board);
      g_assert_cmpint (kolo_cluster_get_votes (cluster), ==, votes[c]);
    }
  g_assert_cmpint (kolo_idea_get_color (kolo_test_item (ideas, 5)), ==, KOLO_NOTE_BLUE);

  /* Renumbered on load, so edits shift the right rows. */
  assert_db (f, "0|499", "SELECT min (position) || '|' || max (position) FROM ideas"
             " WHERE cluster_id IS NULL");
  move (kolo_test_item (kolo_board_get_ungrouped (f->board), 499), NULL, 0);
  add (f, "нова", NULL);
  reopen (f);
  g_assert_cmpstr (kolo_idea_get_text (kolo_test_item (kolo_board_get_ungrouped (f->board), 0)), ==,
                   "idea 1999");
  g_assert_cmpstr (kolo_idea_get_text (kolo_test_item (kolo_board_get_ungrouped (f->board), 1)), ==,
                   "idea 3");
  g_assert_cmpstr (kolo_idea_get_text (kolo_test_item (kolo_board_get_ungrouped (f->board), 500)),
                   ==, "нова");
  g_assert_cmpuint (g_list_model_get_n_items (kolo_board_get_ideas (f->board)), ==, 2001);
}

static void
test_note_colors (void)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (KOLO_TYPE_NOTE_COLOR);

  g_assert_cmpuint (klass->n_values, ==, KOLO_N_NOTE_COLORS);
  for (guint i = 0; i < KOLO_N_NOTE_COLORS; i++)
    {
      KoloNoteColor color = KOLO_N_NOTE_COLORS;

      g_assert_true (kolo_note_color_from_string (kolo_note_color_to_string (i), &color));
      g_assert_cmpint (color, ==, i);
      g_assert_cmpstr (g_enum_get_value (klass, i)->value_nick, ==, kolo_note_color_to_string (i));
      g_assert_cmpstr (kolo_note_color_get_label (i), !=, "");
      for (guint j = 0; j < i; j++)
        g_assert_cmpuint (kolo_note_color_get_rgb (i), !=, kolo_note_color_get_rgb (j));
    }
  g_assert_cmpstr (kolo_note_color_to_string (KOLO_NOTE_YELLOW), ==, "yellow");
  g_assert_cmpstr (kolo_note_color_get_label (KOLO_NOTE_PINK), ==, "Pink");
  g_assert_false (kolo_note_color_from_string ("Yellow", NULL));
  g_assert_false (kolo_note_color_from_string (NULL, NULL));
}

int
main (int    argc,
      char **argv)
{
  kolo_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/kolo/board/note-colors", test_note_colors);
  ADD ("/kolo/board/add-edit-delete", test_add_edit_delete);
  ADD ("/kolo/board/validation", test_validation);
  ADD ("/kolo/board/markup-is-plain-text", test_markup_is_plain_text);
  ADD ("/kolo/board/anonymous", test_anonymous);
  ADD ("/kolo/board/moderation", test_moderation);
  ADD ("/kolo/board/clusters", test_clusters);
  ADD ("/kolo/board/merge-and-reorder", test_merge_and_reorder);
  ADD ("/kolo/board/votes", test_votes);
  ADD ("/kolo/board/properties-persist", test_properties_persist);
  ADD ("/kolo/board/notify", test_notify);
  ADD ("/kolo/board/boards-and-activities", test_boards_and_activities);
  ADD ("/kolo/board/refused-write-changes-nothing", test_refused_write_changes_nothing);
  ADD ("/kolo/board/store-closed", test_store_closed);
  ADD ("/kolo/board/lazy-load", test_lazy_load);

#undef ADD

  return g_test_run ();
}
