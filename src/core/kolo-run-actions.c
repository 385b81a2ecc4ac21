/* kolo-run-actions.c — what the trainer does with a run: start and stop
 * the day, pause, go to another activity, add minutes, start over
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-run"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kolo-run-private.h"
#include "kolo-store-private.h"
#include "kolo-text.h"

/* Every action brings the run in line with the agenda first, then
 * changes a copy of its Timing in one transaction (see
 * _kolo_run_begin()). */

static gboolean
check_active (KoloRun  *self,
              GError  **error)
{
  if (self->t.state != KOLO_RUN_STOPPED && self->t.current != NULL)
    return TRUE;

  g_set_error_literal (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                       _("No day is running; start the day first"));
  return FALSE;
}

/**
 * kolo_run_start_day:
 * @day: a day of the run's event
 *
 * Starts @day: its first activity runs at once.  A day that ran before
 * starts at its first activity again, which continues from its recorded
 * time (kolo_run_reset_day() starts a day afresh).  When another day of
 * the event was running, it is stopped first.
 */
gboolean
kolo_run_start_day (KoloRun  *self,
                    KoloDay  *day,
                    GError  **error)
{
  KoloActivity *first;
  KoloStore *store;
  Timing t;
  Now now;
  gboolean ok;

  g_return_val_if_fail (KOLO_IS_RUN (self), FALSE);
  g_return_val_if_fail (KOLO_IS_DAY (day), FALSE);

  _kolo_run_reconcile (self);

  if (kolo_day_get_event (day) != self->event || !_kolo_run_day_in_event (day, self->event))
    {
      g_set_error_literal (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                           _("The day is not part of this event"));
      return FALSE;
    }
  if (self->t.state != KOLO_RUN_STOPPED && self->t.day == day)
    {
      g_set_error_literal (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                           _("The day is running already"));
      return FALSE;
    }
  if ((first = _kolo_run_first_activity (day)) == NULL)
    {
      g_set_error_literal (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                           _("The day has no activities to run"));
      return FALSE;
    }

  if (!_kolo_run_begin (self, &store, &t, &now, error))
    return FALSE;
  ok = _kolo_run_leave_current (store, &t, &now, error);
  if (ok)
    {
      g_set_object (&t.day, day);
      t.state = KOLO_RUN_RUNNING;
      t.planned_end = kolo_day_get_planned_end_minute (day);
      ok = _kolo_run_enter (self, store, &t, first, &now, error);
    }
  return _kolo_run_finish (self, store, &t, &now, ok, error);
}

/**
 * kolo_run_stop_day:
 *
 * Ends the day: the current activity gets its actual end and the run
 * stops.  Recorded times stay.  Stopping a stopped run does nothing.
 */
gboolean
kolo_run_stop_day (KoloRun  *self,
                   GError  **error)
{
  KoloStore *store;
  Timing t;
  Now now;
  gboolean ok;

  g_return_val_if_fail (KOLO_IS_RUN (self), FALSE);

  _kolo_run_reconcile (self);
  if (self->t.state == KOLO_RUN_STOPPED)
    return TRUE;

  if (!_kolo_run_begin (self, &store, &t, &now, error))
    return FALSE;
  ok = _kolo_run_leave_current (store, &t, &now, error);
  if (ok)
    _kolo_run_stop_timing (&t);
  return _kolo_run_finish (self, store, &t, &now, ok, error);
}

/**
 * kolo_run_start:
 *
 * The start button: resumes a paused activity; when the run is stopped,
 * starts the run's day again (see kolo_run_start_day()).  Does nothing
 * while running.
 */
gboolean
kolo_run_start (KoloRun  *self,
                GError  **error)
{
  g_return_val_if_fail (KOLO_IS_RUN (self), FALSE);

  _kolo_run_reconcile (self);
  switch (self->t.state)
    {
    case KOLO_RUN_RUNNING:
      return TRUE;
    case KOLO_RUN_PAUSED:
      return kolo_run_resume (self, error);
    case KOLO_RUN_STOPPED:
    default:
      if (self->t.day == NULL)
        {
          g_set_error_literal (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                               _("Choose the day to start"));
          return FALSE;
        }
      return kolo_run_start_day (self, self->t.day, error);
    }
}

/**
 * kolo_run_pause:
 *
 * Holds the current activity's countdown.  It stays held, whatever else
 * happens (going to another activity included), until kolo_run_resume()
 * or kolo_run_start().  Pausing a paused run does nothing.
 */
