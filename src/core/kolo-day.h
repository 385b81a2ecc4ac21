/* kolo-day.h — one day of an event: a date, a start time and modules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kolo-store.h"

typedef struct _KoloModule KoloModule;

G_BEGIN_DECLS

#define KOLO_TYPE_DAY (kolo_day_get_type ())
G_DECLARE_FINAL_TYPE (KoloDay, kolo_day, KOLO, DAY, GObject)

KoloDay      *kolo_day_new                    (const GDate *date,
                                               int          start_minute,
                                               int          end_minute);
gint64        kolo_day_get_id                 (KoloDay     *self);
KoloEvent    *kolo_day_get_event              (KoloDay     *self);
guint         kolo_day_get_number             (KoloDay     *self);
const GDate  *kolo_day_get_date               (KoloDay     *self);
void          kolo_day_set_date               (KoloDay     *self,
                                               const GDate *date);
int           kolo_day_get_start_minute       (KoloDay     *self);
void          kolo_day_set_start_minute       (KoloDay     *self,
                                               int          start_minute);
int           kolo_day_get_end_minute         (KoloDay     *self);
void          kolo_day_set_end_minute         (KoloDay     *self,
                                               int          end_minute);
GListModel   *kolo_day_get_modules            (KoloDay     *self);
int           kolo_day_get_planned_minutes    (KoloDay     *self);
int           kolo_day_get_planned_end_minute (KoloDay     *self);
gboolean      kolo_day_get_overruns           (KoloDay     *self);
gboolean      kolo_day_insert_module          (KoloDay       *self,
                                               guint          position,
                                               KoloModule    *module,
                                               GError       **error);
gboolean      kolo_day_remove_module          (KoloDay       *self,
                                               KoloModule    *module,
                                               GError       **error);
gboolean      kolo_day_move                   (KoloDay       *self,
                                               guint          position,
                                               GError       **error);

G_END_DECLS
