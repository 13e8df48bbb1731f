/* test_huge_beta.c — softplus with a large beta on the calls that do not run the 1-D kernel
 * (test_form_specials.c's softplus_huge_beta has those): an N-D view that does not merge
 * (rows with a pitch; a transposed input, the register tiles' walk), bias + softplus, and
 * the softplus-gated GLU forward and backward (db = alpha dy g(a)); and the quantizing
 * forward (f32 in, 8-bit out). f32, f16 and bf16. Each result against the long-double
 * reference, within the bound (2 ulp in f32, 1 in f16 and bf16; docs/ACCURACY.md, "Large
 * factors"): the usual form's value carries 1 / beta's exponent and went subnormal where
 * alpha (or b, dy) brings it back, from beta 175 on in the gated kernels and 2^17 on in
 * the others (f32). alpha, b and dy are powers of two, so each result is f's value scaled
 * exactly and judged as f is. No random numbers: a fixed grid of z = beta x. */
#include "harness.h"
#include "reference_q.h"

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

enum { ROWS = 11, COLS = 137, N = ROWS * COLS }; /* 1507: 94 vectors of 16 and a tail of 3 */

/* the rare form's range from beta 2^64 up; then the gated kernels' (from 2^5) and the other
 * kernels' (from 2^14), where the usual form lost bits before 2026-12-02 */
static const double betas[] = {0x1.000002p64, 0x1p65, 0x1p100, 0x1p120, FLT_MAX,
                               0x1.5ep7,      0x1p14, 0x1p17,  0x1p40};
static const double alphas[] = {1, 0x1p60, 0x1p100, 0x1p127};
/* b and dy, by element: powers of two in the factors' domain (docs/ACCURACY.md, "Large
 * factors": no smaller than 2^-10 where |alpha| > 1); f16's largest 2^15 */
static const double factors[] = {1, 0x1p-10, 0x1p40};
static double factor(clact_dtype t, int i) {
  return t == CLACT_F16 && factors[i % 3] > 0x1p15 ? 0x1p15 : factors[i % 3];
}

typedef enum path { ND_PITCHED, ND_TRANSPOSED, BIAS_FWD, GATED_FWD, GATED_BWD_DB, PATHS } path;
static const char *const path_name[PATHS] = {"N-D pitched rows", "N-D transposed input",
                                             "bias + softplus", "gated forward",
                                             "gated backward db"};

typedef struct tally {
  double worst_beta, worst_alpha, worst_x; /* where the largest error is */
  test_tally t;
} tally;

/* Judges one result; prints the first few over the bound. */
static int judge(tally *t, path p, const clact_op *op, float x, long double got, long double want) {
  const int over =
      test_judge_ulps(&t->t, op->dtype, got, want, op->dtype == CLACT_F32 ? 2.0 : 1.0,
                      "  %s %s: beta %a alpha %a x %a (z %.4g)", clact_dtype_name(op->dtype),
                      path_name[p], op->param[0], op->alpha, (double)x, op->param[0] * x);
  if (t->t.worst_now) t->worst_beta = op->param[0], t->worst_alpha = op->alpha, t->worst_x = x;
  return over;
}

/* One path at one beta and alpha: x[] the inputs of the call's [ROWS, COLS] elements (in
 * op->dtype: the callers round them). */
