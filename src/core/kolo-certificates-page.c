/* kolo-certificates-page.c — a certificate's page: A4 landscape, drawn
 * from a copy of what it shows, in any thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-certificates"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kolo-certificates-private.h"
#include "kolo-pdf-private.h"

typedef KoloCertificatesSnapshot Snapshot;
typedef KoloCertificatesPerson Person;

/* The page: A4 landscape, in points. */
#define PAGE_WIDTH     KOLO_PDF_A4_LONG
#define PAGE_HEIGHT    KOLO_PDF_A4_SHORT
#define MM             KOLO_PDF_MM
#define FRAME_OUTER    (10.0 * MM)
#define FRAME_INNER    (12.5 * MM)
#define MARGIN_X       (30.0 * MM)
#define CONTENT_WIDTH  (PAGE_WIDTH - 2 * MARGIN_X)
#define CONTENT_TOP    (22.0 * MM)
#define CONTENT_BOTTOM (PAGE_HEIGHT - 21.0 * MM)
#define CENTRE_X       (PAGE_WIDTH / 2)

#define LOGO_WIDTH     (60.0 * MM)
#define LOGO_HEIGHT    (20.0 * MM)
#define SIGNATURE_GAP  (14.0 * MM)
#define SIGNATURE_MAX  (78.0 * MM)
#define SIGN_HEIGHT    (15.0 * MM)   /* the signature's image, above its line */

/* The middle (name, institution, what they did) shrinks as a whole, down
 * to this, when long texts would not fit otherwise. */
#define MIN_SCALE      0.45

/* Progress is told at most this often, in µs. */
#define PROGRESS_EVERY (100 * 1000)

static const KoloTextStyle heading_style   = { 34.0, BOLD,    ACCENT, 7.0, FALSE };
static const KoloTextStyle number_style    = { 10.5, REGULAR, MUTED,  0.6, TRUE };
static const KoloTextStyle name_style      = { 30.0, BOLD,    INK,    0.0, FALSE };
static const KoloTextStyle place_style     = { 13.5, REGULAR, BODY,   0.0, FALSE };
static const KoloTextStyle sentence_style  = { 14.0, REGULAR, BODY,   0.0, FALSE };
static const KoloTextStyle title_style     = { 14.0, BOLD,    INK,    0.0, FALSE };
static const KoloTextStyle details_style   = { 11.5, REGULAR, MUTED,  0.0, TRUE };
static const KoloTextStyle label_style     = { 9.5,  BOLD,    MUTED,  0.0, FALSE };
static const KoloTextStyle people_style    = { 10.5, REGULAR, BODY,   0.0, FALSE };
static const KoloTextStyle signer_style    = { 10.0, BOLD,    INK,    0.0, FALSE };
static const KoloTextStyle position_style  = { 8.5,  REGULAR, MUTED,  0.0, FALSE };

static const KoloColour frame_colour = KOLO_RGB (KOLO_PDF_ACCENT);
static const KoloColour ring_colour = KOLO_RGB (0xdce6f4);
static const KoloColour line_colour = KOLO_RGB (KOLO_PDF_BODY);

/* Drawing, in the worker ---------------------------------------------------------- */

typedef struct
{
  KoloPdf       pdf;
  Snapshot     *snap;
  KoloPdfImage *logo;
  KoloPdfImage *signatures[KOLO_CERTIFICATE_SIGNATURES];
  PangoLayout  *heading;
  PangoLayout  *signer_names[KOLO_CERTIFICATE_SIGNATURES];
  PangoLayout  *signer_positions[KOLO_CERTIFICATE_SIGNATURES];
  double        top_bottom;     /* below the heading and the number */
  double        bottom_top;     /* above the signatures */
  double        signature_width;
} Writer;

typedef struct
{
  const char          *text;
  const KoloTextStyle *style;
} Piece;

