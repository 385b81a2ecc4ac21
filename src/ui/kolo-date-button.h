/* kolo-date-button.h — a button that shows a date and picks one from a calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KOLO_TYPE_DATE_BUTTON (kolo_date_button_get_type ())
G_DECLARE_FINAL_TYPE (KoloDateButton, kolo_date_button, KOLO, DATE_BUTTON, GtkWidget)

GtkWidget   *kolo_date_button_new      (void);
const GDate *kolo_date_button_get_date (KoloDateButton *self);
void         kolo_date_button_set_date (KoloDateButton *self,
                                        const GDate    *date);

G_END_DECLS
