/* test_gated.c — gated activations y = g(a) b and their backward, for one gate and dtype,
 * against the long-double reference, on the four layouts: two tensors, the two halves of
 * one [rows, 2c] tensor (either half the gate) and interleaved pairs. Where a and b lie
 * in x is written out here from PyTorch's and llama.cpp's definitions, independently of
 * clact_gate_views:
 *   llama.cpp swiglu     a = x[r, j],      b = x[r, c + j]
 *   torch.nn.GLU         a = x[r, c + j],  b = x[r, j]     (glu(x) = x1 * sigmoid(x2))
 *   GPT-OSS              a = x[r, 2j],     b = x[r, 2j + 1]
 * The backward writes da and db into the halves (pairs) of one dx, as a training step
 * does. Every element outside the outputs must be left as it was. Fixed printed seed. */
#include "harness.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { G_ROWS = 5, G_COLS = 37, G_OFF = 3, G_GUARD = 5, G_SENTINEL = 3 };
enum { LAYOUT_TWO = 3 }; /* a and b in two tensors; else a clact_gate_layout */

static const char *layout_name(int l) {
  static const char *names[] = {"first_half", "second_half", "interleaved", "two_tensors"};
  return names[l];
}

/* Element offsets of a and b of (r, j) in x's buffer (dense [rows, 2c] from G_OFF), or in
 * two buffers of [rows, c] from G_OFF, for layout l. */
static void gate_index(int l, size_t r, size_t j, size_t *ia, size_t *ib) {
  const size_t row = G_OFF + r * 2 * G_COLS;
  switch (l) {
  case CLACT_GATE_FIRST_HALF: *ia = row + j, *ib = row + G_COLS + j; break;
  case CLACT_GATE_SECOND_HALF: *ia = row + G_COLS + j, *ib = row + j; break;
  case CLACT_GATE_INTERLEAVED: *ia = row + 2 * j, *ib = row + 2 * j + 1; break;
  default: *ia = *ib = G_OFF + r * G_COLS + j; break;
  }
}

/* ulp of v in dtype t (the smallest subnormal's below the normals). */
static long double ulp_in(clact_dtype t, long double v) {
  const int p = t == CLACT_F64 ? 53 : t == CLACT_F32 ? 24 : t == CLACT_F16 ? 11 : 8;
  const int emin = t == CLACT_F64 ? -1022 : t == CLACT_F16 ? -14 : -126;
  int e;
  frexpl(v, &e);
  return ldexpl(1.0L, (e - 1 > emin ? e - 1 : emin) - p + 1);
}

/* The gated bound (docs/ACCURACY.md, "Gated"): a product g b of the gate's result within B
 * ulps is within 2B + 1/2 ulps; 2B + 1 is asserted, B at least 1/2 (an exact row's
 * result, such as leaky_relu's slope * a, is rounded once). Near an interior zero of g'
 * the gate's absolute rule carries over, scaled by |dy b|. */
static int judge(const clact_op *op, ref_dir d, const ref_zeros *z, long double a,
                 long double scale, long double got, long double ref, double *worst) {
  double p0 = 0;
  const int defaults =
      clact_activation_param(op->activation, 0, NULL, &p0) != CLACT_SUCCESS || p0 == op->param[0];
  const double gate = ref_bound_ulp_for(op->activation, d, op->dtype, defaults);
  const double bound = 2 * (gate > 0.5 ? gate : 0.5) + 1;
  const double u = ulp_error(op->dtype, got, ref);
  if (u <= bound) {
    if (u > *worst) *worst = u;
    return 1;
  }
  for (int i = 0; d == REF_BWD && i < z->count; ++i)
    if (fabsl(a - z->at[i]) <= 0.05L && isfinite(got) &&
        fabsl(got - ref) <=
            ldexpl(fabsl(scale), op->dtype == CLACT_F64 ? -51 : -22) + ulp_in(op->dtype, ref))
      return 1;
  return 0;
}

