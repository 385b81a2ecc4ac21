/* kolo-board-actions.c — what the trainer and the room do to a board: add,
 * vote, edit, move and delete ideas, and group them in clusters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-board-actions"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kolo-agenda-actions.h"
#include "kolo-board-actions.h"
#include "kolo-idea-editor.h"
#include "kolo-ui-util.h"
#include "kolo-window.h"

/* Like the agenda's: the core records every change in the event's history;
 * these functions choose where things go and say what went wrong. */

static KoloHistory *
history_of_board (KoloBoard *board)
{
  KoloEvent *event = board != NULL ? kolo_board_get_event (board) : NULL;

  return event != NULL ? kolo_event_get_history (event) : NULL;
}

static GtkWidget *
window_widget (GtkWidget *widget)
{
  KoloWindow *window = kolo_window_for_widget (widget);

  return window != NULL ? GTK_WIDGET (window) : widget;
}

/* The ideas list @idea is in: its cluster's, or the board's Ungrouped. */
static GListModel *
list_of (KoloIdea *idea)
{
  KoloCluster *cluster = kolo_idea_get_cluster (idea);

  return cluster != NULL ? kolo_cluster_get_ideas (cluster)
                         : kolo_board_get_ungrouped (kolo_idea_get_board (idea));
}

/* An author who is a participant of the event (the name as the list has
 * it, case and spacing aside) is linked to them: deleting the participant
 * then forgets the author too. */
static void
link_participant (KoloIdea *idea)
{
  KoloBoard *board = kolo_idea_get_board (idea);
  KoloEvent *event = board != NULL ? kolo_board_get_event (board) : NULL;
  const char *author = kolo_idea_get_author (idea);
  KoloParticipant *person;

  if (event != NULL && author != NULL &&
      (person = kolo_event_find_participant (event, author)) != NULL)
    kolo_idea_set_participant (idea, person);
}

/**
 * kolo_board_add_idea_from:
 * @text: where the idea was typed; emptied when it is added
 * @author: (nullable): where its author was typed; emptied too
 *
 * Adds what was typed as a new idea.  A refusal (empty, too long) is
 * returned in @error for the caller to show next to the entry.
 */
gboolean
kolo_board_add_idea_from (GtkWidget    *widget,
                          KoloBoard    *board,
                          GtkEditable  *text,
                          GtkEditable  *author,
                          GError      **error)
{
  KoloHistory *history = kolo_event_get_history (kolo_board_get_event (board));
  g_autoptr(KoloIdea) idea = NULL;

  /* Adding and linking the author: one step to undo. */
  kolo_history_begin_group (history);
  idea = kolo_board_add_idea (board, gtk_editable_get_text (text),
                              author != NULL ? gtk_editable_get_text (author) : NULL, error);
  if (idea != NULL)
    link_participant (idea);
  kolo_history_end_group (history);
  if (idea == NULL)
    return FALSE;

  gtk_editable_set_text (text, "");
  if (author != NULL)
    gtk_editable_set_text (author, "");
  return TRUE;
}

void
kolo_board_edit_idea (GtkWidget *widget,
                      KoloIdea  *idea)
{
  GtkWindow *editor = kolo_idea_editor_new (GTK_WINDOW (kolo_window_for_widget (widget)), idea);

  gtk_window_present (editor);
}

void
kolo_board_delete_idea (GtkWidget *widget,
                        KoloIdea  *idea)
{
  g_autoptr(KoloIdea) keep = g_object_ref (idea);
  KoloBoard *board = kolo_idea_get_board (idea);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  /* Found first: the note that asked may be recycled by the change. */
  widget = window_widget (widget);
  if (board == NULL)
    return;

  text = g_utf8_substring (kolo_idea_get_text (idea), 0, 40);
  if (!kolo_board_remove_idea (board, idea, &error))
    {
      kolo_widget_report_error (widget, _("Could Not Delete"), error);
      return;
    }
  kolo_agenda_undo_toast (widget, history_of_board (board),
                          kolo_toast_new (_("Idea “%s” deleted"), text));
}

