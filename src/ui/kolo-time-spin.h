/* kolo-time-spin.h — spin buttons that show clock times (10:00)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void      kolo_time_spin_setup (GtkSpinButton *spin,
                                gboolean       allow_none);
GBinding *kolo_time_spin_bind (gpointer       object,
                               const char    *property,
                               GtkSpinButton *spin);

G_END_DECLS
