/* quant_format.c — the 8-bit formats (and the float outputs of a table): decoding a code,
 * and rounding a value once, correctly, to a format. The rounding never trusts the long
 * double approximation near a midpoint: it brackets the value between two neighbouring
 * representable values L < U and asks the caller's comparison on which side of their
 * midpoint the exact value lies (docs/QUANTIZED.md, "Correct rounding"). */
#include "quant.h"

#include <math.h>

/* A binary floating-point format: p fraction bits, exponent field of ebits with bias,
 * smallest normal exponent 1 - bias, largest finite value max; satfinite: overflow (and
 * infinity) gives +-max instead of infinity (OCP E4M3FN, which has no infinity). */
typedef struct binfmt {
  int p, ebits, bias;
  long double max;
  int satfinite;
  unsigned long long nan; /* the quiet NaN it returns */
} binfmt;

static const binfmt fmt_f32 = {23, 8, 127, 0x1.fffffep127L, 0, 0x7fc00000u};
static const binfmt fmt_f16 = {10, 5, 15, 65504.0L, 0, 0x7e00u};
static const binfmt fmt_bf16 = {7, 8, 127, 0x1.fep127L, 0, 0x7fc0u};
static const binfmt fmt_f64 = {52, 11, 1023, 0x1.fffffffffffffp1023L, 0, 0x7ff8000000000000ull};
static const binfmt fmt_e4m3 = {3, 4, 7, 448.0L, 1, 0x7fu};
static const binfmt fmt_e5m2 = {2, 5, 15, 57344.0L, 0, 0x7eu};

static const binfmt *format_of(clact_dtype t) {
  switch (t) {
  case CLACT_F32: return &fmt_f32;
  case CLACT_F16: return &fmt_f16;
  case CLACT_BF16: return &fmt_bf16;
  case CLACT_F64: return &fmt_f64;
  case CLACT_FP8_E4M3: return &fmt_e4m3;
  case CLACT_FP8_E5M2: return &fmt_e5m2;
  default: return NULL;
  }
}

long double clact_q_decode(const qtype *t, unsigned code) {
  if (t->dtype == CLACT_F16 || t->dtype == CLACT_BF16) { /* a 16-bit input code */
    const binfmt *f = format_of(t->dtype);
    const int e = (code >> f->p) & ((1u << f->ebits) - 1);
    const unsigned m = code & ((1u << f->p) - 1);
    long double a;
    if (e == (1 << f->ebits) - 1)
      a = m ? NAN : INFINITY;
    else if (e == 0)
      a = ldexpl((long double)m, 1 - f->bias - f->p);
    else
      a = ldexpl((long double)(m | 1u << f->p), e - f->bias - f->p);
    return code & 0x8000u ? -a : a;
  }
  code &= 0xffu;
  if (t->dtype == CLACT_U8) return (long double)t->scale * ((int)code - t->zero_point);
  if (t->dtype == CLACT_S8)
    return (long double)t->scale * ((int)(signed char)(unsigned char)code - t->zero_point);
  const binfmt *f = format_of(t->dtype);
  const int sign = code >> 7, e = (code >> f->p) & ((1u << f->ebits) - 1);
  const unsigned m = code & ((1u << f->p) - 1);
  long double a;
  if (t->dtype == CLACT_FP8_E4M3 && e == 15 && m == 7) return NAN; /* S.1111.111 */
  if (t->dtype == CLACT_FP8_E5M2 && e == 31)
    a = m ? NAN : INFINITY;
  else if (e == 0)
    a = ldexpl((long double)m, 1 - f->bias - f->p);
  else
    a = ldexpl((long double)(m | 1u << f->p), e - f->bias - f->p);
  a *= t->scale; /* exact: at most 5 significant bits times 53 */
  return sign ? -a : a;
}

