/* kolo-groups-window.c — random mixed groups of those present
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-groups-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-groups-view.h"
#include "kolo-groups-window.h"
#include "kolo-ui-util.h"
#include "kolo-window.h"

/* Pairs, triads or groups of N from those marked present on the day,
 * people of one library apart when the numbers allow; reshuffle keeps the
 * groups locked; the room sees them on the projector. */
struct _KoloGroupsWindow
{
  AdwWindow       parent_instance;

  KoloEvent      *event;
  GPtrArray      *groups;
  GArray         *locked;      /* gboolean per group */
  GRand          *rand;
  char           *summary;

  AdwComboRow    *size_row;
  AdwComboRow    *day_row;
  AdwActionRow   *who_row;
  KoloGroupsView *view;
};

G_DEFINE_FINAL_TYPE (KoloGroupsWindow, kolo_groups_window, ADW_TYPE_WINDOW)

#define MIN_SIZE 2
#define MAX_SIZE 8

static guint
chosen_size (KoloGroupsWindow *self)
{
  return MIN_SIZE + adw_combo_row_get_selected (self->size_row);
}

/* Those marked present on the day; everyone when nobody is marked yet. */
static GPtrArray *
present_people (KoloGroupsWindow *self,
                gboolean         *everyone)
{
  GListModel *all = kolo_event_get_participants (self->event);
  g_autoptr(KoloDay) day = g_list_model_get_item (kolo_event_get_days (self->event),
                                                  adw_combo_row_get_selected (self->day_row));
  GPtrArray *people = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(KoloParticipant) person = g_list_model_get_item (all, i);

      if (day != NULL && kolo_participant_get_attended (person, day))
        g_ptr_array_add (people, g_steal_pointer (&person));
    }
  *everyone = people->len == 0;
  if (*everyone)
    for (guint i = 0; i < g_list_model_get_n_items (all); i++)
      g_ptr_array_add (people, g_list_model_get_item (all, i));
  return people;
}

static void
show (KoloGroupsWindow *self)
{
  KoloWindow *window = kolo_window_for_widget (GTK_WIDGET (self));

  kolo_groups_view_set_groups (self->view, self->groups,
                               self->locked->len ? (gboolean *) self->locked->data : NULL);
  if (window != NULL)
    kolo_window_show_groups (window, self->groups);
}

/**
 * kolo_groups_window_make:
 *
 * Makes the groups again (Reshuffle): locked groups stay as they are,
 * everyone else is shuffled.
 */
void
kolo_groups_window_make (KoloGroupsWindow *self)
{
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) locked = g_ptr_array_new ();
  g_autoptr(GPtrArray) groups = NULL;
  g_autofree char *who = NULL;
  gboolean everyone;
  guint n_locked = 0;
  guint clashes;

  g_return_if_fail (KOLO_IS_GROUPS_WINDOW (self));

  people = present_people (self, &everyone);
  for (guint i = 0; self->groups != NULL && i < self->groups->len; i++)
    if (g_array_index (self->locked, gboolean, i))
      g_ptr_array_add (locked, self->groups->pdata[i]);

  groups = kolo_groups_make (people, chosen_size (self), locked, self->rand);
  n_locked = locked->len;
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  self->groups = g_steal_pointer (&groups);
  g_array_set_size (self->locked, self->groups->len);
  for (guint i = 0; i < self->groups->len; i++)
    g_array_index (self->locked, gboolean, i) = i < n_locked;

  clashes = kolo_groups_count_clashes (self->groups);
  if (clashes == 0)
    who = g_strdup (everyone ? _("Nobody is marked present that day: everyone is in a group. "
                                 "Nobody is with someone of their own institution.")
                             : _("Nobody is with someone of their own institution."));
  else
    who = g_strdup_printf (ngettext ("%u pair of people of one institution could not be parted.",
                                     "%u pairs of people of one institution could not be parted.",
                                     clashes), clashes);
  g_free (self->summary);
  self->summary = g_steal_pointer (&who);
  adw_action_row_set_subtitle (self->who_row, self->summary);
  show (self);
}

/**
 * kolo_groups_window_set_locked:
 *
 * Keeps @group (or lets it go) when reshuffling.
 */
void
kolo_groups_window_set_locked (KoloGroupsWindow *self,
                               guint             group,
                               gboolean          locked)
{
  g_return_if_fail (KOLO_IS_GROUPS_WINDOW (self));

  if (group < self->locked->len)
    g_array_index (self->locked, gboolean, group) = locked;
}

static void
lock_toggled_cb (KoloGroupsWindow *self,
                 guint             group,
                 gboolean          locked)
{
  kolo_groups_window_set_locked (self, group, locked);
}

static void
make_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  kolo_groups_window_make (KOLO_GROUPS_WINDOW (widget));
}

static void
project_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KoloGroupsWindow *self = KOLO_GROUPS_WINDOW (widget);
  KoloWindow *window = kolo_window_for_widget (widget);

  if (window != NULL && self->groups != NULL)
    kolo_window_project_groups (window, self->groups);
}

static void
settings_changed_cb (KoloGroupsWindow *self)
{
  /* Another size or day: new groups, none kept. */
  g_array_set_size (self->locked, 0);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  kolo_groups_window_make (self);
}

static void
kolo_groups_window_dispose (GObject *object)
{
  KoloGroupsWindow *self = (KoloGroupsWindow *)object;

  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->locked, g_array_unref);
  g_clear_pointer (&self->rand, g_rand_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_object (&self->event);

  G_OBJECT_CLASS (kolo_groups_window_parent_class)->dispose (object);
}

