/* kolo-window-run.c — the window running a day: the run's actions, the
 * projector window, keeping the screen awake, warnings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-window"

#include "config.h"

#include <glib/gi18n.h>
#include <gsound.h>

#include "kolo-board-actions.h"
#include "kolo-catch-up-window.h"
#include "kolo-note.h"
#include "kolo-projector-window.h"
#include "kolo-window-private.h"

static void
report_run_error (KoloWindow   *self,
                  const GError *error)
{
  if (error != NULL)
    kolo_window_report_error (self, _("The Timer Could Not Be Saved"), error);
}

/* While a day runs, the screen stays on and the laptop awake. */
static void
update_inhibit (KoloWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  gboolean running = self->run != NULL && kolo_run_get_state (self->run) != KOLO_RUN_STOPPED;

  if (app == NULL)
    return;

  if (running && self->inhibit_cookie == 0)
    self->inhibit_cookie = gtk_application_inhibit (app, GTK_WINDOW (self),
                                                    GTK_APPLICATION_INHIBIT_IDLE |
                                                    GTK_APPLICATION_INHIBIT_SUSPEND,
                                                    _("A training day is running"));
  else if (!running && self->inhibit_cookie != 0)
    {
      gtk_application_uninhibit (app, self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }
}

static gboolean
end_pulse_cb (gpointer user_data)
{
  KoloWindow *self = KOLO_WINDOW (user_data);

  self->pulse_timeout = 0;
  gtk_widget_remove_css_class (GTK_WIDGET (self), "timer-pulse");
  if (self->projector != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->projector), "timer-pulse");
  return G_SOURCE_REMOVE;
}

/* A short sound (if wanted and there is a sound card), a visual pulse, and
 * a desktop notification when the trainer is looking elsewhere. */
static void
signal_trainer (KoloWindow *self,
                const char *sound,
                const char *title,
                const char *body)
{
  if (g_settings_get_boolean (self->settings, "sounds"))
    {
      g_autoptr(GError) error = NULL;

      if (self->sounds == NULL)
        self->sounds = gsound_context_new (NULL, &error);
      /* No sound card (as on a test machine): silence, not an error. */
      if (self->sounds == NULL ||
          !gsound_context_play_simple (self->sounds, NULL, &error,
                                       GSOUND_ATTR_EVENT_ID, sound,
                                       GSOUND_ATTR_EVENT_DESCRIPTION, title,
                                       NULL))
        g_debug ("No sound: %s", error ? error->message : "no context");
    }

  gtk_widget_add_css_class (GTK_WIDGET (self), "timer-pulse");
  if (self->projector != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->projector), "timer-pulse");
  g_clear_handle_id (&self->pulse_timeout, g_source_remove);
  self->pulse_timeout = g_timeout_add (1500, end_pulse_cb, self);

  if (!gtk_window_is_active (GTK_WINDOW (self)) &&
      (self->projector == NULL || !gtk_window_is_active (GTK_WINDOW (self->projector))))
    {
      GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
      g_autoptr(GNotification) notification = g_notification_new (title);

      g_notification_set_body (notification, body);
      g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_HIGH);
      if (app != NULL)
        g_application_send_notification (app, "timer", notification);
    }
}

static void current_changed_cb (KoloWindow *self);

static void
warning_cb (KoloWindow *self)
{
  KoloActivity *current = kolo_run_get_current (self->run);
  int minutes = g_settings_get_int (self->settings, "warning-minutes");
  g_autofree char *title = g_strdup_printf (ngettext ("%d minute left", "%d minutes left", minutes),
                                            minutes);

  signal_trainer (self, "bell", title, current ? kolo_activity_get_title (current) : "");
}

static void
time_up_cb (KoloWindow *self)
{
  KoloActivity *current = kolo_run_get_current (self->run);

  signal_trainer (self, "complete", _("Time is up"),
                  current ? kolo_activity_get_title (current) : "");
}

