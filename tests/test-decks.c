/* test-decks.c — role-play decks: the library in the store, kolo-deck
 * files, the shipped decks, drawing without repeats (fairly), giving out
 * roles, the record of plays, and the printed cards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "kolo-deck-private.h"
#include "kolo-store-private.h"
#include "kolo-test-util.h"

typedef struct
{
  char      *dir;
  char      *path;
  KoloStore *store;
  KoloEvent *event;       /* two days, from the shipped template */
  gint64     event_id;
  guint      write_failed;
} Fixture;

/* A small deck in the files' own layout: export gives back these bytes. */
static const char small_deck[] =
  "{\n"
  "  \"format\": \"kolo-deck\",\n"
  "  \"version\": 1,\n"
  "  \"title\": \"Складні розмови\",\n"
  "  \"description\": \"Ситуації для рольових ігор.\\nДругий рядок \\\"в лапках\\\" \\\\ і\\tтаб.\",\n"
  "  \"cards\": [\n"
  "    {\n"
  "      \"kind\": \"situation\",\n"
  "      \"title\": \"Штраф за загублену книжку\",\n"
  "      \"public\": \"Читач загубив книжку і не хоче платити.\",\n"
  "      \"briefs\": [\n"
  "        {\n"
  "          \"role\": \"Читач\",\n"
  "          \"text\": \"Ви певні, що повернули книжку ще в березні.\"\n"
  "        },\n"
  "        {\n"
  "          \"role\": \"Бібліотекарка\",\n"
  "          \"text\": \"У формулярі книжка досі записана на читача.\"\n"
  "        }\n"
  "      ],\n"
  "      \"category\": \"Штрафи\",\n"
  "      \"difficulty\": \"medium\"\n"
  "    },\n"
  "    {\n"
  "      \"kind\": \"situation\",\n"
  "      \"title\": \"Шум у читальній залі\",\n"
  "      \"public\": \"\",\n"
  "      \"briefs\": [],\n"
  "      \"category\": \"\",\n"
  "      \"difficulty\": \"easy\"\n"
  "    },\n"
  "    {\n"
  "      \"kind\": \"observer\",\n"
  "      \"title\": \"Спостерігач: мова тіла\",\n"
  "      \"public\": \"Стежте за жестами й позою.\",\n"
  "      \"briefs\": [\n"
  "        {\n"
  "          \"role\": \"\",\n"
  "          \"text\": \"Запишіть три жести, що заспокоїли розмову.\"\n"
  "        }\n"
  "      ],\n"
  "      \"category\": \"Спостереження\",\n"
  "      \"difficulty\": \"hard\"\n"
  "    }\n"
  "  ]\n"
  "}\n";

/* Helpers ------------------------------------------------------------------ */

static void
open_store (Fixture *f)
{
  f->store = kolo_test_open_store (f->path, &f->write_failed);
  f->event = kolo_test_lookup_event (f->store, f->event_id);
}

static void
close_store (Fixture *f)
{
  kolo_test_close_store (&f->store, &f->event);
}

/* A fresh store on the same file: what is left is what was written. */
static void
reopen (Fixture *f)
{
  close_store (f);
  open_store (f);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = kolo_test_make_dir ();
  f->path = g_build_filename (f->dir, "kolo.db", NULL);
  f->store = kolo_test_open_store (f->path, &f->write_failed);
  f->event = kolo_test_new_training (f->store, NULL);
  f->event_id = kolo_event_get_id (f->event);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->store != NULL)
    close_store (f);
  kolo_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Behind the store's back: @sql run with sqlite3 itself. */
static void
db_exec (Fixture    *f,
         const char *sql)
{
  kolo_test_db_exec (f->path, sql);
}

static gint64
db_count (Fixture    *f,
          const char *sql)
{
  return kolo_test_db_int (f->path, sql);
}

/* The library without the shipped decks: the tests count their own. */
static void
empty_library (Fixture *f)
{
  GListModel *decks = kolo_store_get_decks (f->store);

  while (g_list_model_get_n_items (decks) > 0)
    {
      g_autoptr(GError) error = NULL;
      KoloDeck *deck = kolo_test_item (decks, 0);

      g_assert_true (kolo_store_remove_deck (f->store, deck, &error));
      g_assert_no_error (error);
      g_assert_true (kolo_store_purge_removed_deck (f->store, deck, &error));
      g_assert_no_error (error);
    }
}

/* A stored deck (borrowed from the library) with @n_situations situations
 * «Ситуація 1»… of two briefs each, then @n_roles role cards. */
static KoloDeck *
make_deck (Fixture    *f,
           const char *title,
           guint       n_situations,
           guint       n_roles)
{
  static const char * const roles[] = { "Читач", "Бібліотекарка", NULL };
  g_autoptr(KoloDeck) deck = kolo_deck_new (title);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n_situations + n_roles; i++)
    {
      gboolean situation = i < n_situations;
      g_autofree char *name = g_strdup_printf (situation ? "Ситуація %u" : "Роль %u",
                                               situation ? i + 1 : i - n_situations + 1);
      g_autofree char *brief1 = g_strdup_printf ("Бриф читача %u", i + 1);
      g_autofree char *brief2 = g_strdup_printf ("Бриф бібліотекарки %u", i + 1);
      const char *texts[] = { brief1, brief2, NULL };
      g_autoptr(KoloCard) card = kolo_card_new (situation ? KOLO_CARD_SITUATION : KOLO_CARD_ROLE,
                                                name);

      g_assert_true (kolo_card_set_briefs (card, roles, texts, &error));
      g_assert_no_error (error);
      g_assert_true (kolo_deck_insert_card (deck, G_MAXUINT, card, &error));
      g_assert_no_error (error);
    }
  g_assert_true (kolo_store_insert_deck (f->store, deck, &error));
  g_assert_no_error (error);
  g_assert_true (kolo_deck_get_store (deck) == f->store);
  g_assert_cmpint (kolo_deck_get_id (deck), >, 0);
  /* The library holds it now. */
  return deck;
}

/* The cards' titles, joined with "|". */
static char *
titles (GListModel *cards)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    g_string_append_printf (out, "%s%s", i ? "|" : "",
                            kolo_card_get_title (kolo_test_item (cards, i)));
  return g_string_free (out, FALSE);
}

#define assert_titles(list, expected) G_STMT_START { \
    g_autofree char *got_ = titles (list); \
    g_assert_cmpstr (got_, ==, (expected)); \
  } G_STMT_END

static char *
deck_titles (GListModel *decks)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (decks); i++)
    g_string_append_printf (out, "%s%s", i ? "|" : "",
                            kolo_deck_get_title (kolo_test_item (decks, i)));
  return g_string_free (out, FALSE);
}

static KoloDeck *
find_deck (Fixture    *f,
           const char *title)
{
  GListModel *decks = kolo_store_get_decks (f->store);

  for (guint i = 0; i < g_list_model_get_n_items (decks); i++)
    if (g_str_equal (kolo_deck_get_title (kolo_test_item (decks, i)), title))
      return kolo_test_item (decks, i);
  return NULL;
}

static KoloDay *
day (Fixture *f,
     guint    index)
{
  return kolo_test_item (kolo_event_get_days (f->event), index);
}

/* Adds participants «Name1»… of @institutions in turn, and marks the
 * first @n_present of them present on day 1. */
static void
add_people (Fixture *f,
            guint    n,
            guint    n_present)
{
  static const char * const institutions[] = {
    "ОУНБ", "ЦБС Житомира", "Бібліотека № 3", "Сільська бібліотека"
  };
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) present = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Учасниця %u", i + 1);
      KoloParticipant *person = kolo_participant_new (name);

      kolo_participant_set_institution (person, institutions[i % G_N_ELEMENTS (institutions)]);
      g_ptr_array_add (people, person);
      if (i < n_present)
        g_ptr_array_add (present, person);
    }
  g_assert_true (kolo_event_add_participants (f->event, people, &error));
  g_assert_no_error (error);
  g_assert_true (kolo_event_set_attendance (f->event, day (f, 0), present, TRUE, &error));
  g_assert_no_error (error);
}

