/* kolo-play.c — running role-plays: drawing situations without repeats,
 * giving a card's roles to the people present, and the record of who
 * played which card in which event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-play"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kolo-deck-private.h"
#include "kolo-groups.h"
#include "kolo-model-private.h"
#include "kolo-participant-private.h"
#include "kolo-play.h"
#include "kolo-store-private.h"

/* The store keeps every draw of every event as a play (plays), the
 * players of each (play_roles), and for each event and deck the point the
 * deck was last reshuffled at (deck_shuffles.after_play_id): the cards
 * drawn since are the plays of the deck with a later ID.  Play IDs only
 * grow (AUTOINCREMENT), so that point needs no clock.  All of it is in
 * the store as soon as it happens: a restart draws on where it stopped. */

/* Role assignments ---------------------------------------------------------- */

typedef struct
{
  KoloParticipant *participant;  /* owned */
  int              brief;        /* -1: an observer */
  char            *role;         /* the brief's role when recorded; NULL: observer */
} Player;

struct _KoloRoleAssignment
{
  grefcount   ref;
  KoloCard   *card;      /* owned; NULL for a play whose card was removed */
  KoloEvent  *event;     /* owned */
  GPtrArray  *groups;    /* of GArray of Player */
};

G_DEFINE_BOXED_TYPE (KoloRoleAssignment, kolo_role_assignment,
                     kolo_role_assignment_ref, kolo_role_assignment_unref)

static void
player_clear (Player *player)
{
  g_clear_object (&player->participant);
  g_clear_pointer (&player->role, g_free);
}

static GArray *
group_new (void)
{
  GArray *group = g_array_new (FALSE, TRUE, sizeof (Player));

  g_array_set_clear_func (group, (GDestroyNotify) player_clear);
  return group;
}

static KoloRoleAssignment *
assignment_new (KoloCard  *card,
                KoloEvent *event)
{
  KoloRoleAssignment *self = g_new0 (KoloRoleAssignment, 1);

  g_ref_count_init (&self->ref);
  self->card = card != NULL ? g_object_ref (card) : NULL;
  self->event = g_object_ref (event);
  self->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  return self;
}

static void
assignment_append (KoloRoleAssignment *self,
                   guint               group,
                   KoloParticipant    *participant,
                   int                 brief,
                   const char         *role)
{
  Player player = { g_object_ref (participant), brief, g_strdup (role) };

  while (group >= self->groups->len)
    g_ptr_array_add (self->groups, group_new ());
  g_array_append_val ((GArray *) self->groups->pdata[group], player);
}

static Player *
get_player (KoloRoleAssignment *self,
            guint               group,
            guint               index)
{
  GArray *players;

  g_return_val_if_fail (group < self->groups->len, NULL);
  players = self->groups->pdata[group];
  g_return_val_if_fail (index < players->len, NULL);
  return &g_array_index (players, Player, index);
}

/**
 * kolo_role_assignment_new:
 * @card: the card the round plays
 * @event: the event whose participants play
 *
 * Returns: (transfer full): an empty round, to fill with
 *   kolo_role_assignment_add()
 */
KoloRoleAssignment *
kolo_role_assignment_new (KoloCard  *card,
                          KoloEvent *event)
{
  g_return_val_if_fail (KOLO_IS_CARD (card), NULL);
  g_return_val_if_fail (KOLO_IS_EVENT (event), NULL);

  return assignment_new (card, event);
}

/**
 * kolo_role_assignment_new_random:
 * @card: the card the round plays
 * @day: a day of the event: those marked present on it play
 * @group_size: the size of the groups, 2 and up; 0 for as many as the card
 *   has briefs (at least 2)
 * @rand: (nullable): the randomness; %NULL for a fresh one
 *
 * Deals the people present on @day into random groups (kolo_groups_make(),
 * which mixes institutions while the numbers allow).  In each group the
 * first people get the card's briefs in order; the others observe.
 *
 * Returns: (transfer full): the round, or %NULL with @error set when
 *   nobody is marked present
 */