/* The lists of a board from left to right: Ungrouped (NULL), then the
 * clusters. */
static KoloCluster *
neighbour_cluster (KoloIdea  *idea,
                   int        direction,
                   gboolean  *found)
{
  GListModel *clusters = kolo_board_get_clusters (kolo_idea_get_board (idea));
  KoloCluster *cluster = kolo_idea_get_cluster (idea);
  guint n = g_list_model_get_n_items (clusters);
  gint64 index = cluster != NULL ? (gint64) kolo_list_model_index_of (clusters, cluster) : -1;
  g_autoptr(KoloCluster) to = NULL;

  index += direction;
  *found = index >= -1 && index < (gint64) n;
  if (!*found || index == -1)
    return NULL;
  to = g_list_model_get_item (clusters, (guint) index);
  return to;   /* the board keeps it */
}

/**
 * kolo_board_move_idea_across:
 * @direction: -1 for the list on the left, 1 for the one on the right
 *
 * Moves @idea to the end of the neighbouring cluster.
 *
 * Returns: whether it moved
 */
gboolean
kolo_board_move_idea_across (GtkWidget *widget,
                             KoloIdea  *idea,
                             int        direction)
{
  g_autoptr(GError) error = NULL;
  KoloCluster *to;
  gboolean found;
  guint n;

  if (kolo_idea_get_board (idea) == NULL)
    return FALSE;
  to = neighbour_cluster (idea, direction, &found);
  if (!found)
    return FALSE;

  n = g_list_model_get_n_items (to != NULL ? kolo_cluster_get_ideas (to)
                                           : kolo_board_get_ungrouped (kolo_idea_get_board (idea)));
  if (!kolo_idea_move (idea, to, n, &error))
    return kolo_widget_report_error (widget, _("Could Not Move"), error);
  return TRUE;
}

/**
 * kolo_board_move_idea_along:
 * @direction: -1 to go up its list, 1 down
 *
 * Returns: whether it moved
 */
gboolean
kolo_board_move_idea_along (GtkWidget *widget,
                            KoloIdea  *idea,
                            int        direction)
{
  g_autoptr(GError) error = NULL;
  guint position;

  if (kolo_idea_get_board (idea) == NULL)
    return FALSE;
  position = kolo_list_model_index_of (list_of (idea), idea);
  if (position == G_MAXUINT || (direction < 0 && position == 0) ||
      (direction > 0 && position + 1 >= g_list_model_get_n_items (list_of (idea))))
    return FALSE;

  if (!kolo_idea_move (idea, kolo_idea_get_cluster (idea), position + direction, &error))
    return kolo_widget_report_error (widget, _("Could Not Move"), error);
  return TRUE;
}

/**
 * kolo_board_drop_idea:
 * @cluster: (nullable): where it was dropped; %NULL for Ungrouped
 * @before: (nullable): the idea it was dropped on; %NULL for the end
 *
 * Returns: whether it moved
 */
gboolean
kolo_board_drop_idea (GtkWidget   *widget,
                      KoloIdea    *idea,
                      KoloCluster *cluster,
                      KoloIdea    *before)
{
  g_autoptr(GError) error = NULL;
  KoloBoard *board = kolo_idea_get_board (idea);
  GListModel *list;
  guint position;

  if (board == NULL || (cluster != NULL && kolo_cluster_get_board (cluster) != board))
    return FALSE;

  list = cluster != NULL ? kolo_cluster_get_ideas (cluster) : kolo_board_get_ungrouped (board);
  position = before != NULL ? kolo_list_model_index_of (list, before) : G_MAXUINT;
  if (position == G_MAXUINT)
    position = g_list_model_get_n_items (list);
  /* Counted after the idea left its place, when it moves down its list. */
  if (kolo_idea_get_cluster (idea) == cluster)
    {
      guint old = kolo_list_model_index_of (list, idea);

      if (old < position)
        position--;
    }

  if (!kolo_idea_move (idea, cluster, position, &error))
    return kolo_widget_report_error (widget, _("Could Not Move"), error);
  return TRUE;
}

