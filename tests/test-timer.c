/* test-timer.c — the run-mode timer on a clock the tests move: computed
 * countdown, pauses, skips, extensions, overrun, alerts, drift, catch-up,
 * restore after a crash, sleep, wall-clock jumps and agenda edits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <time.h>

#include "kolo-test-util.h"
#include "kolo-clock.h"
#include "kolo-run.h"

#define MIN_US (G_GINT64_CONSTANT (60) * G_USEC_PER_SEC)

/* 11 November 2013, 08:00 UTC, in wall-clock µs. */
#define SOME_WALL_US (G_GINT64_CONSTANT (1384156800) * G_USEC_PER_SEC)

typedef struct
{
  char      *dir;
  char      *path;
  KoloStore *store;
  KoloClock *clock;
  KoloEvent *event;
  KoloRun   *run;
  gint64     event_id;
  gint64     t0;        /* wall µs of 10:00 local time, 11 November 2013 */
  guint      changed;
  guint      warnings;
  guint      times_up;
} Fixture;

/* Day 1 starts at 10:00 and plans 270 minutes, so it ends at 14:30. */
static const struct {
  guint            day;
  guint            module;
  KoloActivityKind kind;
  const char      *title;
  int              minutes;
} agenda[] = {
  { 0, 0, KOLO_ACTIVITY_INPUT,      "Вступ",          30 },
  { 0, 0, KOLO_ACTIVITY_BREAK,      "Кава-пауза",     15 },
  { 0, 0, KOLO_ACTIVITY_BRAINSTORM, "Мозковий штурм", 60 },
  { 0, 1, KOLO_ACTIVITY_LUNCH,      "Обід",           60 },
  { 0, 1, KOLO_ACTIVITY_ROLE_PLAY,  "Рольова гра",    90 },
  { 0, 1, KOLO_ACTIVITY_FEEDBACK,   "Підсумки",       15 },
  { 1, 0, KOLO_ACTIVITY_EXERCISE,   "Вправа",         45 },
  { 1, 0, KOLO_ACTIVITY_DISCUSSION, "Обговорення",    30 },
};

enum { INTRO, COFFEE, BRAINSTORM, LUNCH, ROLE_PLAY, FEEDBACK, EXERCISE, DISCUSSION };

static void
connect_run (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  f->run = kolo_run_get_for_event (f->event, f->clock, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->run);
  f->changed = f->warnings = f->times_up = 0;
  g_signal_connect (f->run, "changed", G_CALLBACK (kolo_test_count_cb), &f->changed);
  g_signal_connect (f->run, "warning", G_CALLBACK (kolo_test_count_cb), &f->warnings);
  g_signal_connect (f->run, "time-up", G_CALLBACK (kolo_test_count_cb), &f->times_up);
}

static KoloDoc *
make_doc (void)
{
  KoloDoc *doc = kolo_doc_new (KOLO_DOC_EVENT);

  g_free (doc->title);
  doc->title = g_strdup ("Орієнтація на клієнта");
  for (guint d = 0; d < 2; d++)
    {
      KoloDocDay *day = kolo_doc_day_new ();

      g_date_set_dmy (&day->date, 11 + d, 11, 2013);
      day->start_minute = d == 0 ? 10 * 60 : 9 * 60;
      g_ptr_array_add (doc->days, day);
    }
  for (guint i = 0; i < G_N_ELEMENTS (agenda); i++)
    {
      KoloDocDay *day = doc->days->pdata[agenda[i].day];
      KoloDocActivity *activity = kolo_doc_activity_new ();
      KoloDocModule *module;

      if (day->modules->len <= agenda[i].module)
        {
          module = kolo_doc_module_new ();
          g_free (module->title);
          module->title = g_strdup_printf ("Модуль %u", agenda[i].module + 1);
          g_ptr_array_add (day->modules, module);
        }
      module = day->modules->pdata[agenda[i].module];
      activity->kind = agenda[i].kind;
      g_free (activity->title);
      activity->title = g_strdup (agenda[i].title);
      activity->minutes = agenda[i].minutes;
      g_ptr_array_add (module->activities, activity);
    }
  return doc;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloDoc) doc = make_doc ();
  g_autoptr(GDateTime) ten = g_date_time_new_local (2013, 11, 11, 10, 0, 0);

  f->dir = kolo_test_make_dir ();
  f->path = g_build_filename (f->dir, "kolo.db", NULL);
  f->store = kolo_test_open_store (f->path, NULL);

  f->t0 = g_date_time_to_unix (ten) * G_USEC_PER_SEC;
  f->clock = kolo_clock_new_manual (f->t0);
  f->event = kolo_store_insert_event (f->store, doc, &error);
  g_assert_no_error (error);
  f->event_id = kolo_event_get_id (f->event);
  connect_run (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  /* Nothing keeps a run alive but its users. */
  if (f->run != NULL)
    g_assert_finalize_object (f->run);
  g_clear_object (&f->event);
  if (f->store != NULL)
    g_assert_finalize_object (f->store);
  g_assert_finalize_object (f->clock);
  kolo_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Kolo dies: every object goes without the run being stopped. */
static void
drop_everything (Fixture *f)
{
  g_assert_finalize_object (f->run);
  f->run = NULL;
  kolo_test_close_store (&f->store, &f->event);
}

/* Kolo starts: the database is opened again from the file. */
static void
reopen (Fixture *f)
{
  f->store = kolo_test_open_store (f->path, NULL);
  f->event = kolo_test_lookup_event (f->store, f->event_id);
  connect_run (f);
}

static void
crash_and_restart (Fixture *f,
                   gint64   downtime_us)
{
  drop_everything (f);
  kolo_clock_advance (f->clock, downtime_us);
  reopen (f);
}

static KoloDay *
day_at (Fixture *f,
        guint    n)
{
  g_autoptr(KoloDay) day = g_list_model_get_item (kolo_event_get_days (f->event), n);

  g_assert_nonnull (day);
  return day;
}

static KoloModule *
module_at (Fixture *f,
           guint    day,
           guint    n)
{
  g_autoptr(KoloModule) module = g_list_model_get_item (kolo_day_get_modules (day_at (f, day)), n);

  g_assert_nonnull (module);
  return module;
}

/* The activity of agenda[@n], wherever it is now (borrowed). */
static KoloActivity *
activity_at (Fixture *f,
             guint    n)
{
  GListModel *days = kolo_event_get_days (f->event);

  for (guint d = 0; d < g_list_model_get_n_items (days); d++)
    {
      GListModel *modules = kolo_day_get_modules (day_at (f, d));

      for (guint m = 0; m < g_list_model_get_n_items (modules); m++)
        {
          g_autoptr(KoloModule) module = g_list_model_get_item (modules, m);
          GListModel *activities = kolo_module_get_activities (module);

          for (guint a = 0; a < g_list_model_get_n_items (activities); a++)
            {
              g_autoptr(KoloActivity) activity = g_list_model_get_item (activities, a);

              if (g_strcmp0 (kolo_activity_get_title (activity), agenda[n].title) == 0)
                return activity;
            }
        }
    }
  g_assert_not_reached ();
  return NULL;
}

static void
assert_current (Fixture *f,
                guint    n)
{
  KoloActivity *current = kolo_run_get_current (f->run);

  g_assert_nonnull (current);
  g_assert_cmpstr (kolo_activity_get_title (current), ==, agenda[n].title);
}

static void
start_day (Fixture *f,
           guint    day)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kolo_run_start_day (f->run, day_at (f, day), &error));
  g_assert_no_error (error);
}

#define OK(call)                                \
  G_STMT_START {                                \
    g_autoptr(GError) ok_error = NULL;          \
    gboolean ok_result = call (f->run, &ok_error); \
    g_assert_no_error (ok_error);               \
    g_assert_true (ok_result);                  \
  } G_STMT_END

#define REFUSED(call, code)                     \
  G_STMT_START {                                \
    g_autoptr(GError) refused_error = NULL;     \
    gboolean refused_result = call;             \
    g_assert_error (refused_error, KOLO_STORE_ERROR, code); \
    g_assert_false (refused_result);            \
  } G_STMT_END

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Behind the store's back, with sqlite3 itself. */
static gint64
query_int (Fixture    *f,
           const char *sql)
{
  return kolo_test_db_int (f->path, sql);
}

static void
exec_raw (Fixture    *f,
          const char *sql)
{
  kolo_test_db_exec (f->path, sql);
}

/* Tests ------------------------------------------------------------------- */

