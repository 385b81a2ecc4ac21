/* kolo-idea-watch.c — re-filtering and re-sorting views of ideas when the
 * ideas themselves change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kolo-core.h"
#include "kolo-idea-watch.h"

/* GtkFilterListModel and GtkSortListModel look at an item when it comes,
 * not when it changes.  A watch follows every idea of a list: a vote
 * re-sorts, approving re-filters — once per main-loop turn, however many
 * ideas changed (a reset of the votes changes them all). */
struct _KoloIdeaWatch
{
  GListModel *ideas;
  GtkFilter  *filter;
  GtkSorter  *sorter;
  GHashTable *watched;   /* KoloIdea * → handler ID (the idea is not owned) */
  gulong      items_changed_id;
  guint       idle_id;
  gboolean    refilter;
  gboolean    resort;
};

static gboolean
changed_idle_cb (gpointer user_data)
{
  KoloIdeaWatch *self = user_data;

  self->idle_id = 0;
  if (self->refilter && self->filter != NULL)
    gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
  if (self->resort && self->sorter != NULL)
    gtk_sorter_changed (self->sorter, GTK_SORTER_CHANGE_DIFFERENT);
  self->refilter = self->resort = FALSE;
  return G_SOURCE_REMOVE;
}

static void
idea_notify_cb (GObject    *idea,
                GParamSpec *pspec,
                gpointer    user_data)
{
  KoloIdeaWatch *self = user_data;

  if (g_str_equal (pspec->name, "votes"))
    self->resort = TRUE;
  else if (g_str_equal (pspec->name, "pending"))
    self->refilter = TRUE;
  else
    return;
  if (self->idle_id == 0)
    self->idle_id = g_idle_add (changed_idle_cb, self);
}

static void
idea_finalized_cb (gpointer  user_data,
                   GObject  *where_the_idea_was)
{
  KoloIdeaWatch *self = user_data;

  g_hash_table_remove (self->watched, where_the_idea_was);
}

static void
watch (KoloIdeaWatch *self,
       GObject       *idea)
{
  gulong id;

  if (g_hash_table_contains (self->watched, idea))
    return;
  id = g_signal_connect (idea, "notify", G_CALLBACK (idea_notify_cb), self);
  g_object_weak_ref (idea, idea_finalized_cb, self);
  g_hash_table_insert (self->watched, idea, GSIZE_TO_POINTER (id));
}

static void
items_changed_cb (GListModel    *ideas,
                  guint          position,
                  guint          removed,
                  guint          added,
                  KoloIdeaWatch *self)
{
  /* An idea that left stays watched: it often comes back (a move), and a
   * change to it costs one re-sort at most. */
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GObject) idea = g_list_model_get_item (ideas, i);
      watch (self, idea);
    }
}

/**
 * kolo_idea_watch_new:
 * @ideas: a list of #KoloIdea, the source of the views
 * @filter: (nullable): re-filtered when an idea is approved
 * @sorter: (nullable): re-sorted when an idea's votes change
 */
KoloIdeaWatch *
kolo_idea_watch_new (GListModel *ideas,
                     GtkFilter  *filter,
                     GtkSorter  *sorter)
{
  KoloIdeaWatch *self = g_new0 (KoloIdeaWatch, 1);

  self->ideas = g_object_ref (ideas);
  self->filter = filter != NULL ? g_object_ref (filter) : NULL;
  self->sorter = sorter != NULL ? g_object_ref (sorter) : NULL;
  self->watched = g_hash_table_new (NULL, NULL);
  self->items_changed_id = g_signal_connect (ideas, "items-changed",
                                             G_CALLBACK (items_changed_cb), self);
  items_changed_cb (ideas, 0, 0, g_list_model_get_n_items (ideas), self);
  return self;
}

void
kolo_idea_watch_free (KoloIdeaWatch *self)
{
  GHashTableIter iter;
  gpointer idea, id;

  if (self == NULL)
    return;

  g_hash_table_iter_init (&iter, self->watched);
  while (g_hash_table_iter_next (&iter, &idea, &id))
    {
      g_signal_handler_disconnect (idea, GPOINTER_TO_SIZE (id));
      g_object_weak_unref (idea, idea_finalized_cb, self);
    }
  g_hash_table_destroy (self->watched);
  g_signal_handler_disconnect (self->ideas, self->items_changed_id);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_object (&self->ideas);
  g_clear_object (&self->filter);
  g_clear_object (&self->sorter);
  g_free (self);
}
