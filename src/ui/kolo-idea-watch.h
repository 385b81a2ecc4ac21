/* kolo-idea-watch.h — re-filtering and re-sorting views of ideas when the
 * ideas themselves change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _KoloIdeaWatch KoloIdeaWatch;

KoloIdeaWatch *kolo_idea_watch_new  (GListModel    *ideas,
                                     GtkFilter     *filter,
                                     GtkSorter     *sorter);
void           kolo_idea_watch_free (KoloIdeaWatch *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoloIdeaWatch, kolo_idea_watch_free)

G_END_DECLS
