/* kolo-model.c — what every model object shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-model"

#include "config.h"

#include "kolo-board.h"
#include "kolo-certificates-private.h"
#include "kolo-history-private.h"
#include "kolo-model-private.h"
#include "kolo-participant.h"
#include "kolo-store-private.h"

/* The event an object of the agenda, of a board or of the participants
 * belongs to, or NULL when it belongs to none (yet, or any more). */
KoloEvent *
_kolo_model_get_event (GObject *object)
{
  if (KOLO_IS_ACTIVITY (object))
    object = (GObject *) kolo_activity_get_module (KOLO_ACTIVITY (object));
  if (object != NULL && KOLO_IS_MODULE (object))
    object = (GObject *) kolo_module_get_day (KOLO_MODULE (object));
  if (object != NULL && KOLO_IS_DAY (object))
    object = (GObject *) kolo_day_get_event (KOLO_DAY (object));
  /* A board's idea → its board (clustered or not); a cluster → its board. */
  if (object != NULL && KOLO_IS_IDEA (object))
    object = (GObject *) kolo_idea_get_board (KOLO_IDEA (object));
  if (object != NULL && KOLO_IS_CLUSTER (object))
    object = (GObject *) kolo_cluster_get_board (KOLO_CLUSTER (object));
  if (object != NULL && KOLO_IS_BOARD (object))
    object = (GObject *) kolo_board_get_event (KOLO_BOARD (object));
  if (object != NULL && KOLO_IS_PARTICIPANT (object))
    object = (GObject *) kolo_participant_get_event (KOLO_PARTICIPANT (object));
  if (object != NULL && KOLO_IS_CERTIFICATES (object))
    object = (GObject *) _kolo_certificates_get_event (KOLO_CERTIFICATES (object));
  return object != NULL && KOLO_IS_EVENT (object) ? KOLO_EVENT (object) : NULL;
}

KoloHistory *
_kolo_model_get_history (GObject *object)
{
  KoloEvent *event = _kolo_model_get_event (object);

  return event != NULL && kolo_event_get_store (event) != NULL
         ? kolo_event_get_history (event) : NULL;
}

/* Every setter calls this before it changes anything: the event's history
 * keeps the value the change replaces. */
void
_kolo_model_will_change (GObject    *object,
                         GParamSpec *pspec)
{
  KoloHistory *history = _kolo_model_get_history (object);

  if (history != NULL)
    _kolo_history_record_property (history, object, pspec);
}

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

  _kolo_model_will_change (object, pspec);
  g_free (*field);
  *field = g_strdup (value);

  /* The object keeps what the user typed even if the write fails: the store
   * reports the failure, and nothing on screen is lost. */
  if (store != NULL && id != 0)
    kolo_store_update_text (store, table, column, id, value);

  g_object_notify_by_pspec (object, pspec);
}
