/* test-cli.c — kolo-cli end to end: every command run as a process, its
 * standard output, standard error and exit status checked exactly
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "kolo-test-util.h"

/* Fixture: a fresh folder per test; kolo-cli runs in it, so file names in
 * commands and in messages are short and exact.  "kolo.db" is the database
 * most tests pass with --db. */
typedef struct
{
  char *dir;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = kolo_test_make_dir ();
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  kolo_test_remove_dir (f->dir);
  g_free (f->dir);
}

static char *
fixture_path (Fixture    *f,
              const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static gboolean
fixture_has (Fixture    *f,
             const char *name)
{
  g_autofree char *path = fixture_path (f, name);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static void
fixture_write (Fixture    *f,
               const char *name,
               const char *text)
{
  g_autofree char *path = fixture_path (f, name);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

static char *
fixture_read (Fixture    *f,
              const char *name)
{
  g_autofree char *path = fixture_path (f, name);

  return kolo_test_read_file (path, NULL);
}

static char *
fixture_checksum (Fixture    *f,
                  const char *name)
{
  g_autofree char *path = fixture_path (f, name);

  return kolo_test_checksum (path);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The folder's file names, sorted and joined by spaces: a check that no
 * temporary or journal file is left behind. */
static char *
fixture_listing (Fixture *f)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, (char *) name);
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* Running kolo-cli ---------------------------------------------------------- */

typedef struct
{
  char *out;
  char *err;
  int   status;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
  run->status = -1;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Empty output may come as NULL data; it is "" here. */
static char *
bytes_to_string (GBytes *bytes)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);

  return size > 0 ? g_strndup (data, size) : g_strdup ("");
}

/* Runs kolo-cli with @args in the fixture's folder.  @env changes the
 * test's environment: "NAME=VALUE" sets, a bare "NAME" unsets. */
static void
run_argv (Fixture            *f,
          const char * const *env,
          GPtrArray          *args,
          Run                *run)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  const char *cli = g_getenv ("KOLO_CLI");

  if (cli == NULL)
    g_error ("KOLO_CLI does not name kolo-cli: run this test with “meson test”");
  run_clear (run);

  for (guint i = 0; env != NULL && env[i] != NULL; i++)
    {
      const char *eq = strchr (env[i], '=');

      if (eq == NULL)
        envp = g_environ_unsetenv (envp, env[i]);
      else
        {
          g_autofree char *name = g_strndup (env[i], eq - env[i]);
          envp = g_environ_setenv (envp, name, eq + 1, TRUE);
        }
    }

  g_ptr_array_add (argv, (char *) cli);
  for (guint i = 0; i < args->len; i++)
    g_ptr_array_add (argv, args->pdata[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_environ (launcher, envp);
  g_subprocess_launcher_set_cwd (launcher, f->dir);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);

  run->out = bytes_to_string (out);
  run->err = bytes_to_string (err);

  /* A crash (a critical under G_DEBUG=fatal-warnings, a sanitizer abort)
   * is never an exit status a test expects. */
  if (g_subprocess_get_if_exited (process))
    run->status = g_subprocess_get_exit_status (process);
  else
    {
      run->status = 128 + g_subprocess_get_term_sig (process);
      g_test_fail_printf ("kolo-cli %s was killed by signal %d; stderr:\n%s",
                          (const char *) argv->pdata[1], g_subprocess_get_term_sig (process),
                          run->err);
    }
}

static void
run_va (Fixture            *f,
        const char * const *env,
        gboolean            with_db,
        Run                *run,
        const char         *first,
        va_list             args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  if (with_db)
    {
      g_ptr_array_add (argv, (char *) "--db");
      g_ptr_array_add (argv, (char *) "kolo.db");
    }
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);

  run_argv (f, env, argv, run);
}

/* kolo-cli --db kolo.db ARGS… */
static void G_GNUC_NULL_TERMINATED
kolo (Fixture    *f,
      Run        *run,
      const char *first,
      ...)
{
  va_list args;

  va_start (args, first);
  run_va (f, NULL, TRUE, run, first, args);
  va_end (args);
}

/* kolo-cli ARGS… with @env, and no --db unless ARGS have one */
static void G_GNUC_NULL_TERMINATED
kolo_env (Fixture            *f,
          const char * const *env,
          Run                *run,
          const char         *first,
          ...)
{
  va_list args;

  va_start (args, first);
  run_va (f, env, FALSE, run, first, args);
  va_end (args);
}

/* Stderr first: when something fails, its message says the most. */
#define assert_run(run, status_, out_, err_) G_STMT_START { \
    g_assert_cmpstr ((run)->err, ==, (err_)); \
    g_assert_cmpstr ((run)->out, ==, (out_)); \
    g_assert_cmpint ((run)->status, ==, (status_)); \
  } G_STMT_END

#define assert_ok(run, out_) assert_run (run, 0, out_, "")

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; (p = strchr (p, '\n')) != NULL; p++)
    n++;
  return n;
}

/* A failure (exit status 1) whose message, one line, names @needle: for
 * messages that come from GLib or the C library and vary between versions. */
#define assert_failed_line(run, needle) G_STMT_START { \
    g_assert_true (g_str_has_prefix ((run)->err, "kolo-cli: ")); \
    g_assert_true (g_str_has_suffix ((run)->err, "\n")); \
    g_assert_cmpuint (count_lines ((run)->err), ==, 1); \
    g_assert_nonnull (strstr ((run)->err, (needle))); \
    g_assert_cmpstr ((run)->out, ==, ""); \
    g_assert_cmpint ((run)->status, ==, 1); \
  } G_STMT_END

/* Creates an event in kolo.db and returns its ID. */
static gint64
new_event (Fixture    *f,
           const char *template,
           const char *title,
           const char *start)
{
  g_auto(Run) run = { 0 };
  gint64 id = 0;

  if (title != NULL)
    kolo (f, &run, "new-event", "--template", template, "--title", title, "--start", start, NULL);
  else
    kolo (f, &run, "new-event", "--template", template, "--start", start, NULL);

  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_suffix (run.out, "\n"));
  g_assert_true (g_ascii_string_to_signed (g_strchomp (run.out), 10, 1, G_MAXINT64, &id, NULL));
  return id;
}

/* Texts ------------------------------------------------------------------- */

#define USAGE \
  "Usage: kolo-cli [--db PATH] COMMAND [ARGUMENTS…]\n" \
  "\n" \
  "Work with Kolo’s events, agendas and templates from the command line.\n" \
  "\n" \
  "Commands:\n" \
  "  templates\n" \
  "      List the templates: NAME⇥TITLE\n" \
  "  events [--archived]\n" \
  "      List the events, newest first: ID⇥FIRST-DAY⇥LAST-DAY⇥CITY⇥TITLE; " \
  "with --archived, the archived ones\n" \
  "  search TEXT\n" \
  "      List the events that contain every word of TEXT, as “events” does\n" \
  "  new-event --template NAME|FILE --start YYYY-MM-DD [--title TITLE]\n" \
  "      Create an event from a template and print its ID\n" \
  "  show-event ID\n" \
  "      Print an event’s agenda with clock times\n" \
  "  duplicate-event ID\n" \
  "      Copy an event with its agenda and print the copy’s ID\n" \
  "  archive-event ID\n" \
  "      Archive an event\n" \
  "  unarchive-event ID\n" \
  "      Bring an event back from the archive\n" \
  "  delete-event ID\n" \
  "      Delete an event and everything in it\n" \
  "  export-event ID [--no-personal-data] -o FILE\n" \
  "      Write an event as a kolo-event file; with --no-personal-data, without its " \
  "participants and the ideas’ authors\n" \
  "  export-template ID -o FILE\n" \
  "      Write an event’s agenda as a kolo-template file\n" \
  "  print-agenda ID -o FILE.pdf\n" \
  "      Write an event’s agenda as a print-ready PDF handout for the participants\n" \
  "  save-template ID\n" \
  "      Save an event’s agenda as a template and print its name\n" \
  "  boards ID\n" \
  "      List an event’s brainstorm boards: BOARD⇥IDEAS⇥QUESTION\n" \
  "  export-board BOARD -f md|csv|png -o FILE\n" \
  "      Write a board’s ideas as Markdown, CSV or a PNG image\n" \
  "  decks\n" \
  "      List the role-play card decks: DECK⇥CARDS⇥TITLE\n" \
  "  export-deck DECK -o FILE\n" \
  "      Write a deck as a kolo-deck file\n" \
  "  print-deck DECK [--event ID] -o FILE.pdf\n" \
  "      Write a deck’s cards as a PDF to print and cut out; with --event, only the cards " \
  "drawn in that event, with the players’ names\n" \
  "  participants ID\n" \
  "      List an event’s participants: PID⇥NAME⇥INSTITUTION⇥CITY\n" \
  "  import-participants ID FILE.csv\n" \
  "      Add the participants in a CSV file to an event and print how many were added\n" \
  "  export-participants ID -o FILE.csv\n" \
  "      Write an event’s participants as a CSV file for spreadsheets\n" \
  "  attend ID --day N (--all | PID…)\n" \
  "      Mark the participants (or all of them) as present on day N, counted from 1\n" \
  "  print-certificates ID -o FILE.pdf\n" \
  "      Write the certificates of the participants who attended enough days as a " \
  "print-ready PDF, giving the numbers that are missing\n" \
  "  print-signin ID --day N -o FILE.pdf\n" \
  "      Write day N’s sign-in sheet as a print-ready PDF\n" \
  "  import FILE\n" \
  "      Import a Kolo file of any format and print the new ID or NAME\n" \
  "  backup FILE\n" \
  "      Write a consistent copy of the whole database\n" \
  "\n" \
  "Options:\n" \
  "  --db PATH   Use the database at PATH instead of your own (KOLO_DB does the same)\n" \
  "  -o -        Write to standard output instead of a file\n" \
  "  --help      Show this help; COMMAND --help shows a command’s own\n" \
  "  --version   Show Kolo’s version\n" \
  "\n" \
  "Lists are tab-separated, one row per line, for scripts. Exit status: 0 done, " \
  "1 failed (nothing changed), 2 wrong command line.\n"


#define TEMPLATE_TITLE "Орієнтація на клієнта"

/* `show-event` of the shipped template started on 2013-11-11, in English.
 * The clock times are checked against the template's minutes in
 * test_show_event_clock_times(). */
static const char agenda_en[] =
  TEMPLATE_TITLE "\n"
  "11–12 November 2013\n"
  "\n"
  "Day 1: Monday, 11 November 2013, 10:00–17:15 (7 h 15 min)\n"
  "\n"
  "  Module “Складові якісного обслуговування в бібліотеках”, 10:00–17:15 (7 h 15 min)\n"
  "    10:00–10:15  Відкриття тренінгу · Other\n"
  "    10:15–10:50  Знайомство: ім’я, бібліотека і книжка, яку я раджу · Exercise\n"
  "    10:50–11:10  Очікування та правила роботи групи · Discussion\n"
  "    11:10–11:40  Що таке якісне обслуговування? · Brainstorm\n"
  "    11:40–12:00  Кава-пауза · Break\n"
  "    12:00–12:30  Складові якісного обслуговування в бібліотеці · Input\n"
  "    12:30–13:30  Бібліотека очима відвідувача · Exercise\n"
  "    13:30–14:30  Обід · Lunch\n"
  "    14:30–14:40  Руханка «Сонце світить для тих, хто…» · Exercise\n"
  "    14:40–15:00  Перший контакт: слова, інтонація, жести · Input\n"
  "    15:00–15:50  Рольова гра «Біля кафедри видачі» · Role-play\n"
  "    15:50–16:05  Кава-пауза · Break\n"
  "    16:05–16:50  Обмін досвідом: що вже працює в наших бібліотеках · Discussion\n"
  "    16:50–17:15  Підсумки першого дня · Feedback\n"
  "\n"
  "Day 2: Tuesday, 12 November 2013, 10:00–17:20 (7 h 20 min)\n"
  "\n"
  "  Module “Робота з «трудними» та конфліктними ситуаціями”, 10:00–17:20 (7 h 20 min)\n"
  "    10:00–10:20  Ранкове коло «Погода в душі» · Exercise\n"
  "    10:20–10:45  Хто такий «трудний» відвідувач? · Brainstorm\n"
  "    10:45–11:20  Обмін досвідом: ситуація, яку я пам’ятаю досі · Discussion\n"
  "    11:20–11:45  Конфлікт у бібліотеці: причини, стадії, стилі поведінки · Input\n"
  "    11:45–12:05  Кава-пауза · Break\n"
  "    12:05–12:50  Активне слухання · Exercise\n"
  "    12:50–13:30  Я-висловлювання · Exercise\n"
  "    13:30–14:30  Обід · Lunch\n"
  "    14:30–14:45  П’ять кроків розмови з незадоволеним відвідувачем · Input\n"
  "    14:45–16:00  Рольові ігри: складні ситуації з відвідувачами · Role-play\n"
  "    16:00–16:15  Кава-пауза · Break\n"
  "    16:15–16:40  Емоційна саморегуляція: як відновитися після важкої розмови · Exercise\n"
  "    16:40–17:05  Підсумки тренінгу та зворотний зв’язок · Feedback\n"
  "    17:05–17:20  Вручення сертифікатів · Other\n"
  "\n"
  "2 days, 14 h 35 min in all\n";

/* A small template in the files' own layout, so that export gives back the
 * same bytes. */
static const char small_template[] =
  "{\n"
  "  \"format\": \"kolo-template\",\n"
  "  \"version\": 3,\n"
  "  \"title\": \"Коротка зустріч\",\n"
  "  \"days\": [\n"
  "    {\n"
  "      \"start\": \"09:00\",\n"
  "      \"modules\": [\n"
  "        {\n"
  "          \"title\": \"Знайомство\",\n"
  "          \"activities\": [\n"
  "            {\n"
  "              \"kind\": \"exercise\",\n"
  "              \"title\": \"Коло імен\",\n"
  "              \"minutes\": 30\n"
  "            }\n"
  "          ]\n"
  "        }\n"
  "      ]\n"
  "    }\n"
  "  ]\n"
  "}\n";

/* An event with every detail, a day that runs past its end, a day with
 * nothing planned, and a gap between the days. */
static const char detailed_event[] =
  "{\n"
  "  \"format\": \"kolo-event\",\n"
  "  \"version\": 1,\n"
  "  \"title\": \"Служба «Вітаємо»\",\n"
  "  \"venue\": \"Обласна бібліотека, зала 2\",\n"
  "  \"city\": \"Житомир\",\n"
  "  \"organizer\": \"ГО «Коло»\",\n"
  "  \"trainers\": [\"Оксана Мельник\", \"Мар’яна Коваль\"],\n"
  "  \"days\": [\n"
  "    {\"date\": \"2013-11-29\", \"start\": \"09:30\", \"end\": \"10:30\", \"modules\": [\n"
  "      {\"title\": \"Вступ\", \"activities\": [\n"
  "        {\"kind\": \"input\", \"title\": \"Привітання\", \"minutes\": 45},\n"
  "        {\"kind\": \"break\", \"title\": \"Кава\", \"minutes\": 30}]},\n"
  "      {\"title\": \"Практика\", \"activities\": [\n"
  "        {\"kind\": \"role-play\", \"title\": \"Сценки\", \"minutes\": 90}]}]},\n"
  "    {\"date\": \"2013-12-02\", \"start\": \"10:00\", \"modules\": []}\n"
  "  ]\n"
  "}\n";

static const char detailed_agenda_en[] =
  "Служба «Вітаємо»\n"
  "29 November – 2 December 2013, Житомир, Обласна бібліотека, зала 2\n"
  "Organizer: ГО «Коло»\n"
  "Trainers: Оксана Мельник, Мар’яна Коваль\n"
  "\n"
  "Day 1: Friday, 29 November 2013, 09:30–12:15 (2 h 45 min)\n"
  "  ! the agenda runs 1 h 45 min past the day’s end at 10:30\n"
  "\n"
  "  Module “Вступ”, 09:30–10:45 (1 h 15 min)\n"
  "    09:30–10:15  Привітання · Input\n"
  "    10:15–10:45  Кава · Break\n"
  "\n"
  "  Module “Практика”, 10:45–12:15 (1 h 30 min)\n"
  "    10:45–12:15  Сценки · Role-play\n"
  "\n"
  "Day 2: Monday, 2 December 2013, 10:00–10:00 (0 min)\n"
  "  (nothing planned yet)\n"
  "\n"
  "2 days, 2 h 45 min in all\n";

