/* kolo-agenda-actions.c — what the trainer does to the agenda: add, edit,
 * move and delete days, modules and activities
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-agenda-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-activity-editor.h"
#include "kolo-agenda-actions.h"
#include "kolo-ui-util.h"
#include "kolo-window.h"

/* Every edit goes through the core, which records it in the event's
 * history: these functions only choose where things go and say what went
 * wrong. */

static GtkWidget *
window_widget (GtkWidget *widget)
{
  KoloWindow *window = kolo_window_for_widget (widget);

  return window != NULL ? GTK_WIDGET (window) : NULL;
}

static KoloEvent *
event_of (GObject *item)
{
  if (KOLO_IS_ACTIVITY (item))
    item = (GObject *) kolo_activity_get_module (KOLO_ACTIVITY (item));
  if (item != NULL && KOLO_IS_MODULE (item))
    item = (GObject *) kolo_module_get_day (KOLO_MODULE (item));
  if (item != NULL && KOLO_IS_DAY (item))
    item = (GObject *) kolo_day_get_event (KOLO_DAY (item));
  return item != NULL && KOLO_IS_EVENT (item) ? KOLO_EVENT (item) : NULL;
}

/**
 * kolo_agenda_edit:
 * @item: a #KoloActivity or a #KoloModule; a day's details are in the
 *   event's details
 *
 * Opens the editor.
 */
void
kolo_agenda_edit (GtkWidget *widget,
                  GObject   *item)
{
  GtkWindow *editor;

  if (!KOLO_IS_ACTIVITY (item) && !KOLO_IS_MODULE (item))
    return;

  editor = kolo_activity_editor_new (GTK_WINDOW (kolo_window_for_widget (widget)), item);
  gtk_window_present (editor);
}

typedef struct
{
  KoloHistory *history;
  guint64      serial;   /* the history right after the deletion */
} UndoData;

static void
undo_data_free (UndoData *data)
{
  g_object_unref (data->history);
  g_free (data);
}

static void
undo_clicked_cb (AdwToast *toast,
                 gpointer  user_data)
{
  UndoData *data = g_object_get_data (G_OBJECT (toast), "undo");
  g_autoptr(GError) error = NULL;

  /* Only while the deletion is still the latest step: the toast must not
   * take back something else. */
  if (kolo_history_get_serial (data->history) != data->serial)
    return;
  if (!kolo_history_undo (data->history, &error))
    g_warning ("Could not undo: %s", error->message);
}

/**
 * kolo_agenda_undo_toast:
 * @toast: (transfer full): a toast saying what was just done
 *
 * Shows @toast with an Undo button that takes back the latest step of
 * @history, as long as nothing else was done meanwhile.
 */
void
kolo_agenda_undo_toast (GtkWidget   *widget,
                        KoloHistory *history,
                        AdwToast    *toast)
{
  KoloWindow *window = kolo_window_for_widget (widget);
  UndoData *data;

  if (window == NULL)
    {
      g_object_unref (toast);
      return;
    }

  data = g_new0 (UndoData, 1);
  data->history = g_object_ref (history);
  data->serial = kolo_history_get_serial (history);

  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "undo", data, (GDestroyNotify) undo_data_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), NULL);
  kolo_window_add_toast (window, toast);
}

/**
 * kolo_agenda_delete:
 *
 * Deletes a day, module or activity at once, with a toast to undo it (as
 * Ctrl+Z does).  An event's only day stays.
 */
void
kolo_agenda_delete (GtkWidget *widget,
                    GObject   *item)
{
  KoloEvent *event = event_of (item);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gboolean ok = FALSE;

  /* Found first: the row that asked may be recycled by the change. */
  widget = window_widget (widget);

  if (event == NULL)
    return;

  if (KOLO_IS_ACTIVITY (item))
    {
      title = g_strdup (kolo_activity_get_title (KOLO_ACTIVITY (item)));
      ok = kolo_module_remove_activity (kolo_activity_get_module (KOLO_ACTIVITY (item)),
                                        KOLO_ACTIVITY (item), &error);
    }
  else if (KOLO_IS_MODULE (item))
    {
      title = g_strdup (kolo_module_get_title (KOLO_MODULE (item)));
      ok = kolo_day_remove_module (kolo_module_get_day (KOLO_MODULE (item)), KOLO_MODULE (item),
                                   &error);
    }
  else if (KOLO_IS_DAY (item))
    {
      if (g_list_model_get_n_items (kolo_event_get_days (event)) < 2)
        return;
      /* Translators: a day's name in "“Day 2” deleted" */
      title = g_strdup_printf (_("Day %u"), kolo_day_get_number (KOLO_DAY (item)));
      ok = kolo_event_remove_day (event, KOLO_DAY (item), &error);
    }

  if (!ok)
    {
      kolo_widget_report_error (widget, _("Could Not Delete"), error);
      return;
    }

  kolo_agenda_undo_toast (widget, kolo_event_get_history (event),
                          kolo_toast_new (_("“%s” deleted"), title));
}

