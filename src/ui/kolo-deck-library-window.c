/* kolo-deck-library-window.c — the library of role-play decks: decks and
 * their cards, edited, imported, exported and printed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-deck-library-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kolo-card-editor.h"
#include "kolo-deck-library-window.h"
#include "kolo-ui-util.h"
#include "kolo-window.h"

/* Decks on the left, the chosen deck on the right: its title and
 * description edited in place, its cards in order.  Every edit is kept at
 * once and is a step of the deck's own history (kolo_deck_get_history()),
 * so Ctrl+Z takes back a title, a card's edit, a card added, removed or
 * moved.  A deleted deck comes back through its toast's Undo, and goes for
 * good when the toast does. */
struct _KoloDeckLibraryWindow
{
  AdwWindow            parent_instance;

  KoloStore           *store;
  KoloDeck            *deck;         /* the deck shown */
  GtkSingleSelection  *decks;        /* of the library */
  GtkCustomFilter     *filter;
  GtkFilterListModel  *filtered;     /* the deck's cards the search finds */
  GtkSingleSelection  *cards;
  char                *search;       /* folded; NULL: every card */
  GBinding            *title_binding;
  GBinding            *description_binding;
  guint                check_source; /* see decks_changed_cb() */
  guint                last_deck_position;

  /* Template children */
  AdwToastOverlay     *toast_overlay;
  AdwLeaflet          *leaflet;
  GtkListView         *deck_list;
  AdwWindowTitle      *window_title;
  GtkStack            *content_stack;
  AdwEntryRow         *title_row;
  GtkFrame            *description_frame;
  GtkTextView         *description_view;
  GtkLabel            *cards_summary;
  GtkSearchEntry      *search_entry;
  GtkStack            *cards_stack;
  GtkColumnView       *card_view;
};

G_DEFINE_FINAL_TYPE (KoloDeckLibraryWindow, kolo_deck_library_window, ADW_TYPE_WINDOW)

enum { PROP_0, PROP_STORE, N_PROPS };
static GParamSpec *properties[N_PROPS];

typedef enum
{
  COLUMN_KIND,
  COLUMN_TITLE,
  COLUMN_CATEGORY,
  COLUMN_DIFFICULTY,
  COLUMN_BRIEFS,
} Column;

static void show_deck      (KoloDeckLibraryWindow *self,
                            KoloDeck              *deck);
static void update_actions (KoloDeckLibraryWindow *self);

/* Telling ------------------------------------------------------------------ */

static void
report_error (KoloDeckLibraryWindow *self,
              const char            *heading,
              const GError          *error)
{
  GtkWidget *dialog;

  /* The body is plain text: file names and messages are never markup. */
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_toast (KoloDeckLibraryWindow *self,
           AdwToast              *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static char *
count_cards (guint n)
{
  return g_strdup_printf (ngettext ("%u card", "%u cards", n), n);
}

/* The decks ---------------------------------------------------------------- */

static void
update_deck_row (GtkWidget *box)
{
  KoloDeck *deck = g_object_get_data (G_OBJECT (box), "deck");
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *count = gtk_widget_get_last_child (box);
  g_autofree char *n = NULL;

  if (deck == NULL)
    return;
  n = count_cards (g_list_model_get_n_items (kolo_deck_get_cards (deck)));
  gtk_label_set_text (GTK_LABEL (title), kolo_deck_get_title (deck));
  gtk_label_set_text (GTK_LABEL (count), n);
}

static void
setup_deck_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *count = gtk_label_new (NULL);

  g_object_set (box, "margin-top", 6, "margin-bottom", 6, "margin-start", 6, "margin-end", 6,
                NULL);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (count), 0);
  gtk_widget_add_css_class (count, "caption");
  gtk_widget_add_css_class (count, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), count);
  gtk_list_item_set_child (item, box);
}

