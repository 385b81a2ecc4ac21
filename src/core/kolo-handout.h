/* kolo-handout.h — an event's agenda as a print-ready PDF handout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kolo-event.h"

G_BEGIN_DECLS

gboolean kolo_handout_write (KoloEvent      *event,
                             GOutputStream  *out,
                             GCancellable   *cancellable,
                             GError        **error);

G_END_DECLS