#define MINUTES_PROBLEM "expected a whole number of minutes from 1 to 600"

/* Help, version and the command line -------------------------------------- */

static void
test_help (Fixture       *f,
           gconstpointer  data)
{
  static const char * const forms[] = { "--help", "-h", "help" };
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GPtrArray) db_only = g_ptr_array_new ();
  g_auto(Run) run = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      kolo_env (f, NULL, &run, forms[i], NULL);
      assert_ok (&run, USAGE);
    }

  /* With no command at all, the same text goes to stderr, and it is a
   * wrong command line. */
  run_argv (f, NULL, none, &run);
  assert_run (&run, 2, "", USAGE);
  g_ptr_array_add (db_only, (char *) "--db");
  g_ptr_array_add (db_only, (char *) "kolo.db");
  run_argv (f, NULL, db_only, &run);
  assert_run (&run, 2, "", USAGE);

  /* None of this touches a database. */
  g_assert_false (fixture_has (f, "kolo.db"));
}

static void
test_help_command (Fixture       *f,
                   gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  kolo (f, &run, "show-event", "--help", NULL);
  assert_ok (&run,
             "Usage: kolo-cli [--db PATH] show-event ID\n"
             "Print an event’s agenda with clock times\n");

  kolo (f, &run, "new-event", "--help", NULL);
  assert_ok (&run,
             "Usage: kolo-cli [--db PATH] new-event --template NAME|FILE --start YYYY-MM-DD "
             "[--title TITLE]\n"
             "Create an event from a template and print its ID\n");

  /* -h too, anywhere after the command, even with other arguments. */
  kolo (f, &run, "export-event", "1", "-o", "x.json", "-h", NULL);
  assert_ok (&run,
             "Usage: kolo-cli [--db PATH] export-event ID [--no-personal-data] -o FILE\n"
             "Write an event as a kolo-event file; with --no-personal-data, without its "
             "participants and the ideas’ authors\n");

  kolo (f, &run, "print-deck", "--help", NULL);
  assert_ok (&run,
             "Usage: kolo-cli [--db PATH] print-deck DECK [--event ID] -o FILE.pdf\n"
             "Write a deck’s cards as a PDF to print and cut out; with --event, only the cards "
             "drawn in that event, with the players’ names\n");

  g_assert_false (fixture_has (f, "kolo.db"));
  g_assert_false (fixture_has (f, "x.json"));
}

static void
test_version (Fixture       *f,
              gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  kolo_env (f, NULL, &run, "--version", NULL);
  assert_ok (&run, "kolo-cli " PACKAGE_VERSION "\n");
}

/* A command line kolo-cli refuses (exit status 2) with @err alone. */
typedef struct
{
  const char *args[8];
  const char *err;
} UsageError;

/* Runs kolo-cli --db kolo.db ARGS… for each of @cases. */
static void
assert_usage_errors (Fixture          *f,
                     const UsageError *cases,
                     gsize             n_cases)
{
  g_auto(Run) run = { 0 };

  for (gsize i = 0; i < n_cases; i++)
    {
      g_autoptr(GPtrArray) argv = g_ptr_array_new ();
      g_autofree char *line = NULL;

      g_ptr_array_add (argv, (char *) "--db");
      g_ptr_array_add (argv, (char *) "kolo.db");
      for (guint a = 0; cases[i].args[a] != NULL; a++)
        g_ptr_array_add (argv, (char *) cases[i].args[a]);

      line = g_strjoinv (" ", (char **) cases[i].args);
      g_test_message ("kolo-cli %s", line);
      run_argv (f, NULL, argv, &run);
      assert_run (&run, 2, "", cases[i].err);
    }
}

static void
test_usage_errors (Fixture       *f,
                   gconstpointer  data)
{
  static const UsageError cases[] = {
    { { "frob" }, "kolo-cli: “frob” is not a command\n" },
    { { "--frob" }, "kolo-cli: “--frob” is not a command\n" },
    { { "show-event", "abc" },
      "kolo-cli: show-event: “abc” is not an ID (a positive whole number)\n" },
    { { "show-event", "0" }, "kolo-cli: show-event: “0” is not an ID (a positive whole number)\n" },
    { { "show-event", "1x" }, "kolo-cli: show-event: “1x” is not an ID (a positive whole number)\n" },
    { { "archive-event", "-3" }, "kolo-cli: archive-event: unknown option “-3”\n" },
    { { "show-event" }, "kolo-cli: show-event: usage: kolo-cli show-event ID\n" },
    { { "show-event", "1", "2" }, "kolo-cli: show-event: usage: kolo-cli show-event ID\n" },
    { { "events", "--frob" }, "kolo-cli: events: unknown option “--frob”\n" },
    { { "templates", "extra" }, "kolo-cli: templates: usage: kolo-cli templates\n" },
    { { "export-event", "1" },
      "kolo-cli: export-event: say where to write with -o FILE (or -o - for standard output)\n" },
    { { "export-template", "1", "-o" }, "kolo-cli: export-template: option “-o” needs a value\n" },
    { { "new-event", "--start", "2013-11-11" },
      "kolo-cli: new-event: usage: kolo-cli new-event --template NAME|FILE --start YYYY-MM-DD "
      "[--title TITLE]\n" },
    { { "new-event", "--template", "client-orientation" },
      "kolo-cli: new-event: usage: kolo-cli new-event --template NAME|FILE --start YYYY-MM-DD "
      "[--title TITLE]\n" },
    { { "new-event", "--template", "client-orientation", "--start", "11.11.2013" },
      "kolo-cli: new-event: “11.11.2013” is not a date like 2013-11-11\n" },
    { { "new-event", "--template", "client-orientation", "--start", "2013-02-29" },
      "kolo-cli: new-event: “2013-02-29” is not a date like 2013-11-11\n" },
    { { "new-event", "--template", "client-orientation", "--start", "2013-11-11", "--title", "" },
      "kolo-cli: new-event: the title must have 1 to 200 characters\n" },
  };
  g_auto(Run) run = { 0 };

  assert_usage_errors (f, cases, G_N_ELEMENTS (cases));

  kolo_env (f, NULL, &run, "events", "--db", NULL);
  assert_run (&run, 2, "", "kolo-cli: option “--db” needs a value\n");

  /* A wrong command line is refused before the database is opened. */
  g_assert_false (fixture_has (f, "kolo.db"));
}

/* Which database ---------------------------------------------------------- */

static void
test_db_forms (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *env_db = fixture_path (f, "env.db");
  g_autofree char *env_setting = g_strconcat ("KOLO_DB=", env_db, NULL);
  const char * const env[] = { env_setting, NULL };
  g_auto(Run) run = { 0 };

  /* KOLO_DB names the database… */
  kolo_env (f, env, &run, "new-event", "--template", "client-orientation",
            "--title", "env", "--start", "2013-11-11", NULL);
  assert_ok (&run, "1\n");
  g_assert_true (fixture_has (f, "env.db"));

  /* …and --db, before or after the command or as --db=PATH, wins over it. */
  kolo_env (f, env, &run, "--db", "a.db", "new-event", "--template", "client-orientation",
            "--title", "a", "--start", "2013-11-11", NULL);
  assert_ok (&run, "1\n");
  kolo_env (f, env, &run, "new-event", "--template", "client-orientation",
            "--title", "a2", "--start", "2014-01-13", "--db", "a.db", NULL);
  assert_ok (&run, "2\n");

  kolo_env (f, env, &run, "events", NULL);
  assert_ok (&run, "1\t2013-11-11\t2013-11-12\t\tenv\n");
  kolo_env (f, env, &run, "events", "--db", "a.db", NULL);
  assert_ok (&run,
             "2\t2014-01-13\t2014-01-14\t\ta2\n"
             "1\t2013-11-11\t2013-11-12\t\ta\n");
  kolo_env (f, env, &run, "--db=a.db", "events", NULL);
  assert_ok (&run,
             "2\t2014-01-13\t2014-01-14\t\ta2\n"
             "1\t2013-11-11\t2013-11-12\t\ta\n");
  kolo_env (f, NULL, &run, "--db", env_db, "events", NULL);
  assert_ok (&run, "1\t2013-11-11\t2013-11-12\t\tenv\n");
}

static void
test_db_default_path (Fixture       *f,
                      gconstpointer  data)
{
  /* G_TEST_OPTION_ISOLATE_DIRS gives every test its own data folder (and
   * points the XDG variables children inherit at /dev/null): hand it on. */
  g_autofree char *data_home = g_strconcat ("XDG_DATA_HOME=", g_get_user_data_dir (), NULL);
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "kolo", "kolo.db", NULL);
  const char * const unset[] = { "KOLO_DB", data_home, NULL };
  const char * const empty[] = { "KOLO_DB=", data_home, NULL };
  g_auto(Run) run = { 0 };

  g_assert_false (g_file_test (expected, G_FILE_TEST_EXISTS));

  /* The folder is made as needed. */
  kolo_env (f, unset, &run, "new-event", "--template", "client-orientation",
            "--title", "T", "--start", "2013-11-11", NULL);
  assert_ok (&run, "1\n");
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));

  /* An empty KOLO_DB is no setting at all. */
  kolo_env (f, empty, &run, "events", NULL);
  assert_ok (&run, "1\t2013-11-11\t2013-11-12\t\tT\n");
}

/* Templates and events ---------------------------------------------------- */

static void
test_templates (Fixture       *f,
                gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  kolo (f, &run, "templates", NULL);
  assert_ok (&run, "client-orientation\t" TEMPLATE_TITLE "\n");
}

static void
test_new_event (Fixture       *f,
                gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  kolo (f, &run, "new-event", "--template", "client-orientation", "--title", "T",
        "--start", "2013-11-11", NULL);
  assert_ok (&run, "1\n");
  kolo (f, &run, "events", NULL);
  assert_ok (&run, "1\t2013-11-11\t2013-11-12\t\tT\n");

  /* Without --title the event takes the template's; options in any order. */
  kolo (f, &run, "new-event", "--start", "2013-12-30", "--template", "client-orientation", NULL);
  assert_ok (&run, "2\n");
  kolo (f, &run, "events", NULL);
  assert_ok (&run,
             "2\t2013-12-30\t2013-12-31\t\t" TEMPLATE_TITLE "\n"
             "1\t2013-11-11\t2013-11-12\t\tT\n");
}

static void
test_new_event_template_argument (Fixture       *f,
                                  gconstpointer  data)
{
  g_autofree char *bad = NULL;
  g_auto(Run) run = { 0 };

  fixture_write (f, "agenda.json", small_template);
  fixture_write (f, "sub/agenda", small_template);

  /* Ends in .json: a file, even without a slash. */
  g_assert_cmpint (new_event (f, "agenda.json", "a", "2014-02-03"), ==, 1);
  /* Has a slash: a file, even without .json. */
  g_assert_cmpint (new_event (f, "sub/agenda", "b", "2014-02-04"), ==, 2);
  g_assert_cmpint (new_event (f, "./agenda.json", NULL, "2014-02-05"), ==, 3);
  kolo (f, &run, "events", NULL);
  assert_ok (&run,
             "3\t2014-02-05\t2014-02-05\t\tКоротка зустріч\n"
             "2\t2014-02-04\t2014-02-04\t\tb\n"
             "1\t2014-02-03\t2014-02-03\t\ta\n");

  /* So "client-orientation.json" is a file (missing here), not the shipped
   * template of that name. */
  kolo (f, &run, "new-event", "--template", "client-orientation.json",
        "--start", "2014-02-03", NULL);
  assert_failed_line (&run, "client-orientation.json");

  kolo (f, &run, "new-event", "--template", "no-such-template", "--start", "2014-02-03", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no template named “no-such-template”\n");

  /* A bad file is named with the place of each problem, and nothing is
   * created. */
  bad = g_strdup (small_template);
  memcpy (strstr (bad, "\"minutes\": 30"), "\"minutes\": -1", strlen ("\"minutes\": 30"));
  fixture_write (f, "files/bad agenda.json", bad);
  kolo (f, &run, "new-event", "--template", "files/bad agenda.json", "--start", "2014-02-03", NULL);
  assert_run (&run, 1, "",
              "kolo-cli: files/bad agenda.json: days[0].modules[0].activities[0].minutes: "
              MINUTES_PROBLEM "\n");

  /* An event file works as a template too: its days keep their spacing. */
  fixture_write (f, "event.json", detailed_event);
  g_assert_cmpint (new_event (f, "event.json", "again", "2014-03-03"), ==, 4);
  kolo (f, &run, "events", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "4\t2014-03-03\t2014-03-06\t"));
  g_assert_true (g_str_has_suffix (run.out,
                                   "\tagain\n"
                                   "3\t2014-02-05\t2014-02-05\t\tКоротка зустріч\n"
                                   "2\t2014-02-04\t2014-02-04\t\tb\n"
                                   "1\t2014-02-03\t2014-02-03\t\ta\n"));
}

static void
test_events_newest_first (Fixture       *f,
                          gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  new_event (f, "client-orientation", "first", "2013-11-11");
  new_event (f, "client-orientation", "second", "2014-03-03");
  new_event (f, "client-orientation", "third", "2012-05-05");
  new_event (f, "client-orientation", "fourth", "2014-03-03");

  /* Latest first day first; on the same day, the later ID first. */
  kolo (f, &run, "events", NULL);
  assert_ok (&run,
             "4\t2014-03-03\t2014-03-04\t\tfourth\n"
             "2\t2014-03-03\t2014-03-04\t\tsecond\n"
             "1\t2013-11-11\t2013-11-12\t\tfirst\n"
             "3\t2012-05-05\t2012-05-06\t\tthird\n");
}

static void
test_events_fields (Fixture       *f,
                    gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  fixture_write (f, "event.json", detailed_event);
  kolo (f, &run, "import", "event.json", NULL);
  assert_ok (&run, "1\n");

  /* A tab or a line break inside a field would break the row: they become
   * spaces. */
  fixture_write (f, "odd.json",
                 "{\"format\": \"kolo-event\", \"version\": 1,\n"
                 " \"title\": \"Line one\\nline two\\tand a tab\", \"city\": \"Київ\\tцентр\",\n"
                 " \"days\": [{\"date\": \"2013-11-01\", \"start\": \"10:00\",\n"
                 "            \"modules\": []}]}\n");
  kolo (f, &run, "import", "odd.json", NULL);
  assert_ok (&run, "2\n");

  kolo (f, &run, "events", NULL);
  assert_ok (&run,
             "1\t2013-11-29\t2013-12-02\tЖитомир\tСлужба «Вітаємо»\n"
             "2\t2013-11-01\t2013-11-01\tКиїв центр\tLine one line two and a tab\n");
}

