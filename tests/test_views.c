/* test_views.c — strided and offset views in every activation, direction and dtype, on
 * lengths with tails: each output element against the host reference, every element
 * outside the output view untouched. Small enough to run under oclgrind too, where every
 * kernel access is checked (docs/ERRORS.md). */
#include "harness.h"

#include <stdlib.h>

enum { VIEW_GUARD = 5, VIEW_SENTINEL = 3 };

typedef struct layout {
  size_t offset, stride;
} layout;

static size_t extent(const layout *l, size_t n) { return l->offset + (n - 1) * l->stride + 1; }

/* One call: views of in, dy (backward) and out with the given layouts. */
static int view_case(clact_context *ctx, const clact_op *op, ref_dir d, size_t n, const layout *lin,
                     const layout *ldy, const layout *lout, const ref_zeros *z) {
  const clact_dtype t = op->dtype;
  const size_t cin = extent(lin, n) + VIEW_GUARD, cdy = extent(ldy, n) + VIEW_GUARD;
  const size_t cout = extent(lout, n) + VIEW_GUARD;
  long double *in = malloc(cin * sizeof *in), *x = malloc(n * sizeof *x);
  long double *dy = malloc(cdy * sizeof *dy), *out = malloc(cout * sizeof *out);
  int bad = !in || !x || !dy || !out;
  for (size_t i = 0; !bad && i < cin; ++i)
    in[i] = VIEW_SENTINEL;
  for (size_t i = 0; !bad && i < cdy; ++i)
    dy[i] = ref_round(t, 0.5 + 0.25 * (double)(i % 5));
  for (size_t i = 0; !bad && i < cout; ++i)
    out[i] = VIEW_SENTINEL;
  for (size_t i = 0; !bad && i < n; ++i) {
    x[i] = ref_round(t, test_sweep[(i * 5 + n) % (size_t)test_sweep_count]);
    in[lin->offset + i * lin->stride] = d == REF_BWDY ? ref_round(t, ref_forward(op, x[i])) : x[i];
  }
  cl_mem bin = bad ? NULL : test_buffer(ctx, t, cin, in);
  cl_mem bdy = bad ? NULL : test_buffer(ctx, t, cdy, dy);
  cl_mem bout = bad ? NULL : test_buffer(ctx, t, cout, out);
  bad = bad || !bin || !bdy || !bout;
  clact_status st = CLACT_SUCCESS;
  if (!bad && d == REF_FWD)
    st = clact_forward(ctx, op, n, bin, lin->offset, lin->stride, bout, lout->offset, lout->stride,
                       0, NULL, NULL);
  else if (!bad)
    st = clact_backward(ctx, op, d == REF_BWD ? CLACT_FROM_X : CLACT_FROM_Y, n, bin, lin->offset,
                        lin->stride, bdy, ldy->offset, ldy->stride, bout, lout->offset,
                        lout->stride, 0, NULL, NULL);
  if (st) fprintf(stderr, "  call failed: %s\n", clact_status_name(st));
  bad = bad || st || test_read(ctx, t, bout, cout, out);
  for (size_t k = 0; !bad && k < cout; ++k) {
    const int in_view = k >= lout->offset && (k - lout->offset) % lout->stride == 0 &&
                        (k - lout->offset) / lout->stride < n;
    if (!in_view) {
      if (out[k] != VIEW_SENTINEL) {
        fprintf(stderr, "  element %zu outside the output view changed\n", k);
        bad = 1;
      }
      continue;
    }
    const size_t i = (k - lout->offset) / lout->stride;
    const long double xin = in[lin->offset + i * lin->stride];
    const long double g = dy[ldy->offset + i * ldy->stride];
    const long double ref = d == REF_FWD   ? ref_forward(op, xin)
                            : d == REF_BWD ? ref_backward(op, xin, g)
                                           : ref_backward_from_y(op, xin, g);
    double u;
    if (!ref_judge(op, d, z, x[i], d == REF_FWD ? 1 : g, out[k], ref, &u)) {
      fprintf(stderr, "  %s %s %s n=%zu i=%zu: in=%.9Lg dy=%.9Lg got=%.9Lg ref=%.9Lg\n",
              clact_activation_name(op->activation), clact_dtype_name(t), ref_dir_name(d), n, i,
              xin, g, out[k], ref);
      bad = 1;
    }
  }
  clact_buffer_release(bin);
  clact_buffer_release(bdy);
  clact_buffer_release(bout);
  free(in), free(x), free(dy), free(out);
  return bad;
}

int test_views(const char *arg) {
  static const size_t lengths[] = {1, 7, 37};
  static const layout shapes[][3] = {/* in, dy, out */
                                     {{1, 2}, {2, 3}, {3, 1}},
                                     {{2, 3}, {0, 1}, {1, 2}},
                                     {{0, 1}, {3, 2}, {2, 3}}};
  clact_context *ctx = test_context();
  CHECK(ctx);
  int failures = 0, calls = 0;
  for (int a = 0; a < CLACT_ACTIVATION_COUNT; ++a) {
    for (int t = 0; t < CLACT_DTYPE_COUNT; ++t) {
      if (!clact_context_supports(ctx, (clact_dtype)t)) continue;
      clact_op op;
      CHECK_OK(clact_op_init(&op, (clact_activation)a));
      op.dtype = (clact_dtype)t;
      ref_zeros z;
      ref_find_derivative_zeros(&op, &z);
      for (int d = REF_FWD; d <= REF_BWDY; ++d) {
        if (d == REF_BWDY && !clact_has_gradient_from_y(&op)) continue;
        for (size_t k = 0; k < sizeof lengths / sizeof lengths[0]; ++k)
          for (size_t s = 0; s < sizeof shapes / sizeof shapes[0]; ++s, ++calls)
            failures += view_case(ctx, &op, (ref_dir)d, lengths[k], &shapes[s][0], &shapes[s][1],
                                  &shapes[s][2], &z);
      }
    }
  }
  clact_context_destroy(ctx);
  printf("views: %d calls, %d failed\n", calls, failures);
  CHECK(failures == 0);
  return 0;
}