KoloRoleAssignment *
kolo_role_assignment_new_random (KoloCard  *card,
                                 KoloDay   *day,
                                 guint      group_size,
                                 GRand     *rand,
                                 GError   **error)
{
  g_autoptr(GPtrArray) present = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GRand) own_rand = NULL;
  KoloRoleAssignment *self;
  KoloEvent *event;
  GListModel *people;
  guint n_briefs;

  g_return_val_if_fail (KOLO_IS_CARD (card), NULL);
  g_return_val_if_fail (KOLO_IS_DAY (day), NULL);
  event = kolo_day_get_event (day);
  g_return_val_if_fail (event != NULL, NULL);

  people = kolo_event_get_participants (event);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      KoloParticipant *person = g_list_model_get_item (people, i);

      if (kolo_participant_get_attended (person, day))
        g_ptr_array_add (present, person);
      else
        g_object_unref (person);
    }
  if (present->len == 0)
    {
      g_set_error (error, KOLO_DECK_ERROR, KOLO_DECK_ERROR_NOBODY_PRESENT,
                   _("Nobody is marked present on day %u"), kolo_day_get_number (day));
      return NULL;
    }

  n_briefs = kolo_card_get_n_briefs (card);
  if (group_size == 0)
    group_size = n_briefs;
  group_size = MAX (group_size, 2);
  if (rand == NULL)
    rand = own_rand = g_rand_new ();

  groups = kolo_groups_make (present, group_size, NULL, rand);
  self = assignment_new (card, event);
  for (guint g = 0; g < groups->len; g++)
    {
      GPtrArray *group = groups->pdata[g];

      for (guint i = 0; i < group->len; i++)
        assignment_append (self, g, group->pdata[i], i < n_briefs ? (int) i : -1,
                           i < n_briefs ? kolo_card_get_brief_role (card, i) : NULL);
    }
  return self;
}

KoloRoleAssignment *
kolo_role_assignment_ref (KoloRoleAssignment *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref);
  return self;
}

void
kolo_role_assignment_unref (KoloRoleAssignment *self)
{
  g_return_if_fail (self != NULL);

  if (!g_ref_count_dec (&self->ref))
    return;
  g_clear_object (&self->card);
  g_clear_object (&self->event);
  g_ptr_array_unref (self->groups);
  g_free (self);
}

/**
 * kolo_role_assignment_get_card:
 *
 * Returns: (transfer none) (nullable): the card played; %NULL for a
 *   recorded round whose card was removed from its deck since
 */
KoloCard *
kolo_role_assignment_get_card (KoloRoleAssignment *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->card;
}

guint
kolo_role_assignment_get_n_groups (KoloRoleAssignment *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->groups->len;
}

guint
kolo_role_assignment_get_n_players (KoloRoleAssignment *self,
                                    guint               group)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (group < self->groups->len, 0);
  return ((GArray *) self->groups->pdata[group])->len;
}

/**
 * kolo_role_assignment_get_player:
 *
 * Returns: (transfer none): the @index-th player of @group
 */
KoloParticipant *
kolo_role_assignment_get_player (KoloRoleAssignment *self,
                                 guint               group,
                                 guint               index)
{
  Player *player;

  g_return_val_if_fail (self != NULL, NULL);
  player = get_player (self, group, index);
  return player != NULL ? player->participant : NULL;
}

int
kolo_role_assignment_get_brief (KoloRoleAssignment *self,
                                guint               group,
                                guint               index)
{
  Player *player;

  g_return_val_if_fail (self != NULL, -1);
  player = get_player (self, group, index);
  return player != NULL ? player->brief : -1;
}

/**
 * kolo_role_assignment_get_role:
 *
 * Returns: (transfer none) (nullable): the player's role, "" for a brief
 *   without a role's name, %NULL for an observer
 */
