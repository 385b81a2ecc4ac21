/* kolo-doc-participants.c — participants in kolo-event files (version 3):
 * reading, checking and writing them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-doc"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kolo-board.h"
#include "kolo-day.h"
#include "kolo-doc-private.h"
#include "kolo-text.h"

void
_kolo_doc_participant_free (KoloDocParticipant *participant)
{
  g_free (participant->name);
  g_free (participant->institution);
  g_free (participant->position);
  g_free (participant->city);
  g_free (participant->email);
  g_free (participant->phone);
  g_free (participant->notes);
  g_array_unref (participant->attended);
  g_free (participant->certificate);
  g_free (participant);
}

KoloDocParticipant *
kolo_doc_participant_new (void)
{
  KoloDocParticipant *participant = g_new0 (KoloDocParticipant, 1);

  participant->name = g_strdup ("");
  participant->institution = g_strdup ("");
  participant->position = g_strdup ("");
  participant->city = g_strdup ("");
  participant->email = g_strdup ("");
  participant->phone = g_strdup ("");
  participant->notes = g_strdup ("");
  participant->gender = KOLO_GENDER_UNKNOWN;
  participant->attended = g_array_new (FALSE, FALSE, sizeof (guint));
  participant->certificate = g_strdup ("");
  return participant;
}

/**
 * kolo_doc_clear_personal_data:
 *
 * Leaves out of @doc what says who took part: the participants, and every
 * idea's author and link to a participant.  The agenda, the trainers and
 * the ideas themselves stay.
 */
void
kolo_doc_clear_personal_data (KoloDoc *doc)
{
  g_ptr_array_set_size (doc->participants, 0);

  for (guint b = 0; b < doc->boards->len; b++)
    {
      KoloDocBoard *board = doc->boards->pdata[b];

      for (guint c = 0; c <= board->clusters->len; c++)
        {
          GPtrArray *ideas = c < board->clusters->len
                             ? ((KoloDocCluster *) board->clusters->pdata[c])->ideas
                             : board->ideas;

          for (guint i = 0; i < ideas->len; i++)
            {
              KoloDocIdea *idea = ideas->pdata[i];

              g_free (idea->author);
              idea->author = g_strdup ("");
              idea->participant = -1;
            }
        }
    }
}

/* Reading ----------------------------------------------------------------- */

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  guint da = *(const guint *) a, db = *(const guint *) b;

  return da < db ? -1 : (da > db ? 1 : 0);
}

/* "attended": the places of the days attended in the file's own "days",
 * counted from 0, each once; written in order. */
static void
read_attended (KoloJsonCheck      *check,
               JsonObject         *object,
               guint               n_days,
               KoloDocParticipant *participant)
{
  JsonArray *array;

  if ((array = kolo_json_check_array (check, object, "attended", FALSE)) == NULL)
    return;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gboolean repeated = FALSE;
      guint day;

      kolo_json_check_push_index (check, i);
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
          json_node_get_int (node) < 0 || json_node_get_int (node) >= n_days)
        {
          if (n_days == 0)
            kolo_json_check_problem (check, _("there are no days in this file"));
          else
            /* Translators: "days" is the file's own word: keep it */
            kolo_json_check_problem (check, _("expected the place of one of the file’s days, "
                                              "from 0 to %u"), n_days - 1);
          kolo_json_check_pop (check);
          continue;
        }

      day = json_node_get_int (node);
      for (guint j = 0; j < participant->attended->len; j++)
        repeated |= g_array_index (participant->attended, guint, j) == day;
      if (repeated)
        kolo_json_check_problem (check, _("day %u is listed twice"), day);
      else
        g_array_append_val (participant->attended, day);
      kolo_json_check_pop (check);
    }
  kolo_json_check_pop (check);

  g_array_sort (participant->attended, compare_days);
}

static void
read_gender (KoloJsonCheck      *check,
             JsonObject         *object,
             KoloDocParticipant *participant)
{
  g_autofree char *text = kolo_json_check_string (check, object, "gender", FALSE,
                                                    KOLO_TITLE_MAX_CHARS);

  if (text != NULL && !kolo_gender_from_string (text, &participant->gender))
    {
      kolo_json_check_push_key (check, "gender");
      /* Translators: "f" and "m" are the file's own values: keep them */
      kolo_json_check_problem (check, _("expected \"f\" or \"m\", not “%s”"), text);
      kolo_json_check_pop (check);
    }
}

