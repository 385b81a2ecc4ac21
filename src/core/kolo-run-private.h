/* kolo-run-private.h — what the parts of a run share: its struct, where it
 * stands, and the functions kolo-run*.c call across files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kolo-run.h"

G_BEGIN_DECLS

#define US_PER_MINUTE (G_GINT64_CONSTANT (60) * G_USEC_PER_SEC)

/* When the wall clock moves against boot time by more than this (NTP, the
 * user setting the clock), the stored instants are written again so that a
 * restart works from the clock as it is now. */
#define REANCHOR_US   G_USEC_PER_SEC

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

/* Where the role-play round stands (kolo-run-round.c), built, stored and
 * applied the same way.  The phase is not kept: it is worked out from the
 * elapsed time against the phases' minutes. */
typedef struct
{
  KoloPlay       *play;           /* owned; nullable */
  KoloRunState    state;          /* STOPPED: no round */
  int             minutes[3];     /* preparation, play, discussion; 0 skips */
  gint64          origin_us;      /* boot µs; elapsed = end − origin − paused */
  gint64          paused_us;      /* the round's finished pauses */
  gint64          pause_us;       /* boot µs the pause began, when PAUSED */
  KoloRoundPhase  notified;       /* the last phase the round was seen in */
} Round;

/* One reading of the clock, so that everything an action computes and
 * stores refers to the same instant. */
typedef struct
{
  gint64 boot;
  gint64 wall;
} Now;

struct _KoloRun
{
  GObject       parent_instance;

  KoloEvent    *event;            /* owned */
  KoloClock    *clock;            /* owned */
  Timing        t;
  int           warning_seconds;
  gboolean      auto_advance;
  gint64        saved_offset_us;  /* wall − boot when the run was last stored */
  Round         round;
  gint64        round_offset_us;  /* wall − boot when the round was last stored */

  /* Listening to the agenda: edits may take away the running activity. */
  GPtrArray    *order;            /* of KoloActivity: the day at the last check */
  GPtrArray    *modules;          /* of KoloModule whose activity lists we watch */
  KoloDay      *watched_day;      /* owned */
  KoloActivity *watched_current;  /* owned */
  gboolean      dirty;
  guint         reconcile_id;
};

/* kolo-run.c */
void          _kolo_run_timing_copy            (Timing         *dest,
                                                const Timing   *src);
void          _kolo_run_timing_clear           (Timing         *t);
gint64        _kolo_run_timing_elapsed         (const Timing   *t,
                                                gint64          now_boot);
int           _kolo_run_timing_allowed_minutes (const Timing   *t);
gint64        _kolo_run_timing_remaining       (const Timing   *t,
                                                gint64          now_boot);
void          _kolo_run_stop_timing            (Timing         *t);
gint64        _kolo_run_warning_us             (KoloRun        *self);
void          _kolo_run_arm_alerts             (KoloRun        *self,
                                                Timing         *t,
                                                gint64          now_boot);
Now           _kolo_run_read_clock             (KoloRun        *self);
void          _kolo_run_apply                  (KoloRun        *self,
                                                Timing         *t,
                                                const Now      *now);
void          _kolo_run_notify_next            (KoloRun        *self);
void          _kolo_run_emit_changed           (KoloRun        *self);
void          _kolo_run_round_changed          (KoloRun        *self,
                                                gboolean        state_changed);
void          _kolo_run_emit_round_phase       (KoloRun        *self,
                                                KoloRoundPhase  phase);

/* kolo-run-round.c */
void          _kolo_run_round_init             (Round          *r);
void          _kolo_run_round_clear            (Round          *r);
gboolean      _kolo_run_round_restore          (KoloRun        *self,
                                                GError        **error);
void          _kolo_run_round_poll             (KoloRun        *self);

/* kolo-run-plan.c */
GPtrArray    *_kolo_run_day_order              (KoloDay        *day);
KoloActivity *_kolo_run_activity_near          (KoloDay        *day,
                                                KoloActivity   *activity,
                                                int             offset);
KoloActivity *_kolo_run_first_activity         (KoloDay        *day);
gboolean      _kolo_run_day_in_event           (KoloDay        *day,
                                                KoloEvent      *event);
KoloDay      *_kolo_run_day_of_activity        (KoloEvent      *event,
                                                KoloActivity   *activity);
void          _kolo_run_unwatch_day            (KoloRun        *self);
void          _kolo_run_watch_day              (KoloRun        *self);
void          _kolo_run_watch_current          (KoloRun        *self);
void          _kolo_run_reconcile              (KoloRun        *self);
void          _kolo_run_agenda_changed_cb      (GListModel     *list,
                                                guint           position,
                                                guint           removed,
                                                guint           added,
                                                KoloRun        *self);
void          _kolo_run_plan_changed_cb        (GObject        *object,
                                                GParamSpec     *pspec,
                                                KoloRun        *self);

/* kolo-run-store.c */
/* The event's store, or NULL with @error set when it is closed */
KoloStore    *_kolo_run_get_store              (KoloRun        *self,
                                                GError        **error);
/* The states as the runs and rounds tables write them */
const char   *_kolo_run_state_to_nick          (KoloRunState    state);
KoloRunState  _kolo_run_state_from_nick        (const char     *nick);
void          _kolo_run_report                 (KoloRun        *self,
                                                const GError   *error);
gboolean      _kolo_run_save                   (KoloRun        *self,
                                                KoloStore      *store,
                                                const Timing   *t,
                                                const Now      *now,
                                                GError        **error);
gboolean      _kolo_run_leave_current          (KoloStore      *store,
                                                Timing         *t,
                                                const Now      *now,
                                                GError        **error);
gboolean      _kolo_run_enter                  (KoloRun        *self,
                                                KoloStore      *store,
                                                Timing         *t,
                                                KoloActivity   *activity,
                                                const Now      *now,
                                                GError        **error);
gboolean      _kolo_run_begin                  (KoloRun        *self,
                                                KoloStore     **store,
                                                Timing         *t,
                                                Now            *now,
                                                GError        **error);
gboolean      _kolo_run_finish                 (KoloRun        *self,
                                                KoloStore      *store,
                                                Timing         *t,
                                                const Now      *now,
                                                gboolean        ok,
                                                GError        **error);
gboolean      _kolo_run_restore                (KoloRun        *self,
                                                GError        **error);

G_END_DECLS
