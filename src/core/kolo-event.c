/* kolo-event.c — an event: a training with its details and days
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-event"

#include "config.h"

#include <string.h>

#include "kolo-board-private.h"
#include "kolo-history-private.h"
#include "kolo-model-private.h"
#include "kolo-participant-private.h"
#include "kolo-store-private.h"
#include "kolo-text.h"

struct _KoloEvent
{
  GObject     parent_instance;

  KoloStore  *store;      /* unowned: the store outlives its events, and detaches them */
  gint64      id;
  char       *title;
  char       *venue;
  char       *city;
  char       *organizer;
  GStrv       trainers;
  char       *notes;
  gboolean    archived;
  GDate       first_date;
  GDate       last_date;
  GListStore *days;       /* of KoloDay, loaded on first use */
  GListStore *boards;     /* of KoloBoard, loaded on first use */
  GListStore *participants; /* of KoloParticipant, loaded on first use */
  KoloHistory *history;   /* made on first use */
};

G_DEFINE_FINAL_TYPE (KoloEvent, kolo_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_VENUE,
  PROP_CITY,
  PROP_ORGANIZER,
  PROP_TRAINERS,
  PROP_NOTES,
  PROP_ARCHIVED,
  PROP_FIRST_DATE,
  PROP_LAST_DATE,
  PROP_DAYS,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
detach_days (KoloEvent *self)
{
  guint n;

  if (self->days == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->days));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoloDay) day = g_list_model_get_item (G_LIST_MODEL (self->days), i);
      _kolo_day_set_event (day, NULL);
    }
}

static void
detach_boards (KoloEvent *self)
{
  guint n;

  if (self->boards == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->boards));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoloBoard) board = g_list_model_get_item (G_LIST_MODEL (self->boards), i);
      _kolo_board_set_event (board, NULL);
    }
}

static void
detach_participants (KoloEvent *self)
{
  guint n;

  if (self->participants == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->participants));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoloParticipant) participant =
        g_list_model_get_item (G_LIST_MODEL (self->participants), i);
      _kolo_participant_set_event (participant, NULL);
    }
}

static void
kolo_event_dispose (GObject *object)
{
  KoloEvent *self = (KoloEvent *)object;

  detach_boards (self);
  g_clear_object (&self->boards);
  detach_participants (self);
  g_clear_object (&self->participants);
  detach_days (self);
  g_clear_object (&self->days);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (kolo_event_parent_class)->dispose (object);
}

static void
kolo_event_finalize (GObject *object)
{
  KoloEvent *self = (KoloEvent *)object;

  g_free (self->title);
  g_free (self->venue);
  g_free (self->city);
  g_free (self->organizer);
  g_strfreev (self->trainers);
  g_free (self->notes);

  G_OBJECT_CLASS (kolo_event_parent_class)->finalize (object);
}

