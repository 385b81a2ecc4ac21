/* kolo-history-private.h — how the model records into an event's history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kolo-history.h"

G_BEGIN_DECLS

KoloHistory *_kolo_history_new             (GObject     *owner);
void         _kolo_history_record_property (KoloHistory *self,
                                            GObject     *object,
                                            GParamSpec  *pspec);
void         _kolo_history_record_insert   (KoloHistory *self,
                                            GObject     *container,
                                            GObject     *child,
                                            guint        position);
void         _kolo_history_record_remove   (KoloHistory *self,
                                            GObject     *container,
                                            GObject     *child,
                                            guint        position);
void         _kolo_history_record_move     (KoloHistory *self,
                                            GObject     *child,
                                            GObject     *from,
                                            guint        from_position,
                                            GObject     *to,
                                            guint        to_position);
/* A card's briefs, before they change */
void         _kolo_history_record_briefs   (KoloHistory *self,
                                            GObject     *card);
/* A participant's tick of a day: @was is what undo goes back to. */
void         _kolo_history_record_attendance (KoloHistory *self,
                                              GObject     *participant,
                                              GObject     *day,
                                              gboolean     was);

G_END_DECLS
