/* kolo-history.h — undo and redo of every edit of an event's agenda
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KOLO_TYPE_HISTORY (kolo_history_get_type ())
G_DECLARE_FINAL_TYPE (KoloHistory, kolo_history, KOLO, HISTORY, GObject)

gboolean kolo_history_get_can_undo (KoloHistory  *self);
gboolean kolo_history_get_can_redo (KoloHistory  *self);
gboolean kolo_history_undo         (KoloHistory  *self,
                                    GError      **error);
gboolean kolo_history_redo         (KoloHistory  *self,
                                    GError      **error);
void     kolo_history_begin_group  (KoloHistory  *self);
void     kolo_history_end_group    (KoloHistory  *self);
void     kolo_history_clear        (KoloHistory  *self);
guint64  kolo_history_get_serial   (KoloHistory  *self);

G_END_DECLS
