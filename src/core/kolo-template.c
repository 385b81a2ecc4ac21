/* kolo-template.c — an agenda to start events from, shipped or saved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-template"

#include "config.h"

#include "kolo-template.h"

/* A summary for lists and pickers; the agenda itself is loaded with
 * kolo_store_load_template() when an event is made from it. */
struct _KoloTemplate
{
  GObject   parent_instance;

  char     *name;
  char     *title;
  char     *notes;
  gboolean  shipped;
  guint     n_days;
  int       planned_minutes;
};

G_DEFINE_FINAL_TYPE (KoloTemplate, kolo_template, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_TITLE,
  PROP_NOTES,
  PROP_SHIPPED,
  PROP_N_DAYS,
  PROP_PLANNED_MINUTES,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
kolo_template_finalize (GObject *object)
{
  KoloTemplate *self = (KoloTemplate *)object;

  g_free (self->name);
  g_free (self->title);
  g_free (self->notes);

  G_OBJECT_CLASS (kolo_template_parent_class)->finalize (object);
}

static void
kolo_template_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KoloTemplate *self = KOLO_TEMPLATE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_SHIPPED:
      g_value_set_boolean (value, self->shipped);
      break;
    case PROP_N_DAYS:
      g_value_set_uint (value, self->n_days);
      break;
    case PROP_PLANNED_MINUTES:
      g_value_set_int (value, self->planned_minutes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_template_class_init (KoloTemplateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kolo_template_finalize;
  object_class->get_property = kolo_template_get_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, ro);
  properties[PROP_SHIPPED] = g_param_spec_boolean ("shipped", NULL, NULL, FALSE, ro);
  properties[PROP_N_DAYS] = g_param_spec_uint ("n-days", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_PLANNED_MINUTES] = g_param_spec_int ("planned-minutes", NULL, NULL,
                                                       0, G_MAXINT, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kolo_template_init (KoloTemplate *self)
{
}

KoloTemplate *
kolo_template_new (const char *name,
                   const char *title,
                   const char *notes,
                   gboolean    shipped,
                   guint       n_days,
                   int         planned_minutes)
{
  KoloTemplate *self = g_object_new (KOLO_TYPE_TEMPLATE, NULL);

  self->name = g_strdup (name);
  self->title = g_strdup (title);
  self->notes = g_strdup (notes ? notes : "");
  self->shipped = shipped;
  self->n_days = n_days;
  self->planned_minutes = planned_minutes;
  return self;
}

const char *
kolo_template_get_name (KoloTemplate *self)
{
  g_return_val_if_fail (KOLO_IS_TEMPLATE (self), NULL);
  return self->name;
}

const char *
kolo_template_get_title (KoloTemplate *self)
{
  g_return_val_if_fail (KOLO_IS_TEMPLATE (self), NULL);
  return self->title;
}

const char *
kolo_template_get_notes (KoloTemplate *self)
{
  g_return_val_if_fail (KOLO_IS_TEMPLATE (self), NULL);
  return self->notes;
}

gboolean
kolo_template_get_shipped (KoloTemplate *self)
{
  g_return_val_if_fail (KOLO_IS_TEMPLATE (self), FALSE);
  return self->shipped;
}

guint
kolo_template_get_n_days (KoloTemplate *self)
{
  g_return_val_if_fail (KOLO_IS_TEMPLATE (self), 0);
  return self->n_days;
}

int
kolo_template_get_planned_minutes (KoloTemplate *self)
{
  g_return_val_if_fail (KOLO_IS_TEMPLATE (self), 0);
  return self->planned_minutes;
}
