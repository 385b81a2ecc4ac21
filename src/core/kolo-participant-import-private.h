/* kolo-participant-import-private.h — how the importer tells columns and
 * values apart, shared with the names of the columns
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kolo-participant-import.h"

G_BEGIN_DECLS

/* Case, apostrophes, spacing and punctuation folded away, and anything in
 * brackets dropped: "П.І.Б.", "піб" and "ПІБ (повністю)" are the same. */
char       *_kolo_import_fold_key (const char *text);
/* What a column headed @header holds, or KOLO_COLUMN_IGNORE */
KoloColumn  _kolo_column_match    (const char *header);
/* «ж», «жін.», "F", "female" … and «ч», "m", "male" …; unknown otherwise */
KoloGender  _kolo_gender_match    (const char *text);
/* From a Ukrainian patronymic in a full name: «Олена Петрівна» is
 * feminine, «Ігор Васильович» masculine; unknown when there is none or
 * the words disagree. */
KoloGender  _kolo_gender_guess    (const char *name);

G_END_DECLS
