/* kolo-test-util.h — what Kolo's tests share: temporary places and file checks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kolo-core.h"

G_BEGIN_DECLS

void      kolo_test_init          (int          *argc,
                                   char       ***argv);
void      kolo_test_init_ui       (int          *argc,
                                   char       ***argv);
char     *kolo_test_make_dir      (void);
void      kolo_test_remove_dir    (const char   *dir);
char     *kolo_test_read_file     (const char   *path,
                                   gsize        *length);
char     *kolo_test_data_path     (const char   *name);
char     *kolo_test_checksum      (const char   *path);
gboolean  kolo_test_have_locale   (const char   *locale);

G_END_DECLS
