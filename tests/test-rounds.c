/* test-rounds.c — timed role-play rounds on the run's timer, on a clock the
 * tests move: phases that follow the time, exact remaining times, pauses,
 * skipping a phase, adding minutes, the end of a round, "round-phase",
 * the minutes kept per event, restore after a crash, refused writes, the
 * round's play, and a round and the day's run leaving each other alone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>

#include "kolo-test-util.h"
#include "kolo-clock.h"
#include "kolo-run.h"

#define SEC_US G_GINT64_CONSTANT (1000000)
#define MIN_US (G_GINT64_CONSTANT (60) * G_USEC_PER_SEC)

typedef struct
{
  char      *dir;
  char      *path;
  KoloStore *store;
  KoloClock *clock;
  KoloEvent *event;
  KoloRun   *run;
  gint64     event_id;
  guint      changed;
  guint      state_notifies;
  GArray    *phases;    /* of KoloRoundPhase, as "round-phase" gave them */
} Fixture;

static void
round_phase_cb (KoloRun        *run,
                KoloRoundPhase  phase,
                Fixture        *f)
{
  /* The signal comes once the round is in that phase. */
  g_assert_cmpint (kolo_run_get_round_phase (run), ==, phase);
  g_array_append_val (f->phases, phase);
}

static void
connect_run (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  f->run = kolo_run_get_for_event (f->event, f->clock, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->run);
  f->changed = f->state_notifies = 0;
  g_array_set_size (f->phases, 0);
  g_signal_connect (f->run, "changed", G_CALLBACK (kolo_test_count_cb), &f->changed);
  g_signal_connect (f->run, "notify::round-state", G_CALLBACK (kolo_test_count_notify_cb),
                    &f->state_notifies);
  g_signal_connect (f->run, "round-phase", G_CALLBACK (round_phase_cb), f);
}

/* One day of two activities, from 10:00. */
static KoloDoc *
make_doc (const char *title)
{
  KoloDoc *doc = kolo_doc_new (KOLO_DOC_EVENT);
  KoloDocDay *day = kolo_doc_day_new ();
  KoloDocModule *module = kolo_doc_module_new ();

  g_free (doc->title);
  doc->title = g_strdup (title);
  g_date_set_dmy (&day->date, 11, 11, 2013);
  day->start_minute = 10 * 60;
  g_ptr_array_add (doc->days, day);
  g_ptr_array_add (day->modules, module);
  for (guint i = 0; i < 2; i++)
    {
      KoloDocActivity *activity = kolo_doc_activity_new ();

      activity->kind = i == 0 ? KOLO_ACTIVITY_INPUT : KOLO_ACTIVITY_ROLE_PLAY;
      g_free (activity->title);
      activity->title = g_strdup (i == 0 ? "Вступ" : "Рольова гра");
      activity->minutes = i == 0 ? 30 : 90;
      g_ptr_array_add (module->activities, activity);
    }
  return doc;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloDoc) doc = make_doc ("Орієнтація на клієнта");
  g_autoptr(GDateTime) ten = g_date_time_new_local (2013, 11, 11, 10, 0, 0);

  f->dir = kolo_test_make_dir ();
  f->path = g_build_filename (f->dir, "kolo.db", NULL);
  f->store = kolo_test_open_store (f->path, NULL);

  f->phases = g_array_new (FALSE, FALSE, sizeof (KoloRoundPhase));
  f->clock = kolo_clock_new_manual (g_date_time_to_unix (ten) * G_USEC_PER_SEC);
  f->event = kolo_store_insert_event (f->store, doc, &error);
  g_assert_no_error (error);
  f->event_id = kolo_event_get_id (f->event);
  connect_run (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->run != NULL)
    g_assert_finalize_object (f->run);
  g_clear_object (&f->event);
  if (f->store != NULL)
    g_assert_finalize_object (f->store);
  g_assert_finalize_object (f->clock);
  g_array_unref (f->phases);
  kolo_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Kolo dies: every object goes without the round being stopped. */
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

