/* kolo-projector-window.c — what the room sees: the current activity, its
 * instructions, a huge countdown, what comes next
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-projector-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-countdown.h"
#include "kolo-groups-view.h"
#include "kolo-projector-board.h"
#include "kolo-projector-card.h"
#include "kolo-projector-window.h"

/* One model, two views: this window reads the same run the console does,
 * redrawn on the same tick; nothing is copied.  It never shows trainer
 * notes or materials, nor a role-play card's private briefs. */
struct _KoloProjectorWindow
{
  AdwWindow       parent_instance;

  GtkWindow      *console;   /* weak */
  KoloTicker     *ticker;
  KoloRun        *run;
  gboolean        black;

  /* Template children */
  GtkLabel       *event_label;
  GtkLabel       *title_label;
  GtkLabel       *instructions_label;
  KoloCountdown  *countdown;
  GtkProgressBar *progress;
  GtkLabel       *next_label;
  GtkWidget      *black_screen;
  GtkStack       *content;
  KoloProjectorBoard *board_page;
  KoloGroupsView *groups_view;
  KoloProjectorCard *card_page;
  GtkLabel       *corner_time;
};

G_DEFINE_FINAL_TYPE (KoloProjectorWindow, kolo_projector_window, ADW_TYPE_WINDOW)

static void
update (KoloProjectorWindow *self)
{
  KoloActivity *current = kolo_run_get_current (self->run);
  KoloActivity *next = kolo_run_get_next (self->run);
  KoloEvent *event = kolo_run_get_event (self->run);
  gboolean stopped = kolo_run_get_state (self->run) == KOLO_RUN_STOPPED || current == NULL;
  gint64 remaining = kolo_run_get_remaining_us (self->run);
  g_autofree char *time = NULL;
  g_autofree char *next_text = NULL;
  gboolean on_board;

  gtk_label_set_text (self->event_label, kolo_event_get_title (event));

  /* On a board or the groups, the time left is in a corner; a card has
   * its own place for it, beside it. */
  on_board = kolo_projector_board_get_board (self->board_page) != NULL ||
             kolo_groups_view_get_groups (self->groups_view) != NULL;
  gtk_widget_set_visible (GTK_WIDGET (self->corner_time), on_board && !stopped);
  if (on_board && !stopped)
    {
      g_autofree char *corner = kolo_text_format_countdown (remaining);
      gtk_label_set_text (self->corner_time, corner);
    }

  if (stopped)
    {
      /* Before the day, and after it: only the event's title. */
      gtk_label_set_text (self->title_label, kolo_event_get_title (event));
      gtk_label_set_text (self->instructions_label, "");
      kolo_countdown_set_text (self->countdown, "");
      gtk_widget_set_visible (GTK_WIDGET (self->progress), FALSE);
      gtk_label_set_text (self->next_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->event_label), FALSE);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->event_label), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->progress), TRUE);
  gtk_label_set_text (self->title_label, kolo_activity_get_title (current));
  gtk_label_set_text (self->instructions_label, kolo_activity_get_instructions (current));

  time = kolo_text_format_countdown (remaining);
  kolo_countdown_set_text (self->countdown, time);
  if (remaining < 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->countdown), "overrun");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->countdown), "overrun");
  if (kolo_run_get_state (self->run) == KOLO_RUN_PAUSED)
    gtk_widget_add_css_class (GTK_WIDGET (self->countdown), "paused");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->countdown), "paused");
  gtk_progress_bar_set_fraction (self->progress, CLAMP (kolo_run_get_progress (self->run), 0, 1));

  if (next != NULL)
    {
      /* When the next activity starts if this one ends on time: on a day
       * that runs late the room sees the real time, not the plan's. */
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) then = g_date_time_add (now, MAX (remaining, 0));
      int minute = g_date_time_get_hour (then) * 60 + g_date_time_get_minute (then) +
                   (g_date_time_get_second (then) >= 30 ? 1 : 0);
      g_autofree char *at = kolo_text_format_clock (minute % (24 * 60));

      /* Translators: on the projector, what follows: "Next: Coffee break · 11:40" */
      next_text = g_strdup_printf (_("Next: %s · %s"), kolo_activity_get_title (next), at);
    }
  gtk_label_set_text (self->next_label, next_text ? next_text : "");
}

/* The keys of the console and of presentation clickers: PageDown/PageUp
 * (what clickers send), the arrows, Space, +/−, B.  On the console, keys
 * that edit text or move in lists are left alone. */
