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

static gboolean
write_activity (KoloStore     *store,
                gint64         module_id,
                guint          position,
                KoloActivity  *activity,
                GError       **error)
{
  gint64 id = kolo_store_insert_activity_row (store, module_id, position,
                                              kolo_activity_get_kind (activity),
                                              kolo_activity_get_title (activity),
                                              kolo_activity_get_minutes (activity),
                                              kolo_activity_get_instructions (activity),
                                              kolo_activity_get_notes (activity),
                                              kolo_activity_get_materials (activity), error);

  _kolo_activity_set_id (activity, id);
  return id != 0;
}

static gboolean
write_module (KoloStore   *store,
              gint64       day_id,
              guint        position,
              KoloModule  *module,
              GError     **error)
{
  GListModel *activities = kolo_module_get_activities (module);
  gint64 id = kolo_store_insert_module_row (store, day_id, position,
                                            kolo_module_get_title (module),
                                            kolo_module_get_goal (module), error);

  _kolo_module_set_id (module, id);
  if (id == 0)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(KoloActivity) activity = g_list_model_get_item (activities, i);

      if (!write_activity (store, id, i, activity, error))
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
  GListModel *modules = kolo_day_get_modules (day);
  gint64 id = kolo_store_insert_day_row (store, event_id, position, kolo_day_get_date (day),
                                         kolo_day_get_start_minute (day),
                                         kolo_day_get_end_minute (day), error);

  _kolo_day_set_id (day, id);
  if (id == 0)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(KoloModule) module = g_list_model_get_item (modules, i);

      if (!write_module (store, id, i, module, error))
        return FALSE;
    }
  return TRUE;
}

/* A removed subtree keeps its objects for undo, but no longer has rows. */
static void
forget_ids (GObject *object)
{
  GListModel *children = NULL;

  if (KOLO_IS_ACTIVITY (object))
    _kolo_activity_set_id (KOLO_ACTIVITY (object), 0);
  else if (KOLO_IS_MODULE (object))
    {
      _kolo_module_set_id (KOLO_MODULE (object), 0);
      children = kolo_module_get_activities (KOLO_MODULE (object));
    }
  else
    {
      _kolo_day_set_id (KOLO_DAY (object), 0);
      children = kolo_day_get_modules (KOLO_DAY (object));
    }

  for (guint i = 0; children != NULL && i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(GObject) child = g_list_model_get_item (children, i);
      forget_ids (child);
    }
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

/* The three levels of an agenda ------------------------------------------ */

/* What differs between an event's days, a day's modules and a module's
 * activities; inserting, removing and moving are the same for all three. */
typedef struct
{
  const char  *table;           /* of the children */
  const char  *parent_column;
  const char  *delete_sql;
  GListStore *(*get_list)   (GObject *parent);
  GObject    *(*get_parent) (GObject *child);
  void        (*set_parent) (GObject *child,
                             GObject *parent);
  gboolean    (*write)      (KoloStore *store,
                             gint64     parent_id,
                             guint      position,
                             GObject   *child,
                             GError   **error);
  void        (*changed)    (GObject *parent);
} Level;

static GListStore *
module_list (GObject *module)
{
  return _kolo_module_get_list (KOLO_MODULE (module));
}

static GObject *
activity_parent (GObject *activity)
{
  return G_OBJECT (kolo_activity_get_module (KOLO_ACTIVITY (activity)));
}

static void
activity_set_parent (GObject *activity,
                     GObject *module)
{
  _kolo_activity_set_module (KOLO_ACTIVITY (activity), module ? KOLO_MODULE (module) : NULL);
}

static gboolean
activity_write (KoloStore  *store,
                gint64      module_id,
                guint       position,
                GObject    *activity,
                GError    **error)
{
  return write_activity (store, module_id, position, KOLO_ACTIVITY (activity), error);
}

static void
module_changed (GObject *module)
{
  _kolo_module_minutes_changed (KOLO_MODULE (module));
}

static const Level activities = {
  "activities", "module_id", "DELETE FROM activities WHERE id = ?1",
  module_list, activity_parent, activity_set_parent, activity_write, module_changed,
};

static GListStore *
day_list (GObject *day)
{
  return _kolo_day_get_list (KOLO_DAY (day));
}

static GObject *
module_parent (GObject *module)
{
  return G_OBJECT (kolo_module_get_day (KOLO_MODULE (module)));
}

static void
module_set_parent (GObject *module,
                   GObject *day)
{
  _kolo_module_set_day (KOLO_MODULE (module), day ? KOLO_DAY (day) : NULL);
}

static gboolean
module_write (KoloStore  *store,
              gint64      day_id,
              guint       position,
              GObject    *module,
              GError    **error)
{
  return write_module (store, day_id, position, KOLO_MODULE (module), error);
}

static void
day_changed (GObject *day)
{
  _kolo_day_schedule_changed (KOLO_DAY (day));
}

static const Level modules = {
  "modules", "day_id", "DELETE FROM modules WHERE id = ?1",
  day_list, module_parent, module_set_parent, module_write, day_changed,
};

static GListStore *
event_list (GObject *event)
{
  return _kolo_event_get_list (KOLO_EVENT (event));
}

static GObject *
day_parent (GObject *day)
{
  return G_OBJECT (kolo_day_get_event (KOLO_DAY (day)));
}

static void
day_set_parent (GObject *day,
                GObject *event)
{
  _kolo_day_set_event (KOLO_DAY (day), event ? KOLO_EVENT (event) : NULL);
}

static gboolean
day_write (KoloStore  *store,
           gint64      event_id,
           guint       position,
           GObject    *day,
           GError    **error)
{
  return write_day (store, event_id, position, KOLO_DAY (day), error);
}

static void
event_changed (GObject *event)
{
  _kolo_event_days_changed (KOLO_EVENT (event));
}

static const Level days = {
  "days", "event_id", "DELETE FROM days WHERE id = ?1",
  event_list, day_parent, day_set_parent, day_write, event_changed,
};

static gboolean
insert_child (const Level  *level,
              GObject      *parent,
              guint         position,
              GObject      *child,
              GError      **error)
{
  g_autoptr(GPtrArray) order = NULL;
  GListStore *list = level->get_list (parent);
  KoloStore *store;

  if ((store = store_for (parent, error)) == NULL || !kolo_store_begin (store, error))
    return FALSE;

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (list)));
  order = planned_order (G_LIST_MODEL (list), NULL, child, position);
  if (!kolo_store_finish (store,
                          level->write (store, object_id (parent), position, child, error) &&
                          write_order (store, level->table, level->parent_column,
                                       object_id (parent), order, error),
                          error))
    {
      forget_ids (child);
      return FALSE;
    }

  level->set_parent (child, parent);
  g_list_store_insert (list, position, child);
  level->changed (parent);
  _kolo_history_record_insert (_kolo_model_get_history (parent), parent, child, position);
  return TRUE;
}

