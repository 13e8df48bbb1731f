/* p.c (s15bias: s11's p.c with $COLS, the rows' length, default 4096): CPU and wall time per call
 * of the bench --gated cases and their plain rows, f32, n = 2^24 per operand, [n/4096, 4096] views
 * as clact bench --gated makes them; argv[1] rounds of 4 calls each, cases interleaved; $CASES:
 * comma list of case indices (default all). Prints medians and quartiles. Build: cc -O2 -Iinclude
 * p.c -Lbuild -lclact -lOpenCL */
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
static double cpu(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}
static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}
enum { NCASE = 20, MAXR = 64 };
static const char *const NAMES[NCASE] = {
    "copy_fwd",      "copy_bwd",      "relu_fwd",      "relu_bwd",          "reglu_fwd",
    "reglu_bwd",     "bias_relu_fwd", "bias_relu_bwd", "swish_fwd",         "swish_bwd",
    "swiglu_fwd",    "swiglu_bwd",    "gelu_fwd",      "gelu_bwd",          "bias_gelu_fwd",
    "bias_gelu_bwd", "reglu_fwd_sep", "reglu_bwd_sep", "swiglu_halves_fwd", "swiglu_halves_bwd"};
static const size_t n = (size_t)1 << 24;
static size_t cols = 4096;
static clact_context *ctx;
static cl_mem big, dy, out, out2, bias, bsep, out3;
static int call(int k) {
  clact_op op;
  const clact_activation g = k < 2                        ? CLACT_IDENTITY
                             : k < 8 || k >= 16 && k < 18 ? CLACT_RELU
                             : k < 12 || k >= 18          ? CLACT_SWISH
                                                          : CLACT_GELU;
  clact_op_init(&op, g);
  const size_t one[2] = {n / cols, cols}, two[2] = {n / cols, 2 * cols};
  clact_tensor v, b, bv, full, ha, hb;
  clact_tensor_init_dense(&v, 2, one, 0);
  clact_tensor_init_dense(&b, 1, &cols, 0);
  clact_tensor_init_dense(&full, 2, two, 0);
  clact_gate_views(&full, CLACT_GATE_FIRST_HALF, &ha, &hb);
  bv = v;
  bv.offset = n;
  switch (k) {
  case 0:
  case 2:
  case 8:
  case 12: return clact_forward(ctx, &op, n, big, 0, 1, out, 0, 1, 0, NULL, NULL);
  case 1:
  case 3:
  case 9:
  case 13:
    return clact_backward(ctx, &op, CLACT_FROM_X, n, big, 0, 1, dy, 0, 1, out, 0, 1, 0, NULL, NULL);
  case 4:
  case 10: return clact_gated_forward_view(ctx, &op, big, &v, big, &bv, out, &v, 0, NULL, NULL);
  case 5:
  case 11:
    return clact_gated_backward_view(ctx, &op, big, &v, big, &bv, dy, &v, out2, &v, out2, &bv, 0,
                                     NULL, NULL);
  case 6:
  case 14: return clact_bias_forward_view(ctx, &op, big, &v, bias, &b, out, &v, 0, NULL, NULL);
  case 7:
  case 15:
    return clact_bias_backward_view(ctx, &op, big, &v, bias, &b, dy, &v, out, &v, 0, NULL, NULL);
  case 16: return clact_gated_forward_view(ctx, &op, big, &v, bsep, &v, out, &v, 0, NULL, NULL);
  case 17:
    return clact_gated_backward_view(ctx, &op, big, &v, bsep, &v, dy, &v, out, &v, out3, &v, 0,
                                     NULL, NULL);
  case 18: return clact_gated_forward_view(ctx, &op, big, &ha, big, &hb, out, &v, 0, NULL, NULL);
  default:
    return clact_gated_backward_view(ctx, &op, big, &ha, big, &hb, dy, &v, out2, &ha, out2, &hb, 0,
                                     NULL, NULL);
  }
}
int main(int argc, char **argv) {
  const int R = argc > 1 ? atoi(argv[1]) : 7;
  int use[NCASE] = {0}, any = 0;
  if (getenv("CASES")) {
    char buf[256];
    snprintf(buf, sizeof buf, "%s", getenv("CASES"));
    for (char *p = strtok(buf, ","); p; p = strtok(NULL, ","))
      use[atoi(p)] = 1, any = 1;
  }
  if (!any)
    for (int j = 0; j < NCASE; j++)
      use[j] = 1;
  float *h = malloc(2 * n * 4);
  for (size_t i = 0; i < 2 * n; i++)
    h[i] = (float)((i * 2654435761u) % 20001) * 1e-3f - 10.f;
  if (getenv("COLS")) cols = (size_t)atol(getenv("COLS"));
  float *hb = malloc(cols * 4);
  for (size_t i = 0; i < cols; i++)
    hb[i] = (float)((i * 40503u) % 2001) * 1e-4f - 0.1f;
  if (clact_context_create(&ctx, NULL) || clact_buffer_create(ctx, 2 * n * 4, &big) ||
      clact_buffer_create(ctx, n * 4, &dy) || clact_buffer_create(ctx, n * 4, &out) ||
      clact_buffer_create(ctx, 2 * n * 4, &out2) || clact_buffer_create(ctx, cols * 4, &bias) ||
      clact_buffer_create(ctx, n * 4, &bsep) || clact_buffer_create(ctx, n * 4, &out3) ||
      clact_buffer_write(ctx, big, 0, 2 * n * 4, h) ||
      clact_buffer_write(ctx, dy, 0, n * 4, h + n) ||
      clact_buffer_write(ctx, bsep, 0, n * 4, h + n) ||
      clact_buffer_write(ctx, bias, 0, cols * 4, hb))
    return 1;
  for (int j = 0; j < NCASE; j++)
    if (use[j] && (call(j) || clact_finish(ctx))) return 3;
  static double t[NCASE][MAXR], u[NCASE][MAXR];
  for (int r = 0; r < R; r++)
    for (int j = 0; j < NCASE; j++) {
      if (!use[j]) continue;
      const double t0 = now(), c0 = cpu();
      for (int i = 0; i < 4; i++)
        if (call(j)) return 3;
      clact_finish(ctx);
      t[j][r] = (now() - t0) / 4 * 1e3;
      u[j][r] = (cpu() - c0) / 4 * 1e3;
    }
  printf("case,wall_median_ms,cpu_median_ms,cpu_q1_ms,cpu_q3_ms\n");
  for (int j = 0; j < NCASE; j++) {
    if (!use[j]) continue;
    qsort(t[j], R, sizeof(double), cmp);
    qsort(u[j], R, sizeof(double), cmp);
    printf("%s,%.3f,%.3f,%.3f,%.3f\n", NAMES[j], t[j][R / 2], u[j][R / 2], u[j][R / 4],
           u[j][3 * R / 4]);
  }
  return 0;
}
