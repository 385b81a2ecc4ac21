/* kolo-ticker.c — one tick a second for a running timer, on the second
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-ticker"

#include "config.h"

#include "kolo-ticker.h"

/* Every view of a run (the console, the projector) redraws on the same
 * "tick", emitted just after the shown seconds change: the wake-up is
 * aligned to the boundary of the remaining time rather than every second
 * from whenever (g_timeout_add_seconds() is not aligned and would show a
 * second late, or skip one).  While neither the day's run nor a role-play
 * round runs nothing wakes up at all; a change of the run ticks at once. */
struct _KoloTicker
{
  GObject  parent_instance;

  KoloRun *run;
  guint    timeout;
};

G_DEFINE_FINAL_TYPE (KoloTicker, kolo_ticker, G_TYPE_OBJECT)

enum { TICK, N_SIGNALS };
static guint signals[N_SIGNALS];

static void schedule (KoloTicker *self);

static gboolean
timeout_cb (gpointer user_data)
{
  KoloTicker *self = KOLO_TICKER (user_data);

  self->timeout = 0;
  /* Warnings, time-up and auto-advance are the run's to decide. */
  kolo_run_poll (self->run);
  g_signal_emit (self, signals[TICK], 0);
  schedule (self);
  return G_SOURCE_REMOVE;
}

/* How long until the second shown for @remaining changes. */
static gint64
delay_for (gint64 remaining)
{
  gint64 delay;

  if (remaining > 0)
    delay = remaining % G_USEC_PER_SEC;
  else
    delay = G_USEC_PER_SEC - ((-remaining) % G_USEC_PER_SEC);
  return delay == 0 ? G_USEC_PER_SEC : delay;
}

/* Wakes up just after the displayed second changes: the day's activity's
 * or the role-play round's, whichever comes first.  A round that is over
 * shows no countdown, so it needs no tick; the run's "changed" (a round
 * action, or kolo_run_poll() seeing a new phase) schedules again. */
static void
schedule (KoloTicker *self)
{
  gint64 delay = G_MAXINT64;

  g_clear_handle_id (&self->timeout, g_source_remove);

  if (kolo_run_get_state (self->run) == KOLO_RUN_RUNNING)
    delay = delay_for (kolo_run_get_remaining_us (self->run));
  if (kolo_run_get_round_state (self->run) == KOLO_RUN_RUNNING &&
      kolo_run_get_round_phase (self->run) != KOLO_ROUND_OVER)
    delay = MIN (delay, delay_for (kolo_run_get_round_remaining_us (self->run)));
  if (delay == G_MAXINT64)
    return;

  /* A millisecond past the boundary, never before it. */
  self->timeout = g_timeout_add_full (G_PRIORITY_HIGH, (guint) (delay / 1000) + 1, timeout_cb,
                                      self, NULL);
}

static void
run_changed_cb (KoloTicker *self)
{
  g_signal_emit (self, signals[TICK], 0);
  schedule (self);
}

static void
kolo_ticker_dispose (GObject *object)
{
  KoloTicker *self = (KoloTicker *)object;

  g_clear_handle_id (&self->timeout, g_source_remove);
  if (self->run != NULL)
    g_signal_handlers_disconnect_by_data (self->run, self);
  g_clear_object (&self->run);

  G_OBJECT_CLASS (kolo_ticker_parent_class)->dispose (object);
}

static void
kolo_ticker_class_init (KoloTickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kolo_ticker_dispose;

  /**
   * KoloTicker::tick:
   *
   * The shown time changed (or the run did): views redraw.
   */
  signals[TICK] = g_signal_new ("tick", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kolo_ticker_init (KoloTicker *self)
{
}

KoloTicker *
kolo_ticker_new (KoloRun *run)
{
  KoloTicker *self;

  g_return_val_if_fail (KOLO_IS_RUN (run), NULL);

  self = g_object_new (KOLO_TYPE_TICKER, NULL);
  self->run = g_object_ref (run);
  g_signal_connect_swapped (run, "changed", G_CALLBACK (run_changed_cb), self);
  g_signal_connect_swapped (run, "notify::state", G_CALLBACK (run_changed_cb), self);
  g_signal_connect_swapped (run, "notify::current", G_CALLBACK (run_changed_cb), self);
  schedule (self);
  return self;
}

/**
 * kolo_ticker_get_run:
 *
 * Returns: (transfer none): the run it ticks for
 */
KoloRun *
kolo_ticker_get_run (KoloTicker *self)
{
  g_return_val_if_fail (KOLO_IS_TICKER (self), NULL);
  return self->run;
}
