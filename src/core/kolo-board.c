/* kolo-board.c — a brainstorm board of an event: a question and ideas
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-board"

#include "config.h"

#include "kolo-board-private.h"
#include "kolo-history-private.h"
#include "kolo-model-private.h"
#include "kolo-store-private.h"

struct _KoloBoard
{
  GObject       parent_instance;

  gint64        id;
  KoloEvent    *event;          /* unowned: the event owns us */
  char         *question;
  KoloActivity *activity;       /* owned; see activity_id_changed_cb() */
  gboolean      activity_lost;  /* its row was deleted with the agenda */
  gboolean      anonymous;
  gboolean      hidden;
  gboolean      moderated;
  gboolean      sort_by_votes;
  GListStore   *clusters;       /* of KoloCluster */
  GListStore   *ungrouped;      /* of KoloIdea */
  GListStore   *ideas;          /* of KoloIdea, every one, oldest first */
  guint         n_pending;
};

G_DEFINE_FINAL_TYPE (KoloBoard, kolo_board, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_EVENT,
  PROP_QUESTION,
  PROP_ACTIVITY,
  PROP_ANONYMOUS,
  PROP_HIDDEN,
  PROP_MODERATED,
  PROP_SORT_BY_VOTES,
  PROP_CLUSTERS,
  PROP_UNGROUPED,
  PROP_IDEAS,
  PROP_N_PENDING,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static KoloStore *
get_store (KoloBoard *self)
{
  return self->id != 0 ? _kolo_board_get_store (self) : NULL;
}

/* Setters of flags write first: a refused write changes nothing. */
static void
set_flag (KoloBoard  *self,
          gboolean   *field,
          gboolean    value,
          const char *column,
          guint       prop)
{
  KoloStore *store;

  value = !!value;
  if (*field == value)
    return;
  if ((store = get_store (self)) != NULL &&
      !kolo_store_update_int (store, "boards", column, self->id, value, FALSE))
    return;

  _kolo_model_will_change (G_OBJECT (self), properties[prop]);
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

/* Ideas added later sort after those added earlier; equal times keep the
 * order they came in. */
static guint
created_position (GListModel *ideas,
                  gint64      created)
{
  guint lo = 0, hi = g_list_model_get_n_items (ideas);

  /* New ideas are the newest: check the end first. */
  if (hi > 0)
    {
      g_autoptr(KoloIdea) last = g_list_model_get_item (ideas, hi - 1);

      if (kolo_idea_get_created (last) <= created)
        return hi;
    }

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      g_autoptr(KoloIdea) idea = g_list_model_get_item (ideas, mid);

      if (kolo_idea_get_created (idea) <= created)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* The activity's row is deleted with it (a removed activity, module or
 * day forgets its ID): the store set the board's activity_id to NULL, and
 * the board follows.  Undoing the removal writes the activity again under
 * a new ID; the board links to it again, inside that same transaction. */
static void
activity_id_changed_cb (KoloActivity *activity,
                        GParamSpec   *pspec,
                        KoloBoard    *self)
{
  gint64 id = kolo_activity_get_id (activity);
  KoloStore *store;

  if (id == 0 && !self->activity_lost)
    {
      self->activity_lost = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVITY]);
    }
  else if (id != 0 && self->activity_lost)
    {
      if ((store = get_store (self)) != NULL &&
          !kolo_store_update_int (store, "boards", "activity_id", self->id, id, FALSE))
        return;
      self->activity_lost = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVITY]);
    }
}

static void
watch_activity (KoloBoard    *self,
                KoloActivity *activity)
{
  if (self->activity != NULL)
    g_signal_handlers_disconnect_by_func (self->activity, activity_id_changed_cb, self);
  g_set_object (&self->activity, activity);
  self->activity_lost = FALSE;
  if (activity != NULL)
    g_signal_connect_object (activity, "notify::id", G_CALLBACK (activity_id_changed_cb),
                             self, G_CONNECT_DEFAULT);
}