gboolean
kolo_run_keys_activate (GtkWidget       *console,
                        guint            keyval,
                        GdkModifierType  state,
                        gboolean         on_projector)
{
  const char *action = NULL;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_space:
      action = "win.run-toggle";
      break;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      action = "win.run-next";
      break;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      action = "win.run-previous";
      break;
    case GDK_KEY_Right:
      action = on_projector ? "win.run-next" : NULL;
      break;
    case GDK_KEY_Left:
      action = on_projector ? "win.run-previous" : NULL;
      break;
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      action = "win.run-add-minute";
      break;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      action = "win.run-remove-minute";
      break;
    case GDK_KEY_b:
    case GDK_KEY_B:
      action = "win.black-screen";
      break;
    default:
      break;
    }

  if (action == NULL)
    return FALSE;
  return gtk_widget_activate_action (console, action, NULL);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                KoloProjectorWindow   *self)
{
  if (keyval == GDK_KEY_F11)
    {
      if (gtk_window_is_fullscreen (GTK_WINDOW (self)))
        gtk_window_unfullscreen (GTK_WINDOW (self));
      else
        gtk_window_fullscreen (GTK_WINDOW (self));
      return GDK_EVENT_STOP;
    }
  if (keyval == GDK_KEY_Escape)
    {
      gtk_window_unfullscreen (GTK_WINDOW (self));
      return GDK_EVENT_STOP;
    }
  if (self->console != NULL &&
      kolo_run_keys_activate (GTK_WIDGET (self->console), keyval, state, TRUE))
    return GDK_EVENT_STOP;
  return GDK_EVENT_PROPAGATE;
}

static void
kolo_projector_window_dispose (GObject *object)
{
  KoloProjectorWindow *self = (KoloProjectorWindow *)object;

  if (self->ticker != NULL)
    g_signal_handlers_disconnect_by_data (self->ticker, self);
  g_clear_weak_pointer (&self->console);
  g_clear_object (&self->ticker);
  g_clear_object (&self->run);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOLO_TYPE_PROJECTOR_WINDOW);

  G_OBJECT_CLASS (kolo_projector_window_parent_class)->dispose (object);
}

static void
kolo_projector_window_class_init (KoloProjectorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_projector_window_dispose;

  g_type_ensure (KOLO_TYPE_COUNTDOWN);
  g_type_ensure (KOLO_TYPE_PROJECTOR_BOARD);
  g_type_ensure (KOLO_TYPE_PROJECTOR_CARD);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kolo-projector-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorWindow, event_label);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorWindow, instructions_label);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorWindow, countdown);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorWindow, progress);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorWindow, next_label);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorWindow, black_screen);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorWindow, content);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorWindow, board_page);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorWindow, card_page);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorWindow, corner_time);
}

static void
kolo_projector_window_init (KoloProjectorWindow *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The third thing the room may see: groups of participants. */
  self->groups_view = kolo_groups_view_new (TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->groups_view), "projector-groups");
  gtk_stack_add_named (self->content, GTK_WIDGET (self->groups_view), "groups");

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

/**
 * kolo_projector_window_new:
 * @console: the main window: the keys pressed here run its actions
 * @ticker: the console's ticker of the run to show
 *
 * Returns: (transfer none): the window, not yet shown
 */
KoloProjectorWindow *
kolo_projector_window_new (GtkWindow  *console,
                           KoloTicker *ticker)
{
  KoloProjectorWindow *self;

  g_return_val_if_fail (GTK_IS_WINDOW (console), NULL);
  g_return_val_if_fail (KOLO_IS_TICKER (ticker), NULL);

  self = g_object_new (KOLO_TYPE_PROJECTOR_WINDOW,
                       "application", gtk_window_get_application (console),
                       NULL);
  g_set_weak_pointer (&self->console, console);
  self->ticker = g_object_ref (ticker);
  self->run = g_object_ref (kolo_ticker_get_run (ticker));
  g_signal_connect_swapped (ticker, "tick", G_CALLBACK (update), self);
  kolo_projector_card_set_ticker (self->card_page, ticker);
  update (self);

  return self;
}

/**
 * kolo_projector_window_set_black:
 *
 * Blacks the screen out (the `B` of presentation software), or shows it
 * again.  The timer goes on.
 */
void
kolo_projector_window_set_black (KoloProjectorWindow *self,
                                 gboolean             black)
{
  g_return_if_fail (KOLO_IS_PROJECTOR_WINDOW (self));

  self->black = !!black;
  gtk_widget_set_visible (self->black_screen, self->black);
  gtk_widget_set_visible (GTK_WIDGET (self->content), !self->black);
}

gboolean
kolo_projector_window_get_black (KoloProjectorWindow *self)
{
  g_return_val_if_fail (KOLO_IS_PROJECTOR_WINDOW (self), FALSE);
  return self->black;
}

/**
 * kolo_projector_window_show_on:
 * @monitor: (nullable): where; %NULL leaves it to the system
 *
 * Shows the window fullscreen on @monitor.
 */
void
kolo_projector_window_show_on (KoloProjectorWindow *self,
                               GdkMonitor          *monitor)
{
  g_return_if_fail (KOLO_IS_PROJECTOR_WINDOW (self));

  gtk_window_present (GTK_WINDOW (self));
  if (monitor != NULL)
    gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), monitor);
  else
    gtk_window_fullscreen (GTK_WINDOW (self));
}

const char *
kolo_projector_window_get_title_text (KoloProjectorWindow *self)
{
  g_return_val_if_fail (KOLO_IS_PROJECTOR_WINDOW (self), NULL);
  return gtk_label_get_text (self->title_label);
}