static void
test_clock (void)
{
  g_autoptr(KoloClock) manual = kolo_clock_new_manual (SOME_WALL_US);
  KoloClock *system = kolo_clock_get_system ();
  struct timespec before, after;
  gint64 boot, boot0;

  /* A manual clock moves only when told, both times together… */
  boot0 = kolo_clock_get_boot_us (manual);
  g_assert_cmpint (kolo_clock_get_wall_us (manual), ==, SOME_WALL_US);
  kolo_clock_advance (manual, 1500);
  g_assert_cmpint (kolo_clock_get_boot_us (manual), ==, boot0 + 1500);
  g_assert_cmpint (kolo_clock_get_wall_us (manual), ==, SOME_WALL_US + 1500);

  /* …except when its wall clock is set, which boot time ignores. */
  kolo_clock_set_wall (manual, 42);
  g_assert_cmpint (kolo_clock_get_wall_us (manual), ==, 42);
  g_assert_cmpint (kolo_clock_get_boot_us (manual), ==, boot0 + 1500);

  /* The system clock is one, and its boot time is CLOCK_BOOTTIME (it
   * counts suspend, unlike the monotonic clock). */
  g_assert_true (kolo_clock_get_system () == system);
  clock_gettime (CLOCK_BOOTTIME, &before);
  boot = kolo_clock_get_boot_us (system);
  clock_gettime (CLOCK_BOOTTIME, &after);
  g_assert_cmpint (boot, >=, (gint64) before.tv_sec * G_USEC_PER_SEC + before.tv_nsec / 1000);
  g_assert_cmpint (boot, <=, (gint64) after.tv_sec * G_USEC_PER_SEC + after.tv_nsec / 1000);
  g_assert_cmpint (ABS (kolo_clock_get_wall_us (system) - g_get_real_time ()), <, G_USEC_PER_SEC);
  g_assert_cmpint (kolo_clock_get_boot_us (system), >=, boot);
}

static void
test_start_day (Fixture       *f,
                gconstpointer  data)
{
  guint state_notified = 0, current_notified = 0, next_notified = 0, day_notified = 0;
  KoloRunState state;
  g_autoptr(KoloActivity) current = NULL;
  g_autoptr(KoloDay) day = NULL;
  g_autoptr(KoloEvent) event = NULL;

  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_STOPPED);
  g_assert_null (kolo_run_get_current (f->run));
  g_assert_null (kolo_run_get_next (f->run));
  g_assert_null (kolo_run_get_day (f->run));
  g_assert_true (kolo_run_get_event (f->run) == f->event);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 0);
  g_assert_cmpint (kolo_run_get_allowed_us (f->run), ==, 0);
  g_assert_cmpfloat (kolo_run_get_progress (f->run), ==, 0.0);
  g_assert_cmpint (kolo_run_get_drift_minutes (f->run), ==, 0);
  g_assert_cmpint (kolo_run_get_projected_end_minute (f->run), ==, 0);
  g_assert_null (kolo_run_find_running_event (f->store));

  g_signal_connect (f->run, "notify::state", G_CALLBACK (kolo_test_count_notify_cb),
                    &state_notified);
  g_signal_connect (f->run, "notify::current", G_CALLBACK (kolo_test_count_notify_cb),
                    &current_notified);
  g_signal_connect (f->run, "notify::next", G_CALLBACK (kolo_test_count_notify_cb), &next_notified);
  g_signal_connect (f->run, "notify::day", G_CALLBACK (kolo_test_count_notify_cb), &day_notified);

  /* "Start the day": the first activity runs at once. */
  start_day (f, 0);
  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_RUNNING);
  assert_current (f, INTRO);
  g_assert_true (kolo_run_get_next (f->run) == activity_at (f, COFFEE));
  g_assert_true (kolo_run_get_day (f->run) == day_at (f, 0));
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 30 * MIN_US);
  g_assert_cmpint (kolo_run_get_allowed_us (f->run), ==, 30 * MIN_US);
  g_assert_cmpuint (state_notified, ==, 1);
  g_assert_cmpuint (current_notified, ==, 1);
  g_assert_cmpuint (next_notified, ==, 1);
  g_assert_cmpuint (day_notified, ==, 1);
  g_assert_cmpuint (f->changed, ==, 1);

  /* The properties say the same. */
  g_object_get (f->run, "state", &state, "current", &current, "day", &day, "event", &event, NULL);
  g_assert_cmpint (state, ==, KOLO_RUN_RUNNING);
  g_assert_true (current == activity_at (f, INTRO));
  g_assert_true (day == day_at (f, 0));
  g_assert_true (event == f->event);

  /* Starting it again is a mistake; the day carries on. */
  REFUSED (kolo_run_start_day (f->run, day_at (f, 0), &refused_error), KOLO_STORE_ERROR_INVALID);
  assert_current (f, INTRO);

  kolo_clock_advance (f->clock, 90 * G_USEC_PER_SEC);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 28 * MIN_US + 30 * G_USEC_PER_SEC);
  g_assert_cmpint (kolo_run_get_elapsed_us (f->run), ==, 90 * G_USEC_PER_SEC);
  g_assert_cmpfloat_with_epsilon (kolo_run_get_progress (f->run), 0.05, 1e-9);

  /* Kolo comes back to this event in run mode. */
  {
    g_autoptr(KoloEvent) running = kolo_run_find_running_event (f->store);
    g_assert_true (running == f->event);
  }

  /* Start is a no-op while running. */
  OK (kolo_run_start);
  g_assert_cmpuint (state_notified, ==, 1);
}

/* Two hours of running with many pauses: the countdown is computed, so it
 * is exact to the microsecond. */
static void
test_pause_resume_exact (Fixture       *f,
                         gconstpointer  data)
{
  gint64 ran = 0, total = 0, actual = 0;
  guint pauses = 0;
  guint state_notified = 0;

  g_signal_connect (f->run, "notify::state", G_CALLBACK (kolo_test_count_notify_cb),
                    &state_notified);
  start_day (f, 0);
  g_assert_cmpuint (state_notified, ==, 1);

  while (total < 2 * 60 * MIN_US)
    {
      gint64 step = g_test_rand_int_range (1, 97 * G_USEC_PER_SEC);
      gboolean running = kolo_run_get_state (f->run) == KOLO_RUN_RUNNING;

      kolo_clock_advance (f->clock, step);
      total += step;
      if (running)
        ran += step;

      g_assert_cmpint (kolo_run_get_elapsed_us (f->run), ==, ran);
      g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 30 * MIN_US - ran);

      if (running)
        {
          OK (kolo_run_pause);
          /* Pausing again changes nothing. */
          OK (kolo_run_pause);
          pauses++;
        }
      else
        OK (kolo_run_resume);
    }

  g_assert_cmpuint (pauses, >, 50);
  g_assert_cmpuint (state_notified, ==,
                    1 + 2 * pauses - (kolo_run_get_state (f->run) == KOLO_RUN_PAUSED));
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 30 * MIN_US - ran);
  g_assert_true (kolo_run_get_actual (f->run, activity_at (f, INTRO), NULL, NULL, &actual));
  g_assert_cmpint (actual, ==, ran);

  /* A pause lasts whatever else happens: time passing, polls. */
  if (kolo_run_get_state (f->run) == KOLO_RUN_RUNNING)
    OK (kolo_run_pause);
  for (guint i = 0; i < 100; i++)
    {
      kolo_clock_advance (f->clock, G_USEC_PER_SEC);
      kolo_run_poll (f->run);
    }
  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_PAUSED);
  g_assert_cmpint (kolo_run_get_elapsed_us (f->run), ==, ran);
  /* "start" is the way out of a pause too. */
  OK (kolo_run_start);
  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_RUNNING);
}

static void
assert_actual (Fixture *f,
               guint    n,
               gint64   started,
               gint64   ended,
               gint64   actual)
{
  gint64 s = -1, e = -1, a = -1;

  g_assert_true (kolo_run_get_actual (f->run, activity_at (f, n), &s, &e, &a));
  g_assert_cmpint (s, ==, started);
  g_assert_cmpint (e, ==, ended);
  g_assert_cmpint (a, ==, actual);
}