/* A play of @event: one situation of a new deck in the library, drawn. */
static KoloPlay *
make_play (Fixture    *f,
           KoloEvent  *event,
           const char *title)
{
  static const char * const roles[] = { "Читач", "Бібліотекарка", NULL };
  static const char * const texts[] = { "Бриф читача", "Бриф бібліотекарки", NULL };
  g_autoptr(KoloDeck) deck = kolo_deck_new (title);
  g_autoptr(KoloCard) card = kolo_card_new (KOLO_CARD_SITUATION, title);
  g_autoptr(GError) error = NULL;
  KoloPlay *play;

  g_assert_true (kolo_card_set_briefs (card, roles, texts, &error));
  g_assert_no_error (error);
  g_assert_true (kolo_deck_insert_card (deck, G_MAXUINT, card, &error));
  g_assert_no_error (error);
  g_assert_true (kolo_store_insert_deck (f->store, deck, &error));
  g_assert_no_error (error);
  play = kolo_deck_draw (deck, event, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (play);
  return play;
}

#define OK(call)                                \
  G_STMT_START {                                \
    g_autoptr(GError) ok_error = NULL;          \
    gboolean ok_result = call;                  \
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
assert_round (Fixture        *f,
              KoloRunState    state,
              KoloRoundPhase  phase,
              gint64          remaining_us)
{
  g_assert_cmpint (kolo_run_get_round_state (f->run), ==, state);
  g_assert_cmpint (kolo_run_get_round_phase (f->run), ==, phase);
  g_assert_cmpint (kolo_run_get_round_remaining_us (f->run), ==, remaining_us);
}

static void
assert_phases (Fixture *f,
               guint    n,
               ...)
{
  va_list args;

  g_assert_cmpuint (f->phases->len, ==, n);
  va_start (args, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (g_array_index (f->phases, KoloRoundPhase, i), ==, va_arg (args, int));
  va_end (args);
}

static void
set_minutes (Fixture *f,
             int      preparation,
             int      play,
             int      discussion)
{
  /* In an order that never leaves the round without a minute. */
  OK (kolo_run_set_round_minutes (f->run, KOLO_ROUND_DISCUSSION, MAX (discussion, 1), &ok_error));
  OK (kolo_run_set_round_minutes (f->run, KOLO_ROUND_PREPARATION, preparation, &ok_error));
  OK (kolo_run_set_round_minutes (f->run, KOLO_ROUND_PLAY, play, &ok_error));
  OK (kolo_run_set_round_minutes (f->run, KOLO_ROUND_DISCUSSION, discussion, &ok_error));
}

/* Tests ------------------------------------------------------------------- */

static void
test_defaults (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GEnumClass) phases = g_type_class_ref (KOLO_TYPE_ROUND_PHASE);

  g_assert_cmpint (kolo_run_get_round_minutes (f->run, KOLO_ROUND_PREPARATION), ==, 5);
  g_assert_cmpint (kolo_run_get_round_minutes (f->run, KOLO_ROUND_PLAY), ==, 10);
  g_assert_cmpint (kolo_run_get_round_minutes (f->run, KOLO_ROUND_DISCUSSION), ==, 10);
  assert_round (f, KOLO_RUN_STOPPED, KOLO_ROUND_PREPARATION, 0);
  g_assert_cmpint (kolo_run_get_round_allowed_us (f->run), ==, 0);
  g_assert_null (kolo_run_get_round_play (f->run));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM rounds"), ==, 0);

  /* Stopping no round, nothing to do; the other actions need one. */
  OK (kolo_run_stop_round (f->run, &ok_error));
  REFUSED (kolo_run_pause_round (f->run, &refused_error), KOLO_STORE_ERROR_INVALID);
  REFUSED (kolo_run_resume_round (f->run, &refused_error), KOLO_STORE_ERROR_INVALID);
  REFUSED (kolo_run_next_round_phase (f->run, &refused_error), KOLO_STORE_ERROR_INVALID);
  REFUSED (kolo_run_add_round_minutes (f->run, 1, &refused_error), KOLO_STORE_ERROR_INVALID);
  g_assert_cmpuint (f->changed, ==, 0);

  /* The phases have names, for people and for GObject. */
  g_assert_cmpstr (kolo_round_phase_get_label (KOLO_ROUND_PREPARATION), ==, "Preparation");
  g_assert_cmpstr (kolo_round_phase_get_label (KOLO_ROUND_PLAY), ==, "Play");
  g_assert_cmpstr (kolo_round_phase_get_label (KOLO_ROUND_DISCUSSION), ==, "Discussion");
  g_assert_cmpstr (kolo_round_phase_get_label (KOLO_ROUND_OVER), ==, "Round Over");
  g_assert_cmpstr (g_enum_get_value (phases, KOLO_ROUND_OVER)->value_nick, ==, "over");
  g_assert_cmpuint (phases->n_values, ==, 4);
}

static void
test_minutes_kept (Fixture       *f,
                   gconstpointer  data)
{
  set_minutes (f, 3, 0, 7);
  g_assert_cmpuint (f->changed, ==, 3);
  g_assert_cmpuint (f->state_notifies, ==, 0);
  g_assert_cmpint (kolo_run_get_round_state (f->run), ==, KOLO_RUN_STOPPED);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM rounds WHERE state = 'stopped'"), ==, 1);

  /* Setting what is there already changes nothing. */
  OK (kolo_run_set_round_minutes (f->run, KOLO_ROUND_PLAY, 0, &ok_error));
  g_assert_cmpuint (f->changed, ==, 3);

  /* The event keeps them: the next start of Kolo has them. */
  crash_and_restart (f, 0);
  g_assert_cmpint (kolo_run_get_round_minutes (f->run, KOLO_ROUND_PREPARATION), ==, 3);
  g_assert_cmpint (kolo_run_get_round_minutes (f->run, KOLO_ROUND_PLAY), ==, 0);
  g_assert_cmpint (kolo_run_get_round_minutes (f->run, KOLO_ROUND_DISCUSSION), ==, 7);
  assert_round (f, KOLO_RUN_STOPPED, KOLO_ROUND_PREPARATION, 0);

  /* And every round has them, a round after a round too. */
  OK (kolo_run_start_round (f->run, NULL, &ok_error));
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_PREPARATION, 3 * MIN_US);
  OK (kolo_run_stop_round (f->run, &ok_error));
  OK (kolo_run_set_round_minutes (f->run, KOLO_ROUND_PREPARATION, 0, &ok_error));
  crash_and_restart (f, MIN_US);
  OK (kolo_run_start_round (f->run, NULL, &ok_error));
  /* No preparation: the round starts with the discussion. */
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_DISCUSSION, 7 * MIN_US);
  g_assert_cmpint (kolo_run_get_round_allowed_us (f->run), ==, 7 * MIN_US);

  /* Another event has its own, the defaults. */
  {
    g_autoptr(KoloDoc) doc = make_doc ("Інша подія");
    g_autoptr(GError) error = NULL;
    g_autoptr(KoloEvent) other = kolo_store_insert_event (f->store, doc, &error);
    g_autoptr(KoloRun) other_run = NULL;

    g_assert_no_error (error);
    other_run = kolo_run_get_for_event (other, f->clock, &error);
    g_assert_no_error (error);
    g_assert_cmpint (kolo_run_get_round_minutes (other_run, KOLO_ROUND_PREPARATION), ==, 5);
    g_assert_cmpint (kolo_run_get_round_state (other_run), ==, KOLO_RUN_STOPPED);
  }
}