static int run_path(clact_context *ctx, path p, const clact_op *op, const float *x, tally *t) {
  const clact_dtype dt = op->dtype;
  static long double in[N + ROWS * 3], aux[N], out[N], out2[N];
  const size_t sizes[2] = {ROWS, COLS};
  clact_tensor yv, xv, auxv;
  CHECK_OK(clact_tensor_init_dense(&yv, 2, sizes, 0));
  xv = auxv = yv;
  for (int i = 0; i < N; ++i) {
    const int r = i / COLS, c = i % COLS;
    if (p == ND_PITCHED) /* rows COLS + 3 apart: x and y do not merge */
      in[r * (COLS + 3) + c] = x[i];
    else if (p == ND_TRANSPOSED) /* x[r][c] at c ROWS + r */
      in[c * ROWS + r] = x[i];
    else
      in[i] = x[i];
    aux[i] = factor(dt, i);
    out[i] = out2[i] = 0;
  }
  if (p == ND_PITCHED) xv.stride[0] = COLS + 3;
  if (p == ND_TRANSPOSED) xv.stride[0] = 1, xv.stride[1] = ROWS;
  if (p == BIAS_FWD) { /* bias per column, broadcast over the rows, of z's own scale */
    auxv.rank = 1, auxv.size[0] = COLS, auxv.stride[0] = 1;
    for (int c = 0; c < COLS; ++c)
      aux[c] = ref_round(dt, (float)(((c % 7) - 3) * 0.37 / op->param[0]));
  }
  const size_t in_count = p == ND_PITCHED ? ROWS * (COLS + 3) : N;
  cl_mem bx = test_buffer(ctx, dt, in_count, in), baux = test_buffer(ctx, dt, N, aux),
         by = test_buffer(ctx, dt, N, out), by2 = test_buffer(ctx, dt, N, out2);
  CHECK(bx && baux && by && by2);
  switch (p) {
  case ND_PITCHED:
  case ND_TRANSPOSED: CHECK_OK(clact_forward_view(ctx, op, bx, &xv, by, &yv, 0, NULL, NULL)); break;
  case BIAS_FWD:
    CHECK_OK(clact_bias_forward_view(ctx, op, bx, &xv, baux, &auxv, by, &yv, 0, NULL, NULL));
    break;
  case GATED_FWD: /* y = alpha g(a) b */
    CHECK_OK(clact_gated_forward_view(ctx, op, bx, &xv, baux, &auxv, by, &yv, 0, NULL, NULL));
    break;
  default: /* db into by, da into by2 (b's zeros: da is 0), dy = factors */
    CHECK_OK(clact_gated_backward_view(ctx, op, bx, &xv, by2, &yv, baux, &auxv, by2, &yv, by, &yv,
                                       0, NULL, NULL));
    break;
  }
  CHECK(test_read(ctx, dt, by, N, out) == 0);
  clact_buffer_release(bx);
  clact_buffer_release(baux);
  clact_buffer_release(by);
  clact_buffer_release(by2);
  int failed = 0;
  for (int i = 0; i < N; ++i) {
    float s = x[i];
    long double scale = op->alpha;
    if (p == BIAS_FWD) s = x[i] + (float)aux[i % COLS]; /* the kernel's sum in float */
    if (p == GATED_FWD || p == GATED_BWD_DB) scale *= factor(dt, i);
    failed |= judge(t, p, op, s, out[i], scale * ref_forward(op, s));
  }
  return failed;
}

/* The quantizing forward (f32 in, 8-bit out; alpha 1): each code judged against the
 * reference by refq_judge_computed, and equal to the correctly rounded code of
 * clact_forward's own f32 result, since both compute f with the same form
 * (docs/QUANTIZED.md). The scale puts e^z / beta's range on the codes. */
