/* kolo-agenda-row.c — one row of the agenda: a day, a module or an activity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-agenda-row"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kolo-agenda-row.h"
#include "kolo-ui-util.h"

struct _KoloAgendaRow
{
  GtkWidget   parent_instance;

  GObject    *item;        /* a KoloDay, KoloModule or KoloActivity */
  const char *kind_class;  /* the CSS class of the activity's kind */

  /* Template children */
  GtkStack   *stack;
  GtkLabel   *day_title;
  GtkLabel   *day_date;
  GtkLabel   *day_span;
  GtkImage   *day_overrun;
  GtkLabel   *module_title;
  GtkLabel   *module_goal;
  GtkLabel   *module_span;
  GtkLabel   *start_label;
  GtkLabel   *end_label;
  GtkImage   *kind_icon;
  GtkLabel   *activity_title;
  GtkLabel   *activity_subtitle;
  GtkLabel   *minutes_label;
};

G_DEFINE_FINAL_TYPE (KoloAgendaRow, kolo_agenda_row, GTK_TYPE_WIDGET)

/* "10:00–17:15 · 7 h 15 min" */
static char *
format_span (int start,
             int minutes)
{
  g_autofree char *from = kolo_text_format_clock (start);
  g_autofree char *to = kolo_text_format_clock (start + minutes);
  g_autofree char *length = kolo_text_format_duration (minutes);

  /* Translators: a span of clock times and its length */
  return g_strdup_printf (_("%s–%s · %s"), from, to, length);
}

static void
set_accessible_label (KoloAgendaRow *self,
                      const char    *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
update_day (KoloAgendaRow *self,
            KoloDay       *day)
{
  g_autofree char *title = g_strdup_printf (_("Day %u"), kolo_day_get_number (day));
  g_autofree char *date = kolo_text_format_date (kolo_day_get_date (day));
  g_autofree char *span = format_span (kolo_day_get_start_minute (day),
                                       kolo_day_get_planned_minutes (day));
  g_autofree char *accessible = g_strdup_printf ("%s, %s, %s", title, date, span);
  gboolean overruns = kolo_day_get_overruns (day);

  gtk_stack_set_visible_child_name (self->stack, "day");
  gtk_label_set_text (self->day_title, title);
  gtk_label_set_text (self->day_date, date);
  gtk_label_set_text (self->day_span, span);
  gtk_widget_set_visible (GTK_WIDGET (self->day_overrun), overruns);
  if (overruns)
    {
      g_autofree char *end = kolo_text_format_clock (kolo_day_get_end_minute (day));
      g_autofree char *over = kolo_text_format_duration (kolo_day_get_planned_end_minute (day) -
                                                          kolo_day_get_end_minute (day));
      g_autofree char *tooltip = g_strdup_printf (_("Runs %s past the day’s end at %s"), over, end);

      gtk_widget_set_tooltip_text (GTK_WIDGET (self->day_overrun), tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->day_overrun),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
    }
  set_accessible_label (self, accessible);
}

static void
update_module (KoloAgendaRow *self,
               KoloModule    *module)
{
  g_autofree char *span = format_span (kolo_module_get_start_minute (module),
                                       kolo_module_get_planned_minutes (module));
  g_autofree char *accessible = NULL;
  const char *goal = kolo_module_get_goal (module);

  gtk_stack_set_visible_child_name (self->stack, "module");
  gtk_label_set_text (self->module_title, kolo_module_get_title (module));
  gtk_label_set_text (self->module_goal, goal);
  gtk_widget_set_visible (GTK_WIDGET (self->module_goal), *goal != '\0');
  gtk_label_set_text (self->module_span, span);

  /* Translators: how a screen reader reads a module row: "Module Title, 10:00–17:15 · 7 h" */
  accessible = g_strdup_printf (_("Module %s, %s"), kolo_module_get_title (module), span);
  set_accessible_label (self, accessible);
}

static void
update_activity (KoloAgendaRow *self,
                 KoloActivity  *activity)
{
  KoloActivityKind kind = kolo_activity_get_kind (activity);
  g_autofree char *start = kolo_text_format_clock (kolo_activity_get_start_minute (activity));
  g_autofree char *end = kolo_text_format_clock (kolo_activity_get_end_minute (activity));
  g_autofree char *length = kolo_text_format_duration (kolo_activity_get_minutes (activity));
  g_autofree char *first_line = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;
  const char *instructions = kolo_activity_get_instructions (activity);
  const char *newline;

  gtk_stack_set_visible_child_name (self->stack, "activity");
  gtk_label_set_text (self->start_label, start);
  gtk_label_set_text (self->end_label, end);
  gtk_label_set_text (self->activity_title, kolo_activity_get_title (activity));
  gtk_label_set_text (self->minutes_label, length);
  gtk_image_set_from_icon_name (self->kind_icon, kolo_activity_kind_get_icon_name (kind));

  newline = strchr (instructions, '\n');
  first_line = newline ? g_strndup (instructions, newline - instructions) : g_strdup (instructions);
  if (*first_line != '\0')
    subtitle = g_strdup_printf ("%s · %s", kolo_activity_kind_get_label (kind), first_line);
  else
    subtitle = g_strdup (kolo_activity_kind_get_label (kind));
  gtk_label_set_text (self->activity_subtitle, subtitle);

  if (self->kind_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->kind_icon), self->kind_class);
  self->kind_class = g_intern_static_string (kolo_activity_kind_to_string (kind));
  gtk_widget_add_css_class (GTK_WIDGET (self->kind_icon), self->kind_class);

  accessible = g_strdup_printf ("%s–%s, %s, %s, %s", start, end,
                                kolo_activity_get_title (activity),
                                kolo_activity_kind_get_label (kind), length);
  set_accessible_label (self, accessible);
}

