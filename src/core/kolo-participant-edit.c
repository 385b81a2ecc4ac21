/* kolo-participant-edit.c — adding, removing and copying an event's
 * participants and marking attendance, each written to the store in one
 * transaction and recorded in the event's history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-participant-edit"

#include "config.h"

#include "kolo-board-private.h"
#include "kolo-history-private.h"
#include "kolo-model-private.h"
#include "kolo-participant-import-private.h"
#include "kolo-participant-private.h"
#include "kolo-store-private.h"

/* As for the agenda and the boards, every operation writes first, in one
 * transaction, and changes the objects only once the store has it: a
 * refused write leaves the list on screen as it is in the file.
 *
 * Positions count 0, 1, 2… within the event; an edit shifts the
 * positions after its place with one UPDATE. */

#define SHIFT_PARTICIPANTS \
  "UPDATE participants SET position = position + ?3 WHERE event_id = ?1 AND position >= ?2"

static KoloStore *
store_for (KoloEvent  *event,
           GError    **error)
{
  KoloStore *store = kolo_event_get_store (event);

  if (store == NULL)
    g_set_error_literal (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                         "The event is not in a store");
  return store;
}

static gboolean
shift (KoloStore  *store,
       gint64      event_id,
       guint       from,
       int         delta,
       GError    **error)
{
  sqlite3_stmt *stmt = kolo_store_prepare (store, SHIFT_PARTICIPANTS, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_int (stmt, 2, from);
  sqlite3_bind_int (stmt, 3, delta);
  return kolo_store_step_done (store, stmt, error);
}

static gboolean
is_new (KoloParticipant *participant)
{
  return kolo_participant_get_event (participant) == NULL &&
         kolo_participant_get_id (participant) == 0;
}

/**
 * kolo_event_insert_participant:
 * @position: where; past the end appends
 * @participant: a participant of no event (kolo_participant_new(), or
 *   one removed), with any ticks of the event's days
 *
 * Adds @participant as one undoable step.  One removed from this event
 * comes back with what it played in the event's role-plays.
 */
gboolean
kolo_event_insert_participant (KoloEvent        *self,
                               guint             position,
                               KoloParticipant  *participant,
                               GError          **error)
{
  GListStore *list;
  KoloStore *store;
  gboolean ok;

  g_return_val_if_fail (KOLO_IS_EVENT (self), FALSE);
  g_return_val_if_fail (KOLO_IS_PARTICIPANT (participant), FALSE);
  g_return_val_if_fail (is_new (participant), FALSE);

  if ((store = store_for (self, error)) == NULL)
    return FALSE;
  list = _kolo_event_get_participant_list (self);
  if (!kolo_store_begin (store, error))
    return FALSE;

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (list)));
  ok = shift (store, kolo_event_get_id (self), position, 1, error) &&
       _kolo_participant_write (store, kolo_event_get_id (self), position, participant, error);
  if (!kolo_store_finish (store, ok, error))
    {
      _kolo_participant_set_id (participant, 0);
      return FALSE;
    }

  _kolo_participant_set_event (participant, self);
  _kolo_participant_set_play_roles (participant, NULL);
  g_list_store_insert (list, position, participant);
  _kolo_history_record_insert (kolo_event_get_history (self), G_OBJECT (self),
                               G_OBJECT (participant), position);
  return TRUE;
}

/**
 * kolo_event_add_participants:
 * @participants: (element-type KoloParticipant): participants of no event
 *
 * Adds @participants at the end, in their order, in one transaction and
 * as one undoable step: what an import does.  All or none are added.
 */
gboolean
kolo_event_add_participants (KoloEvent  *self,
                             GPtrArray  *participants,
                             GError    **error)
{
  KoloHistory *history;
  GListStore *list;
  KoloStore *store;
  gboolean ok = TRUE;
  guint start;

  g_return_val_if_fail (KOLO_IS_EVENT (self), FALSE);
  g_return_val_if_fail (participants != NULL, FALSE);
  for (guint i = 0; i < participants->len; i++)
    {
      g_return_val_if_fail (KOLO_IS_PARTICIPANT (participants->pdata[i]), FALSE);
      g_return_val_if_fail (is_new (participants->pdata[i]), FALSE);
    }

  if (participants->len == 0)
    return TRUE;
  if ((store = store_for (self, error)) == NULL)
    return FALSE;
  list = _kolo_event_get_participant_list (self);
  start = g_list_model_get_n_items (G_LIST_MODEL (list));
  if (!kolo_store_begin (store, error))
    return FALSE;

  for (guint i = 0; ok && i < participants->len; i++)
    ok = _kolo_participant_write (store, kolo_event_get_id (self), start + i,
                                  participants->pdata[i], error);
  if (!kolo_store_finish (store, ok, error))
    {
      for (guint i = 0; i < participants->len; i++)
        _kolo_participant_set_id (participants->pdata[i], 0);
      return FALSE;
    }

  history = kolo_event_get_history (self);
  kolo_history_begin_group (history);
  for (guint i = 0; i < participants->len; i++)
    {
      _kolo_participant_set_event (participants->pdata[i], self);
      _kolo_participant_set_play_roles (participants->pdata[i], NULL);
      _kolo_history_record_insert (history, G_OBJECT (self), participants->pdata[i], start + i);
    }
  /* One change of the list, however long the file was. */
  g_list_store_splice (list, start, 0, participants->pdata, participants->len);
  kolo_history_end_group (history);
  return TRUE;
}