static KoloDeck *
import (Fixture    *f,
        const char *text)
{
  g_autoptr(GError) error = NULL;
  KoloDeck *deck = kolo_store_import_deck (f->store, text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_nonnull (deck);
  g_object_unref (deck);   /* the library holds it */
  return deck;
}

/* The store ------------------------------------------------------------------ */

static void
test_schema (Fixture       *f,
             gconstpointer  data)
{
  g_assert_cmpint (kolo_store_get_schema_version (), >=, 6);
  g_assert_cmpint (db_count (f, "PRAGMA user_version"), ==, kolo_store_get_schema_version ());
  g_assert_cmpint (db_count (f, "SELECT count(*) FROM sqlite_master WHERE name IN ('decks',"
                                " 'cards', 'card_briefs', 'shipped_decks', 'plays', 'play_roles',"
                                " 'deck_shuffles')"), ==, 7);
  g_assert_cmpint (db_count (f, "SELECT count(*) FROM pragma_table_info ('activities')"
                                " WHERE name = 'deck_id'"), ==, 1);
}

static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  static const char * const roles[] = { "Читачка", "", NULL };
  static const char * const texts[] = { "Поспішає на потяг.", "Щойно прийшла на зміну.", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloCard) added = kolo_card_new (KOLO_CARD_OBSERVER, "Нова картка");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  KoloDeck *deck;
  KoloCard *card;
  gint64 id;

  empty_library (f);
  deck = make_deck (f, "Колода", 3, 1);
  id = kolo_deck_get_id (deck);
  assert_titles (kolo_deck_get_cards (deck), "Ситуація 1|Ситуація 2|Ситуація 3|Роль 1");
  g_assert_cmpuint (kolo_deck_get_n_situations (deck), ==, 3);

  /* Every setter writes through. */
  kolo_deck_set_title (deck, "Конфлікти");
  kolo_deck_set_description (deck, "Для другого модуля");
  card = kolo_test_item (kolo_deck_get_cards (deck), 1);
  kolo_card_set_title (card, "Черга до комп’ютерів");
  kolo_card_set_public_text (card, "Усі комп’ютери зайняті.");
  kolo_card_set_category (card, "Черги");
  kolo_card_set_difficulty (card, KOLO_DIFFICULTY_HARD);
  kolo_card_set_kind (card, KOLO_CARD_ROLE);
  g_assert_cmpuint (kolo_deck_get_n_situations (deck), ==, 2);
  g_assert_true (kolo_card_set_briefs (card, roles, texts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kolo_card_get_n_briefs (card), ==, 2);
  g_assert_cmpstr (kolo_card_get_brief_role (card, 1), ==, "");
  g_assert_cmpstr (kolo_card_get_brief_text (card, 0), ==, "Поспішає на потяг.");

  /* A blank title is ignored: a deck and a card always have one. */
  kolo_deck_set_title (deck, "  ");
  kolo_card_set_title (card, "");
  g_assert_cmpstr (kolo_deck_get_title (deck), ==, "Конфлікти");
  g_assert_cmpstr (kolo_card_get_title (card), ==, "Черга до комп’ютерів");

  /* Insert, move, remove. */
  g_assert_true (kolo_deck_insert_card (deck, 1, added, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kolo_card_get_id (added), >, 0);
  g_assert_true (kolo_card_get_deck (added) == deck);
  assert_titles (kolo_deck_get_cards (deck),
                 "Ситуація 1|Нова картка|Черга до комп’ютерів|Ситуація 3|Роль 1");
  g_assert_true (kolo_card_move (added, 4, &error));
  g_assert_no_error (error);
  assert_titles (kolo_deck_get_cards (deck),
                 "Ситуація 1|Черга до комп’ютерів|Ситуація 3|Роль 1|Нова картка");
  g_assert_true (kolo_card_move (added, 0, &error));
  g_assert_no_error (error);
  card = kolo_test_item (kolo_deck_get_cards (deck), 3);
  g_assert_true (kolo_deck_remove_card (deck, card, &error));
  g_assert_no_error (error);
  assert_titles (kolo_deck_get_cards (deck),
                 "Нова картка|Ситуація 1|Черга до комп’ютерів|Роль 1");
  g_assert_cmpuint (kolo_deck_get_n_situations (deck), ==, 1);
  g_assert_cmpuint (f->write_failed, ==, 0);

  before = kolo_deck_to_json (deck);
  reopen (f);
  deck = kolo_store_lookup_deck (f->store, id, &error);
  g_assert_no_error (error);
  g_object_unref (deck);
  after = kolo_deck_to_json (deck);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (kolo_deck_get_description (deck), ==, "Для другого модуля");
  card = kolo_test_item (kolo_deck_get_cards (deck), 2);
  g_assert_cmpint (kolo_card_get_kind (card), ==, KOLO_CARD_ROLE);
  g_assert_cmpint (kolo_card_get_difficulty (card), ==, KOLO_DIFFICULTY_HARD);
  g_assert_cmpstr (kolo_card_get_category (card), ==, "Черги");
  /* Positions are 0, 1, 2… as stored. */
  g_assert_cmpint (db_count (f, "SELECT sum (position) FROM cards"), ==, 0 + 1 + 2 + 3);

  /* Unknown IDs */
  g_assert_null (kolo_store_lookup_deck (f->store, 999, &error));
  g_assert_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "There is no deck with ID 999");
}

static void
test_briefs_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *long_role = g_strnfill (61, 'a');
  g_autofree char *long_text = g_strnfill (2001, 'b');
  const char *five_roles[] = { "1", "2", "3", "4", "5", NULL };
  const char *five_texts[] = { "a", "b", "c", "d", "e", NULL };
  const char *role_too_long[] = { long_role, NULL };
  const char *one_text[] = { "текст", NULL };
  const char *one_role[] = { "Читач", NULL };
  const char *text_too_long[] = { long_text, NULL };
  const char *blank_text[] = { "  \n", NULL };
  g_autoptr(GError) error = NULL;
  KoloDeck *deck;
  KoloCard *card;

  empty_library (f);
  deck = make_deck (f, "Колода", 1, 0);
  card = kolo_test_item (kolo_deck_get_cards (deck), 0);

  g_assert_false (kolo_card_set_briefs (card, five_roles, five_texts, &error));
  g_assert_error (error, KOLO_DECK_ERROR, KOLO_DECK_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "A card has at most 4 briefs");
  g_clear_error (&error);
  g_assert_false (kolo_card_set_briefs (card, role_too_long, one_text, &error));
  g_assert_cmpstr (error->message, ==, "A role’s name has at most 60 characters");
  g_clear_error (&error);
  g_assert_false (kolo_card_set_briefs (card, one_role, text_too_long, &error));
  g_assert_cmpstr (error->message, ==, "A brief needs a text of at most 2000 characters");
  g_clear_error (&error);
  g_assert_false (kolo_card_set_briefs (card, one_role, blank_text, &error));
  g_assert_error (error, KOLO_DECK_ERROR, KOLO_DECK_ERROR_INVALID);
  g_clear_error (&error);

  /* Nothing changed, in memory or in the store. */
  g_assert_cmpuint (kolo_card_get_n_briefs (card), ==, 2);
  g_assert_cmpstr (kolo_card_get_brief_text (card, 1), ==, "Бриф бібліотекарки 1");
  g_assert_cmpint (db_count (f, "SELECT count(*) FROM card_briefs"), ==, 2);

  /* No briefs at all is fine. */
  g_assert_true (kolo_card_set_briefs (card, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kolo_card_get_n_briefs (card), ==, 0);
  g_assert_cmpint (db_count (f, "SELECT count(*) FROM card_briefs"), ==, 0);
}

static void
test_refused_write (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloCard) added = kolo_card_new (KOLO_CARD_SITUATION, "Ще одна");
  const char *roles[] = { "Роль", NULL };
  const char *texts[] = { "Текст", NULL };
  KoloDeck *deck;
  KoloCard *card;

  empty_library (f);
  deck = make_deck (f, "Колода", 2, 0);
  card = kolo_test_item (kolo_deck_get_cards (deck), 0);

  /* Another connection makes the store refuse every change of cards. */
  db_exec (f, "CREATE TRIGGER no_new BEFORE INSERT ON cards"
              " BEGIN SELECT RAISE (ABORT, 'no more'); END;"
              "CREATE TRIGGER no_change BEFORE UPDATE ON cards"
              " BEGIN SELECT RAISE (ABORT, 'frozen'); END;"
              "CREATE TRIGGER no_briefs BEFORE INSERT ON card_briefs"
              " BEGIN SELECT RAISE (ABORT, 'no briefs'); END;"
              "CREATE TRIGGER no_title BEFORE UPDATE ON decks"
              " BEGIN SELECT RAISE (ABORT, 'frozen'); END;");

  kolo_card_set_title (card, "Інша");
  kolo_card_set_kind (card, KOLO_CARD_OBSERVER);
  kolo_card_set_difficulty (card, KOLO_DIFFICULTY_EASY);
  kolo_deck_set_title (deck, "Інша колода");
  g_assert_cmpuint (f->write_failed, ==, 4);
  g_assert_cmpstr (kolo_card_get_title (card), ==, "Ситуація 1");
  g_assert_cmpint (kolo_card_get_kind (card), ==, KOLO_CARD_SITUATION);
  g_assert_cmpint (kolo_card_get_difficulty (card), ==, KOLO_DIFFICULTY_MEDIUM);
  g_assert_cmpstr (kolo_deck_get_title (deck), ==, "Колода");

  g_assert_false (kolo_card_set_briefs (card, roles, texts, &error));
  g_assert_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (kolo_card_get_n_briefs (card), ==, 2);

  g_assert_false (kolo_deck_insert_card (deck, 0, added, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_null (kolo_card_get_deck (added));
  g_assert_cmpint (kolo_card_get_id (added), ==, 0);
  g_assert_false (kolo_card_move (card, 1, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  assert_titles (kolo_deck_get_cards (deck), "Ситуація 1|Ситуація 2");

  reopen (f);
  deck = find_deck (f, "Колода");
  g_assert_nonnull (deck);
  assert_titles (kolo_deck_get_cards (deck), "Ситуація 1|Ситуація 2");
  g_assert_cmpuint (kolo_card_get_n_briefs (kolo_test_item (kolo_deck_get_cards (deck), 0)), ==, 2);
}

static void
test_library_order (Fixture       *f,
                    gconstpointer  data)
{
  GListModel *decks;
  g_autofree char *order = NULL;
  g_autofree char *renamed = NULL;
  KoloDeck *deck;

  empty_library (f);
  decks = kolo_store_get_decks (f->store);
  make_deck (f, "Черги", 0, 0);
  deck = make_deck (f, "абетка", 0, 0);
  make_deck (f, "Вітання", 0, 0);
  make_deck (f, "Бібліотека", 0, 0);
  /* By title, case folded. */
  order = deck_titles (decks);
  g_assert_cmpstr (order, ==, "абетка|Бібліотека|Вітання|Черги");

  kolo_deck_set_title (deck, "Яблуко");
  renamed = deck_titles (decks);
  g_assert_cmpstr (renamed, ==, "Бібліотека|Вітання|Черги|Яблуко");
}

static void
test_remove_restore_deck (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloPlay) play = NULL;
  g_autoptr(KoloDeck) keep = NULL;
  KoloActivity *activity;
  KoloModule *module;
  GListModel *decks;
  KoloDeck *deck;
  gint64 id;

  empty_library (f);
  decks = kolo_store_get_decks (f->store);
  deck = make_deck (f, "Колода", 3, 0);
  keep = g_object_ref (deck);
  id = kolo_deck_get_id (deck);
  play = kolo_deck_draw (deck, f->event, NULL, &error);
  g_assert_no_error (error);

  /* A role-play activity of day 1 uses the deck. */
  module = kolo_test_item (kolo_day_get_modules (day (f, 0)), 0);
  activity = kolo_test_item (kolo_module_get_activities (module), 10);
  g_assert_cmpint (kolo_activity_get_kind (activity), ==, KOLO_ACTIVITY_ROLE_PLAY);
  g_assert_true (kolo_activity_set_deck (activity, deck, &error));
  g_assert_no_error (error);
  {
    g_autoptr(KoloDeck) linked = kolo_activity_get_deck (activity);
    g_assert_true (linked == deck);
  }

  /* Removed: out of the library at once, back whole with its draws. */
  g_assert_true (kolo_store_remove_deck (f->store, deck, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (decks), ==, 0);
  g_assert_null (kolo_activity_get_deck (activity));
  g_assert_null (kolo_store_lookup_deck (f->store, id, NULL));
  g_assert_true (kolo_store_restore_deck (f->store, deck, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (decks), ==, 1);
  g_assert_cmpuint (kolo_deck_count_left (deck, f->event), ==, 2);
  {
    g_autoptr(KoloDeck) linked = kolo_activity_get_deck (activity);
    g_assert_true (linked == deck);
  }

  /* Removed and purged: gone for good, the link too; the play's record
   * keeps the card's title. */
  g_assert_true (kolo_store_remove_deck (f->store, deck, &error));
  g_assert_true (kolo_store_purge_removed_deck (f->store, deck, &error));
  g_assert_no_error (error);
  g_assert_false (kolo_store_restore_deck (f->store, deck, &error));
  g_assert_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (kolo_activity_get_deck (activity));
  g_assert_cmpint (db_count (f, "SELECT count(*) FROM activities WHERE deck_id IS NOT NULL"), ==, 0);
  g_assert_cmpint (db_count (f, "SELECT count(*) FROM cards"), ==, 0);
  {
    g_autoptr(GPtrArray) plays = kolo_event_get_plays (f->event, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (plays->len, ==, 1);
    g_assert_null (kolo_play_get_deck (plays->pdata[0]));
    g_assert_null (kolo_play_get_card (plays->pdata[0]));
    g_assert_cmpstr (kolo_play_get_card_title (plays->pdata[0]), ==,
                     kolo_play_get_card_title (play));
  }

  /* Removed and never purged: gone when the store closes. */
  deck = make_deck (f, "Друга", 1, 0);
  g_assert_true (kolo_store_remove_deck (f->store, deck, &error));
  reopen (f);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_store_get_decks (f->store)), ==, 0);
  g_assert_cmpint (db_count (f, "SELECT count(*) FROM decks"), ==, 0);
}

static void
test_remove_card_undo (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloPlay) play = NULL;
  g_autoptr(KoloCard) card = NULL;
  KoloDeck *deck;

  empty_library (f);
  deck = make_deck (f, "Колода", 3, 0);
  card = g_object_ref (kolo_test_item (kolo_deck_get_cards (deck), 1));
  play = kolo_deck_pick (deck, f->event, card, &error);
  g_assert_no_error (error);
  g_assert_true (kolo_play_get_picked (play));
  g_assert_cmpuint (kolo_deck_count_left (deck, f->event), ==, 2);

  /* Removed: the play keeps the card's title, and loses the card. */
  g_assert_true (kolo_deck_remove_card (deck, card, &error));
  g_assert_no_error (error);
  g_assert_null (kolo_card_get_deck (card));
  g_assert_cmpint (kolo_card_get_id (card), ==, 0);
  g_assert_null (kolo_play_get_card (play));
  g_assert_cmpuint (kolo_deck_count_left (deck, f->event), ==, 2);

  /* The undo: the card comes back where it was, with its briefs and its
   * draw — it does not become drawable again. */
  g_assert_true (kolo_deck_insert_card (deck, 1, card, &error));
  g_assert_no_error (error);
  assert_titles (kolo_deck_get_cards (deck), "Ситуація 1|Ситуація 2|Ситуація 3");
  g_assert_cmpuint (kolo_card_get_n_briefs (card), ==, 2);
  g_assert_true (kolo_play_get_card (play) == card);
  g_assert_cmpuint (kolo_deck_count_left (deck, f->event), ==, 2);

  reopen (f);
  deck = find_deck (f, "Колода");
  g_assert_cmpuint (kolo_deck_count_left (deck, f->event), ==, 2);
  g_assert_cmpstr (kolo_card_get_brief_text (kolo_test_item (kolo_deck_get_cards (deck), 1), 0), ==,
                   "Бриф читача 2");
}

static void
test_notify (Fixture       *f,
             gconstpointer  data)
{
  static const char * const roles[] = { "Читач", NULL };
  static const char * const texts[] = { "Текст", NULL };
  g_autoptr(GError) error = NULL;
  guint title = 0, kind = 0, briefs = 0, situations = 0, deck_title = 0;
  KoloDeck *deck;
  KoloCard *card;

  empty_library (f);
  deck = make_deck (f, "Колода", 2, 0);
  card = kolo_test_item (kolo_deck_get_cards (deck), 0);
  g_signal_connect (card, "notify::title", G_CALLBACK (kolo_test_count_notify_cb), &title);
  g_signal_connect (card, "notify::kind", G_CALLBACK (kolo_test_count_notify_cb), &kind);
  g_signal_connect (card, "notify::brief-texts", G_CALLBACK (kolo_test_count_notify_cb), &briefs);
  g_signal_connect (deck, "notify::n-situations", G_CALLBACK (kolo_test_count_notify_cb),
                    &situations);
  g_signal_connect (deck, "notify::title", G_CALLBACK (kolo_test_count_notify_cb), &deck_title);

  kolo_card_set_title (card, "Інша");
  kolo_card_set_title (card, "Інша");
  kolo_card_set_kind (card, KOLO_CARD_ROLE);
  g_assert_true (kolo_card_set_briefs (card, roles, texts, &error));
  g_object_set (deck, "title", "Нова", NULL);
  g_assert_cmpuint (title, ==, 1);
  g_assert_cmpuint (kind, ==, 1);
  g_assert_cmpuint (briefs, ==, 1);
  g_assert_cmpuint (situations, ==, 1);
  g_assert_cmpuint (deck_title, ==, 1);
  g_assert_cmpuint (kolo_deck_get_n_situations (deck), ==, 1);

  /* Properties as the UI binds them. */
  {
    g_auto(GStrv) brief_roles = NULL;
    g_autofree char *public_text = NULL;
    KoloDifficulty difficulty;

    g_object_set (card, "public-text", "Видно всім", "difficulty", KOLO_DIFFICULTY_EASY, NULL);
    g_object_get (card, "brief-roles", &brief_roles, "public-text", &public_text,
                  "difficulty", &difficulty, NULL);
    g_assert_cmpstrv (brief_roles, roles);
    g_assert_cmpstr (public_text, ==, "Видно всім");
    g_assert_cmpint (difficulty, ==, KOLO_DIFFICULTY_EASY);
  }
  g_assert_cmpuint (f->write_failed, ==, 0);
}

static void
test_activity_link (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KoloActivity *activity;
  KoloModule *module;
  KoloDeck *deck;

  empty_library (f);
  deck = make_deck (f, "Колода", 1, 0);
  /* Day 2's role-plays, «Рольові ігри: складні ситуації з відвідувачами». */
  module = kolo_test_item (kolo_day_get_modules (day (f, 1)), 0);
  activity = kolo_test_item (kolo_module_get_activities (module), 9);
  g_assert_cmpint (kolo_activity_get_kind (activity), ==, KOLO_ACTIVITY_ROLE_PLAY);
  g_assert_null (kolo_activity_get_deck (activity));
  g_assert_true (kolo_activity_set_deck (activity, deck, &error));
  g_assert_no_error (error);

  reopen (f);
  module = kolo_test_item (kolo_day_get_modules (day (f, 1)), 0);
  activity = kolo_test_item (kolo_module_get_activities (module), 9);
  {
    g_autoptr(KoloDeck) linked = kolo_activity_get_deck (activity);

    g_assert_nonnull (linked);
    g_assert_cmpstr (kolo_deck_get_title (linked), ==, "Колода");
  }
  g_assert_true (kolo_activity_set_deck (activity, NULL, &error));
  g_assert_null (kolo_activity_get_deck (activity));
  g_assert_cmpint (db_count (f, "SELECT count(*) FROM activities WHERE deck_id IS NOT NULL"), ==, 0);
}

/* Files -------------------------------------------------------------------- */

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  static const char by_hand[] =
    "\xEF\xBB\xBF{\"cards\": [{\"title\": \"Т\", \"kind\": \"role\"}],"
    " \"title\": \"Руками\", \"version\": 1, \"format\": \"kolo-deck\"}";
  g_autofree char *exported = NULL;
  g_autofree char *again = NULL;
  g_autoptr(KoloDeck) parsed = NULL;
  g_autoptr(GError) error = NULL;
  KoloDeck *deck;
  KoloCard *card;
  gint64 id;

  deck = import (f, small_deck);
  id = kolo_deck_get_id (deck);
  g_assert_cmpstr (kolo_deck_get_title (deck), ==, "Складні розмови");
  g_assert_cmpuint (g_list_model_get_n_items (kolo_deck_get_cards (deck)), ==, 3);
  card = kolo_test_item (kolo_deck_get_cards (deck), 2);
  g_assert_cmpint (kolo_card_get_kind (card), ==, KOLO_CARD_OBSERVER);
  g_assert_cmpint (kolo_card_get_difficulty (card), ==, KOLO_DIFFICULTY_HARD);
  g_assert_cmpstr (kolo_card_get_brief_role (card, 0), ==, "");

  exported = kolo_deck_to_json (deck);
  g_assert_cmpstr (exported, ==, small_deck);

  /* Through the store and back, twice: the same bytes. */
  reopen (f);
  deck = kolo_store_lookup_deck (f->store, id, &error);
  g_assert_no_error (error);
  g_object_unref (deck);
  again = kolo_deck_to_json (deck);
  g_assert_cmpstr (again, ==, small_deck);
  g_clear_pointer (&again, g_free);
  deck = import (f, exported);
  again = kolo_deck_to_json (deck);
  g_assert_cmpstr (again, ==, small_deck);

  /* A hand-written file: any order, no optional members, a BOM. */
  parsed = kolo_deck_parse (by_hand, strlen (by_hand), &error);
  g_assert_no_error (error);
  g_clear_pointer (&again, g_free);
  again = kolo_deck_to_json (parsed);
  g_assert_cmpstr (again, ==,
                   "{\n"
                   "  \"format\": \"kolo-deck\",\n"
                   "  \"version\": 1,\n"
                   "  \"title\": \"Руками\",\n"
                   "  \"description\": \"\",\n"
                   "  \"cards\": [\n"
                   "    {\n"
                   "      \"kind\": \"role\",\n"
                   "      \"title\": \"Т\",\n"
                   "      \"public\": \"\",\n"
                   "      \"briefs\": [],\n"
                   "      \"category\": \"\",\n"
                   "      \"difficulty\": \"medium\"\n"
                   "    }\n"
                   "  ]\n"
                   "}\n");
}

typedef struct
{
  const char *name;
  const char *text;          /* the file; NULL: made by the maker */
  char     *(*make) (void);
  int         code;          /* KoloFileError */
  const char *message;       /* exact, or NULL */
  const char *pattern;       /* a regex, or NULL */
} BadDeck;

#define CARD(members) "{\"kind\": \"situation\", \"title\": \"Т\"" members "}"
#define DECK(cards) \
  "{\"format\": \"kolo-deck\", \"version\": 1, \"title\": \"Колода\", \"cards\": [" cards "]}"

static char *
make_long_title (void)
{
  g_autofree char *title = g_strnfill (201, 'x');

  return g_strdup_printf ("{\"format\": \"kolo-deck\", \"version\": 1, \"title\": \"%s\","
                          " \"cards\": []}", title);
}

static char *
make_long_description (void)
{
  GString *out = g_string_new ("{\"format\": \"kolo-deck\", \"version\": 1, \"title\": \"К\","
                               " \"description\": \"");

  for (guint i = 0; i < 10001; i++)
    g_string_append (out, "ї");
  g_string_append (out, "\", \"cards\": []}");
  return g_string_free (out, FALSE);
}

static char *
make_card_with (const char *key,
                guint       n_chars)
{
  g_autofree char *value = g_strnfill (n_chars, 'a');

  return g_strdup_printf (DECK (CARD ("") ", " CARD (", \"%s\": \"%s\"")), key, value);
}

static char *
make_long_public (void)
{
  return make_card_with ("public", 2001);
}

static char *
make_long_category (void)
{
  return make_card_with ("category", 61);
}

static char *
make_long_card_title (void)
{
  g_autofree char *value = g_strnfill (201, 'a');

  return g_strdup_printf (DECK ("{\"kind\": \"situation\", \"title\": \"%s\"}"), value);
}

static char *
make_long_role (void)
{
  g_autofree char *role = g_strnfill (61, 'r');

  return g_strdup_printf (DECK (CARD ("") ", " CARD ("") ", " CARD ("") ", "
                                CARD (", \"briefs\": [{\"role\": \"%s\", \"text\": \"т\"}]")),
                          role);
}

static char *
make_long_brief (void)
{
  g_autofree char *text = g_strnfill (2001, 't');

  return g_strdup_printf (DECK (CARD (", \"briefs\": [{\"role\": \"Р\", \"text\": \"%s\"}]")),
                          text);
}

static char *
make_too_many_cards (void)
{
  GString *out = g_string_new ("{\"format\": \"kolo-deck\", \"version\": 1, \"title\": \"К\","
                               " \"cards\": [");

  for (guint i = 0; i < 1001; i++)
    g_string_append_printf (out, "%s" CARD (""), i ? ", " : "");
  g_string_append (out, "]}");
  return g_string_free (out, FALSE);
}

static char *
make_most_cards (void)
{
  GString *out = g_string_new ("{\"format\": \"kolo-deck\", \"version\": 1, \"title\": \"К\","
                               " \"cards\": [");

  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (out, "%s" CARD (""), i ? ", " : "");
  /* …then one mistake, so that the file is refused after all. */
  g_string_append (out, "], \"colour\": 1}");
  return g_string_free (out, FALSE);
}

#define BRIEF "{\"role\": \"Р\", \"text\": \"т\"}"

static const BadDeck bad_decks[] = {
  { "broken-json", "{\"format\": \"kolo-deck\", \"version\": 1, \"title\": \"x\" \"y\"}",
    NULL, KOLO_FILE_ERROR_INVALID, NULL,
    "^line 1, column [0-9]+: not valid JSON: [^\n]+$" },
  { "empty", "", NULL, KOLO_FILE_ERROR_INVALID, "the file is empty" },
  { "not-an-object", "[]", NULL, KOLO_FILE_ERROR_FORMAT,
    "this is not a Kolo file: expected an object in braces { }" },
  { "version-too-new", "{\"format\": \"kolo-deck\", \"version\": 2, \"title\": \"К\"}", NULL,
    KOLO_FILE_ERROR_TOO_NEW,
    "version: this kolo-deck file is version 2, newer than this Kolo understands (up to 1); "
    "update Kolo to open it" },
  { "version-text", "{\"format\": \"kolo-deck\", \"version\": \"1\", \"title\": \"К\"}", NULL,
    KOLO_FILE_ERROR_INVALID, "version: expected a positive whole number" },
  { "version-zero", "{\"format\": \"kolo-deck\", \"version\": 0, \"title\": \"К\"}", NULL,
    KOLO_FILE_ERROR_INVALID, "version: expected a positive whole number" },
  { "title-missing", "{\"format\": \"kolo-deck\", \"version\": 1, \"cards\": []}", NULL,
    KOLO_FILE_ERROR_INVALID, "title: this field is missing" },
  { "title-not-text", "{\"format\": \"kolo-deck\", \"version\": 1, \"title\": 7, \"cards\": []}",
    NULL, KOLO_FILE_ERROR_INVALID, "title: expected text in quotes" },
  { "title-blank", "{\"format\": \"kolo-deck\", \"version\": 1, \"title\": \" \", \"cards\": []}",
    NULL, KOLO_FILE_ERROR_INVALID, "title: must not be blank" },
  { "title-too-long", NULL, make_long_title, KOLO_FILE_ERROR_INVALID,
    "title: at most 200 characters are allowed, this has 201" },
  { "description-too-long", NULL, make_long_description, KOLO_FILE_ERROR_INVALID,
    "description: at most 10000 characters are allowed, this has 10001" },
  { "cards-missing", "{\"format\": \"kolo-deck\", \"version\": 1, \"title\": \"К\"}", NULL,
    KOLO_FILE_ERROR_INVALID, "cards: this field is missing" },
  { "cards-not-a-list", "{\"format\": \"kolo-deck\", \"version\": 1, \"title\": \"К\","
    " \"cards\": {}}", NULL, KOLO_FILE_ERROR_INVALID, "cards: expected a list in brackets [ ]" },
  { "too-many-cards", NULL, make_too_many_cards, KOLO_FILE_ERROR_INVALID,
    "cards: at most 1000 cards are allowed, this has 1001" },
  { "unknown-member", NULL, make_most_cards, KOLO_FILE_ERROR_INVALID, "colour: unknown field" },
  { "card-not-an-object", DECK ("\"картка\""), NULL, KOLO_FILE_ERROR_INVALID,
    "cards[0]: expected an object in braces { }" },
  { "card-unknown-member", DECK (CARD (", \"colour\": \"red\"")), NULL, KOLO_FILE_ERROR_INVALID,
    "cards[0].colour: unknown field" },
  { "kind-missing", DECK ("{\"title\": \"Т\"}"), NULL, KOLO_FILE_ERROR_INVALID,
    "cards[0].kind: this field is missing" },
  { "kind-unknown", DECK ("{\"kind\": \"scene\", \"title\": \"Т\"}"), NULL,
    KOLO_FILE_ERROR_INVALID,
    "cards[0].kind: “scene” is not a kind of card; expected situation, role or observer" },
  { "kind-upper-case", DECK ("{\"kind\": \"Situation\", \"title\": \"Т\"}"), NULL,
    KOLO_FILE_ERROR_INVALID,
    "cards[0].kind: “Situation” is not a kind of card; expected situation, role or observer" },
  { "card-title-missing", DECK ("{\"kind\": \"role\"}"), NULL, KOLO_FILE_ERROR_INVALID,
    "cards[0].title: this field is missing" },
  { "card-title-too-long", NULL, make_long_card_title, KOLO_FILE_ERROR_INVALID,
    "cards[0].title: at most 200 characters are allowed, this has 201" },
  { "public-too-long", NULL, make_long_public, KOLO_FILE_ERROR_INVALID,
    "cards[1].public: at most 2000 characters are allowed, this has 2001" },
  { "public-not-text", DECK (CARD (", \"public\": null")), NULL, KOLO_FILE_ERROR_INVALID,
    "cards[0].public: expected text in quotes" },
  { "category-too-long", NULL, make_long_category, KOLO_FILE_ERROR_INVALID,
    "cards[1].category: at most 60 characters are allowed, this has 61" },
  { "difficulty-unknown", DECK (CARD (", \"difficulty\": \"brutal\"")), NULL,
    KOLO_FILE_ERROR_INVALID,
    "cards[0].difficulty: “brutal” is not a difficulty; expected easy, medium or hard" },
  { "difficulty-number", DECK (CARD (", \"difficulty\": 2")), NULL, KOLO_FILE_ERROR_INVALID,
    "cards[0].difficulty: expected text in quotes" },
  { "briefs-not-a-list", DECK (CARD (", \"briefs\": \"бриф\"")), NULL, KOLO_FILE_ERROR_INVALID,
    "cards[0].briefs: expected a list in brackets [ ]" },
  { "too-many-briefs", DECK (CARD ("") ", " CARD (", \"briefs\": [" BRIEF ", " BRIEF ", " BRIEF ", "
                                                  BRIEF ", " BRIEF "]")),
    NULL, KOLO_FILE_ERROR_INVALID, "cards[1].briefs: at most 4 briefs are allowed, this has 5" },
  { "brief-not-an-object", DECK (CARD (", \"briefs\": [\"бриф\"]")), NULL,
    KOLO_FILE_ERROR_INVALID, "cards[0].briefs[0]: expected an object in braces { }" },
  { "brief-role-too-long", NULL, make_long_role, KOLO_FILE_ERROR_INVALID,
    "cards[3].briefs[0].role: at most 60 characters are allowed, this has 61" },
  { "brief-text-missing", DECK (CARD (", \"briefs\": [" BRIEF ", {\"role\": \"Р\"}]")), NULL,
    KOLO_FILE_ERROR_INVALID, "cards[0].briefs[1].text: this field is missing" },
  { "brief-text-blank", DECK (CARD (", \"briefs\": [{\"role\": \"Р\", \"text\": \"\\n \"}]")), NULL,
    KOLO_FILE_ERROR_INVALID, "cards[0].briefs[0].text: must not be blank" },
  { "brief-text-too-long", NULL, make_long_brief, KOLO_FILE_ERROR_INVALID,
    "cards[0].briefs[0].text: at most 2000 characters are allowed, this has 2001" },
  { "brief-unknown-member", DECK (CARD (", \"briefs\": [{\"text\": \"т\", \"for\": \"Р\"}]")), NULL,
    KOLO_FILE_ERROR_INVALID, "cards[0].briefs[0].for: unknown field" },
  { "several-problems", DECK ("{\"kind\": \"scene\"}, " CARD (", \"difficulty\": \"\"")), NULL,
    KOLO_FILE_ERROR_INVALID,
    "cards[0].kind: “scene” is not a kind of card; expected situation, role or observer\n"
    "cards[0].title: this field is missing\n"
    "cards[1].difficulty: “” is not a difficulty; expected easy, medium or hard" },
};

static void
test_bad_deck (Fixture       *f,
               gconstpointer  data)
{
  const BadDeck *bad = data;
  g_autofree char *made = bad->make != NULL ? bad->make () : NULL;
  const char *text = made != NULL ? made : bad->text;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) imported = NULL;

  /* The library as it is after its first use, in a closed file. */
  kolo_store_get_decks (f->store);
  close_store (f);
  before = kolo_test_checksum (f->path);
  open_store (f);

  /* As any Kolo file, and as a deck. */
  imported = kolo_store_import (f->store, text, strlen (text), &error);
  g_assert_null (imported);
  g_assert_error (error, KOLO_FILE_ERROR, bad->code);
  if (error != NULL && bad->message != NULL)
    g_assert_cmpstr (error->message, ==, bad->message);
  if (error != NULL && bad->pattern != NULL &&
      !g_regex_match_simple (bad->pattern, error->message, 0, 0))
    g_test_fail_printf ("“%s” does not match %s", error->message, bad->pattern);
  g_clear_error (&error);
  g_assert_null (kolo_store_import_deck (f->store, text, strlen (text), &error));
  g_assert_error (error, KOLO_FILE_ERROR, bad->code);
  if (error != NULL && bad->message != NULL)
    g_assert_cmpstr (error->message, ==, bad->message);

  /* Nothing was written: every table of the file is as it was. */
  close_store (f);
  after = kolo_test_checksum (f->path);
  g_assert_cmpstr (after, ==, before);
}

static void
test_wrong_format (Fixture       *f,
                   gconstpointer  data)
{
  static const char event_file[] =
    "{\"format\": \"kolo-event\", \"version\": 3, \"title\": \"Подія\", \"days\": []}";
  static const char other_file[] = "{\"format\": \"kolo-cards\", \"version\": 1}";
  static const char no_format[] = "{\"version\": 1, \"title\": \"К\", \"cards\": []}";
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloDoc) doc = NULL;

  g_assert_null (kolo_store_import_deck (f->store, event_file, strlen (event_file), &error));
  g_assert_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_FORMAT);
  g_assert_cmpstr (error->message, ==,
                   "format: this is a kolo-event file, not a deck (expected kolo-deck)");
  g_clear_error (&error);
  g_assert_null (kolo_store_import_deck (f->store, other_file, strlen (other_file), &error));
  g_assert_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_FORMAT);
  g_assert_cmpstr (error->message, ==,
                   "format: “kolo-cards” is not a format this Kolo knows (expected kolo-deck)");
  g_clear_error (&error);
  g_assert_null (kolo_store_import_deck (f->store, no_format, strlen (no_format), &error));
  g_assert_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_FORMAT);
  g_assert_cmpstr (error->message, ==,
                   "format: this is not a Kolo file (expected \"format\": \"kolo-deck\")");
  g_clear_error (&error);

  /* A deck is not an agenda: a template argument that is one says so. */
  doc = kolo_doc_parse (small_deck, strlen (small_deck), &error);
  g_assert_null (doc);
  g_assert_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_FORMAT);
  g_assert_cmpstr (error->message, ==,
                   "format: this is a kolo-deck file (a deck of cards), not a template or an "
                   "event");
}

