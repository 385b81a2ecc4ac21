/* kolo-participants-page.c — the Participants tab: the list, attendance,
 * and what is done with them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-participants-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-participant-actions.h"
#include "kolo-participants-page.h"
#include "kolo-ui-util.h"
#include "kolo-window.h"

/* A table made for the door: a tick per day in every row, the search
 * finds a name as it is typed, and the counts say who came from where. */
struct _KoloParticipantsPage
{
  GtkWidget           parent_instance;

  KoloEvent          *event;
  char               *search;        /* folded; NULL: everyone */
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GPtrArray          *day_columns;
  char               *summary;

  /* Template children */
  GtkStack           *stack;
  GtkSearchEntry     *search_entry;
  GtkMenuButton      *summary_button;
  GtkLabel           *breakdown_label;
  GtkMenuButton      *menu_button;
  GtkColumnView      *column_view;
};

G_DEFINE_FINAL_TYPE (KoloParticipantsPage, kolo_participants_page, GTK_TYPE_WIDGET)

/* Search -------------------------------------------------------------------- */

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  KoloParticipantsPage *self = user_data;
  KoloParticipant *participant = item;

  if (self->search == NULL)
    return TRUE;
  return kolo_folded_contains (kolo_participant_get_name (participant), self->search) ||
         kolo_folded_contains (kolo_participant_get_institution (participant), self->search) ||
         kolo_folded_contains (kolo_participant_get_city (participant), self->search);
}

static void
search_changed_cb (KoloParticipantsPage *self)
{
  kolo_participants_page_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

/* Counts ------------------------------------------------------------------- */

static void
count_into (GHashTable *counts,
            const char *text)
{
  g_autofree char *key = kolo_text_fold (text);

  if (*key == '\0')
    return;
  if (!g_hash_table_contains (counts, key))
    g_hash_table_insert (counts, g_strdup (key), g_ptr_array_new_with_free_func (g_free));
  g_ptr_array_add (g_hash_table_lookup (counts, key), g_strdup (text));
}

static int
compare_by_count (gconstpointer a,
                  gconstpointer b)
{
  GPtrArray *x = *(GPtrArray * const *) a;
  GPtrArray *y = *(GPtrArray * const *) b;

  if (x->len != y->len)
    return (int) y->len - (int) x->len;
  return g_utf8_collate (x->pdata[0], y->pdata[0]);
}

/* "Бібліотека № 1 — 3" lines, most first. */
static void
append_breakdown (GString    *out,
                  const char *heading,
                  GHashTable *counts)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (groups, value);

  g_ptr_array_sort (groups, compare_by_count);
  g_string_append_printf (out, "%s\n", heading);
  for (guint i = 0; i < groups->len; i++)
    {
      GPtrArray *names = groups->pdata[i];

      /* Translators: a line of the counts, "Name — 3" */
      g_string_append_printf (out, _("%s — %u"), (const char *) names->pdata[0], names->len);
      g_string_append_c (out, '\n');
    }
}

static void
update_summary (KoloParticipantsPage *self)
{
  GListModel *all;
  g_autoptr(GHashTable) institutions = NULL;
  g_autoptr(GHashTable) places = NULL;
  g_autoptr(GString) breakdown = g_string_new (NULL);
  g_autofree char *people = NULL;
  g_autofree char *from = NULL;
  g_autofree char *where = NULL;
  guint n;

  if (self->event == NULL)
    return;

  all = kolo_event_get_participants (self->event);
  n = g_list_model_get_n_items (all);
  institutions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) g_ptr_array_unref);
  places = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                  (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoloParticipant) participant = g_list_model_get_item (all, i);

      count_into (institutions, kolo_participant_get_institution (participant));
      count_into (places, kolo_participant_get_city (participant));
    }

  people = g_strdup_printf (ngettext ("%u participant", "%u participants", n), n);
  /* Translators: follows "24 participants": "from 15 institutions" */
  from = g_strdup_printf (ngettext ("from %u institution", "from %u institutions",
                                    g_hash_table_size (institutions)),
                          g_hash_table_size (institutions));
  where = g_strdup_printf (ngettext ("%u place", "%u places", g_hash_table_size (places)),
                           g_hash_table_size (places));
  g_free (self->summary);
  /* Translators: "24 participants from 15 institutions · 9 places" */
  self->summary = g_strdup_printf (_("%s %s · %s"), people, from, where);
  gtk_menu_button_set_label (self->summary_button, self->summary);

  append_breakdown (breakdown, _("Institutions"), institutions);
  g_string_append_c (breakdown, '\n');
  append_breakdown (breakdown, _("Places"), places);
  gtk_label_set_text (self->breakdown_label, breakdown->str);

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

