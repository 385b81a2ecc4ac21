/* kolo-run-round.c — timed role-play rounds: a preparation, a play and a
 * discussion phase on the run's clock, kept in the store's rounds table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A round is timed as the day's activity is (kolo-run.c): nothing is
 * counted, the elapsed time is (pause start, or now) − origin − pauses in
 * boot µs, and the store keeps wall-clock instants.  The phase is not
 * kept either: it is where the elapsed time falls among the phases'
 * minutes, so a round goes from one phase to the next by itself, and
 * comes back in the right one after a restart.  An action builds a new
 * Round from the run's, stores it, and only then makes it the run's.
 * docs/timer.md, "Role-play rounds", tells the story.
 */
#define G_LOG_DOMAIN "kolo-run"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kolo-play.h"
#include "kolo-run-private.h"
#include "kolo-store-private.h"

#define N_PHASES 3

/* A new event's rounds, until the trainer changes them. */
static const int default_minutes[N_PHASES] = { 5, 10, 10 };

G_DEFINE_ENUM_TYPE (KoloRoundPhase, kolo_round_phase,
  G_DEFINE_ENUM_VALUE (KOLO_ROUND_PREPARATION, "preparation"),
  G_DEFINE_ENUM_VALUE (KOLO_ROUND_PLAY, "play"),
  G_DEFINE_ENUM_VALUE (KOLO_ROUND_DISCUSSION, "discussion"),
  G_DEFINE_ENUM_VALUE (KOLO_ROUND_OVER, "over"))

/* Round ------------------------------------------------------------------ */

void
_kolo_run_round_init (Round *r)
{
  memset (r, 0, sizeof *r);
  r->state = KOLO_RUN_STOPPED;
  memcpy (r->minutes, default_minutes, sizeof r->minutes);
  r->notified = KOLO_ROUND_PREPARATION;
}

static void
round_copy (Round       *dest,
            const Round *src)
{
  *dest = *src;
  if (dest->play != NULL)
    g_object_ref (dest->play);
}

void
_kolo_run_round_clear (Round *r)
{
  g_clear_object (&r->play);
}

static gint64
round_elapsed (const Round *r,
               gint64       now_boot)
{
  gint64 end;

  if (r->state == KOLO_RUN_STOPPED)
    return 0;

  end = r->state == KOLO_RUN_PAUSED ? r->pause_us : now_boot;
  return MAX (0, end - r->origin_us - r->paused_us);
}

/* From the start of the round to the end of @phase. */
static gint64
round_phase_end (const Round    *r,
                 KoloRoundPhase  phase)
{
  gint64 end = 0;

  for (int i = 0; i <= (int) phase && i < N_PHASES; i++)
    end += r->minutes[i] * US_PER_MINUTE;
  return end;
}

/* The phase @elapsed falls in: a phase of 0 minutes is never the one. */
static KoloRoundPhase
round_phase_at (const Round *r,
                gint64       elapsed)
{
  for (int i = 0; i < N_PHASES; i++)
    if (elapsed < round_phase_end (r, i))
      return i;
  return KOLO_ROUND_OVER;
}

/* When no round runs, the phase a round would start with. */
static KoloRoundPhase
round_phase (const Round *r,
             gint64       now_boot)
{
  return round_phase_at (r, round_elapsed (r, now_boot));
}

static gint64
round_remaining (const Round *r,
                 gint64       now_boot)
{
  gint64 elapsed = round_elapsed (r, now_boot);
  KoloRoundPhase phase = round_phase_at (r, elapsed);

  if (r->state == KOLO_RUN_STOPPED || phase == KOLO_ROUND_OVER)
    return 0;
  return round_phase_end (r, phase) - elapsed;
}

static int
minutes_total (const int minutes[N_PHASES])
{
  return minutes[0] + minutes[1] + minutes[2];
}

/* The store -------------------------------------------------------------- */

/* Stores @r as the event's round, its instants as wall-clock instants of
 * this moment.  A play whose row went meanwhile is stored as none. */
