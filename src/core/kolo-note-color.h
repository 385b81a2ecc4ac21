/* kolo-note-color.h — the colours of brainstorm notes and clusters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  KOLO_NOTE_YELLOW,
  KOLO_NOTE_GREEN,
  KOLO_NOTE_BLUE,
  KOLO_NOTE_PINK,
  KOLO_NOTE_ORANGE,
  KOLO_NOTE_PURPLE,
  KOLO_N_NOTE_COLORS
} KoloNoteColor;

#define KOLO_TYPE_NOTE_COLOR (kolo_note_color_get_type ())
GType        kolo_note_color_get_type    (void);

/* "yellow", "green", …: the names in files and CSS classes */
const char  *kolo_note_color_to_string   (KoloNoteColor  color);
gboolean     kolo_note_color_from_string (const char    *text,
                                          KoloNoteColor *color);
/* Translated: «Жовтий», … */
const char  *kolo_note_color_get_label   (KoloNoteColor  color);
/* The paper colour, as 0xRRGGBB, for images and exports */
guint32      kolo_note_color_get_rgb     (KoloNoteColor  color);

G_END_DECLS
