/* kolo-role-plays-page.c — an event's role-plays
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The trainer draws a situation from a deck of the library (or picks
 * one), deals its roles to those present (or gives them by hand), hands
 * out the private briefs one at a time from the console, and times the
 * round — preparation, play, discussion — on the event's run.  The room
 * sees only the card's public side, on the projector.
 */
#define G_LOG_DOMAIN "kolo-role-plays-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-deck-library-window.h"
#include "kolo-role-plays-page-private.h"
#include "kolo-ui-util.h"
#include "kolo-window.h"

G_DEFINE_FINAL_TYPE (KoloRolePlaysPage, kolo_role_plays_page, GTK_TYPE_WIDGET)

static void update_deck (KoloRolePlaysPage *self);

gboolean
_kolo_role_plays_report (KoloRolePlaysPage *self,
                         const char        *heading,
                         const GError      *error)
{
  return kolo_widget_report_error (GTK_WIDGET (self), heading, error);
}

static void
toast (KoloRolePlaysPage *self,
       AdwToast          *toast)
{
  KoloWindow *window = kolo_window_for_widget (GTK_WIDGET (self));

  if (window != NULL)
    kolo_window_add_toast (window, toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

KoloCard *
_kolo_role_plays_current_card (KoloRolePlaysPage *self)
{
  return self->play != NULL ? kolo_play_get_card (self->play) : NULL;
}

/* The projector ------------------------------------------------------------ */

static void
project (KoloRolePlaysPage *self)
{
  KoloWindow *window = kolo_window_for_widget (GTK_WIDGET (self));
  KoloCard *card = _kolo_role_plays_current_card (self);

  if (window == NULL)
    return;
  if (gtk_toggle_button_get_active (self->project_button) && card != NULL)
    kolo_window_show_card (window, card);
  else
    kolo_window_hide_card (window);
}

static void
project_toggled_cb (KoloRolePlaysPage *self)
{
  project (self);
}

/* The card on show ---------------------------------------------------------- */

static char *
format_time (gint64 wall_us)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (wall_us / G_USEC_PER_SEC);

  /* Translators: when a situation was drawn, as in «Витягнуто о 11:36» */
  return time != NULL ? g_date_time_format (time, _("%H:%M")) : g_strdup ("");
}

static void
update_card (KoloRolePlaysPage *self)
{
  KoloCard *card = _kolo_role_plays_current_card (self);
  g_autoptr(GString) meta = g_string_new (NULL);
  g_autofree char *when = NULL;
  g_autofree char *drawn = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->project_button), card != NULL);
  if (card == NULL)
    {
      if (self->play != NULL)
        {
          /* The card was deleted from its deck since. */
          gtk_label_set_text (self->kind_label, "");
          gtk_label_set_text (self->title_label, kolo_play_get_card_title (self->play));
          gtk_label_set_text (self->public_label, _("This card is no longer in its deck."));
          gtk_label_set_text (self->meta_label, "");
          gtk_label_set_text (self->drawn_label, "");
          gtk_stack_set_visible_child_name (self->card_stack, "card");
        }
      else
        gtk_stack_set_visible_child_name (self->card_stack, "none");
      return;
    }

  gtk_label_set_text (self->kind_label, kolo_card_kind_get_label (kolo_card_get_kind (card)));
  gtk_label_set_text (self->title_label, kolo_card_get_title (card));
  gtk_label_set_text (self->public_label, kolo_card_get_public_text (card));
  gtk_widget_set_visible (GTK_WIDGET (self->public_label),
                          *kolo_card_get_public_text (card) != '\0');

  if (*kolo_card_get_category (card) != '\0')
    g_string_append (meta, kolo_card_get_category (card));
  g_string_append_printf (meta, "%s%s", meta->len ? " · " : "",
                          kolo_difficulty_get_label (kolo_card_get_difficulty (card)));
  if (kolo_card_get_n_briefs (card) > 0)
    {
      g_string_append (meta, " · ");
      for (guint i = 0; i < kolo_card_get_n_briefs (card); i++)
        {
          const char *role = kolo_card_get_brief_role (card, i);

          if (i > 0)
            g_string_append (meta, ", ");
          g_string_append (meta, *role ? role : _("a role without a name"));
        }
    }
  gtk_label_set_text (self->meta_label, meta->str);

  when = format_time (kolo_play_get_time (self->play));
  drawn = g_strdup_printf (kolo_play_get_picked (self->play)
                           /* Translators: %s is a time of day, 11:36 */
                           ? _("Picked at %s") : _("Drawn at %s"), when);
  gtk_label_set_text (self->drawn_label, drawn);
  gtk_stack_set_visible_child_name (self->card_stack, "card");
}

