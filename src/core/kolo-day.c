/* kolo-day.c — one day of an event: a date, a start time and modules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-day"

#include "config.h"

#include "kolo-model-private.h"
#include "kolo-store-private.h"
#include "kolo-text.h"

struct _KoloDay
{
  GObject     parent_instance;

  gint64      id;
  KoloEvent  *event;            /* unowned: the event owns us */
  guint       number;           /* 1-based, set by the event */
  GDate       date;
  int         start_minute;
  int         end_minute;       /* -1: no end set */
  GListStore *modules;          /* of KoloModule */
  int         planned_minutes;
  /* Derived, kept to notify only on change */
  int         planned_end_minute;
  gboolean    overruns;
};

G_DEFINE_FINAL_TYPE (KoloDay, kolo_day, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_EVENT,
  PROP_NUMBER,
  PROP_DATE,
  PROP_START_MINUTE,
  PROP_END_MINUTE,
  PROP_MODULES,
  PROP_PLANNED_MINUTES,
  PROP_PLANNED_END_MINUTE,
  PROP_OVERRUNS,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
kolo_day_dispose (GObject *object)
{
  KoloDay *self = (KoloDay *)object;

  if (self->modules != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->modules));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(KoloModule) module = g_list_model_get_item (G_LIST_MODEL (self->modules), i);
          _kolo_module_set_day (module, NULL);
        }
    }
  g_clear_object (&self->modules);

  G_OBJECT_CLASS (kolo_day_parent_class)->dispose (object);
}

