/* alias.c (s18relu): at 2^24 f32, the bench's copies (identity forward: 1 in 1 out, copy1;
 * identity backward: 2 in 1 out, copy2), plain relu, ReGLU fwd and bwd on two tensors (the
 * halves of one buffer, as clact bench --gated), bias + relu fwd and bwd on [4096, 4096], the
 * 2-in copy with dy in the same buffer as x (copy2_big) and ReGLU with b in another buffer
 * (reglu_sep). Each offset OFF (bytes) places the second input OFF, the output 2 OFF, the
 * second output 3 OFF and 4 OFF further on (the 4K aliasing test: OFF = 0 is the bench's
 * placement, every buffer at the same address bits 0-11). Cases interleaved over ROUNDS (after
 * one warm-up round); per case and round: the median wall ms of CALLS calls (each enqueue +
 * clact_finish) and the process CPU ms per call (PoCL's threads included).
 *   cc -O2 -Iinclude alias.c -Lbuild -lclact -lOpenCL -o alias
 *   POCL_CACHE_DIR=... LD_LIBRARY_PATH=build ./alias ROUNDS CALLS OFF... > out.csv
 * PGATE=swish or gelu: the gated and bias cases with that gate (the rows keep relu's names);
 * PHASH=1: an FNV-1a hash of each case's output buffer(s) after the warm-up round, to stderr
 * (same bits across builds); POCL_MAX_PTHREAD_COUNT=1 for one thread. PN=N: N elements. */
#define _POSIX_C_SOURCE 200809L
#include "clact.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
static double now(clockid_t c) {
  struct timespec ts;
  clock_gettime(c, &ts);
  return ts.tv_sec + 1e-9 * ts.tv_nsec;
}
static int cmpd(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}
enum {
  C_COPY2,
  C_COPY1,
  C_RELU,
  C_REGLU_F,
  C_REGLU_B,
  C_BIAS_F,
  C_BIAS_B,
  C_COPY2_BIG,
  C_REGLU_SEP,
  C_N
};
static const char *NM[C_N] = {"copy2",         "copy1",     "relu_fwd",
                              "reglu_fwd",     "reglu_bwd", "bias_relu_fwd",
                              "bias_relu_bwd", "copy2_big", "reglu_sep"};