/**
 * kolo_board_add_cluster:
 *
 * Adds a cluster at the end, named for the trainer to rename.
 *
 * Returns: (transfer none) (nullable): the cluster
 */
KoloCluster *
kolo_board_add_cluster (GtkWidget *widget,
                        KoloBoard *board)
{
  GListModel *clusters = kolo_board_get_clusters (board);
  guint n = g_list_model_get_n_items (clusters);
  g_autoptr(KoloCluster) cluster = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  /* Translators: the name of a new cluster of ideas; %u counts them */
  title = g_strdup_printf (_("Group %u"), n + 1);
  cluster = kolo_cluster_new (title);
  kolo_cluster_set_color (cluster, (KoloNoteColor) ((n + 1) % KOLO_N_NOTE_COLORS));
  if (!kolo_board_insert_cluster (board, n, cluster, &error))
    {
      kolo_widget_report_error (widget, _("Could Not Add the Group"), error);
      return NULL;
    }
  return cluster;
}

void
kolo_board_delete_cluster (GtkWidget   *widget,
                           KoloCluster *cluster)
{
  g_autoptr(KoloCluster) keep = g_object_ref (cluster);
  KoloBoard *board = kolo_cluster_get_board (cluster);
  g_autoptr(GError) error = NULL;

  widget = window_widget (widget);
  if (board == NULL)
    return;

  if (!kolo_board_remove_cluster (board, cluster, &error))
    {
      kolo_widget_report_error (widget, _("Could Not Delete"), error);
      return;
    }
  kolo_agenda_undo_toast (widget, history_of_board (board),
                          kolo_toast_new (_("Group “%s” deleted; its ideas are ungrouped"),
                                          kolo_cluster_get_title (cluster)));
}

void
kolo_board_merge_cluster (GtkWidget   *widget,
                          KoloCluster *from,
                          KoloCluster *into)
{
  g_autoptr(KoloCluster) keep = g_object_ref (from);
  KoloBoard *board = kolo_cluster_get_board (from);
  g_autoptr(GError) error = NULL;

  widget = window_widget (widget);
  if (board == NULL || from == into)
    return;

  if (!kolo_board_merge_clusters (board, from, into, &error))
    {
      kolo_widget_report_error (widget, _("Could Not Merge"), error);
      return;
    }
  kolo_agenda_undo_toast (widget, history_of_board (board),
                          kolo_toast_new (_("“%s” merged into “%s”"),
                                          kolo_cluster_get_title (from),
                                          kolo_cluster_get_title (into)));
}

void
kolo_board_reset_votes_of (GtkWidget *widget,
                           KoloBoard *board)
{
  g_autoptr(GError) error = NULL;

  widget = window_widget (widget);
  if (!kolo_board_reset_votes (board, &error))
    {
      kolo_widget_report_error (widget, _("Could Not Reset the Votes"), error);
      return;
    }
  kolo_agenda_undo_toast (widget, history_of_board (board),
                          adw_toast_new (_("Votes reset")));
}

/**
 * kolo_board_delete:
 *
 * Deletes @board with its ideas; the toast undoes it.
 */
void
kolo_board_delete (GtkWidget *widget,
                   KoloBoard *board)
{
  g_autoptr(KoloBoard) keep = g_object_ref (board);
  KoloEvent *event = kolo_board_get_event (board);
  g_autoptr(GError) error = NULL;
  g_autofree char *question = NULL;

  widget = window_widget (widget);
  if (event == NULL)
    return;

  question = g_utf8_substring (kolo_board_get_question (board), 0, 40);
  if (!kolo_event_remove_board (event, board, &error))
    {
      kolo_widget_report_error (widget, _("Could Not Delete"), error);
      return;
    }
  kolo_agenda_undo_toast (widget, kolo_event_get_history (event),
                          kolo_toast_new (_("Board “%s” deleted"), question));
}

