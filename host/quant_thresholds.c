/* quant_thresholds.c — the quantizing activation from f32 and f64 (docs/QUANTIZED.md):
 * the kernel computes f(x) in the compute precision, as the float path does, and then
 * rounds that value v to the 8-bit format. The rounding is decided here, once, on the
 * host: v's code is monotone in v, so it is fixed by the thresholds where it changes, the
 * smallest f32 (or f64) value of each rank. They are found by bisection over the ordered
 * values of the compute type, asking clact_q_round for the code of each candidate with an
 * exact comparison (a float is exact in long double): every tie, saturation and overflow
 * rule is then the tables' own, and the kernel's result is the correctly rounded code of
 * the value it computed. */
#include "quant.h"

#include <math.h>
#include <string.h>

/* The sign of v - m, exactly: v (a float or double) and m are both exact long doubles. */
static int compare_exact(const void *state, long double m) {
  const long double v = *(const long double *)state;
  return (v > m) - (v < m);
}

static int is_affine(clact_dtype t) { return t == CLACT_U8 || t == CLACT_S8; }

/* The ranks: u8/s8 order their 256 codes by value; fp8 is rounded by magnitude (the sign
 * bit is copied), so its ranks are the non-negative codes 0 .. the largest (448 for E4M3,
 * infinity for E5M2), which are in order. */
static unsigned rank_count(clact_dtype t) {
  return is_affine(t) ? 256 : t == CLACT_FP8_E4M3 ? 0x7f : 0x7d;
}
static unsigned rank_of(clact_dtype t, unsigned code) {
  return t == CLACT_U8 ? code : t == CLACT_S8 ? (code + 128) & 0xff : code & 0x7f;
}
static unsigned code_of_rank(clact_dtype t, unsigned r) {
  return t == CLACT_S8 ? (r + 128) & 0xff : r;
}

/* The values of the compute type in order: key k < 2^(bits-1) are the negatives from
 * -NaN side down, k >= 2^(bits-1) the non-negatives; value() of a key between those of
 * -inf and +inf is never NaN. */
static long double value_of_key(int is_double, unsigned long long k) {
  if (is_double) {
    const unsigned long long top = 1ull << 63;
    const unsigned long long bits = k & top ? k & ~top : ~k;
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
  }
  const unsigned top = 1u << 31, kk = (unsigned)k;
  const unsigned bits = kk & top ? kk & ~top : ~kk;
  float f;
  memcpy(&f, &bits, sizeof f);
  return f;
}
static unsigned long long key_of(int is_double, long double v) {
  if (is_double) {
    const double d = (double)v;
    unsigned long long bits;
    memcpy(&bits, &d, sizeof bits);
    return bits >> 63 ? ~bits : bits | 1ull << 63;
  }
  const float f = (float)v;
  unsigned bits;
  memcpy(&bits, &f, sizeof bits);
  return bits >> 31 ? ~bits : bits | 1u << 31;
}

static unsigned rank_of_value(const qtype *y, long double v) {
  return rank_of(y->dtype, (unsigned)clact_q_round(y, v, compare_exact, &v));
}

size_t clact_q_thresholds_size(clact_dtype compute) {
  return 256 * clact_dtype_size(compute) + 256;
}

void clact_q_thresholds(const qtype *y, clact_dtype compute, void *out) {
  const int is_double = compute == CLACT_F64;
  const size_t es = clact_dtype_size(compute);
  unsigned char *codes = (unsigned char *)out + 256 * es;
  const unsigned n = rank_count(y->dtype);
  /* fp8 ranks magnitudes: the search runs over [+0, +inf]; u8/s8 over [-inf, +inf] */
  const unsigned long long first = key_of(is_double, is_affine(y->dtype) ? -INFINITY : 0.0L),
                           last = key_of(is_double, INFINITY);
  for (unsigned r = 0; r < 256; ++r) {
    long double t = NAN; /* past the last rank: no value reaches it (NaN compares false) */
    if (r == 0) {
      t = -INFINITY; /* never read: rank 0 is where the kernel's search starts */
    } else if (r < n) {
      /* the smallest key whose value has rank >= r: rank(last) is n - 1 >= r */
      unsigned long long lo = first, hi = last;
      while (lo < hi) {
        const unsigned long long mid = lo + (hi - lo) / 2;
        if (rank_of_value(y, value_of_key(is_double, mid)) >= r)
          hi = mid;
        else
          lo = mid + 1;
      }
      t = value_of_key(is_double, lo);
    }
    if (is_double) {
      const double d = (double)t;
      memcpy((unsigned char *)out + r * es, &d, es);
    } else {
      const float f = (float)t;
      memcpy((unsigned char *)out + r * es, &f, es);
    }
    codes[r] = (unsigned char)(r < n ? code_of_rank(y->dtype, r) : 0);
  }
}

unsigned clact_q_nan_code(const qtype *y) {
  const long double nan = NAN;
  return (unsigned)clact_q_round(y, nan, compare_exact, &nan);
}
