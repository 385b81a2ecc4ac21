/* kolo-screens.h — which monitor the projector window goes to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  int x;
  int y;
  int width;
  int height;
} KoloScreen;

int kolo_screens_pick_projector (const KoloScreen *screens,
                                 guint             n_screens,
                                 int               console);
int kolo_screens_swap           (guint             n_screens,
                                 int               console,
                                 int               projector);

G_END_DECLS
