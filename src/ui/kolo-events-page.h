/* kolo-events-page.h — the events library: every training, newest first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

#define KOLO_TYPE_EVENTS_PAGE (kolo_events_page_get_type ())
G_DECLARE_FINAL_TYPE (KoloEventsPage, kolo_events_page, KOLO, EVENTS_PAGE, GtkWidget)

void        kolo_events_page_set_store    (KoloEventsPage *self,
                                           KoloStore      *store);
void        kolo_events_page_start_search (KoloEventsPage *self);
GListModel *kolo_events_page_get_model    (KoloEventsPage *self);

G_END_DECLS
