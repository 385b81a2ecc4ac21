/* kolo-briefs-window.c — a round's private briefs, one at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The console shows one player's brief at a time, large enough to read
 * out or to turn the laptop towards them; the projector never shows a
 * brief.  The last page names the observers, who have no brief.
 */
#define G_LOG_DOMAIN "kolo-briefs-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-briefs-window.h"

typedef struct
{
  char *player;
  char *role;      /* NULL on the observers' page */
  char *text;
  guint group;
} Page;

struct _KoloBriefsWindow
{
  AdwWindow  parent_instance;

  GArray    *pages;
  guint      page;
  guint      n_groups;

  AdwWindowTitle *title;
  GtkLabel  *counter_label;
  GtkLabel  *player_label;
  GtkLabel  *role_label;
  GtkLabel  *text_label;
  GtkWidget *previous_button;
  GtkWidget *next_button;
};

G_DEFINE_FINAL_TYPE (KoloBriefsWindow, kolo_briefs_window, ADW_TYPE_WINDOW)

static void
page_clear (Page *page)
{
  g_free (page->player);
  g_free (page->role);
  g_free (page->text);
}

static void
show_page (KoloBriefsWindow *self)
{
  const Page *page;
  g_autofree char *counter = NULL;
  g_autofree char *role = NULL;

  if (self->pages->len == 0)
    return;
  page = &g_array_index (self->pages, Page, self->page);

  /* Translators: which brief is shown, «Роль 2 з 6» */
  counter = g_strdup_printf (_("%u of %u"), self->page + 1, self->pages->len);
  gtk_label_set_text (self->counter_label, counter);
  gtk_label_set_text (self->player_label, page->player);
  if (page->role == NULL)
    role = g_strdup ("");
  else if (self->n_groups > 1)
    /* Translators: a player's role and group, «Читачка · група 2» */
    role = g_strdup_printf (_("%s · group %u"), *page->role ? page->role : _("Player"),
                            page->group + 1);
  else
    role = g_strdup (*page->role ? page->role : _("Player"));
  gtk_label_set_text (self->role_label, role);
  gtk_widget_set_visible (GTK_WIDGET (self->role_label), *role != '\0');
  gtk_label_set_text (self->text_label, page->text);

  gtk_widget_set_sensitive (self->previous_button, self->page > 0);
  gtk_button_set_label (GTK_BUTTON (self->next_button),
                        self->page + 1 < self->pages->len ? _("_Next") : _("_Done"));
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KoloBriefsWindow *self = KOLO_BRIEFS_WINDOW (widget);
  int step = g_variant_get_int32 (parameter);

  if (step < 0 && self->page > 0)
    self->page--;
  else if (step > 0 && self->page + 1 < self->pages->len)
    self->page++;
  else if (step > 0)
    {
      gtk_window_close (GTK_WINDOW (self));
      return;
    }
  show_page (self);
}

/* ← and → turn the pages wherever the focus is: caught before the
 * buttons would move the focus with them. */
static gboolean
key_pressed_cb (KoloBriefsWindow *self,
                guint             keyval,
                guint             keycode,
                GdkModifierType   state)
{
  int step;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;
  if (keyval == GDK_KEY_Right || keyval == GDK_KEY_Page_Down)
    step = 1;
  else if (keyval == GDK_KEY_Left || keyval == GDK_KEY_Page_Up)
    step = -1;
  else
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self), "briefs.step", "i", step);
  return TRUE;
}

static GtkWidget *
big_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
kolo_briefs_window_finalize (GObject *object)
{
  KoloBriefsWindow *self = (KoloBriefsWindow *)object;

  g_clear_pointer (&self->pages, g_array_unref);

  G_OBJECT_CLASS (kolo_briefs_window_parent_class)->finalize (object);
}