static void
update (KoloAgendaRow *self)
{
  if (KOLO_IS_DAY (self->item))
    update_day (self, KOLO_DAY (self->item));
  else if (KOLO_IS_MODULE (self->item))
    update_module (self, KOLO_MODULE (self->item));
  else if (KOLO_IS_ACTIVITY (self->item))
    update_activity (self, KOLO_ACTIVITY (self->item));
}

static void
kolo_agenda_row_dispose (GObject *object)
{
  KoloAgendaRow *self = (KoloAgendaRow *)object;

  kolo_agenda_row_set_item (self, NULL);
  kolo_widget_dispose_children (GTK_WIDGET (self), KOLO_TYPE_AGENDA_ROW);

  G_OBJECT_CLASS (kolo_agenda_row_parent_class)->dispose (object);
}

static void
kolo_agenda_row_class_init (KoloAgendaRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_agenda_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/kolo-agenda-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, stack);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, day_title);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, day_date);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, day_span);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, day_overrun);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, module_title);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, module_goal);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, module_span);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, start_label);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, end_label);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, kind_icon);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, activity_title);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, activity_subtitle);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, minutes_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "agendarow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kolo_agenda_row_init (KoloAgendaRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

KoloAgendaRow *
kolo_agenda_row_new (void)
{
  return g_object_new (KOLO_TYPE_AGENDA_ROW, NULL);
}

/**
 * kolo_agenda_row_get_item:
 *
 * Returns: (transfer none) (nullable): the day, module or activity shown
 */
GObject *
kolo_agenda_row_get_item (KoloAgendaRow *self)
{
  g_return_val_if_fail (KOLO_IS_AGENDA_ROW (self), NULL);
  return self->item;
}

void
kolo_agenda_row_set_item (KoloAgendaRow *self,
                          GObject       *item)
{
  g_return_if_fail (KOLO_IS_AGENDA_ROW (self));
  g_return_if_fail (item == NULL || KOLO_IS_DAY (item) || KOLO_IS_MODULE (item) ||
                    KOLO_IS_ACTIVITY (item));

  if (self->item == item)
    return;

  if (self->item != NULL)
    g_signal_handlers_disconnect_by_func (self->item, update, self);
  g_set_object (&self->item, item);

  gtk_widget_remove_css_class (GTK_WIDGET (self), "day");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "module");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "activity");
  if (item == NULL)
    return;

  gtk_widget_add_css_class (GTK_WIDGET (self), KOLO_IS_DAY (item) ? "day"
                                              : KOLO_IS_MODULE (item) ? "module" : "activity");
  g_signal_connect_object (item, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
}
