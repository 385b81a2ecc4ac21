/* kolo-window-actions.c — what the window does to events: create, duplicate,
 * archive, delete with undo, save as template, import and export, print
 * the agenda handout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kolo-deck-library-window.h"
#include "kolo-new-event-window.h"
#include "kolo-ui-util.h"
#include "kolo-window-private.h"

static KoloEvent *
event_from_parameter (KoloWindow *self,
                      GVariant   *parameter)
{
  g_autoptr(GError) error = NULL;
  KoloEvent *event;

  event = kolo_store_lookup_event (self->store, g_variant_get_int64 (parameter), &error);
  if (event == NULL)
    kolo_window_report_error (self, _("The Event Is Gone"), error);
  return event;
}

/**
 * kolo_window_for_widget:
 *
 * The main window @widget is in; from a dialog, the window behind it.
 *
 * Returns: (transfer none) (nullable): the window
 */
KoloWindow *
kolo_window_for_widget (GtkWidget *widget)
{
  GtkRoot *root = widget != NULL ? gtk_widget_get_root (widget) : NULL;

  while (root != NULL && !KOLO_IS_WINDOW (root) && GTK_IS_WINDOW (root) &&
         gtk_window_get_transient_for (GTK_WINDOW (root)) != NULL)
    root = GTK_ROOT (gtk_window_get_transient_for (GTK_WINDOW (root)));
  return root != NULL && KOLO_IS_WINDOW (root) ? KOLO_WINDOW (root) : NULL;
}

/**
 * kolo_widget_report_error:
 *
 * Tells the user, in the window @widget is in, that @heading failed.
 *
 * Returns: %FALSE, for `return kolo_widget_report_error (…)`
 */
gboolean
kolo_widget_report_error (GtkWidget    *widget,
                          const char   *heading,
                          const GError *error)
{
  KoloWindow *window = kolo_window_for_widget (widget);

  if (window != NULL)
    kolo_window_report_error (window, heading, error);
  else
    g_warning ("%s: %s", heading, error->message);
  return FALSE;
}

/**
 * kolo_toast_new:
 *
 * Toast titles are Pango markup: what the user typed is escaped, so a
 * title like "<b>&" shows as typed.
 *
 * Returns: (transfer full): the toast
 */
AdwToast *
kolo_toast_new (const char *format,
                ...)
{
  g_autofree char *title = NULL;
  va_list args;

  va_start (args, format);
  title = g_markup_vprintf_escaped (format, args);
  va_end (args);

  return adw_toast_new (title);
}

/**
 * kolo_report_error:
 * @parent: the window the message belongs with
 *
 * Tells the user, over @parent, that @heading failed and why.
 */
void
kolo_report_error (GtkWindow    *parent,
                   const char   *heading,
                   const GError *error)
{
  GtkWidget *dialog;

  /* The body is plain text: file names and messages are never markup. */
  dialog = adw_message_dialog_new (parent, heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
kolo_window_report_error (KoloWindow   *self,
                          const char   *heading,
                          const GError *error)
{
  kolo_report_error (GTK_WINDOW (self), heading, error);
}

static void
new_event_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KoloWindow *self = KOLO_WINDOW (widget);
  GtkWindow *dialog;

  dialog = kolo_new_event_window_new (self, self->store, g_variant_get_string (parameter, NULL));
  gtk_window_present (dialog);
}

static void
open_event_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KoloWindow *self = KOLO_WINDOW (widget);
  g_autoptr(KoloEvent) event = event_from_parameter (self, parameter);

  if (event != NULL)
    kolo_window_open_event (self, event);
}

static void
show_library_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  kolo_window_show_library (KOLO_WINDOW (widget));
}

