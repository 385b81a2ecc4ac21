/* test-boards.c — brainstorm boards as the trainer and the room use them:
 * ideas typed on the projector show on the console, hidden and moderated
 * boards show the room only what it may see, a brainstorm opens its board
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "kolo-board-actions.h"
#include "kolo-board-area.h"
#include "kolo-board-column.h"
#include "kolo-board-view.h"
#include "kolo-boards-page.h"
#include "kolo-event-page.h"
#include "kolo-note.h"
#include "kolo-projector-board.h"
#include "kolo-projector-window.h"
#include "kolo-test-ui.h"
#include "kolo-test-util.h"

#define QUESTION "Що таке якісне обслуговування?"

static KoloProjectorWindow *
projector (void)
{
  return (KoloProjectorWindow *) find_toplevel (KOLO_TYPE_PROJECTOR_WINDOW);
}

/* An event from the shipped template with one board, open on the console
 * and on the projector. */
static KoloBoard *
open_board (Fixture *f)
{
  g_autoptr(KoloBoard) board = kolo_board_new (QUESTION);
  g_autoptr(GError) error = NULL;
  KoloEvent *event;
  KoloProjectorWindow *room;

  create_from_template (f, "Бриф");
  event = kolo_window_get_event (f->window);
  g_assert_true (kolo_event_insert_board (event, 0, board, &error));
  g_assert_no_error (error);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.project-board", "x",
                              kolo_board_get_id (board));
  room = projector ();
  g_assert_nonnull (room);
  gtk_window_unfullscreen (GTK_WINDOW (room));
  gtk_window_set_default_size (GTK_WINDOW (room), 1920, 1080);
  wait_until (is_mapped, room);
  g_assert_true (kolo_projector_window_get_board (room) == board);

  kolo_event_page_show_board (find_type (f->window, KOLO_TYPE_EVENT_PAGE), board);
  iterate ();
  return board;   /* the event keeps it */
}

static KoloProjectorBoard *
room_board (void)
{
  return KOLO_PROJECTOR_BOARD (kolo_projector_window_get_board_page (projector ()));
}

static KoloBoardView *
console_view (Fixture *f)
{
  return KOLO_BOARD_VIEW (find_type (f->window, KOLO_TYPE_BOARD_VIEW));
}

/* What a column (Ungrouped when @cluster is NULL) of @area shows. */
static guint
n_shown (GtkWidget   *area,
         KoloCluster *cluster)
{
  GtkWidget *column = kolo_board_area_get_column (KOLO_BOARD_AREA (area), cluster);

  g_assert_nonnull (column);
  return g_list_model_get_n_items (kolo_board_column_get_shown (KOLO_BOARD_COLUMN (column)));
}

