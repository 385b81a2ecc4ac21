/* kolo-doc-boards.c — brainstorm boards in kolo-event and kolo-template
 * files (version 2): reading, checking and writing them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-doc"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "kolo-activity.h"
#include "kolo-board.h"
#include "kolo-day.h"
#include "kolo-doc-private.h"
#include "kolo-module.h"
#include "kolo-text.h"

static void
kolo_doc_idea_free (KoloDocIdea *idea)
{
  g_free (idea->text);
  g_free (idea->author);
  g_free (idea);
}

static void
kolo_doc_cluster_free (KoloDocCluster *cluster)
{
  g_free (cluster->title);
  g_ptr_array_unref (cluster->ideas);
  g_free (cluster);
}

void
_kolo_doc_board_free (KoloDocBoard *board)
{
  g_free (board->question);
  g_ptr_array_unref (board->clusters);
  g_ptr_array_unref (board->ideas);
  g_free (board);
}

KoloDocBoard *
kolo_doc_board_new (void)
{
  KoloDocBoard *board = g_new0 (KoloDocBoard, 1);

  board->question = g_strdup ("");
  board->day = board->module = board->activity = -1;
  board->clusters = g_ptr_array_new_with_free_func ((GDestroyNotify) kolo_doc_cluster_free);
  board->ideas = g_ptr_array_new_with_free_func ((GDestroyNotify) kolo_doc_idea_free);
  return board;
}

KoloDocCluster *
kolo_doc_cluster_new (void)
{
  KoloDocCluster *cluster = g_new0 (KoloDocCluster, 1);

  cluster->title = g_strdup ("");
  cluster->color = KOLO_NOTE_YELLOW;
  cluster->ideas = g_ptr_array_new_with_free_func ((GDestroyNotify) kolo_doc_idea_free);
  return cluster;
}

KoloDocIdea *
kolo_doc_idea_new (void)
{
  KoloDocIdea *idea = g_new0 (KoloDocIdea, 1);

  idea->text = g_strdup ("");
  idea->author = g_strdup ("");
  idea->participant = -1;
  idea->color = KOLO_NOTE_YELLOW;
  return idea;
}

/**
 * kolo_doc_clear_ideas:
 *
 * Empties every board of @doc, keeping its question and settings: what an
 * event run again starts from (a duplicate, an event made from an event
 * file).
 */
void
kolo_doc_clear_ideas (KoloDoc *doc)
{
  for (guint i = 0; i < doc->boards->len; i++)
    {
      KoloDocBoard *board = doc->boards->pdata[i];

      g_ptr_array_set_size (board->clusters, 0);
      g_ptr_array_set_size (board->ideas, 0);
    }
}

/* Reading ----------------------------------------------------------------- */

/* The "added" time of an idea: UTC, whole seconds, always spelled
 * 2026-11-25T09:41:07Z, so that a file has one spelling of a time. */
static gboolean
parse_utc_time (const char *text,
                gint64     *usec)
{
  static const char shape[] = "dddd-dd-ddTdd:dd:ddZ";
  g_autoptr(GDateTime) time = NULL;
  int year, month, day, hour, minute, second;

  if (strlen (text) != strlen (shape))
    return FALSE;
  for (guint i = 0; shape[i] != '\0'; i++)
    if (shape[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != shape[i])
      return FALSE;

  year = atoi (text);
  month = atoi (text + 5);
  day = atoi (text + 8);
  hour = atoi (text + 11);
  minute = atoi (text + 14);
  second = atoi (text + 17);
  if (year < 1 || !g_date_valid_dmy (day, month, year) || hour > 23 || minute > 59 ||
      second > 59)
    return FALSE;

  time = g_date_time_new_utc (year, month, day, hour, minute, second);
  if (time == NULL)
    return FALSE;
  *usec = g_date_time_to_unix (time) * G_USEC_PER_SEC;
  return TRUE;
}

static char *
note_color_names (void)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < KOLO_N_NOTE_COLORS; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", kolo_note_color_to_string (i));
  return g_strdup (names->str);
}

