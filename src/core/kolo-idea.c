/* kolo-idea.c — one idea on a brainstorm board: a note
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-idea"

#include "config.h"

#include "kolo-board-private.h"
#include "kolo-model-private.h"
#include "kolo-participant.h"
#include "kolo-store-private.h"

struct _KoloIdea
{
  GObject        parent_instance;

  gint64         id;
  KoloBoard     *board;     /* unowned: the board owns us */
  KoloCluster   *cluster;   /* unowned: NULL when ungrouped */
  char          *text;
  char          *author;    /* typed; NULL: nobody, linked, or an anonymous board */
  KoloParticipant *participant; /* owned; NULL: none */
  KoloNoteColor  color;
  gint64         created;   /* µs since the epoch, UTC */
  int            votes;
  gboolean       pending;
};

G_DEFINE_FINAL_TYPE (KoloIdea, kolo_idea, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_BOARD,
  PROP_CLUSTER,
  PROP_TEXT,
  PROP_AUTHOR,
  PROP_PARTICIPANT,
  PROP_COLOR,
  PROP_CREATED,
  PROP_VOTES,
  PROP_PENDING,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static KoloStore *
get_store (KoloIdea *self)
{
  return self->board != NULL && self->id != 0 ? _kolo_board_get_store (self->board) : NULL;
}

/* Non-text setters write first and change the object only once the store
 * has the value: a refused write leaves on screen what is in the file.
 * The store reports the failure through KoloStore::write-failed. */
static gboolean
write_int (KoloIdea   *self,
           const char *column,
           gint64      value)
{
  KoloStore *store = get_store (self);

  return store == NULL || kolo_store_update_int (store, "ideas", column, self->id, value, FALSE);
}

/* While an idea is linked, its author is the participant's name. */
static void
participant_name_cb (KoloIdea *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR]);
}

/* Changes the link in memory only, notifying "participant" and "author". */
static void
link_participant (KoloIdea        *self,
                  KoloParticipant *participant)
{
  if (self->participant == participant)
    return;
  if (self->participant != NULL)
    g_signal_handlers_disconnect_by_func (self->participant, participant_name_cb, self);
  g_set_object (&self->participant, participant);
  if (participant != NULL)
    g_signal_connect_object (participant, "notify::name", G_CALLBACK (participant_name_cb), self,
                             G_CONNECT_SWAPPED);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTICIPANT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR]);
}

/* One statement for the link and the typed author, which exclude each
 * other: a link clears the author, a typed author the link. */
static gboolean
write_link (KoloIdea    *self,
            gint64       participant_id,
            const char  *author)
{
  g_autoptr(GError) error = NULL;
  KoloStore *store = get_store (self);
  sqlite3_stmt *stmt;

  if (store == NULL)
    return TRUE;

  stmt = kolo_store_prepare (store,
                             "UPDATE ideas SET participant_id = ?2, author = ?3 WHERE id = ?1",
                             &error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, self->id);
      if (participant_id != 0)
        sqlite3_bind_int64 (stmt, 2, participant_id);
      else
        sqlite3_bind_null (stmt, 2);
      if (author != NULL)
        sqlite3_bind_text (stmt, 3, author, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (stmt, 3);
      kolo_store_step_done (store, stmt, &error);
    }
  if (error != NULL)
    {
      kolo_store_report_error (store, error);
      return FALSE;
    }
  return TRUE;
}

static void
kolo_idea_dispose (GObject *object)
{
  KoloIdea *self = (KoloIdea *)object;

  if (self->participant != NULL)
    g_signal_handlers_disconnect_by_func (self->participant, participant_name_cb, self);
  g_clear_object (&self->participant);

  G_OBJECT_CLASS (kolo_idea_parent_class)->dispose (object);
}

static void
kolo_idea_finalize (GObject *object)
{
  KoloIdea *self = (KoloIdea *)object;

  g_free (self->text);
  g_free (self->author);

  G_OBJECT_CLASS (kolo_idea_parent_class)->finalize (object);
}

