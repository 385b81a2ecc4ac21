/* kolo-board-column.c — one cluster of a board (or its ungrouped ideas) as
 * a column of notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-board-column"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-board-actions.h"
#include "kolo-board-column.h"
#include "kolo-idea-watch.h"
#include "kolo-note.h"
#include "kolo-ui-util.h"
#include "kolo-window.h"

/* The notes are a GtkGridView: only the notes in sight are widgets, so a
 * board of thousands of ideas scrolls like one of ten.  Pending ideas are
 * left out (the console shows them apart, the room not at all); a board
 * sorted by votes shows the most voted first. */
struct _KoloBoardColumn
{
  GtkWidget           parent_instance;

  KoloBoard          *board;
  KoloCluster        *cluster;      /* NULL: the board's ungrouped ideas */
  gboolean            on_projector;
  const char         *color_class;

  GtkFilterListModel *approved;
  GtkSortListModel   *shown;
  GtkSorter          *by_votes;
  KoloIdeaWatch      *watch;

  /* Template children */
  GtkWidget          *header;
  GtkStack           *title_stack;
  GtkLabel           *title_label;
  GtkEntry           *title_editable;
  GtkLabel           *count_label;
  GtkMenuButton      *menu_button;
  GtkGridView        *grid;
};

G_DEFINE_FINAL_TYPE (KoloBoardColumn, kolo_board_column, GTK_TYPE_WIDGET)

static gboolean
is_approved (gpointer item,
             gpointer user_data)
{
  return !kolo_idea_get_pending (KOLO_IDEA (item));
}

static int
compare_votes (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  int votes_a = kolo_idea_get_votes (KOLO_IDEA ((gpointer) a));
  int votes_b = kolo_idea_get_votes (KOLO_IDEA ((gpointer) b));

  /* Most first; equal ones keep their order (the sort is stable). */
  return votes_b - votes_a;
}

static void
update_sorting (KoloBoardColumn *self)
{
  gtk_sort_list_model_set_sorter (self->shown, kolo_board_get_sort_by_votes (self->board)
                                               ? self->by_votes : NULL);
}

static void
update_header (KoloBoardColumn *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->shown));
  g_autofree char *count = NULL;

  if (self->cluster != NULL)
    {
      int votes = kolo_cluster_get_votes (self->cluster);

      gtk_label_set_text (self->title_label, kolo_cluster_get_title (self->cluster));
      if (votes > 0)
        /* Translators: a group's ideas and votes, "4 · ● 9" */
        count = g_strdup_printf (_("%u · ● %d"), n, votes);

      if (self->color_class != NULL)
        gtk_widget_remove_css_class (self->header, self->color_class);
      self->color_class = kolo_note_color_to_string (kolo_cluster_get_color (self->cluster));
      gtk_widget_add_css_class (self->header, self->color_class);
    }
  else
    gtk_label_set_text (self->title_label, _("Ungrouped"));

  if (count == NULL)
    count = g_strdup_printf ("%u", n);
  gtk_label_set_text (self->count_label, count);
}

/* The notes ---------------------------------------------------------------- */

static void
setup_note_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               KoloBoardColumn          *self)
{
  gtk_list_item_set_child (item, GTK_WIDGET (kolo_note_new (self->on_projector)));
  gtk_list_item_set_activatable (item, FALSE);
}

static void
bind_note_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              KoloBoardColumn          *self)
{
  kolo_note_set_idea (KOLO_NOTE (gtk_list_item_get_child (item)),
                      KOLO_IDEA (gtk_list_item_get_item (item)));
}

static void
unbind_note_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                KoloBoardColumn          *self)
{
  kolo_note_set_idea (KOLO_NOTE (gtk_list_item_get_child (item)), NULL);
}

/* Dropping on the column itself: the end of it. */
static gboolean
drop_cb (GtkDropTarget   *target,
         const GValue    *value,
         double           x,
         double           y,
         KoloBoardColumn *self)
{
  KoloIdea *idea = g_value_get_object (value);

  if (idea == NULL)
    return FALSE;
  return kolo_board_drop_idea (GTK_WIDGET (self), idea, self->cluster, NULL);
}

/* The group's menu ---------------------------------------------------------- */