const char *
kolo_role_assignment_get_role (KoloRoleAssignment *self,
                               guint               group,
                               guint               index)
{
  Player *player;

  g_return_val_if_fail (self != NULL, NULL);
  player = get_player (self, group, index);
  return player != NULL ? player->role : NULL;
}

gboolean
kolo_role_assignment_contains (KoloRoleAssignment *self,
                               KoloParticipant    *participant)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (KOLO_IS_PARTICIPANT (participant), FALSE);

  for (guint g = 0; g < self->groups->len; g++)
    {
      GArray *players = self->groups->pdata[g];

      for (guint i = 0; i < players->len; i++)
        if (g_array_index (players, Player, i).participant == participant)
          return TRUE;
    }
  return FALSE;
}

/**
 * kolo_role_assignment_add:
 * @group: a group of the round, or kolo_role_assignment_get_n_groups() to
 *   start the next one
 * @participant: a participant of the round's event
 * @brief: the index of one of the card's briefs, or -1 to observe
 *
 * Casting by hand.  Refused when @participant plays in the round already
 * or is not of its event.
 */
gboolean
kolo_role_assignment_add (KoloRoleAssignment  *self,
                          guint                group,
                          KoloParticipant     *participant,
                          int                  brief,
                          GError             **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->card != NULL, FALSE);
  g_return_val_if_fail (group <= self->groups->len, FALSE);
  g_return_val_if_fail (KOLO_IS_PARTICIPANT (participant), FALSE);
  g_return_val_if_fail (brief >= -1 && brief < (int) kolo_card_get_n_briefs (self->card), FALSE);

  if (kolo_participant_get_event (participant) != self->event)
    {
      g_set_error (error, KOLO_DECK_ERROR, KOLO_DECK_ERROR_INVALID,
                   /* Translators: %s is a participant's name */
                   _("%s is not a participant of this event"),
                   kolo_participant_get_name (participant));
      return FALSE;
    }
  if (kolo_role_assignment_contains (self, participant))
    {
      g_set_error (error, KOLO_DECK_ERROR, KOLO_DECK_ERROR_TWICE,
                   /* Translators: %s is a participant's name */
                   _("%s plays in this round already"), kolo_participant_get_name (participant));
      return FALSE;
    }

  assignment_append (self, group, participant, brief,
                     brief >= 0 ? kolo_card_get_brief_role (self->card, brief) : NULL);
  return TRUE;
}

/* Plays --------------------------------------------------------------------- */

struct _KoloPlay
{
  GObject             parent_instance;

  gint64              id;
  KoloEvent          *event;      /* owned */
  gint64              deck_id;    /* 0: the deck was purged */
  gint64              card_id;    /* 0: the card was removed */
  char               *card_title;
  gint64              time;
  gboolean            picked;
  KoloRoleAssignment *roles;
};

