/* kolo-participant-editor.h — editing one participant
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

#define KOLO_TYPE_PARTICIPANT_EDITOR (kolo_participant_editor_get_type ())
G_DECLARE_FINAL_TYPE (KoloParticipantEditor, kolo_participant_editor, KOLO, PARTICIPANT_EDITOR,
                      AdwWindow)

GtkWindow       *kolo_participant_editor_new             (GtkWindow             *parent,
                                                          KoloParticipant       *participant);
KoloParticipant *kolo_participant_editor_get_participant (KoloParticipantEditor *self);

G_END_DECLS
