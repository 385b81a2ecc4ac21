/* test-groups.c — random pairs, triads and groups that mix institutions:
 * everyone exactly once, sizes, colleagues kept apart while the numbers
 * allow and as few together as possible when they do not, folded
 * institution names, randomness, locked groups, and a big event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kolo-groups.h"
#include "kolo-participant.h"
#include "kolo-test-util.h"

/* Making people ------------------------------------------------------------ */

static KoloParticipant *
person (const char *name,
        const char *institution)
{
  KoloParticipant *self = kolo_participant_new (name);

  g_assert_nonnull (self);
  kolo_participant_set_institution (self, institution);
  return self;
}

/* @counts[k] people of "Бібліотека k", then @n_none of no institution
 * (NULL and "" taking turns), colleagues side by side: the order least
 * kind to a dealer that does not shuffle. */
static GPtrArray *
people_by_counts (const guint *counts,
                  guint        n_counts,
                  guint        n_none)
{
  GPtrArray *people = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint k = 0; k < n_counts; k++)
    for (guint i = 0; i < counts[k]; i++)
      {
        g_autofree char *name = g_strdup_printf ("Учасник %u", people->len);
        g_autofree char *institution = g_strdup_printf ("Бібліотека %u", k);

        g_ptr_array_add (people, person (name, institution));
      }
  for (guint i = 0; i < n_none; i++)
    {
      g_autofree char *name = g_strdup_printf ("Учасник %u", people->len);

      g_ptr_array_add (people, person (name, i % 2 ? "" : NULL));
    }
  return people;
}

static GPtrArray *
people_without_institutions (guint n)
{
  return people_by_counts (NULL, 0, n);
}

static GPtrArray *
people_each_of_their_own (guint n)
{
  GPtrArray *people = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Учасник %u", i);
      g_autofree char *institution = g_strdup_printf ("Бібліотека %u", i);

      g_ptr_array_add (people, person (name, institution));
    }
  return people;
}

static GPtrArray *
group_of (KoloParticipant *first,
          ...)
{
  GPtrArray *group = g_ptr_array_new_with_free_func (g_object_unref);
  va_list args;

  va_start (args, first);
  for (KoloParticipant *p = first; p != NULL; p = va_arg (args, KoloParticipant *))
    g_ptr_array_add (group, g_object_ref (p));
  va_end (args);
  return group;
}

static gpointer
ref_person (gconstpointer  person,
            gpointer       user_data)
{
  return g_object_ref ((gpointer) person);
}

static GPtrArray *
copy_group (GPtrArray *people)
{
  GPtrArray *copy = g_ptr_array_copy (people, ref_person, NULL);

  g_ptr_array_set_free_func (copy, g_object_unref);
  return copy;
}

static GPtrArray *
new_groups (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
}

static GPtrArray *
make (GPtrArray *people,
      guint      size,
      GPtrArray *locked,
      guint32    seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  return kolo_groups_make (people, size, locked, rand);
}

/* Checking groups ---------------------------------------------------------- */

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static int
compare_uints (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

static guint
pairs (guint m)
{
  return m > 0 ? m * (m - 1) / 2 : 0;
}

/* The number of groups kolo_groups_make() documents: @size into the
 * people to the nearest, a half rounding down (3 in pairs are a triad),
 * at least one, and never so many that someone is alone. */
static guint
expected_n_groups (guint n,
                   guint size)
{
  guint groups;

  if (n == 0)
    return 0;
  groups = (2 * n + size) / (2 * size);
  groups = MAX (groups, 1);
  return MIN (groups, MAX (n / 2, 1));
}

/* Everyone in @people is in exactly one of @groups from @first on, and
 * nobody else is there; those groups are as many as documented, their
 * sizes within one of each other, nobody alone unless the only one. */
static void
assert_partition (GPtrArray *people,
                  GPtrArray *groups,
                  guint      first,
                  guint      size)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  guint smallest = G_MAXUINT, largest = 0;
  guint n_groups;

  g_assert_cmpuint (groups->len, >=, first);
  n_groups = groups->len - first;
  g_assert_cmpuint (n_groups, ==, expected_n_groups (people->len, size));

  for (guint g = first; g < groups->len; g++)
    {
      GPtrArray *group = groups->pdata[g];

      for (guint i = 0; i < group->len; i++)
        {
          g_assert_true (KOLO_IS_PARTICIPANT (group->pdata[i]));
          /* Exactly once. */
          g_assert_true (g_hash_table_add (seen, group->pdata[i]));
          /* And one of those to group. */
          g_assert_true (g_ptr_array_find (people, group->pdata[i], NULL));
        }
      smallest = MIN (smallest, group->len);
      largest = MAX (largest, group->len);
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, people->len);

  if (n_groups == 0)
    return;
  g_assert_cmpuint (largest - smallest, <=, 1);
  if (people->len >= 2)
    g_assert_cmpuint (smallest, >=, 2);
  /* The sizes follow from the count: the people shared out evenly. */
  g_assert_cmpuint (smallest, ==, people->len / n_groups);
}

