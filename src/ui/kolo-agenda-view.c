/* kolo-agenda-view.c — an event's agenda: days, modules and activities with
 * their clock times
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-agenda-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kolo-agenda-actions.h"
#include "kolo-agenda-row.h"
#include "kolo-ui-util.h"
#include "kolo-agenda-view.h"

struct _KoloAgendaView
{
  GtkWidget        parent_instance;

  KoloEvent       *event;
  KoloRun         *run;      /* of the window's ticker, when it is this event's */
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

}

static void
day_minutes_cb (KoloAgendaView *self)
{
  update_summary (self);
}

/* Days come and go while editing: each one's length feeds the summary. */
static void
rows_changed_cb (KoloAgendaView *self)
{
  GListModel *days = kolo_event_get_days (self->event);

  for (guint i = 0; i < g_list_model_get_n_items (days); i++)
    {
      g_autoptr(KoloDay) day = g_list_model_get_item (days, i);

      g_signal_handlers_disconnect_by_func (day, day_minutes_cb, self);
      g_signal_connect_object (day, "notify::planned-minutes", G_CALLBACK (day_minutes_cb), self,
                               G_CONNECT_SWAPPED);
    }
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
             GtkListItem              *item,
             KoloAgendaView           *self)
{
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  g_autoptr(GObject) shown = gtk_tree_list_row_get_item (row);
  KoloAgendaRow *widget = KOLO_AGENDA_ROW (gtk_list_item_get_child (item));

  kolo_agenda_row_set_run (widget, self->run);
  kolo_agenda_row_set_item (widget, shown);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  kolo_agenda_row_set_item (KOLO_AGENDA_ROW (gtk_list_item_get_child (item)), NULL);
}

/* Keys go to the list item that has focus, not to the row inside it: the
 * view finds the row and acts on what it shows. */
static KoloAgendaRow *
focused_row (KoloAgendaView *self)
{
  GtkWidget *item = gtk_widget_get_focus_child (GTK_WIDGET (self->list_view));
  GtkWidget *row = item != NULL ? gtk_widget_get_first_child (item) : NULL;

  return row != NULL && KOLO_IS_AGENDA_ROW (row) ? KOLO_AGENDA_ROW (row) : NULL;
}

static void
row_key_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KoloAgendaView *self = KOLO_AGENDA_VIEW (widget);
  KoloAgendaRow *row = focused_row (self);
  g_autoptr(GObject) item = NULL;
  g_autofree char *row_action = NULL;
  GListModel *rows;

  if (row == NULL || kolo_agenda_row_get_item (row) == NULL)
    return;

  /* The list may give the row widget to another item as it changes. */
  item = g_object_ref (kolo_agenda_row_get_item (row));

  /* "agenda.move-up" runs the row's "row.move-up". */
  row_action = g_strconcat ("row.", action_name + strlen ("agenda."), NULL);
  gtk_widget_activate_action (GTK_WIDGET (row), row_action, NULL);

  if (!g_str_has_prefix (action_name, "agenda.move-"))
    return;

  /* A moved row keeps the focus: the same item, found again. */
  rows = G_LIST_MODEL (self->rows);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) tree_row = g_list_model_get_item (rows, i);
      g_autoptr(GObject) shown = gtk_tree_list_row_get_item (tree_row);

      if (shown == item)
        {
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
          break;
        }
    }
}

static void
activate_cb (KoloAgendaView *self,
             guint           position)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), position);
  g_autoptr(GObject) item = row ? gtk_tree_list_row_get_item (row) : NULL;

  if (item != NULL)
    kolo_agenda_edit (GTK_WIDGET (self), item);
}

static void
add_day_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KoloAgendaView *self = KOLO_AGENDA_VIEW (widget);

  if (self->event != NULL)
    kolo_agenda_add_day (widget, self->event);
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
  g_clear_object (&self->run);
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
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);

  gtk_widget_class_install_action (widget_class, "agenda.move-up", NULL, row_key_action);
  gtk_widget_class_install_action (widget_class, "agenda.move-down", NULL, row_key_action);
  gtk_widget_class_install_action (widget_class, "agenda.delete", NULL, row_key_action);
  gtk_widget_class_install_action (widget_class, "agenda.edit", NULL, row_key_action);
  gtk_widget_class_install_action (widget_class, "agenda.add-activity", NULL, row_key_action);
  gtk_widget_class_install_action (widget_class, "agenda.add-day", NULL, add_day_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "agenda.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "agenda.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "agenda.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "agenda.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, 0,
                                       "agenda.add-activity", NULL);

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
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
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
      rows_changed_cb (self);
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

/**
 * kolo_agenda_view_set_ticker:
 * @ticker: (nullable): the window's ticker
 *
 * With the run of this view's event, rows mark the current activity and
 * show how long activities took.
 */
void
kolo_agenda_view_set_ticker (KoloAgendaView *self,
                             KoloTicker     *ticker)
{
  KoloRun *run = ticker ? kolo_ticker_get_run (ticker) : NULL;

  g_return_if_fail (KOLO_IS_AGENDA_VIEW (self));

  if (self->run == run)
    return;
  g_set_object (&self->run, run);

  /* Rows on screen learn at once; the others when they are bound. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);

      if (row != NULL && KOLO_IS_AGENDA_ROW (row))
        kolo_agenda_row_set_run (KOLO_AGENDA_ROW (row), run);
    }
}