static void
kolo_day_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  KoloDay *self = KOLO_DAY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;
    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;
    case PROP_DATE:
      g_value_set_boxed (value, g_date_valid (&self->date) ? &self->date : NULL);
      break;
    case PROP_START_MINUTE:
      g_value_set_int (value, self->start_minute);
      break;
    case PROP_END_MINUTE:
      g_value_set_int (value, self->end_minute);
      break;
    case PROP_MODULES:
      g_value_set_object (value, self->modules);
      break;
    case PROP_PLANNED_MINUTES:
      g_value_set_int (value, self->planned_minutes);
      break;
    case PROP_PLANNED_END_MINUTE:
      g_value_set_int (value, kolo_day_get_planned_end_minute (self));
      break;
    case PROP_OVERRUNS:
      g_value_set_boolean (value, kolo_day_get_overruns (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_day_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  KoloDay *self = KOLO_DAY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      kolo_day_set_date (self, g_value_get_boxed (value));
      break;
    case PROP_START_MINUTE:
      kolo_day_set_start_minute (self, g_value_get_int (value));
      break;
    case PROP_END_MINUTE:
      kolo_day_set_end_minute (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_day_class_init (KoloDayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = kolo_day_dispose;
  object_class->get_property = kolo_day_get_property;
  object_class->set_property = kolo_day_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_EVENT] = g_param_spec_object ("event", NULL, NULL, KOLO_TYPE_EVENT, ro);
  properties[PROP_NUMBER] = g_param_spec_uint ("number", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE, rw);
  properties[PROP_START_MINUTE] = g_param_spec_int ("start-minute", NULL, NULL, 0, 1439, 600, rw);
  properties[PROP_END_MINUTE] = g_param_spec_int ("end-minute", NULL, NULL, -1, 1439, -1, rw);
  properties[PROP_MODULES] = g_param_spec_object ("modules", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_PLANNED_MINUTES] = g_param_spec_int ("planned-minutes", NULL, NULL,
                                                       0, G_MAXINT, 0, ro);
  properties[PROP_PLANNED_END_MINUTE] = g_param_spec_int ("planned-end-minute", NULL, NULL,
                                                          0, G_MAXINT, 0, ro);
  properties[PROP_OVERRUNS] = g_param_spec_boolean ("overruns", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kolo_day_init (KoloDay *self)
{
  g_date_clear (&self->date, 1);
  self->start_minute = 600;
  self->end_minute = -1;
  self->planned_end_minute = self->start_minute;
  self->modules = g_list_store_new (KOLO_TYPE_MODULE);
}

KoloDay *
_kolo_day_new (gint64       id,
               const GDate *date,
               int          start_minute,
               int          end_minute)
{
  KoloDay *self = g_object_new (KOLO_TYPE_DAY, NULL);

  self->id = id;
  if (date != NULL && g_date_valid (date))
    self->date = *date;
  self->start_minute = start_minute;
  self->end_minute = end_minute;
  self->planned_end_minute = start_minute;

  return self;
}

void
_kolo_day_set_id (KoloDay *self,
                  gint64   id)
{
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

GListStore *
_kolo_day_get_list (KoloDay *self)
{
  return self->modules;
}

void
_kolo_day_set_event (KoloDay   *self,
                     KoloEvent *event)
{
  if (self->event == event)
    return;
  self->event = event;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
}

void
_kolo_day_set_number (KoloDay *self,
                      guint    number)
{
  if (self->number == number)
    return;
  self->number = number;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
}

KoloStore *
_kolo_day_get_store (KoloDay *self)
{
  return self->event != NULL ? _kolo_event_get_store (self->event) : NULL;
}

void
_kolo_day_append_module (KoloDay    *self,
                         KoloModule *module)
{
  _kolo_module_set_day (module, self);
  g_list_store_append (self->modules, module);
  _kolo_day_schedule_changed (self);
}

/* Refreshes what follows from the start, end and planned minutes. */
static void
update_derived (KoloDay *self)
{
  int planned_end = self->start_minute + self->planned_minutes;
  gboolean overruns = self->end_minute >= 0 && planned_end > self->end_minute;

  if (planned_end != self->planned_end_minute)
    {
      self->planned_end_minute = planned_end;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLANNED_END_MINUTE]);
    }
  if (overruns != self->overruns)
    {
      self->overruns = overruns;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERRUNS]);
    }
}

/* Recomputes every activity's start from the day's start: the times are
 * derived, never stored, so they cannot disagree with the minutes. */
void
_kolo_day_schedule_changed (KoloDay *self)
{
  GListModel *modules = G_LIST_MODEL (self->modules);
  guint n_modules = g_list_model_get_n_items (modules);
  int clock = self->start_minute;

  for (guint i = 0; i < n_modules; i++)
    {
      g_autoptr(KoloModule) module = g_list_model_get_item (modules, i);
      GListModel *activities = kolo_module_get_activities (module);
      guint n = g_list_model_get_n_items (activities);

      _kolo_module_start_changed (module);
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(KoloActivity) activity = g_list_model_get_item (activities, j);

          _kolo_activity_set_start_minute (activity, clock);
          clock += kolo_activity_get_minutes (activity);
        }
    }

  if (clock - self->start_minute != self->planned_minutes)
    {
      self->planned_minutes = clock - self->start_minute;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLANNED_MINUTES]);
    }
  update_derived (self);
}

int
_kolo_day_get_module_start (KoloDay    *self,
                            KoloModule *module)
{
  GListModel *modules = G_LIST_MODEL (self->modules);
  guint n = g_list_model_get_n_items (modules);
  int clock = self->start_minute;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoloModule) other = g_list_model_get_item (modules, i);

      if (other == module)
        break;
      clock += kolo_module_get_planned_minutes (other);
    }
  return clock;
}

gint64
kolo_day_get_id (KoloDay *self)
{
  g_return_val_if_fail (KOLO_IS_DAY (self), 0);
  return self->id;
}

/**
 * kolo_day_new:
 * @date: its date
 * @start_minute: when it starts, minutes after midnight
 * @end_minute: when it must end, or -1
 *
 * Makes a day that belongs to no event yet; see kolo_event_insert_day().
 *
 * Returns: (transfer full): the day
 */
KoloDay *
kolo_day_new (const GDate *date,
              int          start_minute,
              int          end_minute)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  g_return_val_if_fail (start_minute >= 0 && start_minute < 1440, NULL);
  g_return_val_if_fail (end_minute >= -1 && end_minute < 1440, NULL);

  return _kolo_day_new (0, date, start_minute, end_minute);
}

/**
 * kolo_day_get_event:
 *
 * Returns: (transfer none) (nullable): the event the day belongs to
 */
KoloEvent *
kolo_day_get_event (KoloDay *self)
{
  g_return_val_if_fail (KOLO_IS_DAY (self), NULL);
  return self->event;
}

