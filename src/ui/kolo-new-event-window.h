/* kolo-new-event-window.h — create an event from a template or blank
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"
#include "kolo-window.h"

G_BEGIN_DECLS

#define KOLO_TYPE_NEW_EVENT_WINDOW (kolo_new_event_window_get_type ())
G_DECLARE_FINAL_TYPE (KoloNewEventWindow, kolo_new_event_window, KOLO, NEW_EVENT_WINDOW, AdwWindow)

GtkWindow *kolo_new_event_window_new (KoloWindow *parent,
                                      KoloStore  *store,
                                      const char *template_name);

G_END_DECLS
