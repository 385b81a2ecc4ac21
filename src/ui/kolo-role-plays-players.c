/* kolo-role-plays-players.c — who plays a role-play round: the roles
 * dealt at random or given by hand, and the briefs handed out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-role-plays-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-briefs-window.h"
#include "kolo-role-plays-page-private.h"
#include "kolo-ui-util.h"
#include "kolo-window.h"

/* Who plays -------------------------------------------------------------- */

static KoloDay *
chosen_day (KoloRolePlaysPage *self)
{
  GListModel *days = self->event ? kolo_event_get_days (self->event) : NULL;
  guint selected = adw_combo_row_get_selected (self->day_row);

  if (days == NULL || selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  return g_list_model_get_item (days, selected);
}

static char *
describe_group (KoloRoleAssignment *roles,
                guint               group)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < kolo_role_assignment_get_n_players (roles, group); i++)
    {
      KoloParticipant *person = kolo_role_assignment_get_player (roles, group, i);
      const char *role = kolo_role_assignment_get_role (roles, group, i);

      if (i > 0)
        g_string_append (text, "\n");
      if (role == NULL)
        /* Translators: a player of a role-play round who observes */
        g_string_append_printf (text, _("%s — observer"), kolo_participant_get_name (person));
      else if (*role == '\0')
        g_string_append (text, kolo_participant_get_name (person));
      else
        /* Translators: a player and the role they play, «Олена Коваль — Читачка» */
        g_string_append_printf (text, _("%s — %s"), kolo_participant_get_name (person), role);
    }
  return g_string_free (text, FALSE);
}

void
_kolo_role_plays_update_groups (KoloRolePlaysPage *self)
{
  KoloRoleAssignment *roles = self->play ? kolo_play_get_roles (self->play) : NULL;
  guint n_groups = roles ? kolo_role_assignment_get_n_groups (roles) : 0;
  KoloCard *card = _kolo_role_plays_current_card (self);

  kolo_list_box_remove_all (self->groups_list);

  for (guint g = 0; g < n_groups; g++)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf (_("Group %u"), g + 1);
      g_autofree char *players = describe_group (roles, g);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), players);
      gtk_list_box_append (self->groups_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->groups_list), n_groups > 0);

  if (self->play == NULL)
    adw_preferences_group_set_description (self->players_group,
                                           _("Draw a situation first."));
  else if (card == NULL)
    adw_preferences_group_set_description (self->players_group, NULL);
  else if (n_groups == 0)
    adw_preferences_group_set_description (self->players_group,
                                           _("Nobody has a role in this round yet."));
  else
    adw_preferences_group_set_description (self->players_group, NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roleplays.deal", card != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->choose_button),
                            card != NULL && kolo_card_get_n_briefs (card) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roleplays.briefs",
                                 card != NULL && n_groups > 0 && kolo_card_get_n_briefs (card) > 0);
}

