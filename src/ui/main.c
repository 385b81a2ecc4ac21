/* main.c — the kolo program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "kolo-application.h"
#include "kolo-core.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(KoloApplication) app = NULL;

  setlocale (LC_ALL, "");
  kolo_core_init ();
  textdomain (GETTEXT_PACKAGE);

  app = kolo_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
