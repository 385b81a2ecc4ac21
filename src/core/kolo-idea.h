/* kolo-idea.h — one idea on a brainstorm board: a note
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "kolo-note-color.h"

G_BEGIN_DECLS

typedef struct _KoloBoard KoloBoard;
typedef struct _KoloCluster KoloCluster;
typedef struct _KoloParticipant KoloParticipant;

/* An idea's text is plain text of 1 to 500 characters. */
#define KOLO_IDEA_TEXT_MAX 500

#define KOLO_TYPE_IDEA (kolo_idea_get_type ())
G_DECLARE_FINAL_TYPE (KoloIdea, kolo_idea, KOLO, IDEA, GObject)

KoloIdea      *kolo_idea_new         (const char    *text);
gint64         kolo_idea_get_id      (KoloIdea      *self);
KoloBoard     *kolo_idea_get_board   (KoloIdea      *self);
/* NULL: the idea is ungrouped */
KoloCluster   *kolo_idea_get_cluster (KoloIdea      *self);
const char    *kolo_idea_get_text    (KoloIdea      *self);
void           kolo_idea_set_text    (KoloIdea      *self,
                                      const char    *text);
/* NULL when anonymous: on an anonymous board always NULL */
const char    *kolo_idea_get_author  (KoloIdea      *self);
void           kolo_idea_set_author  (KoloIdea      *self,
                                      const char    *author);
/* The participant of the event who gave the idea, or NULL; while set, the
 * author is their name.  Never set on an anonymous board; deleting the
 * participant unsets it and forgets the author. */
KoloParticipant *kolo_idea_get_participant (KoloIdea        *self);
void           kolo_idea_set_participant (KoloIdea        *self,
                                          KoloParticipant *participant);
KoloNoteColor  kolo_idea_get_color   (KoloIdea      *self);
void           kolo_idea_set_color   (KoloIdea      *self,
                                      KoloNoteColor  color);
/* When it was added: microseconds since the Unix epoch, UTC */
gint64         kolo_idea_get_created (KoloIdea      *self);
int            kolo_idea_get_votes   (KoloIdea      *self);
void           kolo_idea_set_votes   (KoloIdea      *self,
                                      int            votes);
void           kolo_idea_add_vote    (KoloIdea      *self,
                                      int            delta);
/* On a moderated board, a new idea waits for the trainer: the console
 * shows it, the projector does not, until it is approved (set FALSE). */
gboolean       kolo_idea_get_pending (KoloIdea      *self);
void           kolo_idea_set_pending (KoloIdea      *self,
                                      gboolean       pending);
gboolean       kolo_idea_move        (KoloIdea      *self,
                                      KoloCluster   *to,
                                      guint          position,
                                      GError       **error);

G_END_DECLS