static void
kolo_idea_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KoloIdea *self = KOLO_IDEA (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_BOARD:
      g_value_set_object (value, self->board);
      break;
    case PROP_CLUSTER:
      g_value_set_object (value, self->cluster);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_AUTHOR:
      g_value_set_string (value, kolo_idea_get_author (self));
      break;
    case PROP_PARTICIPANT:
      g_value_set_object (value, self->participant);
      break;
    case PROP_COLOR:
      g_value_set_enum (value, self->color);
      break;
    case PROP_CREATED:
      g_value_set_int64 (value, self->created);
      break;
    case PROP_VOTES:
      g_value_set_int (value, self->votes);
      break;
    case PROP_PENDING:
      g_value_set_boolean (value, self->pending);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_idea_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  KoloIdea *self = KOLO_IDEA (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      kolo_idea_set_text (self, g_value_get_string (value));
      break;
    case PROP_AUTHOR:
      kolo_idea_set_author (self, g_value_get_string (value));
      break;
    case PROP_PARTICIPANT:
      kolo_idea_set_participant (self, g_value_get_object (value));
      break;
    case PROP_COLOR:
      kolo_idea_set_color (self, g_value_get_enum (value));
      break;
    case PROP_VOTES:
      kolo_idea_set_votes (self, g_value_get_int (value));
      break;
    case PROP_PENDING:
      kolo_idea_set_pending (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_idea_class_init (KoloIdeaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = kolo_idea_dispose;
  object_class->finalize = kolo_idea_finalize;
  object_class->get_property = kolo_idea_get_property;
  object_class->set_property = kolo_idea_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_BOARD] = g_param_spec_object ("board", NULL, NULL, KOLO_TYPE_BOARD, ro);
  properties[PROP_CLUSTER] = g_param_spec_object ("cluster", NULL, NULL, KOLO_TYPE_CLUSTER, ro);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", rw);
  properties[PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, NULL, rw);
  properties[PROP_PARTICIPANT] = g_param_spec_object ("participant", NULL, NULL,
                                                      KOLO_TYPE_PARTICIPANT, rw);
  properties[PROP_COLOR] = g_param_spec_enum ("color", NULL, NULL, KOLO_TYPE_NOTE_COLOR,
                                              KOLO_NOTE_YELLOW, rw);
  properties[PROP_CREATED] = g_param_spec_int64 ("created", NULL, NULL, G_MININT64, G_MAXINT64,
                                                 0, ro);
  properties[PROP_VOTES] = g_param_spec_int ("votes", NULL, NULL, 0, G_MAXINT, 0, rw);
  properties[PROP_PENDING] = g_param_spec_boolean ("pending", NULL, NULL, FALSE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kolo_idea_init (KoloIdea *self)
{
  self->text = g_strdup ("");
  self->color = KOLO_NOTE_YELLOW;
}

KoloIdea *
_kolo_idea_new (gint64         id,
                const char    *text,
                const char    *author,
                KoloNoteColor  color,
                gint64         created,
                int            votes,
                gboolean       pending)
{
  KoloIdea *self = g_object_new (KOLO_TYPE_IDEA, NULL);

  self->id = id;
  g_free (self->text);
  self->text = g_strdup (text ? text : "");
  self->author = author != NULL && *author != '\0' ? g_strdup (author) : NULL;
  self->color = color < KOLO_N_NOTE_COLORS ? color : KOLO_NOTE_YELLOW;
  self->created = created;
  self->votes = MAX (votes, 0);
  self->pending = !!pending;

  return self;
}

void
_kolo_idea_set_id (KoloIdea *self,
                   gint64    id)
{
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

void
_kolo_idea_set_board (KoloIdea  *self,
                      KoloBoard *board)
{
  if (self->board == board)
    return;
  self->board = board;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BOARD]);
}

/* The cluster's vote sum follows its ideas as they come and go. */
void
_kolo_idea_set_cluster (KoloIdea    *self,
                        KoloCluster *cluster)
{
  if (self->cluster == cluster)
    return;
  if (self->cluster != NULL)
    _kolo_cluster_add_votes (self->cluster, -self->votes);
  self->cluster = cluster;
  if (self->cluster != NULL)
    _kolo_cluster_add_votes (self->cluster, self->votes);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLUSTER]);
}

void
_kolo_idea_apply_author (KoloIdea   *self,
                         const char *author)
{
  if (author != NULL && *author == '\0')
    author = NULL;
  if (g_strcmp0 (self->author, author) == 0)
    return;

  _kolo_model_will_change (G_OBJECT (self), properties[PROP_AUTHOR]);
  g_free (self->author);
  self->author = g_strdup (author);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR]);
}

void
_kolo_idea_drop_author (KoloIdea *self)
{
  link_participant (self, NULL);
  if (self->author == NULL)
    return;
  g_clear_pointer (&self->author, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR]);
}

void
_kolo_idea_apply_participant (KoloIdea        *self,
                              KoloParticipant *participant)
{
  if (self->participant == participant)
    return;
  _kolo_model_will_change (G_OBJECT (self), properties[PROP_PARTICIPANT]);
  link_participant (self, participant);
}

void
_kolo_idea_link_participant (KoloIdea        *self,
                             KoloParticipant *participant)
{
  link_participant (self, participant);
}

/* The participant's row ID to store with the idea: 0 for none, and for
 * one no longer in an event (deleted meanwhile), whose link is dropped. */
