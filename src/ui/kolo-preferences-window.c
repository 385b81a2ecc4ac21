/* kolo-preferences-window.c — Kolo's preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-preferences-window.h"
#include "kolo-time-spin.h"

/* Later features add their pages and groups here: boards, certificates. */
struct _KoloPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* Template children */
  GtkSpinButton        *start_spin;
  GtkSpinButton        *end_spin;
  GtkSpinButton        *warning_spin;
  GtkSwitch            *sounds_switch;
  GtkSwitch            *auto_advance_switch;
};

G_DEFINE_FINAL_TYPE (KoloPreferencesWindow, kolo_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The spin buttons show -1 ("none") specially; GSettings keys hold plain
 * minutes, so they go through a property of ours. */
enum { PROP_0, PROP_DAY_START, PROP_DAY_END, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
kolo_preferences_window_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  KoloPreferencesWindow *self = KOLO_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DAY_START:
      g_value_set_int (value, g_settings_get_int (self->settings, "default-day-start"));
      break;
    case PROP_DAY_END:
      g_value_set_int (value, g_settings_get_int (self->settings, "default-day-end"));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_preferences_window_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  KoloPreferencesWindow *self = KOLO_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DAY_START:
      g_settings_set_int (self->settings, "default-day-start", g_value_get_int (value));
      break;
    case PROP_DAY_END:
      g_settings_set_int (self->settings, "default-day-end", g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_preferences_window_dispose (GObject *object)
{
  KoloPreferencesWindow *self = (KoloPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KOLO_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kolo_preferences_window_parent_class)->dispose (object);
}

static void
kolo_preferences_window_class_init (KoloPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_preferences_window_dispose;
  object_class->get_property = kolo_preferences_window_get_property;
  object_class->set_property = kolo_preferences_window_set_property;

  properties[PROP_DAY_START] =
    g_param_spec_int ("day-start", NULL, NULL, 0, 1439, 600,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DAY_END] =
    g_param_spec_int ("day-end", NULL, NULL, -1, 1439, 1020,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kolo-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KoloPreferencesWindow, start_spin);
  gtk_widget_class_bind_template_child (widget_class, KoloPreferencesWindow, end_spin);
  gtk_widget_class_bind_template_child (widget_class, KoloPreferencesWindow, warning_spin);
  gtk_widget_class_bind_template_child (widget_class, KoloPreferencesWindow, sounds_switch);
  gtk_widget_class_bind_template_child (widget_class, KoloPreferencesWindow, auto_advance_switch);
}

static void
kolo_preferences_window_init (KoloPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  kolo_time_spin_setup (self->start_spin, FALSE);
  kolo_time_spin_setup (self->end_spin, TRUE);
}

GtkWindow *
kolo_preferences_window_new (GtkWindow *parent,
                             GSettings *settings)
{
  KoloPreferencesWindow *self;

  self = g_object_new (KOLO_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->settings = g_object_ref (settings);
  kolo_time_spin_bind (self, "day-start", self->start_spin);
  kolo_time_spin_bind (self, "day-end", self->end_spin);
  g_settings_bind (settings, "warning-minutes", self->warning_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "sounds", self->sounds_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "auto-advance", self->auto_advance_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);

  return GTK_WINDOW (self);
}
