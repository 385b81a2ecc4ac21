/* kolo-pdf.c — what the core's PDF writers share: text styles, layouts
 * measured as printed, images, and a document over a stream
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "kolo-pdf-private.h"

/* Rich text ---------------------------------------------------------------- */

void
kolo_rich_init (KoloRich *rich)
{
  rich->text = g_string_new (NULL);
  rich->attrs = pango_attr_list_new ();
}

void
kolo_rich_clear (KoloRich *rich)
{
  g_string_free (rich->text, TRUE);
  pango_attr_list_unref (rich->attrs);
}

static void
rich_insert (KoloRich       *rich,
             PangoAttribute *attr,
             guint           start)
{
  attr->start_index = start;
  attr->end_index = rich->text->len;
  pango_attr_list_insert (rich->attrs, attr);
}

void
kolo_rich_add (KoloRich            *rich,
               const char          *text,
               const KoloTextStyle *style)
{
  guint start = rich->text->len;

  g_string_append (rich->text, text);
  rich_insert (rich, pango_attr_size_new_absolute (pango_units_from_double (style->size)), start);
  rich_insert (rich, pango_attr_weight_new (style->weight), start);
  rich_insert (rich, pango_attr_foreground_new (style->colour.r * G_MAXUINT16,
                                                style->colour.g * G_MAXUINT16,
                                                style->colour.b * G_MAXUINT16), start);
  if (style->tracking > 0)
    rich_insert (rich, pango_attr_letter_spacing_new (pango_units_from_double (style->tracking)),
                 start);
  if (style->figures)
    rich_insert (rich, pango_attr_font_features_new ("tnum"), start);
}

/* Layouts ------------------------------------------------------------------ */

/**
 * kolo_pdf_rich_layout:
 * @width: in points; 0 for one line
 * @spacing: the line height as a factor, 0 for the font's
 *
 * Returns: (transfer full): a layout @width points wide, wrapping long
 *   words too
 */
PangoLayout *
kolo_pdf_rich_layout (KoloPdf  *pdf,
                      KoloRich *rich,
                      double    width,
                      double    spacing)
{
  PangoLayout *layout = pango_layout_new (pdf->context);

  pango_layout_set_font_description (layout, pdf->font);
  if (width > 0)
    {
      pango_layout_set_width (layout, pango_units_from_double (width));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  if (spacing > 0)
    pango_layout_set_line_spacing (layout, spacing);
  pango_layout_set_text (layout, rich->text->str, rich->text->len);
  pango_layout_set_attributes (layout, rich->attrs);
  return layout;
}

PangoLayout *
kolo_pdf_text_layout (KoloPdf             *pdf,
                      const char          *text,
                      const KoloTextStyle *style,
                      double               width,
                      double               spacing)
{
  g_auto(KoloRich) rich;

  kolo_rich_init (&rich);
  kolo_rich_add (&rich, text, style);
  return kolo_pdf_rich_layout (pdf, &rich, width, spacing);
}

double
kolo_layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

double
kolo_layout_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);
  return pango_units_to_double (width);
}

double
kolo_layout_baseline (PangoLayout *layout)
{
  return pango_units_to_double (pango_layout_get_baseline (layout));
}

/* Text that may be missing or only blanks: NULL, or the text without its
 * leading and trailing blanks. */
char *
kolo_pdf_text_or_null (const char *text)
{
  g_autofree char *copy = NULL;

  if (text == NULL)
    return NULL;
  copy = g_strstrip (g_strdup (text));
  return *copy != '\0' ? g_steal_pointer (&copy) : NULL;
}

/* Apostrophes and quotes as Ukrainian prints them. */
#define APOSTROPHE   "\u2019"   /* ’ */
#define OPEN_OUTER   "\u00ab"   /* « */
#define CLOSE_OUTER  "\u00bb"   /* » */
#define OPEN_INNER   "\u201e"   /* „ */
#define CLOSE_INNER  "\u201c"   /* “ */

static gboolean
opens_quote_after (gunichar c)
{
  return c == 0 || g_unichar_isspace (c) || c == '(' || c == '[' || c == '{' || c == '/' ||
         c == 0x00ab || c == 0x201e || c == 0x2013 || c == 0x2014;
}

/**
 * kolo_pdf_typeset:
 * @text: text as people type it
 * @quoted: whether @text is printed inside «» already
 *
 * Makes typewriter marks typographic, for print: the apostrophes ' and ʼ
 * become ’, and "straight quotes" become «quotes», with „quotes“ inside
 * quotes (so a title with «» of its own, set inside «», gets „“).  A
 * straight quote opens a quotation after a blank, a bracket or a dash, or
 * when @text has none open; otherwise it closes the last one.
 *
 * Returns: (transfer full): the text for the page
 */
