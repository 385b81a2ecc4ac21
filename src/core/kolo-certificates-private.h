/* kolo-certificates-private.h — what the model and the certificates' PDF
 * need of an event's certificates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kolo-certificates.h"

G_BEGIN_DECLS

/* The event the settings belong to, or NULL once it is gone. */
KoloEvent *_kolo_certificates_get_event     (KoloCertificates          *self);

/* What the certificates' pages show, copied on the calling thread, where
 * every word is translated (kolo-certificates-pdf.c), and drawn in any
 * thread from that copy alone (kolo-certificates-page.c). */
typedef struct
{
  char *name;
  char *institution;   /* or NULL */
  char *number;        /* "No. ХОУНБ-2013-017" */
  guint form;          /* a KoloGender: which sentence */
} KoloCertificatesPerson;

typedef struct
{
  GOutputStream    *out;
  GPtrArray        *people;        /* of KoloCertificatesPerson */
  char             *pdf_title;
  char             *author;        /* or NULL */
  char             *heading;
  /* The sentence for each KoloGender, around the title in bold */
  char             *before[3];
  char             *title[3];
  char             *after[3];
  char             *details;       /* dates · city, or NULL */
  char             *trainers_label;
  char             *trainers;      /* or NULL */
  char             *organizer_label;
  char             *organizer;     /* or NULL */
  GBytes           *logo;          /* or NULL */
  guint             n_signers;     /* the lines in use, first */
  guint             signer_lines[KOLO_CERTIFICATE_SIGNATURES];  /* each one's line, from 0 */
  char             *signer_names[KOLO_CERTIFICATE_SIGNATURES];
  char             *signer_positions[KOLO_CERTIFICATE_SIGNATURES];
  GBytes           *signatures[KOLO_CERTIFICATE_SIGNATURES];

  /* Progress, told in the caller's context when set */
  KoloProgressFunc  progress;
  gpointer          progress_data;
  GMainContext     *context;
} KoloCertificatesSnapshot;

gboolean   _kolo_certificates_snapshot_write (KoloCertificatesSnapshot  *snap,
                                              GCancellable              *cancellable,
                                              GError                   **error);

G_END_DECLS
