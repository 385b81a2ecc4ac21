/* test-model.c — the agenda model: computed times, write-through, duplicate,
 * archive, delete with undo, search, templates
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
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = kolo_test_make_dir ();
  f->path = g_build_filename (f->dir, "kolo.db", NULL);
  f->store = kolo_store_open (f->path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->store != NULL)
    g_assert_finalize_object (f->store);
  kolo_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
reopen (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_finalize_object (f->store);
  f->store = kolo_store_open (f->path, &error);
  g_assert_no_error (error);
}

static KoloEvent *
new_training (Fixture    *f,
              const char *title,
              int         day,
              int         month,
              int         year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloDoc) doc = kolo_store_load_template (f->store, "client-orientation", &error);
  KoloEvent *event;
  GDate date;

  g_assert_no_error (error);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  event = kolo_store_create_event_from_doc (f->store, doc, title, &date, &error);
  g_assert_no_error (error);
  return event;
}

static gpointer
item (GListModel *model,
      guint       position)
{
  gpointer it = g_list_model_get_item (model, position);

  g_assert_nonnull (it);
  /* The model keeps its own reference; tests hold borrowed pointers. */
  g_object_unref (it);
  return it;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_from_template (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(KoloEvent) event = new_training (f, "Орієнтація на клієнта", 11, 11, 2013);
  GListModel *days = kolo_event_get_days (event);
  KoloDay *day1, *day2;
  KoloModule *module;
  KoloActivity *first, *second, *last;
  GListModel *activities;
  int sum = 0;

  g_assert_cmpuint (g_list_model_get_n_items (days), ==, 2);
  day1 = item (days, 0);
  day2 = item (days, 1);
  g_assert_cmpuint (kolo_day_get_number (day1), ==, 1);
  g_assert_cmpuint (kolo_day_get_number (day2), ==, 2);
  g_assert_cmpint (g_date_get_day (kolo_day_get_date (day1)), ==, 11);
  g_assert_cmpint (g_date_get_day (kolo_day_get_date (day2)), ==, 12);
  g_assert_cmpint (g_date_get_day (kolo_event_get_first_date (event)), ==, 11);
  g_assert_cmpint (g_date_get_day (kolo_event_get_last_date (event)), ==, 12);
  g_assert_true (kolo_day_get_event (day1) == event);

  module = item (kolo_day_get_modules (day1), 0);
  g_assert_cmpstr (kolo_module_get_title (module), ==,
                   "Складові якісного обслуговування в бібліотеках");
  g_assert_true (kolo_module_get_day (module) == day1);
  g_assert_cmpstr (kolo_module_get_title (item (kolo_day_get_modules (day2), 0)), ==,
                   "Робота з «трудними» та конфліктними ситуаціями");

  /* Start times are computed from the day's start and the minutes. */
  activities = kolo_module_get_activities (module);
  first = item (activities, 0);
  second = item (activities, 1);
  last = item (activities, g_list_model_get_n_items (activities) - 1);
  g_assert_true (kolo_activity_get_module (first) == module);
  g_assert_cmpint (kolo_activity_get_start_minute (first), ==, 600);
  g_assert_cmpint (kolo_activity_get_start_minute (second), ==,
                   600 + kolo_activity_get_minutes (first));
  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    sum += kolo_activity_get_minutes (item (activities, i));
  g_assert_cmpint (kolo_module_get_planned_minutes (module), ==, sum);
  g_assert_cmpint (kolo_day_get_planned_minutes (day1), ==, sum);
  g_assert_cmpint (kolo_activity_get_end_minute (last), ==, 600 + sum);
  g_assert_cmpint (kolo_day_get_planned_end_minute (day1), ==, kolo_day_get_end_minute (day1));
  g_assert_false (kolo_day_get_overruns (day1));
  g_assert_cmpint (kolo_module_get_start_minute (module), ==, 600);
}

