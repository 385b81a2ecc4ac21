/* kolo-deck-pdf.c — a deck's cards as a PDF to print and cut out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-deck-pdf"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kolo-deck-private.h"
#include "kolo-pdf-private.h"
#include "kolo-play.h"

/* A4 portrait in four slips, two across and two down, with dashed lines
 * to cut along.  Each card gives a slip of its public side (what the room
 * may see) and one slip per private brief, to hand to the person who
 * plays the role; a card's slips stay on one page when they fit on one.
 *
 * Text that does not fit its slip is set smaller, down to a size still
 * easy to read in the hand; a slip whose text needs more room than that
 * takes a whole row, both slips' width; past the smallest size there, it
 * is cut with an ellipsis.  It never runs over a slip's edge. */

#define MM             KOLO_PDF_MM
#define PAGE_WIDTH     KOLO_PDF_A4_SHORT
#define PAGE_HEIGHT    KOLO_PDF_A4_LONG
#define MARGIN         (10.0 * MM)
#define COLUMNS        2
#define ROWS           2
#define CELLS          (COLUMNS * ROWS)
#define SLIP_WIDTH     ((PAGE_WIDTH - 2 * MARGIN) / COLUMNS)
#define SLIP_HEIGHT    ((PAGE_HEIGHT - 2 * MARGIN) / ROWS)
#define PAD            (6.0 * MM)
#define INNER_HEIGHT   (SLIP_HEIGHT - 2 * PAD)
#define GAP            (2.5 * MM)

/* The sizes tried, from the full one down, until the text fits: a slip
 * of its own down to NARROW_SCALE, a wide one down to MIN_SCALE. */
#define NARROW_SCALE   0.8
#define MIN_SCALE      0.6
#define SCALE_STEP     0.05

static const KoloTextStyle kicker_style = { 7.5,  BOLD,    ACCENT, 0.8, FALSE };
static const KoloTextStyle title_style  = { 13.0, BOLD,    INK,    0.0, FALSE };
static const KoloTextStyle body_style   = { 10.5, REGULAR, BODY,   0.0, FALSE };
static const KoloTextStyle footer_style = { 7.5,  REGULAR, MUTED,  0.0, FALSE };
static const KoloTextStyle player_style = { 9.0,  BOLD,    INK,    0.0, FALSE };

static const KoloColour cut_colour = KOLO_RGB (KOLO_PDF_RULE);
static const KoloColour band_colour = KOLO_RGB (KOLO_PDF_BAND);
static const KoloColour accent_colour = KOLO_RGB (KOLO_PDF_ACCENT);

typedef struct
{
  gboolean     private_side;  /* a brief, not the public side */
  char        *kicker;
  char        *title;
  char        *body;
  char        *player;        /* nullable: who the brief is for */
  char        *footer;
  /* Laid out (lay_out_slip()) and placed (place()) */
  gboolean     wide;          /* a whole row */
  PangoLayout *kicker_layout;
  PangoLayout *title_layout;
  PangoLayout *player_layout;
  PangoLayout *body_layout;
  PangoLayout *footer_layout;
  guint        page;          /* from 0 */
  guint        cell;          /* 0 … CELLS − 1, across then down */
} Slip;

typedef struct
{
  KoloPdf    pdf;
  KoloDeck  *deck;
  GPtrArray *slips;   /* of Slip, in order */
  guint      page;    /* where the next slip goes */
  guint      cell;
} Sheet;

static void
slip_free (Slip *slip)
{
  g_free (slip->kicker);
  g_free (slip->title);
  g_free (slip->body);
  g_free (slip->player);
  g_free (slip->footer);
  g_clear_object (&slip->kicker_layout);
  g_clear_object (&slip->title_layout);
  g_clear_object (&slip->player_layout);
  g_clear_object (&slip->body_layout);
  g_clear_object (&slip->footer_layout);
  g_free (slip);
}

static KoloTextStyle
scaled (const KoloTextStyle *style,
        double               scale)
{
  KoloTextStyle copy = *style;

  copy.size *= scale;
  return copy;
}

static double
slip_width (gboolean wide)
{
  return wide ? COLUMNS * SLIP_WIDTH : SLIP_WIDTH;
}

