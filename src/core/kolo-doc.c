/* kolo-doc.c — an agenda as a plain document: what the kolo-template and
 * kolo-event files hold, checked before anything is written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-doc"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kolo-activity.h"
#include "kolo-day.h"
#include "kolo-deck.h"
#include "kolo-doc-private.h"
#include "kolo-json.h"
#include "kolo-module.h"
#include "kolo-text.h"

static void
kolo_doc_activity_free (KoloDocActivity *activity)
{
  g_free (activity->title);
  g_free (activity->instructions);
  g_free (activity->notes);
  g_free (activity->materials);
  g_free (activity->deck);
  g_free (activity);
}

static void
kolo_doc_module_free (KoloDocModule *module)
{
  g_free (module->title);
  g_free (module->goal);
  g_ptr_array_unref (module->activities);
  g_free (module);
}

static void
kolo_doc_day_free (KoloDocDay *day)
{
  g_ptr_array_unref (day->modules);
  g_free (day);
}

KoloDoc *
kolo_doc_new (KoloDocKind kind)
{
  KoloDoc *doc = g_new0 (KoloDoc, 1);

  doc->kind = kind;
  doc->title = g_strdup ("");
  doc->venue = g_strdup ("");
  doc->city = g_strdup ("");
  doc->organizer = g_strdup ("");
  doc->trainers = g_new0 (char *, 1);
  doc->notes = g_strdup ("");
  doc->days = g_ptr_array_new_with_free_func ((GDestroyNotify) kolo_doc_day_free);
  doc->boards = g_ptr_array_new_with_free_func ((GDestroyNotify) _kolo_doc_board_free);
  doc->participants = g_ptr_array_new_with_free_func ((GDestroyNotify) _kolo_doc_participant_free);
  return doc;
}

void
kolo_doc_free (KoloDoc *doc)
{
  g_free (doc->title);
  g_free (doc->venue);
  g_free (doc->city);
  g_free (doc->organizer);
  g_strfreev (doc->trainers);
  g_free (doc->notes);
  g_ptr_array_unref (doc->days);
  g_ptr_array_unref (doc->boards);
  g_ptr_array_unref (doc->participants);
  g_free (doc);
}

KoloDocDay *
kolo_doc_day_new (void)
{
  KoloDocDay *day = g_new0 (KoloDocDay, 1);

  g_date_clear (&day->date, 1);
  day->start_minute = 10 * 60;
  day->end_minute = -1;
  day->modules = g_ptr_array_new_with_free_func ((GDestroyNotify) kolo_doc_module_free);
  return day;
}

KoloDocModule *
kolo_doc_module_new (void)
{
  KoloDocModule *module = g_new0 (KoloDocModule, 1);

  module->title = g_strdup ("");
  module->goal = g_strdup ("");
  module->activities = g_ptr_array_new_with_free_func ((GDestroyNotify) kolo_doc_activity_free);
  return module;
}

KoloDocActivity *
kolo_doc_activity_new (void)
{
  KoloDocActivity *activity = g_new0 (KoloDocActivity, 1);

  activity->kind = KOLO_ACTIVITY_INPUT;
  activity->title = g_strdup ("");
  activity->minutes = 30;
  activity->instructions = g_strdup ("");
  activity->notes = g_strdup ("");
  activity->materials = g_strdup ("");
  activity->deck = g_strdup ("");
  return activity;
}

/* Reading ----------------------------------------------------------------- */

/* Whether a file of this kind and version may name an activity's deck:
 * templates from version 3, events from version 4. */
static gboolean
has_decks (KoloDocKind kind,
           gint64      version)
{
  return version >= (kind == KOLO_DOC_EVENT ? 4 : 3);
}

