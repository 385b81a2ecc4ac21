/* test-screens.c — choosing the projector's monitor over lists of monitors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kolo-test-util.h"

static void
test_pick (void)
{
  const KoloScreen laptop_and_projector[] = {
    { 0, 0, 1366, 768 },      /* the laptop's panel, the console */
    { 1366, 0, 1920, 1080 },  /* the projector */
  };
  const KoloScreen projector_first[] = {
    { 0, 0, 1024, 768 },
    { 1024, 0, 1920, 1200 },
  };
  const KoloScreen three[] = {
    { 0, 0, 1920, 1080 },
    { 1920, 0, 1280, 720 },
    { 3200, 0, 1920, 1080 },
  };
  const KoloScreen one[] = { { 0, 0, 1920, 1080 } };

  g_assert_cmpint (kolo_screens_pick_projector (NULL, 0, -1), ==, -1);
  g_assert_cmpint (kolo_screens_pick_projector (one, 1, 0), ==, 0);

  /* Two monitors: the one the console is not on, whatever its size. */
  g_assert_cmpint (kolo_screens_pick_projector (laptop_and_projector, 2, 0), ==, 1);
  g_assert_cmpint (kolo_screens_pick_projector (laptop_and_projector, 2, 1), ==, 0);
  g_assert_cmpint (kolo_screens_pick_projector (projector_first, 2, 1), ==, 0);

  /* Several others: the largest, the first of equals. */
  g_assert_cmpint (kolo_screens_pick_projector (three, 3, 1), ==, 0);
  g_assert_cmpint (kolo_screens_pick_projector (three, 3, 0), ==, 2);
  g_assert_cmpint (kolo_screens_pick_projector (three, 3, 2), ==, 0);

  /* Console on no known monitor: the largest of all. */
  g_assert_cmpint (kolo_screens_pick_projector (projector_first, 2, -1), ==, 1);
}

static void
test_swap (void)
{
  g_assert_cmpint (kolo_screens_swap (0, -1, -1), ==, -1);
  g_assert_cmpint (kolo_screens_swap (1, 0, 0), ==, 0);

  /* Two: the other one, back and forth. */
  g_assert_cmpint (kolo_screens_swap (2, 0, 1), ==, 0);
  g_assert_cmpint (kolo_screens_swap (2, 0, 0), ==, 1);

  /* Three: round the others, skipping the console's. */
  g_assert_cmpint (kolo_screens_swap (3, 1, 0), ==, 2);
  g_assert_cmpint (kolo_screens_swap (3, 1, 2), ==, 0);
  g_assert_cmpint (kolo_screens_swap (3, 0, 2), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  kolo_test_init (&argc, &argv);

  g_test_add_func ("/kolo/screens/pick", test_pick);
  g_test_add_func ("/kolo/screens/swap", test_swap);

  return g_test_run ();
}