/* A role-play round moved on by itself: the room hears the next phase. */
static void
round_phase_cb (KoloWindow     *self,
                KoloRoundPhase  phase)
{
  KoloPlay *play = kolo_run_get_round_play (self->run);

  signal_trainer (self, phase == KOLO_ROUND_OVER ? "complete" : "bell",
                  kolo_round_phase_get_label (phase),
                  play != NULL ? kolo_play_get_card_title (play) : "");
}

static void
apply_settings (KoloWindow *self)
{
  if (self->run == NULL)
    return;
  kolo_run_set_warning_seconds (self->run, 60 * g_settings_get_int (self->settings,
                                                                    "warning-minutes"));
  kolo_run_set_auto_advance (self->run, g_settings_get_boolean (self->settings, "auto-advance"));
}

/**
 * kolo_window_set_run_event:
 * @event: (nullable): the event whose day the window runs
 *
 * Follows @event's run: the console's bar and the projector show it.
 */
void
kolo_window_set_run_event (KoloWindow *self,
                           KoloEvent  *event)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloRun) run = NULL;

  g_return_if_fail (KOLO_IS_WINDOW (self));

  if (event != NULL && self->run != NULL && kolo_run_get_event (self->run) == event)
    return;

  /* A running day is not given up by looking at another event. */
  if (self->run != NULL && kolo_run_get_state (self->run) != KOLO_RUN_STOPPED && event != NULL &&
      kolo_run_get_event (self->run) != event)
    {
      if (self->event_page != NULL)
        kolo_event_page_set_ticker (self->event_page,
                                    kolo_event_page_get_event (self->event_page) ==
                                    kolo_run_get_event (self->run) ? self->ticker : NULL);
      return;
    }

  if (event != NULL)
    {
      run = kolo_run_get_for_event (event, kolo_clock_get_system (), &error);
      if (run == NULL)
        report_run_error (self, error);
    }

  if (self->run != NULL)
    g_signal_handlers_disconnect_by_data (self->run, self);
  if (self->projector != NULL && run != self->run)
    gtk_window_destroy (GTK_WINDOW (self->projector));
  g_clear_object (&self->ticker);
  g_set_object (&self->run, run);

  if (self->run != NULL)
    {
      self->ticker = kolo_ticker_new (self->run);
      g_signal_connect_object (self->run, "warning", G_CALLBACK (warning_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->run, "time-up", G_CALLBACK (time_up_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->run, "round-phase", G_CALLBACK (round_phase_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->run, "notify::state", G_CALLBACK (update_inhibit), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->run, "notify::current", G_CALLBACK (current_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->run, "notify::state", G_CALLBACK (current_changed_cb),
                               self, G_CONNECT_SWAPPED);
      apply_settings (self);
    }

  if (self->event_page != NULL)
    kolo_event_page_set_ticker (self->event_page, self->ticker);
  update_inhibit (self);
  /* Back in the middle of a brainstorm (after a restart): its board. */
  if (self->run != NULL)
    current_changed_cb (self);
}

/**
 * kolo_window_get_run:
 *
 * Returns: (transfer none) (nullable): the run the window follows
 */
KoloRun *
kolo_window_get_run (KoloWindow *self)
{
  g_return_val_if_fail (KOLO_IS_WINDOW (self), NULL);
  return self->run;
}

/* Actions ------------------------------------------------------------------ */

static void
run_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  KoloWindow *self = KOLO_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  if (self->run == NULL)
    return;

  if (g_str_equal (action_name, "win.run-toggle"))
    {
      switch (kolo_run_get_state (self->run))
        {
        case KOLO_RUN_RUNNING:
          ok = kolo_run_pause (self->run, &error);
          break;
        case KOLO_RUN_PAUSED:
          ok = kolo_run_resume (self->run, &error);
          break;
        case KOLO_RUN_STOPPED:
        default:
          break;
        }
    }
  else if (g_str_equal (action_name, "win.run-next"))
    ok = kolo_run_next (self->run, &error);
  else if (g_str_equal (action_name, "win.run-previous"))
    ok = kolo_run_previous (self->run, &error);
  else if (g_str_equal (action_name, "win.run-add-minute"))
    ok = kolo_run_add_minutes (self->run, 1, &error);
  else if (g_str_equal (action_name, "win.run-remove-minute"))
    ok = kolo_run_add_minutes (self->run, -1, &error);
  else if (g_str_equal (action_name, "win.run-stop"))
    ok = kolo_run_stop_day (self->run, &error);

  if (!ok)
    report_run_error (self, error);
}

static void
start_day_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KoloWindow *self = KOLO_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloDay) day = NULL;
  GListModel *days;

  if (self->run == NULL)
    return;

  days = kolo_event_get_days (kolo_run_get_event (self->run));
  day = g_list_model_get_item (days, g_variant_get_uint32 (parameter));
  if (day != NULL && !kolo_run_start_day (self->run, day, &error))
    report_run_error (self, error);
}

