/* kolo-agenda-text.c — an event's agenda with clock times, as plain text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-agenda-text"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kolo-activity.h"
#include "kolo-agenda-text.h"
#include "kolo-day.h"
#include "kolo-module.h"
#include "kolo-text.h"

static void
append_span (GString *out,
             int      start,
             int      minutes)
{
  g_autofree char *from = kolo_text_format_clock (start);
  g_autofree char *to = kolo_text_format_clock (start + minutes);
  g_autofree char *length = kolo_text_format_duration (minutes);

  /* Translators: a span of clock times and its length: "10:00–17:15 (7 h 15 min)" */
  g_string_append_printf (out, _("%s–%s (%s)"), from, to, length);
}

static void
append_day (GString *out,
            KoloDay *day)
{
  GListModel *modules = kolo_day_get_modules (day);
  g_autofree char *date = kolo_text_format_date (kolo_day_get_date (day));

  /* Translators: the heading of a day in the agenda: "Day 1: Monday, 11 November 2013, " */
  g_string_append_printf (out, _("Day %u: %s, "), kolo_day_get_number (day), date);
  append_span (out, kolo_day_get_start_minute (day), kolo_day_get_planned_minutes (day));
  g_string_append_c (out, '\n');

  if (kolo_day_get_overruns (day))
    {
      g_autofree char *end = kolo_text_format_clock (kolo_day_get_end_minute (day));
      g_autofree char *over = kolo_text_format_duration (kolo_day_get_planned_end_minute (day) -
                                                          kolo_day_get_end_minute (day));

      /* Translators: a warning under a day: "the agenda runs 15 min past the day’s end at 17:00" */
      g_string_append_printf (out, _("  ! the agenda runs %s past the day’s end at %s\n"), over, end);
    }

  if (g_list_model_get_n_items (modules) == 0)
    g_string_append_printf (out, "  %s\n", _("(nothing planned yet)"));

  for (guint m = 0; m < g_list_model_get_n_items (modules); m++)
    {
      g_autoptr(KoloModule) module = g_list_model_get_item (modules, m);
      GListModel *activities = kolo_module_get_activities (module);

      g_string_append_c (out, '\n');
      /* Translators: a module's heading in the agenda: "Module “Title”, " */
      g_string_append_printf (out, _("  Module “%s”, "), kolo_module_get_title (module));
      append_span (out, kolo_module_get_start_minute (module),
                   kolo_module_get_planned_minutes (module));
      g_string_append_c (out, '\n');

      for (guint a = 0; a < g_list_model_get_n_items (activities); a++)
        {
          g_autoptr(KoloActivity) activity = g_list_model_get_item (activities, a);
          g_autofree char *from = kolo_text_format_clock (kolo_activity_get_start_minute (activity));
          g_autofree char *to = kolo_text_format_clock (kolo_activity_get_end_minute (activity));

          /* Translators: one activity: start–end, title, kind */
          g_string_append_printf (out, _("    %s–%s  %s · %s\n"), from, to,
                                  kolo_activity_get_title (activity),
                                  kolo_activity_kind_get_label (kolo_activity_get_kind (activity)));
        }
    }
}

/**
 * kolo_agenda_text:
 *
 * Returns: (transfer full): the event's details and its agenda, every
 *   activity with its clock times, in the user's language
 */
char *
kolo_agenda_text (KoloEvent *event)
{
  GString *out = g_string_new (NULL);
  GListModel *days = kolo_event_get_days (event);
  const char * const *trainers = kolo_event_get_trainers (event);
  int total = 0;

  g_string_append_printf (out, "%s\n", kolo_event_get_title (event));
  if (kolo_event_get_first_date (event) != NULL)
    {
      g_autofree char *range = kolo_text_format_date_range (kolo_event_get_first_date (event),
                                                            kolo_event_get_last_date (event));
      g_string_append (out, range);
    }
  if (*kolo_event_get_city (event) != '\0')
    g_string_append_printf (out, ", %s", kolo_event_get_city (event));
  if (*kolo_event_get_venue (event) != '\0')
    g_string_append_printf (out, ", %s", kolo_event_get_venue (event));
  g_string_append_c (out, '\n');
  if (*kolo_event_get_organizer (event) != '\0')
    g_string_append_printf (out, _("Organizer: %s\n"), kolo_event_get_organizer (event));
  if (trainers[0] != NULL)
    {
      g_autofree char *names = g_strjoinv (", ", (GStrv) trainers);
      g_string_append_printf (out,
                              g_dngettext (GETTEXT_PACKAGE, "Trainer: %s\n", "Trainers: %s\n",
                                           g_strv_length ((GStrv) trainers)),
                              names);
    }

  for (guint d = 0; d < g_list_model_get_n_items (days); d++)
    {
      g_autoptr(KoloDay) day = g_list_model_get_item (days, d);

      g_string_append_c (out, '\n');
      append_day (out, day);
      total += kolo_day_get_planned_minutes (day);
    }

  {
    guint n_days = g_list_model_get_n_items (days);
    g_autofree char *length = kolo_text_format_duration (total);

    g_string_append_c (out, '\n');
    g_string_append_printf (out,
                            /* Translators: the last line of the agenda: "2 days, 14 h 35 min in all" */
                            g_dngettext (GETTEXT_PACKAGE, "%u day, %s in all\n",
                                         "%u days, %s in all\n", n_days),
                            n_days, length);
  }

  return g_string_free (out, FALSE);
}
