/* kolo-clock.h — where the timer reads the time: the system's, or a test's
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KOLO_TYPE_CLOCK (kolo_clock_get_type ())
G_DECLARE_FINAL_TYPE (KoloClock, kolo_clock, KOLO, CLOCK, GObject)

/* The system clock: intervals from CLOCK_BOOTTIME (it counts suspend),
 * instants from the wall clock (they survive a restart of Kolo). */
KoloClock *kolo_clock_get_system   (void);

/* A clock for tests: it moves only when told. */
KoloClock *kolo_clock_new_manual   (gint64     wall_us);
void       kolo_clock_advance      (KoloClock *self,
                                    gint64     us);
void       kolo_clock_set_wall     (KoloClock *self,
                                    gint64     wall_us);

/* Microseconds; boot time only ever grows, wall time may jump. */
gint64     kolo_clock_get_boot_us  (KoloClock *self);
gint64     kolo_clock_get_wall_us  (KoloClock *self);

G_END_DECLS
