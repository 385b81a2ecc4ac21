/* kolo-screens.c — which monitor the projector window goes to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-screens"

#include "config.h"

#include "kolo-screens.h"

/* Kept apart from GTK so the choice can be tested over any list of
 * monitors: a test machine (Xvfb) has only one. */

/**
 * kolo_screens_pick_projector:
 * @screens: (array length=n_screens): the monitors, in the display's order
 * @console: the index of the monitor the console window is on, or -1
 *
 * The projector goes to a monitor the console is not on; of several, the
 * largest (a projector is usually the big picture, a laptop panel the
 * small one), the first of equals.  With one monitor it shares it.
 *
 * Returns: the index of the monitor, or -1 when there is none
 */
int
kolo_screens_pick_projector (const KoloScreen *screens,
                             guint             n_screens,
                             int               console)
{
  int best = -1;
  gint64 best_area = -1;

  if (n_screens == 0)
    return -1;
  if (n_screens == 1)
    return 0;

  for (guint i = 0; i < n_screens; i++)
    {
      gint64 area = (gint64) screens[i].width * screens[i].height;

      if ((int) i == console)
        continue;
      if (area > best_area)
        {
          best = i;
          best_area = area;
        }
    }
  return best;
}

/**
 * kolo_screens_swap:
 * @projector: the monitor the projector window is on now
 *
 * "Swap screens": the next monitor in order, skipping the console's when
 * there are more than two; with two, the other one, even the console's
 * (the trainer asked for exactly that: the system picked the wrong one).
 *
 * Returns: the index of the monitor to move to, or -1 with no monitors
 */
int
kolo_screens_swap (guint n_screens,
                   int   console,
                   int   projector)
{
  int next;

  if (n_screens == 0)
    return -1;
  if (n_screens == 1)
    return 0;

  next = (projector + 1 + (int) n_screens) % (int) n_screens;
  if (n_screens > 2 && next == console)
    next = (next + 1) % (int) n_screens;
  return next;
}