static void
read_activity (KoloJsonCheck *check,
               JsonNode      *node,
               gboolean       decks,
               KoloDocModule *module)
{
  static const char * const keys[] = {
    "kind", "title", "minutes", "instructions", "notes", "materials", "deck", NULL
  };
  /* Before decks: the same without "deck". */
  static const char * const keys_before_decks[] = {
    "kind", "title", "minutes", "instructions", "notes", "materials", NULL
  };
  KoloDocActivity *activity;
  g_autofree char *kind = NULL;
  gboolean kind_known = FALSE;
  JsonObject *object;
  gint64 minutes;

  if ((object = kolo_json_check_object (check, node)) == NULL)
    return;
  kolo_json_check_keys (check, object, decks ? keys : keys_before_decks);

  activity = kolo_doc_activity_new ();
  g_ptr_array_add (module->activities, activity);

  kind = kolo_json_check_string (check, object, "kind", TRUE, KOLO_TITLE_MAX_CHARS);
  if (kind != NULL && kolo_activity_kind_from_string (kind, &activity->kind))
    kind_known = TRUE;
  else if (kind != NULL)
    {
      kolo_json_check_push_key (check, "kind");
      kolo_json_check_problem (check,
                               _("“%s” is not a kind of activity; expected one of input, "
                                 "discussion, brainstorm, role-play, exercise, break, lunch, "
                                 "feedback, other"),
                               kind);
      kolo_json_check_pop (check);
    }
  take_text (&activity->title,
             kolo_json_check_string (check, object, "title", TRUE, KOLO_TITLE_MAX_CHARS));
  if (kolo_json_check_int (check, object, "minutes", TRUE, KOLO_MINUTES_MIN, KOLO_MINUTES_MAX,
                           _("expected a whole number of minutes from 1 to 600"), &minutes))
    activity->minutes = minutes;
  take_text (&activity->instructions,
             kolo_json_check_string (check, object, "instructions", FALSE, KOLO_TEXT_MAX_CHARS));
  take_text (&activity->notes,
             kolo_json_check_string (check, object, "notes", FALSE, KOLO_TEXT_MAX_CHARS));
  take_text (&activity->materials,
             kolo_json_check_string (check, object, "materials", FALSE, KOLO_TEXT_MAX_CHARS));

  if (!decks)
    return;
  /* A deck's title, as the library has it (KOLO_TITLE_MAX_CHARS).  Only a
   * role-play draws cards; against a kind that is wrong or missing there
   * is nothing to say. */
  take_text (&activity->deck,
             kolo_json_check_string (check, object, "deck", FALSE, KOLO_TITLE_MAX_CHARS));
  if (*activity->deck != '\0' && kind_known && activity->kind != KOLO_ACTIVITY_ROLE_PLAY)
    {
      kolo_json_check_push_key (check, "deck");
      kolo_json_check_problem (check, _("only a role-play activity uses a deck"));
      kolo_json_check_pop (check);
      g_free (activity->deck);
      activity->deck = g_strdup ("");
    }
}

static void
read_module (KoloJsonCheck *check,
             JsonNode      *node,
             gboolean       decks,
             KoloDocDay    *day)
{
  static const char * const keys[] = { "title", "goal", "activities", NULL };
  KoloDocModule *module;
  JsonObject *object;
  JsonArray *activities;

  if ((object = kolo_json_check_object (check, node)) == NULL)
    return;
  kolo_json_check_keys (check, object, keys);

  module = kolo_doc_module_new ();
  g_ptr_array_add (day->modules, module);

  take_text (&module->title,
             kolo_json_check_string (check, object, "title", TRUE, KOLO_TITLE_MAX_CHARS));
  take_text (&module->goal,
             kolo_json_check_string (check, object, "goal", FALSE, KOLO_TEXT_MAX_CHARS));

  if ((activities = kolo_json_check_array (check, object, "activities", TRUE)) != NULL)
    {
      for (guint i = 0; i < json_array_get_length (activities); i++)
        {
          kolo_json_check_push_index (check, i);
          read_activity (check, json_array_get_element (activities, i), decks, module);
          kolo_json_check_pop (check);
        }
      kolo_json_check_pop (check);
    }
}

