/* kolo-activity-editor.c — editing one activity, or one module
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-activity-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-activity-editor.h"
#include "kolo-agenda-actions.h"
#include "kolo-board-actions.h"
#include "kolo-ui-util.h"
#include "kolo-window.h"

/* Every field is bound to the model: changes are stored as they are typed,
 * and each is a step of the event's undo history.  The same window edits a
 * module (title and goal) with the activity's fields hidden. */
struct _KoloActivityEditor
{
  AdwWindow               parent_instance;

  GObject                *item;   /* KoloActivity or KoloModule */

  /* Template children */
  AdwWindowTitle         *window_title;
  AdwComboRow            *kind_row;
  AdwEntryRow            *title_row;
  AdwActionRow           *minutes_row;
  GtkSpinButton          *minutes_spin;
  AdwPreferencesGroup    *board_group;
  AdwActionRow           *board_row;
  AdwPreferencesGroup    *deck_group;
  AdwComboRow            *deck_row;
  GPtrArray              *decks;   /* KoloDeck of the deck row, after "None" */
  AdwPreferencesGroup    *instructions_group;
  GtkTextView            *instructions_view;
  AdwPreferencesGroup    *notes_group;
  GtkTextView            *notes_view;
  AdwPreferencesGroup    *materials_group;
  GtkTextView            *materials_view;
  AdwPreferencesGroup    *goal_group;
  GtkTextView            *goal_view;
};

G_DEFINE_FINAL_TYPE (KoloActivityEditor, kolo_activity_editor, ADW_TYPE_WINDOW)

/* The combo lists the kinds in the enum's order. */
static void
bind_text_view (GObject     *item,
                const char  *property,
                GtkTextView *view)
{
  g_object_bind_property (item, property, gtk_text_view_get_buffer (view), "text",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoloActivityEditor *self = KOLO_ACTIVITY_EDITOR (widget);
  g_autoptr(GObject) item = g_object_ref (self->item);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  /* Deleted from the window, which shows the undo toast. */
  gtk_window_destroy (GTK_WINDOW (self));
  kolo_agenda_delete (parent != NULL ? GTK_WIDGET (parent) : NULL, item);
}

/* A brainstorm has a board: its question can be prepared before the day. */
static void
update_board_row (KoloActivityEditor *self)
{
  KoloActivity *activity = KOLO_ACTIVITY (self->item);
  KoloModule *module = kolo_activity_get_module (activity);
  KoloDay *day = module != NULL ? kolo_module_get_day (module) : NULL;
  KoloEvent *event = day != NULL ? kolo_day_get_event (day) : NULL;
  KoloBoard *board = event != NULL ? kolo_event_find_board (event, activity) : NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->board_group),
                          event != NULL &&
                          kolo_activity_get_kind (activity) == KOLO_ACTIVITY_BRAINSTORM);
  adw_action_row_set_subtitle (self->board_row,
                               board != NULL ? kolo_board_get_question (board)
                                             : _("Made when the brainstorm starts, or now"));
}

static KoloStore *
activity_store (KoloActivity *activity)
{
  KoloModule *module = kolo_activity_get_module (activity);
  KoloDay *day = module != NULL ? kolo_module_get_day (module) : NULL;
  KoloEvent *event = day != NULL ? kolo_day_get_event (day) : NULL;

  return event != NULL ? kolo_event_get_store (event) : NULL;
}

static void deck_selected_cb (KoloActivityEditor *self);

/* A role-play uses a deck of the library: "None" and the decks by title. */
static void
update_deck_row (KoloActivityEditor *self)
{
  KoloActivity *activity = KOLO_ACTIVITY (self->item);
  KoloStore *store = activity_store (activity);
  g_autoptr(GtkStringList) names = NULL;
  g_autoptr(KoloDeck) linked = NULL;
  GListModel *decks;
  guint selected = 0;

  gtk_widget_set_visible (GTK_WIDGET (self->deck_group),
                          store != NULL &&
                          kolo_activity_get_kind (activity) == KOLO_ACTIVITY_ROLE_PLAY);
  if (store == NULL || kolo_activity_get_kind (activity) != KOLO_ACTIVITY_ROLE_PLAY ||
      self->decks->len > 0)
    return;

  names = gtk_string_list_new (NULL);
  /* Translators: a role-play activity that uses no deck */
  gtk_string_list_append (names, _("None"));
  decks = kolo_store_get_decks (store);
  linked = kolo_activity_get_deck (activity);
  for (guint i = 0; i < g_list_model_get_n_items (decks); i++)
    {
      g_autoptr(KoloDeck) deck = g_list_model_get_item (decks, i);

      gtk_string_list_append (names, kolo_deck_get_title (deck));
      if (linked != NULL && kolo_deck_get_id (linked) == kolo_deck_get_id (deck))
        selected = i + 1;
      g_ptr_array_add (self->decks, g_steal_pointer (&deck));
    }
  g_signal_handlers_block_by_func (self->deck_row, deck_selected_cb, self);
  adw_combo_row_set_model (self->deck_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->deck_row, selected);
  g_signal_handlers_unblock_by_func (self->deck_row, deck_selected_cb, self);
}

static void
deck_selected_cb (KoloActivityEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->deck_row);
  KoloDeck *deck = NULL;
  g_autoptr(GError) error = NULL;

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected <= self->decks->len)
    deck = self->decks->pdata[selected - 1];
  if (!kolo_activity_set_deck (KOLO_ACTIVITY (self->item), deck, &error))
    kolo_widget_report_error (GTK_WIDGET (self), _("Could Not Link the Deck"), error);
}

