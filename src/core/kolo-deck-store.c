/* kolo-deck-store.c — the deck library in and out of the store: loading,
 * the shipped decks, adding, removing and restoring decks, and the deck a
 * role-play activity uses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-deck-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "kolo-deck-private.h"
#include "kolo-model-private.h"
#include "kolo-store-private.h"

#define SHIPPED_DECKS RESOURCE_BASE "/decks/"

/* The library every event shares.  Removed decks are kept (with their
 * rows, marked deleted) until they are purged, so that an undo brings
 * them back whole: their cards, and what events drew from them. */
struct _KoloDeckLibrary
{
  GListStore *decks;     /* of KoloDeck, by title; NULL until first used */
  GPtrArray  *removed;   /* of KoloDeck, restorable */
};

KoloDeckLibrary *
_kolo_deck_library_new (void)
{
  KoloDeckLibrary *library = g_new0 (KoloDeckLibrary, 1);

  library->removed = g_ptr_array_new_with_free_func (g_object_unref);
  return library;
}

/* The store goes: its decks, wherever they are held, write nothing more. */
void
_kolo_deck_library_free (KoloDeckLibrary *library)
{
  if (library->decks != NULL)
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (library->decks)); i++)
      {
        g_autoptr(KoloDeck) deck = g_list_model_get_item (G_LIST_MODEL (library->decks), i);
        _kolo_deck_set_store (deck, NULL);
      }
  for (guint i = 0; i < library->removed->len; i++)
    _kolo_deck_set_store (library->removed->pdata[i], NULL);
  g_clear_object (&library->decks);
  g_ptr_array_unref (library->removed);
  g_free (library);
}

/* Row writers ----------------------------------------------------------- */