/* Centred text of @pieces, sizes times @scale, the content's width. */
static PangoLayout *
pieces_layout (Writer      *self,
               const Piece *pieces,
               guint        n_pieces,
               double       scale,
               double       width)
{
  g_auto(KoloRich) rich;
  PangoLayout *layout;

  kolo_rich_init (&rich);
  for (guint i = 0; i < n_pieces; i++)
    {
      KoloTextStyle style = *pieces[i].style;

      if (pieces[i].text == NULL)
        continue;
      style.size *= scale;
      style.tracking *= scale;
      kolo_rich_add (&rich, pieces[i].text, &style);
    }
  layout = kolo_pdf_rich_layout (&self->pdf, &rich, width, 1.1);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  return layout;
}

/* Long texts shrink first, down to @least of their size, to stay within
 * @lines lines; beyond that they wrap. */
static PangoLayout *
fit_layout (Writer      *self,
            const Piece *pieces,
            guint        n_pieces,
            double       scale,
            int          lines,
            double       least)
{
  for (double factor = 1.0;; factor *= 0.94)
    {
      PangoLayout *layout = pieces_layout (self, pieces, n_pieces, scale * factor, CONTENT_WIDTH);

      if (pango_layout_get_line_count (layout) <= lines || factor * 0.94 < least)
        return layout;
      g_object_unref (layout);
    }
}

static void
show_centred (Writer      *self,
              PangoLayout *layout,
              double       y)
{
  cairo_move_to (self->pdf.cr, MARGIN_X, y);
  pango_cairo_show_layout (self->pdf.cr, layout);
}

static void
set_colour (cairo_t          *cr,
            const KoloColour *colour)
{
  cairo_set_source_rgb (cr, colour->r, colour->g, colour->b);
}

/* A double frame, and rings in two corners: the circle Kolo is named for. */
static void
draw_frame (Writer *self)
{
  cairo_t *cr = self->pdf.cr;

  cairo_save (cr);
  cairo_rectangle (cr, FRAME_INNER, FRAME_INNER,
                   PAGE_WIDTH - 2 * FRAME_INNER, PAGE_HEIGHT - 2 * FRAME_INNER);
  cairo_clip (cr);
  set_colour (cr, &ring_colour);
  cairo_set_line_width (cr, 0.8);
  for (guint i = 0; i < 5; i++)
    {
      double radius = (34.0 + 11.0 * i) * MM;

      cairo_new_sub_path (cr);
      cairo_arc (cr, FRAME_INNER, PAGE_HEIGHT - FRAME_INNER, radius, 0, 2 * G_PI);
      cairo_new_sub_path (cr);
      cairo_arc (cr, PAGE_WIDTH - FRAME_INNER, FRAME_INNER, radius, 0, 2 * G_PI);
    }
  cairo_stroke (cr);
  cairo_restore (cr);

  set_colour (cr, &frame_colour);
  cairo_set_line_width (cr, 1.6);
  cairo_rectangle (cr, FRAME_OUTER, FRAME_OUTER,
                   PAGE_WIDTH - 2 * FRAME_OUTER, PAGE_HEIGHT - 2 * FRAME_OUTER);
  cairo_stroke (cr);
  cairo_set_line_width (cr, 0.5);
  cairo_rectangle (cr, FRAME_INNER, FRAME_INNER,
                   PAGE_WIDTH - 2 * FRAME_INNER, PAGE_HEIGHT - 2 * FRAME_INNER);
  cairo_stroke (cr);
}

/* A short rule with a ring in its middle, under the heading. */
static void
draw_ornament (Writer *self,
               double  y)
{
  cairo_t *cr = self->pdf.cr;
  double half = 22.0 * MM, ring = 2.2 * MM;

  set_colour (cr, &frame_colour);
  cairo_set_line_width (cr, 0.9);
  cairo_move_to (cr, CENTRE_X - half, y);
  cairo_line_to (cr, CENTRE_X - ring - 2, y);
  cairo_move_to (cr, CENTRE_X + ring + 2, y);
  cairo_line_to (cr, CENTRE_X + half, y);
  cairo_stroke (cr);
  cairo_arc (cr, CENTRE_X, y, ring, 0, 2 * G_PI);
  cairo_stroke (cr);
}