static void
kolo_event_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  KoloEvent *self = KOLO_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_VENUE:
      g_value_set_string (value, self->venue);
      break;
    case PROP_CITY:
      g_value_set_string (value, self->city);
      break;
    case PROP_ORGANIZER:
      g_value_set_string (value, self->organizer);
      break;
    case PROP_TRAINERS:
      g_value_set_boxed (value, self->trainers);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_ARCHIVED:
      g_value_set_boolean (value, self->archived);
      break;
    case PROP_FIRST_DATE:
      g_value_set_boxed (value, kolo_event_get_first_date (self));
      break;
    case PROP_LAST_DATE:
      g_value_set_boxed (value, kolo_event_get_last_date (self));
      break;
    case PROP_DAYS:
      g_value_set_object (value, kolo_event_get_days (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_event_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  KoloEvent *self = KOLO_EVENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      kolo_event_set_title (self, g_value_get_string (value));
      break;
    case PROP_VENUE:
      kolo_event_set_venue (self, g_value_get_string (value));
      break;
    case PROP_CITY:
      kolo_event_set_city (self, g_value_get_string (value));
      break;
    case PROP_ORGANIZER:
      kolo_event_set_organizer (self, g_value_get_string (value));
      break;
    case PROP_TRAINERS:
      kolo_event_set_trainers (self, g_value_get_boxed (value));
      break;
    case PROP_NOTES:
      kolo_event_set_notes (self, g_value_get_string (value));
      break;
    case PROP_ARCHIVED:
      kolo_event_set_archived (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_event_class_init (KoloEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = kolo_event_dispose;
  object_class->finalize = kolo_event_finalize;
  object_class->get_property = kolo_event_get_property;
  object_class->set_property = kolo_event_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", rw);
  properties[PROP_VENUE] = g_param_spec_string ("venue", NULL, NULL, "", rw);
  properties[PROP_CITY] = g_param_spec_string ("city", NULL, NULL, "", rw);
  properties[PROP_ORGANIZER] = g_param_spec_string ("organizer", NULL, NULL, "", rw);
  properties[PROP_TRAINERS] = g_param_spec_boxed ("trainers", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", rw);
  properties[PROP_ARCHIVED] = g_param_spec_boolean ("archived", NULL, NULL, FALSE, rw);
  properties[PROP_FIRST_DATE] = g_param_spec_boxed ("first-date", NULL, NULL, G_TYPE_DATE, ro);
  properties[PROP_LAST_DATE] = g_param_spec_boxed ("last-date", NULL, NULL, G_TYPE_DATE, ro);
  properties[PROP_DAYS] = g_param_spec_object ("days", NULL, NULL, G_TYPE_LIST_MODEL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kolo_event_init (KoloEvent *self)
{
  self->title = g_strdup ("");
  self->venue = g_strdup ("");
  self->city = g_strdup ("");
  self->organizer = g_strdup ("");
  self->trainers = g_new0 (char *, 1);
  self->notes = g_strdup ("");
  g_date_clear (&self->first_date, 1);
  g_date_clear (&self->last_date, 1);
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);
  return g_strdup (text ? text : "");
}

static GStrv
split_trainers (const char *joined)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = g_strsplit (joined ? joined : "", "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] != '\0')
        g_strv_builder_add (builder, lines[i]);
    }
  return g_strv_builder_end (builder);
}

/* Columns: id, title, venue, city, organizer, trainers, notes, archived,
 * first date, last date (see EVENT_COLUMNS in kolo-store.c). */
KoloEvent *
_kolo_event_new_from_row (KoloStore    *store,
                          sqlite3_stmt *stmt)
{
  KoloEvent *self = g_object_new (KOLO_TYPE_EVENT, NULL);

  self->store = store;
  self->id = sqlite3_column_int64 (stmt, 0);
  g_free (self->title);
  self->title = column_dup (stmt, 1);
  g_free (self->venue);
  self->venue = column_dup (stmt, 2);
  g_free (self->city);
  self->city = column_dup (stmt, 3);
  g_free (self->organizer);
  self->organizer = column_dup (stmt, 4);
  g_strfreev (self->trainers);
  self->trainers = split_trainers ((const char *) sqlite3_column_text (stmt, 5));
  g_free (self->notes);
  self->notes = column_dup (stmt, 6);
  self->archived = sqlite3_column_int (stmt, 7) != 0;
  kolo_text_parse_iso_date ((const char *) sqlite3_column_text (stmt, 8), &self->first_date);
  kolo_text_parse_iso_date ((const char *) sqlite3_column_text (stmt, 9), &self->last_date);

  return self;
}

void
_kolo_event_detach (KoloEvent *self)
{
  self->store = NULL;
}

gint64 *
_kolo_event_get_id_ptr (KoloEvent *self)
{
  return &self->id;
}

KoloStore *
_kolo_event_get_store (KoloEvent *self)
{
  return self->store;
}

/* The days' list, for adding, removing and moving days.  The participants
 * are loaded first: a day removed takes its attendance rows with it, and
 * only ticks in memory can come back with its undo. */
GListStore *
_kolo_event_get_list (KoloEvent *self)
{
  kolo_event_get_days (self);
  kolo_event_get_participants (self);
  return self->days;
}

/* Days came, went or moved: their numbers, the event's dates and the
 * attendance follow. */
void
_kolo_event_days_changed (KoloEvent *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->days));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoloDay) day = g_list_model_get_item (G_LIST_MODEL (self->days), i);
      _kolo_day_set_number (day, i + 1);
    }
  _kolo_event_dates_changed (self);

  n = self->participants ? g_list_model_get_n_items (G_LIST_MODEL (self->participants)) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoloParticipant) participant =
        g_list_model_get_item (G_LIST_MODEL (self->participants), i);
      _kolo_participant_days_changed (participant);
    }
}

