/* test-window.c — the app as a trainer uses it: the window opens, an event is
 * made from the shipped template, its agenda shows both modules with their
 * times, and it is duplicated and deleted with undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>
#include <string.h>

#include "kolo-agenda-actions.h"
#include "kolo-agenda-row.h"
#include "kolo-agenda-view.h"
#include "kolo-events-page.h"
#include "kolo-projector-window.h"
#include "kolo-run-bar.h"
#include "kolo-test-ui.h"
#include "kolo-test-util.h"
#include "kolo-window.h"

#define MODULE_1 "Складові якісного обслуговування в бібліотеках"
#define MODULE_2 "Робота з «трудними» та конфліктними ситуаціями"

/* Widgets ----------------------------------------------------------------- */

static gboolean
is_stack_with_page (GtkWidget     *widget,
                    gconstpointer  name)
{
  return GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), name) != NULL;
}

/* The close button of the toast on show (not of one fading out). */
static gboolean
is_close_button (GtkWidget     *widget,
                 gconstpointer  data)
{
  GtkWidget *toast;

  if (!GTK_IS_BUTTON (widget) || !gtk_widget_get_mapped (widget) ||
      g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "window-close-symbolic") != 0)
    return FALSE;
  toast = gtk_widget_get_ancestor (widget, g_type_from_name ("AdwToastWidget"));
  return toast != NULL && gtk_widget_get_can_target (toast);
}

/* The agenda row showing @item, scrolled into view first. */
static KoloAgendaRow *
agenda_row_for (KoloAgendaView *view,
                gpointer        item)
{
  GListModel *rows = kolo_agenda_view_get_rows (view);
  GtkWidget *list = find_type (view, GTK_TYPE_LIST_VIEW);
  guint position = G_MAXUINT;

  for (guint i = 0; i < g_list_model_get_n_items (rows) && position == G_MAXUINT; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(GObject) row_item = gtk_tree_list_row_get_item (row);

      if (row_item == item)
        position = i;
    }
  g_assert_cmpuint (position, !=, G_MAXUINT);

  gtk_widget_activate_action (list, "list.scroll-to-item", "u", position);
  iterate ();

  for (GtkWidget *child = gtk_widget_get_first_child (list);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);

      if (KOLO_IS_AGENDA_ROW (row) && gtk_widget_get_mapped (row) &&
          kolo_agenda_row_get_item (KOLO_AGENDA_ROW (row)) == item)
        return KOLO_AGENDA_ROW (row);
    }
  g_error ("no row shows the item at %u", position);
  return NULL;
}

static void
assert_row_shows (KoloAgendaRow *row,
                  const char    *text)
{
  if (find_widget (GTK_WIDGET (row), is_mapped_label_with_text, text) == NULL)
    g_error ("the agenda row does not show “%s”", text);
}

/* Tests ------------------------------------------------------------------- */

static void
test_empty_state (Fixture *f,
                  gconstpointer  data)
{
  KoloEventsPage *page = find_type (f->window, KOLO_TYPE_EVENTS_PAGE);
  GtkStack *stack = GTK_STACK (find_widget (GTK_WIDGET (page), is_stack_with_page, "empty"));

  /* A first start offers the shipped training. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_nonnull (find_widget (GTK_WIDGET (page), is_button_with_label,
                                 "Start From the Client Orientation Training"));
  g_assert_null (kolo_window_get_event (f->window));
}

static void
test_agenda_from_template (Fixture *f,
                           gconstpointer  data)
{
  KoloAgendaView *view;
  KoloEvent *event;
  GListModel *days;

  create_from_template (f, "Орієнтація на клієнта: Харків");

  event = kolo_window_get_event (f->window);
  g_assert_nonnull (event);
  g_assert_cmpstr (kolo_event_get_title (event), ==, "Орієнтація на клієнта: Харків");
  view = find_type (f->window, KOLO_TYPE_AGENDA_VIEW);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));

  /* Both modules, each with its clock times and total. */
  days = kolo_event_get_days (event);
  for (guint d = 0; d < 2; d++)
    {
      g_autoptr(KoloDay) day = g_list_model_get_item (days, d);
      g_autoptr(KoloModule) module = g_list_model_get_item (kolo_day_get_modules (day), 0);
      g_autoptr(KoloActivity) first = g_list_model_get_item (kolo_module_get_activities (module), 0);
      KoloAgendaRow *row;

      row = agenda_row_for (view, day);
      assert_row_shows (row, d == 0 ? "Day 1" : "Day 2");
      assert_row_shows (row, d == 0 ? "10:00–17:15 · 7 h 15 min" : "10:00–17:20 · 7 h 20 min");

      row = agenda_row_for (view, module);
      assert_row_shows (row, d == 0 ? MODULE_1 : MODULE_2);
      assert_row_shows (row, d == 0 ? "10:00–17:15 · 7 h 15 min" : "10:00–17:20 · 7 h 20 min");

      row = agenda_row_for (view, first);
      assert_row_shows (row, "10:00");
      assert_row_shows (row, kolo_activity_get_title (first));
    }

  /* A time changed in the details moves the agenda at once. */
  {
    g_autoptr(KoloDay) day = g_list_model_get_item (days, 0);
    g_autoptr(KoloModule) module = g_list_model_get_item (kolo_day_get_modules (day), 0);

    kolo_day_set_start_minute (day, 9 * 60);
    assert_row_shows (agenda_row_for (view, module), "09:00–16:15 · 7 h 15 min");
  }
}

