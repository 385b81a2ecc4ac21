/* kolo-participant-editor.c — editing one participant
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-participant-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-participant-actions.h"
#include "kolo-participant-editor.h"
#include "kolo-ui-util.h"

/* Bound to the participant: every change is stored as it is typed.  The
 * name is never blank: a cleared entry keeps the last one. */
struct _KoloParticipantEditor
{
  AdwWindow            parent_instance;

  KoloParticipant     *participant;

  /* Template children */
  AdwEntryRow         *name_row;
  AdwComboRow         *gender_row;
  AdwEntryRow         *institution_row;
  AdwEntryRow         *position_row;
  AdwEntryRow         *city_row;
  AdwEntryRow         *email_row;
  AdwEntryRow         *phone_row;
  AdwPreferencesGroup *days_group;
  GtkTextView         *notes_view;
  GtkLabel            *certificate_label;
};

G_DEFINE_FINAL_TYPE (KoloParticipantEditor, kolo_participant_editor, ADW_TYPE_WINDOW)

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoloParticipantEditor *self = KOLO_PARTICIPANT_EDITOR (widget);
  g_autoptr(KoloParticipant) participant = g_object_ref (self->participant);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  gtk_window_destroy (GTK_WINDOW (self));
  kolo_participant_delete (parent != NULL ? GTK_WIDGET (parent) : NULL, participant);
}

/* A switch per day of the event. */
static void
update_switch (GtkSwitch *day_switch)
{
  KoloParticipant *participant = g_object_get_data (G_OBJECT (day_switch), "participant");
  KoloDay *day = g_object_get_data (G_OBJECT (day_switch), "day");

  gtk_switch_set_active (day_switch, kolo_participant_get_attended (participant, day));
}

static void
switch_changed_cb (GtkSwitch  *day_switch,
                   GParamSpec *pspec)
{
  KoloParticipant *participant = g_object_get_data (G_OBJECT (day_switch), "participant");
  KoloDay *day = g_object_get_data (G_OBJECT (day_switch), "day");
  gboolean active = gtk_switch_get_active (day_switch);

  if (kolo_participant_get_attended (participant, day) != active)
    kolo_participant_set_attended (participant, day, active);
}

static void
add_days (KoloParticipantEditor *self)
{
  KoloEvent *event = kolo_participant_get_event (self->participant);
  GListModel *days = event != NULL ? kolo_event_get_days (event) : NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->days_group), days != NULL);
  for (guint i = 0; days != NULL && i < g_list_model_get_n_items (days); i++)
    {
      g_autoptr(KoloDay) day = g_list_model_get_item (days, i);
      g_autofree char *title = g_strdup_printf (_("Day %u"), kolo_day_get_number (day));
      g_autofree char *date = kolo_text_format_date (kolo_day_get_date (day));
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *day_switch = gtk_switch_new ();

      gtk_widget_set_valign (day_switch, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (day_switch), "day", g_object_ref (day), g_object_unref);
      g_object_set_data (G_OBJECT (day_switch), "participant", self->participant);
      update_switch (GTK_SWITCH (day_switch));
      g_signal_connect (day_switch, "notify::active", G_CALLBACK (switch_changed_cb), NULL);
      g_signal_connect_object (self->participant, "notify::attendance", G_CALLBACK (update_switch),
                               day_switch, G_CONNECT_SWAPPED);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), date);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), day_switch);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), day_switch);
      adw_preferences_group_add (self->days_group, row);
    }
}

static void
update_certificate (KoloParticipantEditor *self)
{
  const char *number = kolo_participant_get_certificate (self->participant);
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->certificate_label), number != NULL);
  if (number == NULL)
    return;
  text = g_strdup_printf (_("Certificate № %s"), number);
  gtk_label_set_text (self->certificate_label, text);
}

static void
kolo_participant_editor_dispose (GObject *object)
{
  KoloParticipantEditor *self = (KoloParticipantEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KOLO_TYPE_PARTICIPANT_EDITOR);
  g_clear_object (&self->participant);

  G_OBJECT_CLASS (kolo_participant_editor_parent_class)->dispose (object);
}

static void
kolo_participant_editor_class_init (KoloParticipantEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_participant_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kolo-participant-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KoloParticipantEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, KoloParticipantEditor, gender_row);
  gtk_widget_class_bind_template_child (widget_class, KoloParticipantEditor, institution_row);
  gtk_widget_class_bind_template_child (widget_class, KoloParticipantEditor, position_row);
  gtk_widget_class_bind_template_child (widget_class, KoloParticipantEditor, city_row);
  gtk_widget_class_bind_template_child (widget_class, KoloParticipantEditor, email_row);
  gtk_widget_class_bind_template_child (widget_class, KoloParticipantEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, KoloParticipantEditor, days_group);
  gtk_widget_class_bind_template_child (widget_class, KoloParticipantEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, KoloParticipantEditor, certificate_label);

  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kolo_participant_editor_init (KoloParticipantEditor *self)
{
  /* In the order of KoloGender. */
  const char * const forms[] = {
    _("Not Given"),
    /* Translators: the form of address; the certificate says «пройшла» */
    _("Feminine"),
    /* Translators: the form of address; the certificate says «пройшов» */
    _("Masculine"),
    NULL
  };
  g_autoptr(GtkStringList) list = gtk_string_list_new (forms);

  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_model (self->gender_row, G_LIST_MODEL (list));
}

/**
 * kolo_participant_editor_new:
 *
 * Returns: (transfer none): the editor, not yet shown
 */
GtkWindow *
kolo_participant_editor_new (GtkWindow       *parent,
                             KoloParticipant *participant)
{
  KoloParticipantEditor *self;

  g_return_val_if_fail (KOLO_IS_PARTICIPANT (participant), NULL);

  self = g_object_new (KOLO_TYPE_PARTICIPANT_EDITOR,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->participant = g_object_ref (participant);

  g_object_bind_property_full (participant, "name", self->name_row, "text",
                               G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                               NULL, kolo_text_not_blank, NULL, NULL);
  g_object_bind_property (participant, "institution", self->institution_row, "text",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (participant, "position", self->position_row, "text",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (participant, "city", self->city_row, "text",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (participant, "email", self->email_row, "text",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (participant, "phone", self->phone_row, "text",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (participant, "notes", gtk_text_view_get_buffer (self->notes_view), "text",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property_full (participant, "gender", self->gender_row, "selected",
                               G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                               kolo_enum_to_selected, kolo_selected_to_enum,
                               GUINT_TO_POINTER (3), NULL);
  add_days (self);
  update_certificate (self);
  return GTK_WINDOW (self);
}

/**
 * kolo_participant_editor_get_participant:
 *
 * Returns: (transfer none): the participant edited
 */
KoloParticipant *
kolo_participant_editor_get_participant (KoloParticipantEditor *self)
{
  g_return_val_if_fail (KOLO_IS_PARTICIPANT_EDITOR (self), NULL);
  return self->participant;
}
