/* kolo-idea-editor.h — editing one idea of a board
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

#define KOLO_TYPE_IDEA_EDITOR (kolo_idea_editor_get_type ())
G_DECLARE_FINAL_TYPE (KoloIdeaEditor, kolo_idea_editor, KOLO, IDEA_EDITOR, AdwWindow)

GtkWindow *kolo_idea_editor_new      (GtkWindow      *parent,
                                      KoloIdea       *idea);
KoloIdea  *kolo_idea_editor_get_idea (KoloIdeaEditor *self);

G_END_DECLS
