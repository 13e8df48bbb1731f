/* reference.c — the host reference: the mathematical definitions, evaluated in long
 * double with forms that are independent of the device's (cosh instead of exp ratios)
 * wherever that keeps the reference exact. */
#include "reference.h"

#include <float.h>
#include <math.h>
#include <string.h>

/* ---- per-activation definitions ---------------------------------------------------- */
static long double fwd_identity(long double x, const double *p) { return x; }
static long double bwd_identity(long double x, const double *p) { return 1.0L; }
static long double bwdy_identity(long double y, const double *p) { return 1.0L; }

static long double sigm(long double z) { return 1.0L / (1.0L + expl(-z)); }

static long double fwd_sigmoid(long double x, const double *p) { return sigm(x); }
static long double bwd_sigmoid(long double x, const double *p) {
  return 1.0L / (2.0L + 2.0L * coshl(x)); /* s(x) s(-x) */
}
static long double bwdy_sigmoid(long double y, const double *p) { return y * (1.0L - y); }

static long double fwd_tanh(long double x, const double *p) { return tanhl(x); }
static long double bwd_tanh(long double x, const double *p) {
  const long double c = coshl(x);
  return 1.0L / (c * c);
}
static long double bwdy_tanh(long double y, const double *p) { return (1.0L - y) * (1.0L + y); }

static long double fwd_relu(long double x, const double *p) { return x > 0 ? x : 0.0L; }
static long double bwd_relu(long double x, const double *p) { return x > 0 ? 1.0L : 0.0L; }
static long double bwdy_relu(long double y, const double *p) { return y > 0 ? 1.0L : 0.0L; }

/* a * b - hi exactly, hi = a * b rounded. Dekker's product: a and b split into 32-bit
 * halves (Veltkamp, 2^32 + 1), whose four products are exact in the 64-bit significand,
 * wherever no step can overflow or underflow; fmal elsewhere. glibc's fmal for x87 long
 * double saves, changes and restores the floating-point environment on every call: it was
 * over half of an exhaustive backward check's time (perf, gelu bwd). ctest
 * api.reference_product holds the two to the same bits. */
int ref_product_by_split(long double a, long double b, long double hi) {
  const long double big = 0x1p8000L, small = 0x1p-8000L;
  const long double fa = fabsl(a), fb = fabsl(b), fh = fabsl(hi);
  return fa < big && fb < big && fa > small && fb > small && fh > small && fh < big;
}

long double ref_product_error(long double a, long double b, long double hi) {
  if (ref_product_by_split(a, b, hi)) {
    const long double split = 0x1p32L + 1;
    const long double ta = split * a, ah = ta - (ta - a), al = a - ah;
    const long double tb = split * b, bh = tb - (tb - b), bl = b - bh;
    return ((ah * bh - hi) + ah * bl + al * bh) + al * bl;
  }
  return fmal(a, b, -hi);
}

/* a * b rounded to odd: the long double product keeps 64 of up to 106 bits, and rounding
 * that again to double could land on the wrong side of a midpoint. When bits were lost,
 * an even last bit is nudged toward them; odd values are never midpoints, so the second
 * rounding (to double or float) is then correct. */
static long double mul_exact(long double a, long double b) {
  const long double hi = a * b;
  if (!isfinite(hi) || hi == 0) return hi;
  const long double lo = ref_product_error(a, b, hi);
  if (lo == 0) return hi;
  int e;
  const long double m = frexpl(fabsl(hi), &e);
  const unsigned long long bits = (unsigned long long)ldexpl(m, 64);
  if (bits & 1) return hi;
  return nextafterl(hi, (lo > 0) ? INFINITY : -INFINITY);
}

static long double fwd_leaky_relu(long double x, const double *p) {
  return x < 0 ? mul_exact(x, p[0]) : x;
}
static long double bwd_leaky_relu(long double x, const double *p) { return x > 0 ? 1.0L : p[0]; }
static long double bwdy_leaky_relu(long double y, const double *p) { return y > 0 ? 1.0L : p[0]; }

static long double fwd_elu(long double x, const double *p) { return x > 0 ? x : p[0] * expm1l(x); }
static long double bwd_elu(long double x, const double *p) { return x > 0 ? 1.0L : p[0] * expl(x); }
static long double bwdy_elu(long double y, const double *p) { return y > 0 ? 1.0L : y + p[0]; }

static long double fwd_swish(long double x, const double *p) {
  const long double s = sigm((long double)p[0] * x);
  return s == 0 ? copysignl(0.0L, x) : x * s;
}
static long double bwd_swish(long double x, const double *p) {
  const long double z = (long double)p[0] * x, s = sigm(z), sn = sigm(-z);
  if (s == 0) return 0.0L;
  if (sn == 0) return s;
  return s * (1.0L + z * sn);
}

static long double fwd_softplus(long double x, const double *p) {
  const long double z = (long double)p[0] * x;
  const long double sp = z > 0 ? z + log1pl(expl(-z)) : log1pl(expl(z));
  return sp / p[0];
}
static long double bwd_softplus(long double x, const double *p) { return sigm(p[0] * x); }

/* Activations without backward from y never reach these. */
#define NO_BWDY(name)                                                                              \
  static long double bwdy_##name(long double y, const double *p) { return NAN; }
