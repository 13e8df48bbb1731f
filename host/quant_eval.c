/* quant_eval.c — the library's own long-double evaluation of every activation, for the
 * 8-bit tables, and the exact comparison that makes their rounding correct.
 *
 * This is deliberately not reference/reference.c (the test oracle): `clact check` and the
 * quant tests compare the tables against the oracle re-rounded by a different method, so
 * a mistake in one is not repeated in the other (docs/ARCHITECTURE.md).
 *
 * Where f is piecewise linear or rational at x (relu, leaky_relu, identity, hardtanh,
 * relu6, softshrink, hardshrink, threshold, hardsigmoid, hardswish, softsign, relu_squared, and the
 * linear halves of elu, selu, celu), f(x) is also kept as an exact quotient of sums of
 * long doubles, and the rounding's question "is f above, below or on this midpoint" is
 * answered exactly, ties included. Elsewhere f(x) is transcendental for x != 0 (never a
 * midpoint, which is rational) and the long double value, within a few ulps of 2^-64,
 * decides. */
#include "quant.h"

#include <math.h>

static const long double SELU_ALPHA = 1.6732632423543772848170429916717L;
static const long double SELU_SCALE = 1.0507009873554804934193349852946L;
static const long double INV_SQRT2 = 0.70710678118654752440084436210484904L;
static const long double SQRT_2_OVER_PI = 0.79788456080286535587989211986876374L;

/* 1 / (1 + e^-z), without overflow or cancellation on either side. */
static long double logistic(long double z) {
  if (z >= 0) return 1.0L / (1.0L + expl(-z));
  const long double e = expl(z);
  return e / (1.0L + e);
}
/* log(1 + e^z). */
static long double log1pexp(long double z) {
  return z > 0 ? z + log1pl(expl(-z)) : log1pl(expl(z));
}

/* x - tanh x: for |x| < 1/16 its odd series, where the difference would cancel (terms
 * 2^(2n) (2^(2n) - 1) |B_2n| / (2n)!, n >= 2, alternating). */
static long double x_minus_tanh(long double x) {
  if (!(fabsl(x) < 0.0625L)) return isinf(x) ? x : x - tanhl(x);
  static const long double c[] = {
      1.0L / 3,         -2.0L / 15,          17.0L / 315,           -62.0L / 2835,
      1382.0L / 155925, -21844.0L / 6081075, 929569.0L / 638512875, -6404582.0L / 10854718875.0L};
  const long double u = x * x;
  long double s = c[7];
  for (int i = 6; i >= 0; --i)
    s = s * u + c[i];
  return x * u * s;
}

/* Exact forms: f = (sum num) / (sum den). */
static void exact1(q_value *o, long double a) {
  o->exact = 1;
  o->v = a;
  o->num[0] = a, o->nnum = 1;
  o->den[0] = 1, o->nden = 1;
}
/* a * b as two terms (fmal gives the product's exact remainder). */
static void product(long double a, long double b, long double *hi, long double *lo) {
  *hi = a * b;
  *lo = isfinite(*hi) ? fmal(a, b, -*hi) : 0;
}

