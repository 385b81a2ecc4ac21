/* kolo-board-export.c — a board taken home: what every export shows, and
 * the Markdown and CSV exports (the image is in kolo-board-image.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-board-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kolo-board-export-private.h"

void
_kolo_board_export_group_free (Group *group)
{
  g_clear_object (&group->cluster);
  g_ptr_array_unref (group->ideas);
  g_free (group);
}

static int
compare_votes (gconstpointer a,
               gconstpointer b)
{
  int va = kolo_idea_get_votes (*(KoloIdea **) a);
  int vb = kolo_idea_get_votes (*(KoloIdea **) b);

  return (vb > va) - (vb < va);
}

static Group *
group_new (KoloBoard   *board,
           KoloCluster *cluster,
           GListModel  *ideas)
{
  Group *group = g_new0 (Group, 1);

  group->cluster = cluster ? g_object_ref (cluster) : NULL;
  group->ideas = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      KoloIdea *idea = g_list_model_get_item (ideas, i);

      if (kolo_idea_get_pending (idea))
        {
          g_object_unref (idea);
          continue;
        }
      group->votes += kolo_idea_get_votes (idea);
      g_ptr_array_add (group->ideas, idea);
    }

  /* g_ptr_array_sort() is stable: equal votes keep the board's order. */
  if (kolo_board_get_sort_by_votes (board))
    g_ptr_array_sort (group->ideas, compare_votes);
  return group;
}

/* The clusters in the board's order, then "Ungrouped" when it has ideas:
 * the same order in every export. */
GPtrArray *
_kolo_board_export_collect_groups (KoloBoard *board)
{
  GPtrArray *groups;
  GListModel *clusters = kolo_board_get_clusters (board);
  Group *ungrouped;

  groups = g_ptr_array_new_with_free_func ((GDestroyNotify) _kolo_board_export_group_free);
  for (guint i = 0; i < g_list_model_get_n_items (clusters); i++)
    {
      g_autoptr(KoloCluster) cluster = g_list_model_get_item (clusters, i);

      g_ptr_array_add (groups, group_new (board, cluster, kolo_cluster_get_ideas (cluster)));
    }

  ungrouped = group_new (board, NULL, kolo_board_get_ungrouped (board));
  if (ungrouped->ideas->len > 0)
    g_ptr_array_add (groups, ungrouped);
  else
    _kolo_board_export_group_free (ungrouped);
  return groups;
}

/* The author to show: none on an anonymous board, whatever an idea holds. */
const char *
_kolo_board_export_idea_author (KoloBoard *board,
                                KoloIdea  *idea)
{
  const char *author = kolo_idea_get_author (idea);

  if (kolo_board_get_anonymous (board) || author == NULL || *author == '\0')
    return NULL;
  return author;
}

