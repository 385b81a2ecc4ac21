/* kolo-time-spin.c — spin buttons that show clock times (10:00)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-time-spin"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "kolo-core.h"
#include "kolo-time-spin.h"

/* Values are minutes since midnight; with allow_none, one step below
 * midnight means "no time set" (a day without a fixed end). */
#define STEP 5

static gboolean
output_cb (GtkSpinButton *spin,
           gpointer       user_data)
{
  int value = (int) gtk_adjustment_get_value (gtk_spin_button_get_adjustment (spin));
  g_autofree char *text = NULL;

  if (value < 0)
    /* Translators: shown in a time field that has no time set */
    text = g_strdup (C_("time", "none"));
  else
    text = kolo_text_format_clock (value);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static int
input_cb (GtkSpinButton *spin,
          double        *new_value,
          gpointer       user_data)
{
  gboolean allow_none = GPOINTER_TO_INT (user_data);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  g_auto(GStrv) parts = NULL;
  int hours, minutes = 0;
  char *end;

  if (allow_none && (*text == '\0' || g_str_equal (text, C_("time", "none")) ||
                     g_str_equal (text, "-") || g_str_equal (text, "—")))
    {
      *new_value = -STEP;
      return TRUE;
    }

  /* "10:30", "10.30", "10 30" and "10" are all half past ten. */
  parts = g_strsplit_set (text, ":. ", 2);
  hours = (int) strtol (parts[0], &end, 10);
  if (*parts[0] == '\0' || *end != '\0')
    return GTK_INPUT_ERROR;
  if (parts[1] != NULL)
    {
      minutes = (int) strtol (parts[1], &end, 10);
      if (*parts[1] == '\0' || *end != '\0')
        return GTK_INPUT_ERROR;
    }
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
    return GTK_INPUT_ERROR;

  *new_value = hours * 60 + minutes;
  return TRUE;
}

void
kolo_time_spin_setup (GtkSpinButton *spin,
                      gboolean       allow_none)
{
  GtkAdjustment *adjustment;

  adjustment = gtk_adjustment_new (600, allow_none ? -STEP : 0, 23 * 60 + 59, STEP, 60, 0);
  gtk_spin_button_set_adjustment (spin, adjustment);
  gtk_spin_button_set_numeric (spin, FALSE);
  gtk_spin_button_set_update_policy (spin, GTK_UPDATE_IF_VALID);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 5);
  gtk_widget_set_valign (GTK_WIDGET (spin), GTK_ALIGN_CENTER);

  g_signal_connect (spin, "output", G_CALLBACK (output_cb), NULL);
  g_signal_connect (spin, "input", G_CALLBACK (input_cb), GINT_TO_POINTER (allow_none));
}

/* With allow_none, -1 ("no time") is shown one step below midnight. */
static gboolean
minute_to_spin (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  int minute = g_value_get_int (from);

  g_value_set_double (to, minute < 0 ? -STEP : minute);
  return TRUE;
}

static gboolean
spin_to_minute (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  double value = g_value_get_double (from);

  g_value_set_int (to, value < 0 ? -1 : (int) value);
  return TRUE;
}

/**
 * kolo_time_spin_bind:
 * @object: an object with an int property of minutes since midnight, -1
 *   for none
 *
 * Binds @spin both ways to @property of @object.
 *
 * Returns: (transfer none): the binding
 */
GBinding *
kolo_time_spin_bind (gpointer       object,
                     const char    *property,
                     GtkSpinButton *spin)
{
  return g_object_bind_property_full (object, property, spin, "value",
                                      G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                                      minute_to_spin, spin_to_minute, NULL, NULL);
}
