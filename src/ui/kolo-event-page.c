/* kolo-event-page.c — one event: its details and its views
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-event-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kolo-agenda-view.h"
#include "kolo-boards-page.h"
#include "kolo-participants-page.h"
#include "kolo-role-plays-page.h"
#include "kolo-ui-util.h"
#include "kolo-event-actions.h"
#include "kolo-event-details.h"
#include "kolo-event-page.h"
#include "kolo-run-bar.h"
#include "kolo-window.h"

struct _KoloEventPage
{
  GtkWidget              parent_instance;

  KoloEvent             *event;

  /* Template children */
  AdwViewSwitcherTitle  *switcher_title;
  AdwFlap               *flap;
  AdwViewStack          *stack;
  KoloEventDetails      *details;
  KoloAgendaView        *agenda_view;
  KoloBoardsPage        *boards_page;
  KoloRolePlaysPage     *role_plays_page;
  KoloParticipantsPage  *participants_page;
  KoloRunBar            *run_bar;
};

G_DEFINE_FINAL_TYPE (KoloEventPage, kolo_event_page, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_EVENT, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
update_title (KoloEventPage *self)
{
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const GDate *first;

  if (self->event == NULL)
    return;

  first = kolo_event_get_first_date (self->event);
  if (first != NULL)
    {
      g_autofree char *range = kolo_text_format_date_range (first,
                                                            kolo_event_get_last_date (self->event));
      g_string_append (subtitle, range);
    }
  if (*kolo_event_get_city (self->event) != '\0')
    g_string_append_printf (subtitle, "%s%s", subtitle->len ? " · " : "",
                            kolo_event_get_city (self->event));

  adw_view_switcher_title_set_title (self->switcher_title, kolo_event_get_title (self->event));
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle->str);
  kolo_event_actions_update (GTK_WIDGET (self), "page", self->event);
}

static void
toggle_details_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KoloEventPage *self = KOLO_EVENT_PAGE (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KoloEventPage *self = KOLO_EVENT_PAGE (widget);
  g_autoptr(GError) error = NULL;
  KoloHistory *history;
  gboolean ok;

  if (self->event == NULL)
    return;

  history = kolo_event_get_history (self->event);
  if (g_str_equal (action_name, "page.undo"))
    ok = kolo_history_undo (history, &error);
  else
    ok = kolo_history_redo (history, &error);

  if (!ok)
    kolo_window_report_error (KOLO_WINDOW (gtk_widget_get_root (widget)),
                              _("Could Not Undo"), error);
}

static void
history_changed_cb (KoloEventPage *self)
{
  KoloHistory *history = self->event ? kolo_event_get_history (self->event) : NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.undo",
                                 history != NULL && kolo_history_get_can_undo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.redo",
                                 history != NULL && kolo_history_get_can_redo (history));
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KoloEventPage *self = KOLO_EVENT_PAGE (widget);

  adw_view_stack_set_visible_child_name (self->stack, g_variant_get_string (parameter, NULL));
}

static gboolean
kolo_event_page_grab_focus (GtkWidget *widget)
{
  KoloEventPage *self = KOLO_EVENT_PAGE (widget);

  return gtk_widget_grab_focus (adw_view_stack_get_visible_child (self->stack));
}

static void
kolo_event_page_dispose (GObject *object)
{
  KoloEventPage *self = (KoloEventPage *)object;

  kolo_event_page_set_event (self, NULL);
  kolo_widget_dispose_children (GTK_WIDGET (self), KOLO_TYPE_EVENT_PAGE);

  G_OBJECT_CLASS (kolo_event_page_parent_class)->dispose (object);
}

static void
kolo_event_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KoloEventPage *self = KOLO_EVENT_PAGE (object);

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
kolo_event_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KoloEventPage *self = KOLO_EVENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      kolo_event_page_set_event (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_event_page_class_init (KoloEventPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kolo_event_page_dispose;
  object_class->get_property = kolo_event_page_get_property;
  object_class->set_property = kolo_event_page_set_property;
  widget_class->grab_focus = kolo_event_page_grab_focus;

  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL, KOLO_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KOLO_TYPE_AGENDA_VIEW);
  g_type_ensure (KOLO_TYPE_RUN_BAR);
  g_type_ensure (KOLO_TYPE_BOARDS_PAGE);
  g_type_ensure (KOLO_TYPE_ROLE_PLAYS_PAGE);
  g_type_ensure (KOLO_TYPE_PARTICIPANTS_PAGE);
  g_type_ensure (KOLO_TYPE_EVENT_DETAILS);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/kolo-event-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KoloEventPage, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, KoloEventPage, flap);
  gtk_widget_class_bind_template_child (widget_class, KoloEventPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KoloEventPage, details);
  gtk_widget_class_bind_template_child (widget_class, KoloEventPage, agenda_view);
  gtk_widget_class_bind_template_child (widget_class, KoloEventPage, boards_page);
  gtk_widget_class_bind_template_child (widget_class, KoloEventPage, role_plays_page);
  gtk_widget_class_bind_template_child (widget_class, KoloEventPage, participants_page);
  gtk_widget_class_bind_template_child (widget_class, KoloEventPage, run_bar);

  kolo_event_actions_install (widget_class, "page");
  gtk_widget_class_install_action (widget_class, "page.toggle-details", NULL, toggle_details_action);
  gtk_widget_class_install_action (widget_class, "page.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "page.undo", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "page.redo", NULL, history_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "page.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "page.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK,
                                       "page.redo", NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "page.toggle-details", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK,
                                       "page.show-view", "s", "agenda");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK,
                                       "page.show-view", "s", "boards");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK,
                                       "page.show-view", "s", "role-play");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK,
                                       "page.show-view", "s", "participants");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "page.duplicate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "page.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "page.print-handout", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "eventpage");
}

