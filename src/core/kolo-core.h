/* kolo-core.h — everything kolo-core offers the app, the command line and tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kolo-activity-kind.h"
#include "kolo-activity.h"
#include "kolo-agenda-text.h"
#include "kolo-board-export.h"
#include "kolo-board.h"
#include "kolo-card.h"
#include "kolo-certificates.h"
#include "kolo-clock.h"
#include "kolo-cluster.h"
#include "kolo-csv.h"
#include "kolo-day.h"
#include "kolo-deck.h"
#include "kolo-doc.h"
#include "kolo-event.h"
#include "kolo-groups.h"
#include "kolo-handout.h"
#include "kolo-history.h"
#include "kolo-idea.h"
#include "kolo-json.h"
#include "kolo-module.h"
#include "kolo-note-color.h"
#include "kolo-participant-import.h"
#include "kolo-participant.h"
#include "kolo-play.h"
#include "kolo-run.h"
#include "kolo-screens.h"
#include "kolo-store-io.h"
#include "kolo-store.h"
#include "kolo-template.h"
#include "kolo-text.h"

G_BEGIN_DECLS

void kolo_core_init (void);

G_END_DECLS
