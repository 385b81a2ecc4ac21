/* kolo-event.h — an event: a training with its details and days
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kolo-history.h"
#include "kolo-store.h"

typedef struct _KoloDay KoloDay;
typedef struct _KoloBoard KoloBoard;
typedef struct _KoloActivity KoloActivity;
typedef struct _KoloParticipant KoloParticipant;

G_BEGIN_DECLS

#define KOLO_TYPE_EVENT (kolo_event_get_type ())
G_DECLARE_FINAL_TYPE (KoloEvent, kolo_event, KOLO, EVENT, GObject)

gint64               kolo_event_get_id                (KoloEvent          *self);
KoloStore           *kolo_event_get_store             (KoloEvent          *self);
const char          *kolo_event_get_title             (KoloEvent          *self);
void                 kolo_event_set_title             (KoloEvent          *self,
                                                       const char         *title);
const char          *kolo_event_get_venue             (KoloEvent          *self);
void                 kolo_event_set_venue             (KoloEvent          *self,
                                                       const char         *venue);
const char          *kolo_event_get_city              (KoloEvent          *self);
void                 kolo_event_set_city              (KoloEvent          *self,
                                                       const char         *city);
const char          *kolo_event_get_organizer         (KoloEvent          *self);
void                 kolo_event_set_organizer         (KoloEvent          *self,
                                                       const char         *organizer);
const char * const  *kolo_event_get_trainers          (KoloEvent          *self);
void                 kolo_event_set_trainers          (KoloEvent          *self,
                                                       const char * const *trainers);
const char          *kolo_event_get_notes             (KoloEvent          *self);
void                 kolo_event_set_notes             (KoloEvent          *self,
                                                       const char         *notes);
gboolean             kolo_event_get_archived          (KoloEvent          *self);
void                 kolo_event_set_archived          (KoloEvent          *self,
                                                       gboolean            archived);
const GDate         *kolo_event_get_first_date        (KoloEvent          *self);
const GDate         *kolo_event_get_last_date         (KoloEvent          *self);
GListModel          *kolo_event_get_days              (KoloEvent          *self);
KoloHistory         *kolo_event_get_history           (KoloEvent          *self);
gboolean             kolo_event_insert_day            (KoloEvent          *self,
                                                       guint               position,
                                                       KoloDay            *day,
                                                       GError            **error);
gboolean             kolo_event_remove_day            (KoloEvent          *self,
                                                       KoloDay            *day,
                                                       GError            **error);
/* KoloBoard, in order; loaded on first use */
GListModel          *kolo_event_get_boards            (KoloEvent          *self);
gboolean             kolo_event_insert_board          (KoloEvent          *self,
                                                       guint               position,
                                                       KoloBoard          *board,
                                                       GError            **error);
gboolean             kolo_event_remove_board          (KoloEvent          *self,
                                                       KoloBoard          *board,
                                                       GError            **error);
/* The board of a brainstorm activity, or NULL (transfer none) */
KoloBoard           *kolo_event_find_board            (KoloEvent          *self,
                                                       KoloActivity       *activity);
/* KoloParticipant, in the order they were added; loaded on first use */
GListModel          *kolo_event_get_participants      (KoloEvent          *self);
gboolean             kolo_event_insert_participant    (KoloEvent          *self,
                                                       guint               position,
                                                       KoloParticipant    *participant,
                                                       GError            **error);
/* Removes them everywhere (attendance, certificate, the boards' authors
 * that point at them); one undo step. */
gboolean             kolo_event_remove_participant    (KoloEvent          *self,
                                                       KoloParticipant    *participant,
                                                       GError            **error);
/* Adds @participants (KoloParticipant of no event) at the end, in one
 * transaction and one undo step: an import. */
gboolean             kolo_event_add_participants      (KoloEvent          *self,
                                                       GPtrArray          *participants,
                                                       GError            **error);
/* A copy of @participant (of another event: people come back), without
 * attendance or certificate, added at the end; one undo step. */
KoloParticipant     *kolo_event_copy_participant      (KoloEvent          *self,
                                                       KoloParticipant    *participant,
                                                       GError            **error);
/* The participant whose name is @name, in any case, spacing or
 * apostrophe; the first of them when there are two. */
KoloParticipant     *kolo_event_find_participant      (KoloEvent          *self,
                                                       const char         *name);
/* Marks @day for every participant in @participants (or all when NULL)
 * as attended or not; one undo step, one transaction. */
gboolean             kolo_event_set_attendance        (KoloEvent          *self,
                                                       KoloDay            *day,
                                                       GPtrArray          *participants,
                                                       gboolean            attended,
                                                       GError            **error);
int                  kolo_event_compare_newest_first  (KoloEvent          *a,
                                                       KoloEvent          *b);

G_END_DECLS