/* The bits of the non-negative representable value r (<= max) in format f. */
static unsigned long long encode(const binfmt *f, long double r) {
  const int emin = 1 - f->bias;
  if (r < ldexpl(1.0L, emin)) return (unsigned long long)ldexpl(r, f->p - emin);
  int e;
  frexpl(r, &e);
  --e; /* r in [2^e, 2^(e+1)) */
  const unsigned long long m = (unsigned long long)ldexpl(r, f->p - e) - (1ull << f->p);
  return (unsigned long long)(e + f->bias) << f->p | m;
}

static unsigned long long round_binary(const binfmt *f, long double v, q_compare cmp,
                                       const void *state) {
  const unsigned long long sign = (unsigned long long)(signbit(v) != 0) << (f->p + f->ebits);
  if (isnan(v)) return f->nan;
  if (isinf(v)) return sign | (f->satfinite ? encode(f, f->max) : encode(f, f->max) + 1);
  const long double a = fabsl(v);
  if (a == 0) return sign;
  /* the spacing q of representable values around a, and L <= a < L + q */
  int e;
  frexpl(a, &e);
  --e;
  if (e < 1 - f->bias) e = 1 - f->bias;
  const long double q = ldexpl(1.0L, e - f->p);
  const long double lo = floorl(a / q) * q, hi = lo + q, mid = lo + q / 2;
  /* the sign of |f| - mid, from the exact value's side of the (signed) midpoint */
  const int side = signbit(v) ? -cmp(state, -mid) : cmp(state, mid);
  long double r = side < 0 ? lo : side > 0 ? hi : fmodl(lo / q, 2) == 0 ? lo : hi;
  if (r > f->max) /* past the largest finite value: infinity, or the largest (satfinite) */
    return sign | (f->satfinite ? encode(f, f->max) : encode(f, f->max) + 1);
  return sign | encode(f, r);
}

/* u8, s8: q = round_half_even(f / scale) + zero_point, saturated to the type's range;
 * NaN (from a NaN fp8 input) gives the zero point. */
static unsigned long long round_affine(const qtype *t, long double v, q_compare cmp,
                                       const void *state) {
  const int qmin = t->dtype == CLACT_U8 ? 0 : -128, qmax = qmin + 255;
  const long double lo = qmin - t->zero_point, hi = qmax - t->zero_point;
  int q;
  if (isnan(v)) {
    q = t->zero_point;
  } else {
    const long double r = v / t->scale;
    if (r <= lo) {
      q = qmin;
    } else if (r >= hi) {
      q = qmax;
    } else {
      long double k = floorl(r);
      if (k > hi - 1) k = hi - 1; /* r < hi, so only a rounding of r can bring k there */
      /* the midpoint scale * (k + 1/2): (2k + 1) has at most 10 bits, scale 53, so the
       * product is exact in long double's 64 */
      const long double mid = (long double)t->scale * (2 * k + 1) / 2;
      const int side = cmp(state, mid);
      const long double j = side < 0 ? k : side > 0 ? k + 1 : fmodl(k, 2) == 0 ? k : k + 1;
      q = (int)j + t->zero_point;
    }
  }
  return (unsigned long long)(q & 0xff);
}

/* A scaled fp8 tensor (real = scale * value): f is rounded as f / scale, whose midpoint m
 * is f's midpoint scale * m (exact: m has at most 5 significant bits). */
typedef struct scaled {
  q_compare cmp;
  const void *state;
  long double scale;
} scaled;
static int compare_scaled(const void *state, long double m) {
  const scaled *s = state;
  return s->cmp(s->state, m * s->scale);
}

unsigned long long clact_q_round(const qtype *t, long double v, q_compare cmp, const void *state) {
  if (t->dtype == CLACT_U8 || t->dtype == CLACT_S8) return round_affine(t, v, cmp, state);
  if (t->scale == 1) return round_binary(format_of(t->dtype), v, cmp, state);
  const scaled s = {cmp, state, t->scale};
  return round_binary(format_of(t->dtype), v / t->scale, compare_scaled, &s);
}
