/* kolo-agenda-row.c — one row of the agenda: a day, a module or an activity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-agenda-row"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kolo-agenda-actions.h"
#include "kolo-agenda-row.h"
#include "kolo-ui-util.h"

struct _KoloAgendaRow
{
  GtkWidget   parent_instance;

  GObject    *item;        /* a KoloDay, KoloModule or KoloActivity */
  KoloRun    *run;         /* the event's run, for the current activity and actual times */
  const char *kind_class;  /* the CSS class of the activity's kind */

  /* Template children */
  GtkWidget  *menu_button;
  GtkStack   *stack;
  GtkLabel   *day_title;
  GtkLabel   *day_date;
  GtkLabel   *day_span;
  GtkImage   *day_overrun;
  GtkLabel   *day_actual;
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

/* The minutes an activity took, rounded; FALSE while it runs or before. */
static gboolean
get_actual_minutes (KoloAgendaRow *self,
                    KoloActivity  *activity,
                    int           *minutes)
{
  gint64 actual_us = 0;

  if (self->run == NULL ||
      (kolo_run_get_state (self->run) != KOLO_RUN_STOPPED &&
       kolo_run_get_current (self->run) == activity) ||
      !kolo_run_get_actual (self->run, activity, NULL, NULL, &actual_us))
    return FALSE;

  *minutes = (int) ((actual_us + 30 * G_USEC_PER_SEC) / (60 * G_USEC_PER_SEC));
  return TRUE;
}

/* "4 activities held · took 1 h 29 min, planned 1 h 10 min": planned
 * against actual, in total, for the activities held so far. */
static void
update_day_actual (KoloAgendaRow *self,
                   KoloDay       *day)
{
  GListModel *modules = kolo_day_get_modules (day);
  guint held = 0;
  int planned = 0;
  int took = 0;

  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(KoloModule) module = g_list_model_get_item (modules, i);
      GListModel *activities = kolo_module_get_activities (module);

      for (guint j = 0; j < g_list_model_get_n_items (activities); j++)
        {
          g_autoptr(KoloActivity) activity = g_list_model_get_item (activities, j);
          int minutes;

          if (get_actual_minutes (self, activity, &minutes))
            {
              held++;
              took += minutes;
              planned += kolo_activity_get_minutes (activity);
            }
        }
    }

  gtk_widget_set_visible (GTK_WIDGET (self->day_actual), held > 0);
  if (held > 0)
    {
      g_autofree char *took_text = kolo_text_format_duration (took);
      g_autofree char *planned_text = kolo_text_format_duration (planned);
      g_autofree char *text = NULL;

      /* Translators: planned against actual for the activities of a day
       * held so far: "4 activities held · took 1 h 29 min, planned 1 h 10 min" */
      text = g_strdup_printf (ngettext ("%u activity held · took %s, planned %s",
                                        "%u activities held · took %s, planned %s", held),
                              held, took_text, planned_text);
      gtk_label_set_text (self->day_actual, text);
    }
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
  update_day_actual (self, day);
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
  int actual;

  gtk_stack_set_visible_child_name (self->stack, "activity");
  gtk_label_set_text (self->start_label, start);
  gtk_label_set_text (self->end_label, end);
  gtk_label_set_text (self->activity_title, kolo_activity_get_title (activity));
  gtk_label_set_text (self->minutes_label, length);
  gtk_image_set_from_icon_name (self->kind_icon, kolo_activity_kind_get_icon_name (kind));

  newline = strchr (instructions, '\n');
  first_line = newline ? g_strndup (instructions, newline - instructions) : g_strdup (instructions);

  /* After (or during) the day: planned against actual minutes. */
  if (get_actual_minutes (self, activity, &actual))
    {
      g_autofree char *actual_text = kolo_text_format_duration (actual);

      /* Translators: an activity's length as it happened: "Discussion · took 34 min" */
      subtitle = g_strdup_printf (_("%s · took %s"), kolo_activity_kind_get_label (kind),
                                  actual_text);
    }
  else if (*first_line != '\0')
    subtitle = g_strdup_printf ("%s · %s", kolo_activity_kind_get_label (kind), first_line);
  else
    subtitle = g_strdup (kolo_activity_kind_get_label (kind));
  gtk_label_set_text (self->activity_subtitle, subtitle);

  if (self->run != NULL && kolo_run_get_state (self->run) != KOLO_RUN_STOPPED &&
      kolo_run_get_current (self->run) == activity)
    gtk_widget_add_css_class (GTK_WIDGET (self), "current");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "current");

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
update_actions (KoloAgendaRow *self)
{
  gboolean any = self->item != NULL;
  gboolean activity = any && KOLO_IS_ACTIVITY (self->item);
  gboolean module = any && KOLO_IS_MODULE (self->item);
  gboolean day = any && KOLO_IS_DAY (self->item);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.edit", activity || module);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.add-activity", activity || module);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.add-module", module || day);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.move-up", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.move-down", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.delete", any);
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

/* Actions ------------------------------------------------------------------ */

