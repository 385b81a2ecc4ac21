/* test-role-plays.c — the Role-plays tab as a trainer uses it in module 2:
 * a situation drawn from the shipped deck, its roles dealt to those
 * present, the briefs handed out one at a time, the card on the projector
 * (its public side only) and the round timed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "kolo-activity-editor.h"
#include "kolo-briefs-window.h"
#include "kolo-deck-library-window.h"
#include "kolo-event-page.h"
#include "kolo-projector-card.h"
#include "kolo-projector-window.h"
#include "kolo-role-plays-page.h"
#include "kolo-test-ui.h"
#include "kolo-test-util.h"

#define SHIPPED_DECK "Конфліктні ситуації в бібліотеці"

static const char * const people[][2] = {
  { "Коваленко Олена Петрівна", "Харківська ОУНБ" },
  { "Шевчук Ігор Васильович", "ЦБС Ізюмського району" },
  { "Бондар Марія", "Харківська ОУНБ" },
  { "Мельник Андрій", "Дитяча бібліотека № 5" },
  { "Ткаченко Наталія", "ЦБС Ізюмського району" },
  { "Лисенко Оксана", "Дитяча бібліотека № 5" },
  { "Гнатюк Петро", "Харківська ОУНБ" },
};

static KoloRolePlaysPage *
role_plays_page (Fixture *f)
{
  return KOLO_ROLE_PLAYS_PAGE (kolo_event_page_get_role_plays_page (
    find_type (f->window, KOLO_TYPE_EVENT_PAGE)));
}

/* An event of seven people, six of them present on day 1, on its
 * Role-plays tab. */
static KoloEvent *
event_on_tab (Fixture *f)
{
  KoloRolePlaysPage *page;
  KoloEvent *event;
  g_autoptr(KoloDay) day = NULL;

  create_from_template (f, "Рольові ігри");
  event = kolo_window_get_event (f->window);
  day = g_list_model_get_item (kolo_event_get_days (event), 0);
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(KoloParticipant) person = kolo_participant_new (people[i][0]);

      kolo_participant_set_institution (person, people[i][1]);
      g_assert_true (kolo_event_insert_participant (event, i, person, NULL));
      kolo_participant_set_attended (person, day, i != 6);
    }

  page = role_plays_page (f);
  gtk_widget_activate_action (find_type (f->window, KOLO_TYPE_EVENT_PAGE), "page.show-view", "s",
                              "role-play");
  wait_until (is_mapped, page);
  iterate ();
  return event;
}

static gboolean
is_mapped_label_containing (GtkWidget     *widget,
                            gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

static GtkWidget *
find_label_of_brief (GtkWidget *root,
                     KoloCard  *card)
{
  for (guint i = 0; i < kolo_card_get_n_briefs (card); i++)
    {
      GtkWidget *label = find_widget (root, is_mapped_label_containing,
                                      kolo_card_get_brief_text (card, i));

      if (label != NULL)
        return label;
    }
  return NULL;
}

static gboolean
has_undo_button (gpointer window)
{
  return find_widget (window, is_button_with_label, "_Undo") != NULL;
}

/* The projector's card has turned to its front. */
static gboolean
card_revealed (gpointer room)
{
  KoloProjectorCard *card = find_type (room, KOLO_TYPE_PROJECTOR_CARD);

  return card != NULL && kolo_projector_card_get_revealed (card);
}

static gboolean
is_menu_button_with_label (GtkWidget     *widget,
                           gconstpointer  label)
{
  return GTK_IS_MENU_BUTTON (widget) &&
         g_strcmp0 (gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)), label) == 0;
}

