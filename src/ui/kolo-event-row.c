/* kolo-event-row.c — one event in the library: its dates, title and place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-event-row"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-event-actions.h"
#include "kolo-ui-util.h"
#include "kolo-event-row.h"

struct _KoloEventRow
{
  GtkWidget  parent_instance;

  KoloEvent *event;

  /* Template children */
  GtkLabel  *date_tile;
  GtkLabel  *title_label;
  GtkLabel  *subtitle_label;
  GtkWidget *archived_tag;
  GtkWidget *menu_button;
};

G_DEFINE_FINAL_TYPE (KoloEventRow, kolo_event_row, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_EVENT, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
update (KoloEventRow *self)
{
  const GDate *first;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *accessible = NULL;
  g_autofree char *menu_label = NULL;

  if (self->event == NULL)
    return;

  first = kolo_event_get_first_date (self->event);
  if (first != NULL)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_local (g_date_get_year (first),
                                                       g_date_get_month (first),
                                                       g_date_get_day (first), 12, 0, 0);
      g_autofree char *day = g_date_time_format (dt, "%-d");
      /* Translators: the month on a row's date tile, g_date_time_format() syntax */
      g_autofree char *month = kolo_text_format_date_time (dt, C_("date tile", "%b %Y"));
      g_autofree char *range = kolo_text_format_date_range (first,
                                                            kolo_event_get_last_date (self->event));
      /* One label, two lines: fewer widgets for every row of the library. */
      g_autofree char *tile = g_markup_printf_escaped ("<span size='x-large' weight='heavy'>%s"
                                                       "</span>\n<span size='small' "
                                                       "weight='bold'>%s</span>",
                                                       day, month);

      gtk_label_set_markup (self->date_tile, tile);
      g_string_append (subtitle, range);
    }
  else
    gtk_label_set_markup (self->date_tile, "<span size='x-large' weight='heavy'>—</span>");

  if (*kolo_event_get_city (self->event) != '\0')
    g_string_append_printf (subtitle, "%s%s", subtitle->len ? " · " : "",
                            kolo_event_get_city (self->event));
  if (*kolo_event_get_venue (self->event) != '\0')
    g_string_append_printf (subtitle, "%s%s", subtitle->len ? ", " : "",
                            kolo_event_get_venue (self->event));

  gtk_label_set_text (self->title_label, kolo_event_get_title (self->event));
  gtk_label_set_text (self->subtitle_label, subtitle->str);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle->len > 0);
  gtk_widget_set_visible (self->archived_tag, kolo_event_get_archived (self->event));

  kolo_event_actions_update (GTK_WIDGET (self), "row", self->event);

  /* Read as one line by screen readers. */
  accessible = g_strdup_printf ("%s, %s", kolo_event_get_title (self->event), subtitle->str);
  menu_label = g_strdup_printf (_("Actions for “%s”"), kolo_event_get_title (self->event));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
}

/* A menu per row would be built for every event in the library at start
 * (a list view keeps up to 200 rows); one menu model serves them all, and
 * each row's popover is made the first time it opens. */
static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       user_data)
{
  static GMenuModel *menu;

  if (menu == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource (RESOURCE_BASE "/ui/kolo-event-row-menu.ui");
      menu = g_object_ref (G_MENU_MODEL (gtk_builder_get_object (builder, "row_menu")));
    }
  gtk_menu_button_set_menu_model (button, menu);
}

static void
kolo_event_row_dispose (GObject *object)
{
  KoloEventRow *self = (KoloEventRow *)object;

  kolo_event_row_set_event (self, NULL);
  kolo_widget_dispose_children (GTK_WIDGET (self), KOLO_TYPE_EVENT_ROW);

  G_OBJECT_CLASS (kolo_event_row_parent_class)->dispose (object);
}

static void
kolo_event_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KoloEventRow *self = KOLO_EVENT_ROW (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_event_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KoloEventRow *self = KOLO_EVENT_ROW (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      kolo_event_row_set_event (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_event_row_class_init (KoloEventRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_event_row_dispose;
  object_class->get_property = kolo_event_row_get_property;
  object_class->set_property = kolo_event_row_set_property;

  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL, KOLO_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/kolo-event-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KoloEventRow, date_tile);
  gtk_widget_class_bind_template_child (widget_class, KoloEventRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, KoloEventRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, KoloEventRow, archived_tag);
  gtk_widget_class_bind_template_child (widget_class, KoloEventRow, menu_button);

  kolo_event_actions_install (widget_class, "row");


  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "eventrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kolo_event_row_init (KoloEventRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->menu_button),
                                         create_popup_cb, NULL, NULL);
}

KoloEventRow *
kolo_event_row_new (void)
{
  return g_object_new (KOLO_TYPE_EVENT_ROW, NULL);
}

/**
 * kolo_event_row_get_event:
 *
 * Returns: (transfer none) (nullable): the event shown
 */
KoloEvent *
kolo_event_row_get_event (KoloEventRow *self)
{
  g_return_val_if_fail (KOLO_IS_EVENT_ROW (self), NULL);
  return self->event;
}

void
kolo_event_row_set_event (KoloEventRow *self,
                          KoloEvent    *event)
{
  g_return_if_fail (KOLO_IS_EVENT_ROW (self));

  if (self->event == event)
    return;

  if (self->event != NULL)
    g_signal_handlers_disconnect_by_func (self->event, update, self);
  g_set_object (&self->event, event);
  if (event != NULL)
    g_signal_connect_object (event, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
}
