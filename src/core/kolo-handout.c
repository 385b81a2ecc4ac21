/* kolo-handout.c — an event's agenda as a print-ready PDF handout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-handout"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "kolo-activity.h"
#include "kolo-day.h"
#include "kolo-handout.h"
#include "kolo-module.h"
#include "kolo-pdf-private.h"
#include "kolo-text.h"

/* The page: A4 portrait, in points, the PDF's own unit. */
#define MM             KOLO_PDF_MM
#define PAGE_WIDTH     (210.0 * MM)
#define PAGE_HEIGHT    (297.0 * MM)
#define MARGIN_X       (20.0 * MM)
#define MARGIN_TOP     (18.0 * MM)
#define CONTENT_WIDTH  (PAGE_WIDTH - 2 * MARGIN_X)
#define CONTENT_BOTTOM (PAGE_HEIGHT - 24.0 * MM)
#define CONTENT_HEIGHT (CONTENT_BOTTOM - MARGIN_TOP)
#define FOOTER_RULE_Y  (PAGE_HEIGHT - 17.0 * MM)
#define FOOTER_Y       (PAGE_HEIGHT - 15.5 * MM)
#define HEADER_Y       (10.0 * MM)

/* An activity: its clock times in a column of their own, the rest beside. */
#define TIME_WIDTH     (27.0 * MM)
#define TEXT_X         (MARGIN_X + TIME_WIDTH)
#define TEXT_WIDTH     (CONTENT_WIDTH - TIME_WIDTH)

/* Lines of an activity's instructions that stay with its title when a page
 * break has to go through an activity longer than a page. */
#define KEEP_LINES     3

static const KoloColour rule_colour = KOLO_RGB (KOLO_PDF_RULE);
static const KoloColour hair_colour = KOLO_RGB (KOLO_PDF_HAIR);
static const KoloColour band_colour = KOLO_RGB (KOLO_PDF_BAND);
static const KoloColour accent_colour = KOLO_RGB (KOLO_PDF_ACCENT);

/* The app's colour for each kind of activity (data/style.css), as a dot. */
static const KoloColour kind_colours[KOLO_N_ACTIVITY_KINDS] = {
  [KOLO_ACTIVITY_INPUT]      = KOLO_RGB (0x1c71d8),
  [KOLO_ACTIVITY_DISCUSSION] = KOLO_RGB (0x2190a4),
  [KOLO_ACTIVITY_BRAINSTORM] = KOLO_RGB (0xe5a50a),
  [KOLO_ACTIVITY_ROLE_PLAY]  = KOLO_RGB (0xc061cb),
  [KOLO_ACTIVITY_EXERCISE]   = KOLO_RGB (0x2ec27e),
  [KOLO_ACTIVITY_BREAK]      = KOLO_RGB (0x865e3c),
  [KOLO_ACTIVITY_LUNCH]      = KOLO_RGB (0xe66100),
  [KOLO_ACTIVITY_FEEDBACK]   = KOLO_RGB (0xe01b24),
  [KOLO_ACTIVITY_OTHER]      = KOLO_RGB (0x77767b),
};

