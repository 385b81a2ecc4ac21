/* kolo-idea-editor.c — editing one idea of a board
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-idea-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-board-actions.h"
#include "kolo-idea-editor.h"
#include "kolo-ui-util.h"

/* Bound to the idea like the activity editor: every change is stored as it
 * is typed and is a step of the event's history.  A text that is empty or
 * too long stays in the editor and is not stored until it is right again. */
struct _KoloIdeaEditor
{
  AdwWindow      parent_instance;

  KoloIdea      *idea;

  /* Template children */
  GtkTextView   *text_view;
  GtkLabel      *count_label;
  AdwEntryRow   *author_row;
  AdwComboRow   *color_row;
  GtkSpinButton *votes_spin;
};

G_DEFINE_FINAL_TYPE (KoloIdeaEditor, kolo_idea_editor, ADW_TYPE_WINDOW)

static gboolean
text_to_idea (GBinding     *binding,
              const GValue *from,
              GValue       *to,
              gpointer      user_data)
{
  const char *text = g_value_get_string (from);
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  glong length = g_utf8_strlen (trimmed, -1);

  if (length < 1 || length > KOLO_IDEA_TEXT_MAX)
    return FALSE;
  g_value_set_string (to, text);
  return TRUE;
}

static void
update_count (KoloIdeaEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  int length = gtk_text_buffer_get_char_count (buffer);
  /* Translators: characters typed of those allowed, "120 / 500" */
  g_autofree char *text = g_strdup_printf (_("%d / %d"), length, KOLO_IDEA_TEXT_MAX);

  gtk_label_set_text (self->count_label, text);
  if (length > KOLO_IDEA_TEXT_MAX)
    gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->count_label), "error");
}

static gboolean
author_to_row (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  const char *author = g_value_get_string (from);

  g_value_set_string (to, author != NULL ? author : "");
  return TRUE;
}

static gboolean
row_to_author (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  g_value_set_string (to, text != NULL && *text != '\0' ? text : NULL);
  return TRUE;
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoloIdeaEditor *self = KOLO_IDEA_EDITOR (widget);
  g_autoptr(KoloIdea) idea = g_object_ref (self->idea);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  gtk_window_destroy (GTK_WINDOW (self));
  kolo_board_delete_idea (parent != NULL ? GTK_WIDGET (parent) : NULL, idea);
}

static void
kolo_idea_editor_dispose (GObject *object)
{
  KoloIdeaEditor *self = (KoloIdeaEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KOLO_TYPE_IDEA_EDITOR);
  g_clear_object (&self->idea);

  G_OBJECT_CLASS (kolo_idea_editor_parent_class)->dispose (object);
}

static void
kolo_idea_editor_class_init (KoloIdeaEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_idea_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kolo-idea-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KoloIdeaEditor, text_view);
  gtk_widget_class_bind_template_child (widget_class, KoloIdeaEditor, count_label);
  gtk_widget_class_bind_template_child (widget_class, KoloIdeaEditor, author_row);
  gtk_widget_class_bind_template_child (widget_class, KoloIdeaEditor, color_row);
  gtk_widget_class_bind_template_child (widget_class, KoloIdeaEditor, votes_spin);

  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kolo_idea_editor_init (KoloIdeaEditor *self)
{
  g_autoptr(GtkStringList) colors = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < KOLO_N_NOTE_COLORS; i++)
    gtk_string_list_append (colors, kolo_note_color_get_label (i));
  adw_combo_row_set_model (self->color_row, G_LIST_MODEL (colors));

  g_signal_connect_swapped (gtk_text_view_get_buffer (self->text_view), "changed",
                            G_CALLBACK (update_count), self);
}

/**
 * kolo_idea_editor_new:
 *
 * Returns: (transfer none): the editor, not yet shown
 */
GtkWindow *
kolo_idea_editor_new (GtkWindow *parent,
                      KoloIdea  *idea)
{
  KoloIdeaEditor *self;
  KoloBoard *board;

  g_return_val_if_fail (KOLO_IS_IDEA (idea), NULL);

  self = g_object_new (KOLO_TYPE_IDEA_EDITOR,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->idea = g_object_ref (idea);
  board = kolo_idea_get_board (idea);

  g_object_bind_property_full (idea, "text", gtk_text_view_get_buffer (self->text_view), "text",
                               G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                               NULL, text_to_idea, NULL, NULL);
  /* An anonymous board never stores an author. */
  gtk_widget_set_visible (GTK_WIDGET (self->author_row),
                          board == NULL || !kolo_board_get_anonymous (board));
  g_object_bind_property_full (idea, "author", self->author_row, "text",
                               G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                               author_to_row, row_to_author, NULL, NULL);
  g_object_bind_property_full (idea, "color", self->color_row, "selected",
                               G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                               kolo_enum_to_selected, kolo_selected_to_enum,
                               GUINT_TO_POINTER (KOLO_N_NOTE_COLORS), NULL);
  g_object_bind_property (idea, "votes", self->votes_spin, "value",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  return GTK_WINDOW (self);
}

/**
 * kolo_idea_editor_get_idea:
 *
 * Returns: (transfer none): the idea edited
 */
KoloIdea *
kolo_idea_editor_get_idea (KoloIdeaEditor *self)
{
  g_return_val_if_fail (KOLO_IS_IDEA_EDITOR (self), NULL);
  return self->idea;
}