gboolean
kolo_run_pause (KoloRun  *self,
                GError  **error)
{
  KoloStore *store;
  Timing t;
  Now now;

  g_return_val_if_fail (KOLO_IS_RUN (self), FALSE);

  _kolo_run_reconcile (self);
  if (!check_active (self, error))
    return FALSE;
  if (self->t.state == KOLO_RUN_PAUSED)
    return TRUE;

  if (!_kolo_run_begin (self, &store, &t, &now, error))
    return FALSE;
  t.state = KOLO_RUN_PAUSED;
  t.pause_us = now.boot;
  return _kolo_run_finish (self, store, &t, &now, TRUE, error);
}

/**
 * kolo_run_resume:
 *
 * Lets a paused countdown run again.  Resuming a running one does nothing.
 */
gboolean
kolo_run_resume (KoloRun  *self,
                 GError  **error)
{
  KoloStore *store;
  Timing t;
  Now now;

  g_return_val_if_fail (KOLO_IS_RUN (self), FALSE);

  _kolo_run_reconcile (self);
  if (!check_active (self, error))
    return FALSE;
  if (self->t.state == KOLO_RUN_RUNNING)
    return TRUE;

  if (!_kolo_run_begin (self, &store, &t, &now, error))
    return FALSE;
  t.paused_us += now.boot - t.pause_us;
  t.pause_us = 0;
  t.state = KOLO_RUN_RUNNING;
  return _kolo_run_finish (self, store, &t, &now, TRUE, error);
}

/* Leaves the current activity for @activity of @day, in @state; ends the
 * day when @activity is NULL. */
static gboolean
switch_to (KoloRun       *self,
           KoloDay       *day,
           KoloActivity  *activity,
           KoloRunState   state,
           GError       **error)
{
  KoloStore *store;
  Timing t;
  Now now;
  gboolean ok;

  if (!_kolo_run_begin (self, &store, &t, &now, error))
    return FALSE;
  ok = _kolo_run_leave_current (store, &t, &now, error);
  if (ok && activity != NULL)
    {
      /* A day started here is measured against its plan as it is now. */
      if (day != t.day || t.state == KOLO_RUN_STOPPED || t.planned_end < 0)
        t.planned_end = kolo_day_get_planned_end_minute (day);
      g_set_object (&t.day, day);
      t.state = state;
      ok = _kolo_run_enter (self, store, &t, activity, &now, error);
    }
  else if (ok)
    _kolo_run_stop_timing (&t);
  return _kolo_run_finish (self, store, &t, &now, ok, error);
}

/**
 * kolo_run_next:
 *
 * Goes to the next activity; on the day's last one, ends the day (as
 * kolo_run_stop_day() does).  The state stays: a paused run stays paused.
 */
gboolean
kolo_run_next (KoloRun  *self,
               GError  **error)
{
  g_return_val_if_fail (KOLO_IS_RUN (self), FALSE);

  _kolo_run_reconcile (self);
  if (!check_active (self, error))
    return FALSE;

  return switch_to (self, self->t.day, kolo_run_get_next (self), self->t.state, error);
}

/**
 * kolo_run_previous:
 *
 * Goes back to the activity before: the one left gets its actual end, and
 * the one entered continues from the time it had
 * (kolo_run_restart_activity() starts it over).  The state stays.
 */
gboolean
kolo_run_previous (KoloRun  *self,
                   GError  **error)
{
  KoloActivity *previous;

  g_return_val_if_fail (KOLO_IS_RUN (self), FALSE);

  _kolo_run_reconcile (self);
  if (!check_active (self, error))
    return FALSE;

  previous = _kolo_run_activity_near (self->t.day, self->t.current, -1);
  if (previous == NULL)
    {
      g_set_error_literal (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                           _("This is the first activity of the day"));
      return FALSE;
    }

  return switch_to (self, self->t.day, previous, self->t.state, error);
}

/**
 * kolo_run_go_to:
 * @activity: an activity of any day of the run's event
 *
 * Makes @activity the current one, as kolo_run_previous() does: it
 * continues from its recorded time, and the state stays.  When the run is
 * stopped, it starts there, running.  Going to the current activity does
 * nothing.
 */
gboolean
kolo_run_go_to (KoloRun       *self,
                KoloActivity  *activity,
                GError       **error)
{
  KoloDay *day;

  g_return_val_if_fail (KOLO_IS_RUN (self), FALSE);
  g_return_val_if_fail (KOLO_IS_ACTIVITY (activity), FALSE);

  _kolo_run_reconcile (self);
  if ((day = _kolo_run_day_of_activity (self->event, activity)) == NULL)
    {
      g_set_error_literal (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                           _("The activity is not part of this event"));
      return FALSE;
    }
  if (activity == self->t.current)
    return TRUE;

  return switch_to (self, day, activity,
                    self->t.state == KOLO_RUN_STOPPED ? KOLO_RUN_RUNNING : self->t.state,
                    error);
}