/**
 * kolo_event_get_history:
 *
 * Every change of the event and its agenda, to undo and redo.
 *
 * Returns: (transfer none): the event's history
 */
KoloHistory *
kolo_event_get_history (KoloEvent *self)
{
  g_return_val_if_fail (KOLO_IS_EVENT (self), NULL);

  if (self->history == NULL)
    self->history = _kolo_history_new (G_OBJECT (self));
  return self->history;
}

static KoloActivity *
activity_from_row (sqlite3_stmt *stmt)
{
  KoloActivityKind kind = KOLO_ACTIVITY_OTHER;

  kolo_activity_kind_from_string ((const char *) sqlite3_column_text (stmt, 8), &kind);
  return _kolo_activity_new (sqlite3_column_int64 (stmt, 7), kind,
                             (const char *) sqlite3_column_text (stmt, 9),
                             sqlite3_column_int (stmt, 10),
                             (const char *) sqlite3_column_text (stmt, 11),
                             (const char *) sqlite3_column_text (stmt, 12),
                             (const char *) sqlite3_column_text (stmt, 13));
}

/* Loads the whole agenda tree in one query. */
static gboolean
load_days (KoloEvent  *self,
           GError    **error)
{
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func (g_object_unref);
  KoloDay *day = NULL;
  KoloModule *module = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = kolo_store_prepare (self->store,
                             "SELECT d.id, d.date, d.start_minute, d.end_minute,"
                             "       m.id, m.title, m.goal,"
                             "       a.id, a.kind, a.title, a.minutes,"
                             "       a.instructions, a.notes, a.materials"
                             "  FROM days d"
                             "  LEFT JOIN modules m ON m.day_id = d.id"
                             "  LEFT JOIN activities a ON a.module_id = m.id"
                             " WHERE d.event_id = ?1"
                             " ORDER BY d.position, d.id, m.position, m.id, a.position, a.id",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, self->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 day_id = sqlite3_column_int64 (stmt, 0);

      if (day == NULL || kolo_day_get_id (day) != day_id)
        {
          GDate date;

          g_date_clear (&date, 1);
          kolo_text_parse_iso_date ((const char *) sqlite3_column_text (stmt, 1), &date);
          day = _kolo_day_new (day_id, &date, sqlite3_column_int (stmt, 2),
                               sqlite3_column_type (stmt, 3) == SQLITE_NULL
                                 ? -1 : sqlite3_column_int (stmt, 3));
          g_ptr_array_add (days, day);
          module = NULL;
        }

      if (sqlite3_column_type (stmt, 4) != SQLITE_NULL &&
          (module == NULL || kolo_module_get_id (module) != sqlite3_column_int64 (stmt, 4)))
        {
          g_autoptr(KoloModule) new_module = NULL;

          new_module = _kolo_module_new (sqlite3_column_int64 (stmt, 4),
                                         (const char *) sqlite3_column_text (stmt, 5),
                                         (const char *) sqlite3_column_text (stmt, 6));
          _kolo_day_append_module (day, new_module);
          module = new_module;
        }

      if (sqlite3_column_type (stmt, 7) != SQLITE_NULL)
        {
          g_autoptr(KoloActivity) activity = activity_from_row (stmt);
          _kolo_module_append_activity (module, activity);
        }
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      kolo_store_set_sqlite_error (self->store, error);
      return FALSE;
    }

  self->days = g_list_store_new (KOLO_TYPE_DAY);
  for (guint i = 0; i < days->len; i++)
    {
      _kolo_day_set_event (days->pdata[i], self);
      _kolo_day_set_number (days->pdata[i], i + 1);
    }
  g_list_store_splice (self->days, 0, 0, days->pdata, days->len);

  return TRUE;
}