typedef gboolean (*RunFunc) (KoloRun *run, GError **error);

static void
confirmed_cb (AdwMessageDialog *dialog,
              const char       *response,
              KoloWindow       *self)
{
  RunFunc func = g_object_get_data (G_OBJECT (dialog), "func");
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "confirm") && self->run != NULL && !func (self->run, &error))
    report_run_error (self, error);
}

/* Restart and reset ask first: an accidental press must never wipe the
 * day's timing. */
static void
ask (KoloWindow *self,
     const char *heading,
     const char *body,
     const char *confirm,
     RunFunc     func)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "confirm", confirm,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "confirm",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "func", func);
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirmed_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
restart_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ask (KOLO_WINDOW (widget), _("Restart This Activity?"),
       _("Its countdown starts again from the full time; the time it has run so far is "
         "forgotten."),
       _("_Restart"), kolo_run_restart_activity);
}

static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ask (KOLO_WINDOW (widget), _("Reset the Day’s Timing?"),
       _("The day stops and every activity’s recorded start, pauses and end are forgotten. "
         "This cannot be undone."),
       _("_Reset"), kolo_run_reset_day);
}

static void
catch_up_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KoloWindow *self = KOLO_WINDOW (widget);

  if (self->run == NULL || kolo_run_get_current (self->run) == NULL)
    return;
  gtk_window_present (kolo_catch_up_window_new (GTK_WINDOW (self), self->run));
}

/* Boards ------------------------------------------------------------------ */

/* A brainstorm opens its board on the console and on the projector; the
 * activity after it brings the timer back to the room.  Other changes (a
 * pause, the next activity) leave groups or a role-play card where they
 * are: the trainer put them there. */
static void
current_changed_cb (KoloWindow *self)
{
  KoloActivity *current = kolo_run_get_current (self->run);
  KoloBoard *board = NULL;

  if (current == NULL || kolo_run_get_state (self->run) == KOLO_RUN_STOPPED)
    return;

  if (kolo_activity_get_kind (current) == KOLO_ACTIVITY_BRAINSTORM &&
      (board = kolo_board_for_activity (GTK_WIDGET (self), current)) != NULL &&
      self->event_page != NULL &&
      kolo_event_page_get_event (self->event_page) == kolo_run_get_event (self->run))
    kolo_event_page_show_board (self->event_page, board);

  if (self->projector != NULL &&
      (board != NULL || kolo_projector_window_get_board (self->projector) != NULL))
    kolo_projector_window_set_board (self->projector, board);
}

static KoloBoard *
board_from_parameter (KoloWindow *self,
                      GVariant   *parameter)
{
  KoloEvent *event = kolo_window_get_event (self);
  GListModel *boards = event != NULL ? kolo_event_get_boards (event) : NULL;
  gint64 id = g_variant_get_int64 (parameter);

  for (guint i = 0; boards != NULL && i < g_list_model_get_n_items (boards); i++)
    {
      g_autoptr(KoloBoard) board = g_list_model_get_item (boards, i);

      if (kolo_board_get_id (board) == id)
        return board;   /* the event keeps it */
    }
  return NULL;
}

static void
show_board_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KoloWindow *self = KOLO_WINDOW (widget);
  KoloBoard *board = board_from_parameter (self, parameter);

  if (board != NULL && self->event_page != NULL)
    kolo_event_page_show_board (self->event_page, board);
}

static void open_projector (KoloWindow *self);