static int run_layout(clact_context *ctx, const clact_op *op, int l, unsigned long long seed) {
  const clact_dtype t = op->dtype;
  const size_t cols2 = l == LAYOUT_TWO ? G_COLS : 2 * G_COLS;
  const size_t total = G_OFF + G_ROWS * cols2 + G_GUARD, ytotal = G_OFF + G_ROWS * G_COLS + G_GUARD;
  long double *x = malloc(total * sizeof *x), *x2 = malloc(total * sizeof *x2);
  long double *dy = malloc(ytotal * sizeof *dy), *out = malloc(total * sizeof *out),
              *out2 = malloc(total * sizeof *out2);
  int failed = !x || !x2 || !dy || !out || !out2;
  cl_mem bx = NULL, bx2 = NULL, bdy = NULL, by = NULL, bdx = NULL, bdx2 = NULL;
  if (!failed) {
    for (size_t i = 0; i < total; ++i) {
      x[i] = ref_round(t, test_uniform(&seed, -6.0, 6.0));
      x2[i] = ref_round(t, test_uniform(&seed, -4.0, 4.0));
      out[i] = out2[i] = G_SENTINEL;
    }
    for (size_t i = 0; i < ytotal; ++i)
      dy[i] = ref_round(t, test_uniform(&seed, -3.0, 3.0));
    x[G_OFF] = ref_round(t, 0.0), x[G_OFF + 1] = ref_round(t, -0.0);
    bx = test_buffer(ctx, t, total, x);
    bx2 = test_buffer(ctx, t, total, x2);
    bdy = test_buffer(ctx, t, ytotal, dy);
    by = test_buffer(ctx, t, ytotal, out);
    bdx = test_buffer(ctx, t, total, out);
    bdx2 = test_buffer(ctx, t, total, out2);
    failed = !bx || !bx2 || !bdy || !by || !bdx || !bdx2;
  }
  clact_tensor xv, av, bv, yv, dav, dbv;
  const size_t xs[2] = {G_ROWS, cols2}, ys[2] = {G_ROWS, G_COLS};
  if (!failed) {
    failed |= clact_tensor_init_dense(&xv, 2, xs, G_OFF) != CLACT_SUCCESS;
    failed |= clact_tensor_init_dense(&yv, 2, ys, G_OFF) != CLACT_SUCCESS;
    if (l == LAYOUT_TWO) {
      av = bv = dav = dbv = xv;
    } else {
      failed |= clact_gate_views(&xv, (clact_gate_layout)l, &av, &bv) != CLACT_SUCCESS;
      dav = av, dbv = bv;
    }
  }
  cl_mem bb = l == LAYOUT_TWO ? bx2 : bx, bdb = l == LAYOUT_TWO ? bdx2 : bdx;
  const long double *xb = l == LAYOUT_TWO ? x2 : x;
  int st =
      failed ? -1 : clact_gated_forward_view(ctx, op, bx, &av, bb, &bv, by, &yv, 0, NULL, NULL);
  if (!st)
    st = clact_gated_backward_view(ctx, op, bx, &av, bb, &bv, bdy, &yv, bdx, &dav, bdb, &dbv, 0,
                                   NULL, NULL);
  if (st) {
    fprintf(stderr, "  %s: status %s\n", layout_name(l), clact_status_name(st));
    failed = 1;
  }
  long double *y = out2 == NULL ? NULL : malloc(ytotal * sizeof *y);
  failed |=
      !y || (!failed && (test_read(ctx, t, by, ytotal, y) || test_read(ctx, t, bdx, total, out) ||
                         test_read(ctx, t, bdx2, total, out2)));
  ref_zeros z;
  ref_find_derivative_zeros(op, &z);
  size_t bad = 0;
  double worst[3] = {0, 0, 0};
  char *touched = calloc(total, 1), *touched2 = calloc(total, 1);
  failed |= !touched || !touched2;
  for (size_t r = 0; !failed && r < G_ROWS; ++r)
    for (size_t j = 0; j < G_COLS; ++j) {
      size_t ia, ib;
      gate_index(l, r, j, &ia, &ib);
      const size_t iy = G_OFF + r * G_COLS + j;
      const long double a = x[ia], b = xb[ib], g = dy[iy];
      const long double yref = ref_forward(op, a) * b;
      const long double daref = ref_backward(op, a, g) * b, dbref = ref_forward(op, a) * g;
      const long double da = out[ia], db = l == LAYOUT_TWO ? out2[ib] : out[ib];
      touched[ia] = 1;
      (l == LAYOUT_TWO ? touched2 : touched)[ib] = 1;
      const int ok = judge(op, REF_FWD, &z, a, b, y[iy], yref, &worst[0]) &&
                     judge(op, REF_BWD, &z, a, g * b, da, daref, &worst[1]) &&
                     judge(op, REF_FWD, &z, a, g, db, dbref, &worst[2]);
      if (!ok && bad++ < 5)
        fprintf(stderr,
                "  %s %s %s (%zu,%zu): a=%.9Lg b=%.9Lg dy=%.9Lg y=%.9Lg/%.9Lg da=%.9Lg/%.9Lg "
                "db=%.9Lg/%.9Lg\n",
                clact_activation_name(op->activation), clact_dtype_name(t), layout_name(l), r, j, a,
                b, g, y[iy], yref, da, daref, db, dbref);
    }
  for (size_t i = 0; !failed && i < total; ++i) { /* nothing else written */
    if (!touched[i] && out[i] != G_SENTINEL) ++bad;
    if (!touched2[i] && out2[i] != G_SENTINEL) ++bad;
    if (i < G_OFF || i >= G_OFF + G_ROWS * G_COLS) {
      if (i < ytotal && y[i] != G_SENTINEL) ++bad;
    }
  }
  if (!failed)
    printf("  %s %s %s: worst y %.2f, da %.2f, db %.2f ulp; %zu failures\n",
           clact_activation_name(op->activation), clact_dtype_name(t), layout_name(l), worst[0],
           worst[1], worst[2], bad);
  failed |= bad != 0;
  clact_buffer_release(bx), clact_buffer_release(bx2), clact_buffer_release(bdy);
  clact_buffer_release(by), clact_buffer_release(bdx), clact_buffer_release(bdx2);
  free(x), free(x2), free(dy), free(out), free(out2), free(y), free(touched), free(touched2);
  return failed;
}

