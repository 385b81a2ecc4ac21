/* kolo-deck.c — a deck of role-play cards: its details, and adding,
 * removing and moving its cards, each written to the store in one
 * transaction
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-deck"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kolo-deck-private.h"
#include "kolo-history-private.h"
#include "kolo-store-private.h"

/* Decks belong to no event, so their edits are not steps of an event's
 * history: each stored deck has its own (kolo_deck_get_history()), which
 * its setters and its cards' record into as they change, whoever changes
 * them.  A removed card keeps everything it had (the plays that drew it
 * too) for kolo_deck_insert_card() to bring it back, and a removed deck
 * stays in the store until its undo toast is gone
 * (kolo_store_remove_deck()).  As everywhere in the model, every edit
 * writes first and changes the objects only once the store has it; the
 * history records between the two, once the write succeeded. */

struct _KoloDeck
{
  GObject     parent_instance;

  gint64      id;
  KoloStore  *store;          /* unowned: the library owns us */
  char       *title;
  char       *description;
  GListStore *cards;          /* of KoloCard */
  guint       n_situations;
  KoloHistory *history;       /* made when first needed */
};

G_DEFINE_FINAL_TYPE (KoloDeck, kolo_deck, G_TYPE_OBJECT)

G_DEFINE_QUARK (kolo-deck-error-quark, kolo_deck_error)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_CARDS,
  PROP_N_SITUATIONS,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

#define SHIFT_CARDS \
  "UPDATE cards SET position = position + ?3 WHERE deck_id = ?1 AND position >= ?2"

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

gboolean
_kolo_deck_check_text (const char *text,
                       guint       max_chars,
                       gboolean    required)
{
  if (text == NULL)
    return !required;
  return g_utf8_validate (text, -1, NULL) &&
         g_utf8_strlen (text, -1) <= (glong) max_chars &&
         (!required || !is_blank (text));
}

static KoloStore *
get_store (KoloDeck *self)
{
  return self->id != 0 ? self->store : NULL;
}

static void
count_situations (KoloDeck *self)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->cards)); i++)
    {
      g_autoptr(KoloCard) card = g_list_model_get_item (G_LIST_MODEL (self->cards), i);

      if (kolo_card_get_kind (card) == KOLO_CARD_SITUATION)
        n++;
    }
  if (n == self->n_situations)
    return;
  self->n_situations = n;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SITUATIONS]);
}

static gboolean
shift (KoloStore  *store,
       gint64      deck_id,
       guint       from,
       int         delta,
       GError    **error)
{
  sqlite3_stmt *stmt = kolo_store_prepare (store, SHIFT_CARDS, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, deck_id);
  sqlite3_bind_int (stmt, 2, from);
  sqlite3_bind_int (stmt, 3, delta);
  return kolo_store_step_done (store, stmt, error);
}

/* The history to record into: none while the deck is in no store (being
 * built, parsed from a file, or purged). */
KoloHistory *
_kolo_deck_recording_history (KoloDeck *self)
{
  return self != NULL && get_store (self) != NULL ? kolo_deck_get_history (self) : NULL;
}

static void
kolo_deck_dispose (GObject *object)
{
  KoloDeck *self = (KoloDeck *)object;

  /* Its steps hold the cards: they go first. */
  g_clear_object (&self->history);

  if (self->cards != NULL)
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->cards)); i++)
      {
        g_autoptr(KoloCard) card = g_list_model_get_item (G_LIST_MODEL (self->cards), i);
        _kolo_card_set_deck (card, NULL);
      }
  g_clear_object (&self->cards);

  G_OBJECT_CLASS (kolo_deck_parent_class)->dispose (object);
}

static void
kolo_deck_finalize (GObject *object)
{
  KoloDeck *self = (KoloDeck *)object;

  g_free (self->title);
  g_free (self->description);

  G_OBJECT_CLASS (kolo_deck_parent_class)->finalize (object);
}