/* The deck ----------------------------------------------------------------- */

static void
set_play (KoloRolePlaysPage *self,
          KoloPlay          *play)
{
  KoloCard *card;

  if (self->play == play)
    return;
  if ((card = _kolo_role_plays_current_card (self)) != NULL)
    g_signal_handlers_disconnect_by_func (card, update_card, self);
  g_set_object (&self->play, play);
  /* The card edited in the library shows as it is now. */
  if ((card = _kolo_role_plays_current_card (self)) != NULL)
    g_signal_connect_object (card, "notify", G_CALLBACK (update_card), self, G_CONNECT_SWAPPED);
  update_card (self);
  _kolo_role_plays_update_groups (self);
  _kolo_role_plays_update_round (self);
  project (self);
}

static void pick_row_activated_cb (KoloRolePlaysPage *self,
                                   GtkListBoxRow     *row);

static void
update_pick_list (KoloRolePlaysPage *self)
{
  g_autoptr(GPtrArray) drawn = NULL;
  GListModel *cards;
  guint n = 0;

  kolo_list_box_remove_all (self->pick_list);
  if (self->deck == NULL || self->event == NULL)
    return;

  drawn = kolo_deck_get_drawn (self->deck, self->event, NULL);
  cards = kolo_deck_get_cards (self->deck);
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(KoloCard) card = g_list_model_get_item (cards, i);
      GtkWidget *row, *box, *label;

      /* Role and observer cards are picked, never drawn. */
      if (drawn != NULL && g_ptr_array_find (drawn, card, NULL))
        continue;
      box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      label = gtk_label_new (kolo_card_get_title (card));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_box_append (GTK_BOX (box), label);
      if (kolo_card_get_kind (card) != KOLO_CARD_SITUATION ||
          *kolo_card_get_category (card) != '\0')
        {
          g_autofree char *about = NULL;

          if (kolo_card_get_kind (card) != KOLO_CARD_SITUATION)
            about = g_strdup (kolo_card_kind_get_label (kolo_card_get_kind (card)));
          else
            about = g_strdup_printf ("%s · %s", kolo_card_get_category (card),
                                     kolo_difficulty_get_label (kolo_card_get_difficulty (card)));

          label = gtk_label_new (about);
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_widget_add_css_class (label, "dim-label");
          gtk_widget_add_css_class (label, "caption");
          gtk_box_append (GTK_BOX (box), label);
        }
      gtk_widget_set_margin_top (box, 4);
      gtk_widget_set_margin_bottom (box, 4);
      row = gtk_list_box_row_new ();
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      g_object_set_data_full (G_OBJECT (row), "card", g_object_ref (card), g_object_unref);
      gtk_list_box_append (self->pick_list, row);
      n++;
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->pick_button), n > 0);
}