static void
kolo_board_dispose (GObject *object)
{
  KoloBoard *self = (KoloBoard *)object;

  if (self->clusters != NULL)
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->clusters)); i++)
      {
        g_autoptr(KoloCluster) cluster = g_list_model_get_item (G_LIST_MODEL (self->clusters), i);
        _kolo_cluster_set_board (cluster, NULL);
      }
  if (self->ideas != NULL)
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->ideas)); i++)
      {
        g_autoptr(KoloIdea) idea = g_list_model_get_item (G_LIST_MODEL (self->ideas), i);
        _kolo_idea_set_board (idea, NULL);
      }
  g_clear_object (&self->clusters);
  g_clear_object (&self->ungrouped);
  g_clear_object (&self->ideas);
  watch_activity (self, NULL);

  G_OBJECT_CLASS (kolo_board_parent_class)->dispose (object);
}

static void
kolo_board_finalize (GObject *object)
{
  KoloBoard *self = (KoloBoard *)object;

  g_free (self->question);

  G_OBJECT_CLASS (kolo_board_parent_class)->finalize (object);
}

static void
kolo_board_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  KoloBoard *self = KOLO_BOARD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;
    case PROP_QUESTION:
      g_value_set_string (value, self->question);
      break;
    case PROP_ACTIVITY:
      g_value_set_object (value, kolo_board_get_activity (self));
      break;
    case PROP_ANONYMOUS:
      g_value_set_boolean (value, self->anonymous);
      break;
    case PROP_HIDDEN:
      g_value_set_boolean (value, self->hidden);
      break;
    case PROP_MODERATED:
      g_value_set_boolean (value, self->moderated);
      break;
    case PROP_SORT_BY_VOTES:
      g_value_set_boolean (value, self->sort_by_votes);
      break;
    case PROP_CLUSTERS:
      g_value_set_object (value, self->clusters);
      break;
    case PROP_UNGROUPED:
      g_value_set_object (value, self->ungrouped);
      break;
    case PROP_IDEAS:
      g_value_set_object (value, self->ideas);
      break;
    case PROP_N_PENDING:
      g_value_set_uint (value, self->n_pending);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_board_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  KoloBoard *self = KOLO_BOARD (object);

  switch (prop_id)
    {
    case PROP_QUESTION:
      kolo_board_set_question (self, g_value_get_string (value));
      break;
    case PROP_ACTIVITY:
      kolo_board_set_activity (self, g_value_get_object (value));
      break;
    case PROP_ANONYMOUS:
      kolo_board_set_anonymous (self, g_value_get_boolean (value));
      break;
    case PROP_HIDDEN:
      kolo_board_set_hidden (self, g_value_get_boolean (value));
      break;
    case PROP_MODERATED:
      kolo_board_set_moderated (self, g_value_get_boolean (value));
      break;
    case PROP_SORT_BY_VOTES:
      kolo_board_set_sort_by_votes (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_board_class_init (KoloBoardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = kolo_board_dispose;
  object_class->finalize = kolo_board_finalize;
  object_class->get_property = kolo_board_get_property;
  object_class->set_property = kolo_board_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_EVENT] = g_param_spec_object ("event", NULL, NULL, KOLO_TYPE_EVENT, ro);
  properties[PROP_QUESTION] = g_param_spec_string ("question", NULL, NULL, "", rw);
  properties[PROP_ACTIVITY] = g_param_spec_object ("activity", NULL, NULL, KOLO_TYPE_ACTIVITY, rw);
  properties[PROP_ANONYMOUS] = g_param_spec_boolean ("anonymous", NULL, NULL, FALSE, rw);
  properties[PROP_HIDDEN] = g_param_spec_boolean ("hidden", NULL, NULL, FALSE, rw);
  properties[PROP_MODERATED] = g_param_spec_boolean ("moderated", NULL, NULL, FALSE, rw);
  properties[PROP_SORT_BY_VOTES] = g_param_spec_boolean ("sort-by-votes", NULL, NULL, FALSE, rw);
  properties[PROP_CLUSTERS] = g_param_spec_object ("clusters", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_UNGROUPED] = g_param_spec_object ("ungrouped", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_IDEAS] = g_param_spec_object ("ideas", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_N_PENDING] = g_param_spec_uint ("n-pending", NULL, NULL, 0, G_MAXUINT, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kolo_board_init (KoloBoard *self)
{
  self->question = g_strdup ("");
  self->clusters = g_list_store_new (KOLO_TYPE_CLUSTER);
  self->ungrouped = g_list_store_new (KOLO_TYPE_IDEA);
  self->ideas = g_list_store_new (KOLO_TYPE_IDEA);
}

KoloBoard *
_kolo_board_new (gint64      id,
                 const char *question,
                 gboolean    anonymous,
                 gboolean    hidden,
                 gboolean    moderated,
                 gboolean    sort_by_votes)
{
  KoloBoard *self = g_object_new (KOLO_TYPE_BOARD, NULL);

  self->id = id;
  g_free (self->question);
  self->question = g_strdup (question ? question : "");
  self->anonymous = !!anonymous;
  self->hidden = !!hidden;
  self->moderated = !!moderated;
  self->sort_by_votes = !!sort_by_votes;

  return self;
}

void
_kolo_board_set_id (KoloBoard *self,
                    gint64     id)
{
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

void
_kolo_board_set_event (KoloBoard *self,
                       KoloEvent *event)
{
  if (self->event == event)
    return;
  self->event = event;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
}

KoloStore *
_kolo_board_get_store (KoloBoard *self)
{
  return self->event != NULL ? _kolo_event_get_store (self->event) : NULL;
}

void
_kolo_board_link_activity (KoloBoard    *self,
                           KoloActivity *activity)
{
  watch_activity (self, activity);
}

gint64
_kolo_board_get_activity_id (KoloBoard *self)
{
  KoloActivity *activity = kolo_board_get_activity (self);

  return activity != NULL ? kolo_activity_get_id (activity) : 0;
}

GListStore *
_kolo_board_get_cluster_list (KoloBoard *self)
{
  return self->clusters;
}

GListStore *
_kolo_board_get_ungrouped_list (KoloBoard *self)
{
  return self->ungrouped;
}

void
_kolo_board_add_pending (KoloBoard *self,
                         int        delta)
{
  if (delta == 0)
    return;
  self->n_pending += delta;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PENDING]);
}

void
_kolo_board_idea_added (KoloBoard *self,
                        KoloIdea  *idea)
{
  guint position = created_position (G_LIST_MODEL (self->ideas), kolo_idea_get_created (idea));

  _kolo_idea_set_board (idea, self);
  g_list_store_insert (self->ideas, position, idea);
  if (kolo_idea_get_pending (idea))
    _kolo_board_add_pending (self, 1);
}

void
_kolo_board_idea_removed (KoloBoard *self,
                          KoloIdea  *idea)
{
  guint position;

  if (g_list_store_find (self->ideas, idea, &position))
    g_list_store_remove (self->ideas, position);
  _kolo_idea_set_board (idea, NULL);
  if (kolo_idea_get_pending (idea))
    _kolo_board_add_pending (self, -1);
}

/**
 * kolo_board_new:
 * @question: (nullable): what the room is asked
 *
 * Makes a board of no event: set it up, then add it with
 * kolo_event_insert_board().
 *
 * Returns: (transfer full): the board
 */
KoloBoard *
kolo_board_new (const char *question)
{
  g_return_val_if_fail (question == NULL || g_utf8_validate (question, -1, NULL), NULL);

  return _kolo_board_new (0, question, FALSE, FALSE, FALSE, FALSE);
}

gint64
kolo_board_get_id (KoloBoard *self)
{
  g_return_val_if_fail (KOLO_IS_BOARD (self), 0);
  return self->id;
}

/**
 * kolo_board_get_event:
 *
 * Returns: (transfer none) (nullable): the event the board belongs to
 */
KoloEvent *
kolo_board_get_event (KoloBoard *self)
{
  g_return_val_if_fail (KOLO_IS_BOARD (self), NULL);
  return self->event;
}

const char *
kolo_board_get_question (KoloBoard *self)
{
  g_return_val_if_fail (KOLO_IS_BOARD (self), NULL);
  return self->question;
}

void
kolo_board_set_question (KoloBoard  *self,
                         const char *question)
{
  g_return_if_fail (KOLO_IS_BOARD (self));
  g_return_if_fail (question == NULL || g_utf8_validate (question, -1, NULL));

  _kolo_model_set_text (G_OBJECT (self), &self->question, question, get_store (self),
                        "boards", "question", self->id, properties[PROP_QUESTION]);
}

/**
 * kolo_board_get_activity:
 *
 * Returns: (transfer none) (nullable): the brainstorm activity of the
 *   agenda the board belongs to; %NULL when none, or once that activity
 *   was removed from the agenda
 */
KoloActivity *
kolo_board_get_activity (KoloBoard *self)
{
  g_return_val_if_fail (KOLO_IS_BOARD (self), NULL);
  return self->activity_lost ? NULL : self->activity;
}

/**
 * kolo_board_set_activity:
 * @activity: (nullable): an activity of the board's event, or %NULL
 */
void
kolo_board_set_activity (KoloBoard    *self,
                         KoloActivity *activity)
{
  KoloStore *store;

  g_return_if_fail (KOLO_IS_BOARD (self));
  g_return_if_fail (activity == NULL || KOLO_IS_ACTIVITY (activity));

  if (activity == kolo_board_get_activity (self))
    {
      /* Forget a removed activity: its undo no longer links it again. */
      if (activity == NULL)
        watch_activity (self, NULL);
      return;
    }

  if ((store = get_store (self)) != NULL)
    {
      g_return_if_fail (activity == NULL ||
                        (kolo_activity_get_id (activity) != 0 &&
                         _kolo_model_get_event (G_OBJECT (activity)) == self->event));
      if (!kolo_store_update_int (store, "boards", "activity_id", self->id,
                                  activity ? kolo_activity_get_id (activity) : 0,
                                  activity == NULL))
        return;
    }

  _kolo_model_will_change (G_OBJECT (self), properties[PROP_ACTIVITY]);
  watch_activity (self, activity);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVITY]);
}