/* Slips ------------------------------------------------------------------- */

static char *
card_footer (KoloDeck *deck,
             KoloCard *card)
{
  g_autofree char *deck_title = kolo_pdf_typeset (kolo_deck_get_title (deck), FALSE);

  return g_strdup_printf ("%s · %s", kolo_difficulty_get_label (kolo_card_get_difficulty (card)),
                          deck_title);
}

/* A tab in a title would print as a wide gap. */
static char *
typeset_title (KoloCard *card)
{
  return g_strdelimit (kolo_pdf_typeset (kolo_card_get_title (card), FALSE), "\t", ' ');
}

static Slip *
public_slip (KoloDeck *deck,
             KoloCard *card)
{
  Slip *slip = g_new0 (Slip, 1);
  g_autofree char *category = kolo_pdf_text_or_null (kolo_card_get_category (card));
  g_autofree char *kind = g_utf8_strup (kolo_card_kind_get_label (kolo_card_get_kind (card)), -1);

  if (category != NULL)
    {
      g_autofree char *typeset = kolo_pdf_typeset (category, FALSE);
      g_autofree char *upper = g_utf8_strup (typeset, -1);

      slip->kicker = g_strdup_printf ("%s · %s", kind, upper);
    }
  else
    slip->kicker = g_steal_pointer (&kind);
  slip->title = typeset_title (card);
  slip->body = kolo_pdf_typeset (kolo_card_get_public_text (card), FALSE);
  slip->footer = card_footer (deck, card);
  return slip;
}

static Slip *
brief_slip (KoloDeck   *deck,
            KoloCard   *card,
            guint       brief,
            const char *player)
{
  Slip *slip = g_new0 (Slip, 1);
  g_autofree char *role = kolo_pdf_text_or_null (kolo_card_get_brief_role (card, brief));
  /* Translators: the heading of a slip only the person who plays it reads */
  g_autofree char *label = g_utf8_strup (_("Private brief"), -1);

  slip->private_side = TRUE;
  if (role != NULL)
    {
      g_autofree char *typeset = kolo_pdf_typeset (role, FALSE);
      g_autofree char *upper = g_utf8_strup (typeset, -1);

      slip->kicker = g_strdup_printf ("%s · %s", label, upper);
    }
  else
    slip->kicker = g_steal_pointer (&label);
  slip->title = typeset_title (card);
  slip->body = kolo_pdf_typeset (kolo_card_get_brief_text (card, brief), FALSE);
  if (player != NULL)
    {
      g_autofree char *typeset = kolo_pdf_typeset (player, FALSE);

      /* Translators: on a private brief: who it is for; %s is a name */
      slip->player = g_strdup_printf (_("For %s"), typeset);
    }
  slip->footer = card_footer (deck, card);
  return slip;
}

/* Laying out -------------------------------------------------------------- */

static double
fixed_height (Slip *slip)
{
  return kolo_layout_height (slip->kicker_layout) + GAP +
         kolo_layout_height (slip->title_layout) + GAP +
         (slip->player_layout != NULL ? kolo_layout_height (slip->player_layout) + GAP : 0) +
         GAP + kolo_layout_height (slip->footer_layout);
}

static PangoLayout *
line_layout (Sheet               *self,
             const char          *text,
             const KoloTextStyle *style,
             double               width)
{
  PangoLayout *layout = kolo_pdf_text_layout (&self->pdf, text, style, width, 0);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  return layout;
}

/* A layout of @text no taller than @height: cut after the last line that
 * fits, with an ellipsis, when the whole text does not. */
