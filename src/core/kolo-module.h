/* kolo-module.h — a module of a day: a titled block of activities
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _KoloDay KoloDay;
typedef struct _KoloActivity KoloActivity;

#define KOLO_TYPE_MODULE (kolo_module_get_type ())
G_DECLARE_FINAL_TYPE (KoloModule, kolo_module, KOLO, MODULE, GObject)

KoloModule  *kolo_module_new                 (const char *title);
gint64       kolo_module_get_id              (KoloModule *self);
KoloDay     *kolo_module_get_day             (KoloModule *self);
const char  *kolo_module_get_title           (KoloModule *self);
void         kolo_module_set_title           (KoloModule *self,
                                              const char *title);
const char  *kolo_module_get_goal            (KoloModule *self);
void         kolo_module_set_goal            (KoloModule *self,
                                              const char *goal);
GListModel  *kolo_module_get_activities      (KoloModule *self);
int          kolo_module_get_planned_minutes (KoloModule *self);
int          kolo_module_get_start_minute    (KoloModule *self);
gboolean     kolo_module_insert_activity     (KoloModule    *self,
                                              guint          position,
                                              KoloActivity  *activity,
                                              GError       **error);
gboolean     kolo_module_remove_activity     (KoloModule    *self,
                                              KoloActivity  *activity,
                                              GError       **error);
gboolean     kolo_module_move                (KoloModule    *self,
                                              KoloDay       *to,
                                              guint          position,
                                              GError       **error);

G_END_DECLS
