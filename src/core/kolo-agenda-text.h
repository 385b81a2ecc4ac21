/* kolo-agenda-text.h — an event's agenda with clock times, as plain text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kolo-event.h"

G_BEGIN_DECLS

char *kolo_agenda_text (KoloEvent *event);

G_END_DECLS