static PangoLayout *
cut_to_fit (Sheet               *self,
            const char          *text,
            const KoloTextStyle *style,
            double               width,
            double               spacing,
            double               height)
{
  PangoLayout *layout = kolo_pdf_text_layout (&self->pdf, text, style, width, spacing);
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (int));
  PangoLayoutIter *iter;

  if (kolo_layout_height (layout) <= height)
    return layout;

  /* Where each line that fits ends, in bytes of @text. */
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      int end;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      if (pango_units_to_double (logical.y + logical.height) > height)
        break;
      end = line->start_index + line->length;
      g_array_append_val (ends, end);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  /* The ellipsis may not fit on the last line: then one line less. */
  for (guint k = ends->len; k > 0; k--)
    {
      g_autofree char *prefix = g_strndup (text, g_array_index (ends, int, k - 1));
      g_autofree char *cut = g_strconcat (g_strchomp (prefix), "…", NULL);

      g_object_unref (layout);
      layout = kolo_pdf_text_layout (&self->pdf, cut, style, width, spacing);
      if (kolo_layout_height (layout) <= height)
        return layout;
    }
  g_object_unref (layout);
  return kolo_pdf_text_layout (&self->pdf, "", style, width, spacing);
}

/* Tries sizes from the full one down to @min_scale; returns whether the
 * text fit, the layouts at the last size tried either way. */
static gboolean
try_fit (Sheet  *self,
         Slip   *slip,
         double  width,
         double  min_scale)
{
  g_clear_object (&slip->kicker_layout);
  g_clear_object (&slip->footer_layout);
  g_clear_object (&slip->player_layout);
  slip->kicker_layout = line_layout (self, slip->kicker, &kicker_style, width);
  slip->footer_layout = line_layout (self, slip->footer, &footer_style, width);
  if (slip->player != NULL)
    slip->player_layout = line_layout (self, slip->player, &player_style, width);

  for (double scale = 1.0; scale > min_scale - 0.001; scale -= SCALE_STEP)
    {
      KoloTextStyle title = scaled (&title_style, scale);
      KoloTextStyle body = scaled (&body_style, scale);

      g_clear_object (&slip->title_layout);
      g_clear_object (&slip->body_layout);
      slip->title_layout = kolo_pdf_text_layout (&self->pdf, slip->title, &title, width, 1.05);
      slip->body_layout = kolo_pdf_text_layout (&self->pdf, slip->body, &body, width, 1.15);
      if (fixed_height (slip) + kolo_layout_height (slip->body_layout) <= INNER_HEIGHT)
        return TRUE;
    }
  return FALSE;
}

static void
lay_out_slip (Sheet *self,
              Slip  *slip)
{
  KoloTextStyle title = scaled (&title_style, MIN_SCALE);
  KoloTextStyle body = scaled (&body_style, MIN_SCALE);
  double width;

  if (try_fit (self, slip, SLIP_WIDTH - 2 * PAD, NARROW_SCALE))
    return;
  slip->wide = TRUE;
  width = slip_width (TRUE) - 2 * PAD;
  if (try_fit (self, slip, width, MIN_SCALE))
    return;

  /* Still too long at the smallest size: the title keeps at most half the
   * slip, the body what is left, each cut with an ellipsis. */
  g_clear_object (&slip->title_layout);
  slip->title_layout = cut_to_fit (self, slip->title, &title, width, 1.05, INNER_HEIGHT / 2);
  g_clear_object (&slip->body_layout);
  slip->body_layout = cut_to_fit (self, slip->body, &body, width, 1.15,
                                  INNER_HEIGHT - fixed_height (slip));
}

/* Placing ------------------------------------------------------------------ */

/* Where @slip goes from (@page, @cell) on: a wide slip starts a row. */
static void
advance (Slip  *slip,
         guint *page,
         guint *cell)
{
  if (slip->wide && *cell % COLUMNS != 0)
    *cell += COLUMNS - *cell % COLUMNS;
  if (*cell + (slip->wide ? COLUMNS : 1) > CELLS)
    {
      (*page)++;
      *cell = 0;
    }
}

/* A card's slips are kept on one page: a page with too little room left
 * is left for the next one.  A card of more slips than a page holds runs
 * on over pages. */
static void
add_card (Sheet     *self,
          GPtrArray *card_slips)
{
  guint page = self->page, cell = self->cell;

  for (guint i = 0; i < card_slips->len; i++)
    {
      Slip *slip = card_slips->pdata[i];

      lay_out_slip (self, slip);
      advance (slip, &page, &cell);
      cell += slip->wide ? COLUMNS : 1;
    }
  if (page != self->page && self->cell > 0)
    {
      self->page++;
      self->cell = 0;
    }

  for (guint i = 0; i < card_slips->len; i++)
    {
      Slip *slip = card_slips->pdata[i];

      advance (slip, &self->page, &self->cell);
      slip->page = self->page;
      slip->cell = self->cell;
      self->cell += slip->wide ? COLUMNS : 1;
      g_ptr_array_add (self->slips, g_steal_pointer (&card_slips->pdata[i]));
    }
}

