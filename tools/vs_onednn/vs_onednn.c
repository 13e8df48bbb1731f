/* vs_onednn.c: process CPU time and wall time per element of clact's f32 call and oneDNN's
 * eltwise on the same inputs (`clact bench`'s: x a fixed scatter over [-10, 10] in steps of
 * 1e-3, dy = 1 - (i mod 7) / 8), interleaved in one process (round 1: every op and
 * direction, clact then oneDNN; round 2: ...), so that a neighbour's load falls on both
 * alike. For one thread each:
 *   POCL_MAX_PTHREAD_COUNT=1 OMP_NUM_THREADS=1 build/tools/vs_onednn OPS DIRS N ROUNDS REPS
 * OPS a comma list of rows (sigmoid,tanh,...), DIRS fwd, bwd or fwd,bwd. Prints CSV:
 * op,dir,n,who,round,cpu_ns_per_elem,wall_ns_per_elem (REPS calls per figure, after one
 * warm-up call each; clact's calls end with clact_finish). Built when oneDNN is found. */
#define _POSIX_C_SOURCE 200809L
#include "clact.h"
#include "onednn.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(clockid_t c) {
  struct timespec ts;
  clock_gettime(c, &ts);
  return ts.tv_sec + 1e-9 * ts.tv_nsec;
}

enum { MAX_ROWS = 32 };

typedef struct {
  clact_op op;
  int bwd;
  bench_onednn *d;
} row;

static int clact_calls(clact_context *ctx, const row *r, size_t n, cl_mem x, cl_mem dy, cl_mem out,
                       int reps) {
  for (int k = 0; k < reps; ++k) {
    const clact_status s = r->bwd
                               ? clact_backward(ctx, &r->op, CLACT_FROM_X, n, x, 0, 1, dy, 0, 1,
                                                out, 0, 1, 0, NULL, NULL)
                               : clact_forward(ctx, &r->op, n, x, 0, 1, out, 0, 1, 0, NULL, NULL);
    if (s) return 1;
  }
  return clact_finish(ctx) != CLACT_SUCCESS;
}

static int dnnl_calls(const row *r, int reps) {
  for (int k = 0; k < reps; ++k)
    if (bench_onednn_execute(r->d)) return 1;
  return 0;
}

int main(int argc, char **argv) {
  if (argc != 6) {
    fprintf(stderr, "usage: vs_onednn OPS DIRS N ROUNDS REPS\n");
    return 2;
  }
  const size_t n = (size_t)atol(argv[3]);
  const int rounds = atoi(argv[4]), reps = atoi(argv[5]);
  if (!n || rounds < 1 || reps < 1) return 2;
  float *hx = aligned_alloc(64, n * 4), *hdy = aligned_alloc(64, n * 4),
        *hout = aligned_alloc(64, n * 4);
  if (!hx || !hdy || !hout) return 1;
  for (size_t i = 0; i < n; ++i) { /* cli/cmd_bench.c's inputs at the default range */
    const double step = (double)((i * 2654435761u) % 20001) / 20000;
    hx[i] = (float)(-10.0 + 20.0 * step);
    hdy[i] = 1.0f - (float)(i % 7) * 0.125f;
  }
  row rows[MAX_ROWS];
  int nrows = 0;
  char ops[512];
  snprintf(ops, sizeof ops, "%s", argv[1]);
  for (char *save = NULL, *name = strtok_r(ops, ",", &save); name;
       name = strtok_r(NULL, ",", &save)) {
    clact_activation a;
    if (clact_activation_from_name(name, &a)) return 2;
    for (int bwd = 0; bwd < 2; ++bwd) {
      if (!strstr(argv[2], bwd ? "bwd" : "fwd")) continue;
      if (nrows == MAX_ROWS) return 2;
      row *r = &rows[nrows++];
      clact_op_init(&r->op, a);
      r->op.dtype = CLACT_F32;
      r->bwd = bwd;
      r->d = bench_onednn_create(&r->op, bwd, n, hx, hdy, hout);
      if (!r->d) return 1;
    }
  }
  clact_context *ctx;
  cl_mem x, dy, out;
  if (clact_context_create(&ctx, NULL) || clact_buffer_create(ctx, n * 4, &x) ||
      clact_buffer_create(ctx, n * 4, &dy) || clact_buffer_create(ctx, n * 4, &out) ||
      clact_buffer_write(ctx, x, 0, n * 4, hx) || clact_buffer_write(ctx, dy, 0, n * 4, hdy))
    return 1;
  for (int i = 0; i < nrows; ++i) /* warm-up: programs built, pages touched */
    if (clact_calls(ctx, &rows[i], n, x, dy, out, 1) || dnnl_calls(&rows[i], 1)) return 1;
  printf("op,dir,n,who,round,cpu_ns_per_elem,wall_ns_per_elem\n");
  const double per = 1e9 / ((double)n * reps);
  for (int round = 1; round <= rounds; ++round)
    for (int i = 0; i < nrows; ++i)
      for (int who = 0; who < 2; ++who) {
        const double c0 = now(CLOCK_PROCESS_CPUTIME_ID), w0 = now(CLOCK_MONOTONIC);
        if (who ? dnnl_calls(&rows[i], reps) : clact_calls(ctx, &rows[i], n, x, dy, out, reps))
          return 1;
        const double c1 = now(CLOCK_PROCESS_CPUTIME_ID), w1 = now(CLOCK_MONOTONIC);
        printf("%s,%s,%zu,%s,%d,%.4f,%.4f\n", clact_activation_name(rows[i].op.activation),
               rows[i].bwd ? "bwd" : "fwd", n, who ? "onednn" : "clact", round, (c1 - c0) * per,
               (w1 - w0) * per);
        fflush(stdout);
      }
  for (int i = 0; i < nrows; ++i)
    bench_onednn_destroy(rows[i].d);
  clact_buffer_release(x), clact_buffer_release(dy), clact_buffer_release(out);
  clact_context_destroy(ctx);
  free(hx), free(hdy), free(hout);
  return 0;
}
