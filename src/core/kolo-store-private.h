/* kolo-store-private.h — what the core's model objects need from the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "kolo-activity-kind.h"
#include "kolo-note-color.h"
#include "kolo-store.h"

G_BEGIN_DECLS

sqlite3      *kolo_store_get_db          (KoloStore     *self);
sqlite3_stmt *kolo_store_prepare         (KoloStore     *self,
                                          const char    *sql,
                                          GError       **error);
gboolean      kolo_store_step_done       (KoloStore     *self,
                                          sqlite3_stmt  *stmt,
                                          GError       **error);
gboolean      kolo_store_begin           (KoloStore     *self,
                                          GError       **error);
gboolean      kolo_store_commit          (KoloStore     *self,
                                          GError       **error);
void          kolo_store_rollback        (KoloStore     *self);
gboolean      kolo_store_finish          (KoloStore     *self,
                                          gboolean       ok,
                                          GError       **error);
gboolean      kolo_store_run_with_id     (KoloStore     *self,
                                          const char    *sql,
                                          gint64         id,
                                          GError       **error);
void          kolo_store_set_sqlite_error (KoloStore    *self,
                                          GError       **error);
void          kolo_store_report_error    (KoloStore     *self,
                                          const GError  *error);

gboolean      kolo_store_update_text     (KoloStore     *self,
                                          const char    *table,
                                          const char    *column,
                                          gint64         id,
                                          const char    *value);
gboolean      kolo_store_update_int      (KoloStore     *self,
                                          const char    *table,
                                          const char    *column,
                                          gint64         id,
                                          gint64         value,
                                          gboolean       is_null);

gint64        kolo_store_insert_activity_row (KoloStore        *self,
                                              gint64            module_id,
                                              guint             position,
                                              KoloActivityKind  kind,
                                              const char       *title,
                                              int               minutes,
                                              const char       *instructions,
                                              const char       *notes,
                                              const char       *materials,
                                              GError          **error);
gint64        kolo_store_insert_module_row   (KoloStore        *self,
                                              gint64            day_id,
                                              guint             position,
                                              const char       *title,
                                              const char       *goal,
                                              GError          **error);
gint64        kolo_store_insert_day_row      (KoloStore        *self,
                                              gint64            event_id,
                                              guint             position,
                                              const GDate      *date,
                                              int               start_minute,
                                              int               end_minute,
                                              GError          **error);

/* Brainstorm boards (kolo-board-store.c).  An ID of 0 stands for NULL:
 * no activity, no cluster ("Ungrouped"), no participant. */
gint64        kolo_store_insert_board_row    (KoloStore        *self,
                                              gint64            event_id,
                                              guint             position,
                                              const char       *question,
                                              gint64            activity_id,
                                              gboolean          anonymous,
                                              gboolean          hidden,
                                              gboolean          moderated,
                                              gboolean          sort_by_votes,
                                              GError          **error);
gint64        kolo_store_insert_cluster_row  (KoloStore        *self,
                                              gint64            board_id,
                                              guint             position,
                                              const char       *title,
                                              KoloNoteColor     color,
                                              GError          **error);
gint64        kolo_store_insert_idea_row     (KoloStore        *self,
                                              gint64            board_id,
                                              gint64            cluster_id,
                                              guint             position,
                                              const char       *text,
                                              const char       *author,
                                              gint64            participant_id,
                                              KoloNoteColor     color,
                                              gint64            created_us,
                                              int               votes,
                                              gboolean          pending,
                                              GError          **error);

G_END_DECLS