/**
 * kolo_board_export_bytes:
 * @format: "md", "csv" or "png"
 *
 * Returns: (transfer full) (nullable): the board in @format
 */
GBytes *
kolo_board_export_bytes (KoloBoard   *board,
                         const char  *format,
                         GError     **error)
{
  char *text;

  if (g_str_equal (format, "png"))
    {
      g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

      if (!kolo_board_write_png (board, 1920, out, NULL, error) ||
          !g_output_stream_close (out, NULL, error))
        return NULL;
      return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
    }

  text = g_str_equal (format, "csv") ? kolo_board_to_csv (board) : kolo_board_to_markdown (board);
  return g_bytes_new_take (text, strlen (text));
}

/**
 * kolo_board_export:
 * @format: "md", "csv" or "png"
 *
 * Asks where, then saves the board as Markdown, CSV or an image.
 */
void
kolo_board_export (GtkWidget  *widget,
                   KoloBoard  *board,
                   const char *format)
{
  KoloWindow *window = kolo_window_for_widget (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *slug = NULL;
  g_autofree char *name = NULL;
  const char *title;

  if (window == NULL)
    return;

  if ((bytes = kolo_board_export_bytes (board, format, &error)) == NULL)
    {
      kolo_widget_report_error (widget, _("Could Not Export"), error);
      return;
    }

  if (g_str_equal (format, "png"))
    {
      gtk_file_filter_set_name (filter, _("PNG Images"));
      gtk_file_filter_add_mime_type (filter, "image/png");
      title = _("Export Board as Image");
    }
  else if (g_str_equal (format, "csv"))
    {
      gtk_file_filter_set_name (filter, _("CSV Spreadsheets"));
      gtk_file_filter_add_mime_type (filter, "text/csv");
      title = _("Export Board as Spreadsheet");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("Markdown Documents"));
      gtk_file_filter_add_mime_type (filter, "text/markdown");
      title = _("Export Board as Markdown");
    }
  gtk_file_filter_add_suffix (filter, format);

  slug = kolo_text_slugify (kolo_board_get_question (board));
  /* Translators: the suggested name of a board's export; %s is the
   * question made fit for a file name, the second %s the extension */
  name = g_strdup_printf (_("%s-ideas.%s"), slug, format);
  kolo_window_save_as (window, title, filter, name, bytes);
}

static KoloEvent *
event_of_activity (KoloActivity *activity)
{
  KoloModule *module = kolo_activity_get_module (activity);
  KoloDay *day = module != NULL ? kolo_module_get_day (module) : NULL;

  return day != NULL ? kolo_day_get_event (day) : NULL;
}

/**
 * kolo_board_for_activity:
 * @activity: a brainstorm activity of an event
 *
 * The activity's board; made, with the activity's title as its question,
 * the first time it is asked for (when the brainstorm starts, or the
 * trainer prepares it).
 *
 * Returns: (transfer none) (nullable): the board, or %NULL when it could
 *   not be made (the user is told)
 */
KoloBoard *
kolo_board_for_activity (GtkWidget    *widget,
                         KoloActivity *activity)
{
  KoloEvent *event = event_of_activity (activity);
  KoloBoard *board;
  g_autoptr(KoloBoard) made = NULL;
  g_autoptr(GError) error = NULL;

  if (event == NULL)
    return NULL;
  if ((board = kolo_event_find_board (event, activity)) != NULL)
    return board;

  made = kolo_board_new (kolo_activity_get_title (activity));
  kolo_board_set_activity (made, activity);
  if (!kolo_event_insert_board (event, g_list_model_get_n_items (kolo_event_get_boards (event)),
                                made, &error))
    {
      kolo_widget_report_error (widget, _("Could Not Add the Board"), error);
      return NULL;
    }
  return made;   /* the event keeps it */
}
