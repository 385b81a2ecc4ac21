/* kolo-ticker.h — one tick a second for a running timer, on the second
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "kolo-core.h"

G_BEGIN_DECLS

#define KOLO_TYPE_TICKER (kolo_ticker_get_type ())
G_DECLARE_FINAL_TYPE (KoloTicker, kolo_ticker, KOLO, TICKER, GObject)

KoloTicker *kolo_ticker_new     (KoloRun    *run);
KoloRun    *kolo_ticker_get_run (KoloTicker *self);

G_END_DECLS
