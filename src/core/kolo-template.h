/* kolo-template.h — an agenda to start events from, shipped or saved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define KOLO_TYPE_TEMPLATE (kolo_template_get_type ())
G_DECLARE_FINAL_TYPE (KoloTemplate, kolo_template, KOLO, TEMPLATE, GObject)

KoloTemplate *kolo_template_new                 (const char   *name,
                                                 const char   *title,
                                                 const char   *notes,
                                                 gboolean      shipped,
                                                 guint         n_days,
                                                 int           planned_minutes);
const char   *kolo_template_get_name            (KoloTemplate *self);
const char   *kolo_template_get_title           (KoloTemplate *self);
const char   *kolo_template_get_notes           (KoloTemplate *self);
gboolean      kolo_template_get_shipped         (KoloTemplate *self);
guint         kolo_template_get_n_days          (KoloTemplate *self);
int           kolo_template_get_planned_minutes (KoloTemplate *self);

G_END_DECLS