static void
test_import_any (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) imported = NULL;

  imported = kolo_store_import (f->store, small_deck, strlen (small_deck), &error);
  g_assert_no_error (error);
  g_assert_true (KOLO_IS_DECK (imported));
  g_assert_true (kolo_deck_get_store (KOLO_DECK (imported)) == f->store);
  g_assert_nonnull (find_deck (f, "Складні розмови"));
}

/* The shipped decks ------------------------------------------------------- */

static char *
shipped_path (const char *name)
{
  return g_build_filename (g_getenv ("KOLO_SOURCE_ROOT"), "data", "decks", name, NULL);
}

static void
test_shipped_files (void)
{
  static const char * const names[] = {
    "conflict-situations.json", "roles-and-observers.json"
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = shipped_path (names[i]);
      g_autofree char *text = NULL;
      g_autofree char *written = NULL;
      g_autoptr(KoloDeck) deck = NULL;
      g_autoptr(GError) error = NULL;
      gsize length = 0;

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_test_skip ("The shipped decks are not there yet");
          return;
        }
      text = kolo_test_read_file (path, &length);
      deck = kolo_deck_parse (text, length, &error);
      g_assert_no_error (error);
      g_assert_nonnull (deck);
      /* Written as Kolo writes decks: export gives the same bytes. */
      written = kolo_deck_to_json (deck);
      g_assert_cmpstr (written, ==, text);
    }
}

