/* kolo-run.h — running a day of an event against the clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kolo-activity.h"
#include "kolo-clock.h"
#include "kolo-day.h"
#include "kolo-event.h"
#include "kolo-store.h"

G_BEGIN_DECLS

typedef enum
{
  KOLO_RUN_STOPPED,   /* the day is not running (before it, or after it) */
  KOLO_RUN_RUNNING,   /* the current activity's countdown runs */
  KOLO_RUN_PAUSED,    /* the current activity's countdown is held */
} KoloRunState;

#define KOLO_TYPE_RUN_STATE (kolo_run_state_get_type ())
GType kolo_run_state_get_type (void);

#define KOLO_TYPE_RUN (kolo_run_get_type ())
G_DECLARE_FINAL_TYPE (KoloRun, kolo_run, KOLO, RUN, GObject)

/* One run per event at most; kolo_run_get_for_event() returns it, made on
 * first use and restored from the store (after a crash or a restart it
 * comes back on the same activity with the right remaining time). */
KoloRun      *kolo_run_get_for_event        (KoloEvent     *event,
                                             KoloClock     *clock,
                                             GError       **error);
KoloEvent    *kolo_run_find_running_event   (KoloStore     *store);

KoloEvent    *kolo_run_get_event            (KoloRun       *self);
KoloDay      *kolo_run_get_day              (KoloRun       *self);
KoloRunState  kolo_run_get_state            (KoloRun       *self);
KoloActivity *kolo_run_get_current          (KoloRun       *self);
KoloActivity *kolo_run_get_next             (KoloRun       *self);

/* Every change is stored before it returns; FALSE with @error when not. */
gboolean      kolo_run_start_day            (KoloRun       *self,
                                             KoloDay       *day,
                                             GError       **error);
gboolean      kolo_run_stop_day             (KoloRun       *self,
                                             GError       **error);
gboolean      kolo_run_start                (KoloRun       *self,
                                             GError       **error);
gboolean      kolo_run_pause                (KoloRun       *self,
                                             GError       **error);
gboolean      kolo_run_resume               (KoloRun       *self,
                                             GError       **error);
gboolean      kolo_run_next                 (KoloRun       *self,
                                             GError       **error);
gboolean      kolo_run_previous             (KoloRun       *self,
                                             GError       **error);
gboolean      kolo_run_go_to                (KoloRun       *self,
                                             KoloActivity  *activity,
                                             GError       **error);
gboolean      kolo_run_add_minutes          (KoloRun       *self,
                                             int            minutes,
                                             GError       **error);
gboolean      kolo_run_restart_activity     (KoloRun       *self,
                                             GError       **error);
gboolean      kolo_run_reset_day            (KoloRun       *self,
                                             GError       **error);

/* Computed from the clock each time: never accumulated. */
gint64        kolo_run_get_remaining_us     (KoloRun       *self);
gint64        kolo_run_get_elapsed_us       (KoloRun       *self);
gint64        kolo_run_get_allowed_us       (KoloRun       *self);
double        kolo_run_get_progress         (KoloRun       *self);
int           kolo_run_get_drift_minutes    (KoloRun       *self);
int           kolo_run_get_projected_end_minute (KoloRun   *self);

/* The UI calls this on every tick (once a second): it emits "warning" once
 * when the remaining time crosses the warning threshold and "time-up" once
 * when it reaches zero, and with auto-advance on moves to the next
 * activity at time-up. */
void          kolo_run_poll                 (KoloRun       *self);
int           kolo_run_get_warning_seconds  (KoloRun       *self);
void          kolo_run_set_warning_seconds  (KoloRun       *self,
                                             int            seconds);
gboolean      kolo_run_get_auto_advance     (KoloRun       *self);
void          kolo_run_set_auto_advance     (KoloRun       *self,
                                             gboolean       auto_advance);

/* Actual times, for "planned vs actual" after the day. */
gboolean      kolo_run_get_actual           (KoloRun       *self,
                                             KoloActivity  *activity,
                                             gint64        *started_wall_us,
                                             gint64        *ended_wall_us,
                                             gint64        *actual_us);

/* Winning back time: a preview of new lengths, applied by the caller. */
typedef struct
{
  KoloActivity *activity;   /* unowned */
  int           old_minutes;
  int           new_minutes;
} KoloCatchUp;

GArray       *kolo_run_plan_catch_up        (KoloRun       *self,
                                             int            minutes_to_win,
                                             GPtrArray     *chosen);

G_END_DECLS