static void
kolo_groups_window_class_init (KoloGroupsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_groups_window_dispose;

  gtk_widget_class_install_action (widget_class, "groups.make", NULL, make_action);
  gtk_widget_class_install_action (widget_class, "groups.project", NULL, project_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK,
                                       "groups.make", NULL);
}

static void
kolo_groups_window_init (KoloGroupsWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *again = gtk_button_new ();
  GtkWidget *project;
  GtkWidget *settings = adw_preferences_group_new ();
  GtkWidget *clamp = adw_clamp_new ();
  g_autoptr(GtkStringList) sizes = gtk_string_list_new (NULL);

  self->locked = g_array_new (FALSE, TRUE, sizeof (gboolean));
  self->rand = g_rand_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Groups"));
  gtk_window_set_default_size (GTK_WINDOW (self), 900, 700);

  gtk_button_set_child (GTK_BUTTON (again), g_object_new (ADW_TYPE_BUTTON_CONTENT,
                                                           "icon-name", "view-refresh-symbolic",
                                                           "label", _("_Reshuffle"),
                                                           "use-underline", TRUE, NULL));
  gtk_widget_set_tooltip_text (again, _("Reshuffle (Ctrl+R); locked groups stay"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (again), "groups.make");
  gtk_widget_add_css_class (again, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), again);
  project = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (project), g_object_new (ADW_TYPE_BUTTON_CONTENT,
                                                             "icon-name", "video-display-symbolic",
                                                             "label", _("_Project"),
                                                             "use-underline", TRUE, NULL));
  gtk_widget_set_tooltip_text (project, _("Show the groups on the projector"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (project), "groups.project");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), project);

  gtk_string_list_append (sizes, _("Pairs"));
  gtk_string_list_append (sizes, _("Triads"));
  for (guint n = 4; n <= MAX_SIZE; n++)
    {
      g_autofree char *label = g_strdup_printf (_("Groups of %u"), n);
      gtk_string_list_append (sizes, label);
    }
  self->size_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->size_row), _("Size"));
  adw_combo_row_set_model (self->size_row, G_LIST_MODEL (sizes));
  self->day_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->day_row), _("Those Present On"));
  self->who_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->who_row), _("Mixing"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (settings), GTK_WIDGET (self->size_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (settings), GTK_WIDGET (self->day_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (settings), GTK_WIDGET (self->who_row));
  adw_clamp_set_child (ADW_CLAMP (clamp), settings);
  gtk_widget_set_margin_top (clamp, 12);
  gtk_widget_set_margin_bottom (clamp, 12);

  self->view = kolo_groups_view_new (FALSE);
  gtk_widget_set_margin_start (GTK_WIDGET (self->view), 18);
  gtk_widget_set_margin_end (GTK_WIDGET (self->view), 18);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->view), 18);
  g_signal_connect_swapped (self->view, "lock-toggled", G_CALLBACK (lock_toggled_cb), self);

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), clamp);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->view));
  adw_window_set_content (ADW_WINDOW (self), box);
}

/**
 * kolo_groups_window_new:
 *
 * Returns: (transfer none): the window, not yet shown, with groups made
 */
GtkWindow *
kolo_groups_window_new (GtkWindow *parent,
                        KoloEvent *event)
{
  KoloGroupsWindow *self;
  GListModel *days = kolo_event_get_days (event);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  self = g_object_new (KOLO_TYPE_GROUPS_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->event = g_object_ref (event);

  for (guint i = 0; i < g_list_model_get_n_items (days); i++)
    {
      g_autoptr(KoloDay) day = g_list_model_get_item (days, i);
      g_autofree char *date = kolo_text_format_date (kolo_day_get_date (day));
      g_autofree char *label = g_strdup_printf (_("Day %u · %s"), kolo_day_get_number (day), date);

      gtk_string_list_append (names, label);
    }
  adw_combo_row_set_model (self->day_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->day_row, kolo_event_today_index (kolo_event_get_days (event)));
  g_signal_connect_swapped (self->size_row, "notify::selected", G_CALLBACK (settings_changed_cb),
                            self);
  g_signal_connect_swapped (self->day_row, "notify::selected", G_CALLBACK (settings_changed_cb),
                            self);
  kolo_groups_window_make (self);
  return GTK_WINDOW (self);
}

/**
 * kolo_groups_window_get_groups:
 *
 * Returns: (transfer none) (nullable): the groups
 */
GPtrArray *
kolo_groups_window_get_groups (KoloGroupsWindow *self)
{
  g_return_val_if_fail (KOLO_IS_GROUPS_WINDOW (self), NULL);
  return self->groups;
}

void
kolo_groups_window_set_size (KoloGroupsWindow *self,
                             guint             size)
{
  g_return_if_fail (KOLO_IS_GROUPS_WINDOW (self));
  g_return_if_fail (size >= MIN_SIZE && size <= MAX_SIZE);

  adw_combo_row_set_selected (self->size_row, size - MIN_SIZE);
}

/**
 * kolo_groups_window_get_summary:
 *
 * Returns: what the mixing achieved, as the window says it
 */
const char *
kolo_groups_window_get_summary (KoloGroupsWindow *self)
{
  g_return_val_if_fail (KOLO_IS_GROUPS_WINDOW (self), NULL);
  return self->summary;
}
