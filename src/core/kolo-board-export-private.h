/* kolo-board-export-private.h — what the board's exports share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kolo-board-export.h"

G_BEGIN_DECLS

/* A column of an export: a cluster, or the ideas of no cluster.  Only
 * approved ideas are taken home: pending ones were never shown. */
typedef struct
{
  KoloCluster *cluster;     /* NULL: "Ungrouped" */
  GPtrArray   *ideas;       /* of KoloIdea, in export order */
  int          votes;       /* of those ideas */
} Group;

void        _kolo_board_export_group_free     (Group      *group);
/* Group: the clusters in the board's order, then "Ungrouped" when it has
 * ideas; ideas by votes when the board sorts by votes. */
GPtrArray  *_kolo_board_export_collect_groups (KoloBoard  *board);
const char *_kolo_board_export_idea_author    (KoloBoard  *board,
                                               KoloIdea   *idea);
char       *_kolo_board_export_format_votes   (int         votes);

G_END_DECLS