static const KoloTextStyle kicker_style       = { 9.0,  BOLD,    ACCENT, 1.2, FALSE };
static const KoloTextStyle title_style        = { 24.0, BOLD,    INK,    0.0, FALSE };
static const KoloTextStyle details_style      = { 11.5, REGULAR, BODY,   0.0, TRUE };
static const KoloTextStyle label_style        = { 7.5,  BOLD,    MUTED,  0.8, FALSE };
static const KoloTextStyle person_style       = { 10.0, REGULAR, INK,    0.0, FALSE };
static const KoloTextStyle day_number_style   = { 15.0, BOLD,    ACCENT, 0.0, FALSE };
static const KoloTextStyle day_date_style     = { 15.0, REGULAR, INK,    0.0, FALSE };
static const KoloTextStyle day_span_style     = { 10.0, REGULAR, MUTED,  0.0, TRUE };
static const KoloTextStyle module_label_style = { 7.5,  BOLD,    ACCENT, 0.8, FALSE };
static const KoloTextStyle module_span_style  = { 8.5,  REGULAR, MUTED,  0.0, TRUE };
static const KoloTextStyle module_title_style = { 13.0, BOLD,    INK,    0.0, FALSE };
static const KoloTextStyle goal_style         = { 9.5,  REGULAR, MUTED,  0.0, FALSE };
static const KoloTextStyle time_style         = { 10.0, BOLD,    INK,    0.0, TRUE };
static const KoloTextStyle length_style       = { 8.5,  REGULAR, MUTED,  0.0, TRUE };
static const KoloTextStyle activity_style     = { 11.0, BOLD,    INK,    0.0, FALSE };
static const KoloTextStyle kind_style         = { 8.5,  REGULAR, MUTED,  0.0, FALSE };
static const KoloTextStyle instructions_style = { 9.5,  REGULAR, BODY,   0.0, FALSE };
static const KoloTextStyle pause_time_style   = { 10.0, REGULAR, MUTED,  0.0, TRUE };
static const KoloTextStyle pause_title_style  = { 10.5, REGULAR, BODY,   0.0, FALSE };
static const KoloTextStyle pause_text_style   = { 9.0,  REGULAR, MUTED,  0.0, FALSE };
static const KoloTextStyle empty_style        = { 10.0, REGULAR, MUTED,  0.0, FALSE };
static const KoloTextStyle footer_style       = { 8.0,  REGULAR, MUTED,  0.0, TRUE };
static const KoloTextStyle running_day_style  = { 8.0,  BOLD,    ACCENT, 0.0, FALSE };
static const KoloTextStyle running_date_style = { 8.0,  REGULAR, MUTED,  0.0, FALSE };

/* The writer: where it is on which page.  The agenda is laid out twice, with
 * the same measurements: first only to count the pages (for "Page 1 of 3"),
 * then to draw them; so both passes break the pages at the same places. */
typedef struct
{
  KoloEvent            *event;
  KoloPdf               pdf;
  gboolean              drawing;
  int                   page;       /* the current page, from 1 */
  int                   n_pages;    /* when drawing: how many there are */
  double                y;          /* where the next thing goes */
  gboolean              at_top;     /* nothing on this page yet */
  gboolean              after_pause;
  PangoLayout          *running_head;  /* the day that goes on to the next page */
} Handout;

static char *
format_span (int start,
             int minutes)
{
  g_autofree char *from = kolo_text_format_clock (start);
  g_autofree char *to = kolo_text_format_clock (start + minutes);

  /* Translators: a span of clock times, "10:00–10:15" */
  return g_strdup_printf (_("%s–%s"), from, to);
}

static PangoLayout *
rich_layout (Handout  *self,
             KoloRich *rich,
             double    width,
             double    spacing)
{
  return kolo_pdf_rich_layout (&self->pdf, rich, width, spacing);
}

static PangoLayout *
text_layout (Handout             *self,
             const char          *text,
             const KoloTextStyle *style,
             double               width,
             double               spacing)
{
  return kolo_pdf_text_layout (&self->pdf, text, style, width, spacing);
}

/* Drawing ----------------------------------------------------------------- */

static void
show (Handout     *self,
      PangoLayout *layout,
      double       x,
      double       y)
{
  if (!self->drawing)
    return;
  cairo_move_to (self->pdf.cr, x, y);
  pango_cairo_show_layout (self->pdf.cr, layout);
}

static void
fill_rectangle (Handout          *self,
                double            x,
                double            y,
                double            width,
                double            height,
                const KoloColour *colour)
{
  if (!self->drawing)
    return;
  cairo_set_source_rgb (self->pdf.cr, colour->r, colour->g, colour->b);
  cairo_rectangle (self->pdf.cr, x, y, width, height);
  cairo_fill (self->pdf.cr);
}

