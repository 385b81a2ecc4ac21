/* bench-timer.c — how far the shown countdown strays from the true one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real timer (the system clock, a temporary database) for N
 * seconds, ticking as the console does: once a second, aligned to the
 * moment the shown whole second of remaining time changes.  At every tick
 * it compares the value that would be shown with the true remaining time,
 * worked out independently from CLOCK_BOOTTIME and the instants the
 * benchmark itself started, paused and resumed the run.  Every few seconds
 * it pauses in the middle of a second, for a while that is not a whole
 * second, so that the ticks must find the boundary again.
 *
 *   bench-timer [SECONDS]     (default 60)
 */
#include "config.h"

#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

#include "kolo-test-util.h"
#include "kolo-clock.h"
#include "kolo-run.h"

#define RUN_TICKS   4      /* ticks between pauses */
#define PAUSE_AT_MS 430    /* into the second the pause starts */
#define PAUSE_MS    1370   /* not a whole second either */

typedef struct
{
  GMainLoop *loop;
  KoloRun   *run;
  gint64     end_boot;       /* when the benchmark stops */
  gint64     allowed_us;
  /* The benchmark's own account of the run, from CLOCK_BOOTTIME. */
  gint64     started_boot;
  gint64     paused_total;
  gint64     pause_boot;
  /* The tick the timeout was set for: the second boundary. */
  gint64     target_boot;
  /* Figures */
  GArray    *lateness;       /* of gint64 µs, tick − boundary */
  gint64     max_shown_off;  /* µs, shown value − true remaining */
  gint64     max_engine_off; /* µs, |engine remaining − true remaining| */
  guint      wrong_seconds;  /* ticks showing another second than the true one */
  guint      ticks;
  guint      pauses;
} Bench;

static gint64
boot_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_BOOTTIME, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

/* The whole second shown for @us of remaining time: rounded up, so that
 * 0 shows exactly when the time is up. */
