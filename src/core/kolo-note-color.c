/* kolo-note-color.c — the colours of brainstorm notes and clusters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-note-color"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kolo-note-color.h"

G_DEFINE_ENUM_TYPE (KoloNoteColor, kolo_note_color,
  G_DEFINE_ENUM_VALUE (KOLO_NOTE_YELLOW, "yellow"),
  G_DEFINE_ENUM_VALUE (KOLO_NOTE_GREEN, "green"),
  G_DEFINE_ENUM_VALUE (KOLO_NOTE_BLUE, "blue"),
  G_DEFINE_ENUM_VALUE (KOLO_NOTE_PINK, "pink"),
  G_DEFINE_ENUM_VALUE (KOLO_NOTE_ORANGE, "orange"),
  G_DEFINE_ENUM_VALUE (KOLO_NOTE_PURPLE, "purple"))

/* Light paper tones: dark text stays readable on all of them, on a
 * projector too. */
static const struct {
  const char *name;   /* in files, the store and CSS classes */
  const char *label;  /* shown to people */
  guint32     rgb;
} colors[KOLO_N_NOTE_COLORS] = {
  [KOLO_NOTE_YELLOW] = { "yellow", NC_("note colour", "Yellow"), 0xFFF59D },
  [KOLO_NOTE_GREEN]  = { "green",  NC_("note colour", "Green"),  0xC5E1A5 },
  [KOLO_NOTE_BLUE]   = { "blue",   NC_("note colour", "Blue"),   0xB3D9F7 },
  [KOLO_NOTE_PINK]   = { "pink",   NC_("note colour", "Pink"),   0xF8BBD0 },
  [KOLO_NOTE_ORANGE] = { "orange", NC_("note colour", "Orange"), 0xFFCC80 },
  [KOLO_NOTE_PURPLE] = { "purple", NC_("note colour", "Purple"), 0xD1C4E9 },
};

const char *
kolo_note_color_to_string (KoloNoteColor color)
{
  g_return_val_if_fail (color < KOLO_N_NOTE_COLORS, "yellow");
  return colors[color].name;
}

/**
 * kolo_note_color_from_string:
 * @text: (nullable): a colour's name, as in files
 * @color: (out): where to put the colour
 *
 * Returns: whether @text names a colour; @color is unchanged if not
 */
gboolean
kolo_note_color_from_string (const char    *text,
                             KoloNoteColor *color)
{
  for (guint i = 0; i < KOLO_N_NOTE_COLORS; i++)
    if (g_strcmp0 (text, colors[i].name) == 0)
      {
        *color = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * kolo_note_color_get_label:
 *
 * Returns: (transfer none): the colour's name in the user's language
 */
const char *
kolo_note_color_get_label (KoloNoteColor color)
{
  g_return_val_if_fail (color < KOLO_N_NOTE_COLORS, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "note colour", colors[color].label);
}

guint32
kolo_note_color_get_rgb (KoloNoteColor color)
{
  g_return_val_if_fail (color < KOLO_N_NOTE_COLORS, 0xFFFFFF);
  return colors[color].rgb;
}
