/* kolo-boards-page.c — the Boards tab of an event: its boards and the one
 * open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-boards-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-board-view.h"
#include "kolo-boards-page.h"
#include "kolo-ui-util.h"
#include "kolo-window.h"

struct _KoloBoardsPage
{
  GtkWidget      parent_instance;

  KoloEvent     *event;

  /* Template children */
  GtkStack      *stack;
  GtkListBox    *list;
  KoloBoardView *view;
};

G_DEFINE_FINAL_TYPE (KoloBoardsPage, kolo_boards_page, GTK_TYPE_WIDGET)

/* A row of the sidebar: the question, and how many ideas. */
static void
update_row (GtkWidget *row)
{
  KoloBoard *board = g_object_get_data (G_OBJECT (row), "board");
  GtkLabel *title = g_object_get_data (G_OBJECT (row), "title");
  GtkLabel *subtitle = g_object_get_data (G_OBJECT (row), "subtitle");
  KoloActivity *activity = kolo_board_get_activity (board);
  guint n = g_list_model_get_n_items (kolo_board_get_ideas (board));
  g_autofree char *ideas = g_strdup_printf (ngettext ("%u idea", "%u ideas", n), n);
  g_autofree char *text = NULL;

  gtk_label_set_text (title, kolo_board_get_question (board));
  if (activity != NULL)
    /* Translators: a board in the sidebar: "12 ideas · Brainstorm title" */
    text = g_strdup_printf (_("%s · %s"), ideas, kolo_activity_get_title (activity));
  gtk_label_set_text (subtitle, text != NULL ? text : ideas);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  KoloBoard *board = KOLO_BOARD (item);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 28);
  gtk_label_set_max_width_chars (GTK_LABEL (subtitle), 28);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data_full (G_OBJECT (row), "board", g_object_ref (board), g_object_unref);
  g_object_set_data (G_OBJECT (row), "title", title);
  g_object_set_data (G_OBJECT (row), "subtitle", subtitle);
  g_signal_connect_object (board, "notify", G_CALLBACK (update_row), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (kolo_board_get_ideas (board), "items-changed",
                           G_CALLBACK (update_row), row, G_CONNECT_SWAPPED);
  update_row (row);
  return row;
}

/* A board's notes are made when the Boards tab is on screen, not when the
 * event opens on its agenda: a board of thousands of ideas costs nothing
 * until it is looked at. */
static void
show_selected (KoloBoardsPage *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  kolo_board_view_set_board (self->view, row != NULL ? g_object_get_data (G_OBJECT (row), "board")
                                                     : NULL);
}

/* The open board stays open; a deleted one gives way to its neighbour. */
static void
boards_changed_cb (KoloBoardsPage *self)
{
  GListModel *boards = kolo_event_get_boards (self->event);
  guint n = g_list_model_get_n_items (boards);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);
  KoloBoard *open = row != NULL ? g_object_get_data (G_OBJECT (row), "board") : NULL;
  guint position = open != NULL ? kolo_list_model_index_of (boards, open) : G_MAXUINT;

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "boards" : "empty");
  if (n == 0)
    return;
  if (position == G_MAXUINT)
    position = 0;
  gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, (int) position));
}

static void
new_board_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KoloBoardsPage *self = KOLO_BOARDS_PAGE (widget);
  GListModel *boards;
  g_autoptr(KoloBoard) board = NULL;
  g_autoptr(GError) error = NULL;

  if (self->event == NULL)
    return;

  boards = kolo_event_get_boards (self->event);
  board = kolo_board_new (_("What would you ask the room?"));
  if (!kolo_event_insert_board (self->event, g_list_model_get_n_items (boards), board, &error))
    {
      kolo_widget_report_error (widget, _("Could Not Add the Board"), error);
      return;
    }
  kolo_boards_page_select (self, board);
  kolo_board_view_edit_question (self->view);
}

static void
kolo_boards_page_dispose (GObject *object)
{
  KoloBoardsPage *self = (KoloBoardsPage *)object;

  kolo_boards_page_set_event (self, NULL);
  kolo_widget_dispose_children (GTK_WIDGET (self), KOLO_TYPE_BOARDS_PAGE);

  G_OBJECT_CLASS (kolo_boards_page_parent_class)->dispose (object);
}

static void
kolo_boards_page_class_init (KoloBoardsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_boards_page_dispose;

  g_type_ensure (KOLO_TYPE_BOARD_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kolo-boards-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KoloBoardsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KoloBoardsPage, list);
  gtk_widget_class_bind_template_child (widget_class, KoloBoardsPage, view);

  gtk_widget_class_install_action (widget_class, "boards.new", NULL, new_board_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
kolo_boards_page_init (KoloBoardsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->list, "row-selected", G_CALLBACK (show_selected), self);
  g_signal_connect (self, "map", G_CALLBACK (show_selected), NULL);
}

void
kolo_boards_page_set_event (KoloBoardsPage *self,
                            KoloEvent      *event)
{
  g_return_if_fail (KOLO_IS_BOARDS_PAGE (self));

  if (self->event == event)
    return;

  if (self->event != NULL)
    g_signal_handlers_disconnect_by_data (kolo_event_get_boards (self->event), self);
  kolo_board_view_set_board (self->view, NULL);
  gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  g_set_object (&self->event, event);
  if (event == NULL)
    return;

  gtk_list_box_bind_model (self->list, kolo_event_get_boards (event), create_row, NULL, NULL);
  g_signal_connect_object (kolo_event_get_boards (event), "items-changed",
                           G_CALLBACK (boards_changed_cb), self, G_CONNECT_SWAPPED);
  boards_changed_cb (self);
}

/**
 * kolo_boards_page_select:
 *
 * Opens @board, one of the event's.
 */
void
kolo_boards_page_select (KoloBoardsPage *self,
                         KoloBoard      *board)
{
  guint position;

  g_return_if_fail (KOLO_IS_BOARDS_PAGE (self));

  if (self->event == NULL)
    return;
  position = kolo_list_model_index_of (kolo_event_get_boards (self->event), board);
  if (position != G_MAXUINT)
    gtk_list_box_select_row (self->list,
                             gtk_list_box_get_row_at_index (self->list, (int) position));
}

/**
 * kolo_boards_page_get_board:
 *
 * Returns: (transfer none) (nullable): the open board
 */
KoloBoard *
kolo_boards_page_get_board (KoloBoardsPage *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (KOLO_IS_BOARDS_PAGE (self), NULL);

  row = gtk_list_box_get_selected_row (self->list);
  return row != NULL ? g_object_get_data (G_OBJECT (row), "board") : NULL;
}

/**
 * kolo_boards_page_get_view:
 *
 * Returns: (transfer none): the open board's view
 */
GtkWidget *
kolo_boards_page_get_view (KoloBoardsPage *self)
{
  g_return_val_if_fail (KOLO_IS_BOARDS_PAGE (self), NULL);
  return GTK_WIDGET (self->view);
}