gboolean
kolo_board_get_anonymous (KoloBoard *self)
{
  g_return_val_if_fail (KOLO_IS_BOARD (self), FALSE);
  return self->anonymous;
}

/* One transaction: the flag, and every author of the board gone, with
 * every link to a participant. */
static gboolean
write_anonymous (KoloBoard  *self,
                 KoloStore  *store,
                 GError    **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  if (!kolo_store_begin (store, error))
    return FALSE;

  ok = (stmt = kolo_store_prepare (store, "UPDATE boards SET anonymous = 1 WHERE id = ?1",
                                   error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, self->id);
      ok = kolo_store_step_done (store, stmt, error);
    }
  if (ok)
    ok = (stmt = kolo_store_prepare (store,
                                     "UPDATE ideas SET author = NULL, participant_id = NULL"
                                     " WHERE board_id = ?1",
                                     error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, self->id);
      ok = kolo_store_step_done (store, stmt, error);
    }

  if (!ok)
    {
      kolo_store_rollback (store);
      return FALSE;
    }
  return kolo_store_commit (store, error);
}

/**
 * kolo_board_set_anonymous:
 *
 * Turning it on forgets every author of the board and every link to a
 * participant, in the store too, as one step that undo takes back with
 * the authors and the links.
 */
void
kolo_board_set_anonymous (KoloBoard *self,
                          gboolean   anonymous)
{
  g_autoptr(GError) error = NULL;
  KoloHistory *history;
  KoloStore *store;
  guint n;

  g_return_if_fail (KOLO_IS_BOARD (self));

  anonymous = !!anonymous;
  if (self->anonymous == anonymous)
    return;

  if (!anonymous)
    {
      set_flag (self, &self->anonymous, FALSE, "anonymous", PROP_ANONYMOUS);
      return;
    }

  if ((store = get_store (self)) != NULL && !write_anonymous (self, store, &error))
    {
      kolo_store_report_error (store, error);
      return;
    }

  /* The authors first, the flag last: undo turns the flag off before it
   * gives the authors back (an anonymous board refuses them). */
  history = _kolo_model_get_history (G_OBJECT (self));
  if (history != NULL)
    kolo_history_begin_group (history);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->ideas));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoloIdea) idea = g_list_model_get_item (G_LIST_MODEL (self->ideas), i);
      _kolo_idea_apply_participant (idea, NULL);
      _kolo_idea_apply_author (idea, NULL);
    }
  _kolo_model_will_change (G_OBJECT (self), properties[PROP_ANONYMOUS]);
  self->anonymous = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANONYMOUS]);
  if (history != NULL)
    kolo_history_end_group (history);
}

