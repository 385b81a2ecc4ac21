/* test-participants.c — an event's participants and their attendance,
 * written through to the store, undone step by step, removed everywhere
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kolo-test-util.h"

typedef struct
{
  char      *dir;
  char      *path;
  KoloStore *store;
  KoloEvent *event;       /* two days, from the shipped template */
  KoloBoard *board;       /* borrowed: the event's first board */
  gint64     id;
  guint      write_failed;
} Fixture;

static void
open_event (Fixture *f)
{
  f->store = kolo_test_open_store (f->path, &f->write_failed);
  f->event = kolo_test_lookup_event (f->store, f->id);
  f->board = kolo_test_item (kolo_event_get_boards (f->event), 0);
}

static void
close_event (Fixture *f)
{
  f->board = NULL;
  kolo_test_close_store (&f->store, &f->event);
}

/* A fresh store on the same file: what is left is what was written. */
static void
reopen (Fixture *f)
{
  close_event (f);
  open_event (f);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(KoloEvent) event = NULL;

  f->dir = kolo_test_make_dir ();
  f->path = g_build_filename (f->dir, "kolo.db", NULL);
  f->store = kolo_test_open_store (f->path, NULL);
  event = kolo_test_new_training (f->store, NULL);
  f->id = kolo_event_get_id (event);
  g_clear_object (&event);
  g_assert_finalize_object (f->store);

  open_event (f);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_event_get_days (f->event)), ==, 2);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->store != NULL)
    close_event (f);
  kolo_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* The first column of the first row of a query, read with sqlite3 itself. */
#define assert_db(f, expected, ...) kolo_test_assert_db ((f)->path, (expected), __VA_ARGS__)

static KoloHistory *
history (Fixture *f)
{
  return kolo_event_get_history (f->event);
}

static void
undo (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kolo_history_get_can_undo (history (f)));
  g_assert_true (kolo_history_undo (history (f), &error));
  g_assert_no_error (error);
}

static void
redo (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kolo_history_get_can_redo (history (f)));
  g_assert_true (kolo_history_redo (history (f), &error));
  g_assert_no_error (error);
}

static GListModel *
people (Fixture *f)
{
  return kolo_event_get_participants (f->event);
}

static KoloDay *
day (Fixture *f,
     guint    position)
{
  return kolo_test_item (kolo_event_get_days (f->event), position);
}

/* Adds a participant at the end; the event holds it. */
static KoloParticipant *
add (Fixture    *f,
     const char *name,
     const char *institution,
     const char *city)
{
  g_autoptr(KoloParticipant) participant = kolo_participant_new (name);
  g_autoptr(GError) error = NULL;

  kolo_participant_set_institution (participant, institution);
  kolo_participant_set_city (participant, city);
  g_assert_true (kolo_event_insert_participant (f->event, G_MAXUINT, participant, &error));
  g_assert_no_error (error);
  return participant;
}

/* The names of the event's participants, joined with "|". */
static char *
names (Fixture *f)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (people (f)); i++)
    g_string_append_printf (out, "%s%s", i ? "|" : "",
                            kolo_participant_get_name (kolo_test_item (people (f), i)));
  return g_string_free (out, FALSE);
}

#define assert_names(f, expected) \
  G_STMT_START { \
    g_autofree char *got_ = names (f); \
    g_assert_cmpstr (got_, ==, expected); \
  } G_STMT_END

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

/* Add, edit, delete ------------------------------------------------------- */