static void
test_invalid_minutes (Fixture       *f,
                      gconstpointer  data)
{
  REFUSED (kolo_run_set_round_minutes (f->run, KOLO_ROUND_PLAY, -1, &refused_error),
           KOLO_STORE_ERROR_INVALID);
  REFUSED (kolo_run_set_round_minutes (f->run, KOLO_ROUND_PLAY, KOLO_ROUND_MINUTES_MAX + 1,
                                       &refused_error),
           KOLO_STORE_ERROR_INVALID);
  OK (kolo_run_set_round_minutes (f->run, KOLO_ROUND_PLAY, KOLO_ROUND_MINUTES_MAX, &ok_error));
  OK (kolo_run_set_round_minutes (f->run, KOLO_ROUND_PREPARATION, 0, &ok_error));
  OK (kolo_run_set_round_minutes (f->run, KOLO_ROUND_DISCUSSION, 0, &ok_error));

  /* A round needs a minute. */
  REFUSED (kolo_run_set_round_minutes (f->run, KOLO_ROUND_PLAY, 0, &refused_error),
           KOLO_STORE_ERROR_INVALID);
  g_assert_cmpint (kolo_run_get_round_minutes (f->run, KOLO_ROUND_PLAY), ==,
                   KOLO_ROUND_MINUTES_MAX);
  g_assert_cmpint (query_int (f, "SELECT play_minutes FROM rounds"), ==, KOLO_ROUND_MINUTES_MAX);
  g_assert_cmpuint (f->changed, ==, 3);

  /* The store holds to it too. */
  {
    sqlite3 *db = NULL;

    g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "UPDATE rounds SET play_minutes = 0", NULL, NULL, NULL),
                     ==, SQLITE_CONSTRAINT);
    g_assert_cmpint (sqlite3_exec (db, "UPDATE rounds SET play_minutes = 241", NULL, NULL, NULL),
                     ==, SQLITE_CONSTRAINT);
    sqlite3_close (db);
  }
}

/* The phases follow the time; the remaining time is exact at every
 * boundary, and each crossing is announced once, by the poll. */
static void
test_phases (Fixture       *f,
             gconstpointer  data)
{
  OK (kolo_run_start_round (f->run, NULL, &ok_error));
  g_assert_cmpuint (f->changed, ==, 1);
  g_assert_cmpuint (f->state_notifies, ==, 1);
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_PREPARATION, 5 * MIN_US);
  g_assert_cmpint (kolo_run_get_round_allowed_us (f->run), ==, 5 * MIN_US);
  kolo_run_poll (f->run);
  assert_phases (f, 0);

  kolo_clock_advance (f->clock, 5 * MIN_US - 1);
  kolo_run_poll (f->run);
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_PREPARATION, 1);
  assert_phases (f, 0);

  kolo_clock_advance (f->clock, 1);
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_PLAY, 10 * MIN_US);
  g_assert_cmpint (kolo_run_get_round_allowed_us (f->run), ==, 10 * MIN_US);
  assert_phases (f, 0);
  kolo_run_poll (f->run);
  assert_phases (f, 1, KOLO_ROUND_PLAY);
  g_assert_cmpuint (f->changed, ==, 2);
  kolo_run_poll (f->run);
  kolo_clock_advance (f->clock, 3 * MIN_US + 250);
  kolo_run_poll (f->run);
  assert_phases (f, 1, KOLO_ROUND_PLAY);
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_PLAY, 7 * MIN_US - 250);

  kolo_clock_advance (f->clock, 7 * MIN_US - 250);
  kolo_run_poll (f->run);
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_DISCUSSION, 10 * MIN_US);
  assert_phases (f, 2, KOLO_ROUND_PLAY, KOLO_ROUND_DISCUSSION);

  /* Past the last phase the round is over, and stays running. */
  kolo_clock_advance (f->clock, 10 * MIN_US);
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_OVER, 0);
  g_assert_cmpint (kolo_run_get_round_allowed_us (f->run), ==, 0);
  kolo_run_poll (f->run);
  kolo_clock_advance (f->clock, 60 * MIN_US);
  kolo_run_poll (f->run);
  assert_phases (f, 3, KOLO_ROUND_PLAY, KOLO_ROUND_DISCUSSION, KOLO_ROUND_OVER);
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_OVER, 0);
  g_assert_cmpuint (f->changed, ==, 4);
  g_assert_cmpuint (f->state_notifies, ==, 1);
  g_assert_cmpint (query_int (f, "SELECT phase_notified FROM rounds"), ==, KOLO_ROUND_OVER);

  /* Over: nothing to skip or lengthen; a new round may start. */
  REFUSED (kolo_run_next_round_phase (f->run, &refused_error), KOLO_STORE_ERROR_INVALID);
  REFUSED (kolo_run_add_round_minutes (f->run, 5, &refused_error), KOLO_STORE_ERROR_INVALID);
  OK (kolo_run_start_round (f->run, NULL, &ok_error));
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_PREPARATION, 5 * MIN_US);
  g_assert_cmpuint (f->state_notifies, ==, 1);
}