/* One gate (by name) in one dtype, on the four layouts. */
static int gated_one(clact_context *ctx, const char *name, const char *dtype) {
  clact_op op;
  clact_activation a;
  clact_dtype t;
  CHECK_OK(clact_activation_from_name(name, &a));
  CHECK_OK(clact_dtype_from_name(dtype, &t));
  CHECK_OK(clact_op_init(&op, a));
  op.dtype = t;
  int failed = 0;
  if (!clact_context_supports(ctx, t)) {
    const size_t n = 4;
    clact_tensor v;
    cl_mem m = NULL;
    failed = clact_tensor_init_dense(&v, 1, &n, 0) || clact_buffer_create(ctx, 64, &m) ||
             clact_gated_forward_view(ctx, &op, m, &v, m, &v, m, &v, 0, NULL, NULL) !=
                 CLACT_ERROR_UNSUPPORTED_DTYPE;
    clact_buffer_release(m);
    printf("%s %s: unsupported on this device (status checked)\n", name, dtype);
  } else {
    const unsigned long long seed = 0x6a7edULL + (unsigned long long)a * 131 + (unsigned)t;
    printf("seed %llu\n", seed);
    for (int l = 0; l < 4; ++l)
      failed |= run_layout(ctx, &op, l, seed + (unsigned)l);
  }
  return failed;
}

/* arg: "ACT,ACT,... DTYPE", one family's rows (tests/main.c, PER_FAMILY_TESTS). */
int test_gated(const char *arg) { return test_each_row(arg, "gated", gated_one); }

/* The host-array forms, in place (y over a, da over a, db over b), on the special values:
 * every pair of a and b from {NaN, +-inf, +-0, +-1, -30, 30} with dy from {1, -inf}, for
 * GLU, SwiGLU, ReGLU and GeGLU in f32, f16 and f64. The product is IEEE's in the reference too
 * (long double), so 0 * inf is NaN on both sides: ReGLU's da at a < 0 with b or dy
 * infinite is NaN. */
int test_gated_host(const char *arg) {
  (void)arg;
  static const float specials[] = {NAN,  INFINITY, -INFINITY, 0.0f, -0.0f,
                                   1.0f, -1.0f,    -30.0f,    30.0f};
  enum { NS = sizeof specials / sizeof specials[0], N = NS * NS * 2 };
  /* GeGLU: gelu's formula at -inf returned a stand-in that an infinite b took to -inf (f32
   * first; f16's floored power in the forward, issue #17's sixth round, could again) */
  static const clact_activation gates[] = {CLACT_SIGMOID, CLACT_SWISH, CLACT_RELU, CLACT_GELU};
  clact_context *ctx = test_context();
  CHECK(ctx);
  int failed = 0;
  /* not bf16: tests/CMakeLists.txt runs this test under oclgrind too, and oclgrind's
   * uninitialised-read check crashes on the GPU walk's bf16 word loads (tests/CMakeLists.txt,
   * clact_add_oclgrind_test); the activation and gated bf16 runs cover that path */
  static const clact_dtype dtypes[] = {CLACT_F32, CLACT_F16, CLACT_F64};
  for (int ti = 0; ti < 3; ++ti)
    for (int gi = 0; gi < 4; ++gi) {
      clact_op op;
      CHECK_OK(clact_op_init(&op, gates[gi]));
      op.dtype = dtypes[ti];
      long double a[N], b[N], dy[N];
      /* storage of every dtype (8 bytes a value at most) */
      unsigned char hy[N * 8], hb[N * 8], hdy[N * 8], hda[N * 8], hdb[N * 8];
      for (int i = 0; i < N; ++i) {
        a[i] = specials[i % NS], b[i] = specials[(i / NS) % NS];
        dy[i] = i < NS * NS ? 1.0f : -INFINITY;
        ref_store(op.dtype, hy, i, a[i]), ref_store(op.dtype, hda, i, a[i]);
        ref_store(op.dtype, hb, i, b[i]), ref_store(op.dtype, hdb, i, b[i]);
        ref_store(op.dtype, hdy, i, dy[i]);
      }
      CHECK_OK(clact_gated_forward_host(ctx, &op, N, hy, hb, hy));               /* y over a */
      CHECK_OK(clact_gated_backward_host(ctx, &op, N, hda, hdb, hdy, hda, hdb)); /* in place */
      ref_zeros z;
      ref_find_derivative_zeros(&op, &z);
      double worst = 0;
      for (int i = 0; i < N; ++i) {
        /* outside the factor domain (docs/ACCURACY.md, "Large factors": gelu below -15 in
         * f32 with a factor past 2^8) a tiny gate value may be flushed before b or dy */
        if (!ref_in_domain(&op, REF_FWD, a[i], 1, b[i]) ||
            !ref_in_domain(&op, REF_BWD, a[i], dy[i], b[i]) ||
            !ref_in_domain(&op, REF_FWD, a[i], 1, dy[i]) ||
            ((isinf(b[i]) || isinf(dy[i])) && op.activation == CLACT_GELU && a[i] < -15 &&
             !isinf(a[i])))
          continue;
        const long double y = ref_load(op.dtype, hy, i), da = ref_load(op.dtype, hda, i);
        const long double db = ref_load(op.dtype, hdb, i);
        const long double yr = ref_forward(&op, a[i]) * b[i];
        const long double dar = ref_backward(&op, a[i], dy[i]) * b[i];
        const long double dbr = ref_forward(&op, a[i]) * dy[i];
        if (!judge(&op, REF_FWD, &z, a[i], b[i], y, yr, &worst) ||
            !judge(&op, REF_BWD, &z, a[i], dy[i] * b[i], da, dar, &worst) ||
            !judge(&op, REF_FWD, &z, a[i], dy[i], db, dbr, &worst)) {
          fprintf(stderr, "  %s %s a=%Lg b=%Lg dy=%Lg: y=%Lg/%Lg da=%Lg/%Lg db=%Lg/%Lg\n",
                  clact_activation_name(op.activation), clact_dtype_name(op.dtype), a[i], b[i],
                  dy[i], y, yr, da, dar, db, dbr);
          failed = 1;
        }
      }
    }
  clact_context_destroy(ctx);
  return failed;
}