static void
test_add_edit_delete (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KoloParticipant *olena, *petro;
  guint notified = 0;
  gint64 id;

  g_assert_cmpuint (g_list_model_get_n_items (people (f)), ==, 0);
  olena = add (f, "Олена Коваль", "ЦБС м. Коростеня", "Коростень");
  petro = add (f, "Петро Мельник", "", "Житомир");
  assert_names (f, "Олена Коваль|Петро Мельник");
  g_assert_true (kolo_participant_get_event (olena) == f->event);
  id = kolo_participant_get_id (olena);
  g_assert_cmpint (id, >, 0);
  assert_db (f, "2", "SELECT count(*) FROM participants WHERE event_id = %" G_GINT64_FORMAT, f->id);

  /* Inserted at a place, the others move down. */
  {
    g_autoptr(KoloParticipant) first = kolo_participant_new ("Анна Бойко");

    g_assert_true (kolo_event_insert_participant (f->event, 0, first, &error));
    g_assert_no_error (error);
  }
  assert_names (f, "Анна Бойко|Олена Коваль|Петро Мельник");
  assert_db (f, "Анна Бойко,Олена Коваль,Петро Мельник",
             "SELECT group_concat (name) FROM (SELECT name FROM participants ORDER BY position)");
  undo (f);
  assert_names (f, "Олена Коваль|Петро Мельник");
  assert_db (f, "0|1", "SELECT group_concat (position, '|') FROM participants");
  redo (f);
  assert_names (f, "Анна Бойко|Олена Коваль|Петро Мельник");
  kolo_history_clear (history (f));

  /* Every field writes through, notifies, and undoes. */
  g_signal_connect (olena, "notify::position", G_CALLBACK (kolo_test_count_notify_cb), &notified);
  kolo_participant_set_position (olena, "бібліотекарка");
  kolo_participant_set_position (olena, "бібліотекарка");
  g_assert_cmpuint (notified, ==, 1);
  kolo_participant_set_email (olena, "olena@example.org");
  kolo_participant_set_phone (olena, "+380 67 000 00 00");
  kolo_participant_set_notes (olena, "Рядок 1\nРядок 2");
  kolo_participant_set_gender (olena, KOLO_GENDER_FEMININE);
  assert_db (f, "бібліотекарка|olena@example.org|+380 67 000 00 00|Рядок 1\nРядок 2|f",
             "SELECT job || '|' || email || '|' || phone || '|' || notes || '|' || gender"
             "  FROM participants WHERE id = %" G_GINT64_FORMAT, id);
  undo (f);
  g_assert_cmpint (kolo_participant_get_gender (olena), ==, KOLO_GENDER_UNKNOWN);
  assert_db (f, "", "SELECT gender FROM participants WHERE id = %" G_GINT64_FORMAT, id);
  redo (f);

  /* A blank name is no name: the last one stays. */
  kolo_participant_set_name (olena, " \t");
  g_assert_cmpstr (kolo_participant_get_name (olena), ==, "Олена Коваль");
  kolo_participant_set_name (olena, "Олена Коваль-Бойко");
  assert_db (f, "Олена Коваль-Бойко",
             "SELECT name FROM participants WHERE id = %" G_GINT64_FORMAT, id);

  /* Deleted with undo: the same object comes back, under a new ID. */
  kolo_history_clear (history (f));
  g_assert_true (kolo_event_remove_participant (f->event, olena, &error));
  g_assert_no_error (error);
  assert_names (f, "Анна Бойко|Петро Мельник");
  g_assert_null (kolo_participant_get_event (olena));
  assert_db (f, "0", "SELECT count(*) FROM participants WHERE id = %" G_GINT64_FORMAT, id);
  assert_db (f, "0|1", "SELECT group_concat (position, '|') FROM participants");
  undo (f);
  assert_names (f, "Анна Бойко|Олена Коваль-Бойко|Петро Мельник");
  g_assert_true (kolo_test_item (people (f), 1) == olena);
  g_assert_cmpstr (kolo_participant_get_position (olena), ==, "бібліотекарка");
  g_assert_cmpint (kolo_participant_get_gender (olena), ==, KOLO_GENDER_FEMININE);
  redo (f);
  assert_names (f, "Анна Бойко|Петро Мельник");
  undo (f);

  reopen (f);
  assert_names (f, "Анна Бойко|Олена Коваль-Бойко|Петро Мельник");
  olena = kolo_test_item (people (f), 1);
  petro = kolo_test_item (people (f), 2);
  g_assert_cmpstr (kolo_participant_get_institution (olena), ==, "ЦБС м. Коростеня");
  g_assert_cmpstr (kolo_participant_get_city (olena), ==, "Коростень");
  g_assert_cmpstr (kolo_participant_get_position (olena), ==, "бібліотекарка");
  g_assert_cmpstr (kolo_participant_get_email (olena), ==, "olena@example.org");
  g_assert_cmpstr (kolo_participant_get_phone (olena), ==, "+380 67 000 00 00");
  g_assert_cmpstr (kolo_participant_get_notes (olena), ==, "Рядок 1\nРядок 2");
  g_assert_cmpint (kolo_participant_get_gender (olena), ==, KOLO_GENDER_FEMININE);
  g_assert_null (kolo_participant_get_certificate (olena));
  g_assert_cmpstr (kolo_participant_get_city (petro), ==, "Житомир");
  g_assert_cmpint (f->write_failed, ==, 0);
}

/* Plain text stays plain: markup and quotes are names as typed. */
static void
test_plain_text (Fixture       *f,
                 gconstpointer  data)
{
  KoloParticipant *p = add (f, "<b>Мар’яна</b> & \"Ко\"", "<i>ЦБС</i> &amp;", "Кам'янець\tПодільський");

  reopen (f);
  p = kolo_test_item (people (f), 0);
  g_assert_cmpstr (kolo_participant_get_name (p), ==, "<b>Мар’яна</b> & \"Ко\"");
  g_assert_cmpstr (kolo_participant_get_institution (p), ==, "<i>ЦБС</i> &amp;");
  g_assert_cmpstr (kolo_participant_get_city (p), ==, "Кам'янець\tПодільський");
}

/* Attendance -------------------------------------------------------------- */