static void
draw_footer (Handout *self)
{
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) right = NULL;
  g_autoptr(GString) text = g_string_new (kolo_event_get_title (self->event));
  g_autofree char *page = NULL;

  if (kolo_event_get_first_date (self->event) != NULL)
    {
      g_autofree char *range = kolo_text_format_date_range (kolo_event_get_first_date (self->event),
                                                            kolo_event_get_last_date (self->event));
      g_string_append_printf (text, " · %s", range);
    }

  /* Translators: the footer of every page of the printed agenda */
  page = g_strdup_printf (_("Page %d of %d"), self->page, self->n_pages);
  right = text_layout (self, page, &footer_style, 0, 0);
  left = text_layout (self, text->str, &footer_style, 0, 0);
  pango_layout_set_width (left,
                          pango_units_from_double (CONTENT_WIDTH - kolo_layout_width (right) -
                                                   24));
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);

  fill_rectangle (self, MARGIN_X, FOOTER_RULE_Y, CONTENT_WIDTH, 0.5, &rule_colour);
  show (self, left, MARGIN_X, FOOTER_Y);
  show (self, right, MARGIN_X + CONTENT_WIDTH - kolo_layout_width (right), FOOTER_Y);
}

/* Pages ------------------------------------------------------------------- */

static void
new_page (Handout *self)
{
  if (self->drawing)
    {
      draw_footer (self);
      cairo_show_page (self->pdf.cr);
      /* A page that goes on with a day says which day, above the margin
       * (so it moves nothing). */
      if (self->running_head != NULL)
        show (self, self->running_head, MARGIN_X, HEADER_Y);
    }
  self->page++;
  self->y = MARGIN_TOP;
  self->at_top = TRUE;
  self->after_pause = FALSE;
}

/* Starts a new page unless @height fits on this one; a page that has
 * nothing yet takes whatever comes. */
static void
make_room (Handout *self,
           double   height)
{
  if (!self->at_top && self->y + height > CONTENT_BOTTOM)
    new_page (self);
}

static void
advance (Handout *self,
         double   height)
{
  self->y += height;
  self->at_top = FALSE;
}

/* Space above a heading, but not at the top of a page. */
static void
space (Handout *self,
       double   height)
{
  if (!self->at_top)
    self->y += height;
}

/* The event's header ------------------------------------------------------ */

static void
place_person (Handout     *self,
              const char  *label,
              const char  *names,
              double       label_width)
{
  g_autofree char *upper = g_utf8_strup (label, -1);
  g_autoptr(PangoLayout) label_layout = text_layout (self, upper, &label_style, 0, 0);
  g_autoptr(PangoLayout) names_layout = text_layout (self, names, &person_style,
                                                     CONTENT_WIDTH - label_width, 1.1);
  double shift = kolo_layout_baseline (names_layout) - kolo_layout_baseline (label_layout);

  show (self, label_layout, MARGIN_X, self->y + shift);
  show (self, names_layout, MARGIN_X + label_width, self->y);
  advance (self, kolo_layout_height (names_layout) + 3);
}

static double
label_width (Handout    *self,
             const char *label)
{
  g_autofree char *upper = g_utf8_strup (label, -1);
  g_autoptr(PangoLayout) layout = text_layout (self, upper, &label_style, 0, 0);

  return kolo_layout_width (layout);
}

