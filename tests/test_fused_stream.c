/* test_fused_stream.c — the calls on outputs large enough for streaming stores (8 MiB and
 * more: ND_STREAM_MIN_UNITS), which the other tests, sized for oclgrind, never reach: the
 * plain 1-D relu forward and backward (elementwise.cl's dense loop, on 2^22 - 3 elements:
 * a tail past the last whole vector), ReGLU forward and backward on two dense tensors and
 * bias + relu forward and backward on [rows, 4096] with a per-feature bias (and on the
 * shapes whose rows and blocks do not divide evenly: BIAS_SHAPES), f32 and f64,
 * each called a second time with beta = 1 (the old output read, then stored streaming).
 * relu's gate is exact, so every element is checked for equality with the product or sum
 * computed on the host in the storage type (one rounding, as the kernel's). */
#include "harness.h"

#include <stdlib.h>

enum { FS_COLS = 4096, FS_ROWS = 512 }; /* 2^21 elements: 8 MiB of f32 per operand */

/* v rounded to t, x * y and x + y rounded once in t (f32 or f64). */
static long double in_t(clact_dtype t, long double v) {
  return t == CLACT_F32 ? (long double)(float)v : (long double)(double)v;
}
static long double mul_t(clact_dtype t, long double x, long double y) {
  return t == CLACT_F32 ? (long double)((float)x * (float)y) : (long double)((double)x * (double)y);
}
static long double add_t(clact_dtype t, long double x, long double y) {
  return t == CLACT_F32 ? (long double)((float)x + (float)y) : (long double)((double)x + (double)y);
}
static long double relu(long double v) { return v > 0 ? v : 0; }

/* Counts the elements of got[0 .. n) that are not want(i) (times 2 on the second call). */
#define COUNT_BAD(bad, n, got, want, pass)                                                         \
  for (size_t i = 0; i < (n); ++i)                                                                 \
    if ((got)[i] != (pass + 1) * (want)) {                                                         \
      if ((bad)++ < 3)                                                                             \
        fprintf(stderr, "  %s element %zu: got %.17Lg want %.17Lg\n", what, i, (got)[i],           \
                (pass + 1) * (want));                                                              \
    }

