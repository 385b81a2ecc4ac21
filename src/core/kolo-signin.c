/* kolo-signin.c — a day's sign-in sheet (реєстраційний лист) as a PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-signin"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kolo-certificates.h"
#include "kolo-day.h"
#include "kolo-pdf-private.h"
#include "kolo-text.h"

/* The page: A4 portrait, in points. */
#define MM             KOLO_PDF_MM
#define PAGE_WIDTH     KOLO_PDF_A4_SHORT
#define PAGE_HEIGHT    KOLO_PDF_A4_LONG
#define MARGIN_X       (16.0 * MM)
#define MARGIN_TOP     (18.0 * MM)
#define CONTENT_WIDTH  (PAGE_WIDTH - 2 * MARGIN_X)
#define CONTENT_BOTTOM (PAGE_HEIGHT - 22.0 * MM)
#define FOOTER_RULE_Y  (PAGE_HEIGHT - 17.0 * MM)
#define FOOTER_Y       (PAGE_HEIGHT - 15.5 * MM)
#define HEADER_Y       (10.0 * MM)

/* The columns: №, the name, the institution, and the rest to sign in. */
#define NUMBER_WIDTH   (10.0 * MM)
#define NAME_WIDTH     (56.0 * MM)
#define PLACE_WIDTH    (62.0 * MM)
#define SIGN_WIDTH     (CONTENT_WIDTH - NUMBER_WIDTH - NAME_WIDTH - PLACE_WIDTH)
#define CELL_PAD_X     (2.0 * MM)
#define CELL_PAD_Y     (2.4 * MM)
#define ROW_MIN        (11.0 * MM)  /* room for a signature */

static const KoloTextStyle kicker_style  = { 9.0,  BOLD,    ACCENT, 1.2, FALSE };
static const KoloTextStyle title_style   = { 18.0, BOLD,    INK,    0.0, FALSE };
static const KoloTextStyle day_style     = { 11.5, BOLD,    ACCENT, 0.0, FALSE };
static const KoloTextStyle date_style    = { 11.5, REGULAR, BODY,   0.0, FALSE };
static const KoloTextStyle column_style  = { 7.5,  BOLD,    MUTED,  0.8, FALSE };
static const KoloTextStyle number_style  = { 9.5,  REGULAR, MUTED,  0.0, TRUE };
static const KoloTextStyle name_style    = { 10.5, BOLD,    INK,    0.0, FALSE };
static const KoloTextStyle place_style   = { 9.5,  REGULAR, BODY,   0.0, FALSE };
static const KoloTextStyle running_style = { 8.0,  REGULAR, MUTED,  0.0, FALSE };
static const KoloTextStyle footer_style  = { 8.0,  REGULAR, MUTED,  0.0, TRUE };

static const KoloColour rule_colour = KOLO_RGB (KOLO_PDF_RULE);
static const KoloColour hair_colour = KOLO_RGB (KOLO_PDF_HAIR);
static const KoloColour band_colour = KOLO_RGB (KOLO_PDF_BAND);
static const KoloColour accent_colour = KOLO_RGB (KOLO_PDF_ACCENT);

typedef struct
{
  PangoLayout *number;
  PangoLayout *name;
  PangoLayout *place;   /* or NULL */
  double       height;
  int          page;    /* from 1 */
} Row;

typedef struct
{
  KoloPdf      pdf;
  KoloEvent   *event;
  PangoLayout *kicker;
  PangoLayout *title;
  PangoLayout *day;
  PangoLayout *running;  /* the title and the day, atop later pages */
  PangoLayout *columns[4];
  double       columns_height;
  GArray      *rows;     /* of Row */
  int          n_pages;
} Sheet;

static void
row_clear (Row *row)
{
  g_clear_object (&row->number);
  g_clear_object (&row->name);
  g_clear_object (&row->place);
}

static void
fill (Sheet            *self,
      double            x,
      double            y,
      double            width,
      double            height,
      const KoloColour *colour)
{
  cairo_set_source_rgb (self->pdf.cr, colour->r, colour->g, colour->b);
  cairo_rectangle (self->pdf.cr, x, y, width, height);
  cairo_fill (self->pdf.cr);
}