gboolean
_kolo_deck_write_briefs (KoloStore           *store,
                         gint64               card_id,
                         guint                n,
                         const char * const  *roles,
                         const char * const  *texts,
                         GError             **error)
{
  for (guint i = 0; i < n; i++)
    {
      sqlite3_stmt *stmt = kolo_store_prepare (store,
                                               "INSERT INTO card_briefs (card_id, position, role, text)"
                                               " VALUES (?1, ?2, ?3, ?4)",
                                               error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, card_id);
      sqlite3_bind_int (stmt, 2, i);
      sqlite3_bind_text (stmt, 3, roles[i] ? roles[i] : "", -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, texts[i] ? texts[i] : "", -1, SQLITE_TRANSIENT);
      if (!kolo_store_step_done (store, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_kolo_deck_write_card (KoloStore  *store,
                       gint64      deck_id,
                       guint       position,
                       KoloCard   *card,
                       gint64      row_id,
                       GError    **error)
{
  guint n = kolo_card_get_n_briefs (card);
  g_autofree const char **roles = g_new0 (const char *, n + 1);
  g_autofree const char **texts = g_new0 (const char *, n + 1);
  sqlite3_stmt *stmt;
  gint64 id;

  stmt = kolo_store_prepare (store,
                             "INSERT INTO cards (deck_id, position, kind, title, public, category,"
                             " difficulty, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                             error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, deck_id);
  sqlite3_bind_int (stmt, 2, position);
  sqlite3_bind_text (stmt, 3, kolo_card_kind_to_string (kolo_card_get_kind (card)), -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, kolo_card_get_title (card), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, kolo_card_get_public_text (card), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, kolo_card_get_category (card), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, kolo_difficulty_to_string (kolo_card_get_difficulty (card)), -1,
                     SQLITE_STATIC);
  /* NULL: a new ID, never one a card had before (AUTOINCREMENT). */
  if (row_id != 0)
    sqlite3_bind_int64 (stmt, 8, row_id);
  else
    sqlite3_bind_null (stmt, 8);
  if (!kolo_store_step_done (store, stmt, error))
    return FALSE;
  id = sqlite3_last_insert_rowid (kolo_store_get_db (store));
  _kolo_card_set_id (card, id);

  for (guint i = 0; i < n; i++)
    {
      roles[i] = kolo_card_get_brief_role (card, i);
      texts[i] = kolo_card_get_brief_text (card, i);
    }
  return _kolo_deck_write_briefs (store, id, n, roles, texts, error);
}

gboolean
_kolo_deck_write_deck (KoloStore  *store,
                       KoloDeck   *deck,
                       GError    **error)
{
  GListModel *cards = kolo_deck_get_cards (deck);
  sqlite3_stmt *stmt;
  gint64 id;

  stmt = kolo_store_prepare (store, "INSERT INTO decks (title, description) VALUES (?1, ?2)",
                             error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, kolo_deck_get_title (deck), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, kolo_deck_get_description (deck), -1, SQLITE_TRANSIENT);
  if (!kolo_store_step_done (store, stmt, error))
    return FALSE;
  id = sqlite3_last_insert_rowid (kolo_store_get_db (store));
  _kolo_deck_set_id (deck, id);

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(KoloCard) card = g_list_model_get_item (cards, i);

      if (!_kolo_deck_write_card (store, id, i, card, 0, error))
        return FALSE;
    }
  return TRUE;
}

/* After a refused write: the objects have no rows. */
static void
forget_ids (KoloDeck *deck)
{
  GListModel *cards = kolo_deck_get_cards (deck);

  _kolo_deck_set_id (deck, 0);
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(KoloCard) card = g_list_model_get_item (cards, i);
      _kolo_card_set_id (card, 0);
    }
}

/* The library's order ----------------------------------------------------- */

static int
compare_decks (KoloDeck *a,
               KoloDeck *b)
{
  g_autofree char *fa = g_utf8_casefold (kolo_deck_get_title (a), -1);
  g_autofree char *fb = g_utf8_casefold (kolo_deck_get_title (b), -1);
  int c = g_utf8_collate (fa, fb);
  gint64 ia = kolo_deck_get_id (a), ib = kolo_deck_get_id (b);

  if (c != 0)
    return c;
  return ia < ib ? -1 : (ia > ib ? 1 : 0);
}

static int
compare_decks_ptr (gconstpointer a,
                   gconstpointer b)
{
  return compare_decks (*(KoloDeck **) a, *(KoloDeck **) b);
}

static void
add_sorted (KoloDeckLibrary *library,
            KoloDeck        *deck)
{
  GListModel *decks = G_LIST_MODEL (library->decks);
  guint n = g_list_model_get_n_items (decks);
  guint pos;

  for (pos = 0; pos < n; pos++)
    {
      g_autoptr(KoloDeck) other = g_list_model_get_item (decks, pos);

      if (compare_decks (deck, other) < 0)
        break;
    }
  g_list_store_insert (library->decks, pos, deck);
}

void
_kolo_store_deck_title_changed (KoloStore *store,
                                KoloDeck  *deck)
{
  KoloDeckLibrary *library = _kolo_store_get_deck_library (store);
  guint pos;

  if (library->decks == NULL || !g_list_store_find (library->decks, deck, &pos))
    return;

  g_object_ref (deck);
  g_list_store_remove (library->decks, pos);
  add_sorted (library, deck);
  g_object_unref (deck);
}

/* Loading ----------------------------------------------------------------- */

static KoloDifficulty
column_difficulty (sqlite3_stmt *stmt,
                   int           column)
{
  KoloDifficulty difficulty = KOLO_DIFFICULTY_MEDIUM;

  kolo_difficulty_from_string ((const char *) sqlite3_column_text (stmt, column), &difficulty);
  return difficulty;
}

static KoloCardKind
column_kind (sqlite3_stmt *stmt,
             int           column)
{
  KoloCardKind kind = KOLO_CARD_SITUATION;

  kolo_card_kind_from_string ((const char *) sqlite3_column_text (stmt, column), &kind);
  return kind;
}

/* Positions are 0, 1, 2… within each deck, as every writer leaves them;
 * the edits shift them with one statement.  A file that breaks the rule is
 * renumbered once, as boards are. */
static gboolean
renumber (KoloStore  *store,
          GArray     *fixes,
          GError    **error)
{
  gboolean ok = TRUE;

  if (fixes->len == 0)
    return TRUE;
  if (!kolo_store_begin (store, error))
    return FALSE;
  for (guint i = 0; ok && i + 1 < fixes->len; i += 2)
    {
      sqlite3_stmt *stmt = kolo_store_prepare (store,
                                               "UPDATE cards SET position = ?1 WHERE id = ?2",
                                               error);

      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, g_array_index (fixes, gint64, i + 1));
          sqlite3_bind_int64 (stmt, 2, g_array_index (fixes, gint64, i));
          ok = kolo_store_step_done (store, stmt, error);
        }
    }
  return kolo_store_finish (store, ok, error);
}

/* Every deck that is not removed, with its cards and briefs: one query a
 * table. */
static gboolean
load_decks (KoloStore  *store,
            GPtrArray  *decks,
            GError    **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) cards = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) fixes = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) fix_error = NULL;
  KoloDeck *deck = NULL;
  gint64 position = 0;
  sqlite3_stmt *stmt;
  int rc;

  stmt = kolo_store_prepare (store, "SELECT id, title, description FROM decks WHERE deleted = 0",
                             error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      deck = _kolo_deck_new_full (id, (const char *) sqlite3_column_text (stmt, 1),
                                  (const char *) sqlite3_column_text (stmt, 2));
      g_ptr_array_add (decks, deck);
      g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), deck);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  deck = NULL;
  stmt = kolo_store_prepare (store,
                             "SELECT c.id, c.deck_id, c.position, c.kind, c.title, c.public,"
                             "       c.category, c.difficulty"
                             "  FROM cards c JOIN decks d ON d.id = c.deck_id"
                             " WHERE d.deleted = 0"
                             " ORDER BY c.deck_id, c.position, c.id",
                             error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gint64 deck_id = sqlite3_column_int64 (stmt, 1);
      g_autoptr(KoloCard) card = NULL;

      if (deck == NULL || kolo_deck_get_id (deck) != deck_id)
        {
          deck = g_hash_table_lookup (by_id, &deck_id);
          position = 0;
        }
      card = _kolo_card_new_full (id, column_kind (stmt, 3),
                                  (const char *) sqlite3_column_text (stmt, 4),
                                  (const char *) sqlite3_column_text (stmt, 5),
                                  (const char *) sqlite3_column_text (stmt, 6),
                                  column_difficulty (stmt, 7));
      if (sqlite3_column_int64 (stmt, 2) != position)
        {
          g_array_append_val (fixes, id);
          g_array_append_val (fixes, position);
        }
      position++;
      _kolo_deck_append_card (deck, card);
      g_hash_table_insert (cards, g_memdup2 (&id, sizeof id), card);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  stmt = kolo_store_prepare (store,
                             "SELECT b.card_id, b.role, b.text"
                             "  FROM card_briefs b JOIN cards c ON c.id = b.card_id"
                             "  JOIN decks d ON d.id = c.deck_id"
                             " WHERE d.deleted = 0"
                             " ORDER BY b.card_id, b.position",
                             error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 card_id = sqlite3_column_int64 (stmt, 0);
      KoloCard *card = g_hash_table_lookup (cards, &card_id);

      if (card != NULL)
        _kolo_card_add_brief (card, (const char *) sqlite3_column_text (stmt, 1),
                              (const char *) sqlite3_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  /* On failure the order on screen is right all the same; the user hears
   * of the write that failed. */
  if (!renumber (store, fixes, &fix_error))
    kolo_store_report_error (store, fix_error);
  return TRUE;

failed:
  kolo_store_set_sqlite_error (store, error);
  return FALSE;
}

/* The shipped decks ------------------------------------------------------- */

static gboolean
was_shipped (KoloStore  *store,
             const char *name)
{
  sqlite3_stmt *stmt = kolo_store_prepare (store, "SELECT 1 FROM shipped_decks WHERE name = ?1",
                                           NULL);
  gboolean found;

  /* A store that cannot tell brings nothing in: no deck twice. */
  if (stmt == NULL)
    return TRUE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  found = sqlite3_step (stmt) != SQLITE_DONE;
  sqlite3_reset (stmt);
  return found;
}

static int
compare_names (const void *a,
               const void *b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static KoloDeck *
load_shipped (const char *file)
{
  g_autofree char *path = g_strconcat (SHIPPED_DECKS, file, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  KoloDeck *deck;

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    return NULL;
  deck = kolo_deck_parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  if (deck == NULL)
    /* A shipped file is checked by the test suite; this is a packaging bug. */
    g_critical ("Shipped deck %s is broken: %s", file, error->message);
  return deck;
}

/* Each deck Kolo ships (data/decks/NAME.json in the GResource) comes into
 * a database once, the first time its library is used after that Kolo is
 * installed: a new database gets them all, a newer Kolo its new ones.  A
 * shipped deck the trainer edits stays edited, and one they delete stays
 * deleted: shipped_decks remembers every name brought in. */
static void
bring_in_shipped (KoloStore       *store,
                  KoloDeckLibrary *library)
{
  g_auto(GStrv) files = NULL;

  files = g_resources_enumerate_children (SHIPPED_DECKS, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (files == NULL)
    return;
  /* In the order of their names, so every database numbers them alike. */
  qsort (files, g_strv_length (files), sizeof (char *), compare_names);

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(KoloDeck) deck = NULL;
      g_autoptr(GError) error = NULL;
      sqlite3_stmt *stmt;
      gboolean ok;

      if (!g_str_has_suffix (files[i], ".json"))
        continue;
      name = g_strndup (files[i], strlen (files[i]) - strlen (".json"));
      if (was_shipped (store, name) || (deck = load_shipped (files[i])) == NULL)
        continue;

      if (!kolo_store_begin (store, &error))
        {
          kolo_store_report_error (store, error);
          return;
        }
      ok = _kolo_deck_write_deck (store, deck, &error) &&
           (stmt = kolo_store_prepare (store, "INSERT INTO shipped_decks (name) VALUES (?1)",
                                       &error)) != NULL;
      if (ok)
        {
          sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
          ok = kolo_store_step_done (store, stmt, &error);
        }
      if (!kolo_store_finish (store, ok, &error))
        {
          forget_ids (deck);
          kolo_store_report_error (store, error);
          return;
        }
      _kolo_deck_set_store (deck, store);
      add_sorted (library, deck);
    }
}

static KoloDeckLibrary *
ensure_library (KoloStore  *store,
                GError    **error)
{
  KoloDeckLibrary *library = _kolo_store_get_deck_library (store);
  g_autoptr(GPtrArray) decks = NULL;

  if (library->decks != NULL)
    return library;

  decks = g_ptr_array_new_with_free_func (g_object_unref);
  if (!load_decks (store, decks, error))
    return NULL;

  g_ptr_array_sort (decks, compare_decks_ptr);
  for (guint i = 0; i < decks->len; i++)
    _kolo_deck_set_store (decks->pdata[i], store);
  library->decks = g_list_store_new (KOLO_TYPE_DECK);
  g_list_store_splice (library->decks, 0, 0, decks->pdata, decks->len);

  bring_in_shipped (store, library);
  return library;
}

/* Public ------------------------------------------------------------------ */

/**
 * kolo_store_get_decks:
 *
 * The library of decks every event shares, by title.  The same list every
 * time: views bind to it.  Its first use in a database brings in the
 * decks Kolo ships.
 *
 * Returns: (transfer none): a #GListModel of #KoloDeck
 */
GListModel *
kolo_store_get_decks (KoloStore *self)
{
  g_autoptr(GError) error = NULL;
  KoloDeckLibrary *library;

  g_return_val_if_fail (KOLO_IS_STORE (self), NULL);

  if ((library = ensure_library (self, &error)) == NULL)
    {
      kolo_store_report_error (self, error);
      library = _kolo_store_get_deck_library (self);
      library->decks = g_list_store_new (KOLO_TYPE_DECK);
    }
  return G_LIST_MODEL (library->decks);
}

/**
 * kolo_store_lookup_deck:
 *
 * Returns: (transfer full): the deck with @id, or %NULL with @error set
 */
KoloDeck *
kolo_store_lookup_deck (KoloStore  *self,
                        gint64      id,
                        GError    **error)
{
  KoloDeckLibrary *library;
  GListModel *decks;

  g_return_val_if_fail (KOLO_IS_STORE (self), NULL);

  if ((library = ensure_library (self, error)) == NULL)
    return NULL;

  decks = G_LIST_MODEL (library->decks);
  for (guint i = 0; i < g_list_model_get_n_items (decks); i++)
    {
      g_autoptr(KoloDeck) deck = g_list_model_get_item (decks, i);

      if (kolo_deck_get_id (deck) == id)
        return g_steal_pointer (&deck);
    }

  g_set_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_NOT_FOUND,
               _("There is no deck with ID %lld"), (long long) id);
  return NULL;
}

/**
 * kolo_store_insert_deck:
 * @deck: a deck of no store (kolo_deck_new() or kolo_deck_parse()), with
 *   its cards
 *
 * Writes @deck with its cards and briefs in one transaction, all or
 * nothing, and adds it to the library.
 */
gboolean
kolo_store_insert_deck (KoloStore  *self,
                        KoloDeck   *deck,
                        GError    **error)
{
  KoloDeckLibrary *library;
  gboolean ok;

  g_return_val_if_fail (KOLO_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOLO_IS_DECK (deck), FALSE);
  g_return_val_if_fail (kolo_deck_get_store (deck) == NULL && kolo_deck_get_id (deck) == 0, FALSE);

  /* The library first, so that the new deck joins it. */
  if ((library = ensure_library (self, error)) == NULL || !kolo_store_begin (self, error))
    return FALSE;
  ok = _kolo_deck_write_deck (self, deck, error);
  if (!kolo_store_finish (self, ok, error))
    {
      forget_ids (deck);
      return FALSE;
    }

  _kolo_deck_set_store (deck, self);
  add_sorted (library, deck);
  return TRUE;
}

static gboolean
set_deleted (KoloStore  *self,
             KoloDeck   *deck,
             gboolean    deleted,
             GError    **error)
{
  sqlite3_stmt *stmt = kolo_store_prepare (self, "UPDATE decks SET deleted = ?1 WHERE id = ?2",
                                           error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, deleted);
  sqlite3_bind_int64 (stmt, 2, kolo_deck_get_id (deck));
  return kolo_store_step_done (self, stmt, error);
}

/**
 * kolo_store_remove_deck:
 *
 * Removes @deck from the library at once.  Its rows, with what events
 * drew from it, go with kolo_store_purge_removed_deck() (when the undo
 * toast is gone) or when the store closes; until then
 * kolo_store_restore_deck() brings it back as it was.
 */
gboolean
kolo_store_remove_deck (KoloStore  *self,
                        KoloDeck   *deck,
                        GError    **error)
{
  KoloDeckLibrary *library;
  guint pos;

  g_return_val_if_fail (KOLO_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOLO_IS_DECK (deck), FALSE);
  g_return_val_if_fail (kolo_deck_get_store (deck) == self, FALSE);

  if ((library = ensure_library (self, error)) == NULL)
    return FALSE;
  g_return_val_if_fail (g_list_store_find (library->decks, deck, &pos), FALSE);

  if (!set_deleted (self, deck, TRUE, error))
    return FALSE;

  g_ptr_array_add (library->removed, g_object_ref (deck));
  g_list_store_remove (library->decks, pos);
  return TRUE;
}

/**
 * kolo_store_restore_deck:
 *
 * Brings back a deck kolo_store_remove_deck() removed, with its cards and
 * the draws of every event, unless it was purged meanwhile.
 */
gboolean
kolo_store_restore_deck (KoloStore  *self,
                         KoloDeck   *deck,
                         GError    **error)
{
  KoloDeckLibrary *library;
  guint index;

  g_return_val_if_fail (KOLO_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOLO_IS_DECK (deck), FALSE);

  if ((library = ensure_library (self, error)) == NULL)
    return FALSE;
  if (g_list_store_find (library->decks, deck, NULL))
    return TRUE;

  if (!g_ptr_array_find (library->removed, deck, &index))
    {
      g_set_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_NOT_FOUND,
                   _("The deck is gone for good and cannot be restored"));
      return FALSE;
    }
  if (!set_deleted (self, deck, FALSE, error))
    return FALSE;
  if (sqlite3_changes (kolo_store_get_db (self)) == 0)
    {
      g_set_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_NOT_FOUND,
                   _("The deck is gone for good and cannot be restored"));
      return FALSE;
    }

  add_sorted (library, deck);
  g_ptr_array_remove_index (library->removed, index);
  return TRUE;
}

/**
 * kolo_store_purge_removed_deck:
 *
 * Deletes a removed deck's rows for good, with its cards and what events
 * drew from it (the record of plays keeps the cards' titles).  Does
 * nothing if @deck was restored meanwhile.
 */
gboolean
kolo_store_purge_removed_deck (KoloStore  *self,
                               KoloDeck   *deck,
                               GError    **error)
{
  KoloDeckLibrary *library;
  guint index;

  g_return_val_if_fail (KOLO_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOLO_IS_DECK (deck), FALSE);

  if (!kolo_store_run_with_id (self, "DELETE FROM decks WHERE id = ?1 AND deleted = 1",
                               kolo_deck_get_id (deck), error))
    return FALSE;

  library = _kolo_store_get_deck_library (self);
  if (g_ptr_array_find (library->removed, deck, &index))
    {
      _kolo_deck_set_store (deck, NULL);
      forget_ids (deck);
      g_ptr_array_remove_index (library->removed, index);
    }
  return TRUE;
}

/* Role-play activities ---------------------------------------------------- */

static KoloStore *
activity_store (KoloActivity *activity)
{
  KoloEvent *event = _kolo_model_get_event (G_OBJECT (activity));

  return event != NULL && kolo_activity_get_id (activity) != 0 ? kolo_event_get_store (event)
                                                               : NULL;
}

/**
 * kolo_activity_get_deck:
 *
 * The deck a role-play activity uses: a link in the store, which goes
 * when the deck is removed (and comes back with it).
 *
 * Returns: (transfer full) (nullable): the deck, or %NULL when none
 */
KoloDeck *
kolo_activity_get_deck (KoloActivity *activity)
{
  KoloStore *store;
  sqlite3_stmt *stmt;
  gint64 deck_id = 0;

  g_return_val_if_fail (KOLO_IS_ACTIVITY (activity), NULL);

  if ((store = activity_store (activity)) == NULL)
    return NULL;
  stmt = kolo_store_prepare (store, "SELECT deck_id FROM activities WHERE id = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, kolo_activity_get_id (activity));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    deck_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return deck_id != 0 ? kolo_store_lookup_deck (store, deck_id, NULL) : NULL;
}

/**
 * kolo_activity_set_deck:
 * @deck: (nullable): a deck of the library of the activity's store
 *
 * Links a role-play activity to the deck it draws from.
 */
gboolean
kolo_activity_set_deck (KoloActivity  *activity,
                        KoloDeck      *deck,
                        GError       **error)
{
  KoloStore *store;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (KOLO_IS_ACTIVITY (activity), FALSE);
  g_return_val_if_fail (deck == NULL || KOLO_IS_DECK (deck), FALSE);

  if ((store = activity_store (activity)) == NULL)
    {
      g_set_error_literal (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                           "The activity is not in a store");
      return FALSE;
    }
  g_return_val_if_fail (deck == NULL ||
                        (kolo_deck_get_store (deck) == store && kolo_deck_get_id (deck) != 0),
                        FALSE);

  stmt = kolo_store_prepare (store, "UPDATE activities SET deck_id = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, kolo_activity_get_id (activity));
  if (deck != NULL)
    sqlite3_bind_int64 (stmt, 2, kolo_deck_get_id (deck));
  else
    sqlite3_bind_null (stmt, 2);
  return kolo_store_step_done (store, stmt, error);
}

/**
 * kolo_store_import_deck:
 * @data: a kolo-deck file
 *
 * Checks the whole file, then stores the deck in one transaction: a bad
 * file changes nothing.
 *
 * Returns: (transfer full): the new deck, or %NULL with @error set to
 *   every problem, one a line
 */
KoloDeck *
kolo_store_import_deck (KoloStore   *self,
                        const char  *data,
                        gsize        length,
                        GError     **error)
{
  g_autoptr(KoloDeck) deck = NULL;

  g_return_val_if_fail (KOLO_IS_STORE (self), NULL);

  if ((deck = kolo_deck_parse (data, length, error)) == NULL ||
      !kolo_store_insert_deck (self, deck, error))
    return NULL;
  return g_steal_pointer (&deck);
}
