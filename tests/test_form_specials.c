/* test_form_specials.c — the special values of the rows after identity in the table, gelu
 * ... threshold (docs/ACTIVATION_FORMS.md): +-inf, -0, NaN in x and in dy, every kink and
 * the limits, with default and other parameters, in every dtype the device supports;
 * backward from y where it is defined must agree with backward from x at the same points. */
#include "harness.h"

#include <float.h>
#include <math.h>
#include <string.h>

typedef struct special {
  clact_activation a;
  int defaults;   /* 1: the table's defaults; 0: p0, p1 below */
  double p0, p1;  /* parameters when defaults is 0 */
  double x, y, d; /* f(x), and f'(x) as the dx of dy = 1 */
  int exact;      /* 1: y bit for bit (the sign of 0 counts) and d exactly */
} special;

#define D(a, x, y, d)                                                                              \
  { CLACT_##a, 1, 0, 0, x, y, d, 1 }
#define S(a, x, y, d)                                                                              \
  { CLACT_##a, 1, 0, 0, x, y, d, 0 } /* smooth: within 4 ulps */
#define P(a, p0, p1, x, y, d)                                                                      \
  { CLACT_##a, 0, p0, p1, x, y, d, 1 }
#define PS(a, p0, p1, x, y, d)                                                                     \
  { CLACT_##a, 0, p0, p1, x, y, d, 0 }

static const special table[] = {
    /* gelu: x Phi(x) */
    D(GELU, -INFINITY, -0.0, 0),
    D(GELU, INFINITY, INFINITY, 1),
    D(GELU, -0.0, -0.0, 0.5),
    D(GELU, 0.0, 0.0, 0.5),
    D(GELU, -1000, -0.0, 0),
    S(GELU, 1, 0.8413447460685429, 1.0833154705876864),
    /* gelu_tanh */
    D(GELU_TANH, -INFINITY, -0.0, 0),
    D(GELU_TANH, INFINITY, INFINITY, 1),
    D(GELU_TANH, -0.0, -0.0, 0.5),
    D(GELU_TANH, -1000, -0.0, 0),
    S(GELU_TANH, 1, 0.8411919906082767, 1.0829640838457826),
    /* selu: scale alpha e^x below 0, PyTorch's f'(0) */
    S(SELU, -INFINITY, -1.7580993408473766, 0),
    S(SELU, INFINITY, INFINITY, 1.0507009873554805),
    S(SELU, -0.0, -0.0, 1.7580993408473766),
    S(SELU, 0.0, 0.0, 1.7580993408473766),
    S(SELU, 1, 1.0507009873554805, 1.0507009873554805),
    /* celu */
    D(CELU, -INFINITY, -1, 0),
    D(CELU, INFINITY, INFINITY, 1),
    D(CELU, -0.0, -0.0, 1),
    P(CELU, 2, 0, -INFINITY, -2, 0),
    PS(CELU, 2, 0, -2, -1.2642411176571153, 0.36787944117144233),
    /* mish */
    D(MISH, -INFINITY, -0.0, 0),
    D(MISH, INFINITY, INFINITY, 1),
    S(MISH, -0.0, -0.0, 0.6),
    D(MISH, -1000, -0.0, 0),
    S(MISH, 1, 0.8650983882673103, 1.0490362200997922),
    /* hardswish: PyTorch's f' at the kinks: -1/2 at -3, 3/2 at 3 */
    D(HARDSWISH, -INFINITY, -0.0, 0),
    D(HARDSWISH, INFINITY, INFINITY, 1),
    D(HARDSWISH, -4, -0.0, 0),
    D(HARDSWISH, -3, -0.0, -0.5),
    D(HARDSWISH, 3, 3, 1.5),
    D(HARDSWISH, -0.0, -0.0, 0.5),
    D(HARDSWISH, -1.5, -0.375, 0),
    S(HARDSWISH, 1, 0.6666666666666666, 0.8333333333333334),
    /* hardsigmoid: f' = 1/6 on the open interval */
    D(HARDSIGMOID, -INFINITY, 0, 0),
    D(HARDSIGMOID, INFINITY, 1, 0),
    D(HARDSIGMOID, -3, 0, 0),
    D(HARDSIGMOID, 3, 1, 0),
    S(HARDSIGMOID, -0.0, 0.5, 0.16666666666666666),
    S(HARDSIGMOID, 1.5, 0.75, 0.16666666666666666),
    /* hardtanh: f' = 1 on the open interval */
    D(HARDTANH, -INFINITY, -1, 0),
    D(HARDTANH, INFINITY, 1, 0),
    D(HARDTANH, -1, -1, 0),
    D(HARDTANH, 1, 1, 0),
    D(HARDTANH, -0.0, -0.0, 1),
    P(HARDTANH, -2, 3, -2.5, -2, 0),
    P(HARDTANH, -2, 3, 2.75, 2.75, 1),
    P(HARDTANH, -2, 3, 3, 3, 0),
    /* relu6: -0 gives +0 like relu */
    D(RELU6, -INFINITY, 0, 0),
    D(RELU6, INFINITY, 6, 0),
    D(RELU6, 6, 6, 0),
    D(RELU6, -0.0, 0, 0),
    D(RELU6, 0, 0, 0),
    D(RELU6, 5.5, 5.5, 1),
    D(RELU6, 7, 6, 0),
    /* softsign */
    D(SOFTSIGN, -INFINITY, -1, 0),
    D(SOFTSIGN, INFINITY, 1, 0),
    D(SOFTSIGN, -0.0, -0.0, 1),
    D(SOFTSIGN, 1, 0.5, 0.25),
    D(SOFTSIGN, -3, -0.75, 0.0625),
    /* logsigmoid */
    D(LOGSIGMOID, -INFINITY, -INFINITY, 1),
    D(LOGSIGMOID, INFINITY, -0.0, 0),
    S(LOGSIGMOID, -0.0, -0.6931471805599453, 0.5),
    S(LOGSIGMOID, 0, -0.6931471805599453, 0.5),
    /* tanhshrink */
    D(TANHSHRINK, -INFINITY, -INFINITY, 1),
    D(TANHSHRINK, INFINITY, INFINITY, 1),
    D(TANHSHRINK, -0.0, -0.0, 0),
    S(TANHSHRINK, 1, 0.23840584404423515, 0.5800256583859738),
    /* x^3 / 3 below float's range: +-0 with the sign of x (x^3's power 2^(3 kx) clamped,
     * not wrapped; double keeps the value) */
    D(TANHSHRINK, 0x1p-122, 0x1p-366 / 3, 0x1p-244),
    D(TANHSHRINK, -0x1p-140, -0x1p-420 / 3, 0x1p-280),
    /* softshrink: the band gives +0, f' = 0 on the closed band */
    D(SOFTSHRINK, -INFINITY, -INFINITY, 1),
    D(SOFTSHRINK, INFINITY, INFINITY, 1),
    D(SOFTSHRINK, 0.5, 0, 0),
    D(SOFTSHRINK, -0.5, 0, 0),
    D(SOFTSHRINK, -0.0, 0, 0),
    D(SOFTSHRINK, 0.75, 0.25, 1),
    D(SOFTSHRINK, -0.75, -0.25, 1),
    P(SOFTSHRINK, 0, 0, -0.0, 0, 0),
    P(SOFTSHRINK, 0, 0, 0.25, 0.25, 1),
    P(SOFTSHRINK, 2, 0, 2.5, 0.5, 1),
    /* hardshrink: a negative lambd (PyTorch allows it) is the identity */
    D(HARDSHRINK, -INFINITY, -INFINITY, 1),
    D(HARDSHRINK, INFINITY, INFINITY, 1),
    D(HARDSHRINK, 0.5, 0, 0),
    D(HARDSHRINK, -0.5, 0, 0),
    D(HARDSHRINK, -0.0, 0, 0),
    D(HARDSHRINK, 0.625, 0.625, 1),
    P(HARDSHRINK, -1, 0, 0.25, 0.25, 1),
    P(HARDSHRINK, -1, 0, -0.0, -0.0, 1),
    /* threshold: x <= threshold gives value */
    D(THRESHOLD, -INFINITY, 0, 0),
    D(THRESHOLD, INFINITY, INFINITY, 1),
    D(THRESHOLD, 0, 0, 0),
    P(THRESHOLD, 1, -5, 1, -5, 0),
    P(THRESHOLD, 1, -5, 1.5, 1.5, 1),
    P(THRESHOLD, 1, -5, -INFINITY, -5, 0),
    P(THRESHOLD, 1, -5, INFINITY, INFINITY, 1),
    /* swish with beta = 0 is x / 2 (issue #13: z = 0 * inf was NaN) */
    P(SWISH, 0, 0, INFINITY, INFINITY, 0.5),
    P(SWISH, 0, 0, -INFINITY, -INFINITY, 0.5),
    P(SWISH, 0, 0, -0.0, -0.0, 0.5),
    P(SWISH, 0, 0, 3, 1.5, 0.5),
};

/* Whether got matches want in dtype t: bit for bit (after rounding want to t), or within
 * 4 ulps of t. */
static int same(clact_dtype t, long double got, double want, int exact) {
  const long double w = ref_round(t, want);
  if (exact) {
    if (isnan(w)) return isnan(got);
    return got == w && signbit(got) == signbit(w);
  }
  return ulp_error(t, got, want) <= 4;
}

/* The same for a derivative, where the sign of a zero carries no meaning. */
static int same_d(clact_dtype t, long double got, double want, int exact) {
  if (exact) return isnan(want) ? isnan(got) : got == ref_round(t, want);
  return ulp_error(t, got, want) <= 4;
}

/* One row in dtype t; 1 on failure (printed). */
static int run_row(clact_context *ctx, const special *s, clact_dtype t) {
  clact_op op;
  clact_op_init(&op, s->a);
  if (!s->defaults) op.param[0] = s->p0, op.param[1] = s->p1;
  op.dtype = t;
  if (ref_round(t, s->x) != s->x && !isnan(s->x)) return 0; /* x not representable in t */
  /* lanes: x, NaN, x (with dy NaN), then x again to fill a vector */
  long double xs[8], dys[8], out[8], dx[8], dxy[8];
  for (int i = 0; i < 8; ++i)
    xs[i] = s->x, dys[i] = 1;
  xs[1] = NAN;
  dys[2] = NAN;
  unsigned char hx[64], hdy[64], hy[64], hdx[64], hdxy[64];
  for (int i = 0; i < 8; ++i)
    ref_store(t, hx, i, xs[i]), ref_store(t, hdy, i, dys[i]);
  CHECK_OK(clact_forward_host(ctx, &op, 8, hx, hy));
  CHECK_OK(clact_backward_host(ctx, &op, CLACT_FROM_X, 8, hx, hdy, hdx));
  const int from_y = clact_has_gradient_from_y(&op);
  if (from_y) CHECK_OK(clact_backward_host(ctx, &op, CLACT_FROM_Y, 8, hy, hdy, hdxy));
  for (int i = 0; i < 8; ++i) {
    out[i] = ref_load(t, hy, i);
    dx[i] = ref_load(t, hdx, i);
    dxy[i] = from_y ? ref_load(t, hdxy, i) : ref_round(t, s->d); /* no from-y: the rounded f' */
  }
  /* from y: the formula on the stored y (at a saturated y such as selu's -scale alpha,
   * y + scale alpha is the rounding of y, not 0) */
  const long double want_y = from_y ? ref_backward_from_y(&op, out[0], 1) : s->d;
  const int ok = same(t, out[0], s->y, s->exact) && same_d(t, dx[0], s->d, s->exact) &&
                 same_d(t, dxy[0], (double)want_y, s->exact) && isnan(out[1]) && isnan(dx[1]) &&
                 isnan(dx[2]) && (!from_y || (isnan(dxy[1]) && isnan(dxy[2])));
  if (!ok)
    fprintf(stderr,
            "  %s(%g, %g) %s x=%g: y=%.9Lg (want %.9g) dx=%.9Lg dx_from_y=%.9Lg (want %.9g) "
            "nan: %d%d%d\n",
            clact_activation_name(s->a), op.param[0], op.param[1], clact_dtype_name(t), s->x,
            out[0], s->y, dx[0], dxy[0], s->d, isnan(out[1]), isnan(dx[1]), isnan(dx[2]));
  return !ok;
}

int test_form_specials(const char *arg) {
  clact_context *ctx = test_context();
  CHECK(ctx);
  int failed = 0;
  for (int t = 0; t < CLACT_DTYPE_COUNT; ++t) {
    if (!clact_context_supports(ctx, (clact_dtype)t)) continue;
    for (size_t i = 0; i < sizeof table / sizeof table[0]; ++i)
      failed |= run_row(ctx, &table[i], (clact_dtype)t);
  }
  clact_context_destroy(ctx);
  return failed;
}

/* Extreme parameters and gradients (a review of 2026-11-27 found each of these wrong): a
 * tiny e^z that alpha, 1 / beta or dy bring back into range must be the true e^z, not the
 * clamped exponent's or a subnormal's leftover bits. Judged against the reference with
 * the bound for non-default parameters. */
typedef struct extreme {
  clact_activation a;
  clact_dtype t;
  int bwd;
  double p0, x, dy;
  double alpha; /* blending alpha; 0 means the default 1 */
} extreme;

static const extreme extremes[] = {
    {CLACT_SOFTPLUS, CLACT_F32, 0, 0x1p-20, -104857600.0, 1, 0}, /* z = -100, / beta last */
    {CLACT_SOFTPLUS, CLACT_BF16, 0, 0x1p-20, -104857600.0, 1, 0},
    {CLACT_SOFTPLUS, CLACT_F16, 0, 0x1p-12, -409600.0, 1, 0},
    /* beta x far beyond f16's range (the exp's argument must be clamped: unclamped, its
     * rounding and 2^k were garbage, k2 overflowed at -8.7e6) */
    {CLACT_SOFTPLUS, CLACT_F16, 0, 1000, -8720, 1, 0},
    {CLACT_SOFTPLUS, CLACT_F16, 1, 1000, -8720, 1, 0},
    {CLACT_SOFTPLUS, CLACT_F16, 0, 1e30, -2, 1, 0},
    {CLACT_SOFTPLUS, CLACT_F16, 1, 1e30, -2, 1, 0},
    {CLACT_ELU, CLACT_F16, 1, 1e30, -70, 1, 0},  /* alpha e^x = 0.398 */
    {CLACT_ELU, CLACT_F16, 1, 1e30, -200, 1, 0}, /* 0, not alpha e^-110 */
    {CLACT_ELU, CLACT_F32, 1, 1e20, -200, 1, 0},
    {CLACT_ELU, CLACT_BF16, 1, 1e20, -200, 1, 0},
    {CLACT_SWISH, CLACT_F16, 1, 1e30, 1, 1, 0},  /* f' = 1 */
    {CLACT_CELU, CLACT_BF16, 1, 1e-39, 0, 1, 0}, /* not 0 * (1 / alpha) = NaN */
    {CLACT_CELU, CLACT_F16, 1, 1e-39, 0, 1, 0},
    {CLACT_SIGMOID, CLACT_BF16, 1, 0, INFINITY, 1e30, 0}, /* f' = 0 exactly */
    {CLACT_TANH, CLACT_BF16, 1, 0, INFINITY, 1e30, 0},
    {CLACT_SIGMOID, CLACT_BF16, 1, 0, 80, 1e30, 0}, /* dy e^-80 = 1.8e-5 */
    {CLACT_GELU, CLACT_F32, 1, 0, -INFINITY, 1e6, 0},
    /* beta tiny, |x| near FLT_MAX: x (1 + t) overflowed (NaN for -3.97e19 until 2026-12-02;
     * the program's rare form, fwd_swish_rare) */
    {CLACT_SWISH, CLACT_F32, 0, 1.28834e-37, -3.38342e38, 1, 0},
    {CLACT_SWISH, CLACT_F32, 0, -1.28834e-37, 3.38342e38, 1, 0},
    {CLACT_SWISH, CLACT_F32, 0, 1e-37, -1e38, 1, 0x1p-10},
    /* f64 the same for |x| > 2^1023 (NaN until s16contract; the rare form for
     * |beta| < 2^-1000 since, bench/results/s16-contract/) */
    {CLACT_SWISH, CLACT_F64, 0, 3.0484e-308, -1.78e308, 1, 0},       /* z = -5.43: -7.8e305 */
    {CLACT_SWISH, CLACT_F64, 0, -3.81044e-309, 1.78528e308, 1, 0},   /* z = -0.68: 6.0e307 */
    {CLACT_SWISH, CLACT_F64, 0, 3.0484e-308, -1.78e308, 1, 0x1p-10}, /* -7.6e302 */
    {CLACT_SOFTPLUS, CLACT_F32, 0, 1e-30, -1e33, 1, 0}, /* z = -1000: 0, not e^-110 / beta */
    {CLACT_SOFTPLUS, CLACT_BF16, 0, 1e-30, -1e33, 1, 0},
    {CLACT_SOFTPLUS, CLACT_F64, 0, 1e-50, -2.7866005112515140108e+76, 1, 0}, /* fuzz */
    /* issue #13: every factor (dy, alpha, 1 / beta) joins before the last 2^k */
    {CLACT_SOFTPLUS, CLACT_F64, 0, 1e-50, -8.05686993911110588982e+52, 1, 0}, /* 1.2433e-300 */
    {CLACT_SOFTPLUS, CLACT_F32, 0, 1e-30, -1.5e32, 1, 0}, /* z = -150: e^z / beta = 7.2e-36 */
    {CLACT_SOFTPLUS, CLACT_BF16, 0, 1e-30, -1.5e32, 1, 0},
    {CLACT_SIGMOID, CLACT_F32, 1, 0, -100, 1e30, 0}, /* dx = 3.7e-14, f' subnormal */
    {CLACT_SIGMOID, CLACT_F32, 1, 0, -100, FLT_MAX, 0},
    {CLACT_TANH, CLACT_F32, 1, 0, -60, 0x1p100, 0},
    {CLACT_ELU, CLACT_F32, 1, 0, -100, 0x1p100, 0},
    {CLACT_SELU, CLACT_F32, 1, 0, -100, 0x1p100, 0},
    {CLACT_CELU, CLACT_F32, 1, 0, -100, 0x1p100, 0},
    {CLACT_SWISH, CLACT_F32, 1, 0, -100, 0x1p100, 0},
    {CLACT_MISH, CLACT_F32, 1, 0, -100, 0x1p100, 0},
    {CLACT_LOGSIGMOID, CLACT_F32, 1, 0, 100, 0x1p100, 0},
    {CLACT_GELU_TANH, CLACT_F32, 1, 0, -11, 0x1p100, 0},
    {CLACT_SOFTPLUS, CLACT_F32, 1, 50, -2.09, 0x1p100, 0},
    {CLACT_LOGSIGMOID, CLACT_BF16, 1, 0, 100, 0x1p100, 0},  /* 4.7158e-14, not 4.7962e-14 */
    {CLACT_LOGSIGMOID, CLACT_BF16, 1, 0, 104, 0x1p100, 0},  /* 8.64e-16, not 0 */
    {CLACT_SOFTPLUS, CLACT_BF16, 1, 50, -2.09, 0x1p100, 0}, /* 4.34e-16, not 0 */
    {CLACT_SWISH, CLACT_BF16, 1, 0, -100, 0x1p100, 0},
    {CLACT_SWISH, CLACT_BF16, 1, 3, -40, 0x1p100, 0},
    {CLACT_MISH, CLACT_BF16, 1, 0, -100, 0x1p100, 0},
    {CLACT_GELU_TANH, CLACT_BF16, 1, 0, -11, 0x1p100, 0},
    {CLACT_SIGMOID, CLACT_BF16, 1, 0, -100, 0x1p100, 0},
    {CLACT_TANH, CLACT_BF16, 1, 0, -60, 0x1p100, 0},
    {CLACT_SIGMOID, CLACT_BF16, 0, 0, -100, 1, 1e30}, /* the blend's alpha before 2^k */
    {CLACT_SIGMOID, CLACT_F32, 0, 0, -100, 1, 1e30},
    {CLACT_SIGMOID, CLACT_F32, 0, 0, -150, 1, FLT_MAX}, /* below the old exp floor */
    {CLACT_ELU, CLACT_BF16, 0, 0, -100, 1, 1e30},
    {CLACT_SWISH, CLACT_F32, 0, 1e-30, -1e32, 1, 0},     /* -3.7e-12, not -0 */
    {CLACT_SWISH, CLACT_F32, 0, 0, -200, 1, 0x1p100},    /* x e^-200 2^100 = -2.2e-55: 0 */
    {CLACT_SIGMOID, CLACT_F32, 1, 0, -200, INFINITY, 0}, /* inf * e^-200 = inf, not NaN */
    {CLACT_SIGMOID, CLACT_BF16, 1, 0, -200, INFINITY, 0},
    {CLACT_SIGMOID, CLACT_F64, 1, 0, -1000, INFINITY, 0},
    /* a subnormal beta whose 1 / beta overflows (f32 2^-128) where the result does not:
     * NaN (z > 0) and +inf on 0dfd343 */
    {CLACT_SOFTPLUS, CLACT_F32, 0, 0x1p-128, 1, 1, 0},        /* ln 2 2^128 = 2.36e38 */
    {CLACT_SOFTPLUS, CLACT_F32, 0, 0x1.8p-129, 1e30, 1, 0},   /* 3.14e38 */
    {CLACT_SOFTPLUS, CLACT_F32, 0, 0x1p-128, 1e38, 1, 0},     /* 2.9e38 */
    {CLACT_SOFTPLUS, CLACT_F32, 0, 0x1p-128, -FLT_MAX, 1, 0}, /* z = -1: 1.07e38 */
    {CLACT_SOFTPLUS, CLACT_F32, 0, 0x1p-127, -1e38, 1, 0},
    /* beta > 2^64: 1 / beta in the fit's coefficients would near the subnormal range, so
     * the f32 form takes beta 2^-24 and carries 2^-24 in the exponent (act_logistic.cl);
     * the first draft of that form was 35 % off here */
    {CLACT_SOFTPLUS, CLACT_F32, 0, 0x1p70, -0x1p-70, 1, 0},  /* z = -1: 2.65e-22 */
    {CLACT_SOFTPLUS, CLACT_F32, 0, 0x1p70, 0x1p-70, 1, 0},   /* z = 1 */
    {CLACT_SOFTPLUS, CLACT_F32, 0, 0x1p65, 0, 1, 0},         /* ln 2 2^-65 */
    {CLACT_SOFTPLUS, CLACT_F32, 0, 0x1p100, -0x1p-95, 1, 0}, /* z = -32: 1.0e-44, subnormal */
    {CLACT_SOFTPLUS, CLACT_F32, 0, 0x1p100, -1, 1, 0},       /* z = -2^100: 0 */
    {CLACT_SOFTPLUS, CLACT_F32, 0, FLT_MAX, 1e-38, 1, 0},    /* z = 3.4 */
    {CLACT_SOFTPLUS, CLACT_F32, 0, FLT_MAX, -1e-38, 1, 0},   /* z = -3.4: 9.6e-41 */
};

int test_extreme_params(const char *arg) {
  clact_context *ctx = test_context();
  CHECK(ctx);
  test_tally t = {0};
  for (size_t i = 0; i < sizeof extremes / sizeof extremes[0]; ++i) {
    const extreme *e = &extremes[i];
    if (!clact_context_supports(ctx, e->t)) continue; /* f64 without cl_khr_fp64 */
    clact_op op;
    clact_op_init(&op, e->a);
    const int defaults = e->p0 == 0;
    if (!defaults) op.param[0] = e->p0;
    if (e->alpha != 0) op.alpha = e->alpha;
    op.dtype = e->t;
    unsigned char hx[64], hdy[64], out[64];
    for (int k = 0; k < 8; ++k)
      ref_store(e->t, hx, k, e->x), ref_store(e->t, hdy, k, e->dy);
    const long double x = ref_load(e->t, hx, 0), dy = ref_load(e->t, hdy, 0);
    if (e->bwd)
      CHECK_OK(clact_backward_host(ctx, &op, CLACT_FROM_X, 8, hx, hdy, out));
    else
      CHECK_OK(clact_forward_host(ctx, &op, 8, hx, out));
    const long double got = ref_load(e->t, out, 0);
    const long double f = e->bwd ? ref_backward(&op, x, dy) : ref_forward(&op, x);
    const long double want = e->alpha != 0 ? (long double)op.alpha * f : f;
    const double bound = ref_bound_ulp_for(e->a, e->bwd ? REF_BWD : REF_FWD, e->t, defaults);
    t.shown = 0; /* every row over its bound shown */
    test_judge_ulps(&t, e->t, got, want, bound, "  %s %s %s p0=%g alpha=%g x=%.9Lg dy=%.9Lg",
                    clact_activation_name(e->a), e->bwd ? "bwd" : "fwd", clact_dtype_name(e->t),
                    e->p0, op.alpha, x, dy);
  }
  clact_context_destroy(ctx);
  return t.over != 0;
}

/* celu's 16-bit forward and backward take x / alpha as (x s) (1 / (alpha s)), s a power of
 * two chosen from alpha (kernels/act_exp.cl, celu_ratio_narrow): every f16 and bf16 input,
 * dy = 1, for alphas on both sides of each choice of s and where 1 / alpha overflows
 * (2^-129, the smallest subnormal: there bf16's subnormal x still gives a finite x /
 * alpha, -2^-130 / 2^-129 = -0.5, that a plain x (1 / alpha) would take to -inf), against
 * the reference and the contract. */
int test_celu_narrow_alphas(const char *arg) {
  (void)arg;
  clact_context *ctx = test_context();
  CHECK(ctx);
  static const double alphas[] = {0x1p-149, 0x1p-129, 0x1.8p-127, 0x1.8p-65, 0x1p-64,
                                  0.75,     0x1p64,   0x1.8p64,   0x1p100,   FLT_MAX};
  static const clact_dtype types[] = {CLACT_F16, CLACT_BF16};
  enum { N = 65536 };
  static unsigned char hx[2 * N], hdy[2 * N], out[2 * N];
  int failed = 0;
  size_t judged = 0;
  for (size_t t = 0; t < 2; ++t)
    for (size_t a = 0; a < sizeof alphas / sizeof alphas[0]; ++a)
      for (int bwd = 0; bwd < 2; ++bwd) {
        clact_op op;
        clact_op_init(&op, CLACT_CELU);
        op.dtype = types[t];
        op.param[0] = alphas[a];
        for (int i = 0; i < N; ++i) {
          const unsigned short v = (unsigned short)i;
          memcpy(hx + 2 * i, &v, 2);
          ref_store(op.dtype, hdy, (size_t)i, 1.0L);
        }
        if (bwd)
          CHECK_OK(clact_backward_host(ctx, &op, CLACT_FROM_X, N, hx, hdy, out));
        else
          CHECK_OK(clact_forward_host(ctx, &op, N, hx, out));
        ref_zeros z;
        ref_find_derivative_zeros(&op, &z);
        const ref_dir d = bwd ? REF_BWD : REF_FWD;
        int shown = 0;
        for (int i = 0; i < N; ++i) {
          const long double x = ref_load(op.dtype, hx, (size_t)i);
          if (!ref_in_domain(&op, d, x, 1, 1)) continue;
          const long double got = ref_load(op.dtype, out, (size_t)i);
          const long double want = bwd ? ref_backward(&op, x, 1) : ref_forward(&op, x);
          double ulps;
          ++judged;
          if (!ref_judge(&op, d, &z, x, 1, got, want, &ulps) && shown++ < 4) {
            fprintf(stderr, "  celu %s %s alpha %a x %a: got %.9Lg, want %.9Lg (%.3g ulp)\n",
                    bwd ? "bwd" : "fwd", clact_dtype_name(op.dtype), alphas[a], (double)x, got,
                    want, ulps);
            failed = 1;
          }
        }
      }
  CHECK(judged > (size_t)N * 2 * 20 * 9 / 10); /* NaN inputs and none else left out */
  clact_context_destroy(ctx);
  return failed;
}

/* softplus f32 forward with a large beta and alphas that bring tiny results back into range
 * (docs/ACCURACY.md, "Large factors"): until 2026-12-02 the form took
 * c = RN(2^24 / beta), and c (1 + t) 2^(k - 24) went subnormal before alpha (beta 2^65,
 * alpha 2^100, z = -69.3: 0 against 2.75e-20; beta 2^120, z = -20: 1.776e-15 against
 * 1.966e-15). Every x = z / beta on a grid of z in [-110, 40] (each rounded to f32), the
 * signed zeros and infinities, for nine betas from 2^14 to FLT_MAX and four alphas
 * (powers of two: alpha f is judged as f is), against the long-double reference, every
 * one within the 2-ulp bound; then the strided 1-D call at one beta and alpha. (Until
 * 2026-12-02 ref_in_domain counted x below 2^-10 as a factor with alpha > 1, which left none
 * of these; softplus' f(x) is not about c x there, and it no longer does.) */
int test_softplus_huge_beta(const char *arg) {
  (void)arg;
  clact_context *ctx = test_context();
  CHECK(ctx);
  /* from 2^64 up, and 2^14, 2^17, 2^40, where the usual form lost bits until 2026-12-02
   * (beta 2^40, alpha 2^100: 0 for 2.6e-23) and the rare form runs now (host/program.c) */
  static const double betas[] = {0x1.8p64, 0x1p65, 0x1p100, 0x1p120, 1e30,
                                 FLT_MAX,  0x1p14, 0x1p17,  0x1p40};
  static const double alphas[] = {1, 0x1p64, 0x1p100, 0x1p127};
  enum { N = 1507 }; /* 94 vectors of 16 and a tail of 3 */
  static float hx[N], out[N];
  test_tally t = {0};
  for (size_t b = 0; b < sizeof betas / sizeof betas[0]; ++b) {
    for (int i = 0; i < N - 4; ++i)
      hx[i] = (float)((-110.0 + 0.1 * i) / betas[b]);
    hx[N - 4] = 0.0f, hx[N - 3] = -0.0f, hx[N - 2] = INFINITY, hx[N - 1] = -INFINITY;
    for (size_t a = 0; a < sizeof alphas / sizeof alphas[0]; ++a) {
      clact_op op;
      clact_op_init(&op, CLACT_SOFTPLUS);
      op.dtype = CLACT_F32;
      op.param[0] = betas[b];
      op.alpha = alphas[a];
      CHECK_OK(clact_forward_host(ctx, &op, N, hx, out));
      t.shown = 0; /* the first 4 of each call */
      for (int i = 0; i < N; ++i)
        test_judge_ulps(&t, CLACT_F32, out[i], (long double)alphas[a] * ref_forward(&op, hx[i]),
                        2.0, "  beta %a alpha %a x %a (z %.4g)", betas[b], alphas[a], (double)hx[i],
                        betas[b] * hx[i]);
    }
  }
  CHECK(t.judged == N * 4 * sizeof betas / sizeof betas[0]);
  /* the strided 1-D call (x every 2nd element, y every 3rd: the kernel's gathered lanes),
   * beta 2^120, alpha 2^100 */
  {
    static long double in[2 * N], res[3 * N];
    for (int i = 0; i < 2 * N; ++i)
      in[i] = i % 2 ? 0 : (float)((-110.0 + 0.05 * i) / 0x1p120);
    cl_mem bx = test_buffer(ctx, CLACT_F32, 2 * N, in),
           by = test_buffer(ctx, CLACT_F32, 3 * N, res);
    CHECK(bx && by);
    clact_op op;
    clact_op_init(&op, CLACT_SOFTPLUS);
    op.param[0] = 0x1p120;
    op.alpha = 0x1p100;
    CHECK_OK(clact_forward(ctx, &op, N, bx, 0, 2, by, 0, 3, 0, NULL, NULL));
    CHECK(test_read(ctx, CLACT_F32, by, 3 * N, res) == 0);
    t.shown = 0; /* the first over the bound shown, then no more */
    for (int i = 0; i < N; ++i)
      if (test_judge_ulps(&t, CLACT_F32, res[3 * i], 0x1p100L * ref_forward(&op, in[2 * i]), 2.0,
                          "  strided: x %a", (double)in[2 * i]))
        break;
    clact_buffer_release(bx);
    clact_buffer_release(by);
  }
  fprintf(stderr, "  %zu results, the largest error %.3f ulp\n", t.judged, t.worst);
  clact_context_destroy(ctx);
  return t.over != 0;
}
