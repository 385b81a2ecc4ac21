/* kolo-copy-participants-window.c — bringing people back from an earlier
 * event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-copy-participants-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-agenda-actions.h"
#include "kolo-copy-participants-window.h"
#include "kolo-ui-util.h"
#include "kolo-window.h"

/* The other events, newest first; pick one, tick the people who come
 * again, add them (without their attendance or certificates) in one step. */
struct _KoloCopyParticipantsWindow
{
  AdwWindow    parent_instance;

  KoloEvent   *event;
  GPtrArray   *events;      /* the other events, as the drop-down lists them */
  GPtrArray   *checks;      /* GtkCheckButton per participant of the event picked */
  AdwComboRow *event_row;
  GtkWidget   *list;
  GtkWidget   *add_button;
};

G_DEFINE_FINAL_TYPE (KoloCopyParticipantsWindow, kolo_copy_participants_window, ADW_TYPE_WINDOW)

static void
update_button (KoloCopyParticipantsWindow *self)
{
  guint n = 0;
  g_autofree char *label = NULL;

  for (guint i = 0; i < self->checks->len; i++)
    n += gtk_check_button_get_active (self->checks->pdata[i]);
  label = g_strdup_printf (ngettext ("_Add %u Participant", "_Add %u Participants", n), n);
  gtk_button_set_label (GTK_BUTTON (self->add_button), label);
  gtk_widget_set_sensitive (self->add_button, n > 0);
}

static void
show_event (KoloCopyParticipantsWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->event_row);
  KoloEvent *from = selected < self->events->len ? self->events->pdata[selected] : NULL;
  GListModel *people;

  kolo_list_box_remove_all (GTK_LIST_BOX (self->list));
  g_ptr_array_set_size (self->checks, 0);

  if (from != NULL)
    {
      people = kolo_event_get_participants (from);
      for (guint i = 0; i < g_list_model_get_n_items (people); i++)
        {
          g_autoptr(KoloParticipant) participant = g_list_model_get_item (people, i);
          GtkWidget *row = adw_action_row_new ();
          GtkWidget *check = gtk_check_button_new ();

          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                         kolo_participant_get_name (participant));
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                       kolo_participant_get_institution (participant));
          g_object_set_data_full (G_OBJECT (check), "participant", g_object_ref (participant),
                                  g_object_unref);
          g_signal_connect_swapped (check, "toggled", G_CALLBACK (update_button), self);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
          gtk_list_box_append (GTK_LIST_BOX (self->list), row);
          g_ptr_array_add (self->checks, check);
        }
    }
  update_button (self);
}

/**
 * kolo_copy_participants_window_select:
 * @from: one of the other events
 * @all: tick everyone
 */
void
kolo_copy_participants_window_select (KoloCopyParticipantsWindow *self,
                                      KoloEvent                  *from,
                                      gboolean                    all)
{
  guint position;

  g_return_if_fail (KOLO_IS_COPY_PARTICIPANTS_WINDOW (self));

  if (g_ptr_array_find (self->events, from, &position))
    adw_combo_row_set_selected (self->event_row, position);
  for (guint i = 0; i < self->checks->len; i++)
    gtk_check_button_set_active (self->checks->pdata[i], all);
}

/**
 * kolo_copy_participants_window_copy:
 *
 * Adds the people ticked, as one undo step, and closes the window.
 *
 * Returns: how many were added
 */