static void
bind_deck_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  KoloDeck *deck = gtk_list_item_get_item (item);

  g_object_set_data (G_OBJECT (box), "deck", deck);
  g_signal_connect_object (deck, "notify::title", G_CALLBACK (update_deck_row), box,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (kolo_deck_get_cards (deck), "items-changed",
                           G_CALLBACK (update_deck_row), box, G_CONNECT_SWAPPED);
  update_deck_row (box);
}

static void
unbind_deck_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  KoloDeck *deck = gtk_list_item_get_item (item);

  g_signal_handlers_disconnect_by_func (deck, update_deck_row, box);
  g_signal_handlers_disconnect_by_func (kolo_deck_get_cards (deck), update_deck_row, box);
  g_object_set_data (G_OBJECT (box), "deck", NULL);
}

static void
deck_selected_cb (KoloDeckLibraryWindow *self)
{
  KoloDeck *deck = gtk_single_selection_get_selected_item (self->decks);

  /* None while a renamed deck takes its new place: it stays shown. */
  if (deck != NULL && deck != self->deck)
    {
      show_deck (self, deck);
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
    }
}

/* The deck shown left the list for good (deleted elsewhere): its neighbour
 * is shown instead. */
static gboolean
check_shown_cb (gpointer user_data)
{
  KoloDeckLibraryWindow *self = user_data;
  GListModel *decks = G_LIST_MODEL (self->decks);
  guint n = g_list_model_get_n_items (decks);
  g_autoptr(KoloDeck) next = NULL;

  self->check_source = 0;
  if (self->deck != NULL && kolo_list_model_index_of (decks, self->deck) != G_MAXUINT)
    return G_SOURCE_REMOVE;
  if (n > 0)
    next = g_list_model_get_item (decks, MIN (self->last_deck_position, n - 1));
  show_deck (self, next);
  return G_SOURCE_REMOVE;
}

/* A renamed deck leaves its place and comes back at another: the deck
 * shown stays selected wherever it goes.  Whether it is gone for good is
 * known only once the change is over. */
static void
decks_changed_cb (KoloDeckLibraryWindow *self)
{
  GListModel *decks = G_LIST_MODEL (self->decks);
  guint position = self->deck != NULL ? kolo_list_model_index_of (decks, self->deck) : G_MAXUINT;

  if (position != G_MAXUINT)
    {
      self->last_deck_position = position;
      if (gtk_single_selection_get_selected (self->decks) != position)
        gtk_single_selection_set_selected (self->decks, position);
      return;
    }
  if (self->check_source == 0)
    self->check_source = g_idle_add (check_shown_cb, self);
}

/* The cards ---------------------------------------------------------------- */

static const char *
kind_icon (KoloCardKind kind)
{
  switch (kind)
    {
    case KOLO_CARD_ROLE:
      return "avatar-default-symbolic";
    case KOLO_CARD_OBSERVER:
      return "view-reveal-symbolic";
    case KOLO_CARD_SITUATION:
    default:
      return "kolo-role-play-symbolic";
    }
}

