/* kolo-card-editor.c — editing one card of a role-play deck
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-card-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-card-editor.h"

/* Saved as a whole, not as typed: a card's briefs are checked together
 * (a brief needs a text, a card at most four), a new card joins its deck
 * only once it has a title, and the whole edit is one step of the deck's
 * history, which Ctrl+Z in the library takes back at once.  Cancel (or
 * Escape) leaves the card as it was. */
struct _KoloCardEditor
{
  AdwWindow            parent_instance;

  KoloDeck            *deck;
  KoloCard            *card;       /* NULL: a new card, until saved */
  guint                position;   /* where a new card goes */
  GPtrArray           *briefs;     /* of Brief */

  /* Template children */
  GtkRevealer         *error_revealer;
  GtkLabel            *error_label;
  AdwPreferencesPage  *page;
  AdwEntryRow         *title_row;
  AdwComboRow         *kind_row;
  AdwEntryRow         *category_row;
  AdwComboRow         *difficulty_row;
  GtkTextView         *public_view;
  GtkFrame            *public_frame;
  GtkLabel            *public_counter;
  GtkBox              *briefs_box;
  GtkLabel            *no_briefs_label;
};

G_DEFINE_FINAL_TYPE (KoloCardEditor, kolo_card_editor, ADW_TYPE_WINDOW)

enum { SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

typedef struct
{
  GtkWidget   *box;
  GtkLabel    *heading;
  GtkWidget   *remove;
  GtkEntry    *role;
  GtkTextView *text;
  GtkLabel    *counter;
} Brief;

static char *
buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *copy = g_strdup (text != NULL ? text : "");

  return *g_strstrip (copy) == '\0';
}

/* "120 / 2000", red past the limit */
static void
update_counter (GtkTextBuffer *buffer,
                GtkLabel      *counter)
{
  int max = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (counter), "max"));
  int n = gtk_text_buffer_get_char_count (buffer);
  /* Translators: characters typed and the most allowed: "120 / 2000" */
  g_autofree char *text = g_strdup_printf (_("%d / %d"), n, max);

  gtk_label_set_text (counter, text);
  if (n > max)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (counter), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (counter), "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (counter), "error");
      gtk_widget_add_css_class (GTK_WIDGET (counter), "dim-label");
    }
}

static void
watch_counter (GtkTextView *view,
               GtkLabel    *counter,
               int          max)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);

  g_object_set_data (G_OBJECT (counter), "max", GINT_TO_POINTER (max));
  g_signal_connect_object (buffer, "changed", G_CALLBACK (update_counter), counter, 0);
  update_counter (buffer, counter);
}

static void
show_error (KoloCardEditor *self,
            const char     *message,
            GtkWidget      *focus)
{
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
  if (focus != NULL)
    gtk_widget_grab_focus (focus);
}

