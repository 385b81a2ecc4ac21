/* kolo-ui-util.h — small things every Kolo widget needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void kolo_widget_dispose_children (GtkWidget *widget,
                                   GType      template_type);

void     kolo_list_box_remove_all (GtkListBox *box);

guint    kolo_list_model_index_of (GListModel *list,
                                   gpointer    item);

/* GBinding transforms between an enum property and a drop-down's
 * "selected", for enums listed in their order; user_data: the number of
 * values, as GUINT_TO_POINTER. */
gboolean kolo_enum_to_selected (GBinding     *binding,
                                const GValue *from,
                                GValue       *to,
                                gpointer      user_data);
gboolean kolo_selected_to_enum (GBinding     *binding,
                                const GValue *from,
                                GValue       *to,
                                gpointer      user_data);

/* A GBinding transform that lets no blank text through: what the user
 * clears stays in the entry and the model keeps its last real text. */
gboolean kolo_text_not_blank   (GBinding     *binding,
                                const GValue *from,
                                GValue       *to,
                                gpointer      user_data);

/* A filter of PDF documents for a file chooser (transfer full) */
GtkFileFilter *kolo_pdf_file_filter (void);

/* Whether @text, folded, holds @folded_needle (see kolo_text_fold()) */
gboolean kolo_folded_contains     (const char   *text,
                                   const char   *folded_needle);

/* The position of the day (KoloDay in @days) of today's date, or 0 */
guint    kolo_event_today_index   (GListModel   *days);

G_END_DECLS
