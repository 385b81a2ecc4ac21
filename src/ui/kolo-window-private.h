/* kolo-window-private.h — what kolo-window.c shares with its actions file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gsound.h>

#include "kolo-event-page.h"
#include "kolo-events-page.h"
#include "kolo-projector-window.h"
#include "kolo-ticker.h"
#include "kolo-window.h"

G_BEGIN_DECLS

struct _KoloWindow
{
  AdwApplicationWindow  parent_instance;

  KoloStore            *store;
  GSettings            *settings;
  gboolean              show_archived;
  AdwToast             *last_toast;          /* weak: the toast on show */
  gint64                last_toast_shown;    /* monotonic time it was added */
  gint64                toasts_unsafe_until; /* see show_next_toast() */
  GQueue                pending_toasts;      /* of AdwToast, owned */
  guint                 toast_timeout;

  /* Running a day (kolo-window-run.c) */
  KoloRun              *run;
  KoloTicker           *ticker;
  KoloProjectorWindow  *projector;           /* weak */
  int                   projector_monitor;
  guint                 inhibit_cookie;
  guint                 pulse_timeout;
  GSoundContext        *sounds;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  KoloEventsPage       *events_page;
  KoloEventPage        *event_page;   /* made when first needed */
};

void kolo_window_class_add_actions     (GtkWidgetClass *widget_class);
void kolo_window_class_add_run_actions (GtkWidgetClass *widget_class);
void kolo_window_init_run              (KoloWindow     *self);
void kolo_window_dispose_run           (KoloWindow     *self);

G_END_DECLS