gint64
_kolo_idea_get_participant_id (KoloIdea *self)
{
  if (self->participant == NULL)
    return 0;
  if (kolo_participant_get_event (self->participant) == NULL ||
      kolo_participant_get_id (self->participant) == 0)
    {
      link_participant (self, NULL);
      return 0;
    }
  return kolo_participant_get_id (self->participant);
}

void
_kolo_idea_apply_votes (KoloIdea *self,
                        int       votes)
{
  int delta = votes - self->votes;

  if (delta == 0)
    return;

  _kolo_model_will_change (G_OBJECT (self), properties[PROP_VOTES]);
  self->votes = votes;
  if (self->cluster != NULL)
    _kolo_cluster_add_votes (self->cluster, delta);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOTES]);
}

/**
 * kolo_idea_new:
 * @text: (nullable): its text, plain text
 *
 * Makes an idea of no board, created now: edit it, then add it with
 * kolo_board_insert_idea().  kolo_board_add_idea() does both and checks
 * what the room typed.
 *
 * Returns: (transfer full): the idea
 */
KoloIdea *
kolo_idea_new (const char *text)
{
  g_return_val_if_fail (text == NULL || g_utf8_validate (text, -1, NULL), NULL);

  return _kolo_idea_new (0, text, NULL, KOLO_NOTE_YELLOW, g_get_real_time (), 0, FALSE);
}

gint64
kolo_idea_get_id (KoloIdea *self)
{
  g_return_val_if_fail (KOLO_IS_IDEA (self), 0);
  return self->id;
}

/**
 * kolo_idea_get_board:
 *
 * Returns: (transfer none) (nullable): the board the idea is on
 */
KoloBoard *
kolo_idea_get_board (KoloIdea *self)
{
  g_return_val_if_fail (KOLO_IS_IDEA (self), NULL);
  return self->board;
}

/**
 * kolo_idea_get_cluster:
 *
 * Returns: (transfer none) (nullable): its cluster; %NULL when ungrouped
 */
KoloCluster *
kolo_idea_get_cluster (KoloIdea *self)
{
  g_return_val_if_fail (KOLO_IS_IDEA (self), NULL);
  return self->cluster;
}

const char *
kolo_idea_get_text (KoloIdea *self)
{
  g_return_val_if_fail (KOLO_IS_IDEA (self), NULL);
  return self->text;
}

/**
 * kolo_idea_set_text:
 * @text: plain text of at most %KOLO_IDEA_TEXT_MAX characters
 *
 * Changes the text as typed, keystroke by keystroke (undo takes back the
 * whole typing).  Unlike kolo_board_add_idea() it neither trims nor
 * refuses an empty text: the entry is being edited.
 */
void
kolo_idea_set_text (KoloIdea   *self,
                    const char *text)
{
  g_return_if_fail (KOLO_IS_IDEA (self));
  g_return_if_fail (text == NULL || g_utf8_validate (text, -1, NULL));
  g_return_if_fail (text == NULL || g_utf8_strlen (text, -1) <= KOLO_IDEA_TEXT_MAX);

  _kolo_model_set_text (G_OBJECT (self), &self->text, text, get_store (self),
                        "ideas", "text", self->id, properties[PROP_TEXT]);
}

/**
 * kolo_idea_get_author:
 *
 * Returns: (transfer none) (nullable): who wrote it: the name of its
 *   participant while it has one, or the name typed; always %NULL on an
 *   anonymous board
 */
const char *
kolo_idea_get_author (KoloIdea *self)
{
  g_return_val_if_fail (KOLO_IS_IDEA (self), NULL);

  if (self->participant != NULL)
    return kolo_participant_get_name (self->participant);
  return self->author;
}

/**
 * kolo_idea_set_author:
 * @author: (nullable): a name; empty is the same as %NULL
 *
 * Does nothing on an anonymous board: authors are never stored there.  A
 * name other than its participant's unlinks the idea from the participant,
 * in the same step.
 */
void
kolo_idea_set_author (KoloIdea   *self,
                      const char *author)
{
  KoloHistory *history;
  KoloStore *store;

  g_return_if_fail (KOLO_IS_IDEA (self));

  if (author != NULL && *author == '\0')
    author = NULL;
  if (author != NULL && self->board != NULL && kolo_board_get_anonymous (self->board))
    return;
  if (g_strcmp0 (kolo_idea_get_author (self), author) == 0)
    return;

  if (self->participant == NULL)
    {
      if ((store = get_store (self)) != NULL &&
          !(author == NULL ? kolo_store_update_int (store, "ideas", "author", self->id, 0, TRUE)
                           : kolo_store_update_text (store, "ideas", "author", self->id, author)))
        return;
      _kolo_idea_apply_author (self, author);
      return;
    }

  if (!write_link (self, 0, author))
    return;
  history = _kolo_model_get_history (G_OBJECT (self));
  if (history != NULL)
    kolo_history_begin_group (history);
  _kolo_idea_apply_participant (self, NULL);
  _kolo_idea_apply_author (self, author);
  if (history != NULL)
    kolo_history_end_group (history);
}

