/* kolo-note.c — one idea of a brainstorm board, drawn as a paper note
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-note"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-board-actions.h"
#include "kolo-note.h"
#include "kolo-ui-util.h"

/* A click votes, a secondary click takes a vote back: on the console and on
 * the projector, where people walk up to the screen.  Only the console's
 * notes have a menu and keys (edit, move, delete). */
struct _KoloNote
{
  GtkWidget   parent_instance;

  KoloIdea   *idea;
  gboolean    on_projector;
  const char *color_class;

  /* Template children */
  GtkLabel   *text_label;
  GtkLabel   *author_label;
  GtkLabel   *votes_label;
  GtkWidget  *approve_button;
  GtkWidget  *menu_button;
};

G_DEFINE_FINAL_TYPE (KoloNote, kolo_note, GTK_TYPE_WIDGET)

/**
 * kolo_note_install_colors:
 *
 * The paper colours come from the core's table (the exported image uses the
 * same), as CSS classes named after the colours.
 */
void
kolo_note_install_colors (GdkDisplay *display)
{
  static GdkDisplay *installed;
  g_autoptr(GtkCssProvider) provider = NULL;
  g_autoptr(GString) css = NULL;

  if (display == NULL || display == installed)
    return;
  installed = display;

  css = g_string_new (NULL);
  for (int i = 0; i < KOLO_N_NOTE_COLORS; i++)
    {
      guint32 rgb = kolo_note_color_get_rgb (i);

      g_string_append_printf (css, "note.%s { background-color: #%06x; }\n"
                              ".column-header.%s { border-bottom-color: #%06x; }\n",
                              kolo_note_color_to_string (i), rgb & 0xffffff,
                              kolo_note_color_to_string (i), rgb & 0xffffff);
    }
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider, css->str, (gssize) css->len);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
update (KoloNote *self)
{
  const char *author;
  const char *color_class;
  int votes;
  g_autofree char *votes_text = NULL;
  g_autofree char *accessible = NULL;

  if (self->idea == NULL)
    return;

  author = kolo_idea_get_author (self->idea);
  votes = kolo_idea_get_votes (self->idea);

  gtk_label_set_text (self->text_label, kolo_idea_get_text (self->idea));
  /* Always there, empty or not: it keeps the votes on the right. */
  gtk_label_set_text (self->author_label, author != NULL ? author : "");

  /* Translators: the dots of a note's votes, "● 3" */
  votes_text = g_strdup_printf (_("● %d"), votes);
  gtk_label_set_text (self->votes_label, votes_text);
  gtk_widget_set_visible (GTK_WIDGET (self->votes_label), votes > 0);

  gtk_widget_set_visible (self->approve_button,
                          !self->on_projector && kolo_idea_get_pending (self->idea));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "note.approve",
                                 kolo_idea_get_pending (self->idea));
  if (kolo_idea_get_pending (self->idea))
    gtk_widget_add_css_class (GTK_WIDGET (self), "pending");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "pending");

  color_class = kolo_note_color_to_string (kolo_idea_get_color (self->idea));
  if (color_class != self->color_class)
    {
      /* Only when it changes: restyling is what a recycled note costs. */
      if (self->color_class != NULL)
        gtk_widget_remove_css_class (GTK_WIDGET (self), self->color_class);
      self->color_class = color_class;
      gtk_widget_add_css_class (GTK_WIDGET (self), color_class);
    }

  /* Translators: how a screen reader reads a note: "Idea: text, 3 votes" */
  accessible = g_strdup_printf (ngettext ("Idea: %s, %d vote", "Idea: %s, %d votes", votes),
                                kolo_idea_get_text (self->idea), votes);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
}

/* Voting by clicking --------------------------------------------------------- */

static void
click_released_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   KoloNote        *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (self->idea == NULL || kolo_idea_get_pending (self->idea))
    return;
  kolo_idea_add_vote (self->idea, button == GDK_BUTTON_SECONDARY ? -1 : 1);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

/* Keys of a focused note, on the console ----------------------------------- */

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                KoloNote              *self)
{
  gboolean alt = (state & GDK_ALT_MASK) != 0;

  if (self->idea == NULL || (state & (GDK_CONTROL_MASK | GDK_SUPER_MASK)))
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      kolo_idea_add_vote (self->idea, 1);
      return GDK_EVENT_STOP;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      kolo_idea_add_vote (self->idea, -1);
      return GDK_EVENT_STOP;
    case GDK_KEY_F2:
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      kolo_board_edit_idea (GTK_WIDGET (self), self->idea);
      return GDK_EVENT_STOP;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
      kolo_board_delete_idea (GTK_WIDGET (self), self->idea);
      return GDK_EVENT_STOP;
    case GDK_KEY_Left:
    case GDK_KEY_Right:
      if (!alt)
        return GDK_EVENT_PROPAGATE;
      kolo_board_move_idea_across (GTK_WIDGET (self), self->idea,
                                   keyval == GDK_KEY_Left ? -1 : 1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Up:
    case GDK_KEY_Down:
      if (!alt)
        return GDK_EVENT_PROPAGATE;
      kolo_board_move_idea_along (GTK_WIDGET (self), self->idea, keyval == GDK_KEY_Up ? -1 : 1);
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }
}

/* Actions ------------------------------------------------------------------ */

