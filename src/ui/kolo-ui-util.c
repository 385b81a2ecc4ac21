/* kolo-ui-util.c — small things every Kolo widget needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kolo-ui-util.h"

/**
 * kolo_widget_dispose_children:
 * @template_type: the type whose template built the children
 *
 * For the dispose() of a widget that holds its template's content directly
 * (GtkWidget with a layout manager): drops the template's references, then
 * unparents what the template added, so nothing is left at finalize.
 */
void
kolo_widget_dispose_children (GtkWidget *widget,
                              GType      template_type)
{
  GtkWidget *child;

  gtk_widget_dispose_template (widget, template_type);
  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}
