/* kolo-groups.c — random pairs, triads and groups that mix institutions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kolo-groups"

#include "config.h"

#include "kolo-groups.h"
#include "kolo-text.h"

/* People are dealt into groups by institution, the largest first, each
 * into the group with the most room left among those that have nobody of
 * theirs (Ryser's construction: when a mix with no two colleagues together
 * exists, this finds one).  When none exists, each goes where fewest of
 * theirs are, and swapping pairs of people between groups while that
 * lowers the clashes finishes the job.
 *
 * The deal alone has a pattern: the big institutions fill every group
 * first, so two people of small ones would never meet (in pairs, never).
 * So it is only the start of a random walk: two people picked at random
 * trade places whenever that adds no clash.  The proposal is symmetric,
 * so the walk tends to every grouping with that few clashes alike. */

/* An institution as people type it: case, apostrophes and spacing
 * folded; NULL for none.  Spacing is any Unicode space, one character
 * at a time (splitting on the bytes of U+00A0 would cut "à" and "«"
 * in two). */
static char *
institution_key (KoloParticipant *person)
{
  const char *institution = kolo_participant_get_institution (person);
  g_autofree char *folded = NULL;
  GString *key;
  gboolean space = FALSE;

  if (institution == NULL)
    return NULL;
  folded = kolo_text_fold (institution);
  key = g_string_new (NULL);
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        space = key->len > 0;
      else
        {
          if (space)
            g_string_append_c (key, ' ');
          space = FALSE;
          g_string_append_unichar (key, c);
        }
    }
  if (key->len == 0)
    {
      g_string_free (key, TRUE);
      return NULL;
    }
  return g_string_free (key, FALSE);
}

typedef struct
{
  GPtrArray  *people;      /* of KoloParticipant, unowned */
  int        *kind;        /* each one's institution, from 0; -1 for none */
  guint       n_kinds;
  guint       n_groups;
  guint      *room;        /* per group: places still free */
  guint      *counts;      /* per group and institution: n_groups × n_kinds */
  int        *group;       /* per person */
  GRand      *rand;
} Dealer;

#define COUNT(d, g, k) ((d)->counts[(gsize) (g) * (d)->n_kinds + (k)])

static void
shuffle (GPtrArray *array,
         GRand     *rand)
{
  for (guint i = array->len; i > 1; i--)
    {
      guint j = g_rand_int_range (rand, 0, i);
      gpointer swap = array->pdata[i - 1];

      array->pdata[i - 1] = array->pdata[j];
      array->pdata[j] = swap;
    }
}

/* The clashes a person of @kind adds to group @g (not counting itself). */
static guint
clashes_with (Dealer *d,
              guint   g,
              int     kind)
{
  return kind < 0 ? 0 : COUNT (d, g, kind);
}

static void
place (Dealer *d,
       guint   person,
       guint   g)
{
  d->group[person] = g;
  d->room[g]--;
  if (d->kind[person] >= 0)
    COUNT (d, g, d->kind[person])++;
}

typedef struct
{
  const int   *kind;
  const guint *sizes;
} Order;

/* Institutions with the most people first; the shuffle decided the rest
 * (institutions are numbered in the order their first person came). */
static int
compare_people (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  const Order *order = user_data;
  guint p = *(const guint *) a, q = *(const guint *) b;
  int kp = order->kind[p], kq = order->kind[q];
  guint sp = kp >= 0 ? order->sizes[kp] : 0;
  guint sq = kq >= 0 ? order->sizes[kq] : 0;

  if (sp != sq)
    return sp > sq ? -1 : 1;
  if (kp != kq)
    return kp < kq ? -1 : 1;
  return p < q ? -1 : p > q;
}

/* Deals everyone, institutions with the most people first, those of none
 * last: they fill what is left. */
static void
deal (Dealer *d)
{
  g_autofree guint *sizes = g_new0 (guint, MAX (d->n_kinds, 1));
  g_autofree guint *order = g_new (guint, d->people->len);
  guint n = d->people->len;
  Order by = { d->kind, sizes };

  for (guint i = 0; i < n; i++)
    {
      order[i] = i;
      if (d->kind[i] >= 0)
        sizes[d->kind[i]]++;
    }
  g_qsort_with_data (order, n, sizeof (guint), compare_people, &by);

  for (guint i = 0; i < n; i++)
    {
      guint p = order[i];
      guint best = G_MAXUINT, ties = 0;

      for (guint g = 0; g < d->n_groups; g++)
        {
          int better;

          if (d->room[g] == 0)
            continue;
          if (best == G_MAXUINT)
            better = 1;
          else if (clashes_with (d, g, d->kind[p]) != clashes_with (d, best, d->kind[p]))
            better = clashes_with (d, g, d->kind[p]) < clashes_with (d, best, d->kind[p]) ? 1 : -1;
          else if (d->room[g] != d->room[best])
            better = d->room[g] > d->room[best] ? 1 : -1;
          else
            better = 0;

          /* Equal ones: each as likely as the others. */
          if (better > 0)
            {
              best = g;
              ties = 1;
            }
          else if (better == 0 && g_rand_int_range (d->rand, 0, ++ties) == 0)
            best = g;
        }
      place (d, p, best);
    }
}