/* A number is given once: two participants of a file cannot share one. */
static void
read_certificate (KoloJsonCheck      *check,
                  JsonObject         *object,
                  KoloDoc            *doc,
                  KoloDocParticipant *participant)
{
  g_autofree char *number = kolo_json_check_string (check, object, "certificate", FALSE,
                                                      KOLO_TITLE_MAX_CHARS);

  if (number == NULL || *number == '\0')
    return;

  for (guint i = 0; i < doc->participants->len; i++)
    {
      KoloDocParticipant *other = doc->participants->pdata[i];

      if (other != participant && g_str_equal (other->certificate, number))
        {
          kolo_json_check_push_key (check, "certificate");
          /* Translators: participants[%u] is a path in the file: keep it as it is */
          kolo_json_check_problem (check, _("participants[%u] has the same number"), i);
          kolo_json_check_pop (check);
          return;
        }
    }
  take_text (&participant->certificate, g_steal_pointer (&number));
}

static void
read_participant (KoloJsonCheck *check,
                  JsonNode      *node,
                  guint          n_days,
                  KoloDoc       *doc)
{
  static const char * const keys[] = {
    "name", "institution", "position", "city", "email", "phone", "notes", "gender", "attended",
    "certificate", NULL
  };
  KoloDocParticipant *participant;
  JsonObject *object;

  if ((object = kolo_json_check_object (check, node)) == NULL)
    return;
  kolo_json_check_keys (check, object, keys);

  participant = kolo_doc_participant_new ();
  g_ptr_array_add (doc->participants, participant);

  take_text (&participant->name,
             kolo_json_check_string (check, object, "name", TRUE, KOLO_TITLE_MAX_CHARS));
  take_text (&participant->institution,
             kolo_json_check_string (check, object, "institution", FALSE, KOLO_TITLE_MAX_CHARS));
  take_text (&participant->position,
             kolo_json_check_string (check, object, "position", FALSE, KOLO_TITLE_MAX_CHARS));
  take_text (&participant->city,
             kolo_json_check_string (check, object, "city", FALSE, KOLO_TITLE_MAX_CHARS));
  take_text (&participant->email,
             kolo_json_check_string (check, object, "email", FALSE, KOLO_TITLE_MAX_CHARS));
  take_text (&participant->phone,
             kolo_json_check_string (check, object, "phone", FALSE, KOLO_TITLE_MAX_CHARS));
  take_text (&participant->notes,
             kolo_json_check_string (check, object, "notes", FALSE, KOLO_TEXT_MAX_CHARS));
  read_gender (check, object, participant);
  read_attended (check, object, n_days, participant);
  read_certificate (check, object, doc, participant);
}

void
_kolo_doc_read_participants (KoloJsonCheck *check,
                             JsonObject    *object,
                             KoloDoc       *doc)
{
  JsonNode *days = json_object_get_member (object, "days");
  JsonArray *participants;
  guint n_days;

  /* Days attended are counted in the file's own "days", not in what was
   * read of them: a problem in one day does not move every tick.  Without
   * a list of days, that problem is reported on its own. */
  n_days = days != NULL && JSON_NODE_HOLDS_ARRAY (days)
           ? json_array_get_length (json_node_get_array (days)) : G_MAXUINT;

  if ((participants = kolo_json_check_array (check, object, "participants", FALSE)) == NULL)
    return;
  for (guint i = 0; i < json_array_get_length (participants); i++)
    {
      kolo_json_check_push_index (check, i);
      read_participant (check, json_array_get_element (participants, i), n_days, doc);
      kolo_json_check_pop (check);
    }
  kolo_json_check_pop (check);
}

/* "participant": the place of the participant who gave the idea in the
 * file's own "participants", counted from 0 (version 3).  An idea has an
 * author or a participant, not both. */
