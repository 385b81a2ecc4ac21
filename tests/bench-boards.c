/* bench-boards.c — a board of thousands of ideas on screen: how long it
 * takes to open, to scroll, and for a new idea to show
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A benchmark, not a test: it prints figures.  Run it under Xvfb, as
 * build-aux/bench-boards.sh does:
 *   bench-boards [IDEAS]     (default 2000)
 */
#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "kolo-board-area.h"
#include "kolo-board-column.h"
#include "kolo-board-view.h"
#include "kolo-event-page.h"
#include "kolo-note.h"
#include "kolo-projector-board.h"
#include "kolo-projector-window.h"
#include "kolo-test-util.h"
#include "kolo-window.h"

static gint64 painted_at;

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  painted_at = g_get_monotonic_time ();
}

static void
watch_frames (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
}

/* Runs the main loop until a frame is painted after @since; returns when. */
static gint64
next_paint_after (gint64 since)
{
  while (painted_at <= since)
    g_main_context_iteration (NULL, TRUE);
  return painted_at;
}

/* Waits for a frame of @widget's window, drawn whether anything changed. */
static void
settle (GtkWidget *widget)
{
  gtk_widget_queue_draw (widget);
  next_paint_after (g_get_monotonic_time ());
}

static gboolean
is_note_with_text (GtkWidget     *widget,
                   gconstpointer  text)
{
  return KOLO_IS_NOTE (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (kolo_note_get_text (KOLO_NOTE (widget)), text) == 0;
}

static GtkWidget *
find_widget (GtkWidget *root,
             gboolean (*match) (GtkWidget *, gconstpointer),
             gconstpointer data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_type (GtkWidget     *widget,
         gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static gboolean
is_scroller (GtkWidget     *widget,
             gconstpointer  data)
{
  return GTK_IS_SCROLLED_WINDOW (widget) &&
         GTK_IS_GRID_VIEW (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (widget)));
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
print_spread (const char *what,
              GArray     *ms)
{
  g_array_sort (ms, compare_doubles);
  g_print ("%s: median %.1f ms, max %.1f ms (%u times)\n", what,
           g_array_index (ms, double, ms->len / 2), g_array_index (ms, double, ms->len - 1),
           ms->len);
}

int
main (int    argc,
      char **argv)
{
  guint n_ideas = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 2000;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloStore) store = NULL;
  g_autoptr(KoloDoc) doc = NULL;
  g_autoptr(KoloEvent) event = NULL;
  g_autoptr(KoloBoard) board = NULL;
  g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) scrolls = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) adds = g_array_new (FALSE, FALSE, sizeof (double));
  KoloBoard *loaded;
  KoloWindow *window;
  KoloProjectorWindow *room;
  GtkWidget *room_area;
  GtkAdjustment *adjustment;
  gint64 start, shown;
  gint64 event_id;
  GDate date;

  setlocale (LC_ALL, "");
  kolo_core_init ();
  if (!gtk_init_check ())
    {
      g_printerr ("bench-boards: no display; run it under Xvfb\n");
      return 1;
    }
  adw_init ();

  /* A board of @n_ideas ideas, written and then read back by a fresh store,
   * as after a restart. */
  dir = g_dir_make_tmp ("kolo-bench-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "kolo.db", NULL);
  store = kolo_store_open (path, &error);
  g_assert_no_error (error);
  doc = kolo_store_load_template (store, "client-orientation", &error);
  g_assert_no_error (error);
  g_date_clear (&date, 1);
  g_date_set_time_t (&date, time (NULL));
  event = kolo_store_create_event_from_doc (store, doc, NULL, &date, &error);
  g_assert_no_error (error);
  event_id = kolo_event_get_id (event);
  board = kolo_board_new ("Що може зробити бібліотека, щоб відвідувач повернувся?");
  g_assert_true (kolo_event_insert_board (event, 0, board, &error));
  for (guint i = 0; i < n_ideas; i++)
    {
      g_autofree char *text = g_strdup_printf ("Ідея номер %u: привітати відвідувача на вході", i);
      g_autoptr(KoloIdea) idea = kolo_board_add_idea (board, text, NULL, &error);

      g_assert_no_error (error);
    }
  g_clear_object (&board);
  g_clear_object (&event);
  g_clear_object (&store);

  store = kolo_store_open (path, &error);
  g_assert_no_error (error);
  event = kolo_store_lookup_event (store, event_id, &error);
  g_assert_no_error (error);

  window = kolo_window_new (NULL, store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 900);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  watch_frames (GTK_WIDGET (window));
  settle (GTK_WIDGET (window));

  /* Opening: the event's page (the agenda, and its boards read from the
   * store), then the board shown; each to its first frame. */
  start = g_get_monotonic_time ();
  kolo_window_open_event (window, event);
  shown = next_paint_after (start);
  g_print ("%u ideas; renderer %s; console 1600×900, projector 1920×1080\n", n_ideas,
           g_getenv ("GSK_RENDERER") ? g_getenv ("GSK_RENDERER") : "default");
  g_print ("open the event (its page, boards read from the store): %.1f ms to the first frame\n",
           (shown - start) / 1000.0);
  start = g_get_monotonic_time ();
  loaded = g_list_model_get_item (kolo_event_get_boards (event), 0);
  g_object_unref (loaded);   /* the event keeps it */
  kolo_event_page_show_board (KOLO_EVENT_PAGE (find_widget (GTK_WIDGET (window), is_type,
                                                            GSIZE_TO_POINTER (KOLO_TYPE_EVENT_PAGE))),
                              loaded);
  shown = next_paint_after (start);
  g_print ("open the board: %.1f ms to its first frame\n", (shown - start) / 1000.0);

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (
    find_widget (GTK_WIDGET (window), is_scroller, NULL)));

  /* Scrolling the wall of notes: a mouse wheel's notch at a time, then in
   * jumps to anywhere (the scrollbar dragged). */
  for (guint i = 0; i < 60; i++)
    {
      double ms;

      start = g_get_monotonic_time ();
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + 120);
      ms = (next_paint_after (start) - start) / 1000.0;
      g_array_append_val (steps, ms);
    }
  print_spread ("scroll by a wheel notch, to the next frame", steps);
  for (guint i = 0; i < 30; i++)
    {
      double to = (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment))
                  * g_random_double ();
      double ms;

      start = g_get_monotonic_time ();
      gtk_adjustment_set_value (adjustment, to);
      gtk_widget_queue_draw (GTK_WIDGET (window));
      ms = (next_paint_after (start) - start) / 1000.0;
      g_array_append_val (scrolls, ms);
    }
  print_spread ("scroll to anywhere, to the next frame", scrolls);

  /* New ideas while the room's screen shows the board too; both are at
   * the end of the wall, where new ideas come. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.project-board", "x",
                              kolo_board_get_id (loaded));
  room = NULL;
  {
    GListModel *toplevels = gtk_window_get_toplevels ();

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);
        if (KOLO_IS_PROJECTOR_WINDOW (toplevel))
          room = KOLO_PROJECTOR_WINDOW (toplevel);
      }
  }
  g_assert_nonnull (room);
  gtk_window_unfullscreen (GTK_WINDOW (room));
  gtk_window_set_default_size (GTK_WINDOW (room), 1920, 1080);
  while (!gtk_widget_get_mapped (GTK_WIDGET (room)))
    g_main_context_iteration (NULL, TRUE);
  watch_frames (GTK_WIDGET (room));
  room_area = kolo_projector_board_get_area (KOLO_PROJECTOR_BOARD (
    kolo_projector_window_get_board_page (room)));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  {
    GtkAdjustment *room_adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (
      find_widget (room_area, is_scroller, NULL)));

    settle (GTK_WIDGET (room));
    for (guint i = 0; i < 20; i++)
      {
        g_autofree char *text = g_strdup_printf ("Нова ідея %u з кімнати", i);
        g_autoptr(KoloIdea) idea = NULL;
        double ms;

        gtk_adjustment_set_value (room_adjustment, gtk_adjustment_get_upper (room_adjustment));
        settle (GTK_WIDGET (room));
        start = g_get_monotonic_time ();
        idea = kolo_board_add_idea (loaded, text, NULL, &error);
        g_assert_no_error (error);
        /* The note is on screen in the first frame that has it. */
        do
          {
            gtk_adjustment_set_value (room_adjustment,
                                      gtk_adjustment_get_upper (room_adjustment));
            shown = next_paint_after (g_get_monotonic_time ());
          }
        while (find_widget (room_area, is_note_with_text, text) == NULL);
        ms = (shown - start) / 1000.0;
        g_array_append_val (adds, ms);
      }
  }
  print_spread ("a new idea, stored and drawn on the projector", adds);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&event);
  g_clear_object (&store);
  kolo_test_remove_dir (dir);
  return 0;
}