/**
 * kolo_day_get_number:
 *
 * Returns: the day's place in its event, counting from 1
 */
guint
kolo_day_get_number (KoloDay *self)
{
  g_return_val_if_fail (KOLO_IS_DAY (self), 0);
  return self->number;
}

/**
 * kolo_day_get_date:
 *
 * Returns: (transfer none): the day's date
 */
const GDate *
kolo_day_get_date (KoloDay *self)
{
  g_return_val_if_fail (KOLO_IS_DAY (self), NULL);
  return &self->date;
}

void
kolo_day_set_date (KoloDay     *self,
                   const GDate *date)
{
  g_autofree char *iso = NULL;
  KoloStore *store;

  g_return_if_fail (KOLO_IS_DAY (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  if (g_date_valid (&self->date) && g_date_compare (&self->date, date) == 0)
    return;

  _kolo_model_will_change (G_OBJECT (self), properties[PROP_DATE]);
  self->date = *date;
  iso = kolo_text_format_iso_date (date);
  if ((store = _kolo_day_get_store (self)) != NULL)
    kolo_store_update_text (store, "days", "date", self->id, iso);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);

  if (self->event != NULL)
    _kolo_event_dates_changed (self->event);
}

int
kolo_day_get_start_minute (KoloDay *self)
{
  g_return_val_if_fail (KOLO_IS_DAY (self), 0);
  return self->start_minute;
}

/**
 * kolo_day_set_start_minute:
 * @start_minute: minutes since midnight, 0–1439
 *
 * Moves the day's start; every activity's start follows.
 */
void
kolo_day_set_start_minute (KoloDay *self,
                           int      start_minute)
{
  KoloStore *store;

  g_return_if_fail (KOLO_IS_DAY (self));
  g_return_if_fail (start_minute >= 0 && start_minute < 1440);

  if (self->start_minute == start_minute)
    return;

  _kolo_model_will_change (G_OBJECT (self), properties[PROP_START_MINUTE]);
  self->start_minute = start_minute;
  if ((store = _kolo_day_get_store (self)) != NULL)
    kolo_store_update_int (store, "days", "start_minute", self->id, start_minute, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_MINUTE]);
  _kolo_day_schedule_changed (self);
}

/**
 * kolo_day_get_end_minute:
 *
 * Returns: the end the day must not run past, or -1 when none is set
 */
int
kolo_day_get_end_minute (KoloDay *self)
{
  g_return_val_if_fail (KOLO_IS_DAY (self), -1);
  return self->end_minute;
}

void
kolo_day_set_end_minute (KoloDay *self,
                         int      end_minute)
{
  KoloStore *store;

  g_return_if_fail (KOLO_IS_DAY (self));
  g_return_if_fail (end_minute >= -1 && end_minute < 1440);

  if (self->end_minute == end_minute)
    return;

  _kolo_model_will_change (G_OBJECT (self), properties[PROP_END_MINUTE]);
  self->end_minute = end_minute;
  if ((store = _kolo_day_get_store (self)) != NULL)
    kolo_store_update_int (store, "days", "end_minute", self->id, end_minute, end_minute < 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_MINUTE]);
  update_derived (self);
}

/**
 * kolo_day_get_modules:
 *
 * Returns: (transfer none): a #GListModel of #KoloModule, in order
 */
GListModel *
kolo_day_get_modules (KoloDay *self)
{
  g_return_val_if_fail (KOLO_IS_DAY (self), NULL);
  return G_LIST_MODEL (self->modules);
}

int
kolo_day_get_planned_minutes (KoloDay *self)
{
  g_return_val_if_fail (KOLO_IS_DAY (self), 0);
  return self->planned_minutes;
}

int
kolo_day_get_planned_end_minute (KoloDay *self)
{
  g_return_val_if_fail (KOLO_IS_DAY (self), 0);
  return self->planned_end_minute;
}

/**
 * kolo_day_get_overruns:
 *
 * Returns: whether the planned activities run past the day's set end
 */
gboolean
kolo_day_get_overruns (KoloDay *self)
{
  g_return_val_if_fail (KOLO_IS_DAY (self), FALSE);
  return self->overruns;
}