static gboolean
round_save (KoloRun      *self,
            KoloStore    *store,
            const Round  *r,
            const Now    *now,
            GError      **error)
{
  gint64 offset = now->wall - now->boot;
  gboolean running = r->state != KOLO_RUN_STOPPED;
  sqlite3_stmt *stmt;

  stmt = kolo_store_prepare (store,
                             "INSERT OR REPLACE INTO rounds"
                             " (event_id, play_id, state, preparation_minutes, play_minutes,"
                             "  discussion_minutes, origin_wall, paused_us, pause_wall, saved_wall,"
                             "  phase_notified)"
                             " VALUES (?1, (SELECT id FROM plays WHERE id = ?2), ?3, ?4, ?5, ?6,"
                             "         ?7, ?8, ?9, ?10, ?11)",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, kolo_event_get_id (self->event));
  if (running && r->play != NULL)
    sqlite3_bind_int64 (stmt, 2, kolo_play_get_id (r->play));
  sqlite3_bind_text (stmt, 3, _kolo_run_state_to_nick (r->state), -1, SQLITE_STATIC);
  for (int i = 0; i < N_PHASES; i++)
    sqlite3_bind_int (stmt, 4 + i, r->minutes[i]);
  sqlite3_bind_int64 (stmt, 7, running ? r->origin_us + offset : 0);
  sqlite3_bind_int64 (stmt, 8, running ? r->paused_us : 0);
  if (r->state == KOLO_RUN_PAUSED)
    sqlite3_bind_int64 (stmt, 9, r->pause_us + offset);
  sqlite3_bind_int64 (stmt, 10, now->wall);
  sqlite3_bind_int (stmt, 11, running ? r->notified : KOLO_ROUND_PREPARATION);
  return kolo_store_step_done (store, stmt, error);
}

/* Makes @r the run's round and tells everyone. */
static void
round_apply (KoloRun   *self,
             Round     *r,
             const Now *now)
{
  gboolean state_changed = r->state != self->round.state;

  _kolo_run_round_clear (&self->round);
  self->round = *r;
  memset (r, 0, sizeof *r);
  self->round_offset_us = now->wall - now->boot;
  _kolo_run_round_changed (self, state_changed);
}

/* Every round action: round_begin(), change the copy @r, round_finish()
 * stores and applies it, in one transaction. */
static gboolean
round_begin (KoloRun    *self,
             KoloStore **store,
             Round      *r,
             Now        *now,
             GError    **error)
{
  memset (r, 0, sizeof *r);
  *now = _kolo_run_read_clock (self);
  if ((*store = _kolo_run_get_store (self, error)) == NULL || !kolo_store_begin (*store, error))
    return FALSE;
  round_copy (r, &self->round);
  return TRUE;
}

static gboolean
round_finish (KoloRun    *self,
              KoloStore  *store,
              Round      *r,
              const Now  *now,
              gboolean    ok,
              GError    **error)
{
  if (ok)
    ok = round_save (self, store, r, now, error);

  if (!ok)
    kolo_store_rollback (store);
  else
    ok = kolo_store_commit (store, error);

  if (ok)
    round_apply (self, r, now);
  _kolo_run_round_clear (r);
  return ok;
}

/* Stores the round as it is (the phase seen moved on, or the wall clock
 * was set), without telling anyone; a failure goes to the store's
 * "write-failed". */
static void
store_round_now (KoloRun *self)
{
  g_autoptr(GError) error = NULL;
  KoloStore *store;
  Now now = _kolo_run_read_clock (self);
  gboolean ok;

  if ((store = _kolo_run_get_store (self, &error)) == NULL || !kolo_store_begin (store, &error))
    {
      _kolo_run_report (self, error);
      return;
    }
  ok = round_save (self, store, &self->round, &now, &error);
  if (!kolo_store_finish (store, ok, &error))
    _kolo_run_report (self, error);
}

static KoloPlay *
find_play (KoloEvent  *event,
           gint64      id,
           GError    **error)
{
  g_autoptr(GPtrArray) plays = NULL;

  if (id == 0)
    return NULL;
  if ((plays = kolo_event_get_plays (event, error)) == NULL)
    return NULL;
  for (guint i = 0; i < plays->len; i++)
    if (kolo_play_get_id (plays->pdata[i]) == id)
      return g_object_ref (plays->pdata[i]);
  return NULL;
}

/* Brings back the round the store holds for the event, as
 * _kolo_run_restore() does the day's activity: from the wall clock, never
 * earlier than when the round was last stored, and stored again at once
 * so that its instants refer to the clock as it is now.  The phase seen
 * last comes back too: a phase the round went into while Kolo was away
 * is announced by the first poll, once. */