static gboolean
is_combo_row_titled (GtkWidget     *widget,
                     gconstpointer  title)
{
  return ADW_IS_COMBO_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static void
test_draw_deal_and_project (Fixture       *f,
                            gconstpointer  data)
{
  KoloEvent *event = event_on_tab (f);
  KoloRolePlaysPage *page = role_plays_page (f);
  KoloDeck *deck = kolo_role_plays_page_get_deck (page);
  KoloRoleAssignment *roles;
  KoloProjectorWindow *room;
  KoloBriefsWindow *briefs;
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GtkToggleButton *project;
  KoloPlay *play;
  KoloCard *card;
  guint n_situations;

  /* The shipped deck is there on a new database, and drawn from. */
  g_assert_nonnull (deck);
  g_assert_cmpstr (kolo_deck_get_title (deck), ==, SHIPPED_DECK);
  n_situations = kolo_deck_get_n_situations (deck);
  g_assert_cmpuint (n_situations, >=, 20);
  g_assert_null (kolo_role_plays_page_get_play (page));

  gtk_widget_activate_action (GTK_WIDGET (page), "roleplays.draw", NULL);
  play = kolo_role_plays_page_get_play (page);
  g_assert_nonnull (play);
  card = kolo_play_get_card (play);
  g_assert_nonnull (card);
  g_assert_cmpint (kolo_card_get_kind (card), ==, KOLO_CARD_SITUATION);
  g_assert_cmpuint (kolo_deck_count_left (deck, event), ==, n_situations - 1);
  g_assert_nonnull (find_widget (GTK_WIDGET (page), is_mapped_label_with_text,
                                 kolo_card_get_title (card)));
  g_assert_nonnull (find_widget (GTK_WIDGET (page), is_mapped_label_with_text,
                                 kolo_card_get_public_text (card)));
  /* The console's card shows no brief either: they are handed out. */
  g_assert_null (find_label_of_brief (GTK_WIDGET (page), card));

  /* Pairs of the six present: three, nobody twice, the absent one out. */
  /* Pairs */
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_widget (GTK_WIDGET (page), is_combo_row_titled,
                                                          "Groups")), 1);
  gtk_widget_activate_action (GTK_WIDGET (page), "roleplays.deal", NULL);
  roles = kolo_play_get_roles (play);
  g_assert_cmpuint (kolo_role_assignment_get_n_groups (roles), ==, 3);
  for (guint g = 0; g < kolo_role_assignment_get_n_groups (roles); g++)
    {
      g_assert_cmpuint (kolo_role_assignment_get_n_players (roles, g), ==, 2);
      for (guint i = 0; i < kolo_role_assignment_get_n_players (roles, g); i++)
        {
          KoloParticipant *person = kolo_role_assignment_get_player (roles, g, i);

          g_assert_false (g_hash_table_contains (seen, person));
          g_hash_table_add (seen, person);
          g_assert_cmpstr (kolo_participant_get_name (person), !=, people[6][0]);
        }
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, 6);
  /* The record is in the store: read again, the play has its players. */
  {
    g_autoptr(GPtrArray) plays = kolo_event_get_plays (event, NULL);

    g_assert_cmpuint (plays->len, ==, 1);
    g_assert_cmpuint (kolo_role_assignment_get_n_groups (kolo_play_get_roles (plays->pdata[0])),
                      ==, kolo_role_assignment_get_n_groups (roles));
  }

  /* Dealt again, the roles change; the toast's Undo brings the pairs
   * back as they were. */
  {
    KoloRoleAssignment *first = kolo_role_assignment_ref (roles);
    KoloRoleAssignment *again;
    GtkWidget *undo;

    gtk_widget_activate_action (GTK_WIDGET (page), "roleplays.deal", NULL);
    again = kolo_play_get_roles (play);
    g_assert_true (again != first);
    wait_until (has_undo_button, f->window);
    undo = find_widget (GTK_WIDGET (f->window), is_button_with_label, "_Undo");
    g_assert_nonnull (undo);
    g_signal_emit_by_name (undo, "clicked");
    iterate ();
    roles = kolo_play_get_roles (play);
    g_assert_true (roles == first);
    kolo_role_assignment_unref (first);
  }

  /* The briefs, one at a time, each the player's own. */
  gtk_widget_activate_action (GTK_WIDGET (page), "roleplays.briefs", NULL);
  briefs = KOLO_BRIEFS_WINDOW (find_toplevel (KOLO_TYPE_BRIEFS_WINDOW));
  g_assert_nonnull (briefs);
  wait_until (is_mapped, briefs);
  {
    guint page_index = 0;

    for (guint g = 0; g < kolo_role_assignment_get_n_groups (roles); g++)
      for (guint i = 0; i < kolo_role_assignment_get_n_players (roles, g); i++)
        {
          int brief = kolo_role_assignment_get_brief (roles, g, i);

          if (brief < 0)
            continue;
          g_assert_cmpuint (kolo_briefs_window_get_page (briefs), ==, page_index);
          g_assert_cmpstr (kolo_briefs_window_get_player (briefs), ==,
                           kolo_participant_get_name (kolo_role_assignment_get_player (roles, g, i)));
          g_assert_cmpstr (kolo_briefs_window_get_text (briefs), ==,
                           kolo_card_get_brief_text (card, brief));
          gtk_widget_activate_action (GTK_WIDGET (briefs), "briefs.step", "i", 1);
          page_index++;
        }
    g_assert_cmpuint (page_index, ==, 6);
  }
  /* "Done" on the last brief closes the window. */
  iterate ();
  g_assert_null (find_toplevel (KOLO_TYPE_BRIEFS_WINDOW));

  /* On the projector: the title and the public text, never a brief. */
  project = GTK_TOGGLE_BUTTON (find_widget (GTK_WIDGET (page), is_button_with_label,
                                            "Show on _Projector"));
  g_assert_nonnull (project);
  gtk_toggle_button_set_active (project, TRUE);
  room = KOLO_PROJECTOR_WINDOW (find_toplevel (KOLO_TYPE_PROJECTOR_WINDOW));
  g_assert_nonnull (room);
  wait_until (is_mapped, room);
  wait_until (card_revealed, room);
  g_assert_true (kolo_projector_window_get_card (room) == card);
  g_assert_nonnull (find_widget (GTK_WIDGET (room), is_mapped_label_with_text,
                                 kolo_card_get_title (card)));
  g_assert_nonnull (find_widget (GTK_WIDGET (room), is_mapped_label_with_text,
                                 kolo_card_get_public_text (card)));
  g_assert_null (find_label_of_brief (GTK_WIDGET (room), card));

  /* The next draw turns the projector's card over to the new one. */
  gtk_widget_activate_action (GTK_WIDGET (page), "roleplays.draw", NULL);
  g_assert_true (kolo_play_get_card (kolo_role_plays_page_get_play (page)) != card);
  g_assert_true (kolo_projector_window_get_card (room) ==
                 kolo_play_get_card (kolo_role_plays_page_get_play (page)));

  /* A typo mended in the library shows at once, on both screens. */
  kolo_card_set_title (kolo_play_get_card (kolo_role_plays_page_get_play (page)),
                       "Виправлена назва");
  wait_until (card_revealed, room);
  g_assert_nonnull (find_widget (GTK_WIDGET (page), is_mapped_label_with_text,
                                 "Виправлена назва"));
  g_assert_nonnull (find_widget (GTK_WIDGET (room), is_mapped_label_with_text,
                                 "Виправлена назва"));

  /* Back to the timer. */
  gtk_toggle_button_set_active (project, FALSE);
  g_assert_null (kolo_projector_window_get_card (room));

  /* The drawn cards print with the players' names. */
  {
    g_autoptr(GPtrArray) plays = kolo_event_get_plays (event, NULL);
    g_autoptr(GBytes) pdf = NULL;
    g_autofree char *name = NULL;

    pdf = kolo_deck_print_cards (deck, plays, &name, NULL);
    g_assert_nonnull (pdf);
    g_assert_cmpmem (g_bytes_get_data (pdf, NULL), 5, "%PDF-", 5);
    g_assert_cmpstr (name, ==, "konfliktni-sytuatsii-v-bibliotetsi-cards.pdf");
  }
}