/**
 * kolo_window_show_groups:
 * @groups: (nullable): groups of participants, as kolo_groups_make() gives
 *
 * New groups: the projector, when it shows groups, shows these.
 */
void
kolo_window_show_groups (KoloWindow *self,
                         GPtrArray  *groups)
{
  g_return_if_fail (KOLO_IS_WINDOW (self));

  if (self->projector != NULL && kolo_projector_window_get_groups (self->projector) != NULL)
    kolo_projector_window_set_groups (self->projector, groups);
}

/**
 * kolo_window_project_groups:
 *
 * Shows @groups on the projector, opening it if needed.
 */
void
kolo_window_project_groups (KoloWindow *self,
                            GPtrArray  *groups)
{
  g_return_if_fail (KOLO_IS_WINDOW (self));

  if (self->projector == NULL)
    open_projector (self);
  if (self->projector != NULL)
    kolo_projector_window_set_groups (self->projector, groups);
}

/**
 * kolo_window_show_card:
 * @card: the role-play card drawn
 *
 * Shows the room @card's public side on the projector, opening it if
 * needed; the briefs stay on the console.
 */
void
kolo_window_show_card (KoloWindow *self,
                       KoloCard   *card)
{
  g_return_if_fail (KOLO_IS_WINDOW (self));
  g_return_if_fail (KOLO_IS_CARD (card));

  if (self->projector == NULL)
    open_projector (self);
  if (self->projector != NULL)
    kolo_projector_window_set_card (self->projector, card);
}

/**
 * kolo_window_hide_card:
 *
 * Brings the timer back to the projector, if it shows a card.
 */
void
kolo_window_hide_card (KoloWindow *self)
{
  g_return_if_fail (KOLO_IS_WINDOW (self));

  if (self->projector != NULL && kolo_projector_window_get_card (self->projector) != NULL)
    kolo_projector_window_set_card (self->projector, NULL);
}

static void
project_board_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KoloWindow *self = KOLO_WINDOW (widget);
  KoloBoard *board = board_from_parameter (self, parameter);

  if (board == NULL)
    return;
  if (self->projector == NULL)
    open_projector (self);
  if (self->projector != NULL)
    kolo_projector_window_set_board (self->projector, board);
}

static void
project_timer_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KoloWindow *self = KOLO_WINDOW (widget);

  if (self->projector != NULL)
    kolo_projector_window_set_board (self->projector, NULL);
}

/* The monitors as the core's chooser sees them. */
static GArray *
screens_of (GdkDisplay *display,
            GdkMonitor *console,
            int        *console_index)
{
  GListModel *monitors = gdk_display_get_monitors (display);
  GArray *screens = g_array_new (FALSE, FALSE, sizeof (KoloScreen));

  *console_index = -1;
  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      GdkRectangle geometry;
      KoloScreen screen;

      gdk_monitor_get_geometry (monitor, &geometry);
      screen = (KoloScreen) { geometry.x, geometry.y, geometry.width, geometry.height };
      g_array_append_val (screens, screen);
      if (monitor == console)
        *console_index = i;
    }
  return screens;
}

static GdkMonitor *
console_monitor (KoloWindow *self)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));

  return surface != NULL
         ? gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (self)), surface)
         : NULL;
}

static void
show_projector_on (KoloWindow *self,
                   int         index)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  g_autoptr(GdkMonitor) monitor = index >= 0 ? g_list_model_get_item (monitors, index) : NULL;

  self->projector_monitor = index;
  kolo_projector_window_show_on (self->projector, monitor);
}

static void
open_projector (KoloWindow *self)
{
  g_autoptr(GArray) screens = NULL;
  int console;

  if (self->ticker == NULL)
    return;

  g_set_weak_pointer (&self->projector, kolo_projector_window_new (GTK_WINDOW (self), self->ticker));
  screens = screens_of (gtk_widget_get_display (GTK_WIDGET (self)), console_monitor (self),
                        &console);
  show_projector_on (self, kolo_screens_pick_projector ((KoloScreen *) screens->data, screens->len,
                                                        console));
  /* Opened during a brainstorm: its board. */
  current_changed_cb (self);
}