gboolean
_kolo_run_round_restore (KoloRun  *self,
                         GError  **error)
{
  g_autoptr(GError) local_error = NULL;
  KoloStore *store;
  sqlite3_stmt *stmt;
  gint64 play_id, origin_wall, paused, pause_wall, saved_wall, wall, elapsed;
  KoloRunState state;
  int notified;
  Round r;
  Now now;
  int rc;

  if ((store = _kolo_run_get_store (self, error)) == NULL)
    return FALSE;

  stmt = kolo_store_prepare (store,
                             "SELECT play_id, state, preparation_minutes, play_minutes,"
                             "       discussion_minutes, origin_wall, paused_us, pause_wall,"
                             "       saved_wall, phase_notified"
                             "  FROM rounds WHERE event_id = ?1",
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

  _kolo_run_round_init (&r);
  play_id = sqlite3_column_type (stmt, 0) == SQLITE_NULL ? 0 : sqlite3_column_int64 (stmt, 0);
  state = _kolo_run_state_from_nick ((const char *) sqlite3_column_text (stmt, 1));
  for (int i = 0; i < N_PHASES; i++)
    r.minutes[i] = CLAMP (sqlite3_column_int (stmt, 2 + i), 0, KOLO_ROUND_MINUTES_MAX);
  origin_wall = sqlite3_column_int64 (stmt, 5);
  paused = MAX (0, sqlite3_column_int64 (stmt, 6));
  pause_wall = sqlite3_column_int64 (stmt, 7);
  saved_wall = sqlite3_column_int64 (stmt, 8);
  notified = sqlite3_column_int (stmt, 9);
  sqlite3_reset (stmt);

  if (minutes_total (r.minutes) < 1)
    memcpy (r.minutes, default_minutes, sizeof r.minutes);

  if (state == KOLO_RUN_STOPPED)
    {
      /* Only the minutes: nothing to tell, nothing to store again. */
      _kolo_run_round_clear (&self->round);
      self->round = r;
      return TRUE;
    }

  now = _kolo_run_read_clock (self);
  wall = MAX (now.wall, saved_wall);
  r.state = state;
  r.paused_us = paused;
  if (state == KOLO_RUN_PAUSED)
    {
      pause_wall = MIN (pause_wall, saved_wall);
      elapsed = MAX (0, pause_wall - origin_wall - paused);
      r.pause_us = now.boot - (wall - pause_wall);
      r.origin_us = r.pause_us - elapsed - paused;
    }
  else
    {
      elapsed = MAX (0, wall - origin_wall - paused);
      r.origin_us = now.boot - elapsed - paused;
    }
  r.notified = CLAMP (notified, KOLO_ROUND_PREPARATION, KOLO_ROUND_OVER);

  r.play = find_play (self->event, play_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      _kolo_run_round_clear (&r);
      return FALSE;
    }

  if (!kolo_store_begin (store, error))
    {
      _kolo_run_round_clear (&r);
      return FALSE;
    }
  return round_finish (self, store, &r, &now, TRUE, error);
}

/* Polling ------------------------------------------------------------------ */

/* From kolo_run_poll(): announces the phase the time took the round into,
 * and stores the round again when the wall clock was set. */
void
_kolo_run_round_poll (KoloRun *self)
{
  KoloRoundPhase phase;
  gint64 offset;
  Now now;

  if (self->round.state == KOLO_RUN_STOPPED)
    return;

  now = _kolo_run_read_clock (self);
  offset = now.wall - now.boot;
  if (ABS (offset - self->round_offset_us) > REANCHOR_US)
    {
      g_debug ("The wall clock moved by %" G_GINT64_FORMAT " µs; storing the round again",
               offset - self->round_offset_us);
      store_round_now (self);
      /* Once per jump, as for the day's run. */
      self->round_offset_us = offset;
    }

  if (self->round.state != KOLO_RUN_RUNNING)
    return;

  /* Time only takes a round forwards; what the trainer does sets the
   * phase seen to where the round is. */
  phase = round_phase (&self->round, now.boot);
  if (phase <= self->round.notified)
    return;

  self->round.notified = phase;
  store_round_now (self);
  _kolo_run_emit_round_phase (self, phase);
  _kolo_run_emit_changed (self);
}

/* Actions ------------------------------------------------------------------ */

static gboolean
check_round (KoloRun  *self,
             GError  **error)
{
  if (self->round.state != KOLO_RUN_STOPPED)
    return TRUE;

  g_set_error_literal (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                       _("No round is running; start a round first"));
  return FALSE;
}

static gboolean
check_not_over (KoloRun    *self,
                const Now  *now,
                GError    **error)
{
  if (round_phase (&self->round, now->boot) != KOLO_ROUND_OVER)
    return TRUE;

  g_set_error_literal (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                       _("The round is over"));
  return FALSE;
}

static gboolean
check_minutes (const int   minutes[N_PHASES],
               GError    **error)
{
  for (int i = 0; i < N_PHASES; i++)
    if (minutes[i] < 0 || minutes[i] > KOLO_ROUND_MINUTES_MAX)
      {
        g_set_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                     _("A phase of a round lasts from 0 to %d minutes"),
                     KOLO_ROUND_MINUTES_MAX);
        return FALSE;
      }
  if (minutes_total (minutes) < 1)
    {
      g_set_error_literal (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                           _("A round needs at least one minute"));
      return FALSE;
    }
  return TRUE;
}