static gint64
shown_seconds (gint64 us)
{
  if (us > 0)
    return (us + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC;
  return -(-us / G_USEC_PER_SEC);
}

/* Until the shown second changes: the remaining time down to the next
 * whole second below it. */
static gint64
until_next_second (gint64 remaining_us)
{
  gint64 into = ((remaining_us % G_USEC_PER_SEC) + G_USEC_PER_SEC) % G_USEC_PER_SEC;

  return into == 0 ? G_USEC_PER_SEC : into;
}

static gboolean tick_cb (gpointer data);

static void
schedule_tick (Bench *bench)
{
  gint64 remaining = kolo_run_get_remaining_us (bench->run);
  gint64 now = boot_now ();
  gint64 delay = until_next_second (remaining);

  bench->target_boot = now + delay;
  /* Rounded up to the millisecond: a timeout never fires early. */
  g_timeout_add ((guint) ((delay + 999) / 1000), tick_cb, bench);
}

static gboolean
resume_cb (gpointer data)
{
  Bench *bench = data;
  g_autoptr(GError) error = NULL;
  gint64 before = boot_now ();

  if (!kolo_run_resume (bench->run, &error))
    g_error ("%s", error->message);
  bench->paused_total += before - bench->pause_boot;
  schedule_tick (bench);
  return G_SOURCE_REMOVE;
}

static gboolean
pause_cb (gpointer data)
{
  Bench *bench = data;
  g_autoptr(GError) error = NULL;

  bench->pause_boot = boot_now ();
  if (!kolo_run_pause (bench->run, &error))
    g_error ("%s", error->message);
  bench->pauses++;
  g_timeout_add (PAUSE_MS, resume_cb, bench);
  return G_SOURCE_REMOVE;
}

static gboolean
tick_cb (gpointer data)
{
  Bench *bench = data;
  gint64 engine, now, truth, shown, late;

  /* The console's tick: read the run, and the truth at the same instant. */
  engine = kolo_run_get_remaining_us (bench->run);
  now = boot_now ();
  truth = bench->allowed_us - (now - bench->started_boot - bench->paused_total);
  kolo_run_poll (bench->run);

  late = now - bench->target_boot;
  g_array_append_val (bench->lateness, late);
  shown = shown_seconds (engine);
  bench->max_shown_off = MAX (bench->max_shown_off, ABS (shown * G_USEC_PER_SEC - truth));
  bench->max_engine_off = MAX (bench->max_engine_off, ABS (engine - truth));
  if (shown != shown_seconds (truth))
    bench->wrong_seconds++;
  bench->ticks++;

  if (now >= bench->end_boot)
    {
      g_main_loop_quit (bench->loop);
      return G_SOURCE_REMOVE;
    }

  if (bench->ticks % RUN_TICKS == 0)
    g_timeout_add (PAUSE_AT_MS, pause_cb, bench);
  else
    schedule_tick (bench);

  return G_SOURCE_REMOVE;
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : (x > y ? 1 : 0);
}

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
         usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

static KoloEvent *
make_event (KoloStore *store,
            int        minutes)
{
  g_autoptr(KoloDoc) doc = kolo_doc_new (KOLO_DOC_EVENT);
  g_autoptr(GError) error = NULL;
  KoloDocDay *day = kolo_doc_day_new ();
  KoloDocModule *module = kolo_doc_module_new ();
  KoloDocActivity *activity = kolo_doc_activity_new ();
  KoloEvent *event;

  g_free (doc->title);
  doc->title = g_strdup ("bench-timer");
  g_date_set_time_t (&day->date, time (NULL));
  g_free (activity->title);
  activity->title = g_strdup ("Countdown");
  activity->minutes = minutes;
  g_ptr_array_add (module->activities, activity);
  g_ptr_array_add (day->modules, module);
  g_ptr_array_add (doc->days, day);

  event = kolo_store_insert_event (store, doc, &error);
  if (event == NULL)
    g_error ("%s", error->message);
  return event;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(KoloStore) store = NULL;
  g_autoptr(KoloEvent) event = NULL;
  g_autoptr(KoloDay) day = NULL;
  Bench bench = { 0 };
  gint64 seconds = 60, wall_start, median, max_late;
  double cpu_start, cpu_used, wall_used;

  if (argc > 2 || (argc == 2 && ((seconds = g_ascii_strtoll (argv[1], NULL, 10)) < 2)))
    {
      g_printerr ("Usage: %s [SECONDS]   (at least 2; default 60)\n", argv[0]);
      return 2;
    }

  kolo_core_init ();
  dir = g_dir_make_tmp ("kolo-bench-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);
  path = g_build_filename (dir, "kolo.db", NULL);
  store = kolo_store_open (path, &error);
  if (store == NULL)
    g_error ("%s", error->message);

  /* Long enough never to run out, whatever N. */
  event = make_event (store, CLAMP ((int) (seconds / 60) + 2, 1, 600));
  bench.run = kolo_run_get_for_event (event, NULL, &error);
  if (bench.run == NULL)
    g_error ("%s", error->message);
  day = g_list_model_get_item (kolo_event_get_days (event), 0);

  bench.loop = g_main_loop_new (NULL, FALSE);
  bench.lateness = g_array_new (FALSE, FALSE, sizeof (gint64));

  cpu_start = cpu_seconds ();
  wall_start = g_get_monotonic_time ();
  bench.started_boot = boot_now ();
  if (!kolo_run_start_day (bench.run, day, &error))
    g_error ("%s", error->message);
  bench.allowed_us = kolo_run_get_allowed_us (bench.run);
  bench.end_boot = bench.started_boot + seconds * G_USEC_PER_SEC;
  schedule_tick (&bench);

  g_main_loop_run (bench.loop);

  cpu_used = cpu_seconds () - cpu_start;
  wall_used = (g_get_monotonic_time () - wall_start) / 1e6;

  g_array_sort (bench.lateness, compare_gint64);
  median = g_array_index (bench.lateness, gint64, bench.lateness->len / 2);
  max_late = g_array_index (bench.lateness, gint64, bench.lateness->len - 1);

  g_print ("bench-timer: %.1f s of the real timer (system clock, CLOCK_BOOTTIME), "
           "%u ticks, %u pauses of %d ms starting %d ms into a second\n",
           wall_used, bench.ticks, bench.pauses, PAUSE_MS, PAUSE_AT_MS);
  g_print ("largest deviation of the shown second from the true remaining time: %.3f ms\n",
           bench.max_shown_off / 1000.0);
  g_print ("largest deviation of the engine's remaining time from the true one: %.3f ms\n",
           bench.max_engine_off / 1000.0);
  g_print ("ticks showing another second than the true remaining time: %u\n",
           bench.wrong_seconds);
  g_print ("tick lateness after the second boundary: median %.3f ms, max %.3f ms, "
           "min %.3f ms\n",
           median / 1000.0, max_late / 1000.0,
           g_array_index (bench.lateness, gint64, 0) / 1000.0);
  g_print ("CPU time: %.3f s in %.1f s (%.3f %% of one core), database writes included\n",
           cpu_used, wall_used, 100.0 * cpu_used / wall_used);

  if (!kolo_run_stop_day (bench.run, &error))
    g_error ("%s", error->message);
  g_clear_object (&bench.run);
  g_clear_object (&day);
  g_clear_object (&event);
  g_clear_object (&store);
  g_main_loop_unref (bench.loop);
  g_array_unref (bench.lateness);
  kolo_test_remove_dir (dir);

  return 0;
}
