/* kolo-certificates.c — the settings of an event's certificates, stored
 * with the event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-certificates"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kolo-certificates-private.h"
#include "kolo-model-private.h"
#include "kolo-store-private.h"

/* The settings live in a row of certificate_settings made on their first
 * change; an event that never changed them has no row and the defaults.
 * The numbers are not settings: they belong to the participants
 * (participants.certificate), and certificate_numbers remembers every
 * number a series gave, so that none is given twice. */
struct _KoloCertificates
{
  GObject       parent_instance;

  KoloEvent    *event;            /* unowned: the event keeps us */
  char         *series;
  guint         min_days;
  KoloHourKind  hour_kind;
  guint         hours_override;
  GBytes       *logo;
  char         *signer_names[KOLO_CERTIFICATE_SIGNATURES];
  char         *signer_positions[KOLO_CERTIFICATE_SIGNATURES];
  GBytes       *signatures[KOLO_CERTIFICATE_SIGNATURES];
};

G_DEFINE_FINAL_TYPE (KoloCertificates, kolo_certificates, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (KoloHourKind, kolo_hour_kind,
  G_DEFINE_ENUM_VALUE (KOLO_HOURS_ACADEMIC, "academic"),
  G_DEFINE_ENUM_VALUE (KOLO_HOURS_FULL, "full"))

/* Each signature line has three properties, in this order. */
enum {
  SIGNER_NAME,
  SIGNER_POSITION,
  SIGNER_IMAGE,
  N_SIGNER_FIELDS
};

enum {
  PROP_0,
  PROP_EVENT,
  PROP_SERIES,
  PROP_MIN_DAYS,
  PROP_HOUR_KIND,
  PROP_HOURS_OVERRIDE,
  PROP_LOGO,
  PROP_SIGNER_FIRST,
  N_PROPS = PROP_SIGNER_FIRST + KOLO_CERTIFICATE_SIGNATURES * N_SIGNER_FIELDS
};
static GParamSpec *properties[N_PROPS];

/* The columns of certificate_settings, by property. */
static const char * const columns[N_PROPS] = {
  [PROP_SERIES]         = "series",
  [PROP_MIN_DAYS]       = "min_days",
  [PROP_HOUR_KIND]      = "hour_kind",
  [PROP_HOURS_OVERRIDE] = "hours_override",
  [PROP_LOGO]           = "logo",
  [PROP_SIGNER_FIRST + 0] = "signer1_name",
  [PROP_SIGNER_FIRST + 1] = "signer1_position",
  [PROP_SIGNER_FIRST + 2] = "signer1_image",
  [PROP_SIGNER_FIRST + 3] = "signer2_name",
  [PROP_SIGNER_FIRST + 4] = "signer2_position",
  [PROP_SIGNER_FIRST + 5] = "signer2_image",
  [PROP_SIGNER_FIRST + 6] = "signer3_name",
  [PROP_SIGNER_FIRST + 7] = "signer3_position",
  [PROP_SIGNER_FIRST + 8] = "signer3_image",
};

G_STATIC_ASSERT (KOLO_CERTIFICATE_SIGNATURES == 3);

#define SIGNER_PROP(line, field) (PROP_SIGNER_FIRST + (line) * N_SIGNER_FIELDS + (field))

static const char *
hour_kind_to_string (KoloHourKind kind)
{
  return kind == KOLO_HOURS_FULL ? "full" : "academic";
}

static KoloHourKind
hour_kind_from_string (const char *text)
{
  return g_strcmp0 (text, "full") == 0 ? KOLO_HOURS_FULL : KOLO_HOURS_ACADEMIC;
}

/* The store ------------------------------------------------------------------ */

static KoloStore *
get_store (KoloCertificates *self)
{
  if (self->event == NULL || kolo_event_get_id (self->event) == 0)
    return NULL;
  return kolo_event_get_store (self->event);
}

static void
bind_value (sqlite3_stmt *stmt,
            int           index,
            const GValue *value)
{
  if (G_VALUE_HOLDS_STRING (value))
    sqlite3_bind_text (stmt, index, g_value_get_string (value) ? g_value_get_string (value) : "",
                       -1, SQLITE_TRANSIENT);
  else if (G_VALUE_HOLDS_UINT (value))
    sqlite3_bind_int64 (stmt, index, g_value_get_uint (value));
  else if (G_VALUE_HOLDS_ENUM (value))
    sqlite3_bind_text (stmt, index, hour_kind_to_string (g_value_get_enum (value)), -1,
                       SQLITE_STATIC);
  else if (G_VALUE_HOLDS (value, G_TYPE_BYTES) && g_value_get_boxed (value) != NULL)
    {
      gsize size;
      gconstpointer data = g_bytes_get_data (g_value_get_boxed (value), &size);

      sqlite3_bind_blob64 (stmt, index, data != NULL ? data : "", size, SQLITE_TRANSIENT);
    }
  else
    sqlite3_bind_null (stmt, index);
}

/* Writes one setting: the event's row is made on the first one. */
static void
write_setting (KoloCertificates *self,
               guint             prop,
               const GValue     *value)
{
  KoloStore *store = get_store (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  if (store == NULL)
    return;
  if (!kolo_store_begin (store, &error))
    {
      kolo_store_report_error (store, error);
      return;
    }

  ok = kolo_store_run_with_id (store,
                               "INSERT OR IGNORE INTO certificate_settings (event_id) VALUES (?1)",
                               kolo_event_get_id (self->event), &error);
  if (ok)
    {
      /* Interned: the statement cache keys on the SQL's address. */
      key = g_strdup_printf ("UPDATE certificate_settings SET %s = ?1 WHERE event_id = ?2",
                             columns[prop]);
      stmt = kolo_store_prepare (store, g_intern_string (key), &error);
      ok = stmt != NULL;
      if (ok)
        {
          bind_value (stmt, 1, value);
          sqlite3_bind_int64 (stmt, 2, kolo_event_get_id (self->event));
          ok = kolo_store_step_done (store, stmt, &error);
        }
    }
  if (!kolo_store_finish (store, ok, ok ? &error : NULL))
    kolo_store_report_error (store, error);
}

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return g_strdup (text != NULL ? text : "");
}

static GBytes *
column_bytes (sqlite3_stmt *stmt,
              int           column)
{
  if (sqlite3_column_type (stmt, column) != SQLITE_BLOB)
    return NULL;
  return g_bytes_new (sqlite3_column_blob (stmt, column), sqlite3_column_bytes (stmt, column));
}

static void
load (KoloCertificates *self)
{
  KoloStore *store = get_store (self);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (store == NULL)
    return;

  stmt = kolo_store_prepare (store,
                             "SELECT series, min_days, hour_kind, hours_override, logo, "
                             "signer1_name, signer1_position, signer1_image, "
                             "signer2_name, signer2_position, signer2_image, "
                             "signer3_name, signer3_position, signer3_image "
                             "FROM certificate_settings WHERE event_id = ?1", &error);
  if (stmt == NULL)
    {
      kolo_store_report_error (store, error);
      return;
    }
  sqlite3_bind_int64 (stmt, 1, kolo_event_get_id (self->event));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_free (self->series);
      self->series = column_text (stmt, 0);
      self->min_days = (guint) CLAMP (sqlite3_column_int64 (stmt, 1), 0, G_MAXINT);
      self->hour_kind = hour_kind_from_string ((const char *) sqlite3_column_text (stmt, 2));
      self->hours_override = (guint) CLAMP (sqlite3_column_int64 (stmt, 3), 0, G_MAXINT);
      self->logo = column_bytes (stmt, 4);
      for (guint i = 0; i < KOLO_CERTIFICATE_SIGNATURES; i++)
        {
          g_free (self->signer_names[i]);
          g_free (self->signer_positions[i]);
          self->signer_names[i] = column_text (stmt, 5 + 3 * i);
          self->signer_positions[i] = column_text (stmt, 6 + 3 * i);
          self->signatures[i] = column_bytes (stmt, 7 + 3 * i);
        }
    }
  else if (rc != SQLITE_DONE)
    {
      kolo_store_set_sqlite_error (store, &error);
      kolo_store_report_error (store, error);
    }
  sqlite3_reset (stmt);
}

