/* test-projector-card.c — a role-play card on the projector: the room sees
 * its public side only, all of it however long, the card turns
 * (at once without animations), and the round's phase and time beside it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "kolo-countdown.h"
#include "kolo-fit-bin.h"
#include "kolo-projector-card.h"
#include "kolo-projector-window.h"
#include "kolo-test-ui.h"
#include "kolo-test-util.h"

#define TITLE    "<b>Тиша</b> & спокій"
#define PUBLIC   "Четверо студентів <i>голосно</i> обговорюють проєкт & сміються."
#define CATEGORY "Читальна зала"
#define ROLE_A   "Таємна роль А"
#define BRIEF_A  "Приватна вказівка для студентки: ви не помічаєте шуму."
#define ROLE_B   "Таємна роль Б"
#define BRIEF_B  "Приватна вказівка для бібліотекаря: кімната нагорі вільна."

static KoloProjectorWindow *
projector (void)
{
  return (KoloProjectorWindow *) find_toplevel (KOLO_TYPE_PROJECTOR_WINDOW);
}

static KoloProjectorCard *
card_page (void)
{
  return KOLO_PROJECTOR_CARD (kolo_projector_window_get_card_page (projector ()));
}

static void
set_animations (gboolean enabled)
{
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", enabled, NULL);
}

static KoloCard *
make_card (const char   *title,
           const char   *public_text,
           const char   *category)
{
  const char * const roles[] = { ROLE_A, ROLE_B, NULL };
  const char * const texts[] = { BRIEF_A, BRIEF_B, NULL };
  g_autoptr(GError) error = NULL;
  KoloCard *card = kolo_card_new (KOLO_CARD_SITUATION, title);

  kolo_card_set_public_text (card, public_text);
  kolo_card_set_category (card, category);
  g_assert_true (kolo_card_set_briefs (card, roles, texts, &error));
  g_assert_no_error (error);
  return card;
}

/* An event from the shipped template, its card on a projector of @width
 * × @height. */
static KoloProjectorWindow *
show (Fixture  *f,
      KoloCard *card,
      int       width,
      int       height)
{
  KoloProjectorWindow *room;

  if (kolo_window_get_event (f->window) == NULL)
    create_from_template (f, "Рольові ігри");
  kolo_window_show_card (f->window, card);
  room = projector ();
  g_assert_nonnull (room);
  gtk_window_unfullscreen (GTK_WINDOW (room));
  gtk_window_set_default_size (GTK_WINDOW (room), width, height);
  wait_until (is_mapped, room);
  iterate ();
  g_assert_true (kolo_projector_window_get_card (room) == card);
  return room;
}

typedef struct
{
  const char *text;
  GtkWidget  *found;
} Search;

/* Any label, shown or not, whose text has @search->text in it. */
static void
find_text (GtkWidget *widget,
           Search    *search)
{
  if (GTK_IS_LABEL (widget) &&
      strstr (gtk_label_get_text (GTK_LABEL (widget)), search->text) != NULL)
    search->found = widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL && search->found == NULL;
       child = gtk_widget_get_next_sibling (child))
    find_text (child, search);
}

static void
assert_nowhere (GtkWidget  *root,
                const char *text)
{
  Search search = { text, NULL };

  find_text (root, &search);
  if (search.found != NULL)
    g_error ("the room sees “%s”", text);
}

static void
assert_no_brief (KoloProjectorWindow *room,
                 KoloCard            *card)
{
  g_assert_cmpuint (kolo_card_get_n_briefs (card), >, 0);
  for (guint i = 0; i < kolo_card_get_n_briefs (card); i++)
    {
      assert_nowhere (GTK_WIDGET (room), kolo_card_get_brief_text (card, i));
      /* A role may be a word of the situation ("Бібліотекар"); ours are not. */
      if (g_str_has_prefix (kolo_card_get_brief_role (card, i), "Таємна"))
        assert_nowhere (GTK_WIDGET (room), kolo_card_get_brief_role (card, i));
    }
}

/* The label is all inside the window and as tall as its text needs. */
static void
assert_all_shown (KoloProjectorWindow *room,
                  GtkWidget           *label)
{
  graphene_rect_t bounds;
  int min_height;

  g_assert_true (gtk_widget_get_mapped (label));
  g_assert_true (gtk_widget_compute_bounds (label, GTK_WIDGET (room), &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=,
                     gtk_widget_get_width (GTK_WIDGET (room)) + 0.5);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=,
                     gtk_widget_get_height (GTK_WIDGET (room)) + 0.5);
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (label),
                      &min_height, NULL, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_height (label), >=, min_height);
}

