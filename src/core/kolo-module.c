/* kolo-module.c — a module of a day: a titled block of activities
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-module"

#include "config.h"

#include "kolo-model-private.h"

struct _KoloModule
{
  GObject     parent_instance;

  gint64      id;
  KoloDay    *day;              /* unowned: the day owns us */
  char       *title;
  char       *goal;
  GListStore *activities;       /* of KoloActivity */
  int         planned_minutes;  /* sum of the activities' minutes */
};

G_DEFINE_FINAL_TYPE (KoloModule, kolo_module, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DAY,
  PROP_TITLE,
  PROP_GOAL,
  PROP_ACTIVITIES,
  PROP_PLANNED_MINUTES,
  PROP_START_MINUTE,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
kolo_module_dispose (GObject *object)
{
  KoloModule *self = (KoloModule *)object;

  if (self->activities != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->activities));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(KoloActivity) activity = g_list_model_get_item (G_LIST_MODEL (self->activities), i);
          _kolo_activity_set_module (activity, NULL);
        }
    }
  g_clear_object (&self->activities);

  G_OBJECT_CLASS (kolo_module_parent_class)->dispose (object);
}

static void
kolo_module_finalize (GObject *object)
{
  KoloModule *self = (KoloModule *)object;

  g_free (self->title);
  g_free (self->goal);

  G_OBJECT_CLASS (kolo_module_parent_class)->finalize (object);
}

static void
kolo_module_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KoloModule *self = KOLO_MODULE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_DAY:
      g_value_set_object (value, self->day);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_GOAL:
      g_value_set_string (value, self->goal);
      break;
    case PROP_ACTIVITIES:
      g_value_set_object (value, self->activities);
      break;
    case PROP_PLANNED_MINUTES:
      g_value_set_int (value, self->planned_minutes);
      break;
    case PROP_START_MINUTE:
      g_value_set_int (value, kolo_module_get_start_minute (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_module_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  KoloModule *self = KOLO_MODULE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      kolo_module_set_title (self, g_value_get_string (value));
      break;
    case PROP_GOAL:
      kolo_module_set_goal (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_module_class_init (KoloModuleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = kolo_module_dispose;
  object_class->finalize = kolo_module_finalize;
  object_class->get_property = kolo_module_get_property;
  object_class->set_property = kolo_module_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_DAY] = g_param_spec_object ("day", NULL, NULL, KOLO_TYPE_DAY, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", rw);
  properties[PROP_GOAL] = g_param_spec_string ("goal", NULL, NULL, "", rw);
  properties[PROP_ACTIVITIES] = g_param_spec_object ("activities", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_PLANNED_MINUTES] = g_param_spec_int ("planned-minutes", NULL, NULL,
                                                       0, G_MAXINT, 0, ro);
  properties[PROP_START_MINUTE] = g_param_spec_int ("start-minute", NULL, NULL, 0, G_MAXINT, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kolo_module_init (KoloModule *self)
{
  self->title = g_strdup ("");
  self->goal = g_strdup ("");
  self->activities = g_list_store_new (KOLO_TYPE_ACTIVITY);
}

KoloModule *
_kolo_module_new (gint64      id,
                  const char *title,
                  const char *goal)
{
  KoloModule *self = g_object_new (KOLO_TYPE_MODULE, NULL);

  self->id = id;
  g_free (self->title);
  self->title = g_strdup (title ? title : "");
  g_free (self->goal);
  self->goal = g_strdup (goal ? goal : "");

  return self;
}

void
_kolo_module_set_id (KoloModule *self,
                     gint64      id)
{
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

GListStore *
_kolo_module_get_list (KoloModule *self)
{
  return self->activities;
}

void
_kolo_module_set_day (KoloModule *self,
                      KoloDay    *day)
{
  if (self->day == day)
    return;
  self->day = day;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
}

KoloStore *
_kolo_module_get_store (KoloModule *self)
{
  return self->day != NULL ? _kolo_day_get_store (self->day) : NULL;
}

void
_kolo_module_append_activity (KoloModule   *self,
                              KoloActivity *activity)
{
  _kolo_activity_set_module (activity, self);
  g_list_store_append (self->activities, activity);
  _kolo_module_minutes_changed (self);
}

/* An activity was added, removed or changed its length. */
void
_kolo_module_minutes_changed (KoloModule *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->activities));
  int sum = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoloActivity) activity = g_list_model_get_item (G_LIST_MODEL (self->activities), i);
      sum += kolo_activity_get_minutes (activity);
    }

  if (sum != self->planned_minutes)
    {
      self->planned_minutes = sum;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLANNED_MINUTES]);
    }

  /* Start times after this module move even when the sum did not change
   * (an activity moved within the module). */
  if (self->day != NULL)
    _kolo_day_schedule_changed (self->day);
}

void
_kolo_module_start_changed (KoloModule *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_MINUTE]);
}

gint64
kolo_module_get_id (KoloModule *self)
{
  g_return_val_if_fail (KOLO_IS_MODULE (self), 0);
  return self->id;
}

/**
 * kolo_module_new:
 * @title: the module's title
 *
 * Makes a module that belongs to no day yet; see kolo_day_insert_module().
 *
 * Returns: (transfer full): the module
 */
KoloModule *
kolo_module_new (const char *title)
{
  return _kolo_module_new (0, title, "");
}

/**
 * kolo_module_get_day:
 *
 * Returns: (transfer none) (nullable): the day that holds the module
 */
KoloDay *
kolo_module_get_day (KoloModule *self)
{
  g_return_val_if_fail (KOLO_IS_MODULE (self), NULL);
  return self->day;
}

const char *
kolo_module_get_title (KoloModule *self)
{
  g_return_val_if_fail (KOLO_IS_MODULE (self), NULL);
  return self->title;
}

void
kolo_module_set_title (KoloModule *self,
                       const char *title)
{
  g_return_if_fail (KOLO_IS_MODULE (self));
  _kolo_model_set_text (G_OBJECT (self), &self->title, title, _kolo_module_get_store (self),
                        "modules", "title", self->id, properties[PROP_TITLE]);
}

const char *
kolo_module_get_goal (KoloModule *self)
{
  g_return_val_if_fail (KOLO_IS_MODULE (self), NULL);
  return self->goal;
}

void
kolo_module_set_goal (KoloModule *self,
                      const char *goal)
{
  g_return_if_fail (KOLO_IS_MODULE (self));
  _kolo_model_set_text (G_OBJECT (self), &self->goal, goal, _kolo_module_get_store (self),
                        "modules", "goal", self->id, properties[PROP_GOAL]);
}

/**
 * kolo_module_get_activities:
 *
 * Returns: (transfer none): a #GListModel of #KoloActivity, in order
 */
GListModel *
kolo_module_get_activities (KoloModule *self)
{
  g_return_val_if_fail (KOLO_IS_MODULE (self), NULL);
  return G_LIST_MODEL (self->activities);
}

int
kolo_module_get_planned_minutes (KoloModule *self)
{
  g_return_val_if_fail (KOLO_IS_MODULE (self), 0);
  return self->planned_minutes;
}

/**
 * kolo_module_get_start_minute:
 *
 * Returns: the module's planned start in minutes since midnight: its first
 *   activity's, or where that would be when it has none
 */
int
kolo_module_get_start_minute (KoloModule *self)
{
  g_return_val_if_fail (KOLO_IS_MODULE (self), 0);

  if (self->day == NULL)
    return 0;
  return _kolo_day_get_module_start (self->day, self);
}