static void
show (Sheet       *self,
      PangoLayout *layout,
      double       x,
      double       y)
{
  cairo_move_to (self->pdf.cr, x, y);
  pango_cairo_show_layout (self->pdf.cr, layout);
}

/* Participants by name, as people look for themselves at the door. */
static int
compare_keys (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  GHashTable *keys = user_data;

  return g_strcmp0 (g_hash_table_lookup (keys, *(gpointer *) a),
                    g_hash_table_lookup (keys, *(gpointer *) b));
}

static GPtrArray *
sorted_participants (KoloEvent *event)
{
  GListModel *list = kolo_event_get_participants (event);
  GPtrArray *people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) keys = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      KoloParticipant *participant = g_list_model_get_item (list, i);
      g_autofree char *folded = g_utf8_casefold (kolo_participant_get_name (participant), -1);

      g_hash_table_insert (keys, participant, g_utf8_collate_key (folded, -1));
      g_ptr_array_add (people, participant);
    }
  /* g_ptr_array_sort_with_data() is stable: equal names keep the list's order. */
  g_ptr_array_sort_with_data (people, compare_keys, keys);
  return people;
}

static PangoLayout *
cell (Sheet               *self,
      const char          *text,
      const KoloTextStyle *style,
      double               width)
{
  g_autofree char *typeset = kolo_pdf_typeset (text, FALSE);

  return kolo_pdf_text_layout (&self->pdf, typeset, style, width - 2 * CELL_PAD_X, 1.1);
}