char *
kolo_pdf_typeset (const char *text,
                  gboolean    quoted)
{
  GString *out = g_string_sized_new (strlen (text) + 8);
  guint outer = quoted ? 1 : 0;
  /* What opened each quotation @text opened, innermost last: „ is closed
   * by “, which otherwise is an English opening quote, left as it is. */
  gunichar opened[16];
  guint n_open = 0;
  gunichar previous = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\'' || c == 0x02bc)
        g_string_append (out, APOSTROPHE);
      else if (c == 0x00ab || c == 0x201e ||
               (c == '"' && (n_open == 0 || opens_quote_after (previous))))
        {
          g_string_append (out, outer + n_open == 0 ? OPEN_OUTER : OPEN_INNER);
          if (n_open < G_N_ELEMENTS (opened))
            opened[n_open] = c;
          n_open++;
        }
      else if (c == '"' || c == 0x00bb ||
               (c == 0x201c && n_open > 0 && n_open <= G_N_ELEMENTS (opened) &&
                opened[n_open - 1] == 0x201e))
        {
          g_string_append (out, outer + n_open <= 1 ? CLOSE_OUTER : CLOSE_INNER);
          if (n_open > 0)
            n_open--;
        }
      else
        g_string_append_unichar (out, c);
      previous = c;
    }
  return g_string_free (out, FALSE);
}

/* The document --------------------------------------------------------------- */

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  KoloPdf *pdf = closure;

  /* After a failed write the rest is dropped, and the error reported at the
   * end.  cairo is not told: cairo 1.16 can crash finishing a PDF surface
   * whose stream has failed. */
  if (pdf->error == NULL)
    g_output_stream_write_all (pdf->out, data, length, NULL, pdf->cancellable, &pdf->error);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * kolo_pdf_open:
 * @pdf: (out caller-allocates): the document
 * @out: where the PDF goes
 * @width: the pages' size, in points
 * @author: (nullable): the PDF's author
 *
 * Starts a PDF on @out with the PDF's title, author and creator (Kolo).
 * Its text is measured as printed: no hinting, no glyph positions rounded
 * to a screen's pixels, one point a unit.  Any thread may write a PDF: the
 * document has a font map of its own, dropped with its caches when done,
 * so it neither shares one with the app nor keeps fonts alive.
 */
void
kolo_pdf_open (KoloPdf       *pdf,
               GOutputStream *out,
               GCancellable  *cancellable,
               double         width,
               double         height,
               const char    *title,
               const char    *author)
{
  cairo_font_options_t *options;

  memset (pdf, 0, sizeof *pdf);
  pdf->out = out;
  pdf->cancellable = cancellable;
  pdf->surface = cairo_pdf_surface_create_for_stream (write_cb, pdf, width, height);
  cairo_pdf_surface_set_metadata (pdf->surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (pdf->surface, CAIRO_PDF_METADATA_CREATOR, "Kolo");
  if (author != NULL)
    cairo_pdf_surface_set_metadata (pdf->surface, CAIRO_PDF_METADATA_AUTHOR, author);

  pdf->cr = cairo_create (pdf->surface);
  pdf->font_map = pango_cairo_font_map_new ();
  pdf->context = pango_font_map_create_context (pdf->font_map);
  pango_cairo_update_context (pdf->cr, pdf->context);
  pdf->font = pango_font_description_new ();
  pango_font_description_set_family (pdf->font, KOLO_PDF_FONT_FAMILIES);
  pango_font_description_set_absolute_size (pdf->font, 10 * PANGO_SCALE);

  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pdf->context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (pdf->context, 72);
  pango_context_set_round_glyph_positions (pdf->context, FALSE);
}

/**
 * kolo_pdf_close:
 * @status: (out): cairo's status, when it failed
 *
 * Finishes the PDF, frees what it held and flushes the stream.
 *
 * Returns: %TRUE when the whole PDF was written; otherwise either @error
 *   says why (the stream failed), or @status (cairo failed: the caller
 *   words that in its own terms)
 */
gboolean
kolo_pdf_close (KoloPdf         *pdf,
                cairo_status_t  *status,
                GError         **error)
{
  pango_font_description_free (pdf->font);
  g_object_unref (pdf->context);
  g_object_unref (pdf->font_map);
  cairo_destroy (pdf->cr);
  cairo_surface_finish (pdf->surface);
  *status = cairo_surface_status (pdf->surface);
  cairo_surface_destroy (pdf->surface);

  if (pdf->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&pdf->error));
      *status = CAIRO_STATUS_SUCCESS;
      return FALSE;
    }
  if (*status != CAIRO_STATUS_SUCCESS)
    return FALSE;
  return g_output_stream_flush (pdf->out, pdf->cancellable, error);
}

