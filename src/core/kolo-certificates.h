/* kolo-certificates.h — an event's certificates: who gets one, their
 * numbers, and the print-ready PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kolo-event.h"
#include "kolo-participant.h"

G_BEGIN_DECLS

typedef enum
{
  KOLO_HOURS_ACADEMIC,   /* 45 minutes */
  KOLO_HOURS_FULL,       /* 60 minutes */
} KoloHourKind;

#define KOLO_TYPE_HOUR_KIND (kolo_hour_kind_get_type ())
GType kolo_hour_kind_get_type (void);

/* The settings of an event's certificates, stored with the event; every
 * setter writes through and is a step of the event's history. */
#define KOLO_TYPE_CERTIFICATES (kolo_certificates_get_type ())
G_DECLARE_FINAL_TYPE (KoloCertificates, kolo_certificates, KOLO, CERTIFICATES, GObject)

KoloCertificates *kolo_event_get_certificates           (KoloEvent        *event);

/* The series numbers are made from: "ХОУНБ-2013-" gives ХОУНБ-2013-001… */
const char   *kolo_certificates_get_series              (KoloCertificates *self);
void          kolo_certificates_set_series              (KoloCertificates *self,
                                                         const char       *series);
/* Days a participant must have attended; 0: all the days of the event */
guint         kolo_certificates_get_min_days            (KoloCertificates *self);
void          kolo_certificates_set_min_days            (KoloCertificates *self,
                                                         guint             min_days);
KoloHourKind  kolo_certificates_get_hour_kind           (KoloCertificates *self);
void          kolo_certificates_set_hour_kind           (KoloCertificates *self,
                                                         KoloHourKind      kind);
/* 0: computed from the agenda, without breaks and lunch */
guint         kolo_certificates_get_hours_override      (KoloCertificates *self);
void          kolo_certificates_set_hours_override      (KoloCertificates *self,
                                                         guint             hours);
/* The hours the certificate states (the override, or the computed ones,
 * rounded to the nearest whole hour). */
guint         kolo_certificates_get_hours               (KoloCertificates *self);
/* An image (PNG or JPEG bytes), or NULL */
GBytes       *kolo_certificates_get_logo                (KoloCertificates *self);
void          kolo_certificates_set_logo                (KoloCertificates *self,
                                                         GBytes           *logo);
/* Up to three signature lines: a name, a position, an optional image. */
#define KOLO_CERTIFICATE_SIGNATURES 3
const char   *kolo_certificates_get_signer_name         (KoloCertificates *self,
                                                         guint             line);
void          kolo_certificates_set_signer_name         (KoloCertificates *self,
                                                         guint             line,
                                                         const char       *name);
const char   *kolo_certificates_get_signer_position     (KoloCertificates *self,
                                                         guint             line);
void          kolo_certificates_set_signer_position     (KoloCertificates *self,
                                                         guint             line,
                                                         const char       *position);
GBytes       *kolo_certificates_get_signature           (KoloCertificates *self,
                                                         guint             line);
void          kolo_certificates_set_signature           (KoloCertificates *self,
                                                         guint             line,
                                                         GBytes           *image);

/* The participants who attended enough days, in the list's order. */
GPtrArray    *kolo_certificates_get_eligible            (KoloCertificates *self);
/* Gives a number to each of @participants that has none, the next of the
 * series; numbers once given never change and never repeat. */
gboolean      kolo_certificates_issue                   (KoloCertificates *self,
                                                         GPtrArray        *participants,
                                                         GError          **error);

/* Writes one A4 landscape page per participant (numbers issued first).
 * The pages are drawn in a worker thread from a copy of what they show;
 * @progress is called in the main context with pages done and in all. */
typedef void (*KoloProgressFunc) (guint done, guint total, gpointer user_data);
void          kolo_certificates_write_pdf_async         (KoloCertificates    *self,
                                                         GPtrArray           *participants,
                                                         GOutputStream       *out,
                                                         KoloProgressFunc     progress,
                                                         gpointer             progress_data,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
gboolean      kolo_certificates_write_pdf_finish        (KoloCertificates    *self,
                                                         GAsyncResult        *result,
                                                         GError             **error);
/* The same, blocking (kolo-cli, tests). */
gboolean      kolo_certificates_write_pdf               (KoloCertificates    *self,
                                                         GPtrArray           *participants,
                                                         GOutputStream       *out,
                                                         GCancellable        *cancellable,
                                                         GError             **error);

/* A day's sign-in sheet (реєстраційний лист): A4 portrait, a row per
 * participant with name, institution and a column to sign. */
gboolean      kolo_signin_write_pdf                     (KoloEvent           *event,
                                                         KoloDay             *day,
                                                         GOutputStream       *out,
                                                         GCancellable        *cancellable,
                                                         GError             **error);

G_END_DECLS