static void
read_color (KoloJsonCheck *check,
            JsonObject    *object,
            KoloNoteColor *color)
{
  g_autofree char *name = kolo_json_check_string (check, object, "color", TRUE,
                                                    KOLO_TITLE_MAX_CHARS);

  if (name != NULL && !kolo_note_color_from_string (name, color))
    {
      g_autofree char *names = note_color_names ();

      kolo_json_check_push_key (check, "color");
      /* Translators: the colour names are the file's own, in English */
      kolo_json_check_problem (check, _("“%s” is not a colour of notes; expected one of %s"),
                               name, names);
      kolo_json_check_pop (check);
    }
}

/* An author is a name on one line, as a trainer's is. */
static void
read_author (KoloJsonCheck *check,
             JsonObject    *object,
             gboolean       anonymous,
             KoloDocIdea   *idea)
{
  JsonNode *node = json_object_get_member (object, "author");
  const char *name;

  if (node == NULL)
    return;

  kolo_json_check_push_key (check, "author");
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    kolo_json_check_problem (check, _("expected a name in quotes"));
  else if (g_utf8_strlen (name = json_node_get_string (node), -1) > KOLO_TITLE_MAX_CHARS ||
           strpbrk (name, "\r\n") != NULL)
    kolo_json_check_problem (check, _("expected one name of at most %u characters"),
                             KOLO_TITLE_MAX_CHARS);
  else if (anonymous && *name != '\0')
    kolo_json_check_problem (check, _("an anonymous board keeps no authors"));
  else
    take_text (&idea->author, g_strdup (name));
  kolo_json_check_pop (check);
}

static void
read_idea (KoloJsonCheck *check,
           JsonNode      *node,
           gboolean       anonymous,
           int            n_participants,
           GPtrArray     *ideas)
{
  static const char * const keys[] = {
    "text", "author", "participant", "color", "votes", "pending", "added", NULL
  };
  static const char * const keys_v2[] = {
    "text", "author", "color", "votes", "pending", "added", NULL
  };
  g_autofree char *votes_message = NULL;
  g_autofree char *added = NULL;
  KoloDocIdea *idea;
  JsonObject *object;
  gint64 votes;

  if ((object = kolo_json_check_object (check, node)) == NULL)
    return;
  kolo_json_check_keys (check, object, n_participants >= 0 ? keys : keys_v2);

  idea = kolo_doc_idea_new ();
  g_ptr_array_add (ideas, idea);

  take_text (&idea->text,
             kolo_json_check_string (check, object, "text", TRUE, KOLO_IDEA_TEXT_MAX));
  read_author (check, object, anonymous, idea);
  if (n_participants >= 0)
    _kolo_doc_read_idea_participant (check, object, anonymous, n_participants, idea);
  read_color (check, object, &idea->color);

  votes_message = g_strdup_printf (_("expected a whole number of votes from 0 to %d"),
                                   KOLO_DOC_VOTES_MAX);
  if (kolo_json_check_int (check, object, "votes", FALSE, 0, KOLO_DOC_VOTES_MAX,
                           votes_message, &votes))
    idea->votes = votes;
  kolo_json_check_bool (check, object, "pending", &idea->pending);

  added = kolo_json_check_string (check, object, "added", TRUE, KOLO_TITLE_MAX_CHARS);
  if (added != NULL && !parse_utc_time (added, &idea->created))
    {
      kolo_json_check_push_key (check, "added");
      /* Translators: the time is spelled as the file must spell it */
      kolo_json_check_problem (check, _("expected a time in UTC like 2013-11-11T09:41:07Z, "
                                        "not “%s”"), added);
      kolo_json_check_pop (check);
    }
}

static void
read_ideas (KoloJsonCheck *check,
            JsonObject    *object,
            gboolean       anonymous,
            int            n_participants,
            GPtrArray     *ideas)
{
  JsonArray *array;

  if ((array = kolo_json_check_array (check, object, "ideas", TRUE)) == NULL)
    return;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      kolo_json_check_push_index (check, i);
      read_idea (check, json_array_get_element (array, i), anonymous, n_participants, ideas);
      kolo_json_check_pop (check);
    }
  kolo_json_check_pop (check);
}

