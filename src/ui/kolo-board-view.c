/* kolo-board-view.c — one brainstorm board on the trainer's console
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-board-view"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-board-actions.h"
#include "kolo-board-area.h"
#include "kolo-board-column.h"
#include "kolo-board-view.h"
#include "kolo-idea-watch.h"
#include "kolo-note.h"
#include "kolo-ui-util.h"
#include "kolo-window.h"

/* The console sees everything: the ideas the room does not see yet (hidden
 * or waiting for approval) included.  The switches are the board's own
 * properties, so the projector follows them. */
struct _KoloBoardView
{
  GtkWidget           parent_instance;

  KoloBoard          *board;
  GtkFilterListModel *pending;
  KoloIdeaWatch      *pending_watch;
  GPtrArray          *bindings;

  /* Template children */
  GtkEntry           *question_label;
  GtkToggleButton    *hidden_button;
  GtkToggleButton    *moderated_button;
  GtkToggleButton    *anonymous_button;
  GtkToggleButton    *sort_button;
  GtkEntry           *idea_entry;
  GtkEntry           *author_entry;
  GtkLabel           *error_label;
  GtkRevealer        *hidden_revealer;
  GtkLabel           *hidden_label;
  GtkRevealer        *pending_revealer;
  GtkLabel           *pending_label;
  GtkListView        *pending_list;
  KoloBoardArea      *area;
};

G_DEFINE_FINAL_TYPE (KoloBoardView, kolo_board_view, GTK_TYPE_WIDGET)

static void
update_banners (KoloBoardView *self)
{
  guint n_pending, n_ideas;
  g_autofree char *hidden = NULL;
  g_autofree char *pending = NULL;

  if (self->board == NULL)
    return;

  n_pending = kolo_board_get_n_pending (self->board);
  n_ideas = g_list_model_get_n_items (kolo_board_get_ideas (self->board)) - n_pending;

  hidden = g_strdup_printf (ngettext ("Hidden from the room: it sees that %u idea came in.",
                                      "Hidden from the room: it sees that %u ideas came in.",
                                      n_ideas), n_ideas);
  gtk_label_set_text (self->hidden_label, hidden);
  gtk_revealer_set_reveal_child (self->hidden_revealer, kolo_board_get_hidden (self->board));

  pending = g_strdup_printf (ngettext ("%u idea waits for you", "%u ideas wait for you",
                                       n_pending), n_pending);
  gtk_label_set_text (self->pending_label, pending);
  gtk_revealer_set_reveal_child (self->pending_revealer, n_pending > 0);

  gtk_widget_set_visible (GTK_WIDGET (self->author_entry),
                          !kolo_board_get_anonymous (self->board));
}

static gboolean
is_pending (gpointer item,
            gpointer user_data)
{
  return kolo_idea_get_pending (KOLO_IDEA (item));
}

static void
setup_note_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  gtk_list_item_set_child (item, GTK_WIDGET (kolo_note_new (FALSE)));
}

static void
bind_note_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  kolo_note_set_idea (KOLO_NOTE (gtk_list_item_get_child (item)),
                      KOLO_IDEA (gtk_list_item_get_item (item)));
}

static void
unbind_note_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  kolo_note_set_idea (KOLO_NOTE (gtk_list_item_get_child (item)), NULL);
}

/* Actions ------------------------------------------------------------------ */

static void
add_idea (KoloBoardView *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->board == NULL)
    return;
  ok = kolo_board_add_idea_from (GTK_WIDGET (self), self->board, GTK_EDITABLE (self->idea_entry),
                                 GTK_EDITABLE (self->author_entry), &error);
  gtk_label_set_text (self->error_label, ok ? "" : error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), !ok);
  gtk_widget_grab_focus (GTK_WIDGET (self->idea_entry));
}

