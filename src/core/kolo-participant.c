/* kolo-participant.c — one participant of an event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-participant"

#include "config.h"

#include "kolo-history-private.h"
#include "kolo-model-private.h"
#include "kolo-participant-private.h"
#include "kolo-store-private.h"
#include "kolo-text.h"

/* A tick: a day attended, and the day's row ID its attendance row was
 * written for (0: none is written, or it went with the day). */
typedef struct
{
  KoloDay *day;       /* owned */
  gint64   written;
} Tick;

struct _KoloParticipant
{
  GObject     parent_instance;

  gint64      id;
  KoloEvent  *event;        /* unowned: the event owns us */
  char       *name;
  char       *institution;
  char       *position;     /* the job, "job" in the store */
  char       *city;
  char       *email;
  char       *phone;
  char       *notes;
  KoloGender  gender;
  char       *certificate;  /* NULL until issued */
  GArray     *ticks;        /* of Tick */
  GArray     *play_roles;   /* of KoloPlayRoleRow, kept while out of the event; nullable */
};

G_DEFINE_FINAL_TYPE (KoloParticipant, kolo_participant, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (KoloGender, kolo_gender,
  G_DEFINE_ENUM_VALUE (KOLO_GENDER_UNKNOWN, "unknown"),
  G_DEFINE_ENUM_VALUE (KOLO_GENDER_FEMININE, "feminine"),
  G_DEFINE_ENUM_VALUE (KOLO_GENDER_MASCULINE, "masculine"))

enum {
  PROP_0,
  PROP_ID,
  PROP_EVENT,
  PROP_NAME,
  PROP_INSTITUTION,
  PROP_POSITION,
  PROP_CITY,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_NOTES,
  PROP_GENDER,
  PROP_ATTENDANCE,
  PROP_CERTIFICATE,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static KoloStore *
get_store (KoloParticipant *self)
{
  return self->event != NULL && self->id != 0 ? _kolo_event_get_store (self->event) : NULL;
}

static gboolean
valid_text (const char *text,
            guint       max_chars)
{
  return text == NULL ||
         (g_utf8_validate (text, -1, NULL) && g_utf8_strlen (text, -1) <= max_chars);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* A tick counts while its day is one of the participant's event (or, for
 * a participant of no event, of any event): a day removed from the agenda
 * keeps its ticks only for its undo. */
static gboolean
day_is_live (KoloParticipant *self,
             KoloDay         *day)
{
  KoloEvent *event = kolo_day_get_event (day);

  return event != NULL && (self->event == NULL || event == self->event);
}

static Tick *
find_tick (KoloParticipant *self,
           KoloDay         *day,
           guint           *index)
{
  for (guint i = 0; i < self->ticks->len; i++)
    {
      Tick *tick = &g_array_index (self->ticks, Tick, i);

      if (tick->day == day)
        {
          if (index != NULL)
            *index = i;
          return tick;
        }
    }
  return NULL;
}

static void
clear_tick (gpointer data)
{
  Tick *tick = data;

  g_clear_object (&tick->day);
}

static void
kolo_participant_dispose (GObject *object)
{
  KoloParticipant *self = (KoloParticipant *)object;

  g_array_set_size (self->ticks, 0);

  G_OBJECT_CLASS (kolo_participant_parent_class)->dispose (object);
}

static void
kolo_participant_finalize (GObject *object)
{
  KoloParticipant *self = (KoloParticipant *)object;

  g_free (self->name);
  g_free (self->institution);
  g_free (self->position);
  g_free (self->city);
  g_free (self->email);
  g_free (self->phone);
  g_free (self->notes);
  g_free (self->certificate);
  g_array_unref (self->ticks);
  g_clear_pointer (&self->play_roles, g_array_unref);

  G_OBJECT_CLASS (kolo_participant_parent_class)->finalize (object);
}

static void
kolo_participant_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KoloParticipant *self = KOLO_PARTICIPANT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_INSTITUTION:
      g_value_set_string (value, self->institution);
      break;
    case PROP_POSITION:
      g_value_set_string (value, self->position);
      break;
    case PROP_CITY:
      g_value_set_string (value, self->city);
      break;
    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;
    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_GENDER:
      g_value_set_enum (value, self->gender);
      break;
    case PROP_ATTENDANCE:
      g_value_set_uint (value, kolo_participant_get_days_attended (self));
      break;
    case PROP_CERTIFICATE:
      g_value_set_string (value, self->certificate);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_participant_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  KoloParticipant *self = KOLO_PARTICIPANT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      kolo_participant_set_name (self, g_value_get_string (value));
      break;
    case PROP_INSTITUTION:
      kolo_participant_set_institution (self, g_value_get_string (value));
      break;
    case PROP_POSITION:
      kolo_participant_set_position (self, g_value_get_string (value));
      break;
    case PROP_CITY:
      kolo_participant_set_city (self, g_value_get_string (value));
      break;
    case PROP_EMAIL:
      kolo_participant_set_email (self, g_value_get_string (value));
      break;
    case PROP_PHONE:
      kolo_participant_set_phone (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      kolo_participant_set_notes (self, g_value_get_string (value));
      break;
    case PROP_GENDER:
      kolo_participant_set_gender (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_participant_class_init (KoloParticipantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = kolo_participant_dispose;
  object_class->finalize = kolo_participant_finalize;
  object_class->get_property = kolo_participant_get_property;
  object_class->set_property = kolo_participant_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_EVENT] = g_param_spec_object ("event", NULL, NULL, KOLO_TYPE_EVENT, ro);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_INSTITUTION] = g_param_spec_string ("institution", NULL, NULL, "", rw);
  properties[PROP_POSITION] = g_param_spec_string ("position", NULL, NULL, "", rw);
  properties[PROP_CITY] = g_param_spec_string ("city", NULL, NULL, "", rw);
  properties[PROP_EMAIL] = g_param_spec_string ("email", NULL, NULL, "", rw);
  properties[PROP_PHONE] = g_param_spec_string ("phone", NULL, NULL, "", rw);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", rw);
  properties[PROP_GENDER] = g_param_spec_enum ("gender", NULL, NULL, KOLO_TYPE_GENDER,
                                               KOLO_GENDER_UNKNOWN, rw);
  /* The number of days attended; notified whenever a tick changes. */
  properties[PROP_ATTENDANCE] = g_param_spec_uint ("attendance", NULL, NULL, 0, G_MAXUINT, 0,
                                                   ro);
  properties[PROP_CERTIFICATE] = g_param_spec_string ("certificate", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kolo_participant_init (KoloParticipant *self)
{
  self->name = g_strdup ("");
  self->institution = g_strdup ("");
  self->position = g_strdup ("");
  self->city = g_strdup ("");
  self->email = g_strdup ("");
  self->phone = g_strdup ("");
  self->notes = g_strdup ("");
  self->ticks = g_array_new (FALSE, TRUE, sizeof (Tick));
  g_array_set_clear_func (self->ticks, clear_tick);
}

/* Gender ------------------------------------------------------------------ */

/**
 * kolo_gender_to_string:
 *
 * Returns: (transfer none): "" for unknown, "f" or "m": the names in
 *   files and the store
 */
const char *
kolo_gender_to_string (KoloGender gender)
{
  switch (gender)
    {
    case KOLO_GENDER_FEMININE:
      return "f";
    case KOLO_GENDER_MASCULINE:
      return "m";
    case KOLO_GENDER_UNKNOWN:
    default:
      return "";
    }
}

/**
 * kolo_gender_from_string:
 * @text: (nullable): "", "f" or "m"; %NULL is ""
 * @gender: (out): where to put it
 *
 * Returns: whether @text names a gender; @gender is unchanged if not
 */
gboolean
kolo_gender_from_string (const char *text,
                         KoloGender *gender)
{
  if (text == NULL || *text == '\0')
    *gender = KOLO_GENDER_UNKNOWN;
  else if (g_str_equal (text, "f"))
    *gender = KOLO_GENDER_FEMININE;
  else if (g_str_equal (text, "m"))
    *gender = KOLO_GENDER_MASCULINE;
  else
    return FALSE;
  return TRUE;
}

/* Private ----------------------------------------------------------------- */

KoloParticipant *
_kolo_participant_new_full (gint64      id,
                            const char *name,
                            const char *institution,
                            const char *position,
                            const char *city,
                            const char *email,
                            const char *phone,
                            const char *notes,
                            KoloGender  gender,
                            const char *certificate)
{
  KoloParticipant *self = g_object_new (KOLO_TYPE_PARTICIPANT, NULL);

#define TAKE(field) g_free (self->field); self->field = g_strdup (field ? field : "")
  TAKE (name);
  TAKE (institution);
  TAKE (position);
  TAKE (city);
  TAKE (email);
  TAKE (phone);
  TAKE (notes);
#undef TAKE
  self->id = id;
  self->gender = gender <= KOLO_GENDER_MASCULINE ? gender : KOLO_GENDER_UNKNOWN;
  self->certificate = certificate != NULL && *certificate != '\0' ? g_strdup (certificate) : NULL;
  return self;
}

void
_kolo_participant_set_id (KoloParticipant *self,
                          gint64           id)
{
  if (self->id == id)
    return;
  self->id = id;
  /* Rows go with the participant's; they come back with it. */
  if (id == 0)
    for (guint i = 0; i < self->ticks->len; i++)
      g_array_index (self->ticks, Tick, i).written = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

void
_kolo_participant_set_event (KoloParticipant *self,
                             KoloEvent       *event)
{
  if (self->event == event)
    return;
  self->event = event;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTENDANCE]);
}

void
_kolo_participant_set_certificate (KoloParticipant *self,
                                   const char      *certificate)
{
  g_return_if_fail (KOLO_IS_PARTICIPANT (self));

  if (certificate != NULL && *certificate == '\0')
    certificate = NULL;
  if (g_strcmp0 (self->certificate, certificate) == 0)
    return;
  g_free (self->certificate);
  self->certificate = g_strdup (certificate);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CERTIFICATE]);
}

void
_kolo_participant_add_tick (KoloParticipant *self,
                            KoloDay         *day)
{
  Tick tick = { NULL, 0 };

  if (find_tick (self, day, NULL) != NULL)
    return;
  tick.day = g_object_ref (day);
  tick.written = self->id != 0 ? kolo_day_get_id (day) : 0;
  g_array_append_val (self->ticks, tick);
}

gboolean
_kolo_participant_apply_attended (KoloParticipant  *self,
                                  KoloDay          *day,
                                  gboolean          attended,
                                  gboolean          write,
                                  GError          **error)
{
  KoloStore *store = get_store (self);
  gint64 day_id = kolo_day_get_id (day);
  gboolean was = kolo_participant_get_attended (self, day);
  guint index = 0;
  Tick *tick;

  attended = !!attended;
  if (was == attended)
    return TRUE;

  if (write && store != NULL && day_id != 0 &&
      !(attended ? kolo_store_insert_attendance_row (store, self->id, day_id, error)
                 : kolo_store_delete_attendance_row (store, self->id, day_id, error)))
    return FALSE;

  _kolo_history_record_attendance (_kolo_model_get_history (G_OBJECT (self)), G_OBJECT (self),
                                   G_OBJECT (day), was);
  tick = find_tick (self, day, &index);
  if (!attended)
    g_array_remove_index (self->ticks, index);
  else if (tick != NULL)
    tick->written = store != NULL ? day_id : 0;
  else
    {
      Tick added = { g_object_ref (day), store != NULL ? day_id : 0 };

      g_array_append_val (self->ticks, added);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTENDANCE]);
  return TRUE;
}