static void
kolo_briefs_window_class_init (KoloBriefsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = kolo_briefs_window_finalize;

  gtk_widget_class_install_action (widget_class, "briefs.step", "i", step_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kolo_briefs_window_init (KoloBriefsWindow *self)
{
  GtkWidget *box, *header, *clamp, *content, *scroller, *buttons;
  GtkEventController *keys;

  self->pages = g_array_new (FALSE, TRUE, sizeof (Page));
  g_array_set_clear_func (self->pages, (GDestroyNotify) page_clear);

  gtk_window_set_default_size (GTK_WINDOW (self), 900, 640);
  gtk_widget_add_css_class (GTK_WIDGET (self), "briefs-window");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_("Briefs"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  gtk_box_append (GTK_BOX (box), header);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (content, 24);
  gtk_widget_set_margin_bottom (content, 24);
  gtk_widget_set_margin_start (content, 24);
  gtk_widget_set_margin_end (content, 24);
  self->counter_label = GTK_LABEL (big_label ("dim-label"));
  self->player_label = GTK_LABEL (big_label ("title-1"));
  self->role_label = GTK_LABEL (big_label ("title-3"));
  gtk_widget_add_css_class (GTK_WIDGET (self->role_label), "accent");
  self->text_label = GTK_LABEL (big_label ("brief-text"));
  gtk_widget_set_margin_top (GTK_WIDGET (self->text_label), 12);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->counter_label));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->player_label));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->role_label));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->text_label));

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 900);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (box), scroller);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (buttons, 12);
  gtk_widget_set_margin_bottom (buttons, 18);
  self->previous_button = gtk_button_new_with_mnemonic (_("_Previous"));
  gtk_actionable_set_detailed_action_name (GTK_ACTIONABLE (self->previous_button),
                                           "briefs.step(-1)");
  gtk_widget_set_tooltip_text (self->previous_button, _("Previous brief (←)"));
  self->next_button = gtk_button_new_with_mnemonic (_("_Next"));
  gtk_actionable_set_detailed_action_name (GTK_ACTIONABLE (self->next_button), "briefs.step(1)");
  gtk_widget_set_tooltip_text (self->next_button, _("Next brief (→)"));
  gtk_widget_add_css_class (self->previous_button, "pill");
  gtk_widget_add_css_class (self->next_button, "pill");
  gtk_widget_add_css_class (self->next_button, "suggested-action");
  gtk_box_append (GTK_BOX (buttons), self->previous_button);
  gtk_box_append (GTK_BOX (buttons), self->next_button);
  gtk_box_append (GTK_BOX (box), buttons);

  adw_window_set_content (ADW_WINDOW (self), box);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

/**
 * kolo_briefs_window_new:
 *
 * Returns: (transfer none): the window, not yet shown, on the first brief
 */
GtkWindow *
kolo_briefs_window_new (GtkWindow *parent,
                        KoloPlay  *play)
{
  KoloBriefsWindow *self;
  KoloRoleAssignment *roles;
  KoloCard *card;
  g_autoptr(GString) observers = g_string_new (NULL);

  g_return_val_if_fail (KOLO_IS_PLAY (play), NULL);
  g_return_val_if_fail (kolo_play_get_card (play) != NULL, NULL);

  self = g_object_new (KOLO_TYPE_BRIEFS_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       "title", _("Briefs"),
                       NULL);
  card = kolo_play_get_card (play);
  roles = kolo_play_get_roles (play);
  adw_window_title_set_subtitle (self->title, kolo_card_get_title (card));
  self->n_groups = kolo_role_assignment_get_n_groups (roles);

  for (guint g = 0; g < self->n_groups; g++)
    for (guint i = 0; i < kolo_role_assignment_get_n_players (roles, g); i++)
      {
        KoloParticipant *person = kolo_role_assignment_get_player (roles, g, i);
        int brief = kolo_role_assignment_get_brief (roles, g, i);
        Page page = { 0 };

        if (brief < 0 || (guint) brief >= kolo_card_get_n_briefs (card))
          {
            g_string_append_printf (observers, "%s%s", observers->len ? ", " : "",
                                    kolo_participant_get_name (person));
            continue;
          }
        page.player = g_strdup (kolo_participant_get_name (person));
        page.role = g_strdup (kolo_role_assignment_get_role (roles, g, i));
        page.text = g_strdup (kolo_card_get_brief_text (card, brief));
        page.group = g;
        g_array_append_val (self->pages, page);
      }

  if (observers->len > 0)
    {
      Page page = { 0 };

      page.player = g_strdup (_("Observers"));
      page.text = g_strdup_printf (_("%s: no brief. They watch the play and note what helped "
                                     "the conversation and what did not, for the discussion."),
                                   observers->str);
      g_array_append_val (self->pages, page);
    }

  show_page (self);
  return GTK_WINDOW (self);
}

guint
kolo_briefs_window_get_n_pages (KoloBriefsWindow *self)
{
  g_return_val_if_fail (KOLO_IS_BRIEFS_WINDOW (self), 0);
  return self->pages->len;
}

guint
kolo_briefs_window_get_page (KoloBriefsWindow *self)
{
  g_return_val_if_fail (KOLO_IS_BRIEFS_WINDOW (self), 0);
  return self->page;
}

void
kolo_briefs_window_set_page (KoloBriefsWindow *self,
                             guint             page)
{
  g_return_if_fail (KOLO_IS_BRIEFS_WINDOW (self));
  g_return_if_fail (page < self->pages->len);

  self->page = page;
  show_page (self);
}

const char *
kolo_briefs_window_get_player (KoloBriefsWindow *self)
{
  g_return_val_if_fail (KOLO_IS_BRIEFS_WINDOW (self), NULL);
  return gtk_label_get_text (self->player_label);
}

const char *
kolo_briefs_window_get_text (KoloBriefsWindow *self)
{
  g_return_val_if_fail (KOLO_IS_BRIEFS_WINDOW (self), NULL);
  return gtk_label_get_text (self->text_label);
}