static void
test_next_previous (Fixture       *f,
                    gconstpointer  data)
{
  guint next_notified = 0;

  start_day (f, 0);
  g_signal_connect (f->run, "notify::next", G_CALLBACK (kolo_test_count_notify_cb), &next_notified);

  kolo_clock_advance (f->clock, 10 * MIN_US);
  OK (kolo_run_next);
  assert_current (f, COFFEE);
  g_assert_true (kolo_run_get_next (f->run) == activity_at (f, BRAINSTORM));
  g_assert_cmpuint (next_notified, ==, 1);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 15 * MIN_US);
  assert_actual (f, INTRO, f->t0, f->t0 + 10 * MIN_US, 10 * MIN_US);
  assert_actual (f, COFFEE, f->t0 + 10 * MIN_US, 0, 0);

  /* Back: the activity continues from where it was left. */
  kolo_clock_advance (f->clock, 5 * MIN_US);
  OK (kolo_run_previous);
  assert_current (f, INTRO);
  g_assert_cmpint (kolo_run_get_elapsed_us (f->run), ==, 10 * MIN_US);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 20 * MIN_US);
  assert_actual (f, COFFEE, f->t0 + 10 * MIN_US, f->t0 + 15 * MIN_US, 5 * MIN_US);
  assert_actual (f, INTRO, f->t0, 0, 10 * MIN_US);
  REFUSED (kolo_run_previous (f->run, &refused_error), KOLO_STORE_ERROR_INVALID);
  assert_current (f, INTRO);

  kolo_clock_advance (f->clock, MIN_US);
  OK (kolo_run_next);
  assert_current (f, COFFEE);
  g_assert_cmpint (kolo_run_get_elapsed_us (f->run), ==, 5 * MIN_US);
  assert_actual (f, INTRO, f->t0, f->t0 + 16 * MIN_US, 11 * MIN_US);

  /* Skipping ahead, to the other module. */
  OK (kolo_run_next);
  OK (kolo_run_next);
  assert_current (f, LUNCH);
  g_assert_false (kolo_run_get_actual (f->run, activity_at (f, ROLE_PLAY), NULL, NULL, NULL));
  {
    g_autoptr(GError) error = NULL;
    g_assert_true (kolo_run_go_to (f->run, activity_at (f, FEEDBACK), &error));
    g_assert_no_error (error);
    /* Going where we are does nothing. */
    g_assert_true (kolo_run_go_to (f->run, activity_at (f, FEEDBACK), &error));
    g_assert_no_error (error);
  }
  g_assert_null (kolo_run_get_next (f->run));

  /* Next on the last activity ends the day; what ran is kept. */
  kolo_clock_advance (f->clock, 3 * MIN_US);
  OK (kolo_run_next);
  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_STOPPED);
  g_assert_null (kolo_run_get_current (f->run));
  g_assert_null (kolo_run_get_next (f->run));
  g_assert_true (kolo_run_get_day (f->run) == day_at (f, 0));
  assert_actual (f, FEEDBACK, f->t0 + 16 * MIN_US, f->t0 + 19 * MIN_US, 3 * MIN_US);
  assert_actual (f, INTRO, f->t0, f->t0 + 16 * MIN_US, 11 * MIN_US);
  g_assert_null (kolo_run_find_running_event (f->store));

  REFUSED (kolo_run_next (f->run, &refused_error), KOLO_STORE_ERROR_INVALID);
  REFUSED (kolo_run_previous (f->run, &refused_error), KOLO_STORE_ERROR_INVALID);

  /* The stopped run starts its day again, where the first activity was. */
  OK (kolo_run_start);
  assert_current (f, INTRO);
  g_assert_cmpint (kolo_run_get_elapsed_us (f->run), ==, 11 * MIN_US);

  /* And a paused run stays paused whichever way it goes. */
  OK (kolo_run_pause);
  OK (kolo_run_next);
  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_PAUSED);
  assert_current (f, COFFEE);
  kolo_clock_advance (f->clock, 7 * MIN_US);
  g_assert_cmpint (kolo_run_get_elapsed_us (f->run), ==, 5 * MIN_US);
  OK (kolo_run_previous);
  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_PAUSED);
  {
    g_autoptr(GError) error = NULL;
    g_assert_true (kolo_run_go_to (f->run, activity_at (f, EXERCISE), &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_PAUSED);
  g_assert_true (kolo_run_get_day (f->run) == day_at (f, 1));
  g_assert_true (kolo_run_get_next (f->run) == activity_at (f, DISCUSSION));
}

static void
test_go_to_when_stopped (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* The trainer starts the day further on: it runs from there. */
  g_assert_true (kolo_run_go_to (f->run, activity_at (f, BRAINSTORM), &error));
  g_assert_no_error (error);
  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_RUNNING);
  g_assert_true (kolo_run_get_day (f->run) == day_at (f, 0));
  assert_current (f, BRAINSTORM);
  g_assert_false (kolo_run_get_actual (f->run, activity_at (f, INTRO), NULL, NULL, NULL));
  g_assert_true (kolo_run_get_next (f->run) == activity_at (f, LUNCH));

  /* Starting another day of the event ends this one's activity. */
  kolo_clock_advance (f->clock, 4 * MIN_US);
  start_day (f, 1);
  assert_current (f, EXERCISE);
  assert_actual (f, BRAINSTORM, f->t0, f->t0 + 4 * MIN_US, 4 * MIN_US);
}

static void
test_add_minutes (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint changed;

  start_day (f, 0);
  kolo_clock_advance (f->clock, 10 * MIN_US);

  changed = f->changed;
  g_assert_true (kolo_run_add_minutes (f->run, 1, &error));
  g_assert_cmpint (kolo_run_get_allowed_us (f->run), ==, 31 * MIN_US);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 21 * MIN_US);
  g_assert_true (kolo_run_add_minutes (f->run, -2, &error));
  g_assert_cmpint (kolo_run_get_allowed_us (f->run), ==, 29 * MIN_US);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 19 * MIN_US);
  g_assert_cmpuint (f->changed, ==, changed + 2);
  /* The plan itself is untouched. */
  g_assert_cmpint (kolo_activity_get_minutes (activity_at (f, INTRO)), ==, 30);
  g_assert_true (kolo_run_add_minutes (f->run, 0, &error));
  g_assert_cmpuint (f->changed, ==, changed + 2);

  /* Never below one minute: taking too much leaves one, in overrun. */
  g_assert_true (kolo_run_add_minutes (f->run, -100, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kolo_run_get_allowed_us (f->run), ==, MIN_US);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, -9 * MIN_US);
  g_assert_false (kolo_run_add_minutes (f->run, -1, &error));
  g_assert_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (kolo_run_get_allowed_us (f->run), ==, MIN_US);

  /* Never above 600 minutes, the most an activity may plan. */
  g_assert_true (kolo_run_add_minutes (f->run, 1000, &error));
  g_assert_cmpint (kolo_run_get_allowed_us (f->run), ==, 600 * MIN_US);
  g_assert_false (kolo_run_add_minutes (f->run, 1, &error));
  g_assert_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (kolo_run_add_minutes (f->run, -560, &error));
  g_assert_cmpint (kolo_run_get_allowed_us (f->run), ==, 40 * MIN_US);

  /* Added minutes belong to the activity: they are there when it is
   * entered again… */
  OK (kolo_run_next);
  g_assert_cmpint (kolo_run_get_allowed_us (f->run), ==, 15 * MIN_US);
  OK (kolo_run_previous);
  g_assert_cmpint (kolo_run_get_allowed_us (f->run), ==, 40 * MIN_US);

  /* …and the allowance follows the plan when the plan is edited. */
  changed = f->changed;
  kolo_activity_set_minutes (activity_at (f, INTRO), 35);
  g_assert_cmpint (kolo_run_get_allowed_us (f->run), ==, 45 * MIN_US);
  g_assert_cmpuint (f->changed, >, changed);
  kolo_activity_set_minutes (activity_at (f, INTRO), 30);

  /* Stopped, there is nothing to extend. */
  OK (kolo_run_stop_day);
  g_assert_false (kolo_run_add_minutes (f->run, 1, &error));
  g_assert_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID);
}

static void
test_overrun (Fixture       *f,
              gconstpointer  data)
{
  start_day (f, 0);
  kolo_clock_advance (f->clock, 30 * MIN_US - 1);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 1);
  kolo_clock_advance (f->clock, 1);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 0);
  kolo_clock_advance (f->clock, 1);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, -1);
  kolo_clock_advance (f->clock, 11 * MIN_US - 1);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, -11 * MIN_US);
  g_assert_cmpint (kolo_run_get_elapsed_us (f->run), ==, 41 * MIN_US);
  g_assert_cmpfloat (kolo_run_get_progress (f->run), ==, 1.0);

  /* It keeps counting up while it runs, not while paused. */
  OK (kolo_run_pause);
  kolo_clock_advance (f->clock, 5 * MIN_US);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, -11 * MIN_US);
  OK (kolo_run_resume);
  kolo_clock_advance (f->clock, 5 * MIN_US);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, -16 * MIN_US);
}

static void
poll_for (Fixture *f,
          gint64   us,
          gint64   step)
{
  for (gint64 t = 0; t < us; t += step)
    {
      kolo_clock_advance (f->clock, MIN (step, us - t));
      kolo_run_poll (f->run);
    }
}

static void
test_alerts (Fixture       *f,
             gconstpointer  data)
{
  start_day (f, 0);
  kolo_run_poll (f->run);

  /* Two minutes before the end, once. */
  poll_for (f, 28 * MIN_US - 1, G_USEC_PER_SEC);
  g_assert_cmpuint (f->warnings, ==, 0);
  kolo_clock_advance (f->clock, 1);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 2 * MIN_US);
  kolo_run_poll (f->run);
  g_assert_cmpuint (f->warnings, ==, 1);
  poll_for (f, 2 * MIN_US - 1, G_USEC_PER_SEC);
  g_assert_cmpuint (f->warnings, ==, 1);
  g_assert_cmpuint (f->times_up, ==, 0);

  /* At zero, once, and never again however long it overruns. */
  kolo_clock_advance (f->clock, 1);
  kolo_run_poll (f->run);
  g_assert_cmpuint (f->times_up, ==, 1);
  poll_for (f, 10 * MIN_US, G_USEC_PER_SEC);
  g_assert_cmpuint (f->warnings, ==, 1);
  g_assert_cmpuint (f->times_up, ==, 1);
  /* Without auto-advance the activity stays. */
  assert_current (f, INTRO);

  /* More time brings the alerts back for the crossings still ahead. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (kolo_run_add_minutes (f->run, 15, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 5 * MIN_US);
  poll_for (f, 3 * MIN_US, G_USEC_PER_SEC);
  g_assert_cmpuint (f->warnings, ==, 2);
  poll_for (f, 2 * MIN_US, G_USEC_PER_SEC);
  g_assert_cmpuint (f->times_up, ==, 2);
  poll_for (f, MIN_US, G_USEC_PER_SEC);
  g_assert_cmpuint (f->warnings, ==, 2);
  g_assert_cmpuint (f->times_up, ==, 2);

  /* An activity no longer than the warning gets no warning, only its
   * time-up. */
  kolo_run_set_warning_seconds (f->run, 15 * 60);
  OK (kolo_run_next);
  assert_current (f, COFFEE);
  poll_for (f, 15 * MIN_US, G_USEC_PER_SEC);
  g_assert_cmpuint (f->warnings, ==, 2);
  g_assert_cmpuint (f->times_up, ==, 3);

  /* Both crossed at one poll (the laptop slept through them): only the
   * time-up is worth announcing. */
  OK (kolo_run_next);
  assert_current (f, BRAINSTORM);
  kolo_run_poll (f->run);
  kolo_clock_advance (f->clock, 61 * MIN_US);
  kolo_run_poll (f->run);
  g_assert_cmpuint (f->warnings, ==, 2);
  g_assert_cmpuint (f->times_up, ==, 4);

  /* Entering an activity whose time is up already announces nothing. */
  OK (kolo_run_next);
  OK (kolo_run_previous);
  kolo_run_poll (f->run);
  g_assert_cmpuint (f->times_up, ==, 4);

  /* Nothing is announced while paused; the warning comes on resuming. */
  kolo_run_set_warning_seconds (f->run, 120);
  OK (kolo_run_next);
  assert_current (f, LUNCH);
  OK (kolo_run_pause);
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (kolo_run_add_minutes (f->run, -59, &error));
    g_assert_no_error (error);
  }
  poll_for (f, 10 * MIN_US, G_USEC_PER_SEC);
  g_assert_cmpuint (f->warnings, ==, 2);
  OK (kolo_run_resume);
  kolo_run_poll (f->run);
  g_assert_cmpuint (f->warnings, ==, 3);

  /* A warning of 0 seconds is no warning. */
  kolo_run_set_warning_seconds (f->run, 0);
  OK (kolo_run_next);
  poll_for (f, 91 * MIN_US, 10 * G_USEC_PER_SEC);
  g_assert_cmpuint (f->warnings, ==, 3);
  g_assert_cmpuint (f->times_up, ==, 5);
}