/* GPT-OSS's clamped SwiGLU, against its definition written out here in long double
 * (gpt_oss/torch/model.py's swiglu):
 *   a' = a.clamp(max=limit), b' = b.clamp(-limit, limit), y = a' sigmoid(alpha a') (b' + 1)
 * and PyTorch's autograd of it: clamp passes the gradient inside the closed range. Values
 * straddle the limits, and +-limit itself appears exactly. Every dtype, two layouts: GPT-OSS's
 * interleaved pairs (x[..., ::2] the gate; a strided walk) and a, b, da, db as tensors of
 * their own (dense rows: the CPU walk's out-of-line rows loop, which takes the limit as an
 * argument of its own). */
static long double oss_sig(long double z) { return 1.0L / (1.0L + expl(-z)); }
static int same_or_nan(long double x, long double y) { return x == y || (isnan(x) && isnan(y)); }

enum { OSS_ROWS = 3, OSS_C = 41, OSS_N = OSS_ROWS * OSS_C };

/* One layout's forward and backward (beta = op->beta) on the buffers in keep (below): y[i],
 * da[i], db[i] read back. */
static int oss_run(clact_context *ctx, const clact_op *op, double limit, int separate,
                   long double *y, long double *da, long double *db, cl_mem *keep) {
  const clact_dtype t = op->dtype;
  clact_tensor yv, av, bv;
  const size_t ys[2] = {OSS_ROWS, OSS_C};
  CHECK_OK(clact_tensor_init_dense(&yv, 2, ys, 0));
  if (!separate) { /* keep[0] x (pairs), keep[1] dy, keep[2] y, keep[3] dx (pairs) */
    clact_tensor xv;
    const size_t xs[2] = {OSS_ROWS, 2 * OSS_C};
    CHECK_OK(clact_tensor_init_dense(&xv, 2, xs, 0));
    CHECK_OK(clact_gate_views(&xv, CLACT_GATE_INTERLEAVED, &av, &bv));
    CHECK_OK(clact_gated_clamped_forward_view(ctx, op, limit, keep[0], &av, keep[0], &bv, keep[2],
                                              &yv, 0, NULL, NULL));
    CHECK_OK(clact_gated_clamped_backward_view(ctx, op, limit, keep[0], &av, keep[0], &bv, keep[1],
                                               &yv, keep[3], &av, keep[3], &bv, 0, NULL, NULL));
    long double dx[2 * OSS_N];
    CHECK(!test_read(ctx, t, keep[2], OSS_N, y) && !test_read(ctx, t, keep[3], 2 * OSS_N, dx));
    for (int i = 0; i < OSS_N; ++i)
      da[i] = dx[2 * i], db[i] = dx[2 * i + 1];
  } else { /* keep[4] a, keep[5] b, keep[6] da, keep[7] db; keep[1] dy, keep[2] y as above */
    CHECK_OK(clact_gated_clamped_forward_view(ctx, op, limit, keep[4], &yv, keep[5], &yv, keep[2],
                                              &yv, 0, NULL, NULL));
    CHECK_OK(clact_gated_clamped_backward_view(ctx, op, limit, keep[4], &yv, keep[5], &yv, keep[1],
                                               &yv, keep[6], &yv, keep[7], &yv, 0, NULL, NULL));
    CHECK(!test_read(ctx, t, keep[2], OSS_N, y) && !test_read(ctx, t, keep[6], OSS_N, da) &&
          !test_read(ctx, t, keep[7], OSS_N, db));
  }
  return 0;
}

