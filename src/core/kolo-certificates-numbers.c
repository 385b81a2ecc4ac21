/* kolo-certificates-numbers.c — who gets a certificate, the hours it
 * states, and the numbers, given once for good
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-certificates"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kolo-activity.h"
#include "kolo-certificates-private.h"
#include "kolo-day.h"
#include "kolo-module.h"
#include "kolo-participant-private.h"
#include "kolo-store-private.h"

/* Hours ------------------------------------------------------------------------- */

/**
 * kolo_certificates_get_hours:
 *
 * The hours the certificates state: the override when it is set;
 * otherwise the minutes of the agenda's activities other than breaks and
 * lunch, in hours of 45 or 60 minutes, to the nearest whole hour (a half
 * rounds up).
 *
 * Returns: whole hours
 */
guint
kolo_certificates_get_hours (KoloCertificates *self)
{
  KoloEvent *event;
  GListModel *days;
  guint64 minutes = 0;
  guint unit;

  g_return_val_if_fail (KOLO_IS_CERTIFICATES (self), 0);

  if (kolo_certificates_get_hours_override (self) != 0)
    return kolo_certificates_get_hours_override (self);
  if ((event = _kolo_certificates_get_event (self)) == NULL)
    return 0;

  days = kolo_event_get_days (event);
  for (guint d = 0; d < g_list_model_get_n_items (days); d++)
    {
      g_autoptr(KoloDay) day = g_list_model_get_item (days, d);
      GListModel *modules = kolo_day_get_modules (day);

      for (guint m = 0; m < g_list_model_get_n_items (modules); m++)
        {
          g_autoptr(KoloModule) module = g_list_model_get_item (modules, m);
          GListModel *activities = kolo_module_get_activities (module);

          for (guint a = 0; a < g_list_model_get_n_items (activities); a++)
            {
              g_autoptr(KoloActivity) activity = g_list_model_get_item (activities, a);

              if (!kolo_activity_kind_is_pause (kolo_activity_get_kind (activity)))
                minutes += kolo_activity_get_minutes (activity);
            }
        }
    }

  unit = kolo_certificates_get_hour_kind (self) == KOLO_HOURS_FULL ? 60 : 45;
  return (guint) ((minutes * 2 + unit) / (2 * unit));
}

/* Who gets one ------------------------------------------------------------------ */

/**
 * kolo_certificates_get_eligible:
 *
 * The participants who attended at least the minimum of days: all the
 * event's days when the minimum is 0 or more than the event has.  Nobody
 * who attended no day at all gets one, not even in an event without days.
 *
 * Returns: (transfer full) (element-type KoloParticipant): the
 *   participants, in the list's order
 */
GPtrArray *
kolo_certificates_get_eligible (KoloCertificates *self)
{
  GPtrArray *eligible = g_ptr_array_new_with_free_func (g_object_unref);
  KoloEvent *event;
  GListModel *participants;
  guint min_days, n_days, needed;

  g_return_val_if_fail (KOLO_IS_CERTIFICATES (self), eligible);

  if ((event = _kolo_certificates_get_event (self)) == NULL)
    return eligible;

  min_days = kolo_certificates_get_min_days (self);
  n_days = g_list_model_get_n_items (kolo_event_get_days (event));
  needed = MAX (1, min_days == 0 ? n_days : MIN (min_days, n_days));
  participants = kolo_event_get_participants (event);
  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(KoloParticipant) participant = g_list_model_get_item (participants, i);

      if (kolo_participant_get_days_attended (participant) >= needed)
        g_ptr_array_add (eligible, g_steal_pointer (&participant));
    }
  return eligible;
}

/* Numbers ------------------------------------------------------------------------ */

static char *
dup_prefix (KoloCertificates *self)
{
  g_autofree char *series = g_strstrip (g_strdup (kolo_certificates_get_series (self)));
  gsize length = strlen (series);

  if (length > 0 && g_ascii_isdigit (series[length - 1]))
    return g_strconcat (series, "-", NULL);
  return g_steal_pointer (&series);
}

static gboolean
all_digits (const char *text)
{
  if (*text == '\0')
    return FALSE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isdigit (*text))
      return FALSE;
  return TRUE;
}

/* The highest number @prefix ever gave: kept in certificate_numbers, or
 * held by a participant (one that came in a file, say) whose number was
 * never kept there. */
