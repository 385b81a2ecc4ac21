/* bench-run-cpu.c — what a running timer costs: Kolo's CPU time while a
 * day runs with the console and the projector on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A benchmark, not a test: it prints figures.  Run it under Xvfb with the
 * cairo renderer, as build-aux/bench-run-cpu.sh does:
 *   bench-run-cpu [SECONDS]
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sys/resource.h>

#include "kolo-test-util.h"
#include "kolo-window.h"

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
         usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

static gboolean
quit_cb (gpointer loop)
{
  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

static void
run_for (double seconds)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_timeout_add ((guint) (seconds * 1000), quit_cb, loop);
  g_main_loop_run (loop);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloStore) store = NULL;
  g_autoptr(KoloDoc) doc = NULL;
  g_autoptr(KoloEvent) event = NULL;
  double seconds = argc > 1 ? g_ascii_strtod (argv[1], NULL) : 60;
  double cpu_before, cpu_after;
  gint64 wall_before, wall_after;
  KoloWindow *window;
  GDate date;

  setlocale (LC_ALL, "");
  kolo_core_init ();
  if (!gtk_init_check ())
    {
      g_printerr ("bench-run-cpu: no display; run it under Xvfb\n");
      return 1;
    }
  adw_init ();

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

  window = kolo_window_new (NULL, store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 900);
  gtk_window_present (GTK_WINDOW (window));
  kolo_window_open_event (window, event);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.run-start-day", "u", 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.projector", NULL);

  /* Settle: windows mapped, first frames drawn. */
  run_for (3);

  cpu_before = cpu_seconds ();
  wall_before = g_get_monotonic_time ();
  run_for (seconds);
  cpu_after = cpu_seconds ();
  wall_after = g_get_monotonic_time ();

  g_print ("renderer %s, %.0f s with a running day, console and projector open\n",
           g_getenv ("GSK_RENDERER") ? g_getenv ("GSK_RENDERER") : "default", seconds);
  g_print ("CPU time %.3f s of %.1f s: %.2f %% of one core\n",
           cpu_after - cpu_before, (wall_after - wall_before) / 1e6,
           100.0 * (cpu_after - cpu_before) / ((wall_after - wall_before) / 1e6));

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&event);
  g_clear_object (&store);
  kolo_test_remove_dir (dir);
  return 0;
}
