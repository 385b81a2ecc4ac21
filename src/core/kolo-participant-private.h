/* kolo-participant-private.h — how participants are built, linked and
 * stored; what the certificates and the importers of the core share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kolo-day.h"
#include "kolo-event.h"
#include "kolo-participant.h"
#include "kolo-store.h"

G_BEGIN_DECLS

/* A participant belongs to one event (unowned: the event's list owns it).
 * Attendance is a tick per day, kept as the days themselves: a day removed
 * from the agenda takes its ticks out of the store (ON DELETE CASCADE) but
 * not out of memory, and undoing the removal writes them again. */

KoloParticipant *_kolo_participant_new_full       (gint64           id,
                                                   const char      *name,
                                                   const char      *institution,
                                                   const char      *position,
                                                   const char      *city,
                                                   const char      *email,
                                                   const char      *phone,
                                                   const char      *notes,
                                                   KoloGender       gender,
                                                   const char      *certificate);
void             _kolo_participant_set_id         (KoloParticipant *self,
                                                   gint64           id);
void             _kolo_participant_set_event      (KoloParticipant *self,
                                                   KoloEvent       *event);
/* The model only, once the caller wrote the number (participants.certificate
 * and certificate_numbers): notifies "certificate". */
void             _kolo_participant_set_certificate (KoloParticipant *self,
                                                    const char      *certificate);
/* A tick as loaded from the store, or given to a participant of no event
 * yet (its row is written when it joins the event). */
void             _kolo_participant_add_tick       (KoloParticipant *self,
                                                   KoloDay         *day);
/* Sets a tick: writes first (when @write; otherwise the caller wrote it
 * already), records it for undo, notifies "attendance". */
gboolean         _kolo_participant_apply_attended (KoloParticipant *self,
                                                   KoloDay         *day,
                                                   gboolean         attended,
                                                   gboolean         write,
                                                   GError         **error);
/* The event's days came, went or came back: ticks of days that came back
 * are written again (under the day's new ID). */
void             _kolo_participant_days_changed   (KoloParticipant *self);

/* Rows --------------------------------------------------------------------- */

/* Writes one participant's row; the model's editing and the file import
 * share it.  @position is the job ("job" column), @place the order.
 * @certificate: (nullable).  Returns the new row's ID, or 0 with @error. */
gint64           kolo_store_insert_participant_row (KoloStore      *self,
                                                    gint64          event_id,
                                                    guint           place,
                                                    const char     *name,
                                                    const char     *institution,
                                                    const char     *position,
                                                    const char     *city,
                                                    const char     *email,
                                                    const char     *phone,
                                                    const char     *notes,
                                                    KoloGender      gender,
                                                    const char     *certificate,
                                                    GError        **error);
/* A tick already written is no error. */
gboolean         kolo_store_insert_attendance_row  (KoloStore      *self,
                                                    gint64          participant_id,
                                                    gint64          day_id,
                                                    GError        **error);
gboolean         kolo_store_delete_attendance_row  (KoloStore      *self,
                                                    gint64          participant_id,
                                                    gint64          day_id,
                                                    GError        **error);
/* Whether @certificate is a number this database gave already: a
 * participant's, or one kept in certificate_numbers after its participant
 * was deleted.  A store that cannot tell says it is taken. */
gboolean         kolo_store_certificate_taken      (KoloStore      *self,
                                                    const char     *certificate);
/* Splits "ХОУНБ-2013-017" into its series "ХОУНБ-2013-" and number 17
 * (the digits at its end); FALSE when it does not end in digits. */
gboolean         kolo_certificate_split            (const char     *certificate,
                                                    char          **series,
                                                    gint64         *number);
/* Keeps @certificate in certificate_numbers, so that it is never given
 * again; a number that does not end in digits has nothing to keep. */
gboolean         kolo_store_keep_certificate       (KoloStore      *self,
                                                    const char     *certificate,
                                                    GError        **error);

/* A participant's place in one round of role-play: their play_roles row,
 * without the participant.  A participant removed from the event keeps
 * its rows (the store deletes them with the participant), so that
 * undoing the removal writes them again, as it writes the ticks. */
typedef struct
{
  gint64  play_id;
  int     group;      /* play_roles.grp */
  int     place;      /* play_roles.position, within the group */
  int     brief;      /* -1: an observer (NULL) */
  char   *role;       /* NULL with an observer */
} KoloPlayRoleRow;

/* The play_roles rows of @participant_id, in a new array that frees its
 * rows' roles (transfer full), or NULL with @error set.
 * kolo-participant-store.c */
GArray          *kolo_store_read_play_role_rows    (KoloStore      *self,
                                                    gint64          participant_id,
                                                    GError        **error);
/* Writes @rows for @participant_id again: only those of plays that are
 * still @event_id's (a play goes with its event). */
gboolean         kolo_store_insert_play_role_rows  (KoloStore      *self,
                                                    gint64          event_id,
                                                    gint64          participant_id,
                                                    GArray         *rows,
                                                    GError        **error);
/* What the participant played, kept while it is out of its event
 * (@rows: transfer full, nullable); _kolo_participant_write() writes it
 * again. */
void             _kolo_participant_set_play_roles (KoloParticipant *self,
                                                   GArray          *rows);

/* Writes @participant's row, its ticks of live days and the role-play
 * rows it kept, and sets its ID; the caller holds the transaction.
 * kolo-participant-store.c */
gboolean         _kolo_participant_write          (KoloStore       *store,
                                                   gint64           event_id,
                                                   guint            place,
                                                   KoloParticipant *participant,
                                                   GError         **error);
/* Loads every participant of @event with its ticks into @list (empty),
 * two queries in all. */
gboolean         _kolo_participant_load_all       (KoloStore       *store,
                                                   KoloEvent       *event,
                                                   GListStore      *list,
                                                   GError         **error);

GListStore      *_kolo_event_get_participant_list (KoloEvent       *self);
/* The event's participants by row ID (gint64 * → KoloParticipant *,
 * unowned: the event's list keeps them alive while the index lives).
 * kolo-participant-store.c */
GHashTable      *_kolo_event_index_participants   (KoloEvent       *self);
/* The boards when they are loaded, or NULL: what is not loaded yet has
 * nothing in memory to follow a change. */
GListModel      *_kolo_event_peek_boards          (KoloEvent       *self);

G_END_DECLS