static void
read_cluster (KoloJsonCheck *check,
              JsonNode      *node,
              int            n_participants,
              KoloDocBoard  *board)
{
  static const char * const keys[] = { "title", "color", "ideas", NULL };
  KoloDocCluster *cluster;
  JsonObject *object;

  if ((object = kolo_json_check_object (check, node)) == NULL)
    return;
  kolo_json_check_keys (check, object, keys);

  cluster = kolo_doc_cluster_new ();
  g_ptr_array_add (board->clusters, cluster);

  take_text (&cluster->title,
             kolo_json_check_string (check, object, "title", TRUE, KOLO_TITLE_MAX_CHARS));
  read_color (check, object, &cluster->color);
  read_ideas (check, object, board->anonymous, n_participants, cluster->ideas);
}

/* One step on the way to an activity: the member @key of the object
 * @node, then its element @index.  NULL when there is no such element;
 * *broken is set when the way is not what a file has (a problem that is
 * reported on its own). */
static JsonNode *
step (JsonNode   *node,
      const char *key,
      gint64      index,
      gboolean   *broken)
{
  JsonNode *member = NULL;
  JsonArray *array;

  if (node == NULL || *broken)
    return NULL;
  if (JSON_NODE_HOLDS_OBJECT (node))
    member = json_object_get_member (json_node_get_object (node), key);
  if (member == NULL || !JSON_NODE_HOLDS_ARRAY (member))
    {
      *broken = TRUE;
      return NULL;
    }
  array = json_node_get_array (member);
  return index < json_array_get_length (array) ? json_array_get_element (array, index) : NULL;
}

/* "activity": [day, module, activity], counted from 0 as paths are.  The
 * place is looked up in the file's own days, not in what was read of them,
 * so a problem in the agenda does not move every board's activity. */
static void
read_place (KoloJsonCheck *check,
            JsonObject    *file,
            JsonObject    *object,
            KoloDoc       *doc,
            KoloDocBoard  *board)
{
  JsonNode *node = json_object_get_member (object, "activity");
  g_autoptr(JsonNode) root = NULL;
  JsonNode *found, *kind_node;
  gboolean broken = FALSE;
  JsonArray *array;
  gint64 place[3];
  KoloActivityKind kind;

  if (node == NULL)
    return;

  kolo_json_check_push_key (check, "activity");
  array = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
  for (guint i = 0; array != NULL && i < 3; i++)
    {
      JsonNode *element = i < json_array_get_length (array) ? json_array_get_element (array, i)
                                                            : NULL;

      if (element == NULL || !JSON_NODE_HOLDS_VALUE (element) ||
          json_node_get_value_type (element) != G_TYPE_INT64 ||
          json_node_get_int (element) < 0 || json_node_get_int (element) > G_MAXINT)
        array = NULL;
      else
        place[i] = json_node_get_int (element);
    }
  if (array == NULL || json_array_get_length (array) != 3)
    {
      /* Translators: "[day, module, activity]" is how the file spells it */
      kolo_json_check_problem (check, _("expected the place of an activity as [day, module, "
                                        "activity], each counted from 0"));
      kolo_json_check_pop (check);
      return;
    }

  root = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (root, file);
  found = step (root, "days", place[0], &broken);
  found = step (found, "modules", place[1], &broken);
  found = step (found, "activities", place[2], &broken);
  if (broken)
    {
      kolo_json_check_pop (check);
      return;
    }
  if (found == NULL)
    {
      /* Translators: days[…].modules[…].activities[…] is a path in the file:
       * keep it as it is */
      kolo_json_check_problem (check, _("there is no activity days[%u].modules[%u].activities[%u]"),
                               (guint) place[0], (guint) place[1], (guint) place[2]);
      kolo_json_check_pop (check);
      return;
    }

  /* An activity that is not an object, or whose kind is missing or wrong,
   * has its own problem already. */
  kind_node = JSON_NODE_HOLDS_OBJECT (found)
              ? json_object_get_member (json_node_get_object (found), "kind") : NULL;
  if (kind_node != NULL && JSON_NODE_HOLDS_VALUE (kind_node) &&
      json_node_get_value_type (kind_node) == G_TYPE_STRING &&
      kolo_activity_kind_from_string (json_node_get_string (kind_node), &kind) &&
      kind != KOLO_ACTIVITY_BRAINSTORM)
    {
      /* Translators: days[…].modules[…].activities[…] is a path in the file:
       * keep it as it is */
      kolo_json_check_problem (check, _("days[%u].modules[%u].activities[%u] is not a "
                                        "brainstorm activity"),
                               (guint) place[0], (guint) place[1], (guint) place[2]);
      kolo_json_check_pop (check);
      return;
    }

  /* An activity has one board: the one it opens when it starts. */
  for (guint i = 0; i < doc->boards->len; i++)
    {
      KoloDocBoard *other = doc->boards->pdata[i];

      if (other != board && other->day == place[0] && other->module == place[1] &&
          other->activity == place[2])
        {
          /* Translators: boards[%u] is a path in the file: keep it as it is */
          kolo_json_check_problem (check, _("boards[%u] already belongs to this activity"), i);
          kolo_json_check_pop (check);
          return;
        }
    }

  board->day = place[0];
  board->module = place[1];
  board->activity = place[2];
  kolo_json_check_pop (check);
}