NO_BWDY(swish)
NO_BWDY(softplus)

/* ---- the activations after identity (docs/ACTIVATION_FORMS.md) ------------------------ */
/* The last bit of a finite non-zero long double, for rounding to odd. */
static int last_bit_odd(long double v) {
  int e;
  const long double m = frexpl(fabsl(v), &e);
  return (int)((unsigned long long)ldexpl(m, 64) & 1);
}

/* a + b rounded to odd, for the same reason as mul_exact: x - lambda of two doubles can
 * need more than 64 bits. */
static long double add_exact(long double a, long double b) {
  const long double s = a + b;
  if (!isfinite(s) || s == 0) return s;
  const long double bb = s - a;
  const long double err = (a - (s - bb)) + (b - bb);
  if (err == 0 || last_bit_odd(s)) return s;
  return nextafterl(s, err > 0 ? INFINITY : -INFINITY);
}

static const long double SQRT1_2L = 0.707106781186547524400844362104849039L;
static const long double SQRT2PIL = 2.506628274631000502415765284811045253L;
static const long double SQRT2_PIL = 0.797884560802865355879892119868763737L; /* sqrt(2/pi) */

/* gelu: x Phi(x), Phi(x) = erfc(-x / sqrt 2) / 2 (no 1 + erf that cancels for x < 0). */
static long double fwd_gelu(long double x, const double *p) {
  if (isinf(x)) return x > 0 ? x : -0.0L;
  return 0.5L * x * erfcl(-x * SQRT1_2L);
}
static long double bwd_gelu(long double x, const double *p) {
  if (isinf(x)) return x > 0 ? 1.0L : 0.0L;
  return 0.5L * erfcl(-x * SQRT1_2L) + x * expl(-0.5L * x * x) / SQRT2PIL;
}

/* gelu_tanh: x (1 + tanh z) / 2 = x sigmoid(2z), z = sqrt(2/pi) (x + 0.044715 x^3). */
static long double gelu_w(long double x) { return 2 * SQRT2_PIL * (x + 0.044715L * x * x * x); }
static long double fwd_gelu_tanh(long double x, const double *p) {
  const long double s = sigm(gelu_w(x));
  return s == 0 ? copysignl(0.0L, x) : x * s;
}
static long double bwd_gelu_tanh(long double x, const double *p) {
  if (isinf(x)) return x > 0 ? 1.0L : 0.0L;
  const long double w = gelu_w(x), s = sigm(w), sn = sigm(-w);
  const long double dw = 2 * SQRT2_PIL * (1 + 3 * 0.044715L * x * x);
  if (s == 0) return 0.0L;
  return s * (1 + x * dw * sn);
}

/* selu: PyTorch's constants. */
static const long double SELU_ALPHA = 1.6732632423543772848170429916717L;
static const long double SELU_SCALE = 1.0507009873554804934193349852946L;
static long double fwd_selu(long double x, const double *p) {
  return x > 0 ? SELU_SCALE * x : SELU_SCALE * SELU_ALPHA * expm1l(x);
}
static long double bwd_selu(long double x, const double *p) {
  return x > 0 ? SELU_SCALE : SELU_SCALE * SELU_ALPHA * expl(x);
}
/* scale * alpha as a long double pair: near y = -scale alpha (a saturated double y),
 * y + scale alpha keeps only the bits of the pair beyond the double's. */
static const long double SELU_SA_HI = 1.758099340847376859989747L;
static const long double SELU_SA_LO = -4.9529079475610480965e-20L;
static long double bwdy_selu(long double y, const double *p) {
  return y > 0 ? SELU_SCALE : (y + SELU_SA_HI) + SELU_SA_LO;
}

/* celu: x if x > 0 else alpha (e^(x / alpha) - 1). */
static long double fwd_celu(long double x, const double *p) {
  return x > 0 ? x : p[0] * expm1l(x / p[0]);
}
static long double bwd_celu(long double x, const double *p) {
  return x > 0 ? 1.0L : expl(x / p[0]);
}
/* (y + alpha) / alpha: exact near y = -alpha, where 1 + y / alpha would keep only the
 * rounding of the quotient. */
static long double bwdy_celu(long double y, const double *p) {
  return y > 0 ? 1.0L : (y + p[0]) / p[0];
}

/* mish: x tanh(softplus(x)). */
static long double softplus1(long double x) {
  return x > 0 ? x + log1pl(expl(-x)) : log1pl(expl(x));
}
static long double fwd_mish(long double x, const double *p) {
  if (isinf(x)) return x > 0 ? x : -0.0L;
  return x * tanhl(softplus1(x));
}
static long double bwd_mish(long double x, const double *p) {
  if (isinf(x)) return x > 0 ? 1.0L : 0.0L;
  const long double sp = softplus1(x), c = coshl(sp);
  return tanhl(sp) + x * sigm(x) / (c * c);
}

/* hardswish: x relu6(x + 3) / 6; f' as PyTorch: 0 below -3, x/3 + 1/2 on [-3, 3], 1 above. */
static long double fwd_hardswish(long double x, const double *p) {
  return x <= -3 ? 0.0L : x >= 3 ? x : x * (x + 3) / 6;
}
static long double bwd_hardswish(long double x, const double *p) {
  return x < -3 ? 0.0L : x <= 3 ? (2 * x + 3) / 6 : 1.0L;
}

