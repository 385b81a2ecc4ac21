/* kolo-certificates-pdf.c — the certificates as a print-ready PDF: what
 * the pages show, copied for the worker that draws them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-certificates"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kolo-certificates-private.h"
#include "kolo-pdf-private.h"
#include "kolo-text.h"

typedef KoloCertificatesSnapshot Snapshot;
typedef KoloCertificatesPerson Person;

static void
person_free (Person *person)
{
  g_free (person->name);
  g_free (person->institution);
  g_free (person->number);
  g_free (person);
}

static void
snapshot_free (Snapshot *snap)
{
  g_clear_object (&snap->out);
  g_ptr_array_unref (snap->people);
  g_free (snap->pdf_title);
  g_free (snap->author);
  g_free (snap->heading);
  for (guint i = 0; i < 3; i++)
    {
      g_free (snap->before[i]);
      g_free (snap->title[i]);
      g_free (snap->after[i]);
    }
  g_free (snap->details);
  g_free (snap->trainers_label);
  g_free (snap->trainers);
  g_free (snap->organizer_label);
  g_free (snap->organizer);
  g_clear_pointer (&snap->logo, g_bytes_unref);
  for (guint i = 0; i < KOLO_CERTIFICATE_SIGNATURES; i++)
    {
      g_free (snap->signer_names[i]);
      g_free (snap->signer_positions[i]);
      g_clear_pointer (&snap->signatures[i], g_bytes_unref);
    }
  g_clear_pointer (&snap->context, g_main_context_unref);
  g_free (snap);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Snapshot, snapshot_free)

/* A title already in quotes of its own («Служба», "Служба") loses them:
 * the sentence quotes it. */
static char *
strip_outer_quotes (const char *title)
{
  g_autofree char *text = g_strstrip (g_strdup (title));
  gsize length = strlen (text);
  const char *open = "\u00ab", *close = "\u00bb";
  int depth = 0;

  if (length > 2 && text[0] == '"' && text[length - 1] == '"' &&
      memchr (text + 1, '"', length - 2) == NULL)
    return g_strndup (text + 1, length - 2);
  if (length <= 2 * strlen (open) || !g_str_has_prefix (text, open) ||
      !g_str_has_suffix (text, close))
    return g_steal_pointer (&text);

  /* «А» і «Б» is not one quotation: the first « must close last. */
  for (const char *p = text; p < text + length - strlen (close); p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x00ab)
        depth++;
      else if (c == 0x00bb && --depth == 0)
        return g_steal_pointer (&text);
    }
  return g_strndup (text + strlen (open), length - strlen (open) - strlen (close));
}

/* Splits a translated sentence at its "%s": the title goes between, in
 * bold and typeset for where it stands (inside «» or not). */
static void
split_sentence (Snapshot   *snap,
                guint       form,
                const char *sentence,
                const char *title)
{
  const char *mark = strstr (sentence, "%s");
  g_autofree char *bare = strip_outer_quotes (title);

  if (mark == NULL)
    {
      snap->before[form] = g_strconcat (sentence, " ", NULL);
      snap->title[form] = kolo_pdf_typeset (title, FALSE);
      snap->after[form] = g_strdup ("");
      return;
    }
  snap->before[form] = g_strndup (sentence, mark - sentence);
  snap->title[form] = kolo_pdf_typeset (bare, g_str_has_suffix (snap->before[form], "\u00ab"));
  snap->after[form] = g_strdup (mark + 2);
}

static char *
hours_text (KoloCertificates *self)
{
  guint hours = kolo_certificates_get_hours (self);

  if (hours == 0)
    return NULL;
  if (kolo_certificates_get_hour_kind (self) == KOLO_HOURS_ACADEMIC)
    /* Translators: follows the training's title on a certificate; an
     * academic hour is 45 minutes.  Ukrainian: «обсягом %u академічних
     * годин» (with its plural forms, «обсягом 1 академічна година»…) */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "(%u academic hour)",
                                         "(%u academic hours)", hours), hours);
  /* Translators: follows the training's title on a certificate.
   * Ukrainian: «обсягом %u годин» (and its plural forms) */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "(%u hour)", "(%u hours)", hours), hours);
}

/* Copies everything the pages need; translations and dates are made here,
 * on the caller's thread, in its locale. */
