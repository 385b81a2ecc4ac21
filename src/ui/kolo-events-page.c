/* kolo-events-page.c — the events library: every training, newest first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-events-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kolo-event-row.h"
#include "kolo-ui-util.h"
#include "kolo-events-page.h"

struct _KoloEventsPage
{
  GtkWidget           parent_instance;

  KoloStore          *store;
  GSettings          *settings;
  GtkFilterListModel *filtered;     /* events the search and archive filters let through */
  GtkCustomFilter    *filter;
  GHashTable         *matches;      /* gint64 * event IDs found by the search, NULL: no search */

  /* Template children */
  AdwWindowTitle     *title;
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkToggleButton    *search_button;
  GtkStack           *stack;
  GtkListView        *list_view;
};

G_DEFINE_FINAL_TYPE (KoloEventsPage, kolo_events_page, GTK_TYPE_WIDGET)

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  KoloEventsPage *self = user_data;
  KoloEvent *event = item;
  gint64 id = kolo_event_get_id (event);

  if (self->matches != NULL)
    return g_hash_table_contains (self->matches, &id);

  return !kolo_event_get_archived (event) ||
         g_settings_get_boolean (self->settings, "show-archived");
}

static void
update_view (KoloEventsPage *self)
{
  GListModel *all = self->store ? kolo_store_get_events (self->store) : NULL;
  guint n_all = all ? g_list_model_get_n_items (all) : 0;
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  g_autofree char *subtitle = NULL;

  if (n_all == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else if (n_shown == 0 && self->matches == NULL)
    gtk_stack_set_visible_child_name (self->stack, "all-archived");
  else if (n_shown == 0)
    gtk_stack_set_visible_child_name (self->stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->stack, "list");

  /* The subtitle counts what the list holds: events hidden in the archive
   * are said apart. */
  if (n_all > 0 && self->matches == NULL)
    {
      guint n_archived = 0;

      for (guint i = 0; i < n_all; i++)
        {
          g_autoptr(KoloEvent) event = g_list_model_get_item (all, i);
          n_archived += kolo_event_get_archived (event);
        }

      if (n_archived == 0 || g_settings_get_boolean (self->settings, "show-archived"))
        subtitle = g_strdup_printf (ngettext ("%u event", "%u events", n_all), n_all);
      else
        {
          g_autofree char *shown = g_strdup_printf (ngettext ("%u event", "%u events",
                                                              n_all - n_archived),
                                                    n_all - n_archived);
          /* Translators: the library's subtitle: "2 events, 1 archived" */
          subtitle = g_strdup_printf (ngettext ("%s, %u archived", "%s, %u archived", n_archived),
                                      shown, n_archived);
        }
    }
  else if (self->matches != NULL)
    /* Translators: the library's subtitle while searching */
    subtitle = g_strdup_printf (ngettext ("%u found", "%u found", n_shown), n_shown);
  adw_window_title_set_subtitle (self->title, subtitle ? subtitle : "");
}

static void
items_changed_cb (KoloEventsPage *self)
{
  update_view (self);
}

/* Archiving an event changes whether the filter lets it through. */
static void
event_archived_cb (KoloEventsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_view (self);
}

static void
all_events_changed_cb (KoloEventsPage *self,
                       guint           position,
                       guint           removed,
                       guint           added,
                       GListModel     *events)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(KoloEvent) event = g_list_model_get_item (events, i);

      g_signal_handlers_disconnect_by_func (event, event_archived_cb, self);
      g_signal_connect_object (event, "notify::archived", G_CALLBACK (event_archived_cb), self,
                               G_CONNECT_SWAPPED);
    }
  update_view (self);
}

static void
search_changed_cb (KoloEventsPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->matches, g_hash_table_unref);

  if (self->store != NULL && *trimmed != '\0')
    {
      ids = kolo_store_search_events (self->store, text, &error);
      if (ids == NULL)
        g_warning ("Search failed: %s", error->message);
      else
        {
          self->matches = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
          for (guint i = 0; i < ids->len; i++)
            g_hash_table_add (self->matches, g_memdup2 (&g_array_index (ids, gint64, i),
                                                        sizeof (gint64)));
        }
    }

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_view (self);
}