static void
read_board (KoloJsonCheck *check,
            JsonObject    *file,
            JsonNode      *node,
            int            n_participants,
            KoloDoc       *doc)
{
  static const char * const template_keys[] = {
    "question", "activity", "anonymous", "moderated", NULL
  };
  static const char * const event_keys[] = {
    "question", "activity", "anonymous", "moderated", "hidden", "sort-by-votes", "clusters",
    "ideas", NULL
  };
  gboolean event = doc->kind == KOLO_DOC_EVENT;
  KoloDocBoard *board;
  JsonObject *object;
  JsonArray *clusters;

  if ((object = kolo_json_check_object (check, node)) == NULL)
    return;
  kolo_json_check_keys (check, object, event ? event_keys : template_keys);

  board = kolo_doc_board_new ();
  g_ptr_array_add (doc->boards, board);

  take_text (&board->question,
             kolo_json_check_string (check, object, "question", TRUE,
                                     KOLO_DOC_QUESTION_MAX_CHARS));
  read_place (check, file, object, doc, board);
  kolo_json_check_bool (check, object, "anonymous", &board->anonymous);
  kolo_json_check_bool (check, object, "moderated", &board->moderated);
  if (!event)
    return;

  kolo_json_check_bool (check, object, "hidden", &board->hidden);
  kolo_json_check_bool (check, object, "sort-by-votes", &board->sort_by_votes);
  if ((clusters = kolo_json_check_array (check, object, "clusters", TRUE)) != NULL)
    {
      for (guint i = 0; i < json_array_get_length (clusters); i++)
        {
          kolo_json_check_push_index (check, i);
          read_cluster (check, json_array_get_element (clusters, i), n_participants, board);
          kolo_json_check_pop (check);
        }
      kolo_json_check_pop (check);
    }
  read_ideas (check, object, board->anonymous, n_participants, board->ideas);
}

/* Ideas name their participant by place (version 3): the places are
 * counted in the file's own "participants", not in what was read of
 * them, so a problem in one participant does not move every link. */
void
_kolo_doc_read_boards (KoloJsonCheck *check,
                       JsonObject    *object,
                       gint64         version,
                       KoloDoc       *doc)
{
  JsonNode *participants = json_object_get_member (object, "participants");
  int n_participants = -1;
  JsonArray *boards;

  if (version >= 3 && doc->kind == KOLO_DOC_EVENT)
    n_participants = participants != NULL && JSON_NODE_HOLDS_ARRAY (participants)
                     ? (int) json_array_get_length (json_node_get_array (participants)) : 0;

  if ((boards = kolo_json_check_array (check, object, "boards", FALSE)) == NULL)
    return;
  for (guint i = 0; i < json_array_get_length (boards); i++)
    {
      kolo_json_check_push_index (check, i);
      read_board (check, object, json_array_get_element (boards, i), n_participants, doc);
      kolo_json_check_pop (check);
    }
  kolo_json_check_pop (check);
}

/* Writing ----------------------------------------------------------------- */

static void
add_true (JsonBuilder *builder,
          const char  *key,
          gboolean     value)
{
  if (!value)
    return;
  json_builder_set_member_name (builder, key);
  json_builder_add_boolean_value (builder, TRUE);
}

