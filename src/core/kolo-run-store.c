/* kolo-run-store.c — keeping the run in the store: the runs and
 * activity_runs tables, the transaction every action runs in, and
 * restoring the run after a crash or a restart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-run"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kolo-run-private.h"
#include "kolo-store-private.h"

/* What the store holds about one activity's run. */
typedef struct
{
  gboolean exists;
  gint64   started_wall;
  gint64   ended_wall;    /* 0: not ended */
  gint64   elapsed;
  gint64   paused;
  int      added_minutes;
} Record;

/* The states as the store writes them: the enum's nicks. */
static const char * const state_names[] = { "stopped", "running", "paused" };

/* The store -------------------------------------------------------------- */

const char *
_kolo_run_state_to_nick (KoloRunState state)
{
  return state_names[state];
}

/* An unknown nick (a damaged row) is STOPPED. */
KoloRunState
_kolo_run_state_from_nick (const char *nick)
{
  for (guint i = 0; i < G_N_ELEMENTS (state_names); i++)
    if (g_strcmp0 (nick, state_names[i]) == 0)
      return i;
  return KOLO_RUN_STOPPED;
}

KoloStore *
_kolo_run_get_store (KoloRun  *self,
                     GError  **error)
{
  KoloStore *store = kolo_event_get_store (self->event);

  if (store == NULL)
    g_set_error_literal (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_FAILED,
                         _("The event’s database is closed; the timer cannot be stored"));
  return store;
}

/* For failures with no caller to tell: the store's "write-failed". */
void
_kolo_run_report (KoloRun      *self,
                  const GError *error)
{
  KoloStore *store = kolo_event_get_store (self->event);

  if (store != NULL)
    kolo_store_report_error (store, error);
  else
    g_message ("%s", error->message);
}

