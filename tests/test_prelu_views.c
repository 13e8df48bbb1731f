/* test_prelu_views.c — clact_prelu_forward_view, _backward_view and _slope_grad_view on
 * random shapes and strides (rank 1 .. 5, sizes 0 and 1 included, permuted and padded
 * layouts, the slope broadcast along random dimensions), every dtype, against a
 * long-double host reference; every element outside an output view must stay as it was.
 * The slope gradient must give the same bits twice, and the same bits as the layout call
 * on the equivalent views. The seed is fixed and printed. Small enough for oclgrind. */
#include "harness.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { PV_MAX_COUNT = 300, PV_CASES = 40 };
#define PV_SEED 0x5eed15ULL

/* a * b as the kernel rounds it: once in the compute type, then to t. */
static long double product(clact_dtype t, long double a, long double b) {
  if (t == CLACT_F64) return (double)a * (double)b;
  return ref_round(t, (float)a * (float)b);
}

/* The same value, NaN equal to NaN, -0 distinct from +0. */
static int same(long double a, long double b) {
  if (isnan(a) || isnan(b)) return isnan(a) && isnan(b);
  return a == b && signbit(a) == signbit(b);
}

typedef struct pv_case {
  clact_tensor shape, x, slope, dy; /* shape: the output's view (y, dx) */
  int in_place;
} pv_case;

static void random_case(unsigned long long *rs, pv_case *c) {
  memset(c, 0, sizeof *c);
  clact_tensor *s = &c->shape;
  s->rank = 1 + (int)(test_rand(rs) % 5);
  static const size_t sizes[] = {1, 2, 2, 3, 4, 5, 7, 9};
  size_t count;
  do {
    count = 1;
    for (int k = 0; k < s->rank; ++k) {
      s->size[k] = sizes[test_rand(rs) % (sizeof sizes / sizeof sizes[0])];
      count *= s->size[k];
    }
  } while (count > PV_MAX_COUNT);
  if (test_rand(rs) % 16 == 0) s->size[test_rand(rs) % (unsigned)s->rank] = 0;
  test_view_layout(rs, s);
  c->in_place = test_rand(rs) % 5 == 0;
  c->x = c->dy = *s;
  if (!c->in_place) test_view_layout(rs, &c->x);
  test_view_layout(rs, &c->dy);
  /* the slope: the call's size on some dimensions (the channels), 1 on the others, and
   * sometimes fewer leading dimensions */
  const int lead = test_rand(rs) % 3 == 0 ? (int)(test_rand(rs) % (unsigned)s->rank) : 0;
  c->slope.rank = s->rank - lead;
  for (int d = 0; d < c->slope.rank; ++d)
    c->slope.size[d] = test_rand(rs) % 3 == 0 ? s->size[d + lead] : 1;
  test_view_layout(rs, &c->slope);
}

static size_t max2(size_t a, size_t b) { return a > b ? a : b; }

