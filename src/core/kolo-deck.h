/* kolo-deck.h — a deck of role-play cards, in the library every event
 * shares; its kolo-deck files and its printed cards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kolo-card.h"
#include "kolo-history.h"
#include "kolo-store.h"

G_BEGIN_DECLS

typedef struct _KoloActivity KoloActivity;
typedef struct _KoloEvent KoloEvent;

#define KOLO_DECK_ERROR (kolo_deck_error_quark ())

typedef enum
{
  KOLO_DECK_ERROR_EXHAUSTED,       /* every situation was drawn: reshuffle */
  KOLO_DECK_ERROR_NO_SITUATIONS,   /* the deck has no situation to draw */
  KOLO_DECK_ERROR_NOBODY_PRESENT,  /* no one to give the roles to */
  KOLO_DECK_ERROR_TWICE,           /* one person twice in one round */
  KOLO_DECK_ERROR_INVALID,         /* a text or a list breaks its limits */
} KoloDeckError;

GQuark        kolo_deck_error_quark         (void);

#define KOLO_DECK_FORMAT          "kolo-deck"
#define KOLO_DECK_VERSION         1
#define KOLO_DECK_TITLE_MAX       200
#define KOLO_DECK_DESCRIPTION_MAX 10000
#define KOLO_DECK_MAX_CARDS       1000

#define KOLO_TYPE_DECK (kolo_deck_get_type ())
G_DECLARE_FINAL_TYPE (KoloDeck, kolo_deck, KOLO, DECK, GObject)

KoloDeck     *kolo_deck_new                 (const char     *title);
/* Its row ID (the DECK of kolo-cli), 0 while it is in no store */
gint64        kolo_deck_get_id              (KoloDeck       *self);
KoloStore    *kolo_deck_get_store           (KoloDeck       *self);
/* 1–200 characters; a blank title is ignored */
const char   *kolo_deck_get_title           (KoloDeck       *self);
void          kolo_deck_set_title           (KoloDeck       *self,
                                             const char     *title);
/* 0–10,000 characters */
const char   *kolo_deck_get_description     (KoloDeck       *self);
void          kolo_deck_set_description     (KoloDeck       *self,
                                             const char     *description);
/* Undo and redo of the deck's edits and its cards' (transfer none) */
KoloHistory  *kolo_deck_get_history         (KoloDeck       *self);
/* KoloCard, in order */
GListModel   *kolo_deck_get_cards           (KoloDeck       *self);
guint         kolo_deck_get_n_situations    (KoloDeck       *self);
/* The card with row ID @id, or NULL (transfer none) */
KoloCard     *kolo_deck_find_card           (KoloDeck       *self,
                                             gint64          id);
/* @card: a card of no deck (kolo_card_new(), or one removed: it comes
 * back with the draws it had) */
gboolean      kolo_deck_insert_card         (KoloDeck       *self,
                                             guint           position,
                                             KoloCard       *card,
                                             GError        **error);
/* The card keeps everything it had, ready to be inserted again (undo). */
gboolean      kolo_deck_remove_card         (KoloDeck       *self,
                                             KoloCard       *card,
                                             GError        **error);

/* The library (kolo-deck-store.c) --------------------------------------- */

/* KoloDeck by title; the same list every time.  The first use in a
 * database brings in the shipped decks (docs/formats.md). */
GListModel   *kolo_store_get_decks          (KoloStore      *self);
KoloDeck     *kolo_store_lookup_deck        (KoloStore      *self,
                                             gint64          id,
                                             GError        **error);
/* Writes @deck (kolo_deck_new() or kolo_deck_parse(), with its cards) in
 * one transaction and adds it to the library. */
gboolean      kolo_store_insert_deck        (KoloStore      *self,
                                             KoloDeck       *deck,
                                             GError        **error);
/* Removing leaves the library at once; the rows stay, with what events
 * drew from the deck, until kolo_store_purge_removed_deck() (the undo
 * toast is gone) or the store closes.  kolo_store_restore_deck() brings
 * it back until then. */
gboolean      kolo_store_remove_deck        (KoloStore      *self,
                                             KoloDeck       *deck,
                                             GError        **error);
gboolean      kolo_store_restore_deck       (KoloStore      *self,
                                             KoloDeck       *deck,
                                             GError        **error);
gboolean      kolo_store_purge_removed_deck (KoloStore      *self,
                                             KoloDeck       *deck,
                                             GError        **error);

/* The deck a role-play activity uses, or NULL (transfer full) */
KoloDeck     *kolo_activity_get_deck        (KoloActivity   *activity);
gboolean      kolo_activity_set_deck        (KoloActivity   *activity,
                                             KoloDeck       *deck,
                                             GError        **error);

/* Files (kolo-deck-file.c) ------------------------------------------------ */

/* A deck of no store, checked whole; NULL with every problem, one a line */
KoloDeck     *kolo_deck_parse               (const char     *data,
                                             gsize           length,
                                             GError        **error);
char         *kolo_deck_to_json             (KoloDeck       *self);
KoloDeck     *kolo_store_import_deck        (KoloStore      *self,
                                             const char     *data,
                                             gsize           length,
                                             GError        **error);

/* Printing (kolo-deck-pdf.c) --------------------------------------------- */

/* @plays: (nullable) (element-type KoloPlay): print only these draws, with
 * the players' names; NULL prints every card of the deck */
gboolean      kolo_deck_write_pdf           (KoloDeck       *self,
                                             GPtrArray      *plays,
                                             GOutputStream  *out,
                                             GCancellable   *cancellable,
                                             GError        **error);

G_END_DECLS
