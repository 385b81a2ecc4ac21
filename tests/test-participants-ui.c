/* test-participants-ui.c — the Participants tab as an organizer uses it:
 * a list imported the way the library sent it, attendance ticked at the
 * door, mixed groups on the projector, certificates and sign-in sheets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "kolo-board-actions.h"
#include "kolo-certificates-window.h"
#include "kolo-event-page.h"
#include "kolo-groups-window.h"
#include "kolo-import-window.h"
#include "kolo-participant-actions.h"
#include "kolo-participants-page.h"
#include "kolo-projector-window.h"
#include "kolo-test-ui.h"
#include "kolo-test-util.h"

/* As a library sends it: semicolons (Excel in Ukrainian), a byte-order
 * mark, the name in three columns, a quoted institution with a semicolon. */
static const char list_csv[] =
  "\xEF\xBB\xBF" "Прізвище;Ім'я;По батькові;Установа;Посада;Населений пункт;Стать\r\n"
  "Коваленко;Олена;Петрівна;Харківська ОУНБ;бібліотекарка;Харків;ж\r\n"
  "Шевчук;Ігор;Васильович;\"ЦБС Ізюмського району; відділ обслуговування\";завідувач;Ізюм;ч\r\n"
  "Бондар;Марія;;Харківська ОУНБ;методистка;Харків;\r\n"
  "Мельник;Андрій;;Дитяча бібліотека № 5;бібліотекар;Харків;ч\r\n"
  "Ткаченко;Наталія;;\"ЦБС Ізюмського району; відділ обслуговування\";бібліотекарка;Ізюм;ж\r\n"
  "Коваленко;Олена;Петрівна;Харківська ОУНБ;бібліотекарка;Харків;ж\r\n"
  ";;;Нічия установа;;;\r\n";

static KoloParticipantsPage *
participants_page (Fixture *f)
{
  return KOLO_PARTICIPANTS_PAGE (kolo_event_page_get_participants_page (
    find_type (f->window, KOLO_TYPE_EVENT_PAGE)));
}

static gboolean
has_import_window (gpointer data)
{
  return find_toplevel (KOLO_TYPE_IMPORT_WINDOW) != NULL;
}

static KoloEvent *
event_with_list (Fixture *f)
{
  g_autofree char *path = g_build_filename (f->dir, "list.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KoloImportWindow *import;
  KoloEvent *event;

  create_from_template (f, "Учасники");
  event = kolo_window_get_event (f->window);
  g_assert_true (g_file_set_contents (path, list_csv, -1, NULL));

  kolo_participants_import_file (GTK_WIDGET (f->window), event, file);
  wait_until (has_import_window, NULL);
  import = KOLO_IMPORT_WINDOW (find_toplevel (KOLO_TYPE_IMPORT_WINDOW));
  wait_until (is_mapped, import);

  /* Five readable people, one repeated, one row without a name: the
   * button says how many will be added. */
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (kolo_import_window_get_add_button (import))),
                   ==, "_Add 5 Participants");
  g_assert_true (kolo_import_window_add (import));
  iterate ();
  g_assert_null (find_toplevel (KOLO_TYPE_IMPORT_WINDOW));
  return event;
}

static void
test_import_and_attendance (Fixture       *f,
                            gconstpointer  data)
{
  KoloEvent *event = event_with_list (f);
  KoloParticipantsPage *page = participants_page (f);
  GListModel *people = kolo_event_get_participants (event);
  g_autoptr(KoloParticipant) first = NULL;
  g_autoptr(KoloParticipant) second = NULL;
  g_autoptr(KoloDay) day = g_list_model_get_item (kolo_event_get_days (event), 0);

  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 5);
  first = g_list_model_get_item (people, 0);
  second = g_list_model_get_item (people, 1);
  g_assert_cmpstr (kolo_participant_get_name (first), ==, "Коваленко Олена Петрівна");
  g_assert_cmpint (kolo_participant_get_gender (first), ==, KOLO_GENDER_FEMININE);
  g_assert_cmpstr (kolo_participant_get_institution (second), ==,
                   "ЦБС Ізюмського району; відділ обслуговування");
  g_assert_cmpstr (kolo_participants_page_get_summary (page), ==,
                   "5 participants from 3 institutions · 2 places");

  /* The search finds as it is typed, in any case. */
  kolo_participants_page_search (page, "ізюм");
  g_assert_cmpuint (g_list_model_get_n_items (kolo_participants_page_get_shown (page)), ==, 2);
  kolo_participants_page_search (page, NULL);

  /* Everyone present on day 1, then one who did not come. */
  gtk_widget_activate_action (GTK_WIDGET (page), "participants.mark-all", "u", 0);
  g_assert_true (kolo_participant_get_attended (first, day));
  g_assert_true (kolo_participant_get_attended (second, day));
  kolo_participant_set_attended (second, day, FALSE);
  g_assert_false (kolo_participant_get_attended (second, day));

  /* The import is one step: undone, the list is empty again. */
  g_assert_true (kolo_history_undo (kolo_event_get_history (event), NULL));
  g_assert_true (kolo_history_undo (kolo_event_get_history (event), NULL));
  g_assert_true (kolo_history_undo (kolo_event_get_history (event), NULL));
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 0);
  run_for (500);
}