static gboolean
remove_child (const Level  *level,
              GObject      *parent,
              GObject      *child,
              GError      **error)
{
  g_autoptr(GPtrArray) order = NULL;
  g_autoptr(GObject) keep = NULL;
  GListStore *list = level->get_list (parent);
  KoloStore *store;
  guint position;

  g_return_val_if_fail (g_list_store_find (list, child, &position), FALSE);

  if ((store = store_for (parent, error)) == NULL || !kolo_store_begin (store, error))
    return FALSE;

  order = planned_order (G_LIST_MODEL (list), child, NULL, 0);
  if (!kolo_store_finish (store,
                          kolo_store_run_with_id (store, level->delete_sql, object_id (child),
                                                  error) &&
                          write_order (store, level->table, level->parent_column,
                                       object_id (parent), order, error),
                          error))
    return FALSE;

  /* Recorded first: the history reaches the event through the parent. */
  _kolo_history_record_remove (_kolo_model_get_history (parent), parent, child, position);
  keep = g_object_ref (child);
  g_list_store_remove (list, position);
  level->set_parent (child, NULL);
  forget_ids (child);
  level->changed (parent);
  return TRUE;
}

static gboolean
move_child (const Level  *level,
            GObject      *child,
            GObject      *to,
            guint         position,
            GError      **error)
{
  g_autoptr(GPtrArray) from_order = NULL;
  g_autoptr(GPtrArray) to_order = NULL;
  g_autoptr(GObject) keep = NULL;
  GObject *from = level->get_parent (child);
  GListStore *from_list, *to_list;
  KoloStore *store;
  guint old_position;
  gboolean ok;

  g_return_val_if_fail (from != NULL, FALSE);
  g_return_val_if_fail (_kolo_model_get_event (from) == _kolo_model_get_event (to), FALSE);

  from_list = level->get_list (from);
  to_list = level->get_list (to);
  g_return_val_if_fail (g_list_store_find (from_list, child, &old_position), FALSE);

  from_order = planned_order (G_LIST_MODEL (from_list), child, NULL, 0);
  if (from == to)
    {
      position = MIN (position, from_order->len);
      if (position == old_position)
        return TRUE;
      g_ptr_array_insert (from_order, position, g_object_ref (child));
    }
  else
    {
      to_order = planned_order (G_LIST_MODEL (to_list), NULL, child, position);
      position = MIN (position, to_order->len - 1);
    }

  if ((store = store_for (child, error)) == NULL || !kolo_store_begin (store, error))
    return FALSE;
  ok = write_order (store, level->table, level->parent_column, object_id (from), from_order,
                    error) &&
       (to_order == NULL ||
        write_order (store, level->table, level->parent_column, object_id (to), to_order,
                     error));
  if (!kolo_store_finish (store, ok, error))
    return FALSE;

  keep = g_object_ref (child);
  g_list_store_remove (from_list, old_position);
  level->set_parent (child, to);
  g_list_store_insert (to_list, position, child);
  level->changed (from);
  if (to != from)
    level->changed (to);

  _kolo_history_record_move (_kolo_model_get_history (to), child, from, old_position, to,
                             position);
  return TRUE;
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
  g_return_val_if_fail (KOLO_IS_MODULE (self), FALSE);
  g_return_val_if_fail (KOLO_IS_ACTIVITY (activity), FALSE);
  g_return_val_if_fail (kolo_activity_get_module (activity) == NULL, FALSE);

  return insert_child (&activities, G_OBJECT (self), position, G_OBJECT (activity), error);
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
  g_return_val_if_fail (KOLO_IS_MODULE (self), FALSE);
  g_return_val_if_fail (KOLO_IS_ACTIVITY (activity), FALSE);

  return remove_child (&activities, G_OBJECT (self), G_OBJECT (activity), error);
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
  g_return_val_if_fail (KOLO_IS_ACTIVITY (self), FALSE);
  g_return_val_if_fail (KOLO_IS_MODULE (to), FALSE);

  return move_child (&activities, G_OBJECT (self), G_OBJECT (to), position, error);
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
  g_return_val_if_fail (KOLO_IS_DAY (self), FALSE);
  g_return_val_if_fail (KOLO_IS_MODULE (module), FALSE);
  g_return_val_if_fail (kolo_module_get_day (module) == NULL, FALSE);

  return insert_child (&modules, G_OBJECT (self), position, G_OBJECT (module), error);
}