static int run_dtype(clact_context *ctx, clact_dtype t) {
  const size_t n = (size_t)FS_ROWS * FS_COLS, one[2] = {FS_ROWS, FS_COLS}, cols = FS_COLS;
  long double *x = malloc(2 * n * sizeof *x), *dy = malloc(n * sizeof *dy);
  long double *c = malloc(cols * sizeof *c), *got = malloc(2 * n * sizeof *got);
  CHECK(x && dy && c && got);
  /* a (the first n) and b (the next), x for bias: both signs, no zero products lost */
  for (size_t i = 0; i < 2 * n; ++i)
    x[i] = in_t(t, (long double)((long)((i * 7919u) % 2001u) - 1000) * 0.01L);
  for (size_t i = 0; i < n; ++i)
    dy[i] = in_t(t, 0.5L + 0.25L * (long double)(i % 5));
  for (size_t i = 0; i < cols; ++i)
    c[i] = in_t(t, (long double)((long)((i * 40503u) % 2001u) - 1000) * 1e-4L);
  cl_mem bx = test_buffer(ctx, t, 2 * n, x), bdy = test_buffer(ctx, t, n, dy);
  cl_mem bc = test_buffer(ctx, t, cols, c), bout = test_buffer(ctx, t, 2 * n, x);
  CHECK(bx && bdy && bc && bout);
  clact_tensor yv, av, bv, cv;
  CHECK_OK(clact_tensor_init_dense(&yv, 2, one, 0));
  CHECK_OK(clact_tensor_init_dense(&cv, 1, &cols, 0));
  av = yv, bv = yv;
  bv.offset = n;
  clact_op op;
  CHECK_OK(clact_op_init(&op, CLACT_RELU));
  op.dtype = t;
  int bad = 0;
  const size_t n1 = 2 * n - 3;
  for (int pass = 0; pass < 2; ++pass) { /* beta 0, then 1: every output doubled */
    op.beta = pass;
    const char *what = "relu fwd (1-D)";
    CHECK_OK(clact_forward(ctx, &op, n1, bx, 0, 1, bout, 0, 1, 0, NULL, NULL));
    CHECK_OK(test_read(ctx, t, bout, n1, got));
    COUNT_BAD(bad, n1, got, relu(x[i]), pass);
  }
  for (int pass = 0; pass < 2; ++pass) { /* dy = x */
    op.beta = pass;
    const char *what = "relu bwd (1-D)";
    CHECK_OK(
        clact_backward(ctx, &op, CLACT_FROM_X, n1, bx, 0, 1, bx, 0, 1, bout, 0, 1, 0, NULL, NULL));
    CHECK_OK(test_read(ctx, t, bout, n1, got));
    COUNT_BAD(bad, n1, got, x[i] > 0 ? x[i] : 0, pass);
  }
  for (int pass = 0; pass < 2; ++pass) { /* beta 0, then 1: every output doubled */
    op.beta = pass;
    const char *what = "reglu fwd";
    CHECK_OK(clact_gated_forward_view(ctx, &op, bx, &av, bx, &bv, bout, &yv, 0, NULL, NULL));
    CHECK_OK(test_read(ctx, t, bout, n, got));
    COUNT_BAD(bad, n, got, mul_t(t, relu(x[i]), x[n + i]), pass);
  }
  for (int pass = 0; pass < 2; ++pass) { /* da over the first n of out, db the next */
    op.beta = pass;
    const char *what = "reglu bwd";
    CHECK_OK(clact_gated_backward_view(ctx, &op, bx, &av, bx, &bv, bdy, &yv, bout, &av, bout, &bv,
                                       0, NULL, NULL));
    CHECK_OK(test_read(ctx, t, bout, 2 * n, got));
    COUNT_BAD(bad, n, got, x[i] > 0 ? mul_t(t, dy[i], x[n + i]) : 0, pass);
    COUNT_BAD(bad, n, got + n, mul_t(t, relu(x[i]), dy[i]), pass);
  }
  for (int pass = 0; pass < 2; ++pass) {
    op.beta = pass;
    const char *what = "bias+relu fwd";
    CHECK_OK(clact_bias_forward_view(ctx, &op, bx, &yv, bc, &cv, bout, &yv, 0, NULL, NULL));
    CHECK_OK(test_read(ctx, t, bout, n, got));
    COUNT_BAD(bad, n, got, relu(add_t(t, x[i], c[i % cols])), pass);
  }
  for (int pass = 0; pass < 2; ++pass) {
    op.beta = pass;
    const char *what = "bias+relu bwd";
    CHECK_OK(
        clact_bias_backward_view(ctx, &op, bx, &yv, bc, &cv, bdy, &yv, bout, &yv, 0, NULL, NULL));
    CHECK_OK(test_read(ctx, t, bout, n, got));
    COUNT_BAD(bad, n, got, add_t(t, x[i], c[i % cols]) > 0 ? dy[i] : 0, pass);
  }
  clact_buffer_release(bx), clact_buffer_release(bdy), clact_buffer_release(bc);
  clact_buffer_release(bout);
  free(x), free(dy), free(c), free(got);
  printf("fused_stream: %s, %d elements wrong\n", clact_dtype_name(t), bad);
  return bad;
}

/* bias + relu forward and backward (beta 0, then 1) on [rows, cols] views whose rows are
 * rstride apart: the streaming rows walk (views.cl, ND_WALK_ROWS; the backward with its own
 * prefetch, ND_STREAM_UNITS_LOOP) where rows, blocks and vectors do not divide evenly (the
 * gaps between rows are not checked). */