/* The counts follow the list, and every change of an institution or place. */
static void
participants_changed_cb (KoloParticipantsPage *self,
                         guint                 position,
                         guint                 removed,
                         guint                 added)
{
  GListModel *all = kolo_event_get_participants (self->event);

  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(KoloParticipant) participant = g_list_model_get_item (all, i);

      g_signal_handlers_disconnect_by_func (participant, update_summary, self);
      g_signal_connect_object (participant, "notify::institution", G_CALLBACK (update_summary),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (participant, "notify::city", G_CALLBACK (update_summary), self,
                               G_CONNECT_SWAPPED);
    }
  update_summary (self);
}

/* Columns -------------------------------------------------------------------- */

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
update_label (GtkLabel *label)
{
  KoloParticipant *participant = g_object_get_data (G_OBJECT (label), "participant");
  const char *property = g_object_get_data (G_OBJECT (label), "property");
  g_autofree char *text = NULL;

  if (participant == NULL)
    return;
  g_object_get (participant, property, &text, NULL);
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), text != NULL && *text ? text : NULL);
}

static void
bind_label_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               const char               *property)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  KoloParticipant *participant = gtk_list_item_get_item (item);
  g_autofree char *signal = g_strdup_printf ("notify::%s", property);

  g_object_set_data (G_OBJECT (label), "participant", participant);
  g_object_set_data (G_OBJECT (label), "property", (gpointer) property);
  g_signal_connect_object (participant, signal, G_CALLBACK (update_label), label,
                           G_CONNECT_SWAPPED);
  update_label (GTK_LABEL (label));
}

static void
unbind_label_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  KoloParticipant *participant = gtk_list_item_get_item (item);

  g_signal_handlers_disconnect_by_func (participant, update_label, label);
  g_object_set_data (G_OBJECT (label), "participant", NULL);
}

static GtkColumnViewColumn *
text_column (const char *title,
             const char *property,
             gboolean    expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkExpression *expression = gtk_property_expression_new (KOLO_TYPE_PARTICIPANT, NULL, property);
  GtkStringSorter *sorter = gtk_string_sorter_new (expression);
  GtkColumnViewColumn *column;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cb), (gpointer) property);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_label_cb), NULL);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  g_object_unref (sorter);
  return column;
}

/* A tick per day: attendance, marked at the door. */
static void
update_tick (GtkCheckButton *check)
{
  KoloParticipant *participant = g_object_get_data (G_OBJECT (check), "participant");
  KoloDay *day = g_object_get_data (G_OBJECT (check), "day");

  if (participant == NULL)
    return;
  g_object_set_data (G_OBJECT (check), "updating", GINT_TO_POINTER (TRUE));
  gtk_check_button_set_active (check, kolo_participant_get_attended (participant, day));
  g_object_set_data (G_OBJECT (check), "updating", NULL);
}

static void
tick_toggled_cb (GtkCheckButton *check)
{
  KoloParticipant *participant = g_object_get_data (G_OBJECT (check), "participant");
  KoloDay *day = g_object_get_data (G_OBJECT (check), "day");

  if (participant == NULL || g_object_get_data (G_OBJECT (check), "updating") != NULL)
    return;
  kolo_participant_set_attended (participant, day, gtk_check_button_get_active (check));
}