static gboolean
read_clock (KoloJsonCheck *check,
            JsonObject    *object,
            const char    *key,
            gboolean       required,
            int           *minute)
{
  g_autofree char *text = kolo_json_check_string (check, object, key, required,
                                                    KOLO_TITLE_MAX_CHARS);

  if (text == NULL)
    return FALSE;
  if (!kolo_text_parse_clock (text, minute))
    {
      kolo_json_check_push_key (check, key);
      kolo_json_check_problem (check, _("expected a time of day like 10:00, not “%s”"), text);
      kolo_json_check_pop (check);
      return FALSE;
    }
  return TRUE;
}

static void
read_day (KoloJsonCheck *check,
          JsonNode      *node,
          gint64         version,
          KoloDoc       *doc)
{
  static const char * const template_keys[] = { "start", "end", "modules", NULL };
  static const char * const event_keys[] = { "date", "start", "end", "modules", NULL };
  KoloDocDay *day;
  JsonObject *object;
  JsonArray *modules;
  gboolean have_start = FALSE;
  int minute;

  if ((object = kolo_json_check_object (check, node)) == NULL)
    return;
  kolo_json_check_keys (check, object, doc->kind == KOLO_DOC_EVENT ? event_keys : template_keys);

  day = kolo_doc_day_new ();
  g_ptr_array_add (doc->days, day);

  if (doc->kind == KOLO_DOC_EVENT)
    {
      g_autofree char *date = kolo_json_check_string (check, object, "date", TRUE,
                                                        KOLO_TITLE_MAX_CHARS);

      if (date != NULL && !kolo_text_parse_iso_date (date, &day->date))
        {
          kolo_json_check_push_key (check, "date");
          kolo_json_check_problem (check, _("expected a date like 2013-11-11, not “%s”"), date);
          kolo_json_check_pop (check);
        }
    }

  if (read_clock (check, object, "start", TRUE, &minute))
    {
      day->start_minute = minute;
      have_start = TRUE;
    }
  if (read_clock (check, object, "end", FALSE, &minute))
    {
      day->end_minute = minute;
      /* Against a start that is wrong or missing, there is nothing to say. */
      if (have_start && day->end_minute <= day->start_minute)
        {
          g_autofree char *start = kolo_text_format_clock (day->start_minute);

          kolo_json_check_push_key (check, "end");
          kolo_json_check_problem (check, _("must be later than the day’s start, %s"), start);
          kolo_json_check_pop (check);
        }
    }

  if ((modules = kolo_json_check_array (check, object, "modules", TRUE)) != NULL)
    {
      for (guint i = 0; i < json_array_get_length (modules); i++)
        {
          kolo_json_check_push_index (check, i);
          read_module (check, json_array_get_element (modules, i),
                       has_decks (doc->kind, version), day);
          kolo_json_check_pop (check);
        }
      kolo_json_check_pop (check);
    }
}

static void
read_trainers (KoloJsonCheck *check,
               JsonObject    *object,
               KoloDoc       *doc)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *trainers;

  if ((trainers = kolo_json_check_array (check, object, "trainers", FALSE)) == NULL)
    return;

  for (guint i = 0; i < json_array_get_length (trainers); i++)
    {
      JsonNode *node = json_array_get_element (trainers, i);

      kolo_json_check_push_index (check, i);
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        kolo_json_check_problem (check, _("expected a name in quotes"));
      else if (g_utf8_strlen (json_node_get_string (node), -1) > KOLO_TITLE_MAX_CHARS ||
               strchr (json_node_get_string (node), '\n') != NULL)
        kolo_json_check_problem (check, _("expected one name of at most %u characters"),
                                 KOLO_TITLE_MAX_CHARS);
      else
        g_strv_builder_add (builder, json_node_get_string (node));
      kolo_json_check_pop (check);
    }
  kolo_json_check_pop (check);

  g_strfreev (doc->trainers);
  doc->trainers = g_strv_builder_end (builder);
}