static void
hide_error (KoloCardEditor *self)
{
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

static void
changed_cb (KoloCardEditor *self)
{
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", !is_blank (title));
}

/* Briefs --------------------------------------------------------------------- */

static void
renumber_briefs (KoloCardEditor *self)
{
  for (guint i = 0; i < self->briefs->len; i++)
    {
      Brief *brief = self->briefs->pdata[i];
      g_autofree char *heading = g_strdup_printf (_("Brief %u"), i + 1);
      g_autofree char *remove = g_strdup_printf (_("Remove brief %u"), i + 1);
      g_autofree char *role = g_strdup_printf (_("Role of brief %u"), i + 1);
      g_autofree char *text = g_strdup_printf (_("Text of brief %u"), i + 1);

      gtk_label_set_text (brief->heading, heading);
      gtk_accessible_update_property (GTK_ACCESSIBLE (brief->remove),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, remove, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (brief->role),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, role, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (brief->text),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->no_briefs_label), self->briefs->len == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-brief",
                                 self->briefs->len < KOLO_CARD_MAX_BRIEFS);
}

static void
remove_brief_cb (GtkButton      *button,
                 KoloCardEditor *self)
{
  for (guint i = 0; i < self->briefs->len; i++)
    {
      Brief *brief = self->briefs->pdata[i];

      if (brief->remove != GTK_WIDGET (button))
        continue;
      gtk_box_remove (self->briefs_box, brief->box);
      g_ptr_array_remove_index (self->briefs, i);
      break;
    }
  renumber_briefs (self);
  hide_error (self);
}

/**
 * kolo_card_editor_add_brief:
 * @role: (nullable): the role's name
 * @text: (nullable): the brief's text
 *
 * Adds a brief below the others, as the Add Brief button does; nothing
 * when the card has four already.
 */
void
kolo_card_editor_add_brief (KoloCardEditor *self,
                            const char     *role,
                            const char     *text)
{
  Brief *brief;
  GtkWidget *header, *frame;

  g_return_if_fail (KOLO_IS_CARD_EDITOR (self));

  if (self->briefs->len >= KOLO_CARD_MAX_BRIEFS)
    return;

  brief = g_new0 (Brief, 1);
  brief->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (brief->box, "card");
  g_object_set (brief->box, "margin-bottom", 0, NULL);

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_end (header, 6);
  gtk_widget_set_margin_top (header, 6);
  brief->heading = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (brief->heading), "heading");
  gtk_label_set_xalign (brief->heading, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (brief->heading), TRUE);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (brief->heading));
  brief->remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_add_css_class (brief->remove, "flat");
  gtk_widget_set_tooltip_text (brief->remove, _("Remove Brief"));
  g_signal_connect (brief->remove, "clicked", G_CALLBACK (remove_brief_cb), self);
  gtk_box_append (GTK_BOX (header), brief->remove);
  gtk_box_append (GTK_BOX (brief->box), header);

  brief->role = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_max_length (brief->role, KOLO_CARD_ROLE_MAX);
  gtk_entry_set_placeholder_text (brief->role, _("Role, for example “Reader” (optional)"));
  gtk_editable_set_text (GTK_EDITABLE (brief->role), role != NULL ? role : "");
  g_object_set (brief->role, "margin-start", 12, "margin-end", 12, NULL);
  gtk_box_append (GTK_BOX (brief->box), GTK_WIDGET (brief->role));

  brief->text = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (brief->text, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (brief->text, FALSE);
  g_object_set (brief->text, "top-margin", 8, "bottom-margin", 8, "left-margin", 8,
                "right-margin", 8, "height-request", 90, NULL);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (brief->text), text != NULL ? text : "", -1);
  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (brief->text));
  g_object_set (frame, "margin-start", 12, "margin-end", 12, NULL);
  gtk_box_append (GTK_BOX (brief->box), frame);

  brief->counter = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (brief->counter, 1);
  gtk_widget_add_css_class (GTK_WIDGET (brief->counter), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (brief->counter), "numeric");
  g_object_set (brief->counter, "margin-start", 12, "margin-end", 12, "margin-bottom", 8, NULL);
  gtk_box_append (GTK_BOX (brief->box), GTK_WIDGET (brief->counter));
  watch_counter (brief->text, brief->counter, KOLO_CARD_BRIEF_MAX);

  gtk_box_append (self->briefs_box, brief->box);
  g_ptr_array_add (self->briefs, brief);
  renumber_briefs (self);
}

/* Saving ------------------------------------------------------------------- */

static gboolean
same_briefs (KoloCard           *card,
             const char * const *roles,
             const char * const *texts)
{
  guint n = g_strv_length ((char **) roles);

  if (n != kolo_card_get_n_briefs (card))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (roles[i], kolo_card_get_brief_role (card, i)) != 0 ||
        g_strcmp0 (texts[i], kolo_card_get_brief_text (card, i)) != 0)
      return FALSE;
  return TRUE;
}

/* Sets every field of @card; a card in a deck writes each. */
static void
apply_fields (KoloCardEditor *self,
              KoloCard       *card,
              const char     *title,
              const char     *public_text)
{
  guint kind = adw_combo_row_get_selected (self->kind_row);
  guint difficulty = adw_combo_row_get_selected (self->difficulty_row);

  if (kind < KOLO_N_CARD_KINDS)
    kolo_card_set_kind (card, kind);
  kolo_card_set_title (card, title);
  kolo_card_set_public_text (card, public_text);
  kolo_card_set_category (card, gtk_editable_get_text (GTK_EDITABLE (self->category_row)));
  if (difficulty < KOLO_N_DIFFICULTIES)
    kolo_card_set_difficulty (card, difficulty);
}

/**
 * kolo_card_editor_save:
 *
 * Checks every field, then gives the card all of them at once: one step
 * of the deck's history.  A new card is added to the deck.  On a refusal
 * nothing changes, the editor says why and shows the field.
 */
