/* kolo-activity.h — one activity of a module: a lecture, a brainstorm, a break…
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "kolo-activity-kind.h"

G_BEGIN_DECLS

typedef struct _KoloModule KoloModule;

#define KOLO_TYPE_ACTIVITY (kolo_activity_get_type ())
G_DECLARE_FINAL_TYPE (KoloActivity, kolo_activity, KOLO, ACTIVITY, GObject)

KoloActivity     *kolo_activity_new              (KoloActivityKind  kind,
                                                  const char       *title,
                                                  int               minutes);
gint64            kolo_activity_get_id           (KoloActivity     *self);
KoloModule       *kolo_activity_get_module       (KoloActivity     *self);
KoloActivityKind  kolo_activity_get_kind         (KoloActivity     *self);
void              kolo_activity_set_kind         (KoloActivity     *self,
                                                  KoloActivityKind  kind);
const char       *kolo_activity_get_title        (KoloActivity     *self);
void              kolo_activity_set_title        (KoloActivity     *self,
                                                  const char       *title);
int               kolo_activity_get_minutes      (KoloActivity     *self);
void              kolo_activity_set_minutes      (KoloActivity     *self,
                                                  int               minutes);
const char       *kolo_activity_get_instructions (KoloActivity     *self);
void              kolo_activity_set_instructions (KoloActivity     *self,
                                                  const char       *instructions);
const char       *kolo_activity_get_notes        (KoloActivity     *self);
void              kolo_activity_set_notes        (KoloActivity     *self,
                                                  const char       *notes);
const char       *kolo_activity_get_materials    (KoloActivity     *self);
void              kolo_activity_set_materials    (KoloActivity     *self,
                                                  const char       *materials);
int               kolo_activity_get_start_minute (KoloActivity     *self);
int               kolo_activity_get_end_minute   (KoloActivity     *self);
gboolean          kolo_activity_move             (KoloActivity     *self,
                                                  KoloModule       *to,
                                                  guint             position,
                                                  GError          **error);

G_END_DECLS
