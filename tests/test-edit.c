/* test-edit.c — editing the agenda: adding, removing and moving days,
 * modules and activities, and undoing and redoing every edit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "kolo-test-util.h"

typedef struct
{
  char      *dir;
  char      *path;
  KoloStore *store;
  KoloEvent *event;
  gint64     id;
} Fixture;

static void
open_event (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  f->store = kolo_store_open (f->path, &error);
  g_assert_no_error (error);
  f->event = kolo_store_lookup_event (f->store, f->id, &error);
  g_assert_no_error (error);
}

static void
close_event (Fixture *f)
{
  g_clear_object (&f->event);
  g_assert_finalize_object (f->store);
  f->store = NULL;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloDoc) doc = NULL;
  GDate date;

  f->dir = kolo_test_make_dir ();
  f->path = g_build_filename (f->dir, "kolo.db", NULL);
  f->store = kolo_store_open (f->path, &error);
  g_assert_no_error (error);

  doc = kolo_store_load_template (f->store, "client-orientation", &error);
  g_assert_no_error (error);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 11, 11, 2013);
  f->event = kolo_store_create_event_from_doc (f->store, doc, NULL, &date, &error);
  g_assert_no_error (error);
  f->id = kolo_event_get_id (f->event);
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

static gpointer
item (GListModel *model,
      guint       position)
{
  gpointer it = g_list_model_get_item (model, position);

  g_assert_nonnull (it);
  g_object_unref (it);
  return it;
}

static KoloDay *
day (Fixture *f,
     guint    n)
{
  return item (kolo_event_get_days (f->event), n);
}

static KoloModule *
module (Fixture *f,
        guint    d,
        guint    m)
{
  return item (kolo_day_get_modules (day (f, d)), m);
}

static KoloActivity *
activity (Fixture *f,
          guint    d,
          guint    m,
          guint    a)
{
  return item (kolo_module_get_activities (module (f, d, m)), a);
}

/* The titles of a module's activities, joined with "|". */
static char *
titles (KoloModule *m)
{
  GListModel *list = kolo_module_get_activities (m);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_string_append_printf (out, "%s%s", i ? "|" : "",
                            kolo_activity_get_title (item (list, i)));
  return g_string_free (out, FALSE);
}

static void
assert_titles (KoloModule *m,
               const char *expected)
{
  g_autofree char *got = titles (m);

  g_assert_cmpstr (got, ==, expected);
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

static void
shrink_module (KoloModule *m,
               guint       keep)
{
  GListModel *list = kolo_module_get_activities (m);
  g_autoptr(GError) error = NULL;

  while (g_list_model_get_n_items (list) > keep)
    {
      g_assert_true (kolo_module_remove_activity (m, item (list, keep), &error));
      g_assert_no_error (error);
    }
}

static void
test_insert_activity (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(KoloActivity) added = kolo_activity_new (KOLO_ACTIVITY_DISCUSSION, "Нове", 15);
  g_autoptr(GError) error = NULL;
  KoloModule *m = module (f, 0, 0);
  int planned = kolo_day_get_planned_minutes (day (f, 0));
  KoloActivity *after;

  kolo_activity_set_instructions (added, "Обговоріть у парах");
  g_assert_true (kolo_module_insert_activity (m, 1, added, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kolo_activity_get_id (added), >, 0);
  g_assert_true (kolo_activity_get_module (added) == m);
  g_assert_cmpint (kolo_day_get_planned_minutes (day (f, 0)), ==, planned + 15);
  g_assert_cmpint (kolo_activity_get_start_minute (added), ==, 600 + 15);
  after = activity (f, 0, 0, 2);
  g_assert_cmpint (kolo_activity_get_start_minute (after), ==, 600 + 15 + 15);

  /* Written with its place. */
  close_event (f);
  open_event (f);
  g_assert_cmpstr (kolo_activity_get_title (activity (f, 0, 0, 1)), ==, "Нове");
  g_assert_cmpstr (kolo_activity_get_instructions (activity (f, 0, 0, 1)), ==,
                   "Обговоріть у парах");
  g_assert_cmpint (kolo_activity_get_kind (activity (f, 0, 0, 1)), ==, KOLO_ACTIVITY_DISCUSSION);
  g_assert_cmpint (kolo_day_get_planned_minutes (day (f, 0)), ==, planned + 15);
}

static void
test_remove_undo_redo (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KoloModule *m = module (f, 0, 0);
  g_autoptr(KoloActivity) removed = g_object_ref (activity (f, 0, 0, 1));
  g_autofree char *before = NULL;
  int planned;

  shrink_module (m, 4);
  planned = kolo_day_get_planned_minutes (day (f, 0));
  before = titles (m);
  kolo_history_clear (kolo_event_get_history (f->event));

  g_assert_true (kolo_module_remove_activity (m, removed, &error));
  g_assert_no_error (error);
  g_assert_null (kolo_activity_get_module (removed));
  g_assert_cmpint (kolo_activity_get_id (removed), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_module_get_activities (m)), ==, 3);

  /* Undo puts the same activity back in its place, with new rows. */
  undo (f);
  {
    g_autofree char *now = titles (m);
    g_assert_cmpstr (now, ==, before);
  }
  g_assert_true (activity (f, 0, 0, 1) == removed);
  g_assert_cmpint (kolo_activity_get_id (removed), >, 0);
  g_assert_false (kolo_history_get_can_undo (kolo_event_get_history (f->event)));

  redo (f);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_module_get_activities (m)), ==, 3);
  undo (f);

  close_event (f);
  open_event (f);
  assert_titles (module (f, 0, 0), before);
  g_assert_cmpint (kolo_day_get_planned_minutes (day (f, 0)), ==, planned);
}

