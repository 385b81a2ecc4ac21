/* kolo-participant-store.c — participants and their attendance in and out
 * of the store; the certificate numbers a database has given
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-participant-store"

#include "config.h"

#include <string.h>

#include "kolo-model-private.h"
#include "kolo-participant-private.h"
#include "kolo-store-private.h"

/* Row writers ------------------------------------------------------------- */

/**
 * kolo_store_insert_participant_row:
 * @place: its place among the event's participants, from 0
 * @position: the participant's job
 * @certificate: (nullable): the number of a certificate already issued
 *
 * Returns: the new row's ID, or 0 with @error set
 */
gint64
kolo_store_insert_participant_row (KoloStore   *self,
                                   gint64       event_id,
                                   guint        place,
                                   const char  *name,
                                   const char  *institution,
                                   const char  *position,
                                   const char  *city,
                                   const char  *email,
                                   const char  *phone,
                                   const char  *notes,
                                   KoloGender   gender,
                                   const char  *certificate,
                                   GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = kolo_store_prepare (self,
                             "INSERT INTO participants (event_id, position, name, institution,"
                             " job, city, email, phone, notes, gender, certificate)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                             error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_int (stmt, 2, place);
  sqlite3_bind_text (stmt, 3, name ? name : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, institution ? institution : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, position ? position : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, city ? city : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, email ? email : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, phone ? phone : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, notes ? notes : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 10, kolo_gender_to_string (gender), -1, SQLITE_STATIC);
  if (certificate != NULL && *certificate != '\0')
    sqlite3_bind_text (stmt, 11, certificate, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 11);
  if (!kolo_store_step_done (self, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (kolo_store_get_db (self));
}

static gboolean
run_with_two_ids (KoloStore   *self,
                  const char  *sql,
                  gint64       first,
                  gint64       second,
                  GError     **error)
{
  sqlite3_stmt *stmt = kolo_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, first);
  sqlite3_bind_int64 (stmt, 2, second);
  return kolo_store_step_done (self, stmt, error);
}

gboolean
kolo_store_insert_attendance_row (KoloStore   *self,
                                  gint64       participant_id,
                                  gint64       day_id,
                                  GError     **error)
{
  return run_with_two_ids (self,
                           "INSERT OR IGNORE INTO attendance (participant_id, day_id)"
                           " VALUES (?1, ?2)",
                           participant_id, day_id, error);
}

gboolean
kolo_store_delete_attendance_row (KoloStore   *self,
                                  gint64       participant_id,
                                  gint64       day_id,
                                  GError     **error)
{
  return run_with_two_ids (self,
                           "DELETE FROM attendance WHERE participant_id = ?1 AND day_id = ?2",
                           participant_id, day_id, error);
}

/* Role-play rows ----------------------------------------------------------- */

static void
clear_play_role_row (gpointer data)
{
  KoloPlayRoleRow *row = data;

  g_clear_pointer (&row->role, g_free);
}

GArray *
kolo_store_read_play_role_rows (KoloStore   *self,
                                gint64       participant_id,
                                GError     **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (KoloPlayRoleRow));
  sqlite3_stmt *stmt;
  int rc;

  g_array_set_clear_func (rows, clear_play_role_row);
  stmt = kolo_store_prepare (self,
                             "SELECT play_id, grp, position, brief, role FROM play_roles"
                             " WHERE participant_id = ?1 ORDER BY play_id",
                             error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gboolean observer = sqlite3_column_type (stmt, 3) == SQLITE_NULL;
      KoloPlayRoleRow row = {
        .play_id = sqlite3_column_int64 (stmt, 0),
        .group = sqlite3_column_int (stmt, 1),
        .place = sqlite3_column_int (stmt, 2),
        .brief = observer ? -1 : sqlite3_column_int (stmt, 3),
        .role = observer || sqlite3_column_type (stmt, 4) == SQLITE_NULL
                ? NULL : g_strdup ((const char *) sqlite3_column_text (stmt, 4)),
      };

      g_array_append_val (rows, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      kolo_store_set_sqlite_error (self, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

gboolean
kolo_store_insert_play_role_rows (KoloStore   *self,
                                  gint64       event_id,
                                  gint64       participant_id,
                                  GArray      *rows,
                                  GError     **error)
{
  for (guint i = 0; i < rows->len; i++)
    {
      KoloPlayRoleRow *row = &g_array_index (rows, KoloPlayRoleRow, i);
      sqlite3_stmt *stmt;

      /* A play of another event, or one gone meanwhile, takes nothing. */
      stmt = kolo_store_prepare (self,
                                 "INSERT OR IGNORE INTO play_roles (play_id, participant_id, grp,"
                                 " position, brief, role)"
                                 " SELECT id, ?2, ?3, ?4, ?5, ?6 FROM plays"
                                 "  WHERE id = ?1 AND event_id = ?7",
                                 error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, row->play_id);
      sqlite3_bind_int64 (stmt, 2, participant_id);
      sqlite3_bind_int (stmt, 3, row->group);
      sqlite3_bind_int (stmt, 4, row->place);
      if (row->brief >= 0)
        sqlite3_bind_int (stmt, 5, row->brief);
      else
        sqlite3_bind_null (stmt, 5);
      if (row->role != NULL)
        sqlite3_bind_text (stmt, 6, row->role, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (stmt, 6);
      sqlite3_bind_int64 (stmt, 7, event_id);
      if (!kolo_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Certificate numbers ------------------------------------------------------ */

/**
 * kolo_certificate_split:
 * @series: (out) (transfer full): what comes before the digits
 * @number: (out): the digits at the end, as a number
 *
 * Returns: whether @certificate ends in digits (at most 18 of them)
 */
gboolean
kolo_certificate_split (const char  *certificate,
                        char       **series,
                        gint64      *number)
{
  gsize length, start;

  g_return_val_if_fail (certificate != NULL, FALSE);

  length = strlen (certificate);
  for (start = length; start > 0 && g_ascii_isdigit (certificate[start - 1]); start--)
    ;
  if (start == length || length - start > 18)
    return FALSE;

  *series = g_strndup (certificate, start);
  *number = g_ascii_strtoll (certificate + start, NULL, 10);
  return TRUE;
}

gboolean
kolo_store_certificate_taken (KoloStore  *self,
                              const char *certificate)
{
  g_autofree char *series = NULL;
  gboolean taken;
  sqlite3_stmt *stmt;
  gint64 number = -1;
  int rc;

  if (!kolo_certificate_split (certificate, &series, &number))
    series = g_strdup ("");

  stmt = kolo_store_prepare (self,
                             "SELECT 1 FROM participants WHERE certificate = ?1"
                             " UNION ALL"
                             " SELECT 1 FROM certificate_numbers WHERE series = ?2 AND number = ?3",
                             NULL);
  if (stmt == NULL)
    return TRUE;
  sqlite3_bind_text (stmt, 1, certificate, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, series, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, number);
  rc = sqlite3_step (stmt);
  taken = rc != SQLITE_DONE;
  sqlite3_reset (stmt);
  return taken;
}

gboolean
kolo_store_keep_certificate (KoloStore   *self,
                             const char  *certificate,
                             GError     **error)
{
  g_autofree char *series = NULL;
  sqlite3_stmt *stmt;
  gint64 number;

  if (!kolo_certificate_split (certificate, &series, &number))
    return TRUE;

  stmt = kolo_store_prepare (self,
                             "INSERT OR IGNORE INTO certificate_numbers (series, number)"
                             " VALUES (?1, ?2)",
                             error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, series, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, number);
  return kolo_store_step_done (self, stmt, error);
}

/* Loading ----------------------------------------------------------------- */

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return g_strdup (text ? text : "");
}

static KoloParticipant *
participant_from_row (sqlite3_stmt *stmt)
{
  g_autofree char *name = column_text (stmt, 2);
  g_autofree char *institution = column_text (stmt, 3);
  g_autofree char *job = column_text (stmt, 4);
  g_autofree char *city = column_text (stmt, 5);
  g_autofree char *email = column_text (stmt, 6);
  g_autofree char *phone = column_text (stmt, 7);
  g_autofree char *notes = column_text (stmt, 8);
  KoloGender gender = KOLO_GENDER_UNKNOWN;

  kolo_gender_from_string ((const char *) sqlite3_column_text (stmt, 9), &gender);
  return _kolo_participant_new_full (sqlite3_column_int64 (stmt, 0), name, institution, job,
                                     city, email, phone, notes, gender,
                                     (const char *) sqlite3_column_text (stmt, 10));
}

/* Positions are 0, 1, 2… as every writer leaves them; a file that breaks
 * the rule (another program, a crash between versions) is renumbered
 * once on load.  On failure the order on screen is right all the same. */
static void
renumber (KoloStore *store,
          GArray    *fixes)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  if (fixes->len == 0 || !kolo_store_begin (store, &error))
    {
      if (error != NULL)
        kolo_store_report_error (store, error);
      return;
    }
  for (guint i = 0; ok && i < fixes->len; i += 2)
    ok = run_with_two_ids (store, "UPDATE participants SET position = ?1 WHERE id = ?2",
                           g_array_index (fixes, gint64, i + 1),
                           g_array_index (fixes, gint64, i), &error);
  if (!kolo_store_finish (store, ok, &error))
    kolo_store_report_error (store, error);
}

static gboolean
load_ticks (KoloStore   *store,
            KoloEvent   *event,
            GHashTable  *by_id,
            GError     **error)
{
  g_autoptr(GHashTable) days = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) day_ids = NULL;
  GListModel *list = kolo_event_get_days (event);
  guint n_days = g_list_model_get_n_items (list);
  sqlite3_stmt *stmt;
  int rc;

  /* The keys live in this array while the table does. */
  day_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_days);
  g_array_set_size (day_ids, n_days);
  for (guint i = 0; i < n_days; i++)
    {
      g_autoptr(KoloDay) day = g_list_model_get_item (list, i);

      g_array_index (day_ids, gint64, i) = kolo_day_get_id (day);
      /* The event's list keeps the day alive while the table lives. */
      g_hash_table_insert (days, &g_array_index (day_ids, gint64, i), day);
    }

  stmt = kolo_store_prepare (store,
                             "SELECT a.participant_id, a.day_id"
                             "  FROM attendance a JOIN participants p ON p.id = a.participant_id"
                             " WHERE p.event_id = ?1",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, kolo_event_get_id (event));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 participant_id = sqlite3_column_int64 (stmt, 0);
      gint64 day_id = sqlite3_column_int64 (stmt, 1);
      KoloParticipant *participant = g_hash_table_lookup (by_id, &participant_id);
      KoloDay *day = g_hash_table_lookup (days, &day_id);

      if (participant != NULL && day != NULL)
        _kolo_participant_add_tick (participant, day);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      kolo_store_set_sqlite_error (store, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
_kolo_participant_load_all (KoloStore   *store,
                            KoloEvent   *event,
                            GListStore  *list,
                            GError     **error)
{
  g_autoptr(GPtrArray) participants = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) fixes = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 *ids;
  sqlite3_stmt *stmt;
  int rc;

  stmt = kolo_store_prepare (store,
                             "SELECT id, position, name, institution, job, city, email, phone,"
                             "       notes, gender, certificate"
                             "  FROM participants WHERE event_id = ?1 ORDER BY position, id",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, kolo_event_get_id (event));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KoloParticipant *participant = participant_from_row (stmt);

      if (sqlite3_column_int64 (stmt, 1) != participants->len)
        {
          gint64 fix[2] = { kolo_participant_get_id (participant), participants->len };

          g_array_append_vals (fixes, fix, 2);
        }
      g_ptr_array_add (participants, participant);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      kolo_store_set_sqlite_error (store, error);
      return FALSE;
    }

  ids = g_new (gint64, MAX (participants->len, 1));
  for (guint i = 0; i < participants->len; i++)
    {
      ids[i] = kolo_participant_get_id (participants->pdata[i]);
      g_hash_table_insert (by_id, &ids[i], participants->pdata[i]);
    }
  if (participants->len > 0 && !load_ticks (store, event, by_id, error))
    {
      g_free (ids);
      return FALSE;
    }
  g_hash_table_remove_all (by_id);
  g_free (ids);

  renumber (store, fixes);
  for (guint i = 0; i < participants->len; i++)
    _kolo_participant_set_event (participants->pdata[i], event);
  g_list_store_splice (list, 0, 0, participants->pdata, participants->len);
  return TRUE;
}

GHashTable *
_kolo_event_index_participants (KoloEvent *self)
{
  GHashTable *index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GListModel *participants = kolo_event_get_participants (self);

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(KoloParticipant) participant = g_list_model_get_item (participants, i);
      gint64 id = kolo_participant_get_id (participant);

      /* The event's list keeps the participant alive while the index lives. */
      g_hash_table_insert (index, g_memdup2 (&id, sizeof id), participant);
    }
  return index;
}
