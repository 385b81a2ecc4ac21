/* test-decks-ui.c — the deck library as a trainer uses it: the shipped
 * decks, a new deck and its cards, undo of every edit, deleting with
 * undo, importing a bad file, exporting byte for byte
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "kolo-card-editor.h"
#include "kolo-deck-library-window.h"
#include "kolo-test-ui.h"
#include "kolo-test-util.h"
#include "kolo-ui-util.h"

#define CONFLICTS "Конфліктні ситуації в бібліотеці"
#define ROLES     "Ролі та спостерігачі"

static KoloDeckLibraryWindow *
open_library (Fixture *f)
{
  KoloDeckLibraryWindow *library;

  g_assert_null (find_toplevel (KOLO_TYPE_DECK_LIBRARY_WINDOW));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.decks", NULL);
  library = KOLO_DECK_LIBRARY_WINDOW (find_toplevel (KOLO_TYPE_DECK_LIBRARY_WINDOW));
  g_assert_nonnull (library);
  wait_until (is_mapped, library);
  iterate ();

  /* Asked again, the same window comes forward. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.decks", NULL);
  g_assert_true (find_toplevel (KOLO_TYPE_DECK_LIBRARY_WINDOW) == GTK_WINDOW (library));
  return library;
}

static void
activate (KoloDeckLibraryWindow *library,
          const char            *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (library), action, NULL));
  iterate ();
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static GtkWidget *
row_titled (gpointer    root,
            const char *title)
{
  GtkWidget *row = find_widget (GTK_WIDGET (root), is_row_titled, title);

  g_assert_nonnull (row);
  return row;
}

static GtkEditable *
entry_row (gpointer    root,
           const char *title)
{
  return GTK_EDITABLE (row_titled (root, title));
}

static KoloDeck *
deck_titled (KoloStore  *store,
             const char *title)
{
  GListModel *decks = kolo_store_get_decks (store);

  for (guint i = 0; i < g_list_model_get_n_items (decks); i++)
    {
      g_autoptr(KoloDeck) deck = g_list_model_get_item (decks, i);

      if (g_strcmp0 (kolo_deck_get_title (deck), title) == 0)
        return deck;   /* the library keeps it */
    }
  return NULL;
}

/* What another process opening the database finds */
static KoloStore *
reopen (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  KoloStore *store = kolo_store_open (f->path, &error);

  g_assert_no_error (error);
  return store;
}

static gboolean
has_editor (gpointer data)
{
  return find_toplevel (KOLO_TYPE_CARD_EDITOR) != NULL;
}

static gboolean
has_no_editor (gpointer data)
{
  return find_toplevel (KOLO_TYPE_CARD_EDITOR) == NULL;
}

static KoloCardEditor *
editor (void)
{
  KoloCardEditor *editor;

  wait_until (has_editor, NULL);
  editor = KOLO_CARD_EDITOR (find_toplevel (KOLO_TYPE_CARD_EDITOR));
  wait_until (is_mapped, editor);
  return editor;
}

static void
set_text_view (GtkWidget  *view,
               const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

/* The tests ---------------------------------------------------------------- */

static void
test_lists_shipped (Fixture       *f,
                    gconstpointer  data)
{
  KoloDeckLibraryWindow *library = open_library (f);
  GtkWidget *root = GTK_WIDGET (library);

  g_assert_nonnull (find_widget (root, is_mapped_label_with_text, CONFLICTS));
  g_assert_nonnull (find_widget (root, is_mapped_label_with_text, ROLES));
  g_assert_nonnull (find_widget (root, is_mapped_label_with_text, "25 cards"));
  g_assert_nonnull (find_widget (root, is_mapped_label_with_text, "20 cards"));

  /* The first deck is shown, its cards listed in their order. */
  g_assert_cmpstr (kolo_deck_get_title (kolo_deck_library_window_get_deck (library)), ==,
                   CONFLICTS);
  g_assert_cmpstr (gtk_editable_get_text (entry_row (library, "Deck Title")), ==, CONFLICTS);
  g_assert_nonnull (find_widget (root, is_mapped_label_with_text, "25 cards · 25 situations"));

  /* A search narrows the cards, and moving is off while it does. */
  {
    GListModel *cards = kolo_deck_get_cards (kolo_deck_library_window_get_deck (library));
    g_autoptr(KoloCard) second = g_list_model_get_item (cards, 1);
    GtkEditable *search = GTK_EDITABLE (find_type (library, GTK_TYPE_SEARCH_ENTRY));

    kolo_deck_library_window_select_card (library, second);
    iterate ();
    g_assert_true (kolo_deck_library_window_get_card (library) == second);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (library), "library.move-up", NULL));
    activate (library, "library.undo");
    g_assert_cmpuint (kolo_list_model_index_of (cards, second), ==, 1);

    gtk_editable_set_text (search, "zzzz-nothing");
    run_for (400);
    g_assert_nonnull (find_widget (root, is_mapped_label_with_text, "No Matching Cards"));
    gtk_editable_set_text (search, kolo_card_get_title (second));
    run_for (400);
    kolo_deck_library_window_select_card (library, second);
    g_assert_true (kolo_deck_library_window_get_card (library) == second);
    gtk_widget_activate_action (GTK_WIDGET (library), "library.move-up", NULL);
    g_assert_cmpuint (kolo_list_model_index_of (cards, second), ==, 1);
  }
}

