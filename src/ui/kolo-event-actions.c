/* kolo-event-actions.c — the same event actions on every widget that shows
 * one event (a library row, the event page)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-event-actions"

#include "config.h"

#include <string.h>

#include "kolo-event-actions.h"

/* PREFIX.NAME forwards to the window's action with the widget's event. */
static const struct {
  const char *name;
  const char *window_action;
} forwards[] = {
  { "open", "win.open-event" },
  { "duplicate", "win.duplicate-event" },
  { "save-template", "win.save-template" },
  { "export", "win.export-event" },
  { "export-template", "win.export-template" },
  { "print-handout", "win.print-handout" },
  { "archive", "win.archive-event" },
  { "unarchive", "win.unarchive-event" },
  { "delete", "win.delete-event" },
};

static void
forward_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  g_autoptr(KoloEvent) event = NULL;
  const char *name = strchr (action_name, '.') + 1;

  /* Every widget these actions live on has an "event" property. */
  g_object_get (widget, "event", &event, NULL);
  if (event == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (forwards); i++)
    if (g_str_equal (name, forwards[i].name))
      gtk_widget_activate_action (widget, forwards[i].window_action, "x",
                                  kolo_event_get_id (event));
}

void
kolo_event_actions_install (GtkWidgetClass *widget_class,
                            const char     *prefix)
{
  for (guint i = 0; i < G_N_ELEMENTS (forwards); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s.%s", prefix, forwards[i].name);
      gtk_widget_class_install_action (widget_class, name, NULL, forward_action);
    }
}

/* Archive and Restore show one at a time. */
void
kolo_event_actions_update (GtkWidget  *widget,
                           const char *prefix,
                           KoloEvent  *event)
{
  g_autofree char *archive = g_strdup_printf ("%s.archive", prefix);
  g_autofree char *unarchive = g_strdup_printf ("%s.unarchive", prefix);
  gboolean archived = event != NULL && kolo_event_get_archived (event);

  for (guint i = 0; i < G_N_ELEMENTS (forwards); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s.%s", prefix, forwards[i].name);
      gtk_widget_action_set_enabled (widget, name, event != NULL);
    }
  gtk_widget_action_set_enabled (widget, archive, event != NULL && !archived);
  gtk_widget_action_set_enabled (widget, unarchive, event != NULL && archived);
}
