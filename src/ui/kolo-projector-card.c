/* kolo-projector-card.c — a role-play card as the room sees it, with the
 * round's phase and time beside it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-projector-card"

#include "config.h"

#include "kolo-countdown.h"
#include "kolo-fit-bin.h"
#include "kolo-projector-card.h"
#include "kolo-ui-util.h"

/* The room sees the card's kind, title, category and public text: never a
 * brief, which is for the players alone (and may give the game away).  A
 * new card shows its back for a moment, then turns; without animations it
 * is there at once.  Beside it, while a round runs, its phase and time;
 * otherwise the day's time, small. */
struct _KoloProjectorCard
{
  GtkWidget      parent_instance;

  KoloCard      *card;
  KoloTicker    *ticker;
  guint          turn_timeout;

  /* Template children */
  GtkStack      *flip;
  GtkWidget     *front;
  GtkWidget     *back;
  GtkLabel      *kind_label;
  GtkLabel      *category_label;
  KoloFitBin    *fit;
  GtkLabel      *title_label;
  GtkLabel      *text_label;
  GtkLabel      *back_kind_label;
  GtkWidget     *side;
  GtkLabel      *day_time_label;
  GtkWidget     *round_box;
  GtkLabel      *phase_label;
  KoloCountdown *round_countdown;
  GtkProgressBar *round_progress;
};

G_DEFINE_FINAL_TYPE (KoloProjectorCard, kolo_projector_card, GTK_TYPE_WIDGET)

/* How long the back shows before the card turns, and the turn itself: the
 * text is hidden for well under a second. */
#define BACK_MS 250
#define TURN_MS 450

static const char * const kind_classes[] = { "situation", "role", "observer" };

static void
set_kind_class (GtkWidget    *widget,
                KoloCardKind  kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_classes); i++)
    gtk_widget_remove_css_class (widget, kind_classes[i]);
  if ((guint) kind < G_N_ELEMENTS (kind_classes))
    gtk_widget_add_css_class (widget, kind_classes[kind]);
}

static const char * const phase_classes[] = { "preparation", "play", "discussion", "over" };

/* The round's phase and its time, large; without a round, the day's time,
 * small; without either, nothing. */
static void
update_time (KoloProjectorCard *self)
{
  KoloRun *run = self->ticker != NULL ? kolo_ticker_get_run (self->ticker) : NULL;
  KoloRunState round_state = run != NULL ? kolo_run_get_round_state (run) : KOLO_RUN_STOPPED;
  gboolean round_runs = round_state != KOLO_RUN_STOPPED;
  gboolean day_runs = run != NULL && kolo_run_get_state (run) != KOLO_RUN_STOPPED &&
                      kolo_run_get_current (run) != NULL;

  gtk_widget_set_visible (self->round_box, round_runs);
  gtk_widget_set_visible (GTK_WIDGET (self->day_time_label), day_runs && !round_runs);
  gtk_widget_set_visible (self->side, round_runs || day_runs);

  if (round_runs)
    {
      KoloRoundPhase phase = kolo_run_get_round_phase (run);
      gboolean over = phase == KOLO_ROUND_OVER;
      gint64 remaining = kolo_run_get_round_remaining_us (run);
      gint64 allowed = kolo_run_get_round_allowed_us (run);
      g_autofree char *time = over ? NULL : kolo_text_format_countdown (remaining);

      gtk_label_set_text (self->phase_label, kolo_round_phase_get_label (phase));
      for (guint i = 0; i < G_N_ELEMENTS (phase_classes); i++)
        gtk_widget_remove_css_class (GTK_WIDGET (self->phase_label), phase_classes[i]);
      if ((guint) phase < G_N_ELEMENTS (phase_classes))
        gtk_widget_add_css_class (GTK_WIDGET (self->phase_label), phase_classes[phase]);

      kolo_countdown_set_text (self->round_countdown, time);
      gtk_widget_set_visible (GTK_WIDGET (self->round_countdown), !over);
      if (round_state == KOLO_RUN_PAUSED)
        gtk_widget_add_css_class (GTK_WIDGET (self->round_countdown), "paused");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->round_countdown), "paused");

      gtk_widget_set_visible (GTK_WIDGET (self->round_progress), !over && allowed > 0);
      if (allowed > 0)
        gtk_progress_bar_set_fraction (self->round_progress,
                                       CLAMP (1.0 - (double) remaining / allowed, 0, 1));
    }
  else if (day_runs)
    {
      g_autofree char *time = kolo_text_format_countdown (kolo_run_get_remaining_us (run));

      gtk_label_set_text (self->day_time_label, time);
    }
}

