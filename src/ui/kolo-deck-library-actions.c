/* kolo-deck-library-actions.c — what the deck library does: import,
 * export and print a deck, delete decks and cards with undo, the
 * library's actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-deck-library-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kolo-card-editor.h"
#include "kolo-deck-library-private.h"
#include "kolo-ui-util.h"
#include "kolo-window.h"

/* Telling ------------------------------------------------------------------ */

static void
add_toast (KoloDeckLibraryWindow *self,
           AdwToast              *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Files ------------------------------------------------------------------------ */

static GtkFileFilter *
deck_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Kolo decks"));
  gtk_file_filter_add_mime_type (filter, "application/x-kolo+json");
  gtk_file_filter_add_pattern (filter, "*.json");
  return filter;
}

static void
open_saved_cb (AdwToast *toast,
               gpointer  user_data)
{
  GtkWindow *window = GTK_WINDOW (user_data);

  gtk_show_uri (window, g_object_get_data (G_OBJECT (toast), "uri"), GDK_CURRENT_TIME);
}

static void
file_saved_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(KoloDeckLibraryWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (object));
  AdwToast *toast;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    {
      kolo_report_error (GTK_WINDOW (self), _("Could Not Save"), error);
      return;
    }
  toast = kolo_toast_new (_("Saved as “%s”"), name);
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "uri", g_file_get_uri (G_FILE (object)), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_saved_cb), self, 0);
  add_toast (self, toast);
}

/* Replaced whole or not at all: written beside it, then renamed. */
static void
save_bytes (KoloDeckLibraryWindow *self,
            GBytes                *bytes,
            GFile                 *file)
{
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE,
                                       G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                                       file_saved_cb, g_object_ref (self));
}

static void
save_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  gpointer         user_data)
{
  KoloDeckLibraryWindow *self = KOLO_DECK_LIBRARY_WINDOW (user_data);
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    save_bytes (self, g_object_get_data (G_OBJECT (chooser), "bytes"), file);
  g_object_unref (chooser);
}

static void
save_as (KoloDeckLibraryWindow *self,
         const char            *title,
         GtkFileFilter         *filter,
         const char            *name,
         GBytes                *bytes)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data_full (G_OBJECT (chooser), "bytes", g_bytes_ref (bytes),
                          (GDestroyNotify) g_bytes_unref);
  g_signal_connect_object (chooser, "response", G_CALLBACK (save_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static GBytes *
deck_json (KoloDeck *deck)
{
  char *json = kolo_deck_to_json (deck);

  return g_bytes_new_take (json, strlen (json));
}

static void
import_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(KoloDeckLibraryWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KoloDeck) deck = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (object));
  g_autofree char *heading = NULL;

  /* Translators: %s is a file name */
  heading = g_strdup_printf (_("Could Not Import “%s”"), name);

  bytes = g_file_load_bytes_finish (G_FILE (object), result, NULL, &error);
  if (bytes != NULL)
    deck = kolo_store_import_deck (self->store, g_bytes_get_data (bytes, NULL),
                                   g_bytes_get_size (bytes), &error);
  if (deck == NULL)
    {
      kolo_report_error (GTK_WINDOW (self), heading, error);
      return;
    }

  kolo_deck_library_window_select (self, deck);
  add_toast (self, kolo_toast_new (_("Deck “%s” added to the library"),
                                   kolo_deck_get_title (deck)));
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    gpointer         user_data)
{
  KoloDeckLibraryWindow *self = KOLO_DECK_LIBRARY_WINDOW (user_data);
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    kolo_deck_library_window_import_file (self, file);
  g_object_unref (chooser);
}

/* Deleting --------------------------------------------------------------------- */

typedef struct
{
  KoloStore *store;
  KoloDeck  *deck;
  gboolean   undone;
} Deletion;

static void
deletion_free (Deletion *deletion)
{
  g_object_unref (deletion->store);
  g_object_unref (deletion->deck);
  g_free (deletion);
}

static void
undo_delete_deck_cb (AdwToast *toast,
                     gpointer  user_data)
{
  KoloDeckLibraryWindow *self = KOLO_DECK_LIBRARY_WINDOW (user_data);
  Deletion *deletion = g_object_get_data (G_OBJECT (toast), "deletion");
  g_autoptr(GError) error = NULL;

  if (!kolo_store_restore_deck (deletion->store, deletion->deck, &error))
    {
      kolo_report_error (GTK_WINDOW (self), _("Could Not Undo the Deletion"), error);
      return;
    }
  deletion->undone = TRUE;
  kolo_deck_library_window_select (self, deletion->deck);
}

static void
delete_dismissed_cb (AdwToast *toast,
                     gpointer  user_data)
{
  Deletion *deletion = g_object_get_data (G_OBJECT (toast), "deletion");

  /* The undo time is over: the rows go for good. */
  if (!deletion->undone)
    kolo_store_purge_removed_deck (deletion->store, deletion->deck, NULL);
}

