/* kolo-doc-private.h — what kolo-doc.c, kolo-doc-boards.c and
 * kolo-doc-participants.c share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kolo-doc.h"
#include "kolo-json.h"

G_BEGIN_DECLS

/* Replaces *field with the checked text when there is one. */
static inline void
take_text (char **field,
           char  *text)
{
  if (text == NULL)
    return;
  g_free (*field);
  *field = text;
}

/* Optional text is left out when empty, so files stay short and the output
 * of a given document is always the same. */
static inline void
add_text (JsonBuilder *builder,
          const char  *key,
          const char  *value,
          gboolean     optional)
{
  if (optional && (value == NULL || *value == '\0'))
    return;
  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, value ? value : "");
}

void _kolo_doc_board_free        (KoloDocBoard  *board);
/* Reads the top-level "boards" of @object into @doc, whose days are read;
 * activity places are checked against the file's own "days", and
 * participants' (version 3) against its own "participants". */
void _kolo_doc_read_boards       (KoloJsonCheck *check,
                                  JsonObject    *object,
                                  gint64         version,
                                  KoloDoc       *doc);
void _kolo_doc_write_boards      (JsonBuilder   *builder,
                                  KoloDoc       *doc);
void _kolo_doc_boards_from_event (KoloDoc       *doc,
                                  KoloEvent     *event);

/* Participants (version 3), kolo-doc-participants.c */
void _kolo_doc_participant_free  (KoloDocParticipant *participant);
/* Reads the top-level "participants" of an event file into @doc, whose
 * days are read; "attended" is checked against the file's own "days". */
void _kolo_doc_read_participants (KoloJsonCheck *check,
                                  JsonObject    *object,
                                  KoloDoc       *doc);
void _kolo_doc_write_participants (JsonBuilder  *builder,
                                   KoloDoc      *doc);
void _kolo_doc_participants_from_event (KoloDoc  *doc,
                                        KoloEvent *event);
/* An idea's "participant" (version 3): @n_participants is how many the
 * file's own "participants" has. */
void _kolo_doc_read_idea_participant (KoloJsonCheck *check,
                                      JsonObject    *object,
                                      gboolean       anonymous,
                                      int            n_participants,
                                      KoloDocIdea   *idea);
/* The event's participants → their place in the list, plus one */
GHashTable *_kolo_doc_index_participants (KoloEvent *event);

G_END_DECLS