static void
board_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KoloBoardView *self = KOLO_BOARD_VIEW (widget);
  g_autoptr(KoloBoard) board = self->board ? g_object_ref (self->board) : NULL;

  if (board == NULL)
    return;

  if (g_str_equal (action_name, "board.add-idea"))
    add_idea (self);
  else if (g_str_equal (action_name, "board.add-cluster"))
    {
      KoloCluster *cluster = kolo_board_add_cluster (widget, board);
      GtkWidget *column = cluster ? kolo_board_area_get_column (self->area, cluster) : NULL;

      if (column != NULL)
        kolo_board_column_rename (KOLO_BOARD_COLUMN (column));
    }
  else if (g_str_equal (action_name, "board.reveal"))
    kolo_board_set_hidden (board, FALSE);
  else if (g_str_equal (action_name, "board.approve-all"))
    {
      KoloHistory *history = kolo_event_get_history (kolo_board_get_event (board));
      g_autoptr(GPtrArray) waiting = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->pending)); i++)
        g_ptr_array_add (waiting, g_list_model_get_item (G_LIST_MODEL (self->pending), i));
      kolo_history_begin_group (history);
      for (guint i = 0; i < waiting->len; i++)
        kolo_idea_set_pending (waiting->pdata[i], FALSE);
      kolo_history_end_group (history);
    }
  else if (g_str_equal (action_name, "board.show-on-projector"))
    gtk_widget_activate_action (widget, "win.project-board", "x", kolo_board_get_id (board));
  else if (g_str_equal (action_name, "board.export"))
    kolo_board_export (widget, board, g_variant_get_string (parameter, NULL));
  else if (g_str_equal (action_name, "board.reset-votes"))
    kolo_board_reset_votes_of (widget, board);
  else if (g_str_equal (action_name, "board.delete"))
    kolo_board_delete (widget, board);
}

/* GObject ------------------------------------------------------------------ */

static void
kolo_board_view_dispose (GObject *object)
{
  KoloBoardView *self = (KoloBoardView *)object;

  kolo_board_view_set_board (self, NULL);
  kolo_widget_dispose_children (GTK_WIDGET (self), KOLO_TYPE_BOARD_VIEW);
  g_clear_pointer (&self->bindings, g_ptr_array_unref);

  G_OBJECT_CLASS (kolo_board_view_parent_class)->dispose (object);
}

static void
kolo_board_view_class_init (KoloBoardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_board_view_dispose;

  g_type_ensure (KOLO_TYPE_BOARD_AREA);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kolo-board-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KoloBoardView, question_label);
  gtk_widget_class_bind_template_child (widget_class, KoloBoardView, hidden_button);
  gtk_widget_class_bind_template_child (widget_class, KoloBoardView, moderated_button);
  gtk_widget_class_bind_template_child (widget_class, KoloBoardView, anonymous_button);
  gtk_widget_class_bind_template_child (widget_class, KoloBoardView, sort_button);
  gtk_widget_class_bind_template_child (widget_class, KoloBoardView, idea_entry);
  gtk_widget_class_bind_template_child (widget_class, KoloBoardView, author_entry);
  gtk_widget_class_bind_template_child (widget_class, KoloBoardView, error_label);
  gtk_widget_class_bind_template_child (widget_class, KoloBoardView, hidden_revealer);
  gtk_widget_class_bind_template_child (widget_class, KoloBoardView, hidden_label);
  gtk_widget_class_bind_template_child (widget_class, KoloBoardView, pending_revealer);
  gtk_widget_class_bind_template_child (widget_class, KoloBoardView, pending_label);
  gtk_widget_class_bind_template_child (widget_class, KoloBoardView, pending_list);
  gtk_widget_class_bind_template_child (widget_class, KoloBoardView, area);

  gtk_widget_class_install_action (widget_class, "board.add-idea", NULL, board_action);
  gtk_widget_class_install_action (widget_class, "board.add-cluster", NULL, board_action);
  gtk_widget_class_install_action (widget_class, "board.reveal", NULL, board_action);
  gtk_widget_class_install_action (widget_class, "board.approve-all", NULL, board_action);
  gtk_widget_class_install_action (widget_class, "board.show-on-projector", NULL, board_action);
  gtk_widget_class_install_action (widget_class, "board.export", "s", board_action);
  gtk_widget_class_install_action (widget_class, "board.reset-votes", NULL, board_action);
  gtk_widget_class_install_action (widget_class, "board.delete", NULL, board_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK,
                                       "board.add-cluster", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "boardview");
}

