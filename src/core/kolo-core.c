/* kolo-core.c — setting up kolo-core once per process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kolo-core.h"
#include "kolo-core-resources.h"

/**
 * kolo_core_init:
 *
 * Registers the shipped data (templates) and the translations.  Call it
 * once, after setlocale(), before anything else of kolo-core.
 */
void
kolo_core_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      const char *localedir = g_getenv ("KOLO_LOCALEDIR");

      /* Running from the build tree, the scripts point here at the
       * translations compiled there. */
      bindtextdomain (GETTEXT_PACKAGE, localedir && *localedir ? localedir : LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

      /* Referencing the resource keeps its object file, and with it the
       * constructor that registers it, in the static library's users. */
      kolo_core_register_resource ();

      g_once_init_leave (&initialized, 1);
    }
}