static int run_quant(clact_context *ctx, const clact_op *op, const float *x, size_t *judged) {
  static long double in[N];
  static float v[N];
  uint8_t out[N];
  for (int i = 0; i < N; ++i)
    in[i] = x[i];
  CHECK_OK(clact_forward_host(ctx, op, N, x, v));
  int failed = 0;
  for (int q = 0; q < 2; ++q) {
    const refq_type y = {q ? CLACT_U8 : CLACT_FP8_E4M3, {(q ? 0x1p-8 : 0x1p-16) / op->param[0], 0}};
    cl_mem xb = test_buffer(ctx, CLACT_F32, N, in), yb = NULL;
    CHECK(xb && clact_buffer_create(ctx, N, &yb) == CLACT_SUCCESS);
    CHECK_OK(clact_forward_q(ctx, op, N, CLACT_F32, NULL, xb, 0, 1, y.dtype, &y.quant, yb, 0, 1, 0,
                             NULL, NULL));
    CHECK(clact_buffer_read(ctx, yb, 0, N, out) == CLACT_SUCCESS);
    clact_buffer_release(xb);
    clact_buffer_release(yb);
    int shown = 0;
    for (int i = 0; i < N; ++i) {
      uint64_t want;
      const uint64_t same = refq_round(&y, v[i]);
      ++*judged;
      if (refq_judge_computed(op, &y, x[i], out[i], &want) && refq_same(&y, out[i], same)) continue;
      failed = 1;
      if (shown++ < 4)
        fprintf(stderr,
                "  8-bit %s: beta %a x %a (z %.4g): got 0x%02x, want 0x%02llx, clact_forward's "
                "%.9g gives 0x%02llx\n",
                clact_dtype_name(y.dtype), op->param[0], (double)x[i], op->param[0] * x[i], out[i],
                (unsigned long long)want, v[i], (unsigned long long)same);
    }
  }
  return failed;
}

int test_softplus_huge_beta_paths(const char *arg) {
  (void)arg;
  clact_context *ctx = test_context();
  CHECK(ctx);
  static float hx[N];
  int failed = 0;
  /* under oclgrind (its runs set CLACT_TEST_MAX_LENGTH: tests/CMakeLists.txt) f32, one
   * beta, 2^120, and alphas 1 and 2^100: every kernel and walk, fewer launches */
  const int quick = getenv("CLACT_TEST_MAX_LENGTH") != NULL;
  const size_t nb = sizeof betas / sizeof betas[0], na = sizeof alphas / sizeof alphas[0];
  static const clact_dtype dtypes[] = {CLACT_F32, CLACT_F16, CLACT_BF16};
  for (int d = 0; d < (quick ? 1 : 3); ++d) {
    const clact_dtype dt = dtypes[d];
    tally t[PATHS] = {{0}};
    size_t quant_judged = 0, runs = 0;
    for (size_t b = quick ? 3 : 0; b < (quick ? 4 : nb); ++b) {
      /* z = beta x over [-110, 30] (e^z / beta below the subnormals for most), 100 up to
       * 1.3e4, then the special inputs; each rounded to the dtype */
      for (int i = 0; i < N - 104; ++i)
        hx[i] = (float)ref_round(dt, (float)((-110.0 + 0.1 * i) / betas[b]));
      for (int i = 0; i < 100; ++i) /* z = 100 .. 1.3e4: x itself above 128 / beta */
        hx[N - 104 + i] = (float)ref_round(dt, (float)(100.0 * pow(1.05, i) / betas[b]));
      hx[N - 4] = 0.0f, hx[N - 3] = -0.0f, hx[N - 2] = INFINITY, hx[N - 1] = -INFINITY;
      for (size_t a = 0; a < na; a += quick ? 2 : 1, ++runs) {
        clact_op op;
        clact_op_init(&op, CLACT_SOFTPLUS);
        op.dtype = dt;
        op.param[0] = betas[b];
        op.alpha = alphas[a];
        for (int p = 0; p < PATHS; ++p)
          failed |= run_path(ctx, (path)p, &op, hx, &t[p]);
        if (a == 0 && dt == CLACT_F32) failed |= run_quant(ctx, &op, hx, &quant_judged);
      }
    }
    CHECK(runs == (quick ? 2 : nb * na));
    CHECK(quant_judged == (dt == CLACT_F32 ? N * 2 * (quick ? 1 : nb) : 0));
    if (dt == CLACT_F32) fprintf(stderr, "  8-bit (fp8_e4m3, u8): %zu results\n", quant_judged);
    for (int p = 0; p < PATHS; ++p) {
      CHECK(t[p].t.judged == N * runs);
      fprintf(stderr,
              "  %s %s: %zu results, the largest error %.3f ulp (beta %a, alpha %a, x %a)\n",
              clact_dtype_name(dt), path_name[p], t[p].t.judged, t[p].t.worst, t[p].worst_beta,
              t[p].worst_alpha, t[p].worst_x);
    }
  }
  clact_context_destroy(ctx);
  return failed;
}

