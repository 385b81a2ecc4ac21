/* kolo-activity-kind.c — the fixed kinds of agenda activities
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-activity-kind"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kolo-activity-kind.h"

G_DEFINE_ENUM_TYPE (KoloActivityKind, kolo_activity_kind,
  G_DEFINE_ENUM_VALUE (KOLO_ACTIVITY_INPUT, "input"),
  G_DEFINE_ENUM_VALUE (KOLO_ACTIVITY_DISCUSSION, "discussion"),
  G_DEFINE_ENUM_VALUE (KOLO_ACTIVITY_BRAINSTORM, "brainstorm"),
  G_DEFINE_ENUM_VALUE (KOLO_ACTIVITY_ROLE_PLAY, "role-play"),
  G_DEFINE_ENUM_VALUE (KOLO_ACTIVITY_EXERCISE, "exercise"),
  G_DEFINE_ENUM_VALUE (KOLO_ACTIVITY_BREAK, "break"),
  G_DEFINE_ENUM_VALUE (KOLO_ACTIVITY_LUNCH, "lunch"),
  G_DEFINE_ENUM_VALUE (KOLO_ACTIVITY_FEEDBACK, "feedback"),
  G_DEFINE_ENUM_VALUE (KOLO_ACTIVITY_OTHER, "other"))

static const struct {
  const char *name;   /* in files and the store */
  const char *label;  /* shown to people */
  const char *icon;   /* symbolic icon in the app's resource */
} kinds[KOLO_N_ACTIVITY_KINDS] = {
  [KOLO_ACTIVITY_INPUT]      = { "input",      NC_("activity kind", "Input"),      "kolo-input-symbolic" },
  [KOLO_ACTIVITY_DISCUSSION] = { "discussion", NC_("activity kind", "Discussion"), "kolo-discussion-symbolic" },
  [KOLO_ACTIVITY_BRAINSTORM] = { "brainstorm", NC_("activity kind", "Brainstorm"), "kolo-brainstorm-symbolic" },
  [KOLO_ACTIVITY_ROLE_PLAY]  = { "role-play",  NC_("activity kind", "Role-play"),  "kolo-role-play-symbolic" },
  [KOLO_ACTIVITY_EXERCISE]   = { "exercise",   NC_("activity kind", "Exercise"),   "kolo-exercise-symbolic" },
  [KOLO_ACTIVITY_BREAK]      = { "break",      NC_("activity kind", "Break"),      "kolo-break-symbolic" },
  [KOLO_ACTIVITY_LUNCH]      = { "lunch",      NC_("activity kind", "Lunch"),      "kolo-lunch-symbolic" },
  [KOLO_ACTIVITY_FEEDBACK]   = { "feedback",   NC_("activity kind", "Feedback"),   "kolo-feedback-symbolic" },
  [KOLO_ACTIVITY_OTHER]      = { "other",      NC_("activity kind", "Other"),      "kolo-other-symbolic" },
};

const char *
kolo_activity_kind_to_string (KoloActivityKind kind)
{
  g_return_val_if_fail (kind < KOLO_N_ACTIVITY_KINDS, "other");
  return kinds[kind].name;
}

gboolean
kolo_activity_kind_from_string (const char       *text,
                                KoloActivityKind *kind)
{
  for (guint i = 0; i < KOLO_N_ACTIVITY_KINDS; i++)
    if (g_strcmp0 (text, kinds[i].name) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * kolo_activity_kind_get_label:
 *
 * Returns: (transfer none): the kind's name in the user's language
 */
const char *
kolo_activity_kind_get_label (KoloActivityKind kind)
{
  g_return_val_if_fail (kind < KOLO_N_ACTIVITY_KINDS, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "activity kind", kinds[kind].label);
}

const char *
kolo_activity_kind_get_icon_name (KoloActivityKind kind)
{
  g_return_val_if_fail (kind < KOLO_N_ACTIVITY_KINDS, NULL);
  return kinds[kind].icon;
}

/* Breaks and lunch: not teaching time, kept when the day is shortened. */
gboolean
kolo_activity_kind_is_pause (KoloActivityKind kind)
{
  return kind == KOLO_ACTIVITY_BREAK || kind == KOLO_ACTIVITY_LUNCH;
}