static void
create_menu_cb (GtkMenuButton   *button,
                KoloBoardColumn *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) colors = g_menu_new ();
  g_autoptr(GMenu) merge = g_menu_new ();
  g_autoptr(GMenu) move = g_menu_new ();
  g_autoptr(GMenu) delete = g_menu_new ();
  GListModel *clusters = kolo_board_get_clusters (self->board);

  g_menu_append (edit, _("_Rename"), "column.rename");
  for (int i = 0; i < KOLO_N_NOTE_COLORS; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (kolo_note_color_get_label (i), NULL);

      g_menu_item_set_action_and_target (item, "column.color", "i", i);
      g_menu_append_item (colors, item);
    }
  g_menu_append_submenu (edit, _("_Colour"), G_MENU_MODEL (colors));

  for (guint i = 0; i < g_list_model_get_n_items (clusters); i++)
    {
      g_autoptr(KoloCluster) other = g_list_model_get_item (clusters, i);
      g_autoptr(GMenuItem) item = NULL;

      if (other == self->cluster)
        continue;
      item = g_menu_item_new (kolo_cluster_get_title (other), NULL);
      g_menu_item_set_action_and_target (item, "column.merge", "u", i);
      g_menu_append_item (merge, item);
    }
  if (g_menu_model_get_n_items (G_MENU_MODEL (merge)) > 0)
    g_menu_append_submenu (edit, _("_Merge Into"), G_MENU_MODEL (merge));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));

  g_menu_append (move, _("Move _Left"), "column.move(-1)");
  g_menu_append (move, _("Move _Right"), "column.move(1)");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (move));

  g_menu_append (delete, _("_Delete Group"), "column.delete");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (delete));

  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static void
column_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  /* Held: moving, merging or deleting the cluster rebuilds the columns. */
  g_autoptr(KoloBoardColumn) self = g_object_ref (KOLO_BOARD_COLUMN (widget));
  g_autoptr(KoloCluster) cluster = self->cluster ? g_object_ref (self->cluster) : NULL;
  g_autoptr(GError) error = NULL;

  if (cluster == NULL)
    return;

  if (g_str_equal (action_name, "column.rename"))
    kolo_board_column_rename (self);
  else if (g_str_equal (action_name, "column.color"))
    kolo_cluster_set_color (cluster, CLAMP (g_variant_get_int32 (parameter), 0,
                                            KOLO_N_NOTE_COLORS - 1));
  else if (g_str_equal (action_name, "column.merge"))
    {
      g_autoptr(KoloCluster) into = g_list_model_get_item (kolo_board_get_clusters (self->board),
                                                           g_variant_get_uint32 (parameter));
      if (into != NULL)
        kolo_board_merge_cluster (widget, cluster, into);
    }
  else if (g_str_equal (action_name, "column.move"))
    {
      guint position = kolo_list_model_index_of (kolo_board_get_clusters (self->board), cluster);
      int to = (int) position + g_variant_get_int32 (parameter);

      if (position != G_MAXUINT && to >= 0 &&
          to < (int) g_list_model_get_n_items (kolo_board_get_clusters (self->board)) &&
          !kolo_cluster_move (cluster, (guint) to, &error))
        kolo_widget_report_error (widget, _("Could Not Move"), error);
    }
  else if (g_str_equal (action_name, "column.delete"))
    kolo_board_delete_cluster (widget, cluster);
}

/* GObject ------------------------------------------------------------------ */

static void
kolo_board_column_dispose (GObject *object)
{
  KoloBoardColumn *self = (KoloBoardColumn *)object;

  g_clear_pointer (&self->watch, kolo_idea_watch_free);
  if (self->board != NULL)
    g_signal_handlers_disconnect_by_data (self->board, self);
  if (self->cluster != NULL)
    g_signal_handlers_disconnect_by_data (self->cluster, self);
  kolo_widget_dispose_children (GTK_WIDGET (self), KOLO_TYPE_BOARD_COLUMN);
  g_clear_object (&self->shown);
  g_clear_object (&self->by_votes);
  g_clear_object (&self->board);
  g_clear_object (&self->cluster);

  G_OBJECT_CLASS (kolo_board_column_parent_class)->dispose (object);
}

static void
kolo_board_column_class_init (KoloBoardColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_board_column_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kolo-board-column.ui");
  gtk_widget_class_bind_template_child (widget_class, KoloBoardColumn, header);
  gtk_widget_class_bind_template_child (widget_class, KoloBoardColumn, title_stack);
  gtk_widget_class_bind_template_child (widget_class, KoloBoardColumn, title_label);
  gtk_widget_class_bind_template_child (widget_class, KoloBoardColumn, title_editable);
  gtk_widget_class_bind_template_child (widget_class, KoloBoardColumn, count_label);
  gtk_widget_class_bind_template_child (widget_class, KoloBoardColumn, menu_button);
  gtk_widget_class_bind_template_child (widget_class, KoloBoardColumn, grid);

  gtk_widget_class_install_action (widget_class, "column.rename", NULL, column_action);
  gtk_widget_class_install_action (widget_class, "column.color", "i", column_action);
  gtk_widget_class_install_action (widget_class, "column.merge", "u", column_action);
  gtk_widget_class_install_action (widget_class, "column.move", "i", column_action);
  gtk_widget_class_install_action (widget_class, "column.delete", NULL, column_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "boardcolumn");
}