G_DEFINE_FINAL_TYPE (KoloPlay, kolo_play, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CARD_TITLE,
  PROP_TIME,
  PROP_PICKED,
  PROP_ROLES,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
kolo_play_finalize (GObject *object)
{
  KoloPlay *self = (KoloPlay *)object;

  g_clear_object (&self->event);
  g_free (self->card_title);
  g_clear_pointer (&self->roles, kolo_role_assignment_unref);

  G_OBJECT_CLASS (kolo_play_parent_class)->finalize (object);
}

static void
kolo_play_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KoloPlay *self = KOLO_PLAY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_CARD_TITLE:
      g_value_set_string (value, self->card_title);
      break;
    case PROP_TIME:
      g_value_set_int64 (value, self->time);
      break;
    case PROP_PICKED:
      g_value_set_boolean (value, self->picked);
      break;
    case PROP_ROLES:
      g_value_set_boxed (value, self->roles);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_play_class_init (KoloPlayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kolo_play_finalize;
  object_class->get_property = kolo_play_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_CARD_TITLE] = g_param_spec_string ("card-title", NULL, NULL, "", ro);
  properties[PROP_TIME] = g_param_spec_int64 ("time", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_PICKED] = g_param_spec_boolean ("picked", NULL, NULL, FALSE, ro);
  properties[PROP_ROLES] = g_param_spec_boxed ("roles", NULL, NULL, KOLO_TYPE_ROLE_ASSIGNMENT, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kolo_play_init (KoloPlay *self)
{
}

static KoloDeck *
find_deck (KoloStore *store,
           gint64     id)
{
  GListModel *decks;

  if (store == NULL || id == 0)
    return NULL;
  decks = kolo_store_get_decks (store);
  for (guint i = 0; i < g_list_model_get_n_items (decks); i++)
    {
      g_autoptr(KoloDeck) deck = g_list_model_get_item (decks, i);

      /* The library keeps its own reference. */
      if (kolo_deck_get_id (deck) == id)
        return deck;
    }
  return NULL;
}

static KoloPlay *
play_new (gint64      id,
          KoloEvent  *event,
          gint64      deck_id,
          gint64      card_id,
          const char *card_title,
          gint64      time,
          gboolean    picked)
{
  KoloPlay *self = g_object_new (KOLO_TYPE_PLAY, NULL);
  KoloDeck *deck = find_deck (kolo_event_get_store (event), deck_id);

  self->id = id;
  self->event = g_object_ref (event);
  self->deck_id = deck_id;
  self->card_id = card_id;
  self->card_title = g_strdup (card_title ? card_title : "");
  self->time = time;
  self->picked = !!picked;
  self->roles = assignment_new (deck != NULL ? kolo_deck_find_card (deck, card_id) : NULL, event);
  return self;
}

gint64
kolo_play_get_id (KoloPlay *self)
{
  g_return_val_if_fail (KOLO_IS_PLAY (self), 0);
  return self->id;
}

/**
 * kolo_play_get_event:
 *
 * Returns: (transfer none): the event the card was played in
 */
KoloEvent *
kolo_play_get_event (KoloPlay *self)
{
  g_return_val_if_fail (KOLO_IS_PLAY (self), NULL);
  return self->event;
}

/**
 * kolo_play_get_deck:
 *
 * Returns: (transfer none) (nullable): the deck the card came from, while
 *   it is in the library
 */
KoloDeck *
kolo_play_get_deck (KoloPlay *self)
{
  g_return_val_if_fail (KOLO_IS_PLAY (self), NULL);
  return find_deck (kolo_event_get_store (self->event), self->deck_id);
}

/**
 * kolo_play_get_card:
 *
 * Returns: (transfer none) (nullable): the card, while it is in its deck
 */
KoloCard *
kolo_play_get_card (KoloPlay *self)
{
  KoloDeck *deck;

  g_return_val_if_fail (KOLO_IS_PLAY (self), NULL);
  deck = kolo_play_get_deck (self);
  return deck != NULL ? kolo_deck_find_card (deck, self->card_id) : NULL;
}

/**
 * kolo_play_get_card_title:
 *
 * Returns: (transfer none): the card's title when it was drawn
 */
const char *
kolo_play_get_card_title (KoloPlay *self)
{
  g_return_val_if_fail (KOLO_IS_PLAY (self), NULL);
  return self->card_title;
}

gint64
kolo_play_get_time (KoloPlay *self)
{
  g_return_val_if_fail (KOLO_IS_PLAY (self), 0);
  return self->time;
}

gboolean
kolo_play_get_picked (KoloPlay *self)
{
  g_return_val_if_fail (KOLO_IS_PLAY (self), FALSE);
  return self->picked;
}

/**
 * kolo_play_get_roles:
 *
 * Returns: (transfer none): who played what; no groups until
 *   kolo_play_set_roles()
 */
KoloRoleAssignment *
kolo_play_get_roles (KoloPlay *self)
{
  g_return_val_if_fail (KOLO_IS_PLAY (self), NULL);
  return self->roles;
}

static gboolean
write_roles (KoloStore           *store,
             gint64               play_id,
             KoloRoleAssignment  *roles,
             GError             **error)
{
  if (!kolo_store_run_with_id (store, "DELETE FROM play_roles WHERE play_id = ?1", play_id, error))
    return FALSE;

  for (guint g = 0; g < roles->groups->len; g++)
    {
      GArray *players = roles->groups->pdata[g];

      for (guint i = 0; i < players->len; i++)
        {
          Player *player = &g_array_index (players, Player, i);
          sqlite3_stmt *stmt = kolo_store_prepare (store,
                                                   "INSERT INTO play_roles (play_id, participant_id,"
                                                   " grp, position, brief, role)"
                                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                                   error);

          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, play_id);
          sqlite3_bind_int64 (stmt, 2, kolo_participant_get_id (player->participant));
          sqlite3_bind_int (stmt, 3, g);
          sqlite3_bind_int (stmt, 4, i);
          if (player->brief >= 0)
            {
              sqlite3_bind_int (stmt, 5, player->brief);
              sqlite3_bind_text (stmt, 6, player->role ? player->role : "", -1, SQLITE_TRANSIENT);
            }
          else
            {
              sqlite3_bind_null (stmt, 5);
              sqlite3_bind_null (stmt, 6);
            }
          if (!kolo_store_step_done (store, stmt, error))
            return FALSE;
        }
    }
  return TRUE;
}

/**
 * kolo_play_set_roles:
 * @roles: who plays what: participants of the play's event, each once
 *
 * Records the round's players and their roles in one transaction,
 * replacing any recorded before.  A participant deleted from the event
 * later leaves the record with them (the store removes them everywhere).
 */
gboolean
kolo_play_set_roles (KoloPlay            *self,
                     KoloRoleAssignment  *roles,
                     GError             **error)
{
  KoloStore *store;
  gboolean ok;

  g_return_val_if_fail (KOLO_IS_PLAY (self), FALSE);
  g_return_val_if_fail (roles != NULL, FALSE);
  g_return_val_if_fail (roles->event == self->event, FALSE);

  for (guint g = 0; g < roles->groups->len; g++)
    {
      GArray *players = roles->groups->pdata[g];

      for (guint i = 0; i < players->len; i++)
        g_return_val_if_fail (kolo_participant_get_id (g_array_index (players, Player, i).participant)
                              != 0, FALSE);
    }

  if ((store = kolo_event_get_store (self->event)) == NULL)
    {
      g_set_error_literal (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                           "The event is not in a store");
      return FALSE;
    }
  if (!kolo_store_begin (store, error))
    return FALSE;
  ok = write_roles (store, self->id, roles, error);
  if (!kolo_store_finish (store, ok, error))
    return FALSE;

  kolo_role_assignment_ref (roles);
  g_clear_pointer (&self->roles, kolo_role_assignment_unref);
  self->roles = roles;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLES]);
  return TRUE;
}

