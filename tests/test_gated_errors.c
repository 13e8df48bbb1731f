/* test_gated_errors.c — every misuse of the gated calls (docs/ERRORS.md, "Gated"): its
 * status, and that nothing was written (outputs keep their values, the event pointer is
 * not written). */
#include "harness.h"

#include <stdint.h>
#include <string.h>

enum { GE_COUNT = 64 };

static clact_tensor view2(size_t r, size_t c, size_t sr, size_t sc, size_t off) {
  clact_tensor t;
  memset(&t, 0, sizeof t);
  t.rank = 2, t.size[0] = r, t.size[1] = c, t.stride[0] = sr, t.stride[1] = sc, t.offset = off;
  return t;
}

/* The buffer still holds i % 7 at element i. */
static int untouched(clact_context *ctx, cl_mem b, const char *what) {
  long double v[GE_COUNT];
  if (test_read(ctx, CLACT_F32, b, GE_COUNT, v)) return 0;
  for (int i = 0; i < GE_COUNT; ++i)
    if (v[i] != (long double)(i % 7)) {
      fprintf(stderr, "  %s: element %d was written\n", what, i);
      return 0;
    }
  return 1;
}

#define FWD_REFUSED(av, bv, yv, by, expected, what)                                                \
  do {                                                                                             \
    cl_event ev_ = (cl_event)(uintptr_t)0x1;                                                       \
    CHECK_STATUS(                                                                                  \
        clact_gated_forward_view(ctx, &op, bx, &(av), bx, &(bv), by, &(yv), 0, NULL, &ev_),        \
        expected);                                                                                 \
    CHECK(ev_ == (cl_event)(uintptr_t)0x1);                                                        \
    CHECK(untouched(ctx, by, what));                                                               \
  } while (0)
#define BWD_REFUSED(av, bv, dyv, dav, dbv, expected, what)                                         \
  do {                                                                                             \
    cl_event ev_ = (cl_event)(uintptr_t)0x1;                                                       \
    CHECK_STATUS(clact_gated_backward_view(ctx, &op, bx, &(av), bx, &(bv), bx, &(dyv), bo, &(dav), \
                                           bo, &(dbv), 0, NULL, &ev_),                             \
                 expected);                                                                        \
    CHECK(ev_ == (cl_event)(uintptr_t)0x1);                                                        \
    CHECK(untouched(ctx, bo, what));                                                               \
  } while (0)

