/* kolo-activity.c — one activity of a module: a lecture, a brainstorm, a break…
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-activity"

#include "config.h"

#include "kolo-model-private.h"
#include "kolo-store-private.h"
#include "kolo-text.h"

struct _KoloActivity
{
  GObject           parent_instance;

  gint64            id;
  KoloModule       *module;       /* unowned: the module owns us */
  KoloActivityKind  kind;
  char             *title;
  int               minutes;
  char             *instructions;
  char             *notes;
  char             *materials;
  int               start_minute; /* computed by the day */
};

G_DEFINE_FINAL_TYPE (KoloActivity, kolo_activity, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_MODULE,
  PROP_KIND,
  PROP_TITLE,
  PROP_MINUTES,
  PROP_INSTRUCTIONS,
  PROP_NOTES,
  PROP_MATERIALS,
  PROP_START_MINUTE,
  PROP_END_MINUTE,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static KoloStore *
get_store (KoloActivity *self)
{
  return self->module != NULL ? _kolo_module_get_store (self->module) : NULL;
}

static void
kolo_activity_finalize (GObject *object)
{
  KoloActivity *self = (KoloActivity *)object;

  g_free (self->title);
  g_free (self->instructions);
  g_free (self->notes);
  g_free (self->materials);

  G_OBJECT_CLASS (kolo_activity_parent_class)->finalize (object);
}

static void
kolo_activity_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KoloActivity *self = KOLO_ACTIVITY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_MODULE:
      g_value_set_object (value, self->module);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_MINUTES:
      g_value_set_int (value, self->minutes);
      break;
    case PROP_INSTRUCTIONS:
      g_value_set_string (value, self->instructions);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_MATERIALS:
      g_value_set_string (value, self->materials);
      break;
    case PROP_START_MINUTE:
      g_value_set_int (value, self->start_minute);
      break;
    case PROP_END_MINUTE:
      g_value_set_int (value, kolo_activity_get_end_minute (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_activity_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  KoloActivity *self = KOLO_ACTIVITY (object);

  switch (prop_id)
    {
    case PROP_KIND:
      kolo_activity_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_TITLE:
      kolo_activity_set_title (self, g_value_get_string (value));
      break;
    case PROP_MINUTES:
      kolo_activity_set_minutes (self, g_value_get_int (value));
      break;
    case PROP_INSTRUCTIONS:
      kolo_activity_set_instructions (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      kolo_activity_set_notes (self, g_value_get_string (value));
      break;
    case PROP_MATERIALS:
      kolo_activity_set_materials (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_activity_class_init (KoloActivityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kolo_activity_finalize;
  object_class->get_property = kolo_activity_get_property;
  object_class->set_property = kolo_activity_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_MODULE] = g_param_spec_object ("module", NULL, NULL, KOLO_TYPE_MODULE, ro);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, KOLO_TYPE_ACTIVITY_KIND,
                                             KOLO_ACTIVITY_INPUT, rw);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", rw);
  properties[PROP_MINUTES] = g_param_spec_int ("minutes", NULL, NULL, KOLO_MINUTES_MIN,
                                               KOLO_MINUTES_MAX, 30, rw);
  properties[PROP_INSTRUCTIONS] = g_param_spec_string ("instructions", NULL, NULL, "", rw);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", rw);
  properties[PROP_MATERIALS] = g_param_spec_string ("materials", NULL, NULL, "", rw);
  properties[PROP_START_MINUTE] = g_param_spec_int ("start-minute", NULL, NULL, 0, G_MAXINT, 0, ro);
  properties[PROP_END_MINUTE] = g_param_spec_int ("end-minute", NULL, NULL, 0, G_MAXINT, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kolo_activity_init (KoloActivity *self)
{
  self->title = g_strdup ("");
  self->instructions = g_strdup ("");
  self->notes = g_strdup ("");
  self->materials = g_strdup ("");
  self->minutes = 30;
}

KoloActivity *
_kolo_activity_new (gint64            id,
                    KoloActivityKind  kind,
                    const char       *title,
                    int               minutes,
                    const char       *instructions,
                    const char       *notes,
                    const char       *materials)
{
  KoloActivity *self = g_object_new (KOLO_TYPE_ACTIVITY, NULL);

  self->id = id;
  self->kind = kind;
  g_free (self->title);
  self->title = g_strdup (title ? title : "");
  self->minutes = CLAMP (minutes, KOLO_MINUTES_MIN, KOLO_MINUTES_MAX);
  g_free (self->instructions);
  self->instructions = g_strdup (instructions ? instructions : "");
  g_free (self->notes);
  self->notes = g_strdup (notes ? notes : "");
  g_free (self->materials);
  self->materials = g_strdup (materials ? materials : "");

  return self;
}

void
_kolo_activity_set_id (KoloActivity *self,
                       gint64        id)
{
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

void
_kolo_activity_set_module (KoloActivity *self,
                           KoloModule   *module)
{
  if (self->module == module)
    return;
  self->module = module;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODULE]);
}

void
_kolo_activity_set_start_minute (KoloActivity *self,
                                 int           start_minute)
{
  if (self->start_minute == start_minute)
    return;
  self->start_minute = start_minute;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_MINUTE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_MINUTE]);
}

gint64
kolo_activity_get_id (KoloActivity *self)
{
  g_return_val_if_fail (KOLO_IS_ACTIVITY (self), 0);
  return self->id;
}

/**
 * kolo_activity_new:
 * @kind: what kind of activity
 * @title: its title
 * @minutes: planned minutes, 1–600
 *
 * Makes an activity that belongs to no module yet: edit it freely, then
 * add it with kolo_module_insert_activity().
 *
 * Returns: (transfer full): the activity
 */
KoloActivity *
kolo_activity_new (KoloActivityKind  kind,
                   const char       *title,
                   int               minutes)
{
  g_return_val_if_fail (kind < KOLO_N_ACTIVITY_KINDS, NULL);
  g_return_val_if_fail (minutes >= KOLO_MINUTES_MIN && minutes <= KOLO_MINUTES_MAX, NULL);

  return _kolo_activity_new (0, kind, title, minutes, "", "", "");
}

/**
 * kolo_activity_get_module:
 *
 * Returns: (transfer none) (nullable): the module that holds the activity
 */
KoloModule *
kolo_activity_get_module (KoloActivity *self)
{
  g_return_val_if_fail (KOLO_IS_ACTIVITY (self), NULL);
  return self->module;
}

KoloActivityKind
kolo_activity_get_kind (KoloActivity *self)
{
  g_return_val_if_fail (KOLO_IS_ACTIVITY (self), KOLO_ACTIVITY_OTHER);
  return self->kind;
}

void
kolo_activity_set_kind (KoloActivity     *self,
                        KoloActivityKind  kind)
{
  KoloStore *store;

  g_return_if_fail (KOLO_IS_ACTIVITY (self));
  g_return_if_fail (kind < KOLO_N_ACTIVITY_KINDS);

  if (self->kind == kind)
    return;

  _kolo_model_will_change (G_OBJECT (self), properties[PROP_KIND]);
  self->kind = kind;
  if ((store = get_store (self)) != NULL)
    kolo_store_update_text (store, "activities", "kind", self->id,
                            kolo_activity_kind_to_string (kind));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
kolo_activity_get_title (KoloActivity *self)
{
  g_return_val_if_fail (KOLO_IS_ACTIVITY (self), NULL);
  return self->title;
}

void
kolo_activity_set_title (KoloActivity *self,
                         const char   *title)
{
  g_return_if_fail (KOLO_IS_ACTIVITY (self));
  _kolo_model_set_text (G_OBJECT (self), &self->title, title, get_store (self),
                        "activities", "title", self->id, properties[PROP_TITLE]);
}

int
kolo_activity_get_minutes (KoloActivity *self)
{
  g_return_val_if_fail (KOLO_IS_ACTIVITY (self), 0);
  return self->minutes;
}

/**
 * kolo_activity_set_minutes:
 * @minutes: planned minutes, 1–600
 *
 * Changes the planned length; start times of everything after it follow.
 */
void
kolo_activity_set_minutes (KoloActivity *self,
                           int           minutes)
{
  KoloStore *store;

  g_return_if_fail (KOLO_IS_ACTIVITY (self));
  g_return_if_fail (minutes >= KOLO_MINUTES_MIN && minutes <= KOLO_MINUTES_MAX);

  if (self->minutes == minutes)
    return;

  _kolo_model_will_change (G_OBJECT (self), properties[PROP_MINUTES]);
  self->minutes = minutes;
  if ((store = get_store (self)) != NULL)
    kolo_store_update_int (store, "activities", "minutes", self->id, minutes, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MINUTES]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_MINUTE]);

  if (self->module != NULL)
    _kolo_module_minutes_changed (self->module);
}

const char *
kolo_activity_get_instructions (KoloActivity *self)
{
  g_return_val_if_fail (KOLO_IS_ACTIVITY (self), NULL);
  return self->instructions;
}

void
kolo_activity_set_instructions (KoloActivity *self,
                                const char   *instructions)
{
  g_return_if_fail (KOLO_IS_ACTIVITY (self));
  _kolo_model_set_text (G_OBJECT (self), &self->instructions, instructions, get_store (self),
                        "activities", "instructions", self->id, properties[PROP_INSTRUCTIONS]);
}

const char *
kolo_activity_get_notes (KoloActivity *self)
{
  g_return_val_if_fail (KOLO_IS_ACTIVITY (self), NULL);
  return self->notes;
}

void
kolo_activity_set_notes (KoloActivity *self,
                         const char   *notes)
{
  g_return_if_fail (KOLO_IS_ACTIVITY (self));
  _kolo_model_set_text (G_OBJECT (self), &self->notes, notes, get_store (self),
                        "activities", "notes", self->id, properties[PROP_NOTES]);
}

const char *
kolo_activity_get_materials (KoloActivity *self)
{
  g_return_val_if_fail (KOLO_IS_ACTIVITY (self), NULL);
  return self->materials;
}

void
kolo_activity_set_materials (KoloActivity *self,
                             const char   *materials)
{
  g_return_if_fail (KOLO_IS_ACTIVITY (self));
  _kolo_model_set_text (G_OBJECT (self), &self->materials, materials, get_store (self),
                        "activities", "materials", self->id, properties[PROP_MATERIALS]);
}

/**
 * kolo_activity_get_start_minute:
 *
 * Returns: the planned start, in minutes since the day's midnight, computed
 *   from the day's start and everything before the activity
 */
int
kolo_activity_get_start_minute (KoloActivity *self)
{
  g_return_val_if_fail (KOLO_IS_ACTIVITY (self), 0);
  return self->start_minute;
}

int
kolo_activity_get_end_minute (KoloActivity *self)
{
  g_return_val_if_fail (KOLO_IS_ACTIVITY (self), 0);
  return self->start_minute + self->minutes;
}
