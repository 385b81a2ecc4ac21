/* kolo-board-area.c — a board's ideas: "Ungrouped" and then every cluster,
 * side by side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-board-area"

#include "config.h"

#include "kolo-board-area.h"
#include "kolo-board-column.h"

/* Before any grouping, the ungrouped ideas fill the area like a wall; with
 * clusters, each is a column.  On the projector the notes' text is as large
 * as the number of ideas allows, and an empty "Ungrouped" is left out. */
struct _KoloBoardArea
{
  GtkWidget   parent_instance;

  KoloBoard  *board;
  gboolean    on_projector;
  const char *size_class;

  GtkWidget  *scroller;
  GtkWidget  *box;
  GtkWidget  *ungrouped;
};

G_DEFINE_FINAL_TYPE (KoloBoardArea, kolo_board_area, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ON_PROJECTOR,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
update_layout (KoloBoardArea *self)
{
  guint n_clusters, n_ungrouped, n_shown;
  const char *size;

  if (self->board == NULL || self->ungrouped == NULL)
    return;

  n_clusters = g_list_model_get_n_items (kolo_board_get_clusters (self->board));
  n_ungrouped = g_list_model_get_n_items (
    kolo_board_column_get_shown (KOLO_BOARD_COLUMN (self->ungrouped)));
  n_shown = g_list_model_get_n_items (kolo_board_get_ideas (self->board)) -
            kolo_board_get_n_pending (self->board);

  kolo_board_column_set_wide (KOLO_BOARD_COLUMN (self->ungrouped), n_clusters == 0);
  gtk_widget_set_visible (self->ungrouped,
                          !self->on_projector || n_clusters == 0 || n_ungrouped > 0);

  /* Fewer ideas, larger text (style.css sizes each class). */
  size = n_shown <= 6 ? "ideas-few" : n_shown <= 20 ? "ideas-some"
         : n_shown <= 60 ? "ideas-many" : "ideas-lots";
  if (size != self->size_class)
    {
      if (self->size_class != NULL)
        gtk_widget_remove_css_class (GTK_WIDGET (self), self->size_class);
      self->size_class = size;
      gtk_widget_add_css_class (GTK_WIDGET (self), size);
    }
}

static void
rebuild (KoloBoardArea *self)
{
  GtkWidget *child;
  GListModel *clusters;

  while ((child = gtk_widget_get_first_child (self->box)) != NULL)
    gtk_box_remove (GTK_BOX (self->box), child);
  self->ungrouped = NULL;

  if (self->board == NULL)
    return;

  self->ungrouped = GTK_WIDGET (kolo_board_column_new (self->board, NULL, self->on_projector));
  /* Laid out before it is on screen: the grid makes its notes once. */
  kolo_board_column_set_wide (KOLO_BOARD_COLUMN (self->ungrouped),
                              g_list_model_get_n_items (kolo_board_get_clusters (self->board)) == 0);
  g_signal_connect_object (kolo_board_column_get_shown (KOLO_BOARD_COLUMN (self->ungrouped)),
                           "items-changed", G_CALLBACK (update_layout), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self->box), self->ungrouped);

  clusters = kolo_board_get_clusters (self->board);
  for (guint i = 0; i < g_list_model_get_n_items (clusters); i++)
    {
      g_autoptr(KoloCluster) cluster = g_list_model_get_item (clusters, i);

      gtk_box_append (GTK_BOX (self->box),
                      GTK_WIDGET (kolo_board_column_new (self->board, cluster,
                                                         self->on_projector)));
    }
  update_layout (self);
}

static void
kolo_board_area_dispose (GObject *object)
{
  KoloBoardArea *self = (KoloBoardArea *)object;

  kolo_board_area_set_board (self, NULL);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);

  G_OBJECT_CLASS (kolo_board_area_parent_class)->dispose (object);
}

static void
kolo_board_area_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KoloBoardArea *self = KOLO_BOARD_AREA (object);

  switch (prop_id)
    {
    case PROP_ON_PROJECTOR:
      self->on_projector = g_value_get_boolean (value);
      if (self->on_projector)
        gtk_widget_add_css_class (GTK_WIDGET (self), "projector");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_board_area_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KoloBoardArea *self = KOLO_BOARD_AREA (object);

  switch (prop_id)
    {
    case PROP_ON_PROJECTOR:
      g_value_set_boolean (value, self->on_projector);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_board_area_class_init (KoloBoardAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_board_area_dispose;
  object_class->set_property = kolo_board_area_set_property;
  object_class->get_property = kolo_board_area_get_property;

  /* The room's screen: large notes, no menus, an empty "Ungrouped" left out. */
  properties[PROP_ON_PROJECTOR] =
    g_param_spec_boolean ("on-projector", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "boardarea");
}

static void
kolo_board_area_init (KoloBoardArea *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (self->box, "columns");
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller),
                                  GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), self->box);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
}

KoloBoardArea *
kolo_board_area_new (gboolean on_projector)
{
  return g_object_new (KOLO_TYPE_BOARD_AREA, "on-projector", on_projector, NULL);
}

KoloBoard *
kolo_board_area_get_board (KoloBoardArea *self)
{
  g_return_val_if_fail (KOLO_IS_BOARD_AREA (self), NULL);
  return self->board;
}

void
kolo_board_area_set_board (KoloBoardArea *self,
                           KoloBoard     *board)
{
  g_return_if_fail (KOLO_IS_BOARD_AREA (self));

  if (self->board == board)
    return;

  if (self->board != NULL)
    {
      g_signal_handlers_disconnect_by_data (kolo_board_get_clusters (self->board), self);
      g_signal_handlers_disconnect_by_data (self->board, self);
    }
  g_set_object (&self->board, board);
  if (board != NULL)
    {
      g_signal_connect_object (kolo_board_get_clusters (board), "items-changed",
                               G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (board, "notify::n-pending", G_CALLBACK (update_layout), self,
                               G_CONNECT_SWAPPED);
    }
  rebuild (self);
}

/**
 * kolo_board_area_get_column:
 * @cluster: (nullable): a cluster of the board; %NULL for Ungrouped
 *
 * Returns: (transfer none) (nullable): the column that shows @cluster
 */
GtkWidget *
kolo_board_area_get_column (KoloBoardArea *self,
                            KoloCluster   *cluster)
{
  g_return_val_if_fail (KOLO_IS_BOARD_AREA (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (self->box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (kolo_board_column_get_cluster (KOLO_BOARD_COLUMN (child)) == cluster)
      return child;
  return NULL;
}
