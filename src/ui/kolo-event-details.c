/* kolo-event-details.c — an event's details, edited in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-event-details"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-day-row.h"
#include "kolo-ui-util.h"
#include "kolo-event-details.h"

struct _KoloEventDetails
{
  GtkWidget      parent_instance;

  KoloEvent     *event;
  GPtrArray     *bindings;   /* of GBinding, one per edited property */

  /* Template children */
  AdwEntryRow   *title_row;
  AdwEntryRow   *venue_row;
  AdwEntryRow   *city_row;
  AdwEntryRow   *organizer_row;
  AdwEntryRow   *trainers_row;
  GtkListBox    *days_list;
  GtkTextView   *notes_view;
};

G_DEFINE_FINAL_TYPE (KoloEventDetails, kolo_event_details, GTK_TYPE_WIDGET)

/* Trainers are typed as one line of names separated by commas. */
static gboolean
trainers_to_text (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  const char * const *names = g_value_get_boxed (from);

  g_value_take_string (to, names ? g_strjoinv (", ", (GStrv) names) : g_strdup (""));
  return TRUE;
}

static gboolean
text_to_trainers (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  const char *text = g_value_get_string (from);
  g_auto(GStrv) names = g_strsplit (text ? text : "", ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_strstrip (names[i]);
      if (*names[i] != '\0')
        g_strv_builder_add (builder, names[i]);
    }
  g_value_take_boxed (to, g_strv_builder_end (builder));
  return TRUE;
}

static GtkWidget *
create_day_row (gpointer item,
                gpointer user_data)
{
  return kolo_day_row_new (KOLO_DAY (item));
}

static void
unbind_all (KoloEventDetails *self)
{
  for (guint i = 0; i < self->bindings->len; i++)
    g_binding_unbind (self->bindings->pdata[i]);
  g_ptr_array_set_size (self->bindings, 0);
}

static void
bind (KoloEventDetails *self,
      const char       *property,
      gpointer          target,
      const char       *target_property)
{
  GBinding *binding = g_object_bind_property (self->event, property, target, target_property,
                                              G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

  g_ptr_array_add (self->bindings, g_object_ref (binding));
}

static void
kolo_event_details_dispose (GObject *object)
{
  KoloEventDetails *self = (KoloEventDetails *)object;

  kolo_event_details_set_event (self, NULL);
  kolo_widget_dispose_children (GTK_WIDGET (self), KOLO_TYPE_EVENT_DETAILS);

  G_OBJECT_CLASS (kolo_event_details_parent_class)->dispose (object);
}

static void
kolo_event_details_finalize (GObject *object)
{
  KoloEventDetails *self = (KoloEventDetails *)object;

  g_ptr_array_unref (self->bindings);

  G_OBJECT_CLASS (kolo_event_details_parent_class)->finalize (object);
}

static void
kolo_event_details_class_init (KoloEventDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_event_details_dispose;
  object_class->finalize = kolo_event_details_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kolo-event-details.ui");
  gtk_widget_class_bind_template_child (widget_class, KoloEventDetails, title_row);
  gtk_widget_class_bind_template_child (widget_class, KoloEventDetails, venue_row);
  gtk_widget_class_bind_template_child (widget_class, KoloEventDetails, city_row);
  gtk_widget_class_bind_template_child (widget_class, KoloEventDetails, organizer_row);
  gtk_widget_class_bind_template_child (widget_class, KoloEventDetails, trainers_row);
  gtk_widget_class_bind_template_child (widget_class, KoloEventDetails, days_list);
  gtk_widget_class_bind_template_child (widget_class, KoloEventDetails, notes_view);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "eventdetails");
}

static void
kolo_event_details_init (KoloEventDetails *self)
{
  self->bindings = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
kolo_event_details_set_event (KoloEventDetails *self,
                              KoloEvent        *event)
{
  GBinding *binding;

  g_return_if_fail (KOLO_IS_EVENT_DETAILS (self));

  if (self->event == event)
    return;

  unbind_all (self);
  g_set_object (&self->event, event);

  if (event == NULL)
    {
      gtk_list_box_bind_model (self->days_list, NULL, NULL, NULL, NULL);
      return;
    }

  bind (self, "title", self->title_row, "text");
  bind (self, "venue", self->venue_row, "text");
  bind (self, "city", self->city_row, "text");
  bind (self, "organizer", self->organizer_row, "text");
  bind (self, "notes", gtk_text_view_get_buffer (self->notes_view), "text");
  binding = g_object_bind_property_full (event, "trainers", self->trainers_row, "text",
                                         G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                                         trainers_to_text, text_to_trainers, NULL, NULL);
  g_ptr_array_add (self->bindings, g_object_ref (binding));

  gtk_list_box_bind_model (self->days_list, kolo_event_get_days (event),
                           create_day_row, NULL, NULL);
}