/* The fewest pairs of colleagues any grouping of @counts into @n_groups
 * (of sizes within one of each other) can have: each institution spread
 * as evenly as it goes.  That is a lower bound, and reached: spreading
 * every institution evenly at once is a rounding of the fractional
 * spread, which always exists. */
static guint
fewest_clashes (const guint *counts,
                guint        n_counts,
                guint        n_groups)
{
  guint clashes = 0;

  for (guint k = 0; k < n_counts; k++)
    {
      guint q = counts[k] / n_groups, r = counts[k] % n_groups;

      clashes += r * pairs (q + 1) + (n_groups - r) * pairs (q);
    }
  return clashes;
}

/* Which group each name is in, as a string that does not depend on the
 * order of groups or within them. */
static char *
canonical (GPtrArray *groups)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint g = 0; g < groups->len; g++)
    {
      GPtrArray *group = groups->pdata[g];
      g_autoptr(GPtrArray) names = g_ptr_array_new ();

      for (guint i = 0; i < group->len; i++)
        g_ptr_array_add (names, (gpointer) kolo_participant_get_name (group->pdata[i]));
      g_ptr_array_sort (names, compare_strings);
      g_ptr_array_add (names, NULL);
      g_ptr_array_add (lines, g_strjoinv (",", (char **) names->pdata));
    }
  g_ptr_array_sort (lines, compare_strings);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (out, "%s|", (char *) lines->pdata[i]);
  return g_strdup (out->str);
}

/* The groups exactly as given, order and all. */
static char *
literal (GPtrArray *groups)
{
  GString *out = g_string_new (NULL);

  for (guint g = 0; g < groups->len; g++)
    {
      GPtrArray *group = groups->pdata[g];

      for (guint i = 0; i < group->len; i++)
        g_string_append_printf (out, "%s,", kolo_participant_get_name (group->pdata[i]));
      g_string_append_c (out, '|');
    }
  return g_string_free (out, FALSE);
}

/* Sizes -------------------------------------------------------------------- */

static void
test_sizes (void)
{
  static const guint sizes[] = { 2, 3, 4, 5 };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint n = 0; n <= 25; n++)
      for (guint32 seed = 1; seed <= 5; seed++)
        {
          g_autoptr(GPtrArray) plain = people_without_institutions (n);
          g_autoptr(GPtrArray) own = people_each_of_their_own (n);
          g_autoptr(GPtrArray) a = make (plain, sizes[s], NULL, seed);
          g_autoptr(GPtrArray) b = make (own, sizes[s], NULL, seed);

          assert_partition (plain, a, 0, sizes[s]);
          assert_partition (own, b, 0, sizes[s]);
          g_assert_cmpuint (kolo_groups_count_clashes (a), ==, 0);
          g_assert_cmpuint (kolo_groups_count_clashes (b), ==, 0);
        }
}

/* What the documentation promises, spelled out. */
static void
test_sizes_examples (void)
{
  static const struct { guint n, size; const char *sizes; } cases[] = {
    { 0, 2, "" },
    { 1, 2, "1" },             /* the only one: alone, there is nobody else */
    { 1, 5, "1" },
    { 2, 2, "2" },
    { 2, 5, "2" },             /* fewer than a group: one group of them all */
    { 3, 2, "3" },             /* a pair becomes a triad */
    { 4, 5, "4" },
    { 5, 2, "2,3" },           /* a pair and a triad */
    { 5, 3, "2,3" },
    { 6, 4, "3,3" },           /* half a group over: two triads (1.5 rounds up) */
    { 6, 5, "6" },             /* the leftover joins */
    { 7, 5, "7" },
    { 7, 2, "2,2,3" },
    { 7, 3, "3,4" },
    { 7, 4, "3,4" },           /* a four and a three */
    { 8, 3, "2,3,3" },
    { 8, 5, "4,4" },
    { 9, 5, "4,5" },
    { 11, 5, "5,6" },
    { 13, 5, "4,4,5" },
    { 24, 3, "3,3,3,3,3,3,3,3" },
    { 25, 4, "4,4,4,4,4,5" },
    { 25, 5, "5,5,5,5,5" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GPtrArray) people = people_each_of_their_own (cases[c].n);
      g_autoptr(GPtrArray) groups = make (people, cases[c].size, NULL, c);
      g_autoptr(GArray) lens = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint g = 0; g < groups->len; g++)
        g_array_append_val (lens, ((GPtrArray *) groups->pdata[g])->len);
      g_array_sort (lens, compare_uints);
      for (guint g = 0; g < lens->len; g++)
        g_string_append_printf (text, "%s%u", g > 0 ? "," : "", g_array_index (lens, guint, g));
      g_test_message ("%u people in groups of %u: %s", cases[c].n, cases[c].size, text->str);
      g_assert_cmpstr (text->str, ==, cases[c].sizes);
    }
}

