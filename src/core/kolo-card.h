/* kolo-card.h — one card of a role-play deck: a situation, a role or an
 * observer's task, with what the room sees and the private briefs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _KoloDeck KoloDeck;

typedef enum
{
  KOLO_CARD_SITUATION,
  KOLO_CARD_ROLE,
  KOLO_CARD_OBSERVER,
  KOLO_N_CARD_KINDS
} KoloCardKind;

#define KOLO_TYPE_CARD_KIND (kolo_card_kind_get_type ())
GType         kolo_card_kind_get_type      (void);
/* "situation", "role", "observer": the names in files and the store */
const char   *kolo_card_kind_to_string     (KoloCardKind     kind);
gboolean      kolo_card_kind_from_string   (const char      *text,
                                            KoloCardKind    *kind);
/* Translated: «Ситуація», … */
const char   *kolo_card_kind_get_label     (KoloCardKind     kind);

typedef enum
{
  KOLO_DIFFICULTY_EASY,
  KOLO_DIFFICULTY_MEDIUM,
  KOLO_DIFFICULTY_HARD,
  KOLO_N_DIFFICULTIES
} KoloDifficulty;

#define KOLO_TYPE_DIFFICULTY (kolo_difficulty_get_type ())
GType         kolo_difficulty_get_type     (void);
/* "easy", "medium", "hard" */
const char   *kolo_difficulty_to_string    (KoloDifficulty   difficulty);
gboolean      kolo_difficulty_from_string  (const char      *text,
                                            KoloDifficulty  *difficulty);
const char   *kolo_difficulty_get_label    (KoloDifficulty   difficulty);

/* The limits of a card's texts, in characters, as kolo-deck files have
 * them (docs/formats.md). */
#define KOLO_CARD_TITLE_MAX     200
#define KOLO_CARD_PUBLIC_MAX    2000
#define KOLO_CARD_CATEGORY_MAX  60
#define KOLO_CARD_ROLE_MAX      60
#define KOLO_CARD_BRIEF_MAX     2000
#define KOLO_CARD_MAX_BRIEFS    4

#define KOLO_TYPE_CARD (kolo_card_get_type ())
G_DECLARE_FINAL_TYPE (KoloCard, kolo_card, KOLO, CARD, GObject)

KoloCard       *kolo_card_new              (KoloCardKind     kind,
                                            const char      *title);
gint64          kolo_card_get_id           (KoloCard        *self);
KoloDeck       *kolo_card_get_deck         (KoloCard        *self);
KoloCardKind    kolo_card_get_kind         (KoloCard        *self);
void            kolo_card_set_kind         (KoloCard        *self,
                                            KoloCardKind     kind);
/* 1–200 characters; a blank title is ignored */
const char     *kolo_card_get_title        (KoloCard        *self);
void            kolo_card_set_title        (KoloCard        *self,
                                            const char      *title);
/* What the room may see: 0–2000 characters */
const char     *kolo_card_get_public_text  (KoloCard        *self);
void            kolo_card_set_public_text  (KoloCard        *self,
                                            const char      *public_text);
/* 0–60 characters */
const char     *kolo_card_get_category     (KoloCard        *self);
void            kolo_card_set_category     (KoloCard        *self,
                                            const char      *category);
KoloDifficulty  kolo_card_get_difficulty   (KoloCard        *self);
void            kolo_card_set_difficulty   (KoloCard        *self,
                                            KoloDifficulty   difficulty);

/* The private briefs, for the people who play: 0–4, each a role (0–60
 * characters, "" for none) and a text (1–2000). */
guint           kolo_card_get_n_briefs     (KoloCard        *self);
const char     *kolo_card_get_brief_role   (KoloCard        *self,
                                            guint            index);
const char     *kolo_card_get_brief_text   (KoloCard        *self,
                                            guint            index);
/* Replaces every brief at once; @roles and @texts are as long as each
 * other.  Refused (nothing changes) when they break the limits. */
gboolean        kolo_card_set_briefs       (KoloCard           *self,
                                            const char * const *roles,
                                            const char * const *texts,
                                            GError            **error);
/* Moves the card within its deck, counted after it left its place. */
gboolean        kolo_card_move             (KoloCard        *self,
                                            guint            position,
                                            GError         **error);

G_END_DECLS
