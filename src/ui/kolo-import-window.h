/* kolo-import-window.h — checking a participant list before it is added
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

#define KOLO_TYPE_IMPORT_WINDOW (kolo_import_window_get_type ())
G_DECLARE_FINAL_TYPE (KoloImportWindow, kolo_import_window, KOLO, IMPORT_WINDOW, AdwWindow)

GtkWindow *kolo_import_window_new      (GtkWindow             *parent,
                                        KoloParticipantImport *import);
gboolean   kolo_import_window_add      (KoloImportWindow      *self);
GtkWidget *kolo_import_window_get_add_button (KoloImportWindow *self);

G_END_DECLS
