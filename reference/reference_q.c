/* reference_q.c — see reference_q.h. */
#include "reference_q.h"

#include "reference.h"

#include <math.h>
#include <string.h>

static int is_fp8(clact_dtype t) { return t == CLACT_FP8_E4M3 || t == CLACT_FP8_E5M2; }

/* OCP 8-bit floats, read field by field: E4M3 = 4 exponent bits (bias 7), 3 mantissa
 * bits, NaN only at S.1111.111; E5M2 = 5 (bias 15) and 2, IEEE's infinities and NaNs. */
static long double fp8_value(clact_dtype t, unsigned code) {
  const int e4 = t == CLACT_FP8_E4M3;
  const int mbits = e4 ? 3 : 2, bias = e4 ? 7 : 15, emax_field = e4 ? 15 : 31;
  const int neg = (code & 0x80) != 0;
  const int e = (int)((code & 0x7f) >> mbits), m = (int)(code & ((1 << mbits) - 1));
  long double mag;
  if (e4 && e == emax_field && m == (1 << mbits) - 1) return NAN;
  if (!e4 && e == emax_field) {
    if (m) return NAN;
    mag = INFINITY;
  } else if (e == 0) {
    mag = ldexpl((long double)m / (1 << mbits), 1 - bias);
  } else {
    mag = ldexpl(1 + (long double)m / (1 << mbits), e - bias);
  }
  return neg ? -mag : mag;
}

long double refq_decode(const refq_type *t, unsigned code) {
  if (t->dtype == CLACT_F16) return ref_half_to_float((uint16_t)code);
  if (t->dtype == CLACT_BF16) return ref_bf16_to_float((uint16_t)code);
  code &= 0xff;
  switch (t->dtype) {
  case CLACT_U8: return (long double)t->quant.scale * ((long double)code - t->quant.zero_point);
  case CLACT_S8: {
    const int q = code < 128 ? (int)code : (int)code - 256;
    return (long double)t->quant.scale * ((long double)q - t->quant.zero_point);
  }
  default: return fp8_value(t->dtype, code) * (t->quant.scale > 0 ? t->quant.scale : 1);
  }
}

/* The nearest of the 256 codes; a tie goes to the even code: for fp8 the even mantissa
 * (code bit 0), for u8/s8 an even q - zero_point (round half to even of v / scale). */
/* Values are carried as __float128 (113 bits): the rational activations are evaluated in
 * it (refq_table), so that a value a hair off a midpoint is not taken for the midpoint. */
typedef __float128 wide;
static int wide_nan(wide v) { return v != v; }
static int wide_inf(wide v) { return !wide_nan(v) && (v - v) != 0; }
static wide wide_abs(wide v) { return v < 0 ? -v : v; }

/* The decoded codes of an 8-bit type, and its finite values in increasing order (each
 * value once: +0 stands for both zeros). */
typedef struct codes {
  long double value[256];
  unsigned sorted[256];
  int count;
} codes;
static void decode_all(const refq_type *t, codes *k) {
  k->count = 0;
  for (unsigned c = 0; c < 256; ++c) {
    const long double r = k->value[c] = refq_decode(t, c);
    if (isnan(r) || isinf(r) || (r == 0 && signbit(r))) continue;
    int i = k->count++; /* insertion: 256 codes, once per table */
    while (i > 0 && k->value[k->sorted[i - 1]] > r) {
      k->sorted[i] = k->sorted[i - 1];
      --i;
    }
    k->sorted[i] = c;
  }
}

/* The decoded codes of t, kept per thread for the last type asked: the judges round
 * several values of every element to the same type, and decoding the 256 codes each time
 * took 80 % of api.quant_computed32's time. NULL for a type that is not 8-bit. The codes
 * stay valid until this thread asks for another type. */
static const codes *codes_of(const refq_type *t) {
  static _Thread_local codes held;
  static _Thread_local refq_type held_type;
  static _Thread_local int filled;
  if (clact_dtype_size(t->dtype) != 1) return NULL;
  if (!filled || held_type.dtype != t->dtype ||
      memcmp(&held_type.quant.scale, &t->quant.scale, sizeof t->quant.scale) != 0 ||
      held_type.quant.zero_point != t->quant.zero_point) {
    decode_all(t, &held);
    held_type = *t;
    filled = 1;
  }
  return &held;
}

/* Whether code c is the even one of a tie: for fp8 the even mantissa (code bit 0), for
 * u8/s8 an even q - zero_point (round half to even of v / scale). */
static int even_code(const refq_type *t, unsigned c) {
  if (is_fp8(t->dtype)) return (c & 1) == 0;
  const int q = t->dtype == CLACT_S8 && c >= 128 ? (int)c - 256 : (int)c;
  return ((q - t->quant.zero_point) & 1) == 0;
}

/* The nearest finite code to v, a tie to the even one; past the ends, the end. Found by
 * bisection over the sorted values, then the two neighbours' distances compared. */