int test_gated_errors(const char *arg) {
  (void)arg;
  clact_context *ctx = test_context();
  CHECK(ctx);
  clact_op op;
  CHECK_OK(clact_op_init(&op, CLACT_SWISH));
  long double init[GE_COUNT];
  for (int i = 0; i < GE_COUNT; ++i)
    init[i] = i % 7;
  cl_mem bx = test_buffer(ctx, CLACT_F32, GE_COUNT, init);
  cl_mem bo = test_buffer(ctx, CLACT_F32, GE_COUNT, init);
  CHECK(bx && bo);

  /* clact_gate_views */
  clact_tensor x = view2(2, 8, 8, 1, 0), a, b, bad = view2(2, 7, 7, 1, 0);
  CHECK_STATUS(clact_gate_views(NULL, CLACT_GATE_FIRST_HALF, &a, &b), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_gate_views(&x, CLACT_GATE_FIRST_HALF, NULL, &b), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_gate_views(&x, (clact_gate_layout)7, &a, &b), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_gate_views(&bad, CLACT_GATE_INTERLEAVED, &a, &b), CLACT_ERROR_SHAPE_MISMATCH);
  bad.rank = 0;
  CHECK_STATUS(clact_gate_views(&bad, CLACT_GATE_FIRST_HALF, &a, &b), CLACT_ERROR_INVALID_RANK);
  /* x's span not representable: b's offset (x's plus c strides, or one for the pairs) or
   * the pairs' stride 2 s would wrap around size_t and could land on a valid element */
  for (int l = 0; l < 3; ++l) {
    clact_tensor wrap = view2(3, 2, 2, SIZE_MAX - 2, 5), a0 = x, b0 = x; /* b at 5 + s: 2 */
    CHECK_STATUS(clact_gate_views(&wrap, (clact_gate_layout)l, &a0, &b0), CLACT_ERROR_OUT_OF_RANGE);
    wrap = view2(3, 4, 4, SIZE_MAX / 2 + 1, 0); /* the pairs' 2 s wraps to 0; c s too */
    CHECK_STATUS(clact_gate_views(&wrap, (clact_gate_layout)l, &a0, &b0), CLACT_ERROR_OUT_OF_RANGE);
    CHECK(!memcmp(&a0, &x, sizeof x) && !memcmp(&b0, &x, sizeof x)); /* not written */
  }
  /* one pair: its stride reaches nothing, so an s whose 2 s does not fit is still a view */
  const clact_tensor one_pair = view2(1, 2, 2, SIZE_MAX / 2 + 1, 0);
  CHECK_OK(clact_gate_views(&one_pair, CLACT_GATE_INTERLEAVED, &a, &b));
  CHECK(a.offset == 0 && b.offset == SIZE_MAX / 2 + 1 && a.size[1] == 1 && b.size[1] == 1);
  CHECK_OK(clact_gate_views(&x, CLACT_GATE_SECOND_HALF, &a, &b));
  CHECK(a.offset == 4 && b.offset == 0 && a.size[1] == 4 && a.stride[1] == 1);
  CHECK_OK(clact_gate_views(&x, CLACT_GATE_INTERLEAVED, &a, &b));
  CHECK(a.offset == 0 && b.offset == 1 && a.size[1] == 4 && a.stride[1] == 2);

  /* forward: the call's shape is y's */
  const clact_tensor av = view2(2, 4, 8, 1, 0), bv = view2(2, 4, 8, 1, 4);
  const clact_tensor yv = view2(2, 4, 4, 1, 0);
  const clact_tensor narrow = view2(2, 3, 8, 1, 0);    /* 3 columns against 4 */
  const clact_tensor broadcast = view2(2, 4, 0, 1, 0); /* y's rows on one row */
  const clact_tensor past_end = view2(2, 4, 4, 1, 60); /* reaches element 67 */
  FWD_REFUSED(narrow, bv, yv, bo, CLACT_ERROR_SHAPE_MISMATCH, "a of another shape");
  FWD_REFUSED(av, narrow, yv, bo, CLACT_ERROR_SHAPE_MISMATCH, "b of another shape");
  FWD_REFUSED(av, bv, broadcast, bo, CLACT_ERROR_OUTPUT_ALIAS, "a broadcast y");
  FWD_REFUSED(av, bv, past_end, bo, CLACT_ERROR_OUT_OF_RANGE, "y past the buffer");
  /* y over a shifted by one element: neither identical nor apart */
  const clact_tensor y_on_a = view2(2, 4, 8, 1, 1);
  FWD_REFUSED(av, bv, y_on_a, bx, CLACT_ERROR_OVERLAP, "y partially over a");
  CHECK_STATUS(clact_gated_forward_view(ctx, &op, bx, NULL, bx, &bv, bo, &yv, 0, NULL, NULL),
               CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_gated_forward_view(NULL, &op, bx, &av, bx, &bv, bo, &yv, 0, NULL, NULL),
               CLACT_ERROR_INVALID_CONTEXT);
  CHECK_STATUS(clact_gated_forward_view(ctx, &op, bx, &av, bx, &bv, bo, &yv, 1, NULL, NULL),
               CLACT_ERROR_INVALID_WAIT_LIST);
  clact_op badop = op;
  badop.param[0] = 1.0 / 0.0;
  CHECK_STATUS(clact_gated_forward_view(ctx, &badop, bx, &av, bx, &bv, bo, &yv, 0, NULL, NULL),
               CLACT_ERROR_INVALID_PARAMETER);
  CHECK(untouched(ctx, bo, "invalid op"));

  /* backward: da and db have the call's shape and share no byte */
  const clact_tensor dyv = view2(2, 4, 4, 1, 32);
  const clact_tensor da = view2(2, 4, 8, 1, 0), db = view2(2, 4, 8, 1, 4);
  const clact_tensor db_over = view2(2, 4, 8, 1, 2); /* overlaps da's rows */
  BWD_REFUSED(av, bv, dyv, da, da, CLACT_ERROR_OVERLAP, "da and db the same view");
  BWD_REFUSED(av, bv, dyv, da, db_over, CLACT_ERROR_OVERLAP, "da and db overlapping");
  BWD_REFUSED(av, bv, dyv, broadcast, db, CLACT_ERROR_OUTPUT_ALIAS, "a broadcast da");
  BWD_REFUSED(av, bv, dyv, da, broadcast, CLACT_ERROR_OUTPUT_ALIAS, "a broadcast db");
  BWD_REFUSED(av, bv, dyv, narrow, db, CLACT_ERROR_SHAPE_MISMATCH, "da of another shape");
  BWD_REFUSED(av, bv, narrow, da, db, CLACT_ERROR_SHAPE_MISMATCH, "dy of another shape");

  /* host forms */
  float h[16] = {0};
  CHECK_STATUS(clact_gated_forward_host(ctx, &op, 4, h, NULL, h + 8), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_gated_forward_host(ctx, &op, 4, h, h + 4, h + 2), CLACT_ERROR_OVERLAP);
  CHECK_STATUS(clact_gated_backward_host(ctx, &op, 4, h, h + 4, h + 8, h + 12, h + 12),
               CLACT_ERROR_OVERLAP);
  CHECK_STATUS(clact_gated_backward_host(ctx, &op, 4, h, h + 4, h + 8, h + 12, h + 10),
               CLACT_ERROR_OVERLAP);
  CHECK_STATUS(clact_gated_forward_host(NULL, &op, 4, h, h + 4, h + 8),
               CLACT_ERROR_INVALID_CONTEXT);
  CHECK_OK(clact_gated_forward_host(ctx, &op, 0, NULL, NULL, NULL));
  for (int i = 0; i < 16; ++i)
    CHECK(h[i] == 0);

  clact_buffer_release(bx);
  clact_buffer_release(bo);
  clact_context_destroy(ctx);
  return 0;
}

