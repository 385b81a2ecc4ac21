/* kolo-board-image.c — a board as a PNG image: the question, then the
 * clusters as columns of notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-board-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "kolo-board-export-private.h"

/* Sizes in pixels for a board at full size.  A board that would be too
 * tall is drawn smaller (the scale): everything under the question shrinks
 * together, so that more lanes of notes fit side by side.  The margins and
 * the question are smaller in images narrower than this: */
#define FULL_WIDTH      1920.0
#define MARGIN          48.0
#define QUESTION_SIZE   44.0
#define QUESTION_GAP    36.0
#define LANE_WIDTH      300.0
#define GAP             24.0
#define BAND_GAP        48.0
#define BAR_HEIGHT      6.0
#define TITLE_SIZE      22.0
#define VOTES_SIZE      15.0
#define HEADING_GAP     14.0
#define NOTE_PADDING    14.0
#define NOTE_RADIUS     8.0
#define NOTE_GAP        14.0
#define TEXT_SIZE       17.0
#define AUTHOR_SIZE     13.0
#define AUTHOR_GAP      6.0
#define BADGE_SIZE      26.0
#define BADGE_TEXT_SIZE 13.0
#define FOOTER_SIZE     17.0

/* An image is at most this tall, and holds at most this many pixels (a
 * wide image gets shorter): it has to open in an image viewer and fit in
 * memory, as an uncompressed surface, while it is made. */
#define MAX_HEIGHT      20000
#define MAX_PIXELS      (40 * 1000 * 1000)
/* Below this, notes are too small to be worth drawing: the ideas that do
 * not fit are left out and counted at the bottom instead. */
#define MIN_SCALE       0.2

#define FONT_FAMILIES   "Cantarell, DejaVu Sans, Noto Sans, sans-serif"

#define INK             0x241f31
#define MUTED           0x5e5c64
#define PAPER           0xf6f5f4
#define UNGROUPED_BAR   0xc0bfbc
#define WHITE           0xffffff

/* Notes and columns are laid out once, at full size and a lane's width;
 * the scale is applied when they are drawn.  Without hinted metrics, text
 * wraps the same at every scale, so heights simply scale too.  Positions
 * are in full-size pixels from the top left of the notes' area. */
typedef struct
{
  KoloIdea    *idea;        /* unowned: the group holds it */
  PangoLayout *text;
  PangoLayout *author;      /* NULL: none shown */
  PangoLayout *badge;       /* NULL: no votes */
  double       x, y, height;
} Note;

typedef struct
{
  Group       *group;       /* unowned */
  PangoLayout *title;
  PangoLayout *votes;       /* NULL: no votes */
  double       heading_height;
  double       load;        /* the height of all its notes */
  GArray      *notes;       /* of Note */
  guint        lanes;
  double       x, y, width;
} Column;

typedef struct
{
  KoloBoard            *board;
  int                   width;
  int                   max_height;
  double                margin;
  PangoContext         *context;
  PangoFontDescription *font;
  PangoLayout          *question;
  GPtrArray            *groups;     /* of Group */
  Column               *columns;    /* one per group */
  double                lane;       /* a lane's width, at full size */
  guint                 n_lanes;
  double                scale;
  double                top;        /* where the notes' area starts */
  double                height;     /* of the whole image */
  double                limit;      /* nothing is drawn below this, full size */
  PangoLayout          *footer;     /* NULL: every idea is in the image */
} Picture;

static void
set_rgb (cairo_t *cr,
         guint32  rgb)
{
  cairo_set_source_rgb (cr, (rgb >> 16 & 0xff) / 255.0, (rgb >> 8 & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

/* Plain text, never markup: "<b>&amp;" is drawn as typed. */
static PangoLayout *
make_layout (Picture    *self,
             const char *text,
             double      size,
             PangoWeight weight,
             double      width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *font = pango_font_description_copy (self->font);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  if (width > 0)
    {
      pango_layout_set_width (layout, pango_units_from_double (width));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.height);
}

static double
layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.width);
}

static void
note_clear (Note *note)
{
  g_clear_object (&note->text);
  g_clear_object (&note->author);
  g_clear_object (&note->badge);
}

static void
picture_clear (Picture *self)
{
  for (guint g = 0; self->columns != NULL && g < self->groups->len; g++)
    {
      Column *column = &self->columns[g];

      g_clear_object (&column->title);
      g_clear_object (&column->votes);
      g_clear_pointer (&column->notes, g_array_unref);
    }
  g_clear_pointer (&self->columns, g_free);
  g_clear_object (&self->question);
  g_clear_object (&self->footer);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->font, pango_font_description_free);
  g_clear_object (&self->context);
}

