/* kolo-deck-private.h — how decks and cards are built, linked and stored
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "kolo-card.h"
#include "kolo-deck.h"
#include "kolo-history.h"
#include "kolo-store.h"

G_BEGIN_DECLS

/* A card belongs to one deck (unowned: the deck's list owns it), a deck
 * to the store's library (unowned: the library owns it and detaches its
 * decks when the store goes). */

KoloCard    *_kolo_card_new_full         (gint64           id,
                                          KoloCardKind     kind,
                                          const char      *title,
                                          const char      *public_text,
                                          const char      *category,
                                          KoloDifficulty   difficulty);
void         _kolo_card_set_id           (KoloCard        *self,
                                          gint64           id);
void         _kolo_card_set_deck         (KoloCard        *self,
                                          KoloDeck        *deck);
/* As loaded or read from a file: nothing is written, nothing notified */
void         _kolo_card_add_brief        (KoloCard        *self,
                                          const char      *role,
                                          const char      *text);
/* A removed card remembers the deck it was removed from, its row ID, and
 * the plays that drew it: inserted again into that deck, it gets its row
 * back under the same ID, and the plays with it. */
GArray      *_kolo_card_steal_lost_row   (KoloCard        *self,
                                          gint64          *deck_id,
                                          gint64          *row_id);
void         _kolo_card_set_lost_row     (KoloCard        *self,
                                          gint64           deck_id,
                                          gint64           row_id,
                                          GArray          *play_ids);

KoloDeck    *_kolo_deck_new_full         (gint64           id,
                                          const char      *title,
                                          const char      *description);
void         _kolo_deck_set_id           (KoloDeck        *self,
                                          gint64           id);
void         _kolo_deck_set_store        (KoloDeck        *self,
                                          KoloStore       *store);
/* Appends as loaded or read: nothing is written. */
void         _kolo_deck_append_card      (KoloDeck        *self,
                                          KoloCard        *card);
/* The deck's history while it is stored, else NULL (kolo-history.c
 * records nothing into NULL). */
KoloHistory *_kolo_deck_recording_history (KoloDeck       *self);
/* A card's kind changed: the count of situations follows. */
void         _kolo_deck_kinds_changed    (KoloDeck        *self);

/* Rows (kolo-deck-store.c); the caller holds the transaction.  Each sets
 * the new IDs on the objects. */
gboolean     _kolo_deck_write_briefs     (KoloStore       *store,
                                          gint64           card_id,
                                          guint            n,
                                          const char * const *roles,
                                          const char * const *texts,
                                          GError         **error);
/* @row_id: the ID the row is to have, 0 for a new one */
gboolean     _kolo_deck_write_card       (KoloStore       *store,
                                          gint64           deck_id,
                                          guint            position,
                                          KoloCard        *card,
                                          gint64           row_id,
                                          GError         **error);
gboolean     _kolo_deck_write_deck       (KoloStore       *store,
                                          KoloDeck        *deck,
                                          GError         **error);
/* The deck's title changed: the library keeps its order. */
void         _kolo_store_deck_title_changed (KoloStore    *store,
                                             KoloDeck     *deck);

/* The library's own state, held by the store (kolo-store.c) and made and
 * freed by kolo-deck-store.c. */
typedef struct _KoloDeckLibrary KoloDeckLibrary;

KoloDeckLibrary *_kolo_store_get_deck_library (KoloStore  *self);
KoloDeckLibrary *_kolo_deck_library_new       (void);
void             _kolo_deck_library_free      (KoloDeckLibrary *library);

/* A parsed kolo-deck file (kolo-deck-file.c); kolo_store_import() reads
 * the file once and hands it here when its format says so. */
KoloDeck    *_kolo_deck_parse_node       (JsonNode        *root,
                                          GError         **error);

/* A whole deck's text with its limits checked, as every setter checks
 * it: what the UI and kolo-deck files may hold. */
gboolean     _kolo_deck_check_text       (const char      *text,
                                          guint            max_chars,
                                          gboolean         required);

G_END_DECLS