/* hardsigmoid: relu6(x + 3) / 6; f' = 1/6 on the open interval (-3, 3) as PyTorch. */
static long double fwd_hardsigmoid(long double x, const double *p) {
  return x <= -3 ? 0.0L : x >= 3 ? 1.0L : (x + 3) / 6;
}
static long double bwd_hardsigmoid(long double x, const double *p) {
  return x > -3 && x < 3 ? 1.0L / 6 : 0.0L;
}
static long double bwdy_hardsigmoid(long double y, const double *p) {
  return y > 0 && y < 1 ? 1.0L / 6 : 0.0L;
}

/* hardtanh: clamp to [min_val, max_val]; f' = 1 on the open interval as PyTorch. */
static long double fwd_hardtanh(long double x, const double *p) {
  return x < p[0] ? p[0] : x > p[1] ? p[1] : x;
}
static long double bwd_hardtanh(long double x, const double *p) {
  return x > p[0] && x < p[1] ? 1.0L : 0.0L;
}
static long double bwdy_hardtanh(long double y, const double *p) { return bwd_hardtanh(y, p); }

static long double fwd_relu6(long double x, const double *p) {
  return x <= 0 ? 0.0L : x > 6 ? 6.0L : x;
}
static long double bwd_relu6(long double x, const double *p) {
  return x > 0 && x < 6 ? 1.0L : 0.0L;
}
static long double bwdy_relu6(long double y, const double *p) { return bwd_relu6(y, p); }

/* softsign: x / (1 + |x|). */
static long double fwd_softsign(long double x, const double *p) {
  return isinf(x) ? copysignl(1.0L, x) : x / (1 + fabsl(x));
}
static long double bwd_softsign(long double x, const double *p) {
  const long double d = 1 + fabsl(x);
  return 1 / (d * d);
}
static long double bwdy_softsign(long double y, const double *p) {
  const long double d = 1 - fabsl(y);
  return d * d;
}

/* logsigmoid: log sigmoid(x) = -softplus(-x); f' = sigmoid(-x) = 1 - e^y. */
static long double fwd_logsigmoid(long double x, const double *p) { return -softplus1(-x); }
static long double bwd_logsigmoid(long double x, const double *p) { return sigm(-x); }
static long double bwdy_logsigmoid(long double y, const double *p) { return -expm1l(y); }

/* tanhshrink: x - tanh x; its Taylor series near 0, where even long double cancels. */
static long double fwd_tanhshrink(long double x, const double *p) {
  if (fabsl(x) >= 0.125L) return x - tanhl(x);
  static const long double c[] = {
      1.0L / 3,         -2.0L / 15,          17.0L / 315,           -62.0L / 2835,
      1382.0L / 155925, -21844.0L / 6081075, 929569.0L / 638512875, -6404582.0L / 10854718875.0L};
  const long double u = x * x;
  long double s = 0;
  for (int i = 7; i >= 0; --i)
    s = s * u + c[i];
  return x * u * s;
}
static long double bwd_tanhshrink(long double x, const double *p) {
  const long double t = tanhl(x);
  return t * t;
}

/* softshrink: x - lambda above lambda, x + lambda below -lambda, else 0. */
static long double fwd_softshrink(long double x, const double *p) {
  return x > p[0] ? add_exact(x, -p[0]) : x < -p[0] ? add_exact(x, p[0]) : 0.0L;
}
static long double bwd_softshrink(long double x, const double *p) {
  return x >= -p[0] && x <= p[0] ? 0.0L : 1.0L;
}
static long double bwdy_softshrink(long double y, const double *p) { return y != 0 ? 1.0L : 0.0L; }

/* hardshrink: x outside [-lambda, lambda], else 0. */
static long double fwd_hardshrink(long double x, const double *p) {
  return x >= -p[0] && x <= p[0] ? 0.0L : x;
}
static long double bwd_hardshrink(long double x, const double *p) {
  return x >= -p[0] && x <= p[0] ? 0.0L : 1.0L;
}
static long double bwdy_hardshrink(long double y, const double *p) { return y != 0 ? 1.0L : 0.0L; }

/* threshold: x above the threshold, else value. */
static long double fwd_threshold(long double x, const double *p) { return x <= p[0] ? p[1] : x; }
static long double bwd_threshold(long double x, const double *p) { return x <= p[0] ? 0.0L : 1.0L; }

/* ---- rows added with issue #16 ---- */
/* gelu_quick: x sigmoid(1.702 x), the constant as the compute type holds it (p[0], set
 * by kernel_params) */
static long double fwd_gelu_quick(long double x, const double *p) { return fwd_swish(x, p); }
static long double bwd_gelu_quick(long double x, const double *p) { return bwd_swish(x, p); }
/* relu_squared: relu(x)^2, f' = 2x for x > 0 (0 at 0) */
static long double fwd_relu_squared(long double x, const double *p) {
  return x > 0 ? mul_exact(x, x) : 0.0L; /* rounded to odd: f64 x * x needs 106 bits */
}
static long double bwd_relu_squared(long double x, const double *p) { return x > 0 ? 2 * x : 0.0L; }
NO_BWDY(gelu_quick)
NO_BWDY(relu_squared)

