/* kolo-catch-up-window.c — winning back time when the day runs late
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-catch-up-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-agenda-actions.h"
#include "kolo-catch-up-window.h"

/* The trainer sees what will change before it does: every remaining
 * activity with its length now and after.  Applying is one undoable step
 * of the event's history. */
struct _KoloCatchUpWindow
{
  AdwWindow       parent_instance;

  KoloRun        *run;
  GArray         *plan;      /* of KoloCatchUp, the preview shown */
  GPtrArray      *checks;    /* of GtkCheckButton, one per remaining activity */
  GPtrArray      *previews;  /* of GtkLabel */
  GPtrArray      *remaining; /* of KoloActivity */

  /* Template children */
  GtkSpinButton  *minutes_spin;
  GtkCheckButton *all_check;
  GtkCheckButton *pick_check;
  GtkListBox     *activities_list;
  GtkLabel       *summary_label;
  GtkButton      *apply_button;
};

G_DEFINE_FINAL_TYPE (KoloCatchUpWindow, kolo_catch_up_window, ADW_TYPE_WINDOW)

static void
update_preview (KoloCatchUpWindow *self)
{
  g_autoptr(GPtrArray) chosen = NULL;
  gboolean pick = gtk_check_button_get_active (self->pick_check);
  int minutes = gtk_spin_button_get_value_as_int (self->minutes_spin);
  int won = 0;
  g_autofree char *summary = NULL;

  if (pick)
    {
      chosen = g_ptr_array_new ();
      for (guint i = 0; i < self->checks->len; i++)
        if (gtk_check_button_get_active (self->checks->pdata[i]))
          g_ptr_array_add (chosen, self->remaining->pdata[i]);
    }

  g_clear_pointer (&self->plan, g_array_unref);
  self->plan = kolo_run_plan_catch_up (self->run, minutes, chosen);

  for (guint i = 0; i < self->remaining->len; i++)
    {
      KoloActivity *activity = self->remaining->pdata[i];
      int before = kolo_activity_get_minutes (activity);
      int after = before;
      g_autofree char *text = NULL;

      for (guint j = 0; self->plan != NULL && j < self->plan->len; j++)
        {
          KoloCatchUp *change = &g_array_index (self->plan, KoloCatchUp, j);
          if (change->activity == activity)
            after = change->new_minutes;
        }
      won += before - after;
      gtk_widget_set_visible (self->checks->pdata[i], pick);
      if (after != before)
        /* Translators: a previewed change of length: "30 → 25 min" */
        text = g_strdup_printf (_("%d → %d min"), before, after);
      else
        text = kolo_text_format_duration (before);
      gtk_label_set_text (self->previews->pdata[i], text);
    }

  summary = g_strdup_printf (ngettext ("Wins back %d minute", "Wins back %d minutes", won), won);
  gtk_label_set_text (self->summary_label, summary);
  gtk_widget_set_sensitive (GTK_WIDGET (self->apply_button), won > 0);
}

static void
fill (KoloCatchUpWindow *self)
{
  KoloActivity *current = kolo_run_get_current (self->run);
  KoloDay *day = kolo_run_get_day (self->run);
  GListModel *modules = kolo_day_get_modules (day);
  gboolean after_current = FALSE;

  for (guint m = 0; m < g_list_model_get_n_items (modules); m++)
    {
      g_autoptr(KoloModule) module = g_list_model_get_item (modules, m);
      GListModel *activities = kolo_module_get_activities (module);

      for (guint a = 0; a < g_list_model_get_n_items (activities); a++)
        {
          g_autoptr(KoloActivity) activity = g_list_model_get_item (activities, a);
          GtkWidget *row, *check, *preview;

          if (!after_current)
            {
              after_current = activity == current;
              continue;
            }

          row = adw_action_row_new ();
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                         kolo_activity_get_title (activity));
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                       kolo_activity_kind_get_label (kolo_activity_get_kind (activity)));
          check = gtk_check_button_new ();
          gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
          /* Breaks and lunch are kept unless picked. */
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                       !kolo_activity_kind_is_pause (kolo_activity_get_kind (activity)));
          g_signal_connect_swapped (check, "toggled", G_CALLBACK (update_preview), self);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
          preview = gtk_label_new (NULL);
          gtk_widget_add_css_class (preview, "numeric");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), preview);
          gtk_list_box_append (self->activities_list, row);

          g_ptr_array_add (self->remaining, g_object_ref (activity));
          g_ptr_array_add (self->checks, check);
          g_ptr_array_add (self->previews, preview);
        }
    }
}