/* A skipped phase is never entered nor announced; a poll that comes late
 * (the laptop slept) announces only the phase reached. */
static void
test_skipped_and_late (Fixture       *f,
                       gconstpointer  data)
{
  set_minutes (f, 2, 0, 3);
  OK (kolo_run_start_round (f->run, NULL, &ok_error));
  kolo_clock_advance (f->clock, 2 * MIN_US);
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_DISCUSSION, 3 * MIN_US);
  kolo_run_poll (f->run);
  assert_phases (f, 1, KOLO_ROUND_DISCUSSION);
  OK (kolo_run_stop_round (f->run, &ok_error));

  set_minutes (f, 1, 1, 1);
  g_array_set_size (f->phases, 0);
  OK (kolo_run_start_round (f->run, NULL, &ok_error));
  kolo_clock_advance (f->clock, 2 * MIN_US + 30 * SEC_US);
  kolo_run_poll (f->run);
  assert_phases (f, 1, KOLO_ROUND_DISCUSSION);
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_DISCUSSION, 30 * SEC_US);
  kolo_clock_advance (f->clock, 8 * 3600 * SEC_US);
  kolo_run_poll (f->run);
  assert_phases (f, 2, KOLO_ROUND_DISCUSSION, KOLO_ROUND_OVER);
}

/* Many pauses, of odd lengths: the remaining time is exact to the
 * microsecond against an independent sum of the running time. */
static void
test_pause_resume_exact (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20131111);
  gint64 ran = 0;

  set_minutes (f, 30, 60, 30);
  OK (kolo_run_start_round (f->run, NULL, &ok_error));
  for (guint i = 0; i < 100; i++)
    {
      gint64 running = g_rand_int_range (rand, 1, 50 * SEC_US);
      gint64 pause = g_rand_int_range (rand, 1, 120 * SEC_US);
      gint64 remaining;
      KoloRoundPhase phase;

      kolo_clock_advance (f->clock, running);
      ran += running;
      OK (kolo_run_pause_round (f->run, &ok_error));
      OK (kolo_run_pause_round (f->run, &ok_error));
      g_assert_cmpint (kolo_run_get_round_state (f->run), ==, KOLO_RUN_PAUSED);
      kolo_clock_advance (f->clock, pause);
      kolo_run_poll (f->run);

      phase = ran < 30 * MIN_US ? KOLO_ROUND_PREPARATION : KOLO_ROUND_PLAY;
      remaining = (phase == KOLO_ROUND_PREPARATION ? 30 : 90) * MIN_US - ran;
      assert_round (f, KOLO_RUN_PAUSED, phase, remaining);

      OK (kolo_run_resume_round (f->run, &ok_error));
      OK (kolo_run_resume_round (f->run, &ok_error));
      assert_round (f, KOLO_RUN_RUNNING, phase, remaining);
      kolo_run_poll (f->run);
    }
  g_assert_cmpint (ran, >, 30 * MIN_US);
  g_assert_cmpint (ran, <, 90 * MIN_US);
  /* Crossed while running, announced at the first poll after. */
  assert_phases (f, 1, KOLO_ROUND_PLAY);
}

static void
test_next_phase (Fixture       *f,
                 gconstpointer  data)
{
  OK (kolo_run_start_round (f->run, NULL, &ok_error));
  kolo_clock_advance (f->clock, 2 * MIN_US);
  OK (kolo_run_next_round_phase (f->run, &ok_error));
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_PLAY, 10 * MIN_US);
  g_assert_cmpuint (f->changed, ==, 2);

  /* The trainer's own doing is not announced, nor is the end of a phase
   * that was skipped already. */
  kolo_run_poll (f->run);
  kolo_clock_advance (f->clock, 4 * MIN_US);
  kolo_run_poll (f->run);
  assert_phases (f, 0);
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_PLAY, 6 * MIN_US);

  /* Paused, it stays paused, at the start of the next phase. */
  OK (kolo_run_pause_round (f->run, &ok_error));
  kolo_clock_advance (f->clock, MIN_US);
  OK (kolo_run_next_round_phase (f->run, &ok_error));
  assert_round (f, KOLO_RUN_PAUSED, KOLO_ROUND_DISCUSSION, 10 * MIN_US);
  kolo_clock_advance (f->clock, 30 * MIN_US);
  assert_round (f, KOLO_RUN_PAUSED, KOLO_ROUND_DISCUSSION, 10 * MIN_US);
  OK (kolo_run_resume_round (f->run, &ok_error));
  kolo_clock_advance (f->clock, MIN_US);
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_DISCUSSION, 9 * MIN_US);

  /* The minutes stay as they were. */
  g_assert_cmpint (kolo_run_get_round_minutes (f->run, KOLO_ROUND_PREPARATION), ==, 5);
  g_assert_cmpint (kolo_run_get_round_minutes (f->run, KOLO_ROUND_PLAY), ==, 10);

  /* After the last phase, the round is over. */
  OK (kolo_run_next_round_phase (f->run, &ok_error));
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_OVER, 0);
  kolo_run_poll (f->run);
  assert_phases (f, 0);
  REFUSED (kolo_run_next_round_phase (f->run, &refused_error), KOLO_STORE_ERROR_INVALID);

  /* A phase of 0 minutes is skipped by "next" as well. */
  OK (kolo_run_stop_round (f->run, &ok_error));
  set_minutes (f, 5, 0, 10);
  OK (kolo_run_start_round (f->run, NULL, &ok_error));
  OK (kolo_run_next_round_phase (f->run, &ok_error));
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_DISCUSSION, 10 * MIN_US);
}