static void
update_cell (GtkWidget *cell)
{
  KoloCard *card = g_object_get_data (G_OBJECT (cell), "card");
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (cell), "column"));
  g_autofree char *text = NULL;
  guint n;

  if (card == NULL)
    return;

  switch (column)
    {
    case COLUMN_KIND:
      gtk_image_set_from_icon_name (GTK_IMAGE (gtk_widget_get_first_child (cell)),
                                    kind_icon (kolo_card_get_kind (card)));
      gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (cell)),
                          kolo_card_kind_get_label (kolo_card_get_kind (card)));
      return;
    case COLUMN_TITLE:
      gtk_label_set_text (GTK_LABEL (cell), kolo_card_get_title (card));
      gtk_widget_set_tooltip_text (cell, kolo_card_get_public_text (card)[0] != '\0'
                                         ? kolo_card_get_public_text (card) : NULL);
      return;
    case COLUMN_CATEGORY:
      gtk_label_set_text (GTK_LABEL (cell), kolo_card_get_category (card));
      return;
    case COLUMN_DIFFICULTY:
      gtk_label_set_text (GTK_LABEL (cell),
                          kolo_difficulty_get_label (kolo_card_get_difficulty (card)));
      return;
    case COLUMN_BRIEFS:
      n = kolo_card_get_n_briefs (card);
      if (n > 0)
        text = g_strdup_printf (ngettext ("%u brief", "%u briefs", n), n);
      else if (kolo_card_get_kind (card) == KOLO_CARD_SITUATION)
        text = g_strdup (_("No briefs"));
      gtk_label_set_text (GTK_LABEL (cell), text != NULL ? text : "");
      return;
    default:
      g_assert_not_reached ();
    }
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  GtkWidget *cell;

  if (column == COLUMN_KIND)
    {
      GtkWidget *label = gtk_label_new (NULL);

      cell = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      gtk_box_append (GTK_BOX (cell), gtk_image_new ());
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (GTK_BOX (cell), label);
    }
  else
    {
      cell = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (cell), 0);
      gtk_label_set_ellipsize (GTK_LABEL (cell), PANGO_ELLIPSIZE_END);
      if (column == COLUMN_BRIEFS || column == COLUMN_DIFFICULTY || column == COLUMN_CATEGORY)
        gtk_widget_add_css_class (cell, "dim-label");
    }
  g_object_set_data (G_OBJECT (cell), "column", user_data);
  gtk_list_item_set_child (item, cell);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *cell = gtk_list_item_get_child (item);
  KoloCard *card = gtk_list_item_get_item (item);

  g_object_set_data (G_OBJECT (cell), "card", card);
  g_signal_connect_object (card, "notify", G_CALLBACK (update_cell), cell, G_CONNECT_SWAPPED);
  update_cell (cell);
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *cell = gtk_list_item_get_child (item);
  KoloCard *card = gtk_list_item_get_item (item);

  g_signal_handlers_disconnect_by_func (card, update_cell, cell);
  g_object_set_data (G_OBJECT (cell), "card", NULL);
}

static void
add_column (KoloDeckLibraryWindow *self,
            const char            *title,
            Column                 column,
            gboolean               expand,
            int                    width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), NULL);
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  if (width > 0)
    gtk_column_view_column_set_fixed_width (view_column, width);
  gtk_column_view_append_column (self->card_view, view_column);
  g_object_unref (view_column);
}

static gboolean
folded_contains (const char *text,
                 const char *folded_needle)
{
  g_autofree char *folded = kolo_text_fold (text);

  return strstr (folded, folded_needle) != NULL;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  KoloDeckLibraryWindow *self = user_data;
  KoloCard *card = item;

  if (self->search == NULL)
    return TRUE;
  if (folded_contains (kolo_card_get_title (card), self->search) ||
      folded_contains (kolo_card_get_public_text (card), self->search) ||
      folded_contains (kolo_card_get_category (card), self->search))
    return TRUE;
  for (guint i = 0; i < kolo_card_get_n_briefs (card); i++)
    if (folded_contains (kolo_card_get_brief_role (card, i), self->search) ||
        folded_contains (kolo_card_get_brief_text (card, i), self->search))
      return TRUE;
  return FALSE;
}

static void
update_cards (KoloDeckLibraryWindow *self)
{
  guint n, shown, situations;
  g_autofree char *cards = NULL;
  g_autofree char *summary = NULL;

  if (self->deck == NULL)
    return;

  n = g_list_model_get_n_items (kolo_deck_get_cards (self->deck));
  shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  situations = kolo_deck_get_n_situations (self->deck);
  cards = count_cards (n);
  /* Translators: follows "12 cards": "12 cards · 8 situations" */
  summary = g_strdup_printf (ngettext ("%s · %u situation", "%s · %u situations", situations),
                             cards, situations);
  gtk_label_set_text (self->cards_summary, summary);
  adw_window_title_set_subtitle (self->window_title, cards);

  if (n == 0)
    gtk_stack_set_visible_child_name (self->cards_stack, "no-cards");
  else if (shown == 0)
    gtk_stack_set_visible_child_name (self->cards_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->cards_stack, "cards");
  update_actions (self);
}