static void
test_public_only (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(KoloCard) card = make_card (TITLE, PUBLIC, CATEGORY);
  KoloProjectorWindow *room;
  GListModel *decks;
  g_autoptr(KoloDeck) deck = NULL;
  GListModel *cards;

  set_animations (FALSE);
  room = show (f, card, 1920, 1080);
  g_assert_true (kolo_projector_card_get_revealed (card_page ()));

  /* What the room may see, as typed: never markup. */
  g_assert_nonnull (find_widget (GTK_WIDGET (room), is_mapped_label_with_text, TITLE));
  g_assert_nonnull (find_widget (GTK_WIDGET (room), is_mapped_label_with_text, PUBLIC));
  g_assert_nonnull (find_widget (GTK_WIDGET (room), is_mapped_label_with_text, CATEGORY));
  g_assert_nonnull (find_widget (GTK_WIDGET (room), is_mapped_label_with_text,
                                 kolo_card_kind_get_label (KOLO_CARD_SITUATION)));
  assert_no_brief (room, card);

  /* Every situation of the shipped decks, briefs and all. */
  decks = kolo_store_get_decks (f->store);
  g_assert_cmpuint (g_list_model_get_n_items (decks), >, 0);
  deck = g_list_model_get_item (decks, 0);
  cards = kolo_deck_get_cards (deck);
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(KoloCard) shipped = g_list_model_get_item (cards, i);

      kolo_window_show_card (f->window, shipped);
      iterate ();
      g_assert_true (kolo_projector_window_get_card (room) == shipped);
      g_assert_nonnull (find_widget (GTK_WIDGET (room), is_mapped_label_with_text,
                                     kolo_card_get_title (shipped)));
      assert_no_brief (room, shipped);
    }

  /* Hidden: the timer again, and nothing of the card stays behind. */
  kolo_window_hide_card (f->window);
  iterate ();
  g_assert_null (kolo_projector_window_get_card (room));
  g_assert_true (gtk_widget_get_mapped (kolo_projector_window_get_countdown (room)));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (card_page ())));
  assert_nowhere (GTK_WIDGET (room), PUBLIC);
}

/* 2000 characters are shown whole, at 1920×1080 as at 1280×720. */
static void
test_long_text (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(KoloCard) card = NULL;
  g_autoptr(GString) title = g_string_new (NULL);
  KoloProjectorWindow *room;
  GtkWidget *text_label, *title_label;
  KoloFitBin *fit;
  const int sizes[][2] = { { 1920, 1080 }, { 1280, 720 } };
  const char *end = " Кінець тексту";
  g_autofree char *start = NULL;

  /* The longest a card may have, its very end findable. */
  while (g_utf8_strlen (text->str, -1) < KOLO_CARD_PUBLIC_MAX)
    g_string_append (text, "Читач сердиться через штраф. ");
  start = g_utf8_substring (text->str, 0, KOLO_CARD_PUBLIC_MAX - g_utf8_strlen (end, -1));
  g_string_assign (text, start);
  g_string_append (text, end);
  g_assert_cmpint (g_utf8_strlen (text->str, -1), ==, KOLO_CARD_PUBLIC_MAX);
  while (g_utf8_strlen (title->str, -1) < 150)
    g_string_append (title, "Дуже довга назва ");
  card = make_card (title->str, text->str, CATEGORY);
  g_assert_cmpstr (kolo_card_get_public_text (card), ==, text->str);

  set_animations (FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      room = show (f, card, sizes[i][0], sizes[i][1]);
      gtk_window_set_default_size (GTK_WINDOW (room), sizes[i][0], sizes[i][1]);
      iterate ();
      /* The size asked for, but for the frame of a window that is not
       * fullscreen. */
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (room)), >, sizes[i][0] - 24);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (room)), <=, sizes[i][0]);

      text_label = find_widget (GTK_WIDGET (room), is_mapped_label_with_text,
                                 kolo_card_get_public_text (card));
      title_label = find_widget (GTK_WIDGET (room), is_mapped_label_with_text,
                                  kolo_card_get_title (card));
      g_assert_nonnull (text_label);
      g_assert_nonnull (title_label);
      assert_all_shown (room, text_label);
      assert_all_shown (room, title_label);

      /* Made smaller to fit, not cut. */
      fit = KOLO_FIT_BIN (gtk_widget_get_ancestor (text_label, KOLO_TYPE_FIT_BIN));
      g_assert_cmpfloat (kolo_fit_bin_get_scale (fit), <, 1.0);
      g_assert_cmpfloat (kolo_fit_bin_get_scale (fit), >, 0.2);
    }
}

