/* kolo-run-plan.c — the run and the day's agenda: the order its
 * activities run in, following edits that move or take away the running
 * activity, the projected end, the drift and catch-up plans
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-run"

#include "config.h"

#include "kolo-run-private.h"
#include "kolo-module.h"
#include "kolo-store-private.h"

#define US_PER_DAY (G_GINT64_CONSTANT (24) * 60 * US_PER_MINUTE)

/* The agenda ------------------------------------------------------------- */

/* The day's activities in the order they are run: modules in order, and
 * each module's activities in order. */
GPtrArray *
_kolo_run_day_order (KoloDay *day)
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
KoloActivity *
_kolo_run_activity_near (KoloDay      *day,
                         KoloActivity *activity,
                         int           offset)
{
  g_autoptr(GPtrArray) order = NULL;
  guint index;
  gint64 wanted;

  if (day == NULL || activity == NULL)
    return NULL;

  order = _kolo_run_day_order (day);
  if (!g_ptr_array_find (order, activity, &index))
    return NULL;

  wanted = (gint64) index + offset;
  return wanted >= 0 && wanted < order->len ? order->pdata[wanted] : NULL;
}

KoloActivity *
_kolo_run_first_activity (KoloDay *day)
{
  g_autoptr(GPtrArray) order = _kolo_run_day_order (day);

  return order->len > 0 ? order->pdata[0] : NULL;
}

gboolean
_kolo_run_day_in_event (KoloDay   *day,
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
KoloDay *
_kolo_run_day_of_activity (KoloEvent    *event,
                           KoloActivity *activity)
{
  KoloModule *module = kolo_activity_get_module (activity);
  KoloDay *day = module != NULL ? kolo_module_get_day (module) : NULL;

  if (day == NULL || kolo_day_get_event (day) != event || !_kolo_run_day_in_event (day, event))
    return NULL;
  return day;
}

/* Following the agenda ----------------------------------------------------- */

void
_kolo_run_unwatch_day (KoloRun *self)
{
  for (guint i = 0; i < self->modules->len; i++)
    g_signal_handlers_disconnect_by_func (kolo_module_get_activities (self->modules->pdata[i]),
                                          _kolo_run_agenda_changed_cb, self);
  g_ptr_array_set_size (self->modules, 0);

  if (self->watched_day != NULL)
    {
      g_signal_handlers_disconnect_by_func (kolo_day_get_modules (self->watched_day),
                                            _kolo_run_agenda_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->watched_day, _kolo_run_plan_changed_cb, self);
      g_clear_object (&self->watched_day);
    }
}

/* Listens to the run's day, its modules and their activities, and notes
 * the day's order as it is now. */
void
_kolo_run_watch_day (KoloRun *self)
{
  GListModel *modules;
  guint n;

  _kolo_run_unwatch_day (self);
  g_ptr_array_unref (self->order);
  self->order = _kolo_run_day_order (self->t.day);

  if (self->t.day == NULL)
    return;

  self->watched_day = g_object_ref (self->t.day);
  modules = kolo_day_get_modules (self->watched_day);
  g_signal_connect (modules, "items-changed", G_CALLBACK (_kolo_run_agenda_changed_cb), self);
  g_signal_connect (self->watched_day, "notify::planned-minutes",
                    G_CALLBACK (_kolo_run_plan_changed_cb), self);
  g_signal_connect (self->watched_day, "notify::start-minute",
                    G_CALLBACK (_kolo_run_plan_changed_cb), self);

  n = g_list_model_get_n_items (modules);
  for (guint i = 0; i < n; i++)
    {
      KoloModule *module = g_list_model_get_item (modules, i);

      g_signal_connect (kolo_module_get_activities (module), "items-changed",
                        G_CALLBACK (_kolo_run_agenda_changed_cb), self);
      g_ptr_array_add (self->modules, module);
    }
}

void
_kolo_run_watch_current (KoloRun *self)
{
  if (self->watched_current != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->watched_current, _kolo_run_plan_changed_cb, self);
      g_clear_object (&self->watched_current);
    }

  if (self->t.current != NULL)
    {
      self->watched_current = g_object_ref (self->t.current);
      g_signal_connect (self->watched_current, "notify::minutes",
                        G_CALLBACK (_kolo_run_plan_changed_cb), self);
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

  ok = _kolo_run_begin (self, &store, &t, &now, &error);
  if (ok)
    {
      ok = _kolo_run_leave_current (store, &t, &now, &error);
      if (ok && day_gone)
        g_clear_object (&t.day);
      if (ok && successor != NULL && !day_gone)
        ok = _kolo_run_enter (self, store, &t, successor, &now, &error);
      else if (ok)
        _kolo_run_stop_timing (&t);

      if (ok)
        ok = _kolo_run_save (self, store, &t, &now, &error);
      if (ok)
        ok = kolo_store_commit (store, &error);
      else
        kolo_store_rollback (store);
    }

  if (!ok)
    {
      _kolo_run_report (self, error);
      _kolo_run_timing_clear (&t);
      _kolo_run_timing_copy (&t, &self->t);
      if (day_gone)
        g_clear_object (&t.day);
      _kolo_run_stop_timing (&t);
    }

  _kolo_run_apply (self, &t, &now);
}

/* Brings the run in line with the agenda after edits.  It runs from an
 * idle callback (and before every action), not from items-changed itself:
 * moving an activity removes it and inserts it again, and between the two
 * it would look deleted. */
void
_kolo_run_reconcile (KoloRun *self)
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

  if (!_kolo_run_day_in_event (self->t.day, self->event))
    {
      g_debug ("The day being run was removed; the run stops");
      move_on (self, NULL, TRUE);
      return;
    }

  live = _kolo_run_day_order (self->t.day);
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
      _kolo_run_watch_day (self);
      return;
    }

  /* Only the order or the modules changed. */
  if (self->t.current != NULL && g_ptr_array_find (self->order, self->t.current, &index) &&
      index + 1 < self->order->len)
    next_before = g_object_ref (self->order->pdata[index + 1]);
  _kolo_run_watch_day (self);
  if (next_before != kolo_run_get_next (self))
    _kolo_run_notify_next (self);
  _kolo_run_emit_changed (self);
}

