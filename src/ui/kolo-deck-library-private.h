/* kolo-deck-library-private.h — what kolo-deck-library-window.c shares with
 * its actions file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kolo-deck-library-window.h"

G_BEGIN_DECLS

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

/* kolo-deck-library-window.c */
KoloCard *_kolo_deck_library_selected_card     (KoloDeckLibraryWindow *self);

/* kolo-deck-library-actions.c */
void      _kolo_deck_library_class_add_actions (GtkWidgetClass        *widget_class);
void      _kolo_deck_library_open_editor       (KoloDeckLibraryWindow *self,
                                                KoloCard              *card,
                                                guint                  position);

G_END_DECLS