static void
kolo_deck_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KoloDeck *self = KOLO_DECK (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_CARDS:
      g_value_set_object (value, self->cards);
      break;
    case PROP_N_SITUATIONS:
      g_value_set_uint (value, self->n_situations);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_deck_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  KoloDeck *self = KOLO_DECK (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      kolo_deck_set_title (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      kolo_deck_set_description (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_deck_class_init (KoloDeckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = kolo_deck_dispose;
  object_class->finalize = kolo_deck_finalize;
  object_class->get_property = kolo_deck_get_property;
  object_class->set_property = kolo_deck_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", rw);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", rw);
  properties[PROP_CARDS] = g_param_spec_object ("cards", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_N_SITUATIONS] = g_param_spec_uint ("n-situations", NULL, NULL,
                                                     0, G_MAXUINT, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kolo_deck_init (KoloDeck *self)
{
  self->title = g_strdup ("");
  self->description = g_strdup ("");
  self->cards = g_list_store_new (KOLO_TYPE_CARD);
}

KoloDeck *
_kolo_deck_new_full (gint64      id,
                     const char *title,
                     const char *description)
{
  KoloDeck *self = g_object_new (KOLO_TYPE_DECK, NULL);

  self->id = id;
  g_free (self->title);
  self->title = g_strdup (title ? title : "");
  g_free (self->description);
  self->description = g_strdup (description ? description : "");
  return self;
}

void
_kolo_deck_set_id (KoloDeck *self,
                   gint64    id)
{
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

void
_kolo_deck_set_store (KoloDeck  *self,
                      KoloStore *store)
{
  self->store = store;
}

void
_kolo_deck_append_card (KoloDeck *self,
                        KoloCard *card)
{
  _kolo_card_set_deck (card, self);
  g_list_store_append (self->cards, card);
  if (kolo_card_get_kind (card) == KOLO_CARD_SITUATION)
    {
      self->n_situations++;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SITUATIONS]);
    }
}

void
_kolo_deck_kinds_changed (KoloDeck *self)
{
  count_situations (self);
}

/**
 * kolo_deck_new:
 * @title: its title, 1–200 characters
 *
 * Makes a deck of no store: add cards to it, then store it with
 * kolo_store_insert_deck().
 *
 * Returns: (transfer full): the deck
 */
KoloDeck *
kolo_deck_new (const char *title)
{
  g_return_val_if_fail (_kolo_deck_check_text (title, KOLO_DECK_TITLE_MAX, TRUE), NULL);

  return _kolo_deck_new_full (0, title, NULL);
}

gint64
kolo_deck_get_id (KoloDeck *self)
{
  g_return_val_if_fail (KOLO_IS_DECK (self), 0);
  return self->id;
}

/**
 * kolo_deck_get_store:
 *
 * Returns: (transfer none) (nullable): the store whose library has the
 *   deck (or had it, while it can be restored)
 */
KoloStore *
kolo_deck_get_store (KoloDeck *self)
{
  g_return_val_if_fail (KOLO_IS_DECK (self), NULL);
  return self->store;
}

const char *
kolo_deck_get_title (KoloDeck *self)
{
  g_return_val_if_fail (KOLO_IS_DECK (self), NULL);
  return self->title;
}

void
kolo_deck_set_title (KoloDeck   *self,
                     const char *title)
{
  KoloStore *store;

  g_return_if_fail (KOLO_IS_DECK (self));
  g_return_if_fail (_kolo_deck_check_text (title, KOLO_DECK_TITLE_MAX, FALSE));

  /* A deck always has a title: an emptied field keeps the last one. */
  if (title == NULL || is_blank (title) || g_strcmp0 (self->title, title) == 0)
    return;
  if ((store = get_store (self)) != NULL &&
      !kolo_store_update_text (store, "decks", "title", self->id, title))
    return;
  _kolo_history_record_property (_kolo_deck_recording_history (self), G_OBJECT (self),
                                 properties[PROP_TITLE]);

  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  if (self->store != NULL)
    _kolo_store_deck_title_changed (self->store, self);
}

const char *
kolo_deck_get_description (KoloDeck *self)
{
  g_return_val_if_fail (KOLO_IS_DECK (self), NULL);
  return self->description;
}

void
kolo_deck_set_description (KoloDeck   *self,
                           const char *description)
{
  KoloStore *store;

  g_return_if_fail (KOLO_IS_DECK (self));
  g_return_if_fail (_kolo_deck_check_text (description, KOLO_DECK_DESCRIPTION_MAX, FALSE));

  if (description == NULL)
    description = "";
  if (g_strcmp0 (self->description, description) == 0)
    return;
  if ((store = get_store (self)) != NULL &&
      !kolo_store_update_text (store, "decks", "description", self->id, description))
    return;
  _kolo_history_record_property (_kolo_deck_recording_history (self), G_OBJECT (self),
                                 properties[PROP_DESCRIPTION]);

  g_free (self->description);
  self->description = g_strdup (description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * kolo_deck_get_history:
 *
 * The undo and redo of the deck's edits: its title and description, its
 * cards' texts and briefs, cards added, removed and moved.  Only a stored
 * deck records.
 *
 * Returns: (transfer none): the deck's history
 */
KoloHistory *
kolo_deck_get_history (KoloDeck *self)
{
  g_return_val_if_fail (KOLO_IS_DECK (self), NULL);

  if (self->history == NULL)
    self->history = _kolo_history_new (G_OBJECT (self));
  return self->history;
}

/**
 * kolo_deck_get_cards:
 *
 * Returns: (transfer none): a #GListModel of #KoloCard, in order
 */
GListModel *
kolo_deck_get_cards (KoloDeck *self)
{
  g_return_val_if_fail (KOLO_IS_DECK (self), NULL);
  return G_LIST_MODEL (self->cards);
}

guint
kolo_deck_get_n_situations (KoloDeck *self)
{
  g_return_val_if_fail (KOLO_IS_DECK (self), 0);
  return self->n_situations;
}

/**
 * kolo_deck_find_card:
 * @id: a card's row ID
 *
 * Returns: (transfer none) (nullable): the card of the deck with @id
 */
KoloCard *
kolo_deck_find_card (KoloDeck *self,
                     gint64    id)
{
  GListModel *cards;

  g_return_val_if_fail (KOLO_IS_DECK (self), NULL);

  if (id == 0)
    return NULL;
  cards = G_LIST_MODEL (self->cards);
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(KoloCard) card = g_list_model_get_item (cards, i);

      /* The list keeps its own reference: the pointer outlives ours. */
      if (kolo_card_get_id (card) == id)
        return card;
    }
  return NULL;
}

/* The plays that drew @card's row: the store unlinks them when the row
 * goes (ON DELETE SET NULL), the card keeps them for its undo. */
static GArray *
plays_of_card (KoloStore  *store,
               gint64      card_id,
               GError    **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  stmt = kolo_store_prepare (store, "SELECT id FROM plays WHERE card_id = ?1 ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, card_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      kolo_store_set_sqlite_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

/* Links the plays a removed card had back to its row. */
static gboolean
relink_plays (KoloStore  *store,
              gint64      deck_id,
              gint64      card_id,
              GArray     *play_ids,
              GError    **error)
{
  for (guint i = 0; play_ids != NULL && i < play_ids->len; i++)
    {
      sqlite3_stmt *stmt = kolo_store_prepare (store,
                                               "UPDATE plays SET card_id = ?1"
                                               " WHERE id = ?2 AND deck_id = ?3"
                                               " AND card_id IS NULL",
                                               error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, card_id);
      sqlite3_bind_int64 (stmt, 2, g_array_index (play_ids, gint64, i));
      sqlite3_bind_int64 (stmt, 3, deck_id);
      if (!kolo_store_step_done (store, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * kolo_deck_insert_card:
 * @position: where; past the end appends
 * @card: a card of no deck (kolo_card_new(), or one removed)
 *
 * Adds @card with its briefs in one transaction.  A card removed from
 * this deck comes back under its old ID with the draws it had: undoing a
 * removal does not make it drawable again.  A deck of no store just takes
 * the card.
 */
gboolean
kolo_deck_insert_card (KoloDeck  *self,
                       guint      position,
                       KoloCard  *card,
                       GError   **error)
{
  g_autoptr(GArray) lost = NULL;
  gint64 lost_deck_id = 0, lost_row_id = 0;
  KoloStore *store;
  guint n;
  gboolean ok, back;

  g_return_val_if_fail (KOLO_IS_DECK (self), FALSE);
  g_return_val_if_fail (KOLO_IS_CARD (card), FALSE);
  g_return_val_if_fail (kolo_card_get_deck (card) == NULL, FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->cards));
  if (n >= KOLO_DECK_MAX_CARDS)
    {
      g_set_error (error, KOLO_DECK_ERROR, KOLO_DECK_ERROR_INVALID,
                   /* Translators: %d is always 1000 */
                   _("A deck has at most %d cards"), KOLO_DECK_MAX_CARDS);
      return FALSE;
    }
  position = MIN (position, n);

  if ((store = get_store (self)) != NULL)
    {
      lost = _kolo_card_steal_lost_row (card, &lost_deck_id, &lost_row_id);
      back = lost_deck_id == self->id && lost_row_id != 0;
      if (!kolo_store_begin (store, error))
        {
          _kolo_card_set_lost_row (card, lost_deck_id, lost_row_id, lost);
          return FALSE;
        }
      ok = shift (store, self->id, position, 1, error) &&
           _kolo_deck_write_card (store, self->id, position, card, back ? lost_row_id : 0, error) &&
           (!back || relink_plays (store, self->id, lost_row_id, lost, error));
      if (!kolo_store_finish (store, ok, error))
        {
          _kolo_card_set_id (card, 0);
          _kolo_card_set_lost_row (card, lost_deck_id, lost_row_id, lost);
          return FALSE;
        }
    }

  _kolo_card_set_deck (card, self);
  g_list_store_insert (self->cards, position, card);
  count_situations (self);
  _kolo_history_record_insert (_kolo_deck_recording_history (self), G_OBJECT (self),
                               G_OBJECT (card), position);
  return TRUE;
}

/**
 * kolo_deck_remove_card:
 *
 * Removes @card and its row in one transaction.  The card keeps its
 * texts, its briefs and which plays drew it, ready to be inserted again
 * at the same place (the undo of the removal).
 */
gboolean
kolo_deck_remove_card (KoloDeck  *self,
                       KoloCard  *card,
                       GError   **error)
{
  g_autoptr(KoloCard) keep = NULL;
  g_autoptr(GArray) plays = NULL;
  KoloStore *store;
  guint position;
  gboolean ok;

  g_return_val_if_fail (KOLO_IS_DECK (self), FALSE);
  g_return_val_if_fail (KOLO_IS_CARD (card), FALSE);
  g_return_val_if_fail (kolo_card_get_deck (card) == self, FALSE);
  g_return_val_if_fail (g_list_store_find (self->cards, card, &position), FALSE);

  if ((store = get_store (self)) != NULL)
    {
      if (!kolo_store_begin (store, error))
        return FALSE;
      ok = (plays = plays_of_card (store, kolo_card_get_id (card), error)) != NULL &&
           kolo_store_run_with_id (store, "DELETE FROM cards WHERE id = ?1",
                                   kolo_card_get_id (card), error) &&
           shift (store, self->id, position + 1, -1, error);
      if (!kolo_store_finish (store, ok, error))
        return FALSE;
      _kolo_card_set_lost_row (card, self->id, kolo_card_get_id (card), plays);
    }

  keep = g_object_ref (card);
  _kolo_history_record_remove (_kolo_deck_recording_history (self), G_OBJECT (self),
                               G_OBJECT (card), position);
  g_list_store_remove (self->cards, position);
  _kolo_card_set_deck (card, NULL);
  _kolo_card_set_id (card, 0);
  count_situations (self);
  return TRUE;
}

/**
 * kolo_card_move:
 * @position: its new place in the deck, counted after it left its old one
 *
 * Reorders the deck's cards in one transaction.
 */
gboolean
kolo_card_move (KoloCard  *self,
                guint      position,
                GError   **error)
{
  g_autoptr(KoloCard) keep = NULL;
  KoloDeck *deck;
  KoloStore *store;
  guint old_position;
  gboolean ok;

  g_return_val_if_fail (KOLO_IS_CARD (self), FALSE);

  deck = kolo_card_get_deck (self);
  g_return_val_if_fail (deck != NULL, FALSE);
  g_return_val_if_fail (g_list_store_find (deck->cards, self, &old_position), FALSE);

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (deck->cards)) - 1);
  if (position == old_position)
    return TRUE;

  if ((store = get_store (deck)) != NULL)
    {
      sqlite3_stmt *stmt;

      if (!kolo_store_begin (store, error))
        return FALSE;
      /* The card's own row may shift too: its place is written last. */
      ok = shift (store, deck->id, old_position + 1, -1, error) &&
           shift (store, deck->id, position, 1, error) &&
           (stmt = kolo_store_prepare (store, "UPDATE cards SET position = ?2 WHERE id = ?1",
                                       error)) != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, kolo_card_get_id (self));
          sqlite3_bind_int (stmt, 2, position);
          ok = kolo_store_step_done (store, stmt, error);
        }
      if (!kolo_store_finish (store, ok, error))
        return FALSE;
    }

  keep = g_object_ref (self);
  _kolo_history_record_move (_kolo_deck_recording_history (deck), G_OBJECT (self),
                             G_OBJECT (deck), old_position, G_OBJECT (deck), position);
  g_list_store_remove (deck->cards, old_position);
  g_list_store_insert (deck->cards, position, self);
  return TRUE;
}