static void
setup_tick_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               KoloDay                  *day)
{
  GtkWidget *check = gtk_check_button_new ();

  gtk_widget_set_halign (check, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (check), "day", day);
  g_signal_connect (check, "toggled", G_CALLBACK (tick_toggled_cb), NULL);
  gtk_list_item_set_child (item, check);
}

static void
bind_tick_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              KoloDay                  *day)
{
  GtkWidget *check = gtk_list_item_get_child (item);
  KoloParticipant *participant = gtk_list_item_get_item (item);
  g_autofree char *label = NULL;

  g_object_set_data (G_OBJECT (check), "participant", participant);
  g_signal_connect_object (participant, "notify::attendance", G_CALLBACK (update_tick), check,
                           G_CONNECT_SWAPPED);
  /* Translators: how a screen reader reads a tick: "Олена Коваленко, day 2" */
  label = g_strdup_printf (_("%s, day %u"), kolo_participant_get_name (participant),
                           kolo_day_get_number (day));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  update_tick (GTK_CHECK_BUTTON (check));
}

static void
unbind_tick_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                KoloDay                  *day)
{
  GtkWidget *check = gtk_list_item_get_child (item);
  KoloParticipant *participant = gtk_list_item_get_item (item);

  g_signal_handlers_disconnect_by_func (participant, update_tick, check);
  g_object_set_data (G_OBJECT (check), "participant", NULL);
}

static void
rebuild_day_columns (KoloParticipantsPage *self)
{
  GListModel *days;

  for (guint i = 0; i < self->day_columns->len; i++)
    gtk_column_view_remove_column (self->column_view, self->day_columns->pdata[i]);
  g_ptr_array_set_size (self->day_columns, 0);

  if (self->event == NULL)
    return;

  days = kolo_event_get_days (self->event);
  for (guint i = 0; i < g_list_model_get_n_items (days); i++)
    {
      g_autoptr(KoloDay) day = g_list_model_get_item (days, i);
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autofree char *title = g_strdup_printf (_("Day %u"), kolo_day_get_number (day));
      GtkColumnViewColumn *column;

      /* The day is kept alive by its column's factory. */
      g_object_set_data_full (G_OBJECT (factory), "day", g_object_ref (day), g_object_unref);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_tick_cb), day);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_tick_cb), day);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_tick_cb), day);
      column = gtk_column_view_column_new (title, factory);
      gtk_column_view_append_column (self->column_view, column);
      g_ptr_array_add (self->day_columns, column);
    }
}

/* The row's own button: edit. */
static void
edit_clicked_cb (GtkButton *button)
{
  KoloParticipant *participant = g_object_get_data (G_OBJECT (button), "participant");

  if (participant != NULL)
    kolo_participant_edit (GTK_WIDGET (button), participant);
}

static void
setup_menu_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("document-edit-symbolic");

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Edit"));
  g_signal_connect (button, "clicked", G_CALLBACK (edit_clicked_cb), NULL);
  gtk_list_item_set_child (item, button);
}

static void
bind_menu_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *button = gtk_list_item_get_child (item);
  KoloParticipant *participant = gtk_list_item_get_item (item);
  g_autofree char *label = g_strdup_printf (_("Edit %s"), kolo_participant_get_name (participant));

  g_object_set_data (G_OBJECT (button), "participant", participant);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
activate_cb (KoloParticipantsPage *self,
             guint                 position)
{
  g_autoptr(KoloParticipant) participant = g_list_model_get_item (G_LIST_MODEL (self->sorted),
                                                                  position);

  if (participant != NULL)
    kolo_participant_edit (GTK_WIDGET (self), participant);
}

/* Actions ------------------------------------------------------------------- */

static KoloParticipant *
selected (KoloParticipantsPage *self)
{
  GtkSelectionModel *model = gtk_column_view_get_model (self->column_view);

  return gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (model));
}

