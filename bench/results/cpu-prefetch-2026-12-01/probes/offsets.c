/* offsets.c: sigmoid (or argv[1]) f32 forward on 2^24 elements (argv[4] to change), the 1-D
 * call at several input and output offsets (elements) and two N-D views, interleaved, median
 * of argv[3] batches; times scaled to 2^24 elements. Shows how the input/output placement
 * moved the 1-D call's time before the prefetch (offsets-before.txt, offsets-after.txt).
 *   cc -O2 -Iinclude offsets.c build/libclact.so -lOpenCL -o offsets
 *   POCL_CACHE_DIR=$PWD/build/pocl-cache ./offsets sigmoid fwd 5 */
#include "clact.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}
static clact_context *ctx;
static clact_op op;
static cl_mem X, Y;
static size_t n;
static int bwd = 0;
static int run(int kind, size_t xo, size_t yo) {
  if (kind == 0) {
    if (bwd)
      return clact_backward(ctx, &op, CLACT_FROM_X, n, X, xo, 1, X, xo + n, 1, Y, yo, 1, 0, NULL,
                            NULL);
    return clact_forward(ctx, &op, n, X, xo, 1, Y, yo, 1, 0, NULL, NULL);
  }
  clact_tensor xv, yv;
  size_t cols = 4096, rows = n / cols;
  size_t full[2] = {rows, cols + xo}, half[2] = {rows, cols};
  clact_tensor_init_dense(&xv, 2, full, 0);
  xv.size[1] = cols;
  clact_tensor_init_dense(&yv, 2, half, yo);
  return clact_forward_view(ctx, &op, X, &xv, Y, &yv, 0, NULL, NULL);
}
int main(int argc, char **argv) {
  n = argc > 4 ? (size_t)atol(argv[4]) : (1u << 24);
  clact_activation a;
  clact_activation_from_name(argc > 1 ? argv[1] : "sigmoid", &a);
  bwd = argc > 2 && !strcmp(argv[2], "bwd");
  clact_op_init(&op, a);
  op.dtype = CLACT_F32;
  if (clact_context_create(&ctx, NULL)) return 1;
  size_t cap = 3 * n + 65536;
  float *h = malloc(cap * 4);
  for (size_t i = 0; i < cap; i++)
    h[i] = (float)((i * 2654435761u) % 20001) * 1e-3f - 10.f;
  if (clact_buffer_create(ctx, cap * 4, &X) || clact_buffer_create(ctx, (n + 65536) * 4, &Y) ||
      clact_buffer_write(ctx, X, 0, cap * 4, h))
    return 1;
  struct {
    int kind;
    size_t xo, yo;
    const char *name;
  } v[] = {{0, 0, 0, "1d x0 y0"},     {0, 16, 0, "1d x16 y0"}, {0, 64, 0, "1d x64 y0"},
           {0, 256, 0, "1d x256 y0"}, {0, 512, 0, "1d x512"},  {0, 0, 16, "1d y16"},
           {0, 0, 64, "1d y64"},      {0, 0, 512, "1d y512"},  {1, 4096, 0, "nd glu_half"},
           {1, 16, 0, "nd pad16"},    {1, 0, 0, "nd pad0?"}};
  int nv = sizeof v / sizeof v[0];
  int R = atoi(argc > 3 ? argv[3] : "5");
  double t[16][16];
  for (int k = 0; k < nv; k++) {
    if (v[k].kind == 1 && v[k].xo == 0) {
      nv = k;
      break;
    }
    run(v[k].kind, v[k].xo, v[k].yo);
    clact_finish(ctx);
  }
  for (int r = 0; r < R; r++)
    for (int k = 0; k < nv; k++) {
      double t0 = now();
      int NB = (int)((1u << 26) / n);
      if (NB < 4) NB = 4;
      for (int i = 0; i < NB; i++)
        if (run(v[k].kind, v[k].xo, v[k].yo)) return 2;
      clact_finish(ctx);
      t[k][r] = (now() - t0) / NB * 1e3 * ((double)(1u << 24) / n);
    }
  for (int k = 0; k < nv; k++) {
    double s[16];
    memcpy(s, t[k], R * sizeof(double));
    for (int i = 0; i < R; i++)
      for (int j = i + 1; j < R; j++)
        if (s[j] < s[i]) {
          double q = s[i];
          s[i] = s[j];
          s[j] = q;
        }
    printf("%-14s median %.2f ms  min %.2f\n", v[k].name, s[R / 2], s[0]);
  }
  return 0;
}
