/* kolo-fit-bin.h — a child drawn at its own size, or smaller when that is
 * what it takes to show all of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KOLO_TYPE_FIT_BIN (kolo_fit_bin_get_type ())
G_DECLARE_FINAL_TYPE (KoloFitBin, kolo_fit_bin, KOLO, FIT_BIN, GtkWidget)

GtkWidget *kolo_fit_bin_new       (void);
GtkWidget *kolo_fit_bin_get_child (KoloFitBin *self);
void       kolo_fit_bin_set_child (KoloFitBin *self,
                                   GtkWidget  *child);
double     kolo_fit_bin_get_scale (KoloFitBin *self);
void       kolo_fit_bin_set_max_scale (KoloFitBin *self,
                                       double      max_scale);

G_END_DECLS
