/* kolo-board-export.h — a board taken home: Markdown, CSV and a PNG image
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kolo-board.h"

G_BEGIN_DECLS

/* The question, then every cluster with its ideas, then "Ungrouped";
 * ideas in the board's order, or by votes when the board sorts by votes. */
char     *kolo_board_to_markdown (KoloBoard      *self);
/* One row per idea: idea, cluster, votes, author, time (RFC 4180). */
char     *kolo_board_to_csv      (KoloBoard      *self);
/* The board as an image @width pixels wide, as tall as it needs. */
gboolean  kolo_board_write_png   (KoloBoard      *self,
                                  int             width,
                                  GOutputStream  *out,
                                  GCancellable   *cancellable,
                                  GError        **error);

G_END_DECLS