/* Drawing ------------------------------------------------------------------- */

static KoloStore *
store_for (KoloDeck   *deck,
           KoloEvent  *event,
           GError    **error)
{
  KoloStore *store = kolo_event_get_store (event);

  if (store == NULL || kolo_deck_get_store (deck) != store || kolo_deck_get_id (deck) == 0)
    {
      g_set_error_literal (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID,
                           "The deck and the event are not in one store");
      return NULL;
    }
  return store;
}

/* The ID of the last play before the deck was reshuffled for the event;
 * 0 when it never was.  -1 on failure. */
static gint64
shuffle_point (KoloStore  *store,
               KoloDeck   *deck,
               KoloEvent  *event,
               GError    **error)
{
  sqlite3_stmt *stmt;
  gint64 point = 0;
  int rc;

  stmt = kolo_store_prepare (store,
                             "SELECT after_play_id FROM deck_shuffles"
                             " WHERE event_id = ?1 AND deck_id = ?2",
                             error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, kolo_event_get_id (event));
  sqlite3_bind_int64 (stmt, 2, kolo_deck_get_id (deck));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    point = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      kolo_store_set_sqlite_error (store, error);
      return -1;
    }
  return point;
}

/* The card IDs the event drew from the deck since its last reshuffle, in
 * the order they were drawn (repeats kept: a card picked twice). */