/**
 * kolo_round_phase_get_label:
 *
 * Returns: the phase's name, translated
 */
const char *
kolo_round_phase_get_label (KoloRoundPhase phase)
{
  switch (phase)
    {
    case KOLO_ROUND_PREPARATION:
      return C_("round phase", "Preparation");
    case KOLO_ROUND_PLAY:
      return C_("round phase", "Play");
    case KOLO_ROUND_DISCUSSION:
      return C_("round phase", "Discussion");
    case KOLO_ROUND_OVER:
      return C_("round phase", "Round Over");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * kolo_run_get_round_minutes:
 * @phase: a phase other than %KOLO_ROUND_OVER
 *
 * Returns: the minutes of @phase in the current round, or in the next
 *   one when none runs; 0 when the phase is skipped
 */
int
kolo_run_get_round_minutes (KoloRun        *self,
                            KoloRoundPhase  phase)
{
  g_return_val_if_fail (KOLO_IS_RUN (self), 0);
  g_return_val_if_fail (phase < KOLO_ROUND_OVER, 0);

  return self->round.minutes[phase];
}

/**
 * kolo_run_set_round_minutes:
 * @phase: a phase other than %KOLO_ROUND_OVER
 * @minutes: 0 (the phase is skipped) to %KOLO_ROUND_MINUTES_MAX
 *
 * Sets the minutes of @phase for the event's rounds: they are kept, and
 * every round from now on has them.  A round under way has them at once:
 * it may find itself in another phase (or over), which is not announced
 * by #KoloRun::round-phase.  Refused when the round would have no minute
 * at all.
 */
gboolean
kolo_run_set_round_minutes (KoloRun         *self,
                            KoloRoundPhase   phase,
                            int              minutes,
                            GError         **error)
{
  int wanted[N_PHASES];
  KoloStore *store;
  Round r;
  Now now;

  g_return_val_if_fail (KOLO_IS_RUN (self), FALSE);
  g_return_val_if_fail (phase < KOLO_ROUND_OVER, FALSE);

  memcpy (wanted, self->round.minutes, sizeof wanted);
  wanted[phase] = minutes;
  if (!check_minutes (wanted, error))
    return FALSE;
  if (self->round.minutes[phase] == minutes)
    return TRUE;

  if (!round_begin (self, &store, &r, &now, error))
    return FALSE;
  r.minutes[phase] = minutes;
  if (r.state != KOLO_RUN_STOPPED)
    r.notified = round_phase (&r, now.boot);
  return round_finish (self, store, &r, &now, TRUE, error);
}

/**
 * kolo_run_start_round:
 * @play: (nullable): the card played, a play of the run's event
 *
 * Starts a round with the event's round minutes: it runs at once, in its
 * first phase that has minutes.  A round that is over is replaced; one
 * still under way is not (kolo_run_stop_round() first).  The day's run
 * is not touched.
 */
gboolean
kolo_run_start_round (KoloRun   *self,
                      KoloPlay  *play,
                      GError   **error)
{
  KoloStore *store;
  Round r;
  Now now;

  g_return_val_if_fail (KOLO_IS_RUN (self), FALSE);
  g_return_val_if_fail (play == NULL || KOLO_IS_PLAY (play), FALSE);

  if (play != NULL &&
      (kolo_event_get_store (kolo_play_get_event (play)) != kolo_event_get_store (self->event) ||
       kolo_event_get_id (kolo_play_get_event (play)) != kolo_event_get_id (self->event)))
    {
      g_set_error_literal (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                           _("The role-play card was not played in this event"));
      return FALSE;
    }
  now = _kolo_run_read_clock (self);
  if (self->round.state != KOLO_RUN_STOPPED &&
      round_phase (&self->round, now.boot) != KOLO_ROUND_OVER)
    {
      g_set_error_literal (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                           _("A round is under way; stop it first"));
      return FALSE;
    }

  if (!round_begin (self, &store, &r, &now, error))
    return FALSE;
  g_set_object (&r.play, play);
  r.state = KOLO_RUN_RUNNING;
  r.origin_us = now.boot;
  r.paused_us = 0;
  r.pause_us = 0;
  r.notified = round_phase (&r, now.boot);
  return round_finish (self, store, &r, &now, TRUE, error);
}

/**
 * kolo_run_pause_round:
 *
 * Holds the round's countdown until kolo_run_resume_round().  Pausing a
 * paused round does nothing.
 */
gboolean
kolo_run_pause_round (KoloRun  *self,
                      GError  **error)
{
  KoloStore *store;
  Round r;
  Now now;

  g_return_val_if_fail (KOLO_IS_RUN (self), FALSE);

  if (!check_round (self, error))
    return FALSE;
  if (self->round.state == KOLO_RUN_PAUSED)
    return TRUE;

  if (!round_begin (self, &store, &r, &now, error))
    return FALSE;
  r.state = KOLO_RUN_PAUSED;
  r.pause_us = now.boot;
  return round_finish (self, store, &r, &now, TRUE, error);
}

/**
 * kolo_run_resume_round:
 *
 * Lets a paused round run again.  Resuming a running one does nothing.
 */
gboolean
kolo_run_resume_round (KoloRun  *self,
                       GError  **error)
{
  KoloStore *store;
  Round r;
  Now now;

  g_return_val_if_fail (KOLO_IS_RUN (self), FALSE);

  if (!check_round (self, error))
    return FALSE;
  if (self->round.state == KOLO_RUN_RUNNING)
    return TRUE;

  if (!round_begin (self, &store, &r, &now, error))
    return FALSE;
  r.paused_us += now.boot - r.pause_us;
  r.pause_us = 0;
  r.state = KOLO_RUN_RUNNING;
  return round_finish (self, store, &r, &now, TRUE, error);
}

/**
 * kolo_run_next_round_phase:
 *
 * Ends the current phase now: the round goes on at the start of the next
 * phase that has minutes, in the same state, or is over after the last.
 * The phases' minutes do not change (the elapsed time moves on).  Not
 * announced by #KoloRun::round-phase: it is the trainer's own doing.
 * Refused when the round is over.
 */
gboolean
kolo_run_next_round_phase (KoloRun  *self,
                           GError  **error)
{
  KoloStore *store;
  Round r;
  Now now;

  g_return_val_if_fail (KOLO_IS_RUN (self), FALSE);

  if (!check_round (self, error))
    return FALSE;
  now = _kolo_run_read_clock (self);
  if (!check_not_over (self, &now, error))
    return FALSE;

  if (!round_begin (self, &store, &r, &now, error))
    return FALSE;
  /* As if the phase's time had run out: elapsed = the phase's end. */
  r.origin_us -= round_remaining (&r, now.boot);
  r.notified = round_phase (&r, now.boot);
  return round_finish (self, store, &r, &now, TRUE, error);
}

/**
 * kolo_run_add_round_minutes:
 * @minutes: minutes to add to the current phase; negative to take away
 *
 * Changes the current phase's minutes, and so the event's (see
 * kolo_run_set_round_minutes()): the next round has them too.  The phase
 * keeps at most %KOLO_ROUND_MINUTES_MAX minutes, and never loses the
 * minute under way: taking away more leaves what remains of that minute
 * (kolo_run_next_round_phase() ends a phase).  A change a bound stops
 * altogether fails; adding 0 does nothing.  Refused when the round is
 * over.
 */
gboolean
kolo_run_add_round_minutes (KoloRun  *self,
                            int       minutes,
                            GError  **error)
{
  KoloRoundPhase phase;
  KoloStore *store;
  gint64 into_phase;
  int lowest, wanted;
  Round r;
  Now now;

  g_return_val_if_fail (KOLO_IS_RUN (self), FALSE);

  if (!check_round (self, error))
    return FALSE;
  now = _kolo_run_read_clock (self);
  if (!check_not_over (self, &now, error))
    return FALSE;
  if (minutes == 0)
    return TRUE;

  phase = round_phase (&self->round, now.boot);
  into_phase = round_elapsed (&self->round, now.boot) -
               (round_phase_end (&self->round, phase) - self->round.minutes[phase] * US_PER_MINUTE);
  lowest = (int) (into_phase / US_PER_MINUTE) + 1;
  wanted = CLAMP ((gint64) self->round.minutes[phase] + minutes, lowest, KOLO_ROUND_MINUTES_MAX);
  if (wanted == self->round.minutes[phase])
    {
      if (minutes > 0)
        g_set_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                     _("A phase of a round lasts from 0 to %d minutes"),
                     KOLO_ROUND_MINUTES_MAX);
      else
        g_set_error_literal (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                             _("The phase cannot be shorter than the time it has run"));
      return FALSE;
    }

  if (!round_begin (self, &store, &r, &now, error))
    return FALSE;
  r.minutes[phase] = wanted;
  r.notified = round_phase (&r, now.boot);
  return round_finish (self, store, &r, &now, TRUE, error);
}

/**
 * kolo_run_stop_round:
 *
 * Forgets the round, over or not: no round runs any more.  The play stays
 * recorded (kolo_event_get_plays()), and the minutes stay for the next
 * round.  Stopping when no round runs does nothing.
 */
gboolean
kolo_run_stop_round (KoloRun  *self,
                     GError  **error)
{
  KoloStore *store;
  Round r;
  Now now;

  g_return_val_if_fail (KOLO_IS_RUN (self), FALSE);

  if (self->round.state == KOLO_RUN_STOPPED)
    return TRUE;

  if (!round_begin (self, &store, &r, &now, error))
    return FALSE;
  g_clear_object (&r.play);
  r.state = KOLO_RUN_STOPPED;
  r.origin_us = r.paused_us = r.pause_us = 0;
  r.notified = KOLO_ROUND_PREPARATION;
  return round_finish (self, store, &r, &now, TRUE, error);
}

/* Where the round stands ---------------------------------------------------- */

/**
 * kolo_run_get_round_state:
 *
 * Returns: %KOLO_RUN_STOPPED when no round runs; a round that is over
 *   stays %KOLO_RUN_RUNNING until kolo_run_stop_round()
 */
KoloRunState
kolo_run_get_round_state (KoloRun *self)
{
  g_return_val_if_fail (KOLO_IS_RUN (self), KOLO_RUN_STOPPED);
  return self->round.state;
}

/**
 * kolo_run_get_round_phase:
 *
 * Returns: the round's phase, worked out from the clock; when no round
 *   runs, the phase the next round would start with
 */
KoloRoundPhase
kolo_run_get_round_phase (KoloRun *self)
{
  g_return_val_if_fail (KOLO_IS_RUN (self), KOLO_ROUND_PREPARATION);
  return round_phase (&self->round, kolo_clock_get_boot_us (self->clock));
}

/**
 * kolo_run_get_round_play:
 *
 * Returns: (transfer none) (nullable): the card the round plays; %NULL
 *   when none was given, when no round runs, or when its play is gone
 */
KoloPlay *
kolo_run_get_round_play (KoloRun *self)
{
  g_return_val_if_fail (KOLO_IS_RUN (self), NULL);
  return self->round.play;
}

/**
 * kolo_run_get_round_remaining_us:
 *
 * Returns: what remains of the current phase, computed from the clock;
 *   0 when the round is over or none runs
 */
gint64
kolo_run_get_round_remaining_us (KoloRun *self)
{
  g_return_val_if_fail (KOLO_IS_RUN (self), 0);
  return round_remaining (&self->round, kolo_clock_get_boot_us (self->clock));
}

/**
 * kolo_run_get_round_allowed_us:
 *
 * Returns: the current phase's length; 0 when the round is over or none
 *   runs
 */
gint64
kolo_run_get_round_allowed_us (KoloRun *self)
{
  KoloRoundPhase phase;

  g_return_val_if_fail (KOLO_IS_RUN (self), 0);

  phase = kolo_run_get_round_phase (self);
  if (self->round.state == KOLO_RUN_STOPPED || phase == KOLO_ROUND_OVER)
    return 0;
  return self->round.minutes[phase] * US_PER_MINUTE;
}
