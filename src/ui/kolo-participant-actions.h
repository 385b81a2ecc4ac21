/* kolo-participant-actions.h — what the organizer does with participants
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

/* @widget: any widget of the window (or a dialog of it), for errors,
 * toasts and as the parent of what opens. */
void kolo_participant_add             (GtkWidget       *widget,
                                       KoloEvent       *event);
void kolo_participant_edit            (GtkWidget       *widget,
                                       KoloParticipant *participant);
void kolo_participant_delete          (GtkWidget       *widget,
                                       KoloParticipant *participant);
void kolo_participants_import         (GtkWidget       *widget,
                                       KoloEvent       *event);
void kolo_participants_import_file    (GtkWidget       *widget,
                                       KoloEvent       *event,
                                       GFile           *file);
void kolo_participants_export         (GtkWidget       *widget,
                                       KoloEvent       *event);
void kolo_participants_copy_from      (GtkWidget       *widget,
                                       KoloEvent       *event);
GBytes *kolo_participants_make_signin (GtkWidget       *widget,
                                       KoloEvent       *event,
                                       guint            day_index);
void kolo_participants_print_signin   (GtkWidget       *widget,
                                       KoloEvent       *event,
                                       guint            day_index);
void kolo_participants_mark_all       (GtkWidget       *widget,
                                       KoloEvent       *event,
                                       guint            day_index);
void kolo_participants_certificates   (GtkWidget       *widget,
                                       KoloEvent       *event);
void kolo_participants_groups         (GtkWidget       *widget,
                                       KoloEvent       *event);

G_END_DECLS