/**
 * kolo_run_add_minutes:
 * @minutes: minutes to add; negative to take away
 *
 * Changes the current activity's allowance (not its plan).  The allowance
 * stays within what an activity may have, 1 to 600 minutes: a change
 * beyond is cut at the bound, and one that a bound stops altogether fails
 * (adding 0 minutes does nothing and succeeds).  Taking
 * time away may put the activity in overrun at once.  Added minutes
 * belong to the activity: they are still there when it is entered again.
 */
gboolean
kolo_run_add_minutes (KoloRun  *self,
                      int       minutes,
                      GError  **error)
{
  KoloStore *store;
  Timing t;
  Now now;
  int planned, allowed, wanted;
  gint64 remaining;

  g_return_val_if_fail (KOLO_IS_RUN (self), FALSE);

  _kolo_run_reconcile (self);
  if (!check_active (self, error))
    return FALSE;
  if (minutes == 0)
    return TRUE;

  planned = kolo_activity_get_minutes (self->t.current);
  allowed = _kolo_run_timing_allowed_minutes (&self->t);
  wanted = CLAMP ((gint64) allowed + minutes, KOLO_MINUTES_MIN, KOLO_MINUTES_MAX);
  if (wanted == allowed)
    {
      g_set_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                   _("An activity gets from %d to %d minutes"),
                   KOLO_MINUTES_MIN, KOLO_MINUTES_MAX);
      return FALSE;
    }

  if (!_kolo_run_begin (self, &store, &t, &now, error))
    return FALSE;
  t.added_minutes = wanted - planned;

  /* More time brings back the alerts for the crossings ahead again. */
  remaining = _kolo_run_timing_remaining (&t, now.boot);
  if (remaining > _kolo_run_warning_us (self))
    t.warned = FALSE;
  if (remaining > 0)
    t.timed_up = FALSE;

  return _kolo_run_finish (self, store, &t, &now, TRUE, error);
}

/**
 * kolo_run_restart_activity:
 *
 * Starts the current activity over: no time elapsed, no pauses, no
 * minutes added, and its actual start is now.  The state stays (a paused
 * activity restarts paused).  The UI asks first.
 */
gboolean
kolo_run_restart_activity (KoloRun  *self,
                           GError  **error)
{
  KoloStore *store;
  Timing t;
  Now now;

  g_return_val_if_fail (KOLO_IS_RUN (self), FALSE);

  _kolo_run_reconcile (self);
  if (!check_active (self, error))
    return FALSE;

  if (!_kolo_run_begin (self, &store, &t, &now, error))
    return FALSE;
  t.origin_us = now.boot;
  t.paused_us = 0;
  t.pause_us = now.boot;
  t.started_wall_us = now.wall;
  t.added_minutes = 0;
  _kolo_run_arm_alerts (self, &t, now.boot);
  return _kolo_run_finish (self, store, &t, &now, TRUE, error);
}

/**
 * kolo_run_reset_day:
 *
 * Forgets the run of the run's day: the run stops, and every recorded
 * time of the day's activities goes.  The UI asks first.
 */
gboolean
kolo_run_reset_day (KoloRun  *self,
                    GError  **error)
{
  KoloStore *store;
  sqlite3_stmt *stmt;
  Timing t;
  Now now;
  gboolean ok;

  g_return_val_if_fail (KOLO_IS_RUN (self), FALSE);

  _kolo_run_reconcile (self);
  if (self->t.day == NULL)
    {
      g_set_error_literal (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                           _("No day has been run yet"));
      return FALSE;
    }

  if (!_kolo_run_begin (self, &store, &t, &now, error))
    return FALSE;
  stmt = kolo_store_prepare (store,
                             "DELETE FROM activity_runs WHERE activity_id IN"
                             " (SELECT a.id FROM activities a JOIN modules m ON m.id = a.module_id"
                             "   WHERE m.day_id = ?1)",
                             error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, kolo_day_get_id (t.day));
      ok = kolo_store_step_done (store, stmt, error);
    }
  if (ok)
    _kolo_run_stop_timing (&t);
  return _kolo_run_finish (self, store, &t, &now, ok, error);
}
