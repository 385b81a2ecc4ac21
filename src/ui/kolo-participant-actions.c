/* kolo-participant-actions.c — what the organizer does with participants:
 * add, edit, delete with undo, import, export, bring back from an earlier
 * event, sign-in sheets, attendance for everyone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-participant-actions"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kolo-agenda-actions.h"
#include "kolo-certificates-window.h"
#include "kolo-copy-participants-window.h"
#include "kolo-groups-window.h"
#include "kolo-import-window.h"
#include "kolo-participant-actions.h"
#include "kolo-participant-editor.h"
#include "kolo-ui-util.h"
#include "kolo-window.h"

static GtkWidget *
window_widget (GtkWidget *widget)
{
  KoloWindow *window = kolo_window_for_widget (widget);

  return window != NULL ? GTK_WIDGET (window) : widget;
}

static GtkWindow *
parent_window (GtkWidget *widget)
{
  return GTK_WINDOW (kolo_window_for_widget (widget));
}

void
kolo_participant_edit (GtkWidget       *widget,
                       KoloParticipant *participant)
{
  gtk_window_present (kolo_participant_editor_new (parent_window (widget), participant));
}

/**
 * kolo_participant_add:
 *
 * Adds a participant at the end of the list and opens it, its name ready
 * to be typed over; Ctrl+Z takes it back.
 */
void
kolo_participant_add (GtkWidget *widget,
                      KoloEvent *event)
{
  g_autoptr(KoloParticipant) participant = kolo_participant_new (_("New participant"));
  g_autoptr(GError) error = NULL;
  GListModel *all = kolo_event_get_participants (event);

  if (!kolo_event_insert_participant (event, g_list_model_get_n_items (all), participant, &error))
    {
      kolo_widget_report_error (widget, _("Could Not Add the Participant"), error);
      return;
    }
  kolo_participant_edit (widget, participant);
}

void
kolo_participant_delete (GtkWidget       *widget,
                         KoloParticipant *participant)
{
  g_autoptr(KoloParticipant) keep = g_object_ref (participant);
  KoloEvent *event = kolo_participant_get_event (participant);
  g_autoptr(GError) error = NULL;

  widget = window_widget (widget);
  if (event == NULL)
    return;

  if (!kolo_event_remove_participant (event, participant, &error))
    {
      kolo_widget_report_error (widget, _("Could Not Delete"), error);
      return;
    }
  kolo_agenda_undo_toast (widget, kolo_event_get_history (event),
                          kolo_toast_new (_("“%s” deleted"), kolo_participant_get_name (participant)));
}

/* Import --------------------------------------------------------------------- */

typedef struct
{
  GtkWidget *widget;
  KoloEvent *event;
} ImportData;

static void
import_data_free (ImportData *data)
{
  g_object_unref (data->widget);
  g_object_unref (data->event);
  g_free (data);
}

static void
import_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  ImportData *data = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_file_load_bytes_finish (G_FILE (object), result, NULL, &error);
  g_autoptr(KoloParticipantImport) import = NULL;

  if (bytes != NULL)
    import = kolo_participant_import_new (data->event, bytes, &error);
  if (import == NULL)
    kolo_widget_report_error (data->widget, _("Could Not Read the List"), error);
  else
    gtk_window_present (kolo_import_window_new (parent_window (data->widget), import));
  import_data_free (data);
}

/**
 * kolo_participants_import_file:
 *
 * Reads @file (a size over the limit is refused before it is read) and
 * shows what it would add, for the organizer to check and confirm.
 */
void
kolo_participants_import_file (GtkWidget *widget,
                               KoloEvent *event,
                               GFile     *file)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  ImportData *data;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL,
                            &error);
  if (info == NULL)
    {
      kolo_widget_report_error (widget, _("Could Not Read the List"), error);
      return;
    }
  if (!kolo_csv_check_size ((guint64) g_file_info_get_size (info), &error))
    {
      kolo_widget_report_error (widget, _("Could Not Read the List"), error);
      return;
    }

  data = g_new0 (ImportData, 1);
  data->widget = g_object_ref (window_widget (widget));
  data->event = g_object_ref (event);
  g_file_load_bytes_async (file, NULL, import_loaded_cb, data);
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    gpointer         user_data)
{
  KoloEvent *event = g_object_get_data (G_OBJECT (chooser), "event");
  GtkWidget *widget = GTK_WIDGET (gtk_native_dialog_get_transient_for (chooser));
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    kolo_participants_import_file (widget, event, file);
  g_object_unref (chooser);
}

