/* kolo-import-window.c — checking a participant list before it is added
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-import-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-agenda-actions.h"
#include "kolo-import-window.h"
#include "kolo-window.h"

/* Nothing is written until Add: the organizer sees how the columns were
 * understood, fixes any, sees the rows that will be left out and why, and
 * the people that will be added. */
struct _KoloImportWindow
{
  AdwWindow              parent_instance;

  KoloParticipantImport *import;

  /* Template children */
  GtkWidget             *add_button;
  GtkLabel              *file_label;
  AdwPreferencesGroup   *columns_group;
  AdwPreferencesGroup   *problems_group;
  GtkWidget             *skip_row;
  GtkSwitch             *skip_switch;
  GtkLabel              *problems_label;
  GtkColumnView         *preview;
};

G_DEFINE_FINAL_TYPE (KoloImportWindow, kolo_import_window, ADW_TYPE_WINDOW)

static guint
n_to_add (KoloImportWindow *self)
{
  guint n = g_list_model_get_n_items (kolo_participant_import_get_preview (self->import));

  if (gtk_switch_get_active (self->skip_switch))
    n -= MIN (n, kolo_participant_import_get_n_duplicates (self->import));
  return n;
}

static void
update (KoloImportWindow *self)
{
  const char * const *problems = kolo_participant_import_get_problems (self->import);
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *text = NULL;
  gboolean ready = kolo_participant_import_is_ready (self->import, &error);
  guint n = n_to_add (self);

  label = g_strdup_printf (ngettext ("_Add %u Participant", "_Add %u Participants", n), n);
  gtk_button_set_label (GTK_BUTTON (self->add_button), label);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.add", ready && n > 0);

  gtk_widget_set_visible (self->skip_row, kolo_participant_import_get_n_duplicates (self->import) > 0);
  text = problems != NULL ? g_strjoinv ("\n", (char **) problems) : g_strdup ("");
  if (!ready)
    {
      g_autofree char *all = g_strconcat (error->message, *text ? "\n" : "", text, NULL);
      gtk_label_set_text (self->problems_label, all);
    }
  else
    gtk_label_set_text (self->problems_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_group),
                          !ready || (problems != NULL && problems[0] != NULL));
}

/* A drop-down per column of the file. */
static void
column_selected_cb (AdwComboRow *row,
                    GParamSpec  *pspec,
                    KoloImportWindow *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "column"));
  guint selected = adw_combo_row_get_selected (row);

  if (selected < KOLO_N_COLUMNS && selected != kolo_participant_import_get_column (self->import,
                                                                                  column))
    kolo_participant_import_set_column (self->import, column, (KoloColumn) selected);
}

static void
add_column_rows (KoloImportWindow *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  for (guint i = 0; i < KOLO_N_COLUMNS; i++)
    gtk_string_list_append (kinds, kolo_column_get_label (i));

  for (guint i = 0; i < kolo_participant_import_get_n_columns (self->import); i++)
    {
      const char *header = kolo_participant_import_get_header (self->import, i);
      GtkWidget *row = adw_combo_row_new ();
      g_autofree char *title = NULL;

      /* Translators: a column of the file that has no heading */
      title = header != NULL && *header != '\0' ? g_strdup (header)
                                                : g_strdup_printf (_("Column %u"), i + 1);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (kinds));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row),
                                  kolo_participant_import_get_column (self->import, i));
      g_object_set_data (G_OBJECT (row), "column", GUINT_TO_POINTER (i));
      g_signal_connect (row, "notify::selected", G_CALLBACK (column_selected_cb), self);
      adw_preferences_group_add (self->columns_group, row);
    }
}

/* The preview: the participants as they will be. */
static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              const char               *property)
{
  g_autofree char *text = NULL;

  g_object_get (gtk_list_item_get_item (item), property, &text, NULL);
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text != NULL ? text : "");
}

static void
add_preview_column (KoloImportWindow *self,
                    const char       *title,
                    const char       *property)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), (gpointer) property);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (self->preview, column);
  g_object_unref (column);
}