static void
test_move_within_module (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KoloModule *m = module (f, 0, 0);
  KoloActivity *first;
  gint64 id;

  shrink_module (m, 3);
  kolo_activity_set_title (activity (f, 0, 0, 0), "A");
  kolo_activity_set_title (activity (f, 0, 0, 1), "B");
  kolo_activity_set_title (activity (f, 0, 0, 2), "C");
  first = activity (f, 0, 0, 0);
  id = kolo_activity_get_id (first);

  g_assert_true (kolo_activity_move (first, m, 2, &error));
  g_assert_no_error (error);
  assert_titles (m, "B|C|A");
  g_assert_cmpint (kolo_activity_get_id (first), ==, id);
  g_assert_cmpint (kolo_activity_get_start_minute (activity (f, 0, 0, 0)), ==, 600);

  undo (f);
  assert_titles (m, "A|B|C");
  redo (f);
  assert_titles (m, "B|C|A");

  close_event (f);
  open_event (f);
  assert_titles (module (f, 0, 0), "B|C|A");
}

static void
test_move_across_days (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KoloModule *m1 = module (f, 0, 0);
  KoloModule *m2 = module (f, 1, 0);
  KoloActivity *moving;
  int day1 = kolo_day_get_planned_minutes (day (f, 0));
  int day2 = kolo_day_get_planned_minutes (day (f, 1));
  int minutes;

  shrink_module (m1, 2);
  shrink_module (m2, 2);
  day1 = kolo_day_get_planned_minutes (day (f, 0));
  day2 = kolo_day_get_planned_minutes (day (f, 1));
  kolo_activity_set_title (activity (f, 0, 0, 0), "A");
  kolo_activity_set_title (activity (f, 0, 0, 1), "B");
  kolo_activity_set_title (activity (f, 1, 0, 0), "X");
  kolo_activity_set_title (activity (f, 1, 0, 1), "Y");
  moving = activity (f, 0, 0, 0);
  minutes = kolo_activity_get_minutes (moving);

  g_assert_true (kolo_activity_move (moving, m2, 1, &error));
  g_assert_no_error (error);
  assert_titles (m1, "B");
  assert_titles (m2, "X|A|Y");
  g_assert_true (kolo_activity_get_module (moving) == m2);
  g_assert_cmpint (kolo_day_get_planned_minutes (day (f, 0)), ==, day1 - minutes);
  g_assert_cmpint (kolo_day_get_planned_minutes (day (f, 1)), ==, day2 + minutes);

  close_event (f);
  open_event (f);
  assert_titles (module (f, 0, 0), "B");
  assert_titles (module (f, 1, 0), "X|A|Y");

  /* The history is the event's, in memory: a reopened event starts a new one. */
  g_assert_false (kolo_history_get_can_undo (kolo_event_get_history (f->event)));
  g_assert_true (kolo_activity_move (activity (f, 1, 0, 1), module (f, 0, 0), 0, &error));
  assert_titles (module (f, 0, 0), "A|B");
  undo (f);
  assert_titles (module (f, 0, 0), "B");
  assert_titles (module (f, 1, 0), "X|A|Y");
}