/* One library window per main window: asked again, it comes forward. */
static void
decks_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KoloWindow *self = KOLO_WINDOW (widget);
  GListModel *toplevels = gtk_window_get_toplevels ();
  KoloDeckLibraryWindow *library;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (KOLO_IS_DECK_LIBRARY_WINDOW (window) &&
          gtk_window_get_transient_for (window) == GTK_WINDOW (self))
        {
          gtk_window_present (window);
          return;
        }
    }

  library = kolo_deck_library_window_new (GTK_WINDOW (self), self->store);
  gtk_window_present (GTK_WINDOW (library));
}

/* F11: the console full screen too, for a trainer with one screen. */
static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkWindow *window = GTK_WINDOW (widget);

  if (gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  else
    gtk_window_fullscreen (window);
}

/* Escape leaves full screen first, then goes back to the library. */
static void
escape_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  if (gtk_window_is_fullscreen (GTK_WINDOW (widget)))
    gtk_window_unfullscreen (GTK_WINDOW (widget));
  else
    kolo_window_show_library (KOLO_WINDOW (widget));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoloWindow *self = KOLO_WINDOW (widget);

  kolo_window_show_library (self);
  kolo_events_page_start_search (self->events_page);
}

static void
open_copy_cb (AdwToast *toast,
              gpointer  user_data)
{
  KoloWindow *self = KOLO_WINDOW (gtk_widget_get_root (GTK_WIDGET (user_data)));
  KoloEvent *copy = g_object_get_data (G_OBJECT (toast), "event");

  if (copy != NULL && kolo_event_get_store (copy) != NULL)
    kolo_window_open_event (self, copy);
}

static void
duplicate_event_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  KoloWindow *self = KOLO_WINDOW (widget);
  g_autoptr(KoloEvent) event = event_from_parameter (self, parameter);
  g_autoptr(KoloEvent) copy = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (event == NULL)
    return;

  copy = kolo_store_duplicate_event (self->store, event, &error);
  if (copy == NULL)
    {
      kolo_window_report_error (self, _("Could Not Duplicate the Event"), error);
      return;
    }

  /* On the event's own page the copy is what the organizer edits next. */
  if (kolo_window_get_event (self) == event)
    {
      kolo_window_open_event (self, copy);
      toast = kolo_toast_new (_("This is a copy of “%s”"), kolo_event_get_title (event));
    }
  else
    {
      toast = kolo_toast_new (_("Duplicated as “%s”"), kolo_event_get_title (copy));
      adw_toast_set_button_label (toast, _("_Open"));
      g_object_set_data_full (G_OBJECT (toast), "event", g_object_ref (copy), g_object_unref);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_copy_cb),
                               self->toast_overlay, 0);
    }
  kolo_window_add_toast (self, toast);
}

static void
undo_archive_cb (AdwToast *toast,
                 gpointer  user_data)
{
  KoloEvent *event = g_object_get_data (G_OBJECT (toast), "event");

  kolo_event_set_archived (event, !kolo_event_get_archived (event));
}

static void
set_archived (KoloWindow *self,
              GVariant   *parameter,
              gboolean    archived)
{
  g_autoptr(KoloEvent) event = event_from_parameter (self, parameter);
  AdwToast *toast;

  if (event == NULL || kolo_event_get_archived (event) == archived)
    return;

  kolo_event_set_archived (event, archived);
  if (archived)
    toast = kolo_toast_new (_("“%s” moved to the archive"), kolo_event_get_title (event));
  else
    toast = kolo_toast_new (_("“%s” restored from the archive"),
                                  kolo_event_get_title (event));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "event", g_object_ref (event), g_object_unref);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (undo_archive_cb), NULL);
  kolo_window_add_toast (self, toast);
}

static void
archive_event_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  set_archived (KOLO_WINDOW (widget), parameter, TRUE);
}

static void
unarchive_event_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  set_archived (KOLO_WINDOW (widget), parameter, FALSE);
}

typedef struct
{
  KoloStore *store;
  KoloEvent *event;
  gboolean   undone;
} Deletion;