NO_BWDY(gelu)
NO_BWDY(gelu_tanh)
NO_BWDY(mish)
NO_BWDY(hardswish)
NO_BWDY(tanhshrink)
NO_BWDY(threshold)

/* ---- dispatch through the table ------------------------------------------------------ */
typedef long double (*unary)(long double, const double *);
static const unary fwd_table[] = {
#define F(E, name, ...) fwd_##name,
    CLACT_ACTIVATIONS(F)
#undef F
};
static const unary bwd_table[] = {
#define B(E, name, ...) bwd_##name,
    CLACT_ACTIVATIONS(B)
#undef B
};
static const unary bwdy_table[] = {
#define BY(E, name, ...) bwdy_##name,
    CLACT_ACTIVATIONS(BY)
#undef BY
};

/* Parameters as the kernel sees them: float for every storage type but f64. GCC 12 at
 * -O2 was seen to drop the (float) rounding here (the comparison against the kernels
 * then failed by an ulp); the volatile keeps it. */
static void kernel_params(const clact_op *op, double p[2]) {
  for (int i = 0; i < 2; ++i) {
    volatile float narrow = (float)op->param[i]; /* see the note above */
    p[i] = op->dtype == CLACT_F64 ? op->param[i] : (double)narrow;
  }
  if (op->activation == CLACT_GELU_QUICK) { /* its constant, held as a parameter would be */
    volatile float narrow = 1.702f;
    p[0] = op->dtype == CLACT_F64 ? 1.702 : (double)narrow;
  }
}

long double ref_forward(const clact_op *op, long double x) {
  double p[2];
  kernel_params(op, p);
  if (isnan(x)) return x;
  return fwd_table[op->activation](x, p);
}

long double ref_backward(const clact_op *op, long double x, long double dy) {
  double p[2];
  kernel_params(op, p);
  if (isnan(x) || isnan(dy)) return NAN;
  return mul_exact(dy, bwd_table[op->activation](x, p));
}

long double ref_backward_from_y(const clact_op *op, long double y, long double dy) {
  double p[2];
  kernel_params(op, p);
  if (isnan(y) || isnan(dy)) return NAN;
  return mul_exact(dy, bwdy_table[op->activation](y, p));
}

/* ---- storage types --------------------------------------------------------------------- */
uint16_t ref_float_to_half(float f) {
  uint32_t u;
  memcpy(&u, &f, 4);
  const uint32_t sign = (u >> 16) & 0x8000u;
  const uint32_t au = u & 0x7fffffffu;
  if (au > 0x7f800000u) return (uint16_t)(sign | 0x7e00u | ((au >> 13) & 0x3ffu)); /* NaN */
  if (au >= 0x477ff000u) return (uint16_t)(sign | 0x7c00u); /* rounds to inf (>= 65520) */
  if (au < 0x38800000u) { /* subnormal half (or zero): round |f| / 2^-24 to an integer */
    const float scaled = fabsf(f) * 16777216.0f; /* exact: a power-of-two scale */
    return (uint16_t)(sign | (uint32_t)nearbyintf(scaled));
  }
  uint32_t m = au + 0xc8000fffu + ((au >> 13) & 1u); /* rebias exponent, round even */
  return (uint16_t)(sign | (m >> 13));
}

float ref_half_to_float(uint16_t h) {
  const uint32_t sign = (uint32_t)(h & 0x8000u) << 16;
  const uint32_t e = (h >> 10) & 0x1fu, m = h & 0x3ffu;
  float f;
  if (e == 0)
    f = ldexpf((float)m, -24);
  else if (e == 31)
    f = m ? NAN : INFINITY;
  else
    f = ldexpf((float)(m | 0x400u), (int)e - 25);
  uint32_t u;
  memcpy(&u, &f, 4);
  u |= sign;
  memcpy(&f, &u, 4);
  return f;
}

uint16_t ref_float_to_bf16(float f) {
  uint32_t u;
  memcpy(&u, &f, 4);
  if (isnan(f)) return (uint16_t)((u >> 16) | 0x40u);
  return (uint16_t)((u + 0x7fffu + ((u >> 16) & 1u)) >> 16);
}

float ref_bf16_to_float(uint16_t b) {
  const uint32_t u = (uint32_t)b << 16;
  float f;
  memcpy(&f, &u, 4);
  return f;
}

long double ref_load(clact_dtype t, const void *a, size_t i) {
  switch (t) {
  case CLACT_F32: return ((const float *)a)[i];
  case CLACT_F16: return ref_half_to_float(((const uint16_t *)a)[i]);
  case CLACT_BF16: return ref_bf16_to_float(((const uint16_t *)a)[i]);
  default: return ((const double *)a)[i];
  }
}

void ref_store(clact_dtype t, void *a, size_t i, long double v) {
  switch (t) {
  case CLACT_F32: ((float *)a)[i] = (float)v; break;
  case CLACT_F16: ((uint16_t *)a)[i] = ref_float_to_half((float)v); break;
  case CLACT_BF16: ((uint16_t *)a)[i] = ref_float_to_bf16((float)v); break;
  default: ((double *)a)[i] = (double)v; break;
  }
}