static void
test_input_untouched (void)
{
  g_autoptr(GPtrArray) people = people_each_of_their_own (10);
  g_autoptr(GPtrArray) before = g_ptr_array_copy (people, NULL, NULL);
  g_autoptr(GPtrArray) groups = NULL;

  /* The copy borrows. */
  g_ptr_array_set_free_func (before, NULL);
  groups = make (people, 3, NULL, 7);

  g_assert_cmpuint (people->len, ==, before->len);
  for (guint i = 0; i < people->len; i++)
    g_assert_true (people->pdata[i] == before->pdata[i]);
  /* Each group holds its own references. */
  g_clear_pointer (&people, g_ptr_array_unref);
  for (guint g = 0; g < groups->len; g++)
    for (guint i = 0; i < ((GPtrArray *) groups->pdata[g])->len; i++)
      g_assert_true (KOLO_IS_PARTICIPANT (((GPtrArray *) groups->pdata[g])->pdata[i]));
}

static void
test_repeated_person (void)
{
  g_autoptr(GPtrArray) people = people_each_of_their_own (6);
  g_autoptr(GPtrArray) groups = NULL;

  /* The same participant twice counts once. */
  g_ptr_array_add (people, g_object_ref (people->pdata[0]));
  groups = make (people, 2, NULL, 3);
  g_ptr_array_remove_index (people, 6);
  assert_partition (people, groups, 0, 2);
}

static void
test_bad_size (void)
{
  g_autoptr(GPtrArray) people = people_each_of_their_own (4);
  g_autoptr(GPtrArray) groups = NULL;

  g_test_expect_message ("kolo-groups", G_LOG_LEVEL_CRITICAL, "*size >= 2*");
  groups = make (people, 1, NULL, 1);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (groups->len, ==, 0);
}

/* Mixing institutions ------------------------------------------------------ */

typedef struct
{
  const char  *what;
  guint        size;
  guint        n_none;
  guint        n_counts;
  const guint *counts;
} Distribution;

static const guint librarians_15[] = { 3, 3, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1 };
static const guint one_big_8[] = { 8, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 };
static const guint two_big[] = { 6, 6, 3, 3, 2, 2 };
static const guint exactly_full[] = { 6, 6, 6, 6 };
static const guint big_in_pairs[] = { 12, 5, 3, 2, 1, 1 };
static const guint almost[] = { 5, 5, 5, 4, 4, 2 };
/* The numbers do not allow it: */
static const guint too_big_9[] = { 9, 3, 3, 2, 2, 2, 1, 1, 1 };
static const guint half_one[] = { 12, 4, 4, 2, 2 };
static const guint all_one[] = { 11 };
static const guint two_too_big[] = { 7, 7, 2, 1, 1, 1 };
static const guint many_big[] = { 5, 5, 5, 5, 4 };

static const Distribution distributions[] = {
  { "24 librarians of 15 libraries, triads", 3, 0, G_N_ELEMENTS (librarians_15), librarians_15 },
  { "24 librarians of 15 libraries, pairs", 2, 0, G_N_ELEMENTS (librarians_15), librarians_15 },
  { "24 librarians of 15 libraries, fours", 4, 0, G_N_ELEMENTS (librarians_15), librarians_15 },
  { "one library of 8 among 24, triads", 3, 0, G_N_ELEMENTS (one_big_8), one_big_8 },
  { "one library of 8 among 24, triads, some of none", 3, 3, G_N_ELEMENTS (one_big_8) - 3, one_big_8 },
  { "two of 6, fives", 5, 0, G_N_ELEMENTS (two_big), two_big },
  { "four of 6 in fours", 4, 0, G_N_ELEMENTS (exactly_full), exactly_full },
  { "12 of one among 24 in pairs", 2, 0, G_N_ELEMENTS (big_in_pairs), big_in_pairs },
  { "five near the limit in fives", 5, 0, G_N_ELEMENTS (almost), almost },
  { "9 of one among 24, triads", 3, 0, G_N_ELEMENTS (too_big_9), too_big_9 },
  { "12 of one among 24, fives", 5, 0, G_N_ELEMENTS (half_one), half_one },
  { "all of one, triads", 3, 0, G_N_ELEMENTS (all_one), all_one },
  { "all of one and some of none, pairs", 2, 5, G_N_ELEMENTS (all_one), all_one },
  { "two of 7, fours", 4, 0, G_N_ELEMENTS (two_too_big), two_too_big },
  { "five big ones, fives", 5, 0, G_N_ELEMENTS (many_big), many_big },
};