static void
test_new_deck_and_rename (Fixture       *f,
                          gconstpointer  data)
{
  KoloDeckLibraryWindow *library = open_library (f);
  g_autoptr(KoloStore) other = NULL;
  KoloDeck *deck;
  GtkEditable *title;

  activate (library, "library.new-deck");
  deck = kolo_deck_library_window_get_deck (library);
  g_assert_nonnull (deck);
  g_assert_cmpstr (kolo_deck_get_title (deck), ==, "New Deck");
  g_assert_cmpint (g_list_model_get_n_items (kolo_store_get_decks (f->store)), ==, 3);
  g_assert_nonnull (find_widget (GTK_WIDGET (library), is_mapped_label_with_text, "No Cards Yet"));

  /* Typed into the title: the deck is renamed, and moves to its place in
   * the list while staying the one shown. */
  title = entry_row (library, "Deck Title");
  gtk_editable_set_text (title, "Абетка");
  iterate ();
  g_assert_cmpstr (kolo_deck_get_title (deck), ==, "Абетка");
  g_assert_true (kolo_deck_library_window_get_deck (library) == deck);
  g_assert_true (deck_titled (f->store, "Абетка") == deck);
  {
    g_autoptr(KoloDeck) first = g_list_model_get_item (kolo_store_get_decks (f->store), 0);
    g_assert_true (first == deck);
  }

  /* A cleared title keeps the last one. */
  gtk_editable_set_text (title, "  ");
  iterate ();
  g_assert_cmpstr (kolo_deck_get_title (deck), ==, "Абетка");

  other = reopen (f);
  g_assert_nonnull (deck_titled (other, "Абетка"));
  g_clear_object (&other);

  /* Ctrl+Z takes the rename back, Ctrl+Shift+Z makes it again. */
  activate (library, "library.undo");
  g_assert_cmpstr (kolo_deck_get_title (deck), ==, "New Deck");
  g_assert_cmpstr (gtk_editable_get_text (title), ==, "New Deck");
  g_assert_true (kolo_deck_library_window_get_deck (library) == deck);
  activate (library, "library.redo");
  g_assert_cmpstr (kolo_deck_get_title (deck), ==, "Абетка");

  other = reopen (f);
  g_assert_nonnull (deck_titled (other, "Абетка"));
}