static void
test_groups_on_projector (Fixture       *f,
                          gconstpointer  data)
{
  KoloEvent *event = event_with_list (f);
  KoloGroupsWindow *groups_window;
  KoloProjectorWindow *room;
  GPtrArray *groups;
  guint people = 0;

  gtk_widget_activate_action (GTK_WIDGET (participants_page (f)), "participants.groups", NULL);
  groups_window = KOLO_GROUPS_WINDOW (find_toplevel (KOLO_TYPE_GROUPS_WINDOW));
  g_assert_nonnull (groups_window);

  /* Pairs of five people: a pair and a triad, nobody with a colleague. */
  groups = kolo_groups_window_get_groups (groups_window);
  g_assert_cmpuint (groups->len, ==, 2);
  for (guint i = 0; i < groups->len; i++)
    people += ((GPtrArray *) groups->pdata[i])->len;
  g_assert_cmpuint (people, ==, 5);
  g_assert_cmpuint (kolo_groups_count_clashes (groups), ==, 0);
  g_assert_cmpstr (kolo_groups_window_get_summary (groups_window), ==,
                   "Nobody is marked present that day: everyone is in a group. "
                   "Nobody is with someone of their own institution.");

  /* A locked group survives the reshuffle. */
  {
    GPtrArray *kept = g_ptr_array_ref (groups->pdata[0]);

    kolo_groups_window_set_locked (groups_window, 0, TRUE);
    kolo_groups_window_make (groups_window);
    groups = kolo_groups_window_get_groups (groups_window);
    g_assert_cmpuint (((GPtrArray *) groups->pdata[0])->len, ==, kept->len);
    for (guint i = 0; i < kept->len; i++)
      g_assert_true (((GPtrArray *) groups->pdata[0])->pdata[i] == kept->pdata[i]);
    g_ptr_array_unref (kept);
  }

  /* On the projector. */
  gtk_widget_activate_action (GTK_WIDGET (groups_window), "groups.project", NULL);
  room = KOLO_PROJECTOR_WINDOW (find_toplevel (KOLO_TYPE_PROJECTOR_WINDOW));
  g_assert_nonnull (room);
  g_assert_true (kolo_projector_window_get_groups (room) == groups);
  wait_until (is_mapped, room);
  g_assert_nonnull (find_widget (GTK_WIDGET (room), is_mapped_label_with_text,
                                 "Коваленко Олена Петрівна"));
  gtk_window_destroy (GTK_WINDOW (groups_window));
  (void) event;
}

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static void
test_certificates_and_signin (Fixture       *f,
                              gconstpointer  data)
{
  KoloEvent *event = event_with_list (f);
  g_autofree char *pdf = g_build_filename (f->dir, "certificates.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (pdf);
  g_autoptr(GBytes) signin = NULL;
  g_autofree char *contents = NULL;
  KoloCertificatesWindow *window;
  GListModel *days = kolo_event_get_days (event);

  /* Everyone attended both days. */
  for (guint i = 0; i < g_list_model_get_n_items (days); i++)
    gtk_widget_activate_action (GTK_WIDGET (participants_page (f)), "participants.mark-all",
                                "u", i);

  gtk_widget_activate_action (GTK_WIDGET (participants_page (f)), "participants.certificates",
                              NULL);
  window = KOLO_CERTIFICATES_WINDOW (find_toplevel (KOLO_TYPE_CERTIFICATES_WINDOW));
  g_assert_nonnull (window);
  g_assert_cmpstr (kolo_certificates_window_get_summary (window), ==,
                   "5 of 5 participants attended enough for a certificate");
  kolo_certificates_set_series (kolo_event_get_certificates (event), "ХОУНБ-2013-");
  kolo_certificates_window_save (window, file);
  wait_until (file_exists, pdf);
  run_for (300);
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  {
    g_autoptr(KoloParticipant) first = g_list_model_get_item (kolo_event_get_participants (event), 0);
    g_assert_cmpstr (kolo_participant_get_certificate (first), ==, "ХОУНБ-2013-001");
  }
  gtk_window_destroy (GTK_WINDOW (window));

  signin = kolo_participants_make_signin (GTK_WIDGET (f->window), event, 0);
  g_assert_nonnull (signin);
  g_assert_cmpmem (g_bytes_get_data (signin, NULL), 5, "%PDF-", 5);
  run_for (300);
}

/* An idea whose author is a participant is linked to them; deleting the
 * participant forgets the author. */
static void
test_idea_authors (Fixture       *f,
                   gconstpointer  data)
{
  KoloEvent *event = event_with_list (f);
  g_autoptr(KoloBoard) board = kolo_board_new ("Хто ви?");
  g_autoptr(KoloParticipant) olena = NULL;
  g_autoptr(KoloIdea) idea = NULL;
  GtkEditable *text = GTK_EDITABLE (gtk_entry_new ());
  GtkEditable *author = GTK_EDITABLE (gtk_entry_new ());

  g_object_ref_sink (text);
  g_object_ref_sink (author);
  g_assert_true (kolo_event_insert_board (event, 0, board, NULL));
  olena = g_list_model_get_item (kolo_event_get_participants (event), 0);

  gtk_editable_set_text (text, "Більше тиші");
  gtk_editable_set_text (author, "коваленко  олена петрівна");
  g_assert_true (kolo_board_add_idea_from (GTK_WIDGET (f->window), board, text, author, NULL));
  idea = g_list_model_get_item (kolo_board_get_ideas (board), 0);
  g_assert_true (kolo_idea_get_participant (idea) == olena);

  kolo_participant_delete (GTK_WIDGET (f->window), olena);
  g_assert_null (kolo_idea_get_participant (idea));
  g_assert_null (kolo_idea_get_author (idea));
  g_object_unref (text);
  g_object_unref (author);
  run_for (500);
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

  ADD ("/kolo/participants-ui/import-and-attendance", test_import_and_attendance);
  ADD ("/kolo/participants-ui/groups-on-projector", test_groups_on_projector);
  ADD ("/kolo/participants-ui/certificates-and-signin", test_certificates_and_signin);
  ADD ("/kolo/participants-ui/idea-authors", test_idea_authors);

#undef ADD

  return g_test_run ();
}