static void
test_auto_advance (Fixture       *f,
                   gconstpointer  data)
{
  guint auto_notified = 0;

  g_assert_false (kolo_run_get_auto_advance (f->run));
  g_signal_connect (f->run, "notify::auto-advance", G_CALLBACK (kolo_test_count_notify_cb),
                    &auto_notified);
  kolo_run_set_auto_advance (f->run, TRUE);
  g_object_set (f->run, "auto-advance", TRUE, NULL);
  g_assert_cmpuint (auto_notified, ==, 1);

  start_day (f, 0);
  poll_for (f, 30 * MIN_US, G_USEC_PER_SEC);
  g_assert_cmpuint (f->times_up, ==, 1);
  assert_current (f, COFFEE);
  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_RUNNING);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 15 * MIN_US);
  assert_actual (f, INTRO, f->t0, f->t0 + 30 * MIN_US, 30 * MIN_US);

  /* Going back to an activity whose time is up stays there. */
  OK (kolo_run_previous);
  poll_for (f, MIN_US, G_USEC_PER_SEC);
  assert_current (f, INTRO);
  g_assert_cmpuint (f->times_up, ==, 1);

  /* Paused at the end: nothing moves. */
  OK (kolo_run_next);
  OK (kolo_run_pause);
  poll_for (f, 20 * MIN_US, G_USEC_PER_SEC);
  assert_current (f, COFFEE);
  OK (kolo_run_resume);
  poll_for (f, 15 * MIN_US, G_USEC_PER_SEC);
  assert_current (f, BRAINSTORM);
  g_assert_cmpuint (f->times_up, ==, 2);

  /* The day's last activity does not end the day by itself. */
  {
    g_autoptr(GError) error = NULL;
    g_assert_true (kolo_run_go_to (f->run, activity_at (f, FEEDBACK), &error));
  }
  poll_for (f, 20 * MIN_US, G_USEC_PER_SEC);
  g_assert_cmpuint (f->times_up, ==, 3);
  assert_current (f, FEEDBACK);
  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_RUNNING);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, -5 * MIN_US);

  kolo_run_set_auto_advance (f->run, FALSE);
  g_assert_cmpuint (auto_notified, ==, 2);
}

static void
test_drift (Fixture       *f,
            gconstpointer  data)
{
  KoloDay *day = day_at (f, 0);

  /* On time at 10:00: ends as planned, 14:30. */
  g_assert_cmpint (kolo_day_get_planned_end_minute (day), ==, 14 * 60 + 30);
  start_day (f, 0);
  g_assert_cmpint (kolo_run_get_drift_minutes (f->run), ==, 0);
  g_assert_cmpint (kolo_run_get_projected_end_minute (f->run), ==, 14 * 60 + 30);
  kolo_clock_advance (f->clock, 10 * MIN_US);
  g_assert_cmpint (kolo_run_get_drift_minutes (f->run), ==, 0);

  /* An 8-minute pause: 8 minutes behind, growing while paused. */
  OK (kolo_run_pause);
  kolo_clock_advance (f->clock, 8 * MIN_US);
  g_assert_cmpint (kolo_run_get_drift_minutes (f->run), ==, 8);
  g_assert_cmpint (kolo_run_get_projected_end_minute (f->run), ==, 14 * 60 + 38);
  OK (kolo_run_resume);
  g_assert_cmpint (kolo_run_get_drift_minutes (f->run), ==, 8);

  /* The introduction cut short by 20 minutes: 12 minutes ahead. */
  OK (kolo_run_next);
  g_assert_cmpint (kolo_run_get_drift_minutes (f->run), ==, -12);
  g_assert_cmpint (kolo_run_get_projected_end_minute (f->run), ==, 14 * 60 + 18);

  /* Overrun counts as it goes: 10 minutes over the coffee break. */
  kolo_clock_advance (f->clock, 25 * MIN_US);
  g_assert_cmpint (kolo_run_get_drift_minutes (f->run), ==, -2);
  kolo_clock_advance (f->clock, 4 * MIN_US);
  g_assert_cmpint (kolo_run_get_drift_minutes (f->run), ==, 2);

  /* Half a minute rounds up, less rounds down. */
  kolo_clock_advance (f->clock, 29 * G_USEC_PER_SEC);
  g_assert_cmpint (kolo_run_get_drift_minutes (f->run), ==, 2);
  kolo_clock_advance (f->clock, G_USEC_PER_SEC);
  g_assert_cmpint (kolo_run_get_drift_minutes (f->run), ==, 3);

  /* Shortening what lies ahead wins time back against the plan the day
   * started with (14:30), though the plan now ends at 14:20. */
  kolo_activity_set_minutes (activity_at (f, ROLE_PLAY), 80);
  g_assert_cmpint (kolo_day_get_planned_end_minute (day), ==, 14 * 60 + 20);
  g_assert_cmpint (kolo_run_get_projected_end_minute (f->run), ==, 14 * 60 + 23);
  g_assert_cmpint (kolo_run_get_drift_minutes (f->run), ==, -7);

  /* That plan is kept with the run. */
  crash_and_restart (f, 0);
  day = day_at (f, 0);
  g_assert_cmpint (kolo_run_get_drift_minutes (f->run), ==, -7);

  /* A late start shows at once. */
  OK (kolo_run_stop_day);
  g_assert_cmpint (kolo_run_get_drift_minutes (f->run), ==, 0);
  g_assert_cmpint (kolo_run_get_projected_end_minute (f->run), ==, 14 * 60 + 20);
  OK (kolo_run_reset_day);
  kolo_clock_set_wall (f->clock, f->t0 + 5 * MIN_US);
  start_day (f, 0);
  g_assert_cmpint (kolo_run_get_drift_minutes (f->run), ==, 5);

  /* A day that began at 23:00 and runs past midnight keeps counting. */
  OK (kolo_run_reset_day);
  kolo_day_set_start_minute (day, 23 * 60);
  kolo_clock_set_wall (f->clock, f->t0 + 13 * 60 * MIN_US);
  start_day (f, 0);
  g_assert_cmpint (kolo_run_get_drift_minutes (f->run), ==, 0);
  kolo_clock_advance (f->clock, 70 * MIN_US);
  g_assert_cmpint (kolo_run_get_projected_end_minute (f->run), ==,
                   24 * 60 + 10 + 15 + 60 + 60 + 80 + 15);
  g_assert_cmpint (kolo_run_get_drift_minutes (f->run), ==, 40);

  /* A day that began at 10:00 of its date and is still running at 00:30
   * the next morning is 14½ hours in, not 9½ hours before its start. */
  OK (kolo_run_reset_day);
  kolo_day_set_start_minute (day, 10 * 60);
  kolo_clock_set_wall (f->clock, f->t0);
  start_day (f, 0);
  kolo_clock_advance (f->clock, (14 * 60 + 30) * MIN_US);
  g_assert_cmpint (kolo_run_get_projected_end_minute (f->run), >=, 24 * 60 + 30);
  g_assert_cmpint (kolo_run_get_drift_minutes (f->run), >, 0);
}

/* Kolo is killed mid-activity and started again minutes later: it
 * comes back on the same activity, with those minutes counted. */
