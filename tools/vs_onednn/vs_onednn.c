/* vs_onednn.c: process CPU time and wall time per element of clact's f32 call and oneDNN's
 * eltwise on the same inputs (`clact bench`'s: x a fixed scatter over [-10, 10] in steps of
 * 1e-3, dy = 1 - (i mod 7) / 8), interleaved in one process (round 1: every op and
 * direction, clact then oneDNN; round 2: ...), so that a neighbour's load falls on both
 * alike. For one thread each:
 *   POCL_MAX_PTHREAD_COUNT=1 OMP_NUM_THREADS=1 build/tools/vs_onednn OPS DIRS N ROUNDS REPS
 * OPS a comma list of rows (sigmoid,tanh,...; NAME:P0 sets param[0], e.g. swish:1.702, the
 * row oneDNN has for gelu_quick), DIRS fwd, bwd or fwd,bwd. Prints CSV (op as given):
 * op,dir,n,who,round,cpu_ns_per_elem,wall_ns_per_elem (REPS calls per figure, after one
 * warm-up call each; clact's calls end with clact_finish). Built when oneDNN is found. */
#define _POSIX_C_SOURCE 200809L
#include "../onednn_io.h"
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
  const char *name; /* as given in OPS */
  clact_op op;
  int bwd;
  bench_onednn *d;
} row;

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
  onednn_io io;
  if (onednn_io_alloc(&io, n)) return 1;
  for (size_t i = 0; i < n; ++i) { /* cli/cmd_bench.c's inputs at the default range */
    const double step = (double)((i * 2654435761u) % 20001) / 20000;
    io.hx[i] = (float)(-10.0 + 20.0 * step);
    io.hdy[i] = 1.0f - (float)(i % 7) * 0.125f;
  }
  row rows[MAX_ROWS];
  int nrows = 0;
  char ops[512];
  snprintf(ops, sizeof ops, "%s", argv[1]);
  for (char *save = NULL, *name = strtok_r(ops, ",", &save); name;
       name = strtok_r(NULL, ",", &save)) {
    clact_activation a;
    char *p0 = strchr(name, ':');
    if (p0) *p0++ = '\0';
    if (clact_activation_from_name(name, &a)) return 2;
    if (p0) p0[-1] = ':'; /* the row's name as given */
    for (int bwd = 0; bwd < 2; ++bwd) {
      if (!strstr(argv[2], bwd ? "bwd" : "fwd")) continue;
      if (nrows == MAX_ROWS) return 2;
      row *r = &rows[nrows++];
      r->name = name;
      clact_op_init(&r->op, a);
      if (p0) r->op.param[0] = atof(p0);
      r->op.dtype = CLACT_F32;
      r->bwd = bwd;
      r->d = onednn_io_dnnl(&io, &r->op, bwd);
      if (!r->d) {
        fprintf(stderr, "vs_onednn: no oneDNN eltwise for %s %s\n", name, bwd ? "bwd" : "fwd");
        return 1;
      }
    }
  }
  if (onednn_io_clact(&io)) return 1;
  for (int i = 0; i < nrows; ++i) /* warm-up: programs built, pages touched */
    if (onednn_io_calls(&io, &rows[i].op, rows[i].bwd, 1) || dnnl_calls(&rows[i], 1)) return 1;
  printf("op,dir,n,who,round,cpu_ns_per_elem,wall_ns_per_elem\n");
  const double per = 1e9 / ((double)n * reps);
  for (int round = 1; round <= rounds; ++round)
    for (int i = 0; i < nrows; ++i)
      for (int who = 0; who < 2; ++who) {
        const double c0 = now(CLOCK_PROCESS_CPUTIME_ID), w0 = now(CLOCK_MONOTONIC);
        if (who ? dnnl_calls(&rows[i], reps) : onednn_io_calls(&io, &rows[i].op, rows[i].bwd, reps))
          return 1;
        const double c1 = now(CLOCK_PROCESS_CPUTIME_ID), w1 = now(CLOCK_MONOTONIC);
        printf("%s,%s,%zu,%s,%d,%.4f,%.4f\n", rows[i].name, rows[i].bwd ? "bwd" : "fwd", n,
               who ? "onednn" : "clact", round, (c1 - c0) * per, (w1 - w0) * per);
        fflush(stdout);
      }
  for (int i = 0; i < nrows; ++i)
    bench_onednn_destroy(rows[i].d);
  onednn_io_free(&io);
  return 0;
}
