/* kolo-agenda-view.c — an event's agenda: days, modules and activities with
 * their clock times
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-agenda-view"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-agenda-row.h"
#include "kolo-ui-util.h"
#include "kolo-agenda-view.h"

struct _KoloAgendaView
{
  GtkWidget        parent_instance;

  KoloEvent       *event;
  GtkTreeListModel *rows;    /* days, their modules, their activities: one flat list */

  /* Template children */
  GtkListView     *list_view;
  GtkLabel        *summary_label;
  GtkStack        *stack;
};

G_DEFINE_FINAL_TYPE (KoloAgendaView, kolo_agenda_view, GTK_TYPE_WIDGET)

/* The agenda is a tree (day → module → activity) shown as one recycling
 * list: every row knows what it shows from its item's type. */
static GListModel *
create_children (gpointer item,
                 gpointer user_data)
{
  if (KOLO_IS_DAY (item))
    return g_object_ref (kolo_day_get_modules (KOLO_DAY (item)));
  if (KOLO_IS_MODULE (item))
    return g_object_ref (kolo_module_get_activities (KOLO_MODULE (item)));
  return NULL;
}

static void
update_summary (KoloAgendaView *self)
{
  GListModel *days;
  guint n_days, n_activities = 0;
  int minutes = 0;
  g_autofree char *length = NULL;
  g_autofree char *days_text = NULL;
  g_autofree char *activities_text = NULL;
  g_autofree char *summary = NULL;

  if (self->event == NULL)
    return;

  days = kolo_event_get_days (self->event);
  n_days = g_list_model_get_n_items (days);
  for (guint i = 0; i < n_days; i++)
    {
      g_autoptr(KoloDay) day = g_list_model_get_item (days, i);
      GListModel *modules = kolo_day_get_modules (day);

      minutes += kolo_day_get_planned_minutes (day);
      for (guint m = 0; m < g_list_model_get_n_items (modules); m++)
        {
          g_autoptr(KoloModule) module = g_list_model_get_item (modules, m);
          n_activities += g_list_model_get_n_items (kolo_module_get_activities (module));
        }
    }

  length = kolo_text_format_duration (minutes);
  days_text = g_strdup_printf (ngettext ("%u day", "%u days", n_days), n_days);
  activities_text = g_strdup_printf (ngettext ("%u activity", "%u activities", n_activities),
                                     n_activities);
  /* Translators: the agenda's summary: "2 days · 28 activities · 14 h 35 min planned" */
  summary = g_strdup_printf (_("%s · %s · %s planned"), days_text, activities_text, length);
  gtk_label_set_text (self->summary_label, summary);

  gtk_stack_set_visible_child_name (self->stack, n_activities > 0 ? "agenda" : "empty");
}

static void
rows_changed_cb (KoloAgendaView *self)
{
  update_summary (self);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  gtk_list_item_set_child (item, GTK_WIDGET (kolo_agenda_row_new ()));
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  GtkTreeListRow *row = gtk_list_item_get_item (item);

  kolo_agenda_row_set_item (KOLO_AGENDA_ROW (gtk_list_item_get_child (item)),
                            gtk_tree_list_row_get_item (row));
  g_object_unref (gtk_tree_list_row_get_item (row));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  kolo_agenda_row_set_item (KOLO_AGENDA_ROW (gtk_list_item_get_child (item)), NULL);
}

static gboolean
kolo_agenda_view_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (KOLO_AGENDA_VIEW (widget)->list_view));
}

static void
kolo_agenda_view_dispose (GObject *object)
{
  KoloAgendaView *self = (KoloAgendaView *)object;

  kolo_agenda_view_set_event (self, NULL);
  kolo_widget_dispose_children (GTK_WIDGET (self), KOLO_TYPE_AGENDA_VIEW);

  G_OBJECT_CLASS (kolo_agenda_view_parent_class)->dispose (object);
}

static void
kolo_agenda_view_class_init (KoloAgendaViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_agenda_view_dispose;
  widget_class->grab_focus = kolo_agenda_view_grab_focus;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/kolo-agenda-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaView, list_view);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KoloAgendaView, stack);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "agendaview");
}

static void
kolo_agenda_view_init (KoloAgendaView *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
}

void
kolo_agenda_view_set_event (KoloAgendaView *self,
                            KoloEvent      *event)
{
  g_return_if_fail (KOLO_IS_AGENDA_VIEW (self));

  if (self->event == event)
    return;

  gtk_list_view_set_model (self->list_view, NULL);
  if (self->rows != NULL)
    g_signal_handlers_disconnect_by_func (self->rows, rows_changed_cb, self);
  g_clear_object (&self->rows);
  g_set_object (&self->event, event);

  if (event != NULL)
    {
      g_autoptr(GtkNoSelection) selection = NULL;

      self->rows = gtk_tree_list_model_new (g_object_ref (kolo_event_get_days (event)),
                                            FALSE, TRUE, create_children, NULL, NULL);
      g_signal_connect_object (self->rows, "items-changed", G_CALLBACK (rows_changed_cb), self,
                               G_CONNECT_SWAPPED);
      selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
      gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
      /* Lengths change without the rows changing. */
      for (guint i = 0; i < g_list_model_get_n_items (kolo_event_get_days (event)); i++)
        {
          g_autoptr(KoloDay) day = g_list_model_get_item (kolo_event_get_days (event), i);
          g_signal_connect_object (day, "notify::planned-minutes", G_CALLBACK (rows_changed_cb),
                                   self, G_CONNECT_SWAPPED);
        }
      update_summary (self);
    }
}

/**
 * kolo_agenda_view_get_rows:
 *
 * Returns: (transfer none) (nullable): the flat list of #GtkTreeListRow the
 *   view shows: each day, then its modules each followed by its activities
 */
GListModel *
kolo_agenda_view_get_rows (KoloAgendaView *self)
{
  g_return_val_if_fail (KOLO_IS_AGENDA_VIEW (self), NULL);
  return G_LIST_MODEL (self->rows);
}