static void
deletion_free (Deletion *deletion)
{
  g_object_unref (deletion->store);
  g_object_unref (deletion->event);
  g_free (deletion);
}

static void
undo_delete_cb (AdwToast *toast,
                gpointer  user_data)
{
  KoloWindow *self = KOLO_WINDOW (user_data);
  Deletion *deletion = g_object_get_data (G_OBJECT (toast), "deletion");
  g_autoptr(GError) error = NULL;

  if (kolo_store_undelete_event (deletion->store, deletion->event, &error))
    deletion->undone = TRUE;
  else
    kolo_window_report_error (self, _("Could Not Undo the Deletion"), error);
}

static void
delete_dismissed_cb (AdwToast *toast,
                     gpointer  user_data)
{
  Deletion *deletion = g_object_get_data (G_OBJECT (toast), "deletion");

  /* The undo time is over: the rows go for good. */
  if (!deletion->undone)
    kolo_store_purge_deleted_event (deletion->store, deletion->event, NULL);
}

static void
delete_event_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KoloWindow *self = KOLO_WINDOW (widget);
  g_autoptr(KoloEvent) event = event_from_parameter (self, parameter);
  g_autoptr(GError) error = NULL;
  Deletion *deletion;
  AdwToast *toast;

  if (event == NULL)
    return;

  if (kolo_window_get_event (self) == event)
    kolo_window_show_library (self);

  if (!kolo_store_delete_event (self->store, event, &error))
    {
      kolo_window_report_error (self, _("Could Not Delete the Event"), error);
      return;
    }

  deletion = g_new0 (Deletion, 1);
  deletion->store = g_object_ref (self->store);
  deletion->event = g_object_ref (event);

  toast = kolo_toast_new (_("“%s” deleted"), kolo_event_get_title (event));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "deletion", deletion, (GDestroyNotify) deletion_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete_cb), self, 0);
  g_signal_connect (toast, "dismissed", G_CALLBACK (delete_dismissed_cb), NULL);
  kolo_window_add_toast (self, toast);
}

static void
save_template_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KoloWindow *self = KOLO_WINDOW (widget);
  g_autoptr(KoloEvent) event = event_from_parameter (self, parameter);
  g_autoptr(KoloDoc) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (event == NULL)
    return;

  doc = kolo_doc_new_from_event (event, KOLO_DOC_TEMPLATE);
  name = kolo_store_save_template (self->store, doc, &error);
  if (name == NULL)
    {
      kolo_window_report_error (self, _("Could Not Save the Template"), error);
      return;
    }

  kolo_window_add_toast (self,
                               kolo_toast_new (_("Saved as a template: new events can "
                                                       "start from “%s”"),
                                                     kolo_event_get_title (event)));
}

/* Files ------------------------------------------------------------------- */

static GtkFileFilter *
kolo_file_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Kolo files"));
  gtk_file_filter_add_mime_type (filter, "application/x-kolo+json");
  gtk_file_filter_add_pattern (filter, "*.kolo.json");
  gtk_file_filter_add_pattern (filter, "*.json");
  return filter;
}

/* Saving a file the app made ---------------------------------------------- */

typedef struct
{
  KoloWindow *window;
  AdwToast   *done;
} SaveData;

static void
file_saved_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  SaveData *data = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_file_get_uri (G_FILE (object));

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    {
      kolo_window_report_error (data->window, _("Could Not Save"), error);
      g_object_unref (data->done);
    }
  else
    {
      adw_toast_set_button_label (data->done, _("_Open"));
      adw_toast_set_action_name (data->done, "win.show-uri");
      adw_toast_set_action_target_value (data->done, g_variant_new_string (uri));
      kolo_window_add_toast (data->window, data->done);
    }
  g_object_unref (data->window);
  g_free (data);
}

/**
 * kolo_window_save_file:
 * @file: replaced whole or not at all (written beside it, then renamed)
 *
 * Writes @bytes in the background and says where they went, with a button
 * that opens the file, or what went wrong.
 */