char *
_kolo_event_dup_search_text (KoloEvent  *self,
                             GError    **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *trainers = g_strjoinv ("\n", self->trainers);
  sqlite3_stmt *stmt;
  int rc;

  g_string_append_printf (text, "%s\n%s\n%s\n%s\n%s\n%s\n",
                          self->title, self->venue, self->city, self->organizer,
                          trainers, self->notes);

  stmt = kolo_store_prepare (self->store,
                             "SELECT m.title, a.title"
                             "  FROM days d"
                             "  JOIN modules m ON m.day_id = d.id"
                             "  LEFT JOIN activities a ON a.module_id = m.id"
                             " WHERE d.event_id = ?1",
                             error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, self->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *module = (const char *) sqlite3_column_text (stmt, 0);
      const char *activity = (const char *) sqlite3_column_text (stmt, 1);

      g_string_append_printf (text, "%s\n%s\n", module ? module : "", activity ? activity : "");
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      kolo_store_set_sqlite_error (self->store, error);
      return NULL;
    }

  return kolo_text_fold (text->str);
}

/* A day's date changed, or days came or went. */
void
_kolo_event_dates_changed (KoloEvent *self)
{
  GDate first, last;
  gboolean first_changed, last_changed;
  guint n;

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);

  n = self->days ? g_list_model_get_n_items (G_LIST_MODEL (self->days)) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoloDay) day = g_list_model_get_item (G_LIST_MODEL (self->days), i);
      const GDate *date = kolo_day_get_date (day);

      if (!g_date_valid (date))
        continue;
      if (!g_date_valid (&first) || g_date_compare (date, &first) < 0)
        first = *date;
      if (!g_date_valid (&last) || g_date_compare (date, &last) > 0)
        last = *date;
    }

  first_changed = g_date_valid (&first) != g_date_valid (&self->first_date) ||
                  (g_date_valid (&first) && g_date_compare (&first, &self->first_date) != 0);
  last_changed = g_date_valid (&last) != g_date_valid (&self->last_date) ||
                 (g_date_valid (&last) && g_date_compare (&last, &self->last_date) != 0);

  self->first_date = first;
  self->last_date = last;

  if (first_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_DATE]);
  if (last_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_DATE]);
  if (first_changed && self->store != NULL)
    _kolo_store_event_dates_changed (self->store, self);
}

gint64
kolo_event_get_id (KoloEvent *self)
{
  g_return_val_if_fail (KOLO_IS_EVENT (self), 0);
  return self->id;
}

/**
 * kolo_event_get_store:
 *
 * Returns: (transfer none) (nullable): the store, or %NULL once it closed
 */
KoloStore *
kolo_event_get_store (KoloEvent *self)
{
  g_return_val_if_fail (KOLO_IS_EVENT (self), NULL);
  return self->store;
}