typedef struct
{
  KoloHistory *history;
  guint64      serial;   /* the history right after the deletion */
} UndoData;

static void
undo_data_free (UndoData *data)
{
  g_object_unref (data->history);
  g_free (data);
}

static void
undo_delete_card_cb (AdwToast *toast,
                     gpointer  user_data)
{
  KoloDeckLibraryWindow *self = KOLO_DECK_LIBRARY_WINDOW (user_data);
  UndoData *data = g_object_get_data (G_OBJECT (toast), "undo");
  g_autoptr(GError) error = NULL;

  /* Only while the deletion is still the latest step: the toast must not
   * take back something else. */
  if (kolo_history_get_serial (data->history) != data->serial)
    return;
  if (!kolo_history_undo (data->history, &error))
    kolo_report_error (GTK_WINDOW (self), _("Could Not Undo"), error);
}

/* Actions ----------------------------------------------------------------------- */

static void
editor_saved_cb (KoloCardEditor        *editor,
                 KoloCard              *card,
                 KoloDeckLibraryWindow *self)
{
  if (kolo_card_get_deck (card) == self->deck)
    kolo_deck_library_window_select_card (self, card);
}

void
_kolo_deck_library_open_editor (KoloDeckLibraryWindow *self,
                                KoloCard              *card,
                                guint                  position)
{
  GtkWindow *editor = kolo_card_editor_new (GTK_WINDOW (self), self->deck, card, position);

  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self, 0);
  gtk_window_present (editor);
}

static void
move_card (KoloDeckLibraryWindow *self,
           int                    delta)
{
  g_autoptr(KoloCard) card = NULL;
  g_autoptr(GError) error = NULL;
  guint position;

  if (_kolo_deck_library_selected_card (self) == NULL)
    return;
  card = g_object_ref (_kolo_deck_library_selected_card (self));
  position = kolo_list_model_index_of (kolo_deck_get_cards (self->deck), card);
  if ((delta < 0 && position == 0) || position == G_MAXUINT)
    return;
  if (!kolo_card_move (card, position + delta, &error))
    {
      kolo_report_error (GTK_WINDOW (self), _("Could Not Move the Card"), error);
      return;
    }
  kolo_deck_library_window_select_card (self, card);
}

static void
library_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KoloDeckLibraryWindow *self = KOLO_DECK_LIBRARY_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (g_str_equal (action_name, "library.new-deck"))
    {
      g_autoptr(KoloDeck) deck = kolo_deck_new (_("New Deck"));

      if (!kolo_store_insert_deck (self->store, deck, &error))
        {
          kolo_report_error (GTK_WINDOW (self), _("Could Not Add the Deck"), error);
          return;
        }
      kolo_deck_library_window_select (self, deck);
      gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
      gtk_editable_select_region (GTK_EDITABLE (self->title_row), 0, -1);
    }
  else if (g_str_equal (action_name, "library.delete-deck") && self->deck != NULL)
    {
      g_autoptr(KoloDeck) deck = g_object_ref (self->deck);
      Deletion *deletion;
      AdwToast *toast;

      if (!kolo_store_remove_deck (self->store, deck, &error))
        {
          kolo_report_error (GTK_WINDOW (self), _("Could Not Delete the Deck"), error);
          return;
        }
      deletion = g_new0 (Deletion, 1);
      deletion->store = g_object_ref (self->store);
      deletion->deck = g_object_ref (deck);
      toast = kolo_toast_new (_("“%s” deleted"), kolo_deck_get_title (deck));
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      g_object_set_data_full (G_OBJECT (toast), "deletion", deletion,
                              (GDestroyNotify) deletion_free);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete_deck_cb), self, 0);
      g_signal_connect (toast, "dismissed", G_CALLBACK (delete_dismissed_cb), NULL);
      add_toast (self, toast);
    }
  else if (g_str_equal (action_name, "library.import"))
    {
      g_autoptr(GtkFileFilter) filter = deck_filter ();
      GtkFileChooserNative *chooser;

      chooser = gtk_file_chooser_native_new (_("Import a Deck"), GTK_WINDOW (self),
                                             GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"),
                                             _("_Cancel"));
      gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
      g_signal_connect_object (chooser, "response", G_CALLBACK (import_response_cb), self, 0);
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
    }
  else if (g_str_equal (action_name, "library.export") && self->deck != NULL)
    {
      g_autoptr(GtkFileFilter) filter = deck_filter ();
      g_autoptr(GBytes) bytes = deck_json (self->deck);
      g_autofree char *slug = kolo_text_slugify (kolo_deck_get_title (self->deck));
      g_autofree char *name = g_strdup_printf ("%s.kolo.json", slug);

      save_as (self, _("Export Deck"), filter, name, bytes);
    }
  else if (g_str_equal (action_name, "library.print") && self->deck != NULL)
    {
      g_autoptr(GtkFileFilter) filter = kolo_pdf_file_filter ();
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *name = NULL;

      bytes = kolo_deck_print_cards (self->deck, NULL, &name, &error);
      if (bytes == NULL)
        {
          kolo_report_error (GTK_WINDOW (self), _("Could Not Make the Cards"), error);
          return;
        }
      save_as (self, _("Save Cards for Printing"), filter, name, bytes);
    }
  else if (g_str_equal (action_name, "library.add-card") && self->deck != NULL)
    {
      KoloCard *card = _kolo_deck_library_selected_card (self);
      GListModel *cards = kolo_deck_get_cards (self->deck);
      guint position = card != NULL ? kolo_list_model_index_of (cards, card) + 1
                                    : g_list_model_get_n_items (cards);

      _kolo_deck_library_open_editor (self, NULL, position);
    }
  else if (g_str_equal (action_name, "library.edit-card") &&
           _kolo_deck_library_selected_card (self) != NULL)
    _kolo_deck_library_open_editor (self, _kolo_deck_library_selected_card (self), 0);
  else if (g_str_equal (action_name, "library.delete-card") &&
           _kolo_deck_library_selected_card (self) != NULL)
    {
      g_autoptr(KoloCard) card = g_object_ref (_kolo_deck_library_selected_card (self));
      KoloHistory *history = kolo_deck_get_history (self->deck);
      UndoData *data;
      AdwToast *toast;

      if (!kolo_deck_remove_card (self->deck, card, &error))
        {
          kolo_report_error (GTK_WINDOW (self), _("Could Not Delete the Card"), error);
          return;
        }
      data = g_new0 (UndoData, 1);
      data->history = g_object_ref (history);
      data->serial = kolo_history_get_serial (history);
      toast = kolo_toast_new (_("“%s” deleted"), kolo_card_get_title (card));
      adw_toast_set_button_label (toast, _("_Undo"));
      g_object_set_data_full (G_OBJECT (toast), "undo", data, (GDestroyNotify) undo_data_free);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete_card_cb), self, 0);
      add_toast (self, toast);
      gtk_widget_grab_focus (GTK_WIDGET (self->card_view));
    }
  else if (g_str_equal (action_name, "library.move-up"))
    move_card (self, -1);
  else if (g_str_equal (action_name, "library.move-down"))
    move_card (self, 1);
  else if ((g_str_equal (action_name, "library.undo") || g_str_equal (action_name, "library.redo"))
           && self->deck != NULL)
    {
      KoloHistory *history = kolo_deck_get_history (self->deck);
      gboolean undo = g_str_equal (action_name, "library.undo");

      if (!(undo ? kolo_history_undo (history, &error) : kolo_history_redo (history, &error)))
        kolo_report_error (GTK_WINDOW (self), undo ? _("Could Not Undo") : _("Could Not Redo"),
                           error);
    }
  else if (g_str_equal (action_name, "library.find"))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  else if (g_str_equal (action_name, "library.show-decks"))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

