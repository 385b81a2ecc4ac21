/* kolo-role-plays-page.h — an event's role-plays: drawing a situation,
 * giving its roles, handing out the briefs and timing the round
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"
#include "kolo-ticker.h"

G_BEGIN_DECLS

#define KOLO_TYPE_ROLE_PLAYS_PAGE (kolo_role_plays_page_get_type ())
G_DECLARE_FINAL_TYPE (KoloRolePlaysPage, kolo_role_plays_page, KOLO, ROLE_PLAYS_PAGE, GtkWidget)

void       kolo_role_plays_page_set_event  (KoloRolePlaysPage *self,
                                            KoloEvent         *event);
/* @ticker: (nullable): the event's run, when the window runs this event */
void       kolo_role_plays_page_set_ticker (KoloRolePlaysPage *self,
                                            KoloTicker        *ticker);
/* The deck draws come from; (transfer none) (nullable) */
KoloDeck  *kolo_role_plays_page_get_deck   (KoloRolePlaysPage *self);
void       kolo_role_plays_page_set_deck   (KoloRolePlaysPage *self,
                                            KoloDeck          *deck);
/* The round on show: the last one drawn or picked; (transfer none) */
KoloPlay  *kolo_role_plays_page_get_play   (KoloRolePlaysPage *self);

G_END_DECLS