static void
add_whole_card (Sheet    *self,
                KoloCard *card)
{
  g_autoptr(GPtrArray) slips = g_ptr_array_new ();

  g_ptr_array_add (slips, public_slip (self->deck, card));
  for (guint i = 0; i < kolo_card_get_n_briefs (card); i++)
    g_ptr_array_add (slips, brief_slip (self->deck, card, i, NULL));
  add_card (self, slips);
}

/* A card as one round played it: its public side once, then each group's
 * briefs with the names of those who play them. */
static void
add_played_card (Sheet    *self,
                 KoloPlay *play)
{
  g_autoptr(GPtrArray) slips = g_ptr_array_new ();
  KoloRoleAssignment *roles = kolo_play_get_roles (play);
  KoloCard *card = kolo_play_get_card (play);
  guint n_groups = kolo_role_assignment_get_n_groups (roles);
  guint n_briefs;

  /* A card removed from the deck since it was drawn has no texts left. */
  if (card == NULL || kolo_card_get_deck (card) != self->deck)
    return;

  n_briefs = kolo_card_get_n_briefs (card);
  g_ptr_array_add (slips, public_slip (self->deck, card));
  for (guint g = 0; g < MAX (n_groups, 1); g++)
    for (guint b = 0; b < n_briefs; b++)
      {
        const char *name = NULL;

        for (guint i = 0; g < n_groups && i < kolo_role_assignment_get_n_players (roles, g); i++)
          if (kolo_role_assignment_get_brief (roles, g, i) == (int) b)
            name = kolo_participant_get_name (kolo_role_assignment_get_player (roles, g, i));
        g_ptr_array_add (slips, brief_slip (self->deck, card, b, name));
      }
  add_card (self, slips);
}

/* Drawing ----------------------------------------------------------------- */

static void
show (Sheet       *self,
      PangoLayout *layout,
      double       x,
      double       y)
{
  cairo_move_to (self->pdf.cr, x, y);
  pango_cairo_show_layout (self->pdf.cr, layout);
}

static void
draw_slip (Sheet *self,
           Slip  *slip)
{
  cairo_t *cr = self->pdf.cr;
  double left = MARGIN + (slip->cell % COLUMNS) * SLIP_WIDTH;
  double top = MARGIN + (slip->cell / COLUMNS) * SLIP_HEIGHT;
  double x = left + PAD, y = top + PAD;

  /* A private brief is marked with a band, to tell the slips apart in a
   * pile without reading them. */
  if (slip->private_side)
    {
      cairo_set_source_rgb (cr, band_colour.r, band_colour.g, band_colour.b);
      cairo_rectangle (cr, left, top, slip_width (slip->wide), SLIP_HEIGHT);
      cairo_fill (cr);
    }
  cairo_set_source_rgb (cr, accent_colour.r, accent_colour.g, accent_colour.b);
  cairo_rectangle (cr, x, y - 2.0 * MM, 12.0 * MM, 0.8);
  cairo_fill (cr);

  show (self, slip->kicker_layout, x, y);
  y += kolo_layout_height (slip->kicker_layout) + GAP;
  show (self, slip->title_layout, x, y);
  y += kolo_layout_height (slip->title_layout) + GAP;
  if (slip->player_layout != NULL)
    {
      show (self, slip->player_layout, x, y);
      y += kolo_layout_height (slip->player_layout) + GAP;
    }
  show (self, slip->body_layout, x, y);
  show (self, slip->footer_layout, x,
        top + SLIP_HEIGHT - PAD - kolo_layout_height (slip->footer_layout));
}

/* Dashed lines along every edge of the slips, as far as the page goes
 * across; none between the halves of a wide slip. */