static void
test_modules_and_days (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloModule) added = kolo_module_new ("Новий модуль");
  g_autoptr(KoloDay) extra = NULL;
  KoloHistory *history = kolo_event_get_history (f->event);
  GDate date;

  /* A module of no day cannot take activities: they would have no rows. */
  {
    g_autoptr(KoloActivity) orphan = kolo_activity_new (KOLO_ACTIVITY_INPUT, "Сирота", 5);

    g_assert_false (kolo_module_insert_activity (added, 0, orphan, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
  }
  g_assert_true (kolo_day_insert_module (day (f, 0), 1, added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_day_get_modules (day (f, 0))), ==, 2);
  g_assert_true (kolo_module_get_day (added) == day (f, 0));

  /* Moving a module to the other day. */
  g_assert_true (kolo_module_move (added, day (f, 1), 0, &error));
  g_assert_cmpstr (kolo_module_get_title (module (f, 1, 0)), ==, "Новий модуль");
  g_assert_cmpint (kolo_module_get_start_minute (module (f, 1, 1)), ==, 600);

  /* A third day, then the first moved last: days renumber, dates stay. */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 13, 11, 2013);
  extra = kolo_day_new (&date, 9 * 60, -1);
  g_assert_true (kolo_event_insert_day (f->event, 2, extra, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kolo_day_get_number (extra), ==, 3);
  g_assert_cmpint (g_date_get_day (kolo_event_get_last_date (f->event)), ==, 13);

  {
    KoloDay *first = day (f, 0);

    g_assert_true (kolo_day_move (first, 2, &error));
    g_assert_true (day (f, 2) == first);
    g_assert_cmpuint (kolo_day_get_number (first), ==, 3);
    g_assert_cmpint (g_date_get_day (kolo_day_get_date (first)), ==, 11);
  }

  close_event (f);
  open_event (f);
  history = kolo_event_get_history (f->event);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_event_get_days (f->event)), ==, 3);
  g_assert_cmpint (g_date_get_day (kolo_day_get_date (day (f, 0))), ==, 12);
  g_assert_cmpint (g_date_get_day (kolo_day_get_date (day (f, 1))), ==, 13);
  g_assert_cmpint (g_date_get_day (kolo_day_get_date (day (f, 2))), ==, 11);
  g_assert_cmpstr (kolo_module_get_title (module (f, 0, 0)), ==, "Новий модуль");

  /* Removing a day takes its agenda; undo brings it back, all of it. */
  {
    g_autoptr(KoloDay) gone = g_object_ref (day (f, 2));
    g_autofree char *before = titles (module (f, 2, 0));

    g_assert_true (kolo_event_remove_day (f->event, gone, &error));
    g_assert_cmpuint (g_list_model_get_n_items (kolo_event_get_days (f->event)), ==, 2);
    g_assert_true (kolo_history_undo (history, &error));
    g_assert_no_error (error);
    g_assert_true (day (f, 2) == gone);
    assert_titles (module (f, 2, 0), before);
    g_assert_cmpint (kolo_module_get_id (module (f, 2, 0)), >, 0);
  }
}

