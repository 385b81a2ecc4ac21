/* kolo-test-ui.h — what the tests of Kolo's windows share: a window on a
 * temporary database, waiting for the UI, finding widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kolo-window.h"

G_BEGIN_DECLS

#define TEMPLATE_TITLE "Орієнтація на клієнта"

typedef struct
{
  char       *dir;
  char       *path;
  KoloStore  *store;
  KoloWindow *window;
} Fixture;

void       fixture_set_up            (Fixture        *f,
                                      gconstpointer   data);
void       fixture_tear_down         (Fixture        *f,
                                      gconstpointer   data);

void       wait_until                (gboolean      (*done) (gpointer),
                                      gpointer        data);
gboolean   is_mapped                 (gpointer        widget);
void       run_for                   (guint           ms);
void       iterate                   (void);

GtkWidget *find_widget               (GtkWidget      *root,
                                      gboolean      (*match) (GtkWidget *, gconstpointer),
                                      gconstpointer   data);
gpointer   find_type                 (gpointer        root,
                                      GType           type);
GtkWindow *find_toplevel             (GType           type);
gboolean   is_type                   (GtkWidget      *widget,
                                      gconstpointer   type);
gboolean   is_mapped_label_with_text (GtkWidget      *widget,
                                      gconstpointer   text);
gboolean   is_button_with_label      (GtkWidget      *widget,
                                      gconstpointer   label);

void       create_from_template      (Fixture        *f,
                                      const char     *title);

G_END_DECLS