/**
 * kolo_event_copy_participant:
 * @participant: a participant of another event
 *
 * People come back: adds a copy of @participant (their name, institution,
 * job, place, contacts, notes and gender) at the end, without attendance
 * and without a certificate, as one undoable step.
 *
 * Returns: (transfer full): the copy, or %NULL with @error set
 */
KoloParticipant *
kolo_event_copy_participant (KoloEvent        *self,
                             KoloParticipant  *participant,
                             GError          **error)
{
  g_autoptr(KoloParticipant) copy = NULL;

  g_return_val_if_fail (KOLO_IS_EVENT (self), NULL);
  g_return_val_if_fail (KOLO_IS_PARTICIPANT (participant), NULL);

  copy = _kolo_participant_new_full (0, kolo_participant_get_name (participant),
                                     kolo_participant_get_institution (participant),
                                     kolo_participant_get_position (participant),
                                     kolo_participant_get_city (participant),
                                     kolo_participant_get_email (participant),
                                     kolo_participant_get_phone (participant),
                                     kolo_participant_get_notes (participant),
                                     kolo_participant_get_gender (participant), NULL);
  if (!kolo_event_insert_participant (self, G_MAXUINT, copy, error))
    return NULL;
  return g_steal_pointer (&copy);
}

/* The ideas of the event's boards that @participant gave, as far as they
 * are loaded: the store unlinks the others. */
static GPtrArray *
linked_ideas (KoloEvent       *self,
              KoloParticipant *participant)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *boards = _kolo_event_peek_boards (self);

  for (guint b = 0; boards != NULL && b < g_list_model_get_n_items (boards); b++)
    {
      g_autoptr(KoloBoard) board = g_list_model_get_item (boards, b);
      GListModel *ideas = kolo_board_get_ideas (board);

      for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
        {
          KoloIdea *idea = g_list_model_get_item (ideas, i);

          if (kolo_idea_get_participant (idea) == participant)
            g_ptr_array_add (found, idea);
          else
            g_object_unref (idea);
        }
    }
  return found;
}

/**
 * kolo_event_remove_participant:
 *
 * Removes @participant everywhere, in one transaction and as one undoable
 * step: their row, their attendance, what they played in the event's
 * role-plays, and their link and name on every idea they gave.  A
 * certificate number once given stays given (the store keeps the number,
 * without the person).  The object stays as it was, with what they
 * played, ready to be inserted again.
 */
gboolean
kolo_event_remove_participant (KoloEvent        *self,
                               KoloParticipant  *participant,
                               GError          **error)
{
  g_autoptr(KoloParticipant) keep = NULL;
  g_autoptr(GPtrArray) ideas = NULL;
  g_autoptr(GArray) play_roles = NULL;
  const char *certificate;
  KoloHistory *history;
  GListStore *list;
  KoloStore *store;
  gint64 id;
  guint position;
  gboolean ok;

  g_return_val_if_fail (KOLO_IS_EVENT (self), FALSE);
  g_return_val_if_fail (KOLO_IS_PARTICIPANT (participant), FALSE);
  g_return_val_if_fail (kolo_participant_get_event (participant) == self, FALSE);

  list = _kolo_event_get_participant_list (self);
  g_return_val_if_fail (g_list_store_find (list, participant, &position), FALSE);

  if ((store = store_for (self, error)) == NULL || !kolo_store_begin (store, error))
    return FALSE;
  id = kolo_participant_get_id (participant);
  certificate = kolo_participant_get_certificate (participant);
  /* What they played goes with their row (ON DELETE CASCADE): it is kept
   * with the object, for the undo. */
  ok = (play_roles = kolo_store_read_play_role_rows (store, id, error)) != NULL &&
       kolo_store_run_with_id (store,
                               "UPDATE ideas SET participant_id = NULL, author = NULL"
                               " WHERE participant_id = ?1",
                               id, error) &&
       (certificate == NULL || kolo_store_keep_certificate (store, certificate, error)) &&
       kolo_store_run_with_id (store, "DELETE FROM participants WHERE id = ?1", id, error) &&
       shift (store, kolo_event_get_id (self), position + 1, -1, error);
  if (!kolo_store_finish (store, ok, error))
    return FALSE;

  history = kolo_event_get_history (self);
  kolo_history_begin_group (history);
  ideas = linked_ideas (self, participant);
  for (guint i = 0; i < ideas->len; i++)
    _kolo_idea_apply_participant (ideas->pdata[i], NULL);
  _kolo_history_record_remove (history, G_OBJECT (self), G_OBJECT (participant), position);
  keep = g_object_ref (participant);
  g_list_store_remove (list, position);
  _kolo_participant_set_event (participant, NULL);
  _kolo_participant_set_id (participant, 0);
  _kolo_participant_set_play_roles (participant, g_steal_pointer (&play_roles));
  kolo_history_end_group (history);
  return TRUE;
}