int test_gated_clamped(const char *arg) {
  (void)arg;
  const double alpha = CLACT_GPT_OSS_ALPHA, limit = CLACT_GPT_OSS_LIMIT;
  clact_context *ctx = test_context();
  CHECK(ctx);
  int failed = 0;
  const unsigned long long seed0 = 0xc1a4ULL;
  printf("seed %llu\n", seed0);
  for (int ti = 0; ti < CLACT_DTYPE_COUNT; ++ti)
    for (int separate = 0; separate < 2; ++separate) {
      const clact_dtype t = (clact_dtype)ti;
      if (!clact_context_supports(ctx, t)) continue;
      clact_op op;
      CHECK_OK(clact_op_init(&op, CLACT_SWISH));
      op.param[0] = alpha, op.dtype = t;
      unsigned long long seed = seed0 + (unsigned)ti;
      long double x[2 * OSS_N], a[OSS_N], b[OSS_N], dy[OSS_N], zero[2 * OSS_N];
      long double y[OSS_N], da[OSS_N], db[OSS_N];
      for (int i = 0; i < 2 * OSS_N; ++i)
        x[i] = ref_round(t, test_uniform(&seed, -10.0, 10.0)), zero[i] = 0;
      x[0] = limit, x[1] = limit, x[2] = -limit, x[3] = -limit, x[4] = 7.5, x[5] = -7.5;
      x[6] = NAN, x[7] = 1, x[8] = 1, x[9] = NAN; /* pair 3: a NaN; pair 4: b NaN */
      for (int i = 0; i < OSS_N; ++i)
        dy[i] = ref_round(t, test_uniform(&seed, -2.0, 2.0)), a[i] = x[2 * i], b[i] = x[2 * i + 1];
      dy[2] = INFINITY; /* both clamps active in pair 2: 0 even so */
      cl_mem keep[8] = {test_buffer(ctx, t, 2 * OSS_N, x), test_buffer(ctx, t, OSS_N, dy),
                        test_buffer(ctx, t, OSS_N, zero),  test_buffer(ctx, t, 2 * OSS_N, zero),
                        test_buffer(ctx, t, OSS_N, a),     test_buffer(ctx, t, OSS_N, b),
                        test_buffer(ctx, t, OSS_N, zero),  test_buffer(ctx, t, OSS_N, zero)};
      for (int k = 0; k < 8; ++k)
        CHECK(keep[k]);
      CHECK(!oss_run(ctx, &op, limit, separate, y, da, db, keep));
      ref_zeros z;
      ref_find_derivative_zeros(&op, &z);
      double worst = 0;
      for (int i = 0; i < OSS_N; ++i) {
        const long double g = dy[i];
        const long double ac = a[i] > limit ? limit : a[i];
        const long double bc = (b[i] > limit ? limit : b[i] < -limit ? -limit : b[i]) + 1;
        const long double s = oss_sig(alpha * ac);
        const long double yr = ac * s * bc;
        /* torch.clamp's backward is where(min <= x <= max, grad, 0): a NaN x, for which no
         * comparison holds, gets 0 (FunctionsManual.cpp, clamp_backward) */
        const int pass_a = a[i] <= limit, pass_b = -limit <= b[i] && b[i] <= limit;
        const long double dar = pass_a ? g * (s + alpha * ac * s * (1 - s)) * bc : 0;
        const long double dbr = pass_b ? g * ac * s : 0;
        if (!judge(&op, REF_FWD, &z, ac, bc, y[i], yr, &worst) ||
            !judge(&op, REF_BWD, &z, ac, g * bc, da[i], dar, &worst) ||
            !judge(&op, REF_FWD, &z, ac, g, db[i], dbr, &worst)) {
          fprintf(stderr, "  %s %s a=%Lg b=%Lg dy=%Lg: y=%Lg/%Lg da=%Lg/%Lg db=%Lg/%Lg\n",
                  clact_dtype_name(t), separate ? "tensors" : "pairs", a[i], b[i], g, y[i], yr,
                  da[i], dar, db[i], dbr);
          failed = 1;
        }
      }
      /* at the limit the gradient passes: a = b = 7 in pair 0; a = 7.5 is clamped */
      failed |= da[0] == 0 || db[0] == 0 || da[2] != 0;
      /* a NaN's gradient is 0 as PyTorch's: da of pair 3 (a NaN), db of pair 4 (b NaN); an
       * infinite dy where both clamps act (pair 2) gives 0 */
      if (da[3] != 0 || db[4] != 0 || db[2] != 0) {
        fprintf(stderr, "  %s %s: NaN a: da %Lg, NaN b: db %Lg, dy inf clamped: db %Lg (want 0)\n",
                clact_dtype_name(t), separate ? "tensors" : "pairs", da[3], db[4], db[2]);
        failed = 1;
      }
      /* the blend (on pairs: da and db stored as pairs, their old values loaded as pairs):
       * the same calls again with beta = 1 over their own results give exactly twice them
       * where the compute type is the storage type (f32, f64) */
      if (t == CLACT_F32 || t == CLACT_F64) {
        long double y2[OSS_N], da2[OSS_N], db2[OSS_N];
        op.beta = 1;
        CHECK(!oss_run(ctx, &op, limit, separate, y2, da2, db2, keep));
        int blend_bad = 0;
        for (int i = 0; i < OSS_N; ++i) /* NaN blends to NaN */
          blend_bad |= !same_or_nan(y2[i], 2 * y[i]) || !same_or_nan(da2[i], 2 * da[i]) ||
                       !same_or_nan(db2[i], 2 * db[i]);
        if (blend_bad)
          fprintf(stderr, "  %s %s: beta = 1 is not twice the result\n", clact_dtype_name(t),
                  separate ? "tensors" : "pairs");
        failed |= blend_bad;
      }
      printf("  clamped swiglu %s, %s: worst %.2f ulp\n", clact_dtype_name(t),
             separate ? "tensors" : "pairs", worst);
      for (int k = 0; k < 8; ++k)
        clact_buffer_release(keep[k]);
    }
  clact_op op;
  CHECK_OK(clact_op_init(&op, CLACT_SWISH));
  clact_tensor v;
  const size_t n = 2;
  CHECK_OK(clact_tensor_init_dense(&v, 1, &n, 0));
  cl_mem m = NULL;
  CHECK_OK(clact_buffer_create(ctx, 64, &m));
  CHECK_STATUS(clact_gated_clamped_forward_view(ctx, &op, 0.0, m, &v, m, &v, m, &v, 0, NULL, NULL),
               CLACT_ERROR_INVALID_PARAMETER);
  CHECK_STATUS(
      clact_gated_clamped_forward_view(ctx, &op, INFINITY, m, &v, m, &v, m, &v, 0, NULL, NULL),
      CLACT_ERROR_INVALID_PARAMETER);
  /* the limit as the kernel sees it: a float for f32, where 1e-50 is 0 and 1e300 infinite;
   * the f64 kernel gets the double and takes both */
  const double narrow_bad[] = {1e-50, 1e300, -1.0, NAN};
  for (int i = 0; i < 4; ++i) {
    CHECK_STATUS(clact_gated_clamped_forward_view(ctx, &op, narrow_bad[i], m, &v, m, &v, m, &v, 0,
                                                  NULL, NULL),
                 CLACT_ERROR_INVALID_PARAMETER);
    CHECK_STATUS(clact_gated_clamped_backward_view(ctx, &op, narrow_bad[i], m, &v, m, &v, m, &v, m,
                                                   &v, m, &v, 0, NULL, NULL),
                 CLACT_ERROR_INVALID_PARAMETER);
  }
  if (clact_context_supports(ctx, CLACT_F64)) {
    op.dtype = CLACT_F64; /* a = b = y = x in place: y = a' sigmoid(a') (b' + 1) */
    const double want[2] = {1e-50 * 0.5 * (1 + 1e-50), 0.5 * 1.5 / (1 + exp(-0.5))};
    for (int i = 0; i < 2; ++i) {
      const double x[2] = {0.5, 0.5};
      double y[2];
      CHECK_OK(clact_buffer_write(ctx, m, 0, sizeof x, x));
      CHECK_OK(clact_gated_clamped_forward_view(ctx, &op, narrow_bad[i], m, &v, m, &v, m, &v, 0,
                                                NULL, NULL));
      CHECK_OK(clact_buffer_read(ctx, m, 0, sizeof y, y));
      CHECK(fabs(y[0] - want[i]) <= 1e-14 * want[i] && fabs(y[1] - want[i]) <= 1e-14 * want[i]);
    }
  }
  clact_buffer_release(m);
  clact_context_destroy(ctx);
  return failed;
}