static void
note_measure (Picture *self,
              Note    *note)
{
  int votes = kolo_idea_get_votes (note->idea);
  const char *author = _kolo_board_export_idea_author (self->board, note->idea);
  double text_width = self->lane - 2 * NOTE_PADDING;

  if (votes > 0)
    {
      g_autofree char *count = g_strdup_printf ("%d", votes);

      note->badge = make_layout (self, count, BADGE_TEXT_SIZE, PANGO_WEIGHT_BOLD, -1);
      text_width -= MAX (BADGE_SIZE, layout_width (note->badge) + 12) + 6;
    }
  note->text = make_layout (self, kolo_idea_get_text (note->idea), TEXT_SIZE,
                            PANGO_WEIGHT_NORMAL, text_width);
  note->height = 2 * NOTE_PADDING + MAX (layout_height (note->text),
                                         votes > 0 ? BADGE_SIZE : 0);
  if (author != NULL)
    {
      note->author = make_layout (self, author, AUTHOR_SIZE, PANGO_WEIGHT_NORMAL,
                                  self->lane - 2 * NOTE_PADDING);
      note->height += AUTHOR_GAP + layout_height (note->author);
    }
}

/* Lays out every column's heading and notes, once. */
static void
picture_measure (Picture *self)
{
  self->columns = g_new0 (Column, self->groups->len);
  for (guint g = 0; g < self->groups->len; g++)
    {
      Column *column = &self->columns[g];
      Group *group = self->groups->pdata[g];
      const char *title = group->cluster ? kolo_cluster_get_title (group->cluster)
                                         : _("Ungrouped");

      column->group = group;
      column->title = make_layout (self, title, TITLE_SIZE, PANGO_WEIGHT_BOLD, self->lane);
      column->heading_height = BAR_HEIGHT + HEADING_GAP + layout_height (column->title) +
                               HEADING_GAP;
      if (group->cluster != NULL && group->votes > 0)
        {
          g_autofree char *votes = _kolo_board_export_format_votes (group->votes);

          column->votes = make_layout (self, votes, VOTES_SIZE, PANGO_WEIGHT_NORMAL,
                                       self->lane);
          column->heading_height += layout_height (column->votes);
        }

      column->notes = g_array_sized_new (FALSE, TRUE, sizeof (Note), group->ideas->len);
      g_array_set_clear_func (column->notes, (GDestroyNotify) note_clear);
      g_array_set_size (column->notes, group->ideas->len);
      for (guint i = 0; i < group->ideas->len; i++)
        {
          Note *note = &g_array_index (column->notes, Note, i);

          note->idea = group->ideas->pdata[i];
          note_measure (self, note);
          column->load += note->height + NOTE_GAP;
        }
    }
}

/* Gives the lanes a band has left to its columns with the most to hold. */
static void
share_lanes (Column *band,
             guint   n_columns,
             guint   spare)
{
  for (; spare > 0; spare--)
    {
      Column *fullest = NULL;
      double most = 0;

      for (guint c = 0; c < n_columns; c++)
        if (band[c].load / band[c].lanes > most)
          {
            most = band[c].load / band[c].lanes;
            fullest = &band[c];
          }
      if (fullest == NULL)
        return;
      fullest->lanes++;
    }
}

/* Places the columns and notes, @n_lanes lanes to a band, and returns the
 * height of the notes' area, at full size.  Columns go left to right in
 * bands; a band with lanes to spare gives them to its longest columns,
 * whose notes then flow into the shortest of their lanes. */
