/* kolo-event-details.h — an event's details, edited in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

#define KOLO_TYPE_EVENT_DETAILS (kolo_event_details_get_type ())
G_DECLARE_FINAL_TYPE (KoloEventDetails, kolo_event_details, KOLO, EVENT_DETAILS, GtkWidget)

void kolo_event_details_set_event (KoloEventDetails *self,
                                   KoloEvent        *event);

G_END_DECLS
