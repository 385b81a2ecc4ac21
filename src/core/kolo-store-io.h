/* kolo-store-io.h — events and templates in and out of the store as documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kolo-doc.h"
#include "kolo-store.h"
#include "kolo-template.h"

G_BEGIN_DECLS

KoloEvent  *kolo_store_insert_event              (KoloStore    *self,
                                                  KoloDoc      *doc,
                                                  GError      **error);
GListModel *kolo_store_list_templates            (KoloStore    *self,
                                                  GError      **error);
KoloDoc    *kolo_store_load_template             (KoloStore    *self,
                                                  const char   *name,
                                                  GError      **error);
char       *kolo_store_save_template             (KoloStore    *self,
                                                  KoloDoc      *doc,
                                                  GError      **error);
gboolean    kolo_store_delete_template           (KoloStore    *self,
                                                  const char   *name,
                                                  GError      **error);
KoloEvent  *kolo_store_create_event_from_doc     (KoloStore    *self,
                                                  KoloDoc      *doc,
                                                  const char   *title,
                                                  const GDate  *first_day,
                                                  GError      **error);
GObject    *kolo_store_import                    (KoloStore    *self,
                                                  const char   *data,
                                                  gsize         length,
                                                  GError      **error);
char       *kolo_event_export                    (KoloEvent    *event,
                                                  KoloDocKind   kind);
/* A kolo-event file without participants, authors or their links */
char       *kolo_event_export_without_personal_data (KoloEvent *event);

G_END_DECLS
