/* kolo-cluster.c — a named group of ideas on a brainstorm board
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-cluster"

#include "config.h"

#include "kolo-board-private.h"
#include "kolo-model-private.h"
#include "kolo-store-private.h"

struct _KoloCluster
{
  GObject        parent_instance;

  gint64         id;
  KoloBoard     *board;   /* unowned: the board owns us */
  char          *title;
  KoloNoteColor  color;
  GListStore    *ideas;   /* of KoloIdea */
  int            votes;   /* the sum of the ideas' votes */
};

G_DEFINE_FINAL_TYPE (KoloCluster, kolo_cluster, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_BOARD,
  PROP_TITLE,
  PROP_COLOR,
  PROP_IDEAS,
  PROP_VOTES,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static KoloStore *
get_store (KoloCluster *self)
{
  return self->board != NULL && self->id != 0 ? _kolo_board_get_store (self->board) : NULL;
}

static void
kolo_cluster_dispose (GObject *object)
{
  KoloCluster *self = (KoloCluster *)object;

  if (self->ideas != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->ideas));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(KoloIdea) idea = g_list_model_get_item (G_LIST_MODEL (self->ideas), i);
          _kolo_idea_set_cluster (idea, NULL);
        }
    }
  g_clear_object (&self->ideas);

  G_OBJECT_CLASS (kolo_cluster_parent_class)->dispose (object);
}

static void
kolo_cluster_finalize (GObject *object)
{
  KoloCluster *self = (KoloCluster *)object;

  g_free (self->title);

  G_OBJECT_CLASS (kolo_cluster_parent_class)->finalize (object);
}

static void
kolo_cluster_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KoloCluster *self = KOLO_CLUSTER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_BOARD:
      g_value_set_object (value, self->board);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_COLOR:
      g_value_set_enum (value, self->color);
      break;
    case PROP_IDEAS:
      g_value_set_object (value, self->ideas);
      break;
    case PROP_VOTES:
      g_value_set_int (value, self->votes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_cluster_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KoloCluster *self = KOLO_CLUSTER (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      kolo_cluster_set_title (self, g_value_get_string (value));
      break;
    case PROP_COLOR:
      kolo_cluster_set_color (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_cluster_class_init (KoloClusterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = kolo_cluster_dispose;
  object_class->finalize = kolo_cluster_finalize;
  object_class->get_property = kolo_cluster_get_property;
  object_class->set_property = kolo_cluster_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_BOARD] = g_param_spec_object ("board", NULL, NULL, KOLO_TYPE_BOARD, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", rw);
  properties[PROP_COLOR] = g_param_spec_enum ("color", NULL, NULL, KOLO_TYPE_NOTE_COLOR,
                                              KOLO_NOTE_YELLOW, rw);
  properties[PROP_IDEAS] = g_param_spec_object ("ideas", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_VOTES] = g_param_spec_int ("votes", NULL, NULL, 0, G_MAXINT, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kolo_cluster_init (KoloCluster *self)
{
  self->title = g_strdup ("");
  self->color = KOLO_NOTE_YELLOW;
  self->ideas = g_list_store_new (KOLO_TYPE_IDEA);
}

KoloCluster *
_kolo_cluster_new (gint64         id,
                   const char    *title,
                   KoloNoteColor  color)
{
  KoloCluster *self = g_object_new (KOLO_TYPE_CLUSTER, NULL);

  self->id = id;
  g_free (self->title);
  self->title = g_strdup (title ? title : "");
  self->color = color < KOLO_N_NOTE_COLORS ? color : KOLO_NOTE_YELLOW;

  return self;
}

void
_kolo_cluster_set_id (KoloCluster *self,
                      gint64       id)
{
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

void
_kolo_cluster_set_board (KoloCluster *self,
                         KoloBoard   *board)
{
  if (self->board == board)
    return;
  self->board = board;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BOARD]);
}

GListStore *
_kolo_cluster_get_list (KoloCluster *self)
{
  return self->ideas;
}

void
_kolo_cluster_add_votes (KoloCluster *self,
                         int          delta)
{
  if (delta == 0)
    return;
  self->votes += delta;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOTES]);
}

/**
 * kolo_cluster_new:
 * @title: (nullable): its title
 *
 * Makes a cluster of no board: add it with kolo_board_insert_cluster().
 *
 * Returns: (transfer full): the cluster
 */
KoloCluster *
kolo_cluster_new (const char *title)
{
  g_return_val_if_fail (title == NULL || g_utf8_validate (title, -1, NULL), NULL);

  return _kolo_cluster_new (0, title, KOLO_NOTE_YELLOW);
}

gint64
kolo_cluster_get_id (KoloCluster *self)
{
  g_return_val_if_fail (KOLO_IS_CLUSTER (self), 0);
  return self->id;
}

/**
 * kolo_cluster_get_board:
 *
 * Returns: (transfer none) (nullable): the board the cluster is on
 */
KoloBoard *
kolo_cluster_get_board (KoloCluster *self)
{
  g_return_val_if_fail (KOLO_IS_CLUSTER (self), NULL);
  return self->board;
}

const char *
kolo_cluster_get_title (KoloCluster *self)
{
  g_return_val_if_fail (KOLO_IS_CLUSTER (self), NULL);
  return self->title;
}

void
kolo_cluster_set_title (KoloCluster *self,
                        const char  *title)
{
  g_return_if_fail (KOLO_IS_CLUSTER (self));
  g_return_if_fail (title == NULL || g_utf8_validate (title, -1, NULL));

  _kolo_model_set_text (G_OBJECT (self), &self->title, title, get_store (self),
                        "clusters", "title", self->id, properties[PROP_TITLE]);
}

KoloNoteColor
kolo_cluster_get_color (KoloCluster *self)
{
  g_return_val_if_fail (KOLO_IS_CLUSTER (self), KOLO_NOTE_YELLOW);
  return self->color;
}

void
kolo_cluster_set_color (KoloCluster   *self,
                        KoloNoteColor  color)
{
  KoloStore *store;

  g_return_if_fail (KOLO_IS_CLUSTER (self));
  g_return_if_fail (color < KOLO_N_NOTE_COLORS);

  if (self->color == color)
    return;

  /* Written first: a refused write leaves the colour as stored. */
  if ((store = get_store (self)) != NULL &&
      !kolo_store_update_text (store, "clusters", "color", self->id,
                               kolo_note_color_to_string (color)))
    return;

  _kolo_model_will_change (G_OBJECT (self), properties[PROP_COLOR]);
  self->color = color;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
}

/**
 * kolo_cluster_get_ideas:
 *
 * Returns: (transfer none): a #GListModel of #KoloIdea, in order
 */
GListModel *
kolo_cluster_get_ideas (KoloCluster *self)
{
  g_return_val_if_fail (KOLO_IS_CLUSTER (self), NULL);
  return G_LIST_MODEL (self->ideas);
}

int
kolo_cluster_get_votes (KoloCluster *self)
{
  g_return_val_if_fail (KOLO_IS_CLUSTER (self), 0);
  return self->votes;
}
