/* kolo-certificates-window.c — the event's certificates: settings and the
 * PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-certificates-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-certificates-window.h"
#include "kolo-ui-util.h"
#include "kolo-window.h"

/* The settings are the event's (stored as they are changed, undone with
 * the event's history); the PDF is drawn in the background with its
 * progress, and can be cancelled. */
struct _KoloCertificatesWindow
{
  AdwWindow         parent_instance;

  KoloEvent        *event;
  KoloCertificates *certificates;
  GCancellable     *cancellable;
  GOutputStream    *out;
  GFile            *file;

  AdwActionRow     *who_row;
  GtkSpinButton    *min_days_spin;
  AdwComboRow      *hour_kind_row;
  GtkSpinButton    *hours_spin;
  AdwActionRow     *hours_row;
  AdwEntryRow      *series_row;
  AdwActionRow     *logo_row;
  GtkPicture       *logo_picture;
  AdwEntryRow      *signer_names[KOLO_CERTIFICATE_SIGNATURES];
  AdwEntryRow      *signer_positions[KOLO_CERTIFICATE_SIGNATURES];
  GtkWidget        *save_button;
  GtkProgressBar   *progress;
  GtkWidget        *cancel_button;
  char             *summary;
};

G_DEFINE_FINAL_TYPE (KoloCertificatesWindow, kolo_certificates_window, ADW_TYPE_WINDOW)

static void
update (KoloCertificatesWindow *self)
{
  g_autoptr(GPtrArray) eligible = kolo_certificates_get_eligible (self->certificates);
  guint n_all = g_list_model_get_n_items (kolo_event_get_participants (self->event));
  guint hours = kolo_certificates_get_hours (self->certificates);
  g_autofree char *who = NULL;
  g_autofree char *hours_text = NULL;
  GBytes *logo = kolo_certificates_get_logo (self->certificates);

  /* Translators: "20 of 24 participants attended enough for a certificate" */
  who = g_strdup_printf (ngettext ("%u of %u participant attended enough for a certificate",
                                   "%u of %u participants attended enough for a certificate",
                                   n_all),
                         eligible->len, n_all);
  adw_action_row_set_subtitle (self->who_row, who);
  g_free (self->summary);
  self->summary = g_steal_pointer (&who);

  hours_text = g_strdup_printf (ngettext ("The certificate says %u hour", "The certificate says %u hours",
                                          hours), hours);
  adw_action_row_set_subtitle (self->hours_row, hours_text);

  if (logo != NULL)
    {
      g_autoptr(GdkTexture) texture = gdk_texture_new_from_bytes (logo, NULL);
      gtk_picture_set_paintable (self->logo_picture, GDK_PAINTABLE (texture));
    }
  else
    gtk_picture_set_paintable (self->logo_picture, NULL);

  gtk_widget_set_sensitive (self->save_button, eligible->len > 0 && self->cancellable == NULL);
}

/* The logo ------------------------------------------------------------------- */

static void
logo_loaded_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(KoloCertificatesWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_file_load_bytes_finish (G_FILE (object), result, NULL, &error);
  g_autoptr(GdkTexture) texture = NULL;
  guint line = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (object), "line"));

  /* Checked as an image before it is kept. */
  if (bytes != NULL)
    texture = gdk_texture_new_from_bytes (bytes, &error);
  if (texture == NULL)
    {
      kolo_widget_report_error (GTK_WIDGET (self), _("Could Not Use the Image"), error);
      return;
    }
  if (line == 0)
    kolo_certificates_set_logo (self->certificates, bytes);
  else
    kolo_certificates_set_signature (self->certificates, line - 1, bytes);
}

static void
image_response_cb (GtkNativeDialog *chooser,
                   int              response,
                   gpointer         user_data)
{
  KoloCertificatesWindow *self = KOLO_CERTIFICATES_WINDOW (gtk_native_dialog_get_transient_for (chooser));
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      g_object_set_data (G_OBJECT (file), "line", g_object_get_data (G_OBJECT (chooser), "line"));
      g_file_load_bytes_async (file, NULL, logo_loaded_cb, g_object_ref (self));
    }
  g_object_unref (chooser);
}