/* Setters -------------------------------------------------------------------- */

/* Every setter comes here once the value differs: the history keeps the
 * old value, the field changes, the store follows and the change is told.
 * As with the model's text fields, the object keeps the new value even if
 * the write fails: the store reports the failure. */
static void
change (KoloCertificates *self,
        guint             prop,
        const GValue     *value)
{
  _kolo_model_will_change (G_OBJECT (self), properties[prop]);

  switch (prop)
    {
    case PROP_SERIES:
      g_free (self->series);
      self->series = g_value_dup_string (value);
      break;
    case PROP_MIN_DAYS:
      self->min_days = g_value_get_uint (value);
      break;
    case PROP_HOUR_KIND:
      self->hour_kind = g_value_get_enum (value);
      break;
    case PROP_HOURS_OVERRIDE:
      self->hours_override = g_value_get_uint (value);
      break;
    case PROP_LOGO:
      g_clear_pointer (&self->logo, g_bytes_unref);
      self->logo = g_value_dup_boxed (value);
      break;
    default:
      {
        guint line = (prop - PROP_SIGNER_FIRST) / N_SIGNER_FIELDS;

        switch ((prop - PROP_SIGNER_FIRST) % N_SIGNER_FIELDS)
          {
          case SIGNER_NAME:
            g_free (self->signer_names[line]);
            self->signer_names[line] = g_value_dup_string (value);
            break;
          case SIGNER_POSITION:
            g_free (self->signer_positions[line]);
            self->signer_positions[line] = g_value_dup_string (value);
            break;
          default:
            g_clear_pointer (&self->signatures[line], g_bytes_unref);
            self->signatures[line] = g_value_dup_boxed (value);
          }
      }
    }

  write_setting (self, prop, value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_text (KoloCertificates  *self,
          guint              prop,
          const char        *current,
          const char        *text)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (text == NULL)
    text = "";
  if (g_strcmp0 (current, text) == 0)
    return;
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  change (self, prop, &value);
}

static void
set_uint (KoloCertificates *self,
          guint             prop,
          guint             current,
          guint             number)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (current == number)
    return;
  g_value_init (&value, G_TYPE_UINT);
  g_value_set_uint (&value, number);
  change (self, prop, &value);
}

