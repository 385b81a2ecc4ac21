/* kolo-run-bar.c — the console of a running day: countdown and controls
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-run-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-run-bar.h"
#include "kolo-ui-util.h"

/* The bar shows the run the window's ticker ticks for: before the day it
 * offers to start one, while it runs the current activity, its countdown,
 * how far the day is behind or ahead, and the controls.  Its buttons are
 * the window's run actions, the same the keyboard and clickers use. */
struct _KoloRunBar
{
  GtkWidget      parent_instance;

  KoloTicker    *ticker;
  KoloRun       *run;

  /* Template children */
  GtkStack       *stack;
  GtkDropDown    *day_dropdown;
  GtkLabel       *current_label;
  GtkLabel       *next_label;
  GtkLabel       *time_label;
  GtkProgressBar *progress;
  GtkLabel       *drift_label;
  GtkButton      *toggle_button;
  GtkWidget      *catch_up_button;
};

G_DEFINE_FINAL_TYPE (KoloRunBar, kolo_run_bar, GTK_TYPE_WIDGET)

static char *
day_name (KoloDay *day)
{
  g_autofree char *date = kolo_text_format_date (kolo_day_get_date (day));

  /* Translators: a day to start in the run bar: "Day 1 · Monday, 11 November 2013" */
  return g_strdup_printf (_("Day %u · %s"), kolo_day_get_number (day), date);
}

static char *
drift_text (KoloRun *run)
{
  int drift = kolo_run_get_drift_minutes (run);
  g_autofree char *end = kolo_text_format_clock (kolo_run_get_projected_end_minute (run));

  if (drift > 0)
    /* Translators: the day runs late: "8 min behind · ends at 17:23" */
    return g_strdup_printf (ngettext ("%d min behind · ends at %s", "%d min behind · ends at %s",
                                      drift),
                            drift, end);
  if (drift < 0)
    return g_strdup_printf (ngettext ("%d min ahead · ends at %s", "%d min ahead · ends at %s",
                                      -drift),
                            -drift, end);
  /* Translators: the day runs to plan: "On time · ends at 17:15" */
  return g_strdup_printf (_("On time · ends at %s"), end);
}

static void
update (KoloRunBar *self)
{
  KoloActivity *current, *next;
  g_autofree char *time = NULL;
  g_autofree char *next_text = NULL;
  g_autofree char *drift = NULL;
  KoloRunState state;
  gint64 remaining;

  if (self->run == NULL)
    return;

  state = kolo_run_get_state (self->run);
  current = kolo_run_get_current (self->run);
  if (state == KOLO_RUN_STOPPED || current == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "stopped");
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "running");
  next = kolo_run_get_next (self->run);
  remaining = kolo_run_get_remaining_us (self->run);
  time = kolo_text_format_countdown (remaining);

  gtk_label_set_text (self->current_label, kolo_activity_get_title (current));
  if (next != NULL)
    /* Translators: what follows the current activity */
    next_text = g_strdup_printf (_("Next: %s"), kolo_activity_get_title (next));
  else
    next_text = g_strdup (_("Last activity of the day"));
  gtk_label_set_text (self->next_label, next_text);
  gtk_label_set_text (self->time_label, time);
  gtk_progress_bar_set_fraction (self->progress, CLAMP (kolo_run_get_progress (self->run), 0, 1));

  if (remaining < 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->time_label), "overrun");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->time_label), "overrun");

  drift = drift_text (self->run);
  gtk_label_set_text (self->drift_label, drift);
  gtk_widget_set_visible (self->catch_up_button, kolo_run_get_drift_minutes (self->run) > 0);

  gtk_button_set_icon_name (self->toggle_button, state == KOLO_RUN_RUNNING
                            ? "media-playback-pause-symbolic" : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->toggle_button),
                               state == KOLO_RUN_RUNNING ? _("Pause (Space)") : _("Continue (Space)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->toggle_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  state == KOLO_RUN_RUNNING ? _("Pause") : _("Continue"), -1);
}

