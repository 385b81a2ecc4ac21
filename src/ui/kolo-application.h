/* kolo-application.h — the Kolo application: one instance, one store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

#define KOLO_TYPE_APPLICATION (kolo_application_get_type ())
G_DECLARE_FINAL_TYPE (KoloApplication, kolo_application, KOLO, APPLICATION, AdwApplication)

KoloApplication *kolo_application_new       (void);
KoloStore       *kolo_application_get_store (KoloApplication *self);

G_END_DECLS
