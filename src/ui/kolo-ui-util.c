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

gboolean
kolo_enum_to_selected (GBinding     *binding,
                       const GValue *from,
                       GValue       *to,
                       gpointer      user_data)
{
  g_value_set_uint (to, (guint) g_value_get_enum (from));
  return TRUE;
}

gboolean
kolo_selected_to_enum (GBinding     *binding,
                       const GValue *from,
                       GValue       *to,
                       gpointer      user_data)
{
  guint selected = g_value_get_uint (from);

  if (selected >= GPOINTER_TO_UINT (user_data))
    return FALSE;
  g_value_set_enum (to, (int) selected);
  return TRUE;
}

/**
 * kolo_list_model_index_of:
 *
 * Returns: the position of @item in @list, or G_MAXUINT
 */
guint
kolo_list_model_index_of (GListModel *list,
                          gpointer    item)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (list, i);

      if (other == item)
        return i;
    }
  return G_MAXUINT;
}

gboolean
kolo_text_not_blank (GBinding     *binding,
                     const GValue *from,
                     GValue       *to,
                     gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      {
        g_value_set_string (to, text);
        return TRUE;
      }
  return FALSE;
}