/* Every situation once, then the deck is exhausted until reshuffled; a
 * situation picked by hand is not drawn again. */
static void
test_exhaust_and_reshuffle (Fixture       *f,
                            gconstpointer  data)
{
  KoloEvent *event = event_on_tab (f);
  KoloRolePlaysPage *page = role_plays_page (f);
  KoloDeck *deck = kolo_role_plays_page_get_deck (page);
  g_autoptr(GHashTable) drawn = g_hash_table_new (NULL, NULL);
  guint n = kolo_deck_get_n_situations (deck);

  for (guint i = 0; i < n; i++)
    {
      KoloCard *card;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "roleplays.draw", NULL));
      card = kolo_play_get_card (kolo_role_plays_page_get_play (page));
      g_assert_false (g_hash_table_contains (drawn, card));
      g_hash_table_add (drawn, card);
    }
  g_assert_cmpuint (kolo_deck_count_left (deck, event), ==, 0);
  /* Nothing left: the button is off, and the row says why. */
  g_assert_false (gtk_widget_get_sensitive (find_widget (GTK_WIDGET (page), is_button_with_label,
                                                         "_Draw a Situation")));
  g_assert_nonnull (find_widget (GTK_WIDGET (page), is_mapped_label_containing,
                                 "reshuffle to draw again"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "roleplays.reshuffle", NULL));
  g_assert_cmpuint (kolo_deck_count_left (deck, event), ==, n);
  g_assert_true (gtk_widget_get_sensitive (find_widget (GTK_WIDGET (page), is_button_with_label,
                                                        "_Draw a Situation")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "roleplays.draw", NULL));
  g_assert_cmpuint (kolo_deck_count_left (deck, event), ==, n - 1);

  /* The history lists every play, newest first. */
  {
    g_autoptr(GPtrArray) plays = kolo_event_get_plays (event, NULL);

    g_assert_cmpuint (plays->len, ==, n + 1);
  }
}

