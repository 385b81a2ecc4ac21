/* kolo-briefs-window.h — a round's private briefs, one at a time, for the
 * trainer to hand over from the console
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

#define KOLO_TYPE_BRIEFS_WINDOW (kolo_briefs_window_get_type ())
G_DECLARE_FINAL_TYPE (KoloBriefsWindow, kolo_briefs_window, KOLO, BRIEFS_WINDOW, AdwWindow)

/* @play: a round whose roles were given */
GtkWindow  *kolo_briefs_window_new          (GtkWindow        *parent,
                                             KoloPlay         *play);
guint       kolo_briefs_window_get_n_pages  (KoloBriefsWindow *self);
guint       kolo_briefs_window_get_page     (KoloBriefsWindow *self);
void        kolo_briefs_window_set_page     (KoloBriefsWindow *self,
                                             guint             page);
/* What the page shows, for tests: the player, the role and the brief */
const char *kolo_briefs_window_get_player   (KoloBriefsWindow *self);
const char *kolo_briefs_window_get_text     (KoloBriefsWindow *self);

G_END_DECLS