void
kolo_window_save_file (KoloWindow *self,
                       GBytes     *bytes,
                       GFile      *file)
{
  SaveData *data = g_new0 (SaveData, 1);
  g_autofree char *name = g_file_get_basename (file);

  g_return_if_fail (KOLO_IS_WINDOW (self));

  data->window = g_object_ref (self);
  data->done = kolo_toast_new (_("Saved as “%s”"), name);
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE,
                                       G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                                       file_saved_cb, data);
}

static void
save_as_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  KoloWindow *self = KOLO_WINDOW (gtk_native_dialog_get_transient_for (chooser));
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    kolo_window_save_file (self, g_object_get_data (G_OBJECT (chooser), "bytes"), file);
  g_object_unref (chooser);
}

/**
 * kolo_window_save_as:
 * @title: the file chooser's title
 * @filter: (transfer none): the kind of file
 * @name: the name suggested
 * @bytes: what to write
 *
 * Asks where to save @bytes, then saves them there.
 */
void
kolo_window_save_as (KoloWindow    *self,
                     const char    *title,
                     GtkFileFilter *filter,
                     const char    *name,
                     GBytes        *bytes)
{
  GtkFileChooserNative *chooser;

  g_return_if_fail (KOLO_IS_WINDOW (self));

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data_full (G_OBJECT (chooser), "bytes", g_bytes_ref (bytes),
                          (GDestroyNotify) g_bytes_unref);
  g_signal_connect (chooser, "response", G_CALLBACK (save_as_response_cb), NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export (KoloWindow *self,
        GVariant   *parameter,
        KoloDocKind kind)
{
  g_autoptr(KoloEvent) event = event_from_parameter (self, parameter);
  g_autoptr(GtkFileFilter) filter = kolo_file_filter ();
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *slug = NULL;
  g_autofree char *name = NULL;
  char *text;

  if (event == NULL)
    return;

  text = kolo_event_export (event, kind);
  bytes = g_bytes_new_take (text, strlen (text));
  slug = kolo_text_slugify (kolo_event_get_title (event));
  name = g_strdup_printf (kind == KOLO_DOC_TEMPLATE ? "%s-template.kolo.json" : "%s.kolo.json",
                          slug);
  kolo_window_save_as (self, kind == KOLO_DOC_TEMPLATE ? _("Export Agenda as Template")
                                                       : _("Export Event"),
                       filter, name, bytes);
}

static void
export_event_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  export (KOLO_WINDOW (widget), parameter, KOLO_DOC_EVENT);
}

static void
export_template_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  export (KOLO_WINDOW (widget), parameter, KOLO_DOC_TEMPLATE);
}

/* The handout ------------------------------------------------------------ */

/**
 * kolo_window_make_handout:
 *
 * Returns: (transfer full) (nullable): @event's agenda as a print-ready PDF,
 *   or %NULL when it could not be made (the user is told)
 */
GBytes *
kolo_window_make_handout (KoloWindow *self,
                          KoloEvent  *event)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (KOLO_IS_WINDOW (self), NULL);
  g_return_val_if_fail (KOLO_IS_EVENT (event), NULL);

  /* Made here, in memory: an agenda takes milliseconds. */
  if (!kolo_handout_write (event, out, NULL, &error) ||
      !g_output_stream_close (out, NULL, &error))
    {
      kolo_window_report_error (self, _("Could Not Make the Handout"), error);
      return NULL;
    }
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

static void
print_handout_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KoloWindow *self = KOLO_WINDOW (widget);
  g_autoptr(KoloEvent) event = event_from_parameter (self, parameter);
  g_autoptr(GtkFileFilter) filter = kolo_pdf_file_filter ();
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *slug = NULL;
  g_autofree char *name = NULL;

  if (event == NULL || (bytes = kolo_window_make_handout (self, event)) == NULL)
    return;

  slug = kolo_text_slugify (kolo_event_get_title (event));
  /* Translators: the suggested file name of an event's agenda handout;
   * %s is the event's title, made fit for a file name */
  name = g_strdup_printf (_("%s-agenda.pdf"), slug);
  kolo_window_save_as (self, _("Save Agenda Handout"), filter, name, bytes);
}