/* Roles given by hand, one person refused twice; a card whose texts look
 * like markup shows them as typed. */
static void
test_by_hand_and_markup (Fixture       *f,
                         gconstpointer  data)
{
  KoloEvent *event = event_on_tab (f);
  KoloRolePlaysPage *page = role_plays_page (f);
  KoloStore *store = kolo_event_get_store (event);
  g_autoptr(KoloDeck) deck = kolo_deck_new ("<i>Колода</i>");
  g_autoptr(KoloCard) card = kolo_card_new (KOLO_CARD_SITUATION, "<b>Шум & гам</b>");
  const char *roles[] = { "Читач", "Бібліотекар", NULL };
  const char *texts[] = { "Ви <b>голосно</b> розмовляєте & сердитеся.",
                          "Попросіть <u>тихіше</u>.", NULL };
  g_autoptr(GError) error = NULL;
  KoloRoleAssignment *given;
  GtkWidget *popover_grid;
  GtkDropDown *first, *second;

  kolo_card_set_public_text (card, "У читальній залі <span>галасливо</span> & тісно.");
  g_assert_true (kolo_card_set_briefs (card, roles, texts, &error));
  g_assert_true (kolo_deck_insert_card (deck, 0, card, &error));
  g_assert_true (kolo_store_insert_deck (store, deck, &error));
  kolo_role_plays_page_set_deck (page, deck);
  g_assert_true (kolo_role_plays_page_get_deck (page) == deck);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "roleplays.draw", NULL));
  g_assert_true (kolo_play_get_card (kolo_role_plays_page_get_play (page)) == card);
  g_assert_nonnull (find_widget (GTK_WIDGET (page), is_mapped_label_with_text, "<b>Шум & гам</b>"));
  g_assert_nonnull (find_widget (GTK_WIDGET (page), is_mapped_label_with_text,
                                 "У читальній залі <span>галасливо</span> & тісно."));

  /* By hand: the same person for both roles is refused, then fixed. */
  {
    GtkMenuButton *choose = GTK_MENU_BUTTON (find_widget (GTK_WIDGET (page), is_menu_button_with_label,
                                                          "_Choose…"));

    g_assert_nonnull (choose);
    gtk_menu_button_popup (choose);
    wait_until (is_mapped, gtk_menu_button_get_popover (choose));
    popover_grid = find_type (gtk_menu_button_get_popover (choose), GTK_TYPE_GRID);
  }
  first = GTK_DROP_DOWN (gtk_grid_get_child_at (GTK_GRID (popover_grid), 1, 0));
  second = GTK_DROP_DOWN (gtk_grid_get_child_at (GTK_GRID (popover_grid), 1, 1));
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  gtk_drop_down_set_selected (first, 1);
  gtk_drop_down_set_selected (second, 1);
  gtk_widget_activate_action (GTK_WIDGET (page), "roleplays.choose", NULL);
  g_assert_cmpuint (kolo_role_assignment_get_n_groups (
                      kolo_play_get_roles (kolo_role_plays_page_get_play (page))), ==, 0);

  gtk_drop_down_set_selected (second, 4);
  gtk_widget_activate_action (GTK_WIDGET (page), "roleplays.choose", NULL);
  given = kolo_play_get_roles (kolo_role_plays_page_get_play (page));
  g_assert_cmpuint (kolo_role_assignment_get_n_groups (given), ==, 1);
  g_assert_cmpuint (kolo_role_assignment_get_n_players (given, 0), ==, 2);
  g_assert_cmpstr (kolo_participant_get_name (kolo_role_assignment_get_player (given, 0, 0)), ==,
                   people[0][0]);
  g_assert_cmpint (kolo_role_assignment_get_brief (given, 0, 0), ==, 0);
  g_assert_cmpstr (kolo_participant_get_name (kolo_role_assignment_get_player (given, 0, 1)), ==,
                   people[3][0]);
  g_assert_cmpstr (kolo_role_assignment_get_role (given, 0, 1), ==, "Бібліотекар");

  /* A second pair, by hand, beside the first. */
  {
    GtkMenuButton *choose = GTK_MENU_BUTTON (find_widget (GTK_WIDGET (page), is_menu_button_with_label,
                                                          "_Choose…"));
    GtkCheckButton *another;

    gtk_menu_button_popup (choose);
    iterate ();
    another = find_type (gtk_menu_button_get_popover (choose), GTK_TYPE_CHECK_BUTTON);
    g_assert_nonnull (another);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (another)));
    gtk_check_button_set_active (another, TRUE);
    first = GTK_DROP_DOWN (gtk_grid_get_child_at (GTK_GRID (popover_grid), 1, 0));
    second = GTK_DROP_DOWN (gtk_grid_get_child_at (GTK_GRID (popover_grid), 1, 1));
    g_assert_cmpuint (gtk_drop_down_get_selected (first), ==, 0);
    /* Someone of the first pair again is refused. */
    gtk_drop_down_set_selected (first, 1);
    gtk_drop_down_set_selected (second, 2);
    gtk_widget_activate_action (GTK_WIDGET (page), "roleplays.choose", NULL);
    g_assert_cmpuint (kolo_role_assignment_get_n_groups (
                        kolo_play_get_roles (kolo_role_plays_page_get_play (page))), ==, 1);
    gtk_drop_down_set_selected (first, 3);
    gtk_widget_activate_action (GTK_WIDGET (page), "roleplays.choose", NULL);
    given = kolo_play_get_roles (kolo_role_plays_page_get_play (page));
    g_assert_cmpuint (kolo_role_assignment_get_n_groups (given), ==, 2);
    g_assert_cmpstr (kolo_participant_get_name (kolo_role_assignment_get_player (given, 0, 0)), ==,
                     people[0][0]);
    g_assert_cmpstr (kolo_participant_get_name (kolo_role_assignment_get_player (given, 1, 0)), ==,
                     people[2][0]);
    g_assert_cmpstr (kolo_participant_get_name (kolo_role_assignment_get_player (given, 1, 1)), ==,
                     people[1][0]);
  }
  run_for (300);
}