typedef struct bias_shape {
  size_t rows, cols, rstride;
} bias_shape;
static const bias_shape BIAS_SHAPES[] = {
    {513, 4096, 4096},     /* an odd number of rows: a work-item's block ends mid-row */
    {1, 1 << 21, 1 << 21}, /* one row */
    {515, 4093, 4096},     /* columns not a whole number of vectors: each row's partial unit */
    {2051, 1024, 1024},    /* short rows: a work-item's block spans rows */
    {131, 16400, 16400},   /* long rows, not a whole number of blocks */
};
static int run_bias_shape(clact_context *ctx, clact_dtype t, bias_shape sh) {
  const size_t n = sh.rows * sh.rstride, one[2] = {sh.rows, sh.cols}, cols = sh.cols;
  long double *x = malloc(n * sizeof *x), *dy = malloc(n * sizeof *dy);
  long double *c = malloc(cols * sizeof *c), *got = malloc(n * sizeof *got);
  CHECK(x && dy && c && got);
  for (size_t i = 0; i < n; ++i) {
    x[i] = in_t(t, (long double)((long)((i * 7919u) % 2001u) - 1000) * 0.01L);
    dy[i] = in_t(t, 0.5L + 0.25L * (long double)(i % 5));
  }
  for (size_t i = 0; i < cols; ++i)
    c[i] = in_t(t, (long double)((long)((i * 40503u) % 2001u) - 1000) * 1e-4L);
  cl_mem bx = test_buffer(ctx, t, n, x), bdy = test_buffer(ctx, t, n, dy);
  cl_mem bc = test_buffer(ctx, t, cols, c), bout = test_buffer(ctx, t, n, x);
  CHECK(bx && bdy && bc && bout);
  clact_tensor yv, cv;
  CHECK_OK(clact_tensor_init_dense(&yv, 2, one, 0));
  CHECK_OK(clact_tensor_init_dense(&cv, 1, &cols, 0));
  yv.stride[0] = sh.rstride;
  clact_op op;
  CHECK_OK(clact_op_init(&op, CLACT_RELU));
  op.dtype = t;
  int bad = 0;
  for (int bwd = 0; bwd < 2; ++bwd)
    for (int pass = 0; pass < 2; ++pass) { /* beta 0, then 1: every output doubled */
      const char *what = bwd ? "bias+relu bwd (shapes)" : "bias+relu fwd (shapes)";
      op.beta = pass;
      if (bwd)
        CHECK_OK(clact_bias_backward_view(ctx, &op, bx, &yv, bc, &cv, bdy, &yv, bout, &yv, 0, NULL,
                                          NULL));
      else
        CHECK_OK(clact_bias_forward_view(ctx, &op, bx, &yv, bc, &cv, bout, &yv, 0, NULL, NULL));
      CHECK_OK(test_read(ctx, t, bout, n, got));
      for (size_t r = 0; r < sh.rows; ++r)
        for (size_t k = 0; k < cols; ++k) {
          const size_t e = r * sh.rstride + k;
          const long double s = add_t(t, x[e], c[k]);
          const long double want = (pass + 1) * (bwd ? (s > 0 ? dy[e] : 0) : relu(s));
          if (got[e] != want && bad++ < 3)
            fprintf(stderr, "  %s row %zu column %zu: got %.17Lg want %.17Lg\n", what, r, k, got[e],
                    want);
        }
    }
  clact_buffer_release(bx), clact_buffer_release(bdy), clact_buffer_release(bc);
  clact_buffer_release(bout);
  free(x), free(dy), free(c), free(got);
  printf("fused_stream: %s bias [%zu, %zu] row step %zu, %d elements wrong\n", clact_dtype_name(t),
         sh.rows, sh.cols, sh.rstride, bad);
  return bad;
}

int test_fused_stream(const char *arg) {
  (void)arg;
  clact_context *ctx = test_context();
  CHECK(ctx);
  int bad = 0;
  for (int t = 0; t < CLACT_DTYPE_COUNT; ++t)
    if ((t == CLACT_F32 || t == CLACT_F64) && clact_context_supports(ctx, (clact_dtype)t)) {
      bad += run_dtype(ctx, (clact_dtype)t);
      for (size_t k = 0; k < sizeof BIAS_SHAPES / sizeof BIAS_SHAPES[0]; ++k)
        bad += run_bias_shape(ctx, (clact_dtype)t, BIAS_SHAPES[k]);
    }
  clact_context_destroy(ctx);
  CHECK(bad == 0);
  return 0;
}