static GtkFileFilter *
csv_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("CSV Spreadsheets"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "txt");
  return filter;
}

void
kolo_participants_import (GtkWidget *widget,
                          KoloEvent *event)
{
  g_autoptr(GtkFileFilter) filter = csv_filter ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Import a Participant List"), parent_window (widget),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_set_data_full (G_OBJECT (chooser), "event", g_object_ref (event), g_object_unref);
  g_signal_connect (chooser, "response", G_CALLBACK (import_response_cb), NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Export and print ------------------------------------------------------------ */

void
kolo_participants_export (GtkWidget *widget,
                          KoloEvent *event)
{
  g_autoptr(GtkFileFilter) filter = csv_filter ();
  g_autofree char *slug = kolo_text_slugify (kolo_event_get_title (event));
  /* Translators: the suggested file name of the participant list; %s is the
   * event's title made fit for a file name */
  g_autofree char *name = g_strdup_printf (_("%s-participants.csv"), slug);
  char *csv = kolo_participants_to_csv (event);
  g_autoptr(GBytes) bytes = g_bytes_new_take (csv, strlen (csv));

  kolo_window_save_as (kolo_window_for_widget (widget), _("Export the Participant List"), filter,
                       name, bytes);
}

static KoloDay *
day_at (KoloEvent *event,
        guint      day_index)
{
  return g_list_model_get_item (kolo_event_get_days (event), day_index);
}

/**
 * kolo_participants_make_signin:
 *
 * Returns: (transfer full) (nullable): the day's sign-in sheet as a PDF,
 *   or %NULL when it could not be made (the user is told)
 */
GBytes *
kolo_participants_make_signin (GtkWidget *widget,
                               KoloEvent *event,
                               guint      day_index)
{
  g_autoptr(KoloDay) day = day_at (event, day_index);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  if (day == NULL)
    return NULL;
  if (!kolo_signin_write_pdf (event, day, out, NULL, &error) ||
      !g_output_stream_close (out, NULL, &error))
    {
      kolo_widget_report_error (widget, _("Could Not Make the Sign-in Sheet"), error);
      return NULL;
    }
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

void
kolo_participants_print_signin (GtkWidget *widget,
                                KoloEvent *event,
                                guint      day_index)
{
  g_autoptr(GBytes) bytes = kolo_participants_make_signin (widget, event, day_index);
  g_autoptr(GtkFileFilter) filter = kolo_pdf_file_filter ();
  g_autofree char *slug = NULL;
  g_autofree char *name = NULL;

  if (bytes == NULL)
    return;

  slug = kolo_text_slugify (kolo_event_get_title (event));
  /* Translators: the suggested file name of a day's sign-in sheet; %s is the
   * event's title made fit for a file name, %u the day */
  name = g_strdup_printf (_("%s-sign-in-day-%u.pdf"), slug, day_index + 1);
  kolo_window_save_as (kolo_window_for_widget (widget), _("Save the Sign-in Sheet"), filter, name,
                       bytes);
}

/**
 * kolo_participants_mark_all:
 *
 * Marks everyone present on a day (those who did not come are unticked
 * after); the toast undoes it.
 */
void
kolo_participants_mark_all (GtkWidget *widget,
                            KoloEvent *event,
                            guint      day_index)
{
  g_autoptr(KoloDay) day = day_at (event, day_index);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  widget = window_widget (widget);
  if (day == NULL)
    return;
  if (!kolo_event_set_attendance (event, day, NULL, TRUE, &error))
    {
      kolo_widget_report_error (widget, _("Could Not Mark the Attendance"), error);
      return;
    }
  title = g_strdup_printf (_("Everyone marked present on day %u"), day_index + 1);
  kolo_agenda_undo_toast (widget, kolo_event_get_history (event), adw_toast_new (title));
}

void
kolo_participants_copy_from (GtkWidget *widget,
                             KoloEvent *event)
{
  gtk_window_present (kolo_copy_participants_window_new (parent_window (widget), event));
}

void
kolo_participants_certificates (GtkWidget *widget,
                                KoloEvent *event)
{
  gtk_window_present (kolo_certificates_window_new (parent_window (widget), event));
}

void
kolo_participants_groups (GtkWidget *widget,
                          KoloEvent *event)
{
  gtk_window_present (kolo_groups_window_new (parent_window (widget), event));
}