static void
test_add_minutes (Fixture       *f,
                  gconstpointer  data)
{
  OK (kolo_run_start_round (f->run, NULL, &ok_error));
  kolo_clock_advance (f->clock, 5 * MIN_US + 90 * SEC_US);
  kolo_run_poll (f->run);
  assert_phases (f, 1, KOLO_ROUND_PLAY);
  OK (kolo_run_add_round_minutes (f->run, 0, &ok_error));
  g_assert_cmpuint (f->changed, ==, 2);

  OK (kolo_run_add_round_minutes (f->run, 3, &ok_error));
  g_assert_cmpuint (f->changed, ==, 3);
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_PLAY, 13 * MIN_US - 90 * SEC_US);
  g_assert_cmpint (kolo_run_get_round_allowed_us (f->run), ==, 13 * MIN_US);
  /* Only the current phase's. */
  g_assert_cmpint (kolo_run_get_round_minutes (f->run, KOLO_ROUND_PREPARATION), ==, 5);
  g_assert_cmpint (kolo_run_get_round_minutes (f->run, KOLO_ROUND_PLAY), ==, 13);
  g_assert_cmpint (kolo_run_get_round_minutes (f->run, KOLO_ROUND_DISCUSSION), ==, 10);

  /* Taking away never ends the phase: the minute under way stays. */
  OK (kolo_run_add_round_minutes (f->run, -100, &ok_error));
  g_assert_cmpint (kolo_run_get_round_minutes (f->run, KOLO_ROUND_PLAY), ==, 2);
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_PLAY, 30 * SEC_US);
  REFUSED (kolo_run_add_round_minutes (f->run, -1, &refused_error), KOLO_STORE_ERROR_INVALID);
  kolo_run_poll (f->run);
  assert_phases (f, 1, KOLO_ROUND_PLAY);

  /* At most KOLO_ROUND_MINUTES_MAX. */
  OK (kolo_run_add_round_minutes (f->run, 1000, &ok_error));
  g_assert_cmpint (kolo_run_get_round_minutes (f->run, KOLO_ROUND_PLAY), ==,
                   KOLO_ROUND_MINUTES_MAX);
  REFUSED (kolo_run_add_round_minutes (f->run, 1, &refused_error), KOLO_STORE_ERROR_INVALID);
  OK (kolo_run_add_round_minutes (f->run, 12 - KOLO_ROUND_MINUTES_MAX, &ok_error));
  g_assert_cmpint (query_int (f, "SELECT play_minutes FROM rounds"), ==, 12);

  /* Time taken away from a paused round shows at once. */
  OK (kolo_run_pause_round (f->run, &ok_error));
  OK (kolo_run_add_round_minutes (f->run, -2, &ok_error));
  assert_round (f, KOLO_RUN_PAUSED, KOLO_ROUND_PLAY, 10 * MIN_US - 90 * SEC_US);
  OK (kolo_run_resume_round (f->run, &ok_error));
  kolo_clock_advance (f->clock, 10 * MIN_US - 90 * SEC_US);
  kolo_run_poll (f->run);
  assert_phases (f, 2, KOLO_ROUND_PLAY, KOLO_ROUND_DISCUSSION);

  /* The next round has the minutes the last one ended with. */
  OK (kolo_run_stop_round (f->run, &ok_error));
  crash_and_restart (f, MIN_US);
  g_assert_cmpint (kolo_run_get_round_minutes (f->run, KOLO_ROUND_PLAY), ==, 10);
  OK (kolo_run_start_round (f->run, NULL, &ok_error));
  OK (kolo_run_next_round_phase (f->run, &ok_error));
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_PLAY, 10 * MIN_US);

  /* Minutes set while a round runs are the round's at once, and may take
   * it to another phase, without an announcement. */
  kolo_clock_advance (f->clock, MIN_US);
  OK (kolo_run_set_round_minutes (f->run, KOLO_ROUND_PREPARATION, 7, &ok_error));
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_PREPARATION, MIN_US);
  kolo_run_poll (f->run);
  assert_phases (f, 0);
  /* The crossing that follows is announced again. */
  kolo_clock_advance (f->clock, MIN_US);
  kolo_run_poll (f->run);
  assert_phases (f, 1, KOLO_ROUND_PLAY);
}

/* After a crash the round comes back in the right phase with the time
 * that passed counted; a paused one exactly where it was. */
