/* kolo-deck-library-window.h — the library of role-play decks: decks and
 * their cards, edited, imported, exported and printed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

#define KOLO_TYPE_DECK_LIBRARY_WINDOW (kolo_deck_library_window_get_type ())
G_DECLARE_FINAL_TYPE (KoloDeckLibraryWindow, kolo_deck_library_window, KOLO, DECK_LIBRARY_WINDOW,
                      AdwWindow)

KoloDeckLibraryWindow *kolo_deck_library_window_new         (GtkWindow             *parent,
                                                             KoloStore             *store);
/* Shows @deck, a deck of the library */
void                   kolo_deck_library_window_select      (KoloDeckLibraryWindow *self,
                                                             KoloDeck              *deck);
/* The deck shown, or NULL when the library is empty (transfer none) */
KoloDeck              *kolo_deck_library_window_get_deck    (KoloDeckLibraryWindow *self);
/* Selects @card of the deck shown */
void                   kolo_deck_library_window_select_card (KoloDeckLibraryWindow *self,
                                                             KoloCard              *card);
/* The selected card, or NULL (transfer none) */
KoloCard              *kolo_deck_library_window_get_card    (KoloDeckLibraryWindow *self);
/* What Import Deck… does once a file is chosen: adds the deck and shows
 * it, or tells what is wrong with the file (which changes nothing). */
void                   kolo_deck_library_window_import_file (KoloDeckLibraryWindow *self,
                                                             GFile                 *file);
/* What Export Deck… does once a place is chosen: writes the deck shown. */
void                   kolo_deck_library_window_export_file (KoloDeckLibraryWindow *self,
                                                             GFile                 *file);

/* The cards of @deck as a PDF to print and cut out (@plays: NULL for every
 * card, or the drawn ones with the players' names), and the file name to
 * suggest; NULL with @error */
GBytes                *kolo_deck_print_cards                (KoloDeck              *deck,
                                                             GPtrArray             *plays,
                                                             char                 **name,
                                                             GError               **error);

G_END_DECLS