static void
test_shipped_content (void)
{
  g_autofree char *conflicts_path = shipped_path ("conflict-situations.json");
  g_autofree char *roles_path = shipped_path ("roles-and-observers.json");
  g_autofree char *conflicts_text = NULL;
  g_autofree char *roles_text = NULL;
  g_autoptr(KoloDeck) conflicts = NULL;
  g_autoptr(KoloDeck) roles = NULL;
  guint n_roles = 0, n_observers = 0;
  GListModel *cards;

  if (!g_file_test (conflicts_path, G_FILE_TEST_EXISTS) ||
      !g_file_test (roles_path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("The shipped decks are not there yet");
      return;
    }
  conflicts_text = kolo_test_read_file (conflicts_path, NULL);
  roles_text = kolo_test_read_file (roles_path, NULL);
  conflicts = kolo_deck_parse (conflicts_text, strlen (conflicts_text), NULL);
  roles = kolo_deck_parse (roles_text, strlen (roles_text), NULL);
  g_assert_nonnull (conflicts);
  g_assert_nonnull (roles);

  /* At least 20 situations, each with a brief for two sides at least. */
  g_assert_cmpuint (kolo_deck_get_n_situations (conflicts), >=, 20);
  cards = kolo_deck_get_cards (conflicts);
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      KoloCard *card = kolo_test_item (cards, i);

      if (kolo_card_get_kind (card) != KOLO_CARD_SITUATION)
        continue;
      g_assert_cmpstr (kolo_card_get_public_text (card), !=, "");
      g_assert_cmpuint (kolo_card_get_n_briefs (card), >=, 2);
      for (guint b = 0; b < kolo_card_get_n_briefs (card); b++)
        g_assert_cmpstr (kolo_card_get_brief_role (card, b), !=, "");
    }

  cards = kolo_deck_get_cards (roles);
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      KoloCardKind kind = kolo_card_get_kind (kolo_test_item (cards, i));

      n_roles += kind == KOLO_CARD_ROLE;
      n_observers += kind == KOLO_CARD_OBSERVER;
    }
  g_assert_cmpuint (n_roles, >, 0);
  g_assert_cmpuint (n_observers, >, 0);
}