static void
lay_out (Sheet   *self,
         KoloDay *day)
{
  g_autoptr(GPtrArray) people = sorted_participants (self->event);
  g_autofree char *kicker = g_utf8_strup (C_("sign-in sheet", "Sign-in sheet"), -1);
  g_autofree char *number = g_strdup_printf (_("Day %u"), kolo_day_get_number (day));
  g_autofree char *title = kolo_pdf_typeset (kolo_event_get_title (self->event), FALSE);
  g_autofree char *city = kolo_pdf_text_or_null (kolo_event_get_city (self->event));
  g_autoptr(GString) when = g_string_new (NULL);
  const char *labels[] = {
    /* Translators: the columns of the sign-in sheet: the row's number, */
    C_("sign-in sheet", "No."),
    /* Translators: the participant's full name (Ukrainian: «Прізвище, ім’я, по батькові»), */
    C_("sign-in sheet", "Full name"),
    /* Translators: their library or other institution, */
    C_("sign-in sheet", "Institution"),
    /* Translators: and where they sign */
    C_("sign-in sheet", "Signature"),
  };
  const double widths[] = { NUMBER_WIDTH, NAME_WIDTH, PLACE_WIDTH, SIGN_WIDTH };
  double y, top;
  g_auto(KoloRich) rich;
  g_auto(KoloRich) running;

  if (kolo_day_get_date (day) != NULL && g_date_valid (kolo_day_get_date (day)))
    {
      g_autofree char *date = kolo_text_format_date (kolo_day_get_date (day));

      g_string_append (when, date);
    }
  if (city != NULL)
    {
      g_autofree char *typeset = kolo_pdf_typeset (city, FALSE);

      g_string_append_printf (when, "%s%s", when->len > 0 ? " · " : "", typeset);
    }

  self->kicker = kolo_pdf_text_layout (&self->pdf, kicker, &kicker_style, CONTENT_WIDTH, 0);
  self->title = kolo_pdf_text_layout (&self->pdf, title, &title_style, CONTENT_WIDTH, 1.05);
  kolo_rich_init (&rich);
  kolo_rich_add (&rich, number, &day_style);
  kolo_rich_init (&running);
  kolo_rich_add (&running, title, &running_style);
  kolo_rich_add (&running, " · ", &running_style);
  kolo_rich_add (&running, number, &running_style);
  if (when->len > 0)
    {
      kolo_rich_add (&rich, "   ", &date_style);
      kolo_rich_add (&rich, when->str, &date_style);
      kolo_rich_add (&running, " · ", &running_style);
      kolo_rich_add (&running, when->str, &running_style);
    }
  self->day = kolo_pdf_rich_layout (&self->pdf, &rich, CONTENT_WIDTH, 1.1);
  self->running = kolo_pdf_rich_layout (&self->pdf, &running, CONTENT_WIDTH, 0);
  pango_layout_set_ellipsize (self->running, PANGO_ELLIPSIZE_END);

  self->columns_height = 0;
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autofree char *upper = g_utf8_strup (labels[i], -1);

      self->columns[i] = kolo_pdf_text_layout (&self->pdf, upper, &column_style,
                                               widths[i] - 2 * CELL_PAD_X, 1.0);
      self->columns_height = MAX (self->columns_height,
                                  kolo_layout_height (self->columns[i]) + 2 * 1.8 * MM);
    }

  /* Rows are never split: one that does not fit starts the next page,
   * under the columns' heading again. */
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (self->rows, (GDestroyNotify) row_clear);
  top = MARGIN_TOP + kolo_layout_height (self->kicker) + 4 + kolo_layout_height (self->title) +
        6 + kolo_layout_height (self->day) + 8 * MM;
  y = top + self->columns_height;
  self->n_pages = 1;
  for (guint i = 0; i < people->len; i++)
    {
      KoloParticipant *participant = people->pdata[i];
      g_autofree char *place = kolo_pdf_text_or_null (kolo_participant_get_institution (participant));
      g_autofree char *row_number = g_strdup_printf ("%u", i + 1);
      Row row = { 0 };

      row.number = cell (self, row_number, &number_style, NUMBER_WIDTH);
      pango_layout_set_alignment (row.number, PANGO_ALIGN_RIGHT);
      row.name = cell (self, kolo_participant_get_name (participant), &name_style, NAME_WIDTH);
      if (place != NULL)
        row.place = cell (self, place, &place_style, PLACE_WIDTH);
      row.height = MAX (kolo_layout_height (row.name),
                        row.place != NULL ? kolo_layout_height (row.place) : 0);
      row.height = MAX (ROW_MIN, row.height + 2 * CELL_PAD_Y);

      if (y + row.height > CONTENT_BOTTOM && y > MARGIN_TOP + self->columns_height + 1)
        {
          self->n_pages++;
          y = MARGIN_TOP + self->columns_height;
        }
      row.page = self->n_pages;
      y += row.height;
      g_array_append_val (self->rows, row);
    }
}

static void
sheet_clear (Sheet *self)
{
  g_clear_object (&self->kicker);
  g_clear_object (&self->title);
  g_clear_object (&self->day);
  g_clear_object (&self->running);
  for (guint i = 0; i < G_N_ELEMENTS (self->columns); i++)
    g_clear_object (&self->columns[i]);
  g_clear_pointer (&self->rows, g_array_unref);
}

/* Vertical lines between the columns, from @top to @bottom. */
static void
draw_grid (Sheet  *self,
           double  top,
           double  bottom)
{
  cairo_t *cr = self->pdf.cr;
  double x = MARGIN_X;
  const double widths[] = { NUMBER_WIDTH, NAME_WIDTH, PLACE_WIDTH };

  cairo_set_source_rgb (cr, rule_colour.r, rule_colour.g, rule_colour.b);
  cairo_set_line_width (cr, 0.5);
  cairo_rectangle (cr, MARGIN_X, top, CONTENT_WIDTH, bottom - top);
  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      x += widths[i];
      cairo_move_to (cr, x, top);
      cairo_line_to (cr, x, bottom);
    }
  cairo_stroke (cr);
}

static double
draw_columns (Sheet  *self,
              double  y)
{
  const double widths[] = { NUMBER_WIDTH, NAME_WIDTH, PLACE_WIDTH, SIGN_WIDTH };
  double x = MARGIN_X;

  fill (self, MARGIN_X, y, CONTENT_WIDTH, self->columns_height, &band_colour);
  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      show (self, self->columns[i], x + CELL_PAD_X, y + 1.8 * MM);
      x += widths[i];
    }
  return y + self->columns_height;
}