static void
kolo_event_page_init (KoloEventPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kolo_event_actions_update (GTK_WIDGET (self), "page", NULL);
}

/**
 * kolo_event_page_set_ticker:
 * @ticker: (nullable): the ticker of the event's run
 *
 * The run bar and the agenda follow the window's run.
 */
void
kolo_event_page_set_ticker (KoloEventPage *self,
                            KoloTicker    *ticker)
{
  g_return_if_fail (KOLO_IS_EVENT_PAGE (self));

  kolo_run_bar_set_ticker (self->run_bar, ticker);
  kolo_agenda_view_set_ticker (self->agenda_view, ticker);
  kolo_role_plays_page_set_ticker (self->role_plays_page, ticker);
}

/**
 * kolo_event_page_get_event:
 *
 * Returns: (transfer none) (nullable): the event shown
 */
KoloEvent *
kolo_event_page_get_event (KoloEventPage *self)
{
  g_return_val_if_fail (KOLO_IS_EVENT_PAGE (self), NULL);
  return self->event;
}

void
kolo_event_page_set_event (KoloEventPage *self,
                           KoloEvent     *event)
{
  g_return_if_fail (KOLO_IS_EVENT_PAGE (self));

  if (self->event == event)
    return;

  if (self->event != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->event, update_title, self);
      g_signal_handlers_disconnect_by_func (kolo_event_get_history (self->event),
                                            history_changed_cb, self);
    }
  g_set_object (&self->event, event);
  if (event != NULL)
    {
      g_signal_connect_object (event, "notify", G_CALLBACK (update_title), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (kolo_event_get_history (event), "notify",
                               G_CALLBACK (history_changed_cb), self, G_CONNECT_SWAPPED);
      /* A newly opened event starts on its agenda. */
      adw_view_stack_set_visible_child_name (self->stack, "agenda");
    }

  kolo_event_details_set_event (self->details, event);
  kolo_agenda_view_set_event (self->agenda_view, event);
  kolo_boards_page_set_event (self->boards_page, event);
  kolo_role_plays_page_set_event (self->role_plays_page, event);
  kolo_participants_page_set_event (self->participants_page, event);
  update_title (self);
  history_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
}

/**
 * kolo_event_page_show_board:
 *
 * Opens the Boards view on @board, one of the event's boards.
 */
void
kolo_event_page_show_board (KoloEventPage *self,
                            KoloBoard     *board)
{
  g_return_if_fail (KOLO_IS_EVENT_PAGE (self));
  g_return_if_fail (KOLO_IS_BOARD (board));

  adw_view_stack_set_visible_child_name (self->stack, "boards");
  kolo_boards_page_select (self->boards_page, board);
}

/**
 * kolo_event_page_get_boards_page:
 *
 * Returns: (transfer none): the Boards view
 */
GtkWidget *
kolo_event_page_get_boards_page (KoloEventPage *self)
{
  g_return_val_if_fail (KOLO_IS_EVENT_PAGE (self), NULL);
  return GTK_WIDGET (self->boards_page);
}

/**
 * kolo_event_page_get_participants_page:
 *
 * Returns: (transfer none): the Participants view
 */
GtkWidget *
kolo_event_page_get_participants_page (KoloEventPage *self)
{
  g_return_val_if_fail (KOLO_IS_EVENT_PAGE (self), NULL);
  return GTK_WIDGET (self->participants_page);
}

/**
 * kolo_event_page_get_role_plays_page:
 *
 * Returns: (transfer none): the Role-plays view
 */
GtkWidget *
kolo_event_page_get_role_plays_page (KoloEventPage *self)
{
  g_return_val_if_fail (KOLO_IS_EVENT_PAGE (self), NULL);
  return GTK_WIDGET (self->role_plays_page);
}