guint
kolo_copy_participants_window_copy (KoloCopyParticipantsWindow *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  KoloHistory *history = kolo_event_get_history (self->event);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint n = 0;

  g_return_val_if_fail (KOLO_IS_COPY_PARTICIPANTS_WINDOW (self), 0);

  kolo_history_begin_group (history);
  for (guint i = 0; i < self->checks->len && error == NULL; i++)
    if (gtk_check_button_get_active (self->checks->pdata[i]))
      {
        g_autoptr(KoloParticipant) copy = NULL;

        copy = kolo_event_copy_participant (self->event,
                                            g_object_get_data (self->checks->pdata[i],
                                                               "participant"),
                                            &error);
        n += copy != NULL;
      }
  kolo_history_end_group (history);

  if (error != NULL)
    kolo_widget_report_error (GTK_WIDGET (self), _("Could Not Add the Participant"), error);
  title = g_strdup_printf (ngettext ("%u participant added", "%u participants added", n), n);
  if (n > 0)
    kolo_agenda_undo_toast (parent != NULL ? GTK_WIDGET (parent) : NULL, history,
                            adw_toast_new (title));
  gtk_window_destroy (GTK_WINDOW (self));
  return n;
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  kolo_copy_participants_window_copy (KOLO_COPY_PARTICIPANTS_WINDOW (widget));
}

static void
select_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KoloCopyParticipantsWindow *self = KOLO_COPY_PARTICIPANTS_WINDOW (widget);

  for (guint i = 0; i < self->checks->len; i++)
    gtk_check_button_set_active (self->checks->pdata[i], TRUE);
}

static void
kolo_copy_participants_window_dispose (GObject *object)
{
  KoloCopyParticipantsWindow *self = (KoloCopyParticipantsWindow *)object;

  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_object (&self->event);

  G_OBJECT_CLASS (kolo_copy_participants_window_parent_class)->dispose (object);
}

static void
kolo_copy_participants_window_class_init (KoloCopyParticipantsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_copy_participants_window_dispose;

  gtk_widget_class_install_action (widget_class, "copy.add", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "copy.select-all", NULL, select_all_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kolo_copy_participants_window_init (KoloCopyParticipantsWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *people = adw_preferences_group_new ();
  GtkWidget *all = gtk_button_new_with_mnemonic (_("Select _All"));

  self->checks = g_ptr_array_new ();
  self->events = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_window_set_title (GTK_WINDOW (self), _("Participants of an Earlier Event"));
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 680);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  self->add_button = gtk_button_new ();
  gtk_button_set_use_underline (GTK_BUTTON (self->add_button), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->add_button), "copy.add");
  gtk_widget_add_css_class (self->add_button, "suggested-action");
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->add_button);

  self->event_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->event_row), _("Event"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->event_row));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (people), _("People Who Come Again"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (people),
                                         _("They are added without attendance or certificates."));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (all), "copy.select-all");
  gtk_widget_add_css_class (all, "flat");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (people), all);
  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (people), self->list);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (people));
  gtk_widget_set_vexpand (page, TRUE);

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
  g_signal_connect_swapped (self->event_row, "notify::selected", G_CALLBACK (show_event), self);
}

/**
 * kolo_copy_participants_window_new:
 *
 * Returns: (transfer none): the window, not yet shown
 */
GtkWindow *
kolo_copy_participants_window_new (GtkWindow *parent,
                                   KoloEvent *event)
{
  KoloCopyParticipantsWindow *self;
  GListModel *all = kolo_store_get_events (kolo_event_get_store (event));
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);

  self = g_object_new (KOLO_TYPE_COPY_PARTICIPANTS_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->event = g_object_ref (event);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(KoloEvent) other = g_list_model_get_item (all, i);
      g_autofree char *title = NULL;
      guint n;

      if (other == event || (n = g_list_model_get_n_items (kolo_event_get_participants (other))) == 0)
        continue;
      /* Translators: an earlier event and its participants: "Title · 24 participants" */
      title = g_strdup_printf (ngettext ("%s · %u participant", "%s · %u participants", n),
                               kolo_event_get_title (other), n);
      gtk_string_list_append (titles, title);
      g_ptr_array_add (self->events, g_steal_pointer (&other));
    }
  adw_combo_row_set_model (self->event_row, G_LIST_MODEL (titles));
  if (self->events->len == 0)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->event_row),
                                 _("No other event has participants yet"));
  show_event (self);
  return GTK_WINDOW (self);
}