/* A board replaces the card, and the card the board. */
static void
test_board_replaces_card (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(KoloCard) card = make_card (TITLE, PUBLIC, NULL);
  g_autoptr(KoloBoard) board = kolo_board_new ("Що таке якісне обслуговування?");
  g_autoptr(GError) error = NULL;
  KoloProjectorWindow *room;

  set_animations (FALSE);
  room = show (f, card, 1280, 720);
  g_assert_nonnull (find_widget (GTK_WIDGET (room), is_mapped_label_with_text, TITLE));

  g_assert_true (kolo_event_insert_board (kolo_window_get_event (f->window), 0, board, &error));
  g_assert_no_error (error);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.project-board", "x",
                              kolo_board_get_id (board));
  iterate ();
  g_assert_true (kolo_projector_window_get_board (room) == board);
  g_assert_null (kolo_projector_window_get_card (room));
  g_assert_null (find_widget (GTK_WIDGET (room), is_mapped_label_with_text, TITLE));

  kolo_window_show_card (f->window, card);
  iterate ();
  g_assert_true (kolo_projector_window_get_card (room) == card);
  g_assert_null (kolo_projector_window_get_board (room));
  g_assert_nonnull (find_widget (GTK_WIDGET (room), is_mapped_label_with_text, TITLE));

  /* "Back to the timer" of the run bar leaves the card too. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.project-timer", NULL);
  iterate ();
  g_assert_null (kolo_projector_window_get_card (room));
  g_assert_true (gtk_widget_get_mapped (kolo_projector_window_get_countdown (room)));
}

static gboolean
is_revealed (gpointer page)
{
  return kolo_projector_card_get_revealed (page);
}

/* With animations, a new card shows its back, then turns to its front.
 * (How long it takes is the animation's, not a thing to time in a test.) */
static void
test_turns (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(KoloCard) first = make_card ("Перша картка", PUBLIC, NULL);
  g_autoptr(KoloCard) second = make_card ("Друга картка", PUBLIC, NULL);

  set_animations (TRUE);
  show (f, first, 1280, 720);
  wait_until (is_revealed, card_page ());

  kolo_window_show_card (f->window, second);
  g_assert_false (kolo_projector_card_get_revealed (card_page ()));
  wait_until (is_revealed, card_page ());
  g_assert_nonnull (find_widget (GTK_WIDGET (projector ()), is_mapped_label_with_text,
                                 "Друга картка"));

  /* The same card again does not turn again. */
  kolo_window_show_card (f->window, second);
  g_assert_true (kolo_projector_card_get_revealed (card_page ()));
  set_animations (FALSE);
}

/* Beside the card: the day's time, small, while the day runs. */
static void
test_day_time (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(KoloCard) card = make_card (TITLE, PUBLIC, CATEGORY);
  KoloProjectorWindow *room;

  set_animations (FALSE);
  room = show (f, card, 1920, 1080);
  g_assert_cmpstr (kolo_projector_card_get_time_text (card_page ()), ==, "");
  g_assert_cmpstr (kolo_projector_card_get_phase_text (card_page ()), ==, "");

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.run-start-day", "u", 0);
  iterate ();
  /* Starting or pausing the day leaves the card where it is. */
  g_assert_true (kolo_projector_window_get_card (room) == card);
  g_assert_cmpstr (kolo_projector_card_get_time_text (card_page ()), !=, "");
  g_assert_cmpstr (kolo_projector_card_get_time_text (card_page ()), ==,
                   kolo_projector_window_get_time_text (room));
  g_assert_nonnull (find_widget (GTK_WIDGET (room), is_mapped_label_with_text,
                                 kolo_projector_window_get_time_text (room)));
  g_assert_cmpstr (kolo_projector_card_get_phase_text (card_page ()), ==, "");

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.run-toggle", NULL);
  iterate ();
  g_assert_true (kolo_projector_window_get_card (room) == card);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.run-stop", NULL);
  iterate ();
  g_assert_cmpstr (kolo_projector_card_get_time_text (card_page ()), ==, "");
}