static gboolean
is_note_with_text (GtkWidget     *widget,
                   gconstpointer  text)
{
  return KOLO_IS_NOTE (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (kolo_note_get_text (KOLO_NOTE (widget)), text) == 0;
}

static KoloNote *
find_note (GtkWidget  *root,
           const char *text)
{
  return KOLO_NOTE (find_widget (root, is_note_with_text, text));
}

/* Someone walks up to the screen and types. */
static void
type_on_projector (const char *text)
{
  GtkEditable *entry = kolo_projector_board_get_entry (room_board ());

  gtk_editable_set_text (entry, text);
  g_signal_emit_by_name (entry, "activate");
  iterate ();
}

static void
test_typed_on_projector (Fixture       *f,
                         gconstpointer  data)
{
  KoloBoard *board = open_board (f);
  GtkWidget *console_area = kolo_board_view_get_area (console_view (f));
  GtkWidget *room_area = kolo_projector_board_get_area (room_board ());
  KoloNote *note;

  type_on_projector ("Привітність на кафедрі");
  type_on_projector ("<b>Тиша</b> & спокій");

  /* The entry is empty for the next person; both screens show the ideas,
   * markup as typed. */
  g_assert_cmpstr (gtk_editable_get_text (kolo_projector_board_get_entry (room_board ())), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (kolo_board_get_ideas (board)), ==, 2);
  g_assert_cmpuint (n_shown (console_area, NULL), ==, 2);
  g_assert_cmpuint (n_shown (room_area, NULL), ==, 2);
  g_assert_nonnull (find_note (console_area, "<b>Тиша</b> & спокій"));
  g_assert_nonnull (find_note (room_area, "<b>Тиша</b> & спокій"));
  g_assert_cmpstr (kolo_projector_board_get_message (room_board ()), ==,
                   "Thank you! Your idea is on the board.");

  /* Too long is refused, said on the screen, and the text stays to fix. */
  {
    g_autofree char *long_text = g_strnfill (501, 'a');
    GtkEditable *entry = kolo_projector_board_get_entry (room_board ());

    gtk_entry_set_max_length (GTK_ENTRY (entry), 0);
    type_on_projector (long_text);
    g_assert_cmpuint (g_list_model_get_n_items (kolo_board_get_ideas (board)), ==, 2);
    g_assert_cmpstr (gtk_editable_get_text (entry), ==, long_text);
    g_assert_cmpstr (kolo_projector_board_get_message (room_board ()), !=, "");
  }

  /* A vote on the console's note shows on the room's. */
  note = find_note (console_area, "Привітність на кафедрі");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (note), "note.vote", "i", 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (note), "note.vote", "i", 1));
  iterate ();
  g_assert_cmpint (kolo_idea_get_votes (kolo_note_get_idea (note)), ==, 2);
  g_assert_nonnull (find_widget (room_area, is_mapped_label_with_text, "● 2"));
}

static void
test_hidden_and_moderated (Fixture       *f,
                           gconstpointer  data)
{
  KoloBoard *board = open_board (f);
  GtkWidget *room_area = kolo_projector_board_get_area (room_board ());
  GtkWidget *console_area = kolo_board_view_get_area (console_view (f));
  g_autoptr(KoloIdea) idea = NULL;

  /* Hidden: the room sees how many, the console sees them. */
  kolo_board_set_hidden (board, TRUE);
  type_on_projector ("Перша");
  type_on_projector ("Друга");
  g_assert_false (gtk_widget_get_mapped (room_area));
  g_assert_nonnull (find_widget (GTK_WIDGET (room_board ()), is_mapped_label_with_text,
                                 "2 ideas"));
  g_assert_nonnull (find_note (console_area, "Перша"));
  gtk_widget_activate_action (GTK_WIDGET (console_view (f)), "board.reveal", NULL);
  iterate ();
  g_assert_false (kolo_board_get_hidden (board));
  g_assert_nonnull (find_note (room_area, "Перша"));

  /* Moderated: a new idea waits on the console, not on the projector. */
  kolo_board_set_moderated (board, TRUE);
  type_on_projector ("Чекає на тренера");
  g_assert_cmpstr (kolo_projector_board_get_message (room_board ()), ==,
                   "Thank you! The trainer shows your idea to the room.");
  g_assert_cmpuint (kolo_board_get_n_pending (board), ==, 1);
  g_assert_null (find_note (room_area, "Чекає на тренера"));
  g_assert_cmpuint (n_shown (room_area, NULL), ==, 2);
  g_assert_nonnull (find_note (GTK_WIDGET (console_view (f)), "Чекає на тренера"));

  gtk_widget_activate_action (GTK_WIDGET (console_view (f)), "board.approve-all", NULL);
  iterate ();
  g_assert_cmpuint (kolo_board_get_n_pending (board), ==, 0);
  g_assert_nonnull (find_note (room_area, "Чекає на тренера"));

  /* The approval is one step of the history. */
  g_assert_true (kolo_history_undo (kolo_event_get_history (kolo_board_get_event (board)), NULL));
  iterate ();
  g_assert_cmpuint (kolo_board_get_n_pending (board), ==, 1);
  g_assert_null (find_note (room_area, "Чекає на тренера"));
}

