/* kolo-deck-library-window.c — the library of role-play decks: decks and
 * their cards, edited, imported, exported and printed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-deck-library-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-deck-library-private.h"
#include "kolo-ui-util.h"

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
filter_func (gpointer item,
             gpointer user_data)
{
  KoloDeckLibraryWindow *self = user_data;
  KoloCard *card = item;

  if (self->search == NULL)
    return TRUE;
  if (kolo_folded_contains (kolo_card_get_title (card), self->search) ||
      kolo_folded_contains (kolo_card_get_public_text (card), self->search) ||
      kolo_folded_contains (kolo_card_get_category (card), self->search))
    return TRUE;
  for (guint i = 0; i < kolo_card_get_n_briefs (card); i++)
    if (kolo_folded_contains (kolo_card_get_brief_role (card, i), self->search) ||
        kolo_folded_contains (kolo_card_get_brief_text (card, i), self->search))
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

static void
card_activated_cb (KoloDeckLibraryWindow *self,
                   guint                  position)
{
  g_autoptr(KoloCard) card = g_list_model_get_item (G_LIST_MODEL (self->cards), position);

  if (card != NULL)
    _kolo_deck_library_open_editor (self, card, 0);
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
KoloCard *
_kolo_deck_library_selected_card (KoloDeckLibraryWindow *self)
{
  return gtk_single_selection_get_selected_item (self->cards);
}

static void
update_actions (KoloDeckLibraryWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  KoloCard *card = self->deck != NULL ? _kolo_deck_library_selected_card (self) : NULL;
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

  _kolo_deck_library_class_add_actions (widget_class);
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
  return _kolo_deck_library_selected_card (self);
}