/* By hand: one group, a drop-down of the event's people for each brief. */
static void
fill_chooser (KoloRolePlaysPage *self)
{
  KoloCard *card = _kolo_role_plays_current_card (self);
  KoloRoleAssignment *roles = self->play ? kolo_play_get_roles (self->play) : NULL;
  GListModel *people = kolo_event_get_participants (self->event);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->choose_grid))) != NULL)
    gtk_grid_remove (self->choose_grid, child);
  g_ptr_array_set_size (self->choosers, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->choose_error), FALSE);
  gtk_check_button_set_active (self->choose_another, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->choose_another),
                          roles != NULL && kolo_role_assignment_get_n_groups (roles) > 0);
  if (card == NULL)
    return;

  /* Translators: no one chosen for a role */
  gtk_string_list_append (names, _("Nobody"));
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(KoloParticipant) person = g_list_model_get_item (people, i);

      gtk_string_list_append (names, kolo_participant_get_name (person));
    }

  for (guint b = 0; b < kolo_card_get_n_briefs (card); b++)
    {
      const char *role = kolo_card_get_brief_role (card, b);
      g_autofree char *fallback = g_strdup_printf (_("Role %u"), b + 1);
      GtkWidget *label = gtk_label_new (*role ? role : fallback);
      GtkWidget *drop = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
      guint selected = 0;

      gtk_drop_down_set_enable_search (GTK_DROP_DOWN (drop), TRUE);
      gtk_drop_down_set_expression (GTK_DROP_DOWN (drop),
                                    gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL,
                                                                 "string"));
      gtk_widget_set_hexpand (drop, TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (drop),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);

      /* What the round has now, if it was given by hand before. */
      if (roles != NULL && kolo_role_assignment_get_n_groups (roles) == 1)
        for (guint i = 0; i < kolo_role_assignment_get_n_players (roles, 0); i++)
          if (kolo_role_assignment_get_brief (roles, 0, i) == (int) b)
            selected = 1 + kolo_list_model_index_of (people,
                                                     kolo_role_assignment_get_player (roles, 0, i));
      gtk_drop_down_set_selected (GTK_DROP_DOWN (drop), selected);

      gtk_grid_attach (self->choose_grid, label, 0, b, 1, 1);
      gtk_grid_attach (self->choose_grid, drop, 1, b, 1, 1);
      g_ptr_array_add (self->choosers, drop);
    }
}

/* Undoing new roles: the round gets back the players it had. */
typedef struct
{
  KoloRolePlaysPage  *page;   /* weak */
  KoloPlay           *play;
  KoloRoleAssignment *roles;
} Previous;

static void
previous_free (gpointer data)
{
  Previous *previous = data;

  g_clear_weak_pointer (&previous->page);
  g_object_unref (previous->play);
  kolo_role_assignment_unref (previous->roles);
  g_free (previous);
}

static void
undo_roles_cb (AdwToast *toast,
               Previous *previous)
{
  g_autoptr(GError) error = NULL;

  if (!kolo_play_set_roles (previous->play, previous->roles, &error))
    {
      if (previous->page != NULL)
        _kolo_role_plays_report (previous->page, _("Could Not Undo"), error);
      return;
    }
  if (previous->page != NULL && previous->page->play == previous->play)
    _kolo_role_plays_update_groups (previous->page);
}

/* Records @roles for the round on show; roles it had before can be taken
 * back from the toast. */
static gboolean
give_roles (KoloRolePlaysPage   *self,
            KoloRoleAssignment  *roles,
            GError             **error)
{
  KoloRoleAssignment *before = kolo_play_get_roles (self->play);
  KoloWindow *window = kolo_window_for_widget (GTK_WIDGET (self));
  Previous *previous;
  AdwToast *toast;

  if (before != NULL)
    kolo_role_assignment_ref (before);
  if (!kolo_play_set_roles (self->play, roles, error))
    {
      g_clear_pointer (&before, kolo_role_assignment_unref);
      return FALSE;
    }
  _kolo_role_plays_update_groups (self);

  if (before == NULL || kolo_role_assignment_get_n_groups (before) == 0 || window == NULL)
    {
      g_clear_pointer (&before, kolo_role_assignment_unref);
      return TRUE;
    }

  previous = g_new0 (Previous, 1);
  g_set_weak_pointer (&previous->page, self);
  previous->play = g_object_ref (self->play);
  previous->roles = before;
  toast = kolo_toast_new ("%s", _("The roles were given again"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_roles_cb), previous,
                         (GClosureNotify) (void (*) (void)) previous_free, 0);
  kolo_window_add_toast (window, toast);
  return TRUE;
}