static double
picture_arrange (Picture *self,
                 guint    n_lanes)
{
  double y = 0;
  guint first = 0;

  while (first < self->groups->len)
    {
      guint n = MIN (n_lanes, self->groups->len - first);
      Column *band = &self->columns[first];
      double x = 0, band_height = 0;

      for (guint c = 0; c < n; c++)
        band[c].lanes = 1;
      share_lanes (band, n, n_lanes - n);
      for (guint c = 0; c < n; c++)
        {
          Column *column = &band[c];
          g_autofree double *lane_y = g_new0 (double, column->lanes);
          double bottom = 0;

          column->x = x;
          column->y = y;
          column->width = column->lanes * self->lane + (column->lanes - 1) * GAP;
          for (guint i = 0; i < column->notes->len; i++)
            {
              Note *note = &g_array_index (column->notes, Note, i);
              guint shortest = 0;

              for (guint l = 1; l < column->lanes; l++)
                if (lane_y[l] < lane_y[shortest])
                  shortest = l;
              note->x = x + shortest * (self->lane + GAP);
              note->y = y + column->heading_height + lane_y[shortest];
              lane_y[shortest] += note->height + NOTE_GAP;
              bottom = MAX (bottom, lane_y[shortest] - NOTE_GAP);
            }
          band_height = MAX (band_height, column->heading_height + bottom);
          x += column->width + GAP;
        }

      y += band_height + BAND_GAP;
      first += n;
    }

  return MAX (y - BAND_GAP, 0);
}

/* The width of @n_lanes lanes, at full size. */
static double
lanes_width (Picture *self,
             guint    n_lanes)
{
  return n_lanes * self->lane + (n_lanes - 1) * GAP;
}

/* Chooses the number of lanes and the scale: full size when the board
 * fits, else the largest scale at which it does.  Heights only scale, so
 * every number of lanes is tried by arithmetic, without laying out any
 * text again.  Returns the height the image would need. */
static double
picture_fit (Picture *self)
{
  double content = self->width - 2 * self->margin;
  double room = self->max_height - self->top - self->margin;
  double best = 0, area;
  guint best_lanes = self->n_lanes;

  for (guint n = self->n_lanes; ; n++)
    {
      double widest = MIN (1.0, content / lanes_width (self, n));
      double scale;

      /* More lanes only make notes smaller from here on. */
      if (widest < MIN_SCALE || widest <= best)
        break;
      area = picture_arrange (self, n);
      scale = area > 0 ? MIN (widest, room / area) : widest;
      if (scale > best)
        {
          best = scale;
          best_lanes = n;
        }
      if (best >= widest || self->groups->len == 0)
        break;
    }

  /* Even the smallest notes do not fit: the image is cut (picture_cut). */
  if (best < MIN_SCALE)
    {
      best = MIN_SCALE;
      best_lanes = MAX (1, (guint) floor ((content / MIN_SCALE + GAP) / (self->lane + GAP)));
    }

  self->n_lanes = best_lanes;
  self->scale = best;
  area = picture_arrange (self, best_lanes);
  if (self->groups->len == 0)
    return ceil (self->top - QUESTION_GAP + self->margin);
  return ceil (self->top + area * self->scale + self->margin);
}

static PangoLayout *
footer_layout (Picture *self,
               guint    n_hidden)
{
  g_autofree char *text = NULL;

  /* Translators: at the foot of a board's image too big to hold every idea */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u more idea did not fit in the image",
                                       "%u more ideas did not fit in the image",
                                       n_hidden),
                          n_hidden);

  return make_layout (self, text, FOOTER_SIZE, PANGO_WEIGHT_NORMAL,
                      self->width - 2 * self->margin);
}

/* When even the smallest notes do not fit, the image is cut at its
 * largest height, and says at the bottom how many ideas it leaves out. */
