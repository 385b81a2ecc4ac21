/* kolo-countdown.c — a countdown as large as the space it is given
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-countdown"

#include "config.h"

#include "kolo-countdown.h"

/* The projector's countdown fills its allocation, whatever the screen: the
 * digits are laid out once at a reference size and scaled to fit, with
 * tabular figures so they do not jump as they change.  Only a change of
 * text queues a redraw. */
struct _KoloCountdown
{
  GtkWidget  parent_instance;

  char      *text;
};

G_DEFINE_FINAL_TYPE (KoloCountdown, kolo_countdown, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_TEXT, N_PROPS };
static GParamSpec *properties[N_PROPS];

#define REFERENCE_SIZE 100

static PangoLayout *
make_layout (KoloCountdown *self,
             const char    *text,
             double         pixels)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoFontDescription *font = pango_font_description_from_string ("Cantarell, DejaVu Sans, sans");

  pango_font_description_set_weight (font, PANGO_WEIGHT_HEAVY);
  pango_font_description_set_absolute_size (font, pixels * PANGO_SCALE);
  pango_attr_list_insert (attrs, pango_attr_font_desc_new (font));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_font_description_free (font);
  return layout;
}

static void
kolo_countdown_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  KoloCountdown *self = KOLO_COUNTDOWN (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(PangoLayout) reference = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle ink, logical;
  GdkRGBA color;
  double scale;

  if (self->text == NULL || *self->text == '\0' || width <= 0 || height <= 0)
    return;

  /* Measured at a reference size, drawn at the size that fits. */
  reference = make_layout (self, self->text, REFERENCE_SIZE);
  pango_layout_get_pixel_extents (reference, &ink, &logical);
  if (ink.width <= 0 || ink.height <= 0)
    return;
  scale = MIN ((double) width / ink.width, (double) height / ink.height) * 0.96;

  layout = make_layout (self, self->text, REFERENCE_SIZE * scale);
  pango_layout_get_pixel_extents (layout, &ink, &logical);

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT ((width - ink.width) / 2.0 - ink.x,
                                                (height - ink.height) / 2.0 - ink.y));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
kolo_countdown_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  /* Any size will do: the digits follow it. */
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 120 : 48;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 480 : 200;
}

static void
kolo_countdown_finalize (GObject *object)
{
  KoloCountdown *self = (KoloCountdown *)object;

  g_free (self->text);

  G_OBJECT_CLASS (kolo_countdown_parent_class)->finalize (object);
}

static void
kolo_countdown_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KoloCountdown *self = KOLO_COUNTDOWN (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_countdown_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KoloCountdown *self = KOLO_COUNTDOWN (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      kolo_countdown_set_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_countdown_class_init (KoloCountdownClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = kolo_countdown_finalize;
  object_class->get_property = kolo_countdown_get_property;
  object_class->set_property = kolo_countdown_set_property;
  widget_class->snapshot = kolo_countdown_snapshot;
  widget_class->measure = kolo_countdown_measure;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "countdown");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TIMER);
}

static void
kolo_countdown_init (KoloCountdown *self)
{
}

GtkWidget *
kolo_countdown_new (void)
{
  return g_object_new (KOLO_TYPE_COUNTDOWN, NULL);
}

const char *
kolo_countdown_get_text (KoloCountdown *self)
{
  g_return_val_if_fail (KOLO_IS_COUNTDOWN (self), NULL);
  return self->text;
}

void
kolo_countdown_set_text (KoloCountdown *self,
                         const char    *text)
{
  g_return_if_fail (KOLO_IS_COUNTDOWN (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text ? text : "", -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}
