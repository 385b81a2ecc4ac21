/* kolo-history.c — undo and redo of every edit of an event's agenda, or of a deck
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-history"

#include "config.h"

#include "kolo-board.h"
#include "kolo-deck.h"
#include "kolo-history-private.h"
#include "kolo-model-private.h"
#include "kolo-participant-private.h"
#include "kolo-store-private.h"

/* The model records into its event's history as it changes, whoever
 * changes it (a bound entry, an editor, the timer's catch-up): every edit
 * is undoable without the UI doing anything special.  Undo and redo replay
 * through the same public API, with recording switched off. */

typedef enum
{
  COMMAND_PROPERTY,  /* object's property; value holds the other value */
  COMMAND_INSERT,    /* child inserted into container at position */
  COMMAND_REMOVE,    /* child removed from container at position */
  COMMAND_MOVE,      /* child moved from (container, position) to (other, other_position) */
  COMMAND_ATTENDANCE, /* participant (object) ticked day (container) or not (position) */
  COMMAND_BRIEFS,    /* a card's briefs; value holds the other ones, roles then texts */
  COMMAND_GROUP,     /* several commands as one step */
} CommandKind;

typedef struct
{
  CommandKind  kind;
  GObject     *object;          /* the changed object, or the child */
  const char  *property;        /* interned */
  GValue       value;
  GObject     *container;
  guint        position;
  GObject     *other_container;
  guint        other_position;
  GPtrArray   *commands;        /* of Command, for groups */
  gint64       time;            /* monotonic, for merging typing */
  KoloHistory *history;         /* unowned */
} Command;

struct _KoloHistory
{
  GObject    parent_instance;

  GObject   *owner;             /* unowned: the event that owns the history */
  GPtrArray *undo;              /* of Command, the newest last */
  GPtrArray *redo;
  Command   *group;             /* being recorded */
  guint      group_depth;
  gboolean   replaying;
  gboolean   merge_allowed;     /* no merging across an undo */
  guint64    serial;            /* counts steps recorded, undone and redone */
};