static gboolean
read_record (KoloStore  *store,
             gint64      activity_id,
             Record     *record,
             GError    **error)
{
  sqlite3_stmt *stmt;
  int rc;

  memset (record, 0, sizeof *record);
  if (activity_id == 0)
    return TRUE;

  stmt = kolo_store_prepare (store,
                             "SELECT started_wall, ended_wall, elapsed_us, paused_us, added_minutes"
                             "  FROM activity_runs WHERE activity_id = ?1",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, activity_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      record->exists = TRUE;
      record->started_wall = sqlite3_column_int64 (stmt, 0);
      record->ended_wall = sqlite3_column_type (stmt, 1) == SQLITE_NULL
                           ? 0 : sqlite3_column_int64 (stmt, 1);
      record->elapsed = MAX (0, sqlite3_column_int64 (stmt, 2));
      record->paused = MAX (0, sqlite3_column_int64 (stmt, 3));
      record->added_minutes = sqlite3_column_int (stmt, 4);
    }
  else if (rc != SQLITE_DONE)
    {
      kolo_store_set_sqlite_error (store, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

/* The current activity's pause time, the pause going on included. */
static gint64
timing_total_paused (const Timing *t,
                     gint64        now_boot)
{
  return t->paused_us + (t->state == KOLO_RUN_PAUSED ? now_boot - t->pause_us : 0);
}

/* Writes what the current activity took so far; @ended_wall is 0 while
 * it stays the current one.  An activity whose rows are gone (deleted
 * while it ran) updates nothing. */
static gboolean
write_record (KoloStore     *store,
              const Timing  *t,
              const Now     *now,
              gint64         ended_wall,
              GError       **error)
{
  sqlite3_stmt *stmt;

  stmt = kolo_store_prepare (store,
                             "UPDATE activity_runs"
                             "   SET started_wall = ?2, ended_wall = ?3, elapsed_us = ?4,"
                             "       paused_us = ?5, added_minutes = ?6"
                             " WHERE activity_id = ?1",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, kolo_activity_get_id (t->current));
  sqlite3_bind_int64 (stmt, 2, t->started_wall_us);
  if (ended_wall != 0)
    sqlite3_bind_int64 (stmt, 3, ended_wall);
  sqlite3_bind_int64 (stmt, 4, _kolo_run_timing_elapsed (t, now->boot));
  sqlite3_bind_int64 (stmt, 5, timing_total_paused (t, now->boot));
  sqlite3_bind_int (stmt, 6, t->added_minutes);
  return kolo_store_step_done (store, stmt, error);
}

/* Stores @t as the event's run: which day and activity, the timing origin
 * and the pause as wall-clock instants of this moment, and the alerts. */
gboolean
_kolo_run_save (KoloRun       *self,
                KoloStore     *store,
                const Timing  *t,
                const Now     *now,
                GError       **error)
{
  gint64 offset = now->wall - now->boot;
  sqlite3_stmt *stmt;
  gint64 id;

  if (t->current != NULL && !write_record (store, t, now, 0, error))
    return FALSE;

  stmt = kolo_store_prepare (store,
                             "INSERT OR REPLACE INTO runs"
                             " (event_id, day_id, activity_id, state, origin_wall, paused_us,"
                             "  pause_wall, saved_wall, warned, timed_up, planned_end_minute)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, kolo_event_get_id (self->event));
  if (t->day != NULL && (id = kolo_day_get_id (t->day)) != 0)
    sqlite3_bind_int64 (stmt, 2, id);
  if (t->current != NULL && (id = kolo_activity_get_id (t->current)) != 0)
    sqlite3_bind_int64 (stmt, 3, id);
  sqlite3_bind_text (stmt, 4, _kolo_run_state_to_nick (t->state), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, t->current != NULL ? t->origin_us + offset : 0);
  sqlite3_bind_int64 (stmt, 6, t->current != NULL ? t->paused_us : 0);
  if (t->current != NULL && t->state == KOLO_RUN_PAUSED)
    sqlite3_bind_int64 (stmt, 7, t->pause_us + offset);
  sqlite3_bind_int64 (stmt, 8, now->wall);
  sqlite3_bind_int (stmt, 9, t->warned);
  sqlite3_bind_int (stmt, 10, t->timed_up);
  if (t->planned_end >= 0)
    sqlite3_bind_int (stmt, 11, t->planned_end);
  return kolo_store_step_done (store, stmt, error);
}

/* Ends the current activity's run at @now: its actual end, running time
 * and pauses are kept for "planned vs actual". */
gboolean
_kolo_run_leave_current (KoloStore  *store,
                         Timing     *t,
                         const Now  *now,
                         GError    **error)
{
  if (t->current == NULL)
    return TRUE;
  if (!write_record (store, t, now, now->wall, error))
    return FALSE;
  g_clear_object (&t->current);
  return TRUE;
}

/* Makes @activity the current one, in the state @t already has.  An
 * activity that ran before continues from what it had: its running time,
 * its pauses and the minutes added to it. */
gboolean
_kolo_run_enter (KoloRun       *self,
                 KoloStore     *store,
                 Timing        *t,
                 KoloActivity  *activity,
                 const Now     *now,
                 GError       **error)
{
  sqlite3_stmt *stmt;
  Record record;

  if (!read_record (store, kolo_activity_get_id (activity), &record, error))
    return FALSE;

  if (!record.exists)
    {
      stmt = kolo_store_prepare (store,
                                 "INSERT INTO activity_runs (activity_id, started_wall)"
                                 " VALUES (?1, ?2)",
                                 error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, kolo_activity_get_id (activity));
      sqlite3_bind_int64 (stmt, 2, now->wall);
      if (!kolo_store_step_done (store, stmt, error))
        return FALSE;
      record.started_wall = now->wall;
    }

  g_set_object (&t->current, activity);
  t->started_wall_us = record.started_wall;
  t->added_minutes = record.added_minutes;
  t->paused_us = record.paused;
  t->origin_us = now->boot - record.elapsed - record.paused;
  t->pause_us = now->boot;
  _kolo_run_arm_alerts (self, t, now->boot);
  return TRUE;
}

/* Every action: _kolo_run_begin(), change the copy @t, _kolo_run_finish()
 * stores and applies it, all in one transaction. */
gboolean
_kolo_run_begin (KoloRun    *self,
                 KoloStore **store,
                 Timing     *t,
                 Now        *now,
                 GError    **error)
{
  memset (t, 0, sizeof *t);
  *now = _kolo_run_read_clock (self);
  if ((*store = _kolo_run_get_store (self, error)) == NULL || !kolo_store_begin (*store, error))
    return FALSE;
  _kolo_run_timing_copy (t, &self->t);
  return TRUE;
}

gboolean
_kolo_run_finish (KoloRun    *self,
                  KoloStore  *store,
                  Timing     *t,
                  const Now  *now,
                  gboolean    ok,
                  GError    **error)
{
  if (ok)
    ok = _kolo_run_save (self, store, t, now, error);

  if (!ok)
    kolo_store_rollback (store);
  else
    ok = kolo_store_commit (store, error);

  if (ok)
    _kolo_run_apply (self, t, now);
  _kolo_run_timing_clear (t);
  return ok;
}

/* Restoring ---------------------------------------------------------------- */

static KoloDay *
find_day (KoloEvent *event,
          gint64     id)
{
  GListModel *days = kolo_event_get_days (event);
  guint n = g_list_model_get_n_items (days);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoloDay) day = g_list_model_get_item (days, i);

      if (kolo_day_get_id (day) == id)
        return day;
    }
  return NULL;
}

static KoloActivity *
find_activity (GPtrArray *order,
               gint64     id)
{
  for (guint i = 0; i < order->len; i++)
    if (kolo_activity_get_id (order->pdata[i]) == id)
      return order->pdata[i];
  return NULL;
}

/* The run's current activity left the day while Kolo was not running
 * (deleted, or moved to another day): the run goes on after the last
 * activity of the day that has a record, as it would have, had Kolo seen
 * the edit.  @successor is NULL when that was the day's last one. */
static gboolean
find_successor (KoloStore     *store,
                GPtrArray     *order,
                KoloActivity **successor,
                GError       **error)
{
  gint64 last = -1;

  for (guint i = 0; i < order->len; i++)
    {
      Record record;

      if (!read_record (store, kolo_activity_get_id (order->pdata[i]), &record, error))
        return FALSE;
      if (record.exists)
        last = i;
    }
  *successor = last + 1 < order->len ? order->pdata[last + 1] : NULL;
  return TRUE;
}

/* Brings back the run the store holds for the event, working out where
 * the current activity stands from the wall clock.  If the wall clock was
 * set back while Kolo was not running, it is taken to be no earlier than
 * when the run was last stored: the time away then counts as nothing
 * rather than as negative time. */
gboolean
_kolo_run_restore (KoloRun  *self,
                   GError  **error)
{
  g_autoptr(GPtrArray) order = NULL;
  KoloActivity *activity = NULL;
  KoloRunState state;
  KoloStore *store;
  sqlite3_stmt *stmt;
  gint64 day_id, activity_id;
  gint64 origin_wall, paused, pause_wall, saved_wall;
  gboolean warned, timed_up, ok;
  int planned_end;
  KoloDay *day;
  Timing t;
  Now now;
  int rc;

  if ((store = _kolo_run_get_store (self, error)) == NULL)
    return FALSE;

  stmt = kolo_store_prepare (store,
                             "SELECT day_id, activity_id, state, origin_wall, paused_us,"
                             "       pause_wall, saved_wall, warned, timed_up, planned_end_minute"
                             "  FROM runs WHERE event_id = ?1",
                             error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, kolo_event_get_id (self->event));
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc != SQLITE_DONE)
        kolo_store_set_sqlite_error (store, error);
      sqlite3_reset (stmt);
      return rc == SQLITE_DONE;
    }

  day_id = sqlite3_column_type (stmt, 0) == SQLITE_NULL ? 0 : sqlite3_column_int64 (stmt, 0);
  activity_id = sqlite3_column_type (stmt, 1) == SQLITE_NULL ? 0 : sqlite3_column_int64 (stmt, 1);
  state = _kolo_run_state_from_nick ((const char *) sqlite3_column_text (stmt, 2));
  origin_wall = sqlite3_column_int64 (stmt, 3);
  paused = MAX (0, sqlite3_column_int64 (stmt, 4));
  pause_wall = sqlite3_column_int64 (stmt, 5);
  saved_wall = sqlite3_column_int64 (stmt, 6);
  warned = sqlite3_column_int (stmt, 7) != 0;
  timed_up = sqlite3_column_int (stmt, 8) != 0;
  planned_end = sqlite3_column_type (stmt, 9) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 9);
  sqlite3_reset (stmt);

  if (day_id == 0 || (day = find_day (self->event, day_id)) == NULL)
    return TRUE;

  order = _kolo_run_day_order (day);
  if (activity_id != 0)
    activity = find_activity (order, activity_id);

  memset (&t, 0, sizeof t);
  now = _kolo_run_read_clock (self);
  t.day = g_object_ref (day);
  t.state = state;
  t.planned_end = state != KOLO_RUN_STOPPED ? planned_end : -1;

  if (state == KOLO_RUN_STOPPED)
    {
      _kolo_run_apply (self, &t, &now);
      return TRUE;
    }

  if (activity != NULL)
    {
      gint64 wall = MAX (now.wall, saved_wall);
      gint64 elapsed, ongoing = 0;
      Record record;

      if (!read_record (store, activity_id, &record, error))
        {
          _kolo_run_timing_clear (&t);
          return FALSE;
        }

      if (state == KOLO_RUN_PAUSED)
        {
          pause_wall = MIN (pause_wall, saved_wall);
          elapsed = pause_wall - origin_wall - paused;
          ongoing = wall - pause_wall;
        }
      else
        elapsed = wall - origin_wall - paused;
      elapsed = MAX (0, elapsed);

      t.current = g_object_ref (activity);
      t.paused_us = paused;
      if (state == KOLO_RUN_PAUSED)
        {
          t.pause_us = now.boot - ongoing;
          t.origin_us = t.pause_us - elapsed - paused;
        }
      else
        t.origin_us = now.boot - elapsed - paused;
      t.started_wall_us = record.exists ? record.started_wall : origin_wall;
      t.added_minutes = record.added_minutes;
      t.warned = warned;
      t.timed_up = timed_up;
    }

  /* Stored again at once, so that the instants refer to the clock as it
   * is now, whatever it did while Kolo was away. */
  if (!kolo_store_begin (store, error))
    {
      _kolo_run_timing_clear (&t);
      return FALSE;
    }
  ok = TRUE;
  if (activity == NULL)
    {
      KoloActivity *successor = NULL;

      ok = find_successor (store, order, &successor, error);
      if (ok && successor != NULL)
        ok = _kolo_run_enter (self, store, &t, successor, &now, error);
      else if (ok)
        _kolo_run_stop_timing (&t);
    }
  return _kolo_run_finish (self, store, &t, &now, ok, error);
}

