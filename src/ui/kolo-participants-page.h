/* kolo-participants-page.h — the Participants tab: the list, attendance,
 * and what is done with them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

#define KOLO_TYPE_PARTICIPANTS_PAGE (kolo_participants_page_get_type ())
G_DECLARE_FINAL_TYPE (KoloParticipantsPage, kolo_participants_page, KOLO, PARTICIPANTS_PAGE,
                      GtkWidget)

void        kolo_participants_page_set_event   (KoloParticipantsPage *self,
                                                KoloEvent            *event);
GListModel *kolo_participants_page_get_shown   (KoloParticipantsPage *self);
const char *kolo_participants_page_get_summary (KoloParticipantsPage *self);
void        kolo_participants_page_search      (KoloParticipantsPage *self,
                                                const char           *text);

G_END_DECLS