/* The GResource's decks come into a new database once; one deleted stays
 * deleted. */
static void
test_shipped_in_library (Fixture       *f,
                         gconstpointer  data)
{
  g_auto(GStrv) shipped = g_resources_enumerate_children (RESOURCE_BASE "/decks/",
                                                          G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(GError) error = NULL;
  guint n_shipped = shipped != NULL ? g_strv_length (shipped) : 0;
  GListModel *decks = kolo_store_get_decks (f->store);
  KoloDeck *deck;

  g_assert_cmpuint (g_list_model_get_n_items (decks), ==, n_shipped);
  g_assert_cmpint (db_count (f, "SELECT count(*) FROM shipped_decks"), ==, n_shipped);
  if (n_shipped == 0)
    {
      g_test_skip ("Kolo ships no decks yet");
      return;
    }

  for (guint i = 0; i < n_shipped; i++)
    {
      g_autofree char *path = g_strconcat (RESOURCE_BASE "/decks/", shipped[i], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, &error);
      g_autoptr(KoloDeck) parsed = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *stored = NULL;

      g_assert_no_error (error);
      parsed = kolo_deck_parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
      g_assert_no_error (error);
      deck = find_deck (f, kolo_deck_get_title (parsed));
      g_assert_nonnull (deck);
      expected = kolo_deck_to_json (parsed);
      stored = kolo_deck_to_json (deck);
      g_assert_cmpstr (stored, ==, expected);
    }

  /* Deleted: it does not come back, not even in a new store. */
  deck = kolo_test_item (decks, 0);
  g_assert_true (kolo_store_remove_deck (f->store, deck, &error));
  g_assert_no_error (error);
  reopen (f);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_store_get_decks (f->store)), ==,
                    n_shipped - 1);

  /* A database that never had them gets them the first time. */
  db_exec (f, "DELETE FROM shipped_decks");
  reopen (f);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_store_get_decks (f->store)), ==,
                    2 * n_shipped - 1);
}