static void
update_deck (KoloRolePlaysPage *self)
{
  guint n_situations = self->deck ? kolo_deck_get_n_situations (self->deck) : 0;
  guint left = self->deck && self->event ? kolo_deck_count_left (self->deck, self->event) : 0;
  g_autofree char *subtitle = NULL;

  if (self->deck == NULL)
    subtitle = g_strdup ("");
  else if (n_situations == 0)
    subtitle = g_strdup (_("No situations to draw: pick a role or an observer’s task"));
  else if (left == 0)
    subtitle = g_strdup_printf (ngettext ("The %u situation was played: reshuffle to draw again",
                                          "All %u situations were played: reshuffle to draw again",
                                          n_situations), n_situations);
  else
    /* Translators: «Ще не зіграно 18 з 25 ситуацій» */
    subtitle = g_strdup_printf (ngettext ("%u of %u situation", "%u of %u situations",
                                          n_situations), left, n_situations);
  adw_action_row_set_subtitle (self->left_row, subtitle);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roleplays.draw", left > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roleplays.reshuffle",
                                 self->deck != NULL && left < n_situations);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roleplays.print-deck", self->deck != NULL);
  update_pick_list (self);
}

static void
update_plays (KoloRolePlaysPage *self)
{
  g_autoptr(GPtrArray) plays = NULL;
  g_autoptr(GError) error = NULL;
  guint n_drawn = 0;

  kolo_list_box_remove_all (self->plays_list);
  if (self->event == NULL)
    return;

  plays = kolo_event_get_plays (self->event, &error);
  if (plays == NULL)
    {
      g_warning ("Could not read the event's role-plays: %s", error->message);
      return;
    }

  for (guint i = plays->len; i-- > 0;)
    {
      KoloPlay *play = plays->pdata[i];
      KoloRoleAssignment *roles = kolo_play_get_roles (play);
      GtkWidget *row = adw_action_row_new ();
      g_autoptr(GString) players = g_string_new (NULL);
      g_autofree char *when = format_time (kolo_play_get_time (play));
      g_autofree char *subtitle = NULL;
      guint n_players = 0;

      for (guint g = 0; g < kolo_role_assignment_get_n_groups (roles); g++)
        for (guint p = 0; p < kolo_role_assignment_get_n_players (roles, g); p++, n_players++)
          g_string_append_printf (players, "%s%s", players->len ? ", " : "",
                                  kolo_participant_get_name (kolo_role_assignment_get_player (roles, g, p)));
      if (n_players == 0)
        subtitle = g_strdup_printf ("%s · %s", when, _("no players recorded"));
      else
        subtitle = g_strdup_printf ("%s · %s", when, players->str);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), kolo_play_get_card_title (play));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      if (kolo_play_get_card (play) != NULL)
        {
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
          gtk_widget_set_tooltip_text (row, _("Show this situation again"));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     gtk_image_new_from_icon_name ("go-next-symbolic"));
        }
      g_object_set_data_full (G_OBJECT (row), "play", g_object_ref (play), g_object_unref);
      gtk_list_box_append (self->plays_list, row);
      if (self->deck != NULL && kolo_play_get_deck (play) != NULL &&
          kolo_deck_get_id (kolo_play_get_deck (play)) == kolo_deck_get_id (self->deck))
        n_drawn++;
    }

  if (plays->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("No situation was played at this event yet"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->plays_list, row);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roleplays.print-drawn", n_drawn > 0);
}

static void
play_row_activated_cb (KoloRolePlaysPage *self,
                       GtkListBoxRow     *row)
{
  KoloPlay *play = g_object_get_data (G_OBJECT (row), "play");

  if (play != NULL && kolo_play_get_card (play) != NULL)
    set_play (self, play);
}

static void
after_draw (KoloRolePlaysPage *self,
            KoloPlay          *play)
{
  set_play (self, play);
  update_deck (self);
  update_plays (self);
}

static void
draw_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KoloRolePlaysPage *self = KOLO_ROLE_PLAYS_PAGE (widget);
  g_autoptr(KoloPlay) play = NULL;
  g_autoptr(GError) error = NULL;

  if (self->deck == NULL || self->event == NULL)
    return;
  play = kolo_deck_draw (self->deck, self->event, NULL, &error);
  if (play == NULL)
    {
      _kolo_role_plays_report (self, _("Could Not Draw a Situation"), error);
      update_deck (self);
      return;
    }
  after_draw (self, play);
}

