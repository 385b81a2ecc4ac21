/* kolo-card.c — one card of a role-play deck: a situation, a role or an
 * observer's task, with what the room sees and the private briefs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-card"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kolo-deck-private.h"
#include "kolo-history-private.h"
#include "kolo-store-private.h"

struct _KoloCard
{
  GObject         parent_instance;

  gint64          id;
  KoloDeck       *deck;         /* unowned: the deck owns us */
  KoloCardKind    kind;
  char           *title;
  char           *public_text;
  char           *category;
  KoloDifficulty  difficulty;
  GPtrArray      *roles;        /* of char *, one per brief, NULL-terminated */
  GPtrArray      *texts;        /* of char *, likewise */
  GArray         *lost_plays;   /* of gint64; see _kolo_card_set_lost_row() */
  gint64          lost_deck_id;
  gint64          lost_row_id;
};

G_DEFINE_FINAL_TYPE (KoloCard, kolo_card, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (KoloCardKind, kolo_card_kind,
  G_DEFINE_ENUM_VALUE (KOLO_CARD_SITUATION, "situation"),
  G_DEFINE_ENUM_VALUE (KOLO_CARD_ROLE, "role"),
  G_DEFINE_ENUM_VALUE (KOLO_CARD_OBSERVER, "observer"))

G_DEFINE_ENUM_TYPE (KoloDifficulty, kolo_difficulty,
  G_DEFINE_ENUM_VALUE (KOLO_DIFFICULTY_EASY, "easy"),
  G_DEFINE_ENUM_VALUE (KOLO_DIFFICULTY_MEDIUM, "medium"),
  G_DEFINE_ENUM_VALUE (KOLO_DIFFICULTY_HARD, "hard"))

enum {
  PROP_0,
  PROP_ID,
  PROP_DECK,
  PROP_KIND,
  PROP_TITLE,
  PROP_PUBLIC_TEXT,
  PROP_CATEGORY,
  PROP_DIFFICULTY,
  PROP_N_BRIEFS,
  PROP_BRIEF_ROLES,
  PROP_BRIEF_TEXTS,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static const struct {
  const char *name;   /* in files and the store */
  const char *label;  /* shown to people */
} kinds[KOLO_N_CARD_KINDS] = {
  [KOLO_CARD_SITUATION] = { "situation", NC_("card kind", "Situation") },
  [KOLO_CARD_ROLE]      = { "role",      NC_("card kind", "Role") },
  /* Translators: a card that tells an observer what to watch for */
  [KOLO_CARD_OBSERVER]  = { "observer",  NC_("card kind", "Observer task") },
};

static const struct {
  const char *name;
  const char *label;
} difficulties[KOLO_N_DIFFICULTIES] = {
  [KOLO_DIFFICULTY_EASY]   = { "easy",   NC_("difficulty", "Easy") },
  [KOLO_DIFFICULTY_MEDIUM] = { "medium", NC_("difficulty", "Medium") },
  [KOLO_DIFFICULTY_HARD]   = { "hard",   NC_("difficulty", "Hard") },
};

const char *
kolo_card_kind_to_string (KoloCardKind kind)
{
  g_return_val_if_fail (kind < KOLO_N_CARD_KINDS, "situation");
  return kinds[kind].name;
}

/**
 * kolo_card_kind_from_string:
 * @text: (nullable): a kind's name, as in files
 * @kind: (out): where to put the kind
 *
 * Returns: whether @text names a kind; @kind is unchanged if not
 */
gboolean
kolo_card_kind_from_string (const char   *text,
                            KoloCardKind *kind)
{
  for (guint i = 0; i < KOLO_N_CARD_KINDS; i++)
    if (g_strcmp0 (text, kinds[i].name) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * kolo_card_kind_get_label:
 *
 * Returns: (transfer none): the kind's name in the user's language
 */
const char *
kolo_card_kind_get_label (KoloCardKind kind)
{
  g_return_val_if_fail (kind < KOLO_N_CARD_KINDS, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "card kind", kinds[kind].label);
}

const char *
kolo_difficulty_to_string (KoloDifficulty difficulty)
{
  g_return_val_if_fail (difficulty < KOLO_N_DIFFICULTIES, "medium");
  return difficulties[difficulty].name;
}

gboolean
kolo_difficulty_from_string (const char     *text,
                             KoloDifficulty *difficulty)
{
  for (guint i = 0; i < KOLO_N_DIFFICULTIES; i++)
    if (g_strcmp0 (text, difficulties[i].name) == 0)
      {
        *difficulty = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * kolo_difficulty_get_label:
 *
 * Returns: (transfer none): the difficulty in the user's language
 */
const char *
kolo_difficulty_get_label (KoloDifficulty difficulty)
{
  g_return_val_if_fail (difficulty < KOLO_N_DIFFICULTIES, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "difficulty", difficulties[difficulty].label);
}

static KoloStore *
get_store (KoloCard *self)
{
  return self->id != 0 && self->deck != NULL ? kolo_deck_get_store (self->deck) : NULL;
}

/* The deck's history, while the card is in a stored deck */
static KoloHistory *
history_of (KoloCard *self)
{
  return get_store (self) != NULL ? _kolo_deck_recording_history (self->deck) : NULL;
}

/* Every setter writes first: a refused write changes nothing (the store
 * tells the UI through its "write-failed" signal).  Then the deck's
 * history records the value the change replaces. */
static void
set_text (KoloCard   *self,
          char      **field,
          const char *value,
          const char *column,
          guint       prop)
{
  KoloStore *store;

  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return;
  if ((store = get_store (self)) != NULL &&
      !kolo_store_update_text (store, "cards", column, self->id, value))
    return;
  _kolo_history_record_property (history_of (self), G_OBJECT (self), properties[prop]);

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static GPtrArray *
new_strv_array (void)
{
  GPtrArray *array = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (array, NULL);
  return array;
}

/* Appends to a NULL-terminated array. */
static void
strv_array_add (GPtrArray  *array,
                const char *text)
{
  array->pdata[array->len - 1] = g_strdup (text);
  g_ptr_array_add (array, NULL);
}

static void
kolo_card_finalize (GObject *object)
{
  KoloCard *self = (KoloCard *)object;

  g_free (self->title);
  g_free (self->public_text);
  g_free (self->category);
  g_ptr_array_unref (self->roles);
  g_ptr_array_unref (self->texts);
  g_clear_pointer (&self->lost_plays, g_array_unref);

  G_OBJECT_CLASS (kolo_card_parent_class)->finalize (object);
}

static void
kolo_card_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KoloCard *self = KOLO_CARD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_DECK:
      g_value_set_object (value, self->deck);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_PUBLIC_TEXT:
      g_value_set_string (value, self->public_text);
      break;
    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;
    case PROP_DIFFICULTY:
      g_value_set_enum (value, self->difficulty);
      break;
    case PROP_N_BRIEFS:
      g_value_set_uint (value, kolo_card_get_n_briefs (self));
      break;
    case PROP_BRIEF_ROLES:
      g_value_set_boxed (value, self->roles->pdata);
      break;
    case PROP_BRIEF_TEXTS:
      g_value_set_boxed (value, self->texts->pdata);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_card_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  KoloCard *self = KOLO_CARD (object);

  switch (prop_id)
    {
    case PROP_KIND:
      kolo_card_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_TITLE:
      kolo_card_set_title (self, g_value_get_string (value));
      break;
    case PROP_PUBLIC_TEXT:
      kolo_card_set_public_text (self, g_value_get_string (value));
      break;
    case PROP_CATEGORY:
      kolo_card_set_category (self, g_value_get_string (value));
      break;
    case PROP_DIFFICULTY:
      kolo_card_set_difficulty (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_card_class_init (KoloCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kolo_card_finalize;
  object_class->get_property = kolo_card_get_property;
  object_class->set_property = kolo_card_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_DECK] = g_param_spec_object ("deck", NULL, NULL, KOLO_TYPE_DECK, ro);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, KOLO_TYPE_CARD_KIND,
                                             KOLO_CARD_SITUATION, rw);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", rw);
  properties[PROP_PUBLIC_TEXT] = g_param_spec_string ("public-text", NULL, NULL, "", rw);
  properties[PROP_CATEGORY] = g_param_spec_string ("category", NULL, NULL, "", rw);
  properties[PROP_DIFFICULTY] = g_param_spec_enum ("difficulty", NULL, NULL, KOLO_TYPE_DIFFICULTY,
                                                   KOLO_DIFFICULTY_MEDIUM, rw);
  properties[PROP_N_BRIEFS] = g_param_spec_uint ("n-briefs", NULL, NULL, 0, KOLO_CARD_MAX_BRIEFS,
                                                 0, ro);
  properties[PROP_BRIEF_ROLES] = g_param_spec_boxed ("brief-roles", NULL, NULL, G_TYPE_STRV, ro);
  properties[PROP_BRIEF_TEXTS] = g_param_spec_boxed ("brief-texts", NULL, NULL, G_TYPE_STRV, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kolo_card_init (KoloCard *self)
{
  self->title = g_strdup ("");
  self->public_text = g_strdup ("");
  self->category = g_strdup ("");
  self->difficulty = KOLO_DIFFICULTY_MEDIUM;
  self->roles = new_strv_array ();
  self->texts = new_strv_array ();
}

KoloCard *
_kolo_card_new_full (gint64          id,
                     KoloCardKind    kind,
                     const char     *title,
                     const char     *public_text,
                     const char     *category,
                     KoloDifficulty  difficulty)
{
  KoloCard *self = g_object_new (KOLO_TYPE_CARD, NULL);

  self->id = id;
  self->kind = kind < KOLO_N_CARD_KINDS ? kind : KOLO_CARD_SITUATION;
  g_free (self->title);
  self->title = g_strdup (title ? title : "");
  g_free (self->public_text);
  self->public_text = g_strdup (public_text ? public_text : "");
  g_free (self->category);
  self->category = g_strdup (category ? category : "");
  self->difficulty = difficulty < KOLO_N_DIFFICULTIES ? difficulty : KOLO_DIFFICULTY_MEDIUM;
  return self;
}

void
_kolo_card_set_id (KoloCard *self,
                   gint64    id)
{
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

void
_kolo_card_set_deck (KoloCard *self,
                     KoloDeck *deck)
{
  if (self->deck == deck)
    return;
  self->deck = deck;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECK]);
}

void
_kolo_card_add_brief (KoloCard   *self,
                      const char *role,
                      const char *text)
{
  strv_array_add (self->roles, role ? role : "");
  strv_array_add (self->texts, text ? text : "");
}

GArray *
_kolo_card_steal_lost_row (KoloCard *self,
                           gint64   *deck_id,
                           gint64   *row_id)
{
  *deck_id = self->lost_deck_id;
  *row_id = self->lost_row_id;
  self->lost_deck_id = 0;
  self->lost_row_id = 0;
  return g_steal_pointer (&self->lost_plays);
}

/* A removed card remembers its row and which plays drew it (the store
 * unlinked them from the row): inserted again into the same deck, it takes
 * both back, so undoing a removal changes neither its ID nor what was
 * drawn. */
void
_kolo_card_set_lost_row (KoloCard *self,
                         gint64    deck_id,
                         gint64    row_id,
                         GArray   *play_ids)
{
  g_clear_pointer (&self->lost_plays, g_array_unref);
  self->lost_plays = play_ids != NULL ? g_array_ref (play_ids) : NULL;
  self->lost_deck_id = deck_id;
  self->lost_row_id = row_id;
}

/**
 * kolo_card_new:
 * @kind: a situation, a role or an observer's task
 * @title: its title, 1–200 characters
 *
 * Makes a card of no deck: set it up, then add it with
 * kolo_deck_insert_card().
 *
 * Returns: (transfer full): the card
 */
KoloCard *
kolo_card_new (KoloCardKind  kind,
               const char   *title)
{
  g_return_val_if_fail (kind < KOLO_N_CARD_KINDS, NULL);
  g_return_val_if_fail (_kolo_deck_check_text (title, KOLO_CARD_TITLE_MAX, TRUE), NULL);

  return _kolo_card_new_full (0, kind, title, NULL, NULL, KOLO_DIFFICULTY_MEDIUM);
}

/**
 * kolo_card_get_id:
 *
 * Returns: the card's row ID, 0 while it is in no stored deck
 */
gint64
kolo_card_get_id (KoloCard *self)
{
  g_return_val_if_fail (KOLO_IS_CARD (self), 0);
  return self->id;
}

/**
 * kolo_card_get_deck:
 *
 * Returns: (transfer none) (nullable): the deck the card is in
 */
KoloDeck *
kolo_card_get_deck (KoloCard *self)
{
  g_return_val_if_fail (KOLO_IS_CARD (self), NULL);
  return self->deck;
}

KoloCardKind
kolo_card_get_kind (KoloCard *self)
{
  g_return_val_if_fail (KOLO_IS_CARD (self), KOLO_CARD_SITUATION);
  return self->kind;
}

void
kolo_card_set_kind (KoloCard     *self,
                    KoloCardKind  kind)
{
  KoloStore *store;

  g_return_if_fail (KOLO_IS_CARD (self));
  g_return_if_fail (kind < KOLO_N_CARD_KINDS);

  if (self->kind == kind)
    return;
  if ((store = get_store (self)) != NULL &&
      !kolo_store_update_text (store, "cards", "kind", self->id, kolo_card_kind_to_string (kind)))
    return;
  _kolo_history_record_property (history_of (self), G_OBJECT (self), properties[PROP_KIND]);

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
  if (self->deck != NULL)
    _kolo_deck_kinds_changed (self->deck);
}

const char *
kolo_card_get_title (KoloCard *self)
{
  g_return_val_if_fail (KOLO_IS_CARD (self), NULL);
  return self->title;
}

void
kolo_card_set_title (KoloCard   *self,
                     const char *title)
{
  g_return_if_fail (KOLO_IS_CARD (self));
  g_return_if_fail (_kolo_deck_check_text (title, KOLO_CARD_TITLE_MAX, FALSE));

  /* A card always has a title: an emptied field keeps the last one. */
  if (title == NULL || !_kolo_deck_check_text (title, KOLO_CARD_TITLE_MAX, TRUE))
    return;
  set_text (self, &self->title, title, "title", PROP_TITLE);
}

const char *
kolo_card_get_public_text (KoloCard *self)
{
  g_return_val_if_fail (KOLO_IS_CARD (self), NULL);
  return self->public_text;
}

void
kolo_card_set_public_text (KoloCard   *self,
                           const char *public_text)
{
  g_return_if_fail (KOLO_IS_CARD (self));
  g_return_if_fail (_kolo_deck_check_text (public_text, KOLO_CARD_PUBLIC_MAX, FALSE));

  set_text (self, &self->public_text, public_text, "public", PROP_PUBLIC_TEXT);
}

const char *
kolo_card_get_category (KoloCard *self)
{
  g_return_val_if_fail (KOLO_IS_CARD (self), NULL);
  return self->category;
}

void
kolo_card_set_category (KoloCard   *self,
                        const char *category)
{
  g_return_if_fail (KOLO_IS_CARD (self));
  g_return_if_fail (_kolo_deck_check_text (category, KOLO_CARD_CATEGORY_MAX, FALSE));

  set_text (self, &self->category, category, "category", PROP_CATEGORY);
}

KoloDifficulty
kolo_card_get_difficulty (KoloCard *self)
{
  g_return_val_if_fail (KOLO_IS_CARD (self), KOLO_DIFFICULTY_MEDIUM);
  return self->difficulty;
}

void
kolo_card_set_difficulty (KoloCard       *self,
                          KoloDifficulty  difficulty)
{
  KoloStore *store;

  g_return_if_fail (KOLO_IS_CARD (self));
  g_return_if_fail (difficulty < KOLO_N_DIFFICULTIES);

  if (self->difficulty == difficulty)
    return;
  if ((store = get_store (self)) != NULL &&
      !kolo_store_update_text (store, "cards", "difficulty", self->id,
                               kolo_difficulty_to_string (difficulty)))
    return;
  _kolo_history_record_property (history_of (self), G_OBJECT (self), properties[PROP_DIFFICULTY]);

  self->difficulty = difficulty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIFFICULTY]);
}

guint
kolo_card_get_n_briefs (KoloCard *self)
{
  g_return_val_if_fail (KOLO_IS_CARD (self), 0);
  return self->roles->len - 1;
}

/**
 * kolo_card_get_brief_role:
 * @index: from 0 to kolo_card_get_n_briefs() − 1
 *
 * Returns: (transfer none): the role the brief is for, "" when it has no
 *   name («Читач», «Бібліотекарка»)
 */
const char *
kolo_card_get_brief_role (KoloCard *self,
                          guint     index)
{
  g_return_val_if_fail (KOLO_IS_CARD (self), NULL);
  g_return_val_if_fail (index < kolo_card_get_n_briefs (self), NULL);
  return self->roles->pdata[index];
}

/**
 * kolo_card_get_brief_text:
 * @index: from 0 to kolo_card_get_n_briefs() − 1
 *
 * Returns: (transfer none): what only the person playing the role reads
 */
const char *
kolo_card_get_brief_text (KoloCard *self,
                          guint     index)
{
  g_return_val_if_fail (KOLO_IS_CARD (self), NULL);
  g_return_val_if_fail (index < kolo_card_get_n_briefs (self), NULL);
  return self->texts->pdata[index];
}

static gboolean
check_briefs (const char * const  *roles,
              const char * const  *texts,
              guint               *n,
              GError             **error)
{
  guint n_roles = roles != NULL ? g_strv_length ((char **) roles) : 0;
  guint n_texts = texts != NULL ? g_strv_length ((char **) texts) : 0;

  g_return_val_if_fail (n_roles == n_texts, FALSE);

  if (n_roles > KOLO_CARD_MAX_BRIEFS)
    {
      g_set_error (error, KOLO_DECK_ERROR, KOLO_DECK_ERROR_INVALID,
                   /* Translators: %d is always 4 */
                   _("A card has at most %d briefs"), KOLO_CARD_MAX_BRIEFS);
      return FALSE;
    }
  for (guint i = 0; i < n_roles; i++)
    {
      if (!_kolo_deck_check_text (roles[i], KOLO_CARD_ROLE_MAX, FALSE))
        {
          g_set_error (error, KOLO_DECK_ERROR, KOLO_DECK_ERROR_INVALID,
                       /* Translators: %d is always 60 */
                       _("A role’s name has at most %d characters"), KOLO_CARD_ROLE_MAX);
          return FALSE;
        }
      if (!_kolo_deck_check_text (texts[i], KOLO_CARD_BRIEF_MAX, TRUE))
        {
          g_set_error (error, KOLO_DECK_ERROR, KOLO_DECK_ERROR_INVALID,
                       /* Translators: %d is always 2000 */
                       _("A brief needs a text of at most %d characters"), KOLO_CARD_BRIEF_MAX);
          return FALSE;
        }
    }
  *n = n_roles;
  return TRUE;
}

/**
 * kolo_card_set_briefs:
 * @roles: (array zero-terminated=1) (nullable): each brief's role, "" for none
 * @texts: (array zero-terminated=1) (nullable): each brief's text, as many
 *
 * Replaces the card's briefs in one transaction.  Nothing changes when
 * there are more than 4, a role is longer than 60 characters, or a text
 * is blank or longer than 2000.
 */
gboolean
kolo_card_set_briefs (KoloCard            *self,
                      const char * const  *roles,
                      const char * const  *texts,
                      GError             **error)
{
  GPtrArray *new_roles, *new_texts;
  KoloStore *store;
  gboolean ok;
  guint n = 0;

  g_return_val_if_fail (KOLO_IS_CARD (self), FALSE);

  if (!check_briefs (roles, texts, &n, error))
    return FALSE;

  if ((store = get_store (self)) != NULL)
    {
      if (!kolo_store_begin (store, error))
        return FALSE;
      ok = kolo_store_run_with_id (store, "DELETE FROM card_briefs WHERE card_id = ?1", self->id,
                                   error) &&
           _kolo_deck_write_briefs (store, self->id, n, roles, texts, error);
      if (!kolo_store_finish (store, ok, error))
        return FALSE;
    }
  _kolo_history_record_briefs (history_of (self), G_OBJECT (self));

  new_roles = new_strv_array ();
  new_texts = new_strv_array ();
  for (guint i = 0; i < n; i++)
    {
      strv_array_add (new_roles, roles[i]);
      strv_array_add (new_texts, texts[i]);
    }
  g_ptr_array_unref (self->roles);
  g_ptr_array_unref (self->texts);
  self->roles = new_roles;
  self->texts = new_texts;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_BRIEFS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BRIEF_ROLES]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BRIEF_TEXTS]);
  return TRUE;
}