#define TEXT_PROPERTY(name, PROP)                                                   \
  const char *                                                                      \
  kolo_event_get_##name (KoloEvent *self)                                           \
  {                                                                                 \
    g_return_val_if_fail (KOLO_IS_EVENT (self), NULL);                              \
    return self->name;                                                              \
  }                                                                                 \
                                                                                    \
  void                                                                              \
  kolo_event_set_##name (KoloEvent  *self,                                          \
                         const char *value)                                         \
  {                                                                                 \
    g_return_if_fail (KOLO_IS_EVENT (self));                                        \
    _kolo_model_set_text (G_OBJECT (self), &self->name, value, self->store,         \
                          "events", #name, self->id, properties[PROP]);             \
  }

TEXT_PROPERTY (title, PROP_TITLE)
TEXT_PROPERTY (venue, PROP_VENUE)
TEXT_PROPERTY (city, PROP_CITY)
TEXT_PROPERTY (organizer, PROP_ORGANIZER)
TEXT_PROPERTY (notes, PROP_NOTES)

#undef TEXT_PROPERTY

/**
 * kolo_event_get_trainers:
 *
 * Returns: (transfer none): the trainers' names
 */
const char * const *
kolo_event_get_trainers (KoloEvent *self)
{
  g_return_val_if_fail (KOLO_IS_EVENT (self), NULL);
  return (const char * const *) self->trainers;
}

/**
 * kolo_event_set_trainers:
 * @trainers: (nullable): names; blank ones are dropped
 */
void
kolo_event_set_trainers (KoloEvent          *self,
                         const char * const *trainers)
{
  g_autofree char *joined = NULL;
  g_auto(GStrv) clean = NULL;

  g_return_if_fail (KOLO_IS_EVENT (self));

  joined = trainers ? g_strjoinv ("\n", (GStrv) trainers) : g_strdup ("");
  clean = split_trainers (joined);
  if (g_strv_equal ((const char * const *) clean, (const char * const *) self->trainers))
    return;

  _kolo_model_will_change (G_OBJECT (self), properties[PROP_TRAINERS]);
  g_strfreev (self->trainers);
  self->trainers = g_steal_pointer (&clean);
  g_free (joined);
  joined = g_strjoinv ("\n", self->trainers);
  if (self->store != NULL)
    kolo_store_update_text (self->store, "events", "trainers", self->id, joined);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRAINERS]);
}

gboolean
kolo_event_get_archived (KoloEvent *self)
{
  g_return_val_if_fail (KOLO_IS_EVENT (self), FALSE);
  return self->archived;
}

void
kolo_event_set_archived (KoloEvent *self,
                         gboolean   archived)
{
  g_return_if_fail (KOLO_IS_EVENT (self));

  archived = !!archived;
  if (self->archived == archived)
    return;

  _kolo_model_will_change (G_OBJECT (self), properties[PROP_ARCHIVED]);
  self->archived = archived;
  if (self->store != NULL)
    kolo_store_update_int (self->store, "events", "archived", self->id, archived, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARCHIVED]);
}

/**
 * kolo_event_get_first_date:
 *
 * Returns: (transfer none) (nullable): the earliest day's date, %NULL without days
 */
const GDate *
kolo_event_get_first_date (KoloEvent *self)
{
  g_return_val_if_fail (KOLO_IS_EVENT (self), NULL);
  return g_date_valid (&self->first_date) ? &self->first_date : NULL;
}

/**
 * kolo_event_get_last_date:
 *
 * Returns: (transfer none) (nullable): the latest day's date, %NULL without days
 */
const GDate *
kolo_event_get_last_date (KoloEvent *self)
{
  g_return_val_if_fail (KOLO_IS_EVENT (self), NULL);
  return g_date_valid (&self->last_date) ? &self->last_date : NULL;
}

/**
 * kolo_event_get_days:
 *
 * The event's days, loaded from the store on first use.
 *
 * Returns: (transfer none): a #GListModel of #KoloDay, in order
 */