static void
pick_row_activated_cb (KoloRolePlaysPage *self,
                       GtkListBoxRow     *row)
{
  KoloCard *card = g_object_get_data (G_OBJECT (row), "card");
  g_autoptr(KoloPlay) play = NULL;
  g_autoptr(GError) error = NULL;

  gtk_popover_popdown (self->pick_popover);
  if (card == NULL || self->deck == NULL)
    return;
  play = kolo_deck_pick (self->deck, self->event, card, &error);
  if (play == NULL)
    {
      _kolo_role_plays_report (self, _("Could Not Pick the Situation"), error);
      return;
    }
  after_draw (self, play);
}

static void
reshuffle_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KoloRolePlaysPage *self = KOLO_ROLE_PLAYS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  guint n;

  if (self->deck == NULL || self->event == NULL)
    return;
  if (!kolo_deck_reshuffle (self->deck, self->event, &error))
    {
      _kolo_role_plays_report (self, _("Could Not Reshuffle"), error);
      return;
    }
  n = kolo_deck_get_n_situations (self->deck);
  toast (self, kolo_toast_new (ngettext ("Reshuffled: the %u situation can be drawn again",
                                         "Reshuffled: all %u situations can be drawn again", n),
                               n));
  update_deck (self);
}

static void
library_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KoloRolePlaysPage *self = KOLO_ROLE_PLAYS_PAGE (widget);
  KoloDeckLibraryWindow *library;

  if (self->event == NULL)
    return;
  library = kolo_deck_library_window_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                          kolo_event_get_store (self->event));
  if (self->deck != NULL)
    kolo_deck_library_window_select (library, self->deck);
  gtk_window_present (GTK_WINDOW (library));
}

static void
print (KoloRolePlaysPage *self,
       gboolean           drawn_only)
{
  KoloWindow *window = kolo_window_for_widget (GTK_WIDGET (self));
  g_autoptr(GtkFileFilter) filter = kolo_pdf_file_filter ();
  g_autoptr(GPtrArray) plays = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (self->deck == NULL || window == NULL)
    return;

  if (drawn_only)
    {
      g_autoptr(GPtrArray) all = kolo_event_get_plays (self->event, &error);

      if (all == NULL)
        {
          _kolo_role_plays_report (self, _("Could Not Print the Cards"), error);
          return;
        }
      plays = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < all->len; i++)
        {
          KoloPlay *play = all->pdata[i];

          if (kolo_play_get_card (play) != NULL && kolo_play_get_deck (play) != NULL &&
              kolo_deck_get_id (kolo_play_get_deck (play)) == kolo_deck_get_id (self->deck))
            g_ptr_array_add (plays, g_object_ref (play));
        }
    }

  bytes = kolo_deck_print_cards (self->deck, plays, &name, &error);
  if (bytes == NULL)
    {
      _kolo_role_plays_report (self, _("Could Not Print the Cards"), error);
      return;
    }
  kolo_window_save_as (window, _("Save Cards for Printing"), filter, name, bytes);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  print (KOLO_ROLE_PLAYS_PAGE (widget), g_str_equal (action_name, "roleplays.print-drawn"));
}

static void
deck_selected_cb (KoloRolePlaysPage *self)
{
  g_autoptr(KoloDeck) deck = NULL;
  guint selected = adw_combo_row_get_selected (self->deck_row);

  if (self->loading || self->decks == NULL)
    return;
  if (selected != GTK_INVALID_LIST_POSITION)
    deck = g_list_model_get_item (self->decks, selected);
  if (g_set_object (&self->deck, deck))
    {
      update_deck (self);
      update_plays (self);
    }
}

/* The library changed: a deck came, went, or was renamed. */
static void
decks_changed_cb (KoloRolePlaysPage *self)
{
  guint n = self->decks ? g_list_model_get_n_items (self->decks) : 0;
  guint position;

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "decks" : "no-decks");
  self->loading = TRUE;
  position = self->deck ? kolo_list_model_index_of (self->decks, self->deck)
                        : GTK_INVALID_LIST_POSITION;
  if (position == GTK_INVALID_LIST_POSITION && n > 0)
    position = 0;
  adw_combo_row_set_selected (self->deck_row, position);
  self->loading = FALSE;
  deck_selected_cb (self);
  update_deck (self);
  update_card (self);
}

