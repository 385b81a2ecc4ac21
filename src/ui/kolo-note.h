/* kolo-note.h — one idea of a brainstorm board, drawn as a paper note
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

#define KOLO_TYPE_NOTE (kolo_note_get_type ())
G_DECLARE_FINAL_TYPE (KoloNote, kolo_note, KOLO, NOTE, GtkWidget)

KoloNote   *kolo_note_new           (gboolean   on_projector);
KoloIdea   *kolo_note_get_idea      (KoloNote  *self);
void        kolo_note_set_idea      (KoloNote  *self,
                                     KoloIdea  *idea);
const char *kolo_note_get_text      (KoloNote  *self);

void        kolo_note_install_colors (GdkDisplay *display);

G_END_DECLS