static void
test_add_card (Fixture       *f,
               gconstpointer  data)
{
  KoloDeckLibraryWindow *library = open_library (f);
  g_autoptr(KoloStore) other = NULL;
  g_autoptr(GError) error = NULL;
  KoloCardEditor *edit;
  KoloDeck *deck, *stored;
  KoloCard *card;
  GtkWidget *view;

  activate (library, "library.new-deck");
  deck = kolo_deck_library_window_get_deck (library);

  activate (library, "library.add-card");
  edit = editor ();
  g_assert_null (kolo_card_editor_get_card (edit));
  /* No title, no saving. */
  gtk_widget_activate_action (GTK_WIDGET (edit), "editor.save", NULL);
  iterate ();
  g_assert_true (find_toplevel (KOLO_TYPE_CARD_EDITOR) == GTK_WINDOW (edit));
  g_assert_cmpuint (g_list_model_get_n_items (kolo_deck_get_cards (deck)), ==, 0);

  gtk_editable_set_text (entry_row (edit, "Title"), "<b>& Шумна група");
  gtk_editable_set_text (entry_row (edit, "Category"), "Порядок");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row_titled (edit, "Difficulty")), KOLO_DIFFICULTY_HARD);
  view = find_type (edit, GTK_TYPE_TEXT_VIEW);
  set_text_view (view, "Група студентів голосно обговорює проєкт у читальній залі.");
  kolo_card_editor_add_brief (edit, "Студент", "Вам треба закінчити проєкт до завтра.");
  kolo_card_editor_add_brief (edit, NULL, NULL);   /* left empty: dropped */
  kolo_card_editor_add_brief (edit, "Бібліотекарка", NULL);

  /* A brief with a role needs its text: refused, and said so. */
  g_assert_false (kolo_card_editor_save (edit, &error));
  g_assert_error (error, KOLO_DECK_ERROR, KOLO_DECK_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Brief 3 needs a text");
  run_for (300);
  g_assert_nonnull (find_widget (GTK_WIDGET (edit), is_mapped_label_with_text, error->message));
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_deck_get_cards (deck)), ==, 0);

  /* A fifth brief is not offered. */
  kolo_card_editor_add_brief (edit, "Читач", "Вам заважає шум.");
  gtk_widget_activate_action (GTK_WIDGET (edit), "editor.add-brief", NULL);
  g_assert_null (find_widget (GTK_WIDGET (edit), is_mapped_label_with_text, "Brief 5"));

  /* The third brief had no text: it is given one through its text view. */
  {
    GtkWidget *child = find_widget (GTK_WIDGET (edit), is_mapped_label_with_text, "Brief 3");
    GtkWidget *brief = gtk_widget_get_parent (gtk_widget_get_parent (child));
    set_text_view (find_type (brief, GTK_TYPE_TEXT_VIEW), "Попросіть говорити тихіше.");
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (edit), "editor.save", NULL));
  wait_until (has_no_editor, NULL);
  iterate ();

  g_assert_cmpuint (g_list_model_get_n_items (kolo_deck_get_cards (deck)), ==, 1);
  card = kolo_deck_library_window_get_card (library);
  g_assert_nonnull (card);
  g_assert_true (kolo_card_get_deck (card) == deck);
  g_assert_cmpint (kolo_card_get_id (card), >, 0);
  g_assert_cmpstr (kolo_card_get_title (card), ==, "<b>& Шумна група");
  g_assert_cmpstr (kolo_card_get_category (card), ==, "Порядок");
  g_assert_cmpint (kolo_card_get_difficulty (card), ==, KOLO_DIFFICULTY_HARD);
  g_assert_cmpuint (kolo_card_get_n_briefs (card), ==, 3);
  g_assert_cmpstr (kolo_card_get_brief_role (card, 1), ==, "Бібліотекарка");
  g_assert_cmpstr (kolo_card_get_brief_text (card, 1), ==, "Попросіть говорити тихіше.");
  g_assert_cmpstr (kolo_card_get_brief_role (card, 2), ==, "Читач");

  /* The title shows as typed, never as markup. */
  g_assert_nonnull (find_widget (GTK_WIDGET (library), is_mapped_label_with_text,
                                 "<b>& Шумна група"));
  g_assert_nonnull (find_widget (GTK_WIDGET (library), is_mapped_label_with_text, "3 briefs"));

  other = reopen (f);
  stored = deck_titled (other, "New Deck");
  g_assert_nonnull (stored);
  {
    g_autoptr(KoloCard) copy = g_list_model_get_item (kolo_deck_get_cards (stored), 0);
    g_assert_nonnull (copy);
    g_assert_cmpuint (kolo_card_get_n_briefs (copy), ==, 3);
    g_assert_cmpstr (kolo_card_get_brief_text (copy, 0), ==, "Вам треба закінчити проєкт до завтра.");
  }
  g_clear_object (&other);

  /* Editing it again is one step: undo takes back every field at once. */
  activate (library, "library.edit-card");
  edit = editor ();
  g_assert_true (kolo_card_editor_get_card (edit) == card);
  gtk_editable_set_text (entry_row (edit, "Title"), "Тиша");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row_titled (edit, "Kind")), KOLO_CARD_ROLE);
  g_assert_true (kolo_card_editor_save (edit, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (edit));
  iterate ();
  g_assert_cmpstr (kolo_card_get_title (card), ==, "Тиша");
  g_assert_cmpint (kolo_card_get_kind (card), ==, KOLO_CARD_ROLE);

  activate (library, "library.undo");
  g_assert_cmpstr (kolo_card_get_title (card), ==, "<b>& Шумна група");
  g_assert_cmpint (kolo_card_get_kind (card), ==, KOLO_CARD_SITUATION);

  /* Cancel changes nothing. */
  activate (library, "library.edit-card");
  edit = editor ();
  gtk_editable_set_text (entry_row (edit, "Title"), "Скасовано");
  gtk_widget_activate_action (GTK_WIDGET (edit), "window.close", NULL);
  wait_until (has_no_editor, NULL);
  g_assert_cmpstr (kolo_card_get_title (card), ==, "<b>& Шумна група");

  /* And the adding itself is undone, then redone. */
  activate (library, "library.undo");
  g_assert_cmpuint (g_list_model_get_n_items (kolo_deck_get_cards (deck)), ==, 0);
  activate (library, "library.redo");
  g_assert_cmpuint (g_list_model_get_n_items (kolo_deck_get_cards (deck)), ==, 1);
}