gboolean
kolo_card_editor_save (KoloCardEditor  *self,
                       GError         **error)
{
  g_autofree char *title = NULL;
  g_autofree char *public_text = NULL;
  g_autoptr(GPtrArray) roles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(KoloCard) card = NULL;
  g_autoptr(GError) local_error = NULL;
  KoloHistory *history;
  gboolean ok;

  g_return_val_if_fail (KOLO_IS_CARD_EDITOR (self), FALSE);

  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  if (*title == '\0')
    {
      g_set_error_literal (&local_error, KOLO_DECK_ERROR, KOLO_DECK_ERROR_INVALID,
                           _("A card needs a title"));
      show_error (self, local_error->message, GTK_WIDGET (self->title_row));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  public_text = buffer_text (self->public_view);
  if (g_utf8_strlen (public_text, -1) > KOLO_CARD_PUBLIC_MAX)
    {
      g_set_error (&local_error, KOLO_DECK_ERROR, KOLO_DECK_ERROR_INVALID,
                   /* Translators: %d is always 2000 */
                   _("What the room sees is too long: at most %d characters"),
                   KOLO_CARD_PUBLIC_MAX);
      show_error (self, local_error->message, GTK_WIDGET (self->public_view));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* A brief left empty is dropped; one with a role needs its text. */
  for (guint i = 0; i < self->briefs->len; i++)
    {
      Brief *brief = self->briefs->pdata[i];
      g_autofree char *role = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (brief->role))));
      g_autofree char *text = buffer_text (brief->text);

      if (*role == '\0' && is_blank (text))
        continue;
      if (is_blank (text) || g_utf8_strlen (text, -1) > KOLO_CARD_BRIEF_MAX)
        {
          if (is_blank (text))
            g_set_error (&local_error, KOLO_DECK_ERROR, KOLO_DECK_ERROR_INVALID,
                         _("Brief %u needs a text"), i + 1);
          else
            g_set_error (&local_error, KOLO_DECK_ERROR, KOLO_DECK_ERROR_INVALID,
                         /* Translators: %u is the brief's number, %d is always 2000 */
                         _("Brief %u is too long: at most %d characters"), i + 1,
                         KOLO_CARD_BRIEF_MAX);
          show_error (self, local_error->message, GTK_WIDGET (brief->text));
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      g_ptr_array_add (roles, g_steal_pointer (&role));
      g_ptr_array_add (texts, g_steal_pointer (&text));
    }
  g_ptr_array_add (roles, NULL);
  g_ptr_array_add (texts, NULL);

  if (self->card == NULL)
    {
      /* Set up whole while it is in no deck, then added: one step. */
      card = kolo_card_new (KOLO_CARD_SITUATION, title);
      apply_fields (self, card, title, public_text);
      ok = kolo_card_set_briefs (card, (const char * const *) roles->pdata,
                                 (const char * const *) texts->pdata, &local_error) &&
           kolo_deck_insert_card (self->deck, self->position, card, &local_error);
      if (ok)
        self->card = g_object_ref (card);
    }
  else
    {
      card = g_object_ref (self->card);
      history = kolo_deck_get_history (self->deck);
      kolo_history_begin_group (history);
      /* The briefs first: they are the one thing that can be refused. */
      ok = same_briefs (card, (const char * const *) roles->pdata,
                        (const char * const *) texts->pdata) ||
           kolo_card_set_briefs (card, (const char * const *) roles->pdata,
                                 (const char * const *) texts->pdata, &local_error);
      if (ok)
        apply_fields (self, card, title, public_text);
      kolo_history_end_group (history);
    }

  if (!ok)
    {
      show_error (self, local_error->message, NULL);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  hide_error (self);
  g_signal_emit (self, signals[SAVED], 0, card);
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KoloCardEditor *self = KOLO_CARD_EDITOR (widget);

  if (kolo_card_editor_save (self, NULL))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
add_brief_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KoloCardEditor *self = KOLO_CARD_EDITOR (widget);
  Brief *brief;

  kolo_card_editor_add_brief (self, NULL, NULL);
  brief = self->briefs->pdata[self->briefs->len - 1];
  gtk_widget_grab_focus (GTK_WIDGET (brief->role));
}

/* GObject -------------------------------------------------------------------- */

static void
kolo_card_editor_dispose (GObject *object)
{
  KoloCardEditor *self = (KoloCardEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KOLO_TYPE_CARD_EDITOR);
  g_clear_pointer (&self->briefs, g_ptr_array_unref);
  g_clear_object (&self->card);
  g_clear_object (&self->deck);

  G_OBJECT_CLASS (kolo_card_editor_parent_class)->dispose (object);
}

static void
kolo_card_editor_class_init (KoloCardEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_card_editor_dispose;

  /**
   * KoloCardEditor::saved:
   * @card: the card, in its deck
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, KOLO_TYPE_CARD);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kolo-card-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KoloCardEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, KoloCardEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, KoloCardEditor, page);
  gtk_widget_class_bind_template_child (widget_class, KoloCardEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, KoloCardEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, KoloCardEditor, category_row);
  gtk_widget_class_bind_template_child (widget_class, KoloCardEditor, difficulty_row);
  gtk_widget_class_bind_template_child (widget_class, KoloCardEditor, public_view);
  gtk_widget_class_bind_template_child (widget_class, KoloCardEditor, public_frame);
  gtk_widget_class_bind_template_child (widget_class, KoloCardEditor, public_counter);
  gtk_widget_class_bind_template_child (widget_class, KoloCardEditor, briefs_box);
  gtk_widget_class_bind_template_child (widget_class, KoloCardEditor, no_briefs_label);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.add-brief", NULL, add_brief_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kolo_card_editor_init (KoloCardEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) difficulties = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->briefs = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < KOLO_N_CARD_KINDS; i++)
    gtk_string_list_append (kinds, kolo_card_kind_get_label (i));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  for (guint i = 0; i < KOLO_N_DIFFICULTIES; i++)
    gtk_string_list_append (difficulties, kolo_difficulty_get_label (i));
  adw_combo_row_set_model (self->difficulty_row, G_LIST_MODEL (difficulties));

  /* The short texts cannot grow past their limits as they are typed. */
  gtk_text_set_max_length (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (self->title_row))),
                           KOLO_CARD_TITLE_MAX);
  gtk_text_set_max_length (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (self->category_row))),
                           KOLO_CARD_CATEGORY_MAX);
  watch_counter (self->public_view, self->public_counter, KOLO_CARD_PUBLIC_MAX);
}

