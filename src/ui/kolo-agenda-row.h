/* kolo-agenda-row.h — one row of the agenda: a day, a module or an activity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

#define KOLO_TYPE_AGENDA_ROW (kolo_agenda_row_get_type ())
G_DECLARE_FINAL_TYPE (KoloAgendaRow, kolo_agenda_row, KOLO, AGENDA_ROW, GtkWidget)

KoloAgendaRow *kolo_agenda_row_new      (void);
GObject       *kolo_agenda_row_get_item (KoloAgendaRow *self);
void           kolo_agenda_row_set_item (KoloAgendaRow *self,
                                         GObject       *item);
void           kolo_agenda_row_set_run  (KoloAgendaRow *self,
                                         KoloRun       *run);

G_END_DECLS