static void
test_clusters (Fixture       *f,
               gconstpointer  data)
{
  KoloBoard *board = open_board (f);
  KoloBoardView *view = console_view (f);
  GtkWidget *console_area = kolo_board_view_get_area (view);
  GtkWidget *room_area = kolo_projector_board_get_area (room_board ());
  g_autoptr(KoloCluster) cluster = NULL;
  KoloNote *note;

  type_on_projector ("Усмішка");
  type_on_projector ("Швидкість");

  gtk_widget_activate_action (GTK_WIDGET (view), "board.add-cluster", NULL);
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (kolo_board_get_clusters (board)), ==, 1);
  cluster = g_list_model_get_item (kolo_board_get_clusters (board), 0);

  /* Alt+→ on a note moves it to the group on the right. */
  note = find_note (console_area, "Усмішка");
  g_assert_true (kolo_board_move_idea_across (GTK_WIDGET (note), kolo_note_get_idea (note), 1));
  iterate ();
  g_assert_cmpuint (n_shown (console_area, cluster), ==, 1);
  g_assert_cmpuint (n_shown (console_area, NULL), ==, 1);
  g_assert_cmpuint (n_shown (room_area, cluster), ==, 1);
  g_assert_nonnull (find_note (kolo_board_area_get_column (KOLO_BOARD_AREA (room_area), cluster),
                               "Усмішка"));

  /* Deleting the group sends its ideas back, and its toast undoes it. */
  kolo_board_delete_cluster (GTK_WIDGET (view), cluster);
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (kolo_board_get_clusters (board)), ==, 0);
  g_assert_cmpuint (n_shown (console_area, NULL), ==, 2);
  g_assert_true (kolo_history_undo (kolo_event_get_history (kolo_board_get_event (board)), NULL));
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (kolo_board_get_clusters (board)), ==, 1);
  g_assert_cmpuint (n_shown (console_area, cluster), ==, 1);

  /* Dropped on a note, an idea goes before it; dropped on a column, at its
   * end; moving down its own list counts from after it left. */
  {
    g_autoptr(KoloIdea) smile = g_list_model_get_item (kolo_cluster_get_ideas (cluster), 0);
    g_autoptr(KoloIdea) fast = g_list_model_get_item (kolo_board_get_ungrouped (board), 0);
    g_autoptr(KoloIdea) first = NULL;

    g_assert_true (kolo_board_drop_idea (GTK_WIDGET (view), fast, cluster, smile));
    first = g_list_model_get_item (kolo_cluster_get_ideas (cluster), 0);
    g_assert_true (first == fast);
    g_assert_true (kolo_board_drop_idea (GTK_WIDGET (view), fast, cluster, NULL));
    g_clear_object (&first);
    first = g_list_model_get_item (kolo_cluster_get_ideas (cluster), 0);
    g_assert_true (first == smile);
    g_assert_true (kolo_board_drop_idea (GTK_WIDGET (view), fast, NULL, NULL));
    g_assert_cmpuint (g_list_model_get_n_items (kolo_board_get_ungrouped (board)), ==, 1);
    iterate ();
  }

  /* Sorting by votes puts the most voted first, on both screens. */
  {
    g_autoptr(KoloIdea) fast = g_list_model_get_item (kolo_board_get_ungrouped (board), 0);
    g_autoptr(KoloIdea) first = NULL;

    kolo_idea_move (fast, cluster, 0, NULL);
    kolo_idea_set_votes (fast, 3);
    kolo_board_set_sort_by_votes (board, TRUE);
    iterate ();
    first = g_list_model_get_item (
      kolo_board_column_get_shown (KOLO_BOARD_COLUMN (
        kolo_board_area_get_column (KOLO_BOARD_AREA (room_area), cluster))), 0);
    g_assert_true (first == fast);
  }
  run_for (500);
}

/* A brainstorm activity that starts opens its board on both screens, and
 * the activity after it brings the timer back to the room. */