static void
projector_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KoloWindow *self = KOLO_WINDOW (widget);

  if (self->projector != NULL)
    gtk_window_destroy (GTK_WINDOW (self->projector));
  else
    open_projector (self);
}

static void
projector_swap_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KoloWindow *self = KOLO_WINDOW (widget);
  g_autoptr(GArray) screens = NULL;
  int console;

  if (self->projector == NULL)
    return;

  screens = screens_of (gtk_widget_get_display (widget), console_monitor (self), &console);
  show_projector_on (self, kolo_screens_swap (screens->len, console, self->projector_monitor));
}

static void
black_screen_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KoloWindow *self = KOLO_WINDOW (widget);

  if (self->projector != NULL)
    kolo_projector_window_set_black (self->projector,
                                     !kolo_projector_window_get_black (self->projector));
}

/* Keys ----------------------------------------------------------------------- */

/* While a day runs, Space, PageUp/PageDown, +/− and B drive it from anywhere
 * in the window, but not while typing. */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                KoloWindow            *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (self->run == NULL || kolo_run_get_state (self->run) == KOLO_RUN_STOPPED)
    return GDK_EVENT_PROPAGATE;
  if (focus != NULL && (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT_VIEW (focus) ||
                        gtk_widget_get_ancestor (focus, GTK_TYPE_EDITABLE) != NULL))
    return GDK_EVENT_PROPAGATE;
  /* A focused note takes + and − as votes. */
  if (focus != NULL && (KOLO_IS_NOTE (focus) || gtk_widget_get_ancestor (focus, KOLO_TYPE_NOTE)))
    return GDK_EVENT_PROPAGATE;

  return kolo_run_keys_activate (GTK_WIDGET (self), keyval, state, FALSE)
         ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;
}

void
kolo_window_init_run (KoloWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  g_signal_connect_object (self->settings, "changed::warning-minutes",
                           G_CALLBACK (apply_settings), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::auto-advance",
                           G_CALLBACK (apply_settings), self, G_CONNECT_SWAPPED);
}

void
kolo_window_dispose_run (KoloWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (self->inhibit_cookie != 0 && app != NULL)
    gtk_application_uninhibit (app, self->inhibit_cookie);
  self->inhibit_cookie = 0;
  if (self->projector != NULL)
    gtk_window_destroy (GTK_WINDOW (self->projector));
  g_clear_weak_pointer (&self->projector);
  g_clear_handle_id (&self->pulse_timeout, g_source_remove);
  if (self->run != NULL)
    g_signal_handlers_disconnect_by_data (self->run, self);
  g_clear_object (&self->ticker);
  g_clear_object (&self->run);
  g_clear_object (&self->sounds);
}

void
kolo_window_class_add_run_actions (GtkWidgetClass *widget_class)
{
  static const char * const run_actions[] = {
    "win.run-toggle", "win.run-next", "win.run-previous", "win.run-add-minute",
    "win.run-remove-minute", "win.run-stop",
  };

  for (guint i = 0; i < G_N_ELEMENTS (run_actions); i++)
    gtk_widget_class_install_action (widget_class, run_actions[i], NULL, run_action);
  gtk_widget_class_install_action (widget_class, "win.run-start-day", "u", start_day_action);
  gtk_widget_class_install_action (widget_class, "win.run-restart", NULL, restart_action);
  gtk_widget_class_install_action (widget_class, "win.run-reset", NULL, reset_action);
  gtk_widget_class_install_action (widget_class, "win.run-catch-up", NULL, catch_up_action);
  gtk_widget_class_install_action (widget_class, "win.projector", NULL, projector_action);
  gtk_widget_class_install_action (widget_class, "win.projector-swap", NULL,
                                   projector_swap_action);
  gtk_widget_class_install_action (widget_class, "win.black-screen", NULL, black_screen_action);
  gtk_widget_class_install_action (widget_class, "win.project-board", "x", project_board_action);
  gtk_widget_class_install_action (widget_class, "win.project-timer", NULL, project_timer_action);
  gtk_widget_class_install_action (widget_class, "win.show-board", "x", show_board_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.projector", NULL);
}
