/* kolo-run-bar.h — the console of a running day: countdown and controls
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-ticker.h"

G_BEGIN_DECLS

#define KOLO_TYPE_RUN_BAR (kolo_run_bar_get_type ())
G_DECLARE_FINAL_TYPE (KoloRunBar, kolo_run_bar, KOLO, RUN_BAR, GtkWidget)

void        kolo_run_bar_set_ticker (KoloRunBar *self,
                                     KoloTicker *ticker);
guint       kolo_run_bar_get_day    (KoloRunBar *self);
const char *kolo_run_bar_get_shown_time (KoloRunBar *self);

G_END_DECLS
