/* kolo-fit-bin.c — a child drawn at its own size, or smaller when that is
 * what it takes to show all of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-fit-bin"

#include "config.h"

#include <math.h>

#include "kolo-fit-bin.h"

/* On the projector a text may be a line or 2000 characters, and the room
 * must see all of it: the child (wrapped labels, say) is laid out as if
 * there were more room, then scaled down with a transform until it fits;
 * a short one is scaled up, to "max-scale", to fill the space.  Scaling
 * the rendering rather than changing the font keeps the layout out of its
 * own allocation (no resize loops), and text stays sharp at any scale.
 * The smallest scale that is tried is so small that any text of a card's
 * limits fits. */
struct _KoloFitBin
{
  GtkWidget  parent_instance;

  GtkWidget *child;
  double     scale;
  double     max_scale;
};

G_DEFINE_FINAL_TYPE (KoloFitBin, kolo_fit_bin, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_CHILD, PROP_MAX_SCALE, N_PROPS };
static GParamSpec *properties[N_PROPS];

#define MIN_SCALE 0.05

/* Whether the child, laid out @scale times smaller, fits @width × @height. */
static gboolean
fits (KoloFitBin *self,
      int         width,
      int         height,
      double      scale)
{
  int child_width = (int) floor (width / scale);
  int min_width, min_height;

  gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  if (min_width > child_width)
    return FALSE;
  gtk_widget_measure (self->child, GTK_ORIENTATION_VERTICAL, child_width, &min_height, NULL,
                      NULL, NULL);
  return min_height * scale <= height;
}

static void
kolo_fit_bin_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  KoloFitBin *self = KOLO_FIT_BIN (widget);
  double low = MIN_SCALE, high = self->max_scale, scale;

  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    return;

  if (fits (self, width, height, high))
    scale = high;
  else
    {
      /* Halving the interval sixteen times: well under a pixel. */
      for (guint i = 0; i < 16; i++)
        {
          double middle = (low + high) / 2;

          if (fits (self, width, height, middle))
            low = middle;
          else
            high = middle;
        }
      scale = low;
    }

  self->scale = scale;
  gtk_widget_allocate (self->child, (int) floor (width / scale), (int) floor (height / scale), -1,
                       scale != 1.0 ? gsk_transform_scale (NULL, scale, scale) : NULL);
}

static void
kolo_fit_bin_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  KoloFitBin *self = KOLO_FIT_BIN (widget);

  /* Any size will do, the child follows it; it would like its own. */
  *minimum = 0;
  *natural = 0;
  if (self->child != NULL && gtk_widget_should_layout (self->child))
    gtk_widget_measure (self->child, orientation, for_size, NULL, natural, NULL, NULL);
}

static GtkSizeRequestMode
kolo_fit_bin_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
kolo_fit_bin_dispose (GObject *object)
{
  KoloFitBin *self = (KoloFitBin *)object;

  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (kolo_fit_bin_parent_class)->dispose (object);
}

static void
kolo_fit_bin_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KoloFitBin *self = KOLO_FIT_BIN (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;
    case PROP_MAX_SCALE:
      g_value_set_double (value, self->max_scale);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_fit_bin_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KoloFitBin *self = KOLO_FIT_BIN (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      kolo_fit_bin_set_child (self, g_value_get_object (value));
      break;
    case PROP_MAX_SCALE:
      kolo_fit_bin_set_max_scale (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_fit_bin_class_init (KoloFitBinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_fit_bin_dispose;
  object_class->get_property = kolo_fit_bin_get_property;
  object_class->set_property = kolo_fit_bin_set_property;
  widget_class->measure = kolo_fit_bin_measure;
  widget_class->size_allocate = kolo_fit_bin_size_allocate;
  widget_class->get_request_mode = kolo_fit_bin_get_request_mode;

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MAX_SCALE] =
    g_param_spec_double ("max-scale", NULL, NULL, 1.0, 4.0, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "fitbin");
}

static void
kolo_fit_bin_init (KoloFitBin *self)
{
  self->scale = 1.0;
  self->max_scale = 1.0;
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
kolo_fit_bin_new (void)
{
  return g_object_new (KOLO_TYPE_FIT_BIN, NULL);
}

/**
 * kolo_fit_bin_get_child:
 *
 * Returns: (transfer none) (nullable): the child
 */
GtkWidget *
kolo_fit_bin_get_child (KoloFitBin *self)
{
  g_return_val_if_fail (KOLO_IS_FIT_BIN (self), NULL);
  return self->child;
}

void
kolo_fit_bin_set_child (KoloFitBin *self,
                        GtkWidget  *child)
{
  g_return_if_fail (KOLO_IS_FIT_BIN (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;

  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

/**
 * kolo_fit_bin_get_scale:
 *
 * Returns: how much smaller (under 1.0) or larger than its own size the
 *   child is drawn
 */
double
kolo_fit_bin_get_scale (KoloFitBin *self)
{
  g_return_val_if_fail (KOLO_IS_FIT_BIN (self), 1.0);
  return self->scale;
}

/**
 * kolo_fit_bin_set_max_scale:
 * @max_scale: how much larger than its own size a child that fits may be
 *   drawn to fill the space: 1.0 (the default) never
 */
void
kolo_fit_bin_set_max_scale (KoloFitBin *self,
                            double      max_scale)
{
  g_return_if_fail (KOLO_IS_FIT_BIN (self));

  max_scale = CLAMP (max_scale, 1.0, 4.0);
  if (self->max_scale == max_scale)
    return;

  self->max_scale = max_scale;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_SCALE]);
}