static void
row_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  KoloAgendaRow *self = KOLO_AGENDA_ROW (widget);
  g_autoptr(GObject) item = self->item ? g_object_ref (self->item) : NULL;

  if (item == NULL)
    return;

  if (g_str_equal (action_name, "row.edit"))
    kolo_agenda_edit (widget, item);
  else if (g_str_equal (action_name, "row.add-activity"))
    kolo_agenda_add_activity (widget, item);
  else if (g_str_equal (action_name, "row.add-module"))
    kolo_agenda_add_module (widget, item);
  else if (g_str_equal (action_name, "row.move-up"))
    kolo_agenda_move (widget, item, -1);
  else if (g_str_equal (action_name, "row.move-down"))
    kolo_agenda_move (widget, item, 1);
  else if (g_str_equal (action_name, "row.delete"))
    kolo_agenda_delete (widget, item);
}

/* One menu model per kind of row, for all rows; each row's popover is
 * made when it first opens. */
static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       user_data)
{
  KoloAgendaRow *self = KOLO_AGENDA_ROW (user_data);
  static GtkBuilder *builder;
  const char *id;

  if (builder == NULL)
    builder = gtk_builder_new_from_resource (RESOURCE_BASE "/ui/kolo-agenda-menus.ui");

  id = KOLO_IS_ACTIVITY (self->item) ? "activity_menu"
       : KOLO_IS_MODULE (self->item) ? "module_menu" : "day_menu";
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (gtk_builder_get_object (builder, id)));
}

/* Dragging activities ------------------------------------------------------ */

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 KoloAgendaRow *self)
{
  if (!KOLO_IS_ACTIVITY (self->item))
    return NULL;
  return gdk_content_provider_new_typed (KOLO_TYPE_ACTIVITY, self->item);
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               KoloAgendaRow *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self->stack));

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static void
clear_drop_marks (KoloAgendaRow *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-before");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-after");
}

/* On an activity, the lower half drops after it; a module or a day takes
 * a drop at its start (a day's: its first module's). */
static gboolean
drop_after (KoloAgendaRow *self,
            double         y)
{
  if (!KOLO_IS_ACTIVITY (self->item))
    return FALSE;
  return y > gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
}

static GdkDragAction
drop_motion_cb (GtkDropTarget *target,
                double         x,
                double         y,
                KoloAgendaRow *self)
{
  clear_drop_marks (self);
  gtk_widget_add_css_class (GTK_WIDGET (self), drop_after (self, y) ? "drop-after" : "drop-before");
  return GDK_ACTION_MOVE;
}

static void
drop_leave_cb (GtkDropTarget *target,
               KoloAgendaRow *self)
{
  clear_drop_marks (self);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         KoloAgendaRow *self)
{
  KoloActivity *activity = g_value_get_object (value);

  clear_drop_marks (self);
  if (activity == NULL || self->item == NULL)
    return FALSE;
  return kolo_agenda_drop (GTK_WIDGET (self), activity, self->item, drop_after (self, y));
}

static void
kolo_agenda_row_dispose (GObject *object)
{
  KoloAgendaRow *self = (KoloAgendaRow *)object;

  kolo_agenda_row_set_item (self, NULL);
  kolo_agenda_row_set_run (self, NULL);
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
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, stack);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, day_title);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, day_date);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, day_span);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, day_overrun);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, day_actual);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, module_title);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, module_goal);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, module_span);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, start_label);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, end_label);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, kind_icon);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, activity_title);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, activity_subtitle);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaRow, minutes_label);

  gtk_widget_class_install_action (widget_class, "row.edit", NULL, row_action);
  gtk_widget_class_install_action (widget_class, "row.add-activity", NULL, row_action);
  gtk_widget_class_install_action (widget_class, "row.add-module", NULL, row_action);
  gtk_widget_class_install_action (widget_class, "row.move-up", NULL, row_action);
  gtk_widget_class_install_action (widget_class, "row.move-down", NULL, row_action);
  gtk_widget_class_install_action (widget_class, "row.delete", NULL, row_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "agendarow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kolo_agenda_row_init (KoloAgendaRow *self)
{
  GtkDragSource *source;
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->menu_button),
                                         create_popup_cb, self, NULL);

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), self);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));

  target = gtk_drop_target_new (KOLO_TYPE_ACTIVITY, GDK_ACTION_MOVE);
  g_signal_connect (target, "motion", G_CALLBACK (drop_motion_cb), self);
  g_signal_connect (target, "leave", G_CALLBACK (drop_leave_cb), self);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  update_actions (self);
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
  update_actions (self);
  if (item == NULL)
    return;

  gtk_widget_add_css_class (GTK_WIDGET (self), KOLO_IS_DAY (item) ? "day"
                                              : KOLO_IS_MODULE (item) ? "module" : "activity");
  g_signal_connect_object (item, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
}

/**
 * kolo_agenda_row_set_run:
 * @run: (nullable): the event's run
 *
 * Marks the current activity and shows how long activities took.
 */
void
kolo_agenda_row_set_run (KoloAgendaRow *self,
                         KoloRun       *run)
{
  g_return_if_fail (KOLO_IS_AGENDA_ROW (self));

  if (self->run == run)
    return;

  if (self->run != NULL)
    g_signal_handlers_disconnect_by_func (self->run, update, self);
  g_set_object (&self->run, run);
  if (run != NULL)
    {
      g_signal_connect_object (run, "notify::current", G_CALLBACK (update), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (run, "notify::state", G_CALLBACK (update), self,
                               G_CONNECT_SWAPPED);
    }
  if (self->item != NULL)
    update (self);
}