void
_kolo_deck_library_class_add_actions (GtkWidgetClass *widget_class)
{
  static const char * const actions[] = {
    "library.new-deck", "library.delete-deck", "library.import", "library.export",
    "library.print", "library.add-card", "library.edit-card", "library.delete-card",
    "library.move-up", "library.move-down", "library.undo", "library.redo", "library.find",
    "library.show-decks",
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i], NULL, library_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "library.new-deck", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "library.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "library.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "library.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "library.add-card", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "library.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "library.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "library.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "library.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK,
                                       "library.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "library.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

/* Public -------------------------------------------------------------------------- */

void
kolo_deck_library_window_import_file (KoloDeckLibraryWindow *self,
                                      GFile                 *file)
{
  g_return_if_fail (KOLO_IS_DECK_LIBRARY_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_file_load_bytes_async (file, NULL, import_loaded_cb, g_object_ref (self));
}

void
kolo_deck_library_window_export_file (KoloDeckLibraryWindow *self,
                                      GFile                 *file)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_if_fail (KOLO_IS_DECK_LIBRARY_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->deck != NULL);

  bytes = deck_json (self->deck);
  save_bytes (self, bytes, file);
}

/**
 * kolo_deck_print_cards:
 * @plays: (nullable) (element-type KoloPlay): the drawn cards to print,
 *   with the players' names; %NULL for every card of @deck
 * @name: (out): the file name to suggest
 *
 * Makes the cards to cut out, in memory: a deck takes moments.
 *
 * Returns: (transfer full): the PDF, or %NULL with @error set
 */
GBytes *
kolo_deck_print_cards (KoloDeck   *deck,
                       GPtrArray  *plays,
                       char      **name,
                       GError    **error)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autofree char *slug = NULL;

  g_return_val_if_fail (KOLO_IS_DECK (deck), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!kolo_deck_write_pdf (deck, plays, out, NULL, error) ||
      !g_output_stream_close (out, NULL, error))
    return NULL;

  slug = kolo_text_slugify (kolo_deck_get_title (deck));
  /* Translators: the suggested file name of a deck's printed cards; %s is
   * the deck's title, made fit for a file name */
  *name = g_strdup_printf (_("%s-cards.pdf"), slug);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}
