/* kolo-day-row.c — one day of an event, with its date and times editable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-day-row"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-date-button.h"
#include "kolo-day-row.h"
#include "kolo-time-spin.h"

struct _KoloDayRow
{
  AdwPreferencesRow  parent_instance;

  KoloDay           *day;

  /* Template children */
  GtkLabel          *title_label;
  KoloDateButton    *date_button;
  GtkSpinButton     *start_spin;
  GtkSpinButton     *end_spin;
  GtkImage          *overrun_icon;
};

G_DEFINE_FINAL_TYPE (KoloDayRow, kolo_day_row, ADW_TYPE_PREFERENCES_ROW)

static void
update (KoloDayRow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *label = NULL;

  /* Translators: a day of an event in its details: "Day 1" */
  title = g_strdup_printf (_("Day %u"), kolo_day_get_number (self->day));
  gtk_label_set_text (self->title_label, title);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);

  gtk_widget_set_visible (GTK_WIDGET (self->overrun_icon), kolo_day_get_overruns (self->day));
  if (kolo_day_get_overruns (self->day))
    {
      g_autofree char *end = kolo_text_format_clock (kolo_day_get_planned_end_minute (self->day));
      g_autofree char *tooltip = g_strdup_printf (_("The agenda ends at %s, after the day’s end"),
                                                  end);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->overrun_icon), tooltip);
    }

  label = g_strdup_printf (_("Start of day %u"), kolo_day_get_number (self->day));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->start_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_free (label);
  label = g_strdup_printf (_("End of day %u"), kolo_day_get_number (self->day));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->end_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_free (label);
  label = g_strdup_printf (_("Date of day %u"), kolo_day_get_number (self->day));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->date_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
kolo_day_row_dispose (GObject *object)
{
  KoloDayRow *self = (KoloDayRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KOLO_TYPE_DAY_ROW);
  g_clear_object (&self->day);

  G_OBJECT_CLASS (kolo_day_row_parent_class)->dispose (object);
}

static void
kolo_day_row_class_init (KoloDayRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_day_row_dispose;

  g_type_ensure (KOLO_TYPE_DATE_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/kolo-day-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KoloDayRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, KoloDayRow, date_button);
  gtk_widget_class_bind_template_child (widget_class, KoloDayRow, start_spin);
  gtk_widget_class_bind_template_child (widget_class, KoloDayRow, end_spin);
  gtk_widget_class_bind_template_child (widget_class, KoloDayRow, overrun_icon);
}

static void
kolo_day_row_init (KoloDayRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  kolo_time_spin_setup (self->start_spin, FALSE);
  kolo_time_spin_setup (self->end_spin, TRUE);
}

GtkWidget *
kolo_day_row_new (KoloDay *day)
{
  KoloDayRow *self = g_object_new (KOLO_TYPE_DAY_ROW, NULL);

  self->day = g_object_ref (day);

  /* Edits go straight to the day, and so to the store. */
  g_object_bind_property (day, "date", self->date_button, "date",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  kolo_time_spin_bind (day, "start-minute", self->start_spin);
  kolo_time_spin_bind (day, "end-minute", self->end_spin);
  g_signal_connect_object (day, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);

  return GTK_WIDGET (self);
}

/**
 * kolo_day_row_get_day:
 *
 * Returns: (transfer none): the day
 */
KoloDay *
kolo_day_row_get_day (KoloDayRow *self)
{
  g_return_val_if_fail (KOLO_IS_DAY_ROW (self), NULL);
  return self->day;
}