static void
place_event_header (Handout *self)
{
  KoloEvent *event = self->event;
  const char * const *trainers = kolo_event_get_trainers (event);
  g_autofree char *kicker = g_utf8_strup (_("Agenda"), -1);
  g_autofree char *organizer = kolo_pdf_text_or_null (kolo_event_get_organizer (event));
  g_autofree char *city = kolo_pdf_text_or_null (kolo_event_get_city (event));
  g_autofree char *venue = kolo_pdf_text_or_null (kolo_event_get_venue (event));
  g_autofree char *names = NULL;
  g_autoptr(GString) details = g_string_new (NULL);
  g_autoptr(PangoLayout) kicker_layout = text_layout (self, kicker, &kicker_style, 0, 0);
  g_autoptr(PangoLayout) title = text_layout (self, kolo_event_get_title (event), &title_style,
                                              CONTENT_WIDTH, 1.05);
  const char *organizer_label = _("Organizer");
  const char *trainers_label = NULL;
  double labels = 0;

  if (trainers != NULL && trainers[0] != NULL)
    {
      names = g_strjoinv (", ", (char **) trainers);
      /* Translators: the label before the trainers' names in the printed agenda */
      trainers_label = g_dngettext (GETTEXT_PACKAGE, "Trainer", "Trainers",
                                    g_strv_length ((char **) trainers));
    }

  if (kolo_event_get_first_date (event) != NULL)
    {
      g_autofree char *range = kolo_text_format_date_range (kolo_event_get_first_date (event),
                                                            kolo_event_get_last_date (event));
      g_string_append (details, range);
    }
  if (city != NULL)
    g_string_append_printf (details, "%s%s", details->len > 0 ? " · " : "", city);
  if (venue != NULL)
    g_string_append_printf (details, "%s%s", details->len > 0 ? " · " : "", venue);

  show (self, kicker_layout, MARGIN_X, self->y);
  advance (self, kolo_layout_height (kicker_layout) + 4);
  show (self, title, MARGIN_X, self->y);
  advance (self, kolo_layout_height (title) + 6);

  if (details->len > 0)
    {
      g_autoptr(PangoLayout) layout = text_layout (self, details->str, &details_style,
                                                   CONTENT_WIDTH, 1.1);

      show (self, layout, MARGIN_X, self->y);
      advance (self, kolo_layout_height (layout) + 10);
    }

  /* Labels in a column of their own, the names beside them, in line with
   * the activities' titles when the labels are short enough. */
  if (organizer != NULL)
    labels = MAX (labels, label_width (self, organizer_label));
  if (names != NULL)
    labels = MAX (labels, label_width (self, trainers_label));
  labels = MAX (labels + 10, TIME_WIDTH);
  if (organizer != NULL)
    place_person (self, organizer_label, organizer, labels);
  if (names != NULL)
    place_person (self, trainers_label, names, labels);

  advance (self, 8);
  fill_rectangle (self, MARGIN_X, self->y, CONTENT_WIDTH, 0.75, &rule_colour);
  advance (self, 0.75);
}

/* Activities -------------------------------------------------------------- */

typedef struct
{
  double x, top, bottom, baseline;
} LineBox;

typedef struct
{
  KoloActivityKind  kind;
  gboolean          pause;
  PangoLayout      *time;
  PangoLayout      *length;
  PangoLayout      *title;
  PangoLayout      *kind_label;
  PangoLayout      *instructions;   /* or NULL */
  GArray           *lines;          /* of LineBox: the instructions' lines */
  double            pad;
  double            header;         /* the times, the title and the kind */
  double            height;         /* all of it, padding included */
} ActivityBlock;

#define INSTRUCTIONS_GAP 4.0
#define BAND_BLEED       6.0

static void
activity_block_free (ActivityBlock *block)
{
  g_clear_object (&block->time);
  g_clear_object (&block->length);
  g_clear_object (&block->title);
  g_clear_object (&block->kind_label);
  g_clear_object (&block->instructions);
  g_clear_pointer (&block->lines, g_array_unref);
  g_free (block);
}

/* The height of the part of @block with the lines from @first to @last
 * (not included); the first part has the header. */
static double
activity_part_height (ActivityBlock *block,
                      guint          first,
                      guint          last)
{
  double height = 2 * block->pad;

  if (first == 0)
    height += block->header + (block->lines->len > 0 ? INSTRUCTIONS_GAP : 0);
  if (last > first)
    height += g_array_index (block->lines, LineBox, last - 1).bottom -
              g_array_index (block->lines, LineBox, first).top;
  return height;
}

