/* kolo-deck-file.c — kolo-deck files: a deck read and checked whole before
 * anything is written, and written byte for byte the same every time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-deck-file"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kolo-deck-private.h"
#include "kolo-json.h"

/* The format is described in docs/formats.md, "kolo-deck". */

static void
read_brief (KoloJsonCheck *check,
            JsonNode      *node,
            KoloCard      *card)
{
  static const char * const keys[] = { "role", "text", NULL };
  g_autofree char *role = NULL;
  g_autofree char *text = NULL;
  JsonObject *object;

  if ((object = kolo_json_check_object (check, node)) == NULL)
    return;
  kolo_json_check_keys (check, object, keys);

  role = kolo_json_check_string (check, object, "role", FALSE, KOLO_CARD_ROLE_MAX);
  text = kolo_json_check_string (check, object, "text", TRUE, KOLO_CARD_BRIEF_MAX);
  if (text != NULL)
    _kolo_card_add_brief (card, role ? role : "", text);
}

static void
read_card (KoloJsonCheck *check,
           JsonNode      *node,
           KoloDeck      *deck)
{
  static const char * const keys[] = {
    "kind", "title", "public", "briefs", "category", "difficulty", NULL
  };
  g_autoptr(KoloCard) card = NULL;
  g_autofree char *kind_name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *public_text = NULL;
  g_autofree char *category = NULL;
  g_autofree char *difficulty_name = NULL;
  KoloCardKind kind = KOLO_CARD_SITUATION;
  KoloDifficulty difficulty = KOLO_DIFFICULTY_MEDIUM;
  JsonObject *object;
  JsonArray *briefs;

  if ((object = kolo_json_check_object (check, node)) == NULL)
    return;
  kolo_json_check_keys (check, object, keys);

  kind_name = kolo_json_check_string (check, object, "kind", TRUE, KOLO_CARD_TITLE_MAX);
  if (kind_name != NULL && !kolo_card_kind_from_string (kind_name, &kind))
    {
      kolo_json_check_push_key (check, "kind");
      kolo_json_check_problem (check,
                               _("“%s” is not a kind of card; expected situation, role or "
                                 "observer"),
                               kind_name);
      kolo_json_check_pop (check);
    }
  title = kolo_json_check_string (check, object, "title", TRUE, KOLO_CARD_TITLE_MAX);
  public_text = kolo_json_check_string (check, object, "public", FALSE, KOLO_CARD_PUBLIC_MAX);
  category = kolo_json_check_string (check, object, "category", FALSE, KOLO_CARD_CATEGORY_MAX);
  difficulty_name = kolo_json_check_string (check, object, "difficulty", FALSE,
                                            KOLO_CARD_TITLE_MAX);
  if (difficulty_name != NULL && !kolo_difficulty_from_string (difficulty_name, &difficulty))
    {
      kolo_json_check_push_key (check, "difficulty");
      kolo_json_check_problem (check,
                               _("“%s” is not a difficulty; expected easy, medium or hard"),
                               difficulty_name);
      kolo_json_check_pop (check);
    }

  card = _kolo_card_new_full (0, kind, title, public_text, category, difficulty);

  if ((briefs = kolo_json_check_array (check, object, "briefs", FALSE)) != NULL)
    {
      guint n = json_array_get_length (briefs);

      if (n > KOLO_CARD_MAX_BRIEFS)
        kolo_json_check_problem (check,
                                 g_dngettext (GETTEXT_PACKAGE,
                                              "at most %d brief is allowed, this has %u",
                                              "at most %d briefs are allowed, this has %u",
                                              KOLO_CARD_MAX_BRIEFS),
                                 KOLO_CARD_MAX_BRIEFS, n);
      for (guint i = 0; i < n; i++)
        {
          kolo_json_check_push_index (check, i);
          read_brief (check, json_array_get_element (briefs, i), card);
          kolo_json_check_pop (check);
        }
      kolo_json_check_pop (check);
    }

  /* A card with a problem is left out: the file is refused anyway. */
  if (title != NULL)
    _kolo_deck_append_card (deck, card);
}

/* Reads the "format" and "version" members; they decide everything else. */
static gboolean
read_header (JsonObject  *object,
             GError     **error)
{
  JsonNode *format = json_object_get_member (object, "format");
  const char *name;
  gint64 number;

  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format) ||
      json_node_get_value_type (format) != G_TYPE_STRING)
    {
      g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_FORMAT,
                   _("format: this is not a Kolo file (expected \"format\": \"kolo-deck\")"));
      return FALSE;
    }

  name = json_node_get_string (format);
  if (g_str_equal (name, "kolo-template") || g_str_equal (name, "kolo-event"))
    {
      g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_FORMAT,
                   /* Translators: %s is kolo-template or kolo-event, as typed */
                   _("format: this is a %s file, not a deck (expected kolo-deck)"), name);
      return FALSE;
    }
  if (!g_str_equal (name, KOLO_DECK_FORMAT))
    {
      g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_FORMAT,
                   _("format: “%s” is not a format this Kolo knows (expected kolo-deck)"), name);
      return FALSE;
    }

  return kolo_json_read_version (object, name, KOLO_DECK_VERSION, &number, error);
}

