/* kolo-store.h — the SQLite store that holds every event, day, module and activity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define KOLO_STORE_ERROR (kolo_store_error_quark ())

typedef enum
{
  KOLO_STORE_ERROR_FAILED,
  KOLO_STORE_ERROR_NOT_KOLO,
  KOLO_STORE_ERROR_TOO_NEW,
  KOLO_STORE_ERROR_NOT_FOUND,
  KOLO_STORE_ERROR_INVALID,
} KoloStoreError;

/* Forward declarations: the model types include this header. */
typedef struct _KoloEvent KoloEvent;

#define KOLO_TYPE_STORE (kolo_store_get_type ())
G_DECLARE_FINAL_TYPE (KoloStore, kolo_store, KOLO, STORE, GObject)

GQuark       kolo_store_error_quark          (void);

int          kolo_store_get_schema_version   (void);
char        *kolo_store_get_default_path     (void);

KoloStore   *kolo_store_open                 (const char  *path,
                                              GError     **error);
const char  *kolo_store_get_path             (KoloStore   *self);

GListModel  *kolo_store_get_events           (KoloStore   *self);
KoloEvent   *kolo_store_lookup_event         (KoloStore   *self,
                                              gint64       id,
                                              GError     **error);
KoloEvent   *kolo_store_create_event         (KoloStore   *self,
                                              const char  *title,
                                              GDate       *first_day,
                                              GError     **error);
KoloEvent   *kolo_store_duplicate_event      (KoloStore   *self,
                                              KoloEvent   *event,
                                              GError     **error);
gboolean     kolo_store_delete_event         (KoloStore   *self,
                                              KoloEvent   *event,
                                              GError     **error);
gboolean     kolo_store_undelete_event       (KoloStore   *self,
                                              KoloEvent   *event,
                                              GError     **error);
gboolean     kolo_store_purge_deleted        (KoloStore   *self,
                                              GError     **error);
gboolean     kolo_store_purge_deleted_event  (KoloStore   *self,
                                              KoloEvent   *event,
                                              GError     **error);
GArray      *kolo_store_search_events        (KoloStore   *self,
                                              const char  *query,
                                              GError     **error);
gboolean     kolo_store_backup               (KoloStore   *self,
                                              const char  *dest_path,
                                              GError     **error);

G_END_DECLS