static void
apply_cb (KoloCatchUpWindow *self)
{
  kolo_catch_up_window_apply (self);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
kolo_catch_up_window_dispose (GObject *object)
{
  KoloCatchUpWindow *self = (KoloCatchUpWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KOLO_TYPE_CATCH_UP_WINDOW);
  g_clear_object (&self->run);
  g_clear_pointer (&self->plan, g_array_unref);
  g_clear_pointer (&self->remaining, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_pointer (&self->previews, g_ptr_array_unref);

  G_OBJECT_CLASS (kolo_catch_up_window_parent_class)->dispose (object);
}

static void
kolo_catch_up_window_class_init (KoloCatchUpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_catch_up_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kolo-catch-up-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KoloCatchUpWindow, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, KoloCatchUpWindow, all_check);
  gtk_widget_class_bind_template_child (widget_class, KoloCatchUpWindow, pick_check);
  gtk_widget_class_bind_template_child (widget_class, KoloCatchUpWindow, activities_list);
  gtk_widget_class_bind_template_child (widget_class, KoloCatchUpWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KoloCatchUpWindow, apply_button);
  gtk_widget_class_bind_template_callback (widget_class, update_preview);
  gtk_widget_class_bind_template_callback (widget_class, apply_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kolo_catch_up_window_init (KoloCatchUpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->remaining = g_ptr_array_new_with_free_func (g_object_unref);
  self->checks = g_ptr_array_new ();
  self->previews = g_ptr_array_new ();
}

/**
 * kolo_catch_up_window_new:
 *
 * Returns: (transfer none): the window, with the day's delay to win back
 */
GtkWindow *
kolo_catch_up_window_new (GtkWindow *parent,
                          KoloRun   *run)
{
  KoloCatchUpWindow *self;

  g_return_val_if_fail (KOLO_IS_RUN (run), NULL);

  self = g_object_new (KOLO_TYPE_CATCH_UP_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->run = g_object_ref (run);
  fill (self);
  gtk_spin_button_set_value (self->minutes_spin, MAX (1, kolo_run_get_drift_minutes (run)));
  update_preview (self);
  return GTK_WINDOW (self);
}

/**
 * kolo_catch_up_window_get_plan:
 *
 * Returns: (transfer none) (nullable): the changes previewed, of #KoloCatchUp
 */
GArray *
kolo_catch_up_window_get_plan (KoloCatchUpWindow *self)
{
  g_return_val_if_fail (KOLO_IS_CATCH_UP_WINDOW (self), NULL);
  return self->plan;
}

/**
 * kolo_catch_up_window_apply:
 *
 * Applies the previewed lengths as one step of the event's history, and
 * says so in a toast with Undo.
 */
void
kolo_catch_up_window_apply (KoloCatchUpWindow *self)
{
  KoloHistory *history = kolo_event_get_history (kolo_run_get_event (self->run));
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  int won = 0;

  g_return_if_fail (KOLO_IS_CATCH_UP_WINDOW (self));

  if (self->plan == NULL || self->plan->len == 0)
    return;

  kolo_history_begin_group (history);
  for (guint i = 0; i < self->plan->len; i++)
    {
      KoloCatchUp *change = &g_array_index (self->plan, KoloCatchUp, i);

      won += change->old_minutes - change->new_minutes;
      kolo_activity_set_minutes (change->activity, change->new_minutes);
    }
  kolo_history_end_group (history);

  if (parent != NULL)
    kolo_agenda_undo_toast (GTK_WIDGET (parent), history,
                            adw_toast_new_format (ngettext ("Won back %d minute",
                                                            "Won back %d minutes", won),
                                                  won));
}