static Snapshot *
snapshot_new (KoloCertificates *self,
              GPtrArray        *participants)
{
  KoloEvent *event = _kolo_certificates_get_event (self);
  Snapshot *snap = g_new0 (Snapshot, 1);
  const char * const *trainers = kolo_event_get_trainers (event);
  const char *title = kolo_event_get_title (event);
  g_autofree char *hours = hours_text (self);
  g_autofree char *city = kolo_pdf_text_or_null (kolo_event_get_city (event));
  g_autofree char *organizer = kolo_pdf_text_or_null (kolo_event_get_organizer (event));
  const char *sentences[3];

  snap->people = g_ptr_array_new_with_free_func ((GDestroyNotify) person_free);
  for (guint i = 0; i < participants->len; i++)
    {
      KoloParticipant *participant = participants->pdata[i];
      g_autofree char *institution =
        kolo_pdf_text_or_null (kolo_participant_get_institution (participant));
      Person *person = g_new0 (Person, 1);

      person->name = kolo_pdf_typeset (kolo_participant_get_name (participant), FALSE);
      person->institution = institution != NULL ? kolo_pdf_typeset (institution, FALSE) : NULL;
      /* Translators: a certificate's number, "No. ХОУНБ-2013-017";
       * Ukrainian: «№ %s» */
      person->number = g_strdup_printf (C_("certificate", "No. %s"),
                                        kolo_participant_get_certificate (participant) != NULL
                                        ? kolo_participant_get_certificate (participant) : "");
      person->form = kolo_participant_get_gender (participant);
      if (person->form > KOLO_GENDER_MASCULINE)
        person->form = KOLO_GENDER_UNKNOWN;
      g_ptr_array_add (snap->people, person);
    }

  snap->pdf_title = g_strdup (title);
  snap->author = organizer != NULL ? g_strdup (organizer) : NULL;
  snap->heading = g_utf8_strup (C_("certificate", "Certificate"), -1);

  /* The name stands alone above the sentence, as on most certificates;
   * the sentence agrees with the person when the gender is known. */
  /* Translators: under a woman's name on her certificate; %s is the
   * training's title, put in your language's quotes.  Ukrainian, with
   * the feminine past tense: «пройшла навчання за програмою тренінгу «%s»» */
  sentences[KOLO_GENDER_FEMININE] = C_("certificate, feminine", "completed the training “%s”");
  /* Translators: under a man's name on his certificate; %s is the
   * training's title.  Ukrainian, with the masculine past tense:
   * «пройшов навчання за програмою тренінгу «%s»» */
  sentences[KOLO_GENDER_MASCULINE] = C_("certificate, masculine", "completed the training “%s”");
  /* Translators: under the name when the person's gender is not known:
   * word it so that nothing agrees with the person.  Ukrainian, with a
   * noun rather than a verb: «за проходження навчання за програмою
   * тренінгу «%s»» */
  sentences[KOLO_GENDER_UNKNOWN] = C_("certificate, gender unknown",
                                      "completed the training “%s”");
  for (guint form = 0; form < 3; form++)
    {
      split_sentence (snap, form, sentences[form], title);
      if (hours != NULL)
        {
          g_autofree char *after = g_strconcat (snap->after[form], " ", hours, NULL);

          g_free (snap->after[form]);
          snap->after[form] = g_steal_pointer (&after);
        }
    }

  if (kolo_event_get_first_date (event) != NULL || city != NULL)
    {
      GString *details = g_string_new (NULL);

      if (kolo_event_get_first_date (event) != NULL)
        {
          g_autofree char *range = kolo_text_format_date_range (kolo_event_get_first_date (event),
                                                                kolo_event_get_last_date (event));
          g_string_append (details, range);
        }
      if (city != NULL)
        {
          g_autofree char *typeset = kolo_pdf_typeset (city, FALSE);

          g_string_append_printf (details, "%s%s", details->len > 0 ? "  ·  " : "", typeset);
        }
      snap->details = g_string_free (details, FALSE);
    }

  if (trainers != NULL && trainers[0] != NULL)
    {
      g_autofree char *names = g_strjoinv (", ", (char **) trainers);

      snap->trainers = kolo_pdf_typeset (names, FALSE);
      /* The same words as the agenda's. */
      snap->trainers_label = g_strdup (g_dngettext (GETTEXT_PACKAGE, "Trainer", "Trainers",
                                                    g_strv_length ((char **) trainers)));
    }
  if (organizer != NULL)
    {
      snap->organizer = kolo_pdf_typeset (organizer, FALSE);
      snap->organizer_label = g_strdup (_("Organizer"));
    }

  if (kolo_certificates_get_logo (self) != NULL)
    snap->logo = g_bytes_ref (kolo_certificates_get_logo (self));
  for (guint line = 0; line < KOLO_CERTIFICATE_SIGNATURES; line++)
    {
      g_autofree char *name = kolo_pdf_text_or_null (kolo_certificates_get_signer_name (self, line));
      g_autofree char *position =
        kolo_pdf_text_or_null (kolo_certificates_get_signer_position (self, line));
      GBytes *image = kolo_certificates_get_signature (self, line);
      guint n = snap->n_signers;

      /* Empty lines take no room: the others close up. */
      if (name == NULL && position == NULL && image == NULL)
        continue;
      snap->signer_lines[n] = line;
      snap->signer_names[n] = kolo_pdf_typeset (name != NULL ? name : "", FALSE);
      snap->signer_positions[n] = kolo_pdf_typeset (position != NULL ? position : "", FALSE);
      snap->signatures[n] = image != NULL ? g_bytes_ref (image) : NULL;
      snap->n_signers++;
    }
  return snap;
}

