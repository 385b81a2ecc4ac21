/* kolo-agenda-edit.c — adding, removing and moving days, modules and
 * activities, each written to the store in one transaction and recorded
 * in the event's history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-agenda-edit"

#include "config.h"

#include "kolo-history-private.h"
#include "kolo-model-private.h"
#include "kolo-store-private.h"
#include "kolo-text.h"

/* Every operation writes first, in one transaction, and changes the objects
 * only once the store has it: a refused write leaves the agenda on screen
 * as it is in the file. */

static gint64
object_id (gpointer object)
{
  gint64 id = 0;

  g_object_get (object, "id", &id, NULL);
  return id;
}

/* Writes the order of @children (and that they belong to @parent_id). */
static gboolean
write_order (KoloStore   *store,
             const char  *table,
             const char  *parent_column,
             gint64       parent_id,
             GPtrArray   *children,
             GError     **error)
{
  g_autofree char *key = g_strdup_printf ("UPDATE %s SET %s = ?1, position = ?2 WHERE id = ?3",
                                          table, parent_column);
  const char *sql = g_intern_string (key);

  for (guint i = 0; i < children->len; i++)
    {
      sqlite3_stmt *stmt = kolo_store_prepare (store, sql, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, parent_id);
      sqlite3_bind_int (stmt, 2, i);
      sqlite3_bind_int64 (stmt, 3, object_id (children->pdata[i]));
      if (!kolo_store_step_done (store, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* The children of @list, with @remove left out and @insert put at
 * @position: the order the store is given before the list changes. */
static GPtrArray *
planned_order (GListModel *list,
               gpointer    remove,
               gpointer    insert,
               guint       position)
{
  GPtrArray *order = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      gpointer item = g_list_model_get_item (list, i);

      if (item == remove)
        g_object_unref (item);
      else
        g_ptr_array_add (order, item);
    }
  if (insert != NULL)
    g_ptr_array_insert (order, MIN (position, order->len), g_object_ref (insert));
  return order;
}

/* Ends the transaction: committed if everything before went well. */
static gboolean
finish (KoloStore  *store,
        gboolean    ok,
        GError    **error)
{
  if (!ok)
    {
      kolo_store_rollback (store);
      return FALSE;
    }
  return kolo_store_commit (store, error);
}

static gboolean
delete_row (KoloStore   *store,
            const char  *sql,
            gint64       id,
            GError     **error)
{
  sqlite3_stmt *stmt = kolo_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return kolo_store_step_done (store, stmt, error);
}

static gboolean
write_activity (KoloStore     *store,
                gint64         module_id,
                guint          position,
                KoloActivity  *activity,
                GError       **error)
{
  sqlite3_stmt *stmt;

  stmt = kolo_store_prepare (store,
                             "INSERT INTO activities (module_id, position, kind, title, minutes,"
                             " instructions, notes, materials)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, module_id);
  sqlite3_bind_int (stmt, 2, position);
  sqlite3_bind_text (stmt, 3, kolo_activity_kind_to_string (kolo_activity_get_kind (activity)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, kolo_activity_get_title (activity), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 5, kolo_activity_get_minutes (activity));
  sqlite3_bind_text (stmt, 6, kolo_activity_get_instructions (activity), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, kolo_activity_get_notes (activity), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, kolo_activity_get_materials (activity), -1, SQLITE_TRANSIENT);
  if (!kolo_store_step_done (store, stmt, error))
    return FALSE;

  _kolo_activity_set_id (activity, sqlite3_last_insert_rowid (kolo_store_get_db (store)));
  return TRUE;
}

static gboolean
write_module (KoloStore   *store,
              gint64       day_id,
              guint        position,
              KoloModule  *module,
              GError     **error)
{
  GListModel *activities = kolo_module_get_activities (module);
  sqlite3_stmt *stmt;

  stmt = kolo_store_prepare (store,
                             "INSERT INTO modules (day_id, position, title, goal)"
                             " VALUES (?1, ?2, ?3, ?4)",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, day_id);
  sqlite3_bind_int (stmt, 2, position);
  sqlite3_bind_text (stmt, 3, kolo_module_get_title (module), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, kolo_module_get_goal (module), -1, SQLITE_TRANSIENT);
  if (!kolo_store_step_done (store, stmt, error))
    return FALSE;
  _kolo_module_set_id (module, sqlite3_last_insert_rowid (kolo_store_get_db (store)));

  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(KoloActivity) activity = g_list_model_get_item (activities, i);

      if (!write_activity (store, kolo_module_get_id (module), i, activity, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_day (KoloStore   *store,
           gint64       event_id,
           guint        position,
           KoloDay     *day,
           GError     **error)
{
  g_autofree char *date = kolo_text_format_iso_date (kolo_day_get_date (day));
  GListModel *modules = kolo_day_get_modules (day);
  sqlite3_stmt *stmt;

  stmt = kolo_store_prepare (store,
                             "INSERT INTO days (event_id, position, date, start_minute, end_minute)"
                             " VALUES (?1, ?2, ?3, ?4, ?5)",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_int (stmt, 2, position);
  sqlite3_bind_text (stmt, 3, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 4, kolo_day_get_start_minute (day));
  if (kolo_day_get_end_minute (day) >= 0)
    sqlite3_bind_int (stmt, 5, kolo_day_get_end_minute (day));
  if (!kolo_store_step_done (store, stmt, error))
    return FALSE;
  _kolo_day_set_id (day, sqlite3_last_insert_rowid (kolo_store_get_db (store)));

  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(KoloModule) module = g_list_model_get_item (modules, i);

      if (!write_module (store, kolo_day_get_id (day), i, module, error))
        return FALSE;
    }
  return TRUE;
}

/* A removed subtree keeps its objects for undo, but no longer has rows. */
static void
forget_ids (GObject *object)
{
  if (KOLO_IS_ACTIVITY (object))
    {
      _kolo_activity_set_id (KOLO_ACTIVITY (object), 0);
      return;
    }

  if (KOLO_IS_MODULE (object))
    {
      GListModel *children = kolo_module_get_activities (KOLO_MODULE (object));

      _kolo_module_set_id (KOLO_MODULE (object), 0);
      for (guint i = 0; i < g_list_model_get_n_items (children); i++)
        {
          g_autoptr(GObject) child = g_list_model_get_item (children, i);
          forget_ids (child);
        }
      return;
    }

  {
    GListModel *children = kolo_day_get_modules (KOLO_DAY (object));

    _kolo_day_set_id (KOLO_DAY (object), 0);
    for (guint i = 0; i < g_list_model_get_n_items (children); i++)
      {
        g_autoptr(GObject) child = g_list_model_get_item (children, i);
        forget_ids (child);
      }
  }
}

static gboolean
position_of (GListStore *list,
             gpointer    item,
             guint      *position)
{
  return g_list_store_find (list, item, position);
}

static KoloStore *
store_for (gpointer     container,
           GError     **error)
{
  KoloEvent *event = _kolo_model_get_event (container);
  KoloStore *store = event != NULL ? kolo_event_get_store (event) : NULL;

  if (store == NULL)
    g_set_error_literal (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                         "The agenda is not in a store");
  return store;
}

/* Activities ------------------------------------------------------------- */

/**
 * kolo_module_insert_activity:
 * @activity: an activity of no module (kolo_activity_new(), or one removed)
 * @position: where; past the end appends
 *
 * Adds @activity to the module, with its rows, as one undoable step.
 */
gboolean
kolo_module_insert_activity (KoloModule    *self,
                             guint          position,
                             KoloActivity  *activity,
                             GError       **error)
{
  g_autoptr(GPtrArray) order = NULL;
  GListStore *list;
  KoloStore *store;

  g_return_val_if_fail (KOLO_IS_MODULE (self), FALSE);
  g_return_val_if_fail (KOLO_IS_ACTIVITY (activity), FALSE);
  g_return_val_if_fail (kolo_activity_get_module (activity) == NULL, FALSE);

  if ((store = store_for (self, error)) == NULL)
    return FALSE;

  list = _kolo_module_get_list (self);
  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (list)));

  if (!kolo_store_begin (store, error))
    return FALSE;
  order = planned_order (G_LIST_MODEL (list), NULL, activity, position);
  if (!finish (store,
               write_activity (store, kolo_module_get_id (self), position, activity, error) &&
               write_order (store, "activities", "module_id", kolo_module_get_id (self), order,
                            error),
               error))
    {
      _kolo_activity_set_id (activity, 0);
      return FALSE;
    }

  _kolo_activity_set_module (activity, self);
  g_list_store_insert (list, position, activity);
  _kolo_module_minutes_changed (self);
  _kolo_history_record_insert (_kolo_model_get_history (G_OBJECT (self)), G_OBJECT (self),
                               G_OBJECT (activity), position);
  return TRUE;
}

/**
 * kolo_module_remove_activity:
 *
 * Removes @activity and its rows as one undoable step; the object stays
 * as it was, ready to be inserted again.
 */
gboolean
kolo_module_remove_activity (KoloModule    *self,
                             KoloActivity  *activity,
                             GError       **error)
{
  g_autoptr(GPtrArray) order = NULL;
  g_autoptr(KoloActivity) keep = NULL;
  GListStore *list;
  KoloStore *store;
  guint position;

  g_return_val_if_fail (KOLO_IS_MODULE (self), FALSE);
  g_return_val_if_fail (KOLO_IS_ACTIVITY (activity), FALSE);

  list = _kolo_module_get_list (self);
  g_return_val_if_fail (position_of (list, activity, &position), FALSE);

  if ((store = store_for (self, error)) == NULL)
    return FALSE;

  if (!kolo_store_begin (store, error))
    return FALSE;
  order = planned_order (G_LIST_MODEL (list), activity, NULL, 0);
  if (!finish (store,
               delete_row (store, "DELETE FROM activities WHERE id = ?1",
                           kolo_activity_get_id (activity), error) &&
               write_order (store, "activities", "module_id", kolo_module_get_id (self), order,
                            error),
               error))
    return FALSE;

  /* Recorded first: the history reaches the event through the module. */
  _kolo_history_record_remove (_kolo_model_get_history (G_OBJECT (self)), G_OBJECT (self),
                               G_OBJECT (activity), position);
  keep = g_object_ref (activity);
  g_list_store_remove (list, position);
  _kolo_activity_set_module (activity, NULL);
  forget_ids (G_OBJECT (activity));
  _kolo_module_minutes_changed (self);
  return TRUE;
}

/**
 * kolo_activity_move:
 * @to: the module it goes to: its own, or another of any day of the event
 * @position: its place there, counted after it left its old place
 *
 * Moves @activity, keeping its ID and its recorded run, as one undoable
 * step.
 */
gboolean
kolo_activity_move (KoloActivity  *self,
                    KoloModule    *to,
                    guint          position,
                    GError       **error)
{
  g_autoptr(GPtrArray) from_order = NULL;
  g_autoptr(GPtrArray) to_order = NULL;
  g_autoptr(KoloActivity) keep = NULL;
  KoloModule *from;
  GListStore *from_list, *to_list;
  KoloStore *store;
  guint old_position;
  gboolean ok;

  g_return_val_if_fail (KOLO_IS_ACTIVITY (self), FALSE);
  g_return_val_if_fail (KOLO_IS_MODULE (to), FALSE);

  from = kolo_activity_get_module (self);
  g_return_val_if_fail (from != NULL, FALSE);
  g_return_val_if_fail (_kolo_model_get_event (G_OBJECT (from)) ==
                        _kolo_model_get_event (G_OBJECT (to)), FALSE);

  from_list = _kolo_module_get_list (from);
  to_list = _kolo_module_get_list (to);
  g_return_val_if_fail (position_of (from_list, self, &old_position), FALSE);

  from_order = planned_order (G_LIST_MODEL (from_list), self, NULL, 0);
  if (from == to)
    {
      position = MIN (position, from_order->len);
      if (position == old_position)
        return TRUE;
      g_ptr_array_insert (from_order, position, g_object_ref (self));
    }
  else
    {
      to_order = planned_order (G_LIST_MODEL (to_list), NULL, self, position);
      position = MIN (position, to_order->len - 1);
    }

  if ((store = store_for (self, error)) == NULL || !kolo_store_begin (store, error))
    return FALSE;
  ok = write_order (store, "activities", "module_id", kolo_module_get_id (from), from_order, error) &&
       (to_order == NULL ||
        write_order (store, "activities", "module_id", kolo_module_get_id (to), to_order, error));
  if (!finish (store, ok, error))
    return FALSE;

  keep = g_object_ref (self);
  g_list_store_remove (from_list, old_position);
  _kolo_activity_set_module (self, to);
  g_list_store_insert (to_list, position, self);
  _kolo_module_minutes_changed (from);
  if (to != from)
    _kolo_module_minutes_changed (to);

  _kolo_history_record_move (_kolo_model_get_history (G_OBJECT (to)), G_OBJECT (self),
                             G_OBJECT (from), old_position, G_OBJECT (to), position);
  return TRUE;
}

/* Modules ---------------------------------------------------------------- */

/**
 * kolo_day_insert_module:
 * @module: a module of no day, with any activities of its own
 *
 * Adds @module and its activities to the day as one undoable step.
 */
gboolean
kolo_day_insert_module (KoloDay     *self,
                        guint        position,
                        KoloModule  *module,
                        GError     **error)
{
  g_autoptr(GPtrArray) order = NULL;
  GListStore *list;
  KoloStore *store;

  g_return_val_if_fail (KOLO_IS_DAY (self), FALSE);
  g_return_val_if_fail (KOLO_IS_MODULE (module), FALSE);
  g_return_val_if_fail (kolo_module_get_day (module) == NULL, FALSE);

  if ((store = store_for (self, error)) == NULL)
    return FALSE;

  list = _kolo_day_get_list (self);
  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (list)));

  if (!kolo_store_begin (store, error))
    return FALSE;
  order = planned_order (G_LIST_MODEL (list), NULL, module, position);
  if (!finish (store,
               write_module (store, kolo_day_get_id (self), position, module, error) &&
               write_order (store, "modules", "day_id", kolo_day_get_id (self), order, error),
               error))
    {
      forget_ids (G_OBJECT (module));
      return FALSE;
    }

  _kolo_module_set_day (module, self);
  g_list_store_insert (list, position, module);
  _kolo_day_schedule_changed (self);
  _kolo_history_record_insert (_kolo_model_get_history (G_OBJECT (self)), G_OBJECT (self),
                               G_OBJECT (module), position);
  return TRUE;
}

gboolean
kolo_day_remove_module (KoloDay     *self,
                        KoloModule  *module,
                        GError     **error)
{
  g_autoptr(GPtrArray) order = NULL;
  g_autoptr(KoloModule) keep = NULL;
  GListStore *list;
  KoloStore *store;
  guint position;

  g_return_val_if_fail (KOLO_IS_DAY (self), FALSE);
  g_return_val_if_fail (KOLO_IS_MODULE (module), FALSE);

  list = _kolo_day_get_list (self);
  g_return_val_if_fail (position_of (list, module, &position), FALSE);

  if ((store = store_for (self, error)) == NULL || !kolo_store_begin (store, error))
    return FALSE;
  order = planned_order (G_LIST_MODEL (list), module, NULL, 0);
  if (!finish (store,
               delete_row (store, "DELETE FROM modules WHERE id = ?1",
                           kolo_module_get_id (module), error) &&
               write_order (store, "modules", "day_id", kolo_day_get_id (self), order, error),
               error))
    return FALSE;

  _kolo_history_record_remove (_kolo_model_get_history (G_OBJECT (self)), G_OBJECT (self),
                               G_OBJECT (module), position);
  keep = g_object_ref (module);
  g_list_store_remove (list, position);
  _kolo_module_set_day (module, NULL);
  forget_ids (G_OBJECT (module));
  _kolo_day_schedule_changed (self);
  return TRUE;
}

/**
 * kolo_module_move:
 * @to: the day it goes to: its own or another of the event
 *
 * Moves @module with its activities as one undoable step.
 */
gboolean
kolo_module_move (KoloModule  *self,
                  KoloDay     *to,
                  guint        position,
                  GError     **error)
{
  g_autoptr(GPtrArray) from_order = NULL;
  g_autoptr(GPtrArray) to_order = NULL;
  g_autoptr(KoloModule) keep = NULL;
  KoloDay *from;
  GListStore *from_list, *to_list;
  KoloStore *store;
  guint old_position;
  gboolean ok;

  g_return_val_if_fail (KOLO_IS_MODULE (self), FALSE);
  g_return_val_if_fail (KOLO_IS_DAY (to), FALSE);

  from = kolo_module_get_day (self);
  g_return_val_if_fail (from != NULL, FALSE);
  g_return_val_if_fail (kolo_day_get_event (from) == kolo_day_get_event (to), FALSE);

  from_list = _kolo_day_get_list (from);
  to_list = _kolo_day_get_list (to);
  g_return_val_if_fail (position_of (from_list, self, &old_position), FALSE);

  from_order = planned_order (G_LIST_MODEL (from_list), self, NULL, 0);
  if (from == to)
    {
      position = MIN (position, from_order->len);
      if (position == old_position)
        return TRUE;
      g_ptr_array_insert (from_order, position, g_object_ref (self));
    }
  else
    {
      to_order = planned_order (G_LIST_MODEL (to_list), NULL, self, position);
      position = MIN (position, to_order->len - 1);
    }

  if ((store = store_for (self, error)) == NULL || !kolo_store_begin (store, error))
    return FALSE;
  ok = write_order (store, "modules", "day_id", kolo_day_get_id (from), from_order, error) &&
       (to_order == NULL ||
        write_order (store, "modules", "day_id", kolo_day_get_id (to), to_order, error));
  if (!finish (store, ok, error))
    return FALSE;

  keep = g_object_ref (self);
  g_list_store_remove (from_list, old_position);
  _kolo_module_set_day (self, to);
  g_list_store_insert (to_list, position, self);
  _kolo_day_schedule_changed (from);
  if (to != from)
    _kolo_day_schedule_changed (to);

  _kolo_history_record_move (_kolo_model_get_history (G_OBJECT (to)), G_OBJECT (self),
                             G_OBJECT (from), old_position, G_OBJECT (to), position);
  return TRUE;
}

/* Days ------------------------------------------------------------------- */

/**
 * kolo_event_insert_day:
 * @day: a day of no event, with any modules of its own
 *
 * Adds @day to the event as one undoable step; days are numbered by
 * their place.
 */
gboolean
kolo_event_insert_day (KoloEvent  *self,
                       guint       position,
                       KoloDay    *day,
                       GError    **error)
{
  g_autoptr(GPtrArray) order = NULL;
  GListStore *list;
  KoloStore *store;

  g_return_val_if_fail (KOLO_IS_EVENT (self), FALSE);
  g_return_val_if_fail (KOLO_IS_DAY (day), FALSE);
  g_return_val_if_fail (kolo_day_get_event (day) == NULL, FALSE);

  if ((store = store_for (self, error)) == NULL)
    return FALSE;

  list = _kolo_event_get_list (self);
  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (list)));

  if (!kolo_store_begin (store, error))
    return FALSE;
  order = planned_order (G_LIST_MODEL (list), NULL, day, position);
  if (!finish (store,
               write_day (store, kolo_event_get_id (self), position, day, error) &&
               write_order (store, "days", "event_id", kolo_event_get_id (self), order, error),
               error))
    {
      forget_ids (G_OBJECT (day));
      return FALSE;
    }

  _kolo_day_set_event (day, self);
  g_list_store_insert (list, position, day);
  _kolo_event_days_changed (self);
  _kolo_history_record_insert (kolo_event_get_history (self), G_OBJECT (self), G_OBJECT (day),
                               position);
  return TRUE;
}

/**
 * kolo_event_remove_day:
 *
 * Removes @day with its agenda as one undoable step.  An event keeps at
 * least one day.
 */
gboolean
kolo_event_remove_day (KoloEvent  *self,
                       KoloDay    *day,
                       GError    **error)
{
  g_autoptr(GPtrArray) order = NULL;
  g_autoptr(KoloDay) keep = NULL;
  GListStore *list;
  KoloStore *store;
  guint position;

  g_return_val_if_fail (KOLO_IS_EVENT (self), FALSE);
  g_return_val_if_fail (KOLO_IS_DAY (day), FALSE);

  list = _kolo_event_get_list (self);
  g_return_val_if_fail (position_of (list, day, &position), FALSE);
  g_return_val_if_fail (g_list_model_get_n_items (G_LIST_MODEL (list)) > 1, FALSE);

  if ((store = store_for (self, error)) == NULL || !kolo_store_begin (store, error))
    return FALSE;
  order = planned_order (G_LIST_MODEL (list), day, NULL, 0);
  if (!finish (store,
               delete_row (store, "DELETE FROM days WHERE id = ?1", kolo_day_get_id (day), error) &&
               write_order (store, "days", "event_id", kolo_event_get_id (self), order, error),
               error))
    return FALSE;

  _kolo_history_record_remove (kolo_event_get_history (self), G_OBJECT (self), G_OBJECT (day),
                               position);
  keep = g_object_ref (day);
  g_list_store_remove (list, position);
  _kolo_day_set_event (day, NULL);
  forget_ids (G_OBJECT (day));
  _kolo_event_days_changed (self);
  return TRUE;
}

/**
 * kolo_day_move:
 *
 * Moves @day to @position among its event's days as one undoable step;
 * its date stays.
 */
gboolean
kolo_day_move (KoloDay  *self,
               guint     position,
               GError  **error)
{
  g_autoptr(GPtrArray) order = NULL;
  g_autoptr(KoloDay) keep = NULL;
  KoloEvent *event;
  GListStore *list;
  KoloStore *store;
  guint old_position;

  g_return_val_if_fail (KOLO_IS_DAY (self), FALSE);

  event = kolo_day_get_event (self);
  g_return_val_if_fail (event != NULL, FALSE);

  list = _kolo_event_get_list (event);
  g_return_val_if_fail (position_of (list, self, &old_position), FALSE);

  order = planned_order (G_LIST_MODEL (list), self, NULL, 0);
  position = MIN (position, order->len);
  if (position == old_position)
    return TRUE;
  g_ptr_array_insert (order, position, g_object_ref (self));

  if ((store = store_for (self, error)) == NULL || !kolo_store_begin (store, error))
    return FALSE;
  if (!finish (store,
               write_order (store, "days", "event_id", kolo_event_get_id (event), order, error),
               error))
    return FALSE;

  keep = g_object_ref (self);
  g_list_store_remove (list, old_position);
  g_list_store_insert (list, position, self);
  _kolo_event_days_changed (event);
  _kolo_history_record_move (kolo_event_get_history (event), G_OBJECT (self), G_OBJECT (event),
                             old_position, G_OBJECT (event), position);
  return TRUE;
}