static gboolean
reconcile_cb (gpointer data)
{
  KoloRun *self = data;

  self->reconcile_id = 0;
  _kolo_run_reconcile (self);
  return G_SOURCE_REMOVE;
}

void
_kolo_run_agenda_changed_cb (GListModel *list,
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

void
_kolo_run_plan_changed_cb (GObject    *object,
                           GParamSpec *pspec,
                           KoloRun    *self)
{
  /* Minutes or the day's start changed: the allowance, the drift and the
   * projected end follow. */
  _kolo_run_emit_changed (self);
}

/* The plan --------------------------------------------------------------- */

/* The wall clock's local time of day for @day, in µs: past midnight of
 * the day's date it keeps counting (00:30 the next morning is 24:30).  Run
 * on another date than its own, the day is taken to run from twelve hours
 * before its start to twelve hours after. */
static gint64
local_time_of_day_us (gint64   wall_us,
                      KoloDay *day)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (wall_us / G_USEC_PER_SEC);
  const GDate *date = kolo_day_get_date (day);
  int start_minute = kolo_day_get_start_minute (day);
  gint64 us;

  if (local == NULL)
    return 0;

  us = ((gint64) g_date_time_get_hour (local) * 3600 +
        g_date_time_get_minute (local) * 60 +
        g_date_time_get_second (local)) * G_USEC_PER_SEC +
       wall_us % G_USEC_PER_SEC;

  if (date != NULL && g_date_valid (date))
    {
      GDate today;
      int days;

      g_date_clear (&today, 1);
      g_date_set_dmy (&today, g_date_time_get_day_of_month (local),
                      g_date_time_get_month (local), g_date_time_get_year (local));
      days = g_date_days_between (date, &today);
      if (days == 0)
        return us;
      if (days == 1)
        return us + US_PER_DAY;
    }

  if (us < (start_minute - 12 * 60) * US_PER_MINUTE)
    us += US_PER_DAY;
  return us;
}

/* When the day ends at this pace, in µs after midnight: now, what is left
 * of the current activity (nothing in overrun), and the plan of all that
 * follows it. */
static gint64
projected_end_us (KoloRun *self)
{
  g_autoptr(GPtrArray) order = _kolo_run_day_order (self->t.day);
  Now now = _kolo_run_read_clock (self);
  gint64 end;
  guint index;

  end = local_time_of_day_us (now.wall, self->t.day);
  end += MAX (0, _kolo_run_timing_remaining (&self->t, now.boot));
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

  order = _kolo_run_day_order (self->t.day);
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
