/* kolo-role-plays-round.c — a role-play round timed on the event's run:
 * preparation, play and discussion
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-role-plays-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kolo-role-plays-page-private.h"

/* The round -------------------------------------------------------------- */

static GtkSpinButton *
spin_for (KoloRolePlaysPage *self,
          KoloRoundPhase     phase)
{
  switch (phase)
    {
    case KOLO_ROUND_PREPARATION:
      return self->preparation_spin;
    case KOLO_ROUND_PLAY:
      return self->play_spin;
    case KOLO_ROUND_DISCUSSION:
    case KOLO_ROUND_OVER:
    default:
      return self->discussion_spin;
    }
}

void
_kolo_role_plays_update_round (KoloRolePlaysPage *self)
{
  KoloRunState state = self->run ? kolo_run_get_round_state (self->run) : KOLO_RUN_STOPPED;
  KoloRoundPhase phase = self->run ? kolo_run_get_round_phase (self->run) : KOLO_ROUND_OVER;
  gboolean over = state != KOLO_RUN_STOPPED && phase == KOLO_ROUND_OVER;

  if (self->run == NULL)
    {
      adw_preferences_group_set_description (self->round_group,
                                             _("Another event’s day is running: its rounds are timed there."));
      gtk_label_set_text (self->phase_label, "");
      gtk_label_set_text (self->round_time_label, "–:––");
    }
  else if (state == KOLO_RUN_STOPPED)
    {
      int total = 0;
      g_autofree char *length = NULL;

      for (KoloRoundPhase p = KOLO_ROUND_PREPARATION; p < KOLO_ROUND_OVER; p++)
        total += kolo_run_get_round_minutes (self->run, p);
      length = kolo_text_format_duration (total);
      adw_preferences_group_set_description (self->round_group, NULL);
      gtk_label_set_text (self->phase_label, _("Ready"));
      gtk_label_set_text (self->round_time_label, length);
    }
  else
    {
      g_autofree char *remaining = kolo_text_format_countdown (kolo_run_get_round_remaining_us (self->run));

      adw_preferences_group_set_description (self->round_group, NULL);
      if (state == KOLO_RUN_PAUSED)
        {
          /* Translators: a round's phase, on hold: «Гра — пауза» */
          g_autofree char *paused = g_strdup_printf (_("%s — paused"),
                                                     kolo_round_phase_get_label (phase));
          gtk_label_set_text (self->phase_label, paused);
        }
      else
        gtk_label_set_text (self->phase_label, kolo_round_phase_get_label (phase));
      gtk_label_set_text (self->round_time_label, over ? "0:00" : remaining);
    }

  for (KoloRoundPhase p = KOLO_ROUND_PREPARATION; p < KOLO_ROUND_OVER; p++)
    {
      GtkSpinButton *spin = spin_for (self, p);
      gboolean current = state != KOLO_RUN_STOPPED && p == phase;

      gtk_widget_set_sensitive (GTK_WIDGET (spin), self->run != NULL);
      if (self->run != NULL && !gtk_widget_has_focus (GTK_WIDGET (spin)))
        gtk_spin_button_set_value (spin, kolo_run_get_round_minutes (self->run, p));
      if (current)
        gtk_widget_add_css_class (gtk_widget_get_parent (GTK_WIDGET (spin)), "accent");
      else
        gtk_widget_remove_css_class (gtk_widget_get_parent (GTK_WIDGET (spin)), "accent");
    }

  gtk_button_set_icon_name (self->round_pause_button,
                            state == KOLO_RUN_PAUSED ? "media-playback-start-symbolic"
                                                     : "media-playback-pause-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->round_pause_button),
                               state == KOLO_RUN_PAUSED ? _("Resume the Round")
                                                        : _("Pause the Round"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->round_pause_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  state == KOLO_RUN_PAUSED ? _("Resume the Round")
                                                           : _("Pause the Round"),
                                  -1);
  gtk_widget_set_visible (GTK_WIDGET (self->round_start_button), state == KOLO_RUN_STOPPED || over);
  gtk_button_set_label (self->round_start_button, over ? _("_Start Again") : _("_Start Round"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roleplays.round-start", self->run != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roleplays.round-pause",
                                 state != KOLO_RUN_STOPPED && !over);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roleplays.round-next",
                                 state != KOLO_RUN_STOPPED && !over);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roleplays.round-add",
                                 state != KOLO_RUN_STOPPED && !over);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roleplays.round-stop", state != KOLO_RUN_STOPPED);
}