static void
test_mixing (void)
{
  for (guint d = 0; d < G_N_ELEMENTS (distributions); d++)
    {
      const Distribution *dist = &distributions[d];
      g_autoptr(GPtrArray) people = people_by_counts (dist->counts, dist->n_counts, dist->n_none);
      guint n_groups = expected_n_groups (people->len, dist->size);
      guint largest = 0;
      guint fewest = fewest_clashes (dist->counts, dist->n_counts, n_groups);

      for (guint k = 0; k < dist->n_counts; k++)
        largest = MAX (largest, dist->counts[k]);
      g_test_message ("%s: %u people, %u groups, largest institution %u, fewest clashes %u",
                      dist->what, people->len, n_groups, largest, fewest);
      /* The bound is right about which are which. */
      g_assert_cmpuint (fewest == 0, ==, largest <= n_groups);

      for (guint32 seed = 0; seed < 200; seed++)
        {
          g_autoptr(GPtrArray) groups = make (people, dist->size, NULL, seed);

          assert_partition (people, groups, 0, dist->size);
          g_assert_cmpuint (kolo_groups_count_clashes (groups), ==, fewest);
        }
    }
}

/* Random events: a few big institutions, many small ones, some people of
 * none; the clashes are always the fewest possible. */
static void
test_mixing_random (void)
{
  g_autoptr(GRand) dice = g_rand_new_with_seed (20131121);

  for (guint round = 0; round < 400; round++)
    {
      guint n_counts = g_rand_int_range (dice, 1, 12);
      g_autofree guint *counts = g_new (guint, n_counts);
      guint size = g_rand_int_range (dice, 2, 6);
      guint n_none = g_rand_boolean (dice) ? g_rand_int_range (dice, 0, 5) : 0;
      g_autoptr(GPtrArray) people = NULL;
      g_autoptr(GPtrArray) groups = NULL;
      guint n_groups;

      for (guint k = 0; k < n_counts; k++)
        counts[k] = g_rand_int_range (dice, 0, 8) == 0 ? g_rand_int_range (dice, 4, 13)
                                                       : g_rand_int_range (dice, 1, 4);
      people = people_by_counts (counts, n_counts, n_none);
      n_groups = expected_n_groups (people->len, size);
      groups = make (people, size, NULL, round);
      assert_partition (people, groups, 0, size);
      g_assert_cmpuint (kolo_groups_count_clashes (groups), ==,
                        fewest_clashes (counts, n_counts, n_groups));
    }
}

/* Institutions as people type them --------------------------------------- */

static void
test_folding (void)
{
  static const char *kharkiv[] = {
    "Харківська ОУНБ",
    " харківська  оунб ",
    "ХАРКІВСЬКА\tОУНБ",
    "Харківська\u00a0ОУНБ",      /* a no-break space */
    "Харківська \u2009ОУНБ\n",   /* a thin space too */
  };
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) one = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (kharkiv); i++)
    {
      g_autofree char *name = g_strdup_printf ("Харків %u", i);

      g_ptr_array_add (people, person (name, kharkiv[i]));
    }
  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *name = g_strdup_printf ("Інший %u", i);
      g_autofree char *institution = g_strdup_printf ("Бібліотека %u", i);

      g_ptr_array_add (people, person (name, institution));
    }

  /* All in one group: every two of Kharkiv clash. */
  one = new_groups ();
  g_ptr_array_add (one, copy_group (people));
  g_assert_cmpuint (kolo_groups_count_clashes (one), ==, 5 * 4 / 2);

  /* And they are kept apart: 15 people in triads are 5 groups. */
  for (guint32 seed = 0; seed < 200; seed++)
    {
      g_autoptr(GPtrArray) groups = make (people, 3, NULL, seed);

      assert_partition (people, groups, 0, 3);
      g_assert_cmpuint (kolo_groups_count_clashes (groups), ==, 0);
      for (guint g = 0; g < groups->len; g++)
        {
          GPtrArray *group = groups->pdata[g];
          guint from_kharkiv = 0;

          for (guint i = 0; i < group->len; i++)
            from_kharkiv += g_str_has_prefix (kolo_participant_get_name (group->pdata[i]), "Харків");
          g_assert_cmpuint (from_kharkiv, ==, 1);
        }
    }
}

