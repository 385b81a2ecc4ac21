/* kolo-json.h — reading Kolo files with every problem named, and writing them
 * byte for byte the same every time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define KOLO_FILE_ERROR (kolo_file_error_quark ())

typedef enum
{
  KOLO_FILE_ERROR_INVALID,   /* the file breaks the format: see the message */
  KOLO_FILE_ERROR_TOO_NEW,   /* a newer version of the format */
  KOLO_FILE_ERROR_FORMAT,    /* not the kind of Kolo file asked for */
  KOLO_FILE_ERROR_TOO_BIG,   /* larger than the format allows; refused unread */
} KoloFileError;

/* Files larger than this are refused before parsing. */
#define KOLO_FILE_MAX_BYTES (32 * 1024 * 1024)
/* Nesting deeper than this is refused before parsing: no Kolo format needs it,
 * and a parser that recurses must not be handed a million brackets. */
#define KOLO_FILE_MAX_DEPTH 32

GQuark      kolo_file_error_quark (void);

JsonNode   *kolo_json_parse       (const char  *data,
                                   gsize        length,
                                   GError     **error);
char       *kolo_json_write       (JsonNode    *root);
gboolean    kolo_json_read_version (JsonObject *object,
                                    const char *format,
                                    gint64      latest,
                                    gint64     *version,
                                    GError    **error);

/* Checking a parsed document: every problem is collected with its path
 * (`days[0].modules[1].activities[3].minutes`), none stops the check. */
typedef struct _KoloJsonCheck KoloJsonCheck;

KoloJsonCheck *kolo_json_check_new        (void);
void           kolo_json_check_free       (KoloJsonCheck *check);
void           kolo_json_check_push_key   (KoloJsonCheck *check,
                                           const char    *key);
void           kolo_json_check_push_index (KoloJsonCheck *check,
                                           guint          index);
void           kolo_json_check_pop        (KoloJsonCheck *check);
void           kolo_json_check_problem    (KoloJsonCheck *check,
                                           const char    *format,
                                           ...) G_GNUC_PRINTF (2, 3);
gboolean       kolo_json_check_failed     (KoloJsonCheck *check);
gboolean       kolo_json_check_propagate  (KoloJsonCheck *check,
                                           GError       **error);

JsonObject    *kolo_json_check_object     (KoloJsonCheck *check,
                                           JsonNode      *node);
void           kolo_json_check_keys       (KoloJsonCheck *check,
                                           JsonObject    *object,
                                           const char * const *known);
char          *kolo_json_check_string     (KoloJsonCheck *check,
                                           JsonObject    *object,
                                           const char    *key,
                                           gboolean       required,
                                           guint          max_chars);
gboolean       kolo_json_check_int        (KoloJsonCheck *check,
                                           JsonObject    *object,
                                           const char    *key,
                                           gboolean       required,
                                           gint64         min,
                                           gint64         max,
                                           const char    *message,
                                           gint64        *value);
gboolean       kolo_json_check_bool       (KoloJsonCheck *check,
                                           JsonObject    *object,
                                           const char    *key,
                                           gboolean      *value);
JsonArray     *kolo_json_check_array      (KoloJsonCheck *check,
                                           JsonObject    *object,
                                           const char    *key,
                                           gboolean       required);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoloJsonCheck, kolo_json_check_free)

G_END_DECLS