/* Drawing ------------------------------------------------------------------- */

static void
test_draw_no_repeats (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) drawn = NULL;
  KoloDeck *deck;
  KoloDeck *empty;

  empty_library (f);
  deck = make_deck (f, "Колода", 6, 3);
  g_assert_cmpuint (kolo_deck_count_left (deck, f->event), ==, 6);

  for (guint round = 0; round < 3; round++)
    {
      g_hash_table_remove_all (seen);
      for (guint i = 0; i < 6; i++)
        {
          g_autoptr(KoloPlay) play = kolo_deck_draw (deck, f->event, rand, &error);
          KoloCard *card;

          g_assert_no_error (error);
          card = kolo_play_get_card (play);
          g_assert_nonnull (card);
          /* Only situations, never one twice. */
          g_assert_cmpint (kolo_card_get_kind (card), ==, KOLO_CARD_SITUATION);
          g_assert_false (g_hash_table_contains (seen, card));
          g_hash_table_add (seen, card);
          g_assert_false (kolo_play_get_picked (play));
          g_assert_cmpstr (kolo_play_get_card_title (play), ==, kolo_card_get_title (card));
          g_assert_cmpuint (kolo_deck_count_left (deck, f->event), ==, 5 - i);
        }
      g_assert_null (kolo_deck_draw (deck, f->event, rand, &error));
      g_assert_error (error, KOLO_DECK_ERROR, KOLO_DECK_ERROR_EXHAUSTED);
      g_assert_cmpstr (error->message, ==,
                       "Every situation of “Колода” was drawn; reshuffle the deck to draw them "
                       "again");
      g_clear_error (&error);

      drawn = kolo_deck_get_drawn (deck, f->event, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (drawn->len, ==, 6);
      g_clear_pointer (&drawn, g_ptr_array_unref);

      g_assert_true (kolo_deck_reshuffle (deck, f->event, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (kolo_deck_count_left (deck, f->event), ==, 6);
      drawn = kolo_deck_get_drawn (deck, f->event, &error);
      g_assert_cmpuint (drawn->len, ==, 0);
      g_clear_pointer (&drawn, g_ptr_array_unref);
    }

  /* The record keeps every draw. */
  {
    g_autoptr(GPtrArray) plays = kolo_event_get_plays (f->event, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (plays->len, ==, 18);
  }

  /* A deck with no situations has nothing to draw. */
  empty = make_deck (f, "Лише ролі", 0, 2);
  g_assert_null (kolo_deck_draw (empty, f->event, rand, &error));
  g_assert_error (error, KOLO_DECK_ERROR, KOLO_DECK_ERROR_NO_SITUATIONS);
  g_assert_cmpstr (error->message, ==, "The deck “Лише ролі” has no situations to draw");
}

static void
test_draw_survives_restart (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloEvent) other = NULL;
  KoloDeck *deck;

  empty_library (f);
  deck = make_deck (f, "Колода", 5, 0);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(KoloPlay) play = kolo_deck_draw (deck, f->event, rand, &error);

      g_assert_no_error (error);
      g_hash_table_add (seen, g_strdup (kolo_play_get_card_title (play)));
    }

  /* Another event draws from the whole deck. */
  other = kolo_store_create_event (f->store, "Інша подія", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kolo_deck_count_left (deck, other), ==, 5);

  reopen (f);
  deck = find_deck (f, "Колода");
  g_assert_cmpuint (kolo_deck_count_left (deck, f->event), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(KoloPlay) play = kolo_deck_draw (deck, f->event, rand, &error);

      g_assert_no_error (error);
      g_assert_false (g_hash_table_contains (seen, kolo_play_get_card_title (play)));
      g_hash_table_add (seen, g_strdup (kolo_play_get_card_title (play)));
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, 5);
  g_assert_null (kolo_deck_draw (deck, f->event, rand, &error));
  g_assert_error (error, KOLO_DECK_ERROR, KOLO_DECK_ERROR_EXHAUSTED);
}

static void
test_pick (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloPlay) picked = NULL;
  KoloDeck *deck;
  KoloCard *card;

  empty_library (f);
  deck = make_deck (f, "Колода", 3, 1);
  card = kolo_test_item (kolo_deck_get_cards (deck), 2);
  picked = kolo_deck_pick (deck, f->event, card, &error);
  g_assert_no_error (error);
  g_assert_true (kolo_play_get_picked (picked));
  g_assert_true (kolo_play_get_card (picked) == card);
  g_assert_cmpuint (kolo_deck_count_left (deck, f->event), ==, 2);

  /* A picked card is not drawn until the reshuffle. */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(KoloPlay) play = kolo_deck_draw (deck, f->event, rand, &error);

      g_assert_no_error (error);
      g_assert_true (kolo_play_get_card (play) != card);
    }
  g_assert_null (kolo_deck_draw (deck, f->event, rand, &error));
  g_assert_error (error, KOLO_DECK_ERROR, KOLO_DECK_ERROR_EXHAUSTED);
  g_clear_error (&error);

  /* Any card can be picked, drawn already or a role. */
  g_clear_object (&picked);
  picked = kolo_deck_pick (deck, f->event, kolo_test_item (kolo_deck_get_cards (deck), 3), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kolo_play_get_card_title (picked), ==, "Роль 1");
}

/* Many rounds with fixed seeds, so the numbers are always the same: each
 * card as often in each place of the order it comes out in.  The bounds
 * are the chi-square values that a fair draw stays under 999 times in
 * 1000 (16 and 4 degrees of freedom). */
static void
test_draw_fair (Fixture       *f,
                gconstpointer  data)
{
  enum { N = 5, ROUNDS = 600 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20131111);
  g_autoptr(GError) error = NULL;
  guint counts[N][N] = { { 0 } };
  double expected = (double) ROUNDS / N;
  double chi_places = 0, chi_first = 0;
  KoloDeck *deck;

  empty_library (f);
  deck = make_deck (f, "Колода", N, 2);

  /* One transaction: the draws are the same, the disk is spared. */
  g_assert_true (kolo_store_begin (f->store, &error));
  for (guint round = 0; round < ROUNDS; round++)
    {
      for (guint place = 0; place < N; place++)
        {
          g_autoptr(KoloPlay) play = kolo_deck_draw (deck, f->event, rand, &error);
          guint position;

          g_assert_no_error (error);
          g_assert_true (g_list_store_find (G_LIST_STORE (kolo_deck_get_cards (deck)),
                                            kolo_play_get_card (play), &position));
          counts[position][place]++;
        }
      g_assert_true (kolo_deck_reshuffle (deck, f->event, &error));
    }
  g_assert_true (kolo_store_commit (f->store, &error));
  g_assert_no_error (error);

  for (guint card = 0; card < N; card++)
    {
      guint total = 0;

      for (guint place = 0; place < N; place++)
        {
          double d = counts[card][place] - expected;

          chi_places += d * d / expected;
          total += counts[card][place];
        }
      /* Without repeats: every card once a round. */
      g_assert_cmpuint (total, ==, ROUNDS);
      chi_first += (counts[card][0] - expected) * (counts[card][0] - expected) / expected;
    }
  g_test_message ("chi-square: places %.2f (16 df), first %.2f (4 df)", chi_places, chi_first);
  g_assert_cmpfloat (chi_places, <, 39.25);
  g_assert_cmpfloat (chi_first, <, 18.47);
}

/* Roles --------------------------------------------------------------------- */

static void
test_roles_random (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KoloDeck *deck;
  KoloCard *card;
  GListModel *people;

  empty_library (f);
  deck = make_deck (f, "Колода", 1, 0);
  card = kolo_test_item (kolo_deck_get_cards (deck), 0);
  add_people (f, 9, 7);
  people = kolo_event_get_participants (f->event);

  for (guint seed = 1; seed <= 50; seed++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      g_autoptr(KoloRoleAssignment) roles = NULL;
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
      guint size = seed % 2 == 0 ? 3 : 0;

      roles = kolo_role_assignment_new_random (card, day (f, 0), size, rand, &error);
      g_assert_no_error (error);
      g_assert_true (kolo_role_assignment_get_card (roles) == card);

      for (guint g = 0; g < kolo_role_assignment_get_n_groups (roles); g++)
        {
          guint n = kolo_role_assignment_get_n_players (roles, g);

          /* Pairs, or triads; sizes within one of each other. */
          if (size == 3)
            g_assert_cmpuint (n, >=, 3);
          else
            g_assert_cmpuint (n, >=, 2);
          g_assert_cmpuint (n, <=, size == 3 ? 4 : 3);
          for (guint i = 0; i < n; i++)
            {
              KoloParticipant *person = kolo_role_assignment_get_player (roles, g, i);

              /* Only those present, nobody twice. */
              g_assert_true (kolo_participant_get_attended (person, day (f, 0)));
              g_assert_false (g_hash_table_contains (seen, person));
              g_hash_table_add (seen, person);
              g_assert_cmpint (kolo_role_assignment_get_brief (roles, g, i), ==,
                               i < 2 ? (int) i : -1);
              g_assert_cmpstr (kolo_role_assignment_get_role (roles, g, i), ==,
                               i == 0 ? "Читач" : i == 1 ? "Бібліотекарка" : NULL);
            }
        }
      g_assert_cmpuint (g_hash_table_size (seen), ==, 7);
    }

  /* The absent are never in. */
  g_assert_false (kolo_participant_get_attended (kolo_test_item (people, 7), day (f, 0)));

  /* Day 2: nobody marked present. */
  g_assert_null (kolo_role_assignment_new_random (card, day (f, 1), 0, NULL, &error));
  g_assert_error (error, KOLO_DECK_ERROR, KOLO_DECK_ERROR_NOBODY_PRESENT);
  g_assert_cmpstr (error->message, ==, "Nobody is marked present on day 2");
}