int main(int argc, char **argv) {
  const int rounds = atoi(argv[1]), calls = atoi(argv[2]);
  const int noff = argc - 3;
  const size_t cols = 4096, n = getenv("PN") ? (size_t)atol(getenv("PN")) : (size_t)1 << 24,
               rows = n / cols, pad = 4096;
  clact_context *ctx;
  if (clact_context_create(&ctx, NULL)) return 1;
  cl_mem big, dy, out, out2, bias;
  float *h = malloc((2 * n + 2 * pad) * 4);
  for (size_t i = 0; i < 2 * n + 2 * pad; ++i)
    h[i] = (float)((int)(i % 2001) - 1000) * 0.01f;
  if (clact_buffer_create(ctx, (2 * n + 2 * pad) * 4, &big) ||
      clact_buffer_create(ctx, (n + pad) * 4, &dy) ||
      clact_buffer_create(ctx, (n + pad) * 4, &out) ||
      clact_buffer_create(ctx, (2 * n + 2 * pad) * 4, &out2) ||
      clact_buffer_create(ctx, cols * 4, &bias) ||
      clact_buffer_write(ctx, big, 0, (2 * n + 2 * pad) * 4, h) ||
      clact_buffer_write(ctx, dy, 0, (n + pad) * 4, h) ||
      clact_buffer_write(ctx, bias, 0, cols * 4, h) ||
      clact_buffer_write(ctx, out, 0, (n + pad) * 4, h) ||
      clact_buffer_write(ctx, out2, 0, (2 * n + 2 * pad) * 4, h))
    return 1;
  clact_op relu, id;
  /* PGATE=swish or gelu in the environment: the gated and bias cases with that gate */
  const char *pg = getenv("PGATE");
  clact_op_init(&relu, pg && !strcmp(pg, "swish")  ? CLACT_SWISH
                       : pg && !strcmp(pg, "gelu") ? CLACT_GELU
                                                   : CLACT_RELU);
  clact_op_init(&id, CLACT_IDENTITY);
  const size_t one[2] = {rows, cols};
  double *wall = calloc((size_t)rounds * noff * C_N, sizeof(double)),
         *cpu = calloc((size_t)rounds * noff * C_N, sizeof(double));
  double *w = malloc(calls * sizeof(double));
  for (int r = -1; r < rounds; ++r)
    for (int o = 0; o < noff; ++o)
      for (int c = 0; c < C_N; ++c) {
        /* offsets in elements: the second input (b, dy) and the output shifted by off,
         * the second output (db) by 2 off */
        const size_t off = (size_t)atol(argv[3 + o]) / 4;
        clact_tensor yv, av, bv, ov, o2a, o2b, cv, dv;
        clact_tensor_init_dense(&yv, 2, one, 0);
        clact_tensor_init_dense(&cv, 1, &cols, 0);
        av = yv, bv = yv, ov = yv, dv = yv, o2a = yv, o2b = yv;
        bv.offset = n + off, ov.offset = 2 * off, dv.offset = 2 * off, o2a.offset = 3 * off,
        o2b.offset = n + 4 * off;
        double c0 = now(CLOCK_PROCESS_CPUTIME_ID);
        for (int k = 0; k < calls; ++k) {
          double t0 = now(CLOCK_MONOTONIC);
          clact_status st = 0;
          switch (c) {
          case C_COPY2:
            st = clact_backward(ctx, &id, CLACT_FROM_X, n, big, 0, 1, dy, off, 1, out, 2 * off, 1,
                                0, NULL, NULL);
            break;
          case C_COPY1:
            st = clact_forward(ctx, &id, n, big, 0, 1, out, 2 * off, 1, 0, NULL, NULL);
            break;
          case C_RELU:
            st = clact_forward(ctx, &relu, n, big, 0, 1, out, 2 * off, 1, 0, NULL, NULL);
            break;
          case C_REGLU_F:
            st = clact_gated_forward_view(ctx, &relu, big, &av, big, &bv, out, &ov, 0, NULL, NULL);
            break;
          case C_REGLU_B:
            st = clact_gated_backward_view(ctx, &relu, big, &av, big, &bv, dy, &dv, out2, &o2a,
                                           out2, &o2b, 0, NULL, NULL);
            break;
          case C_BIAS_F:
            st = clact_bias_forward_view(ctx, &relu, big, &av, bias, &cv, out, &ov, 0, NULL, NULL);
            break;
          case C_BIAS_B:
            st = clact_bias_backward_view(ctx, &relu, big, &av, bias, &cv, dy, &dv, out, &ov, 0,
                                          NULL, NULL);
            break;
          case C_COPY2_BIG:
            st = clact_backward(ctx, &id, CLACT_FROM_X, n, big, 0, 1, big, n + off, 1, out, 2 * off,
                                1, 0, NULL, NULL);
            break;
          case C_REGLU_SEP: {
            clact_tensor b2 = yv;
            b2.offset = off;
            st = clact_gated_forward_view(ctx, &relu, big, &av, dy, &b2, out, &ov, 0, NULL, NULL);
          } break;
          }
          if (st || (st = clact_finish(ctx))) {
            fprintf(stderr, "%s: %s\n", NM[c], clact_status_name(st));
            return 1;
          }
          w[k] = now(CLOCK_MONOTONIC) - t0;
        }
        double c1 = now(CLOCK_PROCESS_CPUTIME_ID);
        if (getenv("PHASH") && r == -1) { /* FNV-1a of the output buffers after the case */
          const size_t nb = (2 * n + 2 * pad) * 4;
          unsigned char *hb = malloc(nb);
          cl_mem ob = (c == C_REGLU_B) ? out2 : out;
          const size_t obytes = (c == C_REGLU_B ? 2 * n + 2 * pad : n + pad) * 4;
          if (clact_buffer_read(ctx, ob, 0, obytes, hb)) return 1;
          unsigned long long hh = 1469598103934665603ull;
          for (size_t q = 0; q < obytes; ++q)
            hh = (hh ^ hb[q]) * 1099511628211ull;
          fprintf(stderr, "hash %s off %s %016llx\n", NM[c], argv[3 + o], hh);
          free(hb);
        }
        qsort(w, calls, sizeof(double), cmpd);
        if (r >= 0) {
          wall[((size_t)r * noff + o) * C_N + c] = w[calls / 2] * 1e3;
          cpu[((size_t)r * noff + o) * C_N + c] = (c1 - c0) / calls * 1e3;
        }
      }
  {
    cl_command_queue q;
    clact_context_queue(ctx, &q);
    cl_mem bufs[5] = {big, dy, out, out2, bias};
    for (int i = 0; i < 5; ++i) {
      cl_int e;
      void *p = clEnqueueMapBuffer(q, bufs[i], CL_TRUE, CL_MAP_READ, 0, 64, 0, NULL, NULL, &e);
      fprintf(stderr, "buffer %d at %p (low 12 bits %#lx)\n", i, p,
              (unsigned long)((size_t)p & 4095));
      clEnqueueUnmapMemObject(q, bufs[i], p, 0, NULL, NULL);
    }
    clFinish(q);
  }
  printf("case,offset,round,wall_ms,cpu_ms\n");
  for (int o = 0; o < noff; ++o)
    for (int c = 0; c < C_N; ++c)
      for (int r = 0; r < rounds; ++r)
        printf("%s,%s,%d,%.4f,%.4f\n", NM[c], argv[3 + o], r,
               wall[((size_t)r * noff + o) * C_N + c], cpu[((size_t)r * noff + o) * C_N + c]);
  clact_context_destroy(ctx);
  return 0;
}