/* What every page shares: the images, the heading, the signatures. */
static gboolean
writer_prepare (Writer  *self,
                GError **error)
{
  Snapshot *snap = self->snap;
  g_autoptr(PangoLayout) number = NULL;
  double y = CONTENT_TOP;

  if (snap->logo != NULL)
    {
      if ((self->logo = kolo_pdf_image_new (snap->logo, error)) == NULL)
        {
          g_prefix_error (error, "%s", _("The logo cannot be printed: "));
          return FALSE;
        }
      y += LOGO_HEIGHT + 4.0 * MM;
    }
  self->heading = kolo_pdf_text_layout (&self->pdf, snap->heading, &heading_style,
                                        CONTENT_WIDTH, 0);
  pango_layout_set_alignment (self->heading, PANGO_ALIGN_CENTER);
  /* The heading, the number under it and the ornament. */
  number = kolo_pdf_text_layout (&self->pdf, "0", &number_style, 0, 0);
  y += kolo_layout_height (self->heading) + 2 + kolo_layout_height (number) + 5.0 * MM;
  self->top_bottom = y;

  self->bottom_top = CONTENT_BOTTOM;
  if (snap->n_signers == 0)
    return TRUE;

  self->signature_width = MIN (SIGNATURE_MAX,
                               (CONTENT_WIDTH - (snap->n_signers - 1) * SIGNATURE_GAP) /
                               snap->n_signers);
  for (guint i = 0; i < snap->n_signers; i++)
    {
      double height;

      if (snap->signatures[i] != NULL &&
          (self->signatures[i] = kolo_pdf_image_new (snap->signatures[i], error)) == NULL)
        {
          /* Translators: %u is the signature line, 1 to 3 */
          g_prefix_error (error, _("Signature %u cannot be printed: "),
                          snap->signer_lines[i] + 1);
          return FALSE;
        }
      self->signer_names[i] = kolo_pdf_text_layout (&self->pdf, snap->signer_names[i],
                                                    &signer_style, self->signature_width, 1.1);
      self->signer_positions[i] = kolo_pdf_text_layout (&self->pdf, snap->signer_positions[i],
                                                        &position_style,
                                                        self->signature_width, 1.1);
      pango_layout_set_alignment (self->signer_names[i], PANGO_ALIGN_CENTER);
      pango_layout_set_alignment (self->signer_positions[i], PANGO_ALIGN_CENTER);
      /* An organizer's long title of office: three lines, then "…". */
      pango_layout_set_height (self->signer_names[i], -2);
      pango_layout_set_ellipsize (self->signer_names[i], PANGO_ELLIPSIZE_END);
      pango_layout_set_height (self->signer_positions[i], -3);
      pango_layout_set_ellipsize (self->signer_positions[i], PANGO_ELLIPSIZE_END);
      height = SIGN_HEIGHT + 2.5 * MM + kolo_layout_height (self->signer_names[i]) + 1 +
               kolo_layout_height (self->signer_positions[i]);
      self->bottom_top = MIN (self->bottom_top, CONTENT_BOTTOM - height);
    }
  self->bottom_top -= 6.0 * MM;
  return TRUE;
}

static void
writer_clear (Writer *self)
{
  g_clear_pointer (&self->logo, kolo_pdf_image_free);
  g_clear_object (&self->heading);
  for (guint i = 0; i < KOLO_CERTIFICATE_SIGNATURES; i++)
    {
      g_clear_pointer (&self->signatures[i], kolo_pdf_image_free);
      g_clear_object (&self->signer_names[i]);
      g_clear_object (&self->signer_positions[i]);
    }
}

