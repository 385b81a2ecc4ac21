/* kolo-agenda-actions.h — what the trainer does to the agenda: add, edit,
 * move and delete days, modules and activities
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

void     kolo_agenda_undo_toast   (GtkWidget   *widget,
                                   KoloHistory *history,
                                   AdwToast    *toast);
void     kolo_agenda_edit         (GtkWidget  *widget,
                                   GObject    *item);
void     kolo_agenda_delete       (GtkWidget  *widget,
                                   GObject    *item);
gboolean kolo_agenda_move         (GtkWidget  *widget,
                                   GObject    *item,
                                   int         direction);
void     kolo_agenda_add_activity (GtkWidget  *widget,
                                   GObject    *after);
void     kolo_agenda_add_module   (GtkWidget  *widget,
                                   GObject    *after);
void     kolo_agenda_add_day      (GtkWidget  *widget,
                                   KoloEvent  *event);
gboolean kolo_agenda_drop         (GtkWidget  *widget,
                                   KoloActivity *activity,
                                   GObject    *target,
                                   gboolean    after);

G_END_DECLS