static gboolean
time_changed (gpointer before)
{
  return g_strcmp0 (kolo_projector_card_get_time_text (card_page ()), before) != 0;
}

/* Beside the card while a round runs: its phase and the phase's time. */
static void
test_round (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(KoloCard) card = make_card (TITLE, PUBLIC, CATEGORY);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  KoloProjectorWindow *room;
  KoloRun *run;
  GtkWidget *countdown;

  set_animations (FALSE);
  room = show (f, card, 1920, 1080);
  run = kolo_window_get_run (f->window);
  g_assert_nonnull (run);

  g_assert_true (kolo_run_start_round (run, NULL, &error));
  g_assert_no_error (error);
  iterate ();
  g_assert_cmpstr (kolo_projector_card_get_phase_text (card_page ()), ==,
                   kolo_round_phase_get_label (KOLO_ROUND_PREPARATION));
  g_assert_nonnull (find_widget (GTK_WIDGET (room), is_mapped_label_with_text,
                                 kolo_round_phase_get_label (KOLO_ROUND_PREPARATION)));
  countdown = find_widget (GTK_WIDGET (card_page ()), is_type,
                           GSIZE_TO_POINTER (KOLO_TYPE_COUNTDOWN));
  g_assert_nonnull (countdown);
  g_assert_true (gtk_widget_get_mapped (countdown));
  /* Five minutes until changed, as the console shows them. */
  g_assert_true (g_str_equal (kolo_projector_card_get_time_text (card_page ()), "5:00") ||
                 g_str_equal (kolo_projector_card_get_time_text (card_page ()), "4:59"));
  g_assert_cmpstr (kolo_countdown_get_text (KOLO_COUNTDOWN (countdown)), ==,
                   kolo_projector_card_get_time_text (card_page ()));

  /* It counts down on the ticker's tick. */
  before = g_strdup (kolo_projector_card_get_time_text (card_page ()));
  wait_until (time_changed, before);

  g_assert_true (kolo_run_next_round_phase (run, &error));
  iterate ();
  g_assert_cmpstr (kolo_projector_card_get_phase_text (card_page ()), ==,
                   kolo_round_phase_get_label (KOLO_ROUND_PLAY));
  g_assert_true (g_str_equal (kolo_projector_card_get_time_text (card_page ()), "10:00") ||
                 g_str_equal (kolo_projector_card_get_time_text (card_page ()), "9:59"));

  g_assert_true (kolo_run_pause_round (run, &error));
  iterate ();
  g_assert_true (gtk_widget_has_css_class (countdown, "paused"));
  g_assert_true (kolo_run_resume_round (run, &error));
  iterate ();
  g_assert_false (gtk_widget_has_css_class (countdown, "paused"));

  /* Over: said so, with no time. */
  g_assert_true (kolo_run_next_round_phase (run, &error));
  g_assert_true (kolo_run_next_round_phase (run, &error));
  iterate ();
  g_assert_cmpint (kolo_run_get_round_phase (run), ==, KOLO_ROUND_OVER);
  g_assert_cmpstr (kolo_projector_card_get_phase_text (card_page ()), ==,
                   kolo_round_phase_get_label (KOLO_ROUND_OVER));
  g_assert_false (gtk_widget_get_mapped (countdown));

  /* Stopped, while the day runs: the day's time again. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.run-start-day", "u", 0);
  g_assert_true (kolo_run_stop_round (run, &error));
  g_assert_no_error (error);
  iterate ();
  g_assert_cmpstr (kolo_projector_card_get_phase_text (card_page ()), ==, "");
  g_assert_cmpstr (kolo_projector_card_get_time_text (card_page ()), ==,
                   kolo_projector_window_get_time_text (room));
  g_assert_true (kolo_projector_window_get_card (room) == card);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.run-stop", NULL);
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

  /* The sizes of the projector's type are the app's style's: a card is
   * measured as the room sees it. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/kolo/projector-card/public-only", test_public_only);
  ADD ("/kolo/projector-card/long-text", test_long_text);
  ADD ("/kolo/projector-card/board-replaces-card", test_board_replaces_card);
  ADD ("/kolo/projector-card/turns", test_turns);
  ADD ("/kolo/projector-card/day-time", test_day_time);
  ADD ("/kolo/projector-card/round", test_round);

#undef ADD

  return g_test_run ();
}