/* The deck of the role-play the day is on, if it is on one */
static KoloDeck *
running_deck (KoloRolePlaysPage *self)
{
  KoloActivity *current = self->run != NULL ? kolo_run_get_current (self->run) : NULL;

  if (current == NULL || kolo_activity_get_kind (current) != KOLO_ACTIVITY_ROLE_PLAY)
    return NULL;
  return kolo_activity_get_deck (current);
}

/* The deck to start with: the running role-play's, else the last one
 * played at the event, else the one a role-play activity of the agenda
 * links to, else the first with situations. */
static KoloDeck *
first_deck (KoloRolePlaysPage *self,
            GPtrArray         *plays)
{
  GListModel *days = kolo_event_get_days (self->event);
  KoloDeck *running = running_deck (self);

  if (running != NULL)
    return running;
  for (guint i = plays ? plays->len : 0; i-- > 0;)
    if (kolo_play_get_deck (plays->pdata[i]) != NULL)
      return g_object_ref (kolo_play_get_deck (plays->pdata[i]));

  for (guint d = 0; d < g_list_model_get_n_items (days); d++)
    {
      g_autoptr(KoloDay) day = g_list_model_get_item (days, d);
      GListModel *modules = kolo_day_get_modules (day);

      for (guint m = 0; m < g_list_model_get_n_items (modules); m++)
        {
          g_autoptr(KoloModule) module = g_list_model_get_item (modules, m);
          GListModel *activities = kolo_module_get_activities (module);

          for (guint a = 0; a < g_list_model_get_n_items (activities); a++)
            {
              g_autoptr(KoloActivity) activity = g_list_model_get_item (activities, a);
              KoloDeck *deck;

              if (kolo_activity_get_kind (activity) == KOLO_ACTIVITY_ROLE_PLAY &&
                  (deck = kolo_activity_get_deck (activity)) != NULL)
                return deck;
            }
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (self->decks); i++)
    {
      g_autoptr(KoloDeck) deck = g_list_model_get_item (self->decks, i);

      if (kolo_deck_get_n_situations (deck) > 0)
        return g_steal_pointer (&deck);
    }
  return NULL;
}

/* The library's object for @deck's row, not another object of the same
 * row; its position in @position */
static KoloDeck *
library_deck (KoloRolePlaysPage *self,
              KoloDeck          *deck,
              guint             *position)
{
  for (guint i = 0; self->decks != NULL && i < g_list_model_get_n_items (self->decks); i++)
    {
      g_autoptr(KoloDeck) item = g_list_model_get_item (self->decks, i);

      if (kolo_deck_get_id (item) == kolo_deck_get_id (deck))
        {
          if (position != NULL)
            *position = i;
          return g_steal_pointer (&item);
        }
    }
  return NULL;
}

/* The library is read (and the shipped decks brought in) the first time
 * the page is shown, not when the event opens. */
static void
load (KoloRolePlaysPage *self)
{
  g_autoptr(GPtrArray) plays = NULL;
  g_autoptr(KoloDeck) deck = NULL;
  KoloStore *store;

  if (self->event == NULL || self->decks != NULL ||
      (store = kolo_event_get_store (self->event)) == NULL)
    return;

  self->decks = g_object_ref (kolo_store_get_decks (store));
  g_signal_connect_object (self->decks, "items-changed", G_CALLBACK (decks_changed_cb), self,
                           G_CONNECT_SWAPPED);
  self->loading = TRUE;
  adw_combo_row_set_model (self->deck_row, self->decks);
  self->loading = FALSE;

  plays = kolo_event_get_plays (self->event, NULL);
  deck = first_deck (self, plays);
  if (deck != NULL)
    {
      g_autoptr(KoloDeck) item = library_deck (self, deck, NULL);

      if (item != NULL)
        g_set_object (&self->deck, item);
    }
  decks_changed_cb (self);
  if (plays != NULL && plays->len > 0)
    set_play (self, plays->pdata[plays->len - 1]);
  update_plays (self);
}

static void
fill_days (KoloRolePlaysPage *self)
{
  GListModel *days = kolo_event_get_days (self->event);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (days);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoloDay) day = g_list_model_get_item (days, i);
      g_autofree char *date = kolo_text_format_date (kolo_day_get_date (day));
      g_autofree char *name = g_strdup_printf (_("Day %u, %s"), i + 1, date);

      gtk_string_list_append (names, name);
    }
  adw_combo_row_set_model (self->day_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->day_row, kolo_event_today_index (days));
  gtk_widget_set_visible (GTK_WIDGET (self->day_row), n > 1);
}