/* One case in dtype t: forward, backward, the slope gradient. Returns 1 on a failure. */
static int run_case(clact_context *ctx, clact_dtype t, const pv_case *c, int number) {
  const clact_tensor *s = &c->shape;
  size_t count = 1;
  for (int d = 0; d < s->rank; ++d)
    count *= s->size[d];
  const size_t nx = max2(test_view_need(&c->x), test_view_need(s)), nw = test_view_need(&c->slope),
               ndy = max2(test_view_need(&c->dy), test_view_need(s)), nout = test_view_need(s);
  const size_t nall = max2(max2(nx, nw), max2(ndy, nout));
  unsigned long long vs = PV_SEED + (unsigned long long)number;
  long double *x = malloc(nall * sizeof *x), *w = malloc(nall * sizeof *w);
  long double *dy = malloc(nall * sizeof *dy), *init = malloc(nall * sizeof *init);
  long double *got = malloc(nall * sizeof *got), *got2 = malloc(nall * sizeof *got2);
  long double *want = malloc(nall * sizeof *want), *sum = calloc(nall, sizeof *sum);
  long double *abs_sum = calloc(nall, sizeof *abs_sum);
  CHECK(x && w && dy && init && got && got2 && want && sum && abs_sum);
  static const long double special[] = {NAN, -INFINITY, INFINITY, -0.0L, 0.0L};
  for (size_t i = 0; i < nall; ++i) {
    x[i] = ref_round(t, test_rand(&vs) % 13 == 0 ? special[test_rand(&vs) % 5]
                                                 : test_uniform(&vs, -4.0, 4.0));
    w[i] = ref_round(t, test_uniform(&vs, -1.0, 1.0));
    dy[i] = ref_round(t, test_uniform(&vs, -2.0, 2.0));
    init[i] = ref_round(t, 100.0 + (double)(i % 7));
  }
  int failures = 0;
  size_t idx[CLACT_MAX_RANK];
  for (int dir = 0; dir < 2; ++dir) { /* forward, backward */
    /* in place: y over x (forward), dx over dy (backward) */
    const int alias = c->in_place;
    const long double *outinit = alias ? (dir == 0 ? x : dy) : init;
    cl_mem bx = test_buffer(ctx, t, nall, x), bw = test_buffer(ctx, t, nall, w);
    cl_mem bdy = test_buffer(ctx, t, nall, dy), bout = test_buffer(ctx, t, nall, outinit);
    CHECK(bx && bw && bdy && bout);
    cl_mem outb = alias ? (dir == 0 ? bx : bdy) : bout;
    const clact_tensor *dyv = alias ? s : &c->dy; /* dx over dy: the identical view */
    const clact_status st = dir == 0 ? clact_prelu_forward_view(ctx, t, bx, &c->x, bw, &c->slope,
                                                                outb, s, 0, NULL, NULL)
                                     : clact_prelu_backward_view(ctx, t, bx, &c->x, bw, &c->slope,
                                                                 bdy, dyv, outb, s, 0, NULL, NULL);
    if (st != CLACT_SUCCESS) {
      fprintf(stderr, "  case %d %s dir %d: status %s\n", number, clact_dtype_name(t), dir,
              clact_status_name(st));
      ++failures;
    }
    CHECK(!test_read(ctx, t, outb, nall, got));
    for (size_t i = 0; i < nall; ++i)
      want[i] = outinit[i];
    memset(idx, 0, sizeof idx);
    if (count > 0) do {
        const long double xv = x[test_view_element(&c->x, s, idx)],
                          wv = w[test_view_element(&c->slope, s, idx)];
        const size_t o = test_view_element(s, s, idx);
        if (dir == 0) {
          want[o] = isnan(xv) ? xv : xv > 0 ? xv : product(t, wv, xv);
        } else {
          const long double d = dy[test_view_element(dyv, s, idx)];
          want[o] = isnan(xv) || isnan(d) ? NAN : xv > 0 ? d : product(t, wv, d);
        }
      } while (test_view_next(s, idx));
    for (size_t i = 0; i < nall; ++i)
      if (!same(got[i], want[i]) && failures++ < 5)
        fprintf(stderr, "  case %d %s %s element %zu: got %Lg want %Lg\n", number,
                clact_dtype_name(t), dir ? "bwd" : "fwd", i, got[i], want[i]);
    clact_buffer_release(bx), clact_buffer_release(bw), clact_buffer_release(bdy);
    clact_buffer_release(bout);
  }

  /* slope gradient: finite values only (a NaN or an infinity would swamp every sum); the
   * dslope view is the slope's own */
  for (size_t i = 0; i < nall; ++i)
    if (!isfinite(x[i])) x[i] = ref_round(t, -0.5);
  const clact_tensor *ds = &c->slope;
  memset(idx, 0, sizeof idx);
  if (count > 0) do {
      const long double xv = x[test_view_element(&c->x, s, idx)];
      if (xv > 0) continue;
      const long double p = ref_round(t == CLACT_F64 ? CLACT_F64 : CLACT_F32,
                                      xv * dy[test_view_element(&c->dy, s, idx)]);
      const size_t o = test_view_element(ds, s, idx);
      sum[o] += p, abs_sum[o] += fabsl(p);
    } while (test_view_next(s, idx));
  cl_mem bx = test_buffer(ctx, t, nall, x), bdy = test_buffer(ctx, t, nall, dy);
  cl_mem bds = test_buffer(ctx, t, nall, init);
  CHECK(bx && bdy && bds);
  size_t ds_count = 1;
  for (int d = 0; d < ds->rank; ++d)
    ds_count *= ds->size[d];
  for (int run = 0; run < 2; ++run) {
    CHECK_OK(clact_prelu_slope_grad_view(ctx, t, bx, &c->x, bdy, &c->dy, bds, ds, 0, NULL, NULL));
    CHECK(!test_read(ctx, t, bds, nall, run ? got2 : got));
  }
  const long double u = t == CLACT_F64 ? 0x1p-53L : 0x1p-24L;
  const long double store = t == CLACT_F16 ? 0x1p-11L : t == CLACT_BF16 ? 0x1p-8L : u;
  unsigned char *is_ds = calloc(nall, 1);
  CHECK(is_ds);
  memset(idx, 0, sizeof idx);
  clact_tensor dss = *ds; /* walk dslope's own elements */
  if (ds_count > 0) do {
      is_ds[test_view_element(ds, &dss, idx)] = 1;
    } while (test_view_next(&dss, idx));
  for (size_t i = 0; i < nall; ++i) {
    const long double tol = 2 * u * fabsl(sum[i]) + u * abs_sum[i] + store * fabsl(sum[i]);
    const int bad = is_ds[i] ? !(fabsl(got[i] - sum[i]) <= tol) : !same(got[i], init[i]);
    if ((bad || !same(got[i], got2[i])) && failures++ < 5)
      fprintf(stderr, "  case %d %s dslope element %zu (%s): got %.17Lg want %.17Lg again %.17Lg\n",
              number, clact_dtype_name(t), i, is_ds[i] ? "in view" : "outside", got[i],
              is_ds[i] ? sum[i] : init[i], got2[i]);
  }
  clact_buffer_release(bx), clact_buffer_release(bdy), clact_buffer_release(bds);
  free(x), free(w), free(dy), free(init), free(got), free(got2), free(want), free(sum);
  free(abs_sum), free(is_ds);
  return failures != 0;
}

