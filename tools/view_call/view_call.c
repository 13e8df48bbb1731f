/* view_call: REPS forward calls of ACT in f32 on the bench's [b, 64, 128, 128] views: CASE
 * 1d (dense) or transpose (the last two dimensions swapped), or the bench's other views
 * (cli/bench_views.c): channel_slice (channels [32, 96) of [b, 128, 128, 128]) and glu_half
 * (the first half of each row of [n / 4096, 8192]), x read from a buffer of 2n elements;
 * VC_BWD=1 times the backward from x instead (in the view, dy and dx dense). For callgrind and
 * CPU time (built as build/tools/view_call):
 *   VC_PRINT=1 POCL_MAX_PTHREAD_COUNT=1 build/tools/view_call sigmoid transpose 16777216 7
 * VC_PRINT=1 prints the median and minimum wall and process CPU time per call; VC_DUMP=FILE
 * writes the output (for a bit-for-bit comparison of two builds); VC_F64=1 runs f64 instead.
 * s11transpose's probe (bench/results/s11-transpose/), with s12transpose's VC_F64. */
#include "clact.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec * 1e-6;
}
static double cpu(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec * 1e-6;
}
static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}
int main(int argc, char **argv) {
  if (argc != 5) {
    fprintf(stderr, "usage: view_call ACT CASE N REPS\n");
    return 2;
  }
  clact_activation a;
  if (clact_activation_from_name(argv[1], &a)) return 2;
  const int tr = strcmp(argv[2], "transpose") == 0, slice = strcmp(argv[2], "channel_slice") == 0,
            glu = strcmp(argv[2], "glu_half") == 0; /* s13views: the bench's other views */
  const size_t n = (size_t)atol(argv[3]);
  const int reps = atoi(argv[4]);
  const int f64 = getenv("VC_F64") != NULL; /* s12transpose: VC_F64=1 for doubles */
  const size_t es = f64 ? 8 : 4;
  float *h = malloc(2 * n * es);
  for (size_t i = 0; i < 2 * n; ++i) {
    if (f64)
      ((double *)h)[i] = (double)((int)(i % 2001) - 1000) * 0.01;
    else
      h[i] = (float)((int)(i % 2001) - 1000) * 0.01f;
  }
  clact_op op;
  clact_op_init(&op, a);
  op.dtype = f64 ? CLACT_F64 : CLACT_F32;
  clact_context *ctx;
  if (clact_context_create(&ctx, NULL)) return 1;
  cl_mem x, y, dy;
  if (clact_buffer_create(ctx, 2 * n * es, &x) || clact_buffer_create(ctx, n * es, &y) ||
      clact_buffer_create(ctx, n * es, &dy) || clact_buffer_write(ctx, x, 0, 2 * n * es, h) ||
      clact_buffer_write(ctx, dy, 0, n * es, h))
    return 1;
  const size_t w = 128, hh = 128, c = n / (w * hh) >= 64 ? 64 : n / (w * hh), b = n / (c * hh * w);
  const size_t nchw[4] = {b, c, hh, w};
  clact_tensor xv, yv;
  clact_tensor_init_dense(&yv, 4, nchw, 0);
  clact_tensor_init_dense(&xv, 4, nchw, 0);
  if (tr) xv.stride[2] = 1, xv.stride[3] = w;
  if (slice) { /* channels [c/2, c/2 + c) of a [b, 2c, h, w] tensor */
    const size_t wide[4] = {b, 2 * c, hh, w};
    clact_tensor_init_dense(&xv, 4, wide, 0);
    xv.size[1] = c;
    xv.offset = c / 2 * hh * w;
  }
  if (glu) { /* the first half of each row of a [rows, 2 cols] tensor */
    const size_t cols = 4096, full[2] = {n / cols, 2 * cols}, half[2] = {n / cols, cols};
    clact_tensor_init_dense(&xv, 2, full, 0);
    xv.size[1] = cols;
    clact_tensor_init_dense(&yv, 2, half, 0);
  }
  double ms[1000], cs[1000];
  for (int r = 0; r < reps && r < 1000; ++r) {
    const double t0 = now(), c0 = cpu();
    const clact_status st =
        getenv("VC_BWD")
            ? clact_backward_view(ctx, &op, CLACT_FROM_X, x, &xv, dy, &yv, y, &yv, 0, NULL, NULL)
            : clact_forward_view(ctx, &op, x, &xv, y, &yv, 0, NULL, NULL);
    if (st || clact_finish(ctx)) return 1;
    ms[r] = now() - t0;
    cs[r] = cpu() - c0;
  }
  if (getenv("VC_PRINT")) {
    qsort(ms, reps, sizeof ms[0], cmp);
    qsort(cs, reps, sizeof cs[0], cmp);
    printf("%s %s wall median %.3f min %.3f cpu median %.3f min %.3f ms ns/elem(cpu med) %.3f\n",
           argv[1], argv[2], ms[reps / 2], ms[0], cs[reps / 2], cs[0], cs[reps / 2] * 1e6 / n);
  }
  if (getenv("VC_DUMP")) {
    if (clact_buffer_read(ctx, y, 0, n * es, h)) return 1;
    FILE *f = fopen(getenv("VC_DUMP"), "wb");
    fwrite(h, es, n, f);
    fclose(f);
  }
  clact_buffer_release(x), clact_buffer_release(y), clact_buffer_release(dy);
  clact_context_destroy(ctx);
  free(h);
  return 0;
}