static gboolean
has_undo_button (gpointer library)
{
  return find_widget (GTK_WIDGET (library), is_button_with_label, "_Undo") != NULL;
}

static void
test_delete_card_and_undo (Fixture       *f,
                           gconstpointer  data)
{
  KoloDeckLibraryWindow *library = open_library (f);
  KoloDeck *deck = kolo_deck_library_window_get_deck (library);
  GListModel *cards = kolo_deck_get_cards (deck);
  g_autoptr(KoloCard) card = g_list_model_get_item (cards, 3);
  g_autoptr(KoloCard) next = g_list_model_get_item (cards, 4);
  g_autoptr(KoloStore) other = NULL;
  gint64 id = kolo_card_get_id (card);
  g_autofree char *title = g_strdup (kolo_card_get_title (card));
  GtkWidget *undo;

  kolo_deck_library_window_select_card (library, card);
  activate (library, "library.delete-card");
  g_assert_cmpuint (g_list_model_get_n_items (cards), ==, 24);
  g_assert_null (kolo_card_get_deck (card));
  other = reopen (f);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_deck_get_cards (deck_titled (other, CONFLICTS))),
                    ==, 24);
  g_clear_object (&other);

  /* The toast's Undo brings it back in its place, with its ID. */
  wait_until (has_undo_button, library);
  undo = find_widget (GTK_WIDGET (library), is_button_with_label, "_Undo");
  g_signal_emit_by_name (undo, "clicked");
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (cards), ==, 25);
  g_assert_true (kolo_card_get_deck (card) == deck);
  g_assert_cmpint (kolo_card_get_id (card), ==, id);
  g_assert_cmpstr (kolo_card_get_title (card), ==, title);
  g_assert_cmpuint (kolo_list_model_index_of (cards, card), ==, 3);

  /* Moved down with Alt+↓, and back with Ctrl+Z. */
  kolo_deck_library_window_select_card (library, card);
  activate (library, "library.move-down");
  g_assert_cmpuint (kolo_list_model_index_of (cards, card), ==, 4);
  g_assert_cmpuint (kolo_list_model_index_of (cards, next), ==, 3);
  g_assert_true (kolo_deck_library_window_get_card (library) == card);
  activate (library, "library.undo");
  g_assert_cmpuint (kolo_list_model_index_of (cards, card), ==, 3);

  /* Deleted again, then undone with Ctrl+Z. */
  kolo_deck_library_window_select_card (library, card);
  activate (library, "library.delete-card");
  g_assert_cmpuint (g_list_model_get_n_items (cards), ==, 24);
  activate (library, "library.undo");
  g_assert_cmpuint (g_list_model_get_n_items (cards), ==, 25);
  g_assert_cmpint (kolo_card_get_id (card), ==, id);

  other = reopen (f);
  g_assert_nonnull (kolo_deck_find_card (deck_titled (other, CONFLICTS), id));
}

/* The toast's own close button */
static gboolean
is_close_button (GtkWidget     *widget,
                 gconstpointer  data)
{
  GtkWidget *toast;

  if (!GTK_IS_BUTTON (widget) || !gtk_widget_get_mapped (widget) ||
      g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "window-close-symbolic") != 0)
    return FALSE;
  /* Of the toast on show, not of one fading out. */
  toast = gtk_widget_get_ancestor (widget, g_type_from_name ("AdwToastWidget"));
  return toast != NULL && gtk_widget_get_can_target (toast);
}