static guint
n_listed (Fixture *f)
{
  KoloEventsPage *page = find_type (f->window, KOLO_TYPE_EVENTS_PAGE);

  return g_list_model_get_n_items (kolo_events_page_get_model (page));
}

static GtkWidget *
toast_button (Fixture    *f,
              const char *label)
{
  GtkWidget *button = NULL;

  iterate ();
  button = find_widget (GTK_WIDGET (f->window), is_button_with_label, label);
  g_assert_nonnull (button);
  return button;
}

static gint64
count_rows (Fixture    *f,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static void
test_duplicate_delete_undo (Fixture *f,
                            gconstpointer  data)
{
  g_autoptr(KoloEvent) original = NULL;
  g_autoptr(KoloEvent) copy = NULL;
  GtkWidget *button;

  create_from_template (f, "Тренінг");
  original = g_object_ref (kolo_window_get_event (f->window));

  /* Duplicating on the event's page opens the copy. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.duplicate-event", "x",
                              kolo_event_get_id (original));
  copy = g_object_ref (kolo_window_get_event (f->window));
  g_assert_true (copy != original);
  g_assert_cmpstr (kolo_event_get_title (copy), ==, "Тренінг (copy)");

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-library", NULL);
  iterate ();
  g_assert_null (kolo_window_get_event (f->window));
  g_assert_cmpuint (n_listed (f), ==, 2);

  /* Delete, then Undo in the toast: the copy is back. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-event", "x",
                              kolo_event_get_id (copy));
  g_assert_cmpuint (n_listed (f), ==, 1);
  run_for (700);
  button = toast_button (f, "_Undo");
  g_signal_emit_by_name (button, "clicked");
  iterate ();
  g_assert_cmpuint (n_listed (f), ==, 2);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM events WHERE deleted = 0"), ==, 2);

  /* Delete again and let the toast go: the rows go with it. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-event", "x",
                              kolo_event_get_id (copy));
  g_assert_cmpuint (n_listed (f), ==, 1);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM events"), ==, 2);
  /* Let the toast finish coming in, as a person would. */
  run_for (700);
  button = find_widget (GTK_WIDGET (f->window), is_close_button, NULL);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  iterate ();
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM events"), ==, 1);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM days"), ==, 2);
}

