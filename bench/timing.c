/* timing.c — the clock and the medians every benchmark figure comes from. */
#include "bench.h"

#include <stdlib.h>
#include <time.h>

double bench_now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static int cmp_double(const void *a, const void *b) {
  const double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

double bench_median(double *t, size_t n) {
  if (!n) return 0;
  qsort(t, n, sizeof t[0], cmp_double);
  return t[n / 2];
}

double bench_seconds_per_call(clact_context *ctx, bench_enqueue_fn fn, void *arg,
                              clact_status *st) {
  for (int i = 0; i < 2; ++i)
    if ((*st = fn(arg)) || (*st = clact_finish(ctx))) return 0;
  double t0 = bench_now();
  if ((*st = fn(arg)) || (*st = clact_finish(ctx))) return 0;
  const double probe = bench_now() - t0;
  int reps = probe > 0 ? (int)(0.04 / probe) : 100;
  if (reps < 1) reps = 1;
  if (reps > 1000) reps = 1000;
  double t[7];
  for (int b = 0; b < 7; ++b) {
    t0 = bench_now();
    for (int r = 0; r < reps; ++r)
      if ((*st = fn(arg))) return 0;
    if ((*st = clact_finish(ctx))) return 0;
    t[b] = (bench_now() - t0) / reps;
  }
  return bench_median(t, 7);
}

double bench_latency_us(clact_context *ctx, bench_enqueue_fn fn, void *arg, int reps,
                        clact_status *st) {
  double t[401];
  if (reps > 401) reps = 401;
  if (reps < 1) reps = 1;
  for (int r = -20; r < reps; ++r) {
    const double t0 = bench_now();
    if ((*st = fn(arg)) || (*st = clact_finish(ctx))) return 0;
    if (r >= 0) t[r] = (bench_now() - t0) * 1e6;
  }
  return bench_median(t, (size_t)reps);
}