/* The round: preparation, play and discussion on the event's run. */
static void
test_round (Fixture       *f,
            gconstpointer  data)
{
  KoloEvent *event = event_on_tab (f);
  KoloRolePlaysPage *page = role_plays_page (f);
  KoloRun *run = kolo_window_get_run (f->window);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (run);
  g_assert_true (kolo_run_get_event (run) == event);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "roleplays.draw", NULL));
  g_assert_cmpint (kolo_run_get_round_state (run), ==, KOLO_RUN_STOPPED);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "roleplays.round-start", NULL));
  g_assert_cmpint (kolo_run_get_round_state (run), ==, KOLO_RUN_RUNNING);
  g_assert_cmpint (kolo_run_get_round_phase (run), ==, KOLO_ROUND_PREPARATION);
  g_assert_true (kolo_run_get_round_play (run) != NULL);
  g_assert_cmpint (kolo_play_get_id (kolo_run_get_round_play (run)), ==,
                   kolo_play_get_id (kolo_role_plays_page_get_play (page)));
  g_assert_nonnull (find_widget (GTK_WIDGET (page), is_mapped_label_with_text,
                                 kolo_round_phase_get_label (KOLO_ROUND_PREPARATION)));
  /* Starting a round shows its card to the room. */
  {
    KoloProjectorWindow *room = KOLO_PROJECTOR_WINDOW (find_toplevel (KOLO_TYPE_PROJECTOR_WINDOW));

    g_assert_nonnull (room);
    g_assert_true (kolo_projector_window_get_card (room) ==
                   kolo_play_get_card (kolo_role_plays_page_get_play (page)));
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "roleplays.round-next", NULL));
  g_assert_cmpint (kolo_run_get_round_phase (run), ==, KOLO_ROUND_PLAY);
  iterate ();
  g_assert_nonnull (find_widget (GTK_WIDGET (page), is_mapped_label_with_text,
                                 kolo_round_phase_get_label (KOLO_ROUND_PLAY)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "roleplays.round-pause", NULL));
  g_assert_cmpint (kolo_run_get_round_state (run), ==, KOLO_RUN_PAUSED);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "roleplays.round-pause", NULL));
  g_assert_cmpint (kolo_run_get_round_state (run), ==, KOLO_RUN_RUNNING);

  /* The minutes of a phase, from the page to the run. */
  g_assert_true (kolo_run_set_round_minutes (run, KOLO_ROUND_DISCUSSION, 12, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "roleplays.round-stop", NULL));
  g_assert_cmpint (kolo_run_get_round_state (run), ==, KOLO_RUN_STOPPED);
  iterate ();
  /* 5 + 10 + 12 minutes, ready for the next round */
  g_assert_nonnull (find_widget (GTK_WIDGET (page), is_mapped_label_with_text, "27 min"));
  run_for (300);
}