static void
test_folding_apart (void)
{
  static const char *different[] = {
    "Tàrrega", "Tà rrega", "Tarrega",
    "ЦБС «Світоч»", "ЦБС «Світоч »",
    "ОУНБ", "ОУНБ 2", "О У Н Б",
  };

  /* Names that differ by more than case and spacing are other places. */
  for (guint i = 0; i < G_N_ELEMENTS (different); i++)
    for (guint j = 0; j < G_N_ELEMENTS (different); j++)
      {
        g_autoptr(KoloParticipant) a = person ("А", different[i]);
        g_autoptr(KoloParticipant) b = person ("Б", different[j]);
        g_autoptr(GPtrArray) groups = new_groups ();

        g_ptr_array_add (groups, group_of (a, b, NULL));
        g_assert_cmpuint (kolo_groups_count_clashes (groups), ==, i == j ? 1 : 0);
      }
}

static void
test_empty_institution (void)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) all = new_groups ();

  g_ptr_array_add (people, person ("А", NULL));
  g_ptr_array_add (people, person ("Б", NULL));
  g_ptr_array_add (people, person ("В", ""));
  g_ptr_array_add (people, person ("Г", ""));
  g_ptr_array_add (people, person ("Ґ", "   "));
  g_ptr_array_add (people, person ("Д", "\t"));

  /* Nobody's: no clash with each other, nor with anyone. */
  g_ptr_array_add (all, copy_group (people));
  g_assert_cmpuint (kolo_groups_count_clashes (all), ==, 0);

  for (guint32 seed = 0; seed < 20; seed++)
    {
      g_autoptr(GPtrArray) groups = make (people, 2, NULL, seed);

      assert_partition (people, groups, 0, 2);
      g_assert_cmpuint (kolo_groups_count_clashes (groups), ==, 0);
    }
}

/* Counting clashes --------------------------------------------------------- */

static void
test_count_clashes (void)
{
  g_autoptr(KoloParticipant) a1 = person ("a1", "Бібліотека А");
  g_autoptr(KoloParticipant) a2 = person ("a2", "бібліотека а");
  g_autoptr(KoloParticipant) a3 = person ("a3", "БІБЛІОТЕКА  А");
  g_autoptr(KoloParticipant) a4 = person ("a4", "Бібліотека А");
  g_autoptr(KoloParticipant) b1 = person ("b1", "Бібліотека Б");
  g_autoptr(KoloParticipant) b2 = person ("b2", "Бібліотека Б");
  g_autoptr(KoloParticipant) c1 = person ("c1", "Бібліотека В");
  g_autoptr(KoloParticipant) n1 = person ("n1", NULL);
  g_autoptr(KoloParticipant) n2 = person ("n2", "");
  g_autoptr(GPtrArray) groups = new_groups ();

  g_assert_cmpuint (kolo_groups_count_clashes (groups), ==, 0);

  g_ptr_array_add (groups, group_of (a1, b1, c1, NULL));
  g_assert_cmpuint (kolo_groups_count_clashes (groups), ==, 0);
  g_ptr_array_add (groups, group_of (a2, a3, NULL));
  g_assert_cmpuint (kolo_groups_count_clashes (groups), ==, 1);
  /* Three of one are three pairs; two of another one more. */
  g_ptr_array_add (groups, group_of (a1, a2, a4, b1, b2, n1, n2, NULL));
  g_assert_cmpuint (kolo_groups_count_clashes (groups), ==, 1 + 3 + 1);
  /* Four of one are six pairs. */
  g_ptr_array_add (groups, group_of (a1, a2, a3, a4, NULL));
  g_assert_cmpuint (kolo_groups_count_clashes (groups), ==, 1 + 3 + 1 + 6);
  /* Empty groups and lone people add nothing. */
  g_ptr_array_add (groups, new_groups ());
  g_ptr_array_add (groups, group_of (a1, NULL));
  g_ptr_array_add (groups, group_of (n1, n2, NULL));
  g_assert_cmpuint (kolo_groups_count_clashes (groups), ==, 11);
}