static void
test_property_undo (Fixture       *f,
                    gconstpointer  data)
{
  KoloHistory *history = kolo_event_get_history (f->event);
  KoloActivity *a = activity (f, 0, 0, 0);
  g_autofree char *title = g_strdup (kolo_activity_get_title (a));
  int minutes = kolo_activity_get_minutes (a);

  /* Typing, one key at a time, is one step. */
  kolo_activity_set_title (a, "Н");
  kolo_activity_set_title (a, "Но");
  kolo_activity_set_title (a, "Нов");
  kolo_activity_set_minutes (a, minutes + 5);
  kolo_day_set_start_minute (day (f, 0), 9 * 60);
  kolo_event_set_city (f->event, "Харків");

  undo (f);
  g_assert_cmpstr (kolo_event_get_city (f->event), ==, "");
  undo (f);
  g_assert_cmpint (kolo_day_get_start_minute (day (f, 0)), ==, 600);
  g_assert_cmpint (kolo_activity_get_start_minute (a), ==, 600);
  undo (f);
  g_assert_cmpint (kolo_activity_get_minutes (a), ==, minutes);
  undo (f);
  g_assert_cmpstr (kolo_activity_get_title (a), ==, title);
  g_assert_false (kolo_history_get_can_undo (history));

  redo (f);
  g_assert_cmpstr (kolo_activity_get_title (a), ==, "Нов");
  redo (f);
  g_assert_cmpint (kolo_activity_get_minutes (a), ==, minutes + 5);

  /* A new edit drops what could be redone. */
  kolo_module_set_goal (module (f, 0, 0), "Мета");
  g_assert_false (kolo_history_get_can_redo (history));

  /* Undone values are written too. */
  undo (f);
  close_event (f);
  open_event (f);
  g_assert_cmpint (kolo_activity_get_minutes (activity (f, 0, 0, 0)), ==, minutes + 5);
  g_assert_cmpstr (kolo_module_get_goal (module (f, 0, 0)), !=, "Мета");
}

static void
test_group (Fixture       *f,
            gconstpointer  data)
{
  KoloHistory *history = kolo_event_get_history (f->event);
  GListModel *list = kolo_module_get_activities (module (f, 1, 0));
  g_autoptr(GArray) before = g_array_new (FALSE, FALSE, sizeof (int));

  kolo_history_clear (history);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      int minutes = kolo_activity_get_minutes (item (list, i));
      g_array_append_val (before, minutes);
    }

  /* Shortening every activity at once is one step. */
  kolo_history_begin_group (history);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      KoloActivity *a = item (list, i);
      if (kolo_activity_get_minutes (a) > 5)
        kolo_activity_set_minutes (a, kolo_activity_get_minutes (a) - 5);
    }
  kolo_history_end_group (history);

  undo (f);
  g_assert_false (kolo_history_get_can_undo (history));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_assert_cmpint (kolo_activity_get_minutes (item (list, i)), ==,
                     g_array_index (before, int, i));

  /* An empty group is no step at all. */
  kolo_history_begin_group (history);
  kolo_history_end_group (history);
  g_assert_false (kolo_history_get_can_undo (history));
}

static void
test_refused_write_changes_nothing (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(KoloActivity) added = kolo_activity_new (KOLO_ACTIVITY_INPUT, "Не буде", 10);
  g_autoptr(GError) error = NULL;
  KoloModule *m = module (f, 0, 0);
  g_autofree char *before = titles (m);
  sqlite3 *db = NULL;

  /* Another connection makes the store refuse every new activity. */
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TRIGGER no_more BEFORE INSERT ON activities "
                                 "BEGIN SELECT RAISE (ABORT, 'no more'); END;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  g_assert_false (kolo_module_insert_activity (m, 0, added, &error));
  g_assert_nonnull (error);
  g_assert_null (kolo_activity_get_module (added));
  g_assert_cmpint (kolo_activity_get_id (added), ==, 0);
  assert_titles (m, before);
  g_assert_false (kolo_history_get_can_undo (kolo_event_get_history (f->event)));

  close_event (f);
  open_event (f);
  assert_titles (module (f, 0, 0), before);
}

int
main (int    argc,
      char **argv)
{
  kolo_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/kolo/edit/insert-activity", test_insert_activity);
  ADD ("/kolo/edit/remove-undo-redo", test_remove_undo_redo);
  ADD ("/kolo/edit/move-within-module", test_move_within_module);
  ADD ("/kolo/edit/move-across-days", test_move_across_days);
  ADD ("/kolo/edit/modules-and-days", test_modules_and_days);
  ADD ("/kolo/edit/property-undo", test_property_undo);
  ADD ("/kolo/edit/group", test_group);
  ADD ("/kolo/edit/refused-write-changes-nothing", test_refused_write_changes_nothing);

#undef ADD

  return g_test_run ();
}