void
_kolo_participant_days_changed (KoloParticipant *self)
{
  g_autoptr(GError) error = NULL;
  KoloStore *store = get_store (self);
  gboolean changed = FALSE;

  for (guint i = 0; i < self->ticks->len; i++)
    {
      Tick *tick = &g_array_index (self->ticks, Tick, i);
      gint64 day_id = kolo_day_get_id (tick->day);
      gboolean live = kolo_day_get_event (tick->day) == self->event && day_id != 0;

      if (live && tick->written != day_id && store != NULL)
        {
          /* The day came back under a new ID: inside the step that brought
           * it back, its ticks do too. */
          if (kolo_store_insert_attendance_row (store, self->id, day_id,
                                                error == NULL ? &error : NULL))
            tick->written = day_id;
          changed = TRUE;
        }
      else if (!live && tick->written != 0)
        {
          tick->written = 0;
          changed = TRUE;
        }
    }

  if (error != NULL)
    kolo_store_report_error (store, error);
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTENDANCE]);
}

/* Public ------------------------------------------------------------------ */

/**
 * kolo_participant_new:
 * @name: the full name, plain text of 1 to 200 characters
 *
 * Makes a participant of no event: fill it in, then add it with
 * kolo_event_insert_participant() or kolo_event_add_participants().
 *
 * Returns: (transfer full): the participant
 */