/* What must stay on one page with a heading above the activity: all of it
 * when it fits on a page, otherwise its header and first lines. */
static double
activity_keep_height (ActivityBlock *block)
{
  if (block->height <= CONTENT_HEIGHT)
    return block->height;
  return activity_part_height (block, 0, MIN (block->lines->len, KEEP_LINES));
}

static ActivityBlock *
activity_block_new (Handout      *self,
                    KoloActivity *activity)
{
  ActivityBlock *block = g_new0 (ActivityBlock, 1);
  int start = kolo_activity_get_start_minute (activity);
  int minutes = kolo_activity_get_minutes (activity);
  g_autofree char *span = format_span (start, minutes);
  g_autofree char *length = kolo_text_format_duration (minutes);
  g_autofree char *instructions =
    kolo_pdf_text_or_null (kolo_activity_get_instructions (activity));
  double left, right;

  /* Participants' text only: never the trainer's notes or materials. */
  block->kind = kolo_activity_get_kind (activity);
  block->pause = kolo_activity_kind_is_pause (block->kind);
  block->pad = block->pause ? 6 : 8;
  block->time = text_layout (self, span, block->pause ? &pause_time_style : &time_style, 0, 0);
  block->length = text_layout (self, length, &length_style, 0, 0);
  block->title = text_layout (self, kolo_activity_get_title (activity),
                              block->pause ? &pause_title_style : &activity_style,
                              TEXT_WIDTH, 1.05);
  block->kind_label = text_layout (self, kolo_activity_kind_get_label (block->kind),
                                   &kind_style, TEXT_WIDTH - 10, 0);
  block->lines = g_array_new (FALSE, FALSE, sizeof (LineBox));

  if (instructions != NULL)
    {
      g_autoptr(PangoLayoutIter) iter = NULL;

      block->instructions = text_layout (self, instructions,
                                         block->pause ? &pause_text_style : &instructions_style,
                                         TEXT_WIDTH, 1.25);
      iter = pango_layout_get_iter (block->instructions);
      do
        {
          PangoRectangle logical;
          LineBox box;
          int top, bottom;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          pango_layout_iter_get_line_yrange (iter, &top, &bottom);
          box.x = pango_units_to_double (logical.x);
          box.top = pango_units_to_double (top);
          box.bottom = pango_units_to_double (bottom);
          box.baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter));
          g_array_append_val (block->lines, box);
        }
      while (pango_layout_iter_next_line (iter));
    }

  left = kolo_layout_height (block->time) + 1 + kolo_layout_height (block->length);
  right = kolo_layout_height (block->title) + 2 + kolo_layout_height (block->kind_label);
  block->header = MAX (left, right);
  block->height = activity_part_height (block, 0, block->lines->len);
  return block;
}

static void
draw_activity_part (Handout       *self,
                    ActivityBlock *block,
                    guint          first,
                    guint          last,
                    gboolean       separator)
{
  double height = activity_part_height (block, first, last);
  double y = self->y + block->pad;

  /* Breaks and lunch on a light band that reaches a little into the
   * margins, so their text stays in line with the rest. */
  if (block->pause)
    fill_rectangle (self, MARGIN_X - BAND_BLEED, self->y + 1, CONTENT_WIDTH + 2 * BAND_BLEED,
                    height - 2, &band_colour);
  else if (separator)
    fill_rectangle (self, MARGIN_X, self->y, CONTENT_WIDTH, 0.5, &hair_colour);

  if (first == 0)
    {
      const KoloColour *dot = &kind_colours[block->kind];
      double title_height = kolo_layout_height (block->title) + 2;
      show (self, block->time, MARGIN_X, y);
      show (self, block->length, MARGIN_X, y + kolo_layout_height (block->time) + 1);
      show (self, block->title, TEXT_X, y);
      if (self->drawing)
        {
          cairo_set_source_rgb (self->pdf.cr, dot->r, dot->g, dot->b);
          cairo_arc (self->pdf.cr, TEXT_X + 3,
                     y + title_height + kolo_layout_height (block->kind_label) / 2,
                     2.6, 0, 2 * G_PI);
          cairo_fill (self->pdf.cr);
        }
      show (self, block->kind_label, TEXT_X + 10, y + title_height);
      y += block->header + (block->lines->len > 0 ? INSTRUCTIONS_GAP : 0);
    }

  if (self->drawing && last > first)
    {
      double top = g_array_index (block->lines, LineBox, first).top;

      for (guint i = first; i < last; i++)
        {
          LineBox *box = &g_array_index (block->lines, LineBox, i);

          cairo_move_to (self->pdf.cr, TEXT_X + box->x, y + box->baseline - top);
          pango_cairo_show_layout_line (self->pdf.cr,
                                        pango_layout_get_line_readonly (block->instructions, i));
        }
    }

  advance (self, height);
}