static void
test_times_follow_minutes (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(KoloEvent) event = new_training (f, "Тест", 11, 11, 2013);
  KoloDay *day = item (kolo_event_get_days (event), 0);
  KoloModule *module = item (kolo_day_get_modules (day), 0);
  KoloActivity *first = item (kolo_module_get_activities (module), 0);
  KoloActivity *second = item (kolo_module_get_activities (module), 1);
  int second_start = kolo_activity_get_start_minute (second);
  int planned = kolo_day_get_planned_minutes (day);
  guint start_notified = 0, overruns_notified = 0, planned_notified = 0;

  g_signal_connect (second, "notify::start-minute", G_CALLBACK (count_notify), &start_notified);
  g_signal_connect (day, "notify::overruns", G_CALLBACK (count_notify), &overruns_notified);
  g_signal_connect (module, "notify::planned-minutes", G_CALLBACK (count_notify),
                    &planned_notified);

  kolo_activity_set_minutes (first, kolo_activity_get_minutes (first) + 10);
  g_assert_cmpint (kolo_activity_get_start_minute (second), ==, second_start + 10);
  g_assert_cmpint (kolo_day_get_planned_minutes (day), ==, planned + 10);
  g_assert_true (kolo_day_get_overruns (day));
  g_assert_cmpuint (start_notified, ==, 1);
  g_assert_cmpuint (overruns_notified, ==, 1);
  g_assert_cmpuint (planned_notified, ==, 1);

  /* Setting the same value again notifies nothing. */
  kolo_activity_set_minutes (first, kolo_activity_get_minutes (first));
  g_assert_cmpuint (start_notified, ==, 1);

  /* Moving the day's start moves everything. */
  kolo_day_set_start_minute (day, 9 * 60);
  g_assert_cmpint (kolo_activity_get_start_minute (first), ==, 540);
  g_assert_cmpint (kolo_activity_get_start_minute (second), ==, second_start + 10 - 60);
  g_assert_false (kolo_day_get_overruns (day));
  g_assert_cmpuint (overruns_notified, ==, 2);

  /* No end set: nothing can overrun. */
  kolo_day_set_end_minute (day, -1);
  kolo_day_set_start_minute (day, 20 * 60);
  g_assert_false (kolo_day_get_overruns (day));
}