/* GtkWidget ---------------------------------------------------------------- */

static void
kolo_role_plays_page_map (GtkWidget *widget)
{
  KoloRolePlaysPage *self = KOLO_ROLE_PLAYS_PAGE (widget);

  GTK_WIDGET_CLASS (kolo_role_plays_page_parent_class)->map (widget);
  load (self);
}

static void
kolo_role_plays_page_dispose (GObject *object)
{
  KoloRolePlaysPage *self = (KoloRolePlaysPage *)object;

  kolo_role_plays_page_set_event (self, NULL);
  _kolo_role_plays_disconnect_run (self);
  kolo_widget_dispose_children (GTK_WIDGET (self), KOLO_TYPE_ROLE_PLAYS_PAGE);

  G_OBJECT_CLASS (kolo_role_plays_page_parent_class)->dispose (object);
}

static void
kolo_role_plays_page_finalize (GObject *object)
{
  KoloRolePlaysPage *self = (KoloRolePlaysPage *)object;

  g_clear_pointer (&self->choosers, g_ptr_array_unref);

  G_OBJECT_CLASS (kolo_role_plays_page_parent_class)->finalize (object);
}

static void
kolo_role_plays_page_class_init (KoloRolePlaysPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_role_plays_page_dispose;
  object_class->finalize = kolo_role_plays_page_finalize;
  widget_class->map = kolo_role_plays_page_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kolo-role-plays-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, deck_row);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, left_row);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, pick_button);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, pick_popover);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, pick_list);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, card_stack);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, kind_label);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, public_label);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, meta_label);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, drawn_label);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, project_button);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, players_group);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, size_row);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, day_row);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, groups_list);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, choose_button);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, choose_popover);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, choose_grid);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, choose_another);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, choose_error);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, round_group);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, phase_label);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, round_time_label);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, round_start_button);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, round_pause_button);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, preparation_spin);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, play_spin);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, discussion_spin);
  gtk_widget_class_bind_template_child (widget_class, KoloRolePlaysPage, plays_list);

  gtk_widget_class_install_action (widget_class, "roleplays.library", NULL, library_action);
  gtk_widget_class_install_action (widget_class, "roleplays.draw", NULL, draw_action);
  gtk_widget_class_install_action (widget_class, "roleplays.reshuffle", NULL, reshuffle_action);
  _kolo_role_plays_class_add_players_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "roleplays.print-drawn", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "roleplays.print-deck", NULL, print_action);
  _kolo_role_plays_class_add_round_actions (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "roleplays.draw", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "roleplays.draw", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_b, GDK_CONTROL_MASK,
                                       "roleplays.briefs", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "roleplayspage");
}