/* softplus f64 with a large beta: until 2026-12-02 the tail's (1 + t) 2^k1 / beta went
 * subnormal before alpha, b and dy from beta 2^122 on (5.4e11 ulp at beta 2^200, z = -606,
 * b 2^40, alpha 1) and l / beta from 2^968 (kernels/act_logistic.cl, fwd_softplus f64).
 * The 1-D forward and the gated forward (y = alpha g(a) b) on a grid of z = beta x over
 * [-2100, 100] (below the exponential's floor to far above) and the special inputs, for
 * betas from 2^100 to DBL_MAX, alphas and b powers of two (b up to 2^40, alpha up to 2^1000:
 * m P stays finite where the result does), each within the 4-ulp bound. */
int test_softplus_huge_beta_f64(const char *arg) {
  (void)arg;
  clact_context *ctx = test_context();
  CHECK(ctx);
  clact_op op;
  clact_op_init(&op, CLACT_SOFTPLUS);
  op.dtype = CLACT_F64;
  if (!clact_context_supports(ctx, CLACT_F64)) { /* says so, computes nothing */
    CHECK_STATUS(clact_prepare(ctx, &op), CLACT_ERROR_UNSUPPORTED_DTYPE);
    fprintf(stderr, "  no cl_khr_fp64: UNSUPPORTED_DTYPE checked\n");
    clact_context_destroy(ctx);
    return 0;
  }
  static const double betas64[] = {0x1p100, 0x1p130, 0x1p200, 0x1p500, 0x1p900, 0x1p1000, DBL_MAX};
  static const double alphas64[] = {1, 0x1p100, 0x1p1000};
  static const double bs[] = {1, 0x1p-10, 0x1p40};
  enum { M = 2201 };
  static double a[M], b[M], y[M];
  test_tally t = {0};
  for (size_t bi = 0; bi < sizeof betas64 / sizeof betas64[0]; ++bi) {
    for (int i = 0; i < M - 4; ++i)
      a[i] = (-2100.0 + (double)i * 2200.0 / (M - 5)) / betas64[bi];
    a[M - 4] = 0.0, a[M - 3] = -0.0, a[M - 2] = INFINITY, a[M - 1] = -INFINITY;
    for (size_t ai = 0; ai < sizeof alphas64 / sizeof alphas64[0]; ++ai)
      for (size_t k = 0; k < 4; ++k) { /* k = 0: the 1-D call; 1 .. 3: gated, b = bs[k - 1] */
        op.param[0] = betas64[bi];
        op.alpha = alphas64[ai];
        const double bk = k ? bs[k - 1] : 1;
        if (bk < 1 && alphas64[ai] <= 1) continue; /* b below 1 only where alpha brings it back */
        for (int i = 0; i < M; ++i)
          b[i] = bk;
        CHECK_OK(k ? clact_gated_forward_host(ctx, &op, M, a, b, y)
                   : clact_forward_host(ctx, &op, M, a, y));
        t.shown = 0; /* the first 4 of each call */
        clact_op f = op;
        f.alpha = 1;
        for (int i = 0; i < M; ++i)
          test_judge_ulps(&t, CLACT_F64, y[i],
                          (long double)alphas64[ai] * bk * ref_forward(&f, a[i]), 4.0,
                          "  %s beta %a alpha %a b %a x %a (z %.4g)", k ? "gated" : "1-D",
                          betas64[bi], alphas64[ai], bk, a[i], betas64[bi] * a[i]);
      }
  }
  CHECK(t.judged == (size_t)M * 7 * 11); /* per beta: 3 calls at alpha 1 (no b = 2^-10), 4 + 4 */
  fprintf(stderr, "  %zu results, the largest error %.3f ulp\n", t.judged, t.worst);
  clact_context_destroy(ctx);
  return t.over != 0;
}