static char *
format_utc_time (gint64 usec)
{
  g_autoptr(GDateTime) time = NULL;
  gint64 seconds = usec / G_USEC_PER_SEC - (usec % G_USEC_PER_SEC < 0 ? 1 : 0);

  time = g_date_time_new_from_unix_utc (seconds);
  if (time == NULL)
    time = g_date_time_new_from_unix_utc (0);
  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ",
                          g_date_time_get_year (time), g_date_time_get_month (time),
                          g_date_time_get_day_of_month (time), g_date_time_get_hour (time),
                          g_date_time_get_minute (time), g_date_time_get_second (time));
}

static void
write_ideas (JsonBuilder *builder,
             GPtrArray   *ideas)
{
  json_builder_set_member_name (builder, "ideas");
  json_builder_begin_array (builder);
  for (guint i = 0; i < ideas->len; i++)
    {
      KoloDocIdea *idea = ideas->pdata[i];
      g_autofree char *added = format_utc_time (idea->created);

      json_builder_begin_object (builder);
      add_text (builder, "text", idea->text, FALSE);
      add_text (builder, "author", idea->author, TRUE);
      if (idea->participant >= 0)
        {
          json_builder_set_member_name (builder, "participant");
          json_builder_add_int_value (builder, idea->participant);
        }
      add_text (builder, "color", kolo_note_color_to_string (idea->color), FALSE);
      if (idea->votes > 0)
        {
          json_builder_set_member_name (builder, "votes");
          json_builder_add_int_value (builder, idea->votes);
        }
      add_true (builder, "pending", idea->pending);
      add_text (builder, "added", added, FALSE);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
write_board (JsonBuilder  *builder,
             KoloDoc      *doc,
             KoloDocBoard *board)
{
  json_builder_begin_object (builder);
  add_text (builder, "question", board->question, FALSE);
  if (board->day >= 0)
    {
      json_builder_set_member_name (builder, "activity");
      json_builder_begin_array (builder);
      json_builder_add_int_value (builder, board->day);
      json_builder_add_int_value (builder, board->module);
      json_builder_add_int_value (builder, board->activity);
      json_builder_end_array (builder);
    }
  add_true (builder, "anonymous", board->anonymous);
  add_true (builder, "moderated", board->moderated);

  if (doc->kind == KOLO_DOC_EVENT)
    {
      add_true (builder, "hidden", board->hidden);
      add_true (builder, "sort-by-votes", board->sort_by_votes);
      json_builder_set_member_name (builder, "clusters");
      json_builder_begin_array (builder);
      for (guint c = 0; c < board->clusters->len; c++)
        {
          KoloDocCluster *cluster = board->clusters->pdata[c];

          json_builder_begin_object (builder);
          add_text (builder, "title", cluster->title, FALSE);
          add_text (builder, "color", kolo_note_color_to_string (cluster->color), FALSE);
          write_ideas (builder, cluster->ideas);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      write_ideas (builder, board->ideas);
    }
  json_builder_end_object (builder);
}

/* "boards" is left out when there are none: an agenda without boards is
 * written as version 1 wrote it, but for its "version". */
void
_kolo_doc_write_boards (JsonBuilder *builder,
                        KoloDoc     *doc)
{
  if (doc->boards->len == 0)
    return;

  json_builder_set_member_name (builder, "boards");
  json_builder_begin_array (builder);
  for (guint i = 0; i < doc->boards->len; i++)
    write_board (builder, doc, doc->boards->pdata[i]);
  json_builder_end_array (builder);
}

/* From the model ---------------------------------------------------------- */

/* A linked idea names its participant by place, and has no author of its
 * own: the name is the participant's. */
static KoloDocIdea *
idea_from_model (KoloIdea   *idea,
                 gboolean    anonymous,
                 GHashTable *participants)
{
  KoloDocIdea *doc_idea = kolo_doc_idea_new ();
  const char *author = kolo_idea_get_author (idea);
  KoloParticipant *participant = kolo_idea_get_participant (idea);
  guint place = participant != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (participants,
                                                                             participant))
                                    : 0;

  take_text (&doc_idea->text, g_strdup (kolo_idea_get_text (idea)));
  if (!anonymous && place > 0)
    doc_idea->participant = place - 1;
  else if (!anonymous && author != NULL)
    take_text (&doc_idea->author, g_strdup (author));
  doc_idea->color = kolo_idea_get_color (idea);
  /* A file holds what a file may hold: a count typed in by hand beyond it
   * is written as the most a file allows, so the file stays readable. */
  doc_idea->votes = CLAMP (kolo_idea_get_votes (idea), 0, KOLO_DOC_VOTES_MAX);
  doc_idea->pending = kolo_idea_get_pending (idea);
  doc_idea->created = kolo_idea_get_created (idea);
  return doc_idea;
}

static void
ideas_from_model (GPtrArray  *ideas,
                  GListModel *model,
                  gboolean    anonymous,
                  GHashTable *participants)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KoloIdea) idea = g_list_model_get_item (model, i);

      g_ptr_array_add (ideas, idea_from_model (idea, anonymous, participants));
    }
}