static void
kolo_role_plays_page_init (KoloRolePlaysPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->choosers = g_ptr_array_new ();
  adw_combo_row_set_expression (self->deck_row,
                                gtk_property_expression_new (KOLO_TYPE_DECK, NULL, "title"));
  g_signal_connect_swapped (self->deck_row, "notify::selected",
                            G_CALLBACK (deck_selected_cb), self);
  g_signal_connect_swapped (self->project_button, "toggled",
                            G_CALLBACK (project_toggled_cb), self);
  g_signal_connect_swapped (self->pick_list, "row-activated",
                            G_CALLBACK (pick_row_activated_cb), self);
  g_signal_connect_swapped (self->plays_list, "row-activated",
                            G_CALLBACK (play_row_activated_cb), self);
  _kolo_role_plays_init_players (self);
  _kolo_role_plays_init_round (self);

  update_card (self);
  _kolo_role_plays_update_groups (self);
  _kolo_role_plays_update_round (self);
  update_deck (self);
}

/* Public ----------------------------------------------------------------- */

void
kolo_role_plays_page_set_event (KoloRolePlaysPage *self,
                                KoloEvent         *event)
{
  g_return_if_fail (KOLO_IS_ROLE_PLAYS_PAGE (self));

  if (self->event == event)
    return;

  if (self->decks != NULL)
    g_signal_handlers_disconnect_by_data (self->decks, self);
  g_clear_object (&self->decks);
  g_clear_object (&self->deck);
  set_play (self, NULL);
  g_set_object (&self->event, event);

  self->loading = TRUE;
  adw_combo_row_set_model (self->deck_row, NULL);
  self->loading = FALSE;
  gtk_toggle_button_set_active (self->project_button, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "decks");
  if (event != NULL)
    fill_days (self);

  update_card (self);
  _kolo_role_plays_update_groups (self);
  update_deck (self);
  /* The plays are read with the library, by load(), once the page shows. */
  kolo_list_box_remove_all (self->plays_list);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roleplays.print-drawn", FALSE);
  _kolo_role_plays_update_round (self);
  if (event != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    load (self);
}

/* The day reaches a role-play of the agenda: its deck is the one to draw
 * from. */
static void
run_current_changed_cb (KoloRolePlaysPage *self)
{
  g_autoptr(KoloDeck) deck = running_deck (self);

  if (deck != NULL && self->decks != NULL)
    kolo_role_plays_page_set_deck (self, deck);
}

void
kolo_role_plays_page_set_ticker (KoloRolePlaysPage *self,
                                 KoloTicker        *ticker)
{
  g_return_if_fail (KOLO_IS_ROLE_PLAYS_PAGE (self));

  if (self->ticker == ticker)
    return;

  _kolo_role_plays_disconnect_run (self);
  if (ticker != NULL)
    {
      self->ticker = g_object_ref (ticker);
      self->run = g_object_ref (kolo_ticker_get_run (ticker));
      g_signal_connect_object (ticker, "tick", G_CALLBACK (_kolo_role_plays_update_round), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->run, "changed", G_CALLBACK (_kolo_role_plays_update_round),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->run, "notify::current", G_CALLBACK (run_current_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }
  _kolo_role_plays_update_round (self);
}

/**
 * kolo_role_plays_page_get_deck:
 *
 * Returns: (transfer none) (nullable): the deck draws come from
 */
KoloDeck *
kolo_role_plays_page_get_deck (KoloRolePlaysPage *self)
{
  g_return_val_if_fail (KOLO_IS_ROLE_PLAYS_PAGE (self), NULL);
  return self->deck;
}

void
kolo_role_plays_page_set_deck (KoloRolePlaysPage *self,
                               KoloDeck          *deck)
{
  g_autoptr(KoloDeck) item = NULL;
  guint position;

  g_return_if_fail (KOLO_IS_ROLE_PLAYS_PAGE (self));
  g_return_if_fail (KOLO_IS_DECK (deck));

  load (self);
  item = library_deck (self, deck, &position);
  if (item != NULL)
    adw_combo_row_set_selected (self->deck_row, position);
}

/**
 * kolo_role_plays_page_get_play:
 *
 * Returns: (transfer none) (nullable): the round on show
 */
KoloPlay *
kolo_role_plays_page_get_play (KoloRolePlaysPage *self)
{
  g_return_val_if_fail (KOLO_IS_ROLE_PLAYS_PAGE (self), NULL);
  return self->play;
}