void clact_q_eval(const clact_op *op, long double x, q_value *o) {
  const long double p0 = op->param[0], p1 = op->param[1];
  o->exact = 0;
  o->nnum = o->nden = 0;
  if (isnan(x)) {
    o->v = x;
    return;
  }
  switch (op->activation) {
  case CLACT_IDENTITY: exact1(o, x); return;
  case CLACT_RELU: exact1(o, x > 0 ? x : 0.0L); return;
  case CLACT_LEAKY_RELU:
    if (x < 0) {
      exact1(o, 0);
      product(x, p0, &o->num[0], &o->num[1]);
      o->nnum = 2;
      o->v = o->num[0];
    } else {
      exact1(o, x);
    }
    return;
  case CLACT_HARDTANH: exact1(o, x < p0 ? p0 : x > p1 ? p1 : x); return;
  case CLACT_RELU6: exact1(o, x <= 0 ? 0.0L : x > 6 ? 6.0L : x); return;
  case CLACT_THRESHOLD: exact1(o, x <= p0 ? p1 : x); return;
  case CLACT_HARDSHRINK: exact1(o, x >= -p0 && x <= p0 ? 0.0L : x); return;
  case CLACT_SOFTSHRINK:
    if (x > p0 || x < -p0) {
      const long double l = x > p0 ? -p0 : p0;
      exact1(o, x);
      o->num[1] = l, o->nnum = 2;
      o->v = x + l;
    } else {
      exact1(o, 0.0L);
    }
    return;
  case CLACT_HARDSIGMOID:
    if (x <= -3)
      exact1(o, 0.0L);
    else if (x >= 3)
      exact1(o, 1.0L);
    else {
      exact1(o, x);
      o->num[1] = 3, o->nnum = 2;
      o->den[0] = 6;
      o->v = (x + 3) / 6;
    }
    return;
  case CLACT_HARDSWISH:
    if (x <= -3)
      exact1(o, 0.0L);
    else if (x >= 3)
      exact1(o, x);
    else { /* x (x + 3) / 6 = (x^2 + 3x) / 6 */
      exact1(o, 0);
      product(x, x, &o->num[0], &o->num[1]);
      product(3, x, &o->num[2], &o->num[3]);
      o->nnum = 4;
      o->den[0] = 6;
      o->v = x * (x + 3) / 6;
    }
    return;
  case CLACT_SOFTSIGN:
    if (isinf(x))
      exact1(o, copysignl(1.0L, x));
    else {
      exact1(o, x);
      o->den[1] = fabsl(x), o->nden = 2;
      o->v = x / (1 + fabsl(x));
    }
    return;
  case CLACT_ELU:
    if (x > 0)
      exact1(o, x);
    else
      o->v = p0 * expm1l(x);
    return;
  case CLACT_CELU:
    if (x > 0)
      exact1(o, x);
    else
      o->v = p0 * expm1l(x / p0);
    return;
  case CLACT_SELU:
    if (x > 0) {
      exact1(o, 0);
      product(SELU_SCALE, x, &o->num[0], &o->num[1]);
      o->nnum = 2;
      o->v = SELU_SCALE * x;
    } else {
      o->v = SELU_SCALE * SELU_ALPHA * expm1l(x);
    }
    return;
  case CLACT_SIGMOID: o->v = logistic(x); return;
  case CLACT_TANH: o->v = tanhl(x); return;
  case CLACT_SWISH: {
    const long double s = logistic(p0 * x);
    o->v = s == 0 ? copysignl(0.0L, x) : x * s;
    return;
  }
  case CLACT_SOFTPLUS: o->v = log1pexp(p0 * x) / p0; return;
  case CLACT_GELU: o->v = isinf(x) ? (x > 0 ? x : -0.0L) : x * erfcl(-x * INV_SQRT2) / 2; return;
  case CLACT_GELU_TANH: {
    /* x (1 + tanh w) / 2 = x logistic(2w), w = sqrt(2/pi) (x + 0.044715 x^3) */
    const long double s = logistic(2 * SQRT_2_OVER_PI * (x + 0.044715L * x * x * x));
    o->v = s == 0 ? copysignl(0.0L, x) : x * s;
    return;
  }
  case CLACT_MISH: o->v = isinf(x) ? (x > 0 ? x : -0.0L) : x * tanhl(log1pexp(x)); return;
  case CLACT_LOGSIGMOID: o->v = -log1pexp(-x); return;
  case CLACT_TANHSHRINK: o->v = x_minus_tanh(x); return;
  case CLACT_GELU_QUICK: { /* x sigmoid(1.702 x), the constant as a double parameter holds it */
    const long double s = logistic((long double)1.702 * x);
    o->v = s == 0 ? copysignl(0.0L, x) : x * s;
    return;
  }
  case CLACT_RELU_SQUARED: /* x^2 as two terms, exact */
    if (x > 0) {
      exact1(o, 0);
      product(x, x, &o->num[0], &o->num[1]);
      o->nnum = 2;
      o->v = x * x;
    } else {
      exact1(o, 0.0L);
    }
    return;
  default: o->v = NAN; return;
  }
}

/* ---- the exact sign of a sum of long doubles ------------------------------------------ */
/* a + b = s + e exactly (Knuth's two-sum). */
static void two_sum(long double a, long double b, long double *s, long double *e) {
  *s = a + b;
  const long double bb = *s - a;
  *e = (a - (*s - bb)) + (b - bb);
}

/* The sign of t[0] + ... + t[n-1], exactly: the terms are grown into a non-overlapping
 * expansion (Shewchuk), whose largest non-zero component carries the sign. */
static int sum_sign(const long double *t, int n) {
  long double h[32];
  int m = 0;
  for (int i = 0; i < n; ++i) {
    long double q = t[i];
    for (int j = 0; j < m; ++j)
      two_sum(q, h[j], &q, &h[j]);
    h[m++] = q;
  }
  for (int j = m - 1; j >= 0; --j)
    if (h[j] != 0) return h[j] > 0 ? 1 : -1;
  return 0;
}

int clact_q_compare(const void *state, long double m) {
  const q_value *o = state;
  if (!o->exact) return o->v > m ? 1 : o->v < m ? -1 : 0;
  /* sign(num - m den), den > 0 */
  long double t[12];
  int n = 0;
  for (int i = 0; i < o->nnum; ++i)
    t[n++] = o->num[i];
  for (int i = 0; i < o->nden; ++i) {
    product(-m, o->den[i], &t[n], &t[n + 1]);
    n += 2;
  }
  return sum_sign(t, n);
}