/* The module before or after @module in the event's order, across days. */
static KoloModule *
neighbour_module (KoloModule *module,
                  int         direction)
{
  KoloDay *day = kolo_module_get_day (module);
  KoloEvent *event = kolo_day_get_event (day);
  GListModel *days = kolo_event_get_days (event);
  guint d = kolo_list_model_index_of (days, day);
  guint m = kolo_list_model_index_of (kolo_day_get_modules (day), module);

  for (;;)
    {
      GListModel *modules;

      if (direction < 0 && m > 0)
        {
          m--;
        }
      else if (direction > 0 && m + 1 < g_list_model_get_n_items (kolo_day_get_modules (day)))
        {
          m++;
        }
      else
        {
          /* Into the next day that has a module. */
          if ((direction < 0 && d == 0) ||
              (direction > 0 && d + 1 >= g_list_model_get_n_items (days)))
            return NULL;
          d += direction;
          g_object_unref (day = g_list_model_get_item (days, d));
          modules = kolo_day_get_modules (day);
          if (g_list_model_get_n_items (modules) == 0)
            {
              m = direction < 0 ? 0 : G_MAXUINT;
              continue;
            }
          m = direction < 0 ? g_list_model_get_n_items (modules) - 1 : 0;
        }

      modules = kolo_day_get_modules (day);
      if (m < g_list_model_get_n_items (modules))
        {
          g_autoptr(KoloModule) found = g_list_model_get_item (modules, m);
          return found;   /* the list keeps its reference */
        }
    }
}

/**
 * kolo_agenda_move:
 * @direction: -1 up, +1 down
 *
 * Moves @item one place: an activity past the end of its module goes into
 * the next module (of the next day at the end of a day); a module goes to
 * the next day at the end of its own.
 */
gboolean
kolo_agenda_move (GtkWidget *widget,
                  GObject   *item,
                  int        direction)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  /* Found first: the row that asked may be recycled by the change. */
  widget = window_widget (widget);

  g_return_val_if_fail (direction == -1 || direction == 1, FALSE);

  if (KOLO_IS_ACTIVITY (item))
    {
      KoloActivity *activity = KOLO_ACTIVITY (item);
      KoloModule *module = kolo_activity_get_module (activity);
      GListModel *list = kolo_module_get_activities (module);
      guint i = kolo_list_model_index_of (list, activity);
      guint n = g_list_model_get_n_items (list);

      if ((direction < 0 && i > 0) || (direction > 0 && i + 1 < n))
        ok = kolo_activity_move (activity, module, i + direction, &error);
      else
        {
          KoloModule *other = neighbour_module (module, direction);

          if (other == NULL)
            return FALSE;
          ok = kolo_activity_move (activity, other,
                                   direction < 0
                                     ? g_list_model_get_n_items (kolo_module_get_activities (other))
                                     : 0,
                                   &error);
        }
    }
  else if (KOLO_IS_MODULE (item))
    {
      KoloModule *module = KOLO_MODULE (item);
      KoloDay *day = kolo_module_get_day (module);
      GListModel *list = kolo_day_get_modules (day);
      GListModel *days = kolo_event_get_days (kolo_day_get_event (day));
      guint i = kolo_list_model_index_of (list, module);
      guint d = kolo_list_model_index_of (days, day);

      if ((direction < 0 && i > 0) || (direction > 0 && i + 1 < g_list_model_get_n_items (list)))
        ok = kolo_module_move (module, day, i + direction, &error);
      else if ((direction < 0 && d > 0) ||
               (direction > 0 && d + 1 < g_list_model_get_n_items (days)))
        {
          g_autoptr(KoloDay) other = g_list_model_get_item (days, d + direction);

          ok = kolo_module_move (module, other,
                                 direction < 0
                                   ? g_list_model_get_n_items (kolo_day_get_modules (other)) : 0,
                                 &error);
        }
      else
        return FALSE;
    }
  else if (KOLO_IS_DAY (item))
    {
      KoloDay *day = KOLO_DAY (item);
      GListModel *days = kolo_event_get_days (kolo_day_get_event (day));
      guint d = kolo_list_model_index_of (days, day);

      if ((direction < 0 && d == 0) ||
          (direction > 0 && d + 1 >= g_list_model_get_n_items (days)))
        return FALSE;
      ok = kolo_day_move (day, d + direction, &error);
    }

  if (!ok)
    return kolo_widget_report_error (widget, _("Could Not Move"), error);
  return TRUE;
}

/**
 * kolo_agenda_add_activity:
 * @after: an activity (the new one follows it) or a module (it ends it)
 *
 * Adds an activity and opens it in the editor.
 */