/* Reads the "format" and "version" members; they decide everything else. */
static gboolean
read_header (JsonObject   *object,
             KoloDocKind  *kind,
             gint64       *version_out,
             GError      **error)
{
  JsonNode *format = json_object_get_member (object, "format");
  const char *name;
  gint64 latest;

  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format) ||
      json_node_get_value_type (format) != G_TYPE_STRING)
    {
      g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_FORMAT,
                   _("format: this is not a Kolo file (expected \"format\": "
                     "\"kolo-template\" or \"kolo-event\")"));
      return FALSE;
    }

  name = json_node_get_string (format);
  if (g_str_equal (name, KOLO_TEMPLATE_FORMAT))
    {
      *kind = KOLO_DOC_TEMPLATE;
      latest = KOLO_TEMPLATE_VERSION;
    }
  else if (g_str_equal (name, KOLO_EVENT_FORMAT))
    {
      *kind = KOLO_DOC_EVENT;
      latest = KOLO_EVENT_VERSION;
    }
  else if (g_str_equal (name, "kolo-deck"))
    {
      /* A deck is a file Kolo knows, but not an agenda (kolo-deck-file.c). */
      g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_FORMAT,
                   _("format: this is a kolo-deck file (a deck of cards), not a template or "
                     "an event"));
      return FALSE;
    }
  else
    {
      g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_FORMAT,
                   _("format: “%s” is not a format this Kolo knows (expected "
                     "kolo-template or kolo-event)"), name);
      return FALSE;
    }

  return kolo_json_read_version (object, name, latest, version_out, error);
}

/**
 * kolo_doc_parse_node:
 * @root: a parsed kolo-template or kolo-event file (kolo_json_parse())
 *
 * Reads and checks a whole file.  Nothing is written anywhere: a document
 * that comes back is complete and valid, ready to be stored in one go.
 *
 * Returns: (transfer full): the document, or %NULL with @error set to every
 *   problem, one a line, each with its path
 */
KoloDoc *
kolo_doc_parse_node (JsonNode  *root,
                     GError   **error)
{
  static const char * const template_keys[] = {
    "format", "version", "title", "notes", "days", "boards", NULL
  };
  static const char * const event_keys[] = {
    "format", "version", "title", "venue", "city", "organizer", "trainers", "notes",
    "archived", "days", "participants", "boards", NULL
  };
  /* An event of version 2 is version 3 without participants. */
  static const char * const event_v2_keys[] = {
    "format", "version", "title", "venue", "city", "organizer", "trainers", "notes",
    "archived", "days", "boards", NULL
  };
  /* Version 1 is version 2 without boards. */
  static const char * const template_v1_keys[] = {
    "format", "version", "title", "notes", "days", NULL
  };
  static const char * const event_v1_keys[] = {
    "format", "version", "title", "venue", "city", "organizer", "trainers", "notes",
    "archived", "days", NULL
  };
  g_autoptr(KoloJsonCheck) check = NULL;
  g_autoptr(KoloDoc) doc = NULL;
  KoloDocKind kind;
  gint64 version;
  JsonObject *object;
  JsonArray *days;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, KOLO_FILE_ERROR, KOLO_FILE_ERROR_FORMAT,
                   _("this is not a Kolo file: expected an object in braces { }"));
      return NULL;
    }
  object = json_node_get_object (root);
  if (!read_header (object, &kind, &version, error))
    return NULL;

  check = kolo_json_check_new ();
  doc = kolo_doc_new (kind);
  if (kind == KOLO_DOC_EVENT && version >= 3)
    kolo_json_check_keys (check, object, event_keys);
  else if (version >= 2)
    kolo_json_check_keys (check, object, kind == KOLO_DOC_EVENT ? event_v2_keys : template_keys);
  else
    kolo_json_check_keys (check, object,
                          kind == KOLO_DOC_EVENT ? event_v1_keys : template_v1_keys);

  take_text (&doc->title, kolo_json_check_string (check, object, "title", TRUE,
                                                  KOLO_TITLE_MAX_CHARS));
  take_text (&doc->notes, kolo_json_check_string (check, object, "notes", FALSE,
                                                  KOLO_TEXT_MAX_CHARS));
  if (kind == KOLO_DOC_EVENT)
    {
      take_text (&doc->venue, kolo_json_check_string (check, object, "venue", FALSE,
                                                      KOLO_TITLE_MAX_CHARS));
      take_text (&doc->city, kolo_json_check_string (check, object, "city", FALSE,
                                                     KOLO_TITLE_MAX_CHARS));
      take_text (&doc->organizer, kolo_json_check_string (check, object, "organizer", FALSE,
                                                          KOLO_TITLE_MAX_CHARS));
      read_trainers (check, object, doc);
      kolo_json_check_bool (check, object, "archived", &doc->archived);
    }

  if ((days = kolo_json_check_array (check, object, "days", TRUE)) != NULL)
    {
      if (json_array_get_length (days) == 0)
        kolo_json_check_problem (check, _("there must be at least one day"));
      for (guint i = 0; i < json_array_get_length (days); i++)
        {
          kolo_json_check_push_index (check, i);
          read_day (check, json_array_get_element (days, i), version, doc);
          kolo_json_check_pop (check);
        }
      kolo_json_check_pop (check);
    }

  if (kind == KOLO_DOC_EVENT && version >= 3)
    _kolo_doc_read_participants (check, object, doc);
  if (version >= 2)
    _kolo_doc_read_boards (check, object, version, doc);

  if (!kolo_json_check_propagate (check, error))
    return NULL;

  return g_steal_pointer (&doc);
}