static void
picture_cut (Picture *self,
             double   height)
{
  g_autoptr(PangoLayout) probe = NULL;
  guint n_ideas = 0, n_hidden = 0;

  self->height = MIN (height, self->max_height);
  self->limit = G_MAXDOUBLE;
  if (height <= self->max_height)
    return;

  for (guint g = 0; g < self->groups->len; g++)
    n_ideas += self->columns[g].notes->len;

  /* Room for the footer as it would be with every idea left out. */
  probe = footer_layout (self, n_ideas);
  self->limit = (self->height - self->margin - layout_height (probe) - GAP - self->top) /
                self->scale;
  for (guint g = 0; g < self->groups->len; g++)
    {
      Column *column = &self->columns[g];

      for (guint i = 0; i < column->notes->len; i++)
        {
          Note *note = &g_array_index (column->notes, Note, i);

          if (column->y + column->heading_height > self->limit ||
              note->y + note->height > self->limit)
            n_hidden++;
        }
    }
  self->footer = footer_layout (self, n_hidden);
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
draw_layout (cairo_t     *cr,
             PangoLayout *layout,
             guint32      rgb,
             double       x,
             double       y)
{
  set_rgb (cr, rgb);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_note (Picture *self,
           cairo_t *cr,
           Note    *note)
{
  double pad = NOTE_PADDING;

  /* A soft shadow, then the paper. */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.12);
  rounded_rectangle (cr, note->x, note->y + 2, self->lane, note->height, NOTE_RADIUS);
  cairo_fill (cr);
  set_rgb (cr, kolo_note_color_get_rgb (kolo_idea_get_color (note->idea)));
  rounded_rectangle (cr, note->x, note->y, self->lane, note->height, NOTE_RADIUS);
  cairo_fill (cr);

  draw_layout (cr, note->text, INK, note->x + pad, note->y + pad);
  if (note->author != NULL)
    draw_layout (cr, note->author, MUTED, note->x + pad,
                 note->y + note->height - pad - layout_height (note->author));

  /* Votes: a dot with the count, in the corner. */
  if (note->badge != NULL)
    {
      double width = MAX (BADGE_SIZE, layout_width (note->badge) + 12);
      double x = note->x + self->lane - pad - width;
      double y = note->y + pad;

      set_rgb (cr, INK);
      rounded_rectangle (cr, x, y, width, BADGE_SIZE, BADGE_SIZE / 2);
      cairo_fill (cr);
      draw_layout (cr, note->badge, WHITE, x + (width - layout_width (note->badge)) / 2,
                   y + (BADGE_SIZE - layout_height (note->badge)) / 2);
    }
}

static void
draw_column (Picture *self,
             cairo_t *cr,
             Column  *column)
{
  Group *group = column->group;
  guint32 bar = group->cluster ? kolo_note_color_get_rgb (kolo_cluster_get_color (group->cluster))
                               : UNGROUPED_BAR;
  double y = column->y;

  if (y + column->heading_height > self->limit)
    return;

  set_rgb (cr, bar);
  rounded_rectangle (cr, column->x, y, column->width, BAR_HEIGHT, BAR_HEIGHT / 2);
  cairo_fill (cr);
  y += BAR_HEIGHT + HEADING_GAP;
  draw_layout (cr, column->title, group->cluster ? INK : MUTED, column->x, y);
  y += layout_height (column->title);
  if (column->votes != NULL)
    draw_layout (cr, column->votes, MUTED, column->x, y);

  for (guint i = 0; i < column->notes->len; i++)
    {
      Note *note = &g_array_index (column->notes, Note, i);

      if (note->y + note->height <= self->limit)
        draw_note (self, cr, note);
    }
}

static void
picture_draw (Picture *self,
              cairo_t *cr)
{
  double content = self->width - 2 * self->margin;
  double used = lanes_width (self, self->n_lanes) * self->scale;

  set_rgb (cr, PAPER);
  cairo_paint (cr);
  draw_layout (cr, self->question, INK, self->margin, self->margin);

  /* The notes' area, centred when its lanes leave some width over. */
  cairo_save (cr);
  cairo_translate (cr, self->margin + MAX (content - used, 0) / 2, self->top);
  cairo_scale (cr, self->scale, self->scale);
  for (guint g = 0; g < self->groups->len; g++)
    draw_column (self, cr, &self->columns[g]);
  cairo_restore (cr);

  if (self->footer != NULL)
    draw_layout (cr, self->footer, MUTED, self->margin,
                 self->height - self->margin - layout_height (self->footer));
}

typedef struct
{
  GOutputStream *out;
  GCancellable  *cancellable;
  GError        *error;
} Writer;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Writer *writer = closure;

  if (writer->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (writer->out, data, length, NULL, writer->cancellable,
                                  &writer->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

/**
 * kolo_board_write_png:
 * @self: a board
 * @width: the image's width in pixels, 320 to 8000
 * @out: where the PNG goes; it is flushed, not closed
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Draws the board as an image: the question at the top, then a column for
 * every cluster and one for "Ungrouped" last, each approved idea a note in
 * its colour with its votes in a dot and its author in small letters.  The
 * image is as tall as the board needs, up to 20,000 pixels; a board that
 * would be taller gets smaller notes, and only when even those do not fit
 * are the last ideas left out (the image says how many).
 *
 * Returns: %TRUE when the whole PNG was written
 */
gboolean
kolo_board_write_png (KoloBoard      *self,
                      int             width,
                      GOutputStream  *out,
                      GCancellable   *cancellable,
                      GError        **error)
{
  Writer writer = { out, cancellable, NULL };
  Picture picture = { 0 };
  g_autoptr(PangoFontMap) font_map = NULL;
  cairo_font_options_t *options;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double content, height;

  g_return_val_if_fail (KOLO_IS_BOARD (self), FALSE);
  g_return_val_if_fail (width >= 320 && width <= 8000, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  picture.board = self;
  picture.width = width;
  picture.max_height = MIN (MAX_HEIGHT, MAX_PIXELS / width);
  picture.margin = MARGIN * CLAMP (width / FULL_WIDTH, 1 / 3.0, 1.0);
  picture.groups = _kolo_board_export_collect_groups (self);

  /* A font map of its own, as the handout has: nothing is shared with the
   * app's drawing, and its caches go when the image is done.  Metrics are
   * not hinted and glyphs not put on whole pixels, so that text measured
   * at full size is the same drawn at any scale. */
  font_map = pango_cairo_font_map_new ();
  picture.context = pango_font_map_create_context (font_map);
  options = cairo_font_options_create ();
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (picture.context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (picture.context, 72);
  pango_context_set_round_glyph_positions (picture.context, FALSE);
  picture.font = pango_font_description_new ();
  pango_font_description_set_family (picture.font, FONT_FAMILIES);

  /* As many lanes as fit at full size, stretched to the whole width. */
  content = width - 2 * picture.margin;
  picture.n_lanes = MAX (1, (guint) floor ((content + GAP) / (LANE_WIDTH + GAP)));
  picture.lane = (content - (picture.n_lanes - 1) * GAP) / picture.n_lanes;

  picture.question = make_layout (&picture, kolo_board_get_question (self),
                                  QUESTION_SIZE * CLAMP (width / FULL_WIDTH, 0.5, 1.0),
                                  PANGO_WEIGHT_BOLD, content);
  picture.top = picture.margin + layout_height (picture.question) + QUESTION_GAP;
  picture_measure (&picture);
  height = picture_fit (&picture);
  picture_cut (&picture, height);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, (int) picture.height);
  cr = cairo_create (surface);
  if (cairo_status (cr) == CAIRO_STATUS_SUCCESS &&
      !g_cancellable_set_error_if_cancelled (cancellable, &writer.error))
    {
      pango_cairo_update_context (cr, picture.context);
      picture_draw (&picture, cr);
      cairo_surface_flush (surface);
    }
  status = cairo_status (cr);
  if (status == CAIRO_STATUS_SUCCESS && writer.error == NULL)
    status = cairo_surface_write_to_png_stream (surface, write_cb, &writer);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  picture_clear (&picture);

  if (writer.error != NULL)
    {
      g_propagate_error (error, writer.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      /* Translators: %s is cairo's reason, in English */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not make the image: %s"),
                   cairo_status_to_string (status));
      return FALSE;
    }
  return g_output_stream_flush (out, cancellable, error);
}