static void
place_activity (Handout       *self,
                ActivityBlock *block,
                gboolean       first_in_module)
{
  guint n = block->lines->len;
  guint first = 0;
  gboolean separator;

  /* A whole activity on one page when it fits on one. */
  if (self->y + block->height > CONTENT_BOTTOM && block->height <= CONTENT_HEIGHT)
    new_page (self);
  else if (block->height > CONTENT_HEIGHT)
    make_room (self, activity_keep_height (block));

  separator = !first_in_module && !self->at_top && !block->pause && !self->after_pause;

  /* Longer than a page: as many lines as fit on each, never the title
   * alone at the bottom of one, and never one line alone at the top of
   * the next. */
  for (;;)
    {
      guint last = first;

      while (last < n && self->y + activity_part_height (block, first, last + 1) <= CONTENT_BOTTOM)
        last++;
      if (last == first && (n > 0 || self->at_top))
        last = MIN (first + 1, n);
      if (last + 1 == n && last - first > KEEP_LINES)
        last--;

      draw_activity_part (self, block, first, last, separator);
      if (last >= n)
        break;
      new_page (self);
      first = last;
      separator = FALSE;
    }

  self->after_pause = block->pause;
}

/* Modules ----------------------------------------------------------------- */

typedef struct
{
  PangoLayout *label;   /* "MODULE  10:00–17:15 · 7 h 15 min" */
  PangoLayout *title;
  PangoLayout *goal;    /* or NULL */
  GPtrArray   *activities;
  double       height;  /* of the heading */
} ModuleBlock;

#define MODULE_SPACE 16.0

static void
module_block_free (ModuleBlock *block)
{
  g_clear_object (&block->label);
  g_clear_object (&block->title);
  g_clear_object (&block->goal);
  g_clear_pointer (&block->activities, g_ptr_array_unref);
  g_free (block);
}

static ModuleBlock *
module_block_new (Handout    *self,
                  KoloModule *module)
{
  ModuleBlock *block = g_new0 (ModuleBlock, 1);
  GListModel *activities = kolo_module_get_activities (module);
  int minutes = kolo_module_get_planned_minutes (module);
  g_autofree char *label = g_utf8_strup (C_("agenda", "Module"), -1);
  g_autofree char *span = format_span (kolo_module_get_start_minute (module), minutes);
  g_autofree char *length = kolo_text_format_duration (minutes);
  g_autofree char *goal = kolo_pdf_text_or_null (kolo_module_get_goal (module));
  g_autofree char *aside = g_strdup_printf ("    %s · %s", span, length);
  g_auto(KoloRich) rich;

  kolo_rich_init (&rich);
  kolo_rich_add (&rich, label, &module_label_style);
  kolo_rich_add (&rich, aside, &module_span_style);
  block->label = rich_layout (self, &rich, CONTENT_WIDTH, 0);
  block->title = text_layout (self, kolo_module_get_title (module), &module_title_style,
                              CONTENT_WIDTH, 1.05);
  block->height = kolo_layout_height (block->label) + 2 + kolo_layout_height (block->title) + 6;
  if (goal != NULL)
    {
      block->goal = text_layout (self, goal, &goal_style, CONTENT_WIDTH, 1.2);
      block->height += kolo_layout_height (block->goal) + 4;
    }

  block->activities = g_ptr_array_new_with_free_func ((GDestroyNotify) activity_block_free);
  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(KoloActivity) activity = g_list_model_get_item (activities, i);

      g_ptr_array_add (block->activities, activity_block_new (self, activity));
    }
  return block;
}

