/* kolo-run.c — running a day of an event against the clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The countdown is never accumulated: every figure is computed from the
 * clock when asked, as allowed − (now − origin − paused).  Within a run of
 * Kolo, instants are boot times (CLOCK_BOOTTIME counts suspend); what the
 * store keeps are wall-clock instants and durations, so the next run of
 * Kolo can work out where the trainer was.  docs/timer.md tells the story.
 *
 * What the trainer does is in kolo-run-actions.c, following the agenda
 * and the plan in kolo-run-plan.c, keeping the run in the store in
 * kolo-run-store.c; kolo-run-private.h is what they share.
 */
#define G_LOG_DOMAIN "kolo-run"

#include "config.h"

#include <string.h>

#include "kolo-run-private.h"
#include "kolo-text.h"

#define WARNING_SECONDS_MAX 3600

G_DEFINE_ENUM_TYPE (KoloRunState, kolo_run_state,
  G_DEFINE_ENUM_VALUE (KOLO_RUN_STOPPED, "stopped"),
  G_DEFINE_ENUM_VALUE (KOLO_RUN_RUNNING, "running"),
  G_DEFINE_ENUM_VALUE (KOLO_RUN_PAUSED, "paused"))

G_DEFINE_FINAL_TYPE (KoloRun, kolo_run, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_EVENT,
  PROP_DAY,
  PROP_STATE,
  PROP_CURRENT,
  PROP_NEXT,
  PROP_WARNING_SECONDS,
  PROP_AUTO_ADVANCE,
  PROP_ROUND_STATE,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

enum { WARNING, TIME_UP, CHANGED, ROUND_PHASE, N_SIGNALS };
static guint signals[N_SIGNALS];

static G_DEFINE_QUARK (kolo-run-of-event, run_of_event)

/* Timing ----------------------------------------------------------------- */

void
_kolo_run_timing_copy (Timing       *dest,
                       const Timing *src)
{
  *dest = *src;
  if (dest->day != NULL)
    g_object_ref (dest->day);
  if (dest->current != NULL)
    g_object_ref (dest->current);
}

void
_kolo_run_timing_clear (Timing *t)
{
  g_clear_object (&t->day);
  g_clear_object (&t->current);
}

gint64
_kolo_run_timing_elapsed (const Timing *t,
                          gint64        now_boot)
{
  gint64 end;

  if (t->current == NULL)
    return 0;

  end = t->state == KOLO_RUN_PAUSED ? t->pause_us : now_boot;
  return MAX (0, end - t->origin_us - t->paused_us);
}

/* Planned minutes plus those added, kept within what an activity may
 * have: at least one minute, at most KOLO_MINUTES_MAX. */
int
_kolo_run_timing_allowed_minutes (const Timing *t)
{
  if (t->current == NULL)
    return 0;
  return CLAMP (kolo_activity_get_minutes (t->current) + t->added_minutes,
                KOLO_MINUTES_MIN, KOLO_MINUTES_MAX);
}

gint64
_kolo_run_timing_remaining (const Timing *t,
                            gint64        now_boot)
{
  if (t->current == NULL)
    return 0;
  return _kolo_run_timing_allowed_minutes (t) * US_PER_MINUTE -
         _kolo_run_timing_elapsed (t, now_boot);
}

void
_kolo_run_stop_timing (Timing *t)
{
  g_clear_object (&t->current);
  t->state = KOLO_RUN_STOPPED;
  t->origin_us = t->paused_us = t->pause_us = 0;
  t->started_wall_us = 0;
  t->added_minutes = 0;
  t->planned_end = -1;
  t->warned = t->timed_up = FALSE;
}

gint64
_kolo_run_warning_us (KoloRun *self)
{
  return (gint64) self->warning_seconds * G_USEC_PER_SEC;
}

/* The alerts announce crossings: what is already behind when an activity
 * is entered or restarted is not announced again. */
void
_kolo_run_arm_alerts (KoloRun *self,
                      Timing  *t,
                      gint64   now_boot)
{
  gint64 remaining = _kolo_run_timing_remaining (t, now_boot);

  t->warned = remaining <= _kolo_run_warning_us (self);
  t->timed_up = remaining <= 0;
}

Now
_kolo_run_read_clock (KoloRun *self)
{
  Now now;

  now.boot = kolo_clock_get_boot_us (self->clock);
  now.wall = kolo_clock_get_wall_us (self->clock);
  return now;
}

/* Applying a change ------------------------------------------------------ */

/* Makes @t the run's state and tells everyone what changed. */
void
_kolo_run_apply (KoloRun    *self,
                 Timing     *t,
                 const Now  *now)
{
  g_autoptr(KoloActivity) old_next = NULL;
  gboolean day_changed = t->day != self->t.day;
  gboolean current_changed = t->current != self->t.current;
  gboolean state_changed = t->state != self->t.state;

  g_set_object (&old_next, kolo_run_get_next (self));

  _kolo_run_timing_clear (&self->t);
  self->t = *t;
  memset (t, 0, sizeof *t);
  self->saved_offset_us = now->wall - now->boot;

  if (day_changed)
    _kolo_run_watch_day (self);
  if (current_changed)
    _kolo_run_watch_current (self);

  g_object_freeze_notify (G_OBJECT (self));
  if (day_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
  if (state_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
  if (current_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
  if (old_next != kolo_run_get_next (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT]);
  g_object_thaw_notify (G_OBJECT (self));

  g_signal_emit (self, signals[CHANGED], 0);
}

/* For the other parts of the run, which do not see the properties and
 * the signals. */
void
_kolo_run_notify_next (KoloRun *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT]);
}

void
_kolo_run_emit_changed (KoloRun *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The round changed (kolo-run-round.c has applied it). */
void
_kolo_run_round_changed (KoloRun  *self,
                         gboolean  state_changed)
{
  if (state_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUND_STATE]);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
_kolo_run_emit_round_phase (KoloRun        *self,
                            KoloRoundPhase  phase)
{
  g_signal_emit (self, signals[ROUND_PHASE], 0, phase);
}

/* GObject ------------------------------------------------------------------ */

static void
kolo_run_dispose (GObject *object)
{
  KoloRun *self = (KoloRun *)object;

  g_clear_handle_id (&self->reconcile_id, g_source_remove);
  _kolo_run_unwatch_day (self);
  if (self->watched_current != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->watched_current, _kolo_run_plan_changed_cb, self);
      g_clear_object (&self->watched_current);
    }

  if (self->event != NULL)
    {
      g_signal_handlers_disconnect_by_func (kolo_event_get_days (self->event),
                                            _kolo_run_agenda_changed_cb, self);
      if (g_object_get_qdata (G_OBJECT (self->event), run_of_event_quark ()) == self)
        g_object_set_qdata (G_OBJECT (self->event), run_of_event_quark (), NULL);
    }

  _kolo_run_timing_clear (&self->t);
  _kolo_run_round_clear (&self->round);
  g_clear_object (&self->event);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (kolo_run_parent_class)->dispose (object);
}

static void
kolo_run_finalize (GObject *object)
{
  KoloRun *self = (KoloRun *)object;

  g_clear_pointer (&self->order, g_ptr_array_unref);
  g_clear_pointer (&self->modules, g_ptr_array_unref);

  G_OBJECT_CLASS (kolo_run_parent_class)->finalize (object);
}

static void
kolo_run_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  KoloRun *self = KOLO_RUN (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;
    case PROP_DAY:
      g_value_set_object (value, self->t.day);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->t.state);
      break;
    case PROP_CURRENT:
      g_value_set_object (value, self->t.current);
      break;
    case PROP_NEXT:
      g_value_set_object (value, kolo_run_get_next (self));
      break;
    case PROP_WARNING_SECONDS:
      g_value_set_int (value, self->warning_seconds);
      break;
    case PROP_AUTO_ADVANCE:
      g_value_set_boolean (value, self->auto_advance);
      break;
    case PROP_ROUND_STATE:
      g_value_set_enum (value, self->round.state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_run_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  KoloRun *self = KOLO_RUN (object);

  switch (prop_id)
    {
    case PROP_WARNING_SECONDS:
      kolo_run_set_warning_seconds (self, g_value_get_int (value));
      break;
    case PROP_AUTO_ADVANCE:
      kolo_run_set_auto_advance (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_run_class_init (KoloRunClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = kolo_run_dispose;
  object_class->finalize = kolo_run_finalize;
  object_class->get_property = kolo_run_get_property;
  object_class->set_property = kolo_run_set_property;

  properties[PROP_EVENT] = g_param_spec_object ("event", NULL, NULL, KOLO_TYPE_EVENT, ro);
  properties[PROP_DAY] = g_param_spec_object ("day", NULL, NULL, KOLO_TYPE_DAY, ro);
  properties[PROP_STATE] = g_param_spec_enum ("state", NULL, NULL, KOLO_TYPE_RUN_STATE,
                                              KOLO_RUN_STOPPED, ro);
  properties[PROP_CURRENT] = g_param_spec_object ("current", NULL, NULL, KOLO_TYPE_ACTIVITY, ro);
  properties[PROP_NEXT] = g_param_spec_object ("next", NULL, NULL, KOLO_TYPE_ACTIVITY, ro);
  properties[PROP_WARNING_SECONDS] = g_param_spec_int ("warning-seconds", NULL, NULL,
                                                       0, WARNING_SECONDS_MAX, 120, rw);
  properties[PROP_AUTO_ADVANCE] = g_param_spec_boolean ("auto-advance", NULL, NULL, FALSE, rw);
  properties[PROP_ROUND_STATE] = g_param_spec_enum ("round-state", NULL, NULL, KOLO_TYPE_RUN_STATE,
                                                    KOLO_RUN_STOPPED, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KoloRun::warning:
   *
   * The running activity's remaining time reached "warning-seconds";
   * emitted by kolo_run_poll(), once per activity.
   */
  signals[WARNING] =
    g_signal_new ("warning", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * KoloRun::time-up:
   *
   * The running activity's time ran out; emitted by kolo_run_poll(), once
   * per activity.
   */
  signals[TIME_UP] =
    g_signal_new ("time-up", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * KoloRun::changed:
   *
   * Something the console shows changed, other than the passing of time:
   * the state, the current or next activity, the allowance, a restart,
   * the agenda.  Views redraw.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * KoloRun::round-phase:
   * @phase: the #KoloRoundPhase the round is in now
   *
   * The passing of time took the running role-play round into its next
   * phase, or over (%KOLO_ROUND_OVER); emitted by kolo_run_poll(), once
   * per crossing, followed by #KoloRun::changed.  Not for what the
   * trainer does (starting a round, kolo_run_next_round_phase(), changing
   * its minutes), nor once for each phase a single poll went past: only
   * the phase reached.
   */
  signals[ROUND_PHASE] =
    g_signal_new ("round-phase", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, KOLO_TYPE_ROUND_PHASE);
}

static void
kolo_run_init (KoloRun *self)
{
  self->warning_seconds = 120;
  self->t.state = KOLO_RUN_STOPPED;
  self->t.planned_end = -1;
  _kolo_run_round_init (&self->round);
  self->order = g_ptr_array_new_with_free_func (g_object_unref);
  self->modules = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Public API --------------------------------------------------------------- */

/**
 * kolo_run_get_for_event:
 * @event: an event in a store
 * @clock: (nullable): the clock to run on; %NULL for the system's.  Only
 *   used when the run is made.
 * @error: where to put an error
 *
 * The run of @event: there is one per event while anyone holds it.  A new
 * one is restored from the store, so after a crash or a restart it comes
 * back on the same activity, in the same state, with the time that passed
 * meanwhile counted.
 *
 * Returns: (transfer full): the run, or %NULL with @error set
 */
KoloRun *
kolo_run_get_for_event (KoloEvent  *event,
                        KoloClock  *clock,
                        GError    **error)
{
  g_autoptr(KoloRun) self = NULL;
  KoloRun *existing;

  g_return_val_if_fail (KOLO_IS_EVENT (event), NULL);
  g_return_val_if_fail (clock == NULL || KOLO_IS_CLOCK (clock), NULL);

  existing = g_object_get_qdata (G_OBJECT (event), run_of_event_quark ());
  if (existing != NULL)
    return g_object_ref (existing);

  self = g_object_new (KOLO_TYPE_RUN, NULL);
  self->event = g_object_ref (event);
  self->clock = g_object_ref (clock != NULL ? clock : kolo_clock_get_system ());
  self->saved_offset_us = kolo_clock_get_wall_us (self->clock) -
                          kolo_clock_get_boot_us (self->clock);
  self->round_offset_us = self->saved_offset_us;

  if (!_kolo_run_restore (self, error) || !_kolo_run_round_restore (self, error))
    return NULL;

  g_signal_connect (kolo_event_get_days (event), "items-changed",
                    G_CALLBACK (_kolo_run_agenda_changed_cb), self);
  g_object_set_qdata (G_OBJECT (event), run_of_event_quark (), self);

  return g_steal_pointer (&self);
}

/**
 * kolo_run_get_event:
 *
 * Returns: (transfer none): the event this run belongs to
 */
KoloEvent *
kolo_run_get_event (KoloRun *self)
{
  g_return_val_if_fail (KOLO_IS_RUN (self), NULL);
  return self->event;
}

/**
 * kolo_run_get_day:
 *
 * Returns: (transfer none) (nullable): the day that runs, or the one that
 *   ran last; %NULL before any
 */
KoloDay *
kolo_run_get_day (KoloRun *self)
{
  g_return_val_if_fail (KOLO_IS_RUN (self), NULL);
  return self->t.day;
}

KoloRunState
kolo_run_get_state (KoloRun *self)
{
  g_return_val_if_fail (KOLO_IS_RUN (self), KOLO_RUN_STOPPED);
  return self->t.state;
}

/**
 * kolo_run_get_current:
 *
 * Returns: (transfer none) (nullable): the activity the countdown is for;
 *   %NULL when stopped
 */
KoloActivity *
kolo_run_get_current (KoloRun *self)
{
  g_return_val_if_fail (KOLO_IS_RUN (self), NULL);
  return self->t.current;
}

/**
 * kolo_run_get_next:
 *
 * Returns: (transfer none) (nullable): the activity after the current one
 *   in its day; %NULL on the last one and when stopped
 */
KoloActivity *
kolo_run_get_next (KoloRun *self)
{
  g_return_val_if_fail (KOLO_IS_RUN (self), NULL);
  return _kolo_run_activity_near (self->t.day, self->t.current, 1);
}

/**
 * kolo_run_get_remaining_us:
 *
 * Returns: the current activity's remaining time, computed from the clock;
 *   negative in overrun; 0 when stopped
 */
gint64
kolo_run_get_remaining_us (KoloRun *self)
{
  g_return_val_if_fail (KOLO_IS_RUN (self), 0);
  return _kolo_run_timing_remaining (&self->t, kolo_clock_get_boot_us (self->clock));
}

/**
 * kolo_run_get_elapsed_us:
 *
 * Returns: the current activity's running time, pauses left out
 */
gint64
kolo_run_get_elapsed_us (KoloRun *self)
{
  g_return_val_if_fail (KOLO_IS_RUN (self), 0);
  return _kolo_run_timing_elapsed (&self->t, kolo_clock_get_boot_us (self->clock));
}

/**
 * kolo_run_get_allowed_us:
 *
 * Returns: the current activity's planned time with the minutes added
 */
gint64
kolo_run_get_allowed_us (KoloRun *self)
{
  g_return_val_if_fail (KOLO_IS_RUN (self), 0);
  return _kolo_run_timing_allowed_minutes (&self->t) * US_PER_MINUTE;
}

/**
 * kolo_run_get_progress:
 *
 * Returns: the share of the allowance used, from 0 to 1 (1 in overrun)
 */
double
kolo_run_get_progress (KoloRun *self)
{
  gint64 allowed;

  g_return_val_if_fail (KOLO_IS_RUN (self), 0.0);

  allowed = kolo_run_get_allowed_us (self);
  if (allowed <= 0)
    return 0.0;
  return CLAMP ((double) kolo_run_get_elapsed_us (self) / (double) allowed, 0.0, 1.0);
}

/* Stores the run as it is (the alerts changed, or the wall clock moved);
 * a failure goes to the store's "write-failed". */
static void
store_now (KoloRun *self)
{
  g_autoptr(GError) error = NULL;
  KoloStore *store;
  Timing t;
  Now now;

  if (!_kolo_run_begin (self, &store, &t, &now, &error) ||
      !_kolo_run_finish (self, store, &t, &now, TRUE, &error))
    _kolo_run_report (self, error);
}

/**
 * kolo_run_poll:
 *
 * Called by the UI on every tick.  For a running activity, emits
 * #KoloRun::warning once when its remaining time reaches the warning
 * threshold (never for an activity no longer than the threshold, nor when
 * the time ran out by the same poll), and #KoloRun::time-up once when it
 * reaches zero; with auto-advance on, goes to the next activity at
 * time-up (not past the day's last one: ending the day is the trainer's
 * call).  It also follows edits of the agenda, and stores the run again
 * when the wall clock was set.  For a running role-play round, emits
 * #KoloRun::round-phase when the time takes it into another phase.
 */
void
kolo_run_poll (KoloRun *self)
{
  KoloActivity *current;
  gint64 remaining, offset;
  Now now;

  g_return_if_fail (KOLO_IS_RUN (self));

  /* The round goes on whatever the day does. */
  _kolo_run_round_poll (self);

  _kolo_run_reconcile (self);
  if (self->t.state == KOLO_RUN_STOPPED)
    return;

  now = _kolo_run_read_clock (self);
  offset = now.wall - now.boot;
  if (ABS (offset - self->saved_offset_us) > REANCHOR_US)
    {
      g_debug ("The wall clock moved by %" G_GINT64_FORMAT " µs; storing the run again",
               offset - self->saved_offset_us);
      store_now (self);
      /* Once per jump: a store that refused is not asked again every
       * second (the next action writes the whole run anyway). */
      self->saved_offset_us = offset;
    }

  if (self->t.state != KOLO_RUN_RUNNING)
    return;

  remaining = _kolo_run_timing_remaining (&self->t, now.boot);
  current = self->t.current;
  if (!self->t.timed_up && remaining <= 0)
    {
      self->t.timed_up = TRUE;
      self->t.warned = TRUE;
      store_now (self);
      g_signal_emit (self, signals[TIME_UP], 0);

      /* Unless a handler moved on already. */
      if (self->auto_advance && self->t.state == KOLO_RUN_RUNNING &&
          self->t.current == current && kolo_run_get_next (self) != NULL)
        {
          g_autoptr(GError) error = NULL;

          if (!kolo_run_next (self, &error))
            _kolo_run_report (self, error);
        }
    }
  else if (!self->t.warned && self->warning_seconds > 0 && remaining <= _kolo_run_warning_us (self))
    {
      self->t.warned = TRUE;
      store_now (self);
      g_signal_emit (self, signals[WARNING], 0);
    }
}

int
kolo_run_get_warning_seconds (KoloRun *self)
{
  g_return_val_if_fail (KOLO_IS_RUN (self), 0);
  return self->warning_seconds;
}

/**
 * kolo_run_set_warning_seconds:
 * @seconds: how long before the end to warn, 0–3600; 0 for never
 */
void
kolo_run_set_warning_seconds (KoloRun *self,
                              int      seconds)
{
  g_return_if_fail (KOLO_IS_RUN (self));
  g_return_if_fail (seconds >= 0 && seconds <= WARNING_SECONDS_MAX);

  if (self->warning_seconds == seconds)
    return;

  self->warning_seconds = seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARNING_SECONDS]);
}

gboolean
kolo_run_get_auto_advance (KoloRun *self)
{
  g_return_val_if_fail (KOLO_IS_RUN (self), FALSE);
  return self->auto_advance;
}

void
kolo_run_set_auto_advance (KoloRun  *self,
                           gboolean  auto_advance)
{
  g_return_if_fail (KOLO_IS_RUN (self));

  auto_advance = !!auto_advance;
  if (self->auto_advance == auto_advance)
    return;

  self->auto_advance = auto_advance;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTO_ADVANCE]);
}
