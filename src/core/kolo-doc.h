/* kolo-doc.h — an agenda as a plain document: what the kolo-template and
 * kolo-event files hold, checked before anything is written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "kolo-activity-kind.h"
#include "kolo-event.h"
#include "kolo-note-color.h"
#include "kolo-participant.h"

G_BEGIN_DECLS

#define KOLO_TEMPLATE_FORMAT  "kolo-template"
#define KOLO_TEMPLATE_VERSION 3
#define KOLO_EVENT_FORMAT     "kolo-event"
#define KOLO_EVENT_VERSION    4

/* Boards in files (version 2): the limits of their texts, in characters,
 * and of an idea's votes. */
#define KOLO_DOC_QUESTION_MAX_CHARS 500
#define KOLO_DOC_VOTES_MAX          10000

typedef enum
{
  KOLO_DOC_TEMPLATE,
  KOLO_DOC_EVENT,
} KoloDocKind;

typedef struct
{
  KoloActivityKind  kind;
  char             *title;
  int               minutes;
  char             *instructions;
  char             *notes;
  char             *materials;
  /* The deck a role-play activity draws from (templates version 3, events
   * version 4), by its title: a library belongs to one machine, and row
   * IDs mean nothing anywhere else.  "": none. */
  char             *deck;
  /* Not in files: the deck's row in the store the document comes from
   * (kolo_doc_new_from_event()), so that a copy made in that store keeps
   * the very deck even when two decks have the same title; 0: none. */
  gint64            deck_id;
} KoloDocActivity;

typedef struct
{
  char      *title;
  char      *goal;
  GPtrArray *activities;   /* of KoloDocActivity */
} KoloDocModule;

typedef struct
{
  GDate      date;         /* invalid in templates */
  int        start_minute;
  int        end_minute;   /* -1: none */
  GPtrArray *modules;      /* of KoloDocModule */
} KoloDocDay;

typedef struct
{
  char          *text;
  char          *author;       /* "": none */
  int            participant;  /* events, version 3: doc->participants[participant]; -1: none */
  KoloNoteColor  color;
  int            votes;
  gboolean       pending;
  gint64         created;      /* µs since the epoch, UTC; whole seconds in files */
} KoloDocIdea;

typedef struct
{
  char          *title;
  KoloNoteColor  color;
  GPtrArray     *ideas;        /* of KoloDocIdea */
} KoloDocCluster;

typedef struct
{
  char      *question;
  /* The linked brainstorm activity: days[day].modules[module].activities[activity];
   * day is -1 when the board has none. */
  int        day;
  int        module;
  int        activity;
  gboolean   anonymous;
  gboolean   moderated;
  gboolean   hidden;         /* events only */
  gboolean   sort_by_votes;  /* events only */
  GPtrArray *clusters;       /* of KoloDocCluster; events only */
  GPtrArray *ideas;          /* of KoloDocIdea, ungrouped; events only */
} KoloDocBoard;

/* A participant (kolo-event files, version 3) */
typedef struct
{
  char       *name;
  char       *institution;
  char       *position;      /* the job */
  char       *city;
  char       *email;
  char       *phone;
  char       *notes;
  KoloGender  gender;
  GArray     *attended;      /* of guint: days[i] attended, ascending */
  char       *certificate;   /* "": none */
} KoloDocParticipant;

typedef struct
{
  KoloDocKind  kind;
  char        *title;
  char        *venue;
  char        *city;
  char        *organizer;
  GStrv        trainers;
  char        *notes;
  gboolean     archived;
  GPtrArray   *days;       /* of KoloDocDay */
  GPtrArray   *boards;     /* of KoloDocBoard */
  GPtrArray   *participants; /* of KoloDocParticipant; events only */
} KoloDoc;

KoloDoc         *kolo_doc_new              (KoloDocKind   kind);
void             kolo_doc_free             (KoloDoc      *doc);
KoloDocDay      *kolo_doc_day_new          (void);
KoloDocModule   *kolo_doc_module_new       (void);
KoloDocActivity *kolo_doc_activity_new     (void);
KoloDocBoard    *kolo_doc_board_new        (void);
KoloDocCluster  *kolo_doc_cluster_new      (void);
KoloDocIdea     *kolo_doc_idea_new         (void);
KoloDocParticipant *kolo_doc_participant_new (void);

KoloDoc         *kolo_doc_parse            (const char   *data,
                                            gsize         length,
                                            GError      **error);
KoloDoc         *kolo_doc_parse_node       (JsonNode     *root,
                                            GError      **error);
/* The "format" of a parsed file, or NULL */
const char      *kolo_doc_get_format       (JsonNode     *root);
char            *kolo_doc_to_json          (KoloDoc      *doc);
KoloDoc         *kolo_doc_new_from_event   (KoloEvent    *event,
                                            KoloDocKind   kind);
void             kolo_doc_set_first_date   (KoloDoc      *doc,
                                            const GDate  *first);
int              kolo_doc_get_planned_minutes (KoloDoc   *doc);
void             kolo_doc_clear_ideas      (KoloDoc      *doc);
/* Leaves out the participants, and the ideas' authors and links to them:
 * a file to share without anyone's personal data. */
void             kolo_doc_clear_personal_data (KoloDoc   *doc);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoloDoc, kolo_doc_free)

G_END_DECLS