static void
test_write_through (Fixture       *f,
                    gconstpointer  data)
{
  static const char * const trainers[] = { "Мар’яна Коваль", "  ", "Олег Петренко", NULL };
  g_autoptr(KoloEvent) event = new_training (f, "Тест", 11, 11, 2013);
  gint64 id = kolo_event_get_id (event);
  KoloDay *day = item (kolo_event_get_days (event), 1);
  KoloModule *module = item (kolo_day_get_modules (day), 0);
  KoloActivity *activity = item (kolo_module_get_activities (module), 2);
  g_autoptr(GError) error = NULL;
  GDate date;

  kolo_event_set_title (event, "Орієнтація на клієнта <b>&amp;</b>");
  kolo_event_set_venue (event, "Харківська ОУНБ, зала 2");
  kolo_event_set_city (event, "Харків");
  kolo_event_set_organizer (event, "ГО «Бібліотечна країна»");
  kolo_event_set_trainers (event, trainers);
  kolo_event_set_notes (event, "Рядок 1\nРядок 2\t«лапки» \\ \"");
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 14, 11, 2013);
  kolo_day_set_date (day, &date);
  kolo_day_set_start_minute (day, 9 * 60 + 30);
  kolo_day_set_end_minute (day, 17 * 60);
  kolo_module_set_title (module, "Конфлікти");
  kolo_module_set_goal (module, "Навчитися");
  kolo_activity_set_kind (activity, KOLO_ACTIVITY_DISCUSSION);
  kolo_activity_set_title (activity, "Нова назва");
  kolo_activity_set_minutes (activity, 600);
  kolo_activity_set_instructions (activity, "Працюйте в парах");
  kolo_activity_set_notes (activity, "Лише для тренера");
  kolo_activity_set_materials (activity, "Фліпчарт");

  g_assert_cmpuint (g_strv_length ((GStrv) kolo_event_get_trainers (event)), ==, 2);
  g_clear_object (&event);
  reopen (f);

  event = kolo_store_lookup_event (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kolo_event_get_title (event), ==, "Орієнтація на клієнта <b>&amp;</b>");
  g_assert_cmpstr (kolo_event_get_venue (event), ==, "Харківська ОУНБ, зала 2");
  g_assert_cmpstr (kolo_event_get_city (event), ==, "Харків");
  g_assert_cmpstr (kolo_event_get_organizer (event), ==, "ГО «Бібліотечна країна»");
  g_assert_cmpstr (kolo_event_get_trainers (event)[0], ==, "Мар’яна Коваль");
  g_assert_cmpstr (kolo_event_get_trainers (event)[1], ==, "Олег Петренко");
  g_assert_null (kolo_event_get_trainers (event)[2]);
  g_assert_cmpstr (kolo_event_get_notes (event), ==, "Рядок 1\nРядок 2\t«лапки» \\ \"");
  g_assert_cmpint (g_date_get_day (kolo_event_get_last_date (event)), ==, 14);

  day = item (kolo_event_get_days (event), 1);
  g_assert_cmpint (g_date_get_day (kolo_day_get_date (day)), ==, 14);
  g_assert_cmpint (kolo_day_get_start_minute (day), ==, 570);
  g_assert_cmpint (kolo_day_get_end_minute (day), ==, 1020);
  g_assert_true (kolo_day_get_overruns (day));
  module = item (kolo_day_get_modules (day), 0);
  g_assert_cmpstr (kolo_module_get_title (module), ==, "Конфлікти");
  g_assert_cmpstr (kolo_module_get_goal (module), ==, "Навчитися");
  activity = item (kolo_module_get_activities (module), 2);
  g_assert_cmpint (kolo_activity_get_kind (activity), ==, KOLO_ACTIVITY_DISCUSSION);
  g_assert_cmpstr (kolo_activity_get_title (activity), ==, "Нова назва");
  g_assert_cmpint (kolo_activity_get_minutes (activity), ==, 600);
  g_assert_cmpstr (kolo_activity_get_instructions (activity), ==, "Працюйте в парах");
  g_assert_cmpstr (kolo_activity_get_notes (activity), ==, "Лише для тренера");
  g_assert_cmpstr (kolo_activity_get_materials (activity), ==, "Фліпчарт");

  /* Clearing the end is stored as "no end". */
  kolo_day_set_end_minute (day, -1);
  g_clear_object (&event);
  reopen (f);
  event = kolo_store_lookup_event (f->store, id, &error);
  day = item (kolo_event_get_days (event), 1);
  g_assert_cmpint (kolo_day_get_end_minute (day), ==, -1);
}

static void
test_properties_notify (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(KoloEvent) event = new_training (f, "Тест", 11, 11, 2013);
  guint title = 0, archived = 0;
  g_autofree char *read_back = NULL;

  g_signal_connect (event, "notify::title", G_CALLBACK (count_notify), &title);
  g_signal_connect (event, "notify::archived", G_CALLBACK (count_notify), &archived);

  g_object_set (event, "title", "Інша назва", NULL);
  g_object_set (event, "title", "Інша назва", NULL);
  kolo_event_set_archived (event, TRUE);
  kolo_event_set_archived (event, TRUE);
  g_assert_cmpuint (title, ==, 1);
  g_assert_cmpuint (archived, ==, 1);

  g_object_get (event, "title", &read_back, NULL);
  g_assert_cmpstr (read_back, ==, "Інша назва");
}

static guint
position_of (GListModel *events,
             gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    if (kolo_event_get_id (item (events, i)) == id)
      return i;
  return G_MAXUINT;
}