/* How many clashes trading the places of @a and @b would add (or, when
 * negative, take away). */
static int
swap_cost (Dealer *d,
           guint   a,
           guint   b)
{
  int ka = d->kind[a], kb = d->kind[b];
  guint ga = d->group[a], gb = d->group[b];
  int before, after;

  /* Colleagues, or two of no institution: the same clashes. */
  if (ga == gb || ka == kb)
    return 0;
  before = (int) clashes_with (d, ga, ka) - (ka >= 0) + (int) clashes_with (d, gb, kb) - (kb >= 0);
  after = (int) clashes_with (d, gb, ka) + (int) clashes_with (d, ga, kb);
  return after - before;
}

static void
swap_people (Dealer *d,
             guint   a,
             guint   b)
{
  int ka = d->kind[a], kb = d->kind[b];
  guint ga = d->group[a], gb = d->group[b];

  if (ka >= 0)
    {
      COUNT (d, ga, ka)--;
      COUNT (d, gb, ka)++;
    }
  if (kb >= 0)
    {
      COUNT (d, gb, kb)--;
      COUNT (d, ga, kb)++;
    }
  d->group[a] = gb;
  d->group[b] = ga;
}

/* Swaps two people of different groups while a swap lowers the clashes;
 * only someone with a colleague in their group can gain from one. */
static void
improve (Dealer *d)
{
  guint n = d->people->len;
  gboolean improved = TRUE;

  for (guint round = 0; improved && round < 100; round++)
    {
      improved = FALSE;
      for (guint a = 0; a < n; a++)
        {
          if (d->kind[a] < 0 || COUNT (d, d->group[a], d->kind[a]) < 2)
            continue;
          for (guint b = 0; b < n; b++)
            if (swap_cost (d, a, b) < 0)
              {
                swap_people (d, a, b);
                improved = TRUE;
                break;
              }
        }
    }
}

/* The random walk: about 4 n log n trades proposed, each between two
 * people drawn at random, taken when it adds no clash. */
static void
stir (Dealer *d)
{
  guint n = d->people->len;
  guint64 steps = (guint64) 4 * n * g_bit_storage (n);

  if (d->n_groups < 2)
    return;
  for (guint64 i = 0; i < steps; i++)
    {
      guint a = g_rand_int_range (d->rand, 0, n);
      guint b = g_rand_int_range (d->rand, 0, n);

      if (d->group[a] != d->group[b] && swap_cost (d, a, b) <= 0)
        swap_people (d, a, b);
    }
}

