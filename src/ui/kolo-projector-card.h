/* kolo-projector-card.h — a role-play card as the room sees it, with the
 * round's phase and time beside it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"
#include "kolo-ticker.h"

G_BEGIN_DECLS

#define KOLO_TYPE_PROJECTOR_CARD (kolo_projector_card_get_type ())
G_DECLARE_FINAL_TYPE (KoloProjectorCard, kolo_projector_card, KOLO, PROJECTOR_CARD, GtkWidget)

KoloProjectorCard *kolo_projector_card_new            (void);
void               kolo_projector_card_set_ticker     (KoloProjectorCard *self,
                                                       KoloTicker        *ticker);
KoloCard          *kolo_projector_card_get_card       (KoloProjectorCard *self);
void               kolo_projector_card_set_card       (KoloProjectorCard *self,
                                                       KoloCard          *card);
gboolean           kolo_projector_card_get_revealed   (KoloProjectorCard *self);
const char        *kolo_projector_card_get_phase_text (KoloProjectorCard *self);
const char        *kolo_projector_card_get_time_text  (KoloProjectorCard *self);

G_END_DECLS