static void
test_attendance (Fixture       *f,
                 gconstpointer  data)
{
  KoloParticipant *olena = add (f, "Олена", "А", "");
  KoloParticipant *petro = add (f, "Петро", "Б", "");
  KoloDay *first = day (f, 0);
  KoloDay *second = day (f, 1);
  guint notified = 0;

  kolo_history_clear (history (f));
  g_signal_connect (olena, "notify::attendance", G_CALLBACK (kolo_test_count_notify_cb), &notified);
  g_assert_false (kolo_participant_get_attended (olena, first));
  kolo_participant_set_attended (olena, first, TRUE);
  kolo_participant_set_attended (olena, first, TRUE);
  g_assert_cmpuint (notified, ==, 1);
  kolo_participant_set_attended (olena, second, TRUE);
  kolo_participant_set_attended (petro, second, TRUE);
  g_assert_true (kolo_participant_get_attended (olena, first));
  g_assert_cmpuint (kolo_participant_get_days_attended (olena), ==, 2);
  g_assert_cmpuint (kolo_participant_get_days_attended (petro), ==, 1);
  assert_db (f, "3", "SELECT count(*) FROM attendance");

  /* One tick, one step. */
  undo (f);
  g_assert_false (kolo_participant_get_attended (petro, second));
  assert_db (f, "2", "SELECT count(*) FROM attendance");
  undo (f);
  g_assert_false (kolo_participant_get_attended (olena, second));
  g_assert_true (kolo_participant_get_attended (olena, first));
  redo (f);
  redo (f);
  kolo_participant_set_attended (olena, first, FALSE);
  g_assert_false (kolo_participant_get_attended (olena, first));
  assert_db (f, "0", "SELECT count(*) FROM attendance WHERE day_id = %" G_GINT64_FORMAT,
             kolo_day_get_id (first));
  undo (f);

  reopen (f);
  olena = kolo_test_item (people (f), 0);
  petro = kolo_test_item (people (f), 1);
  first = day (f, 0);
  second = day (f, 1);
  g_assert_true (kolo_participant_get_attended (olena, first));
  g_assert_true (kolo_participant_get_attended (olena, second));
  g_assert_false (kolo_participant_get_attended (petro, first));
  g_assert_true (kolo_participant_get_attended (petro, second));
}

/* A day removed takes its ticks with it; its undo brings them back. */
static void
test_attendance_day_removed (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KoloParticipant *olena = add (f, "Олена", "А", "");
  KoloDay *second = day (f, 1);
  guint notified = 0;

  kolo_participant_set_attended (olena, day (f, 0), TRUE);
  kolo_participant_set_attended (olena, second, TRUE);
  kolo_history_clear (history (f));

  /* Loaded fresh: the participants are not loaded before the day goes. */
  reopen (f);
  second = day (f, 1);
  g_assert_true (kolo_event_remove_day (f->event, second, &error));
  g_assert_no_error (error);
  olena = kolo_test_item (people (f), 0);
  g_signal_connect (olena, "notify::attendance", G_CALLBACK (kolo_test_count_notify_cb), &notified);
  g_assert_cmpuint (kolo_participant_get_days_attended (olena), ==, 1);
  g_assert_false (kolo_participant_get_attended (olena, second));
  assert_db (f, "1", "SELECT count(*) FROM attendance");

  undo (f);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (kolo_participant_get_attended (olena, second));
  g_assert_cmpuint (kolo_participant_get_days_attended (olena), ==, 2);
  assert_db (f, "1", "SELECT count(*) FROM attendance WHERE day_id = %" G_GINT64_FORMAT,
             kolo_day_get_id (second));
  redo (f);
  g_assert_cmpuint (kolo_participant_get_days_attended (olena), ==, 1);
  undo (f);

  reopen (f);
  olena = kolo_test_item (people (f), 0);
  g_assert_cmpuint (kolo_participant_get_days_attended (olena), ==, 2);
}