/**
 * kolo_doc_parse:
 * @data: a kolo-template or kolo-event file
 *
 * kolo_doc_parse_node() of the file's bytes, checked as kolo_json_parse()
 * checks them.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
KoloDoc *
kolo_doc_parse (const char  *data,
                gsize        length,
                GError     **error)
{
  g_autoptr(JsonNode) root = NULL;

  if ((root = kolo_json_parse (data, length, error)) == NULL)
    return NULL;
  return kolo_doc_parse_node (root, error);
}

/**
 * kolo_doc_get_format:
 * @root: a parsed Kolo file
 *
 * Returns: (transfer none) (nullable): the file's `"format"`, when it is
 *   an object that has one as text: what decides how to read the rest
 */
const char *
kolo_doc_get_format (JsonNode *root)
{
  JsonNode *format;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  format = json_object_get_member (json_node_get_object (root), "format");
  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format) ||
      json_node_get_value_type (format) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (format);
}

/* Writing ----------------------------------------------------------------- */

static void
add_clock (JsonBuilder *builder,
           const char  *key,
           int          minute)
{
  g_autofree char *text = kolo_text_format_clock (minute);

  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, text);
}

static void
write_day (JsonBuilder *builder,
           KoloDoc     *doc,
           KoloDocDay  *day)
{
  json_builder_begin_object (builder);
  if (doc->kind == KOLO_DOC_EVENT)
    {
      g_autofree char *date = kolo_text_format_iso_date (&day->date);
      add_text (builder, "date", date, FALSE);
    }
  add_clock (builder, "start", day->start_minute);
  if (day->end_minute >= 0)
    add_clock (builder, "end", day->end_minute);

  json_builder_set_member_name (builder, "modules");
  json_builder_begin_array (builder);
  for (guint m = 0; m < day->modules->len; m++)
    {
      KoloDocModule *module = day->modules->pdata[m];

      json_builder_begin_object (builder);
      add_text (builder, "title", module->title, FALSE);
      add_text (builder, "goal", module->goal, TRUE);
      json_builder_set_member_name (builder, "activities");
      json_builder_begin_array (builder);
      for (guint a = 0; a < module->activities->len; a++)
        {
          KoloDocActivity *activity = module->activities->pdata[a];

          json_builder_begin_object (builder);
          add_text (builder, "kind", kolo_activity_kind_to_string (activity->kind), FALSE);
          add_text (builder, "title", activity->title, FALSE);
          json_builder_set_member_name (builder, "minutes");
          json_builder_add_int_value (builder, activity->minutes);
          add_text (builder, "instructions", activity->instructions, TRUE);
          add_text (builder, "notes", activity->notes, TRUE);
          add_text (builder, "materials", activity->materials, TRUE);
          /* Only a role-play draws from a deck: an activity whose kind
           * changed keeps its link in the store, but not in files, so
           * that every file Kolo writes it can read again. */
          if (activity->kind == KOLO_ACTIVITY_ROLE_PLAY)
            add_text (builder, "deck", activity->deck, TRUE);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/**
 * kolo_doc_to_json:
 *
 * Returns: (transfer full): the document as a kolo-template or kolo-event
 *   file, keys in their fixed order
 */
char *
kolo_doc_to_json (KoloDoc *doc)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonNode) root = NULL;
  gboolean event = doc->kind == KOLO_DOC_EVENT;

  json_builder_begin_object (builder);
  add_text (builder, "format", event ? KOLO_EVENT_FORMAT : KOLO_TEMPLATE_FORMAT, FALSE);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, event ? KOLO_EVENT_VERSION : KOLO_TEMPLATE_VERSION);
  add_text (builder, "title", doc->title, FALSE);
  if (event)
    {
      add_text (builder, "venue", doc->venue, TRUE);
      add_text (builder, "city", doc->city, TRUE);
      add_text (builder, "organizer", doc->organizer, TRUE);
      if (doc->trainers[0] != NULL)
        {
          json_builder_set_member_name (builder, "trainers");
          json_builder_begin_array (builder);
          for (guint i = 0; doc->trainers[i] != NULL; i++)
            json_builder_add_string_value (builder, doc->trainers[i]);
          json_builder_end_array (builder);
        }
    }
  add_text (builder, "notes", doc->notes, TRUE);
  if (event && doc->archived)
    {
      json_builder_set_member_name (builder, "archived");
      json_builder_add_boolean_value (builder, TRUE);
    }

  json_builder_set_member_name (builder, "days");
  json_builder_begin_array (builder);
  for (guint d = 0; d < doc->days->len; d++)
    write_day (builder, doc, doc->days->pdata[d]);
  json_builder_end_array (builder);
  _kolo_doc_write_participants (builder, doc);
  _kolo_doc_write_boards (builder, doc);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return kolo_json_write (root);
}