static unsigned nearest_code(const refq_type *t, const codes *k, wide v, wide lo_part) {
  const unsigned *s = k->sorted;
  if (v <= (wide)k->value[s[0]]) return s[0];
  if (v >= (wide)k->value[s[k->count - 1]]) return s[k->count - 1];
  int lo = 0, hi = k->count - 1; /* value[s[lo]] < v < value[s[hi]] */
  while (hi - lo > 1) {
    const int mid = (lo + hi) / 2;
    const wide m = k->value[s[mid]];
    if (m == v) return s[mid];
    if (m < v)
      lo = mid;
    else
      hi = mid;
  }
  const wide dl = v - (wide)k->value[s[lo]], dh = (wide)k->value[s[hi]] - v;
  if (dl < dh) return s[lo];
  if (dh < dl) return s[hi];
  /* v is the midpoint: the part of the value below v's precision decides, else even */
  if (lo_part != 0) return lo_part > 0 ? s[hi] : s[lo];
  return even_code(t, s[lo]) ? s[lo] : s[hi];
}

static uint64_t round8(const refq_type *t, const codes *k, wide v, wide lo_part, int negative) {
  if (t->dtype == CLACT_U8 || t->dtype == CLACT_S8) {
    if (wide_nan(v)) return (uint64_t)(t->quant.zero_point & 0xff);
    if (wide_inf(v)) /* the end of the range */
      return t->dtype == CLACT_U8 ? (v > 0 ? 255 : 0) : (v > 0 ? 0x7f : 0x80);
    return nearest_code(t, k, v, lo_part);
  }
  const unsigned sign = negative ? 0x80u : 0;
  if (wide_nan(v)) return t->dtype == CLACT_FP8_E4M3 ? 0x7f : 0x7e;
  const long double scale = t->quant.scale > 0 ? t->quant.scale : 1;
  if (t->dtype == CLACT_FP8_E5M2 &&
      wide_abs(v) >= (wide)(61440 * scale)) /* 57344 + half a spacing */
    return sign | 0x7c;
  if (wide_inf(v)) return sign | 0x7e; /* E4M3: saturated to 448 */
  unsigned c = nearest_code(t, k, v, lo_part);
  if (k->value[c] == 0) c = sign; /* a zero keeps the sign of v */
  return c;
}

/* v rounded to float toward zero, and its last bit set when that was inexact (round to
 * odd): rounding that float again to 16 bits is then the correct rounding of v. */
static float round_to_odd(wide v) {
  float f = (float)v;
  if ((wide)f == v || isinf(f) || isnan(f)) return f;
  if (wide_abs((wide)f) > wide_abs(v)) f = nextafterf(f, 0.0f);
  uint32_t b;
  memcpy(&b, &f, 4);
  b |= 1;
  memcpy(&f, &b, 4);
  return f;
}

static uint64_t round_wide(const refq_type *t, const codes *k, wide v, wide lo_part, int negative) {
  switch (t->dtype) {
  case CLACT_F32: {
    const float f = (float)v;
    uint32_t b;
    memcpy(&b, &f, 4);
    return b;
  }
  case CLACT_F64: {
    const double d = (double)v;
    uint64_t b;
    memcpy(&b, &d, 8);
    return b;
  }
  case CLACT_F16: return ref_float_to_half(round_to_odd(v));
  case CLACT_BF16: return ref_float_to_bf16(round_to_odd(v));
  default: return round8(t, k, v, lo_part, negative);
  }
}

uint64_t refq_round(const refq_type *t, long double v) {
  return round_wide(t, codes_of(t), (wide)v, 0, signbit(v) != 0);
}

long double refq_value(const refq_type *t, uint64_t bits) {
  switch (t->dtype) {
  case CLACT_F32: {
    float f;
    const uint32_t b = (uint32_t)bits;
    memcpy(&f, &b, 4);
    return f;
  }
  case CLACT_F64: {
    double d;
    memcpy(&d, &bits, 8);
    return d;
  }
  case CLACT_F16: return ref_half_to_float((uint16_t)bits);
  case CLACT_BF16: return ref_bf16_to_float((uint16_t)bits);
  default: return refq_decode(t, (unsigned)bits);
  }
}

int refq_same(const refq_type *t, uint64_t a, uint64_t b) {
  return a == b || (isnan(refq_value(t, a)) && isnan(refq_value(t, b)));
}

/* a + b = *hi + *lo exactly (two-sum in __float128). */
static void wide_sum(wide a, wide b, wide *hi, wide *lo) {
  *hi = a + b;
  const wide bb = *hi - a;
  *lo = (a - (*hi - bb)) + (b - bb);
}

/* The rational pieces of hardswish, hardsigmoid and softsign in 113 bits (x has at most
 * 64), as a leading term and a small one, hi + lo: the long double reference rounds them
 * once more than a table may, and a value a hair off a midpoint would look like the
 * midpoint. Near 0 the small term (x/6 beside 1/2; x^2/6 beside x/2; -x|x|/(1+|x|) beside
 * x) is kept apart, so that it still decides a tie when it is far below hi's last bit
 * (hardsigmoid of a bf16 subnormal). Returns 0 where x is outside them. */
