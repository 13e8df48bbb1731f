/* soak.c — long-running use (docs/ERRORS.md): contexts, programs and buffers created and
 * destroyed in a loop for a bounded time, results checked every round, resident memory
 * steady once warm.
 *
 * `clact_tests soak [SECONDS]` (default 20). The resident set is read from /proc/self/statm
 * after a warm-up (a quarter of the time, at least 5 rounds) and at the end; growth past
 * SOAK_GROWTH_LIMIT fails. A leak of one small buffer a round shows: every round allocates
 * 3 buffers of 64 KiB and the programs of two activations. Under AddressSanitizer the
 * freed memory sits in its quarantine, so the bound is not applied there; LeakSanitizer
 * checks the same loop for leaks instead.
 */
#include "harness.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define SOAK_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SOAK_UNDER_ASAN 1
#endif
#endif
#ifndef SOAK_UNDER_ASAN
#define SOAK_UNDER_ASAN 0
#endif

#define SOAK_GROWTH_LIMIT (4L << 20) /* bytes of resident memory after the warm-up */

enum { SOAK_N = 16384 + 5 }; /* 64 KiB of f32 and a tail */

static double now_s(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static long resident_bytes(void) {
  FILE *f = fopen("/proc/self/statm", "r");
  long size = 0, resident = -1;
  if (!f) return -1;
  if (fscanf(f, "%ld %ld", &size, &resident) != 2) resident = -1;
  fclose(f);
  return resident < 0 ? -1 : resident * sysconf(_SC_PAGESIZE);
}

/* One round: a context, two programs, three buffers, calls on buffers and host arrays. */
static int round_trip(int round, float *x, float *y, float *dy) {
  clact_context *ctx;
  CHECK_OK(clact_context_create(&ctx, NULL));
  clact_op op;
  clact_op_init(&op, round % 2 ? CLACT_SIGMOID : CLACT_ELU);
  CHECK_OK(clact_prepare(ctx, &op));
  cl_mem bx, by, bdy;
  CHECK_OK(clact_buffer_create(ctx, SOAK_N * sizeof(float), &bx));
  CHECK_OK(clact_buffer_create(ctx, SOAK_N * sizeof(float), &by));
  CHECK_OK(clact_buffer_create(ctx, SOAK_N * sizeof(float), &bdy));
  CHECK_OK(clact_buffer_write(ctx, bx, 0, SOAK_N * sizeof(float), x));
  CHECK_OK(clact_buffer_write(ctx, bdy, 0, SOAK_N * sizeof(float), dy));
  cl_event ev;
  CHECK_OK(clact_forward(ctx, &op, SOAK_N, bx, 0, 1, by, 0, 1, 0, NULL, &ev));
  CHECK_OK(
      clact_backward(ctx, &op, CLACT_FROM_Y, SOAK_N, by, 0, 1, bdy, 0, 1, bdy, 0, 1, 1, &ev, NULL));
  clReleaseEvent(ev);
  CHECK_OK(clact_buffer_read(ctx, by, 0, SOAK_N * sizeof(float), y));
  double u;
  for (int i = 0; i < SOAK_N; i += 97)
    CHECK(ref_judge(&op, REF_FWD, NULL, x[i], 1, y[i], ref_forward(&op, x[i]), &u));
  clact_op tanh_op;
  clact_op_init(&tanh_op, CLACT_TANH);
  CHECK_OK(clact_forward_host(ctx, &tanh_op, SOAK_N, x, y));
  for (int i = 0; i < SOAK_N; i += 97)
    CHECK(ref_judge(&tanh_op, REF_FWD, NULL, x[i], 1, y[i], ref_forward(&tanh_op, x[i]), &u));
  clact_buffer_release(bx);
  clact_buffer_release(by);
  clact_buffer_release(bdy);
  clact_context_destroy(ctx);
  return 0;
}

int test_soak(const char *arg) {
  const double seconds = arg && *arg ? atof(arg) : 20.0;
  CHECK(seconds > 0 && seconds <= 600);
  static float x[SOAK_N], y[SOAK_N], dy[SOAK_N];
  for (int i = 0; i < SOAK_N; ++i) {
    x[i] = (float)(i % 251 - 125) * 0.07f;
    dy[i] = (float)(i % 5) - 2.0f;
  }
  const double start = now_s(), warm_until = start + seconds / 4;
  long warm_rss = -1;
  int rounds = 0, warm_rounds = 0;
  while (rounds < 5 || now_s() - start < seconds) {
    if (round_trip(rounds, x, y, dy)) {
      fprintf(stderr, "  round %d failed\n", rounds);
      return 1;
    }
    ++rounds;
    if (warm_rss < 0 && rounds >= 5 && now_s() >= warm_until) {
      warm_rss = resident_bytes();
      warm_rounds = rounds;
    }
  }
  const long end_rss = resident_bytes();
  CHECK(warm_rss > 0 && end_rss > 0);
  const long growth = end_rss - warm_rss;
  printf("soak: %d rounds in %.1f s; resident %.1f MiB after %d warm-up rounds, %.1f MiB at the "
         "end (%+.2f MiB over %d rounds)%s\n",
         rounds, now_s() - start, warm_rss / 1048576.0, warm_rounds, end_rss / 1048576.0,
         growth / 1048576.0, rounds - warm_rounds,
         SOAK_UNDER_ASAN ? "; bound not applied under AddressSanitizer" : "");
  CHECK(rounds > warm_rounds);
  if (!SOAK_UNDER_ASAN) CHECK(growth <= SOAK_GROWTH_LIMIT);
  return 0;
}
