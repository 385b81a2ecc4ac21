/* bench-certificates.c — how fast the certificates of a big event are
 * printed: N participants who attended every day, one A4 page each, with
 * a logo and two signatures, written to a PDF file
 *
 *   bench-certificates [N]   (N participants, 500 by default)
 *
 * Prints certificate pages per second, the seconds the whole PDF took and
 * its size (the median of three runs; the numbers are given before the
 * first and not counted).  Prints figures; never a test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo.h>
#include <locale.h>
#include <stdlib.h>

#include "kolo-test-util.h"

#define RUNS 3

static const char * const last_names[] = {
  "Ковальчук", "Мельник", "Бондаренко", "Шевчук", "Ткаченко", "Кравчук", "Олійник", "Поліщук",
  "Савчук", "Левченко", "Гуменюк", "Романюк", "Марчук", "Павлюк", "Лук'янчук", "Дмитренко",
};
static const char * const first_names[] = {
  "Ольга", "Тетяна", "Наталія", "Мар'яна", "Ірина", "Людмила", "Валентина", "Світлана",
  "Галина", "Оксана", "Лариса", "Ніна", "Юлія", "Тамара", "Алла", "Надія",
};
static const char * const institutions[] = {
  "Житомирська обласна універсальна наукова бібліотека ім. Олега Ольжича",
  "Житомирська обласна бібліотека для дітей", "Бердичівська міська ЦБС",
  "Коростенська міська ЦБС", "Новоград-Волинська міська ЦБС", "Малинська районна ЦБС",
};

static cairo_status_t
png_write_cb (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A logo or a signature, drawn with cairo. */
static GBytes *
make_png (int width,
          int height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  GByteArray *png = g_byte_array_new ();

  cairo_set_source_rgb (cr, 0.1, 0.37, 0.71);
  cairo_set_line_width (cr, 4);
  cairo_move_to (cr, 4, height - 6);
  cairo_curve_to (cr, width / 3.0, 0, width / 2.0, height, width - 4, 6);
  cairo_stroke (cr);
  cairo_destroy (cr);
  cairo_surface_write_to_png_stream (surface, png_write_cb, png);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (png);
}

static KoloEvent *
make_event (KoloStore *store,
            guint      n)
{
  static const char * const trainers[] = { "Оксана Мельник", "Мар'яна Коваль", NULL };
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) logo = make_png (600, 200);
  g_autoptr(GBytes) signature = make_png (300, 100);
  g_autoptr(KoloDoc) doc = NULL;
  g_autoptr(GError) error = NULL;
  KoloCertificates *certificates;
  KoloEvent *event;
  GListModel *days;
  GDate date;

  doc = kolo_store_load_template (store, "client-orientation", &error);
  g_assert_no_error (error);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 11, 11, 2013);
  event = kolo_store_create_event_from_doc (store, doc, NULL, &date, &error);
  g_assert_no_error (error);
  kolo_event_set_city (event, "Житомир");
  kolo_event_set_organizer (event, "Житомирська обласна універсальна наукова бібліотека");
  kolo_event_set_trainers (event, trainers);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %s", last_names[i % G_N_ELEMENTS (last_names)],
                                               first_names[(i / G_N_ELEMENTS (last_names)) %
                                                           G_N_ELEMENTS (first_names)]);
      KoloParticipant *participant = kolo_participant_new (name);

      kolo_participant_set_institution (participant,
                                        institutions[i % G_N_ELEMENTS (institutions)]);
      kolo_participant_set_gender (participant, i % 5 == 0 ? KOLO_GENDER_MASCULINE
                                                            : KOLO_GENDER_FEMININE);
      g_ptr_array_add (people, participant);
    }
  g_assert_true (kolo_event_add_participants (event, people, &error));
  g_assert_no_error (error);
  days = kolo_event_get_days (event);
  for (guint d = 0; d < g_list_model_get_n_items (days); d++)
    {
      g_autoptr(KoloDay) day = g_list_model_get_item (days, d);

      g_assert_true (kolo_event_set_attendance (event, day, NULL, TRUE, &error));
      g_assert_no_error (error);
    }

  certificates = kolo_event_get_certificates (event);
  kolo_certificates_set_series (certificates, "ХОУНБ-2013-");
  kolo_certificates_set_logo (certificates, logo);
  kolo_certificates_set_signer_name (certificates, 0, "Людмила Бойко");
  kolo_certificates_set_signer_position (certificates, 0, "Директорка бібліотеки");
  kolo_certificates_set_signature (certificates, 0, signature);
  kolo_certificates_set_signer_name (certificates, 1, "Оксана Мельник");
  kolo_certificates_set_signer_position (certificates, 1, "Тренерка");
  kolo_certificates_set_signature (certificates, 1, signature);
  return event;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Seconds to write the whole PDF to @path; its size in @size. */
static double
run_once (KoloCertificates *certificates,
          GPtrArray        *eligible,
          const char       *path,
          goffset          *size)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start, end;

  start = g_get_monotonic_time ();
  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  kolo_certificates_write_pdf (certificates, eligible, G_OUTPUT_STREAM (out), NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (G_OUTPUT_STREAM (out), NULL, &error);
  g_assert_no_error (error);
  end = g_get_monotonic_time ();

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL,
                            &error);
  g_assert_no_error (error);
  *size = g_file_info_get_size (info);
  return (end - start) / (double) G_USEC_PER_SEC;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = NULL;
  g_autofree char *db_path = NULL;
  g_autofree char *pdf_path = NULL;
  g_autoptr(KoloStore) store = NULL;
  g_autoptr(KoloEvent) event = NULL;
  g_autoptr(GPtrArray) eligible = NULL;
  g_autoptr(GError) error = NULL;
  KoloCertificates *certificates;
  double seconds[RUNS];
  goffset size = 0;
  guint n = argc > 1 ? (guint) strtoul (argv[1], NULL, 10) : 500;
  gint64 start;

  setlocale (LC_ALL, "");
  kolo_core_init ();
  if (n == 0)
    n = 500;

  dir = kolo_test_make_dir ();
  db_path = g_build_filename (dir, "kolo.db", NULL);
  pdf_path = g_build_filename (dir, "certificates.pdf", NULL);
  store = kolo_store_open (db_path, &error);
  g_assert_no_error (error);
  event = make_event (store, n);
  certificates = kolo_event_get_certificates (event);
  eligible = kolo_certificates_get_eligible (certificates);
  g_assert_cmpuint (eligible->len, ==, n);

  start = g_get_monotonic_time ();
  kolo_certificates_issue (certificates, eligible, &error);
  g_assert_no_error (error);

  g_print ("%u certificates (a logo, two signatures), the median of %u runs, in %s\n", n, RUNS,
           dir);
  g_print ("numbers given in %.1f ms\n", (g_get_monotonic_time () - start) / 1000.0);
  for (guint r = 0; r < RUNS; r++)
    seconds[r] = run_once (certificates, eligible, pdf_path, &size);
  qsort (seconds, RUNS, sizeof (double), compare_doubles);

  g_print ("%8.0f certificate pages per second   (%.2f s in all; %.1f MB, %.1f KB a page)\n",
           n / seconds[RUNS / 2], seconds[RUNS / 2], size / (1024.0 * 1024.0),
           size / 1024.0 / n);

  g_clear_pointer (&eligible, g_ptr_array_unref);
  g_clear_object (&event);
  g_clear_object (&store);
  kolo_test_remove_dir (dir);
  return 0;
}