/* Where @activity is in @event's agenda, counted from 0. */
static gboolean
find_place (KoloEvent    *event,
            KoloActivity *activity,
            KoloDocBoard *board)
{
  GListModel *days = kolo_event_get_days (event);

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
              g_autoptr(KoloActivity) item = g_list_model_get_item (activities, a);

              if (item == activity)
                {
                  board->day = d;
                  board->module = m;
                  board->activity = a;
                  return TRUE;
                }
            }
        }
    }
  return FALSE;
}

static gboolean
place_taken (KoloDoc      *doc,
             KoloDocBoard *board)
{
  for (guint i = 0; i < doc->boards->len; i++)
    {
      KoloDocBoard *other = doc->boards->pdata[i];

      if (other->day == board->day && other->module == board->module &&
          other->activity == board->activity)
        return TRUE;
    }
  return FALSE;
}

/* The boards as a document holds them.  A link that a file could not hold
 * (an activity that is no longer a brainstorm, a second board on one
 * activity) is left out, so that what Kolo writes it can always read. */
void
_kolo_doc_boards_from_event (KoloDoc   *doc,
                             KoloEvent *event)
{
  GListModel *boards = kolo_event_get_boards (event);
  g_autoptr(GHashTable) participants = NULL;

  if (doc->kind == KOLO_DOC_EVENT && g_list_model_get_n_items (boards) > 0)
    participants = _kolo_doc_index_participants (event);

  for (guint i = 0; i < g_list_model_get_n_items (boards); i++)
    {
      g_autoptr(KoloBoard) board = g_list_model_get_item (boards, i);
      KoloActivity *activity = kolo_board_get_activity (board);
      KoloDocBoard *doc_board = kolo_doc_board_new ();
      gboolean anonymous = kolo_board_get_anonymous (board);
      GListModel *clusters;

      take_text (&doc_board->question, g_strdup (kolo_board_get_question (board)));
      if (activity == NULL || kolo_activity_get_kind (activity) != KOLO_ACTIVITY_BRAINSTORM ||
          !find_place (event, activity, doc_board) || place_taken (doc, doc_board))
        doc_board->day = doc_board->module = doc_board->activity = -1;
      doc_board->anonymous = anonymous;
      doc_board->moderated = kolo_board_get_moderated (board);
      g_ptr_array_add (doc->boards, doc_board);

      /* A template holds the questions alone. */
      if (doc->kind != KOLO_DOC_EVENT)
        continue;

      doc_board->hidden = kolo_board_get_hidden (board);
      doc_board->sort_by_votes = kolo_board_get_sort_by_votes (board);
      clusters = kolo_board_get_clusters (board);
      for (guint c = 0; c < g_list_model_get_n_items (clusters); c++)
        {
          g_autoptr(KoloCluster) cluster = g_list_model_get_item (clusters, c);
          KoloDocCluster *doc_cluster = kolo_doc_cluster_new ();

          take_text (&doc_cluster->title, g_strdup (kolo_cluster_get_title (cluster)));
          doc_cluster->color = kolo_cluster_get_color (cluster);
          ideas_from_model (doc_cluster->ideas, kolo_cluster_get_ideas (cluster), anonymous,
                            participants);
          g_ptr_array_add (doc_board->clusters, doc_cluster);
        }
      ideas_from_model (doc_board->ideas, kolo_board_get_ungrouped (board), anonymous,
                        participants);
    }
}
