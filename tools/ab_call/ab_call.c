/* ab_call.c: process CPU time and wall time per element of one activation's 1-D call in
 * each of DTYPES (f32,f16,bf16,f64 or a part), for each context: one per OPTS argument, built
 * with CLACT_BUILD_OPTIONS=OPTS ("" as the library is), all interleaved in one process
 * (round 1: every dtype in every context, round 2: ...), so that a neighbour's load falls
 * on all of them alike.
 *   ./ab_call OP fwd|bwd N ROUNDS REPS DTYPES OPTS [OPTS ...]
 * prints CSV: op,dir,dtype,ctx (its OPTS),round,cpu_ns_per_elem,wall_ns_per_elem (REPS
 * calls, then clact_finish, per figure; cpu: the process's, all of PoCL's threads).
 * Inputs: x = -10.00 .. 10.00 in steps of 0.01 as stored, dy = 1 - (i mod 7) / 8.
 * Parameters: the activation's defaults; AB_P0 / AB_P1 in the environment set param[0] /
 * param[1] (swish's beta 1.702 against SiLU's 1, one program: parameters are arguments).
 * Built as build/tools/ab_call (tools/CMakeLists.txt); tools/hotloop/hotloop.sh drives it. */
#define _POSIX_C_SOURCE 200809L
#include "clact.h"
#include "reference.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(clockid_t c) {
  struct timespec ts;
  clock_gettime(c, &ts);
  return ts.tv_sec + 1e-9 * ts.tv_nsec;
}

typedef struct {
  clact_context *ctx;
  cl_mem x[4], dy[4], y[4]; /* per dtype: f32, f16, bf16, f64 */
} setup;

static const clact_dtype types[4] = {CLACT_F32, CLACT_F16, CLACT_BF16, CLACT_F64};

static int make(setup *s, size_t n, const int *use) {
  if (clact_context_create(&s->ctx, NULL)) return 1;
  for (int k = 0; k < 4; ++k) {
    if (!use[k]) continue;
    const clact_dtype t = types[k];
    const size_t es = clact_dtype_size(t);
    unsigned char *hx = malloc(n * es), *hd = malloc(n * es);
    if (!hx || !hd) return 1;
    for (size_t i = 0; i < n; ++i) {
      ref_store(t, hx, i, (long double)((long)(i % 2001) - 1000) * 0.01L);
      ref_store(t, hd, i, 1.0L - (long double)(i % 7) / 8);
    }
    if (clact_buffer_create(s->ctx, n * es, &s->x[k]) ||
        clact_buffer_create(s->ctx, n * es, &s->dy[k]) ||
        clact_buffer_create(s->ctx, n * es, &s->y[k]) ||
        clact_buffer_write(s->ctx, s->x[k], 0, n * es, hx) ||
        clact_buffer_write(s->ctx, s->dy[k], 0, n * es, hd))
      return 1;
    free(hx), free(hd);
  }
  return 0;
}

static int calls(setup *s, int k, const clact_op *op0, int bwd, size_t n, int reps) {
  clact_op op = *op0;
  op.dtype = types[k];
  for (int r = 0; r < reps; ++r) {
    const clact_status st =
        bwd ? clact_backward(s->ctx, &op, CLACT_FROM_X, n, s->x[k], 0, 1, s->dy[k], 0, 1, s->y[k],
                             0, 1, 0, NULL, NULL)
            : clact_forward(s->ctx, &op, n, s->x[k], 0, 1, s->y[k], 0, 1, 0, NULL, NULL);
    if (st) return 1;
  }
  return clact_finish(s->ctx) != CLACT_SUCCESS;
}

int main(int argc, char **argv) {
  clact_activation a;
  if (argc < 8 || clact_activation_from_name(argv[1], &a) ||
      (strcmp(argv[2], "fwd") && strcmp(argv[2], "bwd"))) {
    fprintf(stderr, "usage: ab_call OP fwd|bwd N ROUNDS REPS DTYPES OPTS [OPTS ...]\n");
    return 2;
  }
  const int bwd = !strcmp(argv[2], "bwd");
  const size_t n = (size_t)atol(argv[3]);
  const int rounds = atoi(argv[4]), reps = atoi(argv[5]), nctx = argc - 7;
  static const char *names[4] = {"f32", "f16", "bf16", "f64"};
  int use[4];
  for (int k = 0; k < 4; ++k)
    use[k] = strstr(argv[6], names[k]) != NULL;
  /* "f16" is in "bf16": f16 is asked for when the list has it as an entry of its own */
  use[1] = !strncmp(argv[6], "f16", 3) || strstr(argv[6], ",f16") != NULL;
  clact_op op;
  clact_op_init(&op, a);
  if (getenv("AB_P0")) op.param[0] = atof(getenv("AB_P0"));
  if (getenv("AB_P1")) op.param[1] = atof(getenv("AB_P1"));
  setup *s = calloc((size_t)nctx, sizeof *s);
  if (!s) return 1;
  for (int c = 0; c < nctx; ++c) {
    setenv("CLACT_BUILD_OPTIONS", argv[7 + c], 1);
    if (make(&s[c], n, use)) return 1;
    for (int k = 0; k < 4; ++k) /* builds the programs (a context's options at its build) */
      if (use[k] && calls(&s[c], k, &op, bwd, n, 1)) return 1;
  }
  unsetenv("CLACT_BUILD_OPTIONS");
  for (int r = 1; r <= rounds; ++r)
    for (int k = 0; k < 4; ++k)
      for (int c = 0; use[k] && c < nctx; ++c) {
        const double c0 = now(CLOCK_PROCESS_CPUTIME_ID), w0 = now(CLOCK_MONOTONIC);
        if (calls(&s[c], k, &op, bwd, n, reps)) return 1;
        const double c1 = now(CLOCK_PROCESS_CPUTIME_ID), w1 = now(CLOCK_MONOTONIC);
        printf("%s,%s,%s,\"%s\",%d,%.4f,%.4f\n", argv[1], argv[2], names[k], argv[7 + c], r,
               (c1 - c0) * 1e9 / ((double)n * reps), (w1 - w0) * 1e9 / ((double)n * reps));
        fflush(stdout);
      }
  return 0;
}
