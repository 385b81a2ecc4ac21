/* kolo-activity-kind.h — the fixed kinds of agenda activities
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  KOLO_ACTIVITY_INPUT,
  KOLO_ACTIVITY_DISCUSSION,
  KOLO_ACTIVITY_BRAINSTORM,
  KOLO_ACTIVITY_ROLE_PLAY,
  KOLO_ACTIVITY_EXERCISE,
  KOLO_ACTIVITY_BREAK,
  KOLO_ACTIVITY_LUNCH,
  KOLO_ACTIVITY_FEEDBACK,
  KOLO_ACTIVITY_OTHER,
  KOLO_N_ACTIVITY_KINDS
} KoloActivityKind;

#define KOLO_TYPE_ACTIVITY_KIND (kolo_activity_kind_get_type ())
GType        kolo_activity_kind_get_type      (void);

const char  *kolo_activity_kind_to_string     (KoloActivityKind  kind);
gboolean     kolo_activity_kind_from_string   (const char       *text,
                                               KoloActivityKind *kind);
const char  *kolo_activity_kind_get_label     (KoloActivityKind  kind);
const char  *kolo_activity_kind_get_icon_name (KoloActivityKind  kind);
gboolean     kolo_activity_kind_is_pause      (KoloActivityKind  kind);

G_END_DECLS
