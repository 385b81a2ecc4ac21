/* kolo-model.c — what every model object shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-model"

#include "config.h"

#include "kolo-model-private.h"
#include "kolo-store-private.h"

void
_kolo_model_set_text (GObject     *object,
                      char       **field,
                      const char  *value,
                      KoloStore   *store,
                      const char  *table,
                      const char  *column,
                      gint64       id,
                      GParamSpec  *pspec)
{
  if (value == NULL)
    value = "";

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);

  /* The object keeps what the user typed even if the write fails: the store
   * reports the failure, and nothing on screen is lost. */
  if (store != NULL && id != 0)
    kolo_store_update_text (store, table, column, id, value);

  g_object_notify_by_pspec (object, pspec);
}