static gboolean
highest_number (KoloStore   *store,
                const char  *prefix,
                gint64      *highest,
                GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  *highest = 0;
  stmt = kolo_store_prepare (store,
                             "SELECT max (number) FROM certificate_numbers WHERE series = ?1",
                             error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, prefix, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    *highest = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  stmt = kolo_store_prepare (store,
                             "SELECT certificate FROM participants "
                             "WHERE certificate IS NOT NULL AND substr (certificate, 1, ?2) = ?1",
                             error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, prefix, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, g_utf8_strlen (prefix, -1));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *rest = (const char *) sqlite3_column_text (stmt, 0) + strlen (prefix);
      guint64 number;

      if (all_digits (rest) && strlen (rest) <= 18 &&
          g_ascii_string_to_unsigned (rest, 10, 0, G_MAXINT64, &number, NULL))
        *highest = MAX (*highest, (gint64) number);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      kolo_store_set_sqlite_error (store, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
give_number (KoloStore        *store,
             KoloParticipant  *participant,
             const char       *prefix,
             gint64            number,
             const char       *certificate,
             GError          **error)
{
  sqlite3_stmt *stmt;

  stmt = kolo_store_prepare (store, "UPDATE participants SET certificate = ?1 "
                                    "WHERE id = ?2 AND certificate IS NULL", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, certificate, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, kolo_participant_get_id (participant));
  if (!kolo_store_step_done (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (kolo_store_get_db (store)) != 1)
    {
      g_set_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_NOT_FOUND,
                   _("“%s” could not be given a certificate number: they are not in the database"),
                   kolo_participant_get_name (participant));
      return FALSE;
    }

  stmt = kolo_store_prepare (store, "INSERT INTO certificate_numbers (series, number) "
                                    "VALUES (?1, ?2)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, prefix, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, number);
  return kolo_store_step_done (store, stmt, error);
}

/**
 * kolo_certificates_issue:
 * @participants: (element-type KoloParticipant): participants of the event
 *
 * Gives each of @participants that has no number the next of the series,
 * in the order given: the series followed by the number, three digits at
 * least (ХОУНБ-2013-017).  The next is one more than the highest the
 * series ever gave, in any event, so the numbers of deleted participants
 * are never given again.  All the numbers are written in one transaction;
 * a participant who has a number keeps it for good.
 *
 * Returns: %TRUE when everyone has a number
 */
gboolean
kolo_certificates_issue (KoloCertificates  *self,
                         GPtrArray         *participants,
                         GError           **error)
{
  g_autoptr(GPtrArray) needing = g_ptr_array_new ();
  g_autoptr(GPtrArray) numbers = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *prefix = NULL;
  KoloEvent *event;
  KoloStore *store = NULL;
  gint64 next = 0;
  gboolean ok;

  g_return_val_if_fail (KOLO_IS_CERTIFICATES (self), FALSE);
  g_return_val_if_fail (participants != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  event = _kolo_certificates_get_event (self);

  for (guint i = 0; i < participants->len; i++)
    {
      KoloParticipant *participant = participants->pdata[i];

      g_return_val_if_fail (KOLO_IS_PARTICIPANT (participant), FALSE);
      g_return_val_if_fail (kolo_participant_get_event (participant) == event, FALSE);
      if (kolo_participant_get_certificate (participant) == NULL &&
          !g_ptr_array_find (needing, participant, NULL))
        g_ptr_array_add (needing, participant);
    }
  if (needing->len == 0)
    return TRUE;

  if (event != NULL && kolo_event_get_id (event) != 0)
    store = kolo_event_get_store (event);
  if (store == NULL)
    {
      g_set_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_FAILED,
                   _("Certificate numbers can only be given in a saved event"));
      return FALSE;
    }

  prefix = dup_prefix (self);
  if (!kolo_store_begin (store, error))
    return FALSE;
  ok = highest_number (store, prefix, &next, error);
  /* A number taken some other way breaks participants.certificate's
   * UNIQUE: the whole issue is refused rather than a number repeated. */
  for (guint i = 0; ok && i < needing->len; i++)
    {
      char *certificate = g_strdup_printf ("%s%03" G_GINT64_FORMAT, prefix, ++next);

      g_ptr_array_add (numbers, certificate);
      ok = give_number (store, needing->pdata[i], prefix, next, certificate, error);
    }
  if (!kolo_store_finish (store, ok, error))
    return FALSE;

  for (guint i = 0; i < needing->len; i++)
    _kolo_participant_set_certificate (needing->pdata[i], numbers->pdata[i]);
  return TRUE;
}