/**
 * _kolo_deck_parse_node:
 * @root: a parsed kolo-deck file
 *
 * Returns: (transfer full): the deck, or %NULL with @error set
 */
KoloDeck *
_kolo_deck_parse_node (JsonNode  *root,
                       GError   **error)
{
  static const char * const keys[] = {
    "format", "version", "title", "description", "cards", NULL
  };
  g_autoptr(KoloJsonCheck) check = NULL;
  g_autoptr(KoloDeck) deck = NULL;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  JsonObject *object;
  JsonArray *cards;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_FORMAT,
                   _("this is not a Kolo file: expected an object in braces { }"));
      return NULL;
    }
  object = json_node_get_object (root);
  if (!read_header (object, error))
    return NULL;

  check = kolo_json_check_new ();
  kolo_json_check_keys (check, object, keys);
  title = kolo_json_check_string (check, object, "title", TRUE, KOLO_DECK_TITLE_MAX);
  description = kolo_json_check_string (check, object, "description", FALSE,
                                        KOLO_DECK_DESCRIPTION_MAX);
  deck = _kolo_deck_new_full (0, title, description);

  if ((cards = kolo_json_check_array (check, object, "cards", TRUE)) != NULL)
    {
      guint n = json_array_get_length (cards);

      /* Not read one by one: thousands of problems help nobody. */
      if (n > KOLO_DECK_MAX_CARDS)
        kolo_json_check_problem (check,
                                 g_dngettext (GETTEXT_PACKAGE,
                                              "at most %d card is allowed, this has %u",
                                              "at most %d cards are allowed, this has %u",
                                              KOLO_DECK_MAX_CARDS),
                                 KOLO_DECK_MAX_CARDS, n);
      for (guint i = 0; n <= KOLO_DECK_MAX_CARDS && i < n; i++)
        {
          kolo_json_check_push_index (check, i);
          read_card (check, json_array_get_element (cards, i), deck);
          kolo_json_check_pop (check);
        }
      kolo_json_check_pop (check);
    }

  if (!kolo_json_check_propagate (check, error))
    return NULL;
  return g_steal_pointer (&deck);
}

/**
 * kolo_deck_parse:
 * @data: a kolo-deck file
 *
 * Reads and checks a whole file.  Nothing is written anywhere: a deck that
 * comes back is complete and valid, ready to be stored in one go with
 * kolo_store_insert_deck().
 *
 * Returns: (transfer full): a deck of no store, or %NULL with @error set
 *   to every problem, one a line, each with its path
 */
KoloDeck *
kolo_deck_parse (const char  *data,
                 gsize        length,
                 GError     **error)
{
  g_autoptr(JsonNode) root = NULL;

  if ((root = kolo_json_parse (data, length, error)) == NULL)
    return NULL;
  return _kolo_deck_parse_node (root, error);
}

/* Writing ----------------------------------------------------------------- */

static void
add_text (JsonBuilder *builder,
          const char  *key,
          const char  *value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, value ? value : "");
}

static void
write_card (JsonBuilder *builder,
            KoloCard    *card)
{
  json_builder_begin_object (builder);
  add_text (builder, "kind", kolo_card_kind_to_string (kolo_card_get_kind (card)));
  add_text (builder, "title", kolo_card_get_title (card));
  add_text (builder, "public", kolo_card_get_public_text (card));
  json_builder_set_member_name (builder, "briefs");
  json_builder_begin_array (builder);
  for (guint i = 0; i < kolo_card_get_n_briefs (card); i++)
    {
      json_builder_begin_object (builder);
      add_text (builder, "role", kolo_card_get_brief_role (card, i));
      add_text (builder, "text", kolo_card_get_brief_text (card, i));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  add_text (builder, "category", kolo_card_get_category (card));
  add_text (builder, "difficulty", kolo_difficulty_to_string (kolo_card_get_difficulty (card)));
  json_builder_end_object (builder);
}

/**
 * kolo_deck_to_json:
 *
 * Every member is written, empty or not, in the format's order: the same
 * deck always gives the same bytes.
 *
 * Returns: (transfer full): the deck as a kolo-deck file
 */
char *
kolo_deck_to_json (KoloDeck *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonNode) root = NULL;
  GListModel *cards;

  g_return_val_if_fail (KOLO_IS_DECK (self), NULL);

  cards = kolo_deck_get_cards (self);
  json_builder_begin_object (builder);
  add_text (builder, "format", KOLO_DECK_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, KOLO_DECK_VERSION);
  add_text (builder, "title", kolo_deck_get_title (self));
  add_text (builder, "description", kolo_deck_get_description (self));
  json_builder_set_member_name (builder, "cards");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(KoloCard) card = g_list_model_get_item (cards, i);
      write_card (builder, card);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return kolo_json_write (root);
}