/* Interleaved pairs (GPT-OSS's layout) where the CPU walk runs them in their loop of their
 * own (kernels/views.cl, nd_pairs_run: the pair and the contiguous views each starting on a
 * whole vector) and next to it, for the plain gates (test_gated's pairs start at G_OFF = 3,
 * off the vector; gated_clamped's at 0): one merged row of an odd number of pairs (whole
 * vectors, then a tail), padded rows each on a whole vector (rows not merged: one call of
 * the loop per row), padded rows whose starts move off the vector (the loop and the strided
 * path by turns), and a one-pair row. Against the long-double reference (test_gated's
 * judge); the padding of y and of dx must stay as it was; then the blend: the same calls
 * with beta = 1 over their own results give exactly twice them where the compute type is
 * the storage type (f32, f64), da and db read and written as pairs. Gates: SiLU (swish's
 * value-and-slope form), gelu, relu (a piecewise gate, inlined everywhere). Fixed seed. */
typedef struct pair_shape {
  size_t rows, cols, xrow, yrow; /* x's and y's row steps in elements */
} pair_shape;
enum { P_MAXN = 512 };

static int pairs_read(clact_context *ctx, const clact_op *op, const pair_shape *sh, cl_mem *bufs,
                      long double *y, long double *dx) {
  const size_t xs[2] = {sh->rows, 2 * sh->cols}, ys[2] = {sh->rows, sh->cols};
  clact_tensor xv, av, bv, yv;
  CHECK_OK(clact_tensor_init_dense(&xv, 2, xs, 0));
  CHECK_OK(clact_tensor_init_dense(&yv, 2, ys, 0));
  xv.stride[0] = sh->xrow, yv.stride[0] = sh->yrow;
  CHECK_OK(clact_gate_views(&xv, CLACT_GATE_INTERLEAVED, &av, &bv));
  /* bufs: x, dy, y, dx */
  CHECK_OK(
      clact_gated_forward_view(ctx, op, bufs[0], &av, bufs[0], &bv, bufs[2], &yv, 0, NULL, NULL));
  CHECK_OK(clact_gated_backward_view(ctx, op, bufs[0], &av, bufs[0], &bv, bufs[1], &yv, bufs[3],
                                     &av, bufs[3], &bv, 0, NULL, NULL));
  CHECK(!test_read(ctx, op->dtype, bufs[2], sh->rows * sh->yrow, y) &&
        !test_read(ctx, op->dtype, bufs[3], sh->rows * sh->xrow, dx));
  return 0;
}