/**
 * kolo_card_editor_new:
 * @card: (nullable): a card of @deck, or %NULL for a new card
 * @position: where a new card goes in @deck
 *
 * Returns: (transfer none): the editor, not yet shown
 */
GtkWindow *
kolo_card_editor_new (GtkWindow *parent,
                      KoloDeck  *deck,
                      KoloCard  *card,
                      guint      position)
{
  KoloCardEditor *self;

  g_return_val_if_fail (KOLO_IS_DECK (deck), NULL);
  g_return_val_if_fail (card == NULL || kolo_card_get_deck (card) == deck, NULL);

  self = g_object_new (KOLO_TYPE_CARD_EDITOR,
                       "transient-for", parent,
                       "modal", TRUE,
                       "destroy-with-parent", TRUE,
                       "title", card != NULL ? _("Edit Card") : _("New Card"),
                       NULL);
  self->deck = g_object_ref (deck);
  self->position = position;

  if (card != NULL)
    {
      self->card = g_object_ref (card);
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), kolo_card_get_title (card));
      adw_combo_row_set_selected (self->kind_row, kolo_card_get_kind (card));
      gtk_editable_set_text (GTK_EDITABLE (self->category_row), kolo_card_get_category (card));
      adw_combo_row_set_selected (self->difficulty_row, kolo_card_get_difficulty (card));
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->public_view),
                                kolo_card_get_public_text (card), -1);
      for (guint i = 0; i < kolo_card_get_n_briefs (card); i++)
        kolo_card_editor_add_brief (self, kolo_card_get_brief_role (card, i),
                                    kolo_card_get_brief_text (card, i));
    }
  else
    adw_combo_row_set_selected (self->difficulty_row, KOLO_DIFFICULTY_MEDIUM);

  renumber_briefs (self);
  changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  return GTK_WINDOW (self);
}

/**
 * kolo_card_editor_get_card:
 *
 * Returns: (transfer none) (nullable): the card edited; %NULL for a new
 *   card not saved yet
 */
KoloCard *
kolo_card_editor_get_card (KoloCardEditor *self)
{
  g_return_val_if_fail (KOLO_IS_CARD_EDITOR (self), NULL);
  return self->card;
}
