/* kolo-doc-private.h — what kolo-doc.c and kolo-doc-boards.c share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kolo-doc.h"
#include "kolo-json.h"

G_BEGIN_DECLS

void _kolo_doc_board_free        (KoloDocBoard  *board);
/* Reads the top-level "boards" of @object into @doc, whose days are read;
 * activity places are checked against the file's own "days". */
void _kolo_doc_read_boards       (KoloJsonCheck *check,
                                  JsonObject    *object,
                                  KoloDoc       *doc);
void _kolo_doc_write_boards      (JsonBuilder   *builder,
                                  KoloDoc       *doc);
void _kolo_doc_boards_from_event (KoloDoc       *doc,
                                  KoloEvent     *event);

G_END_DECLS