/**
 * kolo_event_set_attendance:
 * @day: a day of the event
 * @participants: (nullable) (element-type KoloParticipant): participants
 *   of the event; %NULL: all of them
 *
 * Marks @day as attended (or not) for every one of @participants: one
 * transaction, one undoable step.  Those already marked are left as they
 * are.
 */
gboolean
kolo_event_set_attendance (KoloEvent  *self,
                           KoloDay    *day,
                           GPtrArray  *participants,
                           gboolean    attended,
                           GError    **error)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) changing = g_ptr_array_new ();
  KoloHistory *history;
  KoloStore *store;
  gboolean ok = TRUE;

  g_return_val_if_fail (KOLO_IS_EVENT (self), FALSE);
  g_return_val_if_fail (KOLO_IS_DAY (day), FALSE);
  g_return_val_if_fail (kolo_day_get_event (day) == self, FALSE);

  if (participants == NULL)
    {
      GListModel *list = kolo_event_get_participants (self);

      all = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        g_ptr_array_add (all, g_list_model_get_item (list, i));
      participants = all;
    }

  attended = !!attended;
  for (guint i = 0; i < participants->len; i++)
    {
      KoloParticipant *participant = participants->pdata[i];

      g_return_val_if_fail (KOLO_IS_PARTICIPANT (participant), FALSE);
      g_return_val_if_fail (kolo_participant_get_event (participant) == self, FALSE);
      /* The event's own list has no repeats: only a caller's may. */
      if (kolo_participant_get_attended (participant, day) != attended &&
          (all != NULL || !g_ptr_array_find (changing, participant, NULL)))
        g_ptr_array_add (changing, participant);
    }
  if (changing->len == 0)
    return TRUE;

  if ((store = store_for (self, error)) == NULL || !kolo_store_begin (store, error))
    return FALSE;
  for (guint i = 0; ok && i < changing->len; i++)
    {
      gint64 id = kolo_participant_get_id (changing->pdata[i]);

      ok = attended ? kolo_store_insert_attendance_row (store, id, kolo_day_get_id (day), error)
                    : kolo_store_delete_attendance_row (store, id, kolo_day_get_id (day), error);
    }
  if (!kolo_store_finish (store, ok, error))
    return FALSE;

  history = kolo_event_get_history (self);
  kolo_history_begin_group (history);
  for (guint i = 0; i < changing->len; i++)
    _kolo_participant_apply_attended (changing->pdata[i], day, attended, FALSE, NULL);
  kolo_history_end_group (history);
  return TRUE;
}

/**
 * kolo_event_find_participant:
 * @name: a name as typed
 *
 * Finds the participant a typed name means: compared as the import
 * compares names for duplicates (case, spaces, apostrophes and
 * punctuation do not count).
 *
 * Returns: (transfer none) (nullable): the first participant so named
 */
KoloParticipant *
kolo_event_find_participant (KoloEvent  *self,
                             const char *name)
{
  g_autofree char *wanted = NULL;
  GListModel *people;

  g_return_val_if_fail (KOLO_IS_EVENT (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  wanted = _kolo_import_fold_key (name);
  if (*wanted == '\0')
    return NULL;

  people = kolo_event_get_participants (self);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(KoloParticipant) person = g_list_model_get_item (people, i);
      g_autofree char *key = _kolo_import_fold_key (kolo_participant_get_name (person));

      /* The list holds its own reference: the pointer outlives ours. */
      if (g_str_equal (key, wanted))
        return person;
    }
  return NULL;
}