G_DEFINE_FINAL_TYPE (KoloHistory, kolo_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

/* Keystrokes into one field within this long are one undo step. */
#define MERGE_USEC (1500 * 1000)

/* Commands hold what they change, except the history's own event: it owns
 * the history, and a reference back would keep both alive for ever. */
static GObject *
hold (KoloHistory *self,
      GObject     *object)
{
  return object == self->owner ? object : g_object_ref (object);
}

static void
release (KoloHistory *self,
         GObject     *object)
{
  if (object != NULL && object != self->owner)
    g_object_unref (object);
}

static void
command_free (gpointer data)
{
  Command *command = data;

  release (command->history, command->object);
  release (command->history, command->container);
  release (command->history, command->other_container);
  if (G_IS_VALUE (&command->value))
    g_value_unset (&command->value);
  g_clear_pointer (&command->commands, g_ptr_array_unref);
  g_free (command);
}

static Command *
command_new (KoloHistory *history,
             CommandKind  kind)
{
  Command *command = g_new0 (Command, 1);

  command->history = history;
  command->kind = kind;
  command->time = g_get_monotonic_time ();
  return command;
}

static void
notify_state (KoloHistory *self,
              gboolean     could_undo,
              gboolean     could_redo)
{
  if (could_undo != kolo_history_get_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != kolo_history_get_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
push (KoloHistory *self,
      Command     *command)
{
  gboolean could_undo = kolo_history_get_can_undo (self);
  gboolean could_redo = kolo_history_get_can_redo (self);

  if (self->group != NULL)
    {
      g_ptr_array_add (self->group->commands, command);
      return;
    }

  g_ptr_array_add (self->undo, command);
  g_ptr_array_set_size (self->redo, 0);
  self->merge_allowed = TRUE;
  self->serial++;
  notify_state (self, could_undo, could_redo);
}

/* Replaying ------------------------------------------------------------- */

static gboolean
insert_child (GObject  *container,
              guint     position,
              GObject  *child,
              GError  **error)
{
  if (KOLO_IS_CARD (child))
    return kolo_deck_insert_card (KOLO_DECK (container), position, KOLO_CARD (child), error);
  if (KOLO_IS_MODULE (container))
    return kolo_module_insert_activity (KOLO_MODULE (container), position,
                                        KOLO_ACTIVITY (child), error);
  if (KOLO_IS_DAY (container))
    return kolo_day_insert_module (KOLO_DAY (container), position, KOLO_MODULE (child), error);
  /* An idea's container is its cluster, or its board for "Ungrouped". */
  if (KOLO_IS_IDEA (child))
    return KOLO_IS_CLUSTER (container)
           ? kolo_board_insert_idea (kolo_cluster_get_board (KOLO_CLUSTER (container)),
                                     KOLO_CLUSTER (container), position, KOLO_IDEA (child), error)
           : kolo_board_insert_idea (KOLO_BOARD (container), NULL, position, KOLO_IDEA (child),
                                     error);
  if (KOLO_IS_CLUSTER (child))
    return kolo_board_insert_cluster (KOLO_BOARD (container), position, KOLO_CLUSTER (child),
                                      error);
  if (KOLO_IS_BOARD (child))
    return kolo_event_insert_board (KOLO_EVENT (container), position, KOLO_BOARD (child), error);
  if (KOLO_IS_PARTICIPANT (child))
    return kolo_event_insert_participant (KOLO_EVENT (container), position,
                                          KOLO_PARTICIPANT (child), error);
  return kolo_event_insert_day (KOLO_EVENT (container), position, KOLO_DAY (child), error);
}

static gboolean
remove_child (GObject  *container,
              GObject  *child,
              GError  **error)
{
  if (KOLO_IS_CARD (child))
    return kolo_deck_remove_card (KOLO_DECK (container), KOLO_CARD (child), error);
  if (KOLO_IS_MODULE (container))
    return kolo_module_remove_activity (KOLO_MODULE (container), KOLO_ACTIVITY (child), error);
  if (KOLO_IS_DAY (container))
    return kolo_day_remove_module (KOLO_DAY (container), KOLO_MODULE (child), error);
  if (KOLO_IS_IDEA (child))
    return kolo_board_remove_idea (kolo_idea_get_board (KOLO_IDEA (child)), KOLO_IDEA (child),
                                   error);
  if (KOLO_IS_CLUSTER (child))
    return kolo_board_remove_cluster (KOLO_BOARD (container), KOLO_CLUSTER (child), error);
  if (KOLO_IS_BOARD (child))
    return kolo_event_remove_board (KOLO_EVENT (container), KOLO_BOARD (child), error);
  if (KOLO_IS_PARTICIPANT (child))
    return kolo_event_remove_participant (KOLO_EVENT (container), KOLO_PARTICIPANT (child),
                                          error);
  return kolo_event_remove_day (KOLO_EVENT (container), KOLO_DAY (child), error);
}

static gboolean
move_child (GObject  *child,
            GObject  *container,
            guint     position,
            GError  **error)
{
  if (KOLO_IS_CARD (child))
    return kolo_card_move (KOLO_CARD (child), position, error);
  if (KOLO_IS_ACTIVITY (child))
    return kolo_activity_move (KOLO_ACTIVITY (child), KOLO_MODULE (container), position, error);
  if (KOLO_IS_MODULE (child))
    return kolo_module_move (KOLO_MODULE (child), KOLO_DAY (container), position, error);
  if (KOLO_IS_IDEA (child))
    return kolo_idea_move (KOLO_IDEA (child),
                           KOLO_IS_CLUSTER (container) ? KOLO_CLUSTER (container) : NULL,
                           position, error);
  if (KOLO_IS_CLUSTER (child))
    return kolo_cluster_move (KOLO_CLUSTER (child), position, error);
  return kolo_day_move (KOLO_DAY (child), position, error);
}

/* A card's briefs as one list: every role, then every text. */
static GStrv
briefs_of (KoloCard *card)
{
  guint n = kolo_card_get_n_briefs (card);
  GStrv briefs = g_new0 (char *, 2 * n + 1);

  for (guint i = 0; i < n; i++)
    {
      briefs[i] = g_strdup (kolo_card_get_brief_role (card, i));
      briefs[n + i] = g_strdup (kolo_card_get_brief_text (card, i));
    }
  return briefs;
}

static void
split_briefs (const char * const *briefs,
              GStrv              *roles,
              GStrv              *texts)
{
  guint n = g_strv_length ((char **) briefs) / 2;

  *roles = g_new0 (char *, n + 1);
  *texts = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      (*roles)[i] = g_strdup (briefs[i]);
      (*texts)[i] = g_strdup (briefs[n + i]);
    }
}

/* Runs @command backwards (undo) or forwards (redo). */
static gboolean
replay (Command   *command,
        gboolean   backwards,
        GError   **error)
{
  switch (command->kind)
    {
    case COMMAND_PROPERTY:
      {
        /* Swap: the value now in the object is the one to go back to. */
        g_auto(GValue) current = G_VALUE_INIT;

        g_value_init (&current, G_VALUE_TYPE (&command->value));
        g_object_get_property (command->object, command->property, &current);
        g_object_set_property (command->object, command->property, &command->value);
        g_value_unset (&command->value);
        g_value_init (&command->value, G_VALUE_TYPE (&current));
        g_value_copy (&current, &command->value);
        return TRUE;
      }

    case COMMAND_INSERT:
      return backwards ? remove_child (command->container, command->object, error)
                       : insert_child (command->container, command->position, command->object,
                                       error);

    case COMMAND_REMOVE:
      return backwards ? insert_child (command->container, command->position, command->object,
                                       error)
                       : remove_child (command->container, command->object, error);

    case COMMAND_MOVE:
      return backwards ? move_child (command->object, command->container, command->position,
                                     error)
                       : move_child (command->object, command->other_container,
                                     command->other_position, error);

    case COMMAND_ATTENDANCE:
      {
        /* Swap, as a property does: the tick now is the one to go back to. */
        KoloParticipant *participant = KOLO_PARTICIPANT (command->object);
        KoloDay *day = KOLO_DAY (command->container);
        gboolean current = kolo_participant_get_attended (participant, day);

        if (!_kolo_participant_apply_attended (participant, day, command->position, TRUE,
                                               error))
          return FALSE;
        command->position = current;
        return TRUE;
      }

    case COMMAND_BRIEFS:
      {
        /* Swap, as a property does: the briefs now are the ones to go back to. */
        g_auto(GStrv) current = briefs_of (KOLO_CARD (command->object));
        g_auto(GStrv) roles = NULL;
        g_auto(GStrv) texts = NULL;

        split_briefs (g_value_get_boxed (&command->value), &roles, &texts);
        if (!kolo_card_set_briefs (KOLO_CARD (command->object), (const char * const *) roles,
                                   (const char * const *) texts, error))
          return FALSE;
        g_value_take_boxed (&command->value, g_steal_pointer (&current));
        return TRUE;
      }

    case COMMAND_GROUP:
      if (backwards)
        {
          for (guint i = command->commands->len; i > 0; i--)
            if (!replay (command->commands->pdata[i - 1], TRUE, error))
              return FALSE;
        }
      else
        {
          for (guint i = 0; i < command->commands->len; i++)
            if (!replay (command->commands->pdata[i], FALSE, error))
              return FALSE;
        }
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

/* A step is one transaction, however many changes it replays (resetting
 * the votes of a whole board, making it anonymous): one commit rather than
 * one per idea.  Each change still writes before it changes its object;
 * what replayed before a refusal is committed, so the file keeps matching
 * what is on screen. */
static gboolean
replay_in_transaction (KoloHistory  *self,
                       Command      *command,
                       gboolean      backwards,
                       GError      **error)
{
  KoloStore *store = NULL;
  gboolean ok;

  if (KOLO_IS_EVENT (self->owner))
    store = kolo_event_get_store (KOLO_EVENT (self->owner));
  else if (KOLO_IS_DECK (self->owner) && kolo_deck_get_id (KOLO_DECK (self->owner)) != 0)
    store = kolo_deck_get_store (KOLO_DECK (self->owner));

  if (store == NULL || !kolo_store_begin (store, NULL))
    return replay (command, backwards, error);

  ok = replay (command, backwards, error);
  if (!kolo_store_commit (store, ok ? error : NULL))
    return FALSE;
  return ok;
}

static gboolean
step (KoloHistory  *self,
      GPtrArray    *from,
      GPtrArray    *to,
      gboolean      backwards,
      GError      **error)
{
  gboolean could_undo = kolo_history_get_can_undo (self);
  gboolean could_redo = kolo_history_get_can_redo (self);
  Command *command;
  gboolean ok;

  g_return_val_if_fail (self->group == NULL, FALSE);

  if (from->len == 0)
    return TRUE;

  command = g_ptr_array_steal_index (from, from->len - 1);
  self->replaying = TRUE;
  ok = replay_in_transaction (self, command, backwards, error);
  self->replaying = FALSE;
  self->merge_allowed = FALSE;
  self->serial++;

  if (ok)
    g_ptr_array_add (to, command);
  else
    {
      /* The store refused: what is left of the history cannot be trusted
       * to replay either. */
      command_free (command);
      g_ptr_array_set_size (self->undo, 0);
      g_ptr_array_set_size (self->redo, 0);
    }

  notify_state (self, could_undo, could_redo);
  return ok;
}

/* GObject ---------------------------------------------------------------- */

static void
kolo_history_finalize (GObject *object)
{
  KoloHistory *self = (KoloHistory *)object;

  g_ptr_array_unref (self->undo);
  g_ptr_array_unref (self->redo);
  g_clear_pointer (&self->group, command_free);

  G_OBJECT_CLASS (kolo_history_parent_class)->finalize (object);
}

static void
kolo_history_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KoloHistory *self = KOLO_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, kolo_history_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, kolo_history_get_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kolo_history_class_init (KoloHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kolo_history_finalize;
  object_class->get_property = kolo_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kolo_history_init (KoloHistory *self)
{
  self->undo = g_ptr_array_new_with_free_func (command_free);
  self->redo = g_ptr_array_new_with_free_func (command_free);
}

KoloHistory *
_kolo_history_new (GObject *owner)
{
  KoloHistory *self = g_object_new (KOLO_TYPE_HISTORY, NULL);

  self->owner = owner;
  return self;
}

/* Recording -------------------------------------------------------------- */

/**
 * _kolo_history_record_property:
 *
 * Call before @object's @pspec changes: the value it has now is the one
 * undo goes back to.
 */
void
_kolo_history_record_property (KoloHistory *self,
                               GObject     *object,
                               GParamSpec  *pspec)
{
  Command *last;
  Command *command;

  if (self == NULL || self->replaying)
    return;

  /* Typing into a field: one step, back to the value before the first key. */
  last = self->group == NULL && self->undo->len > 0 ? self->undo->pdata[self->undo->len - 1] : NULL;
  if (last != NULL && self->merge_allowed && last->kind == COMMAND_PROPERTY &&
      last->object == object && last->property == g_intern_string (pspec->name) &&
      g_get_monotonic_time () - last->time < MERGE_USEC &&
      G_VALUE_HOLDS_STRING (&last->value))
    {
      last->time = g_get_monotonic_time ();
      g_ptr_array_set_size (self->redo, 0);
      return;
    }

  command = command_new (self, COMMAND_PROPERTY);
  command->object = hold (self, object);
  command->property = g_intern_string (pspec->name);
  g_value_init (&command->value, pspec->value_type);
  g_object_get_property (object, pspec->name, &command->value);
  push (self, command);
}

static void
record_child (KoloHistory *self,
              CommandKind  kind,
              GObject     *container,
              GObject     *child,
              guint        position)
{
  Command *command;

  if (self == NULL || self->replaying)
    return;

  command = command_new (self, kind);
  command->container = hold (self, container);
  command->object = hold (self, child);
  command->position = position;
  push (self, command);
}

void
_kolo_history_record_insert (KoloHistory *self,
                             GObject     *container,
                             GObject     *child,
                             guint        position)
{
  record_child (self, COMMAND_INSERT, container, child, position);
}

void
_kolo_history_record_remove (KoloHistory *self,
                             GObject     *container,
                             GObject     *child,
                             guint        position)
{
  record_child (self, COMMAND_REMOVE, container, child, position);
}

void
_kolo_history_record_move (KoloHistory *self,
                           GObject     *child,
                           GObject     *from,
                           guint        from_position,
                           GObject     *to,
                           guint        to_position)
{
  Command *command;

  if (self == NULL || self->replaying)
    return;

  command = command_new (self, COMMAND_MOVE);
  command->object = hold (self, child);
  command->container = hold (self, from);
  command->position = from_position;
  command->other_container = hold (self, to);
  command->other_position = to_position;
  push (self, command);
}

/**
 * _kolo_history_record_briefs:
 *
 * Call before @card's briefs change: the ones it has now are those undo
 * goes back to.
 */
void
_kolo_history_record_briefs (KoloHistory *self,
                             GObject     *card)
{
  Command *command;

  if (self == NULL || self->replaying)
    return;

  command = command_new (self, COMMAND_BRIEFS);
  command->object = hold (self, card);
  g_value_init (&command->value, G_TYPE_STRV);
  g_value_take_boxed (&command->value, briefs_of (KOLO_CARD (card)));
  push (self, command);
}

void
_kolo_history_record_attendance (KoloHistory *self,
                                 GObject     *participant,
                                 GObject     *day,
                                 gboolean     was)
{
  record_child (self, COMMAND_ATTENDANCE, day, participant, was);
}

/* Public ----------------------------------------------------------------- */

gboolean
kolo_history_get_can_undo (KoloHistory *self)
{
  g_return_val_if_fail (KOLO_IS_HISTORY (self), FALSE);
  return self->undo->len > 0;
}

gboolean
kolo_history_get_can_redo (KoloHistory *self)
{
  g_return_val_if_fail (KOLO_IS_HISTORY (self), FALSE);
  return self->redo->len > 0;
}

/**
 * kolo_history_undo:
 *
 * Takes back the latest step.  If the store refuses, the history is
 * cleared and @error says why.
 */
gboolean
kolo_history_undo (KoloHistory  *self,
                   GError      **error)
{
  g_return_val_if_fail (KOLO_IS_HISTORY (self), FALSE);
  return step (self, self->undo, self->redo, TRUE, error);
}

gboolean
kolo_history_redo (KoloHistory  *self,
                   GError      **error)
{
  g_return_val_if_fail (KOLO_IS_HISTORY (self), FALSE);
  return step (self, self->redo, self->undo, FALSE, error);
}

/**
 * kolo_history_begin_group:
 *
 * What is recorded until the matching kolo_history_end_group() is one
 * step (shortening several activities at once, moving a block).
 */
void
kolo_history_begin_group (KoloHistory *self)
{
  g_return_if_fail (KOLO_IS_HISTORY (self));

  if (self->group_depth++ == 0)
    {
      self->group = command_new (self, COMMAND_GROUP);
      self->group->commands = g_ptr_array_new_with_free_func (command_free);
    }
}

void
kolo_history_end_group (KoloHistory *self)
{
  Command *group;

  g_return_if_fail (KOLO_IS_HISTORY (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  group = g_steal_pointer (&self->group);
  if (group->commands->len == 0)
    command_free (group);
  else
    {
      push (self, group);
      /* A group is never merged into. */
      self->merge_allowed = FALSE;
    }
}

/**
 * kolo_history_get_serial:
 *
 * Returns: a number that changes whenever a step is recorded, undone or
 *   redone: an undo button of a toast undoes only if it is unchanged
 */
guint64
kolo_history_get_serial (KoloHistory *self)
{
  g_return_val_if_fail (KOLO_IS_HISTORY (self), 0);
  return self->serial;
}

void
kolo_history_clear (KoloHistory *self)
{
  gboolean could_undo, could_redo;

  g_return_if_fail (KOLO_IS_HISTORY (self));

  could_undo = kolo_history_get_can_undo (self);
  could_redo = kolo_history_get_can_redo (self);
  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  self->serial++;
  notify_state (self, could_undo, could_redo);
}
