/* kolo-window.c — the main window: the events library and an event's page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-window-private.h"

G_DEFINE_FINAL_TYPE (KoloWindow, kolo_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SHOW_ARCHIVED,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
write_failed_cb (KoloWindow   *self,
                 const GError *error,
                 KoloStore    *store)
{
  AdwToast *toast;
  /* The value stays on screen; the user learns it is not saved yet. */
  g_autofree char *title = g_markup_printf_escaped (_("Could not save a change: %s"),
                                                    error->message);

  toast = adw_toast_new (title);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 0);
  kolo_window_add_toast (self, toast);
}

static void
leaflet_visible_child_cb (KoloWindow *self)
{
  /* Swiping back counts as going back to the library. */
  if (adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->events_page))
    {
      g_settings_set_int64 (self->settings, "last-event", 0);
      gtk_widget_grab_focus (GTK_WIDGET (self->events_page));
    }
}

/* The event page is built the first time an event opens: the library, on
 * screen at start, is all the first frame waits for. */
static KoloEventPage *
ensure_event_page (KoloWindow *self)
{
  if (self->event_page == NULL)
    {
      self->event_page = g_object_new (KOLO_TYPE_EVENT_PAGE, NULL);
      adw_leaflet_append (self->leaflet, GTK_WIDGET (self->event_page));
      kolo_event_page_set_ticker (self->event_page, self->ticker);
    }
  return self->event_page;
}

static gboolean
kolo_window_close_request (GtkWindow *window)
{
  KoloWindow *self = KOLO_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (kolo_window_parent_class)->close_request (window);
}

static void
kolo_window_constructed (GObject *object)
{
  KoloWindow *self = KOLO_WINDOW (object);
  KoloEvent *running;
  gint64 last_event;

  G_OBJECT_CLASS (kolo_window_parent_class)->constructed (object);

  g_assert (KOLO_IS_STORE (self->store));

  g_signal_connect_object (self->store, "write-failed", G_CALLBACK (write_failed_cb), self,
                           G_CONNECT_SWAPPED);
  kolo_events_page_set_store (self->events_page, self->store);

  /* Back where the trainer left off: in the middle of a running day above
   * all (Kolo was killed, or the laptop restarted), else the last event. */
  running = kolo_run_find_running_event (self->store);
  if (running != NULL)
    {
      kolo_window_open_event (self, running);
      return;
    }
  last_event = g_settings_get_int64 (self->settings, "last-event");
  if (last_event > 0)
    {
      g_autoptr(KoloEvent) event = kolo_store_lookup_event (self->store, last_event, NULL);

      if (event != NULL)
        {
          kolo_event_page_set_event (ensure_event_page (self), event);
          kolo_window_set_run_event (self, event);
          adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->event_page));
        }
      else
        g_settings_set_int64 (self->settings, "last-event", 0);
    }
}

static void
kolo_window_dispose (GObject *object)
{
  KoloWindow *self = (KoloWindow *)object;

  g_clear_handle_id (&self->toast_timeout, g_source_remove);
  kolo_window_dispose_run (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOLO_TYPE_WINDOW);

  G_OBJECT_CLASS (kolo_window_parent_class)->dispose (object);
}

static void
kolo_window_finalize (GObject *object)
{
  KoloWindow *self = (KoloWindow *)object;

  g_clear_weak_pointer (&self->last_toast);
  g_queue_clear_full (&self->pending_toasts, g_object_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kolo_window_parent_class)->finalize (object);
}

static void
kolo_window_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KoloWindow *self = KOLO_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SHOW_ARCHIVED:
      g_value_set_boolean (value, self->show_archived);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_window_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  KoloWindow *self = KOLO_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SHOW_ARCHIVED:
      if (self->show_archived != g_value_get_boolean (value))
        {
          self->show_archived = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_window_class_init (KoloWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = kolo_window_constructed;
  object_class->dispose = kolo_window_dispose;
  object_class->finalize = kolo_window_finalize;
  object_class->get_property = kolo_window_get_property;
  object_class->set_property = kolo_window_set_property;
  window_class->close_request = kolo_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, KOLO_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_ARCHIVED] =
    g_param_spec_boolean ("show-archived", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KOLO_TYPE_EVENTS_PAGE);
  g_type_ensure (KOLO_TYPE_EVENT_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/kolo-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KoloWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KoloWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KoloWindow, events_page);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_visible_child_cb);

  kolo_window_class_add_actions (widget_class);
  kolo_window_class_add_run_actions (widget_class);
}