static void
show_uri_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

static void
import_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(KoloWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) imported = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (object));
  g_autofree char *heading = NULL;
  gsize length;

  /* Translators: %s is a file name */
  heading = g_strdup_printf (_("Could Not Import “%s”"), name);

  if (!g_file_load_contents_finish (G_FILE (object), result, &contents, &length, NULL, &error))
    {
      kolo_window_report_error (self, heading, error);
      return;
    }

  imported = kolo_store_import (self->store, contents, length, &error);
  if (imported == NULL)
    {
      kolo_window_report_error (self, heading, error);
      return;
    }

  if (KOLO_IS_EVENT (imported))
    {
      kolo_window_open_event (self, KOLO_EVENT (imported));
      kolo_window_add_toast (self,
                                   kolo_toast_new (_("Imported “%s”"),
                                                         kolo_event_get_title (KOLO_EVENT (imported))));
    }
  else if (KOLO_IS_DECK (imported))
    kolo_window_add_toast (self,
                           kolo_toast_new (_("Deck “%s” added to the library"),
                                           kolo_deck_get_title (KOLO_DECK (imported))));
  else
    kolo_window_add_toast (self,
                                 kolo_toast_new (_("Template “%s” added: new events can "
                                                         "start from it"),
                                                       kolo_template_get_title (KOLO_TEMPLATE (imported))));
}

/**
 * kolo_window_import_file:
 *
 * Imports a Kolo file of any format; problems are shown as the core words
 * them, and a bad file changes nothing.
 */
void
kolo_window_import_file (KoloWindow *self,
                         GFile      *file)
{
  g_return_if_fail (KOLO_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_file_load_contents_async (file, NULL, import_loaded_cb, g_object_ref (self));
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    gpointer         user_data)
{
  KoloWindow *self = KOLO_WINDOW (user_data);
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    kolo_window_import_file (self, file);

  g_object_unref (chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoloWindow *self = KOLO_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = kolo_file_filter ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Import an Event or a Template"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (import_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
kolo_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-event", "s", new_event_action);
  gtk_widget_class_install_action (widget_class, "win.open-event", "x", open_event_action);
  gtk_widget_class_install_action (widget_class, "win.show-library", NULL, show_library_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.fullscreen", NULL, fullscreen_action);
  gtk_widget_class_install_action (widget_class, "win.escape", NULL, escape_action);
  gtk_widget_class_install_action (widget_class, "win.duplicate-event", "x",
                                   duplicate_event_action);
  gtk_widget_class_install_action (widget_class, "win.archive-event", "x", archive_event_action);
  gtk_widget_class_install_action (widget_class, "win.unarchive-event", "x",
                                   unarchive_event_action);
  gtk_widget_class_install_action (widget_class, "win.delete-event", "x", delete_event_action);
  gtk_widget_class_install_action (widget_class, "win.save-template", "x", save_template_action);
  gtk_widget_class_install_action (widget_class, "win.export-event", "x", export_event_action);
  gtk_widget_class_install_action (widget_class, "win.export-template", "x",
                                   export_template_action);
  gtk_widget_class_install_action (widget_class, "win.print-handout", "x", print_handout_action);
  gtk_widget_class_install_action (widget_class, "win.show-uri", "s", show_uri_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.decks", NULL, decks_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-archived", "show-archived");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-event", "s", "");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  /* Not Ctrl+Shift+D: GTK's inspector has it. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.decks", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, GDK_CONTROL_MASK,
                                       "win.show-archived", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "win.show-library", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.escape", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.fullscreen", NULL);
}