static void
test_roles_by_hand (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloRoleAssignment) roles = NULL;
  g_autoptr(KoloEvent) other = NULL;
  g_autoptr(KoloParticipant) stranger = kolo_participant_new ("Сторонній");
  GListModel *people;
  KoloDeck *deck;
  KoloCard *card;

  empty_library (f);
  deck = make_deck (f, "Колода", 1, 0);
  card = kolo_test_item (kolo_deck_get_cards (deck), 0);
  add_people (f, 4, 0);
  people = kolo_event_get_participants (f->event);

  roles = kolo_role_assignment_new (card, f->event);
  g_assert_cmpuint (kolo_role_assignment_get_n_groups (roles), ==, 0);
  g_assert_true (kolo_role_assignment_add (roles, 0, kolo_test_item (people, 2), 1, &error));
  g_assert_true (kolo_role_assignment_add (roles, 0, kolo_test_item (people, 0), 0, &error));
  g_assert_true (kolo_role_assignment_add (roles, 1, kolo_test_item (people, 1), -1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kolo_role_assignment_get_n_groups (roles), ==, 2);
  g_assert_cmpstr (kolo_role_assignment_get_role (roles, 0, 0), ==, "Бібліотекарка");
  g_assert_null (kolo_role_assignment_get_role (roles, 1, 0));

  /* Nobody twice in one round, in any group. */
  g_assert_false (kolo_role_assignment_add (roles, 1, kolo_test_item (people, 0), 1, &error));
  g_assert_error (error, KOLO_DECK_ERROR, KOLO_DECK_ERROR_TWICE);
  g_assert_cmpstr (error->message, ==, "Учасниця 1 plays in this round already");
  g_clear_error (&error);

  /* Only the event's own people. */
  other = kolo_store_create_event (f->store, "Інша", NULL, &error);
  g_assert_true (kolo_event_insert_participant (other, 0, stranger, &error));
  g_assert_no_error (error);
  g_assert_false (kolo_role_assignment_add (roles, 1, stranger, 0, &error));
  g_assert_error (error, KOLO_DECK_ERROR, KOLO_DECK_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Сторонній is not a participant of this event");
  g_assert_cmpuint (kolo_role_assignment_get_n_players (roles, 1), ==, 1);
}

/* The record of plays ------------------------------------------------------ */

static void
test_plays_record (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloPlay) play = NULL;
  g_autoptr(KoloRoleAssignment) roles = NULL;
  g_autoptr(GPtrArray) plays = NULL;
  g_autofree char *title = NULL;
  KoloRoleAssignment *recorded;
  KoloParticipant *gone;
  GListModel *people;
  KoloDeck *deck;
  gint64 before, after;
  guint n_players = 0;

  empty_library (f);
  deck = make_deck (f, "Колода", 4, 0);
  add_people (f, 5, 5);
  people = kolo_event_get_participants (f->event);

  before = g_get_real_time ();
  play = kolo_deck_draw (deck, f->event, rand, &error);
  after = g_get_real_time ();
  g_assert_no_error (error);
  g_assert_cmpint (kolo_play_get_time (play), >=, before);
  g_assert_cmpint (kolo_play_get_time (play), <=, after);
  g_assert_true (kolo_play_get_event (play) == f->event);
  g_assert_true (kolo_play_get_deck (play) == deck);
  g_assert_cmpuint (kolo_role_assignment_get_n_groups (kolo_play_get_roles (play)), ==, 0);
  title = g_strdup (kolo_play_get_card_title (play));

  roles = kolo_role_assignment_new_random (kolo_play_get_card (play), day (f, 0), 0, rand, &error);
  g_assert_no_error (error);
  g_assert_true (kolo_play_set_roles (play, roles, &error));
  g_assert_no_error (error);
  g_assert_true (kolo_play_get_roles (play) == roles);
  g_assert_cmpint (db_count (f, "SELECT count(*) FROM play_roles"), ==, 5);

  /* Recorded again: replaced, not added. */
  g_assert_true (kolo_play_set_roles (play, roles, &error));
  g_assert_cmpint (db_count (f, "SELECT count(*) FROM play_roles"), ==, 5);

  reopen (f);
  people = kolo_event_get_participants (f->event);
  plays = kolo_event_get_plays (f->event, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plays->len, ==, 1);
  g_assert_cmpstr (kolo_play_get_card_title (plays->pdata[0]), ==, title);
  g_assert_cmpint (kolo_play_get_time (plays->pdata[0]), ==, kolo_play_get_time (play));
  recorded = kolo_play_get_roles (plays->pdata[0]);
  g_assert_cmpuint (kolo_role_assignment_get_n_groups (recorded), ==,
                    kolo_role_assignment_get_n_groups (roles));
  for (guint g = 0; g < kolo_role_assignment_get_n_groups (recorded); g++)
    for (guint i = 0; i < kolo_role_assignment_get_n_players (recorded, g); i++)
      {
        /* The same people (now the reopened store's objects), the same roles. */
        g_assert_cmpstr (kolo_participant_get_name (kolo_role_assignment_get_player (recorded, g, i)),
                         ==,
                         kolo_participant_get_name (kolo_role_assignment_get_player (roles, g, i)));
        g_assert_true (g_list_store_find (G_LIST_STORE (people),
                                          kolo_role_assignment_get_player (recorded, g, i), NULL));
        g_assert_cmpstr (kolo_role_assignment_get_role (recorded, g, i), ==,
                         kolo_role_assignment_get_role (roles, g, i));
        n_players++;
      }
  g_assert_cmpuint (n_players, ==, 5);

  /* A participant deleted from the event leaves every play. */
  gone = kolo_role_assignment_get_player (recorded, 0, 0);
  g_assert_true (kolo_event_remove_participant (f->event, gone, &error));
  g_assert_no_error (error);
  g_clear_pointer (&plays, g_ptr_array_unref);
  plays = kolo_event_get_plays (f->event, &error);
  recorded = kolo_play_get_roles (plays->pdata[0]);
  n_players = 0;
  for (guint g = 0; g < kolo_role_assignment_get_n_groups (recorded); g++)
    for (guint i = 0; i < kolo_role_assignment_get_n_players (recorded, g); i++)
      {
        g_assert_true (kolo_role_assignment_get_player (recorded, g, i) != gone);
        n_players++;
      }
  g_assert_cmpuint (n_players, ==, 4);
  g_assert_cmpint (db_count (f, "SELECT count(*) FROM play_roles"), ==, 4);

  /* Deleting the event takes its plays along. */
  g_assert_true (kolo_store_delete_event (f->store, f->event, &error));
  g_assert_true (kolo_store_purge_deleted (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (db_count (f, "SELECT count(*) FROM plays"), ==, 0);
  g_assert_cmpint (db_count (f, "SELECT count(*) FROM play_roles"), ==, 0);
}

/* Printing ----------------------------------------------------------------- */

static char *
write_pdf (Fixture   *f,
           KoloDeck  *deck,
           GPtrArray *plays,
           const char *name)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (kolo_deck_write_pdf (deck, plays, out, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (out, NULL, &error));
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 5, "%PDF-", 5);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

/* The text of one slip: @cell counts from 0, two across and two down, as
 * kolo-deck-pdf.c lays them out (10 mm margins, 72 points an inch). */
static char *
slip_text (const char *path,
           int         page,
           int         cell)
{
  const double mm = 72.0 / 25.4;
  const double width = (210 - 20) * mm / 2, height = (297 - 20) * mm / 2;
  g_autofree char *number = g_strdup_printf ("%d", page);
  g_autofree char *x = g_strdup_printf ("%d", (int) (10 * mm + (cell % 2) * width) + 1);
  g_autofree char *y = g_strdup_printf ("%d", (int) (10 * mm + (cell / 2) * height) + 1);
  g_autofree char *w = g_strdup_printf ("%d", (int) width - 2);
  g_autofree char *h = g_strdup_printf ("%d", (int) height - 2);
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-f", number, "-l", number,
                         "-x", x, "-y", y, "-W", w, "-H", h, path, "-", NULL };
  g_autofree char *text = kolo_test_run_tool (argv);

  return kolo_test_squeeze (text);
}

#define assert_slip(path, page, cell, expected) G_STMT_START { \
    g_autofree char *slip_ = slip_text ((path), (page), (cell)); \
    g_assert_cmpstr (slip_, ==, (expected)); \
  } G_STMT_END

#define assert_has(text, needle) G_STMT_START { \
    if (strstr ((text), (needle)) == NULL) \
      g_test_fail_printf ("“%s” is not in:\n%s", (needle), (text)); \
  } G_STMT_END

static void
test_pdf_whole_deck (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *page2 = NULL;
  KoloDeck *deck;

  if (!kolo_test_have_poppler ())
    return;

  deck = import (f, small_deck);
  path = write_pdf (f, deck, NULL, "deck.pdf");

  /* Card 1: the public side and two briefs; card 2 no briefs; card 3 one:
   * 3 + 1 + 2 slips, four to a page, a card's slips kept together. */
  g_assert_cmpint (kolo_test_pdf_pages (path), ==, 2);
  assert_slip (path, 1, 0,
               "SITUATION · ШТРАФИ Штраф за загублену книжку "
               "Читач загубив книжку і не хоче платити. Medium · Складні розмови");
  assert_slip (path, 1, 1,
               "PRIVATE BRIEF · ЧИТАЧ Штраф за загублену книжку "
               "Ви певні, що повернули книжку ще в березні. Medium · Складні розмови");
  assert_slip (path, 1, 2,
               "PRIVATE BRIEF · БІБЛІОТЕКАРКА Штраф за загублену книжку "
               "У формулярі книжка досі записана на читача. Medium · Складні розмови");
  assert_slip (path, 1, 3, "SITUATION Шум у читальній залі Easy · Складні розмови");
  assert_slip (path, 2, 0,
               "OBSERVER TASK · СПОСТЕРЕЖЕННЯ Спостерігач: мова тіла "
               "Стежте за жестами й позою. Hard · Складні розмови");
  assert_slip (path, 2, 1,
               "PRIVATE BRIEF Спостерігач: мова тіла "
               "Запишіть три жести, що заспокоїли розмову. Hard · Складні розмови");
  assert_slip (path, 2, 2, "");

  /* Three cards of three slips: one to a page. */
  empty_library (f);
  deck = make_deck (f, "Три", 3, 0);
  g_clear_pointer (&path, g_free);
  path = write_pdf (f, deck, NULL, "three.pdf");
  g_assert_cmpint (kolo_test_pdf_pages (path), ==, 3);
  assert_slip (path, 3, 0, "SITUATION Ситуація 3 Medium · Три");
  assert_slip (path, 3, 1, "PRIVATE BRIEF · ЧИТАЧ Ситуація 3 Бриф читача 3 Medium · Три");
  assert_slip (path, 3, 2,
               "PRIVATE BRIEF · БІБЛІОТЕКАРКА Ситуація 3 Бриф бібліотекарки 3 Medium · Три");
  assert_slip (path, 3, 3, "");
  page2 = kolo_test_pdf_text (path, 1);
  assert_has (page2, "Ситуація 1");
  g_assert_null (strstr (page2, "Ситуація 2"));
}