static GPtrArray *
new_group (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

/* How many groups: the people over @size, to the nearest (a half rounds
 * up: 6 in fours are two triads, not one six), and never so many that a
 * group would have one person. */
static guint
count_groups (guint n,
              guint size)
{
  guint groups = n / size;

  if (2 * (n % size) >= size)
    groups++;
  return CLAMP (groups, 1, MAX (n / 2, 1));
}

/**
 * kolo_groups_make:
 * @people: (element-type KoloParticipant): who is to be grouped
 * @size: people per group, 2 and up
 * @locked: (nullable) (element-type GPtrArray): groups to keep
 * @rand: the randomness
 *
 * Splits @people into groups of about @size: as many groups as @size goes
 * into the people, to the nearest (5 people in pairs are a pair and a
 * triad, 7 in fours a four and a three), the sizes within one of each
 * other.  People of one institution are kept apart while the numbers
 * allow, and otherwise spread so that as few as possible meet their own.
 * Nobody stands alone unless they are the only one: a single person left
 * joins the smallest locked group.  Everyone is in exactly one group.
 *
 * Returns: (transfer full): the groups, locked ones first
 */
GPtrArray *
kolo_groups_make (GPtrArray *people,
                  guint      size,
                  GPtrArray *locked,
                  GRand     *rand)
{
  GPtrArray *groups = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) taken = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) sizes = g_hash_table_new (g_str_hash, g_str_equal);   /* of keys */
  g_autoptr(GHashTable) kinds = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) rest = g_ptr_array_new ();
  g_autoptr(GPtrArray) keys = NULL;    /* of char *, NULL for none */
  g_autofree guint *room = NULL;
  g_autofree guint *counts = NULL;
  g_autofree int *kind = NULL;
  g_autofree int *group = NULL;
  guint first_new;
  Dealer d = { 0 };

  g_return_val_if_fail (people != NULL, groups);
  g_return_val_if_fail (size >= 2, groups);
  g_return_val_if_fail (rand != NULL, groups);

  for (guint i = 0; locked != NULL && i < locked->len; i++)
    {
      GPtrArray *members = locked->pdata[i];
      GPtrArray *copy = new_group ();

      for (guint j = 0; j < members->len; j++)
        if (g_hash_table_add (taken, members->pdata[j]))
          g_ptr_array_add (copy, g_object_ref (members->pdata[j]));
      g_ptr_array_add (groups, copy);
    }
  first_new = groups->len;

  for (guint i = 0; i < people->len; i++)
    if (g_hash_table_add (taken, people->pdata[i]))
      g_ptr_array_add (rest, people->pdata[i]);
  shuffle (rest, rand);
  if (rest->len == 0)
    return groups;

  d.people = rest;
  d.rand = rand;
  /* Institutions numbered from 0, but only those of two people or more
   * here: one alone can clash with nobody, and the table of counts per
   * group and institution stays small (not 1,000 × 5,000 for 5,000
   * people of their own in fives). */
  keys = g_ptr_array_new_full (rest->len, g_free);
  for (guint i = 0; i < rest->len; i++)
    {
      char *key = institution_key (rest->pdata[i]);
      guint before;

      g_ptr_array_add (keys, key);
      if (key == NULL)
        continue;
      before = GPOINTER_TO_UINT (g_hash_table_lookup (sizes, key));
      g_hash_table_insert (sizes, key, GUINT_TO_POINTER (before + 1));
    }
  d.kind = kind = g_new (int, rest->len);
  for (guint i = 0; i < rest->len; i++)
    {
      const char *key = keys->pdata[i];
      gpointer value;

      if (key == NULL || GPOINTER_TO_UINT (g_hash_table_lookup (sizes, key)) < 2)
        kind[i] = -1;
      else if (g_hash_table_lookup_extended (kinds, key, NULL, &value))
        kind[i] = GPOINTER_TO_INT (value);
      else
        {
          kind[i] = (int) d.n_kinds++;
          g_hash_table_insert (kinds, (gpointer) key, GINT_TO_POINTER (kind[i]));
        }
    }

  /* One person left: with the smallest locked group, where nobody of
   * theirs is when that can be. */
  if (rest->len == 1 && first_new > 0)
    {
      const char *key = keys->pdata[0];
      GPtrArray *best = NULL;
      gboolean best_clashes = TRUE;

      for (guint i = 0; i < first_new; i++)
        {
          GPtrArray *candidate = groups->pdata[i];
          gboolean clashes = FALSE;

          for (guint j = 0; key != NULL && j < candidate->len; j++)
            {
              g_autofree char *other = institution_key (candidate->pdata[j]);

              clashes |= g_strcmp0 (key, other) == 0;
            }
          if (best == NULL || (best_clashes && !clashes) ||
              (best_clashes == clashes && candidate->len < best->len))
            {
              best = candidate;
              best_clashes = clashes;
            }
        }
      g_ptr_array_add (best, g_object_ref (rest->pdata[0]));
      return groups;
    }

  d.n_groups = count_groups (rest->len, size);
  d.room = room = g_new (guint, d.n_groups);
  for (guint g = 0; g < d.n_groups; g++)
    room[g] = rest->len / d.n_groups + (g < rest->len % d.n_groups ? 1 : 0);
  d.counts = counts = g_new0 (guint, (gsize) d.n_groups * MAX (d.n_kinds, 1));
  d.group = group = g_new (int, rest->len);

  deal (&d);
  improve (&d);
  stir (&d);

  for (guint g = 0; g < d.n_groups; g++)
    g_ptr_array_add (groups, new_group ());
  /* The people are in shuffled order: each group's order is random too. */
  for (guint i = 0; i < rest->len; i++)
    g_ptr_array_add (groups->pdata[first_new + group[i]], g_object_ref (rest->pdata[i]));
  /* And which group comes first. */
  for (guint g = d.n_groups; g > 1; g--)
    {
      guint j = g_rand_int_range (rand, 0, g);
      gpointer swap = groups->pdata[first_new + g - 1];

      groups->pdata[first_new + g - 1] = groups->pdata[first_new + j];
      groups->pdata[first_new + j] = swap;
    }
  return groups;
}

/**
 * kolo_groups_count_clashes:
 * @groups: (element-type GPtrArray): groups as kolo_groups_make() gives
 *
 * Returns: how many pairs of people in one group share an institution
 */
guint
kolo_groups_count_clashes (GPtrArray *groups)
{
  guint clashes = 0;

  g_return_val_if_fail (groups != NULL, 0);

  for (guint i = 0; i < groups->len; i++)
    {
      GPtrArray *members = groups->pdata[i];
      g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint j = 0; j < members->len; j++)
        {
          char *key = institution_key (members->pdata[j]);
          guint before;

          if (key == NULL)
            continue;
          before = GPOINTER_TO_UINT (g_hash_table_lookup (seen, key));
          clashes += before;
          g_hash_table_insert (seen, key, GUINT_TO_POINTER (before + 1));
        }
    }
  return clashes;
}