/* A role-play activity of the agenda links to its deck in the activity
 * editor; the Role-plays tab starts on it. */
static void
test_activity_deck (Fixture       *f,
                    gconstpointer  data)
{
  KoloEvent *event;
  KoloActivity *role_play = NULL;
  g_autoptr(KoloDeck) linked = NULL;
  GListModel *days;
  GtkWindow *editor;
  AdwComboRow *row;
  GListModel *titles;
  guint shipped = 0;

  create_from_template (f, "Колоди");
  event = kolo_window_get_event (f->window);
  days = kolo_event_get_days (event);
  for (guint d = 0; d < g_list_model_get_n_items (days) && role_play == NULL; d++)
    {
      g_autoptr(KoloDay) day = g_list_model_get_item (days, d);
      GListModel *modules = kolo_day_get_modules (day);

      for (guint m = 0; m < g_list_model_get_n_items (modules) && role_play == NULL; m++)
        {
          g_autoptr(KoloModule) module = g_list_model_get_item (modules, m);
          GListModel *activities = kolo_module_get_activities (module);

          for (guint a = 0; a < g_list_model_get_n_items (activities); a++)
            {
              g_autoptr(KoloActivity) activity = g_list_model_get_item (activities, a);

              if (kolo_activity_get_kind (activity) == KOLO_ACTIVITY_ROLE_PLAY)
                {
                  role_play = activity;
                  break;
                }
            }
        }
    }
  g_assert_nonnull (role_play);

  editor = kolo_activity_editor_new (GTK_WINDOW (f->window), G_OBJECT (role_play));
  gtk_window_present (editor);
  wait_until (is_mapped, editor);
  row = ADW_COMBO_ROW (find_widget (GTK_WIDGET (editor), is_combo_row_titled, "Role-play Deck"));
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (row)));
  titles = adw_combo_row_get_model (row);
  for (guint i = 0; i < g_list_model_get_n_items (titles); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (titles), i), SHIPPED_DECK))
      shipped = i;
  g_assert_cmpuint (shipped, >, 0);

  adw_combo_row_set_selected (row, 0);
  g_assert_null (kolo_activity_get_deck (role_play));
  adw_combo_row_set_selected (row, shipped);
  linked = kolo_activity_get_deck (role_play);
  g_assert_nonnull (linked);
  g_assert_cmpstr (kolo_deck_get_title (linked), ==, SHIPPED_DECK);

  /* The day reaches the role-play: the Role-plays tab draws from its
   * deck. */
  {
    KoloRolePlaysPage *page = role_plays_page (f);
    KoloRun *run = kolo_window_get_run (f->window);
    g_autoptr(KoloDeck) other = kolo_deck_new ("Друга колода");
    g_autoptr(KoloCard) card = kolo_card_new (KOLO_CARD_SITUATION, "Черга до ксерокса");
    g_autoptr(GError) error = NULL;

    g_assert_true (kolo_deck_insert_card (other, 0, card, &error));
    g_assert_true (kolo_store_insert_deck (kolo_event_get_store (event), other, &error));
    gtk_widget_activate_action (find_type (f->window, KOLO_TYPE_EVENT_PAGE), "page.show-view",
                                "s", "role-play");
    wait_until (is_mapped, page);
    g_assert_cmpstr (kolo_deck_get_title (kolo_role_plays_page_get_deck (page)), ==, SHIPPED_DECK);

    g_assert_true (kolo_activity_set_deck (role_play, other, &error));
    g_assert_true (kolo_run_start_day (run, kolo_module_get_day (kolo_activity_get_module (role_play)),
                                       &error));
    g_assert_true (kolo_run_go_to (run, role_play, &error));
    g_assert_no_error (error);
    g_assert_cmpint (kolo_deck_get_id (kolo_role_plays_page_get_deck (page)), ==,
                     kolo_deck_get_id (other));
    g_assert_true (kolo_run_stop_day (run, &error));
  }

  /* Another kind has no deck row. */
  kolo_activity_set_kind (role_play, KOLO_ACTIVITY_DISCUSSION);
  iterate ();
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (row)));
  gtk_window_destroy (editor);
  run_for (200);
}

