/* kolo-run.c — running a day of an event against the clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The countdown is never accumulated: every figure is computed from the
 * clock when asked, as allowed − (now − origin − paused).  Within a run of
 * Kolo, instants are boot times (CLOCK_BOOTTIME counts suspend); what the
 * store keeps are wall-clock instants and durations, so the next run of
 * Kolo can work out where the trainer was.  docs/timer.md tells the story.
 */
#define G_LOG_DOMAIN "kolo-run"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kolo-run.h"
#include "kolo-module.h"
#include "kolo-store-private.h"
#include "kolo-text.h"

#define US_PER_MINUTE (G_GINT64_CONSTANT (60) * G_USEC_PER_SEC)
#define US_PER_DAY    (G_GINT64_CONSTANT (24) * 60 * US_PER_MINUTE)

/* When the wall clock moves against boot time by more than this (NTP, the
 * user setting the clock), the stored instants are written again so that a
 * restart works from the clock as it is now. */
#define REANCHOR_US   G_USEC_PER_SEC

#define WARNING_SECONDS_MAX 3600

G_DEFINE_ENUM_TYPE (KoloRunState, kolo_run_state,
  G_DEFINE_ENUM_VALUE (KOLO_RUN_STOPPED, "stopped"),
  G_DEFINE_ENUM_VALUE (KOLO_RUN_RUNNING, "running"),
  G_DEFINE_ENUM_VALUE (KOLO_RUN_PAUSED, "paused"))

/* Where the run stands.  An action builds a new Timing from the current
 * one, stores it, and only once the store has it makes it the run's: a
 * refused write changes nothing on screen. */
typedef struct
{
  KoloDay      *day;              /* owned; the day being (or last) run */
  KoloActivity *current;          /* owned; NULL when stopped */
  KoloRunState  state;
  gint64        origin_us;        /* boot µs; elapsed = end − origin − paused */
  gint64        paused_us;        /* the current activity's finished pauses */
  gint64        pause_us;         /* boot µs the pause began, when PAUSED */
  gint64        started_wall_us;  /* the current activity's actual start */
  int           added_minutes;    /* added to the current activity's plan */
  int           planned_end;      /* the day's planned end when it started; -1 */
  gboolean      warned;           /* "warning" emitted for this activity */
  gboolean      timed_up;         /* "time-up" emitted for this activity */
} Timing;

/* One reading of the clock, so that everything an action computes and
 * stores refers to the same instant. */
typedef struct
{
  gint64 boot;
  gint64 wall;
} Now;

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

struct _KoloRun
{
  GObject       parent_instance;

  KoloEvent    *event;            /* owned */
  KoloClock    *clock;            /* owned */
  Timing        t;
  int           warning_seconds;
  gboolean      auto_advance;
  gint64        saved_offset_us;  /* wall − boot when the run was last stored */

  /* Listening to the agenda: edits may take away the running activity. */
  GPtrArray    *order;            /* of KoloActivity: the day at the last check */
  GPtrArray    *modules;          /* of KoloModule whose activity lists we watch */
  KoloDay      *watched_day;      /* owned */
  KoloActivity *watched_current;  /* owned */
  gboolean      dirty;
  guint         reconcile_id;
};

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
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

