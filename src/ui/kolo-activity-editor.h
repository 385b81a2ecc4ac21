/* kolo-activity-editor.h — editing one activity, or one module
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

#define KOLO_TYPE_ACTIVITY_EDITOR (kolo_activity_editor_get_type ())
G_DECLARE_FINAL_TYPE (KoloActivityEditor, kolo_activity_editor, KOLO, ACTIVITY_EDITOR, AdwWindow)

GtkWindow *kolo_activity_editor_new (GtkWindow *parent,
                                     GObject   *item);
GObject   *kolo_activity_editor_get_item (KoloActivityEditor *self);

G_END_DECLS
