/* kolo-clock.c — where the timer reads the time: the system's, or a test's
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-clock"

#include "config.h"

#include <time.h>

#include "kolo-clock.h"

/* A manual clock's boot time starts here rather than at zero, so that code
 * which mistakes 0 for "unset" fails in tests. */
#define MANUAL_BOOT_START_US (G_GINT64_CONSTANT (1000) * G_USEC_PER_SEC)

struct _KoloClock
{
  GObject   parent_instance;

  gboolean  manual;
  gint64    boot_us;   /* manual clocks only */
  gint64    wall_us;   /* manual clocks only */
};

G_DEFINE_FINAL_TYPE (KoloClock, kolo_clock, G_TYPE_OBJECT)

static void
kolo_clock_class_init (KoloClockClass *klass)
{
}

static void
kolo_clock_init (KoloClock *self)
{
}

/**
 * kolo_clock_get_system:
 *
 * The clock of the machine: intervals come from `CLOCK_BOOTTIME`, which
 * keeps counting while the laptop sleeps (`g_get_monotonic_time()` does
 * not), and instants from the wall clock, which means the same thing to
 * the next run of Kolo.
 *
 * Returns: (transfer none): the system clock, shared by everyone
 */
KoloClock *
kolo_clock_get_system (void)
{
  static KoloClock *system_clock = NULL;

  if (g_once_init_enter (&system_clock))
    g_once_init_leave (&system_clock, g_object_new (KOLO_TYPE_CLOCK, NULL));

  return system_clock;
}

/**
 * kolo_clock_new_manual:
 * @wall_us: the wall-clock time it starts at, in microseconds since the epoch
 *
 * A clock for tests: it stands still until kolo_clock_advance() or
 * kolo_clock_set_wall() moves it.
 *
 * Returns: (transfer full): a new clock
 */
KoloClock *
kolo_clock_new_manual (gint64 wall_us)
{
  KoloClock *self = g_object_new (KOLO_TYPE_CLOCK, NULL);

  self->manual = TRUE;
  self->boot_us = MANUAL_BOOT_START_US;
  self->wall_us = wall_us;

  return self;
}

/**
 * kolo_clock_advance:
 * @us: how far, in microseconds; not negative
 *
 * Lets time pass on a manual clock: boot time and wall time both move by
 * @us, as they do for a running or a sleeping machine.
 */
void
kolo_clock_advance (KoloClock *self,
                    gint64     us)
{
  g_return_if_fail (KOLO_IS_CLOCK (self));
  g_return_if_fail (self->manual);
  g_return_if_fail (us >= 0);

  self->boot_us += us;
  self->wall_us += us;
}

/**
 * kolo_clock_set_wall:
 * @wall_us: the new wall-clock time, in microseconds since the epoch
 *
 * Sets a manual clock's wall time, as NTP or the user would, forwards or
 * backwards; boot time does not move.
 */
void
kolo_clock_set_wall (KoloClock *self,
                     gint64     wall_us)
{
  g_return_if_fail (KOLO_IS_CLOCK (self));
  g_return_if_fail (self->manual);

  self->wall_us = wall_us;
}

/**
 * kolo_clock_get_boot_us:
 *
 * Returns: microseconds since the machine started, sleep included; only
 *   ever grows, so intervals within one run of Kolo come from here
 */
gint64
kolo_clock_get_boot_us (KoloClock *self)
{
  struct timespec ts;

  g_return_val_if_fail (KOLO_IS_CLOCK (self), 0);

  if (self->manual)
    return self->boot_us;

#ifdef CLOCK_BOOTTIME
  if (clock_gettime (CLOCK_BOOTTIME, &ts) == 0)
    return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
#endif
  /* Systems without CLOCK_BOOTTIME: monotonic time, which may stop while
   * the machine sleeps. */
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

/**
 * kolo_clock_get_wall_us:
 *
 * Returns: the wall-clock time in microseconds since the epoch; it may jump
 *   either way when NTP or the user sets the clock
 */
gint64
kolo_clock_get_wall_us (KoloClock *self)
{
  g_return_val_if_fail (KOLO_IS_CLOCK (self), 0);

  if (self->manual)
    return self->wall_us;

  return g_get_real_time ();
}
