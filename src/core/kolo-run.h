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

typedef struct _KoloPlay KoloPlay;

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
 * activity at time-up.  For a running role-play round (below), it emits
 * "round-phase" (KoloRoundPhase) once when the time takes the round into
 * another phase, KOLO_ROUND_OVER included, then "changed". */
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

/* Role-play rounds (kolo-run-round.c) ------------------------------------
 *
 * A round of role-play is timed by the same run, on the same clock and in
 * the same store, beside the day's activity (which may or may not be
 * running): a preparation, a play and a discussion phase, each with its
 * own minutes.  The phase is worked out from the time, so a round goes
 * from one phase to the next by itself (the "round-phase" signal, from
 * kolo_run_poll()) and comes back right after a restart. */
typedef enum
{
  KOLO_ROUND_PREPARATION,
  KOLO_ROUND_PLAY,
  KOLO_ROUND_DISCUSSION,
  KOLO_ROUND_OVER,          /* every phase is behind: the round is done */
} KoloRoundPhase;

#define KOLO_TYPE_ROUND_PHASE (kolo_round_phase_get_type ())
GType         kolo_round_phase_get_type     (void);
/* Translated: «Підготовка», «Гра», «Обговорення», «Раунд завершено» */
const char   *kolo_round_phase_get_label    (KoloRoundPhase  phase);

#define KOLO_ROUND_MINUTES_MAX 240

/* The minutes of each phase of the next (or current) round of the
 * event, kept in the store: 5, 10 and 10 until changed.  0 skips a
 * phase; a round needs at least one minute in all. */
int           kolo_run_get_round_minutes    (KoloRun        *self,
                                             KoloRoundPhase  phase);
gboolean      kolo_run_set_round_minutes    (KoloRun        *self,
                                             KoloRoundPhase  phase,
                                             int             minutes,
                                             GError        **error);

/* @play: (nullable): the card played, for the projector and the record */
gboolean      kolo_run_start_round          (KoloRun        *self,
                                             KoloPlay       *play,
                                             GError        **error);
gboolean      kolo_run_pause_round          (KoloRun        *self,
                                             GError        **error);
gboolean      kolo_run_resume_round         (KoloRun        *self,
                                             GError        **error);
/* Ends the current phase now: the next one starts (or the round is over). */
gboolean      kolo_run_next_round_phase     (KoloRun        *self,
                                             GError        **error);
/* Adds (or takes away) minutes to the current phase only */
gboolean      kolo_run_add_round_minutes    (KoloRun        *self,
                                             int             minutes,
                                             GError        **error);
/* Forgets the round (over or not); the play stays recorded. */
gboolean      kolo_run_stop_round           (KoloRun        *self,
                                             GError        **error);

/* STOPPED when there is no round (none started, or stopped); a round that
 * is over stays RUNNING with the phase KOLO_ROUND_OVER until stopped.
 * Property "round-state"; every round action emits "changed". */
KoloRunState  kolo_run_get_round_state      (KoloRun        *self);
KoloRoundPhase kolo_run_get_round_phase     (KoloRun        *self);
/* (transfer none) (nullable) */
KoloPlay     *kolo_run_get_round_play       (KoloRun        *self);
/* Of the current phase, computed from the clock; 0 when over or none */
gint64        kolo_run_get_round_remaining_us (KoloRun      *self);
gint64        kolo_run_get_round_allowed_us   (KoloRun      *self);

G_END_DECLS