/**
 * kolo_doc_new_from_event:
 * @kind: %KOLO_DOC_TEMPLATE leaves out the dates and the people (the
 *   trainers, the participants, the ideas)
 *
 * Returns: (transfer full): the event's agenda as a document
 */
KoloDoc *
kolo_doc_new_from_event (KoloEvent   *event,
                         KoloDocKind  kind)
{
  KoloDoc *doc = kolo_doc_new (kind);
  GListModel *days = kolo_event_get_days (event);

  g_free (doc->title);
  doc->title = g_strdup (kolo_event_get_title (event));
  g_free (doc->notes);
  doc->notes = g_strdup (kolo_event_get_notes (event));
  if (kind == KOLO_DOC_EVENT)
    {
      g_free (doc->venue);
      doc->venue = g_strdup (kolo_event_get_venue (event));
      g_free (doc->city);
      doc->city = g_strdup (kolo_event_get_city (event));
      g_free (doc->organizer);
      doc->organizer = g_strdup (kolo_event_get_organizer (event));
      g_strfreev (doc->trainers);
      doc->trainers = g_strdupv ((GStrv) kolo_event_get_trainers (event));
      doc->archived = kolo_event_get_archived (event);
    }

  for (guint d = 0; d < g_list_model_get_n_items (days); d++)
    {
      g_autoptr(KoloDay) day = g_list_model_get_item (days, d);
      GListModel *modules = kolo_day_get_modules (day);
      KoloDocDay *doc_day = kolo_doc_day_new ();

      if (kind == KOLO_DOC_EVENT)
        doc_day->date = *kolo_day_get_date (day);
      doc_day->start_minute = kolo_day_get_start_minute (day);
      doc_day->end_minute = kolo_day_get_end_minute (day);
      g_ptr_array_add (doc->days, doc_day);

      for (guint m = 0; m < g_list_model_get_n_items (modules); m++)
        {
          g_autoptr(KoloModule) module = g_list_model_get_item (modules, m);
          GListModel *activities = kolo_module_get_activities (module);
          KoloDocModule *doc_module = kolo_doc_module_new ();

          take_text (&doc_module->title, g_strdup (kolo_module_get_title (module)));
          take_text (&doc_module->goal, g_strdup (kolo_module_get_goal (module)));
          g_ptr_array_add (doc_day->modules, doc_module);

          for (guint a = 0; a < g_list_model_get_n_items (activities); a++)
            {
              g_autoptr(KoloActivity) activity = g_list_model_get_item (activities, a);
              KoloDocActivity *doc_activity = kolo_doc_activity_new ();

              doc_activity->kind = kolo_activity_get_kind (activity);
              doc_activity->minutes = kolo_activity_get_minutes (activity);
              take_text (&doc_activity->title, g_strdup (kolo_activity_get_title (activity)));
              take_text (&doc_activity->instructions,
                         g_strdup (kolo_activity_get_instructions (activity)));
              take_text (&doc_activity->notes, g_strdup (kolo_activity_get_notes (activity)));
              take_text (&doc_activity->materials,
                         g_strdup (kolo_activity_get_materials (activity)));
              if (doc_activity->kind == KOLO_ACTIVITY_ROLE_PLAY)
                {
                  g_autoptr(KoloDeck) deck = kolo_activity_get_deck (activity);

                  if (deck != NULL)
                    {
                      take_text (&doc_activity->deck, g_strdup (kolo_deck_get_title (deck)));
                      doc_activity->deck_id = kolo_deck_get_id (deck);
                    }
                }
              g_ptr_array_add (doc_module->activities, doc_activity);
            }
        }
    }

  if (kind == KOLO_DOC_EVENT)
    _kolo_doc_participants_from_event (doc, event);
  _kolo_doc_boards_from_event (doc, event);
  return doc;
}