static void
note_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KoloNote *self = KOLO_NOTE (widget);
  g_autoptr(KoloIdea) idea = self->idea ? g_object_ref (self->idea) : NULL;

  if (idea == NULL)
    return;

  if (g_str_equal (action_name, "note.edit"))
    kolo_board_edit_idea (widget, idea);
  else if (g_str_equal (action_name, "note.approve"))
    kolo_idea_set_pending (idea, FALSE);
  else if (g_str_equal (action_name, "note.vote"))
    kolo_idea_add_vote (idea, g_variant_get_int32 (parameter));
  else if (g_str_equal (action_name, "note.move-cluster"))
    kolo_board_move_idea_across (widget, idea, g_variant_get_int32 (parameter));
  else if (g_str_equal (action_name, "note.delete"))
    kolo_board_delete_idea (widget, idea);
}

/* Dragging to another cluster ------------------------------------------------ */

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 KoloNote      *self)
{
  if (self->idea == NULL)
    return NULL;
  return gdk_content_provider_new_typed (KOLO_TYPE_IDEA, self->idea);
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               KoloNote      *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

/* A note dropped on a note goes before it. */
static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         KoloNote      *self)
{
  KoloIdea *idea = g_value_get_object (value);

  if (idea == NULL || self->idea == NULL || idea == self->idea)
    return FALSE;
  return kolo_board_drop_idea (GTK_WIDGET (self), idea, kolo_idea_get_cluster (self->idea),
                               self->idea);
}

/* One menu for all notes, made the first time a note's menu opens: a note
 * is made for every idea in sight, and must be cheap. */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  static GtkBuilder *builder;

  if (builder == NULL)
    builder = gtk_builder_new_from_resource (RESOURCE_BASE "/ui/kolo-note-menu.ui");
  gtk_menu_button_set_menu_model (button,
                                  G_MENU_MODEL (gtk_builder_get_object (builder, "note_menu")));
}

/* GObject ------------------------------------------------------------------ */

static void
kolo_note_dispose (GObject *object)
{
  KoloNote *self = (KoloNote *)object;

  kolo_note_set_idea (self, NULL);
  kolo_widget_dispose_children (GTK_WIDGET (self), KOLO_TYPE_NOTE);

  G_OBJECT_CLASS (kolo_note_parent_class)->dispose (object);
}

static void
kolo_note_class_init (KoloNoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_note_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/kolo-note.ui");
  gtk_widget_class_bind_template_child (widget_class, KoloNote, text_label);
  gtk_widget_class_bind_template_child (widget_class, KoloNote, author_label);
  gtk_widget_class_bind_template_child (widget_class, KoloNote, votes_label);
  gtk_widget_class_bind_template_child (widget_class, KoloNote, approve_button);
  gtk_widget_class_bind_template_child (widget_class, KoloNote, menu_button);

  gtk_widget_class_install_action (widget_class, "note.edit", NULL, note_action);
  gtk_widget_class_install_action (widget_class, "note.approve", NULL, note_action);
  gtk_widget_class_install_action (widget_class, "note.vote", "i", note_action);
  gtk_widget_class_install_action (widget_class, "note.move-cluster", "i", note_action);
  gtk_widget_class_install_action (widget_class, "note.delete", NULL, note_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "note");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
kolo_note_init (KoloNote *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kolo_note_new:
 * @on_projector: for the room's screen: larger, no menu and no keys
 */
KoloNote *
kolo_note_new (gboolean on_projector)
{
  KoloNote *self = g_object_new (KOLO_TYPE_NOTE, NULL);
  GtkGesture *click = gtk_gesture_click_new ();

  self->on_projector = on_projector;
  kolo_note_install_colors (gtk_widget_get_display (GTK_WIDGET (self)));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  if (on_projector)
    {
      gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
      gtk_widget_set_visible (self->menu_button, FALSE);
      gtk_widget_add_css_class (GTK_WIDGET (self), "projector");
    }
  else
    {
      GtkEventController *keys = gtk_event_controller_key_new ();

      gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->menu_button), create_menu_cb,
                                             NULL, NULL);
      GtkDragSource *source = gtk_drag_source_new ();
      GtkDropTarget *target = gtk_drop_target_new (KOLO_TYPE_IDEA, GDK_ACTION_MOVE);

      g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
      gtk_widget_add_controller (GTK_WIDGET (self), keys);

      gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
      g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), self);
      g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), self);
      gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));

      g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
      gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
    }
  return self;
}

KoloIdea *
kolo_note_get_idea (KoloNote *self)
{
  g_return_val_if_fail (KOLO_IS_NOTE (self), NULL);
  return self->idea;
}

/**
 * kolo_note_get_text:
 *
 * Returns: the text shown, for tests
 */
const char *
kolo_note_get_text (KoloNote *self)
{
  g_return_val_if_fail (KOLO_IS_NOTE (self), NULL);
  return gtk_label_get_text (self->text_label);
}

void
kolo_note_set_idea (KoloNote *self,
                    KoloIdea *idea)
{
  g_return_if_fail (KOLO_IS_NOTE (self));

  if (self->idea == idea)
    return;

  if (self->idea != NULL)
    g_signal_handlers_disconnect_by_func (self->idea, update, self);
  g_set_object (&self->idea, idea);
  if (idea != NULL)
    g_signal_connect_object (idea, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
}