static void
test_brainstorm_opens_board (Fixture       *f,
                             gconstpointer  data)
{
  KoloRun *run;
  KoloEvent *event;
  KoloActivity *brainstorm = NULL;
  KoloBoard *board;
  g_autoptr(KoloDay) day = NULL;
  g_autoptr(KoloModule) module = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *activities;

  create_from_template (f, "Мозковий штурм");
  event = kolo_window_get_event (f->window);
  day = g_list_model_get_item (kolo_event_get_days (event), 0);
  module = g_list_model_get_item (kolo_day_get_modules (day), 0);
  activities = kolo_module_get_activities (module);
  for (guint i = 0; i < g_list_model_get_n_items (activities) && brainstorm == NULL; i++)
    {
      g_autoptr(KoloActivity) activity = g_list_model_get_item (activities, i);

      if (kolo_activity_get_kind (activity) == KOLO_ACTIVITY_BRAINSTORM)
        brainstorm = activity;   /* the module keeps it */
    }
  g_assert_nonnull (brainstorm);

  /* The shipped template has a board for it; without one, it gets one. */
  board = kolo_event_find_board (event, brainstorm);
  g_assert_nonnull (board);
  g_assert_true (kolo_event_remove_board (event, board, &error));
  g_assert_null (kolo_event_find_board (event, brainstorm));

  run = kolo_window_get_run (f->window);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.run-start-day", "u", 0);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.projector", NULL);
  g_assert_nonnull (projector ());
  g_assert_null (kolo_projector_window_get_board (projector ()));

  g_assert_true (kolo_run_go_to (run, brainstorm, &error));
  g_assert_no_error (error);
  iterate ();

  board = kolo_event_find_board (event, brainstorm);
  g_assert_nonnull (board);
  g_assert_cmpstr (kolo_board_get_question (board), ==, kolo_activity_get_title (brainstorm));
  g_assert_true (kolo_projector_window_get_board (projector ()) == board);
  g_assert_true (kolo_boards_page_get_board (KOLO_BOARDS_PAGE (
    kolo_event_page_get_boards_page (find_type (f->window, KOLO_TYPE_EVENT_PAGE)))) == board);

  /* Coming back to it later opens the same board. */
  g_assert_true (kolo_run_next (run, &error));
  iterate ();
  g_assert_null (kolo_projector_window_get_board (projector ()));
  g_assert_true (kolo_run_previous (run, &error));
  iterate ();
  g_assert_true (kolo_projector_window_get_board (projector ()) == board);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_event_get_boards (event)), ==, 2);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.run-stop", NULL);
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  KoloBoard *board = open_board (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) md = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GBytes) png = NULL;

  type_on_projector ("Ідея, з комою");
  md = kolo_board_export_bytes (board, "md", &error);
  csv = kolo_board_export_bytes (board, "csv", &error);
  png = kolo_board_export_bytes (board, "png", &error);
  g_assert_no_error (error);

  g_assert_nonnull (g_strstr_len (g_bytes_get_data (md, NULL), g_bytes_get_size (md),
                                  "Ідея, з комою"));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv),
                                  "\"Ідея, з комою\""));
  g_assert_cmpmem (g_bytes_get_data (png, NULL), 8, "\x89PNG\r\n\x1a\n", 8);
}

int
main (int    argc,
      char **argv)
{
  kolo_test_init_ui (&argc, &argv);

  if (!gtk_init_check ())
    {
      g_test_message ("no display: build-aux/test.sh runs this under Xvfb");
      return 77;
    }
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/kolo/boards/typed-on-projector", test_typed_on_projector);
  ADD ("/kolo/boards/hidden-and-moderated", test_hidden_and_moderated);
  ADD ("/kolo/boards/clusters", test_clusters);
  ADD ("/kolo/boards/brainstorm-opens-board", test_brainstorm_opens_board);
  ADD ("/kolo/boards/export", test_export);

#undef ADD

  return g_test_run ();
}