static void
page_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KoloParticipantsPage *self = KOLO_PARTICIPANTS_PAGE (widget);
  g_autoptr(KoloEvent) event = self->event ? g_object_ref (self->event) : NULL;

  if (event == NULL)
    return;

  if (g_str_equal (action_name, "participants.add"))
    kolo_participant_add (widget, event);
  else if (g_str_equal (action_name, "participants.import"))
    kolo_participants_import (widget, event);
  else if (g_str_equal (action_name, "participants.export"))
    kolo_participants_export (widget, event);
  else if (g_str_equal (action_name, "participants.copy-from"))
    kolo_participants_copy_from (widget, event);
  else if (g_str_equal (action_name, "participants.signin"))
    kolo_participants_print_signin (widget, event, g_variant_get_uint32 (parameter));
  else if (g_str_equal (action_name, "participants.mark-all"))
    kolo_participants_mark_all (widget, event, g_variant_get_uint32 (parameter));
  else if (g_str_equal (action_name, "participants.certificates"))
    kolo_participants_certificates (widget, event);
  else if (g_str_equal (action_name, "participants.groups"))
    kolo_participants_groups (widget, event);
  else if (g_str_equal (action_name, "participants.delete") && selected (self) != NULL)
    kolo_participant_delete (widget, selected (self));
  else if (g_str_equal (action_name, "participants.find"))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* The menu lists the days: a sign-in sheet and "everyone present" each. */
static void
create_menu_cb (GtkMenuButton        *button,
                KoloParticipantsPage *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) files = g_menu_new ();
  g_autoptr(GMenu) sheets = g_menu_new ();
  g_autoptr(GMenu) present = g_menu_new ();
  GListModel *days = self->event ? kolo_event_get_days (self->event) : NULL;

  g_menu_append (files, _("_Import a List…"), "participants.import");
  g_menu_append (files, _("_Export as Spreadsheet (CSV)…"), "participants.export");
  g_menu_append (files, _("From an _Earlier Event…"), "participants.copy-from");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (files));

  for (guint i = 0; days != NULL && i < g_list_model_get_n_items (days); i++)
    {
      g_autoptr(KoloDay) day = g_list_model_get_item (days, i);
      g_autofree char *date = kolo_text_format_date (kolo_day_get_date (day));
      /* Translators: a day in a menu: "Day 1 · Monday, 11 November 2013" */
      g_autofree char *label = g_strdup_printf (_("Day %u · %s"), kolo_day_get_number (day), date);
      g_autoptr(GMenuItem) sheet = g_menu_item_new (label, NULL);
      g_autoptr(GMenuItem) all = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (sheet, "participants.signin", "u", i);
      g_menu_append_item (sheets, sheet);
      g_menu_item_set_action_and_target (all, "participants.mark-all", "u", i);
      g_menu_append_item (present, all);
    }
  g_menu_append_submenu (menu, _("Print a _Sign-in Sheet"), G_MENU_MODEL (sheets));
  g_menu_append_submenu (menu, _("Mark Everyone _Present"), G_MENU_MODEL (present));
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

/* GObject -------------------------------------------------------------------- */

static void
kolo_participants_page_dispose (GObject *object)
{
  KoloParticipantsPage *self = (KoloParticipantsPage *)object;

  kolo_participants_page_set_event (self, NULL);
  kolo_widget_dispose_children (GTK_WIDGET (self), KOLO_TYPE_PARTICIPANTS_PAGE);
  g_clear_object (&self->sorted);
  g_clear_pointer (&self->day_columns, g_ptr_array_unref);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (kolo_participants_page_parent_class)->dispose (object);
}

static void
kolo_participants_page_class_init (KoloParticipantsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char * const actions[] = {
    "participants.add", "participants.import", "participants.export",
    "participants.copy-from", "participants.certificates", "participants.groups",
    "participants.delete", "participants.find",
  };

  object_class->dispose = kolo_participants_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kolo-participants-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KoloParticipantsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KoloParticipantsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KoloParticipantsPage, summary_button);
  gtk_widget_class_bind_template_child (widget_class, KoloParticipantsPage, breakdown_label);
  gtk_widget_class_bind_template_child (widget_class, KoloParticipantsPage, menu_button);
  gtk_widget_class_bind_template_child (widget_class, KoloParticipantsPage, column_view);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i], NULL, page_action);
  gtk_widget_class_install_action (widget_class, "participants.signin", "u", page_action);
  gtk_widget_class_install_action (widget_class, "participants.mark-all", "u", page_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "participants.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0,
                                       "participants.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "participants.find", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "participantspage");
}