/**
 * kolo_idea_get_participant:
 *
 * Returns: (transfer none) (nullable): the participant who gave the idea
 */
KoloParticipant *
kolo_idea_get_participant (KoloIdea *self)
{
  g_return_val_if_fail (KOLO_IS_IDEA (self), NULL);
  return self->participant;
}

/**
 * kolo_idea_set_participant:
 * @participant: (nullable): a participant of the idea's event, or %NULL
 *
 * Links the idea to the participant who gave it, as one undoable step:
 * its author is then their name, also when it changes.  A typed author is
 * replaced; unlinking leaves the idea with no author.  Does nothing on an
 * anonymous board, as kolo_idea_set_author() does.
 */
void
kolo_idea_set_participant (KoloIdea        *self,
                           KoloParticipant *participant)
{
  KoloHistory *history;

  g_return_if_fail (KOLO_IS_IDEA (self));
  g_return_if_fail (participant == NULL || KOLO_IS_PARTICIPANT (participant));
  g_return_if_fail (participant == NULL || self->board == NULL ||
                    kolo_participant_get_event (participant) ==
                    _kolo_model_get_event (G_OBJECT (self)));

  if (participant != NULL && self->board != NULL && kolo_board_get_anonymous (self->board))
    return;
  if (self->participant == participant)
    return;
  if (get_store (self) != NULL &&
      !write_link (self, participant != NULL ? kolo_participant_get_id (participant) : 0, NULL))
    return;

  history = _kolo_model_get_history (G_OBJECT (self));
  if (history != NULL)
    kolo_history_begin_group (history);
  if (participant != NULL)
    _kolo_idea_apply_author (self, NULL);
  _kolo_idea_apply_participant (self, participant);
  if (history != NULL)
    kolo_history_end_group (history);
}

KoloNoteColor
kolo_idea_get_color (KoloIdea *self)
{
  g_return_val_if_fail (KOLO_IS_IDEA (self), KOLO_NOTE_YELLOW);
  return self->color;
}

void
kolo_idea_set_color (KoloIdea      *self,
                     KoloNoteColor  color)
{
  KoloStore *store;

  g_return_if_fail (KOLO_IS_IDEA (self));
  g_return_if_fail (color < KOLO_N_NOTE_COLORS);

  if (self->color == color)
    return;

  if ((store = get_store (self)) != NULL &&
      !kolo_store_update_text (store, "ideas", "color", self->id,
                               kolo_note_color_to_string (color)))
    return;

  _kolo_model_will_change (G_OBJECT (self), properties[PROP_COLOR]);
  self->color = color;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
}

gint64
kolo_idea_get_created (KoloIdea *self)
{
  g_return_val_if_fail (KOLO_IS_IDEA (self), 0);
  return self->created;
}

int
kolo_idea_get_votes (KoloIdea *self)
{
  g_return_val_if_fail (KOLO_IS_IDEA (self), 0);
  return self->votes;
}

/**
 * kolo_idea_set_votes:
 * @votes: the count, 0 or more (a show of hands)
 */
void
kolo_idea_set_votes (KoloIdea *self,
                     int       votes)
{
  g_return_if_fail (KOLO_IS_IDEA (self));
  g_return_if_fail (votes >= 0);

  if (self->votes == votes || !write_int (self, "votes", votes))
    return;
  _kolo_idea_apply_votes (self, votes);
}

/**
 * kolo_idea_add_vote:
 * @delta: votes to add; negative takes votes back, never below 0
 */
void
kolo_idea_add_vote (KoloIdea *self,
                    int       delta)
{
  gint64 votes;

  g_return_if_fail (KOLO_IS_IDEA (self));

  votes = CLAMP ((gint64) self->votes + delta, 0, G_MAXINT);
  kolo_idea_set_votes (self, (int) votes);
}

gboolean
kolo_idea_get_pending (KoloIdea *self)
{
  g_return_val_if_fail (KOLO_IS_IDEA (self), FALSE);
  return self->pending;
}

/**
 * kolo_idea_set_pending:
 * @pending: %FALSE approves the idea: the projector shows it
 */
void
kolo_idea_set_pending (KoloIdea *self,
                       gboolean  pending)
{
  g_return_if_fail (KOLO_IS_IDEA (self));

  pending = !!pending;
  if (self->pending == pending || !write_int (self, "pending", pending))
    return;

  _kolo_model_will_change (G_OBJECT (self), properties[PROP_PENDING]);
  self->pending = pending;
  if (self->board != NULL)
    _kolo_board_add_pending (self->board, pending ? 1 : -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING]);
}