static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  OK (kolo_run_start_round (f->run, NULL, &ok_error));
  kolo_clock_advance (f->clock, 6 * MIN_US);
  kolo_run_poll (f->run);
  assert_phases (f, 1, KOLO_ROUND_PLAY);

  crash_and_restart (f, 2 * MIN_US + 17);
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_PLAY, 7 * MIN_US - 17);
  g_assert_cmpuint (f->state_notifies, ==, 0);
  /* The phase announced before the crash is not announced again. */
  kolo_run_poll (f->run);
  assert_phases (f, 0);

  /* Paused, the time away does not count. */
  OK (kolo_run_pause_round (f->run, &ok_error));
  crash_and_restart (f, 3 * 3600 * SEC_US);
  assert_round (f, KOLO_RUN_PAUSED, KOLO_ROUND_PLAY, 7 * MIN_US - 17);
  kolo_clock_advance (f->clock, 5 * MIN_US);
  assert_round (f, KOLO_RUN_PAUSED, KOLO_ROUND_PLAY, 7 * MIN_US - 17);
  OK (kolo_run_resume_round (f->run, &ok_error));
  kolo_clock_advance (f->clock, MIN_US);
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_PLAY, 6 * MIN_US - 17);

  /* A phase the round went into while Kolo was away is announced by the
   * first poll, once: not lost, and not repeated by another restart. */
  crash_and_restart (f, 7 * MIN_US);
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_DISCUSSION, 9 * MIN_US - 17);
  kolo_run_poll (f->run);
  assert_phases (f, 1, KOLO_ROUND_DISCUSSION);
  crash_and_restart (f, 0);
  kolo_run_poll (f->run);
  assert_phases (f, 0);

  /* Nor a phase already behind when the round comes back: only the one
   * it is in. */
  crash_and_restart (f, 20 * MIN_US);
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_OVER, 0);
  kolo_run_poll (f->run);
  assert_phases (f, 1, KOLO_ROUND_OVER);

  /* A stopped round comes back stopped. */
  OK (kolo_run_stop_round (f->run, &ok_error));
  crash_and_restart (f, MIN_US);
  assert_round (f, KOLO_RUN_STOPPED, KOLO_ROUND_PREPARATION, 0);
}

/* The wall clock: set while Kolo runs, the round does not notice, and the
 * poll stores it again; set back while Kolo is away, the time away counts
 * as nothing. */
static void
test_wall_clock (Fixture       *f,
                 gconstpointer  data)
{
  gint64 wall;

  OK (kolo_run_start_round (f->run, NULL, &ok_error));
  kolo_clock_advance (f->clock, MIN_US);
  wall = kolo_clock_get_wall_us (f->clock);
  kolo_clock_set_wall (f->clock, wall + 3600 * SEC_US);
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_PREPARATION, 4 * MIN_US);
  kolo_run_poll (f->run);
  assert_phases (f, 0);
  g_assert_cmpint (query_int (f, "SELECT saved_wall FROM rounds"), ==, wall + 3600 * SEC_US);
  crash_and_restart (f, MIN_US);
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_PREPARATION, 3 * MIN_US);

  drop_everything (f);
  kolo_clock_set_wall (f->clock, wall);
  reopen (f);
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_PREPARATION, 3 * MIN_US);
}

static void
test_stop (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(KoloPlay) play = make_play (f, f->event, "Скарга на штраф");
  g_autoptr(GPtrArray) plays = NULL;
  g_autoptr(GError) error = NULL;

  OK (kolo_run_start_round (f->run, play, &ok_error));
  g_assert_true (kolo_run_get_round_play (f->run) == play);
  kolo_clock_advance (f->clock, 7 * MIN_US);
  OK (kolo_run_stop_round (f->run, &ok_error));
  g_assert_cmpuint (f->state_notifies, ==, 2);
  assert_round (f, KOLO_RUN_STOPPED, KOLO_ROUND_PREPARATION, 0);
  g_assert_cmpint (kolo_run_get_round_allowed_us (f->run), ==, 0);
  g_assert_null (kolo_run_get_round_play (f->run));
  kolo_run_poll (f->run);
  assert_phases (f, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM rounds WHERE play_id IS NULL"
                                 " AND state = 'stopped'"), ==, 1);

  /* The play stays recorded. */
  plays = kolo_event_get_plays (f->event, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plays->len, ==, 1);
  g_assert_cmpint (kolo_play_get_id (plays->pdata[0]), ==, kolo_play_get_id (play));

  /* A round under way is not replaced. */
  OK (kolo_run_start_round (f->run, NULL, &ok_error));
  REFUSED (kolo_run_start_round (f->run, play, &refused_error), KOLO_STORE_ERROR_INVALID);
  OK (kolo_run_pause_round (f->run, &ok_error));
  REFUSED (kolo_run_start_round (f->run, play, &refused_error), KOLO_STORE_ERROR_INVALID);
  g_assert_null (kolo_run_get_round_play (f->run));
  OK (kolo_run_stop_round (f->run, &ok_error));
  OK (kolo_run_stop_round (f->run, &ok_error));
}