long double ref_round(clact_dtype t, long double v) {
  switch (t) {
  case CLACT_F32: return (float)v;
  case CLACT_F16: return ref_half_to_float(ref_float_to_half((float)v));
  case CLACT_BF16: return ref_bf16_to_float(ref_float_to_bf16((float)v));
  default: return (double)v;
  }
}

typedef struct format {
  int digits;      /* significand bits, the implicit one included */
  int min_exp;     /* exponent of the smallest normal */
  long double max; /* largest finite value */
} format;

static format format_of(clact_dtype t) {
  switch (t) {
  case CLACT_F16: return (format){11, -14, 65504.0L};
  case CLACT_BF16: return (format){8, -126, 0x1.fep127L};
  case CLACT_F64: return (format){53, -1022, DBL_MAX};
  default: return (format){24, -126, FLT_MAX};
  }
}

/* max + ulp(max)/2: a finite value at or beyond it rounds to infinity in f. */
static long double overflow_edge(format f) { return f.max + ref_pow2(ilogbl(f.max) - f.digits); }

static long double ulp_of(clact_dtype t, long double r) {
  const format f = format_of(t);
  const long double ar = fabsl(r);
  const int e = ar >= ref_pow2(f.min_exp) ? ilogbl(ar) : f.min_exp;
  return ref_pow2(e - f.digits + 1);
}

double ulp_error(clact_dtype t, long double got, long double ref) {
  if (isnan(ref) || isnan(got)) return isnan(ref) && isnan(got) ? 0.0 : INFINITY;
  if (isinf(ref)) return got == ref ? 0.0 : INFINITY;
  const format f = format_of(t);
  if (isinf(got) || fabsl(ref) > f.max) {
    /* At the top of the range. A finite reference at or beyond max + ulp/2 rounds to
     * infinity; otherwise infinity counts as 2^(emax + 1), one ulp above the largest
     * finite value, so that an error of a few ulps may cross the overflow threshold. */
    const long double limit = overflow_edge(f);
    if (isinf(got) && (got > 0) == (ref > 0) && fabsl(ref) >= limit) return 0.0;
    const long double top = ref_pow2(ilogbl(f.max) + 1);
    const long double g = isinf(got) ? copysignl(top, got) : got;
    if ((g > 0) != (ref > 0)) return INFINITY;
    return (double)(fabsl(g - ref) / ulp_of(t, f.max));
  }
  const long double ulp = ulp_of(t, ref);
  return (double)(fabsl(got - ref) / ulp);
}

/* ---- what the contract needs to know of each row, beyond its formulas ---------------- */
typedef struct row_traits {
  unsigned slope_never_zero : 1; /* f' != 0 at every finite float x (see ref_judge) */
  unsigned x_is_factor : 1;      /* forward: f(x) ~ c x * g(x) for large |x|, so x counts
                                  * among the factors of the large-factor domain */
  unsigned constant_rounded : 1; /* a constant the compute type rounds (gelu_quick's 1.702):
                                  * one more rounding, as another parameter would add */
} row_traits;
/* Rows not listed have none of these. */
static const row_traits traits[CLACT_ACTIVATION_COUNT] = {
    [CLACT_SIGMOID] = {.slope_never_zero = 1},
    [CLACT_TANH] = {.slope_never_zero = 1},
    [CLACT_SWISH] = {.slope_never_zero = 1, .x_is_factor = 1},
    [CLACT_SOFTPLUS] = {.slope_never_zero = 1},
    [CLACT_GELU] = {.slope_never_zero = 1},
    [CLACT_GELU_TANH] = {.slope_never_zero = 1, .x_is_factor = 1},
    [CLACT_SELU] = {.slope_never_zero = 1},
    [CLACT_CELU] = {.slope_never_zero = 1},
    [CLACT_MISH] = {.slope_never_zero = 1, .x_is_factor = 1},
    [CLACT_LOGSIGMOID] = {.slope_never_zero = 1},
    [CLACT_GELU_QUICK] = {.slope_never_zero = 1, .x_is_factor = 1, .constant_rounded = 1},
};

/* ---- the accuracy contract --------------------------------------------------------- */
const char *ref_dir_name(ref_dir d) { return d == REF_FWD ? "fwd" : d == REF_BWD ? "bwd" : "bwdy"; }

double ref_bound_ulp(clact_activation a, ref_dir d, clact_dtype t) {
  return ref_bound_ulp_for(a, d, t, 1);
}

double ref_bound_ulp_for(clact_activation a, ref_dir d, clact_dtype t, int default_params) {
  static const int exactness[] = {
#define EX(E, name, p0n, p0d, p1n, p1d, dom, fy, ex) ex,
      CLACT_ACTIVATIONS(EX)
#undef EX
  };
  if (exactness[a] == CLACT_EXACT) return 0.0;
  if (t == CLACT_F16 || t == CLACT_BF16) return 1.0;
  /* Other parameters add the rounding of beta x / beta and of alpha * (...). */
  const double extra = default_params && !traits[a].constant_rounded ? 0.0 : 1.0;
  return (d == REF_FWD ? (t == CLACT_F64 ? 4.0 : 2.0) : 4.0) + extra;
}

static int has_default_params(const clact_op *op) {
  for (int i = 0; i < 2; ++i) {
    double def = 0;
    if (clact_activation_param(op->activation, i, NULL, &def) == CLACT_SUCCESS &&
        op->param[i] != def)
      return 0;
  }
  return 1;
}