static void
open_board_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KoloActivityEditor *self = KOLO_ACTIVITY_EDITOR (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  KoloBoard *board = kolo_board_for_activity (widget, KOLO_ACTIVITY (self->item));

  if (board == NULL || parent == NULL)
    return;
  gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-board", "x",
                              kolo_board_get_id (board));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
kolo_activity_editor_dispose (GObject *object)
{
  KoloActivityEditor *self = (KoloActivityEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KOLO_TYPE_ACTIVITY_EDITOR);
  g_clear_object (&self->item);
  g_clear_pointer (&self->decks, g_ptr_array_unref);

  G_OBJECT_CLASS (kolo_activity_editor_parent_class)->dispose (object);
}

static void
kolo_activity_editor_class_init (KoloActivityEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_activity_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kolo-activity-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KoloActivityEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, KoloActivityEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, KoloActivityEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, KoloActivityEditor, minutes_row);
  gtk_widget_class_bind_template_child (widget_class, KoloActivityEditor, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, KoloActivityEditor, board_group);
  gtk_widget_class_bind_template_child (widget_class, KoloActivityEditor, board_row);
  gtk_widget_class_bind_template_child (widget_class, KoloActivityEditor, deck_group);
  gtk_widget_class_bind_template_child (widget_class, KoloActivityEditor, deck_row);
  gtk_widget_class_bind_template_child (widget_class, KoloActivityEditor, instructions_group);
  gtk_widget_class_bind_template_child (widget_class, KoloActivityEditor, instructions_view);
  gtk_widget_class_bind_template_child (widget_class, KoloActivityEditor, notes_group);
  gtk_widget_class_bind_template_child (widget_class, KoloActivityEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, KoloActivityEditor, materials_group);
  gtk_widget_class_bind_template_child (widget_class, KoloActivityEditor, materials_view);
  gtk_widget_class_bind_template_child (widget_class, KoloActivityEditor, goal_group);
  gtk_widget_class_bind_template_child (widget_class, KoloActivityEditor, goal_view);

  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "editor.open-board", NULL, open_board_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kolo_activity_editor_init (KoloActivityEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->decks = g_ptr_array_new_with_free_func (g_object_unref);
  g_signal_connect_swapped (self->deck_row, "notify::selected", G_CALLBACK (deck_selected_cb),
                            self);
  for (guint i = 0; i < KOLO_N_ACTIVITY_KINDS; i++)
    gtk_string_list_append (kinds, kolo_activity_kind_get_label (i));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
}

/**
 * kolo_activity_editor_new:
 * @item: a #KoloActivity or a #KoloModule
 *
 * Returns: (transfer none): the editor, not yet shown
 */
GtkWindow *
kolo_activity_editor_new (GtkWindow *parent,
                          GObject   *item)
{
  KoloActivityEditor *self;
  gboolean is_activity;

  g_return_val_if_fail (KOLO_IS_ACTIVITY (item) || KOLO_IS_MODULE (item), NULL);

  is_activity = KOLO_IS_ACTIVITY (item);
  self = g_object_new (KOLO_TYPE_ACTIVITY_EDITOR,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->item = g_object_ref (item);

  adw_window_title_set_title (self->window_title, is_activity ? _("Activity") : _("Module"));
  gtk_widget_set_visible (GTK_WIDGET (self->kind_row), is_activity);
  gtk_widget_set_visible (GTK_WIDGET (self->minutes_row), is_activity);
  gtk_widget_set_visible (GTK_WIDGET (self->instructions_group), is_activity);
  gtk_widget_set_visible (GTK_WIDGET (self->notes_group), is_activity);
  gtk_widget_set_visible (GTK_WIDGET (self->materials_group), is_activity);
  gtk_widget_set_visible (GTK_WIDGET (self->goal_group), !is_activity);
  gtk_widget_set_visible (GTK_WIDGET (self->board_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->deck_group), FALSE);

  g_object_bind_property (item, "title", self->title_row, "text",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  if (is_activity)
    {
      g_object_bind_property_full (item, "kind", self->kind_row, "selected",
                                   G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                                   kolo_enum_to_selected, kolo_selected_to_enum,
                                   GUINT_TO_POINTER (KOLO_N_ACTIVITY_KINDS), NULL);
      g_object_bind_property (item, "minutes", self->minutes_spin, "value",
                              G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
      bind_text_view (item, "instructions", self->instructions_view);
      g_signal_connect_object (item, "notify::kind", G_CALLBACK (update_board_row), self,
                               G_CONNECT_SWAPPED);
      update_board_row (self);
      g_signal_connect_object (item, "notify::kind", G_CALLBACK (update_deck_row), self,
                               G_CONNECT_SWAPPED);
      update_deck_row (self);
      bind_text_view (item, "notes", self->notes_view);
      bind_text_view (item, "materials", self->materials_view);
    }
  else
    bind_text_view (item, "goal", self->goal_view);

  return GTK_WINDOW (self);
}

/**
 * kolo_activity_editor_get_item:
 *
 * Returns: (transfer none): what the editor edits
 */
GObject *
kolo_activity_editor_get_item (KoloActivityEditor *self)
{
  g_return_val_if_fail (KOLO_IS_ACTIVITY_EDITOR (self), NULL);
  return self->item;
}