KoloParticipant *
kolo_participant_new (const char *name)
{
  g_return_val_if_fail (name != NULL && !is_blank (name), NULL);
  g_return_val_if_fail (valid_text (name, KOLO_TITLE_MAX_CHARS), NULL);

  return _kolo_participant_new_full (0, name, NULL, NULL, NULL, NULL, NULL, NULL,
                                     KOLO_GENDER_UNKNOWN, NULL);
}

/**
 * kolo_participant_get_id:
 *
 * Returns: the participant's row ID (the PID of kolo-cli), 0 while it
 *   belongs to no event
 */
gint64
kolo_participant_get_id (KoloParticipant *self)
{
  g_return_val_if_fail (KOLO_IS_PARTICIPANT (self), 0);
  return self->id;
}

/**
 * kolo_participant_get_event:
 *
 * Returns: (transfer none) (nullable): the event the participant is in
 */
KoloEvent *
kolo_participant_get_event (KoloParticipant *self)
{
  g_return_val_if_fail (KOLO_IS_PARTICIPANT (self), NULL);
  return self->event;
}

/* The text fields: checked, written through, recorded for undo, notified.
 * Like every text field of the model, the object keeps what was typed even
 * if the store refuses it (the store reports the failure). */
#define TEXT_PROPERTY(field, column, max, PROP)                                   \
  const char *                                                                    \
  kolo_participant_get_##field (KoloParticipant *self)                            \
  {                                                                               \
    g_return_val_if_fail (KOLO_IS_PARTICIPANT (self), NULL);                      \
    return self->field;                                                           \
  }                                                                               \
                                                                                  \
  void                                                                            \
  kolo_participant_set_##field (KoloParticipant *self,                            \
                                const char      *value)                           \
  {                                                                               \
    g_return_if_fail (KOLO_IS_PARTICIPANT (self));                                \
    g_return_if_fail (valid_text (value, max));                                   \
    _kolo_model_set_text (G_OBJECT (self), &self->field, value, get_store (self), \
                          "participants", column, self->id, properties[PROP]);    \
  }

