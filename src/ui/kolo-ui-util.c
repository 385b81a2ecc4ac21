/* kolo-ui-util.c — small things every Kolo widget needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kolo-core.h"
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

/**
 * kolo_event_today_index:
 * @days: an event's days (KoloDay)
 *
 * Returns: the position of the day whose date is today, or 0
 */
guint
kolo_event_today_index (GListModel *days)
{
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  for (guint i = 0; i < g_list_model_get_n_items (days); i++)
    {
      g_autoptr(KoloDay) day = g_list_model_get_item (days, i);

      if (g_date_compare (kolo_day_get_date (day), &today) == 0)
        return i;
    }
  return 0;
}

/**
 * kolo_pdf_file_filter:
 *
 * Returns: (transfer full): a filter of PDF documents for a file chooser
 */
GtkFileFilter *
kolo_pdf_file_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("PDF Documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_pattern (filter, "*.pdf");
  return filter;
}

/**
 * kolo_folded_contains:
 * @folded_needle: what is searched for, already through kolo_text_fold()
 *
 * Returns: whether @text, folded as kolo_text_fold() does, holds
 *   @folded_needle: a search that ignores case and apostrophe forms
 */
gboolean
kolo_folded_contains (const char *text,
                      const char *folded_needle)
{
  g_autofree char *folded = kolo_text_fold (text);

  return strstr (folded, folded_needle) != NULL;
}

/**
 * kolo_list_box_remove_all:
 *
 * Empties @box (GTK 4.8 has no gtk_list_box_remove_all()).
 */
void
kolo_list_box_remove_all (GtkListBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_list_box_remove (box, child);
}