void
kolo_agenda_add_activity (GtkWidget *widget,
                          GObject   *after)
{
  g_autoptr(KoloActivity) activity = NULL;
  g_autoptr(GError) error = NULL;
  KoloModule *module;
  guint position;

  /* Found first: the row that asked may be recycled by the change. */
  widget = window_widget (widget);

  if (KOLO_IS_ACTIVITY (after))
    {
      module = kolo_activity_get_module (KOLO_ACTIVITY (after));
      position = kolo_list_model_index_of (kolo_module_get_activities (module), after) + 1;
    }
  else if (KOLO_IS_MODULE (after))
    {
      module = KOLO_MODULE (after);
      position = G_MAXUINT;
    }
  else
    return;

  activity = kolo_activity_new (KOLO_ACTIVITY_INPUT, _("New activity"), 30);
  if (!kolo_module_insert_activity (module, position, activity, &error))
    {
      kolo_widget_report_error (widget, _("Could Not Add the Activity"), error);
      return;
    }
  kolo_agenda_edit (widget, G_OBJECT (activity));
}

/**
 * kolo_agenda_add_module:
 * @after: a module (the new one follows it) or a day (it ends it)
 */
void
kolo_agenda_add_module (GtkWidget *widget,
                        GObject   *after)
{
  g_autoptr(KoloModule) module = NULL;
  g_autoptr(KoloActivity) first = NULL;
  g_autoptr(GError) error = NULL;
  KoloDay *day;
  guint position;

  /* Found first: the row that asked may be recycled by the change. */
  widget = window_widget (widget);

  if (KOLO_IS_MODULE (after))
    {
      day = kolo_module_get_day (KOLO_MODULE (after));
      position = kolo_list_model_index_of (kolo_day_get_modules (day), after) + 1;
    }
  else if (KOLO_IS_DAY (after))
    {
      day = KOLO_DAY (after);
      position = G_MAXUINT;
    }
  else
    return;

  module = kolo_module_new (_("New module"));
  if (!kolo_day_insert_module (day, position, module, &error))
    {
      kolo_widget_report_error (widget, _("Could Not Add the Module"), error);
      return;
    }
  kolo_agenda_edit (widget, G_OBJECT (module));
}

/**
 * kolo_agenda_add_day:
 *
 * Adds a day after the last one, the next date, with the same hours.
 */
void
kolo_agenda_add_day (GtkWidget *widget,
                     KoloEvent *event)
{
  GListModel *days = kolo_event_get_days (event);
  guint n = g_list_model_get_n_items (days);
  g_autoptr(KoloDay) last = n > 0 ? g_list_model_get_item (days, n - 1) : NULL;
  g_autoptr(KoloDay) day = NULL;
  g_autoptr(GError) error = NULL;
  GDate date;

  /* Found first: the row that asked may be recycled by the change. */
  widget = window_widget (widget);

  g_date_clear (&date, 1);
  if (last != NULL)
    {
      date = *kolo_day_get_date (last);
      g_date_add_days (&date, 1);
    }
  else
    g_date_set_time_t (&date, time (NULL));

  day = kolo_day_new (&date, last ? kolo_day_get_start_minute (last) : 600,
                      last ? kolo_day_get_end_minute (last) : -1);
  if (!kolo_event_insert_day (event, n, day, &error))
    kolo_widget_report_error (widget, _("Could Not Add the Day"), error);
}

/**
 * kolo_agenda_drop:
 * @target: the activity, module or day it was dropped on
 * @after: dropped on the lower half of @target
 *
 * Moves a dragged activity: before or after another activity, at the
 * start of a module, at the end of a day's last module.
 */
gboolean
kolo_agenda_drop (GtkWidget    *widget,
                  KoloActivity *activity,
                  GObject      *target,
                  gboolean      after)
{
  g_autoptr(GError) error = NULL;
  KoloModule *module = NULL;
  guint position = 0;

  /* Found first: the row that asked may be recycled by the change. */
  widget = window_widget (widget);

  if ((GObject *) activity == target)
    return FALSE;

  if (KOLO_IS_ACTIVITY (target))
    {
      KoloModule *from = kolo_activity_get_module (activity);

      module = kolo_activity_get_module (KOLO_ACTIVITY (target));
      position = kolo_list_model_index_of (kolo_module_get_activities (module), target) + (after ? 1 : 0);
      /* Positions count after the activity left its place. */
      if (module == from &&
          kolo_list_model_index_of (kolo_module_get_activities (module), activity) < position)
        position--;
    }
  else if (KOLO_IS_MODULE (target))
    {
      module = KOLO_MODULE (target);
      position = 0;
    }
  else if (KOLO_IS_DAY (target))
    {
      GListModel *modules = kolo_day_get_modules (KOLO_DAY (target));
      guint n = g_list_model_get_n_items (modules);

      if (n == 0)
        return FALSE;
      g_object_unref (module = g_list_model_get_item (modules, after ? n - 1 : 0));
      position = after ? G_MAXUINT : 0;
    }
  else
    return FALSE;

  if (!kolo_activity_move (activity, module, position, &error))
    return kolo_widget_report_error (widget, _("Could Not Move"), error);
  return TRUE;
}
