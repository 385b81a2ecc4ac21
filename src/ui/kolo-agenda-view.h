/* kolo-agenda-view.h — an event's agenda: days, modules and activities with
 * their clock times
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"
#include "kolo-ticker.h"

G_BEGIN_DECLS

#define KOLO_TYPE_AGENDA_VIEW (kolo_agenda_view_get_type ())
G_DECLARE_FINAL_TYPE (KoloAgendaView, kolo_agenda_view, KOLO, AGENDA_VIEW, GtkWidget)

void        kolo_agenda_view_set_event (KoloAgendaView *self,
                                        KoloEvent      *event);
GListModel *kolo_agenda_view_get_rows  (KoloAgendaView *self);
void        kolo_agenda_view_set_ticker (KoloAgendaView *self,
                                         KoloTicker     *ticker);

G_END_DECLS