static void
draw_signatures (Writer *self)
{
  Snapshot *snap = self->snap;
  cairo_t *cr = self->pdf.cr;
  double width = self->signature_width;
  double x = CENTRE_X - (snap->n_signers * width + (snap->n_signers - 1) * SIGNATURE_GAP) / 2;

  for (guint i = 0; i < snap->n_signers; i++, x += width + SIGNATURE_GAP)
    {
      double rule = self->bottom_top + 6.0 * MM + SIGN_HEIGHT;
      double y = rule + 2.5 * MM;

      if (self->signatures[i] != NULL)
        kolo_pdf_image_draw (self->signatures[i], cr, x + width * 0.15, rule - SIGN_HEIGHT,
                             width * 0.7, SIGN_HEIGHT - 1);
      set_colour (cr, &line_colour);
      cairo_set_line_width (cr, 0.6);
      cairo_move_to (cr, x, rule);
      cairo_line_to (cr, x + width, rule);
      cairo_stroke (cr);

      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, self->signer_names[i]);
      cairo_move_to (cr, x, y + kolo_layout_height (self->signer_names[i]) + 1);
      pango_cairo_show_layout (cr, self->signer_positions[i]);
    }
}

/* The middle of a page: as large as it fits between the heading and the
 * signatures. */
typedef struct
{
  PangoLayout *layouts[5];
  double       gaps[5];     /* above each */
  double       height;
} Middle;

static void
middle_clear (Middle *middle)
{
  for (guint i = 0; i < G_N_ELEMENTS (middle->layouts); i++)
    g_clear_object (&middle->layouts[i]);
}

static void
middle_layout (Writer *self,
               Person *person,
               double  scale,
               Middle *middle)
{
  Snapshot *snap = self->snap;
  Piece name[] = { { person->name, &name_style } };
  Piece place[] = { { person->institution, &place_style } };
  Piece sentence[] = {
    { snap->before[person->form], &sentence_style },
    { snap->title[person->form], &title_style },
    { snap->after[person->form], &sentence_style },
  };
  Piece details[] = { { snap->details, &details_style } };
  g_autofree char *trainers = snap->trainers != NULL ? g_strconcat (snap->trainers_label, ": ",
                                                                    NULL) : NULL;
  g_autofree char *organizer = NULL;
  Piece people[] = {
    { trainers, &label_style },
    { snap->trainers, &people_style },
    { NULL, &people_style },
    { NULL, &label_style },
    { snap->organizer, &people_style },
  };
  guint n = 0;

  if (snap->organizer != NULL)
    {
      organizer = g_strconcat (snap->organizer_label, ": ", NULL);
      people[2].text = snap->trainers != NULL ? "    \u00b7    " : NULL;
      people[3].text = organizer;
    }

  memset (middle, 0, sizeof *middle);
  /* A name on one line if it can be, smaller; otherwise it wraps. */
  middle->layouts[n++] = fit_layout (self, name, 1, scale, 1, 0.6);
  if (person->institution != NULL)
    {
      middle->gaps[n] = 3.0 * scale;
      middle->layouts[n++] = fit_layout (self, place, 1, scale, 2, 0.8);
    }
  middle->gaps[n] = 7.0 * MM * scale;
  middle->layouts[n++] = fit_layout (self, sentence, 3, scale, 2, 0.85);
  if (snap->details != NULL)
    {
      middle->gaps[n] = 4.0 * MM * scale;
      middle->layouts[n++] = pieces_layout (self, details, 1, scale, CONTENT_WIDTH);
    }
  if (snap->trainers != NULL || snap->organizer != NULL)
    {
      middle->gaps[n] = 2.5 * MM * scale;
      middle->layouts[n++] = pieces_layout (self, people, 5, scale, CONTENT_WIDTH);
    }

  middle->height = 0;
  for (guint i = 0; i < n; i++)
    middle->height += middle->gaps[i] + kolo_layout_height (middle->layouts[i]);
}