static GArray *
drawn_ids (KoloStore  *store,
           KoloDeck   *deck,
           KoloEvent  *event,
           GError    **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 point = shuffle_point (store, deck, event, error);
  sqlite3_stmt *stmt;
  int rc;

  if (point < 0)
    return NULL;
  stmt = kolo_store_prepare (store,
                             "SELECT card_id FROM plays"
                             " WHERE event_id = ?1 AND deck_id = ?2 AND id > ?3"
                             " AND card_id IS NOT NULL ORDER BY id",
                             error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, kolo_event_get_id (event));
  sqlite3_bind_int64 (stmt, 2, kolo_deck_get_id (deck));
  sqlite3_bind_int64 (stmt, 3, point);
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

/* The situations not drawn since the last reshuffle, in the deck's order. */
static GPtrArray *
situations_left (KoloStore  *store,
                 KoloDeck   *deck,
                 KoloEvent  *event,
                 GError    **error)
{
  g_autoptr(GArray) drawn = drawn_ids (store, deck, event, error);
  g_autoptr(GHashTable) seen = NULL;
  GListModel *cards = kolo_deck_get_cards (deck);
  GPtrArray *left;

  if (drawn == NULL)
    return NULL;
  seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < drawn->len; i++)
    g_hash_table_add (seen, &g_array_index (drawn, gint64, i));

  left = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      KoloCard *card = g_list_model_get_item (cards, i);
      gint64 id = kolo_card_get_id (card);

      if (kolo_card_get_kind (card) == KOLO_CARD_SITUATION && !g_hash_table_contains (seen, &id))
        g_ptr_array_add (left, card);
      else
        g_object_unref (card);
    }
  return left;
}

