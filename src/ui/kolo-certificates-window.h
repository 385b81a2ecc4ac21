/* kolo-certificates-window.h — the event's certificates: settings and the
 * PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-core.h"

G_BEGIN_DECLS

#define KOLO_TYPE_CERTIFICATES_WINDOW (kolo_certificates_window_get_type ())
G_DECLARE_FINAL_TYPE (KoloCertificatesWindow, kolo_certificates_window, KOLO,
                      CERTIFICATES_WINDOW, AdwWindow)

GtkWindow  *kolo_certificates_window_new         (GtkWindow              *parent,
                                                  KoloEvent              *event);
void        kolo_certificates_window_save        (KoloCertificatesWindow *self,
                                                  GFile                  *file);
const char *kolo_certificates_window_get_summary (KoloCertificatesWindow *self);

G_END_DECLS