TEXT_PROPERTY (institution, "institution", KOLO_TITLE_MAX_CHARS, PROP_INSTITUTION)
TEXT_PROPERTY (position, "job", KOLO_TITLE_MAX_CHARS, PROP_POSITION)
TEXT_PROPERTY (city, "city", KOLO_TITLE_MAX_CHARS, PROP_CITY)
TEXT_PROPERTY (email, "email", KOLO_TITLE_MAX_CHARS, PROP_EMAIL)
TEXT_PROPERTY (phone, "phone", KOLO_TITLE_MAX_CHARS, PROP_PHONE)
TEXT_PROPERTY (notes, "notes", KOLO_TEXT_MAX_CHARS, PROP_NOTES)

#undef TEXT_PROPERTY

const char *
kolo_participant_get_name (KoloParticipant *self)
{
  g_return_val_if_fail (KOLO_IS_PARTICIPANT (self), NULL);
  return self->name;
}

/**
 * kolo_participant_set_name:
 * @name: plain text of 1 to 200 characters
 *
 * A blank name is ignored: a participant always has a name (an entry
 * being cleared keeps the last one).
 */
void
kolo_participant_set_name (KoloParticipant *self,
                           const char      *name)
{
  g_return_if_fail (KOLO_IS_PARTICIPANT (self));
  g_return_if_fail (valid_text (name, KOLO_TITLE_MAX_CHARS));

  if (name == NULL || is_blank (name))
    return;
  _kolo_model_set_text (G_OBJECT (self), &self->name, name, get_store (self),
                        "participants", "name", self->id, properties[PROP_NAME]);
}

KoloGender
kolo_participant_get_gender (KoloParticipant *self)
{
  g_return_val_if_fail (KOLO_IS_PARTICIPANT (self), KOLO_GENDER_UNKNOWN);
  return self->gender;
}

/**
 * kolo_participant_set_gender:
 *
 * Written first: a refused write changes nothing.
 */