static void
search_changed_cb (KoloDeckLibraryWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->search, g_free);
  if (*text != '\0')
    self->search = kolo_text_fold (text);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_cards (self);
}

/* The deck shown ------------------------------------------------------------- */

static void
update_title (KoloDeckLibraryWindow *self)
{
  adw_window_title_set_title (self->window_title,
                              self->deck != NULL ? kolo_deck_get_title (self->deck)
                                                 : _("Role-play Decks"));
}

/* Past its limit, a description is not stored: the frame says so. */
static gboolean
description_fits (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  KoloDeckLibraryWindow *self = user_data;
  const char *text = g_value_get_string (from);
  gboolean fits = text == NULL || g_utf8_strlen (text, -1) <= KOLO_DECK_DESCRIPTION_MAX;

  if (fits)
    gtk_widget_remove_css_class (GTK_WIDGET (self->description_frame), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->description_frame), "error");
  if (!fits)
    return FALSE;
  g_value_set_string (to, text);
  return TRUE;
}

static void
show_deck (KoloDeckLibraryWindow *self,
           KoloDeck              *deck)
{
  if (self->deck == deck)
    return;

  if (self->deck != NULL)
    {
      g_clear_pointer (&self->title_binding, g_binding_unbind);
      g_clear_pointer (&self->description_binding, g_binding_unbind);
      g_signal_handlers_disconnect_by_data (self->deck, self);
      g_signal_handlers_disconnect_by_data (kolo_deck_get_cards (self->deck), self);
      g_signal_handlers_disconnect_by_data (kolo_deck_get_history (self->deck), self);
    }

  g_set_object (&self->deck, deck);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_filter_list_model_set_model (self->filtered,
                                   deck != NULL ? kolo_deck_get_cards (deck) : NULL);
  update_title (self);

  if (deck == NULL)
    {
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_stack_set_visible_child_name (self->content_stack, "no-decks");
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
      update_actions (self);
      return;
    }

  self->title_binding =
    g_object_bind_property_full (deck, "title", self->title_row, "text",
                                 G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                                 NULL, kolo_text_not_blank, NULL, NULL);
  self->description_binding =
    g_object_bind_property_full (deck, "description",
                                 gtk_text_view_get_buffer (self->description_view), "text",
                                 G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                                 NULL, description_fits, self, NULL);
  g_signal_connect_object (deck, "notify::title", G_CALLBACK (update_title), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (deck, "notify::n-situations", G_CALLBACK (update_cards), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (kolo_deck_get_cards (deck), "items-changed",
                           G_CALLBACK (update_cards), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (kolo_deck_get_history (deck), "notify",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);

  gtk_stack_set_visible_child_name (self->content_stack, "deck");
  self->last_deck_position = kolo_list_model_index_of (G_LIST_MODEL (self->decks), deck);
  if (self->last_deck_position != G_MAXUINT)
    gtk_single_selection_set_selected (self->decks, self->last_deck_position);
  else
    self->last_deck_position = 0;
  update_cards (self);
}

/* The card selected, in the deck's own order */
static KoloCard *
selected_card (KoloDeckLibraryWindow *self)
{
  return gtk_single_selection_get_selected_item (self->cards);
}

static void
update_actions (KoloDeckLibraryWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  KoloCard *card = self->deck != NULL ? selected_card (self) : NULL;
  KoloHistory *history = self->deck != NULL ? kolo_deck_get_history (self->deck) : NULL;
  guint n = self->deck != NULL ? g_list_model_get_n_items (kolo_deck_get_cards (self->deck)) : 0;
  guint position = card != NULL ? kolo_list_model_index_of (kolo_deck_get_cards (self->deck), card)
                                : G_MAXUINT;
  gboolean can_move = card != NULL && self->search == NULL;

  gtk_widget_action_set_enabled (widget, "library.export", self->deck != NULL);
  gtk_widget_action_set_enabled (widget, "library.print", n > 0);
  gtk_widget_action_set_enabled (widget, "library.delete-deck", self->deck != NULL);
  gtk_widget_action_set_enabled (widget, "library.add-card",
                                 self->deck != NULL && n < KOLO_DECK_MAX_CARDS);
  gtk_widget_action_set_enabled (widget, "library.edit-card", card != NULL);
  gtk_widget_action_set_enabled (widget, "library.delete-card", card != NULL);
  gtk_widget_action_set_enabled (widget, "library.move-up", can_move && position > 0);
  gtk_widget_action_set_enabled (widget, "library.move-down", can_move && position + 1 < n);
  gtk_widget_action_set_enabled (widget, "library.undo",
                                 history != NULL && kolo_history_get_can_undo (history));
  gtk_widget_action_set_enabled (widget, "library.redo",
                                 history != NULL && kolo_history_get_can_redo (history));
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
      report_error (self, _("Could Not Save"), error);
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
      report_error (self, heading, error);
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
      report_error (self, _("Could Not Undo the Deletion"), error);
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
    report_error (self, _("Could Not Undo"), error);
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

static void
open_editor (KoloDeckLibraryWindow *self,
             KoloCard              *card,
             guint                  position)
{
  GtkWindow *editor = kolo_card_editor_new (GTK_WINDOW (self), self->deck, card, position);

  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self, 0);
  gtk_window_present (editor);
}

static void
card_activated_cb (KoloDeckLibraryWindow *self,
                   guint                  position)
{
  g_autoptr(KoloCard) card = g_list_model_get_item (G_LIST_MODEL (self->cards), position);

  if (card != NULL)
    open_editor (self, card, 0);
}

static void
move_card (KoloDeckLibraryWindow *self,
           int                    delta)
{
  g_autoptr(KoloCard) card = NULL;
  g_autoptr(GError) error = NULL;
  guint position;

  if (selected_card (self) == NULL)
    return;
  card = g_object_ref (selected_card (self));
  position = kolo_list_model_index_of (kolo_deck_get_cards (self->deck), card);
  if ((delta < 0 && position == 0) || position == G_MAXUINT)
    return;
  if (!kolo_card_move (card, position + delta, &error))
    {
      report_error (self, _("Could Not Move the Card"), error);
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
          report_error (self, _("Could Not Add the Deck"), error);
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
          report_error (self, _("Could Not Delete the Deck"), error);
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
          report_error (self, _("Could Not Make the Cards"), error);
          return;
        }
      save_as (self, _("Save Cards for Printing"), filter, name, bytes);
    }
  else if (g_str_equal (action_name, "library.add-card") && self->deck != NULL)
    {
      KoloCard *card = selected_card (self);
      GListModel *cards = kolo_deck_get_cards (self->deck);
      guint position = card != NULL ? kolo_list_model_index_of (cards, card) + 1
                                    : g_list_model_get_n_items (cards);

      open_editor (self, NULL, position);
    }
  else if (g_str_equal (action_name, "library.edit-card") && selected_card (self) != NULL)
    open_editor (self, selected_card (self), 0);
  else if (g_str_equal (action_name, "library.delete-card") && selected_card (self) != NULL)
    {
      g_autoptr(KoloCard) card = g_object_ref (selected_card (self));
      KoloHistory *history = kolo_deck_get_history (self->deck);
      UndoData *data;
      AdwToast *toast;

      if (!kolo_deck_remove_card (self->deck, card, &error))
        {
          report_error (self, _("Could Not Delete the Card"), error);
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
        report_error (self, undo ? _("Could Not Undo") : _("Could Not Redo"), error);
    }
  else if (g_str_equal (action_name, "library.find"))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  else if (g_str_equal (action_name, "library.show-decks"))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* GObject ---------------------------------------------------------------------- */

static void
kolo_deck_library_window_constructed (GObject *object)
{
  KoloDeckLibraryWindow *self = (KoloDeckLibraryWindow *)object;
  GListModel *decks;

  G_OBJECT_CLASS (kolo_deck_library_window_parent_class)->constructed (object);

  decks = kolo_store_get_decks (self->store);
  gtk_single_selection_set_model (self->decks, decks);
  g_signal_connect_object (self->decks, "items-changed", G_CALLBACK (decks_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->decks, "notify::selected-item", G_CALLBACK (deck_selected_cb),
                           self, G_CONNECT_SWAPPED);
  if (g_list_model_get_n_items (decks) > 0)
    {
      g_autoptr(KoloDeck) first = g_list_model_get_item (decks, 0);
      show_deck (self, first);
    }
  else
    update_actions (self);
}

static void
kolo_deck_library_window_dispose (GObject *object)
{
  KoloDeckLibraryWindow *self = (KoloDeckLibraryWindow *)object;

  g_clear_handle_id (&self->check_source, g_source_remove);
  if (self->decks != NULL)
    g_signal_handlers_disconnect_by_data (self->decks, self);
  show_deck (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOLO_TYPE_DECK_LIBRARY_WINDOW);
  g_clear_object (&self->cards);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->decks);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kolo_deck_library_window_parent_class)->dispose (object);
}

static void
kolo_deck_library_window_finalize (GObject *object)
{
  KoloDeckLibraryWindow *self = (KoloDeckLibraryWindow *)object;

  g_free (self->search);

  G_OBJECT_CLASS (kolo_deck_library_window_parent_class)->finalize (object);
}

static void
kolo_deck_library_window_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  KoloDeckLibraryWindow *self = KOLO_DECK_LIBRARY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_deck_library_window_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  KoloDeckLibraryWindow *self = KOLO_DECK_LIBRARY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_deck_library_window_class_init (KoloDeckLibraryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char * const actions[] = {
    "library.new-deck", "library.delete-deck", "library.import", "library.export",
    "library.print", "library.add-card", "library.edit-card", "library.delete-card",
    "library.move-up", "library.move-down", "library.undo", "library.redo", "library.find",
    "library.show-decks",
  };

  object_class->constructed = kolo_deck_library_window_constructed;
  object_class->dispose = kolo_deck_library_window_dispose;
  object_class->finalize = kolo_deck_library_window_finalize;
  object_class->get_property = kolo_deck_library_window_get_property;
  object_class->set_property = kolo_deck_library_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, KOLO_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kolo-deck-library-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KoloDeckLibraryWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KoloDeckLibraryWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KoloDeckLibraryWindow, deck_list);
  gtk_widget_class_bind_template_child (widget_class, KoloDeckLibraryWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, KoloDeckLibraryWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, KoloDeckLibraryWindow, title_row);
  gtk_widget_class_bind_template_child (widget_class, KoloDeckLibraryWindow, description_frame);
  gtk_widget_class_bind_template_child (widget_class, KoloDeckLibraryWindow, description_view);
  gtk_widget_class_bind_template_child (widget_class, KoloDeckLibraryWindow, cards_summary);
  gtk_widget_class_bind_template_child (widget_class, KoloDeckLibraryWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KoloDeckLibraryWindow, cards_stack);
  gtk_widget_class_bind_template_child (widget_class, KoloDeckLibraryWindow, card_view);

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

static void
add_card_shortcut (GtkShortcutController *controller,
                   guint                  key,
                   const char            *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (key, 0),
                                                          gtk_named_action_new (action)));
}

static void
kolo_deck_library_window_init (KoloDeckLibraryWindow *self)
{
  GtkListItemFactory *factory;
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The decks */
  self->decks = g_object_new (GTK_TYPE_SINGLE_SELECTION, "autoselect", FALSE, NULL);
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_deck_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_deck_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_deck_cb), NULL);
  gtk_list_view_set_factory (self->deck_list, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->deck_list, GTK_SELECTION_MODEL (self->decks));

  /* The cards */
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  self->cards = g_object_new (GTK_TYPE_SINGLE_SELECTION, "model", self->filtered,
                              "autoselect", FALSE, "can-unselect", TRUE, NULL);
  gtk_column_view_set_model (self->card_view, GTK_SELECTION_MODEL (self->cards));
  add_column (self, _("Kind"), COLUMN_KIND, FALSE, 140);
  add_column (self, _("Title"), COLUMN_TITLE, TRUE, -1);
  add_column (self, _("Category"), COLUMN_CATEGORY, FALSE, 170);
  add_column (self, _("Difficulty"), COLUMN_DIFFICULTY, FALSE, 100);
  add_column (self, C_("cards column", "Briefs"), COLUMN_BRIEFS, FALSE, 120);
  g_signal_connect_swapped (self->card_view, "activate", G_CALLBACK (card_activated_cb), self);
  g_signal_connect_swapped (self->cards, "notify::selected-item", G_CALLBACK (update_actions),
                            self);

  /* Delete and F2 act on the card only where the cards have the focus. */
  shortcuts = gtk_shortcut_controller_new ();
  add_card_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_Delete, "library.delete-card");
  add_card_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_KP_Delete, "library.delete-card");
  add_card_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_F2, "library.edit-card");
  gtk_widget_add_controller (GTK_WIDGET (self->card_view), shortcuts);

  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb),
                            self);

  /* The library's own Ctrl+Z: typing is undone a field at a time, with
   * the rest of the deck's edits. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->title_row), FALSE);
  gtk_text_buffer_set_enable_undo (gtk_text_view_get_buffer (self->description_view), FALSE);
  gtk_text_set_max_length (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (self->title_row))),
                           KOLO_DECK_TITLE_MAX);
}

/* Public -------------------------------------------------------------------------- */