/* Public ---------------------------------------------------------------------------- */

/* Numbers first, then what the pages show.  No one to print for is an
 * error rather than a PDF without pages. */
static Snapshot *
prepare (KoloCertificates  *self,
         GPtrArray         *participants,
         GError           **error)
{
  if (_kolo_certificates_get_event (self) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_CLOSED, _("The event is gone"));
      return NULL;
    }
  if (participants->len == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("There is nobody to print certificates for"));
      return NULL;
    }
  if (!kolo_certificates_issue (self, participants, error))
    return NULL;
  return snapshot_new (self, participants);
}

static void
write_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Snapshot *snap = task_data;
  GError *error = NULL;

  if (_kolo_certificates_snapshot_write (snap, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * kolo_certificates_write_pdf_async:
 * @participants: (element-type KoloParticipant): whom to print, in order
 * @out: where the PDF goes: flushed, not closed; not to be used by anyone
 *   else until the end
 * @progress: (nullable) (scope notified): told of pages done, at most ten
 *   times a second and once with all of them, before @callback
 *
 * Issues the numbers that are missing, then writes one A4 landscape page
 * per participant.  What the pages show is copied here; the pages are
 * drawn in a worker thread.  An empty @participants is an error
 * (%G_IO_ERROR_INVALID_ARGUMENT), and nothing is written.
 */
void
kolo_certificates_write_pdf_async (KoloCertificates    *self,
                                   GPtrArray           *participants,
                                   GOutputStream       *out,
                                   KoloProgressFunc     progress,
                                   gpointer             progress_data,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  Snapshot *snap;

  g_return_if_fail (KOLO_IS_CERTIFICATES (self));
  g_return_if_fail (participants != NULL);
  g_return_if_fail (G_IS_OUTPUT_STREAM (out));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kolo_certificates_write_pdf_async);
  g_task_set_name (task, "[kolo] certificates");

  if (g_cancellable_set_error_if_cancelled (cancellable, &error) ||
      (snap = prepare (self, participants, &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  snap->out = g_object_ref (out);
  snap->progress = progress;
  snap->progress_data = progress_data;
  snap->context = g_main_context_ref (g_task_get_context (task));
  g_task_set_task_data (task, snap, (GDestroyNotify) snapshot_free);
  g_task_run_in_thread (task, write_in_thread);
}

gboolean
kolo_certificates_write_pdf_finish (KoloCertificates  *self,
                                    GAsyncResult      *result,
                                    GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * kolo_certificates_write_pdf:
 * @participants: (element-type KoloParticipant): whom to print, in order
 * @out: where the PDF goes; it is flushed, not closed
 *
 * The same as kolo_certificates_write_pdf_async(), in the calling thread.
 * On failure @out may have received part of a PDF.
 *
 * Returns: %TRUE when the whole PDF was written
 */
gboolean
kolo_certificates_write_pdf (KoloCertificates  *self,
                             GPtrArray         *participants,
                             GOutputStream     *out,
                             GCancellable      *cancellable,
                             GError           **error)
{
  g_autoptr(Snapshot) snap = NULL;

  g_return_val_if_fail (KOLO_IS_CERTIFICATES (self), FALSE);
  g_return_val_if_fail (participants != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      (snap = prepare (self, participants, error)) == NULL)
    return FALSE;
  snap->out = g_object_ref (out);
  return _kolo_certificates_snapshot_write (snap, cancellable, error);
}