static void
test_newest_first (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(KoloEvent) old = new_training (f, "2013", 11, 11, 2013);
  g_autoptr(KoloEvent) newer = new_training (f, "2015", 2, 3, 2015);
  g_autoptr(KoloEvent) middle = new_training (f, "2014", 1, 6, 2014);
  GListModel *events = kolo_store_get_events (f->store);
  KoloDay *day;
  GDate date;

  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 3);
  g_assert_true (item (events, 0) == newer);
  g_assert_true (item (events, 1) == middle);
  g_assert_true (item (events, 2) == old);

  /* Moving an event's days re-sorts the list. */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 2, 1, 2016);
  day = item (kolo_event_get_days (old), 1);
  kolo_day_set_date (day, &date);
  g_assert_true (item (events, 2) == old);
  g_date_set_dmy (&date, 1, 1, 2016);
  day = item (kolo_event_get_days (old), 0);
  kolo_day_set_date (day, &date);
  g_assert_true (item (events, 0) == old);

  /* And the order survives a reopen. */
  g_clear_object (&old);
  g_clear_object (&newer);
  g_clear_object (&middle);
  reopen (f);
  events = kolo_store_get_events (f->store);
  g_assert_cmpstr (kolo_event_get_title (item (events, 0)), ==, "2013");
  g_assert_cmpstr (kolo_event_get_title (item (events, 1)), ==, "2015");
  g_assert_cmpstr (kolo_event_get_title (item (events, 2)), ==, "2014");
}

static void
test_duplicate (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(KoloEvent) event = new_training (f, "Орієнтація на клієнта", 11, 11, 2013);
  g_autoptr(KoloEvent) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *original_agenda = NULL;
  g_autofree char *copy_agenda = NULL;

  kolo_event_set_city (event, "Харків");
  kolo_event_set_archived (event, TRUE);
  copy = kolo_store_duplicate_event (f->store, event, &error);
  g_assert_no_error (error);

  g_assert_cmpint (kolo_event_get_id (copy), !=, kolo_event_get_id (event));
  g_assert_cmpstr (kolo_event_get_title (copy), ==, "Орієнтація на клієнта (copy)");
  g_assert_cmpstr (kolo_event_get_city (copy), ==, "Харків");
  g_assert_false (kolo_event_get_archived (copy));
  g_assert_cmpuint (g_list_model_get_n_items (kolo_store_get_events (f->store)), ==, 2);

  /* The same agenda, and a separate one: editing the copy leaves the original. */
  original_agenda = kolo_event_export (event, KOLO_DOC_TEMPLATE);
  copy_agenda = kolo_event_export (copy, KOLO_DOC_TEMPLATE);
  g_assert_cmpstr (strstr (original_agenda, "\"days\""), ==, strstr (copy_agenda, "\"days\""));
  kolo_activity_set_title (item (kolo_module_get_activities (
                              item (kolo_day_get_modules (item (kolo_event_get_days (copy), 0)), 0)),
                                 0),
                           "Змінено в копії");
  g_free (copy_agenda);
  copy_agenda = kolo_event_export (event, KOLO_DOC_TEMPLATE);
  g_assert_cmpstr (original_agenda, ==, copy_agenda);
}

static void
test_archive (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(KoloEvent) event = new_training (f, "Тест", 11, 11, 2013);
  gint64 id = kolo_event_get_id (event);
  g_autoptr(GError) error = NULL;

  kolo_event_set_archived (event, TRUE);
  g_clear_object (&event);
  reopen (f);

  /* Archived events stay in the list (views filter them) and are found. */
  g_assert_cmpuint (g_list_model_get_n_items (kolo_store_get_events (f->store)), ==, 1);
  event = kolo_store_lookup_event (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_true (kolo_event_get_archived (event));
  kolo_event_set_archived (event, FALSE);
  g_assert_false (kolo_event_get_archived (event));
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(KoloEvent) keep = new_training (f, "Лишається", 1, 1, 2013);
  g_autoptr(KoloEvent) event = new_training (f, "Видалити", 11, 11, 2013);
  GListModel *events = kolo_store_get_events (f->store);
  gint64 id = kolo_event_get_id (event);
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloEvent) found = NULL;

  g_assert_true (kolo_store_delete_event (f->store, event, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 1);
  found = kolo_store_lookup_event (f->store, id, &error);
  g_assert_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_NOT_FOUND);
  g_assert_null (found);
  g_clear_error (&error);

  /* Undo puts it back where it was, agenda and all. */
  g_assert_true (kolo_store_undelete_event (f->store, event, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (position_of (events, id), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_event_get_days (event)), ==, 2);

  /* Once purged it is gone for good, and cannot come back. */
  g_assert_true (kolo_store_delete_event (f->store, event, &error));
  g_assert_true (kolo_store_purge_deleted (f->store, &error));
  g_assert_false (kolo_store_undelete_event (f->store, event, &error));
  g_assert_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A deletion whose undo time ran out with Kolo is purged at the next start. */
  g_assert_true (kolo_store_delete_event (f->store, keep, &error));
  g_clear_object (&keep);
  g_clear_object (&event);
  reopen (f);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_store_get_events (f->store)), ==, 0);
}