static gboolean
turn_cb (gpointer user_data)
{
  KoloProjectorCard *self = KOLO_PROJECTOR_CARD (user_data);

  self->turn_timeout = 0;
  gtk_stack_set_transition_type (self->flip, GTK_STACK_TRANSITION_TYPE_ROTATE_LEFT);
  gtk_stack_set_visible_child (self->flip, self->front);
  return G_SOURCE_REMOVE;
}

static gboolean
animations_enabled (KoloProjectorCard *self)
{
  gboolean enabled = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &enabled,
                NULL);
  return enabled;
}

static void show_texts (KoloProjectorCard *self);

static void
kolo_projector_card_dispose (GObject *object)
{
  KoloProjectorCard *self = (KoloProjectorCard *)object;

  g_clear_handle_id (&self->turn_timeout, g_source_remove);
  kolo_projector_card_set_ticker (self, NULL);
  if (self->card != NULL)
    g_signal_handlers_disconnect_by_func (self->card, show_texts, self);
  g_clear_object (&self->card);
  kolo_widget_dispose_children (GTK_WIDGET (self), KOLO_TYPE_PROJECTOR_CARD);

  G_OBJECT_CLASS (kolo_projector_card_parent_class)->dispose (object);
}

static void
kolo_projector_card_class_init (KoloProjectorCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_projector_card_dispose;

  g_type_ensure (KOLO_TYPE_COUNTDOWN);
  g_type_ensure (KOLO_TYPE_FIT_BIN);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kolo-projector-card.ui");
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorCard, flip);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorCard, front);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorCard, back);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorCard, kind_label);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorCard, category_label);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorCard, fit);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorCard, text_label);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorCard, back_kind_label);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorCard, side);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorCard, day_time_label);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorCard, round_box);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorCard, phase_label);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorCard, round_countdown);
  gtk_widget_class_bind_template_child (widget_class, KoloProjectorCard, round_progress);

  gtk_widget_class_set_css_name (widget_class, "projectorcard");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