static void
stop_search_cb (KoloEventsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
activate_cb (KoloEventsPage *self,
             guint           position)
{
  g_autoptr(KoloEvent) event = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (event != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-event", "x",
                                kolo_event_get_id (event));
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  gtk_list_item_set_child (item, GTK_WIDGET (kolo_event_row_new ()));
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  KoloEventRow *row = KOLO_EVENT_ROW (gtk_list_item_get_child (item));

  kolo_event_row_set_event (row, gtk_list_item_get_item (item));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  kolo_event_row_set_event (KOLO_EVENT_ROW (gtk_list_item_get_child (item)), NULL);
}

/* Keys go to the focused list item, not to the row inside it: the page
 * finds the row and runs its action. */
static void
row_key_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KoloEventsPage *self = KOLO_EVENTS_PAGE (widget);
  GtkWidget *item = gtk_widget_get_focus_child (GTK_WIDGET (self->list_view));
  GtkWidget *row = item != NULL ? gtk_widget_get_first_child (item) : NULL;
  g_autofree char *row_action = NULL;

  if (row == NULL || !KOLO_IS_EVENT_ROW (row))
    return;

  row_action = g_strconcat ("row.", action_name + strlen ("events."), NULL);
  gtk_widget_activate_action (row, row_action, NULL);
}

static gboolean
kolo_events_page_grab_focus (GtkWidget *widget)
{
  KoloEventsPage *self = KOLO_EVENTS_PAGE (widget);

  if (gtk_stack_get_visible_child (self->stack) == GTK_WIDGET (self->list_view) ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "list") == 0)
    return gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
  return gtk_widget_child_focus (GTK_WIDGET (gtk_stack_get_visible_child (self->stack)),
                                 GTK_DIR_TAB_FORWARD);
}

static void
kolo_events_page_dispose (GObject *object)
{
  KoloEventsPage *self = (KoloEventsPage *)object;

  kolo_widget_dispose_children (GTK_WIDGET (self), KOLO_TYPE_EVENTS_PAGE);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (kolo_store_get_events (self->store), self);
  g_clear_object (&self->filtered);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->matches, g_hash_table_unref);

  G_OBJECT_CLASS (kolo_events_page_parent_class)->dispose (object);
}

static void
kolo_events_page_class_init (KoloEventsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_events_page_dispose;
  widget_class->grab_focus = kolo_events_page_grab_focus;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kolo-events-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KoloEventsPage, title);
  gtk_widget_class_bind_template_child (widget_class, KoloEventsPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, KoloEventsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KoloEventsPage, search_button);
  gtk_widget_class_bind_template_child (widget_class, KoloEventsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KoloEventsPage, list_view);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);

  gtk_widget_class_install_action (widget_class, "events.delete", NULL, row_key_action);
  gtk_widget_class_install_action (widget_class, "events.duplicate", NULL, row_key_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "events.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "events.duplicate", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "eventspage");
}

static void
kolo_events_page_init (KoloEventsPage *self)
{
  GtkListItemFactory *factory;
  GtkNoSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::show-archived",
                           G_CALLBACK (event_archived_cb), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
}

void
kolo_events_page_set_store (KoloEventsPage *self,
                            KoloStore      *store)
{
  GListModel *events;

  g_return_if_fail (KOLO_IS_EVENTS_PAGE (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  events = kolo_store_get_events (store);
  g_signal_connect_object (events, "items-changed", G_CALLBACK (all_events_changed_cb), self,
                           G_CONNECT_SWAPPED);
  all_events_changed_cb (self, 0, 0, g_list_model_get_n_items (events), events);
  gtk_filter_list_model_set_model (self->filtered, events);
  update_view (self);
}

void
kolo_events_page_start_search (KoloEventsPage *self)
{
  g_return_if_fail (KOLO_IS_EVENTS_PAGE (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * kolo_events_page_get_model:
 *
 * Returns: (transfer none): the events the page lists now
 */
GListModel *
kolo_events_page_get_model (KoloEventsPage *self)
{
  g_return_val_if_fail (KOLO_IS_EVENTS_PAGE (self), NULL);
  return G_LIST_MODEL (self->filtered);
}
