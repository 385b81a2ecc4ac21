/* kolo-test-util.h — what Kolo's tests share: temporary places and file
 * checks, a store with an event in it, the database read behind the store's
 * back, and PDFs read back with poppler's pdftotext and pdfinfo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kolo-core.h"

G_BEGIN_DECLS

void       kolo_test_init               (int          *argc,
                                         char       ***argv);
void       kolo_test_init_ui            (int          *argc,
                                         char       ***argv);
char      *kolo_test_make_dir           (void);
void       kolo_test_remove_dir         (const char   *dir);
char      *kolo_test_read_file          (const char   *path,
                                         gsize        *length);
char      *kolo_test_data_path          (const char   *name);
char      *kolo_test_checksum           (const char   *path);
gboolean   kolo_test_have_locale        (const char   *locale);

gpointer   kolo_test_item               (GListModel   *model,
                                         guint         position);

void       kolo_test_count_cb           (gpointer      object,
                                         guint        *counter);
void       kolo_test_count_notify_cb    (GObject      *object,
                                         GParamSpec   *pspec,
                                         guint        *counter);
void       kolo_test_count_write_failed (KoloStore    *store,
                                         guint        *counter);

KoloStore *kolo_test_open_store         (const char   *path,
                                         guint        *write_failed);
void       kolo_test_close_store        (KoloStore   **store,
                                         KoloEvent   **event);
KoloEvent *kolo_test_lookup_event       (KoloStore    *store,
                                         gint64        id);
KoloEvent *kolo_test_new_training       (KoloStore    *store,
                                         const char   *title);
GPtrArray *kolo_test_all_activities     (KoloEvent    *event);

void       kolo_test_db_exec            (const char   *path,
                                         const char   *sql);
gint64     kolo_test_db_int             (const char   *path,
                                         const char   *sql);
char      *kolo_test_db_text            (const char   *path,
                                         const char   *format,
                                         ...) G_GNUC_PRINTF (2, 3);

/* Checks the first column of the first row of a query on the database at
 * @path: "NULL" for NULL, NULL for no row. */
#define kolo_test_assert_db(path, expected, ...) \
  G_STMT_START { \
    g_autofree char *got_ = kolo_test_db_text ((path), __VA_ARGS__); \
    g_assert_cmpstr (got_, ==, (expected)); \
  } G_STMT_END

gboolean   kolo_test_have_poppler       (void);
char      *kolo_test_run_tool           (const char * const *argv);
char      *kolo_test_squeeze            (const char   *text);
char      *kolo_test_pdf_text           (const char   *path,
                                         int           page);
char      *kolo_test_pdf_info           (const char   *path,
                                         const char   *field);
int        kolo_test_pdf_pages          (const char   *path);

G_END_DECLS