/* The module's heading with its first activity (or as much of it as must
 * stay with it). */
static double
module_keep_height (ModuleBlock *block)
{
  double height = MODULE_SPACE + block->height;

  if (block->activities->len > 0)
    height += activity_keep_height (block->activities->pdata[0]);
  return height;
}

static void
place_module (Handout     *self,
              ModuleBlock *block)
{
  make_room (self, module_keep_height (block));
  space (self, MODULE_SPACE);

  show (self, block->label, MARGIN_X, self->y);
  advance (self, kolo_layout_height (block->label) + 2);
  show (self, block->title, MARGIN_X, self->y);
  advance (self, kolo_layout_height (block->title) + 6);
  if (block->goal != NULL)
    {
      show (self, block->goal, MARGIN_X, self->y);
      advance (self, kolo_layout_height (block->goal) + 4);
    }
  self->after_pause = FALSE;

  for (guint i = 0; i < block->activities->len; i++)
    place_activity (self, block->activities->pdata[i], i == 0);
}

/* Days -------------------------------------------------------------------- */

#define DAY_SPACE 24.0

static void
place_day (Handout *self,
           KoloDay *day)
{
  GListModel *modules = kolo_day_get_modules (day);
  const GDate *date = kolo_day_get_date (day);
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) module_block_free);
  g_autoptr(PangoLayout) heading = NULL;
  g_autoptr(PangoLayout) span = NULL;
  g_autoptr(PangoLayout) empty = NULL;
  g_autofree char *number = NULL;
  g_autofree char *date_text = NULL;
  g_auto(KoloRich) rich;
  g_auto(KoloRich) running;
  double keep, span_width = 0;

  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(KoloModule) module = g_list_model_get_item (modules, i);

      g_ptr_array_add (blocks, module_block_new (self, module));
    }

  /* "Day 1   Monday, 11 November 2013", its hours at the right. */
  if (blocks->len > 0)
    {
      g_autofree char *text = format_span (kolo_day_get_start_minute (day),
                                           kolo_day_get_planned_minutes (day));

      span = text_layout (self, text, &day_span_style, 0, 0);
      span_width = kolo_layout_width (span) + 12;
    }
  kolo_rich_init (&rich);
  kolo_rich_init (&running);
  number = g_strdup_printf (_("Day %u"), kolo_day_get_number (day));
  kolo_rich_add (&rich, number, &day_number_style);
  kolo_rich_add (&running, number, &running_day_style);
  if (date != NULL && g_date_valid (date))
    {
      date_text = kolo_text_format_date (date);
      kolo_rich_add (&rich, "   ", &day_date_style);
      kolo_rich_add (&rich, date_text, &day_date_style);
      kolo_rich_add (&running, "   ", &running_date_style);
      kolo_rich_add (&running, date_text, &running_date_style);
    }
  heading = rich_layout (self, &rich, CONTENT_WIDTH - span_width, 0);

  keep = DAY_SPACE + kolo_layout_height (heading) + 7;
  if (blocks->len > 0)
    keep += module_keep_height (blocks->pdata[0]);
  else
    {
      empty = text_layout (self, _("(nothing planned yet)"), &empty_style, CONTENT_WIDTH, 0);
      keep += 10 + kolo_layout_height (empty);
    }
  /* A day that starts on a new page needs no running head there. */
  g_clear_object (&self->running_head);
  make_room (self, keep);
  space (self, DAY_SPACE);
  self->running_head = rich_layout (self, &running, CONTENT_WIDTH, 0);

  /* The days are the PDF's outline, for viewers that show one. */
  if (self->drawing)
    {
      /* Whole points: the link is parsed in the C locale, whatever ours. */
      g_autofree char *link = g_strdup_printf ("page=%d pos=[%d %d]", self->page,
                                               (int) MARGIN_X, (int) self->y);
      g_autofree char *entry = date_text != NULL ? g_strdup_printf ("%s · %s", number, date_text)
                                                 : g_strdup (number);

      cairo_pdf_surface_add_outline (cairo_get_target (self->pdf.cr), CAIRO_PDF_OUTLINE_ROOT,
                                     entry, link, 0);
    }

  show (self, heading, MARGIN_X, self->y);
  if (span != NULL)
    show (self, span, MARGIN_X + CONTENT_WIDTH - kolo_layout_width (span),
          self->y + kolo_layout_baseline (heading) - kolo_layout_baseline (span));
  advance (self, kolo_layout_height (heading) + 5);
  fill_rectangle (self, MARGIN_X, self->y, CONTENT_WIDTH, 1.25, &accent_colour);
  advance (self, 2);

  if (empty != NULL)
    {
      advance (self, 10);
      show (self, empty, MARGIN_X, self->y);
      advance (self, kolo_layout_height (empty));
    }

  for (guint i = 0; i < blocks->len; i++)
    place_module (self, blocks->pdata[i]);
}