/* Randomness ----------------------------------------------------------------- */

static void
test_same_seed (void)
{
  g_autoptr(GPtrArray) people = people_by_counts (librarians_15, G_N_ELEMENTS (librarians_15), 3);

  for (guint32 seed = 0; seed < 20; seed++)
    {
      g_autoptr(GPtrArray) a = make (people, 3, NULL, seed);
      g_autoptr(GPtrArray) b = make (people, 3, NULL, seed);
      g_autofree char *la = literal (a);
      g_autofree char *lb = literal (b);

      g_assert_cmpstr (la, ==, lb);
    }
}

static void
test_other_seeds (void)
{
  g_autoptr(GPtrArray) people = people_by_counts (librarians_15, G_N_ELEMENTS (librarians_15), 0);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) first = g_hash_table_new (NULL, NULL);

  for (guint32 seed = 0; seed < 100; seed++)
    {
      g_autoptr(GPtrArray) groups = make (people, 3, NULL, seed);

      g_hash_table_add (seen, canonical (groups));
      /* Reshuffling changes who is first in the first group too. */
      g_hash_table_add (first, ((GPtrArray *) groups->pdata[0])->pdata[0]);
    }
  /* 24 people in triads can be grouped in billions of ways: 100 seeds
   * give 100 groupings. */
  g_assert_cmpuint (g_hash_table_size (seen), ==, 100);
  g_assert_cmpuint (g_hash_table_size (first), >=, 12);
}

/* Over many seeds each two people who may be together are, sometimes;
 * colleagues never are. */
static void
test_every_pair (void)
{
  static const guint counts[] = { 3, 2, 2, 1, 1, 1, 1 };
  static const guint sizes[] = { 2, 3, 4 };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(GPtrArray) people = people_by_counts (counts, G_N_ELEMENTS (counts), 1);
      guint n = people->len;
      g_autofree guint *together = g_new0 (guint, n * n);
      guint least = G_MAXUINT, most = 0;

      for (guint32 seed = 0; seed < 400; seed++)
        {
          g_autoptr(GPtrArray) groups = make (people, sizes[s], NULL, seed);

          for (guint g = 0; g < groups->len; g++)
            {
              GPtrArray *group = groups->pdata[g];

              for (guint i = 0; i < group->len; i++)
                for (guint j = 0; j < group->len; j++)
                  {
                    guint a, b;

                    g_assert_true (g_ptr_array_find (people, group->pdata[i], &a));
                    g_assert_true (g_ptr_array_find (people, group->pdata[j], &b));
                    together[a * n + b]++;
                  }
            }
        }

      for (guint a = 0; a < n; a++)
        for (guint b = 0; b < n; b++)
          {
            const char *ia = kolo_participant_get_institution (people->pdata[a]);
            const char *ib = kolo_participant_get_institution (people->pdata[b]);
            gboolean colleagues = ia != NULL && ib != NULL && *ia != '\0' && g_str_equal (ia, ib);

            if (a == b)
              g_assert_cmpuint (together[a * n + b], ==, 400);
            else if (colleagues)
              g_assert_cmpuint (together[a * n + b], ==, 0);
            else
              {
                least = MIN (least, together[a * n + b]);
                most = MAX (most, together[a * n + b]);
              }
          }
      g_test_message ("in groups of %u, two who may meet met %u to %u times in 400",
                      sizes[s], least, most);
      /* Not a fixed pattern: everyone meets everyone they may, and no two
       * far less often than others (not all alike either: the three
       * colleagues must each be with someone else, which leaves two of
       * small libraries fewer chances to meet each other). */
      g_assert_cmpuint (least, >, 0);
      g_assert_cmpuint (least * 6, >=, most);
    }
}

/* Locked groups ------------------------------------------------------------ */

static void
assert_same_group (GPtrArray *a,
                   GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_true (a->pdata[i] == b->pdata[i]);
}