GListModel *
kolo_event_get_days (KoloEvent *self)
{
  g_return_val_if_fail (KOLO_IS_EVENT (self), NULL);

  if (self->days == NULL)
    {
      g_autoptr(GError) error = NULL;

      if (self->store == NULL || !load_days (self, &error))
        {
          if (error != NULL)
            kolo_store_report_error (self->store, error);
          self->days = g_list_store_new (KOLO_TYPE_DAY);
        }
    }

  return G_LIST_MODEL (self->days);
}

GListStore *
_kolo_event_get_board_list (KoloEvent *self)
{
  kolo_event_get_boards (self);
  return self->boards;
}

/**
 * kolo_event_get_boards:
 *
 * The event's brainstorm boards, loaded from the store on first use with
 * all their clusters and ideas.
 *
 * Returns: (transfer none): a #GListModel of #KoloBoard, in order
 */
GListModel *
kolo_event_get_boards (KoloEvent *self)
{
  g_return_val_if_fail (KOLO_IS_EVENT (self), NULL);

  if (self->boards == NULL)
    {
      g_autoptr(GListStore) boards = g_list_store_new (KOLO_TYPE_BOARD);
      g_autoptr(GError) error = NULL;

      if (self->store != NULL && !_kolo_board_load_all (self->store, self, boards, &error))
        kolo_store_report_error (self->store, error);
      self->boards = g_steal_pointer (&boards);
    }

  return G_LIST_MODEL (self->boards);
}

GListModel *
_kolo_event_peek_boards (KoloEvent *self)
{
  return self->boards != NULL ? G_LIST_MODEL (self->boards) : NULL;
}

GListStore *
_kolo_event_get_participant_list (KoloEvent *self)
{
  kolo_event_get_participants (self);
  return self->participants;
}

/**
 * kolo_event_get_participants:
 *
 * The event's participants, loaded from the store on first use with their
 * attendance.
 *
 * Returns: (transfer none): a #GListModel of #KoloParticipant, in the
 *   order they were added
 */
GListModel *
kolo_event_get_participants (KoloEvent *self)
{
  g_return_val_if_fail (KOLO_IS_EVENT (self), NULL);

  if (self->participants == NULL)
    {
      g_autoptr(GListStore) participants = g_list_store_new (KOLO_TYPE_PARTICIPANT);
      g_autoptr(GError) error = NULL;

      if (self->store != NULL &&
          !_kolo_participant_load_all (self->store, self, participants, &error))
        kolo_store_report_error (self->store, error);
      self->participants = g_steal_pointer (&participants);
    }

  return G_LIST_MODEL (self->participants);
}

/**
 * kolo_event_find_board:
 * @activity: an activity of the event's agenda
 *
 * Returns: (transfer none) (nullable): the board linked to @activity
 */
KoloBoard *
kolo_event_find_board (KoloEvent    *self,
                       KoloActivity *activity)
{
  GListModel *boards;

  g_return_val_if_fail (KOLO_IS_EVENT (self), NULL);
  g_return_val_if_fail (KOLO_IS_ACTIVITY (activity), NULL);

  boards = kolo_event_get_boards (self);
  for (guint i = 0; i < g_list_model_get_n_items (boards); i++)
    {
      g_autoptr(KoloBoard) board = g_list_model_get_item (boards, i);

      if (kolo_board_get_activity (board) == activity)
        return board;
    }
  return NULL;
}

/**
 * kolo_event_compare_newest_first:
 *
 * Orders events by their first day, latest first; events without days
 * (just created) come first, then higher IDs before lower ones.
 */
int
kolo_event_compare_newest_first (KoloEvent *a,
                                 KoloEvent *b)
{
  const GDate *da = kolo_event_get_first_date (a);
  const GDate *db = kolo_event_get_first_date (b);

  if (da != NULL && db != NULL)
    {
      int c = g_date_compare (db, da);
      if (c != 0)
        return c;
    }
  else if (da != NULL || db != NULL)
    return da == NULL ? -1 : 1;

  return a->id < b->id ? 1 : (a->id > b->id ? -1 : 0);
}