void ref_find_derivative_zeros(const clact_op *op, ref_zeros *z) {
  z->count = 0;
  /* swish: its zero, x = -1.2785 / beta, lies where z = beta x = -1.2785, and the
   * window where no relative bound is possible is the same in z at every beta: x scans
   * [-20, 20] / |beta| and the window is 0.05 / |beta| (until s16contract [-20, 20] and
   * 0.05 in x: the scan missed the zero below beta 0.064 and above about 2^20, and judged
   * its neighbours by the relative bound, and a found zero's window was beta times wider
   * in z than beta 1's) */
  double p[2];
  kernel_params(op, p);
  const long double s =
      op->activation == CLACT_SWISH && p[0] != 0 && isfinite(p[0]) ? fabsl((long double)p[0]) : 1;
  z->width = 0.05L / s;
  const long double step = 1.0L / 128 / s;
  long double prev = ref_backward(op, -20.0L / s, 1.0L);
  for (long double x = -20.0L / s + step; x <= 20.0L / s && z->count < 8; x += step) {
    const long double cur = ref_backward(op, x, 1.0L);
    if ((prev < 0 && cur > 0) || (prev > 0 && cur < 0)) {
      long double lo = x - step, hi = x;
      for (int i = 0; i < 60; ++i) {
        const long double mid = (lo + hi) / 2, fm = ref_backward(op, mid, 1.0L);
        if ((fm < 0) == (prev < 0))
          lo = mid;
        else
          hi = mid;
      }
      /* a jump across 0 is no zero (elu's or leaky_relu's negative parameter: f' = alpha
       * e^x below 0, 1 above): f' stays away from 0 on both sides of the bracket, where
       * at a zero at least one side comes within 2^-20 of the scan's magnitudes */
      const long double fl = fabsl(ref_backward(op, lo, 1.0L));
      const long double fh = fabsl(ref_backward(op, hi, 1.0L));
      const long double big = fabsl(prev) > fabsl(cur) ? fabsl(prev) : fabsl(cur);
      if ((fl < fh ? fl : fh) <= ldexpl(big, -20)) z->at[z->count++] = (lo + hi) / 2;
    }
    prev = cur;
  }
}

/* f' is 0 at no float x: each term carries an exponential, and where f' crosses zero it
 * does so between floats. The rule on an infinite dy below relies on it. */
static int derivative_never_zero(const clact_op *op) {
  if (op->activation == CLACT_ELU) return op->param[0] != 0; /* alpha = 0: f' = 0 below 0 */
  return traits[op->activation].slope_never_zero;
}

int ref_judge(const clact_op *op, ref_dir d, const ref_zeros *z, long double x, long double dy,
              long double got, long double ref, double *ulps) {
  const double bound = ref_bound_ulp_for(op->activation, d, op->dtype, has_default_params(op));
  /* dy = +-inf where f' > 0 is too small for long double (|z| > 11355): the reference's
   * inf * 0 is NaN, the exact product +-inf; either is accepted */
  if (d == REF_BWD && isinf(dy) && isnan(ref) && isfinite(x) && (isnan(got) || isinf(got)) &&
      derivative_never_zero(op) && ref_backward(op, x, 1) == 0) {
    *ulps = 0;
    return 1;
  }
  if (d != REF_FWD && isfinite(x) && isfinite(dy) && isfinite(got) && isfinite(ref)) {
    for (int i = 0; z && i < z->count; ++i) {
      if (fabsl(x - z->at[i]) <= z->width) {
        /* the absolute rule, plus the rounding of the result to the storage type */
        const long double tol =
            fabsl(dy) * ref_pow2(op->dtype == CLACT_F64 ? -52 : -23) + ulp_of(op->dtype, ref) / 2;
        *ulps = 0;
        return fabsl(got - ref) <= tol;
      }
    }
  }
  /* Bit-exact activations are held to the kernel's own arithmetic: exact, rounded to
   * float (f16 and bf16 compute in float), then to the storage type. */
  const long double expect =
      op->dtype == CLACT_F64 ? ref_round(CLACT_F64, ref) : ref_round(op->dtype, (float)ref);
  *ulps = ulp_error(op->dtype, got, bound == 0 ? expect : ref);
  return *ulps <= bound;
}

long double ref_fwd_tolerance(const clact_op *op, long double f) {
  const double bound =
      ref_bound_ulp_for(op->activation, REF_FWD, op->dtype, has_default_params(op));
  /* a bit-exact row returns f rounded once to the compute type: half an ulp */
  const format fm = format_of(op->dtype);
  const long double a = fabsl(f) > fm.max ? fm.max : f; /* past the top: the top's ulp */
  return (bound == 0 ? 0.5 : bound) * ulp_of(op->dtype, a);
}

/* ---- blending, and the domain of large factors ------------------------------------------ */
/* The small-factor rule (docs/ACCURACY.md, "Large factors"): the factors join a scaled
 * value m (at least 2^-SC_SPLIT, float's 2^-110) in order, and where the running product
 * has fallen below 2^-10 a later rise (a factor above 1: b, dy, alpha) would bring back a
 * value that rounded in the subnormal range. seq holds the factors' magnitudes in the
 * order the kernels join them; 1 where the value stays in range. */