static int pairs_one(clact_context *ctx, const clact_op *op, const pair_shape *sh,
                     unsigned long long *seed) {
  const clact_dtype t = op->dtype;
  const size_t nx = sh->rows * sh->xrow, ny = sh->rows * sh->yrow;
  long double x[P_MAXN], dy[P_MAXN], sent[P_MAXN], y[P_MAXN], dx[P_MAXN], y2[P_MAXN], dx2[P_MAXN];
  CHECK(nx <= P_MAXN && ny <= P_MAXN);
  for (size_t i = 0; i < P_MAXN; ++i) {
    x[i] = ref_round(t, test_uniform(seed, -6.0, 6.0));
    dy[i] = ref_round(t, test_uniform(seed, -3.0, 3.0));
    sent[i] = G_SENTINEL;
  }
  cl_mem bufs[4] = {test_buffer(ctx, t, nx, x), test_buffer(ctx, t, ny, dy),
                    test_buffer(ctx, t, ny, sent), test_buffer(ctx, t, nx, sent)};
  for (int k = 0; k < 4; ++k)
    CHECK(bufs[k]);
  CHECK(!pairs_read(ctx, op, sh, bufs, y, dx));
  ref_zeros z;
  ref_find_derivative_zeros(op, &z);
  double worst[3] = {0, 0, 0};
  size_t bad = 0;
  char inx[P_MAXN] = {0}, iny[P_MAXN] = {0};
  for (size_t r = 0; r < sh->rows; ++r)
    for (size_t j = 0; j < sh->cols; ++j) {
      const size_t ia = r * sh->xrow + 2 * j, iy = r * sh->yrow + j;
      const long double a = x[ia], b = x[ia + 1], g = dy[iy];
      inx[ia] = inx[ia + 1] = iny[iy] = 1;
      const long double yref = ref_forward(op, a) * b;
      const long double daref = ref_backward(op, a, g) * b, dbref = ref_forward(op, a) * g;
      if (!(judge(op, REF_FWD, &z, a, b, y[iy], yref, &worst[0]) &&
            judge(op, REF_BWD, &z, a, g * b, dx[ia], daref, &worst[1]) &&
            judge(op, REF_FWD, &z, a, g, dx[ia + 1], dbref, &worst[2])) &&
          bad++ < 5)
        fprintf(stderr,
                "  %s %s rows %zu cols %zu (%zu,%zu): a=%.9Lg b=%.9Lg dy=%.9Lg "
                "y=%.9Lg/%.9Lg da=%.9Lg/%.9Lg db=%.9Lg/%.9Lg\n",
                clact_activation_name(op->activation), clact_dtype_name(t), sh->rows, sh->cols, r,
                j, a, b, g, y[iy], yref, dx[ia], daref, dx[ia + 1], dbref);
    }
  for (size_t i = 0; i < nx; ++i)
    bad += !inx[i] && dx[i] != G_SENTINEL;
  for (size_t i = 0; i < ny; ++i)
    bad += !iny[i] && y[i] != G_SENTINEL;
  if (t == CLACT_F32 || t == CLACT_F64) {
    clact_op op2 = *op;
    op2.beta = 1;
    CHECK(!pairs_read(ctx, &op2, sh, bufs, y2, dx2));
    size_t blend_bad = 0;
    for (size_t i = 0; i < nx; ++i)
      blend_bad += dx2[i] != (inx[i] ? 2 * dx[i] : G_SENTINEL);
    for (size_t i = 0; i < ny; ++i)
      blend_bad += y2[i] != (iny[i] ? 2 * y[i] : G_SENTINEL);
    if (blend_bad)
      fprintf(stderr, "  %s %s rows %zu cols %zu: beta = 1: %zu elements not twice the result\n",
              clact_activation_name(op->activation), clact_dtype_name(t), sh->rows, sh->cols,
              blend_bad);
    bad += blend_bad;
  }
  printf("  %s %s pairs rows %zu cols %zu (x rows %zu, y rows %zu apart): worst y %.2f, da %.2f, "
         "db %.2f ulp; %zu failures\n",
         clact_activation_name(op->activation), clact_dtype_name(t), sh->rows, sh->cols, sh->xrow,
         sh->yrow, worst[0], worst[1], worst[2], bad);
  for (int k = 0; k < 4; ++k)
    clact_buffer_release(bufs[k]);
  return bad != 0;
}

int test_gated_pairs(const char *arg) {
  (void)arg;
  clact_context *ctx = test_context();
  CHECK(ctx);
  /* a merged row of 203 pairs; rows 96 (x) and 48 (y) apart: each row on a whole vector of
   * every width; rows 92 and 47 apart: only the first; one pair */
  const pair_shape shapes[] = {{1, 203, 406, 203}, {4, 45, 96, 48}, {4, 45, 92, 47}, {1, 1, 2, 1}};
  const clact_activation gates[] = {CLACT_SWISH, CLACT_GELU, CLACT_RELU};
  unsigned long long seed = 0x9a125ULL;
  printf("seed %llu\n", seed);
  int failed = 0;
  for (int ti = 0; ti < CLACT_DTYPE_COUNT; ++ti) {
    const clact_dtype t = (clact_dtype)ti;
    if (!clact_context_supports(ctx, t)) continue;
    for (size_t g = 0; g < sizeof gates / sizeof gates[0]; ++g)
      for (size_t s = 0; s < sizeof shapes / sizeof shapes[0]; ++s) {
        clact_op op;
        CHECK_OK(clact_op_init(&op, gates[g]));
        op.dtype = t;
        failed |= pairs_one(ctx, &op, &shapes[s], &seed);
      }
  }
  clact_context_destroy(ctx);
  return failed;
}

/* The backward in place over its input (dx = x: da over a, db over b), as a training step
 * that keeps one [rows, 2c] buffer may run it: each output is its input's identical view
 * and shares no byte with the other input (the halves, or the pairs, never meet), which
 * the N-D rule accepts (include/clact.h: "any other byte an input shares with an output
 * is OVERLAP"; before s19review rank 2 was refused as OVERLAP while rank 1 ran). The
 * result must be the bits of the same call out of place (x kept, dx a copy of x for the
 * blend), every layout, rank 1 and 2, beta 0 and 0.5, SwiGLU and the clamped form, f32 and
 * bf16; then the forward over the result, y over a (in place) against y into the copy.
 * Fixed printed seed. */
enum { IP_ROWS = 5, IP_C = 37, IP_N = IP_ROWS * 2 * IP_C };