char *
_kolo_board_export_format_votes (int votes)
{
  /* Translators: an idea's or a cluster's dot votes, in exports: "(3 votes)",
   * "Ideas · 7 votes" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d vote", "%d votes", votes), votes);
}

/* Markdown ---------------------------------------------------------------- */

/* Whether a line that starts at @p would start a quote, a list item, a
 * rule or a setext heading's underline. */
static gboolean
starts_block (const char *p,
              const char *end)
{
  const char *q = p + 1;

  if (*p == '>')
    return TRUE;
  if (*p != '-' && *p != '+' && *p != '=')
    return FALSE;
  if (q == end || *q == ' ' || *q == '\t')
    return TRUE;
  /* "---" or "===" alone on its line */
  while (*p != '+' && q < end && (*q == *p || *q == ' ' || *q == '\t'))
    q++;
  return *p != '+' && q == end;
}

/* Appends one line of plain text so that Markdown shows it as typed:
 * characters that start markup anywhere are escaped with a backslash,
 * and so are those that start a block (a heading, a quote, a list, a rule,
 * a setext underline) at the start of a line.  Leading and trailing white
 * space is dropped: Markdown would turn the first into code. */
static void
md_append_line (GString    *out,
                const char *line,
                gsize       length,
                gboolean    line_start)
{
  const char *end = line + length;
  const char *p = line;

  while (p < end && (*p == ' ' || *p == '\t'))
    p++;
  while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
    end--;

  if (line_start && p < end)
    {
      const char *digits = p;

      while (digits < end && g_ascii_isdigit (*digits))
        digits++;
      if (starts_block (p, end))
        g_string_append_c (out, '\\');
      else if (digits > p && digits < end && (*digits == '.' || *digits == ')') &&
               (digits + 1 == end || digits[1] == ' ' || digits[1] == '\t'))
        {
          g_string_append_len (out, p, digits - p);
          g_string_append_c (out, '\\');
          p = digits;
        }
    }

  for (; p < end; p++)
    {
      if (strchr ("\\`*_[]<#|~", *p) != NULL ||
          (*p == '&' && p + 1 < end && (g_ascii_isalnum (p[1]) || p[1] == '#')))
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

/* Text on one line: a heading, an author. */
static void
md_append_inline (GString    *out,
                  const char *text)
{
  g_autofree char *flat = g_strdup (text);

  g_strdelimit (flat, "\r\n\t", ' ');
  md_append_line (out, flat, strlen (flat), FALSE);
}

/* An idea as a list item: its lines kept apart by hard line breaks (a
 * backslash at the end of a line), a blank line kept as a new paragraph,
 * every line indented to stay inside the item. */
static void
md_append_idea (GString    *out,
                KoloBoard  *board,
                KoloIdea   *idea)
{
  g_autofree char *text = g_strdup (kolo_idea_get_text (idea));
  g_auto(GStrv) lines = NULL;
  const char *author = _kolo_board_export_idea_author (board, idea);
  int votes = kolo_idea_get_votes (idea);
  gboolean started = FALSE, blank = FALSE;

  /* \r\n and \r are line breaks too. */
  for (char *p = text; *p != '\0'; p++)
    if (*p == '\r')
      *p = p[1] == '\n' ? ' ' : '\n';
  lines = g_strsplit (text, "\n", -1);

  g_string_append (out, "- ");
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strchomp (lines[i]);
      if (*g_strchug (lines[i]) == '\0')
        {
          blank = started;
          continue;
        }
      if (started)
        g_string_append (out, blank ? "\n\n  " : "\\\n  ");
      md_append_line (out, lines[i], strlen (lines[i]), TRUE);
      started = TRUE;
      blank = FALSE;
    }

  if (votes > 0)
    {
      g_autofree char *count = _kolo_board_export_format_votes (votes);
      g_string_append_printf (out, " (%s)", count);
    }
  if (author != NULL)
    {
      g_string_append (out, " — ");
      md_append_inline (out, author);
    }
  g_string_append_c (out, '\n');
}

/**
 * kolo_board_to_markdown:
 * @self: a board
 *
 * The board as a Markdown document: the question as the title, then every
 * cluster as a section (its total votes in the heading when it has any),
 * then "Ungrouped", each idea a list item with its votes and author.  Ideas
 * keep the board's order, or go by votes (most first) when the board sorts
 * by votes.  Pending ideas are left out; text is escaped so that it reads
 * as it was typed.
 *
 * Returns: (transfer full): the document, UTF-8, lines ending in \n
 */
char *
kolo_board_to_markdown (KoloBoard *self)
{
  g_autoptr(GPtrArray) groups = NULL;
  GString *out;

  g_return_val_if_fail (KOLO_IS_BOARD (self), NULL);

  groups = _kolo_board_export_collect_groups (self);
  out = g_string_new ("# ");
  md_append_inline (out, kolo_board_get_question (self));
  g_string_append_c (out, '\n');

  for (guint g = 0; g < groups->len; g++)
    {
      Group *group = groups->pdata[g];

      g_string_append (out, "\n## ");
      if (group->cluster != NULL)
        {
          md_append_inline (out, kolo_cluster_get_title (group->cluster));
          if (group->votes > 0)
            {
              g_autofree char *count = _kolo_board_export_format_votes (group->votes);
              g_string_append_printf (out, " · %s", count);
            }
        }
      else
        /* Translators: the heading of a board's ideas that are in no cluster */
        md_append_inline (out, _("Ungrouped"));
      g_string_append_c (out, '\n');

      if (group->ideas->len > 0)
        g_string_append_c (out, '\n');
      for (guint i = 0; i < group->ideas->len; i++)
        md_append_idea (out, self, group->ideas->pdata[i]);
    }

  return g_string_free (out, FALSE);
}

/* CSV --------------------------------------------------------------------- */

/* RFC 4180: a field with a comma, a quote or a line break is quoted, its
 * quotes doubled. */
static void
csv_append_field (GString    *out,
                  const char *text,
                  gboolean    last)
{
  if (strpbrk (text, ",\"\r\n") == NULL)
    g_string_append (out, text);
  else
    {
      g_string_append_c (out, '"');
      for (const char *p = text; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  g_string_append (out, last ? "\r\n" : ",");
}

/* Local time, as a spreadsheet reads it: 2013-11-11 09:41:07. */
static char *
format_local_time (gint64 usec)
{
  gint64 seconds = usec / G_USEC_PER_SEC - (usec % G_USEC_PER_SEC < 0 ? 1 : 0);
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (seconds);

  if (time == NULL)
    return g_strdup ("");
  return g_strdup_printf ("%04d-%02d-%02d %02d:%02d:%02d",
                          g_date_time_get_year (time), g_date_time_get_month (time),
                          g_date_time_get_day_of_month (time), g_date_time_get_hour (time),
                          g_date_time_get_minute (time), g_date_time_get_second (time));
}

/**
 * kolo_board_to_csv:
 * @self: a board
 *
 * The board's approved ideas, one a row, in the order of
 * kolo_board_to_markdown(): `idea,cluster,votes,author,time`.  The header
 * is English on purpose: scripts read it.  RFC 4180 quoting, CRLF line
 * ends, UTF-8 with a byte-order mark so that spreadsheet apps read
 * Cyrillic right.  The cluster is empty for "Ungrouped"; the time is when
 * the idea was added, in local time, `YYYY-MM-DD HH:MM:SS`.
 *
 * Returns: (transfer full): the file's text
 */
char *
kolo_board_to_csv (KoloBoard *self)
{
  g_autoptr(GPtrArray) groups = NULL;
  GString *out;

  g_return_val_if_fail (KOLO_IS_BOARD (self), NULL);

  groups = _kolo_board_export_collect_groups (self);
  out = g_string_new ("\xEF\xBB\xBF" "idea,cluster,votes,author,time\r\n");

  for (guint g = 0; g < groups->len; g++)
    {
      Group *group = groups->pdata[g];
      const char *cluster = group->cluster ? kolo_cluster_get_title (group->cluster) : "";

      for (guint i = 0; i < group->ideas->len; i++)
        {
          KoloIdea *idea = group->ideas->pdata[i];
          const char *author = _kolo_board_export_idea_author (self, idea);
          g_autofree char *votes = g_strdup_printf ("%d", kolo_idea_get_votes (idea));
          g_autofree char *time = format_local_time (kolo_idea_get_created (idea));

          csv_append_field (out, kolo_idea_get_text (idea), FALSE);
          csv_append_field (out, cluster, FALSE);
          csv_append_field (out, votes, FALSE);
          csv_append_field (out, author ? author : "", FALSE);
          csv_append_field (out, time, TRUE);
        }
    }

  return g_string_free (out, FALSE);
}