static void
test_locked (void)
{
  g_autoptr(GPtrArray) people = people_by_counts (librarians_15, G_N_ELEMENTS (librarians_15), 2);
  g_autoptr(GPtrArray) rest = g_ptr_array_new ();

  for (guint32 seed = 0; seed < 50; seed++)
    {
      g_autoptr(GPtrArray) locked = new_groups ();
      g_autoptr(GPtrArray) groups = NULL;

      /* A pair of colleagues (locked as the trainer wants) and a triad. */
      g_ptr_array_add (locked, group_of (people->pdata[1], people->pdata[0], NULL));
      g_ptr_array_add (locked, group_of (people->pdata[25], people->pdata[3], people->pdata[10], NULL));
      groups = make (people, 3, locked, seed);

      /* Kept exactly, first. */
      g_assert_cmpuint (groups->len, >=, 2);
      assert_same_group (groups->pdata[0], locked->pdata[0]);
      assert_same_group (groups->pdata[1], locked->pdata[1]);

      /* The other 21 around them, none of the locked again. */
      g_ptr_array_set_size (rest, 0);
      for (guint i = 0; i < people->len; i++)
        if (i != 0 && i != 1 && i != 3 && i != 10 && i != 25)
          g_ptr_array_add (rest, people->pdata[i]);
      assert_partition (rest, groups, 2, 3);
      /* The locked colleagues are the only clash. */
      g_assert_cmpuint (kolo_groups_count_clashes (groups), ==, 1);
    }
}

/* The next reshuffle keeps what the last one locked. */
static void
test_locked_reshuffle (void)
{
  g_autoptr(GPtrArray) people = people_by_counts (one_big_8, G_N_ELEMENTS (one_big_8), 0);
  g_autoptr(GPtrArray) groups = make (people, 3, NULL, 1);

  for (guint32 seed = 2; seed < 30; seed++)
    {
      g_autoptr(GPtrArray) locked = new_groups ();
      g_autoptr(GPtrArray) again = NULL;
      g_autoptr(GPtrArray) rest = g_ptr_array_new ();

      /* Lock the last group made, plus those locked before. */
      for (guint g = 0; g < MIN (groups->len, 1 + (seed - 2) / 5); g++)
        g_ptr_array_add (locked, g_ptr_array_ref (groups->pdata[g]));
      g_ptr_array_add (locked, g_ptr_array_ref (groups->pdata[groups->len - 1]));
      again = make (people, 3, locked, seed);

      for (guint g = 0; g < locked->len; g++)
        assert_same_group (again->pdata[g], locked->pdata[g]);
      for (guint i = 0; i < people->len; i++)
        {
          gboolean is_locked = FALSE;

          for (guint g = 0; g < locked->len; g++)
            is_locked |= g_ptr_array_find (locked->pdata[g], people->pdata[i], NULL);
          if (!is_locked)
            g_ptr_array_add (rest, people->pdata[i]);
        }
      assert_partition (rest, again, locked->len, 3);
      g_assert_cmpuint (kolo_groups_count_clashes (again), ==, 0);

      g_ptr_array_unref (groups);
      groups = g_steal_pointer (&again);
    }
}

static void
test_locked_everyone (void)
{
  g_autoptr(GPtrArray) people = people_each_of_their_own (6);
  g_autoptr(GPtrArray) locked = new_groups ();
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GPtrArray) no_people = g_ptr_array_new ();

  g_ptr_array_add (locked, group_of (people->pdata[0], people->pdata[1], people->pdata[2], NULL));
  g_ptr_array_add (locked, group_of (people->pdata[3], people->pdata[4], people->pdata[5], NULL));
  groups = make (people, 2, locked, 5);
  g_assert_cmpuint (groups->len, ==, 2);
  assert_same_group (groups->pdata[0], locked->pdata[0]);
  assert_same_group (groups->pdata[1], locked->pdata[1]);
  g_clear_pointer (&groups, g_ptr_array_unref);

  /* Locked groups stay even when their people are no longer listed
   * (not present today any more). */
  groups = make (no_people, 2, locked, 5);
  g_assert_cmpuint (groups->len, ==, 2);
  assert_same_group (groups->pdata[0], locked->pdata[0]);
  assert_same_group (groups->pdata[1], locked->pdata[1]);
}

/* One person left besides the locked groups stands alone only if nothing
 * else can be: as documented, they join the smallest locked group where
 * nobody of theirs is. */