static void
test_events_archived (Fixture       *f,
                      gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  new_event (f, "client-orientation", "one", "2013-11-11");
  new_event (f, "client-orientation", "two", "2013-12-02");

  kolo (f, &run, "events", "--archived", NULL);
  assert_ok (&run, "");

  kolo (f, &run, "archive-event", "2", NULL);
  assert_ok (&run, "");
  kolo (f, &run, "events", NULL);
  assert_ok (&run, "1\t2013-11-11\t2013-11-12\t\tone\n");
  kolo (f, &run, "events", "--archived", NULL);
  assert_ok (&run, "2\t2013-12-02\t2013-12-03\t\ttwo\n");

  /* Archiving twice is no error. */
  kolo (f, &run, "archive-event", "2", NULL);
  assert_ok (&run, "");
  kolo (f, &run, "archive-event", "7", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no event with ID 7\n");

  kolo (f, &run, "unarchive-event", "2", NULL);
  assert_ok (&run, "");
  kolo (f, &run, "events", "--archived", NULL);
  assert_ok (&run, "");
  kolo (f, &run, "events", NULL);
  assert_ok (&run,
             "2\t2013-12-02\t2013-12-03\t\ttwo\n"
             "1\t2013-11-11\t2013-11-12\t\tone\n");
}

/* A write the database refuses (here a trigger stands for a locked or
 * read-only database) is a failure, not a silent "done". */
static void
test_events_archive_write_fails (Fixture       *f,
                                 gconstpointer  data)
{
  g_autofree char *db_path = fixture_path (f, "kolo.db");
  g_auto(Run) run = { 0 };
  sqlite3 *db = NULL;

  new_event (f, "client-orientation", "one", "2013-11-11");
  g_assert_cmpint (sqlite3_open (db_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TRIGGER no_archiving BEFORE UPDATE OF archived ON events "
                                 "BEGIN SELECT RAISE (ABORT, 'archiving is locked'); END;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  kolo (f, &run, "archive-event", "1", NULL);
  assert_run (&run, 1, "", "kolo-cli: Database “kolo.db”: archiving is locked\n");
  kolo (f, &run, "events", "--archived", NULL);
  assert_ok (&run, "");
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  static const char * const both_apostrophes[] = {
    "мар'яни", "Мар’яни", "МАРʼЯНИ", "тренінг МАР'ЯНИ",
  };
  const char *rows =
    "3\t2014-01-13\t2014-01-14\t\tТренінг для МАР’ЯНИ\n"
    "1\t2013-11-11\t2013-11-12\t\tТренінг для Мар'яни\n";
  g_auto(Run) run = { 0 };

  new_event (f, "client-orientation", "Тренінг для Мар'яни", "2013-11-11");
  new_event (f, "client-orientation", "Зустріч бібліотекарів", "2013-12-02");
  new_event (f, "client-orientation", "Тренінг для МАР’ЯНИ", "2014-01-13");

  /* Case (Cyrillic too) and the kind of apostrophe do not matter. */
  for (guint i = 0; i < G_N_ELEMENTS (both_apostrophes); i++)
    {
      kolo (f, &run, "search", both_apostrophes[i], NULL);
      assert_ok (&run, rows);
    }

  /* Every word must be there. */
  kolo (f, &run, "search", "мар'яни бібліотекарів", NULL);
  assert_ok (&run, "");
  kolo (f, &run, "search", "ЗУСТРІЧ", NULL);
  assert_ok (&run, "2\t2013-12-02\t2013-12-03\t\tЗустріч бібліотекарів\n");

  /* Module titles are searched too: all three, newest first. */
  kolo (f, &run, "search", "КОНФЛІКТНИМИ", NULL);
  assert_ok (&run,
             "3\t2014-01-13\t2014-01-14\t\tТренінг для МАР’ЯНИ\n"
             "2\t2013-12-02\t2013-12-03\t\tЗустріч бібліотекарів\n"
             "1\t2013-11-11\t2013-11-12\t\tТренінг для Мар'яни\n");

  /* Archived events are found as well. */
  kolo (f, &run, "archive-event", "3", NULL);
  assert_ok (&run, "");
  kolo (f, &run, "search", "мар’яни", NULL);
  assert_ok (&run, rows);

  kolo (f, &run, "search", NULL);
  assert_run (&run, 2, "", "kolo-cli: search: usage: kolo-cli search TEXT\n");
}

static gint64
query_count (sqlite3    *db,
             const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static void
test_duplicate_delete (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *db_path = fixture_path (f, "kolo.db");
  g_autofree char *original = NULL;
  g_autofree char *copy = NULL;
  g_auto(Run) run = { 0 };
  sqlite3 *db = NULL;

  new_event (f, "client-orientation", "T", "2013-11-11");
  kolo (f, &run, "show-event", "1", NULL);
  g_assert_cmpint (run.status, ==, 0);
  original = g_steal_pointer (&run.out);

  kolo (f, &run, "duplicate-event", "1", NULL);
  assert_ok (&run, "2\n");
  kolo (f, &run, "events", NULL);
  assert_ok (&run,
             "2\t2013-11-11\t2013-11-12\t\tT (copy)\n"
             "1\t2013-11-11\t2013-11-12\t\tT\n");

  /* The copy has the whole agenda. */
  g_assert_true (g_str_has_prefix (original, "T\n"));
  copy = g_strconcat ("T (copy)\n", original + MIN (strlen (original), strlen ("T\n")), NULL);
  kolo (f, &run, "show-event", "2", NULL);
  assert_ok (&run, copy);

  kolo (f, &run, "delete-event", "1", NULL);
  assert_ok (&run, "");
  kolo (f, &run, "show-event", "1", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no event with ID 1\n");
  kolo (f, &run, "delete-event", "1", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no event with ID 1\n");
  kolo (f, &run, "events", NULL);
  assert_ok (&run, "2\t2013-11-11\t2013-11-12\t\tT (copy)\n");

  /* The rows are gone, not just hidden, and the copy's are intact. */
  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (query_count (db, "SELECT count(*) FROM events"), ==, 1);
  g_assert_cmpint (query_count (db, "SELECT count(*) FROM days"), ==, 2);
  g_assert_cmpint (query_count (db, "SELECT count(*) FROM activities"), ==, 28);
  sqlite3_close (db);

  /* A copy of an archived event is not archived. */
  kolo (f, &run, "archive-event", "2", NULL);
  assert_ok (&run, "");
  kolo (f, &run, "duplicate-event", "2", NULL);
  assert_ok (&run, "3\n");
  kolo (f, &run, "events", NULL);
  assert_ok (&run, "3\t2013-11-11\t2013-11-12\t\tT (copy) (copy)\n");
}

/* show-event -------------------------------------------------------------- */

static void
test_show_event_english (Fixture       *f,
                         gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  new_event (f, "client-orientation", NULL, "2013-11-11");
  kolo (f, &run, "show-event", "1", NULL);
  assert_ok (&run, agenda_en);
}

static void
test_show_event_details (Fixture       *f,
                         gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  fixture_write (f, "event.json", detailed_event);
  kolo (f, &run, "import", "event.json", NULL);
  assert_ok (&run, "1\n");
  kolo (f, &run, "show-event", "1", NULL);
  assert_ok (&run, detailed_agenda_en);
}

/* The clock times come from the template's minutes: recomputed here from
 * the shipped file, not taken from kolo-cli's output. */
static void
test_show_event_clock_times (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "templates",
                                                 "client-orientation.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(KoloDoc) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  const char *cursor;
  gsize length;
  int total = 0;

  text = kolo_test_read_file (path, &length);
  doc = kolo_doc_parse (text, length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (doc->days->len, ==, 2);

  new_event (f, "client-orientation", NULL, "2013-11-11");
  kolo (f, &run, "show-event", "1", NULL);
  g_assert_cmpint (run.status, ==, 0);
  cursor = run.out;

  for (guint d = 0; d < doc->days->len; d++)
    {
      KoloDocDay *day = doc->days->pdata[d];
      int clock = day->start_minute;

      for (guint m = 0; m < day->modules->len; m++)
        {
          KoloDocModule *module = day->modules->pdata[m];

          for (guint a = 0; a < module->activities->len; a++)
            {
              KoloDocActivity *activity = module->activities->pdata[a];
              g_autofree char *from = kolo_text_format_clock (clock);
              g_autofree char *to = kolo_text_format_clock (clock + activity->minutes);
              const char *kind = kolo_activity_kind_get_label (activity->kind);
              g_autofree char *line = g_strdup_printf ("\n    %s–%s  %s · %s\n",
                                                       from, to, activity->title, kind);
              const char *found = strstr (cursor, line);

              /* Each activity in order, at the time its predecessors leave. */
              if (found == NULL)
                {
                  g_test_fail_printf ("“%s” is not in the agenda after “%.60s…”",
                                      line + 1, cursor);
                  return;
                }
              cursor = found + 1;
              clock += activity->minutes;
            }
        }

      /* The day ends where the template says it should. */
      g_assert_cmpint (day->start_minute, ==, 10 * 60);
      g_assert_cmpint (clock, ==, day->end_minute);
      total += clock - day->start_minute;
    }

  g_assert_cmpint (((KoloDocDay *) doc->days->pdata[0])->end_minute, ==, 17 * 60 + 15);
  g_assert_cmpint (((KoloDocDay *) doc->days->pdata[1])->end_minute, ==, 17 * 60 + 20);
  g_assert_cmpint (total, ==, 14 * 60 + 35);
  g_assert_nonnull (strstr (run.out,
                            "\nDay 1: Monday, 11 November 2013, 10:00–17:15 (7 h 15 min)\n"));
  g_assert_nonnull (strstr (run.out,
                            "\nDay 2: Tuesday, 12 November 2013, 10:00–17:20 (7 h 20 min)\n"));
  g_assert_true (g_str_has_suffix (run.out, "\n2 days, 14 h 35 min in all\n"));
}

static const char * const ukrainian[] = { "LANGUAGE=uk", "LC_ALL=uk_UA.UTF-8", NULL };

static gboolean
have_ukrainian (void)
{
  if (kolo_test_have_locale ("uk_UA.UTF-8"))
    return TRUE;
  g_test_skip ("the uk_UA.UTF-8 locale is not available");
  return FALSE;
}

/* What the uk catalog in KOLO_LOCALEDIR makes of @msgid, as kolo-cli run
 * with LANGUAGE=uk will see it. */
static char *
ukrainian_for (const char *msgid)
{
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  char *result;

  g_assert_nonnull (setlocale (LC_ALL, "uk_UA.UTF-8"));
  result = g_strdup (dgettext (GETTEXT_PACKAGE, msgid));
  setlocale (LC_ALL, saved);
  return result;
}

/* Weekdays and months come from the C library's locale, whatever the state
 * of the translation. */
static void
test_show_event_ukrainian_dates (Fixture       *f,
                                 gconstpointer  data)
{
  g_auto(GStrv) lines = NULL;
  g_auto(Run) run = { 0 };

  if (!have_ukrainian ())
    return;

  new_event (f, "client-orientation", NULL, "2013-11-11");
  kolo_env (f, ukrainian, &run, "--db", "kolo.db", "show-event", "1", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  /* The dates of the heading and of the days (their layout is the
   * translators' choice, the names are the locale's). */
  lines = g_strsplit (run.out, "\n", 3);
  g_assert_cmpstr (lines[0], ==, TEMPLATE_TITLE);
  g_assert_nonnull (lines[1]);
  g_assert_true (g_str_has_prefix (lines[1], "11"));
  g_assert_nonnull (strstr (lines[1], "12 листопада 2013"));
  g_assert_nonnull (strstr (run.out, "понеділок, 11 листопада 2013"));
  g_assert_nonnull (strstr (run.out, "вівторок, 12 листопада 2013"));
  g_assert_null (strstr (run.out, "November"));
  g_assert_null (strstr (run.out, "Monday"));
  /* Clock times are the same in every language. */
  g_assert_nonnull (strstr (run.out, "    10:00–10:15  Відкриття тренінгу · "));
  g_assert_nonnull (strstr (run.out, "    17:05–17:20  Вручення сертифікатів · "));
}

/* Headings, durations and activity kinds come from po/uk.po. */
static void
test_show_event_ukrainian_translated (Fixture       *f,
                                      gconstpointer  data)
{
  static const char * const needed[] = {
    "Day %u: %s, ", "  Module “%s”, ", "%d h %d min", "activity kind\004Break",
  };
  g_autofree char *duration = NULL;
  g_autofree char *break_kind = NULL;
  g_autofree char *kind_text = NULL;
  g_autofree char *duration_format = NULL;
  g_auto(GStrv) parts = NULL;
  g_auto(Run) run = { 0 };

  if (!have_ukrainian ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (needed); i++)
    {
      g_autofree char *translation = ukrainian_for (needed[i]);

      if (g_str_equal (translation, needed[i]))
        {
          g_autofree char *shown = g_strescape (needed[i], "“”’");
          g_autofree char *message = g_strdup_printf ("po/uk.po does not translate “%s” yet",
                                                      shown);
          g_test_incomplete (message);
          return;
        }
    }

  new_event (f, "client-orientation", NULL, "2013-11-11");
  kolo_env (f, ukrainian, &run, "--db", "kolo.db", "show-event", "1", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  g_assert_nonnull (strstr (run.out, "\nДень 1"));
  g_assert_nonnull (strstr (run.out, "\nДень 2"));
  g_assert_nonnull (strstr (run.out, "Модуль"));
  g_assert_null (strstr (run.out, "Day "));
  g_assert_null (strstr (run.out, "Module"));
  g_assert_null (strstr (run.out, " in all"));

  /* "7 h 15 min" as the catalog writes it (filled in by hand: the format
   * is not a literal). */
  duration_format = ukrainian_for ("%d h %d min");
  parts = g_strsplit (duration_format, "%d", -1);
  g_assert_cmpuint (g_strv_length (parts), ==, 3);
  duration = g_strconcat (parts[0], "7", parts[1], "15", parts[2], NULL);
  g_assert_nonnull (strstr (run.out, duration));

  break_kind = ukrainian_for ("activity kind\004Break");
  kind_text = g_strconcat ("  Кава-пауза · ", break_kind, "\n", NULL);
  g_assert_nonnull (strstr (run.out, kind_text));
}

/* Files out and in -------------------------------------------------------- */

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *shipped_path = g_test_build_filename (G_TEST_DIST, "..", "data", "templates",
                                                         "client-orientation.json", NULL);
  g_autofree char *shipped = kolo_test_read_file (shipped_path, NULL);
  g_autofree char *event_file = NULL;
  g_autofree char *template_file = NULL;
  g_auto(Run) run = { 0 };

  new_event (f, "client-orientation", NULL, "2013-11-11");

  kolo (f, &run, "export-event", "1", "-o", "event.json", NULL);
  assert_ok (&run, "");
  event_file = fixture_read (f, "event.json");
  g_assert_true (g_str_has_prefix (event_file,
                                   "{\n"
                                   "  \"format\": \"kolo-event\",\n"
                                   "  \"version\": 4,\n"
                                   "  \"title\": \"" TEMPLATE_TITLE "\",\n"));
  g_assert_nonnull (strstr (event_file, "      \"date\": \"2013-11-11\",\n"));
  g_assert_nonnull (strstr (event_file, "      \"date\": \"2013-11-12\",\n"));
  g_assert_null (strstr (event_file, "\"id\""));
  g_assert_true (g_str_has_suffix (event_file, "\n}\n"));

  /* -o - writes the same bytes to standard output; so does --output. */
  kolo (f, &run, "export-event", "1", "-o", "-", NULL);
  assert_ok (&run, event_file);
  kolo (f, &run, "export-event", "--output", "-", "1", NULL);
  assert_ok (&run, event_file);

  /* The agenda alone, without dates: for the shipped template that is the
   * shipped file, byte for byte. */
  kolo (f, &run, "export-template", "1", "-o", "template.json", NULL);
  assert_ok (&run, "");
  template_file = fixture_read (f, "template.json");
  g_assert_cmpstr (template_file, ==, shipped);
  kolo (f, &run, "export-template", "1", "-o", "-", NULL);
  assert_ok (&run, shipped);

  kolo (f, &run, "export-event", "2", "-o", "-", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no event with ID 2\n");
}

static void
test_import_event (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *first = NULL;
  g_auto(Run) run = { 0 };

  new_event (f, "client-orientation", "T", "2013-11-11");
  kolo (f, &run, "export-event", "1", "-o", "files/event.json", NULL);
  /* -o does not make folders. */
  assert_failed_line (&run, "files/event.json");
  g_assert_false (fixture_has (f, "files"));

  kolo (f, &run, "export-event", "1", "-o", "event.json", NULL);
  assert_ok (&run, "");
  first = fixture_read (f, "event.json");

  kolo (f, &run, "import", "event.json", NULL);
  assert_ok (&run, "2\n");
  kolo (f, &run, "events", NULL);
  assert_ok (&run,
             "2\t2013-11-11\t2013-11-12\t\tT\n"
             "1\t2013-11-11\t2013-11-12\t\tT\n");

  /* export → import → export gives the same bytes. */
  kolo (f, &run, "export-event", "2", "-o", "-", NULL);
  assert_ok (&run, first);

  kolo (f, &run, "import", "missing.json", NULL);
  assert_failed_line (&run, "missing.json");
}

static void
test_import_template (Fixture       *f,
                      gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  fixture_write (f, "small.json", small_template);

  /* A template comes in as a saved template; its NAME is printed. */
  kolo (f, &run, "import", "small.json", NULL);
  assert_ok (&run, "korotka-zustrich\n");
  kolo (f, &run, "templates", NULL);
  assert_ok (&run,
             "client-orientation\t" TEMPLATE_TITLE "\n"
             "korotka-zustrich\tКоротка зустріч\n");

  /* A name is never taken twice. */
  kolo (f, &run, "import", "small.json", NULL);
  assert_ok (&run, "korotka-zustrich-2\n");

  /* The NAME works with new-event, and the agenda survives the trip. */
  g_assert_cmpint (new_event (f, "korotka-zustrich", NULL, "2014-01-13"), ==, 1);
  kolo (f, &run, "events", NULL);
  assert_ok (&run, "1\t2014-01-13\t2014-01-13\t\tКоротка зустріч\n");
  kolo (f, &run, "export-template", "1", "-o", "-", NULL);
  assert_ok (&run, small_template);
  kolo (f, &run, "show-event", "1", NULL);
  assert_ok (&run,
             "Коротка зустріч\n"
             "13 January 2014\n"
             "\n"
             "Day 1: Monday, 13 January 2014, 09:00–09:30 (30 min)\n"
             "\n"
             "  Module “Знайомство”, 09:00–09:30 (30 min)\n"
             "    09:00–09:30  Коло імен · Exercise\n"
             "\n"
             "1 day, 30 min in all\n");
}

static void
test_save_template (Fixture       *f,
                    gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  new_event (f, "client-orientation", "Client orientation 2013", "2013-11-11");
  new_event (f, "client-orientation", "Client Orientation", "2013-11-18");

  kolo (f, &run, "save-template", "1", NULL);
  assert_ok (&run, "client-orientation-2013\n");
  /* The slug of the second is the shipped template's name: a number is
   * added. */
  kolo (f, &run, "save-template", "2", NULL);
  assert_ok (&run, "client-orientation-2\n");

  /* Shipped first, then the saved ones by title. */
  kolo (f, &run, "templates", NULL);
  assert_ok (&run,
             "client-orientation\t" TEMPLATE_TITLE "\n"
             "client-orientation-2\tClient Orientation\n"
             "client-orientation-2013\tClient orientation 2013\n");

  g_assert_cmpint (new_event (f, "client-orientation-2013", NULL, "2014-06-02"), ==, 3);
  kolo (f, &run, "events", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out,
                                   "3\t2014-06-02\t2014-06-03\t\tClient orientation 2013\n"));

  kolo (f, &run, "save-template", "9", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no event with ID 9\n");
}

/* -o FILE is replaced as a whole or not at all. */
static void
test_output_replace (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *out = fixture_path (f, "out.json");
  g_autofree char *link_path = fixture_path (f, "old.json");
  g_autofree char *folder = fixture_path (f, "folder");
  g_autofree char *written = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *listing = NULL;
  g_auto(Run) run = { 0 };

  new_event (f, "client-orientation", "T", "2013-11-11");
  kolo (f, &run, "export-event", "1", "-o", "-", NULL);
  exported = g_steal_pointer (&run.out);

  /* A failing command leaves an existing file alone. */
  fixture_write (f, "out.json", "old contents\n");
  kolo (f, &run, "export-event", "2", "-o", "out.json", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no event with ID 2\n");
  kolo (f, &run, "export-event", "two", "-o", "out.json", NULL);
  g_assert_cmpint (run.status, ==, 2);
  written = fixture_read (f, "out.json");
  g_assert_cmpstr (written, ==, "old contents\n");
  g_clear_pointer (&written, g_free);

  /* Replaced by a rename, not rewritten in place: another name for the
   * old file still sees the old bytes, so no reader ever sees half a file. */
  g_assert_cmpint (link (out, link_path), ==, 0);
  kolo (f, &run, "export-event", "1", "-o", "out.json", NULL);
  assert_ok (&run, "");
  written = fixture_read (f, "out.json");
  g_assert_cmpstr (written, ==, exported);
  kept = fixture_read (f, "old.json");
  g_assert_cmpstr (kept, ==, "old contents\n");

  /* A file that cannot be written is an error, and leaves nothing behind. */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  kolo (f, &run, "export-template", "1", "-o", "folder", NULL);
  assert_failed_line (&run, "folder");

  listing = fixture_listing (f);
  g_assert_cmpstr (listing, ==, "folder kolo.db old.json out.json");
}

static void
test_backup (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *copy_path = fixture_path (f, "copy.db");
  g_autofree char *events = NULL;
  g_autofree char *listing = NULL;
  g_auto(Run) run = { 0 };
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  new_event (f, "client-orientation", "T", "2013-11-11");
  new_event (f, "client-orientation", "U", "2014-01-13");
  kolo (f, &run, "save-template", "1", NULL);
  assert_ok (&run, "t\n");
  kolo (f, &run, "events", NULL);
  events = g_steal_pointer (&run.out);

  /* An existing file is replaced. */
  fixture_write (f, "copy.db", "an older backup\n");
  kolo (f, &run, "backup", "copy.db", NULL);
  assert_ok (&run, "");

  /* The copy is one self-contained file, in rollback-journal mode, that any
   * SQLite opens. */
  g_assert_cmpint (sqlite3_open_v2 (copy_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (query_count (db, "PRAGMA application_id"), ==, 0x4B4F4C4F);
  g_assert_cmpint (query_count (db, "PRAGMA user_version"), ==, kolo_store_get_schema_version ());
  g_assert_cmpint (query_count (db, "SELECT count(*) FROM activities"), ==, 56);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "delete");
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT title FROM events ORDER BY id", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "T");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "U");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  /* kolo-cli opens it as it opens kolo.db (and so makes it a WAL database
   * again: the journal-mode check has to come first). */
  kolo_env (f, NULL, &run, "--db", "copy.db", "events", NULL);
  assert_ok (&run, events);
  kolo_env (f, NULL, &run, "templates", "--db", "copy.db", NULL);
  assert_ok (&run, "client-orientation\t" TEMPLATE_TITLE "\nt\tT\n");

  kolo (f, &run, "backup", "no/such/folder/copy.db", NULL);
  assert_failed_line (&run, "no/such/folder/copy.db");
  kolo (f, &run, "backup", NULL);
  assert_run (&run, 2, "", "kolo-cli: backup: usage: kolo-cli backup FILE\n");

  listing = fixture_listing (f);
  g_assert_cmpstr (listing, ==, "copy.db kolo.db");
}

/* Commands that only read leave no database behind where there was none;
 * a backup needs a database to copy. */
static void
test_read_only_creates_nothing (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *listing = NULL;
  g_auto(Run) run = { 0 };

  kolo (f, &run, "events", NULL);
  assert_ok (&run, "");
  kolo (f, &run, "search", "тренінг", NULL);
  assert_ok (&run, "");
  kolo (f, &run, "templates", NULL);
  assert_ok (&run, "client-orientation\t" TEMPLATE_TITLE "\n");
  kolo (f, &run, "show-event", "1", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no event with ID 1\n");
  kolo (f, &run, "export-event", "1", "-o", "out.json", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no event with ID 1\n");
  kolo (f, &run, "backup", "copy.db", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no Kolo database at “kolo.db”\n");

  listing = fixture_listing (f);
  g_assert_cmpstr (listing, ==, "");
}

static void
test_backup_onto_itself (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *listing = NULL;
  g_auto(Run) run = { 0 };

  new_event (f, "client-orientation", "T", "2013-11-11");
  before = fixture_checksum (f, "kolo.db");
  kolo (f, &run, "backup", "kolo.db", NULL);
  assert_run (&run, 1, "",
              "kolo-cli: “kolo.db” is the database itself; write the backup somewhere else\n");
  after = fixture_checksum (f, "kolo.db");
  g_assert_cmpstr (before, ==, after);
  listing = fixture_listing (f);
  g_assert_cmpstr (listing, ==, "kolo.db");
}

/* Bad files and foreign databases ----------------------------------------- */

static void
test_import_bad_file (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *events = NULL;
  g_autofree char *templates = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *bad = NULL;
  g_auto(Run) run = { 0 };
  char *minutes;

  new_event (f, "client-orientation", "T", "2013-11-11");
  kolo (f, &run, "events", NULL);
  events = g_steal_pointer (&run.out);
  kolo (f, &run, "templates", NULL);
  templates = g_steal_pointer (&run.out);
  before = fixture_checksum (f, "kolo.db");

  /* The shipped agenda with its first activity at 0 minutes. */
  kolo (f, &run, "export-event", "1", "-o", "-", NULL);
  bad = g_steal_pointer (&run.out);
  minutes = strstr (bad, "\"minutes\": 15,");
  g_assert_nonnull (minutes);
  memcpy (minutes, "\"minutes\": 0, ", strlen ("\"minutes\": 15,"));
  fixture_write (f, "files/bad.json", bad);

  kolo (f, &run, "import", "files/bad.json", NULL);
  assert_run (&run, 1, "",
              "kolo-cli: files/bad.json: days[0].modules[0].activities[0].minutes: "
              MINUTES_PROBLEM "\n");

  /* Several problems: one line each, in file order. */
  fixture_write (f, "worse.json",
                 "{\"format\": \"kolo-template\", \"version\": 1, \"title\": \"Погана\",\n"
                 " \"days\": [\n"
                 "  {\"start\": \"10:00\", \"modules\": [{\"title\": \"М\", \"activities\": [\n"
                 "    {\"kind\": \"input\", \"title\": \"А\", \"minutes\": 601},\n"
                 "    {\"kind\": \"lecture\", \"title\": \"Б\", \"minutes\": 1.5}]}]},\n"
                 "  {\"start\": \"25:00\", \"modules\": []}]}\n");
  kolo (f, &run, "import", "worse.json", NULL);
  assert_run (&run, 1, "",
              "kolo-cli: worse.json: days[0].modules[0].activities[0].minutes: "
              MINUTES_PROBLEM "\n"
              "kolo-cli: worse.json: days[0].modules[0].activities[1].kind: "
              "“lecture” is not a kind "
              "of activity; expected one of input, discussion, brainstorm, role-play, exercise, "
              "break, lunch, feedback, other\n"
              "kolo-cli: worse.json: days[0].modules[0].activities[1].minutes: "
              MINUTES_PROBLEM "\n"
              "kolo-cli: worse.json: days[1].start: "
              "expected a time of day like 10:00, not “25:00”\n");

  /* A file from a newer Kolo is refused with its version named. */
  fixture_write (f, "newer.json",
                 "{\"format\": \"kolo-template\", \"version\": 4, \"title\": \"Нове\",\n"
                 " \"days\": []}\n");
  kolo (f, &run, "import", "newer.json", NULL);
  assert_run (&run, 1, "",
              "kolo-cli: newer.json: version: this kolo-template file is version 4, newer than "
              "this Kolo understands (up to 3); update Kolo to open it\n");

  fixture_write (f, "broken.json", "{\"format\": \"kolo-template\",\n");
  kolo (f, &run, "import", "broken.json", NULL);
  assert_failed_line (&run, "kolo-cli: broken.json: ");

  /* Nothing was written: not a row, not a byte. */
  after = fixture_checksum (f, "kolo.db");
  g_assert_cmpstr (after, ==, before);
  g_assert_false (fixture_has (f, "kolo.db-wal"));
  g_assert_false (fixture_has (f, "kolo.db-journal"));
  kolo (f, &run, "events", NULL);
  assert_ok (&run, events);
  kolo (f, &run, "templates", NULL);
  assert_ok (&run, templates);

  listing = fixture_listing (f);
  g_assert_cmpstr (listing, ==, "broken.json files kolo.db newer.json worse.json");
}

/* A value quoted in a message may hold a line break; it must not turn one
 * problem into two lines. */
static void
test_import_one_line_per_problem (Fixture       *f,
                                  gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  fixture_write (f, "kind.json",
                 "{\"format\": \"kolo-template\", \"version\": 1, \"title\": \"К\", \"days\": [\n"
                 "  {\"start\": \"10:00\", \"modules\": [{\"title\": \"М\", \"activities\": [\n"
                 "    {\"kind\": \"lec\\nture\", \"title\": \"А\", \"minutes\": 5}]}]}]}\n");
  kolo (f, &run, "import", "kind.json", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err,
                                   "kolo-cli: kind.json: days[0].modules[0].activities[0].kind: "));
  g_assert_true (g_str_has_suffix (run.err, "feedback, other\n"));
  g_assert_cmpuint (count_lines (run.err), ==, 1);
}

/* The store closes at exit: its write-ahead log is folded into the file,
 * so a copy of kolo.db alone is the whole database, and reading changes
 * no byte of it. */
static void
test_db_closed_at_exit (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *written = NULL;
  g_autofree char *after_read = NULL;
  g_autofree char *after_failure = NULL;
  g_autofree char *listing = NULL;
  g_auto(Run) run = { 0 };

  new_event (f, "client-orientation", "T", "2013-11-11");
  listing = fixture_listing (f);
  g_assert_cmpstr (listing, ==, "kolo.db");
  written = fixture_checksum (f, "kolo.db");

  kolo (f, &run, "events", NULL);
  assert_ok (&run, "1\t2013-11-11\t2013-11-12\t\tT\n");
  kolo (f, &run, "show-event", "1", NULL);
  g_assert_cmpint (run.status, ==, 0);
  kolo (f, &run, "search", "T", NULL);
  g_assert_cmpint (run.status, ==, 0);
  kolo (f, &run, "templates", NULL);
  g_assert_cmpint (run.status, ==, 0);
  after_read = fixture_checksum (f, "kolo.db");
  g_assert_cmpstr (after_read, ==, written);

  kolo (f, &run, "show-event", "5", NULL);
  g_assert_cmpint (run.status, ==, 1);
  kolo (f, &run, "new-event", "--template", "nothing-like-it", "--start", "2014-01-01", NULL);
  g_assert_cmpint (run.status, ==, 1);
  after_failure = fixture_checksum (f, "kolo.db");
  g_assert_cmpstr (after_failure, ==, written);

  g_clear_pointer (&listing, g_free);
  listing = fixture_listing (f);
  g_assert_cmpstr (listing, ==, "kolo.db");
}

static void
assert_refused_untouched (Fixture    *f,
                          const char *name,
                          const char *err)
{
  static const char * const commands[][3] = {
    { "events", NULL },
    { "templates", NULL },
    { "new-event", "--template", "client-orientation" },
  };
  g_autofree char *before = fixture_checksum (f, name);
  g_autofree char *listing = fixture_listing (f);
  g_auto(Run) run = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *after = NULL;
      g_autofree char *listing_after = NULL;

      if (g_str_equal (commands[i][0], "new-event"))
        kolo_env (f, NULL, &run, "--db", name, "new-event", "--template", "client-orientation",
                  "--start", "2013-11-11", NULL);
      else
        kolo_env (f, NULL, &run, commands[i][0], "--db", name, NULL);
      assert_run (&run, 1, "", err);

      after = fixture_checksum (f, name);
      g_assert_cmpstr (after, ==, before);
      listing_after = fixture_listing (f);
      g_assert_cmpstr (listing_after, ==, listing);
    }
}

static void
test_db_not_kolo (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *other_path = fixture_path (f, "other.db");
  g_autofree char *folder = fixture_path (f, "folder.db");
  g_auto(Run) run = { 0 };
  sqlite3 *db = NULL;

  fixture_write (f, "notes.txt", "Орієнтація на клієнта: купити маркери\n");
  assert_refused_untouched (f, "notes.txt",
                            "kolo-cli: “notes.txt” is not a Kolo database; "
                            "it was left untouched\n");

  /* Another program's SQLite database. */
  g_assert_cmpint (sqlite3_open (other_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE books (title TEXT);"
                                 "INSERT INTO books VALUES ('Кобзар');", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);
  assert_refused_untouched (f, "other.db",
                            "kolo-cli: “other.db” is not a Kolo database; it was left untouched\n");

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  kolo_env (f, NULL, &run, "--db", "folder.db", "events", NULL);
  assert_run (&run, 1, "", "kolo-cli: “folder.db” is a folder, not a Kolo database\n");
}

static void
test_db_newer (Fixture       *f,
               gconstpointer  data)
{
  static const char * const modes[] = { "DELETE", "WAL" };
  g_auto(Run) run = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_autofree char *name = g_strdup_printf ("newer-%s.db", modes[i]);
      g_autofree char *path = fixture_path (f, name);
      g_autofree char *sql = g_strdup_printf ("PRAGMA journal_mode = %s;"
                                              "PRAGMA application_id = 0x4B4F4C4F;"
                                              "PRAGMA user_version = 99;"
                                              "CREATE TABLE things_to_come (x);",
                                              modes[i]);
      g_autofree char *err = g_strdup_printf ("kolo-cli: “%s” was made by a newer version of "
                                              "Kolo (schema 99; this version knows up to %d). "
                                              "Update Kolo to open it; the file was left "
                                              "untouched.\n",
                                              name, kolo_store_get_schema_version ());
      sqlite3 *db = NULL;

      g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

      assert_refused_untouched (f, name, err);
    }

  /* Usage errors still come first. */
  kolo_env (f, NULL, &run, "--db", "newer-WAL.db", "show-event", "x", NULL);
  g_assert_cmpint (run.status, ==, 2);
}

/* print-agenda ------------------------------------------------------------ */

/* A PDF is binary: the Run strings would stop at its first zero byte. */
static GBytes *
kolo_stdout_bytes (Fixture            *f,
                   const char * const *args,
                   int                *status)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) err = NULL;
  GBytes *out = NULL;

  g_ptr_array_add (argv, (char *) g_getenv ("KOLO_CLI"));
  g_ptr_array_add (argv, (char *) "--db");
  g_ptr_array_add (argv, (char *) "kolo.db");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, f->dir);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (err), ==, 0);
  g_assert_true (g_subprocess_get_if_exited (process));
  *status = g_subprocess_get_exit_status (process);
  return out;
}

/* The bytes of a PDF of ours without its creation date, which cairo sets
 * to the time of writing. */
static GBytes *
pdf_without_date (GBytes *pdf)
{
  static const char key[] = "/CreationDate (D:";
  gsize size = 0;
  const char *data = g_bytes_get_data (pdf, &size);
  char *copy = g_memdup2 (data, size);

  /* Binary data: no str*() functions, they stop at a zero byte. */
  for (gsize i = 0; i + strlen (key) + 14 <= size; i++)
    if (memcmp (copy + i, key, strlen (key)) == 0)
      {
        memset (copy + i + strlen (key), 'X', 14);
        break;
      }
  return g_bytes_new_take (copy, size);
}

/* A whole PDF: its header, and the end-of-file marker cairo ends it with. */
static void
assert_pdf (const char *data,
            gsize       size)
{
  static const char eof[] = "%%EOF\n";

  g_assert_cmpuint (size, >, 1000);
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  g_assert_cmpmem (data + size - strlen (eof), strlen (eof), eof, strlen (eof));
}

/* "-o -": kolo-cli --db kolo.db @args… writes on standard output the PDF
 * it wrote to the file @name, all but the time of writing. */
static void
assert_piped_pdf (Fixture            *f,
                  const char * const *args,
                  const char         *name)
{
  g_autofree char *path = fixture_path (f, name);
  g_autoptr(GBytes) piped = NULL;
  g_autoptr(GBytes) file_bytes = NULL;
  g_autoptr(GBytes) a = NULL;
  g_autoptr(GBytes) b = NULL;
  char *data;
  gsize size = 0;
  int status = -1;

  piped = kolo_stdout_bytes (f, args, &status);
  g_assert_cmpint (status, ==, 0);
  assert_pdf (g_bytes_get_data (piped, NULL), g_bytes_get_size (piped));
  data = kolo_test_read_file (path, &size);
  file_bytes = g_bytes_new_take (data, size);
  a = pdf_without_date (piped);
  b = pdf_without_date (file_bytes);
  g_assert_true (g_bytes_equal (a, b));
}

static void
test_print_agenda (Fixture       *f,
                   gconstpointer  data)
{
  static const char * const to_stdout[] = { "print-agenda", "1", "-o", "-", NULL };
  g_autofree char *path = fixture_path (f, "agenda.pdf");
  g_autofree char *pdf = NULL;
  g_autofree char *db_before = NULL;
  g_autofree char *db_after = NULL;
  g_autofree char *listing = NULL;
  g_auto(Run) run = { 0 };
  gsize size = 0;

  new_event (f, "client-orientation", NULL, "2013-11-11");
  db_before = fixture_checksum (f, "kolo.db");

  kolo (f, &run, "print-agenda", "1", "-o", "agenda.pdf", NULL);
  assert_ok (&run, "");
  pdf = kolo_test_read_file (path, &size);
  assert_pdf (pdf, size);

  /* --output is -o's long form. */
  kolo (f, &run, "print-agenda", "--output", "again.pdf", "1", NULL);
  assert_ok (&run, "");
  g_assert_true (fixture_has (f, "again.pdf"));

  /* "-o -": the same PDF on standard output, and no file. */
  assert_piped_pdf (f, to_stdout, "agenda.pdf");

  /* Printing only reads the database. */
  db_after = fixture_checksum (f, "kolo.db");
  g_assert_cmpstr (db_after, ==, db_before);
  listing = fixture_listing (f);
  g_assert_cmpstr (listing, ==, "again.pdf agenda.pdf kolo.db");
}

static void
test_print_agenda_ukrainian (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *path = fixture_path (f, "агенда.pdf");
  g_autofree char *pdf = NULL;
  g_auto(Run) run = { 0 };
  gsize size = 0;

  if (!have_ukrainian ())
    return;

  new_event (f, "client-orientation", NULL, "2013-11-11");
  kolo_env (f, ukrainian, &run, "--db", "kolo.db", "print-agenda", "1", "-o", "агенда.pdf", NULL);
  assert_ok (&run, "");
  pdf = kolo_test_read_file (path, &size);
  assert_pdf (pdf, size);

  /* In Ukrainian the errors are translated (when uk.po has them) but the
   * exit statuses are the same. */
  kolo_env (f, ukrainian, &run, "--db", "kolo.db", "print-agenda", "7", "-o", "x.pdf", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_false (fixture_has (f, "x.pdf"));
}

static void
test_print_agenda_errors (Fixture       *f,
                          gconstpointer  data)
{
  static const UsageError usage[] = {
    { { "print-agenda", "1" },
      "kolo-cli: print-agenda: say where to write with -o FILE "
      "(or -o - for standard output)\n" },
    { { "print-agenda", "-o", "x.pdf" },
      "kolo-cli: print-agenda: usage: kolo-cli print-agenda ID -o FILE.pdf\n" },
    { { "print-agenda", "1", "2", "-o", "x.pdf" },
      "kolo-cli: print-agenda: usage: kolo-cli print-agenda ID -o FILE.pdf\n" },
    { { "print-agenda", "one", "-o", "x.pdf" },
      "kolo-cli: print-agenda: “one” is not an ID (a positive whole number)\n" },
    { { "print-agenda", "1", "-o" }, "kolo-cli: print-agenda: option “-o” needs a value\n" },
    { { "print-agenda", "1", "--landscape", "-o", "x.pdf" },
      "kolo-cli: print-agenda: unknown option “--landscape”\n" },
  };
  g_autofree char *listing = NULL;
  g_auto(Run) run = { 0 };

  /* Usage errors come before the database is opened. */
  assert_usage_errors (f, usage, G_N_ELEMENTS (usage));
  listing = fixture_listing (f);
  g_assert_cmpstr (listing, ==, "");

  kolo (f, &run, "print-agenda", "--help", NULL);
  assert_ok (&run,
             "Usage: kolo-cli [--db PATH] print-agenda ID -o FILE.pdf\n"
             "Write an event’s agenda as a print-ready PDF handout for the participants\n");

  /* No such event, in a database that does not exist: a failure, and the
   * database is not created. */
  kolo (f, &run, "print-agenda", "1", "-o", "x.pdf", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no event with ID 1\n");
  g_clear_pointer (&listing, g_free);
  listing = fixture_listing (f);
  g_assert_cmpstr (listing, ==, "");

  new_event (f, "client-orientation", NULL, "2013-11-11");
  kolo (f, &run, "print-agenda", "7", "-o", "x.pdf", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no event with ID 7\n");
  kolo (f, &run, "print-agenda", "7", "-o", "-", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no event with ID 7\n");
  g_clear_pointer (&listing, g_free);
  listing = fixture_listing (f);
  g_assert_cmpstr (listing, ==, "kolo.db");
}

/* -o FILE replaces FILE by a rename, and a failure leaves it as it was. */
static void
test_print_agenda_replace (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *out = fixture_path (f, "out.pdf");
  g_autofree char *link_path = fixture_path (f, "old.pdf");
  g_autofree char *folder = fixture_path (f, "folder.pdf");
  g_autofree char *written = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *listing = NULL;
  g_auto(Run) run = { 0 };
  gsize size = 0;

  new_event (f, "client-orientation", "T", "2013-11-11");

  fixture_write (f, "out.pdf", "old contents\n");
  kolo (f, &run, "print-agenda", "2", "-o", "out.pdf", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no event with ID 2\n");
  kolo (f, &run, "print-agenda", "two", "-o", "out.pdf", NULL);
  g_assert_cmpint (run.status, ==, 2);
  kolo (f, &run, "print-agenda", "1", "-o", "missing/out.pdf", NULL);
  assert_failed_line (&run, "missing");
  written = fixture_read (f, "out.pdf");
  g_assert_cmpstr (written, ==, "old contents\n");
  g_clear_pointer (&written, g_free);

  /* Another name for the old file still sees the old bytes. */
  g_assert_cmpint (link (out, link_path), ==, 0);
  kolo (f, &run, "print-agenda", "1", "-o", "out.pdf", NULL);
  assert_ok (&run, "");
  written = kolo_test_read_file (out, &size);
  assert_pdf (written, size);
  kept = fixture_read (f, "old.pdf");
  g_assert_cmpstr (kept, ==, "old contents\n");

  /* A file that cannot be written is an error, and leaves nothing behind. */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  kolo (f, &run, "print-agenda", "1", "-o", "folder.pdf", NULL);
  assert_failed_line (&run, "folder.pdf");

  listing = fixture_listing (f);
  g_assert_cmpstr (listing, ==, "folder.pdf kolo.db old.pdf out.pdf");
}

/* Boards ------------------------------------------------------------------ */

/* The fixture: three boards, 4 + 2 + 0 approved ideas, one pending. */
static void
import_boards (Fixture *f)
{
  g_autofree char *path = kolo_test_data_path ("board-event.json");
  g_auto(Run) run = { 0 };

  kolo (f, &run, "import", path, NULL);
  assert_ok (&run, "1\n");
}

/* Local time for the CSV's time column, the same wherever the tests run:
 * two hours east of UTC, without summer time. */
static const char * const kyiv_winter[] = { "TZ=EET-2", NULL };

static const char board_markdown[] =
  "# Що таке якісне обслуговування?\n"
  "\n"
  "## Привітність · 8 votes\n"
  "\n"
  "- Рядок 1\\\n"
  "  Рядок 2 (5 votes)\n"
  "- Усмішка, «добрий день» і \"ім'я\" на бейджі (3 votes) — Мар’яна Петренко\n"
  "- \\<b>\\&amp; не розмітка — O'Brien\n"
  "\n"
  "## Порожня група\n"
  "\n"
  "## Ungrouped\n"
  "\n"
  "- Швидко, без черги (1 vote)\n";

static const char board_csv[] =
  "\xEF\xBB\xBF" "idea,cluster,votes,author,time\r\n"
  "\"Рядок 1\nРядок 2\",Привітність,5,,2013-11-11 10:42:00\r\n"
  "\"Усмішка, «добрий день» і \"\"ім'я\"\" на бейджі\",Привітність,3,Мар’яна Петренко,"
  "2013-11-11 10:41:07\r\n"
  "<b>&amp; не розмітка,Привітність,0,O'Brien,2013-11-11 10:43:30\r\n"
  "\"Швидко, без черги\",,1,,2013-11-11 10:44:00\r\n";

static void
test_boards (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *template_path = kolo_test_data_path ("board-template.json");
  g_auto(Run) run = { 0 };

  /* Read-only: a missing database is an empty one, and stays missing. */
  kolo (f, &run, "boards", "1", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no event with ID 1\n");
  g_assert_false (fixture_has (f, "kolo.db"));

  import_boards (f);
  /* IDEAS counts the approved ideas; a question's line break is a space. */
  kolo (f, &run, "boards", "1", NULL);
  assert_ok (&run,
             "1\t4\tЩо таке якісне обслуговування?\n"
             "2\t2\tХто такий «трудний» відвідувач?\n"
             "3\t0\tПитання без вправи\n");

  /* A copy runs the training again: the same questions, no ideas. */
  kolo (f, &run, "duplicate-event", "1", NULL);
  assert_ok (&run, "2\n");
  kolo (f, &run, "boards", "2", NULL);
  assert_ok (&run,
             "4\t0\tЩо таке якісне обслуговування?\n"
             "5\t0\tХто такий «трудний» відвідувач?\n"
             "6\t0\tПитання без вправи\n");

  /* An event from a template with boards gets them. */
  kolo (f, &run, "new-event", "--template", template_path, "--start", "2014-03-03", NULL);
  assert_ok (&run, "3\n");
  kolo (f, &run, "boards", "3", NULL);
  assert_ok (&run,
             "7\t0\tЩо таке якісне обслуговування?\n"
             "8\t0\tХто такий «трудний» відвідувач?\n"
             "9\t0\tПитання без вправи\n");

  /* The shipped template comes with a board for each of its brainstorms,
   * still empty. */
  new_event (f, "client-orientation", NULL, "2013-11-11");
  kolo (f, &run, "boards", "4", NULL);
  assert_ok (&run,
             "10\t0\tЩо для вас якісне обслуговування? Згадайте, коли ви самі пішли звідкись "
             "задоволені.\n"
             "11\t0\tЯка поведінка відвідувача для вас «трудна»? Поведінка, не люди — без "
             "імен.\n");

  kolo (f, &run, "boards", "9", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no event with ID 9\n");
  kolo (f, &run, "boards", "x", NULL);
  assert_run (&run, 2, "", "kolo-cli: boards: “x” is not an ID (a positive whole number)\n");
  kolo (f, &run, "boards", NULL);
  assert_run (&run, 2, "", "kolo-cli: boards: usage: kolo-cli boards ID\n");
}

static void
test_export_board (Fixture       *f,
                   gconstpointer  data)
{
  static const char * const png_to_stdout[] = {
    "export-board", "1", "-f", "png", "-o", "-", NULL
  };
  g_autoptr(GBytes) piped = NULL;
  g_autofree char *written = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(Run) run = { 0 };
  gsize size = 0;
  int status = -1;

  import_boards (f);
  before = fixture_checksum (f, "kolo.db");

  kolo (f, &run, "export-board", "1", "-f", "md", "-o", "-", NULL);
  assert_ok (&run, board_markdown);
  kolo_env (f, kyiv_winter, &run, "--db", "kolo.db", "export-board", "1", "-f", "csv", "-o", "-",
            NULL);
  assert_ok (&run, board_csv);

  /* The anonymous board: no authors; no clusters, so "Ungrouped" alone. */
  kolo (f, &run, "export-board", "2", "--format", "md", "--output", "-", NULL);
  assert_ok (&run,
             "# Хто такий «трудний» відвідувач?\n"
             "\n"
             "## Ungrouped\n"
             "\n"
             "- Той, хто поспішає\n"
             "- Той, кого не почули (2 votes)\n");
  /* A board with no ideas at all: the question alone; the CSV its header. */
  kolo (f, &run, "export-board", "3", "-f", "md", "-o", "-", NULL);
  assert_ok (&run, "# Питання без вправи\n");
  kolo (f, &run, "export-board", "3", "-f", "csv", "-o", "-", NULL);
  assert_ok (&run, "\xEF\xBB\xBF" "idea,cluster,votes,author,time\r\n");

  /* -o FILE: the same bytes in the file. */
  kolo (f, &run, "export-board", "1", "-o", "board.md", "-f", "md", NULL);
  assert_ok (&run, "");
  written = fixture_read (f, "board.md");
  g_assert_cmpstr (written, ==, board_markdown);
  g_clear_pointer (&written, g_free);

  /* The image: a PNG 1920 pixels wide; the same bytes on standard output. */
  kolo (f, &run, "export-board", "1", "-f", "png", "-o", "board.png", NULL);
  assert_ok (&run, "");
  {
    g_autofree char *path = fixture_path (f, "board.png");

    written = kolo_test_read_file (path, &size);
  }
  g_assert_cmpuint (size, >, 1000);
  g_assert_cmpmem (written, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (written + 12, 4, "IHDR", 4);
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (written + 16)), ==, 1920);
  piped = kolo_stdout_bytes (f, png_to_stdout, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpmem (g_bytes_get_data (piped, NULL), g_bytes_get_size (piped), written, size);

  /* Exporting reads only. */
  after = fixture_checksum (f, "kolo.db");
  g_assert_cmpstr (after, ==, before);
  listing = fixture_listing (f);
  g_assert_cmpstr (listing, ==, "board.md board.png kolo.db");
}

static void
test_export_board_errors (Fixture       *f,
                          gconstpointer  data)
{
  static const UsageError usage[] = {
    { { "export-board", "1", "-f", "pdf", "-o", "-" },
      "kolo-cli: export-board: “pdf” is not a format of boards; expected md, csv or png\n" },
    { { "export-board", "1", "-f", "MD", "-o", "-" },
      "kolo-cli: export-board: “MD” is not a format of boards; expected md, csv or png\n" },
    { { "export-board", "1", "-o", "-" },
      "kolo-cli: export-board: say which format to write with -f md, -f csv or -f png\n" },
    { { "export-board", "1", "-f", "md" },
      "kolo-cli: export-board: say where to write with -o FILE (or -o - for standard "
      "output)\n" },
    { { "export-board", "one", "-f", "md", "-o", "-" },
      "kolo-cli: export-board: “one” is not an ID (a positive whole number)\n" },
    { { "export-board", "-f", "md", "-o", "-" },
      "kolo-cli: export-board: usage: kolo-cli export-board BOARD -f md|csv|png -o FILE\n" },
  };
  g_autofree char *kept = NULL;
  g_autofree char *listing = NULL;
  g_auto(Run) run = { 0 };

  /* The command line is checked before any database is opened. */
  assert_usage_errors (f, usage, G_N_ELEMENTS (usage));
  g_assert_false (fixture_has (f, "kolo.db"));

  import_boards (f);
  kolo (f, &run, "export-board", "7", "-f", "csv", "-o", "-", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no board with ID 7\n");

  /* A failure leaves an existing file as it was, and nothing beside it. */
  fixture_write (f, "board.md", "old contents\n");
  kolo (f, &run, "export-board", "7", "-f", "md", "-o", "board.md", NULL);
  g_assert_cmpint (run.status, ==, 1);
  kolo (f, &run, "export-board", "1", "-f", "md", "-o", "missing/board.md", NULL);
  assert_failed_line (&run, "missing");
  kept = fixture_read (f, "board.md");
  g_assert_cmpstr (kept, ==, "old contents\n");
  listing = fixture_listing (f);
  g_assert_cmpstr (listing, ==, "board.md kolo.db");

  /* …and a success replaces it whole. */
  kolo (f, &run, "export-board", "3", "-f", "md", "-o", "board.md", NULL);
  assert_ok (&run, "");
  g_free (kept);
  kept = fixture_read (f, "board.md");
  g_assert_cmpstr (kept, ==, "# Питання без вправи\n");
}

/* Participants ------------------------------------------------------------ */

/* An event of two days with three participants (one with a tab and a line
 * break where a list has none) and a board with an idea of each kind. */
static const char people_event[] =
  "{\n"
  "  \"format\": \"kolo-event\",\n"
  "  \"version\": 4,\n"
  "  \"title\": \"Орієнтація на клієнта\",\n"
  "  \"days\": [\n"
  "    {\n"
  "      \"date\": \"2013-11-11\",\n"
  "      \"start\": \"10:00\",\n"
  "      \"modules\": []\n"
  "    },\n"
  "    {\n"
  "      \"date\": \"2013-11-12\",\n"
  "      \"start\": \"10:00\",\n"
  "      \"modules\": []\n"
  "    }\n"
  "  ],\n"
  "  \"participants\": [\n"
  "    {\n"
  "      \"name\": \"Олена <b>Коваль</b>\",\n"
  "      \"institution\": \"ЦБС\\tм. Коростеня\",\n"
  "      \"city\": \"Коростень\\nрайон\",\n"
  "      \"email\": \"olena@example.org\",\n"
  "      \"attended\": [\n"
  "        1\n"
  "      ]\n"
  "    },\n"
  "    {\n"
  "      \"name\": \"Мар’ян Петренко\",\n"
  "      \"institution\": \"Обласна бібліотека для юнацтва\"\n"
  "    },\n"
  "    {\n"
  "      \"name\": \"Ігор Бойко\",\n"
  "      \"city\": \"Житомир\"\n"
  "    }\n"
  "  ],\n"
  "  \"boards\": [\n"
  "    {\n"
  "      \"question\": \"Що таке якість?\",\n"
  "      \"clusters\": [],\n"
  "      \"ideas\": [\n"
  "        {\n"
  "          \"text\": \"Усмішка\",\n"
  "          \"participant\": 0,\n"
  "          \"color\": \"yellow\",\n"
  "          \"added\": \"2013-11-11T08:41:07Z\"\n"
  "        },\n"
  "        {\n"
  "          \"text\": \"Швидкість\",\n"
  "          \"author\": \"Гість\",\n"
  "          \"color\": \"pink\",\n"
  "          \"added\": \"2013-11-11T08:42:00Z\"\n"
  "        }\n"
  "      ]\n"
  "    }\n"
  "  ]\n"
  "}\n";

static void
import_people (Fixture *f)
{
  g_auto(Run) run = { 0 };

  fixture_write (f, "people.json", people_event);
  kolo (f, &run, "import", "people.json", NULL);
  assert_ok (&run, "1\n");
}

static void
test_participants (Fixture       *f,
                   gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  /* Read-only: a missing database is an empty one, and stays missing. */
  kolo (f, &run, "participants", "1", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no event with ID 1\n");
  g_assert_false (fixture_has (f, "kolo.db"));

  import_people (f);
  /* Tabs and line breaks in a field are spaces; markup is text. */
  kolo (f, &run, "participants", "1", NULL);
  assert_ok (&run,
             "1\tОлена <b>Коваль</b>\tЦБС м. Коростеня\tКоростень район\n"
             "2\tМар’ян Петренко\tОбласна бібліотека для юнацтва\t\n"
             "3\tІгор Бойко\t\tЖитомир\n");

  /* No participants, no lines; a copy of an event has none. */
  kolo (f, &run, "duplicate-event", "1", NULL);
  assert_ok (&run, "2\n");
  kolo (f, &run, "participants", "2", NULL);
  assert_ok (&run, "");

  kolo (f, &run, "participants", "9", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no event with ID 9\n");
  kolo (f, &run, "participants", "x", NULL);
  assert_run (&run, 2, "",
              "kolo-cli: participants: “x” is not an ID (a positive whole number)\n");
  kolo (f, &run, "participants", NULL);
  assert_run (&run, 2, "", "kolo-cli: participants: usage: kolo-cli participants ID\n");
}

static gint64
count_rows (Fixture    *f,
            const char *sql)
{
  g_autofree char *path = fixture_path (f, "kolo.db");
  sqlite3 *db = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  n = query_count (db, sql);
  sqlite3_close (db);
  return n;
}

#define ATTEND_USAGE "kolo-cli: attend: usage: kolo-cli attend ID --day N (--all | PID…)\n"

static void
test_attend (Fixture       *f,
             gconstpointer  data)
{
  static const UsageError usage[] = {
    { { "attend", "1", "--day", "0", "--all" },
      "kolo-cli: attend: “0” is not a day (a whole number from 1)\n" },
    { { "attend", "1", "--day", "x", "--all" },
      "kolo-cli: attend: “x” is not a day (a whole number from 1)\n" },
    { { "attend", "1", "--day", "1" },
      "kolo-cli: attend: give either --all or the participants’ IDs\n" },
    { { "attend", "1", "--day", "1", "--all", "2" },
      "kolo-cli: attend: give either --all or the participants’ IDs\n" },
    { { "attend", "1", "--day", "1", "Олена" },
      "kolo-cli: attend: “Олена” is not an ID (a positive whole number)\n" },
    { { "attend", "1", "--all" }, ATTEND_USAGE },
    { { "attend", "--day", "1", "--all" }, ATTEND_USAGE },
    { { "attend", "1", "--day" }, "kolo-cli: attend: option “--day” needs a value\n" },
  };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(Run) run = { 0 };

  import_people (f);
  new_event (f, "client-orientation", NULL, "2014-01-13");
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM attendance"), ==, 1);

  /* Days count from 1; the one already marked stays marked. */
  kolo (f, &run, "attend", "1", "--day", "2", "1", "3", NULL);
  assert_ok (&run, "");
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM attendance a JOIN days d"
                                  " ON d.id = a.day_id WHERE d.date = '2013-11-12'"), ==, 2);
  kolo (f, &run, "attend", "--all", "1", "--day", "1", NULL);
  assert_ok (&run, "");
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM attendance a JOIN days d"
                                  " ON d.id = a.day_id WHERE d.date = '2013-11-11'"), ==, 3);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM attendance"), ==, 5);
  kolo (f, &run, "export-event", "1", "-o", "-", NULL);
  g_assert_nonnull (strstr (run.out, "      \"name\": \"Ігор Бойко\",\n"
                                     "      \"city\": \"Житомир\",\n"
                                     "      \"attended\": [\n"
                                     "        0,\n"
                                     "        1\n"
                                     "      ]\n"));

  /* A wrong day or participant changes nothing, not even the others. */
  before = fixture_checksum (f, "kolo.db");
  kolo (f, &run, "attend", "1", "--day", "3", "--all", NULL);
  assert_run (&run, 1, "", "kolo-cli: Event 1 has no day 3; it has 2 days\n");
  kolo (f, &run, "attend", "2", "--day", "1", "2", "99", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no participant with ID 2 in event 2\n");
  kolo (f, &run, "attend", "1", "--day", "2", "2", "99", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no participant with ID 99 in event 1\n");
  kolo (f, &run, "attend", "7", "--day", "1", "--all", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no event with ID 7\n");
  after = fixture_checksum (f, "kolo.db");
  g_assert_cmpstr (after, ==, before);

  /* A wrong command line is told apart from a wrong day. */
  assert_usage_errors (f, usage, G_N_ELEMENTS (usage));
}

static void
test_export_no_personal_data (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *full = NULL;
  g_autofree char *shared = NULL;
  g_autofree char *again = NULL;
  g_auto(Run) run = { 0 };

  import_people (f);
  kolo (f, &run, "export-event", "1", "-o", "full.json", NULL);
  assert_ok (&run, "");
  full = fixture_read (f, "full.json");
  g_assert_cmpstr (full, ==, people_event);

  /* The people, the authors and the links stay home; the ideas go. */
  kolo (f, &run, "export-event", "1", "--no-personal-data", "-o", "shared.json", NULL);
  assert_ok (&run, "");
  shared = fixture_read (f, "shared.json");
  g_assert_null (strstr (shared, "\"participants\""));
  g_assert_null (strstr (shared, "Олена"));
  g_assert_null (strstr (shared, "\"participant\""));
  g_assert_null (strstr (shared, "\"author\""));
  g_assert_null (strstr (shared, "Гість"));
  g_assert_nonnull (strstr (shared, "\"text\": \"Усмішка\",\n"
                                    "          \"color\": \"yellow\",\n"));
  g_assert_nonnull (strstr (shared, "\"text\": \"Швидкість\",\n"
                                    "          \"color\": \"pink\",\n"));
  kolo (f, &run, "export-event", "1", "-o", "-", "--no-personal-data", NULL);
  assert_ok (&run, shared);

  /* What it writes it reads. */
  kolo (f, &run, "import", "shared.json", NULL);
  assert_ok (&run, "2\n");
  kolo (f, &run, "export-event", "2", "-o", "-", NULL);
  assert_ok (&run, shared);

  /* A template has no personal data to leave out. */
  kolo (f, &run, "export-template", "1", "--no-personal-data", "-o", "t.json", NULL);
  assert_run (&run, 2, "", "kolo-cli: export-template: unknown option “--no-personal-data”\n");
  g_assert_false (fixture_has (f, "t.json"));
}

/* Participant lists ------------------------------------------------------- */

static void
copy_list (Fixture    *f,
           const char *fixture,
           const char *name)
{
  g_autofree char *from = g_test_build_filename (G_TEST_DIST, "data", "participants", fixture,
                                                 NULL);
  g_autofree char *to = fixture_path (f, name);
  g_autofree char *bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  bytes = kolo_test_read_file (from, &length);
  g_file_set_contents (to, bytes, length, &error);
  g_assert_no_error (error);
}

#define PEOPLE_HEADER \
  "\xEF\xBB\xBF" "Full name,Institution,Position,City or district,E-mail,Phone,Notes,Gender," \
  "2013-11-11,2013-11-12\r\n"

static void
test_import_participants (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *written = NULL;
  g_auto(Run) run = { 0 };

  new_event (f, "client-orientation", NULL, "2013-11-11");
  copy_list (f, "zhytomyr-oblast.csv", "list.csv");

  /* The list as the library sent it: 24 added, the one sent twice left
   * out and named. */
  kolo (f, &run, "import-participants", "1", "list.csv", NULL);
  assert_run (&run, 0, "24\n",
              "kolo-cli: list.csv: Line 28: the same name and institution as line 12\n");

  /* Again: they are all there already. */
  kolo (f, &run, "import-participants", "1", "list.csv", NULL);
  g_assert_cmpstr (run.out, ==, "0\n");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (count_lines (run.err), ==, 25);
  g_assert_true (g_str_has_prefix (run.err, "kolo-cli: list.csv: Line 4: already a participant "
                                            "of this event\n"));

  kolo (f, &run, "attend", "1", "--day", "1", "--all", NULL);
  assert_ok (&run, "");
  kolo (f, &run, "export-participants", "1", "-o", "-", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (count_lines (run.out), ==, 25);
  g_assert_true (g_str_has_prefix (run.out,
                                   PEOPLE_HEADER
                                   "Ковальчук Ольга Василівна,Житомирська обласна універсальна "
                                   "наукова бібліотека ім. Олега Ольжича,провідний бібліотекар,"
                                   "м. Житомир,o.kovalchuk@example.org,(0412) 47-21-05,,f,+,\r\n"));
  g_assert_true (g_str_has_suffix (run.out,
                                   "Федорчук Вікторія Олегівна,Баранівська районна ЦБС,"
                                   "\"завідувач бібліотеки-філії \"\"Джерело\"\"\","
                                   "Баранівський р-н,,098 640 17 22,,f,+,\r\n"));

  /* -o FILE: the same bytes, and nothing else beside it. */
  kolo (f, &run, "export-participants", "1", "--output", "people.csv", NULL);
  assert_ok (&run, "");
  written = fixture_read (f, "people.csv");
  kolo (f, &run, "export-participants", "1", "-o", "-", NULL);
  g_assert_cmpstr (written, ==, run.out);
  g_free (written);
  written = fixture_listing (f);
  g_assert_cmpstr (written, ==, "kolo.db list.csv people.csv");

  /* What it writes comes back in, commas and quotes too; white space in a
   * field is one space. */
  fixture_write (f, "odd.csv", "ПІБ;Установа;Місто\r\n"
                               "Олена Коваль;\"ЦБС\tм. Коростеня\";\"Коростень, \"\"Центр\"\"\"\r\n");
  new_event (f, "client-orientation", NULL, "2013-11-11");
  kolo (f, &run, "import-participants", "2", "odd.csv", NULL);
  assert_ok (&run, "1\n");
  kolo (f, &run, "export-participants", "2", "-o", "odd-out.csv", NULL);
  assert_ok (&run, "");
  g_free (written);
  written = fixture_read (f, "odd-out.csv");
  g_assert_cmpstr (written, ==,
                   PEOPLE_HEADER
                   "Олена Коваль,ЦБС м. Коростеня,,\"Коростень, \"\"Центр\"\"\",,,,,,\r\n");
  new_event (f, "client-orientation", NULL, "2013-11-11");
  kolo (f, &run, "import-participants", "3", "odd-out.csv", NULL);
  assert_ok (&run, "1\n");
  kolo (f, &run, "export-participants", "3", "-o", "-", NULL);
  assert_ok (&run, written);
}

static void
test_import_participants_refused (Fixture       *f,
                                  gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *huge = NULL;
  g_auto(Run) run = { 0 };

  new_event (f, "client-orientation", NULL, "2013-11-11");
  before = fixture_checksum (f, "kolo.db");

  /* A row that cannot be read refuses the whole file; every such row is
   * named, the others are not added. */
  fixture_write (f, "bad.csv", "ПІБ;Установа\r\n"
                               "Іваненко Марія;ЦБС\r\n"
                               ";ЦБС\r\n"
                               "Петренко Олег;ЦБС\r\n"
                               "\"\";Інша бібліотека\r\n");
  kolo (f, &run, "import-participants", "1", "bad.csv", NULL);
  assert_run (&run, 1, "",
              "kolo-cli: bad.csv: Line 3: there is no name\n"
              "kolo-cli: bad.csv: Line 5: there is no name\n");

  /* Without a column for the names, nothing can be made. */
  fixture_write (f, "nameless.csv", "Установа;Посада\r\nЦБС;директор\r\n");
  kolo (f, &run, "import-participants", "1", "nameless.csv", NULL);
  assert_run (&run, 1, "",
              "kolo-cli: nameless.csv: No column holds the names: the file needs a column "
              "“Full name”, or “Last name” and “First name”\n");
  copy_list (f, "no-header.csv", "no-header.csv");
  kolo (f, &run, "import-participants", "1", "no-header.csv", NULL);
  assert_run (&run, 1, "",
              "kolo-cli: no-header.csv: The first line of the file does not name its columns "
              "(such as “Full name” or “Institution”), so it is not known which one holds the "
              "names\n");

  /* A broken file, an empty one, a spreadsheet's own. */
  copy_list (f, "unclosed-quote.csv", "unclosed.csv");
  kolo (f, &run, "import-participants", "1", "unclosed.csv", NULL);
  assert_run (&run, 1, "",
              "kolo-cli: unclosed.csv: Line 5: a quoted field is not closed by the end of the "
              "file\n");
  fixture_write (f, "empty.csv", "");
  kolo (f, &run, "import-participants", "1", "empty.csv", NULL);
  assert_run (&run, 1, "", "kolo-cli: empty.csv: The file is empty\n");
  fixture_write (f, "list.xlsx", "PK\x03\x04");
  kolo (f, &run, "import-participants", "1", "list.xlsx", NULL);
  assert_run (&run, 1, "",
              "kolo-cli: list.xlsx: This is a spreadsheet’s own file, not CSV: save it as CSV in "
              "the spreadsheet first\n");

  /* 300 MB, sparse: refused from its size, before a byte is read. */
  fixture_write (f, "huge.csv", "");
  huge = fixture_path (f, "huge.csv");
  g_assert_cmpint (truncate (huge, (off_t) 300 * 1024 * 1024), ==, 0);
  kolo (f, &run, "import-participants", "1", "huge.csv", NULL);
  assert_run (&run, 1, "",
              "kolo-cli: huge.csv: The file is too big: 300 MB; the limit is 64 MB\n");
  g_unlink (huge);

  kolo (f, &run, "import-participants", "1", "missing.csv", NULL);
  assert_failed_line (&run, "missing.csv");
  kolo (f, &run, "import-participants", "7", "bad.csv", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no event with ID 7\n");

  after = fixture_checksum (f, "kolo.db");
  g_assert_cmpstr (after, ==, before);

  kolo (f, &run, "import-participants", "1", NULL);
  assert_run (&run, 2, "", "kolo-cli: import-participants: usage: kolo-cli import-participants "
                           "ID FILE.csv\n");
  kolo (f, &run, "import-participants", "x", "bad.csv", NULL);
  assert_run (&run, 2, "",
              "kolo-cli: import-participants: “x” is not an ID (a positive whole number)\n");
}

static void
test_export_participants_errors (Fixture       *f,
                                 gconstpointer  data)
{
  static const UsageError usage[] = {
    { { "export-participants", "1" },
      "kolo-cli: export-participants: say where to write with -o FILE (or -o - for "
      "standard output)\n" },
    { { "export-participants", "one", "-o", "-" },
      "kolo-cli: export-participants: “one” is not an ID (a positive whole number)\n" },
    { { "export-participants", "-o", "-" },
      "kolo-cli: export-participants: usage: kolo-cli export-participants "
      "ID -o FILE.csv\n" },
  };
  g_autofree char *kept = NULL;
  g_autofree char *listing = NULL;
  g_auto(Run) run = { 0 };

  assert_usage_errors (f, usage, G_N_ELEMENTS (usage));
  /* Read-only: a missing database stays missing. */
  kolo (f, &run, "export-participants", "1", "-o", "-", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no event with ID 1\n");
  g_assert_false (fixture_has (f, "kolo.db"));

  /* An event without participants: the header alone. */
  new_event (f, "client-orientation", NULL, "2013-11-11");
  kolo (f, &run, "export-participants", "1", "-o", "-", NULL);
  assert_ok (&run, PEOPLE_HEADER);

  /* A failure leaves an existing file as it was, and nothing beside it. */
  fixture_write (f, "people.csv", "old contents\n");
  kolo (f, &run, "export-participants", "7", "-o", "people.csv", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no event with ID 7\n");
  kolo (f, &run, "export-participants", "1", "-o", "missing/people.csv", NULL);
  assert_failed_line (&run, "missing");
  kept = fixture_read (f, "people.csv");
  g_assert_cmpstr (kept, ==, "old contents\n");
  listing = fixture_listing (f);
  g_assert_cmpstr (listing, ==, "kolo.db people.csv");
}

/* Certificates and sign-in sheets ----------------------------------------- */

/* The standard output of poppler's @tool run on @name in the fixture's
 * folder, or NULL (the check skipped) when poppler-utils is missing. */
static char *
poppler (Fixture    *f,
         const char *tool,
         const char *name)
{
  g_autofree char *program = g_find_program_in_path (tool);
  g_autofree char *path = fixture_path (f, name);
  g_autoptr(GError) error = NULL;
  /* pdftotext is told "-" to print the text; pdfinfo always prints. */
  const char *argv[] = { program, "-enc", "UTF-8", path,
                         g_str_equal (tool, "pdfinfo") ? NULL : "-", NULL };
  char *out = NULL;
  int status = -1;

  if (program == NULL)
    return NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  return out;
}

/* Asserts that @name has @pages pages, when pdfinfo is there to say. */
static void
assert_pdf_pages (Fixture    *f,
                  const char *name,
                  int         pages)
{
  g_autofree char *info = poppler (f, "pdfinfo", name);
  const char *line;

  if (info == NULL)
    return;
  line = strstr (info, "\nPages:");
  if (line == NULL || g_ascii_strtoll (line + strlen ("\nPages:"), NULL, 10) != pages)
    g_test_fail_printf ("%s should have %d pages:\n%s", name, pages, info);
}

/* Asserts that the text of @name has @needle, when pdftotext is there. */
static void
assert_pdf_has (Fixture    *f,
                const char *name,
                const char *needle)
{
  g_autofree char *text = poppler (f, "pdftotext", name);

  if (text != NULL && strstr (text, needle) == NULL)
    g_test_fail_printf ("%s lacks “%s”:\n%s", name, needle, text);
}

/* "NAME=NUMBER" of event 1's participants in the list's order, joined
 * with "|"; "-" for no number yet. */
static char *
certificate_numbers (Fixture *f)
{
  g_autofree char *path = fixture_path (f, "kolo.db");
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  GString *out = g_string_new (NULL);

  /* Read-write: a read-only connection would leave the WAL's files behind. */
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name, coalesce (certificate, '-')"
                                           " FROM participants WHERE event_id = 1"
                                           " ORDER BY position", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (out, "%s%s=%s", out->len > 0 ? "|" : "",
                            (const char *) sqlite3_column_text (stmt, 0),
                            (const char *) sqlite3_column_text (stmt, 1));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

#define assert_certificate_numbers(f, expected) G_STMT_START { \
    g_autofree char *got_ = certificate_numbers (f); \
    g_assert_cmpstr (got_, ==, (expected)); \
  } G_STMT_END

static void
test_print_certificates (Fixture       *f,
                         gconstpointer  data)
{
  static const char * const to_stdout[] = { "print-certificates", "1", "-o", "-", NULL };
  g_autofree char *path = fixture_path (f, "certificates.pdf");
  g_autofree char *piped_path = fixture_path (f, "piped.pdf");
  g_autofree char *pdf = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GBytes) piped = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  gsize size = 0;
  int status = -1;

  /* Two days; Олена came on the second, the others on neither. */
  import_people (f);
  kolo (f, &run, "print-certificates", "1", "-o", "certificates.pdf", NULL);
  assert_run (&run, 1, "", "kolo-cli: Nobody in event 1 attended enough days for a certificate\n");
  g_assert_false (fixture_has (f, "certificates.pdf"));
  assert_certificate_numbers (f, "Олена <b>Коваль</b>=-|Мар’ян Петренко=-|Ігор Бойко=-");

  /* Both days: hers is the one certificate, and its number is given. */
  kolo (f, &run, "attend", "1", "--day", "1", "1", "3", NULL);
  assert_ok (&run, "");
  kolo (f, &run, "print-certificates", "1", "-o", "certificates.pdf", NULL);
  assert_ok (&run, "");
  pdf = kolo_test_read_file (path, &size);
  assert_pdf (pdf, size);
  assert_pdf_pages (f, "certificates.pdf", 1);
  assert_pdf_has (f, "certificates.pdf", "Олена <b>Коваль</b>");
  assert_pdf_has (f, "certificates.pdf", "No. 001");
  assert_certificate_numbers (f, "Олена <b>Коваль</b>=001|Мар’ян Петренко=-|Ігор Бойко=-");

  /* Printing again gives the same number and changes nothing. */
  before = fixture_checksum (f, "kolo.db");
  kolo (f, &run, "print-certificates", "--output", "again.pdf", "1", NULL);
  assert_ok (&run, "");
  assert_pdf_pages (f, "again.pdf", 1);
  after = fixture_checksum (f, "kolo.db");
  g_assert_cmpstr (after, ==, before);

  /* Ігор comes on day 2 too: the next number, on standard output. */
  kolo (f, &run, "attend", "1", "--day", "2", "3", NULL);
  assert_ok (&run, "");
  piped = kolo_stdout_bytes (f, to_stdout, &status);
  g_assert_cmpint (status, ==, 0);
  assert_pdf (g_bytes_get_data (piped, NULL), g_bytes_get_size (piped));
  g_file_set_contents (piped_path, g_bytes_get_data (piped, NULL), g_bytes_get_size (piped),
                       &error);
  g_assert_no_error (error);
  assert_pdf_pages (f, "piped.pdf", 2);
  assert_pdf_has (f, "piped.pdf", "No. 002");
  assert_certificate_numbers (f, "Олена <b>Коваль</b>=001|Мар’ян Петренко=-|Ігор Бойко=002");

  listing = fixture_listing (f);
  g_assert_cmpstr (listing, ==, "again.pdf certificates.pdf kolo.db people.json piped.pdf");
}

static void
test_print_certificates_errors (Fixture       *f,
                                gconstpointer  data)
{
  static const UsageError usage[] = {
    { { "print-certificates", "1" },
      "kolo-cli: print-certificates: say where to write with -o FILE "
      "(or -o - for standard output)\n" },
    { { "print-certificates", "-o", "x.pdf" },
      "kolo-cli: print-certificates: usage: kolo-cli print-certificates ID -o FILE.pdf\n" },
    { { "print-certificates", "1", "2", "-o", "x.pdf" },
      "kolo-cli: print-certificates: usage: kolo-cli print-certificates ID -o FILE.pdf\n" },
    { { "print-certificates", "one", "-o", "x.pdf" },
      "kolo-cli: print-certificates: “one” is not an ID (a positive whole number)\n" },
    { { "print-certificates", "1", "-o" },
      "kolo-cli: print-certificates: option “-o” needs a value\n" },
  };
  g_autofree char *listing = NULL;
  g_autofree char *kept = NULL;
  g_auto(Run) run = { 0 };

  /* Usage errors come before the database is opened. */
  assert_usage_errors (f, usage, G_N_ELEMENTS (usage));
  listing = fixture_listing (f);
  g_assert_cmpstr (listing, ==, "");

  kolo (f, &run, "print-certificates", "--help", NULL);
  assert_ok (&run,
             "Usage: kolo-cli [--db PATH] print-certificates ID -o FILE.pdf\n"
             "Write the certificates of the participants who attended enough days as a "
             "print-ready PDF, giving the numbers that are missing\n");

  /* No such event; no participants.  A file of the name stays as it was. */
  new_event (f, "client-orientation", NULL, "2013-11-11");
  fixture_write (f, "x.pdf", "old contents\n");
  kolo (f, &run, "print-certificates", "7", "-o", "x.pdf", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no event with ID 7\n");
  kolo (f, &run, "print-certificates", "1", "-o", "x.pdf", NULL);
  assert_run (&run, 1, "", "kolo-cli: Nobody in event 1 attended enough days for a certificate\n");
  kolo (f, &run, "print-certificates", "1", "-o", "-", NULL);
  assert_run (&run, 1, "", "kolo-cli: Nobody in event 1 attended enough days for a certificate\n");
  kept = fixture_read (f, "x.pdf");
  g_assert_cmpstr (kept, ==, "old contents\n");

  /* A folder that is not there. */
  fixture_write (f, "people.json", people_event);
  kolo (f, &run, "import", "people.json", NULL);
  assert_ok (&run, "2\n");
  kolo (f, &run, "attend", "2", "--all", "--day", "1", NULL);
  assert_ok (&run, "");
  kolo (f, &run, "attend", "2", "--all", "--day", "2", NULL);
  assert_ok (&run, "");
  kolo (f, &run, "print-certificates", "2", "-o", "missing/x.pdf", NULL);
  assert_failed_line (&run, "missing");

  g_clear_pointer (&listing, g_free);
  listing = fixture_listing (f);
  g_assert_cmpstr (listing, ==, "kolo.db people.json x.pdf");
}

static void
test_print_signin (Fixture       *f,
                   gconstpointer  data)
{
  static const char * const to_stdout[] = { "print-signin", "1", "--day", "2", "-o", "-", NULL };
  g_autofree char *path = fixture_path (f, "day1.pdf");
  g_autofree char *pdf = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *listing = NULL;
  g_auto(Run) run = { 0 };
  gsize size = 0;

  import_people (f);
  before = fixture_checksum (f, "kolo.db");

  kolo (f, &run, "print-signin", "1", "--day", "1", "-o", "day1.pdf", NULL);
  assert_ok (&run, "");
  pdf = kolo_test_read_file (path, &size);
  assert_pdf (pdf, size);
  assert_pdf_pages (f, "day1.pdf", 1);
  assert_pdf_has (f, "day1.pdf", "Day 1");
  assert_pdf_has (f, "day1.pdf", "Monday, 11 November 2013");
  assert_pdf_has (f, "day1.pdf", "Олена <b>Коваль</b>");
  assert_pdf_has (f, "day1.pdf", "Мар’ян Петренко");
  assert_pdf_has (f, "day1.pdf", "Ігор Бойко");

  /* --output is -o's long form; options in any order. */
  kolo (f, &run, "print-signin", "--day", "2", "1", "--output", "day2.pdf", NULL);
  assert_ok (&run, "");
  assert_pdf_has (f, "day2.pdf", "Tuesday, 12 November 2013");

  /* "-o -": the same PDF on standard output. */
  assert_piped_pdf (f, to_stdout, "day2.pdf");

  /* It only reads the database. */
  after = fixture_checksum (f, "kolo.db");
  g_assert_cmpstr (after, ==, before);
  listing = fixture_listing (f);
  g_assert_cmpstr (listing, ==, "day1.pdf day2.pdf kolo.db people.json");
}

#define SIGNIN_USAGE "kolo-cli: print-signin: usage: kolo-cli print-signin ID --day N -o FILE.pdf\n"

static void
test_print_signin_errors (Fixture       *f,
                          gconstpointer  data)
{
  static const UsageError usage[] = {
    { { "print-signin", "1", "--day", "1" },
      "kolo-cli: print-signin: say where to write with -o FILE "
      "(or -o - for standard output)\n" },
    { { "print-signin", "1", "-o", "x.pdf" }, SIGNIN_USAGE },
    { { "print-signin", "--day", "1", "-o", "x.pdf" }, SIGNIN_USAGE },
    { { "print-signin", "1", "--day", "0", "-o", "x.pdf" },
      "kolo-cli: print-signin: “0” is not a day (a whole number from 1)\n" },
    { { "print-signin", "1", "--day", "two", "-o", "x.pdf" },
      "kolo-cli: print-signin: “two” is not a day (a whole number from 1)\n" },
    { { "print-signin", "x", "--day", "1", "-o", "x.pdf" },
      "kolo-cli: print-signin: “x” is not an ID (a positive whole number)\n" },
    { { "print-signin", "1", "--day" }, "kolo-cli: print-signin: option “--day” needs a value\n" },
  };
  g_autofree char *listing = NULL;
  g_auto(Run) run = { 0 };

  assert_usage_errors (f, usage, G_N_ELEMENTS (usage));

  kolo (f, &run, "print-signin", "--help", NULL);
  assert_ok (&run,
             "Usage: kolo-cli [--db PATH] print-signin ID --day N -o FILE.pdf\n"
             "Write day N’s sign-in sheet as a print-ready PDF\n");

  /* Read-only: a missing database is an empty one, and stays missing. */
  kolo (f, &run, "print-signin", "1", "--day", "1", "-o", "x.pdf", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no event with ID 1\n");
  listing = fixture_listing (f);
  g_assert_cmpstr (listing, ==, "");

  /* A day the event does not have, an event that is not there. */
  import_people (f);
  kolo (f, &run, "print-signin", "1", "--day", "3", "-o", "x.pdf", NULL);
  assert_run (&run, 1, "", "kolo-cli: Event 1 has no day 3; it has 2 days\n");
  kolo (f, &run, "print-signin", "1", "--day", "4294967295", "-o", "-", NULL);
  assert_run (&run, 1, "", "kolo-cli: Event 1 has no day 4294967295; it has 2 days\n");
  kolo (f, &run, "print-signin", "7", "--day", "1", "-o", "x.pdf", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no event with ID 7\n");
  kolo (f, &run, "print-signin", "1", "--day", "1", "-o", "missing/x.pdf", NULL);
  assert_failed_line (&run, "missing");
  g_clear_pointer (&listing, g_free);
  listing = fixture_listing (f);
  g_assert_cmpstr (listing, ==, "kolo.db people.json");
}

/* Decks ------------------------------------------------------------------- */

static const char small_deck[] =
  "{\n"
  "  \"format\": \"kolo-deck\",\n"
  "  \"version\": 1,\n"
  "  \"title\": \"Складні розмови\",\n"
  "  \"description\": \"Для другого модуля\",\n"
  "  \"cards\": [\n"
  "    {\n"
  "      \"kind\": \"situation\",\n"
  "      \"title\": \"Шум\\tу залі\",\n"
  "      \"public\": \"Підлітки голосно розмовляють у читальній залі.\",\n"
  "      \"briefs\": [\n"
  "        {\n"
  "          \"role\": \"Читач\",\n"
  "          \"text\": \"Ви готуєтеся до іспиту.\"\n"
  "        },\n"
  "        {\n"
  "          \"role\": \"Бібліотекарка\",\n"
  "          \"text\": \"Ви хочете тиші, не образивши нікого.\"\n"
  "        }\n"
  "      ],\n"
  "      \"category\": \"Шум\",\n"
  "      \"difficulty\": \"easy\"\n"
  "    },\n"
  "    {\n"
  "      \"kind\": \"role\",\n"
  "      \"title\": \"Директорка\",\n"
  "      \"public\": \"\",\n"
  "      \"briefs\": [],\n"
  "      \"category\": \"\",\n"
  "      \"difficulty\": \"medium\"\n"
  "    }\n"
  "  ]\n"
  "}\n";

/* What `decks` lists for the decks Kolo ships: DECK⇥CARDS⇥TITLE by
 * title, numbered in the order of their files' names. */
static char *
shipped_decks (void)
{
  g_autofree char *dir_path = g_build_filename (g_getenv ("KOLO_SOURCE_ROOT"), "data", "decks",
                                                NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new (NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir_path, names->pdata[i], NULL);
      g_autofree char *text = kolo_test_read_file (path, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(KoloDeck) deck = kolo_deck_parse (text, strlen (text), &error);
      g_autofree char *key = NULL;

      g_assert_no_error (error);
      key = g_utf8_casefold (kolo_deck_get_title (deck), -1);
      g_ptr_array_add (rows, g_strdup_printf ("%s\n%u\t%u\t%s\n", key, i + 1,
                                              g_list_model_get_n_items (kolo_deck_get_cards (deck)),
                                              kolo_deck_get_title (deck)));
    }
  g_ptr_array_sort (rows, compare_names);
  for (guint i = 0; i < rows->len; i++)
    g_string_append (out, strchr (rows->pdata[i], '\n') + 1);
  return g_string_free (out, FALSE);
}

static void
test_decks (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *shipped = shipped_decks ();
  g_autofree char *all = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *id = NULL;
  g_auto(Run) run = { 0 };
  guint n_shipped = count_lines (shipped);

  /* Read-only: a missing database lists the shipped decks, and stays
   * missing. */
  kolo (f, &run, "decks", NULL);
  assert_ok (&run, shipped);
  g_assert_false (fixture_has (f, "kolo.db"));

  /* A deck file is imported as any Kolo file: its ID is printed.  The
   * shipped decks came first. */
  fixture_write (f, "deck.json", small_deck);
  kolo (f, &run, "import", "deck.json", NULL);
  id = g_strdup_printf ("%u\n", n_shipped + 1);
  assert_ok (&run, id);
  g_strchomp (id);

  /* Listed by title; tabs in a title are spaces. */
  kolo (f, &run, "decks", NULL);
  g_assert_cmpint (run.status, ==, 0);
  all = g_strdup_printf ("%s\t2\tСкладні розмови\n", id);
  g_assert_nonnull (strstr (run.out, all));
  g_assert_cmpuint (count_lines (run.out), ==, n_shipped + 1);

  /* Export gives back the file, byte for byte, to a file or stdout. */
  kolo (f, &run, "export-deck", id, "-o", "again.json", NULL);
  assert_ok (&run, "");
  exported = fixture_read (f, "again.json");
  g_assert_cmpstr (exported, ==, small_deck);
  kolo (f, &run, "export-deck", "--output", "-", id, NULL);
  assert_ok (&run, small_deck);

  kolo (f, &run, "export-deck", "99", "-o", "x.json", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no deck with ID 99\n");
  listing = fixture_listing (f);
  g_assert_cmpstr (listing, ==, "again.json deck.json kolo.db");
}

static void
test_decks_errors (Fixture       *f,
                   gconstpointer  data)
{
  static const UsageError usage[] = {
    { { "decks", "1" }, "kolo-cli: decks: usage: kolo-cli decks\n" },
    { { "export-deck", "1" },
      "kolo-cli: export-deck: say where to write with -o FILE "
      "(or -o - for standard output)\n" },
    { { "export-deck", "-o", "x.json" },
      "kolo-cli: export-deck: usage: kolo-cli export-deck DECK -o FILE\n" },
    { { "export-deck", "deck", "-o", "x.json" },
      "kolo-cli: export-deck: “deck” is not an ID (a positive whole number)\n" },
    { { "print-deck", "1" },
      "kolo-cli: print-deck: say where to write with -o FILE "
      "(or -o - for standard output)\n" },
    { { "print-deck", "1", "--event", "first", "-o", "x.pdf" },
      "kolo-cli: print-deck: “first” is not an ID (a positive whole number)\n" },
    { { "print-deck", "1", "--landscape", "-o", "x.pdf" },
      "kolo-cli: print-deck: unknown option “--landscape”\n" },
    { { "print-deck", "-o", "x.pdf" },
      "kolo-cli: print-deck: usage: kolo-cli print-deck DECK [--event ID] -o FILE.pdf\n" },
  };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *listing = NULL;
  g_auto(Run) run = { 0 };

  assert_usage_errors (f, usage, G_N_ELEMENTS (usage));
  listing = fixture_listing (f);
  g_assert_cmpstr (listing, ==, "");

  /* A bad deck file changes nothing, and says where each problem is. */
  new_event (f, "client-orientation", NULL, "2013-11-11");
  kolo (f, &run, "decks", NULL);
  g_assert_cmpint (run.status, ==, 0);
  before = fixture_checksum (f, "kolo.db");
  fixture_write (f, "bad.json",
                 "{\"format\": \"kolo-deck\", \"version\": 1, \"title\": \"К\", \"cards\": ["
                 "{\"kind\": \"scene\", \"title\": \"Т\"},"
                 "{\"kind\": \"role\", \"title\": \"Т\", \"briefs\": [{\"text\": \"\"}]}]}");
  kolo (f, &run, "import", "bad.json", NULL);
  assert_run (&run, 1, "",
              "kolo-cli: bad.json: cards[0].kind: “scene” is not a kind of card; expected "
              "situation, role or observer\n"
              "kolo-cli: bad.json: cards[1].briefs[0].text: must not be blank\n");
  fixture_write (f, "new.json", "{\"format\": \"kolo-deck\", \"version\": 2}");
  kolo (f, &run, "import", "new.json", NULL);
  assert_run (&run, 1, "",
              "kolo-cli: new.json: version: this kolo-deck file is version 2, newer than this "
              "Kolo understands (up to 1); update Kolo to open it\n");
  after = fixture_checksum (f, "kolo.db");
  g_assert_cmpstr (after, ==, before);

  /* A deck is no template. */
  fixture_write (f, "deck.json", small_deck);
  kolo (f, &run, "new-event", "--template", "deck.json", "--start", "2013-11-11", NULL);
  assert_run (&run, 1, "",
              "kolo-cli: deck.json: format: this is a kolo-deck file (a deck of cards), not a "
              "template or an event\n");
}

static void
test_print_deck (Fixture       *f,
                 gconstpointer  data)
{
  static const char * const to_stdout[] = { "print-deck", "3", "-o", "-", NULL };
  g_autofree char *db_path = fixture_path (f, "kolo.db");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *path = fixture_path (f, "cards.pdf");
  g_auto(Run) run = { 0 };
  sqlite3 *db = NULL;
  gsize size = 0;

  /* The shipped decks are 1 and 2; ours is 3. */
  import_people (f);
  fixture_write (f, "deck.json", small_deck);
  kolo (f, &run, "import", "deck.json", NULL);
  assert_ok (&run, "3\n");
  before = fixture_checksum (f, "kolo.db");

  kolo (f, &run, "print-deck", "3", "-o", "cards.pdf", NULL);
  assert_ok (&run, "");
  pdf = kolo_test_read_file (path, &size);
  assert_pdf (pdf, size);
  assert_pdf_pages (f, "cards.pdf", 1);
  assert_pdf_has (f, "cards.pdf", "Шум у залі");
  assert_pdf_has (f, "cards.pdf", "Підлітки голосно розмовляють у читальній залі.");
  assert_pdf_has (f, "cards.pdf", "Ви хочете тиші, не образивши нікого.");
  assert_pdf_has (f, "cards.pdf", "Директорка");

  /* "-o -": the same PDF on standard output. */
  assert_piped_pdf (f, to_stdout, "cards.pdf");

  /* Only the cards an event drew, with the players' names. */
  kolo (f, &run, "print-deck", "3", "--event", "1", "-o", "drawn.pdf", NULL);
  assert_run (&run, 1, "", "kolo-cli: Event 1 drew no cards from deck 3\n");
  kolo (f, &run, "print-deck", "3", "--event", "7", "-o", "drawn.pdf", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no event with ID 7\n");
  after = fixture_checksum (f, "kolo.db");
  g_assert_cmpstr (after, ==, before);

  /* (The app draws and casts; here another connection does.) */
  g_assert_cmpint (sqlite3_open (db_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO plays (id, event_id, deck_id, card_id, card_title,"
                                 " drawn_us) SELECT 1, 1, 3, id, title, 0 FROM cards"
                                 " WHERE deck_id = 3 AND position = 0;"
                                 "INSERT INTO play_roles (play_id, participant_id, grp, position,"
                                 " brief, role) VALUES (1, 2, 0, 0, 0, 'Читач'),"
                                 " (1, 3, 0, 1, 1, 'Бібліотекарка'), (1, 1, 0, 2, NULL, NULL);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  kolo (f, &run, "print-deck", "3", "--event", "1", "-o", "drawn.pdf", NULL);
  assert_ok (&run, "");
  assert_pdf_pages (f, "drawn.pdf", 1);
  assert_pdf_has (f, "drawn.pdf", "For Мар’ян Петренко");
  assert_pdf_has (f, "drawn.pdf", "For Ігор Бойко");
  {
    g_autofree char *text = poppler (f, "pdftotext", "drawn.pdf");

    if (text != NULL)
      {
        g_assert_null (strstr (text, "Директорка"));
        g_assert_null (strstr (text, "Коваль"));
      }
  }

  kolo (f, &run, "print-deck", "9", "-o", "x.pdf", NULL);
  assert_run (&run, 1, "", "kolo-cli: There is no deck with ID 9\n");
  kolo (f, &run, "print-deck", "3", "-o", "missing/x.pdf", NULL);
  assert_failed_line (&run, "missing");
  listing = fixture_listing (f);
  g_assert_cmpstr (listing, ==, "cards.pdf deck.json drawn.pdf kolo.db people.json");
}

int
main (int    argc,
      char **argv)
{
  kolo_test_init (&argc, &argv);
  /* Each case runs many commands: a failed check marks its case failed and
   * lets the rest of the program run, so one bug does not hide others. */
  g_test_set_nonfatal_assertions ();

#define ADD(path, func) \
  g_test_add ("/kolo/cli/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("help", test_help);
  ADD ("help/command", test_help_command);
  ADD ("version", test_version);
  ADD ("usage-errors", test_usage_errors);
  ADD ("db/forms", test_db_forms);
  ADD ("db/default-path", test_db_default_path);
  ADD ("templates", test_templates);
  ADD ("new-event", test_new_event);
  ADD ("new-event/template-argument", test_new_event_template_argument);
  ADD ("events/newest-first", test_events_newest_first);
  ADD ("events/fields", test_events_fields);
  ADD ("events/archived", test_events_archived);
  ADD ("events/archive-write-fails", test_events_archive_write_fails);
  ADD ("search", test_search);
  ADD ("duplicate-delete", test_duplicate_delete);
  ADD ("show-event/english", test_show_event_english);
  ADD ("show-event/details", test_show_event_details);
  ADD ("show-event/clock-times", test_show_event_clock_times);
  ADD ("show-event/ukrainian-dates", test_show_event_ukrainian_dates);
  ADD ("show-event/ukrainian-translated", test_show_event_ukrainian_translated);
  ADD ("export", test_export);
  ADD ("import/event", test_import_event);
  ADD ("import/template", test_import_template);
  ADD ("save-template", test_save_template);
  ADD ("output/replace", test_output_replace);
  ADD ("backup", test_backup);
  ADD ("backup/onto-itself", test_backup_onto_itself);
  ADD ("db/read-only-creates-nothing", test_read_only_creates_nothing);
  ADD ("import/bad-file", test_import_bad_file);
  ADD ("import/one-line-per-problem", test_import_one_line_per_problem);
  ADD ("db/closed-at-exit", test_db_closed_at_exit);
  ADD ("db/not-kolo", test_db_not_kolo);
  ADD ("db/newer", test_db_newer);
  ADD ("print-agenda", test_print_agenda);
  ADD ("print-agenda/ukrainian", test_print_agenda_ukrainian);
  ADD ("print-agenda/errors", test_print_agenda_errors);
  ADD ("print-agenda/replace", test_print_agenda_replace);
  ADD ("boards", test_boards);
  ADD ("export-board", test_export_board);
  ADD ("export-board/errors", test_export_board_errors);
  ADD ("participants", test_participants);
  ADD ("attend", test_attend);
  ADD ("export-event/no-personal-data", test_export_no_personal_data);

  ADD ("import-participants", test_import_participants);
  ADD ("import-participants/refused", test_import_participants_refused);
  ADD ("export-participants/errors", test_export_participants_errors);
  ADD ("print-certificates", test_print_certificates);
  ADD ("print-certificates/errors", test_print_certificates_errors);
  ADD ("print-signin", test_print_signin);
  ADD ("print-signin/errors", test_print_signin_errors);
  ADD ("decks", test_decks);
  ADD ("decks/errors", test_decks_errors);
  ADD ("print-deck", test_print_deck);

#undef ADD

  return g_test_run ();
}