static void
set_bytes (KoloCertificates *self,
           guint             prop,
           GBytes           *current,
           GBytes           *bytes)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (current == bytes || (current != NULL && bytes != NULL && g_bytes_equal (current, bytes)))
    return;
  g_value_init (&value, G_TYPE_BYTES);
  g_value_set_boxed (&value, bytes);
  change (self, prop, &value);
}

/* GObject --------------------------------------------------------------------- */

static void
kolo_certificates_finalize (GObject *object)
{
  KoloCertificates *self = (KoloCertificates *)object;

  g_free (self->series);
  g_clear_pointer (&self->logo, g_bytes_unref);
  for (guint i = 0; i < KOLO_CERTIFICATE_SIGNATURES; i++)
    {
      g_free (self->signer_names[i]);
      g_free (self->signer_positions[i]);
      g_clear_pointer (&self->signatures[i], g_bytes_unref);
    }

  G_OBJECT_CLASS (kolo_certificates_parent_class)->finalize (object);
}

static void
kolo_certificates_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KoloCertificates *self = KOLO_CERTIFICATES (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;
    case PROP_SERIES:
      g_value_set_string (value, self->series);
      break;
    case PROP_MIN_DAYS:
      g_value_set_uint (value, self->min_days);
      break;
    case PROP_HOUR_KIND:
      g_value_set_enum (value, self->hour_kind);
      break;
    case PROP_HOURS_OVERRIDE:
      g_value_set_uint (value, self->hours_override);
      break;
    case PROP_LOGO:
      g_value_set_boxed (value, self->logo);
      break;
    default:
      if (prop_id >= PROP_SIGNER_FIRST && prop_id < N_PROPS)
        {
          guint line = (prop_id - PROP_SIGNER_FIRST) / N_SIGNER_FIELDS;

          switch ((prop_id - PROP_SIGNER_FIRST) % N_SIGNER_FIELDS)
            {
            case SIGNER_NAME:
              g_value_set_string (value, self->signer_names[line]);
              break;
            case SIGNER_POSITION:
              g_value_set_string (value, self->signer_positions[line]);
              break;
            default:
              g_value_set_boxed (value, self->signatures[line]);
            }
          break;
        }
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_certificates_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KoloCertificates *self = KOLO_CERTIFICATES (object);

  switch (prop_id)
    {
    case PROP_SERIES:
      kolo_certificates_set_series (self, g_value_get_string (value));
      break;
    case PROP_MIN_DAYS:
      kolo_certificates_set_min_days (self, g_value_get_uint (value));
      break;
    case PROP_HOUR_KIND:
      kolo_certificates_set_hour_kind (self, g_value_get_enum (value));
      break;
    case PROP_HOURS_OVERRIDE:
      kolo_certificates_set_hours_override (self, g_value_get_uint (value));
      break;
    case PROP_LOGO:
      kolo_certificates_set_logo (self, g_value_get_boxed (value));
      break;
    default:
      if (prop_id >= PROP_SIGNER_FIRST && prop_id < N_PROPS)
        {
          guint line = (prop_id - PROP_SIGNER_FIRST) / N_SIGNER_FIELDS;

          switch ((prop_id - PROP_SIGNER_FIRST) % N_SIGNER_FIELDS)
            {
            case SIGNER_NAME:
              kolo_certificates_set_signer_name (self, line, g_value_get_string (value));
              break;
            case SIGNER_POSITION:
              kolo_certificates_set_signer_position (self, line, g_value_get_string (value));
              break;
            default:
              kolo_certificates_set_signature (self, line, g_value_get_boxed (value));
            }
          break;
        }
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_certificates_class_init (KoloCertificatesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kolo_certificates_finalize;
  object_class->get_property = kolo_certificates_get_property;
  object_class->set_property = kolo_certificates_set_property;

  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL, KOLO_TYPE_EVENT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SERIES] = g_param_spec_string ("series", NULL, NULL, "", flags);
  properties[PROP_MIN_DAYS] = g_param_spec_uint ("min-days", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_HOUR_KIND] = g_param_spec_enum ("hour-kind", NULL, NULL, KOLO_TYPE_HOUR_KIND,
                                                  KOLO_HOURS_ACADEMIC, flags);
  properties[PROP_HOURS_OVERRIDE] = g_param_spec_uint ("hours-override", NULL, NULL,
                                                       0, G_MAXINT, 0, flags);
  properties[PROP_LOGO] = g_param_spec_boxed ("logo", NULL, NULL, G_TYPE_BYTES, flags);

  /* "signer1-name", "signer1-position", "signer1-image", "signer2-name"… */
  for (guint i = 0; i < KOLO_CERTIFICATE_SIGNATURES; i++)
    {
      static const char * const names[][N_SIGNER_FIELDS] = {
        { "signer1-name", "signer1-position", "signer1-image" },
        { "signer2-name", "signer2-position", "signer2-image" },
        { "signer3-name", "signer3-position", "signer3-image" },
      };

      properties[SIGNER_PROP (i, SIGNER_NAME)] =
        g_param_spec_string (names[i][SIGNER_NAME], NULL, NULL, "", flags);
      properties[SIGNER_PROP (i, SIGNER_POSITION)] =
        g_param_spec_string (names[i][SIGNER_POSITION], NULL, NULL, "", flags);
      properties[SIGNER_PROP (i, SIGNER_IMAGE)] =
        g_param_spec_boxed (names[i][SIGNER_IMAGE], NULL, NULL, G_TYPE_BYTES, flags);
    }

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kolo_certificates_init (KoloCertificates *self)
{
  self->series = g_strdup ("");
  for (guint i = 0; i < KOLO_CERTIFICATE_SIGNATURES; i++)
    {
      self->signer_names[i] = g_strdup ("");
      self->signer_positions[i] = g_strdup ("");
    }
}

/* The event --------------------------------------------------------------------- */

static G_DEFINE_QUARK (kolo-certificates-of-event, certificates_of_event)

static void
event_gone (gpointer data)
{
  KoloCertificates *self = data;

  self->event = NULL;
  g_object_unref (self);
}

/**
 * kolo_event_get_certificates:
 *
 * The settings of @event's certificates, loaded on first use.
 *
 * Returns: (transfer none): the event's certificates
 */
KoloCertificates *
kolo_event_get_certificates (KoloEvent *event)
{
  KoloCertificates *self;

  g_return_val_if_fail (KOLO_IS_EVENT (event), NULL);

  self = g_object_get_qdata (G_OBJECT (event), certificates_of_event_quark ());
  if (self != NULL)
    return self;

  self = g_object_new (KOLO_TYPE_CERTIFICATES, NULL);
  self->event = event;
  load (self);
  g_object_set_qdata_full (G_OBJECT (event), certificates_of_event_quark (), self, event_gone);
  return self;
}

KoloEvent *
_kolo_certificates_get_event (KoloCertificates *self)
{
  return self->event;
}

/* Settings --------------------------------------------------------------------- */

const char *
kolo_certificates_get_series (KoloCertificates *self)
{
  g_return_val_if_fail (KOLO_IS_CERTIFICATES (self), NULL);
  return self->series;
}

/**
 * kolo_certificates_set_series:
 * @series: what numbers start with, such as "ХОУНБ-2013-"; may be empty
 *
 * Numbers given from now on are made from @series; numbers given before
 * stay as they are.  A series that ends in a digit is followed by "-" in
 * the numbers ("2013" gives 2013-001), so that the number's own digits
 * stay apart.
 */
void
kolo_certificates_set_series (KoloCertificates *self,
                              const char       *series)
{
  g_return_if_fail (KOLO_IS_CERTIFICATES (self));
  set_text (self, PROP_SERIES, self->series, series);
}

guint
kolo_certificates_get_min_days (KoloCertificates *self)
{
  g_return_val_if_fail (KOLO_IS_CERTIFICATES (self), 0);
  return self->min_days;
}

void
kolo_certificates_set_min_days (KoloCertificates *self,
                                guint             min_days)
{
  g_return_if_fail (KOLO_IS_CERTIFICATES (self));
  set_uint (self, PROP_MIN_DAYS, self->min_days, MIN (min_days, G_MAXINT));
}

KoloHourKind
kolo_certificates_get_hour_kind (KoloCertificates *self)
{
  g_return_val_if_fail (KOLO_IS_CERTIFICATES (self), KOLO_HOURS_ACADEMIC);
  return self->hour_kind;
}

void
kolo_certificates_set_hour_kind (KoloCertificates *self,
                                 KoloHourKind      kind)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_if_fail (KOLO_IS_CERTIFICATES (self));
  g_return_if_fail (kind == KOLO_HOURS_ACADEMIC || kind == KOLO_HOURS_FULL);

  if (self->hour_kind == kind)
    return;
  g_value_init (&value, KOLO_TYPE_HOUR_KIND);
  g_value_set_enum (&value, kind);
  change (self, PROP_HOUR_KIND, &value);
}

guint
kolo_certificates_get_hours_override (KoloCertificates *self)
{
  g_return_val_if_fail (KOLO_IS_CERTIFICATES (self), 0);
  return self->hours_override;
}

void
kolo_certificates_set_hours_override (KoloCertificates *self,
                                      guint             hours)
{
  g_return_if_fail (KOLO_IS_CERTIFICATES (self));
  set_uint (self, PROP_HOURS_OVERRIDE, self->hours_override, MIN (hours, G_MAXINT));
}

GBytes *
kolo_certificates_get_logo (KoloCertificates *self)
{
  g_return_val_if_fail (KOLO_IS_CERTIFICATES (self), NULL);
  return self->logo;
}

/**
 * kolo_certificates_set_logo:
 * @logo: (nullable): a PNG or JPEG image
 */
void
kolo_certificates_set_logo (KoloCertificates *self,
                            GBytes           *logo)
{
  g_return_if_fail (KOLO_IS_CERTIFICATES (self));
  set_bytes (self, PROP_LOGO, self->logo, logo);
}

const char *
kolo_certificates_get_signer_name (KoloCertificates *self,
                                   guint             line)
{
  g_return_val_if_fail (KOLO_IS_CERTIFICATES (self), NULL);
  g_return_val_if_fail (line < KOLO_CERTIFICATE_SIGNATURES, NULL);
  return self->signer_names[line];
}

void
kolo_certificates_set_signer_name (KoloCertificates *self,
                                   guint             line,
                                   const char       *name)
{
  g_return_if_fail (KOLO_IS_CERTIFICATES (self));
  g_return_if_fail (line < KOLO_CERTIFICATE_SIGNATURES);
  set_text (self, SIGNER_PROP (line, SIGNER_NAME), self->signer_names[line], name);
}

const char *
kolo_certificates_get_signer_position (KoloCertificates *self,
                                       guint             line)
{
  g_return_val_if_fail (KOLO_IS_CERTIFICATES (self), NULL);
  g_return_val_if_fail (line < KOLO_CERTIFICATE_SIGNATURES, NULL);
  return self->signer_positions[line];
}

void
kolo_certificates_set_signer_position (KoloCertificates *self,
                                       guint             line,
                                       const char       *position)
{
  g_return_if_fail (KOLO_IS_CERTIFICATES (self));
  g_return_if_fail (line < KOLO_CERTIFICATE_SIGNATURES);
  set_text (self, SIGNER_PROP (line, SIGNER_POSITION), self->signer_positions[line], position);
}

GBytes *
kolo_certificates_get_signature (KoloCertificates *self,
                                 guint             line)
{
  g_return_val_if_fail (KOLO_IS_CERTIFICATES (self), NULL);
  g_return_val_if_fail (line < KOLO_CERTIFICATE_SIGNATURES, NULL);
  return self->signatures[line];
}

/**
 * kolo_certificates_set_signature:
 * @image: (nullable): a PNG or JPEG image of the signature
 */
void
kolo_certificates_set_signature (KoloCertificates *self,
                                 guint             line,
                                 GBytes           *image)
{
  g_return_if_fail (KOLO_IS_CERTIFICATES (self));
  g_return_if_fail (line < KOLO_CERTIFICATE_SIGNATURES);
  set_bytes (self, SIGNER_PROP (line, SIGNER_IMAGE), self->signatures[line], image);
}