static void
test_play (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(KoloPlay) play = make_play (f, f->event, "Скарга на штраф");
  g_autoptr(KoloDoc) doc = make_doc ("Інша подія");
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloEvent) other = kolo_store_insert_event (f->store, doc, &error);
  g_autoptr(KoloPlay) elsewhere = NULL;
  g_autofree char *sql = NULL;
  gint64 play_id = kolo_play_get_id (play);

  g_assert_no_error (error);
  elsewhere = make_play (f, other, "Чужа ситуація");

  /* A card played in another event is not this round's. */
  REFUSED (kolo_run_start_round (f->run, elsewhere, &refused_error), KOLO_STORE_ERROR_INVALID);
  g_assert_cmpint (kolo_run_get_round_state (f->run), ==, KOLO_RUN_STOPPED);
  g_clear_object (&elsewhere);
  g_clear_object (&other);

  OK (kolo_run_start_round (f->run, play, &ok_error));
  g_assert_cmpint (query_int (f, "SELECT play_id FROM rounds"), ==, play_id);

  /* It comes back with the round. */
  g_clear_object (&play);
  crash_and_restart (f, MIN_US);
  g_assert_nonnull (kolo_run_get_round_play (f->run));
  g_assert_cmpint (kolo_play_get_id (kolo_run_get_round_play (f->run)), ==, play_id);
  g_assert_cmpstr (kolo_play_get_card_title (kolo_run_get_round_play (f->run)), ==,
                   "Скарга на штраф");
  g_assert_true (kolo_play_get_event (kolo_run_get_round_play (f->run)) == f->event);

  /* Its row gone while the round runs, the round goes on; after a
   * restart it has no play. */
  sql = g_strdup_printf ("PRAGMA foreign_keys = ON; DELETE FROM plays WHERE id = %"
                         G_GINT64_FORMAT, play_id);
  exec_raw (f, sql);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM rounds WHERE play_id IS NULL"), ==, 1);
  OK (kolo_run_pause_round (f->run, &ok_error));
  crash_and_restart (f, MIN_US);
  g_assert_null (kolo_run_get_round_play (f->run));
  assert_round (f, KOLO_RUN_PAUSED, KOLO_ROUND_PREPARATION, 4 * MIN_US);

  /* The event deleted for good, its round goes with it. */
  g_assert_finalize_object (f->run);
  f->run = NULL;
  g_assert_true (kolo_store_delete_event (f->store, f->event, &error));
  g_assert_no_error (error);
  g_assert_true (kolo_store_purge_deleted (f->store, &error));
  g_assert_no_error (error);
  g_clear_object (&f->event);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM rounds"), ==, 0);
}

/* The round and the day's run leave each other alone. */
static void
test_independent_of_day (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(KoloDay) day = g_list_model_get_item (kolo_event_get_days (f->event), 0);

  /* A round with the day stopped: Kolo comes back to its event too. */
  g_assert_null (kolo_run_find_running_event (f->store));
  OK (kolo_run_start_round (f->run, NULL, &ok_error));
  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_STOPPED);
  {
    g_autoptr(KoloEvent) running = kolo_run_find_running_event (f->store);

    g_assert_true (running == f->event);
  }
  kolo_clock_advance (f->clock, MIN_US);

  /* The day starts, pauses and stops: the round goes on. */
  OK (kolo_run_start_day (f->run, day, &ok_error));
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_PREPARATION, 4 * MIN_US);
  kolo_clock_advance (f->clock, MIN_US);
  OK (kolo_run_pause (f->run, &ok_error));
  OK (kolo_run_next (f->run, &ok_error));
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_PREPARATION, 3 * MIN_US);
  g_assert_cmpuint (f->state_notifies, ==, 1);

  /* The round pauses, skips, lengthens and stops: the day does not move. */
  OK (kolo_run_resume (f->run, &ok_error));
  kolo_clock_advance (f->clock, MIN_US);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 89 * MIN_US);
  OK (kolo_run_pause_round (f->run, &ok_error));
  OK (kolo_run_next_round_phase (f->run, &ok_error));
  OK (kolo_run_add_round_minutes (f->run, 2, &ok_error));
  OK (kolo_run_set_round_minutes (f->run, KOLO_ROUND_DISCUSSION, 4, &ok_error));
  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_RUNNING);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 89 * MIN_US);
  g_assert_cmpstr (kolo_activity_get_title (kolo_run_get_current (f->run)), ==, "Рольова гра");

  /* Both come back after a crash, each as it was. */
  crash_and_restart (f, MIN_US);
  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_RUNNING);
  g_assert_cmpint (kolo_run_get_remaining_us (f->run), ==, 88 * MIN_US);
  assert_round (f, KOLO_RUN_PAUSED, KOLO_ROUND_PLAY, 12 * MIN_US);

  OK (kolo_run_stop_round (f->run, &ok_error));
  g_assert_cmpint (kolo_run_get_state (f->run), ==, KOLO_RUN_RUNNING);
  OK (kolo_run_stop_day (f->run, &ok_error));
  g_assert_cmpint (kolo_run_get_round_state (f->run), ==, KOLO_RUN_STOPPED);
  g_assert_null (kolo_run_find_running_event (f->store));
  g_assert_cmpint (kolo_run_get_round_minutes (f->run, KOLO_ROUND_DISCUSSION), ==, 4);

  /* The day's reset forgets the day's times, not the round's minutes. */
  OK (kolo_run_start_round (f->run, NULL, &ok_error));
  OK (kolo_run_reset_day (f->run, &ok_error));
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_PREPARATION, 5 * MIN_US);
}