static KoloPlay *
record_play (KoloStore  *store,
             KoloDeck   *deck,
             KoloEvent  *event,
             KoloCard   *card,
             gboolean    picked,
             GError    **error)
{
  sqlite3_stmt *stmt;
  gint64 now = g_get_real_time ();

  stmt = kolo_store_prepare (store,
                             "INSERT INTO plays (event_id, deck_id, card_id, card_title, drawn_us,"
                             " picked) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                             error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, kolo_event_get_id (event));
  sqlite3_bind_int64 (stmt, 2, kolo_deck_get_id (deck));
  sqlite3_bind_int64 (stmt, 3, kolo_card_get_id (card));
  sqlite3_bind_text (stmt, 4, kolo_card_get_title (card), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 5, now);
  sqlite3_bind_int (stmt, 6, !!picked);
  if (!kolo_store_step_done (store, stmt, error))
    return NULL;

  return play_new (sqlite3_last_insert_rowid (kolo_store_get_db (store)), event,
                   kolo_deck_get_id (deck), kolo_card_get_id (card), kolo_card_get_title (card),
                   now, picked);
}

/**
 * kolo_deck_draw:
 * @event: the event that draws
 * @rand: (nullable): the randomness; %NULL for a fresh one (tests pass a
 *   seeded one)
 *
 * Draws one of the deck's situations that @event has not drawn since the
 * deck was last reshuffled for it, each as likely as any other, and
 * stores the draw at once.  Role and observer cards are never drawn.
 *
 * Returns: (transfer full): the play, or %NULL with @error set: a
 *   #KOLO_DECK_ERROR_EXHAUSTED error once every situation was drawn,
 *   #KOLO_DECK_ERROR_NO_SITUATIONS for a deck without any
 */
KoloPlay *
kolo_deck_draw (KoloDeck   *self,
                KoloEvent  *event,
                GRand      *rand,
                GError    **error)
{
  g_autoptr(GPtrArray) left = NULL;
  g_autoptr(GRand) own_rand = NULL;
  KoloStore *store;
  KoloCard *card;

  g_return_val_if_fail (KOLO_IS_DECK (self), NULL);
  g_return_val_if_fail (KOLO_IS_EVENT (event), NULL);

  if ((store = store_for (self, event, error)) == NULL ||
      (left = situations_left (store, self, event, error)) == NULL)
    return NULL;

  if (left->len == 0)
    {
      if (kolo_deck_get_n_situations (self) == 0)
        g_set_error (error, KOLO_DECK_ERROR, KOLO_DECK_ERROR_NO_SITUATIONS,
                     _("The deck “%s” has no situations to draw"), kolo_deck_get_title (self));
      else
        g_set_error (error, KOLO_DECK_ERROR, KOLO_DECK_ERROR_EXHAUSTED,
                     _("Every situation of “%s” was drawn; reshuffle the deck to draw them "
                       "again"), kolo_deck_get_title (self));
      return NULL;
    }

  if (rand == NULL)
    rand = own_rand = g_rand_new ();
  /* g_rand_int_range() draws without bias: every card is as likely. */
  card = left->pdata[g_rand_int_range (rand, 0, (gint32) left->len)];
  return record_play (store, self, event, card, FALSE, error);
}

/**
 * kolo_deck_pick:
 * @card: a card of the deck, chosen by the trainer
 *
 * Plays @card as if drawn: it is not drawn again until the next
 * reshuffle.  Any card may be picked, drawn already or not, of any kind.
 *
 * Returns: (transfer full): the play, or %NULL with @error set
 */
KoloPlay *
kolo_deck_pick (KoloDeck   *self,
                KoloEvent  *event,
                KoloCard   *card,
                GError    **error)
{
  KoloStore *store;

  g_return_val_if_fail (KOLO_IS_DECK (self), NULL);
  g_return_val_if_fail (KOLO_IS_EVENT (event), NULL);
  g_return_val_if_fail (KOLO_IS_CARD (card), NULL);
  g_return_val_if_fail (kolo_card_get_deck (card) == self, NULL);

  if ((store = store_for (self, event, error)) == NULL)
    return NULL;
  return record_play (store, self, event, card, TRUE, error);
}

/**
 * kolo_deck_reshuffle:
 *
 * Puts every card back in the deck for @event: all its situations can be
 * drawn again.  The record of earlier plays stays.
 */
gboolean
kolo_deck_reshuffle (KoloDeck   *self,
                     KoloEvent  *event,
                     GError    **error)
{
  KoloStore *store;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (KOLO_IS_DECK (self), FALSE);
  g_return_val_if_fail (KOLO_IS_EVENT (event), FALSE);

  if ((store = store_for (self, event, error)) == NULL)
    return FALSE;
  stmt = kolo_store_prepare (store,
                             "INSERT OR REPLACE INTO deck_shuffles (event_id, deck_id, after_play_id)"
                             " VALUES (?1, ?2, (SELECT coalesce (max (id), 0) FROM plays))",
                             error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, kolo_event_get_id (event));
  sqlite3_bind_int64 (stmt, 2, kolo_deck_get_id (self));
  return kolo_store_step_done (store, stmt, error);
}

/**
 * kolo_deck_count_left:
 *
 * Returns: how many situations @event can still draw before the deck
 *   must be reshuffled
 */
guint
kolo_deck_count_left (KoloDeck  *self,
                      KoloEvent *event)
{
  g_autoptr(GPtrArray) left = NULL;
  g_autoptr(GError) error = NULL;
  KoloStore *store;

  g_return_val_if_fail (KOLO_IS_DECK (self), 0);
  g_return_val_if_fail (KOLO_IS_EVENT (event), 0);

  if ((store = store_for (self, event, &error)) == NULL ||
      (left = situations_left (store, self, event, &error)) == NULL)
    {
      if (store != NULL)
        kolo_store_report_error (store, error);
      return 0;
    }
  return left->len;
}

/**
 * kolo_deck_get_drawn:
 *
 * Returns: (transfer full) (element-type KoloCard): the cards @event drew
 *   (or picked) since the deck was last reshuffled, in order; a card
 *   removed since is left out
 */
GPtrArray *
kolo_deck_get_drawn (KoloDeck   *self,
                     KoloEvent  *event,
                     GError    **error)
{
  g_autoptr(GArray) ids = NULL;
  GPtrArray *cards;
  KoloStore *store;

  g_return_val_if_fail (KOLO_IS_DECK (self), NULL);
  g_return_val_if_fail (KOLO_IS_EVENT (event), NULL);

  if ((store = store_for (self, event, error)) == NULL ||
      (ids = drawn_ids (store, self, event, error)) == NULL)
    return NULL;

  cards = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < ids->len; i++)
    {
      KoloCard *card = kolo_deck_find_card (self, g_array_index (ids, gint64, i));

      if (card != NULL)
        g_ptr_array_add (cards, g_object_ref (card));
    }
  return cards;
}

