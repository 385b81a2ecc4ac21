/* kolo-test-ui.c — what the tests of Kolo's windows share: a window on a
 * temporary database, waiting for the UI, finding widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kolo-test-ui.h"
#include "kolo-test-util.h"

/* Runs the main loop until @done says so, or fails after a few seconds. */
void
wait_until (gboolean (*done) (gpointer),
            gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("timed out waiting for the UI");
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (GTK_WIDGET (widget));
}

/* Runs the main loop for @ms milliseconds: animations end. */
void
run_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

void
iterate (void)
{
  for (guint i = 0; i < 50; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = kolo_test_make_dir ();
  f->path = g_build_filename (f->dir, "kolo.db", NULL);
  f->store = kolo_store_open (f->path, &error);
  g_assert_no_error (error);

  f->window = kolo_window_new (NULL, f->store);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 900);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_until (is_mapped, f->window);
}

static gboolean
is_null (gpointer pointer_to_pointer)
{
  return *(gpointer *) pointer_to_pointer == NULL;
}

void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  /* The window and everything in it go when it is closed. */
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  gtk_window_destroy (GTK_WINDOW (f->window));
  wait_until (is_null, &f->window);

  g_assert_finalize_object (f->store);
  kolo_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Widgets ----------------------------------------------------------------- */

GtkWidget *
find_widget (GtkWidget *root,
             gboolean (*match) (GtkWidget *, gconstpointer),
             gconstpointer data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);
      if (found != NULL)
        return found;
    }
  return NULL;
}

gboolean
is_type (GtkWidget     *widget,
         gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

gboolean
is_mapped_label_with_text (GtkWidget     *widget,
                           gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

gboolean
is_button_with_label (GtkWidget     *widget,
                      gconstpointer  label)
{
  GtkWidget *toast;

  if (!GTK_IS_BUTTON (widget) || !gtk_widget_get_mapped (widget) ||
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) != 0)
    return FALSE;
  /* Not a button of a toast that is fading out. */
  toast = gtk_widget_get_ancestor (widget, g_type_from_name ("AdwToastWidget"));
  return toast == NULL || gtk_widget_get_can_target (toast);
}

gpointer
find_type (gpointer root,
           GType    type)
{
  GtkWidget *found = find_widget (GTK_WIDGET (root), is_type, GSIZE_TO_POINTER (type));

  g_assert_nonnull (found);
  return found;
}

GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }
  return NULL;
}

void
create_from_template (Fixture    *f,
                      const char *title)
{
  GtkWindow *dialog;
  GtkEditable *title_row;
  GtkWidget *create;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-event", "s", "client-orientation");
  dialog = find_toplevel (g_type_from_name ("KoloNewEventWindow"));
  g_assert_nonnull (dialog);
  wait_until (is_mapped, dialog);

  /* The title starts as the template's; the trainer types another. */
  title_row = GTK_EDITABLE (find_type (dialog, ADW_TYPE_ENTRY_ROW));
  g_assert_cmpstr (gtk_editable_get_text (title_row), ==, TEMPLATE_TITLE);
  gtk_editable_set_text (title_row, title);

  create = find_widget (GTK_WIDGET (dialog), is_button_with_label, "Create");
  g_assert_nonnull (create);
  g_assert_true (gtk_widget_get_sensitive (create));
  g_signal_emit_by_name (create, "clicked");
  iterate ();
  g_assert_null (find_toplevel (g_type_from_name ("KoloNewEventWindow")));
}