static void
render (Handout *self)
{
  GListModel *days = kolo_event_get_days (self->event);

  self->page = 1;
  self->y = MARGIN_TOP;
  self->at_top = TRUE;
  self->after_pause = FALSE;

  place_event_header (self);
  for (guint i = 0; i < g_list_model_get_n_items (days); i++)
    {
      g_autoptr(KoloDay) day = g_list_model_get_item (days, i);

      place_day (self, day);
    }

  if (self->drawing)
    {
      draw_footer (self);
      cairo_show_page (self->pdf.cr);
    }
  g_clear_object (&self->running_head);
}

/* Output ------------------------------------------------------------------ */

/**
 * kolo_handout_write:
 * @event: the event
 * @out: where the PDF goes; it is flushed, not closed
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes @event's agenda as a handout for the participants: an A4 PDF with
 * the event's details, then every day, module and activity with its clock
 * times, kind, length and the instructions for participants.  The trainer's
 * notes and the materials are never in it.  Fixed words are in the user's
 * language, dates in the user's locale; page breaks keep an activity
 * together when it fits on a page, and never leave a heading at the foot
 * of one.
 *
 * On failure @out may have received part of a PDF: write to a temporary
 * place (g_file_replace(), a #GMemoryOutputStream) when that matters.
 *
 * Returns: %TRUE when the whole PDF was written
 */
gboolean
kolo_handout_write (KoloEvent      *event,
                    GOutputStream  *out,
                    GCancellable   *cancellable,
                    GError        **error)
{
  Handout handout = { 0 };
  cairo_status_t status;
  g_autofree char *organizer = NULL;

  g_return_val_if_fail (KOLO_IS_EVENT (event), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  organizer = kolo_pdf_text_or_null (kolo_event_get_organizer (event));
  kolo_pdf_open (&handout.pdf, out, cancellable, PAGE_WIDTH, PAGE_HEIGHT,
                 kolo_event_get_title (event), organizer);
  handout.event = event;

  render (&handout);
  handout.n_pages = handout.page;
  handout.drawing = TRUE;
  render (&handout);
  g_warn_if_fail (handout.page == handout.n_pages);

  if (!kolo_pdf_close (&handout.pdf, &status, error))
    {
      if (status != CAIRO_STATUS_SUCCESS)
        /* Translators: %s is cairo's reason, in English */
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not make the handout: %s"),
                     cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