/* The bias calls' misuse (docs/ERRORS.md, "Bias"). */
int test_bias_errors(const char *arg) {
  (void)arg;
  clact_context *ctx = test_context();
  CHECK(ctx);
  clact_op op;
  CHECK_OK(clact_op_init(&op, CLACT_GELU));
  long double init[GE_COUNT];
  for (int i = 0; i < GE_COUNT; ++i)
    init[i] = i % 7;
  cl_mem bx = test_buffer(ctx, CLACT_F32, GE_COUNT, init);
  cl_mem bo = test_buffer(ctx, CLACT_F32, GE_COUNT, init);
  CHECK(bx && bo);
  const clact_tensor xv = view2(2, 4, 4, 1, 0), yv = view2(2, 4, 4, 1, 0);
  clact_tensor cv = view2(1, 4, 4, 1, 16), wrong = view2(1, 3, 3, 1, 16);
  const clact_tensor broadcast = view2(2, 4, 0, 1, 0);
  cl_event ev = (cl_event)(uintptr_t)0x1;
  CHECK_STATUS(clact_bias_forward_view(ctx, &op, bx, &xv, bx, &wrong, bo, &yv, 0, NULL, &ev),
               CLACT_ERROR_SHAPE_MISMATCH);
  CHECK_STATUS(clact_bias_forward_view(ctx, &op, bx, &xv, bx, &cv, bo, &broadcast, 0, NULL, &ev),
               CLACT_ERROR_OUTPUT_ALIAS);
  CHECK_STATUS(clact_bias_forward_view(ctx, &op, bx, &xv, bx, &cv, bx, &cv, 0, NULL, &ev),
               CLACT_ERROR_SHAPE_MISMATCH); /* y of the bias's shape: x does not fit it */
  CHECK_STATUS(clact_bias_forward_view(ctx, &op, bx, &xv, NULL, &cv, bo, &yv, 0, NULL, &ev),
               CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(
      clact_bias_backward_view(ctx, &op, bx, &xv, bx, &wrong, bx, &xv, bo, &yv, 0, NULL, &ev),
      CLACT_ERROR_SHAPE_MISMATCH);
  const clact_tensor dx_over_bias = view2(2, 4, 4, 1, 14); /* reaches the bias at 16 */
  CHECK_STATUS(clact_bias_backward_view(ctx, &op, bx, &xv, bx, &cv, bx, &xv, bx, &dx_over_bias, 0,
                                        NULL, &ev),
               CLACT_ERROR_OVERLAP);
  /* dbias */
  clact_tensor db = view2(1, 4, 4, 1, 0);
  CHECK_STATUS(clact_bias_grad_view(ctx, (clact_dtype)9, bx, &xv, bo, &db, 0, NULL, &ev),
               CLACT_ERROR_INVALID_DTYPE);
  for (clact_dtype q = CLACT_U8; q <= CLACT_FP8_E5M2; ++q) { /* 8-bit: inference only */
    CHECK_STATUS(clact_bias_grad_view(ctx, q, bx, &xv, bo, &db, 0, NULL, &ev),
                 CLACT_ERROR_QUANTIZED_DTYPE);
    clact_op q_op = op;
    q_op.dtype = q;
    CHECK_STATUS(clact_bias_forward_view(ctx, &q_op, bx, &xv, bx, &cv, bo, &yv, 0, NULL, &ev),
                 CLACT_ERROR_QUANTIZED_DTYPE);
    CHECK_STATUS(clact_gated_forward_view(ctx, &q_op, bx, &xv, bx, &xv, bo, &xv, 0, NULL, &ev),
                 CLACT_ERROR_QUANTIZED_DTYPE);
  }
  CHECK_STATUS(clact_bias_grad_view(ctx, CLACT_F32, bx, &xv, bo, &wrong, 0, NULL, &ev),
               CLACT_ERROR_SHAPE_MISMATCH);
  const clact_tensor db_over = view2(1, 4, 4, 1, 2); /* inside dx's elements 0 .. 7 */
  CHECK_STATUS(clact_bias_grad_view(ctx, CLACT_F32, bx, &xv, bx, &db_over, 0, NULL, &ev),
               CLACT_ERROR_OVERLAP);
  const clact_tensor db_alias = view2(1, 4, 4, 0, 0); /* four sums on one element */
  CHECK_STATUS(clact_bias_grad_view(ctx, CLACT_F32, bx, &xv, bo, &db_alias, 0, NULL, &ev),
               CLACT_ERROR_OUTPUT_ALIAS);
  const clact_tensor db_past = view2(1, 4, 4, 1, 62);
  CHECK_STATUS(clact_bias_grad_view(ctx, CLACT_F32, bx, &xv, bo, &db_past, 0, NULL, &ev),
               CLACT_ERROR_OUT_OF_RANGE);
  CHECK_STATUS(clact_bias_grad_view(NULL, CLACT_F32, bx, &xv, bo, &db, 0, NULL, &ev),
               CLACT_ERROR_INVALID_CONTEXT);
  CHECK_STATUS(clact_bias_grad_view(ctx, CLACT_F32, bx, &xv, bo, NULL, 0, NULL, &ev),
               CLACT_ERROR_INVALID_ARGUMENT);
  CHECK(ev == (cl_event)(uintptr_t)0x1);
  CHECK(untouched(ctx, bo, "bias misuse"));
  CHECK(untouched(ctx, bx, "bias misuse"));
  /* an empty dx: each dbias element is a sum over nothing, written 0, and dx's buffer is
   * read by nothing, so NULL is taken as by the other calls' empty shapes */
  const clact_tensor dx_empty = view2(0, 4, 4, 1, 0), db_row = view2(1, 4, 4, 1, 8);
  for (int null_dx = 0; null_dx < 2; ++null_dx) {
    CHECK_OK(clact_bias_grad_view(ctx, CLACT_F32, null_dx ? NULL : bx, &dx_empty, bo, &db_row, 0,
                                  NULL, NULL));
    long double v[GE_COUNT];
    CHECK(!test_read(ctx, CLACT_F32, bo, GE_COUNT, v));
    for (int i = 0; i < GE_COUNT; ++i)
      CHECK(v[i] == (i >= 8 && i < 12 ? 0.0L : (long double)(i % 7)));
    CHECK(untouched(ctx, bx, "empty dbias"));
  }
  clact_buffer_release(bx);
  clact_buffer_release(bo);
  clact_context_destroy(ctx);
  return 0;
}