/**
 * kolo_deck_library_window_new:
 * @parent: (nullable): the window it belongs with
 *
 * Returns: (transfer none): the library window, not yet shown
 */
KoloDeckLibraryWindow *
kolo_deck_library_window_new (GtkWindow *parent,
                              KoloStore *store)
{
  g_return_val_if_fail (KOLO_IS_STORE (store), NULL);

  return g_object_new (KOLO_TYPE_DECK_LIBRARY_WINDOW,
                       "transient-for", parent,
                       "modal", FALSE,
                       "destroy-with-parent", TRUE,
                       "store", store,
                       NULL);
}

void
kolo_deck_library_window_select (KoloDeckLibraryWindow *self,
                                 KoloDeck              *deck)
{
  g_return_if_fail (KOLO_IS_DECK_LIBRARY_WINDOW (self));
  g_return_if_fail (KOLO_IS_DECK (deck));

  show_deck (self, deck);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

KoloDeck *
kolo_deck_library_window_get_deck (KoloDeckLibraryWindow *self)
{
  g_return_val_if_fail (KOLO_IS_DECK_LIBRARY_WINDOW (self), NULL);
  return self->deck;
}

void
kolo_deck_library_window_select_card (KoloDeckLibraryWindow *self,
                                      KoloCard              *card)
{
  guint position;

  g_return_if_fail (KOLO_IS_DECK_LIBRARY_WINDOW (self));
  g_return_if_fail (KOLO_IS_CARD (card));

  position = kolo_list_model_index_of (G_LIST_MODEL (self->cards), card);
  if (position == G_MAXUINT)
    {
      /* Hidden by the search: it shows once the search is gone. */
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      search_changed_cb (self);
      position = kolo_list_model_index_of (G_LIST_MODEL (self->cards), card);
    }
  if (position == G_MAXUINT)
    return;
  gtk_single_selection_set_selected (self->cards, position);
  /* The column view's own list scrolls (GTK 4.8 has no scroll_to). */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->card_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}

KoloCard *
kolo_deck_library_window_get_card (KoloDeckLibraryWindow *self)
{
  g_return_val_if_fail (KOLO_IS_DECK_LIBRARY_WINDOW (self), NULL);
  return selected_card (self);
}

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
