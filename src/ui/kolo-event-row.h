/* kolo-event-row.h — one event in the library: its dates, title and place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

#define KOLO_TYPE_EVENT_ROW (kolo_event_row_get_type ())
G_DECLARE_FINAL_TYPE (KoloEventRow, kolo_event_row, KOLO, EVENT_ROW, GtkWidget)

KoloEventRow *kolo_event_row_new       (void);
KoloEvent    *kolo_event_row_get_event (KoloEventRow *self);
void          kolo_event_row_set_event (KoloEventRow *self,
                                        KoloEvent    *event);

G_END_DECLS
