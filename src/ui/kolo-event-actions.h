/* kolo-event-actions.h — the same event actions on every widget that shows
 * one event (a library row, the event page)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kolo-core.h"

G_BEGIN_DECLS

void kolo_event_actions_install (GtkWidgetClass *widget_class,
                                 const char     *prefix);
void kolo_event_actions_update  (GtkWidget      *widget,
                                 const char     *prefix,
                                 KoloEvent      *event);

G_END_DECLS
