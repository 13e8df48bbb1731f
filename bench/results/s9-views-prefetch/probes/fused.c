/* fused.c: the bench --gated cases that judge against copy, in the process's CPU time (the
 * machine is shared: wall time there is mostly waiting for a core), f32, n = 2^24 per
 * operand, [n / cols, cols] (cols 4096, or $FUSED_COLS): the copy (identity 1-D fwd, and 2-in bwd),
 * relu 1-D fwd and bwd, bias + relu fwd and bwd (per-feature bias), ReGLU fwd (a, b dense halves of
 * one buffer); one context per CLACT_BUILD_OPTIONS string ("" and "-DCLACT_PREFETCH_BYTES=0", or
 * $FUSED_OPTS), interleaved, argv[1] rounds of 4 calls; medians. Build: cc -O2
 * -I../../../../include fused.c ../../../../build/libclact.so -lOpenCL */
#include "probe.h"
enum { MAXR = 64, NCASE = 7 };
static const char *const CASES[NCASE] = {
    "copy_fwd(identity)", "copy_bwd(identity)", "relu_fwd_1d", "relu_bwd_1d",
    "bias_relu_fwd",      "bias_relu_bwd",      "reglu_fwd"};
static const size_t n = (size_t)1 << 24;
static size_t cols = 4096; /* $FUSED_COLS: the row length (and the bias's size) */
typedef struct {
  clact_context *ctx;
  cl_mem big, dy, out, bias;
} ctxs;
static int call(ctxs *c, int k) {
  clact_op op;
  clact_op_init(&op, k < 2 ? CLACT_IDENTITY : CLACT_RELU);
  const size_t one[2] = {n / cols, cols};
  clact_tensor v, b;
  clact_tensor_init_dense(&v, 2, one, 0);
  clact_tensor_init_dense(&b, 1, &cols, 0);
  clact_tensor bv = v;
  bv.offset = n;
  switch (k) {
  case 0:
  case 2: return clact_forward(c->ctx, &op, n, c->big, 0, 1, c->out, 0, 1, 0, NULL, NULL);
  case 1:
  case 3:
    return clact_backward(c->ctx, &op, CLACT_FROM_X, n, c->big, 0, 1, c->dy, 0, 1, c->out, 0, 1, 0,
                          NULL, NULL);
  case 4:
    return clact_bias_forward_view(c->ctx, &op, c->big, &v, c->bias, &b, c->out, &v, 0, NULL, NULL);
  case 5:
    return clact_bias_backward_view(c->ctx, &op, c->big, &v, c->bias, &b, c->dy, &v, c->out, &v, 0,
                                    NULL, NULL);
  default:
    return clact_gated_forward_view(c->ctx, &op, c->big, &v, c->big, &bv, c->out, &v, 0, NULL,
                                    NULL);
  }
}
int main(int argc, char **argv) {
  const int R = argc > 1 ? atoi(argv[1]) : 7;
  if (R < 1 || R > MAXR) return 2;
  opts_from("FUSED_OPTS");
  if (getenv("FUSED_COLS")) cols = (size_t)atol(getenv("FUSED_COLS"));
  if (cols < 16 || n % cols) return 2;
  float *h = malloc(2 * n * 4);
  for (size_t i = 0; i < 2 * n; i++)
    h[i] = (float)((i * 2654435761u) % 20001) * 1e-3f - 10.f;
  ctxs c[MAXOPT];
  for (int k = 0; k < NOPT; k++) {
    setenv("CLACT_BUILD_OPTIONS", OPTS[k], 1);
    if (clact_context_create(&c[k].ctx, NULL) ||
        clact_buffer_create(c[k].ctx, 2 * n * 4, &c[k].big) ||
        clact_buffer_create(c[k].ctx, n * 4, &c[k].dy) ||
        clact_buffer_create(c[k].ctx, n * 4, &c[k].out) ||
        clact_buffer_create(c[k].ctx, cols * 4, &c[k].bias) ||
        clact_buffer_write(c[k].ctx, c[k].big, 0, 2 * n * 4, h) ||
        clact_buffer_write(c[k].ctx, c[k].dy, 0, n * 4, h + n) ||
        clact_buffer_write(c[k].ctx, c[k].bias, 0, cols * 4, h))
      return 1;
    for (int j = 0; j < NCASE; j++) /* build and warm */
      if (call(&c[k], j) || clact_finish(c[k].ctx)) return 3;
  }
  static double t[NCASE][MAXOPT][MAXR], u[NCASE][MAXOPT][MAXR];
  for (int r = 0; r < R; r++)
    for (int j = 0; j < NCASE; j++)
      for (int k = 0; k < NOPT; k++) {
        const double t0 = now(), c0 = cpu();
        for (int i = 0; i < 4; i++)
          if (call(&c[k], j)) return 3;
        clact_finish(c[k].ctx);
        t[j][k][r] = (now() - t0) / 4 * 1e3;
        u[j][k][r] = (cpu() - c0) / 4 * 1e3;
      }
  printf("case,options,wall_median_ms,cpu_median_ms,cpu_q1_ms,cpu_q3_ms\n");
  for (int j = 0; j < NCASE; j++)
    for (int k = 0; k < NOPT; k++) {
      qsort(t[j][k], R, sizeof(double), cmp);
      qsort(u[j][k], R, sizeof(double), cmp);
      printf("%s,\"%s\",%.3f,%.3f,%.3f,%.3f\n", CASES[j], OPTS[k], t[j][k][R / 2], u[j][k][R / 2],
             u[j][k][R / 4], u[j][k][3 * R / 4]);
    }
  return 0;
}
