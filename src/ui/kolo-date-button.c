/* kolo-date-button.c — a button that shows a date and picks one from a calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-date-button"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-core.h"
#include "kolo-date-button.h"

struct _KoloDateButton
{
  GtkWidget      parent_instance;

  GDate          date;
  GtkMenuButton *button;
  GtkCalendar   *calendar;
  GtkLabel      *label;
  gboolean       syncing;
};

G_DEFINE_FINAL_TYPE (KoloDateButton, kolo_date_button, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_DATE, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
sync_calendar (KoloDateButton *self)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *text = NULL;

  if (!g_date_valid (&self->date))
    return;

  dt = g_date_time_new_local (g_date_get_year (&self->date), g_date_get_month (&self->date),
                              g_date_get_day (&self->date), 12, 0, 0);
  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, dt);
  self->syncing = FALSE;

  text = kolo_text_format_date (&self->date);
  gtk_label_set_text (self->label, text);
  /* GTK 4.8 does not name a button after the label inside it. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text, -1);
}

static void
day_selected_cb (KoloDateButton *self)
{
  g_autoptr(GDateTime) dt = NULL;
  GDate date;

  if (self->syncing)
    return;

  dt = gtk_calendar_get_date (self->calendar);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (dt), g_date_time_get_month (dt),
                  g_date_time_get_year (dt));
  kolo_date_button_set_date (self, &date);
  gtk_menu_button_popdown (self->button);
}

static void
kolo_date_button_dispose (GObject *object)
{
  KoloDateButton *self = (KoloDateButton *)object;

  g_clear_pointer ((GtkWidget **) &self->button, gtk_widget_unparent);

  G_OBJECT_CLASS (kolo_date_button_parent_class)->dispose (object);
}

static void
kolo_date_button_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KoloDateButton *self = KOLO_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, kolo_date_button_get_date (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_date_button_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  KoloDateButton *self = KOLO_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      kolo_date_button_set_date (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_date_button_class_init (KoloDateButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_date_button_dispose;
  object_class->get_property = kolo_date_button_get_property;
  object_class->set_property = kolo_date_button_set_property;

  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "datebutton");
}

static void
kolo_date_button_init (KoloDateButton *self)
{
  GtkWidget *popover;
  GtkWidget *box;

  g_date_clear (&self->date, 1);

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->button), GTK_WIDGET (self));
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("x-office-calendar-symbolic"));
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->label));
  gtk_menu_button_set_child (self->button, box);

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  g_signal_connect_object (self->calendar, "day-selected", G_CALLBACK (day_selected_cb), self,
                           G_CONNECT_SWAPPED);
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));
  gtk_menu_button_set_popover (self->button, popover);

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _("Pick a Date"));
}

GtkWidget *
kolo_date_button_new (void)
{
  return g_object_new (KOLO_TYPE_DATE_BUTTON, NULL);
}

/**
 * kolo_date_button_get_date:
 *
 * Returns: (transfer none) (nullable): the date shown
 */
const GDate *
kolo_date_button_get_date (KoloDateButton *self)
{
  g_return_val_if_fail (KOLO_IS_DATE_BUTTON (self), NULL);
  return g_date_valid (&self->date) ? &self->date : NULL;
}

void
kolo_date_button_set_date (KoloDateButton *self,
                           const GDate    *date)
{
  g_return_if_fail (KOLO_IS_DATE_BUTTON (self));

  if (date == NULL || !g_date_valid (date))
    return;
  if (g_date_valid (&self->date) && g_date_compare (&self->date, date) == 0)
    return;

  self->date = *date;
  sync_calendar (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}