static void
test_ids_never_reused (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(KoloEvent) first = new_training (f, "Перша", 11, 11, 2013);
  g_autoptr(KoloEvent) second = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = kolo_event_get_id (first);

  /* The newest event deleted for good: its ID stays its own. */
  g_assert_true (kolo_store_delete_event (f->store, first, &error));
  g_assert_true (kolo_store_purge_deleted (f->store, &error));
  g_assert_no_error (error);
  g_clear_object (&first);
  reopen (f);

  second = new_training (f, "Друга", 11, 11, 2013);
  g_assert_cmpint (kolo_event_get_id (second), >, id);
}

static void
assert_search (Fixture    *f,
               const char *query,
               guint       n_expected,
               ...)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = kolo_store_search_events (f->store, query, &error);
  va_list args;

  g_assert_no_error (error);
  if (ids->len != n_expected)
    g_error ("“%s” found %u events, expected %u", query, ids->len, n_expected);

  va_start (args, n_expected);
  for (guint i = 0; i < n_expected; i++)
    g_assert_cmpint (g_array_index (ids, gint64, i), ==, va_arg (args, gint64));
  va_end (args);
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(KoloEvent) a = new_training (f, "Тренінг для Мар’яни", 11, 11, 2013);
  g_autoptr(KoloEvent) b = new_training (f, "ОРІЄНТАЦІЯ НА КЛІЄНТА", 1, 3, 2014);
  g_autoptr(KoloEvent) c = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ia = kolo_event_get_id (a), ib = kolo_event_get_id (b), ic;

  c = kolo_store_create_event (f->store, "Зустріч бібліотекарів", NULL, &error);
  g_assert_no_error (error);
  ic = kolo_event_get_id (c);
  kolo_event_set_city (a, "Куп’янськ");
  kolo_event_set_city (c, "Київ");
  kolo_event_set_archived (b, TRUE);

  assert_search (f, "мар'яни", 1, ia);
  assert_search (f, "МАРʼЯНИ", 1, ia);
  assert_search (f, "куп'янськ", 1, ia);
  assert_search (f, "орієнтація", 1, ib);
  assert_search (f, "  ", 3, ic, ib, ia);
  assert_search (f, "", 3, ic, ib, ia);
  /* Activities and modules are searched too. */
  assert_search (f, "кава-пауза", 2, ib, ia);
  assert_search (f, "КОНФЛІКТНИМИ ситуаціями", 2, ib, ia);
  /* Every word must match, in any field. */
  assert_search (f, "київ зустріч", 1, ic);
  assert_search (f, "київ орієнтація", 0);
  assert_search (f, "Мариана", 0);
}