static void
kolo_board_view_init (KoloBoardView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->bindings = g_ptr_array_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_note_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_note_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_note_cb), NULL);
  gtk_list_view_set_factory (self->pending_list, factory);
  g_object_unref (factory);

  g_signal_connect_swapped (self->idea_entry, "activate", G_CALLBACK (add_idea), self);
  g_signal_connect_swapped (self->author_entry, "activate", G_CALLBACK (add_idea), self);
}

/**
 * kolo_board_view_get_board:
 *
 * Returns: (transfer none) (nullable): the board shown
 */
KoloBoard *
kolo_board_view_get_board (KoloBoardView *self)
{
  g_return_val_if_fail (KOLO_IS_BOARD_VIEW (self), NULL);
  return self->board;
}

static void
bind (KoloBoardView *self,
      const char    *property,
      gpointer       target,
      const char    *target_property)
{
  g_ptr_array_add (self->bindings,
                   g_object_bind_property (self->board, property, target, target_property,
                                           G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL));
}

void
kolo_board_view_set_board (KoloBoardView *self,
                           KoloBoard     *board)
{
  GtkCustomFilter *filter;

  g_return_if_fail (KOLO_IS_BOARD_VIEW (self));

  if (self->board == board)
    return;

  for (guint i = 0; i < self->bindings->len; i++)
    g_binding_unbind (self->bindings->pdata[i]);
  g_ptr_array_set_size (self->bindings, 0);
  if (self->board != NULL)
    g_signal_handlers_disconnect_by_data (self->board, self);
  g_clear_pointer (&self->pending_watch, kolo_idea_watch_free);
  gtk_list_view_set_model (self->pending_list, NULL);
  g_clear_object (&self->pending);

  g_set_object (&self->board, board);
  kolo_board_area_set_board (self->area, board);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  if (board == NULL)
    return;

  /* A question is never blank: a cleared entry keeps the last one. */
  g_ptr_array_add (self->bindings,
                   g_object_bind_property_full (board, "question", self->question_label, "text",
                                                G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                                                NULL, kolo_text_not_blank, NULL, NULL));
  bind (self, "hidden", self->hidden_button, "active");
  bind (self, "moderated", self->moderated_button, "active");
  bind (self, "anonymous", self->anonymous_button, "active");
  bind (self, "sort-by-votes", self->sort_button, "active");

  filter = gtk_custom_filter_new (is_pending, NULL, NULL);
  self->pending = gtk_filter_list_model_new (g_object_ref (kolo_board_get_ideas (board)),
                                             GTK_FILTER (filter));
  self->pending_watch = kolo_idea_watch_new (kolo_board_get_ideas (board), GTK_FILTER (filter),
                                             NULL);
  gtk_list_view_set_model (self->pending_list, GTK_SELECTION_MODEL (
    gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->pending)))));

  g_signal_connect_object (board, "notify", G_CALLBACK (update_banners), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (kolo_board_get_ideas (board), "items-changed",
                           G_CALLBACK (update_banners), self, G_CONNECT_SWAPPED);
  update_banners (self);
}

/**
 * kolo_board_view_get_area:
 *
 * Returns: (transfer none): the columns of ideas
 */
GtkWidget *
kolo_board_view_get_area (KoloBoardView *self)
{
  g_return_val_if_fail (KOLO_IS_BOARD_VIEW (self), NULL);
  return GTK_WIDGET (self->area);
}

/**
 * kolo_board_view_get_entry:
 *
 * Returns: (transfer none): where the trainer types a new idea
 */
GtkEditable *
kolo_board_view_get_entry (KoloBoardView *self)
{
  g_return_val_if_fail (KOLO_IS_BOARD_VIEW (self), NULL);
  return GTK_EDITABLE (self->idea_entry);
}

/**
 * kolo_board_view_edit_question:
 *
 * Puts the cursor in the question, all of it selected (a new board).
 */
void
kolo_board_view_edit_question (KoloBoardView *self)
{
  g_return_if_fail (KOLO_IS_BOARD_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->question_label));
  gtk_editable_select_region (GTK_EDITABLE (self->question_label), 0, -1);
}