gboolean
kolo_board_get_hidden (KoloBoard *self)
{
  g_return_val_if_fail (KOLO_IS_BOARD (self), FALSE);
  return self->hidden;
}

void
kolo_board_set_hidden (KoloBoard *self,
                       gboolean   hidden)
{
  g_return_if_fail (KOLO_IS_BOARD (self));
  set_flag (self, &self->hidden, hidden, "hidden", PROP_HIDDEN);
}

gboolean
kolo_board_get_moderated (KoloBoard *self)
{
  g_return_val_if_fail (KOLO_IS_BOARD (self), FALSE);
  return self->moderated;
}

/**
 * kolo_board_set_moderated:
 *
 * Ideas added from now on wait for approval; those already pending stay
 * pending when moderation is turned off.
 */
void
kolo_board_set_moderated (KoloBoard *self,
                          gboolean   moderated)
{
  g_return_if_fail (KOLO_IS_BOARD (self));
  set_flag (self, &self->moderated, moderated, "moderated", PROP_MODERATED);
}

gboolean
kolo_board_get_sort_by_votes (KoloBoard *self)
{
  g_return_val_if_fail (KOLO_IS_BOARD (self), FALSE);
  return self->sort_by_votes;
}

void
kolo_board_set_sort_by_votes (KoloBoard *self,
                              gboolean   sort_by_votes)
{
  g_return_if_fail (KOLO_IS_BOARD (self));
  set_flag (self, &self->sort_by_votes, sort_by_votes, "sort_by_votes", PROP_SORT_BY_VOTES);
}