static int small_then_rise(const long double *seq, int n) {
  long double run = 1, low = 1;
  for (int i = 0; i < n; ++i) {
    run *= seq[i];
    if (run > low && low < 0x1p-10L) return 0;
    if (run < low) low = run;
  }
  return 1;
}

int ref_in_domain(const clact_op *op, ref_dir d, long double x, long double dy, long double b) {
  const long double limit = op->dtype == CLACT_F64 ? 0x1p1800L : 0x1p200L;
  double p[2];
  kernel_params(op, p);
  const long double alpha = op->dtype == CLACT_F64 ? op->alpha : (float)op->alpha;
  const clact_activation a = op->activation;
  /* dy (backward only) and then a gate's b join after the value (db = alpha dy g(a) is a
   * forward with dy as its b; 1 for a plain call). Infinities are exact in every product:
   * only finite, nonzero factors count. */
  const long double g = d != REF_FWD && isfinite(dy) && dy != 0 ? fabsl(dy) : 1;
  const long double gb = isfinite(b) && b != 0 ? fabsl(b) : 1;
  /* alpha joins last: the product before it counts as well (alpha = 0 does not take an
   * overflowing dy * elu's alpha back) */
  long double prod = (fabsl(alpha) > 1 ? fabsl(alpha) : 1) * g * gb;
  if (d == REF_FWD && traits[a].x_is_factor && isfinite(x) && fabsl(x) > 1) prod *= fabsl(x);
  if (d == REF_FWD && a == CLACT_SOFTPLUS && p[0] > 0) prod /= p[0];
  if (d != REF_FWD && a == CLACT_ELU) prod *= fabsl((long double)p[0]);
  if (!(prod <= limit)) return 0;
  /* gelu in float ends its fits at x = -15, where f and f' are below 2^-159: only factors
   * that keep them below half the smallest subnormal */
  if (a == CLACT_GELU && op->dtype != CLACT_F64 && x < -15 && prod > 0x1p8L) return 0;
  /* The factors in the order they join. Forward: x below 1 for the rows whose x
   * multiplies the exponential (swish, mish, gelu_tanh, gelu_quick: m about 2^-SC_SPLIT
   * times x); the value f(x) itself below 2^-10 for the bit-exact rows, which hold it as
   * it is (no exponent apart: leaky_relu's slope x, hardtanh's min_val); x below 2^-10 for
   * the other rows with f(0) = 0 (f of a tiny x is about c x; not for sigmoid, softplus,
   * ...: their f(tiny x) is about f(0)); then elu's and celu's alpha below 1 (x < 0:
   * alpha (e^.. - 1)). Backward: elu's alpha below 1 (x < 0: alpha e^x). Then dy, b and
   * alpha. A parameter above 1 is no rise: elu's expm1 of a tiny x is x itself, exact,
   * and celu takes x itself where x / alpha is tiny (kernels/act_exp.cl,
   * CELU_TINY_RATIO). */
  long double seq[5];
  int n = 0;
  if (d == REF_FWD && !isnan(x)) {
    clact_op f = *op;
    f.alpha = 1;
    if (ref_bound_ulp_for(a, REF_FWD, op->dtype, 1) == 0) {
      /* (the bit-exact rows' value at x = +-inf too: hardtanh's min_val); the other rows
       * take no reference value here, which the callers evaluate once for the judge */
      const long double v = fabsl(ref_forward(&f, x));
      if (v != 0 && v < 0x1p-10L) seq[n++] = v;
    } else if (x != 0 && fabsl(x) < (traits[a].x_is_factor ? 1 : 0x1p-10L) &&
               ref_forward(&f, 0) == 0) {
      seq[n++] = fabsl(x);
    }
  }
  const int alpha_factor = (a == CLACT_ELU || (a == CLACT_CELU && d == REF_FWD)) && x < 0;
  if (alpha_factor && p[0] != 0 && fabsl((long double)p[0]) < 1)
    seq[n++] = fabsl((long double)p[0]);
  seq[n++] = g;
  seq[n++] = gb;
  seq[n++] = fabsl(alpha) > 0 ? fabsl(alpha) : 1;
  return small_then_rise(seq, n);
}

/* The blend judge of a plain row (gated 0) or of a gated call (gated 1: f = g(a) b or its
 * backward, dy the scale, ref_judge_gated's bound and its absolute rule near g''s zero). */