/* Public API --------------------------------------------------------------- */

/**
 * kolo_run_find_running_event:
 *
 * The event whose day, or role-play round, is running or paused, for Kolo
 * to come back in run mode when it starts; the one stored last when there
 * are several.
 *
 * Returns: (transfer full) (nullable): the event, or %NULL when none runs
 */
KoloEvent *
kolo_run_find_running_event (KoloStore *store)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  g_return_val_if_fail (KOLO_IS_STORE (store), NULL);

  stmt = kolo_store_prepare (store,
                             "SELECT r.event_id"
                             "  FROM (SELECT event_id, saved_wall FROM runs"
                             "         WHERE state <> 'stopped'"
                             "        UNION ALL"
                             "        SELECT event_id, saved_wall FROM rounds"
                             "         WHERE state <> 'stopped') r"
                             "  JOIN events e ON e.id = r.event_id"
                             " WHERE e.deleted = 0"
                             " ORDER BY r.saved_wall DESC LIMIT 1",
                             &error);
  if (stmt == NULL)
    {
      kolo_store_report_error (store, error);
      return NULL;
    }

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    {
      kolo_store_set_sqlite_error (store, &error);
      kolo_store_report_error (store, error);
    }
  sqlite3_reset (stmt);

  if (id == 0)
    return NULL;

  return kolo_store_lookup_event (store, id, NULL);
}