static void
draw_cut_lines (Sheet    *self,
                guint     n_rows,
                gboolean *wide_rows)
{
  cairo_t *cr = self->pdf.cr;
  const double dashes[] = { 3.0, 2.0 };
  double bottom = MARGIN + n_rows * SLIP_HEIGHT;

  cairo_save (cr);
  cairo_set_source_rgb (cr, cut_colour.r, cut_colour.g, cut_colour.b);
  cairo_set_line_width (cr, 0.5);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_move_to (cr, MARGIN, 0);
  cairo_line_to (cr, MARGIN, PAGE_HEIGHT);
  cairo_move_to (cr, PAGE_WIDTH - MARGIN, 0);
  cairo_line_to (cr, PAGE_WIDTH - MARGIN, PAGE_HEIGHT);
  for (guint r = 0; r < n_rows; r++)
    if (!wide_rows[r])
      {
        cairo_move_to (cr, MARGIN + SLIP_WIDTH, MARGIN + r * SLIP_HEIGHT);
        cairo_line_to (cr, MARGIN + SLIP_WIDTH, MIN (MARGIN + (r + 1) * SLIP_HEIGHT, bottom));
      }
  for (guint r = 0; r <= n_rows; r++)
    {
      cairo_move_to (cr, 0, MARGIN + r * SLIP_HEIGHT);
      cairo_line_to (cr, PAGE_WIDTH, MARGIN + r * SLIP_HEIGHT);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw (Sheet *self)
{
  guint i = 0;

  /* At least one page, with only the cut lines when there is nothing. */
  for (guint page = 0; page == 0 || i < self->slips->len; page++)
    {
      gboolean wide_rows[ROWS] = { FALSE };
      guint n_rows = 1;

      for (; i < self->slips->len && ((Slip *) self->slips->pdata[i])->page == page; i++)
        {
          Slip *slip = self->slips->pdata[i];

          draw_slip (self, slip);
          n_rows = MAX (n_rows, slip->cell / COLUMNS + 1);
          if (slip->wide)
            wide_rows[slip->cell / COLUMNS] = TRUE;
        }
      draw_cut_lines (self, n_rows, wide_rows);
      cairo_show_page (self->pdf.cr);
    }
}

/**
 * kolo_deck_write_pdf:
 * @plays: (nullable) (element-type KoloPlay): rounds played from this
 *   deck, to print only their cards, with the players' names on their
 *   briefs; %NULL prints every card
 * @out: where the PDF goes; it is flushed, not closed
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the deck’s cards as an A4 PDF to cut out: four slips a page, a
 * card's public side and then one slip per private brief, kept together
 * on one page.  Long text is set smaller to fit, or takes a slip as wide
 * as the page, never past a slip's edge.  A deck without cards gives one
 * page with only the cut lines.
 *
 * Returns: %TRUE when the whole PDF was written
 */
gboolean
kolo_deck_write_pdf (KoloDeck       *self,
                     GPtrArray      *plays,
                     GOutputStream  *out,
                     GCancellable   *cancellable,
                     GError        **error)
{
  Sheet sheet = { 0 };
  cairo_status_t status;

  g_return_val_if_fail (KOLO_IS_DECK (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  kolo_pdf_open (&sheet.pdf, out, cancellable, PAGE_WIDTH, PAGE_HEIGHT,
                 kolo_deck_get_title (self), NULL);
  sheet.deck = self;
  sheet.slips = g_ptr_array_new_with_free_func ((GDestroyNotify) slip_free);
  if (plays != NULL)
    for (guint i = 0; i < plays->len; i++)
      add_played_card (&sheet, plays->pdata[i]);
  else
    {
      GListModel *cards = kolo_deck_get_cards (self);

      for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
        {
          g_autoptr(KoloCard) card = g_list_model_get_item (cards, i);
          add_whole_card (&sheet, card);
        }
    }

  draw (&sheet);
  g_ptr_array_unref (sheet.slips);

  if (!kolo_pdf_close (&sheet.pdf, &status, error))
    {
      if (status != CAIRO_STATUS_SUCCESS)
        /* Translators: %s is cairo's reason, in English */
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not make the cards: %s"),
                     cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