gboolean
kolo_day_remove_module (KoloDay     *self,
                        KoloModule  *module,
                        GError     **error)
{
  g_return_val_if_fail (KOLO_IS_DAY (self), FALSE);
  g_return_val_if_fail (KOLO_IS_MODULE (module), FALSE);

  return remove_child (&modules, G_OBJECT (self), G_OBJECT (module), error);
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
  g_return_val_if_fail (KOLO_IS_MODULE (self), FALSE);
  g_return_val_if_fail (KOLO_IS_DAY (to), FALSE);

  return move_child (&modules, G_OBJECT (self), G_OBJECT (to), position, error);
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
  g_return_val_if_fail (KOLO_IS_EVENT (self), FALSE);
  g_return_val_if_fail (KOLO_IS_DAY (day), FALSE);
  g_return_val_if_fail (kolo_day_get_event (day) == NULL, FALSE);

  return insert_child (&days, G_OBJECT (self), position, G_OBJECT (day), error);
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
  g_return_val_if_fail (KOLO_IS_EVENT (self), FALSE);
  g_return_val_if_fail (KOLO_IS_DAY (day), FALSE);
  g_return_val_if_fail (g_list_model_get_n_items (kolo_event_get_days (self)) > 1, FALSE);

  return remove_child (&days, G_OBJECT (self), G_OBJECT (day), error);
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
  KoloEvent *event;

  g_return_val_if_fail (KOLO_IS_DAY (self), FALSE);

  event = kolo_day_get_event (self);
  g_return_val_if_fail (event != NULL, FALSE);

  return move_child (&days, G_OBJECT (self), G_OBJECT (event), position, error);
}