/* The days to pick from, as names. */
static void
fill_days (KoloRunBar *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  KoloEvent *event = self->run ? kolo_run_get_event (self->run) : NULL;
  GListModel *days;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint today = 0;

  if (event == NULL)
    return;

  days = kolo_event_get_days (event);
  for (guint i = 0; i < g_list_model_get_n_items (days); i++)
    {
      g_autoptr(KoloDay) day = g_list_model_get_item (days, i);
      g_autofree char *name = day_name (day);
      const GDate *date = kolo_day_get_date (day);

      gtk_string_list_append (names, name);
      /* Today's day first, if the event is today. */
      if (g_date_get_year (date) == g_date_time_get_year (now) &&
          g_date_get_month (date) == (GDateMonth) g_date_time_get_month (now) &&
          g_date_get_day (date) == g_date_time_get_day_of_month (now))
        today = i;
    }
  gtk_drop_down_set_model (self->day_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->day_dropdown, today);
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KoloRunBar *self = KOLO_RUN_BAR (widget);

  gtk_widget_activate_action (widget, "win.run-start-day", "u",
                              gtk_drop_down_get_selected (self->day_dropdown));
}

static void
kolo_run_bar_dispose (GObject *object)
{
  KoloRunBar *self = (KoloRunBar *)object;

  kolo_run_bar_set_ticker (self, NULL);
  kolo_widget_dispose_children (GTK_WIDGET (self), KOLO_TYPE_RUN_BAR);

  G_OBJECT_CLASS (kolo_run_bar_parent_class)->dispose (object);
}

static void
kolo_run_bar_class_init (KoloRunBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_run_bar_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/kolo-run-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, KoloRunBar, stack);
  gtk_widget_class_bind_template_child (widget_class, KoloRunBar, day_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KoloRunBar, current_label);
  gtk_widget_class_bind_template_child (widget_class, KoloRunBar, next_label);
  gtk_widget_class_bind_template_child (widget_class, KoloRunBar, time_label);
  gtk_widget_class_bind_template_child (widget_class, KoloRunBar, progress);
  gtk_widget_class_bind_template_child (widget_class, KoloRunBar, drift_label);
  gtk_widget_class_bind_template_child (widget_class, KoloRunBar, toggle_button);
  gtk_widget_class_bind_template_child (widget_class, KoloRunBar, catch_up_button);

  gtk_widget_class_install_action (widget_class, "bar.start", NULL, start_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "runbar");
}

static void
kolo_run_bar_init (KoloRunBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kolo_run_bar_set_ticker:
 * @ticker: (nullable): the window's ticker of the event's run
 */
void
kolo_run_bar_set_ticker (KoloRunBar *self,
                         KoloTicker *ticker)
{
  g_return_if_fail (KOLO_IS_RUN_BAR (self));

  if (self->ticker == ticker)
    return;

  if (self->ticker != NULL)
    g_signal_handlers_disconnect_by_data (self->ticker, self);
  if (self->run != NULL)
    g_signal_handlers_disconnect_by_data (kolo_event_get_days (kolo_run_get_event (self->run)),
                                          self);
  g_set_object (&self->ticker, ticker);
  g_set_object (&self->run, (ticker ? kolo_ticker_get_run (ticker) : NULL));

  if (ticker != NULL)
    {
      g_signal_connect_swapped (ticker, "tick", G_CALLBACK (update), self);
      /* Days added, removed or moved: the list to start from follows. */
      g_signal_connect_swapped (kolo_event_get_days (kolo_run_get_event (self->run)),
                                "items-changed", G_CALLBACK (fill_days), self);
      fill_days (self);
      update (self);
    }
}

/**
 * kolo_run_bar_get_day:
 *
 * Returns: the index of the day picked to start
 */
guint
kolo_run_bar_get_day (KoloRunBar *self)
{
  g_return_val_if_fail (KOLO_IS_RUN_BAR (self), 0);
  return gtk_drop_down_get_selected (self->day_dropdown);
}

/**
 * kolo_run_bar_get_shown_time:
 *
 * Returns: the countdown as it is on screen
 */
const char *
kolo_run_bar_get_shown_time (KoloRunBar *self)
{
  g_return_val_if_fail (KOLO_IS_RUN_BAR (self), NULL);
  return gtk_label_get_text (self->time_label);
}