/**
 * kolo_import_window_add:
 *
 * Adds the participants (what Add does), closes the window and says how
 * many, with Undo.
 *
 * Returns: whether they were added
 */
gboolean
kolo_import_window_add (KoloImportWindow *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint n_added = 0;

  g_return_val_if_fail (KOLO_IS_IMPORT_WINDOW (self), FALSE);

  if (!kolo_participant_import_apply (self->import, gtk_switch_get_active (self->skip_switch),
                                      &n_added, &error))
    return kolo_widget_report_error (GTK_WIDGET (self), _("Could Not Import"), error);

  title = g_strdup_printf (ngettext ("%u participant added", "%u participants added", n_added),
                           n_added);
  kolo_agenda_undo_toast (parent != NULL ? GTK_WIDGET (parent) : NULL,
                          kolo_event_get_history (kolo_participant_import_get_event (self->import)),
                          adw_toast_new (title));
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  kolo_import_window_add (KOLO_IMPORT_WINDOW (widget));
}

static void
kolo_import_window_dispose (GObject *object)
{
  KoloImportWindow *self = (KoloImportWindow *)object;

  if (self->import != NULL)
    g_signal_handlers_disconnect_by_data (self->import, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOLO_TYPE_IMPORT_WINDOW);
  g_clear_object (&self->import);

  G_OBJECT_CLASS (kolo_import_window_parent_class)->dispose (object);
}

static void
kolo_import_window_class_init (KoloImportWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_import_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kolo-import-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KoloImportWindow, add_button);
  gtk_widget_class_bind_template_child (widget_class, KoloImportWindow, file_label);
  gtk_widget_class_bind_template_child (widget_class, KoloImportWindow, columns_group);
  gtk_widget_class_bind_template_child (widget_class, KoloImportWindow, problems_group);
  gtk_widget_class_bind_template_child (widget_class, KoloImportWindow, skip_row);
  gtk_widget_class_bind_template_child (widget_class, KoloImportWindow, skip_switch);
  gtk_widget_class_bind_template_child (widget_class, KoloImportWindow, problems_label);
  gtk_widget_class_bind_template_child (widget_class, KoloImportWindow, preview);

  gtk_widget_class_install_action (widget_class, "import.add", NULL, add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kolo_import_window_init (KoloImportWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->skip_switch, "notify::active", G_CALLBACK (update), self);

  add_preview_column (self, _("Name"), "name");
  add_preview_column (self, _("Institution"), "institution");
  add_preview_column (self, _("Position"), "position");
  add_preview_column (self, _("Place"), "city");
}

/**
 * kolo_import_window_new:
 *
 * Returns: (transfer none): the window, not yet shown
 */
GtkWindow *
kolo_import_window_new (GtkWindow             *parent,
                        KoloParticipantImport *import)
{
  KoloImportWindow *self;
  g_autofree char *about = NULL;

  g_return_val_if_fail (KOLO_IS_PARTICIPANT_IMPORT (import), NULL);

  self = g_object_new (KOLO_TYPE_IMPORT_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->import = g_object_ref (import);

  /* Translators: how the file was read: "Read as Windows-1251" */
  about = g_strdup_printf (_("Read as %s"), kolo_participant_import_get_encoding (import));
  gtk_label_set_text (self->file_label, about);
  add_column_rows (self);
  gtk_column_view_set_model (self->preview, GTK_SELECTION_MODEL (
    gtk_no_selection_new (g_object_ref (kolo_participant_import_get_preview (import)))));
  g_signal_connect_object (import, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
  return GTK_WINDOW (self);
}

/**
 * kolo_import_window_get_add_button:
 *
 * Returns: (transfer none): the Add button
 */
GtkWidget *
kolo_import_window_get_add_button (KoloImportWindow *self)
{
  g_return_val_if_fail (KOLO_IS_IMPORT_WINDOW (self), NULL);
  return self->add_button;
}