/* A refused write changes nothing, on screen or in the file. */
static void
test_refused_write (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint changed, write_failed = 0;

  exec_raw (f, "CREATE TRIGGER refuse_rounds BEFORE INSERT ON rounds"
               " BEGIN SELECT RAISE (ABORT, 'the disk is full'); END;");
  REFUSED (kolo_run_start_round (f->run, NULL, &refused_error), KOLO_STORE_ERROR_INVALID);
  REFUSED (kolo_run_set_round_minutes (f->run, KOLO_ROUND_PLAY, 3, &refused_error),
           KOLO_STORE_ERROR_INVALID);
  assert_round (f, KOLO_RUN_STOPPED, KOLO_ROUND_PREPARATION, 0);
  g_assert_cmpint (kolo_run_get_round_minutes (f->run, KOLO_ROUND_PLAY), ==, 10);
  g_assert_cmpuint (f->changed, ==, 0);
  g_assert_cmpuint (f->state_notifies, ==, 0);
  exec_raw (f, "DROP TRIGGER refuse_rounds");

  OK (kolo_run_start_round (f->run, NULL, &ok_error));
  kolo_clock_advance (f->clock, MIN_US);
  exec_raw (f, "CREATE TRIGGER refuse_rounds BEFORE INSERT ON rounds"
               " BEGIN SELECT RAISE (ABORT, 'the disk is full'); END;");
  changed = f->changed;
  REFUSED (kolo_run_pause_round (f->run, &refused_error), KOLO_STORE_ERROR_INVALID);
  REFUSED (kolo_run_next_round_phase (f->run, &refused_error), KOLO_STORE_ERROR_INVALID);
  REFUSED (kolo_run_add_round_minutes (f->run, 1, &refused_error), KOLO_STORE_ERROR_INVALID);
  REFUSED (kolo_run_set_round_minutes (f->run, KOLO_ROUND_PREPARATION, 1, &refused_error),
           KOLO_STORE_ERROR_INVALID);
  REFUSED (kolo_run_stop_round (f->run, &refused_error), KOLO_STORE_ERROR_INVALID);
  g_assert_cmpuint (f->changed, ==, changed);
  g_assert_cmpuint (f->state_notifies, ==, 1);
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_PREPARATION, 4 * MIN_US);
  g_assert_cmpint (kolo_run_get_round_minutes (f->run, KOLO_ROUND_PREPARATION), ==, 5);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM rounds WHERE state = 'running'"
                                 " AND preparation_minutes = 5"), ==, 1);

  /* Where nobody can be told, the store says so; the phase still comes. */
  kolo_test_count_write_failed (f->store, &write_failed);
  kolo_clock_advance (f->clock, 4 * MIN_US);
  kolo_run_poll (f->run);
  assert_phases (f, 1, KOLO_ROUND_PLAY);
  g_assert_cmpuint (write_failed, ==, 1);
  kolo_run_poll (f->run);
  assert_phases (f, 1, KOLO_ROUND_PLAY);

  /* A restart that cannot store the restored round fails… */
  drop_everything (f);
  f->store = kolo_store_open (f->path, &error);
  g_assert_no_error (error);
  f->event = kolo_store_lookup_event (f->store, f->event_id, &error);
  g_assert_no_error (error);
  g_assert_null (kolo_run_get_for_event (f->event, f->clock, &error));
  g_assert_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* …and once the store takes writes again, all is well. */
  exec_raw (f, "DROP TRIGGER refuse_rounds");
  connect_run (f);
  assert_round (f, KOLO_RUN_RUNNING, KOLO_ROUND_PLAY, 10 * MIN_US);
  /* The phase was announced, but not stored: it is announced again. */
  kolo_run_poll (f->run);
  assert_phases (f, 1, KOLO_ROUND_PLAY);

  /* A closed store refuses, and the round keeps answering. */
  OK (kolo_run_pause_round (f->run, &ok_error));
  g_assert_finalize_object (f->store);
  f->store = NULL;
  REFUSED (kolo_run_resume_round (f->run, &refused_error), KOLO_STORE_ERROR_FAILED);
  REFUSED (kolo_run_stop_round (f->run, &refused_error), KOLO_STORE_ERROR_FAILED);
  assert_round (f, KOLO_RUN_PAUSED, KOLO_ROUND_PLAY, 10 * MIN_US);
  kolo_run_poll (f->run);
}

int
main (int    argc,
      char **argv)
{
  kolo_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/kolo/rounds/defaults", test_defaults);
  ADD ("/kolo/rounds/minutes-kept", test_minutes_kept);
  ADD ("/kolo/rounds/invalid-minutes", test_invalid_minutes);
  ADD ("/kolo/rounds/phases", test_phases);
  ADD ("/kolo/rounds/skipped-and-late", test_skipped_and_late);
  ADD ("/kolo/rounds/pause-resume-exact", test_pause_resume_exact);
  ADD ("/kolo/rounds/next-phase", test_next_phase);
  ADD ("/kolo/rounds/add-minutes", test_add_minutes);
  ADD ("/kolo/rounds/restore", test_restore);
  ADD ("/kolo/rounds/wall-clock", test_wall_clock);
  ADD ("/kolo/rounds/stop", test_stop);
  ADD ("/kolo/rounds/play", test_play);
  ADD ("/kolo/rounds/independent-of-day", test_independent_of_day);
  ADD ("/kolo/rounds/refused-write", test_refused_write);

#undef ADD

  return g_test_run ();
}