/* Another group is of other people: the choices start from nobody. */
static void
another_toggled_cb (KoloRolePlaysPage *self)
{
  if (!gtk_check_button_get_active (self->choose_another))
    return;
  for (guint b = 0; b < self->choosers->len; b++)
    gtk_drop_down_set_selected (self->choosers->pdata[b], 0);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoloRolePlaysPage *self = KOLO_ROLE_PLAYS_PAGE (widget);
  GListModel *people = kolo_event_get_participants (self->event);
  g_autoptr(KoloRoleAssignment) roles = NULL;
  g_autoptr(GError) error = NULL;
  KoloCard *card = _kolo_role_plays_current_card (self);
  KoloRoleAssignment *before;
  guint group;

  if (card == NULL)
    return;

  roles = kolo_role_assignment_new (card, self->event);
  /* Another group: the round keeps those it has. */
  if (gtk_check_button_get_active (self->choose_another) &&
      (before = kolo_play_get_roles (self->play)) != NULL)
    for (guint g = 0; g < kolo_role_assignment_get_n_groups (before) && error == NULL; g++)
      for (guint i = 0; i < kolo_role_assignment_get_n_players (before, g); i++)
        if (!kolo_role_assignment_add (roles, g, kolo_role_assignment_get_player (before, g, i),
                                       kolo_role_assignment_get_brief (before, g, i), &error))
          break;
  group = kolo_role_assignment_get_n_groups (roles);

  for (guint b = 0; b < self->choosers->len && error == NULL; b++)
    {
      guint selected = gtk_drop_down_get_selected (self->choosers->pdata[b]);
      g_autoptr(KoloParticipant) person = NULL;

      if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
        continue;
      person = g_list_model_get_item (people, selected - 1);
      if (person != NULL && !kolo_role_assignment_add (roles, group, person, b, &error))
        break;
    }
  if (error == NULL)
    give_roles (self, roles, &error);
  if (error != NULL)
    {
      gtk_label_set_text (self->choose_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->choose_error), TRUE);
      return;
    }
  gtk_popover_popdown (self->choose_popover);
}

static void
deal_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KoloRolePlaysPage *self = KOLO_ROLE_PLAYS_PAGE (widget);
  static const guint sizes[] = { 0, 2, 3, 4 };
  g_autoptr(KoloRoleAssignment) roles = NULL;
  g_autoptr(KoloDay) day = chosen_day (self);
  g_autoptr(GError) error = NULL;
  KoloCard *card = _kolo_role_plays_current_card (self);
  guint selected = adw_combo_row_get_selected (self->size_row);

  if (card == NULL)
    return;
  if (day == NULL)
    {
      g_set_error_literal (&error, KOLO_DECK_ERROR, KOLO_DECK_ERROR_NOBODY_PRESENT,
                           _("The event has no days, so nobody can be marked present."));
      _kolo_role_plays_report (self, _("Could Not Deal the Roles"), error);
      return;
    }

  roles = kolo_role_assignment_new_random (card, day,
                                           sizes[MIN (selected, G_N_ELEMENTS (sizes) - 1)],
                                           NULL, &error);
  if (roles == NULL || !give_roles (self, roles, &error))
    {
      if (g_error_matches (error, KOLO_DECK_ERROR, KOLO_DECK_ERROR_NOBODY_PRESENT))
        {
          g_autofree char *message = g_strdup_printf ("%s\n%s", error->message,
                                                      _("Tick who came on the Participants tab."));
          g_free (error->message);
          error->message = g_steal_pointer (&message);
        }
      _kolo_role_plays_report (self, _("Could Not Deal the Roles"), error);
      return;
    }
}

static void
briefs_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoloRolePlaysPage *self = KOLO_ROLE_PLAYS_PAGE (widget);
  GtkWindow *briefs;

  if (self->play == NULL || _kolo_role_plays_current_card (self) == NULL)
    return;
  briefs = kolo_briefs_window_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->play);
  gtk_window_present (briefs);
}

void
_kolo_role_plays_class_add_players_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "roleplays.deal", NULL, deal_action);
  gtk_widget_class_install_action (widget_class, "roleplays.choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "roleplays.briefs", NULL, briefs_action);
}

void
_kolo_role_plays_init_players (KoloRolePlaysPage *self)
{
  g_signal_connect_swapped (self->choose_popover, "show", G_CALLBACK (fill_chooser), self);
  g_signal_connect_swapped (self->choose_another, "toggled", G_CALLBACK (another_toggled_cb), self);
}