static void
test_restore_after_crash (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  start_day (f, 0);
  kolo_clock_advance (f->clock, 3 * MIN_US);
  OK (kolo_run_next);
  kolo_clock_advance (f->clock, 2 * MIN_US);
  OK (kolo_run_pause);
  kolo_clock_advance (f->clock, MIN_US);
  OK (kolo_run_resume);
  g_assert_true (kolo_run_add_minutes (f->run, 2, &error));
  kolo_clock_advance (f->clock, 7 * MIN_US + 123);
  id = kolo_activity_get_id (kolo_run_get_current (f->run));
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 8 * MIN_US - 123);

  crash_and_restart (f, 6 * MIN_US);

  {
    g_autoptr(KoloEvent) running = kolo_run_find_running_event (f->store);
    g_assert_true (running == f->event);
  }
  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_RUNNING);
  g_assert_cmpint (kolo_activity_get_id (kolo_run_get_current (f->run)), ==, id);
  assert_current (f, COFFEE);
  g_assert_true (kolo_run_get_day (f->run) == day_at (f, 0));
  g_assert_cmpint (kolo_run_get_allowed_us (f->run), ==, 17 * MIN_US);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 2 * MIN_US - 123);
  g_assert_cmpint (kolo_run_get_elapsed_us (f->run), ==, 15 * MIN_US + 123);
  assert_actual (f, COFFEE, f->t0 + 3 * MIN_US, 0, 15 * MIN_US + 123);
  assert_actual (f, INTRO, f->t0, f->t0 + 3 * MIN_US, 3 * MIN_US);

  /* The warning was not given before the crash: it comes now. */
  kolo_run_poll (f->run);
  g_assert_cmpuint (f->warnings, ==, 1);
  kolo_clock_advance (f->clock, 3 * MIN_US);
  kolo_run_poll (f->run);
  g_assert_cmpuint (f->times_up, ==, 1);

  /* Given before the crash, it is not given again. */
  crash_and_restart (f, MIN_US);
  poll_for (f, MIN_US, G_USEC_PER_SEC);
  g_assert_cmpuint (f->warnings, ==, 0);
  g_assert_cmpuint (f->times_up, ==, 0);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, -3 * MIN_US - 123);

  /* A pause survives a crash exactly, however long Kolo was away. */
  OK (kolo_run_next);
  kolo_clock_advance (f->clock, 11 * MIN_US + 7);
  OK (kolo_run_pause);
  kolo_clock_advance (f->clock, 4 * MIN_US);
  crash_and_restart (f, 50 * MIN_US);
  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_PAUSED);
  assert_current (f, BRAINSTORM);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 49 * MIN_US - 7);
  OK (kolo_run_resume);
  kolo_clock_advance (f->clock, MIN_US);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 48 * MIN_US - 7);

  /* A stopped day comes back stopped, on its day. */
  OK (kolo_run_stop_day);
  crash_and_restart (f, MIN_US);
  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_STOPPED);
  g_assert_null (kolo_run_get_current (f->run));
  g_assert_true (kolo_run_get_day (f->run) == day_at (f, 0));
  g_assert_null (kolo_run_find_running_event (f->store));
  assert_actual (f, BRAINSTORM, f->t0 + 24 * MIN_US + 123, f->t0 + 90 * MIN_US + 130,
                 12 * MIN_US + 7);
}

/* The laptop sleeps for an hour: the countdown goes on (boot time counts
 * suspend, and after a restart the wall clock does). */
static void
test_sleep (Fixture       *f,
            gconstpointer  data)
{
  start_day (f, 0);
  kolo_clock_advance (f->clock, 10 * MIN_US);
  kolo_clock_advance (f->clock, 60 * MIN_US);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, -40 * MIN_US);
  kolo_run_poll (f->run);
  g_assert_cmpuint (f->times_up, ==, 1);
  g_assert_cmpuint (f->warnings, ==, 0);

  /* Asleep while paused: nothing runs. */
  OK (kolo_run_next);
  kolo_clock_advance (f->clock, MIN_US);
  OK (kolo_run_pause);
  kolo_clock_advance (f->clock, 60 * MIN_US);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 14 * MIN_US);

  /* Asleep, then killed, then started: the hour still counts. */
  OK (kolo_run_resume);
  kolo_clock_advance (f->clock, 60 * MIN_US);
  crash_and_restart (f, 0);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, -46 * MIN_US);
}

/* NTP sets the clock back an hour while the day runs: the countdown does
 * not notice, and a restart afterwards is still right. */
static void
test_wall_jump_while_running (Fixture       *f,
                              gconstpointer  data)
{
  start_day (f, 0);
  kolo_clock_advance (f->clock, 5 * MIN_US);
  kolo_clock_set_wall (f->clock, f->t0 + 5 * MIN_US - 60 * MIN_US);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 25 * MIN_US);
  kolo_clock_advance (f->clock, MIN_US);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 24 * MIN_US);

  /* The next tick stores the run against the clock as it is now. */
  kolo_run_poll (f->run);
  crash_and_restart (f, 2 * MIN_US);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 22 * MIN_US);

  /* Forwards too. */
  kolo_clock_set_wall (f->clock, kolo_clock_get_wall_us (f->clock) + 3 * 60 * MIN_US);
  kolo_clock_advance (f->clock, MIN_US);
  kolo_run_poll (f->run);
  crash_and_restart (f, MIN_US);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 20 * MIN_US);
}

/* The wall clock was set back while Kolo was not running: the time away
 * counts as nothing, and elapsed time never goes negative. */
static void
test_wall_backwards_between_runs (Fixture       *f,
                                  gconstpointer  data)
{
  start_day (f, 0);
  kolo_clock_advance (f->clock, 10 * MIN_US);
  OK (kolo_run_pause);
  OK (kolo_run_resume);
  kolo_clock_advance (f->clock, 2 * MIN_US);

  drop_everything (f);
  kolo_clock_set_wall (f->clock, f->t0 - 2 * 60 * MIN_US);
  reopen (f);

  /* As when it was last stored: the two minutes after are lost. */
  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_RUNNING);
  g_assert_cmpint (kolo_run_get_elapsed_us (f->run), ==, 10 * MIN_US);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 20 * MIN_US);
  kolo_clock_advance (f->clock, MIN_US);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 19 * MIN_US);

  /* From there on it counts against the clock as it is. */
  crash_and_restart (f, MIN_US);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 18 * MIN_US);

  /* Whatever the stored instants say: never negative. */
  drop_everything (f);
  exec_raw (f, "UPDATE runs SET origin_wall = saved_wall + 3600000000");
  reopen (f);
  g_assert_cmpint (kolo_run_get_elapsed_us (f->run), ==, 0);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 30 * MIN_US);
}

/* The agenda is edited while the day runs: the run follows, never points
 * at what is gone, and keeps the times of the others. */
static void
test_agenda_edits (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloActivity) coffee = g_object_ref (activity_at (f, COFFEE));
  g_autoptr(KoloActivity) brainstorm = g_object_ref (activity_at (f, BRAINSTORM));
  guint current_notified = 0, next_notified = 0, day_notified = 0;

  start_day (f, 0);
  kolo_clock_advance (f->clock, 5 * MIN_US);
  OK (kolo_run_next);
  kolo_clock_advance (f->clock, 3 * MIN_US);
  g_signal_connect (f->run, "notify::current", G_CALLBACK (kolo_test_count_notify_cb),
                    &current_notified);
  g_signal_connect (f->run, "notify::next", G_CALLBACK (kolo_test_count_notify_cb), &next_notified);
  g_signal_connect (f->run, "notify::day", G_CALLBACK (kolo_test_count_notify_cb), &day_notified);

  /* The running activity is deleted: the next one runs, from its start. */
  g_assert_true (kolo_module_remove_activity (module_at (f, 0, 0), coffee, &error));
  g_assert_no_error (error);
  /* Until the main loop runs, the run answers without harm. */
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 12 * MIN_US);
  g_assert_null (kolo_run_get_next (f->run));
  iterate ();
  g_assert_cmpuint (current_notified, ==, 1);
  assert_current (f, BRAINSTORM);
  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_RUNNING);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 60 * MIN_US);
  assert_actual (f, INTRO, f->t0, f->t0 + 5 * MIN_US, 5 * MIN_US);
  g_assert_false (kolo_run_get_actual (f->run, coffee, NULL, NULL, NULL));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM activity_runs"), ==, 2);

  /* The running activity moves to another day: the next one of this day
   * runs, and the moved one keeps its record. */
  kolo_clock_advance (f->clock, 2 * MIN_US);
  g_assert_true (kolo_activity_move (brainstorm, module_at (f, 1, 0), 0, &error));
  g_assert_no_error (error);
  iterate ();
  assert_current (f, LUNCH);
  g_assert_cmpuint (current_notified, ==, 2);
  assert_actual (f, BRAINSTORM, f->t0 + 8 * MIN_US, f->t0 + 10 * MIN_US, 2 * MIN_US);

  /* Moving it within the day is no deletion, though for a moment it is
   * out of its list. */
  next_notified = 0;
  g_assert_true (kolo_activity_move (activity_at (f, LUNCH), module_at (f, 0, 1), 1, &error));
  g_assert_no_error (error);
  kolo_run_poll (f->run);
  assert_current (f, LUNCH);
  g_assert_cmpuint (current_notified, ==, 2);
  g_assert_true (kolo_run_get_next (f->run) == activity_at (f, FEEDBACK));
  g_assert_cmpuint (next_notified, ==, 1);
  kolo_clock_advance (f->clock, MIN_US);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 59 * MIN_US);

  /* An activity added after the current one is next. */
  {
    g_autoptr(KoloActivity) added = kolo_activity_new (KOLO_ACTIVITY_EXERCISE, "Нова вправа", 20);

    g_assert_true (kolo_module_insert_activity (module_at (f, 0, 1), 2, added, &error));
    g_assert_no_error (error);
    iterate ();
    g_assert_true (kolo_run_get_next (f->run) == added);
    g_assert_cmpuint (next_notified, ==, 2);
  }

  /* The whole module goes, with everything after the current activity:
   * the day ends. */
  g_assert_true (kolo_day_remove_module (day_at (f, 0), module_at (f, 0, 1), &error));
  g_assert_no_error (error);
  iterate ();
  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_STOPPED);
  g_assert_null (kolo_run_get_current (f->run));
  g_assert_true (kolo_run_get_day (f->run) == day_at (f, 0));

  /* The day itself goes while it runs: the run stops, with no day. */
  start_day (f, 1);
  assert_current (f, BRAINSTORM);
  g_assert_cmpint (kolo_run_get_elapsed_us (f->run), ==, 2 * MIN_US);
  day_notified = 0;
  {
    g_autoptr(KoloDay) day = g_object_ref (day_at (f, 1));

    g_assert_true (kolo_event_remove_day (f->event, day, &error));
    g_assert_no_error (error);
  }
  iterate ();
  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_STOPPED);
  g_assert_null (kolo_run_get_day (f->run));
  g_assert_cmpuint (day_notified, ==, 1);
  g_assert_null (kolo_run_find_running_event (f->store));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM runs WHERE day_id IS NULL"), ==, 1);
  OK (kolo_run_stop_day);
}