static void
minutes_changed_cb (KoloRolePlaysPage *self,
                    GtkSpinButton     *spin)
{
  g_autoptr(GError) error = NULL;
  KoloRoundPhase phase;
  int minutes = gtk_spin_button_get_value_as_int (spin);

  if (self->run == NULL)
    return;
  phase = spin == self->preparation_spin ? KOLO_ROUND_PREPARATION
        : spin == self->play_spin ? KOLO_ROUND_PLAY : KOLO_ROUND_DISCUSSION;
  if (minutes == kolo_run_get_round_minutes (self->run, phase))
    return;
  if (!kolo_run_set_round_minutes (self->run, phase, minutes, &error))
    {
      _kolo_role_plays_report (self, _("Could Not Change the Minutes"), error);
      gtk_spin_button_set_value (spin, kolo_run_get_round_minutes (self->run, phase));
    }
  _kolo_role_plays_update_round (self);
}

static void
round_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KoloRolePlaysPage *self = KOLO_ROLE_PLAYS_PAGE (widget);
  const char *name = strchr (action_name, '.') + 1;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->run == NULL)
    return;

  if (g_str_equal (name, "round-start"))
    {
      ok = kolo_run_start_round (self->run, self->play, &error);
      /* The room sees what is played. */
      if (ok && self->play != NULL && _kolo_role_plays_current_card (self) != NULL)
        gtk_toggle_button_set_active (self->project_button, TRUE);
    }
  else if (g_str_equal (name, "round-pause"))
    ok = kolo_run_get_round_state (self->run) == KOLO_RUN_PAUSED
         ? kolo_run_resume_round (self->run, &error)
         : kolo_run_pause_round (self->run, &error);
  else if (g_str_equal (name, "round-next"))
    ok = kolo_run_next_round_phase (self->run, &error);
  else if (g_str_equal (name, "round-add"))
    ok = kolo_run_add_round_minutes (self->run, 1, &error);
  else
    ok = kolo_run_stop_round (self->run, &error);

  if (!ok)
    _kolo_role_plays_report (self, _("Could Not Change the Round"), error);
  _kolo_role_plays_update_round (self);
}

void
_kolo_role_plays_disconnect_run (KoloRolePlaysPage *self)
{
  if (self->ticker != NULL)
    g_signal_handlers_disconnect_by_data (self->ticker, self);
  if (self->run != NULL)
    g_signal_handlers_disconnect_by_data (self->run, self);
  g_clear_object (&self->ticker);
  g_clear_object (&self->run);
}

void
_kolo_role_plays_class_add_round_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "roleplays.round-start", NULL, round_action);
  gtk_widget_class_install_action (widget_class, "roleplays.round-pause", NULL, round_action);
  gtk_widget_class_install_action (widget_class, "roleplays.round-next", NULL, round_action);
  gtk_widget_class_install_action (widget_class, "roleplays.round-add", NULL, round_action);
  gtk_widget_class_install_action (widget_class, "roleplays.round-stop", NULL, round_action);
}

void
_kolo_role_plays_init_round (KoloRolePlaysPage *self)
{
  g_signal_connect_swapped (self->preparation_spin, "value-changed",
                            G_CALLBACK (minutes_changed_cb), self);
  g_signal_connect_swapped (self->play_spin, "value-changed",
                            G_CALLBACK (minutes_changed_cb), self);
  g_signal_connect_swapped (self->discussion_spin, "value-changed",
                            G_CALLBACK (minutes_changed_cb), self);
}
