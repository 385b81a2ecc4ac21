/* kolo-participant-import.h — a participant list as the library sent it:
 * columns matched, previewed, then added in one step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kolo-event.h"
#include "kolo-participant.h"

G_BEGIN_DECLS

/* What a column of the file holds.  A full name may come in one column
 * (ПІБ) or in three (Прізвище, Ім'я, По батькові), joined in that order. */
typedef enum
{
  KOLO_COLUMN_IGNORE,
  KOLO_COLUMN_NAME,
  KOLO_COLUMN_LAST_NAME,
  KOLO_COLUMN_FIRST_NAME,
  KOLO_COLUMN_MIDDLE_NAME,
  KOLO_COLUMN_INSTITUTION,
  KOLO_COLUMN_POSITION,
  KOLO_COLUMN_CITY,
  KOLO_COLUMN_EMAIL,
  KOLO_COLUMN_PHONE,
  KOLO_COLUMN_NOTES,
  KOLO_COLUMN_GENDER,
  KOLO_N_COLUMNS
} KoloColumn;

#define KOLO_TYPE_COLUMN (kolo_column_get_type ())
GType        kolo_column_get_type  (void);
/* Translated: «ПІБ», «Установа», … */
const char  *kolo_column_get_label (KoloColumn column);

#define KOLO_TYPE_PARTICIPANT_IMPORT (kolo_participant_import_get_type ())
G_DECLARE_FINAL_TYPE (KoloParticipantImport, kolo_participant_import, KOLO, PARTICIPANT_IMPORT,
                      GObject)

/* Reads @data (see kolo_csv_parse()) and matches the header row's columns
 * by name, in Ukrainian or English.  Nothing is written. */
KoloParticipantImport *kolo_participant_import_new          (KoloEvent             *event,
                                                             GBytes                *data,
                                                             GError               **error);
KoloEvent             *kolo_participant_import_get_event    (KoloParticipantImport *self);
KoloEvent             *kolo_participant_import_get_event    (KoloParticipantImport *self);
const char            *kolo_participant_import_get_encoding (KoloParticipantImport *self);
/* FALSE when the first row is already data (an e-mail address in it, or no
 * column name Kolo knows): every column is then IGNORE until chosen.  Rows
 * above the header that name nothing (a title line) are skipped. */
gboolean               kolo_participant_import_get_has_header (KoloParticipantImport *self);
guint                  kolo_participant_import_get_n_columns (KoloParticipantImport *self);
const char            *kolo_participant_import_get_header   (KoloParticipantImport *self,
                                                             guint                  column);
KoloColumn             kolo_participant_import_get_column   (KoloParticipantImport *self,
                                                             guint                  column);
/* Changes what a column holds; the preview, the problems and the counts
 * follow, then the "changed" signal is emitted. */
void                   kolo_participant_import_set_column   (KoloParticipantImport *self,
                                                             guint                  column,
                                                             KoloColumn             what);
/* TRUE when a name can be made (ПІБ, or at least a last or first name);
 * otherwise FALSE with the reason. */
gboolean               kolo_participant_import_is_ready     (KoloParticipantImport *self,
                                                             GError               **error);
/* The participants the file makes, not yet in any event (KoloParticipant);
 * rows that cannot be read are left out and listed in the problems. */
GListModel            *kolo_participant_import_get_preview  (KoloParticipantImport *self);
/* Human-readable, one per line of the file that has one: "Рядок 7: немає
 * імені", "Рядок 12: те саме ім'я й установа, що в рядку 4", "Рядок 15:
 * уже є серед учасників". */
const char * const    *kolo_participant_import_get_problems (KoloParticipantImport *self);
guint                  kolo_participant_import_get_n_unreadable (KoloParticipantImport *self);
/* The problems of the rows that cannot be read alone, in line order. */
const char * const    *kolo_participant_import_get_unreadable (KoloParticipantImport *self);
/* Rows whose name and institution (case and spacing folded) repeat an
 * earlier row or a participant already in the event. */
guint                  kolo_participant_import_get_n_duplicates (KoloParticipantImport *self);
/* Whether the preview's item at @position is such a duplicate. */
gboolean               kolo_participant_import_is_duplicate (KoloParticipantImport *self,
                                                             guint                  position);
/* Adds the readable rows (without the duplicates when @skip_duplicates)
 * to the event in one transaction and one undo step.  Returns how many
 * in @n_added. */
gboolean               kolo_participant_import_apply        (KoloParticipantImport *self,
                                                             gboolean               skip_duplicates,
                                                             guint                 *n_added,
                                                             GError               **error);

/* The event's participants as a CSV file spreadsheets open (UTF-8 with a
 * byte-order mark, a header row in the user's language). */
char                  *kolo_participants_to_csv             (KoloEvent             *event);

G_END_DECLS