static void
test_pdf_played (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) plays = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(KoloRoleAssignment) roles = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  GListModel *people;
  KoloDeck *deck;
  KoloPlay *play;

  if (!kolo_test_have_poppler ())
    return;

  empty_library (f);
  deck = make_deck (f, "Колода", 3, 0);
  add_people (f, 3, 3);
  people = kolo_event_get_participants (f->event);

  play = kolo_deck_pick (deck, f->event, kolo_test_item (kolo_deck_get_cards (deck), 1), &error);
  g_assert_no_error (error);
  g_ptr_array_add (plays, play);
  roles = kolo_role_assignment_new (kolo_play_get_card (play), f->event);
  g_assert_true (kolo_role_assignment_add (roles, 0, kolo_test_item (people, 1), 0, &error));
  g_assert_true (kolo_role_assignment_add (roles, 0, kolo_test_item (people, 2), 1, &error));
  g_assert_true (kolo_role_assignment_add (roles, 0, kolo_test_item (people, 0), -1, &error));
  g_assert_true (kolo_play_set_roles (play, roles, &error));
  g_assert_no_error (error);

  path = write_pdf (f, deck, plays, "played.pdf");
  g_assert_cmpint (kolo_test_pdf_pages (path), ==, 1);
  assert_slip (path, 1, 0, "SITUATION Ситуація 2 Medium · Колода");
  assert_slip (path, 1, 1,
               "PRIVATE BRIEF · ЧИТАЧ Ситуація 2 For Учасниця 2 Бриф читача 2 Medium · Колода");
  assert_slip (path, 1, 2,
               "PRIVATE BRIEF · БІБЛІОТЕКАРКА Ситуація 2 For Учасниця 3 Бриф бібліотекарки 2 "
               "Medium · Колода");
  /* The observer gets no brief. */
  text = kolo_test_pdf_text (path, 0);
  g_assert_null (strstr (text, "Учасниця 1"));
}

/* A word where pdftotext -bbox found it, in points from the top left. */
typedef struct
{
  double x0, y0, x1, y1;
} Box;

static GArray *
pdf_boxes (const char *path)
{
  const char *argv[] = { "pdftotext", "-bbox", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *html = kolo_test_run_tool (argv);
  g_autoptr(GRegex) word_re = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" "
                                           "xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">",
                                           0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GArray *boxes = g_array_new (FALSE, FALSE, sizeof (Box));

  for (g_regex_match (word_re, html, 0, &match); g_match_info_matches (match);
       g_match_info_next (match, NULL))
    {
      Box box;

      for (int i = 0; i < 4; i++)
        {
          g_autofree char *number = g_match_info_fetch (match, i + 1);
          ((double *) &box)[i] = g_ascii_strtod (number, NULL);
        }
      g_array_append_val (boxes, box);
    }
  return boxes;
}

static void
test_pdf_long_text (Fixture       *f,
                    gconstpointer  data)
{
  const double mm = 72.0 / 25.4;
  const double slip_w = (210 - 20) * mm / 2, slip_h = (297 - 20) * mm / 2;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) boxes = NULL;
  g_autoptr(GString) public_text = g_string_new (NULL);
  g_autofree char *long_title = NULL;
  g_autofree char *last_word = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  const char *roles[] = { "Дуже довга назва ролі, що займає цілих шістдесят знаків так", NULL };
  const char *texts[2] = { NULL, NULL };
  KoloDeck *deck;
  KoloCard *card;

  if (!kolo_test_have_poppler ())
    return;

  empty_library (f);
  deck = make_deck (f, "Колода", 1, 0);
  card = kolo_test_item (kolo_deck_get_cards (deck), 0);
  for (guint i = 0; g_utf8_strlen (public_text->str, -1) < 1960; i++)
    {
      g_free (last_word);
      last_word = g_strdup_printf ("слово%u", i);
      g_string_append_printf (public_text, "%s ", last_word);
    }
  long_title = g_strnfill (200, 'W');
  kolo_card_set_title (card, long_title);
  kolo_card_set_public_text (card, public_text->str);
  texts[0] = public_text->str;
  g_assert_true (kolo_card_set_briefs (card, roles, texts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->write_failed, ==, 0);

  path = write_pdf (f, deck, NULL, "long.pdf");
  text = kolo_test_pdf_text (path, 0);
  /* Too long for a slip of its own, each text takes a whole row, set
   * smaller: all of it is there, the first word and the last. */
  g_assert_cmpint (kolo_test_pdf_pages (path), ==, 1);
  assert_has (text, "слово0 слово1");
  g_assert_nonnull (strstr (text, last_word));
  g_assert_nonnull (strstr (strstr (text, last_word) + 1, last_word));
  assert_has (text, "PRIVATE BRIEF");

  /* No word crosses a cut line across the page, or leaves the slips'
   * inner margins. */
  boxes = pdf_boxes (path);
  g_assert_cmpuint (boxes->len, >, 400);
  for (guint i = 0; i < boxes->len; i++)
    {
      Box *b = &g_array_index (boxes, Box, i);
      int row = (int) floor ((b->y0 - 10 * mm) / slip_h);
      double top = 10 * mm + row * slip_h;

      g_assert_cmpint (row, >=, 0);
      g_assert_cmpint (row, <, 2);
      g_assert_cmpfloat (b->x0, >=, 10 * mm + 5 * mm);
      g_assert_cmpfloat (b->x1, <=, 10 * mm + 2 * slip_w - 5 * mm);
      g_assert_cmpfloat (b->y1, <=, top + slip_h - 5 * mm);
    }
}

/* Longer than any stored card may be (a deck of no store takes what it is
 * given): past the smallest size of a wide slip, the text is cut. */
static void
test_pdf_cut (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(KoloDeck) deck = kolo_deck_new ("Без сховища");
  g_autoptr(KoloCard) card = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  if (!kolo_test_have_poppler ())
    return;

  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (body, "речення%u ", i);
  card = _kolo_card_new_full (0, KOLO_CARD_SITUATION, "Задовга", body->str, "",
                              KOLO_DIFFICULTY_EASY);
  g_assert_true (kolo_deck_insert_card (deck, 0, card, &error));
  g_assert_no_error (error);

  path = write_pdf (f, deck, NULL, "cut.pdf");
  g_assert_cmpint (kolo_test_pdf_pages (path), ==, 1);
  text = kolo_test_pdf_text (path, 0);
  assert_has (text, "SITUATION Задовга речення0 речення1");
  assert_has (text, "…");
  g_assert_null (strstr (text, "речення999"));
  assert_has (text, "Easy · Без сховища");
}

int
main (int    argc,
      char **argv)
{
  kolo_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/kolo/decks/store/schema", test_schema);
  ADD ("/kolo/decks/store/edit", test_edit);
  ADD ("/kolo/decks/store/briefs-refused", test_briefs_refused);
  ADD ("/kolo/decks/store/refused-write", test_refused_write);
  ADD ("/kolo/decks/store/library-order", test_library_order);
  ADD ("/kolo/decks/store/remove-restore-deck", test_remove_restore_deck);
  ADD ("/kolo/decks/store/remove-card-undo", test_remove_card_undo);
  ADD ("/kolo/decks/store/notify", test_notify);
  ADD ("/kolo/decks/store/activity-link", test_activity_link);
  ADD ("/kolo/decks/files/round-trip", test_round_trip);
  ADD ("/kolo/decks/files/wrong-format", test_wrong_format);
  ADD ("/kolo/decks/files/import-any", test_import_any);
  for (guint i = 0; i < G_N_ELEMENTS (bad_decks); i++)
    {
      g_autofree char *path = g_strconcat ("/kolo/decks/files/bad/", bad_decks[i].name, NULL);

      g_test_add (path, Fixture, &bad_decks[i], fixture_set_up, test_bad_deck, fixture_tear_down);
    }
  g_test_add_func ("/kolo/decks/shipped/files", test_shipped_files);
  g_test_add_func ("/kolo/decks/shipped/content", test_shipped_content);
  ADD ("/kolo/decks/shipped/in-library", test_shipped_in_library);
  ADD ("/kolo/decks/draw/no-repeats", test_draw_no_repeats);
  ADD ("/kolo/decks/draw/survives-restart", test_draw_survives_restart);
  ADD ("/kolo/decks/draw/pick", test_pick);
  ADD ("/kolo/decks/draw/fair", test_draw_fair);
  ADD ("/kolo/decks/roles/random", test_roles_random);
  ADD ("/kolo/decks/roles/by-hand", test_roles_by_hand);
  ADD ("/kolo/decks/plays/record", test_plays_record);
  ADD ("/kolo/decks/pdf/whole-deck", test_pdf_whole_deck);
  ADD ("/kolo/decks/pdf/played", test_pdf_played);
  ADD ("/kolo/decks/pdf/long-text", test_pdf_long_text);
  ADD ("/kolo/decks/pdf/cut", test_pdf_cut);

#undef ADD

  return g_test_run ();
}
