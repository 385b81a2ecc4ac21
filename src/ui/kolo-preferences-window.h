/* kolo-preferences-window.h — Kolo's preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KOLO_TYPE_PREFERENCES_WINDOW (kolo_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (KoloPreferencesWindow, kolo_preferences_window, KOLO, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

GtkWindow *kolo_preferences_window_new (GtkWindow *parent,
                                        GSettings *settings);

G_END_DECLS
