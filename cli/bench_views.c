/* bench_views.c — `clact bench --views`: one activation on N-D views (a dense 4-D tensor,
 * a channel slice, a transpose of the last two dimensions, one half of a [rows, 2*cols]
 * tensor), each as GB/s, as a fraction of the copy bandwidth for the same bytes and of the
 * 1-D call's GB/s, all measured in the same run (issue #15's acceptance figures). */
#include "bench.h"
#include "cli.h"

#include <string.h>

/* One timed view call: forward of op over x's view into y's. */
typedef struct view_call {
  clact_context *ctx;
  clact_op op;
  cl_mem x, y;
  clact_tensor xv, yv;
} view_call;

static clact_status enqueue_view(void *arg) {
  const view_call *v = arg;
  return clact_forward_view(v->ctx, &v->op, v->x, &v->xv, v->y, &v->yv, 0, NULL, NULL);
}

enum { CASE_DENSE, CASE_SLICE, CASE_TRANSPOSE, CASE_GLU_HALF, CASE_COUNT };
static const char *const CASE_NAMES[CASE_COUNT] = {"dense4d", "channel_slice", "transpose",
                                                   "glu_half"};

/* The views of case k, each of n elements (n a multiple of 2^14): x is read from a buffer
 * of 2n elements, y is a dense tensor of the same shape. */
static void case_views(int k, size_t n, clact_tensor *xv, clact_tensor *yv) {
  const size_t w = 128, h = 128, c = n / (w * h) >= 64 ? 64 : n / (w * h), b = n / (c * h * w);
  const size_t nchw[4] = {b, c, h, w};
  clact_tensor_init_dense(yv, 4, nchw, 0);
  if (k == CASE_DENSE) {
    *xv = *yv;
  } else if (k == CASE_SLICE) { /* channels [c/2, c/2 + c) of a [b, 2c, h, w] tensor */
    const size_t wide[4] = {b, 2 * c, h, w};
    clact_tensor_init_dense(xv, 4, wide, 0);
    xv->size[1] = c;
    xv->offset = c / 2 * h * w;
  } else if (k == CASE_TRANSPOSE) { /* y[b][c][j][i] = f(x[b][c][i][j]) */
    clact_tensor_init_dense(xv, 4, nchw, 0);
    xv->stride[2] = 1, xv->stride[3] = w; /* h == w */
  } else { /* the first half of each row of a [rows, 2*cols] tensor */
    const size_t cols = 4096, rows = n / cols, full[2] = {rows, 2 * cols}, half[2] = {rows, cols};
    clact_tensor_init_dense(xv, 2, full, 0);
    xv->size[1] = cols;
    clact_tensor_init_dense(yv, 2, half, 0);
  }
}

static size_t count_of(const clact_tensor *t) {
  size_t c = 1;
  for (int d = 0; d < t->rank; ++d)
    c *= t->size[d];
  return c;
}

clact_status bench_views(clact_context *ctx, const char *dev, const cli_selection *sel, size_t n,
                         int csv) {
  n = n / (128 * 128) * (128 * 128);
  if (n < 128 * 128 * 4) n = 128 * 128 * 4;
  if (csv)
    printf("device,op,dtype,case,n,ms,gbps,copy_gbps,ratio,vs_1d\n");
  else
    printf("%s, n = %zu, forward\n\n%-12s %-5s %-14s %9s %9s %10s %7s %7s\n", dev, n, "op", "dtype",
           "case", "ms", "GB/s", "copy GB/s", "ratio", "vs 1-D");
  clact_status st = CLACT_SUCCESS;
  for (int t = 0; t < CLACT_DTYPE_COUNT && !st; ++t) {
    if (!sel->dtype[t] || !clact_context_supports(ctx, (clact_dtype)t)) continue;
    const size_t es = clact_dtype_size((clact_dtype)t);
    bench_call c = bench_call_of(ctx, (clact_dtype)t, n);
    st = clact_buffer_create(ctx, 2 * n * es, &c.x);
    if (!st) st = clact_buffer_create(ctx, n * es, &c.out);
    if (!st) st = bench_write_inputs(ctx, (clact_dtype)t, c.x, 0, 2 * n);
    double copy[2] = {0, 0};
    c.dy = c.x; /* the 2-in copy reads x twice */
    if (!st) st = bench_copy_gbps(&c, copy);
    for (int a = 0; a < CLACT_ACTIVATION_COUNT && !st; ++a) {
      if (!sel->op[a]) continue;
      clact_op_init(&c.op, (clact_activation)a);
      c.op.dtype = (clact_dtype)t;
      c.dir = BENCH_FWD;
      const double s1 = bench_seconds_per_call(ctx, bench_enqueue_op, &c, &st);
      if (st) break;
      const double g1 = bench_bytes(&c) / s1 / 1e9;
      const char *name = clact_activation_name(c.op.activation), *dt = clact_dtype_name(c.op.dtype);
      if (csv)
        printf("%s,%s,%s,1d,%zu,%.4f,%.2f,%.2f,%.3f,%.3f\n", dev, name, dt, n, s1 * 1e3, g1,
               copy[0], g1 / copy[0], 1.0);
      else
        printf("%-12s %-5s %-14s %9.3f %9.2f %10.2f %7.3f %7.3f\n", name, dt, "1d", s1 * 1e3, g1,
               copy[0], g1 / copy[0], 1.0);
      for (int k = 0; k < CASE_COUNT && !st; ++k) {
        view_call v = {ctx, c.op, c.x, c.out, {0}, {0}};
        case_views(k, n, &v.xv, &v.yv);
        const size_t m = count_of(&v.yv);
        const double s = bench_seconds_per_call(ctx, enqueue_view, &v, &st);
        if (st) break;
        const double g = 2.0 * (double)m * (double)es / s / 1e9;
        if (csv)
          printf("%s,%s,%s,%s,%zu,%.4f,%.2f,%.2f,%.3f,%.3f\n", dev, name, dt, CASE_NAMES[k], m,
                 s * 1e3, g, copy[0], g / copy[0], g / g1);
        else
          printf("%-12s %-5s %-14s %9.3f %9.2f %10.2f %7.3f %7.3f\n", name, dt, CASE_NAMES[k],
                 s * 1e3, g, copy[0], g / copy[0], g / g1);
        fflush(stdout);
      }
    }
    clact_buffer_release(c.x), clact_buffer_release(c.out);
  }
  return st;
}