static void
draw_footer (Sheet *self,
             int    page)
{
  /* Translators: the footer of every page of the printed agenda */
  g_autofree char *text = g_strdup_printf (_("Page %d of %d"), page, self->n_pages);
  g_autoptr(PangoLayout) right = kolo_pdf_text_layout (&self->pdf, text, &footer_style, 0, 0);

  fill (self, MARGIN_X, FOOTER_RULE_Y, CONTENT_WIDTH, 0.5, &rule_colour);
  show (self, right, MARGIN_X + CONTENT_WIDTH - kolo_layout_width (right), FOOTER_Y);
}

static void
draw (Sheet *self)
{
  double y = MARGIN_TOP, table_top;
  int page = 1;

  show (self, self->kicker, MARGIN_X, y);
  y += kolo_layout_height (self->kicker) + 4;
  show (self, self->title, MARGIN_X, y);
  y += kolo_layout_height (self->title) + 6;
  show (self, self->day, MARGIN_X, y);
  y += kolo_layout_height (self->day) + 5 * MM;
  fill (self, MARGIN_X, y - 3 * MM, CONTENT_WIDTH, 1.25, &accent_colour);
  y += 3 * MM;
  table_top = y;
  y = draw_columns (self, y);

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);

      if (row->page != page)
        {
          draw_grid (self, table_top, y);
          draw_footer (self, page);
          cairo_show_page (self->pdf.cr);
          page = row->page;
          show (self, self->running, MARGIN_X, HEADER_Y);
          table_top = MARGIN_TOP;
          y = draw_columns (self, MARGIN_TOP);
        }
      show (self, row->number, MARGIN_X + CELL_PAD_X, y + CELL_PAD_Y);
      show (self, row->name, MARGIN_X + NUMBER_WIDTH + CELL_PAD_X, y + CELL_PAD_Y);
      if (row->place != NULL)
        show (self, row->place, MARGIN_X + NUMBER_WIDTH + NAME_WIDTH + CELL_PAD_X, y + CELL_PAD_Y);
      y += row->height;
      fill (self, MARGIN_X, y - 0.25, CONTENT_WIDTH, 0.5, &hair_colour);
    }
  draw_grid (self, table_top, y);
  draw_footer (self, page);
  cairo_show_page (self->pdf.cr);
}

/**
 * kolo_signin_write_pdf:
 * @event: the event
 * @day: one of @event's days
 * @out: where the PDF goes; it is flushed, not closed
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the sign-in sheet of @day: an A4 PDF with the event's title, the
 * day's number and date, and a table of every participant by name, with
 * their institution and a column to sign in.  A row is never split over
 * two pages; every page has the columns' heading and its number.
 *
 * Returns: %TRUE when the whole PDF was written
 */
gboolean
kolo_signin_write_pdf (KoloEvent     *event,
                       KoloDay       *day,
                       GOutputStream *out,
                       GCancellable  *cancellable,
                       GError       **error)
{
  Sheet sheet = { 0 };
  g_autofree char *organizer = NULL;
  cairo_status_t status;

  g_return_val_if_fail (KOLO_IS_EVENT (event), FALSE);
  g_return_val_if_fail (KOLO_IS_DAY (day), FALSE);
  g_return_val_if_fail (kolo_day_get_event (day) == event, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  organizer = kolo_pdf_text_or_null (kolo_event_get_organizer (event));
  kolo_pdf_open (&sheet.pdf, out, cancellable, PAGE_WIDTH, PAGE_HEIGHT,
                 kolo_event_get_title (event), organizer);
  sheet.event = event;
  lay_out (&sheet, day);
  draw (&sheet);
  sheet_clear (&sheet);

  if (!kolo_pdf_close (&sheet.pdf, &status, error))
    {
      if (status != CAIRO_STATUS_SUCCESS)
        /* Translators: %s is cairo's reason, in English */
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not make the sign-in sheet: %s"),
                     cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