const char *
kolo_projector_window_get_time_text (KoloProjectorWindow *self)
{
  g_return_val_if_fail (KOLO_IS_PROJECTOR_WINDOW (self), NULL);
  return kolo_countdown_get_text (self->countdown);
}

/**
 * kolo_projector_window_get_countdown:
 *
 * Returns: (transfer none): the countdown widget
 */
GtkWidget *
kolo_projector_window_get_countdown (KoloProjectorWindow *self)
{
  g_return_val_if_fail (KOLO_IS_PROJECTOR_WINDOW (self), NULL);
  return GTK_WIDGET (self->countdown);
}

/**
 * kolo_projector_window_set_board:
 * @board: (nullable): the board to show; %NULL for the timer
 *
 * Shows a brainstorm board where the room adds ideas, with the time left
 * in a corner, or the timer again.
 */
void
kolo_projector_window_set_board (KoloProjectorWindow *self,
                                 KoloBoard           *board)
{
  g_return_if_fail (KOLO_IS_PROJECTOR_WINDOW (self));

  kolo_projector_board_set_board (self->board_page, board);
  kolo_groups_view_set_groups (self->groups_view, NULL, NULL);
  kolo_projector_card_set_card (self->card_page, NULL);
  gtk_stack_set_visible_child_name (self->content, board != NULL ? "board" : "timer");
  update (self);
  if (board != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (kolo_projector_board_get_entry (self->board_page)));
}

/**
 * kolo_projector_window_get_board:
 *
 * Returns: (transfer none) (nullable): the board shown
 */
KoloBoard *
kolo_projector_window_get_board (KoloProjectorWindow *self)
{
  g_return_val_if_fail (KOLO_IS_PROJECTOR_WINDOW (self), NULL);
  return kolo_projector_board_get_board (self->board_page);
}

/**
 * kolo_projector_window_get_board_page:
 *
 * Returns: (transfer none): the board as the room sees it
 */
GtkWidget *
kolo_projector_window_get_board_page (KoloProjectorWindow *self)
{
  g_return_val_if_fail (KOLO_IS_PROJECTOR_WINDOW (self), NULL);
  return GTK_WIDGET (self->board_page);
}

/**
 * kolo_projector_window_set_groups:
 * @groups: (nullable): groups of participants; %NULL for the timer
 *
 * Shows groups of participants to the room (the time left in a corner),
 * or the timer again.
 */
void
kolo_projector_window_set_groups (KoloProjectorWindow *self,
                                  GPtrArray           *groups)
{
  g_return_if_fail (KOLO_IS_PROJECTOR_WINDOW (self));

  kolo_projector_board_set_board (self->board_page, NULL);
  kolo_groups_view_set_groups (self->groups_view, groups, NULL);
  kolo_projector_card_set_card (self->card_page, NULL);
  gtk_stack_set_visible_child_name (self->content, groups != NULL ? "groups" : "timer");
  update (self);
}

/**
 * kolo_projector_window_get_groups:
 *
 * Returns: (transfer none) (nullable): the groups shown
 */
GPtrArray *
kolo_projector_window_get_groups (KoloProjectorWindow *self)
{
  g_return_val_if_fail (KOLO_IS_PROJECTOR_WINDOW (self), NULL);
  return kolo_groups_view_get_groups (self->groups_view);
}

/**
 * kolo_projector_window_set_card:
 * @card: (nullable): the role-play card to show; %NULL for the timer
 *
 * Shows the room a card's public side (never its briefs), with the
 * round's phase and time beside it, or the timer again.  It replaces a
 * board or groups, as they replace it.
 */
void
kolo_projector_window_set_card (KoloProjectorWindow *self,
                                KoloCard            *card)
{
  g_return_if_fail (KOLO_IS_PROJECTOR_WINDOW (self));
  g_return_if_fail (card == NULL || KOLO_IS_CARD (card));

  kolo_projector_board_set_board (self->board_page, NULL);
  kolo_groups_view_set_groups (self->groups_view, NULL, NULL);
  /* The page first, so that the card turns where it can be seen. */
  gtk_stack_set_visible_child_name (self->content, card != NULL ? "card" : "timer");
  kolo_projector_card_set_card (self->card_page, card);
  update (self);
}

/**
 * kolo_projector_window_get_card:
 *
 * Returns: (transfer none) (nullable): the card shown
 */
KoloCard *
kolo_projector_window_get_card (KoloProjectorWindow *self)
{
  g_return_val_if_fail (KOLO_IS_PROJECTOR_WINDOW (self), NULL);
  return kolo_projector_card_get_card (self->card_page);
}

/**
 * kolo_projector_window_get_card_page:
 *
 * Returns: (transfer none): the card as the room sees it
 */
GtkWidget *
kolo_projector_window_get_card_page (KoloProjectorWindow *self)
{
  g_return_val_if_fail (KOLO_IS_PROJECTOR_WINDOW (self), NULL);
  return GTK_WIDGET (self->card_page);
}
