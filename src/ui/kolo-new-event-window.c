/* kolo-new-event-window.c — create an event from a template or blank
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-new-event-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-date-button.h"
#include "kolo-new-event-window.h"

/* The "template" argument that selects a blank event. */
#define BLANK "-"

struct _KoloNewEventWindow
{
  AdwWindow       parent_instance;

  KoloWindow     *parent;
  KoloStore      *store;
  GListModel     *templates;
  GtkCheckButton *group;          /* the radio group's first button */
  char           *chosen;         /* a template's name, or BLANK */
  gboolean        title_edited;   /* the user typed a title: keep it */
  gboolean        setting_title;

  /* Template children */
  AdwEntryRow    *title_row;
  KoloDateButton *date_button;
  GtkListBox     *templates_list;
  GtkButton      *create_button;
};

G_DEFINE_FINAL_TYPE (KoloNewEventWindow, kolo_new_event_window, ADW_TYPE_WINDOW)

static void
update_create (KoloNewEventWindow *self)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));

  gtk_widget_set_sensitive (GTK_WIDGET (self->create_button),
                            *title != '\0' && self->chosen != NULL &&
                            kolo_date_button_get_date (self->date_button) != NULL);
}

static void
title_changed_cb (KoloNewEventWindow *self)
{
  if (!self->setting_title)
    self->title_edited = TRUE;
  update_create (self);
}

/* Until the user types a title, the event is called after its template. */
static void
suggest_title (KoloNewEventWindow *self,
               const char         *title)
{
  if (self->title_edited)
    return;

  self->setting_title = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title);
  self->setting_title = FALSE;
}

static void
choose (KoloNewEventWindow *self,
        const char         *name,
        const char         *title)
{
  g_free (self->chosen);
  self->chosen = g_strdup (name);
  suggest_title (self, title);
  update_create (self);
}

static void
toggled_cb (GtkCheckButton     *button,
            KoloNewEventWindow *self)
{
  if (gtk_check_button_get_active (button))
    choose (self, g_object_get_data (G_OBJECT (button), "name"),
            g_object_get_data (G_OBJECT (button), "title"));
}

static GtkWidget *
add_choice (KoloNewEventWindow *self,
            const char         *name,
            const char         *title,
            const char         *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);

  if (self->group == NULL)
    self->group = GTK_CHECK_BUTTON (check);
  else
    gtk_check_button_set_group (GTK_CHECK_BUTTON (check), self->group);

  g_object_set_data_full (G_OBJECT (check), "name", g_strdup (name), g_free);
  g_object_set_data_full (G_OBJECT (check), "title", g_strdup (title), g_free);
  g_signal_connect (check, "toggled", G_CALLBACK (toggled_cb), self);
  gtk_list_box_append (self->templates_list, row);
  return check;
}

static void
fill_templates (KoloNewEventWindow *self,
                const char         *preselect)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *selected = NULL;
  GtkWidget *check;
  guint n;

  self->templates = kolo_store_list_templates (self->store, &error);
  n = self->templates ? g_list_model_get_n_items (self->templates) : 0;
  if (error != NULL)
    g_warning ("Could not list templates: %s", error->message);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoloTemplate) template = g_list_model_get_item (self->templates, i);
      guint n_days = kolo_template_get_n_days (template);
      g_autofree char *days = g_strdup_printf (ngettext ("%u day", "%u days", n_days), n_days);
      g_autofree char *length = kolo_text_format_duration (kolo_template_get_planned_minutes (template));
      g_autofree char *subtitle = NULL;

      subtitle = g_strdup_printf ("%s · %s · %s", days, length,
                                  kolo_template_get_shipped (template)
                                    ? _("comes with Kolo") : _("saved template"));
      check = add_choice (self, kolo_template_get_name (template),
                          kolo_template_get_title (template), subtitle);
      if (selected == NULL || g_strcmp0 (preselect, kolo_template_get_name (template)) == 0)
        selected = check;
    }

  check = add_choice (self, BLANK, _("Blank Event"), _("One day from the usual start time, "
                                                        "nothing planned"));
  if (selected == NULL || g_strcmp0 (preselect, BLANK) == 0)
    selected = check;

  gtk_check_button_set_active (GTK_CHECK_BUTTON (selected), TRUE);
  /* A blank event has no template title to suggest. */
  if (g_strcmp0 (self->chosen, BLANK) == 0)
    suggest_title (self, "");
}

static void
create_cb (KoloNewEventWindow *self)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  const GDate *date = kolo_date_button_get_date (self->date_button);
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloEvent) event = NULL;

  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->create_button)))
    return;

  if (g_strcmp0 (self->chosen, BLANK) == 0)
    {
      g_autoptr(GSettings) settings = g_settings_new (APP_ID);

      event = kolo_store_create_event (self->store, title, (GDate *) date, &error);
      if (event != NULL)
        {
          g_autoptr(KoloDay) day = g_list_model_get_item (kolo_event_get_days (event), 0);
          kolo_day_set_start_minute (day, g_settings_get_int (settings, "default-day-start"));
          kolo_day_set_end_minute (day, g_settings_get_int (settings, "default-day-end"));
        }
    }
  else
    {
      g_autoptr(KoloDoc) doc = kolo_store_load_template (self->store, self->chosen, &error);

      if (doc != NULL)
        event = kolo_store_create_event_from_doc (self->store, doc, title, date, &error);
    }

  if (event == NULL)
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                                  _("Could Not Create the Event"),
                                                  error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  kolo_window_open_event (self->parent, event);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
kolo_new_event_window_dispose (GObject *object)
{
  KoloNewEventWindow *self = (KoloNewEventWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KOLO_TYPE_NEW_EVENT_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->templates);
  g_clear_object (&self->parent);
  g_clear_pointer (&self->chosen, g_free);

  G_OBJECT_CLASS (kolo_new_event_window_parent_class)->dispose (object);
}

static void
kolo_new_event_window_class_init (KoloNewEventWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_new_event_window_dispose;

  g_type_ensure (KOLO_TYPE_DATE_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kolo-new-event-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KoloNewEventWindow, title_row);
  gtk_widget_class_bind_template_child (widget_class, KoloNewEventWindow, date_button);
  gtk_widget_class_bind_template_child (widget_class, KoloNewEventWindow, templates_list);
  gtk_widget_class_bind_template_child (widget_class, KoloNewEventWindow, create_button);
  gtk_widget_class_bind_template_callback (widget_class, create_cb);
  gtk_widget_class_bind_template_callback (widget_class, title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_create);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kolo_new_event_window_init (KoloNewEventWindow *self)
{
  GDate today;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  kolo_date_button_set_date (self->date_button, &today);
}

/**
 * kolo_new_event_window_new:
 * @template_name: the template to start with selected, `-` for a blank
 *   event, or empty for the first template
 *
 * Returns: (transfer none): the dialog
 */
GtkWindow *
kolo_new_event_window_new (KoloWindow *parent,
                           KoloStore  *store,
                           const char *template_name)
{
  KoloNewEventWindow *self;

  g_return_val_if_fail (KOLO_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KOLO_IS_STORE (store), NULL);

  self = g_object_new (KOLO_TYPE_NEW_EVENT_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->parent = g_object_ref (parent);
  self->store = g_object_ref (store);
  fill_templates (self, template_name);
  update_create (self);

  return GTK_WINDOW (self);
}