/**
 * kolo_board_get_clusters:
 *
 * Returns: (transfer none): a #GListModel of #KoloCluster, in order
 */
GListModel *
kolo_board_get_clusters (KoloBoard *self)
{
  g_return_val_if_fail (KOLO_IS_BOARD (self), NULL);
  return G_LIST_MODEL (self->clusters);
}

/**
 * kolo_board_get_ungrouped:
 *
 * Returns: (transfer none): a #GListModel of the #KoloIdea in no
 *   cluster, in order
 */
GListModel *
kolo_board_get_ungrouped (KoloBoard *self)
{
  g_return_val_if_fail (KOLO_IS_BOARD (self), NULL);
  return G_LIST_MODEL (self->ungrouped);
}

/**
 * kolo_board_get_ideas:
 *
 * Returns: (transfer none): a #GListModel of every #KoloIdea of the
 *   board, clustered or not, oldest first
 */
GListModel *
kolo_board_get_ideas (KoloBoard *self)
{
  g_return_val_if_fail (KOLO_IS_BOARD (self), NULL);
  return G_LIST_MODEL (self->ideas);
}

guint
kolo_board_get_n_pending (KoloBoard *self)
{
  g_return_val_if_fail (KOLO_IS_BOARD (self), 0);
  return self->n_pending;
}
