/* kolo-pdf-private.h — what the core's PDF writers share: the palette, text
 * styles, layouts measured as printed, images, and a document over a stream
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* Points, the PDF's own unit. */
#define KOLO_PDF_MM      (72.0 / 25.4)
#define KOLO_PDF_A4_SHORT (210.0 * KOLO_PDF_MM)
#define KOLO_PDF_A4_LONG  (297.0 * KOLO_PDF_MM)

/* Cantarell is GNOME's; the others are there on any system, with Cyrillic,
 * «», ’ and – for Ukrainian. */
#define KOLO_PDF_FONT_FAMILIES "Cantarell, DejaVu Sans, Noto Sans, sans-serif"

typedef struct
{
  double r, g, b;
} KoloColour;

#define KOLO_RGB(hex) \
  { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0 }

/* Colours from the GNOME palette, calm enough for print and still readable
 * when copied in black and white. */
#define KOLO_PDF_INK    0x241f31
#define KOLO_PDF_BODY   0x3d3846
#define KOLO_PDF_MUTED  0x77767b
#define KOLO_PDF_RULE   0xc0bfbc
#define KOLO_PDF_HAIR   0xdeddda
#define KOLO_PDF_BAND   0xf6f5f4
#define KOLO_PDF_ACCENT 0x1a5fb4

/* Shorthands for the writers' tables of KoloTextStyle. */
#define REGULAR PANGO_WEIGHT_NORMAL
#define BOLD    PANGO_WEIGHT_BOLD
#define INK     KOLO_RGB (KOLO_PDF_INK)
#define BODY    KOLO_RGB (KOLO_PDF_BODY)
#define MUTED   KOLO_RGB (KOLO_PDF_MUTED)
#define ACCENT  KOLO_RGB (KOLO_PDF_ACCENT)

typedef struct
{
  double       size;      /* in points */
  PangoWeight  weight;
  KoloColour   colour;
  double       tracking;  /* extra space between letters, in points */
  gboolean     figures;   /* tabular figures, so numbers line up */
} KoloTextStyle;

/* Text with styles, built from plain pieces: user text never goes through
 * Pango markup, so «<b>» in a title is printed as it is. */
typedef struct
{
  GString       *text;
  PangoAttrList *attrs;
} KoloRich;

void         kolo_rich_init       (KoloRich            *rich);
void         kolo_rich_clear      (KoloRich            *rich);
void         kolo_rich_add        (KoloRich            *rich,
                                   const char          *text,
                                   const KoloTextStyle *style);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KoloRich, kolo_rich_clear)

/* A document being written: its surface, and the Pango context its text is
 * measured and drawn with. */
typedef struct
{
  cairo_surface_t      *surface;
  cairo_t              *cr;
  PangoFontMap         *font_map;
  PangoContext         *context;
  PangoFontDescription *font;
  GOutputStream        *out;
  GCancellable         *cancellable;
  GError               *error;      /* the stream's first failure */
} KoloPdf;

void         kolo_pdf_open        (KoloPdf             *pdf,
                                   GOutputStream       *out,
                                   GCancellable        *cancellable,
                                   double               width,
                                   double               height,
                                   const char          *title,
                                   const char          *author);
gboolean     kolo_pdf_close       (KoloPdf             *pdf,
                                   cairo_status_t      *status,
                                   GError             **error);

PangoLayout *kolo_pdf_rich_layout (KoloPdf             *pdf,
                                   KoloRich            *rich,
                                   double               width,
                                   double               spacing);
PangoLayout *kolo_pdf_text_layout (KoloPdf             *pdf,
                                   const char          *text,
                                   const KoloTextStyle *style,
                                   double               width,
                                   double               spacing);

double       kolo_layout_height   (PangoLayout         *layout);
double       kolo_layout_width    (PangoLayout         *layout);
double       kolo_layout_baseline (PangoLayout         *layout);
char        *kolo_pdf_text_or_null (const char         *text);
char        *kolo_pdf_typeset     (const char          *text,
                                   gboolean             quoted);

/* An image for a page, from PNG or JPEG bytes; its size in pixels, turned
 * as the camera said (a JPEG's EXIF orientation).  kolo_pdf_image_draw()
 * fits it in a box, centred, keeping its proportions. */
typedef struct _KoloPdfImage KoloPdfImage;

KoloPdfImage *kolo_pdf_image_new  (GBytes              *bytes,
                                   GError             **error);
void          kolo_pdf_image_free (KoloPdfImage        *image);
double        kolo_pdf_image_get_aspect (KoloPdfImage  *image);
void          kolo_pdf_image_draw (KoloPdfImage        *image,
                                   cairo_t             *cr,
                                   double               x,
                                   double               y,
                                   double               width,
                                   double               height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoloPdfImage, kolo_pdf_image_free)

G_END_DECLS