/* Images --------------------------------------------------------------------- */

struct _KoloPdfImage
{
  cairo_surface_t *surface;
  double           surface_width;   /* the surface's own units */
  double           surface_height;
  guint            width;           /* pixels, as stored */
  guint            height;
  guint            orientation;     /* EXIF: 1 as stored … 8 */
};

#define MAX_PIXELS (25 * 1000 * 1000)

static guint
read_u16 (const guint8 *p,
          gboolean      big_endian)
{
  return big_endian ? (guint) p[0] << 8 | p[1] : (guint) p[1] << 8 | p[0];
}

static guint32
read_u32 (const guint8 *p,
          gboolean      big_endian)
{
  return big_endian ? (guint32) p[0] << 24 | (guint32) p[1] << 16 | (guint32) p[2] << 8 | p[3]
                    : (guint32) p[3] << 24 | (guint32) p[2] << 16 | (guint32) p[1] << 8 | p[0];
}

/* The orientation tag of an APP1 "Exif" segment, or 1. */
static guint
exif_orientation (const guint8 *data,
                  gsize         length)
{
  const guint8 *tiff;
  gsize size;
  gboolean big;
  guint32 ifd;
  guint n;

  if (length < 14 || memcmp (data, "Exif\0\0", 6) != 0)
    return 1;
  tiff = data + 6;
  size = length - 6;
  if (memcmp (tiff, "MM\0*", 4) == 0)
    big = TRUE;
  else if (memcmp (tiff, "II*\0", 4) == 0)
    big = FALSE;
  else
    return 1;

  ifd = read_u32 (tiff + 4, big);
  if (ifd > size - 2)
    return 1;
  n = read_u16 (tiff + ifd, big);
  for (guint i = 0; i < n && ifd + 2 + 12 * (gsize) (i + 1) <= size; i++)
    {
      const guint8 *entry = tiff + ifd + 2 + 12 * i;

      if (read_u16 (entry, big) == 0x0112 && read_u16 (entry + 2, big) == 3)
        {
          guint value = read_u16 (entry + 8, big);

          return value >= 1 && value <= 8 ? value : 1;
        }
    }
  return 1;
}

/* Reads a JPEG's size, colours and orientation from its headers: cairo
 * embeds the JPEG in the PDF as it is, so it never needs decoding. */
static gboolean
parse_jpeg (const guint8 *data,
            gsize         length,
            KoloPdfImage *image)
{
  gsize i = 2;
  guint components = 0;

  if (length < 4 || data[0] != 0xff || data[1] != 0xd8)
    return FALSE;

  image->orientation = 1;
  while (i + 4 <= length)
    {
      guint marker;
      gsize size;

      if (data[i] != 0xff)
        return FALSE;
      marker = data[i + 1];
      if (marker == 0xff)
        {
          i++;
          continue;
        }
      if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7))
        {
          i += 2;
          continue;
        }
      size = read_u16 (data + i + 2, TRUE);
      if (size < 2 || i + 2 + size > length)
        return FALSE;

      if (marker == 0xe1)
        {
          guint orientation = exif_orientation (data + i + 4, size - 2);

          if (orientation != 1)
            image->orientation = orientation;
        }
      /* Baseline, extended and progressive: what PDF readers show. */
      else if (marker == 0xc0 || marker == 0xc1 || marker == 0xc2)
        {
          if (size < 8)
            return FALSE;
          image->height = read_u16 (data + i + 5, TRUE);
          image->width = read_u16 (data + i + 7, TRUE);
          components = data[i + 9];
          /* Grey or RGB: CMYK JPEGs come out inverted in some readers. */
          return image->width > 0 && image->height > 0 && (components == 1 || components == 3);
        }
      else if ((marker >= 0xc3 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 &&
                marker != 0xcc) || marker == 0xda)
        return FALSE;
      i += 2 + size;
    }
  return FALSE;
}

typedef struct
{
  const guint8 *data;
  gsize         length;
  gsize         offset;
} Reader;