static void
test_markup_shows_as_typed (Fixture *f,
                            gconstpointer  data)
{
  static const char *title = "<b>Тренінг</b> & «лапки»";
  KoloEvent *event;

  create_from_template (f, title);
  event = kolo_window_get_event (f->window);
  g_assert_cmpstr (kolo_event_get_title (event), ==, title);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-library", NULL);
  iterate ();
  g_assert_nonnull (find_widget (GTK_WIDGET (f->window), is_mapped_label_with_text, title));

  /* The toast's title is markup: the event's must be escaped in it. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.archive-event", "x",
                              kolo_event_get_id (event));
  iterate ();
  g_assert_true (kolo_event_get_archived (event));
}

static char *
module_titles (KoloModule *module)
{
  GListModel *list = kolo_module_get_activities (module);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(KoloActivity) activity = g_list_model_get_item (list, i);
      g_string_append_printf (out, "%s%s", i ? "|" : "", kolo_activity_get_title (activity));
    }
  return g_string_free (out, FALSE);
}

/* Editing the agenda from its rows, and taking it back. */
static void
test_edit_agenda (Fixture *f,
                  gconstpointer  data)
{
  KoloAgendaView *view;
  KoloEvent *event;
  g_autoptr(KoloDay) day = NULL;
  g_autoptr(KoloModule) module = NULL;
  g_autoptr(KoloActivity) first = NULL;
  g_autoptr(KoloActivity) second = NULL;
  g_autofree char *before = NULL;
  GtkWidget *button;
  GtkWidget *page;

  create_from_template (f, "Редагування");
  page = find_type (f->window, g_type_from_name ("KoloEventPage"));
  event = kolo_window_get_event (f->window);
  view = find_type (f->window, KOLO_TYPE_AGENDA_VIEW);
  day = g_list_model_get_item (kolo_event_get_days (event), 0);
  module = g_list_model_get_item (kolo_day_get_modules (day), 0);
  first = g_list_model_get_item (kolo_module_get_activities (module), 0);
  second = g_list_model_get_item (kolo_module_get_activities (module), 1);
  before = module_titles (module);

  /* Move down from the row's menu: the times follow at once. */
  gtk_widget_activate_action (GTK_WIDGET (agenda_row_for (view, first)), "row.move-down", NULL);
  g_assert_true (g_list_model_get_item (kolo_module_get_activities (module), 1) == (gpointer) first);
  g_object_unref (first);
  g_assert_cmpint (kolo_activity_get_start_minute (second), ==, 600);
  assert_row_shows (agenda_row_for (view, second), "10:00");

  /* Ctrl+Z on the page takes it back. */
  gtk_widget_activate_action (page, "page.undo", NULL);
  {
    g_autofree char *now = module_titles (module);
    g_assert_cmpstr (now, ==, before);
  }
  gtk_widget_activate_action (page, "page.redo", NULL);
  gtk_widget_activate_action (page, "page.undo", NULL);

  /* The keyboard moves the focused row. */
  gtk_widget_grab_focus (gtk_widget_get_parent (GTK_WIDGET (agenda_row_for (view, second))));
  gtk_widget_activate_action (GTK_WIDGET (view), "agenda.move-up", NULL);
  g_assert_true (g_list_model_get_item (kolo_module_get_activities (module), 0) == (gpointer) second);
  g_object_unref (second);
  gtk_widget_activate_action (page, "page.undo", NULL);

  /* Dropping an activity on another one, after it, within its module. */
  g_assert_true (kolo_agenda_drop (GTK_WIDGET (view), first, G_OBJECT (second), TRUE));
  g_assert_true (g_list_model_get_item (kolo_module_get_activities (module), 1) == (gpointer) first);
  g_object_unref (first);
  gtk_widget_activate_action (page, "page.undo", NULL);

  /* Delete, then Undo in the toast. */
  gtk_widget_activate_action (GTK_WIDGET (agenda_row_for (view, first)), "row.delete", NULL);
  g_assert_null (kolo_activity_get_module (first));
  run_for (700);
  button = toast_button (f, "_Undo");
  g_signal_emit_by_name (button, "clicked");
  iterate ();
  g_assert_true (kolo_activity_get_module (first) == module);
  {
    g_autofree char *now = module_titles (module);
    g_assert_cmpstr (now, ==, before);
  }

  /* A day added after the last, taken back. */
  gtk_widget_activate_action (GTK_WIDGET (view), "agenda.add-day", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_event_get_days (event)), ==, 3);
  gtk_widget_activate_action (page, "page.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_event_get_days (event)), ==, 2);
}

static KoloProjectorWindow *
projector (void)
{
  return (KoloProjectorWindow *) find_toplevel (KOLO_TYPE_PROJECTOR_WINDOW);
}

/* Running a day from the console, with the room's window following. */
static void
test_run_day (Fixture *f,
              gconstpointer  data)
{
  KoloEvent *event;
  KoloRun *run;
  KoloRunBar *bar;
  KoloProjectorWindow *room;
  g_autoptr(KoloDay) day = NULL;
  g_autoptr(KoloModule) module = NULL;
  g_autoptr(KoloActivity) first = NULL;
  g_autoptr(KoloActivity) second = NULL;
  const char *shown;
  int height;

  create_from_template (f, "Проведення");
  event = kolo_window_get_event (f->window);
  day = g_list_model_get_item (kolo_event_get_days (event), 0);
  module = g_list_model_get_item (kolo_day_get_modules (day), 0);
  first = g_list_model_get_item (kolo_module_get_activities (module), 0);
  second = g_list_model_get_item (kolo_module_get_activities (module), 1);
  kolo_activity_set_notes (first, "ЛИШЕ ДЛЯ ТРЕНЕРА");
  kolo_activity_set_instructions (first, "Познайомтеся з сусідом");

  run = kolo_window_get_run (f->window);
  g_assert_nonnull (run);
  g_assert_cmpint (kolo_run_get_state (run), ==, KOLO_RUN_STOPPED);
  bar = find_type (f->window, KOLO_TYPE_RUN_BAR);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.run-start-day", "u", 0);
  g_assert_cmpint (kolo_run_get_state (run), ==, KOLO_RUN_RUNNING);
  g_assert_true (kolo_run_get_current (run) == first);
  iterate ();
  shown = kolo_run_bar_get_shown_time (bar);
  g_assert_true (g_str_equal (shown, "15:00") || g_str_equal (shown, "14:59"));

  /* The room's window shows the activity, its instructions, the time. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.projector", NULL);
  room = projector ();
  g_assert_nonnull (room);
  gtk_window_unfullscreen (GTK_WINDOW (room));
  gtk_window_set_default_size (GTK_WINDOW (room), 1920, 1080);
  wait_until (is_mapped, room);
  run_for (300);
  g_assert_cmpstr (kolo_projector_window_get_title_text (room), ==, kolo_activity_get_title (first));
  g_assert_cmpstr (kolo_projector_window_get_time_text (room), ==, kolo_run_bar_get_shown_time (bar));
  g_assert_nonnull (find_widget (GTK_WIDGET (room), is_mapped_label_with_text, "Познайомтеся з сусідом"));
  g_assert_null (find_widget (GTK_WIDGET (room), is_mapped_label_with_text, "ЛИШЕ ДЛЯ ТРЕНЕРА"));

  /* What comes next, at the time it will really start: now + the time
   * left, to the nearest minute (the plan's time only when the day is on
   * time).  A few seconds either way allow for the tick that drew it. */
  {
    gint64 left = kolo_run_get_remaining_us (run);
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    gboolean found = FALSE;

    for (int slack = -3; slack <= 3 && !found; slack += 3)
      {
        /* Rounded to the minute: 30 s later, then cut. */
        g_autoptr(GDateTime) then = g_date_time_add (now, left + (slack + 30) * G_USEC_PER_SEC);
        g_autofree char *text = g_strdup_printf ("Next: %s · %02d:%02d",
                                                 kolo_activity_get_title (second),
                                                 g_date_time_get_hour (then),
                                                 g_date_time_get_minute (then));

        found = find_widget (GTK_WIDGET (room), is_mapped_label_with_text, text) != NULL;
      }
    g_assert_true (found);
  }

  /* Readable from the back row: a third of the height at least. */
  height = gtk_widget_get_height (GTK_WIDGET (room));
  g_assert_cmpint (gtk_widget_get_height (kolo_projector_window_get_countdown (room)) * 3, >=,
                   height);

  /* Pause from the console, the room sees it; next, it follows. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.run-toggle", NULL);
  g_assert_cmpint (kolo_run_get_state (run), ==, KOLO_RUN_PAUSED);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.run-next", NULL);
  g_assert_true (kolo_run_get_current (run) == second);
  iterate ();
  g_assert_cmpstr (kolo_projector_window_get_title_text (room), ==, kolo_activity_get_title (second));

  /* The agenda: what the first activity took, and the day's total so far
   * against the plan. */
  {
    KoloAgendaView *view = find_type (f->window, KOLO_TYPE_AGENDA_VIEW);
    g_autofree char *took = g_strdup_printf ("%s · took 0 min",
                                             kolo_activity_kind_get_label (kolo_activity_get_kind (first)));
    g_autofree char *total = g_strdup_printf ("1 activity held · took 0 min, planned %d min",
                                              kolo_activity_get_minutes (first));

    assert_row_shows (agenda_row_for (view, first), took);
    assert_row_shows (agenda_row_for (view, day), total);
  }

  /* A clicker's keys on the room's window. */
  g_assert_true (kolo_run_keys_activate (GTK_WIDGET (f->window), GDK_KEY_Page_Up, 0, TRUE));
  g_assert_true (kolo_run_get_current (run) == first);
  g_assert_true (kolo_run_keys_activate (GTK_WIDGET (f->window), GDK_KEY_b, 0, TRUE));
  g_assert_true (kolo_projector_window_get_black (room));
  g_assert_true (kolo_run_keys_activate (GTK_WIDGET (f->window), GDK_KEY_b, 0, TRUE));
  g_assert_false (kolo_projector_window_get_black (room));
  g_assert_true (kolo_run_keys_activate (GTK_WIDGET (f->window), GDK_KEY_plus, 0, TRUE));
  g_assert_cmpint (kolo_run_get_allowed_us (run), >=, (15 + 1) * 60 * G_USEC_PER_SEC);

  /* Restart asks first. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.run-restart", NULL);
  g_assert_nonnull (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  gtk_window_destroy (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.projector", NULL);
  iterate ();
  g_assert_null (projector ());

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.run-stop", NULL);
  g_assert_cmpint (kolo_run_get_state (run), ==, KOLO_RUN_STOPPED);
}

/* Kolo killed mid-activity comes back on it, in run mode. */
static void
test_run_restored (Fixture *f,
                   gconstpointer  data)
{
  g_autoptr(KoloActivity) second = NULL;
  KoloRun *run;
  gint64 event_id;

  create_from_template (f, "Відновлення");
  event_id = kolo_event_get_id (kolo_window_get_event (f->window));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.run-start-day", "u", 1);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.run-next", NULL);
  second = g_object_ref (kolo_run_get_current (kolo_window_get_run (f->window)));

  /* A second window on the same store, as after a restart. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-library", NULL);
  {
    KoloWindow *again = kolo_window_new (NULL, f->store);

    gtk_window_present (GTK_WINDOW (again));
    wait_until (is_mapped, again);
    g_assert_nonnull (kolo_window_get_event (again));
    g_assert_cmpint (kolo_event_get_id (kolo_window_get_event (again)), ==, event_id);
    run = kolo_window_get_run (again);
    g_assert_cmpint (kolo_run_get_state (run), ==, KOLO_RUN_RUNNING);
    g_assert_cmpint (kolo_activity_get_id (kolo_run_get_current (run)), ==,
                     kolo_activity_get_id (second));
    gtk_widget_activate_action (GTK_WIDGET (again), "win.run-stop", NULL);
    gtk_window_destroy (GTK_WINDOW (again));
  }
}

static gboolean
shows_last_toast (gpointer window)
{
  return find_widget (GTK_WIDGET (window), is_mapped_label_with_text, "Last") != NULL;
}

/* libadwaita 1.2 crashes when a toast closed while sliding in is followed
 * by another before it is gone; the window spaces toasts out. */
static void
test_toasts_in_quick_succession (Fixture *f,
                                 gconstpointer  data)
{
  for (guint i = 0; i < 8; i++)
    {
      g_autofree char *title = g_strdup_printf ("Toast %u", i);
      GtkWidget *close;

      kolo_window_add_toast (f->window, adw_toast_new (title));
      run_for (30 + 20 * (i % 3));
      close = find_widget (GTK_WIDGET (f->window), is_close_button, NULL);
      if (close != NULL)
        g_signal_emit_by_name (close, "clicked");
      run_for (30);
    }
  /* Everything queued is shown in turn, the newest last. */
  kolo_window_add_toast (f->window, adw_toast_new ("Last"));
  wait_until (shows_last_toast, f->window);
  run_for (500);
}

static gboolean
shows_handout_toast (gpointer window)
{
  return find_widget (GTK_WIDGET (window), is_button_with_label, "_Open") != NULL;
}

/* Print Agenda Handout writes a PDF and offers to open it; an existing file
 * the trainer chose is replaced. */
static void
test_handout (Fixture *f,
              gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "agenda.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (pdf);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  KoloEvent *event;

  g_assert_true (g_file_set_contents (pdf, "old", -1, NULL));
  create_from_template (f, "Handout <b>&");
  event = kolo_window_get_event (f->window);
  g_assert_nonnull (event);

  bytes = kolo_window_make_handout (f->window, event);
  g_assert_nonnull (bytes);
  kolo_window_save_file (f->window, bytes, file);
  wait_until (shows_handout_toast, f->window);
  g_assert_nonnull (find_widget (GTK_WIDGET (f->window), is_mapped_label_with_text,
                                 "Saved as “agenda.pdf”"));

  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  run_for (500);
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

  ADD ("/kolo/window/empty-state", test_empty_state);
  ADD ("/kolo/window/agenda-from-template", test_agenda_from_template);
  ADD ("/kolo/window/duplicate-delete-undo", test_duplicate_delete_undo);
  ADD ("/kolo/window/markup-shows-as-typed", test_markup_shows_as_typed);
  ADD ("/kolo/window/toasts-in-quick-succession", test_toasts_in_quick_succession);
  ADD ("/kolo/window/edit-agenda", test_edit_agenda);
  ADD ("/kolo/window/run-day", test_run_day);
  ADD ("/kolo/window/run-restored", test_run_restored);
  ADD ("/kolo/window/handout", test_handout);

#undef ADD

  return g_test_run ();
}
