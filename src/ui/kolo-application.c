/* kolo-application.c — the Kolo application: one instance, one store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-application"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-application.h"
#include "kolo-preferences-window.h"
#include "kolo-window.h"

struct _KoloApplication
{
  AdwApplication  parent_instance;

  KoloStore      *store;
  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (KoloApplication, kolo_application, ADW_TYPE_APPLICATION)

/* A database that cannot be opened (not Kolo's, from a newer Kolo) is shown
 * to the user, and Kolo quits without touching it. */
static void
show_store_error (KoloApplication *self,
                  GError          *error)
{
  AdwMessageDialog *dialog;
  GtkWindow *window;

  window = g_object_new (ADW_TYPE_APPLICATION_WINDOW,
                         "application", self,
                         "default-width", 480,
                         "default-height", 200,
                         "title", "Kolo",
                         NULL);
  gtk_window_present (window);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Kolo Cannot Open Its Data"),
                                                       error->message));
  adw_message_dialog_add_response (dialog, "quit", _("_Quit"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (gtk_window_destroy), window,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static KoloWindow *
ensure_window (KoloApplication *self)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (KOLO_IS_WINDOW (window))
    return KOLO_WINDOW (window);

  if (self->store == NULL)
    {
      g_autofree char *path = kolo_store_get_default_path ();

      self->store = kolo_store_open (path, &error);
      if (self->store == NULL)
        {
          show_store_error (self, error);
          return NULL;
        }
    }

  return kolo_window_new (self, self->store);
}

static void
kolo_application_activate (GApplication *app)
{
  KoloWindow *window = ensure_window (KOLO_APPLICATION (app));

  if (window != NULL)
    gtk_window_present (GTK_WINDOW (window));
}

static void
kolo_application_open (GApplication  *app,
                       GFile        **files,
                       int            n_files,
                       const char    *hint)
{
  KoloWindow *window = ensure_window (KOLO_APPLICATION (app));

  if (window == NULL)
    return;

  gtk_window_present (GTK_WINDOW (window));
  for (int i = 0; i < n_files; i++)
    kolo_window_import_file (window, files[i]);
}

static void
kolo_application_startup (GApplication *app)
{
  KoloApplication *self = KOLO_APPLICATION (app);
  static const char * const quit_accels[] = { "<Control>q", NULL };
  static const char * const prefs_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (kolo_application_parent_class)->startup (app);

  gtk_window_set_default_icon_name (APP_ID);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         prefs_accels);
}

static void
kolo_application_shutdown (GApplication *app)
{
  KoloApplication *self = KOLO_APPLICATION (app);

  /* Deletions still waiting for their undo toast are final now. */
  if (self->store != NULL)
    kolo_store_purge_deleted (self->store, NULL);

  G_APPLICATION_CLASS (kolo_application_parent_class)->shutdown (app);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GList *windows = gtk_application_get_windows (app);

  /* Closing the windows lets them save their state. */
  while (windows != NULL)
    {
      GtkWindow *window = windows->data;
      windows = windows->next;
      gtk_window_close (window);
    }
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  static const char *developers[] = { "Kolo developers https://github.com/kolo-app/kolo", NULL };
  GtkApplication *app = GTK_APPLICATION (user_data);
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-name", "Kolo",
                        "application-icon", APP_ID,
                        "developer-name", _("Kolo developers"),
                        "version", PACKAGE_VERSION,
                        "website", "https://github.com/kolo-app/kolo",
                        "issue-url", "https://github.com/kolo-app/kolo/issues",
                        "comments", _("Plan interactive workshops and run their agendas "
                                      "against the clock — offline."),
                        "developers", developers,
                        /* Translators: put your names here, one a line */
                        "translator-credits", _("translator-credits"),
                        "copyright", "© 2026 Kolo developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  KoloApplication *self = KOLO_APPLICATION (user_data);
  GtkWindow *window;

  window = kolo_preferences_window_new (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                        self->settings);
  gtk_window_present (window);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
  { "preferences", preferences_action },
};

static void
kolo_application_finalize (GObject *object)
{
  KoloApplication *self = (KoloApplication *)object;

  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kolo_application_parent_class)->finalize (object);
}

static void
kolo_application_class_init (KoloApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = kolo_application_finalize;
  app_class->activate = kolo_application_activate;
  app_class->open = kolo_application_open;
  app_class->startup = kolo_application_startup;
  app_class->shutdown = kolo_application_shutdown;
}

static void
kolo_application_init (KoloApplication *self)
{
  self->settings = g_settings_new (APP_ID);
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
}

KoloApplication *
kolo_application_new (void)
{
  return g_object_new (KOLO_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

/**
 * kolo_application_get_store:
 *
 * Returns: (transfer none) (nullable): the store, once a window opened it
 */
KoloStore *
kolo_application_get_store (KoloApplication *self)
{
  g_return_val_if_fail (KOLO_IS_APPLICATION (self), NULL);
  return self->store;
}