static void
test_locked_one_left (void)
{
  g_autoptr(KoloParticipant) a1 = person ("a1", "А");
  g_autoptr(KoloParticipant) a2 = person ("a2", "а ");
  g_autoptr(KoloParticipant) b1 = person ("b1", "Б");
  g_autoptr(KoloParticipant) c1 = person ("c1", "В");
  g_autoptr(KoloParticipant) d1 = person ("d1", "Г");
  g_autoptr(KoloParticipant) e1 = person ("e1", "Ґ");
  g_autoptr(KoloParticipant) f1 = person ("f1", "Д");
  g_autoptr(GPtrArray) locked = new_groups ();

  g_ptr_array_add (locked, group_of (a1, b1, NULL));
  g_ptr_array_add (locked, group_of (c1, d1, e1, NULL));

  for (guint32 seed = 0; seed < 10; seed++)
    {
      g_autoptr(GPtrArray) people = group_of (a1, a2, b1, c1, d1, e1, NULL);
      g_autoptr(GPtrArray) other_people = group_of (f1, a1, b1, c1, d1, e1, NULL);
      g_autoptr(GPtrArray) with_a2 = group_of (c1, d1, e1, a2, NULL);
      g_autoptr(GPtrArray) with_f1 = group_of (a1, b1, f1, NULL);
      g_autoptr(GPtrArray) groups = NULL;

      /* A colleague in the smallest: the other one. */
      groups = make (people, 2, locked, seed);
      g_assert_cmpuint (groups->len, ==, 2);
      assert_same_group (groups->pdata[0], locked->pdata[0]);
      assert_same_group (groups->pdata[1], with_a2);
      g_assert_cmpuint (kolo_groups_count_clashes (groups), ==, 0);
      g_clear_pointer (&groups, g_ptr_array_unref);

      /* No colleague anywhere: the smallest. */
      groups = make (other_people, 2, locked, seed);
      g_assert_cmpuint (groups->len, ==, 2);
      assert_same_group (groups->pdata[0], with_f1);
      assert_same_group (groups->pdata[1], locked->pdata[1]);
    }
}

/* A big event -------------------------------------------------------------- */

static void
test_many (void)
{
  static const struct { guint n_institutions, n_none, size; } cases[] = {
    { 700, 100, 5 },     /* a realistic spread */
    { 5000, 0, 5 },      /* each of their own */
    { 3, 0, 5 },         /* three huge ones: the numbers do not allow */
    { 1500, 0, 2 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      guint n = 5000 - cases[c].n_none;
      g_autofree guint *counts = g_new0 (guint, cases[c].n_institutions);
      g_autoptr(GPtrArray) people = NULL;
      g_autoptr(GPtrArray) groups = NULL;
      gint64 start;

      for (guint i = 0; i < n; i++)
        counts[(i * 7919u) % cases[c].n_institutions]++;
      people = people_by_counts (counts, cases[c].n_institutions, cases[c].n_none);
      g_assert_cmpuint (people->len, ==, 5000);

      start = g_get_monotonic_time ();
      groups = make (people, cases[c].size, NULL, c);
      /* Not asserted: machines differ; but it shows in the log. */
      g_test_message ("5000 people of %u institutions in groups of %u: %.3f s",
                      cases[c].n_institutions, cases[c].size,
                      (g_get_monotonic_time () - start) / 1e6);
      assert_partition (people, groups, 0, cases[c].size);
      g_assert_cmpuint (kolo_groups_count_clashes (groups), ==,
                        fewest_clashes (counts, cases[c].n_institutions, groups->len));
    }
}

int
main (int    argc,
      char **argv)
{
  kolo_test_init (&argc, &argv);

  g_test_add_func ("/kolo/groups/sizes/all", test_sizes);
  g_test_add_func ("/kolo/groups/sizes/examples", test_sizes_examples);
  g_test_add_func ("/kolo/groups/sizes/input-untouched", test_input_untouched);
  g_test_add_func ("/kolo/groups/sizes/repeated-person", test_repeated_person);
  g_test_add_func ("/kolo/groups/sizes/bad-size", test_bad_size);
  g_test_add_func ("/kolo/groups/mixing/distributions", test_mixing);
  g_test_add_func ("/kolo/groups/mixing/random", test_mixing_random);
  g_test_add_func ("/kolo/groups/folding/same", test_folding);
  g_test_add_func ("/kolo/groups/folding/apart", test_folding_apart);
  g_test_add_func ("/kolo/groups/folding/empty", test_empty_institution);
  g_test_add_func ("/kolo/groups/count-clashes", test_count_clashes);
  g_test_add_func ("/kolo/groups/random/same-seed", test_same_seed);
  g_test_add_func ("/kolo/groups/random/other-seeds", test_other_seeds);
  g_test_add_func ("/kolo/groups/random/every-pair", test_every_pair);
  g_test_add_func ("/kolo/groups/locked/kept", test_locked);
  g_test_add_func ("/kolo/groups/locked/reshuffle", test_locked_reshuffle);
  g_test_add_func ("/kolo/groups/locked/everyone", test_locked_everyone);
  g_test_add_func ("/kolo/groups/locked/one-left", test_locked_one_left);
  g_test_add_func ("/kolo/groups/many", test_many);

  return g_test_run ();
}