/* A deck of roles and observer tasks has nothing to draw: its cards are
 * picked, shown and dealt like a situation. */
static void
test_roles_deck (Fixture       *f,
                 gconstpointer  data)
{
  KoloEvent *event = event_on_tab (f);
  KoloRolePlaysPage *page = role_plays_page (f);
  GListModel *decks = kolo_store_get_decks (kolo_event_get_store (event));
  g_autoptr(KoloDeck) roles_deck = NULL;
  GtkListBox *pick_list;
  GtkListBoxRow *row;
  KoloCard *card;
  guint n_rows = 0;

  for (guint i = 0; i < g_list_model_get_n_items (decks) && roles_deck == NULL; i++)
    {
      g_autoptr(KoloDeck) deck = g_list_model_get_item (decks, i);

      if (g_str_equal (kolo_deck_get_title (deck), "Ролі та спостерігачі"))
        roles_deck = g_steal_pointer (&deck);
    }
  g_assert_nonnull (roles_deck);
  g_assert_cmpuint (kolo_deck_get_n_situations (roles_deck), ==, 0);
  kolo_role_plays_page_set_deck (page, roles_deck);
  iterate ();
  g_assert_false (gtk_widget_get_sensitive (find_widget (GTK_WIDGET (page), is_button_with_label,
                                                         "_Draw a Situation")));
  g_assert_nonnull (find_widget (GTK_WIDGET (page), is_mapped_label_containing,
                                 "pick a role or an observer"));

  /* Every card is there to pick. */
  pick_list = find_type (gtk_menu_button_get_popover (
    GTK_MENU_BUTTON (find_widget (GTK_WIDGET (page), is_menu_button_with_label, "_Pick…"))),
    GTK_TYPE_LIST_BOX);
  g_assert_nonnull (pick_list);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (pick_list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n_rows++;
  g_assert_cmpuint (n_rows, ==, g_list_model_get_n_items (kolo_deck_get_cards (roles_deck)));

  row = gtk_list_box_get_row_at_index (pick_list, 0);
  g_signal_emit_by_name (pick_list, "row-activated", row);
  card = kolo_play_get_card (kolo_role_plays_page_get_play (page));
  g_assert_nonnull (card);
  g_assert_cmpint (kolo_card_get_kind (card), ==, KOLO_CARD_ROLE);
  g_assert_nonnull (find_widget (GTK_WIDGET (page), is_mapped_label_with_text,
                                 kolo_card_get_title (card)));
  /* Picked once, it is not offered again. */
  n_rows = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (pick_list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n_rows++;
  g_assert_cmpuint (n_rows, ==, g_list_model_get_n_items (kolo_deck_get_cards (roles_deck)) - 1);

  /* Its one brief goes to one of each pair; the other observes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "roleplays.deal", NULL));
  {
    KoloRoleAssignment *roles = kolo_play_get_roles (kolo_role_plays_page_get_play (page));

    g_assert_cmpuint (kolo_role_assignment_get_n_groups (roles), ==, 3);
    for (guint g = 0; g < 3; g++)
      {
        g_assert_cmpint (kolo_role_assignment_get_brief (roles, g, 0), ==, 0);
        g_assert_cmpint (kolo_role_assignment_get_brief (roles, g, 1), ==, -1);
      }
  }
  run_for (200);
}

int
main (int    argc,
      char **argv)
{
  kolo_test_init_ui (&argc, &argv);

  if (!gtk_init_check ())
    {
      g_test_message ("no display: build-aux/test.sh runs this under Xvfb");
      return 77;
    }
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/kolo/role-plays/draw-deal-and-project", test_draw_deal_and_project);
  ADD ("/kolo/role-plays/exhaust-and-reshuffle", test_exhaust_and_reshuffle);
  ADD ("/kolo/role-plays/by-hand-and-markup", test_by_hand_and_markup);
  ADD ("/kolo/role-plays/round", test_round);
  ADD ("/kolo/role-plays/roles-deck", test_roles_deck);
  ADD ("/kolo/role-plays/activity-deck", test_activity_deck);

  return g_test_run ();
}