/* The running activity was deleted while Kolo was not running: at the
 * restart the run goes on after the last activity that ran. */
static void
test_deleted_while_away (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *sql = NULL;

  start_day (f, 0);
  kolo_clock_advance (f->clock, 5 * MIN_US);
  OK (kolo_run_next);
  sql = g_strdup_printf ("PRAGMA foreign_keys = ON; DELETE FROM activities WHERE id = %"
                         G_GINT64_FORMAT, kolo_activity_get_id (activity_at (f, COFFEE)));
  drop_everything (f);
  exec_raw (f, sql);
  kolo_clock_advance (f->clock, MIN_US);
  reopen (f);

  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_RUNNING);
  assert_current (f, BRAINSTORM);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 60 * MIN_US);
  assert_actual (f, INTRO, f->t0, f->t0 + 5 * MIN_US, 5 * MIN_US);

  /* When it was the last one, the day ends. */
  OK (kolo_run_next);
  OK (kolo_run_next);
  OK (kolo_run_next);
  assert_current (f, FEEDBACK);
  g_free (sql);
  sql = g_strdup_printf ("PRAGMA foreign_keys = ON; DELETE FROM activities WHERE id = %"
                         G_GINT64_FORMAT, kolo_activity_get_id (activity_at (f, FEEDBACK)));
  drop_everything (f);
  exec_raw (f, sql);
  reopen (f);
  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_STOPPED);
  g_assert_null (kolo_run_get_current (f->run));
  g_assert_null (kolo_run_find_running_event (f->store));
}

static void
assert_plan (GArray     *plan,
             const int  *expected,
             guint       n)
{
  g_assert_cmpuint (plan->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      KoloCatchUp *entry = &g_array_index (plan, KoloCatchUp, i);

      g_assert_cmpint (entry->old_minutes, ==, kolo_activity_get_minutes (entry->activity));
      if (entry->new_minutes != expected[i])
        g_error ("entry %u (%s): %d minutes, expected %d", i,
                 kolo_activity_get_title (entry->activity), entry->new_minutes, expected[i]);
    }
}

static int
minutes_won (GArray *plan)
{
  int won = 0;

  for (guint i = 0; i < plan->len; i++)
    won += g_array_index (plan, KoloCatchUp, i).old_minutes -
           g_array_index (plan, KoloCatchUp, i).new_minutes;
  return won;
}

static void
test_catch_up (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GArray) plan = NULL;
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();

  /* Stopped: nothing to plan. */
  plan = kolo_run_plan_catch_up (f->run, 10, NULL);
  g_assert_cmpuint (plan->len, ==, 0);
  g_clear_pointer (&plan, g_array_unref);

  start_day (f, 0);

  /* After the introduction: coffee 15, brainstorm 60, lunch 60, role-play
   * 90, feedback 15.  Breaks and lunch keep their length; the others give
   * in proportion: 33 = 12 + 18 + 3. */
  plan = kolo_run_plan_catch_up (f->run, 33, NULL);
  assert_plan (plan, (int[]) { 15, 48, 60, 72, 12 }, 5);
  g_assert_true (g_array_index (plan, KoloCatchUp, 0).activity == activity_at (f, COFFEE));
  g_assert_true (g_array_index (plan, KoloCatchUp, 4).activity == activity_at (f, FEEDBACK));
  g_clear_pointer (&plan, g_array_unref);

  /* Whole minutes, and the total exact: 3.6 + 5.5 + 0.9 → 4 + 5 + 1. */
  plan = kolo_run_plan_catch_up (f->run, 10, NULL);
  assert_plan (plan, (int[]) { 15, 56, 60, 85, 14 }, 5);
  g_assert_cmpint (minutes_won (plan), ==, 10);
  g_clear_pointer (&plan, g_array_unref);

  for (int win = 0; win <= 170; win++)
    {
      plan = kolo_run_plan_catch_up (f->run, win, NULL);
      g_assert_cmpint (minutes_won (plan), ==, MIN (win, 59 + 89 + 14));
      for (guint i = 0; i < plan->len; i++)
        {
          KoloCatchUp *entry = &g_array_index (plan, KoloCatchUp, i);

          g_assert_cmpint (entry->new_minutes, >=, 1);
          g_assert_cmpint (entry->new_minutes, <=, entry->old_minutes);
          if (kolo_activity_kind_is_pause (kolo_activity_get_kind (entry->activity)))
            g_assert_cmpint (entry->new_minutes, ==, entry->old_minutes);
        }
      g_clear_pointer (&plan, g_array_unref);
    }

  /* More than there is: every one down to a minute, pauses kept. */
  plan = kolo_run_plan_catch_up (f->run, 1000, NULL);
  assert_plan (plan, (int[]) { 15, 1, 60, 1, 1 }, 5);
  g_clear_pointer (&plan, g_array_unref);

  /* Nothing, or less than nothing, to win. */
  plan = kolo_run_plan_catch_up (f->run, 0, NULL);
  assert_plan (plan, (int[]) { 15, 60, 60, 90, 15 }, 5);
  g_clear_pointer (&plan, g_array_unref);
  plan = kolo_run_plan_catch_up (f->run, -5, NULL);
  assert_plan (plan, (int[]) { 15, 60, 60, 90, 15 }, 5);
  g_clear_pointer (&plan, g_array_unref);

  /* Only the chosen ones, a break included; the current activity is not
   * after itself and is left alone. */
  g_ptr_array_add (chosen, activity_at (f, COFFEE));
  g_ptr_array_add (chosen, activity_at (f, ROLE_PLAY));
  g_ptr_array_add (chosen, activity_at (f, INTRO));
  plan = kolo_run_plan_catch_up (f->run, 21, chosen);
  assert_plan (plan, (int[]) { 12, 60, 60, 72, 15 }, 5);
  g_clear_pointer (&plan, g_array_unref);

  /* A share bigger than the activity can give: it goes to one minute, and
   * the rest falls on the others. */
  plan = kolo_run_plan_catch_up (f->run, 100, chosen);
  assert_plan (plan, (int[]) { 1, 60, 60, 4, 15 }, 5);
  g_assert_cmpint (minutes_won (plan), ==, 100);
  g_clear_pointer (&plan, g_array_unref);

  /* None chosen: nothing changes. */
  g_ptr_array_set_size (chosen, 0);
  plan = kolo_run_plan_catch_up (f->run, 10, chosen);
  assert_plan (plan, (int[]) { 15, 60, 60, 90, 15 }, 5);
  g_clear_pointer (&plan, g_array_unref);

  /* Applied by the caller, the plan wins the time back. */
  kolo_clock_advance (f->clock, 45 * MIN_US);
  g_assert_cmpint (kolo_run_get_drift_minutes (f->run), ==, 15);
  plan = kolo_run_plan_catch_up (f->run, kolo_run_get_drift_minutes (f->run), NULL);
  for (guint i = 0; i < plan->len; i++)
    kolo_activity_set_minutes (g_array_index (plan, KoloCatchUp, i).activity,
                               g_array_index (plan, KoloCatchUp, i).new_minutes);
  g_assert_cmpint (kolo_run_get_drift_minutes (f->run), ==, 0);

  /* On the last activity there is nothing after. */
  {
    g_autoptr(GError) error = NULL;
    g_assert_true (kolo_run_go_to (f->run, activity_at (f, FEEDBACK), &error));
  }
  g_clear_pointer (&plan, g_array_unref);
  plan = kolo_run_plan_catch_up (f->run, 10, NULL);
  g_assert_cmpuint (plan->len, ==, 0);
}

