/* kolo-card-editor.h — editing one card of a role-play deck
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

#define KOLO_TYPE_CARD_EDITOR (kolo_card_editor_get_type ())
G_DECLARE_FINAL_TYPE (KoloCardEditor, kolo_card_editor, KOLO, CARD_EDITOR, AdwWindow)

/* @card: (nullable): the card of @deck to edit, or NULL for a new one,
 * added at @position when saved */
GtkWindow *kolo_card_editor_new       (GtkWindow       *parent,
                                       KoloDeck        *deck,
                                       KoloCard        *card,
                                       guint            position);
/* The card edited; a new card is in no deck until it is saved */
KoloCard  *kolo_card_editor_get_card  (KoloCardEditor  *self);
/* What "Add Brief" does; @role and @text fill it in (NULL: empty) */
void       kolo_card_editor_add_brief (KoloCardEditor  *self,
                                       const char      *role,
                                       const char      *text);
/* What "Save" does: the card gets every field at once (one undo step), or
 * nothing changes and @error says why. */
gboolean   kolo_card_editor_save      (KoloCardEditor  *self,
                                       GError         **error);

G_END_DECLS