/**
 * kolo_doc_set_first_date:
 * @first: the date the first day moves to
 *
 * Dates the days from @first and makes @doc an event.  Days that have dates
 * move together, keeping the gaps between them; a template's days follow
 * one another.
 */
void
kolo_doc_set_first_date (KoloDoc     *doc,
                         const GDate *first)
{
  guint32 first_julian = g_date_get_julian (first);
  gint64 shift = 0;

  g_return_if_fail (first != NULL && g_date_valid (first));

  if (doc->days->len > 0 && g_date_valid (&((KoloDocDay *) doc->days->pdata[0])->date))
    shift = (gint64) first_julian - g_date_get_julian (&((KoloDocDay *) doc->days->pdata[0])->date);

  for (guint i = 0; i < doc->days->len; i++)
    {
      KoloDocDay *day = doc->days->pdata[i];

      if (doc->kind == KOLO_DOC_EVENT && g_date_valid (&day->date))
        g_date_set_julian (&day->date, g_date_get_julian (&day->date) + shift);
      else
        g_date_set_julian (&day->date, first_julian + i);
    }
  doc->kind = KOLO_DOC_EVENT;
}

int
kolo_doc_get_planned_minutes (KoloDoc *doc)
{
  int sum = 0;

  for (guint d = 0; d < doc->days->len; d++)
    {
      KoloDocDay *day = doc->days->pdata[d];

      for (guint m = 0; m < day->modules->len; m++)
        {
          KoloDocModule *module = day->modules->pdata[m];

          for (guint a = 0; a < module->activities->len; a++)
            sum += ((KoloDocActivity *) module->activities->pdata[a])->minutes;
        }
    }
  return sum;
}