static void
test_actual_times (Fixture       *f,
                   gconstpointer  data)
{
  gint64 started = -1, ended = -1, actual = -1;

  g_assert_false (kolo_run_get_actual (f->run, activity_at (f, INTRO), &started, &ended, &actual));
  g_assert_cmpint (started, ==, -1);

  kolo_clock_advance (f->clock, 2 * MIN_US);
  start_day (f, 0);
  kolo_clock_advance (f->clock, 5 * MIN_US);
  OK (kolo_run_pause);
  kolo_clock_advance (f->clock, 3 * MIN_US);
  OK (kolo_run_resume);
  kolo_clock_advance (f->clock, 2 * MIN_US);

  /* The current activity: started, not ended, running time so far. */
  assert_actual (f, INTRO, f->t0 + 2 * MIN_US, 0, 7 * MIN_US);
  g_assert_true (kolo_run_get_actual (f->run, activity_at (f, INTRO), NULL, NULL, NULL));

  OK (kolo_run_next);
  assert_actual (f, INTRO, f->t0 + 2 * MIN_US, f->t0 + 12 * MIN_US, 7 * MIN_US);
  /* The pauses are kept too. */
  g_assert_cmpint (query_int (f, "SELECT paused_us FROM activity_runs"
                                 " ORDER BY started_wall LIMIT 1"),
                   ==, 3 * MIN_US);

  kolo_clock_advance (f->clock, 20 * MIN_US);
  OK (kolo_run_stop_day);
  assert_actual (f, COFFEE, f->t0 + 12 * MIN_US, f->t0 + 32 * MIN_US, 20 * MIN_US);
  g_assert_false (kolo_run_get_actual (f->run, activity_at (f, BRAINSTORM), NULL, NULL, NULL));

  /* And they outlive Kolo. */
  crash_and_restart (f, 0);
  assert_actual (f, INTRO, f->t0 + 2 * MIN_US, f->t0 + 12 * MIN_US, 7 * MIN_US);
  assert_actual (f, COFFEE, f->t0 + 12 * MIN_US, f->t0 + 32 * MIN_US, 20 * MIN_US);
}

static void
test_restart_reset (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint changed;

  start_day (f, 0);
  kolo_clock_advance (f->clock, 10 * MIN_US);
  g_assert_true (kolo_run_add_minutes (f->run, 5, &error));
  OK (kolo_run_pause);
  kolo_clock_advance (f->clock, MIN_US);
  OK (kolo_run_resume);

  changed = f->changed;
  OK (kolo_run_restart_activity);
  g_assert_cmpuint (f->changed, ==, changed + 1);
  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_RUNNING);
  g_assert_cmpint (kolo_run_get_elapsed_us (f->run), ==, 0);
  g_assert_cmpint (kolo_run_get_allowed_us (f->run), ==, 30 * MIN_US);
  assert_actual (f, INTRO, f->t0 + 11 * MIN_US, 0, 0);
  kolo_clock_advance (f->clock, 2 * MIN_US);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 28 * MIN_US);

  /* A paused activity restarts paused. */
  OK (kolo_run_pause);
  OK (kolo_run_restart_activity);
  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_PAUSED);
  kolo_clock_advance (f->clock, MIN_US);
  g_assert_cmpint (kolo_run_get_elapsed_us (f->run), ==, 0);
  OK (kolo_run_resume);

  /* Another day's times are not this day's to reset. */
  {
    g_assert_true (kolo_run_go_to (f->run, activity_at (f, EXERCISE), &error));
    kolo_clock_advance (f->clock, MIN_US);
    g_assert_true (kolo_run_go_to (f->run, activity_at (f, COFFEE), &error));
    kolo_clock_advance (f->clock, MIN_US);
  }
  changed = f->changed;
  OK (kolo_run_reset_day);
  g_assert_cmpuint (f->changed, ==, changed + 1);
  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_STOPPED);
  g_assert_null (kolo_run_get_current (f->run));
  g_assert_true (kolo_run_get_day (f->run) == day_at (f, 0));
  g_assert_false (kolo_run_get_actual (f->run, activity_at (f, INTRO), NULL, NULL, NULL));
  g_assert_false (kolo_run_get_actual (f->run, activity_at (f, COFFEE), NULL, NULL, NULL));
  assert_actual (f, EXERCISE, f->t0 + 14 * MIN_US, f->t0 + 15 * MIN_US, MIN_US);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM activity_runs"), ==, 1);

  /* Started again, the day starts from nothing. */
  start_day (f, 0);
  g_assert_cmpint (kolo_run_get_elapsed_us (f->run), ==, 0);
}

static void
test_failures (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(KoloDoc) doc = make_doc ();
  g_autoptr(KoloEvent) other = NULL;
  g_autoptr(KoloEvent) blank = NULL;
  g_autoptr(KoloRun) blank_run = NULL;
  g_autoptr(GError) error = NULL;
  guint changed, write_failed = 0;

  other = kolo_store_insert_event (f->store, doc, &error);
  g_assert_no_error (error);

  /* Nothing runs: nothing to pause, resume, skip, extend or restart. */
  REFUSED (kolo_run_pause (f->run, &refused_error), KOLO_STORE_ERROR_INVALID);
  REFUSED (kolo_run_resume (f->run, &refused_error), KOLO_STORE_ERROR_INVALID);
  REFUSED (kolo_run_next (f->run, &refused_error), KOLO_STORE_ERROR_INVALID);
  REFUSED (kolo_run_previous (f->run, &refused_error), KOLO_STORE_ERROR_INVALID);
  REFUSED (kolo_run_add_minutes (f->run, 1, &refused_error), KOLO_STORE_ERROR_INVALID);
  REFUSED (kolo_run_restart_activity (f->run, &refused_error), KOLO_STORE_ERROR_INVALID);
  REFUSED (kolo_run_reset_day (f->run, &refused_error), KOLO_STORE_ERROR_INVALID);
  /* No day was ever started: "start" does not know which. */
  REFUSED (kolo_run_start (f->run, &refused_error), KOLO_STORE_ERROR_INVALID);
  /* Stopping a stopped run is no mistake, and no change. */
  OK (kolo_run_stop_day);
  g_assert_cmpuint (f->changed, ==, 0);

  /* Days and activities of another event are not this run's. */
  {
    g_autoptr(KoloDay) day = g_list_model_get_item (kolo_event_get_days (other), 0);
    g_autoptr(KoloModule) module = g_list_model_get_item (kolo_day_get_modules (day), 0);
    g_autoptr(KoloActivity) activity = NULL;

    activity = g_list_model_get_item (kolo_module_get_activities (module), 0);

    REFUSED (kolo_run_start_day (f->run, day, &refused_error), KOLO_STORE_ERROR_INVALID);
    REFUSED (kolo_run_go_to (f->run, activity, &refused_error), KOLO_STORE_ERROR_INVALID);
  }
  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_STOPPED);

  /* A day with nothing in it cannot start. */
  blank = kolo_store_create_event (f->store, "Порожня подія", NULL, &error);
  g_assert_no_error (error);
  blank_run = kolo_run_get_for_event (blank, NULL, &error);
  g_assert_no_error (error);
  {
    g_autoptr(KoloDay) day = g_list_model_get_item (kolo_event_get_days (blank), 0);

    REFUSED (kolo_run_start_day (blank_run, day, &refused_error), KOLO_STORE_ERROR_INVALID);
  }
  g_assert_cmpint (kolo_run_get_state (blank_run), ==, KOLO_RUN_STOPPED);
  g_assert_cmpint (kolo_run_get_drift_minutes (blank_run), ==, 0);

  /* The store refuses a write: the action fails, and nothing changes, on
   * screen or in the file. */
  start_day (f, 0);
  kolo_clock_advance (f->clock, MIN_US);
  exec_raw (f, "CREATE TRIGGER refuse_runs BEFORE INSERT ON runs"
               " BEGIN SELECT RAISE (ABORT, 'the disk is full'); END;");
  changed = f->changed;
  REFUSED (kolo_run_pause (f->run, &refused_error), KOLO_STORE_ERROR_INVALID);
  REFUSED (kolo_run_next (f->run, &refused_error), KOLO_STORE_ERROR_INVALID);
  REFUSED (kolo_run_add_minutes (f->run, 1, &refused_error), KOLO_STORE_ERROR_INVALID);
  REFUSED (kolo_run_restart_activity (f->run, &refused_error), KOLO_STORE_ERROR_INVALID);
  REFUSED (kolo_run_stop_day (f->run, &refused_error), KOLO_STORE_ERROR_INVALID);
  REFUSED (kolo_run_reset_day (f->run, &refused_error), KOLO_STORE_ERROR_INVALID);
  g_assert_cmpuint (f->changed, ==, changed);
  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_RUNNING);
  assert_current (f, INTRO);
  g_assert_cmpint (kolo_run_get_elapsed_us (f->run), ==, MIN_US);
  g_assert_cmpint (kolo_run_get_allowed_us (f->run), ==, 30 * MIN_US);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM activity_runs"), ==, 1);
  g_assert_true (kolo_run_get_actual (f->run, activity_at (f, INTRO), NULL, NULL, NULL));

  /* Where nobody can be told, the store says so; the alerts still come. */
  kolo_test_count_write_failed (f->store, &write_failed);
  kolo_clock_advance (f->clock, 28 * MIN_US);
  kolo_run_poll (f->run);
  g_assert_cmpuint (f->warnings, ==, 1);
  g_assert_cmpuint (write_failed, ==, 1);
  kolo_run_poll (f->run);
  g_assert_cmpuint (f->warnings, ==, 1);

  /* A restart that cannot store the restored run fails. */
  drop_everything (f);
  f->store = kolo_store_open (f->path, &error);
  g_assert_no_error (error);
  f->event = kolo_store_lookup_event (f->store, f->event_id, &error);
  g_assert_no_error (error);
  g_assert_null (kolo_run_get_for_event (f->event, f->clock, &error));
  g_assert_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Once the store takes writes again, all is well. */
  exec_raw (f, "DROP TRIGGER refuse_runs");
  connect_run (f);
  assert_current (f, INTRO);
  OK (kolo_run_pause);

  /* A run whose store closed keeps answering, and refuses actions. */
  g_clear_object (&blank_run);
  g_clear_object (&blank);
  g_clear_object (&other);
  g_assert_finalize_object (f->store);
  f->store = NULL;
  REFUSED (kolo_run_resume (f->run, &refused_error), KOLO_STORE_ERROR_FAILED);
  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_PAUSED);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, MIN_US);
  g_assert_true (kolo_run_get_actual (f->run, activity_at (f, INTRO), NULL, NULL, NULL));
  kolo_run_poll (f->run);

  /* And an event out of any store gets no run. */
  g_assert_finalize_object (f->run);
  f->run = NULL;
  g_assert_null (kolo_run_get_for_event (f->event, f->clock, &error));
  g_assert_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_FAILED);
}

