/* kolo-doc.h — an agenda as a plain document: what the kolo-template and
 * kolo-event files hold, checked before anything is written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "kolo-activity-kind.h"
#include "kolo-event.h"

G_BEGIN_DECLS

#define KOLO_TEMPLATE_FORMAT  "kolo-template"
#define KOLO_TEMPLATE_VERSION 1
#define KOLO_EVENT_FORMAT     "kolo-event"
#define KOLO_EVENT_VERSION    1

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
  KoloDocKind  kind;
  char        *title;
  char        *venue;
  char        *city;
  char        *organizer;
  GStrv        trainers;
  char        *notes;
  gboolean     archived;
  GPtrArray   *days;       /* of KoloDocDay */
} KoloDoc;

KoloDoc         *kolo_doc_new              (KoloDocKind   kind);
void             kolo_doc_free             (KoloDoc      *doc);
KoloDocDay      *kolo_doc_day_new          (void);
KoloDocModule   *kolo_doc_module_new       (void);
KoloDocActivity *kolo_doc_activity_new     (void);

KoloDoc         *kolo_doc_parse            (const char   *data,
                                            gsize         length,
                                            GError      **error);
char            *kolo_doc_to_json          (KoloDoc      *doc);
KoloDoc         *kolo_doc_new_from_event   (KoloEvent    *event,
                                            KoloDocKind   kind);
void             kolo_doc_set_first_date   (KoloDoc      *doc,
                                            const GDate  *first);
int              kolo_doc_get_planned_minutes (KoloDoc   *doc);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoloDoc, kolo_doc_free)

G_END_DECLS