static void
test_templates (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(KoloEvent) event = new_training (f, "Орієнтація на клієнта: Харків", 11, 11, 2013);
  g_autoptr(KoloDoc) doc = kolo_doc_new_from_event (event, KOLO_DOC_TEMPLATE);
  g_autoptr(GListModel) templates = NULL;
  g_autoptr(KoloDoc) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  KoloTemplate *shipped, *saved;

  kolo_event_set_city (event, "Харків");
  name = kolo_store_save_template (f->store, doc, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (name, ==, "oriientatsiia-na-kliienta-kharkiv");

  templates = kolo_store_list_templates (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (templates), ==, 2);
  shipped = item (templates, 0);
  saved = item (templates, 1);
  g_assert_cmpstr (kolo_template_get_name (shipped), ==, "client-orientation");
  g_assert_true (kolo_template_get_shipped (shipped));
  g_assert_cmpuint (kolo_template_get_n_days (shipped), ==, 2);
  g_assert_cmpstr (kolo_template_get_name (saved), ==, name);
  g_assert_cmpstr (kolo_template_get_title (saved), ==, "Орієнтація на клієнта: Харків");
  g_assert_false (kolo_template_get_shipped (saved));
  g_assert_cmpint (kolo_template_get_planned_minutes (saved), ==,
                   kolo_template_get_planned_minutes (shipped));

  /* A template keeps the agenda, not the dates or the place. */
  loaded = kolo_store_load_template (f->store, name, &error);
  g_assert_no_error (error);
  g_assert_cmpint (loaded->kind, ==, KOLO_DOC_TEMPLATE);
  g_assert_cmpstr (loaded->city, ==, "");
  g_assert_false (g_date_valid (&((KoloDocDay *) loaded->days->pdata[0])->date));

  g_assert_true (kolo_store_delete_template (f->store, name, &error));
  g_assert_false (kolo_store_delete_template (f->store, name, &error));
  g_assert_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_pointer (&loaded, kolo_doc_free);
  loaded = kolo_store_load_template (f->store, "no-such-template", &error);
  g_assert_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_NOT_FOUND);
  g_assert_null (loaded);
}

static void
test_blank_event (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloEvent) event = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  KoloDay *day;

  event = kolo_store_create_event (f->store, "Нова подія", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_event_get_days (event)), ==, 1);
  day = item (kolo_event_get_days (event), 0);
  g_assert_cmpint (kolo_day_get_start_minute (day), ==, 600);
  g_assert_cmpint (kolo_day_get_end_minute (day), ==, -1);
  g_assert_cmpint (kolo_day_get_planned_minutes (day), ==, 0);
  g_assert_cmpint (g_date_get_year (kolo_day_get_date (day)), ==, g_date_time_get_year (now));
}

static void
test_store_outlived (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(KoloEvent) event = new_training (f, "Тест", 11, 11, 2013);
  g_autoptr(KoloDay) day = g_list_model_get_item (kolo_event_get_days (event), 0);

  /* Objects that outlive their store keep their values and write nothing. */
  g_assert_finalize_object (f->store);
  f->store = NULL;
  g_assert_null (kolo_event_get_store (event));
  kolo_event_set_title (event, "Без сховища");
  kolo_day_set_start_minute (day, 500);
  g_assert_cmpstr (kolo_event_get_title (event), ==, "Без сховища");
  g_assert_cmpint (kolo_day_get_start_minute (day), ==, 500);
}

int
main (int    argc,
      char **argv)
{
  kolo_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/kolo/model/from-template", test_from_template);
  ADD ("/kolo/model/times-follow-minutes", test_times_follow_minutes);
  ADD ("/kolo/model/write-through", test_write_through);
  ADD ("/kolo/model/properties-notify", test_properties_notify);
  ADD ("/kolo/model/newest-first", test_newest_first);
  ADD ("/kolo/model/duplicate", test_duplicate);
  ADD ("/kolo/model/archive", test_archive);
  ADD ("/kolo/model/delete-undo", test_delete_undo);
  ADD ("/kolo/model/ids-never-reused", test_ids_never_reused);
  ADD ("/kolo/model/search", test_search);
  ADD ("/kolo/model/templates", test_templates);
  ADD ("/kolo/model/blank-event", test_blank_event);
  ADD ("/kolo/model/store-outlived", test_store_outlived);

#undef ADD

  return g_test_run ();
}