/* Deleting an event or an activity takes its run rows with it. */
static void
test_cascade (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  start_day (f, 0);
  kolo_clock_advance (f->clock, MIN_US);
  OK (kolo_run_next);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM runs"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM activity_runs"), ==, 2);

  /* A deleted event is not brought back in run mode, even before it is
   * gone for good. */
  g_assert_true (kolo_store_delete_event (f->store, f->event, &error));
  g_assert_null (kolo_run_find_running_event (f->store));
  g_assert_true (kolo_store_purge_deleted (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM runs"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM activity_runs"), ==, 0);
}

static void
test_properties (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (KOLO_TYPE_RUN_STATE);
  g_autoptr(KoloRun) same = NULL;
  g_autoptr(GError) error = NULL;
  guint warning_notified = 0, state_notified = 0, current_notified = 0, next_notified = 0;
  int seconds = 0;
  gboolean auto_advance = TRUE;
  KoloRunState state = KOLO_RUN_RUNNING;
  g_autoptr(KoloActivity) next = NULL;

  g_assert_cmpstr (g_enum_get_value (enum_class, KOLO_RUN_STOPPED)->value_nick, ==, "stopped");
  g_assert_cmpstr (g_enum_get_value (enum_class, KOLO_RUN_RUNNING)->value_nick, ==, "running");
  g_assert_cmpstr (g_enum_get_value (enum_class, KOLO_RUN_PAUSED)->value_nick, ==, "paused");

  /* One run per event. */
  same = kolo_run_get_for_event (f->event, NULL, &error);
  g_assert_true (same == f->run);

  g_object_get (f->run, "warning-seconds", &seconds, "auto-advance", &auto_advance,
                "state", &state, "next", &next, NULL);
  g_assert_cmpint (seconds, ==, 120);
  g_assert_false (auto_advance);
  g_assert_cmpint (state, ==, KOLO_RUN_STOPPED);
  g_assert_null (next);

  g_signal_connect (f->run, "notify::warning-seconds", G_CALLBACK (kolo_test_count_notify_cb),
                    &warning_notified);
  g_object_set (f->run, "warning-seconds", 60, NULL);
  g_object_set (f->run, "warning-seconds", 60, NULL);
  g_assert_cmpuint (warning_notified, ==, 1);
  g_assert_cmpint (kolo_run_get_warning_seconds (f->run), ==, 60);

  start_day (f, 0);
  g_object_get (f->run, "next", &next, NULL);
  g_assert_true (next == activity_at (f, COFFEE));
  g_signal_connect (f->run, "notify::state", G_CALLBACK (kolo_test_count_notify_cb),
                    &state_notified);
  g_signal_connect (f->run, "notify::current", G_CALLBACK (kolo_test_count_notify_cb),
                    &current_notified);
  g_signal_connect (f->run, "notify::next", G_CALLBACK (kolo_test_count_notify_cb), &next_notified);

  /* Only real changes notify. */
  OK (kolo_run_pause);
  OK (kolo_run_pause);
  g_assert_cmpuint (state_notified, ==, 1);
  g_assert_cmpuint (current_notified, ==, 0);
  g_assert_cmpuint (next_notified, ==, 0);
  OK (kolo_run_resume);
  OK (kolo_run_resume);
  g_assert_cmpuint (state_notified, ==, 2);
  OK (kolo_run_next);
  g_assert_cmpuint (state_notified, ==, 2);
  g_assert_cmpuint (current_notified, ==, 1);
  g_assert_cmpuint (next_notified, ==, 1);
}

/* A database made by an older Kolo gets the run tables, and runs. */
static void
test_migrate_from_v1 (void)
{
  g_autofree char *dir = kolo_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "kolo.db", NULL);
  g_autofree char *fixture = kolo_test_data_path ("kolo-v1.db");
  g_autofree char *bytes = NULL;
  g_autoptr(KoloClock) clock = kolo_clock_new_manual (SOME_WALL_US + 2 * 60 * MIN_US);
  g_autoptr(GError) error = NULL;
  KoloStore *store;
  KoloEvent *event;
  KoloRun *run;
  KoloDay *day;
  gsize length;

  bytes = kolo_test_read_file (fixture, &length);
  g_file_set_contents (path, bytes, length, &error);
  g_assert_no_error (error);

  /* The run tables came with schema 3; later ones keep them. */
  g_assert_cmpint (kolo_store_get_schema_version (), >=, 3);
  store = kolo_store_open (path, &error);
  g_assert_no_error (error);
  event = kolo_store_lookup_event (store, 7, &error);
  g_assert_no_error (error);
  run = kolo_run_get_for_event (event, clock, &error);
  g_assert_no_error (error);
  day = g_list_model_get_item (kolo_event_get_days (event), 0);
  g_assert_true (kolo_run_start_day (run, day, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kolo_activity_get_title (kolo_run_get_current (run)), ==, "Вступ");
  kolo_clock_advance (clock, 31 * MIN_US);
  g_assert_true (kolo_run_next (run, &error));
  g_assert_cmpstr (kolo_activity_get_title (kolo_run_get_current (run)), ==, "Кава-пауза");
  g_object_unref (day);
  g_assert_finalize_object (run);
  g_object_unref (event);
  g_assert_finalize_object (store);

  {
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL),
                     ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, kolo_store_get_schema_version ());
    sqlite3_finalize (stmt);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM activity_runs", -1, &stmt, NULL),
                     ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 2);
    sqlite3_finalize (stmt);
    sqlite3_close (db);
  }

  /* It comes back on the coffee break. */
  store = kolo_store_open (path, &error);
  g_assert_no_error (error);
  event = kolo_run_find_running_event (store);
  g_assert_nonnull (event);
  g_assert_cmpint (kolo_event_get_id (event), ==, 7);
  run = kolo_run_get_for_event (event, clock, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kolo_activity_get_title (kolo_run_get_current (run)), ==, "Кава-пауза");
  g_assert_finalize_object (run);
  g_object_unref (event);
  g_assert_finalize_object (store);

  kolo_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  kolo_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/kolo/timer/clock", test_clock);
  ADD ("/kolo/timer/start-day", test_start_day);
  ADD ("/kolo/timer/pause-resume-exact", test_pause_resume_exact);
  ADD ("/kolo/timer/next-previous", test_next_previous);
  ADD ("/kolo/timer/go-to-when-stopped", test_go_to_when_stopped);
  ADD ("/kolo/timer/add-minutes", test_add_minutes);
  ADD ("/kolo/timer/overrun", test_overrun);
  ADD ("/kolo/timer/alerts", test_alerts);
  ADD ("/kolo/timer/auto-advance", test_auto_advance);
  ADD ("/kolo/timer/drift", test_drift);
  ADD ("/kolo/timer/restore-after-crash", test_restore_after_crash);
  ADD ("/kolo/timer/sleep", test_sleep);
  ADD ("/kolo/timer/wall-jump-while-running", test_wall_jump_while_running);
  ADD ("/kolo/timer/wall-backwards-between-runs", test_wall_backwards_between_runs);
  ADD ("/kolo/timer/agenda-edits", test_agenda_edits);
  ADD ("/kolo/timer/deleted-while-away", test_deleted_while_away);
  ADD ("/kolo/timer/catch-up", test_catch_up);
  ADD ("/kolo/timer/actual-times", test_actual_times);
  ADD ("/kolo/timer/restart-reset", test_restart_reset);
  ADD ("/kolo/timer/failures", test_failures);
  ADD ("/kolo/timer/cascade", test_cascade);
  ADD ("/kolo/timer/properties", test_properties);
  g_test_add_func ("/kolo/timer/migrate-from-v1", test_migrate_from_v1);

#undef ADD

  return g_test_run ();
}