enum { WARNING, TIME_UP, CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static G_DEFINE_QUARK (kolo-run-of-event, run_of_event)

/* The states as the store writes them: the enum's nicks. */
static const char * const state_names[] = { "stopped", "running", "paused" };

static void watch_day     (KoloRun *self);
static void watch_current (KoloRun *self);

/* Timing ----------------------------------------------------------------- */

static void
timing_copy (Timing       *dest,
             const Timing *src)
{
  *dest = *src;
  if (dest->day != NULL)
    g_object_ref (dest->day);
  if (dest->current != NULL)
    g_object_ref (dest->current);
}

static void
timing_clear (Timing *t)
{
  g_clear_object (&t->day);
  g_clear_object (&t->current);
}

static gint64
timing_elapsed (const Timing *t,
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
static int
timing_allowed_minutes (const Timing *t)
{
  if (t->current == NULL)
    return 0;
  return CLAMP (kolo_activity_get_minutes (t->current) + t->added_minutes,
                KOLO_MINUTES_MIN, KOLO_MINUTES_MAX);
}

static gint64
timing_remaining (const Timing *t,
                  gint64        now_boot)
{
  if (t->current == NULL)
    return 0;
  return timing_allowed_minutes (t) * US_PER_MINUTE - timing_elapsed (t, now_boot);
}

/* The current activity's pause time, the pause going on included. */
static gint64
timing_total_paused (const Timing *t,
                     gint64        now_boot)
{
  return t->paused_us + (t->state == KOLO_RUN_PAUSED ? now_boot - t->pause_us : 0);
}

static void
stop_timing (Timing *t)
{
  g_clear_object (&t->current);
  t->state = KOLO_RUN_STOPPED;
  t->origin_us = t->paused_us = t->pause_us = 0;
  t->started_wall_us = 0;
  t->added_minutes = 0;
  t->planned_end = -1;
  t->warned = t->timed_up = FALSE;
}

static gint64
warning_us (KoloRun *self)
{
  return (gint64) self->warning_seconds * G_USEC_PER_SEC;
}

/* The alerts announce crossings: what is already behind when an activity
 * is entered or restarted is not announced again. */
static void
arm_alerts (KoloRun *self,
            Timing  *t,
            gint64   now_boot)
{
  gint64 remaining = timing_remaining (t, now_boot);

  t->warned = remaining <= warning_us (self);
  t->timed_up = remaining <= 0;
}

static Now
read_clock (KoloRun *self)
{
  Now now;

  now.boot = kolo_clock_get_boot_us (self->clock);
  now.wall = kolo_clock_get_wall_us (self->clock);
  return now;
}

/* The agenda ------------------------------------------------------------- */

/* The day's activities in the order they are run: modules in order, and
 * each module's activities in order. */
static GPtrArray *
day_order (KoloDay *day)
{
  GPtrArray *order = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *modules;
  guint n_modules;

  if (day == NULL)
    return order;

  modules = kolo_day_get_modules (day);
  n_modules = g_list_model_get_n_items (modules);
  for (guint i = 0; i < n_modules; i++)
    {
      g_autoptr(KoloModule) module = g_list_model_get_item (modules, i);
      GListModel *activities = kolo_module_get_activities (module);
      guint n = g_list_model_get_n_items (activities);

      for (guint j = 0; j < n; j++)
        g_ptr_array_add (order, g_list_model_get_item (activities, j));
    }
  return order;
}

/* The activity @offset places from @activity in @day (1: the next one,
 * -1: the one before), or NULL.  The module holds what is returned. */
static KoloActivity *
activity_near (KoloDay      *day,
               KoloActivity *activity,
               int           offset)
{
  g_autoptr(GPtrArray) order = NULL;
  guint index;
  gint64 wanted;

  if (day == NULL || activity == NULL)
    return NULL;

  order = day_order (day);
  if (!g_ptr_array_find (order, activity, &index))
    return NULL;

  wanted = (gint64) index + offset;
  return wanted >= 0 && wanted < order->len ? order->pdata[wanted] : NULL;
}

static KoloActivity *
first_activity (KoloDay *day)
{
  g_autoptr(GPtrArray) order = day_order (day);

  return order->len > 0 ? order->pdata[0] : NULL;
}

static gboolean
day_in_event (KoloDay   *day,
              KoloEvent *event)
{
  GListModel *days = kolo_event_get_days (event);
  guint n = g_list_model_get_n_items (days);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoloDay) other = g_list_model_get_item (days, i);

      if (other == day)
        return TRUE;
    }
  return FALSE;
}

/* The day of @event that holds @activity now, or NULL. */
static KoloDay *
day_of_activity (KoloEvent    *event,
                 KoloActivity *activity)
{
  KoloModule *module = kolo_activity_get_module (activity);
  KoloDay *day = module != NULL ? kolo_module_get_day (module) : NULL;

  if (day == NULL || kolo_day_get_event (day) != event || !day_in_event (day, event))
    return NULL;
  return day;
}

/* The store -------------------------------------------------------------- */

static KoloStore *
get_store (KoloRun  *self,
           GError  **error)
{
  KoloStore *store = kolo_event_get_store (self->event);

  if (store == NULL)
    g_set_error_literal (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_FAILED,
                         _("The event’s database is closed; the timer cannot be stored"));
  return store;
}

/* For failures with no caller to tell: the store's "write-failed". */
static void
report (KoloRun      *self,
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
  sqlite3_bind_int64 (stmt, 4, timing_elapsed (t, now->boot));
  sqlite3_bind_int64 (stmt, 5, timing_total_paused (t, now->boot));
  sqlite3_bind_int (stmt, 6, t->added_minutes);
  return kolo_store_step_done (store, stmt, error);
}

