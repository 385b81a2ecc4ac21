/* kolo-ui-util.h — small things every Kolo widget needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void kolo_widget_dispose_children (GtkWidget *widget,
                                   GType      template_type);

G_END_DECLS