void
kolo_participant_set_gender (KoloParticipant *self,
                             KoloGender       gender)
{
  KoloStore *store;

  g_return_if_fail (KOLO_IS_PARTICIPANT (self));
  g_return_if_fail (gender <= KOLO_GENDER_MASCULINE);

  if (self->gender == gender)
    return;
  if ((store = get_store (self)) != NULL &&
      !kolo_store_update_text (store, "participants", "gender", self->id,
                               kolo_gender_to_string (gender)))
    return;

  _kolo_model_will_change (G_OBJECT (self), properties[PROP_GENDER]);
  self->gender = gender;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GENDER]);
}

/**
 * kolo_participant_get_attended:
 * @day: a day of the participant's event
 *
 * Returns: whether the participant was there that day
 */
gboolean
kolo_participant_get_attended (KoloParticipant *self,
                               KoloDay         *day)
{
  g_return_val_if_fail (KOLO_IS_PARTICIPANT (self), FALSE);
  g_return_val_if_fail (KOLO_IS_DAY (day), FALSE);

  return find_tick (self, day, NULL) != NULL && day_is_live (self, day);
}

/**
 * kolo_participant_set_attended:
 * @day: a day of the participant's event
 *
 * Ticks or unticks @day: one row written, one undoable step; notifies
 * "attendance".  A refused write changes nothing (the store reports it).
 */
void
kolo_participant_set_attended (KoloParticipant *self,
                               KoloDay         *day,
                               gboolean         attended)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KOLO_IS_PARTICIPANT (self));
  g_return_if_fail (KOLO_IS_DAY (day));
  g_return_if_fail (kolo_day_get_event (day) != NULL);
  g_return_if_fail (self->event == NULL || kolo_day_get_event (day) == self->event);

  if (!_kolo_participant_apply_attended (self, day, attended, TRUE, &error))
    kolo_store_report_error (get_store (self), error);
}

/**
 * kolo_participant_get_days_attended:
 *
 * Returns: how many days of its event the participant attended
 */
guint
kolo_participant_get_days_attended (KoloParticipant *self)
{
  guint n = 0;

  g_return_val_if_fail (KOLO_IS_PARTICIPANT (self), 0);

  for (guint i = 0; i < self->ticks->len; i++)
    if (day_is_live (self, g_array_index (self->ticks, Tick, i).day))
      n++;
  return n;
}

/**
 * kolo_participant_get_certificate:
 *
 * Returns: (transfer none) (nullable): the number of the participant's
 *   certificate, once issued
 */
const char *
kolo_participant_get_certificate (KoloParticipant *self)
{
  g_return_val_if_fail (KOLO_IS_PARTICIPANT (self), NULL);
  return self->certificate;
}

/* Rows -------------------------------------------------------------------- */

gboolean
_kolo_participant_write (KoloStore        *store,
                         gint64            event_id,
                         guint             place,
                         KoloParticipant  *self,
                         GError          **error)
{
  gint64 id = kolo_store_insert_participant_row (store, event_id, place, self->name,
                                                 self->institution, self->position, self->city,
                                                 self->email, self->phone, self->notes,
                                                 self->gender, self->certificate, error);

  _kolo_participant_set_id (self, id);
  if (id == 0)
    return FALSE;

  /* The ticks of days of that event, as undoing a removal brings them. */
  for (guint i = 0; i < self->ticks->len; i++)
    {
      Tick *tick = &g_array_index (self->ticks, Tick, i);
      KoloEvent *event = kolo_day_get_event (tick->day);
      gint64 day_id = kolo_day_get_id (tick->day);

      if (event == NULL || kolo_event_get_id (event) != event_id || day_id == 0)
        continue;
      if (!kolo_store_insert_attendance_row (store, id, day_id, error))
        return FALSE;
      tick->written = day_id;
    }

  /* And what they played in that event's role-plays, in the same groups,
   * places and briefs. */
  return self->play_roles == NULL ||
         kolo_store_insert_play_role_rows (store, event_id, id, self->play_roles, error);
}

void
_kolo_participant_set_play_roles (KoloParticipant *self,
                                  GArray          *rows)
{
  g_return_if_fail (KOLO_IS_PARTICIPANT (self));

  g_clear_pointer (&self->play_roles, g_array_unref);
  self->play_roles = rows;
}