static int in_place_one(clact_context *ctx, const clact_op *op, int clamped, int layout, int rank,
                        unsigned long long *seed) {
  const clact_dtype t = op->dtype;
  long double x[IP_N], dy[IP_N / 2], got[IP_N], want[IP_N];
  for (int i = 0; i < IP_N; ++i)
    x[i] = ref_round(t, test_uniform(seed, -9.0, 9.0));
  for (int i = 0; i < IP_N / 2; ++i)
    dy[i] = ref_round(t, test_uniform(seed, -2.0, 2.0));
  const size_t xs2[2] = {IP_ROWS, 2 * IP_C}, ys2[2] = {IP_ROWS, IP_C};
  const size_t xs1 = IP_N, ys1 = IP_N / 2;
  clact_tensor xv, yv, av, bv;
  CHECK_OK(clact_tensor_init_dense(&xv, rank, rank == 2 ? xs2 : &xs1, 0));
  CHECK_OK(clact_tensor_init_dense(&yv, rank, rank == 2 ? ys2 : &ys1, 0));
  CHECK_OK(clact_gate_views(&xv, (clact_gate_layout)layout, &av, &bv));
  cl_mem bx = test_buffer(ctx, t, IP_N, x), bkeep = test_buffer(ctx, t, IP_N, x);
  cl_mem bdx = test_buffer(ctx, t, IP_N, x), bdy = test_buffer(ctx, t, IP_N / 2, dy), bcopy = NULL;
  CHECK(bx && bkeep && bdx && bdy);
  const double limit = CLACT_GPT_OSS_LIMIT;
  const char *name = clamped ? "clamped" : "swiglu";
  /* out of place: x kept in bkeep, the outputs into bdx (x's values: the blend's old ones) */
  int st = clamped ? clact_gated_clamped_backward_view(ctx, op, limit, bkeep, &av, bkeep, &bv, bdy,
                                                       &yv, bdx, &av, bdx, &bv, 0, NULL, NULL)
                   : clact_gated_backward_view(ctx, op, bkeep, &av, bkeep, &bv, bdy, &yv, bdx, &av,
                                               bdx, &bv, 0, NULL, NULL);
  CHECK_OK(st);
  st = clamped ? clact_gated_clamped_backward_view(ctx, op, limit, bx, &av, bx, &bv, bdy, &yv, bx,
                                                   &av, bx, &bv, 0, NULL, NULL)
               : clact_gated_backward_view(ctx, op, bx, &av, bx, &bv, bdy, &yv, bx, &av, bx, &bv, 0,
                                           NULL, NULL);
  size_t bad = 0;
  for (int pass = 0; pass < 2 && !st; ++pass) {
    CHECK(!test_read(ctx, t, bx, IP_N, got) && !test_read(ctx, t, bdx, IP_N, want));
    size_t diff = 0;
    for (int i = 0; i < IP_N; ++i)
      diff += !(got[i] == want[i] || (isnan(got[i]) && isnan(want[i])));
    if (diff)
      fprintf(stderr, "  %s %s %s rank %d beta %g: %s: %zu elements differ from out of place\n",
              name, clact_dtype_name(t), layout_name(layout), rank, op->beta,
              pass ? "forward" : "backward", diff);
    bad += diff;
    if (pass) break;
    /* then the forward, y over a (a's identical view; b between or beside its elements), on
     * those values, against y into a copy of them from bdx's a and b */
    bcopy = test_buffer(ctx, t, IP_N, want);
    CHECK(bcopy);
    st = clamped ? clact_gated_clamped_forward_view(ctx, op, limit, bdx, &av, bdx, &bv, bcopy, &av,
                                                    0, NULL, NULL)
                 : clact_gated_forward_view(ctx, op, bdx, &av, bdx, &bv, bcopy, &av, 0, NULL, NULL);
    CHECK_OK(st);
    st = clamped ? clact_gated_clamped_forward_view(ctx, op, limit, bx, &av, bx, &bv, bx, &av, 0,
                                                    NULL, NULL)
                 : clact_gated_forward_view(ctx, op, bx, &av, bx, &bv, bx, &av, 0, NULL, NULL);
    clact_buffer_release(bdx);
    bdx = bcopy; /* the out-of-place forward's result, read as `want` in the next pass */
  }
  if (st)
    fprintf(stderr, "  %s %s %s rank %d beta %g: in place: %s\n", name, clact_dtype_name(t),
            layout_name(layout), rank, op->beta, clact_status_name(st));
  clact_buffer_release(bx), clact_buffer_release(bkeep), clact_buffer_release(bdx),
      clact_buffer_release(bdy);
  return st != 0 || bad != 0;
}

int test_gated_in_place(const char *arg) {
  (void)arg;
  clact_context *ctx = test_context();
  CHECK(ctx);
  unsigned long long seed = 0x1a91aceULL;
  printf("seed %llu\n", seed);
  int failed = 0, runs = 0;
  static const clact_dtype dtypes[] = {CLACT_F32, CLACT_BF16};
  for (int ti = 0; ti < 2; ++ti)
    for (int clamped = 0; clamped < 2; ++clamped)
      for (int layout = 0; layout < 3; ++layout)
        for (int rank = 1; rank <= 2; ++rank)
          for (int blend = 0; blend < 2; ++blend) {
            clact_op op;
            CHECK_OK(clact_op_init(&op, CLACT_SWISH));
            op.dtype = dtypes[ti];
            if (clamped) op.param[0] = CLACT_GPT_OSS_ALPHA;
            op.beta = blend ? 0.5 : 0;
            failed |= in_place_one(ctx, &op, clamped, layout, rank, &seed);
            ++runs;
          }
  printf("  %d in-place backward and forward pairs against out of place: %s\n", runs,
         failed ? "FAILED" : "same bits");
  clact_context_destroy(ctx);
  return failed;
}