void
_kolo_doc_read_idea_participant (KoloJsonCheck *check,
                                 JsonObject    *object,
                                 gboolean       anonymous,
                                 int            n_participants,
                                 KoloDocIdea   *idea)
{
  JsonNode *node = json_object_get_member (object, "participant");

  if (node == NULL)
    return;

  kolo_json_check_push_key (check, "participant");
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) < 0 || json_node_get_int (node) >= n_participants)
    {
      if (n_participants == 0)
        kolo_json_check_problem (check, _("there are no participants in this file"));
      else
        /* Translators: "participants" is the file's own word: keep it */
        kolo_json_check_problem (check, _("expected the place of one of the file’s participants, "
                                          "from 0 to %d"), n_participants - 1);
    }
  else if (anonymous)
    kolo_json_check_problem (check, _("an anonymous board keeps no authors"));
  else if (*idea->author != '\0')
    kolo_json_check_problem (check, _("an idea has an author or a participant, not both"));
  else
    idea->participant = json_node_get_int (node);
  kolo_json_check_pop (check);
}

/* Writing ----------------------------------------------------------------- */

/* "participants" is left out when there are none, as "boards" is. */
void
_kolo_doc_write_participants (JsonBuilder *builder,
                              KoloDoc     *doc)
{
  if (doc->kind != KOLO_DOC_EVENT || doc->participants->len == 0)
    return;

  json_builder_set_member_name (builder, "participants");
  json_builder_begin_array (builder);
  for (guint i = 0; i < doc->participants->len; i++)
    {
      KoloDocParticipant *participant = doc->participants->pdata[i];

      json_builder_begin_object (builder);
      add_text (builder, "name", participant->name, FALSE);
      add_text (builder, "institution", participant->institution, TRUE);
      add_text (builder, "position", participant->position, TRUE);
      add_text (builder, "city", participant->city, TRUE);
      add_text (builder, "email", participant->email, TRUE);
      add_text (builder, "phone", participant->phone, TRUE);
      add_text (builder, "notes", participant->notes, TRUE);
      add_text (builder, "gender", kolo_gender_to_string (participant->gender), TRUE);
      if (participant->attended->len > 0)
        {
          json_builder_set_member_name (builder, "attended");
          json_builder_begin_array (builder);
          for (guint d = 0; d < participant->attended->len; d++)
            json_builder_add_int_value (builder, g_array_index (participant->attended, guint, d));
          json_builder_end_array (builder);
        }
      add_text (builder, "certificate", participant->certificate, TRUE);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* From the model ---------------------------------------------------------- */

/* The places of the event's participants, as the file lists them. */
GHashTable *
_kolo_doc_index_participants (KoloEvent *event)
{
  GHashTable *index = g_hash_table_new (NULL, NULL);
  GListModel *participants = kolo_event_get_participants (event);

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(KoloParticipant) participant = g_list_model_get_item (participants, i);

      /* The event's list keeps the participant alive while the index lives. */
      g_hash_table_insert (index, participant, GUINT_TO_POINTER (i + 1));
    }
  return index;
}

void
_kolo_doc_participants_from_event (KoloDoc   *doc,
                                   KoloEvent *event)
{
  GListModel *participants = kolo_event_get_participants (event);
  GListModel *days = kolo_event_get_days (event);

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(KoloParticipant) participant = g_list_model_get_item (participants, i);
      KoloDocParticipant *doc_participant = kolo_doc_participant_new ();
      const char *certificate = kolo_participant_get_certificate (participant);

      take_text (&doc_participant->name, g_strdup (kolo_participant_get_name (participant)));
      take_text (&doc_participant->institution,
                 g_strdup (kolo_participant_get_institution (participant)));
      take_text (&doc_participant->position,
                 g_strdup (kolo_participant_get_position (participant)));
      take_text (&doc_participant->city, g_strdup (kolo_participant_get_city (participant)));
      take_text (&doc_participant->email, g_strdup (kolo_participant_get_email (participant)));
      take_text (&doc_participant->phone, g_strdup (kolo_participant_get_phone (participant)));
      take_text (&doc_participant->notes, g_strdup (kolo_participant_get_notes (participant)));
      doc_participant->gender = kolo_participant_get_gender (participant);
      take_text (&doc_participant->certificate, g_strdup (certificate ? certificate : ""));

      for (guint d = 0; d < g_list_model_get_n_items (days); d++)
        {
          g_autoptr(KoloDay) day = g_list_model_get_item (days, d);

          if (kolo_participant_get_attended (participant, day))
            g_array_append_val (doc_participant->attended, d);
        }
      g_ptr_array_add (doc->participants, doc_participant);
    }
}
