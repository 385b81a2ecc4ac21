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
int                  kolo_event_compare_newest_first  (KoloEvent          *a,
                                                       KoloEvent          *b);

G_END_DECLS