static void
kolo_participants_page_init (KoloParticipantsPage *self)
{
  GtkListItemFactory *factory;
  GtkColumnViewColumn *column;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->day_columns = g_ptr_array_new ();

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (self->filtered),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (
    g_object_new (GTK_TYPE_SINGLE_SELECTION, "model", self->sorted, "autoselect", FALSE,
                  "can-unselect", TRUE, NULL)));

  gtk_column_view_append_column (self->column_view, column = text_column (_("Name"), "name", TRUE));
  g_object_unref (column);
  gtk_column_view_append_column (self->column_view,
                                 column = text_column (_("Institution"), "institution", TRUE));
  g_object_unref (column);
  gtk_column_view_append_column (self->column_view,
                                 column = text_column (_("Position"), "position", FALSE));
  g_object_unref (column);
  gtk_column_view_append_column (self->column_view, column = text_column (_("Place"), "city", FALSE));
  g_object_unref (column);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_menu_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_menu_cb), NULL);
  column = gtk_column_view_column_new (NULL, factory);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);

  g_signal_connect_swapped (self->column_view, "activate", G_CALLBACK (activate_cb), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb),
                            self);
  gtk_menu_button_set_create_popup_func (self->menu_button,
                                         (GtkMenuButtonCreatePopupFunc) create_menu_cb, self, NULL);
}

void
kolo_participants_page_set_event (KoloParticipantsPage *self,
                                  KoloEvent            *event)
{
  g_return_if_fail (KOLO_IS_PARTICIPANTS_PAGE (self));

  if (self->event == event)
    return;

  if (self->event != NULL)
    {
      g_signal_handlers_disconnect_by_data (kolo_event_get_participants (self->event), self);
      g_signal_handlers_disconnect_by_data (kolo_event_get_days (self->event), self);
    }
  g_set_object (&self->event, event);
  gtk_filter_list_model_set_model (self->filtered,
                                   event != NULL ? kolo_event_get_participants (event) : NULL);
  rebuild_day_columns (self);
  if (event == NULL)
    return;

  g_signal_connect_object (kolo_event_get_participants (event), "items-changed",
                           G_CALLBACK (participants_changed_cb), self, G_CONNECT_SWAPPED);
  /* Also counts them for the summary */
  participants_changed_cb (self, 0, 0,
                           g_list_model_get_n_items (kolo_event_get_participants (event)));
  g_signal_connect_object (kolo_event_get_days (event), "items-changed",
                           G_CALLBACK (rebuild_day_columns), self, G_CONNECT_SWAPPED);
}

/**
 * kolo_participants_page_get_shown:
 *
 * Returns: (transfer none): the participants the table shows, in its order
 */
GListModel *
kolo_participants_page_get_shown (KoloParticipantsPage *self)
{
  g_return_val_if_fail (KOLO_IS_PARTICIPANTS_PAGE (self), NULL);
  return G_LIST_MODEL (self->sorted);
}

/**
 * kolo_participants_page_get_summary:
 *
 * Returns: "24 participants from 15 institutions · 9 places"
 */
const char *
kolo_participants_page_get_summary (KoloParticipantsPage *self)
{
  g_return_val_if_fail (KOLO_IS_PARTICIPANTS_PAGE (self), NULL);
  return self->summary;
}

void
kolo_participants_page_search (KoloParticipantsPage *self,
                               const char           *text)
{
  g_return_if_fail (KOLO_IS_PARTICIPANTS_PAGE (self));

  g_clear_pointer (&self->search, g_free);
  if (text != NULL && *text != '\0')
    self->search = kolo_text_fold (text);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}