static void
kolo_window_init (KoloWindow *self)
{
  /* Settings first: the template's menus ask for the actions' state. */
  self->settings = g_settings_new (APP_ID);
  gtk_widget_init_template (GTK_WIDGET (self));

  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_GET_NO_CHANGES);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_GET_NO_CHANGES);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  g_settings_bind (self->settings, "show-archived", self, "show-archived", G_SETTINGS_BIND_DEFAULT);
  kolo_window_init_run (self);

#ifdef DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

KoloWindow *
kolo_window_new (gpointer   application,
                 KoloStore *store)
{
  g_return_val_if_fail (KOLO_IS_STORE (store), NULL);

  return g_object_new (KOLO_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

/**
 * kolo_window_get_store:
 *
 * Returns: (transfer none): the store the window shows
 */
KoloStore *
kolo_window_get_store (KoloWindow *self)
{
  g_return_val_if_fail (KOLO_IS_WINDOW (self), NULL);
  return self->store;
}

void
kolo_window_open_event (KoloWindow *self,
                        KoloEvent  *event)
{
  g_return_if_fail (KOLO_IS_WINDOW (self));
  g_return_if_fail (KOLO_IS_EVENT (event));

  kolo_event_page_set_event (ensure_event_page (self), event);
  kolo_window_set_run_event (self, event);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->event_page));
  g_settings_set_int64 (self->settings, "last-event", kolo_event_get_id (event));
  gtk_widget_grab_focus (GTK_WIDGET (self->event_page));
}

void
kolo_window_show_library (KoloWindow *self)
{
  g_return_if_fail (KOLO_IS_WINDOW (self));

  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->events_page));
}

/**
 * kolo_window_get_event:
 *
 * Returns: (transfer none) (nullable): the event whose page is shown
 */
KoloEvent *
kolo_window_get_event (KoloWindow *self)
{
  g_return_val_if_fail (KOLO_IS_WINDOW (self), NULL);

  if (self->event_page == NULL ||
      adw_leaflet_get_visible_child (self->leaflet) != GTK_WIDGET (self->event_page))
    return NULL;
  return kolo_event_page_get_event (self->event_page);
}

/* libadwaita 1.2 crashes when a toast that is dismissed while it is still
 * sliding in is followed by another before it has faded out (reproduced:
 * add, dismiss after 50 ms, add again after 50 ms).  So toasts are shown
 * one at a time, each only once the previous one is fully in, and never
 * while one dismissed early is fading out. */
#define TOAST_SETTLE_USEC (400 * 1000)

static void show_next_toast (KoloWindow *self);

static gboolean
show_next_toast_cb (gpointer user_data)
{
  KoloWindow *self = KOLO_WINDOW (user_data);

  self->toast_timeout = 0;
  show_next_toast (self);
  return G_SOURCE_REMOVE;
}

static void
toast_dismissed_cb (KoloWindow *self,
                    AdwToast   *toast)
{
  gint64 now = g_get_monotonic_time ();

  if (self->last_toast != toast)
    return;

  if (now - self->last_toast_shown < TOAST_SETTLE_USEC)
    self->toasts_unsafe_until = now + TOAST_SETTLE_USEC;
  g_clear_weak_pointer (&self->last_toast);
}

static void
show_next_toast (KoloWindow *self)
{
  gint64 now = g_get_monotonic_time ();
  gint64 ready = self->toasts_unsafe_until;
  AdwToast *toast;

  if (self->toast_timeout != 0 || g_queue_is_empty (&self->pending_toasts))
    return;

  if (self->last_toast != NULL)
    ready = MAX (ready, self->last_toast_shown + TOAST_SETTLE_USEC);
  if (now < ready)
    {
      self->toast_timeout = g_timeout_add ((ready - now) / 1000 + 1, show_next_toast_cb, self);
      return;
    }

  /* The newest action is the one the user can undo: it replaces the toast
   * on show, which is fully in by now. */
  if (self->last_toast != NULL)
    adw_toast_dismiss (self->last_toast);

  toast = g_queue_pop_head (&self->pending_toasts);
  g_set_weak_pointer (&self->last_toast, toast);
  self->last_toast_shown = g_get_monotonic_time ();
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);

  show_next_toast (self);
}

/**
 * kolo_window_add_toast:
 * @toast: (transfer full): the toast
 *
 * Shows @toast in place of the one shown now, as soon as that is safe.
 */
void
kolo_window_add_toast (KoloWindow *self,
                       AdwToast   *toast)
{
  g_return_if_fail (KOLO_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  g_queue_push_tail (&self->pending_toasts, toast);
  show_next_toast (self);
}
