/* kolo-day-row.h — one day of an event, with its date and times editable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

#define KOLO_TYPE_DAY_ROW (kolo_day_row_get_type ())
G_DECLARE_FINAL_TYPE (KoloDayRow, kolo_day_row, KOLO, DAY_ROW, AdwPreferencesRow)

GtkWidget *kolo_day_row_new     (KoloDay    *day);
KoloDay   *kolo_day_row_get_day (KoloDayRow *self);

G_END_DECLS
