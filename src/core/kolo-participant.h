/* kolo-participant.h — one participant of an event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _KoloEvent KoloEvent;
typedef struct _KoloDay KoloDay;

/* For Ukrainian verbs that agree with the person («пройшов» / «пройшла»);
 * unknown gets a neutral wording. */
typedef enum
{
  KOLO_GENDER_UNKNOWN,
  KOLO_GENDER_FEMININE,
  KOLO_GENDER_MASCULINE,
} KoloGender;

#define KOLO_TYPE_GENDER (kolo_gender_get_type ())
GType         kolo_gender_get_type            (void);
/* "", "f", "m": the names in files and CSV */
const char   *kolo_gender_to_string           (KoloGender        gender);
gboolean      kolo_gender_from_string         (const char       *text,
                                               KoloGender       *gender);

/* Text fields are plain text; the name is 1–200 characters, the others
 * 0–200 (notes 0–10,000). */
#define KOLO_TYPE_PARTICIPANT (kolo_participant_get_type ())
G_DECLARE_FINAL_TYPE (KoloParticipant, kolo_participant, KOLO, PARTICIPANT, GObject)

KoloParticipant *kolo_participant_new                (const char      *name);
gint64           kolo_participant_get_id             (KoloParticipant *self);
KoloEvent       *kolo_participant_get_event          (KoloParticipant *self);
const char      *kolo_participant_get_name           (KoloParticipant *self);
void             kolo_participant_set_name           (KoloParticipant *self,
                                                      const char      *name);
const char      *kolo_participant_get_institution    (KoloParticipant *self);
void             kolo_participant_set_institution    (KoloParticipant *self,
                                                      const char      *institution);
const char      *kolo_participant_get_position       (KoloParticipant *self);
void             kolo_participant_set_position       (KoloParticipant *self,
                                                      const char      *position);
const char      *kolo_participant_get_city           (KoloParticipant *self);
void             kolo_participant_set_city           (KoloParticipant *self,
                                                      const char      *city);
const char      *kolo_participant_get_email          (KoloParticipant *self);
void             kolo_participant_set_email          (KoloParticipant *self,
                                                      const char      *email);
const char      *kolo_participant_get_phone          (KoloParticipant *self);
void             kolo_participant_set_phone          (KoloParticipant *self,
                                                      const char      *phone);
const char      *kolo_participant_get_notes          (KoloParticipant *self);
void             kolo_participant_set_notes          (KoloParticipant *self,
                                                      const char      *notes);
KoloGender       kolo_participant_get_gender         (KoloParticipant *self);
void             kolo_participant_set_gender         (KoloParticipant *self,
                                                      KoloGender       gender);
/* Attendance: one tick per day of the event (notifies "attendance"). */
gboolean         kolo_participant_get_attended       (KoloParticipant *self,
                                                      KoloDay         *day);
void             kolo_participant_set_attended       (KoloParticipant *self,
                                                      KoloDay         *day,
                                                      gboolean         attended);
guint            kolo_participant_get_days_attended  (KoloParticipant *self);
/* The certificate's number once issued (never changes, never repeats in
 * the database); NULL before. */
const char      *kolo_participant_get_certificate    (KoloParticipant *self);

G_END_DECLS
