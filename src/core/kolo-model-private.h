/* kolo-model-private.h — how the core's model objects are built and linked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "kolo-activity.h"
#include "kolo-day.h"
#include "kolo-event.h"
#include "kolo-module.h"
#include "kolo-store.h"

G_BEGIN_DECLS

/* Every object finds the store through its parents; an object that left its
 * parent (or whose store closed) writes nothing. */

KoloEvent    *_kolo_event_new_from_row       (KoloStore     *store,
                                              sqlite3_stmt  *stmt);
void          _kolo_event_detach             (KoloEvent     *self);
gint64       *_kolo_event_get_id_ptr         (KoloEvent     *self);
KoloStore    *_kolo_event_get_store          (KoloEvent     *self);
char         *_kolo_event_dup_search_text    (KoloEvent     *self,
                                              GError       **error);
void          _kolo_event_dates_changed      (KoloEvent     *self);

KoloDay      *_kolo_day_new                  (gint64         id,
                                              const GDate   *date,
                                              int            start_minute,
                                              int            end_minute);
void          _kolo_day_set_event            (KoloDay       *self,
                                              KoloEvent     *event);
KoloStore    *_kolo_day_get_store            (KoloDay       *self);
void          _kolo_day_append_module        (KoloDay       *self,
                                              KoloModule    *module);
void          _kolo_day_schedule_changed     (KoloDay       *self);
int           _kolo_day_get_module_start     (KoloDay       *self,
                                              KoloModule    *module);
void          _kolo_day_set_number           (KoloDay       *self,
                                              guint          number);

KoloModule   *_kolo_module_new               (gint64         id,
                                              const char    *title,
                                              const char    *goal);
void          _kolo_module_set_day           (KoloModule    *self,
                                              KoloDay       *day);
KoloStore    *_kolo_module_get_store         (KoloModule    *self);
void          _kolo_module_append_activity   (KoloModule    *self,
                                              KoloActivity  *activity);
void          _kolo_module_minutes_changed   (KoloModule    *self);
void          _kolo_module_start_changed     (KoloModule    *self);

KoloActivity *_kolo_activity_new             (gint64            id,
                                              KoloActivityKind  kind,
                                              const char       *title,
                                              int               minutes,
                                              const char       *instructions,
                                              const char       *notes,
                                              const char       *materials);
void          _kolo_activity_set_module      (KoloActivity  *self,
                                              KoloModule    *module);
void          _kolo_activity_set_start_minute (KoloActivity *self,
                                              int            start_minute);

void          _kolo_activity_set_id          (KoloActivity  *self,
                                              gint64         id);
void          _kolo_module_set_id            (KoloModule    *self,
                                              gint64         id);
GListStore   *_kolo_module_get_list          (KoloModule    *self);
void          _kolo_day_set_id               (KoloDay       *self,
                                              gint64         id);
GListStore   *_kolo_day_get_list             (KoloDay       *self);
GListStore   *_kolo_event_get_list           (KoloEvent     *self);
void          _kolo_event_days_changed       (KoloEvent     *self);

KoloEvent    *_kolo_model_get_event          (GObject       *object);
KoloHistory  *_kolo_model_get_history        (GObject       *object);
void          _kolo_model_will_change        (GObject       *object,
                                              GParamSpec    *pspec);

KoloEvent    *_kolo_store_load_event         (KoloStore     *self,
                                              gint64         id,
                                              GError       **error);
void          _kolo_store_event_dates_changed (KoloStore    *self,
                                              KoloEvent     *event);

/* Sets a string field, writes it through to the store and notifies; the
 * shared body of every text property setter in the model. */
void          _kolo_model_set_text           (GObject       *object,
                                              char         **field,
                                              const char    *value,
                                              KoloStore     *store,
                                              const char    *table,
                                              const char    *column,
                                              gint64         id,
                                              GParamSpec    *pspec);

G_END_DECLS
