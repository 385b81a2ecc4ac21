/* kolo-role-plays-page-private.h — what kolo-role-plays-page.c shares with
 * the files of who plays and of the round
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kolo-role-plays-page.h"

G_BEGIN_DECLS

struct _KoloRolePlaysPage
{
  GtkWidget           parent_instance;

  KoloEvent          *event;
  GListModel         *decks;        /* the library, once the page was shown */
  KoloDeck           *deck;
  KoloPlay           *play;
  KoloTicker         *ticker;
  KoloRun            *run;
  GPtrArray          *choosers;     /* GtkDropDown per brief of the card */
  gboolean            loading;

  /* Template children */
  GtkStack           *stack;
  AdwComboRow        *deck_row;
  AdwActionRow       *left_row;
  GtkMenuButton      *pick_button;
  GtkPopover         *pick_popover;
  GtkListBox         *pick_list;
  GtkStack           *card_stack;
  GtkLabel           *kind_label;
  GtkLabel           *title_label;
  GtkLabel           *public_label;
  GtkLabel           *meta_label;
  GtkLabel           *drawn_label;
  GtkToggleButton    *project_button;
  AdwPreferencesGroup *players_group;
  AdwComboRow        *size_row;
  AdwComboRow        *day_row;
  GtkListBox         *groups_list;
  GtkMenuButton      *choose_button;
  GtkPopover         *choose_popover;
  GtkGrid            *choose_grid;
  GtkCheckButton     *choose_another;
  GtkLabel           *choose_error;
  AdwPreferencesGroup *round_group;
  GtkLabel           *phase_label;
  GtkLabel           *round_time_label;
  GtkButton          *round_start_button;
  GtkButton          *round_pause_button;
  GtkSpinButton      *preparation_spin;
  GtkSpinButton      *play_spin;
  GtkSpinButton      *discussion_spin;
  GtkListBox         *plays_list;
};

/* kolo-role-plays-page.c */
gboolean  _kolo_role_plays_report                    (KoloRolePlaysPage *self,
                                                     const char        *heading,
                                                     const GError      *error);
KoloCard *_kolo_role_plays_current_card              (KoloRolePlaysPage *self);

/* kolo-role-plays-players.c */
void      _kolo_role_plays_class_add_players_actions (GtkWidgetClass    *widget_class);
void      _kolo_role_plays_init_players              (KoloRolePlaysPage *self);
void      _kolo_role_plays_update_groups             (KoloRolePlaysPage *self);

/* kolo-role-plays-round.c */
void      _kolo_role_plays_class_add_round_actions   (GtkWidgetClass    *widget_class);
void      _kolo_role_plays_init_round                (KoloRolePlaysPage *self);
void      _kolo_role_plays_update_round              (KoloRolePlaysPage *self);
void      _kolo_role_plays_disconnect_run            (KoloRolePlaysPage *self);

G_END_DECLS