static void
draw_page (Writer *self,
           Person *person)
{
  cairo_t *cr = self->pdf.cr;
  double room = self->bottom_top - self->top_bottom;
  double y = CONTENT_TOP;
  double scale = 1.0;
  g_autoptr(PangoLayout) number = NULL;
  Middle middle;

  draw_frame (self);

  if (self->logo != NULL)
    {
      kolo_pdf_image_draw (self->logo, cr, CENTRE_X - LOGO_WIDTH / 2, y, LOGO_WIDTH, LOGO_HEIGHT);
      y += LOGO_HEIGHT + 4.0 * MM;
    }
  show_centred (self, self->heading, y);
  y += kolo_layout_height (self->heading) + 2;
  number = kolo_pdf_text_layout (&self->pdf, person->number, &number_style, CONTENT_WIDTH, 0);
  pango_layout_set_alignment (number, PANGO_ALIGN_CENTER);
  show_centred (self, number, y);
  draw_ornament (self, self->top_bottom - 2.0 * MM);

  /* Shrunk as a whole when it does not fit, down to MIN_SCALE (a name and
   * an institution of 200 characters each fit by then). */
  for (;;)
    {
      middle_layout (self, person, scale, &middle);
      if (middle.height <= room || scale * 0.9 < MIN_SCALE)
        break;
      middle_clear (&middle);
      scale *= 0.9;
    }

  y = self->top_bottom + MAX (0, (room - middle.height) / 2);
  for (guint i = 0; i < G_N_ELEMENTS (middle.layouts) && middle.layouts[i] != NULL; i++)
    {
      y += middle.gaps[i];
      show_centred (self, middle.layouts[i], y);
      y += kolo_layout_height (middle.layouts[i]);
    }
  middle_clear (&middle);

  if (self->snap->n_signers > 0)
    draw_signatures (self);
  cairo_show_page (cr);
}

/* Progress ------------------------------------------------------------------------ */

typedef struct
{
  KoloProgressFunc func;
  gpointer         data;
  guint            done;
  guint            total;
} Progress;

static gboolean
progress_cb (gpointer user_data)
{
  Progress *progress = user_data;

  progress->func (progress->done, progress->total, progress->data);
  return G_SOURCE_REMOVE;
}

/* Every page but the last only now and then; the last always.  Told in the
 * caller's context, before the task's own result arrives there. */
static void
report_progress (Snapshot *snap,
                 guint     done,
                 gint64   *last_us)
{
  gint64 now = g_get_monotonic_time ();
  Progress *progress;

  if (snap->progress == NULL || (done < snap->people->len && now - *last_us < PROGRESS_EVERY))
    return;
  *last_us = now;
  progress = g_new (Progress, 1);
  progress->func = snap->progress;
  progress->data = snap->progress_data;
  progress->done = done;
  progress->total = snap->people->len;
  g_main_context_invoke_full (snap->context, G_PRIORITY_DEFAULT, progress_cb, progress, g_free);
}

/* Writes the whole PDF from @snap to its stream; any thread. */
gboolean
_kolo_certificates_snapshot_write (Snapshot      *snap,
                                   GCancellable  *cancellable,
                                   GError       **error)
{
  Writer writer = { 0 };
  g_autoptr(GError) local_error = NULL;
  cairo_status_t status;
  gint64 last_us = 0;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  kolo_pdf_open (&writer.pdf, snap->out, cancellable, PAGE_WIDTH, PAGE_HEIGHT, snap->pdf_title,
                 snap->author);
  writer.snap = snap;
  if (writer_prepare (&writer, &local_error))
    for (guint i = 0; i < snap->people->len; i++)
      {
        /* Stopped: what cairo still has to say goes nowhere. */
        if (g_cancellable_set_error_if_cancelled (cancellable, &local_error))
          break;
        draw_page (&writer, snap->people->pdata[i]);
        report_progress (snap, i + 1, &last_us);
      }
  writer_clear (&writer);

  if (local_error != NULL && writer.pdf.error == NULL)
    writer.pdf.error = g_steal_pointer (&local_error);
  if (!kolo_pdf_close (&writer.pdf, &status, error))
    {
      if (status != CAIRO_STATUS_SUCCESS)
        /* Translators: %s is cairo's reason, in English */
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not make the certificates: %s"),
                     cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