/* line 0: the logo; 1–3: a signature */
static void
choose_image_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;
  guint line = g_variant_get_uint32 (parameter);

  gtk_file_filter_set_name (filter, _("PNG Images"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  chooser = gtk_file_chooser_native_new (line == 0 ? _("Choose the Logo")
                                                   : _("Choose the Signature"),
                                         GTK_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_set_data (G_OBJECT (chooser), "line", GUINT_TO_POINTER (line));
  g_signal_connect (chooser, "response", G_CALLBACK (image_response_cb), NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
clear_image_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KoloCertificatesWindow *self = KOLO_CERTIFICATES_WINDOW (widget);
  guint line = g_variant_get_uint32 (parameter);

  if (line == 0)
    kolo_certificates_set_logo (self->certificates, NULL);
  else
    kolo_certificates_set_signature (self->certificates, line - 1, NULL);
}

/* The PDF ----------------------------------------------------------------------- */

static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  KoloCertificatesWindow *self = user_data;

  gtk_progress_bar_set_fraction (self->progress, total > 0 ? (double) done / total : 0);
}

static void
finish_writing (KoloCertificatesWindow *self)
{
  g_clear_object (&self->cancellable);
  g_clear_object (&self->out);
  g_clear_object (&self->file);
  gtk_widget_set_visible (GTK_WIDGET (self->progress), FALSE);
  gtk_widget_set_visible (self->cancel_button, FALSE);
  update (self);
}

static void
written_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(KoloCertificatesWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  KoloWindow *window = kolo_window_for_widget (GTK_WIDGET (self));

  if (!kolo_certificates_write_pdf_finish (KOLO_CERTIFICATES (object), result, &error) ||
      !g_output_stream_close (self->out, NULL, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        kolo_widget_report_error (GTK_WIDGET (self), _("Could Not Make the Certificates"), error);
      finish_writing (self);
      return;
    }

  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (self->out));
  if (window != NULL)
    kolo_window_save_file (window, bytes, self->file);
  finish_writing (self);
}

/**
 * kolo_certificates_window_save:
 * @file: where the PDF goes (replaced whole or not at all)
 *
 * Issues the numbers that are missing and writes the certificates of
 * everyone eligible, in the background.
 */
void
kolo_certificates_window_save (KoloCertificatesWindow *self,
                               GFile                  *file)
{
  g_autoptr(GPtrArray) eligible = NULL;

  g_return_if_fail (KOLO_IS_CERTIFICATES_WINDOW (self));

  if (self->cancellable != NULL)
    return;

  eligible = kolo_certificates_get_eligible (self->certificates);
  self->cancellable = g_cancellable_new ();
  self->out = g_memory_output_stream_new_resizable ();
  self->file = g_object_ref (file);
  gtk_progress_bar_set_fraction (self->progress, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->progress), TRUE);
  gtk_widget_set_visible (self->cancel_button, TRUE);
  gtk_widget_set_sensitive (self->save_button, FALSE);
  kolo_certificates_write_pdf_async (self->certificates, eligible, self->out, progress_cb, self,
                                     self->cancellable, written_cb, g_object_ref (self));
}

static void
save_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  gpointer         user_data)
{
  KoloCertificatesWindow *self = KOLO_CERTIFICATES_WINDOW (gtk_native_dialog_get_transient_for (chooser));
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    kolo_certificates_window_save (self, file);
  g_object_unref (chooser);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KoloCertificatesWindow *self = KOLO_CERTIFICATES_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = kolo_pdf_file_filter ();
  g_autofree char *slug = kolo_text_slugify (kolo_event_get_title (self->event));
  /* Translators: the suggested file name of the certificates; %s is the
   * event's title made fit for a file name */
  g_autofree char *name = g_strdup_printf (_("%s-certificates.pdf"), slug);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save the Certificates"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (save_response_cb), NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoloCertificatesWindow *self = KOLO_CERTIFICATES_WINDOW (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

/* Building ----------------------------------------------------------------------- */

static AdwEntryRow *
entry_row (AdwPreferencesGroup *group,
           const char          *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_group_add (group, row);
  return ADW_ENTRY_ROW (row);
}

static GtkWidget *
image_buttons (guint line)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *choose = gtk_button_new_with_mnemonic (_("_Choose…"));
  GtkWidget *clear = gtk_button_new_from_icon_name ("edit-clear-symbolic");

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (choose), "certificates.choose-image");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (choose), "u", line);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (clear), "certificates.clear-image");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (clear), "u", line);
  gtk_widget_set_tooltip_text (clear, _("Remove"));
  gtk_widget_add_css_class (clear, "flat");
  gtk_box_append (GTK_BOX (box), choose);
  gtk_box_append (GTK_BOX (box), clear);
  return box;
}