static void
kolo_board_column_init (KoloBoardColumn *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kolo_board_column_new:
 * @cluster: (nullable): the cluster; %NULL for the board's ungrouped ideas
 * @on_projector: for the room's screen: large notes, no menus
 */
KoloBoardColumn *
kolo_board_column_new (KoloBoard   *board,
                       KoloCluster *cluster,
                       gboolean     on_projector)
{
  KoloBoardColumn *self = g_object_new (KOLO_TYPE_BOARD_COLUMN, NULL);
  GListModel *ideas = cluster != NULL ? kolo_cluster_get_ideas (cluster)
                                      : kolo_board_get_ungrouped (board);
  GtkCustomFilter *filter = gtk_custom_filter_new (is_approved, NULL, NULL);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  self->board = g_object_ref (board);
  self->cluster = cluster != NULL ? g_object_ref (cluster) : NULL;
  self->on_projector = on_projector;

  self->by_votes = GTK_SORTER (gtk_custom_sorter_new (compare_votes, NULL, NULL));
  self->approved = gtk_filter_list_model_new (g_object_ref (ideas), GTK_FILTER (filter));
  self->shown = gtk_sort_list_model_new (G_LIST_MODEL (self->approved), NULL);
  self->watch = kolo_idea_watch_new (ideas, GTK_FILTER (filter), self->by_votes);
  update_sorting (self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_note_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_note_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_note_cb), self);
  gtk_grid_view_set_factory (self->grid, factory);
  g_object_unref (factory);
  gtk_grid_view_set_model (self->grid, GTK_SELECTION_MODEL (
    gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown)))));

  g_signal_connect_object (self->shown, "items-changed", G_CALLBACK (update_header), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (board, "notify::sort-by-votes", G_CALLBACK (update_sorting), self,
                           G_CONNECT_SWAPPED);
  if (cluster != NULL)
    {
      g_signal_connect_object (cluster, "notify", G_CALLBACK (update_header), self,
                               G_CONNECT_SWAPPED);
      g_object_bind_property_full (cluster, "title", self->title_editable, "text",
                                   G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                                   NULL, kolo_text_not_blank, NULL, NULL);
    }

  /* On the console a cluster's name is edited in place. */
  gtk_stack_set_visible_child_name (self->title_stack,
                                    cluster != NULL && !on_projector ? "editable" : "label");
  gtk_widget_set_visible (GTK_WIDGET (self->menu_button), cluster != NULL && !on_projector);
  gtk_menu_button_set_create_popup_func (self->menu_button,
                                         (GtkMenuButtonCreatePopupFunc) create_menu_cb,
                                         self, NULL);
  if (on_projector)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "projector");
      gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
    }
  else
    {
      GtkDropTarget *target = gtk_drop_target_new (KOLO_TYPE_IDEA, GDK_ACTION_MOVE);

      g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
      gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
    }

  update_header (self);
  return self;
}

/**
 * kolo_board_column_get_cluster:
 *
 * Returns: (transfer none) (nullable): the cluster; %NULL for Ungrouped
 */
KoloCluster *
kolo_board_column_get_cluster (KoloBoardColumn *self)
{
  g_return_val_if_fail (KOLO_IS_BOARD_COLUMN (self), NULL);
  return self->cluster;
}

/**
 * kolo_board_column_get_shown:
 *
 * Returns: (transfer none): the ideas the column shows, in their order
 */
GListModel *
kolo_board_column_get_shown (KoloBoardColumn *self)
{
  g_return_val_if_fail (KOLO_IS_BOARD_COLUMN (self), NULL);
  return G_LIST_MODEL (self->shown);
}

/**
 * kolo_board_column_set_wide:
 *
 * A wide column (the only one, before any grouping) lays its notes out in
 * as many columns as fit, like a wall.
 */
void
kolo_board_column_set_wide (KoloBoardColumn *self,
                            gboolean         wide)
{
  g_return_if_fail (KOLO_IS_BOARD_COLUMN (self));

  gtk_grid_view_set_max_columns (self->grid, wide ? 6 : 1);
  /* On the projector the columns share the width; a wall of notes has no
   * heading to show. */
  gtk_widget_set_hexpand (GTK_WIDGET (self), wide || self->on_projector);
  gtk_widget_set_visible (self->header, !(wide && self->on_projector));
  if (wide)
    gtk_widget_add_css_class (GTK_WIDGET (self), "wide");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "wide");
}

/**
 * kolo_board_column_rename:
 *
 * Puts the cursor in the cluster's name, all of it selected.
 */
void
kolo_board_column_rename (KoloBoardColumn *self)
{
  g_return_if_fail (KOLO_IS_BOARD_COLUMN (self));

  if (self->cluster == NULL || self->on_projector)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self->title_editable));
  gtk_editable_select_region (GTK_EDITABLE (self->title_editable), 0, -1);
}