static void
test_delete_deck_and_undo (Fixture       *f,
                           gconstpointer  data)
{
  KoloDeckLibraryWindow *library = open_library (f);
  g_autoptr(KoloDeck) deck = g_object_ref (kolo_deck_library_window_get_deck (library));
  g_autoptr(KoloStore) other = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = kolo_deck_get_id (deck);
  GtkWidget *undo, *close;

  activate (library, "library.delete-deck");
  g_assert_null (deck_titled (f->store, CONFLICTS));
  run_for (100);
  /* The neighbour is shown. */
  g_assert_cmpstr (kolo_deck_get_title (kolo_deck_library_window_get_deck (library)), ==, ROLES);

  wait_until (has_undo_button, library);
  undo = find_widget (GTK_WIDGET (library), is_button_with_label, "_Undo");
  g_signal_emit_by_name (undo, "clicked");
  run_for (600);
  g_assert_true (deck_titled (f->store, CONFLICTS) == deck);
  g_assert_true (kolo_deck_library_window_get_deck (library) == deck);

  /* Deleted again: once its toast is gone, the deck is gone for good. */
  activate (library, "library.delete-deck");
  wait_until (has_undo_button, library);
  close = find_widget (GTK_WIDGET (library), is_close_button, NULL);
  g_assert_nonnull (close);
  g_signal_emit_by_name (close, "clicked");
  run_for (600);
  g_assert_null (kolo_store_lookup_deck (f->store, id, &error));
  g_clear_error (&error);
  g_assert_false (kolo_store_restore_deck (f->store, deck, &error));
  g_assert_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_NOT_FOUND);

  other = reopen (f);
  g_assert_null (deck_titled (other, CONFLICTS));
  g_assert_nonnull (deck_titled (other, ROLES));
}

static gboolean
has_message_dialog (gpointer data)
{
  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static void
test_import_bad_file (Fixture       *f,
                      gconstpointer  data)
{
  KoloDeckLibraryWindow *library = open_library (f);
  g_autofree char *path = g_build_filename (f->dir, "broken.kolo.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KoloDeck *shown = kolo_deck_library_window_get_deck (library);
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (path,
                                      "{\"format\": \"kolo-deck\", \"version\": 1,"
                                      " \"title\": \"Зламана\", \"cards\": ["
                                      "{\"kind\": \"scene\", \"title\": \"Х\"}]}",
                                      -1, NULL));
  kolo_deck_library_window_import_file (library, file);
  wait_until (has_message_dialog, NULL);
  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   "Could Not Import “broken.kolo.json”");
  /* The core's message names the place. */
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "cards[0].kind"));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (library));
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_cmpuint (g_list_model_get_n_items (kolo_store_get_decks (f->store)), ==, 2);
  g_assert_null (deck_titled (f->store, "Зламана"));
  g_assert_true (kolo_deck_library_window_get_deck (library) == shown);
}

static gboolean
file_exists (gpointer file)
{
  return g_file_query_exists (G_FILE (file), NULL);
}

static void
test_export_round_trip (Fixture       *f,
                        gconstpointer  data)
{
  KoloDeckLibraryWindow *library = open_library (f);
  g_autofree char *path = g_build_filename (f->dir, "deck.kolo.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KoloDeck *deck = kolo_deck_library_window_get_deck (library);
  g_autofree char *expected = NULL;
  g_autofree char *written = NULL;
  g_autofree char *again = NULL;
  KoloDeck *copy;
  gsize length;

  /* Edited first, so the file is not just the shipped one. */
  kolo_deck_set_description (deck, "Опис <i>із</i> & знаками");
  expected = kolo_deck_to_json (deck);

  kolo_deck_library_window_export_file (library, file);
  wait_until (file_exists, file);
  iterate ();
  written = kolo_test_read_file (path, &length);
  g_assert_cmpuint (length, ==, strlen (expected));
  g_assert_cmpstr (written, ==, expected);
  g_assert_nonnull (find_widget (GTK_WIDGET (library), is_mapped_label_with_text,
                                 "Saved as “deck.kolo.json”"));

  /* Imported back: a second deck, shown, that exports the same bytes. */
  kolo_deck_library_window_import_file (library, file);
  run_for (300);
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (kolo_store_get_decks (f->store)), ==, 3);
  copy = kolo_deck_library_window_get_deck (library);
  g_assert_true (copy != deck);
  g_assert_cmpstr (kolo_deck_get_title (copy), ==, CONFLICTS);
  again = kolo_deck_to_json (copy);
  g_assert_cmpstr (again, ==, expected);
}

int
main (int    argc,
      char **argv)
{
  kolo_test_init_ui (&argc, &argv);

  if (!gtk_init_check ())
    {
      g_test_message ("no display: build-aux/test.sh runs this under Xvfb");
      return 77;
    }
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/kolo/decks-ui/lists-shipped", test_lists_shipped);
  ADD ("/kolo/decks-ui/new-deck-and-rename", test_new_deck_and_rename);
  ADD ("/kolo/decks-ui/add-card", test_add_card);
  ADD ("/kolo/decks-ui/delete-card-and-undo", test_delete_card_and_undo);
  ADD ("/kolo/decks-ui/delete-deck-and-undo", test_delete_deck_and_undo);
  ADD ("/kolo/decks-ui/import-bad-file", test_import_bad_file);
  ADD ("/kolo/decks-ui/export-round-trip", test_export_round_trip);

#undef ADD

  return g_test_run ();
}