static GtkSpinButton *
spin_row (AdwPreferencesGroup *group,
          AdwActionRow       **row_out,
          const char          *title,
          const char          *subtitle,
          double               upper)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, upper, 1);

  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (group, row);
  if (row_out != NULL)
    *row_out = ADW_ACTION_ROW (row);
  return GTK_SPIN_BUTTON (spin);
}

static void
build (KoloCertificatesWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *page = adw_preferences_page_new ();
  AdwPreferencesGroup *who = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *numbers = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *look = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *bottom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  const char * const kinds[] = { _("Academic Hours of 45 Minutes"), _("Hours of 60 Minutes"), NULL };
  g_autoptr(GtkStringList) kind_list = gtk_string_list_new (kinds);

  gtk_window_set_title (GTK_WINDOW (self), _("Certificates"));
  gtk_window_set_default_size (GTK_WINDOW (self), 620, 760);

  self->save_button = gtk_button_new_with_mnemonic (_("_Save PDF…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->save_button), "certificates.save");
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save_button);

  adw_preferences_group_set_title (who, _("Who and How Long"));
  self->who_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->who_row), _("Participants"));
  adw_preferences_group_add (who, GTK_WIDGET (self->who_row));
  self->min_days_spin = spin_row (who, NULL, _("Days Attended at Least"),
                                  _("0: every day of the event"), 30);
  self->hour_kind_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->hour_kind_row), _("Hours Counted As"));
  adw_combo_row_set_model (self->hour_kind_row, G_LIST_MODEL (kind_list));
  adw_preferences_group_add (who, GTK_WIDGET (self->hour_kind_row));
  self->hours_spin = spin_row (who, &self->hours_row, _("Hours Stated"), NULL, 1000);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->hours_spin),
                               _("0: computed from the agenda, without breaks and lunch"));

  adw_preferences_group_set_title (numbers, _("Numbers"));
  adw_preferences_group_set_description (numbers,
                                         _("Each certificate gets the next number of the series; a number once given never changes and is never given again."));
  self->series_row = entry_row (numbers, _("Series, Such as ХОУНБ-2013-"));

  adw_preferences_group_set_title (look, _("Logo and Signatures"));
  self->logo_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->logo_row), _("Logo"));
  self->logo_picture = GTK_PICTURE (gtk_picture_new ());
  gtk_widget_set_size_request (GTK_WIDGET (self->logo_picture), 48, 48);
  adw_action_row_add_prefix (self->logo_row, GTK_WIDGET (self->logo_picture));
  adw_action_row_add_suffix (self->logo_row, image_buttons (0));
  adw_preferences_group_add (look, GTK_WIDGET (self->logo_row));
  for (guint i = 0; i < KOLO_CERTIFICATE_SIGNATURES; i++)
    {
      g_autofree char *name = g_strdup_printf (_("Signature %u: Name"), i + 1);
      g_autofree char *position = g_strdup_printf (_("Signature %u: Position"), i + 1);
      g_autofree char *image = g_strdup_printf (_("Signature %u: Image"), i + 1);
      GtkWidget *image_row = adw_action_row_new ();

      self->signer_names[i] = entry_row (look, name);
      self->signer_positions[i] = entry_row (look, position);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (image_row), image);
      adw_action_row_add_suffix (ADW_ACTION_ROW (image_row), image_buttons (i + 1));
      adw_preferences_group_add (look, image_row);
    }

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), who);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), numbers);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), look);
  gtk_widget_set_vexpand (page, TRUE);

  self->progress = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->progress), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->progress), GTK_ALIGN_CENTER);
  gtk_widget_set_visible (GTK_WIDGET (self->progress), FALSE);
  self->cancel_button = gtk_button_new_with_mnemonic (_("_Stop"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->cancel_button), "certificates.cancel");
  gtk_widget_set_visible (self->cancel_button, FALSE);
  gtk_box_append (GTK_BOX (bottom), GTK_WIDGET (self->progress));
  gtk_box_append (GTK_BOX (bottom), self->cancel_button);
  gtk_widget_set_margin_start (bottom, 18);
  gtk_widget_set_margin_end (bottom, 18);
  gtk_widget_set_margin_bottom (bottom, 12);

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), page);
  gtk_box_append (GTK_BOX (box), bottom);
  adw_window_set_content (ADW_WINDOW (self), box);
}