/* Marking many at once is one transaction and one step. */
static void
test_attendance_batch (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) some = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  KoloParticipant *a = add (f, "А", "", "");
  KoloParticipant *b = add (f, "Б", "", "");
  KoloParticipant *c = add (f, "В", "", "");
  KoloDay *first = day (f, 0);

  kolo_participant_set_attended (b, first, TRUE);
  kolo_history_clear (history (f));

  g_assert_true (kolo_event_set_attendance (f->event, first, NULL, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (kolo_participant_get_attended (a, first));
  g_assert_true (kolo_participant_get_attended (c, first));
  assert_db (f, "3", "SELECT count(*) FROM attendance");
  undo (f);
  g_assert_false (kolo_history_get_can_undo (history (f)));
  g_assert_false (kolo_participant_get_attended (a, first));
  g_assert_true (kolo_participant_get_attended (b, first));
  g_assert_false (kolo_participant_get_attended (c, first));
  assert_db (f, "1", "SELECT count(*) FROM attendance");
  redo (f);
  assert_db (f, "3", "SELECT count(*) FROM attendance");

  g_ptr_array_add (some, a);
  g_ptr_array_add (some, c);
  g_assert_true (kolo_event_set_attendance (f->event, first, some, FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (kolo_participant_get_attended (a, first));
  g_assert_true (kolo_participant_get_attended (b, first));
  assert_db (f, "1", "SELECT count(*) FROM attendance");
  undo (f);
  assert_db (f, "3", "SELECT count(*) FROM attendance");
}

/* Copies and imports ------------------------------------------------------ */

/* People come back: a copy from another event has no attendance and no
 * certificate. */
static void
test_copy_from_event (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(KoloEvent) other = NULL;
  g_autoptr(KoloParticipant) copy = NULL;
  g_autoptr(GError) error = NULL;
  KoloParticipant *olena = add (f, "Олена", "ЦБС", "Коростень");
  KoloParticipant *there;
  gint64 id = kolo_participant_get_id (olena);

  kolo_participant_set_gender (olena, KOLO_GENDER_FEMININE);
  kolo_participant_set_notes (olena, "нотатки");
  kolo_participant_set_attended (olena, day (f, 0), TRUE);
  kolo_test_db_exec (f->path, "UPDATE participants SET certificate = 'ХОУНБ-2013-001'");
  reopen (f);
  olena = kolo_test_item (people (f), 0);
  g_assert_cmpstr (kolo_participant_get_certificate (olena), ==, "ХОУНБ-2013-001");

  other = kolo_store_create_event (f->store, "Весна", NULL, &error);
  g_assert_no_error (error);
  copy = kolo_event_copy_participant (other, olena, &error);
  g_assert_no_error (error);
  g_assert_nonnull (copy);
  there = kolo_test_item (kolo_event_get_participants (other), 0);
  g_assert_true (there == copy);
  g_assert_true (kolo_participant_get_event (copy) == other);
  g_assert_cmpint (kolo_participant_get_id (copy), !=, id);
  g_assert_cmpstr (kolo_participant_get_name (copy), ==, "Олена");
  g_assert_cmpstr (kolo_participant_get_institution (copy), ==, "ЦБС");
  g_assert_cmpstr (kolo_participant_get_city (copy), ==, "Коростень");
  g_assert_cmpstr (kolo_participant_get_notes (copy), ==, "нотатки");
  g_assert_cmpint (kolo_participant_get_gender (copy), ==, KOLO_GENDER_FEMININE);
  g_assert_cmpuint (kolo_participant_get_days_attended (copy), ==, 0);
  g_assert_null (kolo_participant_get_certificate (copy));
  assert_db (f, "1", "SELECT count(*) FROM attendance");
  assert_db (f, "1", "SELECT count(*) FROM participants WHERE certificate IS NOT NULL");

  /* One step in the other event's history. */
  g_assert_true (kolo_history_undo (kolo_event_get_history (other), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_event_get_participants (other)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (people (f)), ==, 1);
}

/* An import adds everyone at once, as one step. */
static void
test_add_many (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) many = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint changes = 0;

  add (f, "Перша", "", "");
  kolo_history_clear (history (f));
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *name = g_strdup_printf ("Учасник %u", i);

      g_ptr_array_add (many, kolo_participant_new (name));
    }
  g_signal_connect (people (f), "items-changed", G_CALLBACK (items_changed_cb), &changes);
  g_assert_true (kolo_event_add_participants (f->event, many, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (people (f)), ==, 301);
  g_assert_cmpstr (kolo_participant_get_name (kolo_test_item (people (f), 300)), ==, "Учасник 299");
  assert_db (f, "301", "SELECT count(*) FROM participants");
  assert_db (f, "300", "SELECT position FROM participants WHERE name = 'Учасник 299'");

  undo (f);
  g_assert_false (kolo_history_get_can_undo (history (f)));
  assert_names (f, "Перша");
  assert_db (f, "1", "SELECT count(*) FROM participants");
  redo (f);
  g_assert_cmpuint (g_list_model_get_n_items (people (f)), ==, 301);

  reopen (f);
  g_assert_cmpuint (g_list_model_get_n_items (people (f)), ==, 301);
  g_assert_cmpstr (kolo_participant_get_name (kolo_test_item (people (f), 150)), ==, "Учасник 149");
}

/* Personal data stays with its event: a copy has no participants. */
static void
test_duplicate_has_none (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(KoloEvent) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *as_template = NULL;

  add (f, "Олена", "ЦБС", "");
  copy = kolo_store_duplicate_event (f->store, f->event, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (kolo_event_get_participants (copy)), ==, 0);
  as_template = kolo_event_export (f->event, KOLO_DOC_TEMPLATE);
  g_assert_null (strstr (as_template, "Олена"));
  g_assert_null (strstr (as_template, "participants"));
}

/* Removed everywhere ------------------------------------------------------ */

static KoloIdea *
add_idea (Fixture    *f,
          const char *text)
{
  g_autoptr(GError) error = NULL;
  KoloIdea *idea = kolo_board_add_idea (f->board, text, NULL, &error);

  g_assert_no_error (error);
  g_object_unref (idea);   /* the board holds it */
  return idea;
}

static void
test_remove_everywhere (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KoloParticipant *olena = add (f, "Олена Коваль", "ЦБС", "");
  KoloParticipant *petro = add (f, "Петро", "", "");
  KoloIdea *mine, *also_mine, *his;
  gint64 id = kolo_participant_get_id (olena);

  mine = add_idea (f, "Усмішка");
  also_mine = add_idea (f, "Привітність");
  his = add_idea (f, "Швидкість");
  kolo_idea_set_participant (mine, olena);
  kolo_idea_set_participant (also_mine, olena);
  kolo_idea_set_participant (his, petro);
  kolo_participant_set_attended (olena, day (f, 0), TRUE);
  kolo_test_db_exec (f->path, "UPDATE participants SET certificate = 'ХОУНБ-2013-007' "
                              "WHERE name = 'Олена Коваль'");
  reopen (f);
  olena = kolo_test_item (people (f), 0);
  mine = kolo_test_item (kolo_board_get_ideas (f->board), 0);
  also_mine = kolo_test_item (kolo_board_get_ideas (f->board), 1);
  his = kolo_test_item (kolo_board_get_ideas (f->board), 2);
  g_assert_true (kolo_idea_get_participant (mine) == olena);
  g_assert_cmpstr (kolo_idea_get_author (mine), ==, "Олена Коваль");

  g_assert_true (kolo_event_remove_participant (f->event, olena, &error));
  g_assert_no_error (error);
  g_assert_null (kolo_idea_get_participant (mine));
  g_assert_null (kolo_idea_get_author (mine));
  g_assert_null (kolo_idea_get_author (also_mine));
  g_assert_cmpstr (kolo_idea_get_author (his), ==, "Петро");
  assert_db (f, "0", "SELECT count(*) FROM participants WHERE id = %" G_GINT64_FORMAT, id);
  assert_db (f, "0", "SELECT count(*) FROM attendance");
  assert_db (f, "0", "SELECT count(*) FROM ideas WHERE author IS NOT NULL");
  assert_db (f, "1", "SELECT count(*) FROM ideas WHERE participant_id IS NOT NULL");
  /* The number stays given, without the person. */
  assert_db (f, "ХОУНБ-2013-|7", "SELECT series || '|' || number FROM certificate_numbers");
  assert_db (f, "0", "SELECT count(*) FROM participants WHERE certificate IS NOT NULL");

  /* One step back: the participant, their ticks, their ideas. */
  undo (f);
  g_assert_true (kolo_idea_get_participant (mine) == olena);
  g_assert_cmpstr (kolo_idea_get_author (also_mine), ==, "Олена Коваль");
  g_assert_cmpuint (kolo_participant_get_days_attended (olena), ==, 1);
  g_assert_cmpstr (kolo_participant_get_certificate (olena), ==, "ХОУНБ-2013-007");
  assert_db (f, "2", "SELECT count(*) FROM ideas WHERE participant_id = %" G_GINT64_FORMAT,
             kolo_participant_get_id (olena));
  assert_db (f, "1", "SELECT count(*) FROM attendance");
  redo (f);
  g_assert_null (kolo_idea_get_author (mine));
  undo (f);

  reopen (f);
  olena = kolo_test_item (people (f), 0);
  mine = kolo_test_item (kolo_board_get_ideas (f->board), 0);
  g_assert_true (kolo_idea_get_participant (mine) == olena);
  g_assert_cmpstr (kolo_participant_get_certificate (olena), ==, "ХОУНБ-2013-007");
}

/* Role-plays -------------------------------------------------------------- */

/* Every play_roles row, by play, group and place, with the player's name:
 * what undo must bring back exactly (the participant's row ID changes). */
#define PLAY_ROLES_SQL \
  "SELECT group_concat (x, ' | ') FROM" \
  " (SELECT r.play_id || ':' || p.name || ':' || r.grp || ':' || r.position || ':' ||" \
  "         quote (r.brief) || ':' || quote (r.role) AS x" \
  "    FROM play_roles r JOIN participants p ON p.id = r.participant_id" \
  "   ORDER BY r.play_id, r.grp, r.position)"

static KoloCard *
add_situation (KoloDeck   *deck,
               const char *title)
{
  static const char * const roles[] = { "Читач", "", NULL };
  static const char * const texts[] = { "Ви сердитеся.", "Ви на зміні.", NULL };
  g_autoptr(KoloCard) card = kolo_card_new (KOLO_CARD_SITUATION, title);
  g_autoptr(GError) error = NULL;

  g_assert_true (kolo_card_set_briefs (card, roles, texts, &error));
  g_assert_no_error (error);
  g_assert_true (kolo_deck_insert_card (deck, G_MAXUINT, card, &error));
  g_assert_no_error (error);
  /* The deck holds it now. */
  return card;
}

static KoloPlay *
play_card (Fixture            *f,
           KoloDeck           *deck,
           KoloCard           *card,
           KoloRoleAssignment *roles)
{
  g_autoptr(GError) error = NULL;
  KoloPlay *play = kolo_deck_pick (deck, f->event, card, &error);

  g_assert_no_error (error);
  g_assert_true (kolo_play_set_roles (play, roles, &error));
  g_assert_no_error (error);
  return play;
}

/* Undoing a participant's removal brings back what they played: the same
 * plays, groups, places in the group, briefs and roles. */
static void
test_remove_play_roles_undo (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoloDeck) deck = kolo_deck_new ("Колода");
  g_autoptr(KoloRoleAssignment) first = NULL;
  g_autoptr(KoloRoleAssignment) second = NULL;
  g_autoptr(KoloPlay) play1 = NULL;
  g_autoptr(KoloPlay) play2 = NULL;
  g_autoptr(GPtrArray) plays = NULL;
  g_autofree char *before = NULL;
  g_autofree char *removed = NULL;
  g_autofree char *after = NULL;
  KoloParticipant *anna, *bohdan, *vira, *halyna;
  KoloRoleAssignment *recorded;
  KoloCard *fine, *noise;
  gint64 old_id;

  fine = add_situation (deck, "Штраф");
  noise = add_situation (deck, "Гамір");
  g_assert_true (kolo_store_insert_deck (f->store, deck, &error));
  g_assert_no_error (error);

  anna = add (f, "Анна", "ОУНБ", "");
  bohdan = add (f, "Богдан", "ЦБС", "");
  vira = add (f, "Віра", "ЦБС", "");
  halyna = add (f, "Галина", "ОУНБ", "");

  /* Віра has a brief without a role name in the middle of a group, and
   * observes in another play. */
  first = kolo_role_assignment_new (fine, f->event);
  g_assert_true (kolo_role_assignment_add (first, 0, anna, 0, &error));
  g_assert_true (kolo_role_assignment_add (first, 0, vira, 1, &error));
  g_assert_true (kolo_role_assignment_add (first, 0, bohdan, -1, &error));
  g_assert_true (kolo_role_assignment_add (first, 1, halyna, 0, &error));
  g_assert_no_error (error);
  play1 = play_card (f, deck, fine, first);
  second = kolo_role_assignment_new (noise, f->event);
  g_assert_true (kolo_role_assignment_add (second, 0, vira, -1, &error));
  g_assert_true (kolo_role_assignment_add (second, 0, anna, 1, &error));
  g_assert_no_error (error);
  play2 = play_card (f, deck, noise, second);

  before = kolo_test_db_text (f->path, PLAY_ROLES_SQL);
  g_assert_nonnull (strstr (before, ":Віра:0:1:1:''"));
  g_assert_nonnull (strstr (before, ":Віра:0:0:NULL:NULL"));
  assert_db (f, "3", "SELECT count(*) FROM play_roles r JOIN participants p"
                     " ON p.id = r.participant_id WHERE p.name <> 'Віра'"
                     " AND r.play_id = %" G_GINT64_FORMAT, kolo_play_get_id (play1));

  old_id = kolo_participant_get_id (vira);
  g_assert_true (kolo_event_remove_participant (f->event, vira, &error));
  g_assert_no_error (error);
  assert_db (f, "0", "SELECT count(*) FROM play_roles WHERE participant_id = %" G_GINT64_FORMAT,
             old_id);
  removed = kolo_test_db_text (f->path, PLAY_ROLES_SQL);
  g_assert_null (strstr (removed, "Віра"));

  undo (f);
  g_assert_true (kolo_participant_get_event (vira) == f->event);
  after = kolo_test_db_text (f->path, PLAY_ROLES_SQL);
  g_assert_cmpstr (after, ==, before);
  assert_db (f, "2", "SELECT count(*) FROM play_roles WHERE participant_id = %" G_GINT64_FORMAT,
             kolo_participant_get_id (vira));

  /* The record of plays has her back, where she was. */
  plays = kolo_event_get_plays (f->event, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plays->len, ==, 2);
  recorded = kolo_play_get_roles (plays->pdata[0]);
  g_assert_cmpuint (kolo_role_assignment_get_n_players (recorded, 0), ==, 3);
  g_assert_true (kolo_role_assignment_get_player (recorded, 0, 1) == vira);
  g_assert_cmpint (kolo_role_assignment_get_brief (recorded, 0, 1), ==, 1);
  g_assert_cmpstr (kolo_role_assignment_get_role (recorded, 0, 1), ==, "");
  recorded = kolo_play_get_roles (plays->pdata[1]);
  g_assert_true (kolo_role_assignment_get_player (recorded, 0, 0) == vira);
  g_assert_cmpint (kolo_role_assignment_get_brief (recorded, 0, 0), ==, -1);
  g_assert_null (kolo_role_assignment_get_role (recorded, 0, 0));
  g_clear_pointer (&plays, g_ptr_array_unref);

  /* Redone and undone again, and after a restart, the same. */
  redo (f);
  g_free (after);
  after = kolo_test_db_text (f->path, PLAY_ROLES_SQL);
  g_assert_cmpstr (after, ==, removed);
  undo (f);
  g_free (after);
  after = kolo_test_db_text (f->path, PLAY_ROLES_SQL);
  g_assert_cmpstr (after, ==, before);

  g_clear_object (&play1);
  g_clear_object (&play2);
  g_clear_pointer (&first, kolo_role_assignment_unref);
  g_clear_pointer (&second, kolo_role_assignment_unref);
  reopen (f);
  g_free (after);
  after = kolo_test_db_text (f->path, PLAY_ROLES_SQL);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (f->write_failed, ==, 0);
}

/* Ideas' participants ----------------------------------------------------- */

static void
test_idea_link (Fixture       *f,
                gconstpointer  data)
{
  KoloParticipant *olena = add (f, "Олена", "", "");
  KoloParticipant *petro = add (f, "Петро", "", "");
  KoloIdea *idea;
  guint author_notified = 0;

  idea = add_idea (f, "Усмішка");
  kolo_idea_set_author (idea, "Оля");
  kolo_history_clear (history (f));
  g_signal_connect (idea, "notify::author", G_CALLBACK (kolo_test_count_notify_cb),
                    &author_notified);

  /* Linked, the author is the participant's name, whatever it becomes. */
  kolo_idea_set_participant (idea, olena);
  g_assert_true (kolo_idea_get_participant (idea) == olena);
  g_assert_cmpstr (kolo_idea_get_author (idea), ==, "Олена");
  assert_db (f, "NULL", "SELECT author FROM ideas WHERE id = %" G_GINT64_FORMAT,
             kolo_idea_get_id (idea));
  author_notified = 0;
  kolo_participant_set_name (olena, "Олена Коваль");
  g_assert_cmpuint (author_notified, ==, 1);
  g_assert_cmpstr (kolo_idea_get_author (idea), ==, "Олена Коваль");

  /* Undo gives the typed author back. */
  undo (f);
  undo (f);
  g_assert_null (kolo_idea_get_participant (idea));
  g_assert_cmpstr (kolo_idea_get_author (idea), ==, "Оля");
  assert_db (f, "Оля|NULL", "SELECT author || '|' || ifnull (participant_id, 'NULL') FROM ideas"
             " WHERE id = %" G_GINT64_FORMAT, kolo_idea_get_id (idea));
  redo (f);
  g_assert_true (kolo_idea_get_participant (idea) == olena);

  /* Another participant; then a typed name unlinks, in one step. */
  kolo_idea_set_participant (idea, petro);
  g_assert_cmpstr (kolo_idea_get_author (idea), ==, "Петро");
  kolo_idea_set_author (idea, "Петро");
  g_assert_true (kolo_idea_get_participant (idea) == petro);
  kolo_idea_set_author (idea, "Хтось");
  g_assert_null (kolo_idea_get_participant (idea));
  g_assert_cmpstr (kolo_idea_get_author (idea), ==, "Хтось");
  undo (f);
  g_assert_true (kolo_idea_get_participant (idea) == petro);
  assert_db (f, "NULL", "SELECT author FROM ideas WHERE id = %" G_GINT64_FORMAT,
             kolo_idea_get_id (idea));
  undo (f);
  g_assert_true (kolo_idea_get_participant (idea) == olena);

  /* Unlinked, an idea has no author. */
  kolo_idea_set_participant (idea, NULL);
  g_assert_null (kolo_idea_get_author (idea));
  undo (f);

  reopen (f);
  idea = kolo_test_item (kolo_board_get_ideas (f->board), 0);
  g_assert_true (kolo_idea_get_participant (idea) == kolo_test_item (people (f), 0));
  g_assert_cmpstr (kolo_idea_get_author (idea), ==, "Олена");

  /* A typed name finds its participant, case, spacing and apostrophes aside. */
  olena = kolo_test_item (people (f), 0);
  kolo_participant_set_name (olena, "Мар’яна  Коваль");
  g_assert_true (kolo_event_find_participant (f->event, " мар'яна коваль") == olena);
  g_assert_true (kolo_event_find_participant (f->event, "ПЕТРО") == kolo_test_item (people (f), 1));
  g_assert_null (kolo_event_find_participant (f->event, "Мар’яна"));
  g_assert_null (kolo_event_find_participant (f->event, " ,"));
}

/* An anonymous board keeps no authors: no links either. */
static void
test_idea_link_anonymous (Fixture       *f,
                          gconstpointer  data)
{
  KoloParticipant *olena = add (f, "Олена", "", "");
  KoloIdea *linked = add_idea (f, "Усмішка");
  KoloIdea *typed = add_idea (f, "Швидкість");

  kolo_idea_set_participant (linked, olena);
  kolo_idea_set_author (typed, "Петро");
  kolo_history_clear (history (f));

  kolo_board_set_anonymous (f->board, TRUE);
  g_assert_null (kolo_idea_get_participant (linked));
  g_assert_null (kolo_idea_get_author (linked));
  g_assert_null (kolo_idea_get_author (typed));
  assert_db (f, "0", "SELECT count(*) FROM ideas WHERE participant_id IS NOT NULL"
             " OR author IS NOT NULL");
  kolo_idea_set_participant (linked, olena);
  g_assert_null (kolo_idea_get_participant (linked));
  g_assert_false (kolo_history_get_can_redo (history (f)));

  /* One step brings back the links and the authors. */
  undo (f);
  g_assert_false (kolo_history_get_can_undo (history (f)));
  g_assert_false (kolo_board_get_anonymous (f->board));
  g_assert_true (kolo_idea_get_participant (linked) == olena);
  g_assert_cmpstr (kolo_idea_get_author (typed), ==, "Петро");
  assert_db (f, "1", "SELECT count(*) FROM ideas WHERE participant_id = %" G_GINT64_FORMAT,
             kolo_participant_get_id (olena));
  redo (f);
  g_assert_null (kolo_idea_get_participant (linked));

  reopen (f);
  g_assert_null (kolo_idea_get_participant (kolo_test_item (kolo_board_get_ideas (f->board), 0)));
}

/* Refused writes ---------------------------------------------------------- */

static void
test_refused_write_changes_nothing (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(KoloParticipant) refused = kolo_participant_new ("Ні");
  g_autoptr(GPtrArray) many = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  KoloParticipant *olena = add (f, "Олена", "", "");
  KoloIdea *idea = add_idea (f, "Усмішка");
  KoloDay *first = day (f, 0);

  kolo_history_clear (history (f));
  kolo_test_db_exec (f->path, "CREATE TRIGGER no_new BEFORE INSERT ON participants"
                              " BEGIN SELECT RAISE (ABORT, 'no more'); END;"
                              "CREATE TRIGGER no_change BEFORE UPDATE ON participants"
                              " BEGIN SELECT RAISE (ABORT, 'frozen'); END;"
                              "CREATE TRIGGER no_delete BEFORE DELETE ON participants"
                              " BEGIN SELECT RAISE (ABORT, 'kept'); END;"
                              "CREATE TRIGGER no_tick BEFORE INSERT ON attendance"
                              " BEGIN SELECT RAISE (ABORT, 'no ticks'); END;"
                              "CREATE TRIGGER no_link BEFORE UPDATE ON ideas"
                              " BEGIN SELECT RAISE (ABORT, 'no links'); END;");

  g_assert_false (kolo_event_insert_participant (f->event, 0, refused, &error));
  g_assert_error (error, KOLO_STORE_ERROR, KOLO_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (kolo_participant_get_id (refused), ==, 0);
  g_assert_null (kolo_participant_get_event (refused));
  assert_names (f, "Олена");

  g_ptr_array_add (many, kolo_participant_new ("Перший"));
  g_assert_false (kolo_event_add_participants (f->event, many, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  assert_names (f, "Олена");

  g_assert_false (kolo_event_remove_participant (f->event, olena, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  assert_names (f, "Олена");
  g_assert_true (kolo_participant_get_event (olena) == f->event);

  g_assert_false (kolo_event_set_attendance (f->event, first, NULL, TRUE, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (kolo_participant_get_attended (olena, first));

  /* Setters report through write-failed and keep the stored value. */
  kolo_participant_set_attended (olena, first, TRUE);
  kolo_participant_set_gender (olena, KOLO_GENDER_MASCULINE);
  kolo_idea_set_participant (idea, olena);
  g_assert_cmpuint (f->write_failed, ==, 3);
  g_assert_false (kolo_participant_get_attended (olena, first));
  g_assert_cmpint (kolo_participant_get_gender (olena), ==, KOLO_GENDER_UNKNOWN);
  g_assert_null (kolo_idea_get_participant (idea));
  g_assert_false (kolo_history_get_can_undo (history (f)));

  reopen (f);
  assert_names (f, "Олена");
  g_assert_cmpuint (kolo_participant_get_days_attended (kolo_test_item (people (f), 0)), ==, 0);
}

/* Positions with gaps, as another program might leave them, are read in
 * their order and renumbered. */
static void
test_lazy_load (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *sql = NULL;

  close_event (f);
  sql = g_strdup_printf ("INSERT INTO participants (event_id, position, name) VALUES"
                         " (%1$" G_GINT64_FORMAT ", 9, 'В'), (%1$" G_GINT64_FORMAT ", 2, 'А'),"
                         " (%1$" G_GINT64_FORMAT ", 5, 'Б');", f->id);
  kolo_test_db_exec (f->path, sql);
  open_event (f);
  assert_names (f, "А|Б|В");
  assert_db (f, "0|1|2", "SELECT group_concat (position, '|')"
             " FROM (SELECT position FROM participants ORDER BY position)");
}

int
main (int    argc,
      char **argv)
{
  kolo_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/kolo/participants/add-edit-delete", test_add_edit_delete);
  ADD ("/kolo/participants/plain-text", test_plain_text);
  ADD ("/kolo/participants/attendance", test_attendance);
  ADD ("/kolo/participants/attendance-day-removed", test_attendance_day_removed);
  ADD ("/kolo/participants/attendance-batch", test_attendance_batch);
  ADD ("/kolo/participants/copy-from-event", test_copy_from_event);
  ADD ("/kolo/participants/add-many", test_add_many);
  ADD ("/kolo/participants/duplicate-has-none", test_duplicate_has_none);
  ADD ("/kolo/participants/remove-everywhere", test_remove_everywhere);
  ADD ("/kolo/participants/remove-play-roles-undo", test_remove_play_roles_undo);
  ADD ("/kolo/participants/idea-link", test_idea_link);
  ADD ("/kolo/participants/idea-link-anonymous", test_idea_link_anonymous);
  ADD ("/kolo/participants/refused-write-changes-nothing", test_refused_write_changes_nothing);
  ADD ("/kolo/participants/lazy-load", test_lazy_load);

#undef ADD

  return g_test_run ();
}