static int judge_blend(const clact_op *op, ref_dir d, const ref_zeros *z, long double x,
                       long double dy, long double f, long double old, long double got,
                       double *ulps, int gated) {
  const clact_dtype t = op->dtype, c = t == CLACT_F64 ? CLACT_F64 : CLACT_F32;
  /* alpha and beta as the kernel sees them */
  const long double alpha = c == CLACT_F64 ? op->alpha : (float)op->alpha;
  const long double beta = c == CLACT_F64 ? op->beta : (float)op->beta;
  if (alpha == 1 && beta == 0)
    return gated ? ref_judge_gated(op, d, z, x, dy, got, f, ulps)
                 : ref_judge(op, d, z, x, dy, got, f, ulps);
  /* dy = +-inf where f' > 0 underflows long double: as in ref_judge */
  if (!gated && d == REF_BWD && isinf(dy) && isnan(f) && isfinite(x) &&
      (isnan(got) || isinf(got)) && derivative_never_zero(op) && ref_backward(op, x, 1) == 0) {
    *ulps = 0;
    return 1;
  }
  const double bound = gated ? ref_bound_ulp_gated(op, d)
                             : ref_bound_ulp_for(op->activation, d, t, has_default_params(op));
  int e;
  /* a power of two scales f exactly: the same bound, in ulps of alpha f (unless f alone
   * leaves the compute type's range: alpha joins last, as below) */
  if (beta == 0 && bound > 0 && isfinite(alpha) && fabsl(frexpl(alpha, &e)) == 0.5L &&
      !(fabsl(f) > format_of(c).max))
    return gated ? ref_judge_gated(op, d, z, x, dy * fabsl(alpha), got, alpha * f, ulps)
                 : ref_judge(op, d, z, x, dy * fabsl(alpha), got, alpha * f, ulps);
  /* Otherwise: f's own tolerance times |alpha|, plus one rounding of each product and of
   * the sum in the compute type, plus the rounding to the storage type. */
  long double ftol = bound * ulp_of(t, f);
  if (d != REF_FWD && isfinite(x) && isfinite(dy) && isfinite(f))
    for (int i = 0; z && i < z->count; ++i)
      if (fabsl(x - z->at[i]) <= z->width)
        ftol = gated ? fabsl(dy) * ref_pow2(t == CLACT_F64 ? -51 : -22) + ulp_of(t, f)
                     : fabsl(dy) * ref_pow2(t == CLACT_F64 ? -52 : -23) + ulp_of(t, f) / 2;
  const long double a = alpha * f, b = beta == 0 ? 0 : beta * old, r = a + b;
  *ulps = 0;
  if (isnan(r)) return isnan(got);
  /* A product that leaves the compute type's range is that infinity, whatever the other
   * term: inf + finite, or inf - inf = NaN; with the sum contracted into an fma (OpenCL's
   * default) the other product does not round, so either infinity may win
   * (docs/ACCURACY.md) */
  const format fc = format_of(c);
  const long double cedge = overflow_edge(fc);
  /* alpha f counts as overflowing only beyond its own tolerance (f' may exceed 1 by less
   * than its bound, as swish' = 1 + 5e-8 at x = 20) */
  /* alpha joins last: f (or dy f') that overflows alone stays infinite whatever alpha (and
   * is NaN for alpha = 0) */
  const int fo = fabsl(f) - ftol >= cedge;
  if (fo && alpha == 0) return isnan(got);
  const int ia = fo || fabsl(a) - fabsl(alpha) * (ftol + ulp_of(c, f)) >= cedge;
  const int ib = fabsl(b) >= cedge;
  if (ia || ib) {
    const int opposite = ia && ib && (a > 0) != (b > 0);
    if (isnan(got)) return opposite;
    return (ia && got == copysignl(INFINITY, a)) || (ib && got == copysignl(INFINITY, b));
  }
  if (isnan(got)) return 0;
  if (isinf(r)) return got == r;
  const long double tol = fabsl(alpha) * (ftol + ulp_of(c, f) / 2) + ulp_of(c, a) / 2 +
                          ulp_of(c, b) / 2 + ulp_of(c, r) / 2 + ulp_of(t, r) / 2;
  const format fm = format_of(t);
  const long double edge = overflow_edge(fm);
  if (fabsl(r) - tol >= edge) return got == copysignl(INFINITY, r);
  if (isinf(got)) return (got > 0) == (r > 0) && fabsl(r) + tol >= edge;
  *ulps = (double)(fabsl(got - r) / ulp_of(t, r));
  return fabsl(got - r) <= tol;
}

int ref_judge_blend(const clact_op *op, ref_dir d, const ref_zeros *z, long double x,
                    long double dy, long double f, long double old, long double got, double *ulps) {
  return judge_blend(op, d, z, x, dy, f, old, got, ulps, 0);
}

/* ---- gated activations (docs/ACCURACY.md, "Gated activations") ------------------------- */
double ref_bound_ulp_gated(const clact_op *op, ref_dir d) {
  const double gate = ref_bound_ulp_for(op->activation, d, op->dtype, has_default_params(op));
  return 2 * (gate > 0.5 ? gate : 0.5) + 1;
}

int ref_judge_gated(const clact_op *op, ref_dir d, const ref_zeros *z, long double a,
                    long double scale, long double got, long double ref, double *ulps) {
  *ulps = ulp_error(op->dtype, got, ref);
  if (*ulps <= ref_bound_ulp_gated(op, d)) return 1;
  for (int i = 0; d == REF_BWD && z && i < z->count; ++i)
    if (fabsl(a - z->at[i]) <= z->width && isfinite(got) &&
        fabsl(got - ref) <=
            fabsl(scale) * ref_pow2(op->dtype == CLACT_F64 ? -51 : -22) + ulp_of(op->dtype, ref)) {
      *ulps = 0;
      return 1;
    }
  return 0;
}

int ref_judge_gated_blend(const clact_op *op, ref_dir d, const ref_zeros *z, long double a,
                          long double scale, long double f, long double old, long double got,
                          double *ulps) {
  return judge_blend(op, d, z, a, scale, f, old, got, ulps, 1);
}