/* The layout call and the view call on the same NCHW data give the same bits, the slope
 * gradient's several blocks per channel included (3 x 5000 terms per channel). */
static int layout_equals_view(clact_context *ctx, clact_dtype t) {
  enum { N = 3, C = 2, HW = 5000 };
  const size_t n = (size_t)N * C * HW;
  unsigned long long vs = PV_SEED;
  long double *x = malloc(n * sizeof *x), *dy = malloc(n * sizeof *dy);
  long double a[C], b[C];
  CHECK(x && dy);
  for (size_t i = 0; i < n; ++i) {
    x[i] = ref_round(t, test_uniform(&vs, -4.0, 1.0));
    dy[i] = ref_round(t, test_uniform(&vs, -2.0, 2.0));
  }
  cl_mem bx = test_buffer(ctx, t, n, x), bdy = test_buffer(ctx, t, n, dy);
  cl_mem bds = test_buffer(ctx, t, C, x);
  CHECK(bx && bdy && bds);
  const size_t sizes[4] = {N, C, 1, HW}, csizes[3] = {C, 1, 1};
  clact_tensor xv, wv;
  CHECK_OK(clact_tensor_init_dense(&xv, 4, sizes, 0));
  CHECK_OK(clact_tensor_init_dense(&wv, 3, csizes, 0));
  CHECK_OK(clact_prelu_slope_grad(ctx, t, n, C, CLACT_CHANNELS_FIRST, HW, bx, 0, bdy, 0, bds, 0, 0,
                                  NULL, NULL));
  CHECK(!test_read(ctx, t, bds, C, a));
  CHECK_OK(clact_prelu_slope_grad_view(ctx, t, bx, &xv, bdy, &xv, bds, &wv, 0, NULL, NULL));
  CHECK(!test_read(ctx, t, bds, C, b));
  int failed = 0;
  for (int c = 0; c < C; ++c)
    if (!same(a[c], b[c])) {
      fprintf(stderr, "  %s layout %.17Lg view %.17Lg\n", clact_dtype_name(t), a[c], b[c]);
      failed = 1;
    }
  clact_buffer_release(bx), clact_buffer_release(bdy), clact_buffer_release(bds);
  free(x), free(dy);
  return failed;
}

int test_prelu_views(const char *arg) {
  (void)arg;
  clact_context *ctx = test_context();
  CHECK(ctx);
  printf("random cases from the fixed seed %#llx (splitmix64)\n", PV_SEED);
  int failed = 0;
  for (int t = 0; t < CLACT_DTYPE_COUNT; ++t) {
    if (!clact_context_supports(ctx, (clact_dtype)t)) continue;
    unsigned long long rs = PV_SEED + (unsigned long long)t;
    for (int k = 0; k < PV_CASES; ++k) {
      pv_case c;
      random_case(&rs, &c);
      failed |= run_case(ctx, (clact_dtype)t, &c, k);
    }
    failed |= layout_equals_view(ctx, (clact_dtype)t);
    /* more slope elements than the capped launch has work-items (8 groups of 16 on PoCL
     * with 2 cores): each must still be summed */
    pv_case many;
    memset(&many, 0, sizeof many);
    const size_t sizes[2] = {2, 1100}, one[1] = {1100};
    CHECK_OK(clact_tensor_init_dense(&many.shape, 2, sizes, 0));
    many.x = many.dy = many.shape;
    CHECK_OK(clact_tensor_init_dense(&many.slope, 1, one, 0));
    failed |= run_case(ctx, (clact_dtype)t, &many, PV_CASES);
  }
  clact_context_destroy(ctx);
  return failed;
}