static cairo_status_t
read_cb (void          *closure,
         unsigned char *data,
         unsigned int   length)
{
  Reader *reader = closure;

  if (reader->length - reader->offset < length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, reader->data + reader->offset, length);
  reader->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

static const guint8 png_signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

/**
 * kolo_pdf_image_new:
 * @bytes: a PNG or JPEG image
 *
 * Returns: (transfer full) (nullable): the image, or %NULL with @error set
 *   when the bytes are not an image Kolo can print
 */
KoloPdfImage *
kolo_pdf_image_new (GBytes  *bytes,
                    GError **error)
{
  g_autoptr(KoloPdfImage) image = g_new0 (KoloPdfImage, 1);
  gsize length = 0;
  const guint8 *data = g_bytes_get_data (bytes, &length);

  image->orientation = 1;
  if (length > 24 && memcmp (data, png_signature, sizeof png_signature) == 0)
    {
      Reader reader = { data, length, 0 };
      guint32 width = read_u32 (data + 16, TRUE);
      guint32 height = read_u32 (data + 20, TRUE);

      /* Refused from its header rather than decoded into gigabytes. */
      if (width == 0 || height == 0 || (guint64) width * height > MAX_PIXELS)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("The image is too large: at most %u megapixels"),
                       MAX_PIXELS / (1000 * 1000));
          return NULL;
        }
      image->surface = cairo_image_surface_create_from_png_stream (read_cb, &reader);
      if (cairo_surface_status (image->surface) != CAIRO_STATUS_SUCCESS)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("The image could not be read: %s"),
                       cairo_status_to_string (cairo_surface_status (image->surface)));
          return NULL;
        }
      image->width = cairo_image_surface_get_width (image->surface);
      image->height = cairo_image_surface_get_height (image->surface);
      image->surface_width = image->width;
      image->surface_height = image->height;
      return g_steal_pointer (&image);
    }

  if (parse_jpeg (data, length, image))
    {
      /* The PDF gets the JPEG's own bytes; the surface stands for it, one
       * unit square that kolo_pdf_image_draw() stretches to the image's
       * place. */
      image->surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);
      cairo_surface_set_mime_data (image->surface, CAIRO_MIME_TYPE_JPEG, data, length,
                                   (cairo_destroy_func_t) g_bytes_unref, g_bytes_ref (bytes));
      image->surface_width = 1;
      image->surface_height = 1;
      return g_steal_pointer (&image);
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("The image is neither a PNG nor an RGB or greyscale JPEG image"));
  return NULL;
}

void
kolo_pdf_image_free (KoloPdfImage *image)
{
  g_clear_pointer (&image->surface, cairo_surface_destroy);
  g_free (image);
}

/* Width by height, upright. */
double
kolo_pdf_image_get_aspect (KoloPdfImage *image)
{
  return image->orientation >= 5 ? (double) image->height / image->width
                                 : (double) image->width / image->height;
}

/* Photographs of a signature are not always taken upright.  Where the
 * stored image's corners go for each EXIF orientation: the
 * upright position (u′, v′) of a point (u, v) of the stored image, both in
 * the unit square, is u′ = a·u + b·v + c, v′ = d·u + e·v + f. */
static const double orientations[9][6] = {
  [1] = {  1,  0, 0,  0,  1, 0 },
  [2] = { -1,  0, 1,  0,  1, 0 },
  [3] = { -1,  0, 1,  0, -1, 1 },
  [4] = {  1,  0, 0,  0, -1, 1 },
  [5] = {  0,  1, 0,  1,  0, 0 },
  [6] = {  0, -1, 1,  1,  0, 0 },
  [7] = {  0, -1, 1, -1,  0, 1 },
  [8] = {  0,  1, 0, -1,  0, 1 },
};

/* Draws @image as large as fits in the box, centred in it. */
void
kolo_pdf_image_draw (KoloPdfImage *image,
                     cairo_t      *cr,
                     double        x,
                     double        y,
                     double        width,
                     double        height)
{
  const double *o = orientations[image->orientation];
  double aspect = kolo_pdf_image_get_aspect (image);
  double w = width, h = width / aspect;
  double sw = image->surface_width, sh = image->surface_height;
  cairo_matrix_t matrix;

  if (h > height)
    {
      h = height;
      w = height * aspect;
    }
  x += (width - w) / 2;
  y += (height - h) / 2;

  cairo_matrix_init (&matrix,
                     w * o[0] / sw, h * o[3] / sw,
                     w * o[1] / sh, h * o[4] / sh,
                     x + w * o[2], y + h * o[5]);
  cairo_save (cr);
  cairo_transform (cr, &matrix);
  cairo_set_source_surface (cr, image->surface, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_rectangle (cr, 0, 0, sw, sh);
  cairo_fill (cr);
  cairo_restore (cr);
}