/* Stores @t as the event's run: which day and activity, the timing origin
 * and the pause as wall-clock instants of this moment, and the alerts. */
static gboolean
save (KoloRun       *self,
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
  sqlite3_bind_text (stmt, 4, state_names[t->state], -1, SQLITE_STATIC);
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
static gboolean
leave_current (KoloStore  *store,
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
static gboolean
enter (KoloRun       *self,
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
  arm_alerts (self, t, now->boot);
  return TRUE;
}

/* Makes @t the run's state and tells everyone what changed. */
static void
apply (KoloRun    *self,
       Timing     *t,
       const Now  *now)
{
  g_autoptr(KoloActivity) old_next = NULL;
  gboolean day_changed = t->day != self->t.day;
  gboolean current_changed = t->current != self->t.current;
  gboolean state_changed = t->state != self->t.state;

  g_set_object (&old_next, kolo_run_get_next (self));

  timing_clear (&self->t);
  self->t = *t;
  memset (t, 0, sizeof *t);
  self->saved_offset_us = now->wall - now->boot;

  if (day_changed)
    watch_day (self);
  if (current_changed)
    watch_current (self);

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

/* Every action: begin(), change the copy @t, finish() stores and applies
 * it, all in one transaction. */
static gboolean
begin (KoloRun    *self,
       KoloStore **store,
       Timing     *t,
       Now        *now,
       GError    **error)
{
  memset (t, 0, sizeof *t);
  *now = read_clock (self);
  if ((*store = get_store (self, error)) == NULL || !kolo_store_begin (*store, error))
    return FALSE;
  timing_copy (t, &self->t);
  return TRUE;
}

static gboolean
finish (KoloRun    *self,
        KoloStore  *store,
        Timing     *t,
        const Now  *now,
        gboolean    ok,
        GError    **error)
{
  if (ok)
    ok = save (self, store, t, now, error);

  if (!ok)
    kolo_store_rollback (store);
  else
    ok = kolo_store_commit (store, error);

  if (ok)
    apply (self, t, now);
  timing_clear (t);
  return ok;
}

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

/* Following the agenda ----------------------------------------------------- */

static void agenda_changed_cb (GListModel *list,
                               guint       position,
                               guint       removed,
                               guint       added,
                               KoloRun    *self);
static void plan_changed_cb   (GObject    *object,
                               GParamSpec *pspec,
                               KoloRun    *self);

static void
unwatch_day (KoloRun *self)
{
  for (guint i = 0; i < self->modules->len; i++)
    g_signal_handlers_disconnect_by_func (kolo_module_get_activities (self->modules->pdata[i]),
                                          agenda_changed_cb, self);
  g_ptr_array_set_size (self->modules, 0);

  if (self->watched_day != NULL)
    {
      g_signal_handlers_disconnect_by_func (kolo_day_get_modules (self->watched_day),
                                            agenda_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->watched_day, plan_changed_cb, self);
      g_clear_object (&self->watched_day);
    }
}

/* Listens to the run's day, its modules and their activities, and notes
 * the day's order as it is now. */
static void
watch_day (KoloRun *self)
{
  GListModel *modules;
  guint n;

  unwatch_day (self);
  g_ptr_array_unref (self->order);
  self->order = day_order (self->t.day);

  if (self->t.day == NULL)
    return;

  self->watched_day = g_object_ref (self->t.day);
  modules = kolo_day_get_modules (self->watched_day);
  g_signal_connect (modules, "items-changed", G_CALLBACK (agenda_changed_cb), self);
  g_signal_connect (self->watched_day, "notify::planned-minutes",
                    G_CALLBACK (plan_changed_cb), self);
  g_signal_connect (self->watched_day, "notify::start-minute",
                    G_CALLBACK (plan_changed_cb), self);

  n = g_list_model_get_n_items (modules);
  for (guint i = 0; i < n; i++)
    {
      KoloModule *module = g_list_model_get_item (modules, i);

      g_signal_connect (kolo_module_get_activities (module), "items-changed",
                        G_CALLBACK (agenda_changed_cb), self);
      g_ptr_array_add (self->modules, module);
    }
}

static void
watch_current (KoloRun *self)
{
  if (self->watched_current != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->watched_current, plan_changed_cb, self);
      g_clear_object (&self->watched_current);
    }

  if (self->t.current != NULL)
    {
      self->watched_current = g_object_ref (self->t.current);
      g_signal_connect (self->watched_current, "notify::minutes",
                        G_CALLBACK (plan_changed_cb), self);
    }
}

/* The agenda lost the current activity (or the whole day): the run goes
 * on with @successor, or stops.  When that cannot be stored the run stops
 * all the same, so that it never points at what is gone. */
static void
move_on (KoloRun      *self,
         KoloActivity *successor,
         gboolean      day_gone)
{
  g_autoptr(GError) error = NULL;
  KoloStore *store;
  Timing t;
  Now now;
  gboolean ok;

  ok = begin (self, &store, &t, &now, &error);
  if (ok)
    {
      ok = leave_current (store, &t, &now, &error);
      if (ok && day_gone)
        g_clear_object (&t.day);
      if (ok && successor != NULL && !day_gone)
        ok = enter (self, store, &t, successor, &now, &error);
      else if (ok)
        stop_timing (&t);

      if (ok)
        ok = save (self, store, &t, &now, &error);
      if (ok)
        ok = kolo_store_commit (store, &error);
      else
        kolo_store_rollback (store);
    }

  if (!ok)
    {
      report (self, error);
      timing_clear (&t);
      timing_copy (&t, &self->t);
      if (day_gone)
        g_clear_object (&t.day);
      stop_timing (&t);
    }

  apply (self, &t, &now);
}

/* Brings the run in line with the agenda after edits.  It runs from an
 * idle callback (and before every action), not from items-changed itself:
 * moving an activity removes it and inserts it again, and between the two
 * it would look deleted. */
static void
reconcile (KoloRun *self)
{
  g_autoptr(GPtrArray) live = NULL;
  g_autoptr(KoloActivity) next_before = NULL;
  KoloActivity *successor = NULL;
  guint index;

  g_clear_handle_id (&self->reconcile_id, g_source_remove);
  if (!self->dirty)
    return;
  self->dirty = FALSE;

  if (self->t.day == NULL)
    return;

  if (!day_in_event (self->t.day, self->event))
    {
      g_debug ("The day being run was removed; the run stops");
      move_on (self, NULL, TRUE);
      return;
    }

  live = day_order (self->t.day);
  if (self->t.current != NULL && !g_ptr_array_find (live, self->t.current, NULL))
    {
      /* The current activity was deleted or moved to another day: the run
       * goes on with the first activity that followed it and is still
       * here, in the same state. */
      if (g_ptr_array_find (self->order, self->t.current, &index))
        for (guint i = index + 1; i < self->order->len && successor == NULL; i++)
          if (g_ptr_array_find (live, self->order->pdata[i], NULL))
            successor = self->order->pdata[i];
      g_debug ("The current activity left the day; going on with %s",
               successor != NULL ? kolo_activity_get_title (successor) : "nothing");
      move_on (self, successor, FALSE);
      watch_day (self);
      return;
    }

  /* Only the order or the modules changed. */
  if (self->t.current != NULL && g_ptr_array_find (self->order, self->t.current, &index) &&
      index + 1 < self->order->len)
    next_before = g_object_ref (self->order->pdata[index + 1]);
  watch_day (self);
  if (next_before != kolo_run_get_next (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT]);
  g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
reconcile_cb (gpointer data)
{
  KoloRun *self = data;

  self->reconcile_id = 0;
  reconcile (self);
  return G_SOURCE_REMOVE;
}

static void
agenda_changed_cb (GListModel *list,
                   guint       position,
                   guint       removed,
                   guint       added,
                   KoloRun    *self)
{
  if (self->t.day == NULL)
    return;

  self->dirty = TRUE;
  if (self->reconcile_id == 0)
    self->reconcile_id = g_idle_add_full (G_PRIORITY_DEFAULT, reconcile_cb, self, NULL);
}

static void
plan_changed_cb (GObject    *object,
                 GParamSpec *pspec,
                 KoloRun    *self)
{
  /* Minutes or the day's start changed: the allowance, the drift and the
   * projected end follow. */
  g_signal_emit (self, signals[CHANGED], 0);
}

/* GObject ------------------------------------------------------------------ */

static void
kolo_run_dispose (GObject *object)
{
  KoloRun *self = (KoloRun *)object;

  g_clear_handle_id (&self->reconcile_id, g_source_remove);
  unwatch_day (self);
  if (self->watched_current != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->watched_current, plan_changed_cb, self);
      g_clear_object (&self->watched_current);
    }

  if (self->event != NULL)
    {
      g_signal_handlers_disconnect_by_func (kolo_event_get_days (self->event),
                                            agenda_changed_cb, self);
      if (g_object_get_qdata (G_OBJECT (self->event), run_of_event_quark ()) == self)
        g_object_set_qdata (G_OBJECT (self->event), run_of_event_quark (), NULL);
    }

  timing_clear (&self->t);
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
}

static void
kolo_run_init (KoloRun *self)
{
  self->warning_seconds = 120;
  self->t.state = KOLO_RUN_STOPPED;
  self->t.planned_end = -1;
  self->order = g_ptr_array_new_with_free_func (g_object_unref);
  self->modules = g_ptr_array_new_with_free_func (g_object_unref);
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
static gboolean
restore (KoloRun  *self,
         GError  **error)
{
  g_autoptr(GPtrArray) order = NULL;
  KoloActivity *activity = NULL;
  KoloRunState state = KOLO_RUN_STOPPED;
  KoloStore *store;
  sqlite3_stmt *stmt;
  gint64 day_id, activity_id;
  gint64 origin_wall, paused, pause_wall, saved_wall;
  gboolean warned, timed_up, ok;
  int planned_end;
  const char *nick;
  KoloDay *day;
  Timing t;
  Now now;
  int rc;

  if ((store = get_store (self, error)) == NULL)
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
  nick = (const char *) sqlite3_column_text (stmt, 2);
  for (guint i = 0; i < G_N_ELEMENTS (state_names); i++)
    if (g_strcmp0 (nick, state_names[i]) == 0)
      state = i;
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

  order = day_order (day);
  if (activity_id != 0)
    activity = find_activity (order, activity_id);

  memset (&t, 0, sizeof t);
  now = read_clock (self);
  t.day = g_object_ref (day);
  t.state = state;
  t.planned_end = state != KOLO_RUN_STOPPED ? planned_end : -1;

  if (state == KOLO_RUN_STOPPED)
    {
      apply (self, &t, &now);
      return TRUE;
    }

  if (activity != NULL)
    {
      gint64 wall = MAX (now.wall, saved_wall);
      gint64 elapsed, ongoing = 0;
      Record record;

      if (!read_record (store, activity_id, &record, error))
        {
          timing_clear (&t);
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
      timing_clear (&t);
      return FALSE;
    }
  ok = TRUE;
  if (activity == NULL)
    {
      KoloActivity *successor = NULL;

      ok = find_successor (store, order, &successor, error);
      if (ok && successor != NULL)
        ok = enter (self, store, &t, successor, &now, error);
      else if (ok)
        stop_timing (&t);
    }
  return finish (self, store, &t, &now, ok, error);
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

  if (!restore (self, error))
    return NULL;

  g_signal_connect (kolo_event_get_days (event), "items-changed",
                    G_CALLBACK (agenda_changed_cb), self);
  g_object_set_qdata (G_OBJECT (event), run_of_event_quark (), self);

  return g_steal_pointer (&self);
}

/**
 * kolo_run_find_running_event:
 *
 * The event whose day is running or paused, for Kolo to come back in run
 * mode when it starts; the one stored last when there are several.
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
                             "SELECT r.event_id FROM runs r JOIN events e ON e.id = r.event_id"
                             " WHERE e.deleted = 0 AND r.state <> 'stopped'"
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
  return activity_near (self->t.day, self->t.current, 1);
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

  reconcile (self);

  if (kolo_day_get_event (day) != self->event || !day_in_event (day, self->event))
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
  if ((first = first_activity (day)) == NULL)
    {
      g_set_error_literal (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                           _("The day has no activities to run"));
      return FALSE;
    }

  if (!begin (self, &store, &t, &now, error))
    return FALSE;
  ok = leave_current (store, &t, &now, error);
  if (ok)
    {
      g_set_object (&t.day, day);
      t.state = KOLO_RUN_RUNNING;
      t.planned_end = kolo_day_get_planned_end_minute (day);
      ok = enter (self, store, &t, first, &now, error);
    }
  return finish (self, store, &t, &now, ok, error);
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

  reconcile (self);
  if (self->t.state == KOLO_RUN_STOPPED)
    return TRUE;

  if (!begin (self, &store, &t, &now, error))
    return FALSE;
  ok = leave_current (store, &t, &now, error);
  if (ok)
    stop_timing (&t);
  return finish (self, store, &t, &now, ok, error);
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

  reconcile (self);
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

  reconcile (self);
  if (!check_active (self, error))
    return FALSE;
  if (self->t.state == KOLO_RUN_PAUSED)
    return TRUE;

  if (!begin (self, &store, &t, &now, error))
    return FALSE;
  t.state = KOLO_RUN_PAUSED;
  t.pause_us = now.boot;
  return finish (self, store, &t, &now, TRUE, error);
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

  reconcile (self);
  if (!check_active (self, error))
    return FALSE;
  if (self->t.state == KOLO_RUN_RUNNING)
    return TRUE;

  if (!begin (self, &store, &t, &now, error))
    return FALSE;
  t.paused_us += now.boot - t.pause_us;
  t.pause_us = 0;
  t.state = KOLO_RUN_RUNNING;
  return finish (self, store, &t, &now, TRUE, error);
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

  if (!begin (self, &store, &t, &now, error))
    return FALSE;
  ok = leave_current (store, &t, &now, error);
  if (ok && activity != NULL)
    {
      /* A day started here is measured against its plan as it is now. */
      if (day != t.day || t.state == KOLO_RUN_STOPPED || t.planned_end < 0)
        t.planned_end = kolo_day_get_planned_end_minute (day);
      g_set_object (&t.day, day);
      t.state = state;
      ok = enter (self, store, &t, activity, &now, error);
    }
  else if (ok)
    stop_timing (&t);
  return finish (self, store, &t, &now, ok, error);
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

  reconcile (self);
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

  reconcile (self);
  if (!check_active (self, error))
    return FALSE;

  previous = activity_near (self->t.day, self->t.current, -1);
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

  reconcile (self);
  if ((day = day_of_activity (self->event, activity)) == NULL)
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
 * beyond is cut at the bound, and one that changes nothing fails.  Taking
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

  reconcile (self);
  if (!check_active (self, error))
    return FALSE;
  if (minutes == 0)
    return TRUE;

  planned = kolo_activity_get_minutes (self->t.current);
  allowed = timing_allowed_minutes (&self->t);
  wanted = CLAMP ((gint64) allowed + minutes, KOLO_MINUTES_MIN, KOLO_MINUTES_MAX);
  if (wanted == allowed)
    {
      g_set_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                   _("An activity gets from %d to %d minutes"),
                   KOLO_MINUTES_MIN, KOLO_MINUTES_MAX);
      return FALSE;
    }

  if (!begin (self, &store, &t, &now, error))
    return FALSE;
  t.added_minutes = wanted - planned;

  /* More time brings back the alerts for the crossings ahead again. */
  remaining = timing_remaining (&t, now.boot);
  if (remaining > warning_us (self))
    t.warned = FALSE;
  if (remaining > 0)
    t.timed_up = FALSE;

  return finish (self, store, &t, &now, TRUE, error);
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

  reconcile (self);
  if (!check_active (self, error))
    return FALSE;

  if (!begin (self, &store, &t, &now, error))
    return FALSE;
  t.origin_us = now.boot;
  t.paused_us = 0;
  t.pause_us = now.boot;
  t.started_wall_us = now.wall;
  t.added_minutes = 0;
  arm_alerts (self, &t, now.boot);
  return finish (self, store, &t, &now, TRUE, error);
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

  reconcile (self);
  if (self->t.day == NULL)
    {
      g_set_error_literal (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                           _("No day has been run yet"));
      return FALSE;
    }

  if (!begin (self, &store, &t, &now, error))
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
    stop_timing (&t);
  return finish (self, store, &t, &now, ok, error);
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
  return timing_remaining (&self->t, kolo_clock_get_boot_us (self->clock));
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
  return timing_elapsed (&self->t, kolo_clock_get_boot_us (self->clock));
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
  return timing_allowed_minutes (&self->t) * US_PER_MINUTE;
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

/* The wall clock's local time of day, in µs.  A day that started in the
 * evening and runs past midnight keeps counting: 00:30 is then 24:30. */
static gint64
local_time_of_day_us (gint64 wall_us,
                      int    day_start_minute)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (wall_us / G_USEC_PER_SEC);
  gint64 us;

  if (local == NULL)
    return 0;

  us = ((gint64) g_date_time_get_hour (local) * 3600 +
        g_date_time_get_minute (local) * 60 +
        g_date_time_get_second (local)) * G_USEC_PER_SEC +
       wall_us % G_USEC_PER_SEC;
  if (us < (day_start_minute - 12 * 60) * US_PER_MINUTE)
    us += US_PER_DAY;
  return us;
}

/* When the day ends at this pace, in µs after midnight: now, what is left
 * of the current activity (nothing in overrun), and the plan of all that
 * follows it. */
static gint64
projected_end_us (KoloRun *self)
{
  g_autoptr(GPtrArray) order = day_order (self->t.day);
  Now now = read_clock (self);
  gint64 end;
  guint index;

  end = local_time_of_day_us (now.wall, kolo_day_get_start_minute (self->t.day));
  end += MAX (0, timing_remaining (&self->t, now.boot));
  if (g_ptr_array_find (order, self->t.current, &index))
    for (guint i = index + 1; i < order->len; i++)
      end += kolo_activity_get_minutes (order->pdata[i]) * US_PER_MINUTE;
  return end;
}

/**
 * kolo_run_get_projected_end_minute:
 *
 * When the day ends at this pace: the local time now, plus what is left of
 * the current activity (nothing in overrun), plus the planned minutes of
 * every activity after it; to the nearest minute.
 *
 * Returns: minutes after midnight (1440 and more past midnight); when
 *   stopped, the day's planned end, or 0 without a day
 */
int
kolo_run_get_projected_end_minute (KoloRun *self)
{
  g_return_val_if_fail (KOLO_IS_RUN (self), 0);

  if (self->t.day == NULL)
    return 0;
  if (self->t.current == NULL)
    return kolo_day_get_planned_end_minute (self->t.day);

  return (int) ((projected_end_us (self) + US_PER_MINUTE / 2) / US_PER_MINUTE);
}

/**
 * kolo_run_get_drift_minutes:
 *
 * How far the day is from its plan: the projected end
 * (kolo_run_get_projected_end_minute()) less the day's planned end (its
 * start plus its planned minutes) as it was when the day was started.
 * Measuring against the plan the day started with is what lets a
 * catch-up show: shortening the activities ahead moves the current plan's
 * end as much as the projected end.
 *
 * Returns: minutes behind schedule (positive) or ahead of it (negative);
 *   0 when stopped
 */
int
kolo_run_get_drift_minutes (KoloRun *self)
{
  int planned_end;

  g_return_val_if_fail (KOLO_IS_RUN (self), 0);

  if (self->t.day == NULL || self->t.current == NULL)
    return 0;

  planned_end = self->t.planned_end >= 0 ? self->t.planned_end
                                         : kolo_day_get_planned_end_minute (self->t.day);
  return kolo_run_get_projected_end_minute (self) - planned_end;
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

  if (!begin (self, &store, &t, &now, &error) ||
      !finish (self, store, &t, &now, TRUE, &error))
    report (self, error);
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
 * when the wall clock was set.
 */
void
kolo_run_poll (KoloRun *self)
{
  KoloActivity *current;
  gint64 remaining, offset;
  Now now;

  g_return_if_fail (KOLO_IS_RUN (self));

  reconcile (self);
  if (self->t.state == KOLO_RUN_STOPPED)
    return;

  now = read_clock (self);
  offset = now.wall - now.boot;
  if (ABS (offset - self->saved_offset_us) > REANCHOR_US)
    {
      g_debug ("The wall clock moved by %" G_GINT64_FORMAT " µs; storing the run again",
               offset - self->saved_offset_us);
      store_now (self);
    }

  if (self->t.state != KOLO_RUN_RUNNING)
    return;

  remaining = timing_remaining (&self->t, now.boot);
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
            report (self, error);
        }
    }
  else if (!self->t.warned && self->warning_seconds > 0 && remaining <= warning_us (self))
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
  else if ((store = get_store (self, &error)) == NULL ||
           !read_record (store, kolo_activity_get_id (activity), &record, &error))
    {
      report (self, error);
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

/* One activity's part in a catch-up plan. */
typedef struct
{
  guint    index;      /* in the plan */
  int      minutes;
  int      cut;
  gint64   remainder;  /* of its proportional share, in 1/total minutes */
  gboolean fixed;      /* cut down to one minute */
} Share;

static int
compare_remainders (gconstpointer a,
                    gconstpointer b)
{
  const Share *sa = *(const Share **) a;
  const Share *sb = *(const Share **) b;

  if (sa->remainder != sb->remainder)
    return sa->remainder > sb->remainder ? -1 : 1;
  return sa->index < sb->index ? -1 : (sa->index > sb->index ? 1 : 0);
}

/**
 * kolo_run_plan_catch_up:
 * @minutes_to_win: how many minutes to win back
 * @chosen: (nullable) (element-type KoloActivity): the activities to
 *   shorten (breaks and lunch too, if there); %NULL for every one after
 *   the current one except breaks and lunch
 *
 * Plans new lengths for the activities after the current one: those to
 * shorten lose time in proportion to their length, in whole minutes, none
 * going below one minute.  The minutes won add up to @minutes_to_win when
 * the activities have that much to give, else to all they have.  Nothing
 * is changed: the caller previews the plan and applies it.
 *
 * Returns: (transfer full) (element-type KoloCatchUp): one entry per
 *   activity after the current one, in order (those left alone with equal
 *   old and new minutes); empty when stopped
 */
GArray *
kolo_run_plan_catch_up (KoloRun   *self,
                        int        minutes_to_win,
                        GPtrArray *chosen)
{
  g_autoptr(GArray) plan = g_array_new (FALSE, FALSE, sizeof (KoloCatchUp));
  g_autoptr(GPtrArray) order = NULL;
  g_autoptr(GPtrArray) shares = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) open = g_ptr_array_new ();
  gint64 to_win = MAX (0, minutes_to_win);
  gint64 total = 0, capacity, given = 0;
  guint index;

  g_return_val_if_fail (KOLO_IS_RUN (self), NULL);

  order = day_order (self->t.day);
  if (self->t.current == NULL || !g_ptr_array_find (order, self->t.current, &index))
    return g_steal_pointer (&plan);

  for (guint i = index + 1; i < order->len; i++)
    {
      KoloActivity *activity = order->pdata[i];
      KoloCatchUp entry = { activity, kolo_activity_get_minutes (activity),
                            kolo_activity_get_minutes (activity) };
      gboolean shorten;

      if (chosen != NULL)
        shorten = g_ptr_array_find (chosen, activity, NULL);
      else
        shorten = !kolo_activity_kind_is_pause (kolo_activity_get_kind (activity));

      if (shorten)
        {
          Share *share = g_new0 (Share, 1);

          share->index = plan->len;
          share->minutes = entry.old_minutes;
          g_ptr_array_add (shares, share);
        }
      g_array_append_val (plan, entry);
    }

  /* Shares in proportion to length.  An activity whose share would take
   * it below one minute gives all it has, and the others share the rest
   * again, until every share fits. */
  for (;;)
    {
      gint64 fixed_now = 0;

      total = capacity = 0;
      for (guint i = 0; i < shares->len; i++)
        {
          Share *share = shares->pdata[i];

          if (!share->fixed)
            {
              total += share->minutes;
              capacity += share->minutes - 1;
            }
        }
      if (total == 0)
        break;

      if (to_win >= capacity)
        {
          /* Not enough to give: all go down to one minute. */
          for (guint i = 0; i < shares->len; i++)
            {
              Share *share = shares->pdata[i];

              if (!share->fixed)
                {
                  share->cut = share->minutes - 1;
                  share->fixed = TRUE;
                }
            }
          total = 0;
          break;
        }

      for (guint i = 0; i < shares->len; i++)
        {
          Share *share = shares->pdata[i];

          if (!share->fixed && to_win * share->minutes > (gint64) (share->minutes - 1) * total)
            {
              share->cut = share->minutes - 1;
              share->fixed = TRUE;
              fixed_now += share->cut;
            }
        }
      if (fixed_now == 0)
        break;
      to_win -= fixed_now;
    }

  /* Whole minutes: the floor of each share, and the minutes left over go
   * to the largest remainders (earlier activities first on a tie).  None
   * of those shares is whole, so none goes below one minute. */
  if (total > 0)
    {
      for (guint i = 0; i < shares->len; i++)
        {
          Share *share = shares->pdata[i];

          if (share->fixed)
            continue;
          share->cut = to_win * share->minutes / total;
          share->remainder = to_win * share->minutes % total;
          given += share->cut;
          g_ptr_array_add (open, share);
        }
      g_ptr_array_sort (open, compare_remainders);
      for (guint i = 0; given < to_win && i < open->len; i++, given++)
        ((Share *) open->pdata[i])->cut++;
    }

  for (guint i = 0; i < shares->len; i++)
    {
      Share *share = shares->pdata[i];

      g_array_index (plan, KoloCatchUp, share->index).new_minutes = share->minutes - share->cut;
    }

  return g_steal_pointer (&plan);
}