static int rational_wide(const clact_op *op, long double x, wide *hi, wide *lo) {
  if (!isfinite(x) || x == 0) return 0; /* at 0 the reference is exact, signed zeros too */
  const wide w = x;
  switch (op->activation) {
  case CLACT_HARDSWISH:
    if (!(x > -3 && x < 3)) return 0;
    wide_sum(w / 2, w * w / 6, hi, lo);
    return 1;
  case CLACT_HARDSIGMOID:
    if (!(x > -3 && x < 3)) return 0;
    wide_sum(0.5, w / 6, hi, lo);
    return 1;
  case CLACT_SOFTSIGN: /* the split only below 1, where x^2 is the small part */
    if (wide_abs(w) < 1)
      wide_sum(w, -w * wide_abs(w) / (1 + wide_abs(w)), hi, lo);
    else
      *hi = w / (1 + wide_abs(w)), *lo = 0;
    return 1;
  default: return 0;
  }
}

static uint64_t entry_of(const clact_op *op, const refq_type *x, const refq_type *y, const codes *k,
                         unsigned code) {
  clact_op exact = *op;
  exact.dtype = CLACT_F64; /* ref_forward then takes the parameters as doubles */
  const long double xv = refq_decode(x, code), v = ref_forward(&exact, xv);
  wide w, lo = 0;
  if (!rational_wide(op, xv, &w, &lo)) w = v;
  return round_wide(y, k, w, lo, signbit(v) != 0);
}

void refq_table(const clact_op *op, const refq_type *x, const refq_type *y, uint64_t *out) {
  const codes *k = codes_of(y);
  const unsigned n = x->dtype == CLACT_F16 || x->dtype == CLACT_BF16 ? 65536 : 256;
  for (unsigned c = 0; c < n; ++c)
    out[c] = entry_of(op, x, y, k, c);
}

uint64_t refq_entry(const clact_op *op, const refq_type *x, const refq_type *y, unsigned code) {
  return entry_of(op, x, y, codes_of(y), code);
}

/* The oracle resolves values to 2^-113 relative: hardswish(x) = x/2 (1 + x/3) near 0
 * needs |x| > 2^-110 there, hence a tiny fp8 scale of 1e-12 (the smallest input is then
 * 2^-16 1e-12), where u8/s8 go down to 1e-30. The library's comparison is exact at any
 * scale; only the oracle limits what can be checked. */
clact_quant refq_setting(clact_dtype t, int i) {
  static const clact_quant u8[REFQ_SETTINGS] = {
      {1.0, 0}, {0.05, 128}, {1e-30, 3}, {1e30, 250}, {0.1234, 17}, {0x1p-7, 255}, {3.5, 77}};
  static const clact_quant s8[REFQ_SETTINGS] = {
      {1.0, 0}, {0.05, 0}, {1e-30, -100}, {1e30, 127}, {0.0625, -128}, {0.3, 5}, {0.017, -7}};
  static const clact_quant fp8[REFQ_SETTINGS] = {{1.0, 0},    {0.5, 0},     {1e-12, 0}, {1e30, 0},
                                                 {0.0123, 0}, {0x1p-10, 0}, {3.0, 0}};
  const clact_quant *q = t == CLACT_U8 ? u8 : t == CLACT_S8 ? s8 : fp8;
  return q[((unsigned)i) % REFQ_SETTINGS];
}

/* Whether an fp8 code has its sign bit set (a zero's sign counts). */
static int fp8_negative(const refq_type *y, uint64_t code) {
  return (y->dtype == CLACT_FP8_E4M3 || y->dtype == CLACT_FP8_E5M2) && (code & 0x80);
}

int refq_judge_computed(const clact_op *op, const refq_type *y, long double x, uint64_t got,
                        uint64_t *want) {
  const codes *k = codes_of(y);
  const long double f = ref_forward(op, x); /* the parameters as the kernel sees them */
  wide w, lo = 0;
  if (!rational_wide(op, x, &w, &lo)) w = f;
  *want = round_wide(y, k, w, lo, signbit(f) != 0);
  if (refq_same(y, got, *want)) return 1;
  if (isnan(f) || isinf(f) || x == 0) return 0; /* computed exactly: no slack */
  /* f(x) = 0 at x != 0 (relu(-1), hardswish(-5)): the float path's zero may carry either
   * sign (docs/ACCURACY.md fixes it only for x = -0), so either zero code passes */
  if (f == 0) return refq_value(y, got) == 0;
  const long double tol = ref_fwd_tolerance(op, f);
  const uint64_t below = refq_round(y, f - tol), above = refq_round(y, f + tol);
  const long double g = refq_value(y, got);
  if (isnan(g) || g < refq_value(y, below) || g > refq_value(y, above)) return 0;
  /* an fp8 zero's sign: that of some value within tol of f */
  const int fp8 = y->dtype == CLACT_FP8_E4M3 || y->dtype == CLACT_FP8_E5M2;
  if (fp8 && g == 0 && (fp8_negative(y, got) ? !(f - tol < 0) : !(f + tol > 0))) return 0;
  return 1;
}
