/* kolo-groups-view.c — groups of participants as cards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-groups-view"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-groups-view.h"

/* On the console each card has a lock ("keep this group as it is" when
 * reshuffling: the "lock" signal); on the projector only names, large. */
struct _KoloGroupsView
{
  GtkWidget  parent_instance;

  gboolean   on_projector;
  GPtrArray *groups;
  GtkWidget *scroller;
  GtkWidget *flow;
};

G_DEFINE_FINAL_TYPE (KoloGroupsView, kolo_groups_view, GTK_TYPE_WIDGET)

enum { LOCK_TOGGLED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
lock_toggled_cb (GtkToggleButton *button,
                 KoloGroupsView  *self)
{
  g_signal_emit (self, signals[LOCK_TOGGLED], 0,
                 GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "group")),
                 gtk_toggle_button_get_active (button));
}

static GtkWidget *
card (KoloGroupsView *self,
      GPtrArray      *group,
      guint           number,
      gboolean        locked)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *title = g_strdup_printf (_("Group %u"), number);
  GtkWidget *heading = gtk_label_new (title);

  gtk_widget_add_css_class (box, "group-card");
  gtk_widget_add_css_class (heading, "group-title");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_set_hexpand (heading, TRUE);
  gtk_box_append (GTK_BOX (top), heading);

  if (!self->on_projector)
    {
      GtkWidget *lock = gtk_toggle_button_new ();

      gtk_button_set_icon_name (GTK_BUTTON (lock), locked ? "changes-prevent-symbolic"
                                                          : "changes-allow-symbolic");
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (lock), locked);
      gtk_widget_set_tooltip_text (lock, _("Keep this group when reshuffling"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (lock), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Keep this group"), -1);
      gtk_widget_add_css_class (lock, "flat");
      g_object_set_data (G_OBJECT (lock), "group", GUINT_TO_POINTER (number - 1));
      g_signal_connect (lock, "toggled", G_CALLBACK (lock_toggled_cb), self);
      gtk_box_append (GTK_BOX (top), lock);
    }
  gtk_box_append (GTK_BOX (box), top);

  for (guint i = 0; i < group->len; i++)
    {
      KoloParticipant *person = group->pdata[i];
      GtkWidget *name = gtk_label_new (kolo_participant_get_name (person));
      GtkWidget *where = gtk_label_new (kolo_participant_get_institution (person));

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_wrap (GTK_LABEL (name), TRUE);
      /* Long institutions wrap instead of making every card one row wide. */
      gtk_label_set_max_width_chars (GTK_LABEL (name), 26);
      gtk_label_set_width_chars (GTK_LABEL (name), 18);
      gtk_label_set_max_width_chars (GTK_LABEL (where), 26);
      gtk_label_set_width_chars (GTK_LABEL (where), 18);
      gtk_label_set_wrap_mode (GTK_LABEL (where), PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (name, "group-name");
      gtk_label_set_xalign (GTK_LABEL (where), 0);
      gtk_label_set_wrap (GTK_LABEL (where), TRUE);
      gtk_widget_add_css_class (where, "group-institution");
      gtk_widget_add_css_class (where, "dim-label");
      gtk_box_append (GTK_BOX (box), name);
      gtk_box_append (GTK_BOX (box), where);
      gtk_widget_set_visible (where, *kolo_participant_get_institution (person) != '\0');
    }
  return box;
}

static void
kolo_groups_view_dispose (GObject *object)
{
  KoloGroupsView *self = (KoloGroupsView *)object;

  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  G_OBJECT_CLASS (kolo_groups_view_parent_class)->dispose (object);
}

static void
kolo_groups_view_class_init (KoloGroupsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_groups_view_dispose;

  /**
   * KoloGroupsView::lock-toggled:
   * @group: the group's index
   * @locked: whether it is kept when reshuffling
   */
  signals[LOCK_TOGGLED] = g_signal_new ("lock-toggled", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_BOOLEAN);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "groupsview");
}

static void
kolo_groups_view_init (KoloGroupsView *self)
{
  self->flow = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (self->flow), TRUE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->flow), 6);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (self->flow), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (self->flow), 12);
  gtk_widget_set_valign (self->flow, GTK_ALIGN_START);
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), self->flow);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
}

KoloGroupsView *
kolo_groups_view_new (gboolean on_projector)
{
  KoloGroupsView *self = g_object_new (KOLO_TYPE_GROUPS_VIEW, NULL);

  self->on_projector = on_projector;
  if (on_projector)
    gtk_widget_add_css_class (GTK_WIDGET (self), "projector");
  return self;
}

void
kolo_groups_view_set_groups (KoloGroupsView *self,
                             GPtrArray      *groups,
                             const gboolean *locked)
{
  GtkWidget *child;

  g_return_if_fail (KOLO_IS_GROUPS_VIEW (self));

  while ((child = gtk_widget_get_first_child (self->flow)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (self->flow), child);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  if (groups == NULL)
    return;

  self->groups = g_ptr_array_ref (groups);
  for (guint i = 0; i < groups->len; i++)
    gtk_flow_box_append (GTK_FLOW_BOX (self->flow),
                         card (self, groups->pdata[i], i + 1, locked != NULL && locked[i]));
}

/**
 * kolo_groups_view_get_groups:
 *
 * Returns: (transfer none) (nullable): the groups shown
 */
GPtrArray *
kolo_groups_view_get_groups (KoloGroupsView *self)
{
  g_return_val_if_fail (KOLO_IS_GROUPS_VIEW (self), NULL);
  return self->groups;
}