kolo_projector_card_init (KoloProjectorCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

KoloProjectorCard *
kolo_projector_card_new (void)
{
  return g_object_new (KOLO_TYPE_PROJECTOR_CARD, NULL);
}

/**
 * kolo_projector_card_set_ticker:
 * @ticker: (nullable): the ticker of the run whose time shows beside the card
 */
void
kolo_projector_card_set_ticker (KoloProjectorCard *self,
                                KoloTicker        *ticker)
{
  g_return_if_fail (KOLO_IS_PROJECTOR_CARD (self));
  g_return_if_fail (ticker == NULL || KOLO_IS_TICKER (ticker));

  if (self->ticker == ticker)
    return;

  if (self->ticker != NULL)
    g_signal_handlers_disconnect_by_data (self->ticker, self);
  g_set_object (&self->ticker, ticker);
  if (self->ticker != NULL)
    g_signal_connect_object (self->ticker, "tick", G_CALLBACK (update_time), self,
                             G_CONNECT_SWAPPED);
  update_time (self);
}

/**
 * kolo_projector_card_get_card:
 *
 * Returns: (transfer none) (nullable): the card shown
 */
KoloCard *
kolo_projector_card_get_card (KoloProjectorCard *self)
{
  g_return_val_if_fail (KOLO_IS_PROJECTOR_CARD (self), NULL);
  return self->card;
}

/* What the room may see of the card: never a brief. */
static void
show_texts (KoloProjectorCard *self)
{
  KoloCard *card = self->card;
  KoloCardKind kind;
  const char *category;

  if (card == NULL)
    {
      /* Nothing of the last card stays behind, even unseen. */
      gtk_label_set_text (self->title_label, "");
      gtk_label_set_text (self->text_label, "");
      gtk_label_set_text (self->category_label, "");
      return;
    }

  kind = kolo_card_get_kind (card);
  category = kolo_card_get_category (card);
  gtk_label_set_text (self->kind_label, kolo_card_kind_get_label (kind));
  gtk_label_set_text (self->back_kind_label, kolo_card_kind_get_label (kind));
  gtk_label_set_text (self->title_label, kolo_card_get_title (card));
  gtk_label_set_text (self->text_label, kolo_card_get_public_text (card));
  gtk_widget_set_visible (GTK_WIDGET (self->text_label),
                          *kolo_card_get_public_text (card) != '\0');
  gtk_label_set_text (self->category_label, category != NULL ? category : "");
  gtk_widget_set_visible (GTK_WIDGET (self->category_label),
                          category != NULL && *category != '\0');
  set_kind_class (self->front, kind);
  set_kind_class (self->back, kind);
}

/**
 * kolo_projector_card_set_card:
 * @card: (nullable): the card to show the room
 *
 * Shows @card's public side; a card that was not shown before first shows
 * its back and turns (at once without animations).
 */
void
kolo_projector_card_set_card (KoloProjectorCard *self,
                              KoloCard          *card)
{
  g_return_if_fail (KOLO_IS_PROJECTOR_CARD (self));
  g_return_if_fail (card == NULL || KOLO_IS_CARD (card));

  if (self->card == card)
    return;

  if (self->card != NULL)
    g_signal_handlers_disconnect_by_func (self->card, show_texts, self);
  g_set_object (&self->card, card);
  g_clear_handle_id (&self->turn_timeout, g_source_remove);
  show_texts (self);
  if (card == NULL)
    return;

  /* The trainer mends a typo in the library: the room sees it at once. */
  g_signal_connect_object (card, "notify", G_CALLBACK (show_texts), self, G_CONNECT_SWAPPED);
  gtk_stack_set_transition_type (self->flip, GTK_STACK_TRANSITION_TYPE_NONE);
  if (animations_enabled (self))
    {
      gtk_stack_set_visible_child (self->flip, self->back);
      self->turn_timeout = g_timeout_add (BACK_MS, turn_cb, self);
    }
  else
    gtk_stack_set_visible_child (self->flip, self->front);
}

/**
 * kolo_projector_card_get_revealed:
 *
 * Returns: whether the card's face is shown (its back is not)
 */
gboolean
kolo_projector_card_get_revealed (KoloProjectorCard *self)
{
  g_return_val_if_fail (KOLO_IS_PROJECTOR_CARD (self), FALSE);
  return self->card != NULL && gtk_stack_get_visible_child (self->flip) == self->front &&
         !gtk_stack_get_transition_running (self->flip);
}

/**
 * kolo_projector_card_get_phase_text:
 *
 * Returns: the round's phase as shown, "" when no round runs
 */
const char *
kolo_projector_card_get_phase_text (KoloProjectorCard *self)
{
  g_return_val_if_fail (KOLO_IS_PROJECTOR_CARD (self), NULL);
  return gtk_widget_get_visible (self->round_box) ? gtk_label_get_text (self->phase_label) : "";
}

/**
 * kolo_projector_card_get_time_text:
 *
 * Returns: the time shown beside the card: the round's, else the day's,
 *   else ""
 */
const char *
kolo_projector_card_get_time_text (KoloProjectorCard *self)
{
  g_return_val_if_fail (KOLO_IS_PROJECTOR_CARD (self), NULL);

  if (gtk_widget_get_visible (self->round_box))
    {
      const char *text = kolo_countdown_get_text (self->round_countdown);
      return text != NULL ? text : "";
    }
  if (gtk_widget_get_visible (GTK_WIDGET (self->day_time_label)))
    return gtk_label_get_text (self->day_time_label);
  return "";
}