/**
 * kolo_run_get_actual:
 * @activity: an activity of the event
 * @started_wall_us: (out) (optional): when it first started, wall µs
 * @ended_wall_us: (out) (optional): when it was last left, wall µs; 0
 *   while it is the current activity
 * @actual_us: (out) (optional): how long it ran, pauses left out
 *
 * What @activity took, for "planned vs actual" after the day.
 *
 * Returns: %TRUE if it ran, %FALSE if it never did
 */
gboolean
kolo_run_get_actual (KoloRun       *self,
                     KoloActivity  *activity,
                     gint64        *started_wall_us,
                     gint64        *ended_wall_us,
                     gint64        *actual_us)
{
  g_autoptr(GError) error = NULL;
  KoloStore *store;
  Record record;

  g_return_val_if_fail (KOLO_IS_RUN (self), FALSE);
  g_return_val_if_fail (KOLO_IS_ACTIVITY (activity), FALSE);

  if (activity == self->t.current)
    {
      memset (&record, 0, sizeof record);
      record.exists = TRUE;
      record.started_wall = self->t.started_wall_us;
      record.elapsed = kolo_run_get_elapsed_us (self);
    }
  else if ((store = _kolo_run_get_store (self, &error)) == NULL ||
           !read_record (store, kolo_activity_get_id (activity), &record, &error))
    {
      _kolo_run_report (self, error);
      return FALSE;
    }

  if (!record.exists)
    return FALSE;

  if (started_wall_us != NULL)
    *started_wall_us = record.started_wall;
  if (ended_wall_us != NULL)
    *ended_wall_us = record.ended_wall;
  if (actual_us != NULL)
    *actual_us = record.elapsed;
  return TRUE;
}
