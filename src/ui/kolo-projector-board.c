/* kolo-projector-board.c — a brainstorm board as the room sees it, where
 * participants walk up and type their ideas
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-projector-board"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-board-actions.h"
#include "kolo-board-area.h"
#include "kolo-projector-board.h"
#include "kolo-ui-util.h"

/* Only what the room may see: no pending ideas, no notes while the board is
 * hidden (then only how many came in), no menus.  The entry is the room's
 * own: Enter adds the idea and empties it for the next person. */
struct _KoloProjectorBoard
{
  GtkWidget      parent_instance;

  KoloBoard     *board;
  guint          message_timeout;

  /* Template children */
  GtkLabel      *question_label;
  GtkStack      *stack;
  KoloBoardArea *area;
  GtkLabel      *count_label;
  GtkEntry      *idea_entry;
  GtkEntry      *author_entry;
  GtkLabel      *message_label;
};

G_DEFINE_FINAL_TYPE (KoloProjectorBoard, kolo_projector_board, GTK_TYPE_WIDGET)

static void
update (KoloProjectorBoard *self)
{
  guint n;
  g_autofree char *count = NULL;

  if (self->board == NULL)
    return;

  n = g_list_model_get_n_items (kolo_board_get_ideas (self->board)) -
      kolo_board_get_n_pending (self->board);
  count = g_strdup_printf (ngettext ("%u idea", "%u ideas", n), n);

  gtk_label_set_text (self->question_label, kolo_board_get_question (self->board));
  gtk_label_set_text (self->count_label, count);
  gtk_stack_set_visible_child_name (self->stack,
                                    kolo_board_get_hidden (self->board) ? "hidden" : "ideas");
  gtk_widget_set_visible (GTK_WIDGET (self->author_entry),
                          !kolo_board_get_anonymous (self->board));
}

static gboolean
clear_message_cb (gpointer user_data)
{
  KoloProjectorBoard *self = user_data;

  self->message_timeout = 0;
  gtk_label_set_text (self->message_label, "");
  return G_SOURCE_REMOVE;
}

static void
say (KoloProjectorBoard *self,
     const char         *message,
     gboolean            is_error)
{
  gtk_label_set_text (self->message_label, message);
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "error");
  g_clear_handle_id (&self->message_timeout, g_source_remove);
  self->message_timeout = g_timeout_add_seconds (6, clear_message_cb, self);
}

static void
add_idea (KoloProjectorBoard *self)
{
  g_autoptr(GError) error = NULL;
  gboolean moderated;

  if (self->board == NULL)
    return;

  moderated = kolo_board_get_moderated (self->board);
  if (!kolo_board_add_idea_from (GTK_WIDGET (self), self->board, GTK_EDITABLE (self->idea_entry),
                                 GTK_EDITABLE (self->author_entry), &error))
    say (self, error->message, TRUE);
  else if (moderated)
    say (self, _("Thank you! The trainer shows your idea to the room."), FALSE);
  else if (kolo_board_get_hidden (self->board))
    say (self, _("Thank you! Your idea is in; we see them all together."), FALSE);
  else
    say (self, _("Thank you! Your idea is on the board."), FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->idea_entry));
}

static void
kolo_projector_board_dispose (GObject *object)
{
  KoloProjectorBoard *self = (KoloProjectorBoard *)object;

  g_clear_handle_id (&self->message_timeout, g_source_remove);
  kolo_projector_board_set_board (self, NULL);
  kolo_widget_dispose_children (GTK_WIDGET (self), KOLO_TYPE_PROJECTOR_BOARD);

  G_OBJECT_CLASS (kolo_projector_board_parent_class)->dispose (object);
}

static void
kolo_projector_board_class_init (KoloProjectorBoardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_projector_board_dispose;

  g_type_ensure (KOLO_TYPE_BOARD_AREA);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kolo-projector-board.ui");
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorBoard, question_label);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorBoard, stack);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorBoard, area);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorBoard, count_label);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorBoard, idea_entry);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorBoard, author_entry);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorBoard, message_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
kolo_projector_board_init (KoloProjectorBoard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->idea_entry, "activate", G_CALLBACK (add_idea), self);
  g_signal_connect_swapped (self->author_entry, "activate", G_CALLBACK (add_idea), self);
}

KoloProjectorBoard *
kolo_projector_board_new (void)
{
  return g_object_new (KOLO_TYPE_PROJECTOR_BOARD, NULL);
}

/**
 * kolo_projector_board_get_board:
 *
 * Returns: (transfer none) (nullable): the board shown
 */
KoloBoard *
kolo_projector_board_get_board (KoloProjectorBoard *self)
{
  g_return_val_if_fail (KOLO_IS_PROJECTOR_BOARD (self), NULL);
  return self->board;
}

void
kolo_projector_board_set_board (KoloProjectorBoard *self,
                                KoloBoard          *board)
{
  g_return_if_fail (KOLO_IS_PROJECTOR_BOARD (self));

  if (self->board == board)
    return;

  if (self->board != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->board, self);
      g_signal_handlers_disconnect_by_data (kolo_board_get_ideas (self->board), self);
    }
  g_set_object (&self->board, board);
  kolo_board_area_set_board (self->area, board);
  gtk_editable_set_text (GTK_EDITABLE (self->idea_entry), "");
  gtk_label_set_text (self->message_label, "");
  if (board == NULL)
    return;

  g_signal_connect_object (board, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (kolo_board_get_ideas (board), "items-changed", G_CALLBACK (update),
                           self, G_CONNECT_SWAPPED);
  update (self);
}

/**
 * kolo_projector_board_get_entry:
 *
 * Returns: (transfer none): where the room types an idea
 */
GtkEditable *
kolo_projector_board_get_entry (KoloProjectorBoard *self)
{
  g_return_val_if_fail (KOLO_IS_PROJECTOR_BOARD (self), NULL);
  return GTK_EDITABLE (self->idea_entry);
}

/**
 * kolo_projector_board_get_area:
 *
 * Returns: (transfer none): the notes
 */
GtkWidget *
kolo_projector_board_get_area (KoloProjectorBoard *self)
{
  g_return_val_if_fail (KOLO_IS_PROJECTOR_BOARD (self), NULL);
  return GTK_WIDGET (self->area);
}

/**
 * kolo_projector_board_get_message:
 *
 * Returns: what the board last said to the room (a thank-you, an error)
 */
const char *
kolo_projector_board_get_message (KoloProjectorBoard *self)
{
  g_return_val_if_fail (KOLO_IS_PROJECTOR_BOARD (self), NULL);
  return gtk_label_get_text (self->message_label);
}
