/* kolo-play.h — running role-plays: drawing situations without repeats,
 * giving a card's roles to the people present, and the record of who
 * played which card in which event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kolo-card.h"
#include "kolo-deck.h"
#include "kolo-participant.h"

G_BEGIN_DECLS

typedef struct _KoloDay KoloDay;

/* Who plays what in one round: groups (pairs, triads…) of participants,
 * each with one of the card's briefs, or none (an observer).  Nobody is
 * in a round twice. */
typedef struct _KoloRoleAssignment KoloRoleAssignment;

#define KOLO_TYPE_ROLE_ASSIGNMENT (kolo_role_assignment_get_type ())
GType               kolo_role_assignment_get_type      (void);

/* An empty round of @card for participants of @event, to fill by hand */
KoloRoleAssignment *kolo_role_assignment_new           (KoloCard            *card,
                                                        KoloEvent           *event);
/* Random groups of about @group_size (0: as many as the card has briefs,
 * at least 2) of the participants present on @day; in each group the
 * first people get the briefs in order and the rest observe.  Groups mix
 * institutions while the numbers allow (kolo_groups_make()). */
KoloRoleAssignment *kolo_role_assignment_new_random    (KoloCard            *card,
                                                        KoloDay             *day,
                                                        guint                group_size,
                                                        GRand               *rand,
                                                        GError             **error);
KoloRoleAssignment *kolo_role_assignment_ref           (KoloRoleAssignment  *self);
void                kolo_role_assignment_unref         (KoloRoleAssignment  *self);
KoloCard           *kolo_role_assignment_get_card      (KoloRoleAssignment  *self);
guint               kolo_role_assignment_get_n_groups  (KoloRoleAssignment  *self);
guint               kolo_role_assignment_get_n_players (KoloRoleAssignment  *self,
                                                        guint                group);
KoloParticipant    *kolo_role_assignment_get_player    (KoloRoleAssignment  *self,
                                                        guint                group,
                                                        guint                index);
/* The brief the player has, -1 for an observer */
int                 kolo_role_assignment_get_brief     (KoloRoleAssignment  *self,
                                                        guint                group,
                                                        guint                index);
/* The brief's role as it was when the round was recorded; "" for a brief
 * without a role name, NULL for an observer */
const char         *kolo_role_assignment_get_role      (KoloRoleAssignment  *self,
                                                        guint                group,
                                                        guint                index);
gboolean            kolo_role_assignment_contains      (KoloRoleAssignment  *self,
                                                        KoloParticipant     *participant);
/* By hand: @group is an existing group or the next one (n_groups);
 * @brief an index of the card's briefs, or -1 to observe.  Refused when
 * @participant is in the round already, or is not of the event. */
gboolean            kolo_role_assignment_add           (KoloRoleAssignment  *self,
                                                        guint                group,
                                                        KoloParticipant     *participant,
                                                        int                  brief,
                                                        GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoloRoleAssignment, kolo_role_assignment_unref)

/* One card drawn (or picked) in an event: a round of role-play. */
#define KOLO_TYPE_PLAY (kolo_play_get_type ())
G_DECLARE_FINAL_TYPE (KoloPlay, kolo_play, KOLO, PLAY, GObject)

gint64              kolo_play_get_id                   (KoloPlay            *self);
KoloEvent          *kolo_play_get_event                (KoloPlay            *self);
/* NULL once the deck or the card was removed; the title stays */
KoloDeck           *kolo_play_get_deck                 (KoloPlay            *self);
KoloCard           *kolo_play_get_card                 (KoloPlay            *self);
const char         *kolo_play_get_card_title           (KoloPlay            *self);
/* When, in microseconds since the epoch */
gint64              kolo_play_get_time                 (KoloPlay            *self);
/* Picked by hand rather than drawn at random */
gboolean            kolo_play_get_picked               (KoloPlay            *self);
/* The round's players; empty until kolo_play_set_roles() */
KoloRoleAssignment *kolo_play_get_roles                (KoloPlay            *self);
/* Records who played what, in one transaction, replacing what was there */
gboolean            kolo_play_set_roles                (KoloPlay            *self,
                                                        KoloRoleAssignment  *roles,
                                                        GError             **error);

/* Draws a situation of @deck that @event has not drawn since the deck was
 * last reshuffled for it, every one as likely (@rand: nullable, for
 * tests).  The draw is stored at once: it survives a restart.  Refused
 * with KOLO_DECK_ERROR_EXHAUSTED once every situation was drawn. */
KoloPlay           *kolo_deck_draw                     (KoloDeck            *self,
                                                        KoloEvent           *event,
                                                        GRand               *rand,
                                                        GError             **error);
/* Plays @card, chosen by the trainer, as a draw: it is not drawn again
 * until the next reshuffle. */
KoloPlay           *kolo_deck_pick                     (KoloDeck            *self,
                                                        KoloEvent           *event,
                                                        KoloCard            *card,
                                                        GError             **error);
/* Puts every card back for @event; the record of earlier plays stays. */
gboolean            kolo_deck_reshuffle                (KoloDeck            *self,
                                                        KoloEvent           *event,
                                                        GError             **error);
/* The situations @event can still draw */
guint               kolo_deck_count_left               (KoloDeck            *self,
                                                        KoloEvent           *event);
/* The cards @event drew since the last reshuffle, in order (KoloCard) */
GPtrArray          *kolo_deck_get_drawn                (KoloDeck            *self,
                                                        KoloEvent           *event,
                                                        GError             **error);
/* Every play of @event, oldest first (KoloPlay), read from the store */
GPtrArray          *kolo_event_get_plays               (KoloEvent           *event,
                                                        GError             **error);

G_END_DECLS