static void
kolo_certificates_window_dispose (GObject *object)
{
  KoloCertificatesWindow *self = (KoloCertificatesWindow *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->out);
  g_clear_object (&self->file);
  g_clear_object (&self->certificates);
  g_clear_object (&self->event);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (kolo_certificates_window_parent_class)->dispose (object);
}

static void
kolo_certificates_window_class_init (KoloCertificatesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_certificates_window_dispose;

  gtk_widget_class_install_action (widget_class, "certificates.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "certificates.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "certificates.choose-image", "u",
                                   choose_image_action);
  gtk_widget_class_install_action (widget_class, "certificates.clear-image", "u",
                                   clear_image_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kolo_certificates_window_init (KoloCertificatesWindow *self)
{
  build (self);
}

/**
 * kolo_certificates_window_new:
 *
 * Returns: (transfer none): the window, not yet shown
 */
GtkWindow *
kolo_certificates_window_new (GtkWindow *parent,
                              KoloEvent *event)
{
  KoloCertificatesWindow *self;
  GBindingFlags flags = G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL;

  self = g_object_new (KOLO_TYPE_CERTIFICATES_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->event = g_object_ref (event);
  self->certificates = g_object_ref (kolo_event_get_certificates (event));

  g_object_bind_property (self->certificates, "min-days", self->min_days_spin, "value", flags);
  g_object_bind_property (self->certificates, "hours-override", self->hours_spin, "value", flags);
  g_object_bind_property_full (self->certificates, "hour-kind", self->hour_kind_row, "selected",
                               flags, kolo_enum_to_selected, kolo_selected_to_enum,
                               GUINT_TO_POINTER (2), NULL);
  g_object_bind_property (self->certificates, "series", self->series_row, "text", flags);
  for (guint i = 0; i < KOLO_CERTIFICATE_SIGNATURES; i++)
    {
      g_autofree char *name = g_strdup_printf ("signer%u-name", i + 1);
      g_autofree char *position = g_strdup_printf ("signer%u-position", i + 1);

      g_object_bind_property (self->certificates, name, self->signer_names[i], "text", flags);
      g_object_bind_property (self->certificates, position, self->signer_positions[i], "text",
                              flags);
    }

  g_signal_connect_object (self->certificates, "notify", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (kolo_event_get_participants (event), "items-changed",
                           G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
  return GTK_WINDOW (self);
}

/**
 * kolo_certificates_window_get_summary:
 *
 * Returns: "20 of 24 participants attended enough for a certificate"
 */
const char *
kolo_certificates_window_get_summary (KoloCertificatesWindow *self)
{
  g_return_val_if_fail (KOLO_IS_CERTIFICATES_WINDOW (self), NULL);
  return self->summary;
}
