/* kolo-groups.h — random pairs, triads and groups that mix institutions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "kolo-participant.h"

G_BEGIN_DECLS

/* Splits @people (KoloParticipant) into groups of about @size (2 and
 * up): as many groups as @size goes into them, to the nearest, the sizes
 * within one of each other (5 in pairs: a pair and a triad; 6 in fours:
 * two triads); shuffled with @rand, and with no two people of one
 * institution (case and spacing folded; an empty institution is nobody's)
 * in a group while the numbers allow.  Nobody stands alone unless they
 * are the only one.  @locked (nullable): groups kept as they are (arrays
 * of KoloParticipant); their people are not reused, except that a single
 * person left over joins the smallest locked group.
 *
 * Returns: (transfer full): an array of groups, each a GPtrArray of
 *   KoloParticipant (referenced), locked ones first */
GPtrArray *kolo_groups_make          (GPtrArray *people,
                                      guint      size,
                                      GPtrArray *locked,
                                      GRand     *rand);
/* How many pairs of people in @groups share an institution: 0 when the
 * mixing fully worked. */
guint      kolo_groups_count_clashes (GPtrArray *groups);

G_END_DECLS
