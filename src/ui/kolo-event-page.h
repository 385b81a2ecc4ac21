/* kolo-event-page.h — one event: its details and its views
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"
#include "kolo-ticker.h"

G_BEGIN_DECLS

#define KOLO_TYPE_EVENT_PAGE (kolo_event_page_get_type ())
G_DECLARE_FINAL_TYPE (KoloEventPage, kolo_event_page, KOLO, EVENT_PAGE, GtkWidget)

KoloEvent *kolo_event_page_get_event (KoloEventPage *self);
void       kolo_event_page_set_event (KoloEventPage *self,
                                      KoloEvent     *event);
void       kolo_event_page_set_ticker (KoloEventPage *self,
                                       KoloTicker    *ticker);

void           kolo_event_page_show_board      (KoloEventPage *self,
                                                KoloBoard     *board);
GtkWidget     *kolo_event_page_get_boards_page (KoloEventPage *self);
GtkWidget     *kolo_event_page_get_role_plays_page   (KoloEventPage *self);
GtkWidget     *kolo_event_page_get_participants_page (KoloEventPage *self);

G_END_DECLS