/**
 * kolo_event_get_plays:
 *
 * Every card drawn or picked in @event, oldest first, with who played
 * what: read from the store each time.
 *
 * Returns: (transfer full) (element-type KoloPlay): the plays, or %NULL
 *   with @error set
 */
GPtrArray *
kolo_event_get_plays (KoloEvent  *event,
                      GError    **error)
{
  g_autoptr(GPtrArray) plays = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) people = NULL;
  KoloStore *store;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOLO_IS_EVENT (event), NULL);

  if ((store = kolo_event_get_store (event)) == NULL)
    return g_steal_pointer (&plays);

  stmt = kolo_store_prepare (store,
                             "SELECT id, deck_id, card_id, card_title, drawn_us, picked"
                             "  FROM plays WHERE event_id = ?1 ORDER BY id",
                             error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, kolo_event_get_id (event));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KoloPlay *play = play_new (sqlite3_column_int64 (stmt, 0), event,
                                 sqlite3_column_int64 (stmt, 1),
                                 sqlite3_column_int64 (stmt, 2),
                                 (const char *) sqlite3_column_text (stmt, 3),
                                 sqlite3_column_int64 (stmt, 4),
                                 sqlite3_column_int (stmt, 5));

      g_ptr_array_add (plays, play);
      g_hash_table_insert (by_id, &play->id, play);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      kolo_store_set_sqlite_error (store, error);
      return NULL;
    }

  stmt = kolo_store_prepare (store,
                             "SELECT r.play_id, r.participant_id, r.grp, r.brief, r.role"
                             "  FROM play_roles r JOIN plays p ON p.id = r.play_id"
                             " WHERE p.event_id = ?1"
                             " ORDER BY r.play_id, r.grp, r.position",
                             error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, kolo_event_get_id (event));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 play_id = sqlite3_column_int64 (stmt, 0);
      gint64 participant_id = sqlite3_column_int64 (stmt, 1);
      KoloPlay *play = g_hash_table_lookup (by_id, &play_id);
      KoloParticipant *person;
      gboolean observer = sqlite3_column_type (stmt, 3) == SQLITE_NULL;

      if (people == NULL)
        people = _kolo_event_index_participants (event);
      person = g_hash_table_lookup (people, &participant_id);
      if (play == NULL || person == NULL)
        continue;
      assignment_append (play->roles, sqlite3_column_int (stmt, 2), person,
                         observer ? -1 : sqlite3_column_int (stmt, 3),
                         observer ? NULL : (const char *) sqlite3_column_text (stmt, 4));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      kolo_store_set_sqlite_error (store, error);
      return NULL;
    }

  return g_steal_pointer (&plays);
}
