/* math.cl — the elementary functions behind the activations.
 *
 * PoCL's builtins (SLEEF) are correct but general: they vectorize poorly for some
 * functions and handle ranges the activations never need. These are written for the
 * activations' own ranges, in plain vector arithmetic that every device runs fast, and
 * return exp in two parts so that callers can round once at the end:
 *
 *   e^a = (1 + t) * 2^k,  a <= 0,  |t| <= 0.42
 *
 * Forming 1 + t early would add a rounding; scaling by 2^k early would lose the bits a
 * subnormal result keeps, and would flush a tiny e^a before dy, alpha or 1 / beta bring
 * it back into range. So the formulas return a `scaled` value m 2^k (below), and the
 * kernel body applies 2^k last, after the blend's alpha. The error analysis is in
 * docs/ACCURACY.md.
 */

/* The domain of the scaled values (docs/ACCURACY.md, "Large factors"): the factors an
 * exponential is multiplied by (x, dy, alpha, 1 / beta, a parameter) have a product P of
 * magnitudes up to 2^200 (double: 2^1800). Below EXP_FLOOR, e^a P |a| rounds to 0 (|a|
 * for a polynomial factor such as 1 + z), so e^a may be clamped there; SC_SPLIT is the
 * part of 2^k applied before the factors, which keeps m normal for any factor >= 2^-10,
 * m P finite, and the rest of 2^k within sc_finish's two powers (see sc_exp). */
#if CLACT_REAL_IS_DOUBLE
#define EXP_FLOOR ((real)-2020)
#define SC_SPLIT 900
#define LOG2E ((real)1.4426950408889634)
#define LN2_HI ((real)6.93147180369123816490e-01)
#define LN2_LO ((real)1.90821492927058770002e-10)
#define EXP_BIAS 1023
#define EXP_SHIFT 52
#define SIG_BITS 53
#define ROUND_MAGIC ((real)6755399441055744.0) /* 1.5 * 2^52: adding it rounds to integer */
#else
/* -251: its reduced argument is negative (1 + t < 1), so x (1 + t) cannot overflow at
 * x = -FLT_MAX */
#define EXP_FLOOR ((real)-251)
#define SC_SPLIT 110
#define LOG2E ((real)1.44269502f)
#define LN2_HI ((real)0.693145751953125f) /* 16 significant bits: k * LN2_HI is exact */
#define LN2_LO ((real)1.42860682030941723212e-06f)
#define EXP_BIAS 127
#define EXP_SHIFT 23
#define SIG_BITS 24
#define ROUND_MAGIC ((real)12582912.0f) /* 1.5 * 2^23: adding it rounds to integer */
#define ROUND_MAGIC_BITS 0x4b400000      /* ROUND_MAGIC's bit pattern */
#endif
/* ROUND_MAGIC carrying the exponent bias: the rounding's bits are those of 2^k above a
 * constant (f32: EXP_MAGIC_BIASED_BITS + k), so 2^k is one shift and a clamp of k one max. */
#define EXP_MAGIC_BIASED (ROUND_MAGIC + (real)EXP_BIAS)
#define EXP_MAGIC_BIASED_BITS (ROUND_MAGIC_BITS + EXP_BIAS) /* f32 only: 0x4b40007f */

/* A constant given for both real types, (double value, float value): each is the constant
 * rounded to that type (or the low part of a hi + lo pair for that type). */
#if CLACT_REAL_IS_DOUBLE
#define REAL_C(d, f) ((real)(d))
#else
#define REAL_C(d, f) ((real)(f))
#endif

/* 2^k for 1 - EXP_BIAS <= k <= EXP_BIAS (a normal power of two). */
CLACT_INLINE realv pow2_normal(intv k) { return as_realv((k + EXP_BIAS) << EXP_SHIFT); }

/* ---- scaled values: every factor joins before the last 2^k ---------------------------
 * A result is m 2^k, k <= 0. sc_exp starts one from v (1 + t, or a quotient of about 1)
 * with 2^max(k, -SC_SPLIT) already applied, exactly; the formula multiplies m by its
 * factors (sc_mul: dy, 1 / beta, x); the kernel body finishes with the blend's alpha and
 * then the rest of 2^k (sc_finish). So the result underflows or overflows only when the
 * final value does, and a subnormal result is rounded about once. A row without an
 * exponential returns sc_plain(v): k = 0 folds away and the finish is alpha v. */
typedef struct scaled {
  realv m;
  intv k;
} scaled;

CLACT_INLINE scaled sc_make(realv m, intv k) {
  scaled s;
  s.m = m;
  s.k = k;
  return s;
}
CLACT_INLINE scaled sc_plain(realv v) { return sc_make(v, (intv)0); }
/* max of integer vectors as compare and select (PoCL's integer max builtin is not
 * reliably one instruction on x86). */
CLACT_INLINE intv imax(intv a, intv b) { return select(a, b, b > a); }

/* The part k1 of 2^k applied before the factors: down to 2^-SC_SPLIT. Above EXP_FLOOR
 * the rest is within sc_finish's two powers; a lower k (x^3 of a tiny x) is clamped
 * there, where m P 2^(2 - 2 EXP_BIAS) already rounds to 0. */
CLACT_INLINE intv sc_k1(intv k) { return imax(k, (intv)-SC_SPLIT); }
/* v 2^k for |v| about 1 (above 2^-26): v 2^k1 is exact. */
CLACT_INLINE scaled sc_exp(realv v, intv k) {
  const intv k1 = sc_k1(k);
  return sc_make(v * pow2_normal(k1), k - k1);
}
/* sc_exp for a k of any size (a power of a split_exp, 3 kx for x^3): clamped to
 * SC_KMIN - SC_SPLIT, where sc_exp's rest is SC_KMIN and the value already rounds to 0. */
#define sc_exp_wide(v, k) sc_exp((v), imax((k), (intv)(SC_KMIN - SC_SPLIT)))
/* c (1 + t) 2^k with one rounding (c 2^k1 is exact). */
CLACT_INLINE scaled sc_exp1(realv t, realv c, intv k) {
  const intv k1 = sc_k1(k);
  const realv cs = c * pow2_normal(k1);
  return sc_make(fma(cs, t, cs), k - k1);
}
CLACT_INLINE scaled sc_mul(scaled s, realv f) { return sc_make(s.m * f, s.k); }
CLACT_INLINE scaled sc_div(scaled s, real d) { return sc_make(s.m / d, s.k); }
CLACT_INLINE scaled sc_neg(scaled s) { return sc_make(-s.m, s.k); }
CLACT_INLINE scaled sc_select(scaled a, scaled b, intv c) {
  return sc_make(select(a.m, b.m, c), select(a.k, b.k, c));
}
/* alpha m 2^k for SC_KMIN <= k <= 0 (every producer keeps k there, see SC_KMIN): two normal
 * powers, 2^ka and 2^(k - ka) with ka = max(k, 1 - EXP_BIAS); in the normal range the
 * second is 1, and k - ka >= 1 - EXP_BIAS needs no clamp of its own. (A subnormal 2^k in
 * one product would round the same, but a device that flushes subnormal operands would
 * lose a normal result.) */
#if !CLACT_REAL_IS_DOUBLE
/* sc_finish with the powers' bit patterns straight from one shifted k (float's exponent
 * range): 2^ka as k 2^23 + 1's bits clamped below at 2^-126's, and 2^(k - ka) as k 2^23
 * clamped above at -126 2^23, plus 253 2^23 (k >= SC_KMIN keeps it at 2^-126 or more): a
 * shift, a max, a min and two adds where ka, k - ka and two pow2_normal took one more
 * (bench/gpu-model: one PTX instruction per element fewer). The same two powers, so the
 * same result bit for bit. The min is on k itself, so that a k of constant choices
 * (tanhshrink's 0 or -120) still folds the second power to 1. bf16's sc_finish, and the
 * f32 dense loops of a forward formula that asks for it (FINISH_SHIFTED_fwd_NAME 1 in its
 * family file: on PoCL's AVX-512 loop two instructions fewer than sc_finish's f32 form). */
CLACT_INLINE void sc_powers_shifted(intv k, realv *p1, realv *p2) {
  const intv kb = as_intv(as_bitsv(k) << EXP_SHIFT); /* k 2^23, an unsigned shift */
  const intv lo = (intv)(1 << EXP_SHIFT);              /* 2^(1 - EXP_BIAS) */
  const intv b1 = kb + (intv)(EXP_BIAS << EXP_SHIFT);
  const intv kmin = (intv)((1 - EXP_BIAS) * (1 << EXP_SHIFT));
  const intv kc = select(kb, kmin, kb > kmin); /* (k - ka - 126) 2^23 */
  *p1 = as_realv(select(b1, lo, lo > b1));
  *p2 = as_realv(kc + (intv)((EXP_BIAS - 1 + EXP_BIAS) << EXP_SHIFT));
}
CLACT_INLINE realv sc_finish_shifted(scaled s, real alpha) {
  realv p1, p2;
  sc_powers_shifted(s.k, &p1, &p2);
  return ((s.m * alpha) * p1) * p2;
}
#endif
/* sc_finish's two powers of 2^k: alpha m 2^k = ((m alpha) p1) p2. */
CLACT_INLINE void sc_powers(intv k, realv *p1, realv *p2) {
#if CLACT_DTYPE == 2
  sc_powers_shifted(k, p1, p2); /* bf16 (float's exponent range: both powers stay) */
#else
  const intv ka = imax(k, (intv)(1 - EXP_BIAS));
  *p1 = pow2_normal(ka);
  *p2 = pow2_normal(k - ka);
#endif
}
/* bf16 on the CPU walk of an x86-64 CPU with AVX-512 at width 16 (CLACT_SCALEF): alpha m 2^k
 * as one vscalefps of m alpha by k (k converted to float, exactly), where the two powers
 * took a shift, two adds, a min, a max and two products: on PoCL's AVX-512 loops 5
 * instructions per 16 elements fewer (sigmoid forward 38 -> 33, swish forward 40 -> 35),
 * one thread's CPU time 11-16 % less on sigmoid, swish and gelu_quick (bench/results/
 * s18-bf16/). vscalefps rounds m alpha 2^k once, where ((m alpha) p1) p2 rounds twice when
 * (m alpha) 2^-126 is subnormal (k < -126); everywhere else both are exact after m alpha's
 * own rounding. out_bits (every bf16 input, 32 rows, dy 1 and seeded) and `clact check`
 * gave the same bits and figures as the two powers. NaN (quieted, payload kept), +-inf
 * and +-0 come out as from a product with a finite power. OpenCL C 1.2 has no spelling
 * that PoCL lowers to it (ldexp is a library call), hence the asm; the asm does not fold,
 * so a k that is a constant 0 in every lane (sc_plain's rows: identity, relu, ...) takes
 * the plain product (sc_k_zero_; their loops are as before). -DCLACT_BF16_SOFT in
 * CLACT_BUILD_OPTIONS takes the two powers (and the soft store) again, for A/B runs. */
#if CLACT_DTYPE == 2 && defined(CLACT_CONTIGUOUS) && defined(__x86_64__) && \
    defined(__AVX512F__) && VW == 16 && !defined(CLACT_BF16_SOFT)
#define CLACT_SCALEF 1
#define SC_K0_(k, i) (__builtin_constant_p((k).s##i) && (k).s##i == 0)
#define sc_k_zero_(k)                                                                      \
  (SC_K0_(k, 0) && SC_K0_(k, 1) && SC_K0_(k, 2) && SC_K0_(k, 3) && SC_K0_(k, 4) &&           \
   SC_K0_(k, 5) && SC_K0_(k, 6) && SC_K0_(k, 7) && SC_K0_(k, 8) && SC_K0_(k, 9) &&           \
   SC_K0_(k, a) && SC_K0_(k, b) && SC_K0_(k, c) && SC_K0_(k, d) && SC_K0_(k, e) &&           \
   SC_K0_(k, f))
CLACT_INLINE realv sc_scalef_(realv v, intv k) {
  realv r;
  __asm__("vscalefps %2, %1, %0" : "=v"(r) : "v"(v), "v"(convert_float16(k)));
  return r;
}
#endif
CLACT_INLINE realv sc_finish(scaled s, real alpha) {
#ifdef CLACT_SCALEF
  if (!sc_k_zero_(s.k)) return sc_scalef_(s.m * alpha, s.k);
#endif
  /* no fast path for k = 0 in every lane: PoCL's any() costs more than the two products */
  realv p1, p2;
  sc_powers(s.k, &p1, &p2);
  return ((s.m * alpha) * p1) * p2;
}
/* sc_finish for a scaled value whose k is known to lie in [1 - EXP_BIAS, 0]: one normal
 * power (2^k itself). The 1-D dense loops of elementwise.cl take it for a forward formula
 * that declares the bound (FINISH_NORMAL_fwd_NAME 1 in its family file, where bf16's two
 * powers of sc_finish cost a shift, a max, a min and an add more per element). */
CLACT_INLINE realv sc_finish_normal(scaled s, real alpha) {
  return (s.m * alpha) * pow2_normal(s.k);
}
/* Below EXP_FLOOR, for a row whose value there also has an unbounded polynomial factor
 * (1 + z, x + 1): the smallest normal with the value's sign times the lowest power, which
 * every finite factor in the domain takes to 0 and an infinite dy to +-inf (the exact
 * product), where the clamped e^EXP_FLOOR times that factor could overflow. */
#if CLACT_REAL_IS_DOUBLE
#define MIN_NORMAL DBL_MIN
#else
#define MIN_NORMAL FLT_MIN
#endif
/* sc_finish's lowest power, and the lowest k a scaled value holds: m alpha 2^k rounds to 0
 * in the domain (|m alpha| < 2^(EXP_BIAS - SC_SPLIT + 1)) at any k <= SC_KMIN, so a
 * producer whose k can fall further clamps it (sc_exp_wide, sc_vanish). An exponential's
 * k is already there: EXP_FLOOR gives k >= SC_KMIN - SC_SPLIT, so k - sc_k1(k) >= SC_KMIN. */
#define SC_KMIN (2 - 2 * EXP_BIAS)
CLACT_INLINE scaled sc_vanish(scaled s, intv below, realv sign) {
  s.m = select(s.m, copysign((realv)MIN_NORMAL, sign), below);
  s.k = select(s.k, (intv)SC_KMIN, below);
  return s;
}
/* sc_finish of two scaled values from s's powers alone, for a t whose k is s's or SC_KMIN
 * in every lane (a value and its slope from one exponential, the slope vanishing below
 * EXP_FLOOR: VALUE_SLOPE_SHARED_K_NAME, kernels/gated.cl): at SC_KMIN both of sc_finish's
 * powers are 2^(1 - EXP_BIAS), so t's own powers are a select of each, and both results
 * are sc_finish's bit for bit. Returns s's, *rt t's. A compare and two selects where
 * sc_finish's own powers of t took a max (compare, select), a sub and two adds and shifts
 * (SwiGLU's backward, da and db: bench/results/s15-bias/). */
CLACT_INLINE realv sc_finish_pair(scaled s, scaled t, real alpha, realv *rt) {
  realv p1, p2;
  sc_powers(s.k, &p1, &p2);
  const intv kmin = t.k == (intv)SC_KMIN;
  const realv lo = pow2_normal((intv)(1 - EXP_BIAS));
  *rt = ((t.m * alpha) * select(p1, lo, kmin)) * select(p2, lo, kmin);
  return ((s.m * alpha) * p1) * p2;
}
/* The end of a forward formula x g, 0 < g <= 1, g = 1 at +inf: 0 with the sign of x where
 * `below` holds (x e^z out of every factor's reach), +inf kept, the sign of x on every
 * result (-0 included), NaN in x kept. */
CLACT_INLINE scaled sc_x_factor_end(scaled r, intv below, realv x) {
  r.m = select(r.m, copysign((realv)0, x), below);
  r.m = select(r.m, x, isinf(x) && x > 0);
  r.m = keep_nan(copysign(r.m, x), x);
  return r;
}
/* The end of a backward formula whose f' is negative and vanishing where `below` holds (its
 * exponential out of every factor's reach) and 0 at x = -inf: times dy, NaN in x kept. */
CLACT_INLINE scaled sc_dx_vanishing(scaled d, intv below, realv x, realv dy) {
  d = sc_vanish(d, below, (realv)-1);
  d.m = select(d.m, (realv)0, x == (realv)-INFINITY);
  d = sc_mul(d, dy);
  d.m = keep_nan(d.m, x);
  return d;
}
/* x = xn 2^k exactly with 1 <= |xn| < 2, for finite nonzero x (a subnormal is scaled by
 * 2^64 first): a product of small values (x^3, tanh^2, 1 / x^2) then leaves its power of
 * two to sc_exp and the finish, and does not underflow before dy or alpha. Zero gives
 * k = -EXP_BIAS - 64 and xn = +-1, which the finish takes to a signed 0; callers keep
 * 0 * inf and NaN themselves. */
CLACT_INLINE realv split_exp(realv x, intv *k) {
  const intv sub = fabs(x) < (realv)MIN_NORMAL;
  const bitsv b = as_bitsv(select(x, x * (realv)0x1p64f, sub));
  const bitsv mask = (bitsv)(2 * EXP_BIAS + 1) << EXP_SHIFT;
  *k = as_intv((b & mask) >> EXP_SHIFT) - select((intv)EXP_BIAS, (intv)(EXP_BIAS + 64), sub);
  return as_realv((b & ~mask) | ((bitsv)EXP_BIAS << EXP_SHIFT));
}
/* copysign(m, x) for an m whose sign bit is clear or already x's: two integer operations,
 * where libclc's copysign is six PTX instructions (abs, neg, and a select on x's sign). */
#if CLACT_REAL_IS_DOUBLE
#define SIGN_BIT 0x8000000000000000ul
#else
#define SIGN_BIT 0x80000000u
#endif
CLACT_INLINE realv or_sign(realv m, realv x) {
  return as_realv(as_bitsv(m) | (as_bitsv(x) & (bitsv)SIGN_BIT));
}
/* The value itself (alpha 1), for a formula that needs it inside. */
CLACT_INLINE realv sc_value(scaled s) { return sc_finish(s, (real)1); }
/* v 2^k in one go, for v about 1 (a value used inside a formula). */
CLACT_INLINE realv scale2(realv v, intv k) { return sc_value(sc_exp(v, k)); }

#if !CLACT_REAL_IS_DOUBLE
/* expm1(r) = r + r^2 Q(r) on |r| <= ln2/2 + tiny, Q a degree-5 fit at Chebyshev nodes
 * (tools/fit/fit_expm1.py): truncation 0.03 ulp of t. */
CLACT_INLINE realv expm1_q(realv r) {
  return fma(fma(fma(fma(fma((realv)1.989101002e-04f, r, (realv)1.393366721e-03f), r,
                         (realv)8.333310485e-03f),
                     r, (realv)4.166646302e-02f),
                 r, (realv)1.666666716e-01f),
             r, (realv)0.5f);
}
#endif

/* e^(a + a_lo) = (1 + t) 2^k for a <= 0, a_lo a few ulps of a at most (NaN propagates
 * through t). a_lo joins after the reduction, where it still fits in r's precision.
 * Callers without a low part pass NO_LO. e^-inf is exactly 0 (t = -1), so that dy = inf
 * there gives inf * 0 = NaN as the exact product does; a finite a below EXP_FLOOR gives
 * e^EXP_FLOOR, which every factor in the domain still takes to 0. */
#define NO_LO ((realv)-0.0f)
CLACT_INLINE realv exp_parts(realv a, realv a_lo, intv *k) {
  const intv below = a < EXP_FLOOR;
  /* -0, not +0: r + -0 is r, so a caller's constant -0 low part costs nothing */
  a_lo = select(a_lo, (realv)-0.0f, below);
  const intv minf = a == (realv)-INFINITY;
  a = select(a, (realv)EXP_FLOOR, below);
  /* k = round(a / ln2) by the magic-number trick: the fma rounds to an integer, whose
   * bits are k (a builtin rint costs a dozen instructions on PoCL). NaN gives a garbage
   * k, harmless since t is NaN. */
  const realv shifted = fma(a, (realv)LOG2E, (realv)ROUND_MAGIC);
  const realv nkf = ROUND_MAGIC - shifted; /* -k exactly; no negation in the fmas (PTX has none) */
  *k = as_intv(shifted) - as_intv((realv)ROUND_MAGIC);
  realv r = fma(nkf, (realv)LN2_HI, a);
  r = fma(nkf, (realv)LN2_LO, r) + a_lo;
#if CLACT_REAL_IS_DOUBLE
  return select(expm1(r), (realv)-1, minf);
#else
  return select(fma(r * r, expm1_q(r), r), (realv)-1, minf);
#endif
}

/* exp_parts for a formula that keeps x = +-inf and NaN itself (swish): a = -inf gives
 * e^EXP_FLOOR, not 0, which every factor in the domain still takes to 0, and the clamp is
 * one max (a NaN a gives e^EXP_FLOOR too; the formula's other factor keeps the NaN): three
 * PTX instructions fewer than exp_parts' two selects and -inf test. f32 only: f64 keeps
 * exp_parts as it was. */
#if CLACT_REAL_IS_DOUBLE
#define exp_parts_clamped exp_parts
#else
CLACT_INLINE realv exp_parts_clamped(realv a, realv a_lo, intv *k) {
  a_lo = select(a_lo, (realv)-0.0f, a < EXP_FLOOR);
  a = fmax(a, (realv)EXP_FLOOR);
  const realv shifted = fma(a, (realv)LOG2E, (realv)ROUND_MAGIC); /* as exp_parts */
  const realv nkf = ROUND_MAGIC - shifted;
  *k = as_intv(shifted) - as_intv((realv)ROUND_MAGIC);
  realv r = fma(nkf, (realv)LN2_HI, a);
  r = fma(nkf, (realv)LN2_LO, r) + a_lo;
  return fma(r * r, expm1_q(r), r);
}
#endif

/* e^a = (eh + *el) 2^k2 for EXP_FLOOR <= a <= 0 (f32; mish): eh + *el = (1 + t) 2^k1
 * exactly, k1 = max(k, -SC_SPLIT), so eh is normal and 2^k2 is left to the finish. The
 * rounding's magic number carries the exponent bias (as exp_lean_narrow_), so its bits
 * shift straight into 2^k1 and k2 is one subtraction; exp_parts' reduction and fit. */
#if !CLACT_REAL_IS_DOUBLE
CLACT_INLINE realv exp_pair_lean(realv a, realv *el, intv *k2) {
  const realv shifted = fma(a, (realv)LOG2E, (realv)EXP_MAGIC_BIASED);
  const realv nkf = (realv)EXP_MAGIC_BIASED - shifted; /* -k exactly */
  const intv bits = as_intv(shifted);
  const intv b1 = imax(bits, (intv)(EXP_MAGIC_BIASED_BITS - SC_SPLIT)); /* EXP_BIAS + k1 in the low bits */
  *k2 = bits - b1;
  const realv s = as_realv(b1 << EXP_SHIFT);
  const realv r = fma(nkf, (realv)LN2_LO, fma(nkf, (realv)LN2_HI, a));
  const realv t = fma(r * r, expm1_q(r), r);
  const realv eh = fma(t, s, s);
  *el = fma(t, s, s - eh); /* s - eh is exact: 1 + t is within [1/2, 2] */
  return eh;
}
#endif

/* ---- 16-bit storage: forms sized to the one rounding to f16 or bf16 ------------------ */
/* With f16 or bf16 storage (CLACT_NARROW), the formulas in kernels/act_*.cl use plain float
 * forms: exp in parts sized to the storage (below), then single quotients and products, no
 * pairs. A bf16 result stays within 0.53 ulp with about 2^-12 relative float error, f16
 * with about 2^-15; the fits here stay below that (f16 2^-14.6 at worst, bf16 2^-11.8),
 * and `clact check --dtype f16,bf16` measures every input against the bound of 1 ulp.
 * The cancellations the stable forms avoid are still avoided (1 - e and e^x - 1 come
 * from t). */
#if CLACT_DTYPE == 1 || CLACT_DTYPE == 2
#define CLACT_NARROW 1

/* -|a| as the sign bit set: one integer or where -fabs is an abs and a negation on PTX
 * (its max and fma take no negated operand); NaN stays NaN. */
CLACT_INLINE realv neg_abs(realv a) { return as_realv(as_bitsv(a) | (bitsv)0x80000000u); }

/* exp_parts' fit sized to 16-bit storage: the callers subtract k ln2 in one step (its
 * rounding is 2^-20 of r at most, |k| <= 363), and expm1(r) = r + r^2 Q(r) with Q of degree
 * 3 for f16 (2^-20 relative) or 2 for bf16 (2^-14.9; bf16 holds 8 bits),
 * tools/fit/fit_expm1.py --narrow. */
#define LN2_F 0.693147182f
/* expm1(r) for the reduced argument, |r| <= ln2 / 2 (also act_exp.cl's expm1_narrow) */
CLACT_INLINE realv expm1_reduced_narrow(realv r) {
#if CLACT_DTYPE == 1
  const realv q = fma(fma(fma((realv)8.357213810e-03f, r, (realv)4.183389992e-02f), r,
                          (realv)1.666663140e-01f),
                      r, (realv)4.999974966e-01f);
#else
  const realv q =
      fma(fma((realv)4.179205745e-02f, r, (realv)1.674194187e-01f), r, (realv)0.5f);
#endif
  return fma(r * r, q, r);
}

/* 1 - e^-2a for a >= 0 in storage-sized float, for forms that need e^-2a only next to 1
 * (tanh, tanhshrink). a is clamped at ONE_MINUS_EXP2_AMAX, where e^-2a is below 2^-43, far
 * under an ulp of 1, so the power of two stays normal and comes straight from the rounding's
 * bits: the magic number carries the exponent bias (+1), and a shift by EXP_SHIFT leaves
 * exactly 2^(1-j) (j = round(2a / ln2)), no separate integer and no split of the power. The
 * reduction is halved, r = a - j ln2/2 (|r| <= ln2/4), so that no step negates (PTX has no
 * negated fma operand): e^-2a = 2^-j (1 - 2w), w = r + r^2 P(r), P(r) = -2 q(-2r) with q
 * expm1_reduced_narrow's fit (its coefficients times powers of two: the same rounding), and
 * 1 - e^-2a = (1 - 2^-j) + w 2^(1-j). NaN propagates (the clamp's compare is false). */
#define ONE_MINUS_EXP2_AMAX 15.0f
#define ROUND_MAGIC_EXP2 12583040.0f /* 1.5 * 2^23 + 128 */
/* degree2: bf16's degree-2 fit for f16 too (2^-14.9 of e^-2a): enough for a result that
 * error reaches once (tanh forward: 0.535 ulp in f16), not for tanh^2. A constant after
 * inlining. */
CLACT_INLINE realv one_minus_exp2_narrow_(realv a, int degree2) {
  a = select(a, (realv)ONE_MINUS_EXP2_AMAX, a > ONE_MINUS_EXP2_AMAX);
  const realv shifted = fma(a, (realv)(-2 * LOG2E), (realv)ROUND_MAGIC_EXP2);
  const realv r = fma(shifted - (realv)ROUND_MAGIC_EXP2, (realv)(0.5f * LN2_F), a); /* -j */
  const realv s2 = as_realv(as_intv(shifted) << EXP_SHIFT); /* 2^(1-j), 0 <= j <= 44 */
  const realv p2 =
      fma(fma((realv)(-8 * 4.179205745e-02f), r, (realv)(4 * 1.674194187e-01f)), r, (realv)-1);
#if CLACT_DTYPE == 1
  const realv p = degree2
                      ? p2
                      : fma(fma(fma((realv)(16 * 8.357213810e-03f), r,
                                    (realv)(-8 * 4.183389992e-02f)),
                                r, (realv)(4 * 1.666663140e-01f)),
                            r, (realv)(-2 * 4.999974966e-01f));
#else
  const realv p = p2;
#endif
  return fma(fma(r * r, p, r), s2, fma(s2, (realv)-0.5f, (realv)1));
}

/* e^a = m 2^k2 for a <= 0: m = (1 + t) s stays normal (s = 2^max(k, -SC_SPLIT), as
 * sc_exp); 2^k2 is left to sc_finish, after any factor (dy, alpha, 1 / beta) that could
 * bring a tiny e^a back into range: a formula returns sc_make(its value / 2^k2, k2). The
 * rounding's magic number carries the exponent bias, so its bits are EXP_BIAS + k above a
 * constant; clamped at k1 = -SC_SPLIT they shift straight into 2^k1's exponent field, and
 * k2 = k - k1 is one subtraction (no k, no separate bias add). a is clamped at EXP_FLOOR
 * and NaN stays NaN; -inf gives m = 0 where zero_at_minf (a constant after inlining), else
 * the floor's value, for a caller that tests -inf itself anyway. fit (a constant): 0 the
 * storage-sized fit, 1 exp_parts' float-accurate reduction and fit (0.03 ulp of t) for the
 * backward forms whose f' has a zero (swish, mish, gelu_tanh, gelu): near it the contract
 * is absolute, |dy| 2^-23 plus half an ulp of storage (docs/ACCURACY.md), which a
 * storage-sized exp does not keep where the terms of f' cancel; 2 bf16's degree-2 fit in
 * f16 too (a result that e's error reaches once, times 1 at most). */
CLACT_INLINE realv exp_lean_narrow_(realv a, intv *k2, int zero_at_minf, int fit) {
  const intv minf = a == (realv)-INFINITY;
  a = select(a, (realv)EXP_FLOOR, a < EXP_FLOOR);
  const realv shifted = fma(a, (realv)LOG2E, (realv)EXP_MAGIC_BIASED);
  const realv nkf = (realv)EXP_MAGIC_BIASED - shifted; /* -k exactly */
  const intv bits = as_intv(shifted);
  /* EXP_BIAS + max(k, -SC_SPLIT) in the low bits: 17..127, so the shift leaves 2^k1 */
  const intv b1 = imax(bits, (intv)(EXP_MAGIC_BIASED_BITS - SC_SPLIT));
  *k2 = bits - b1;
  const realv s = as_realv(b1 << EXP_SHIFT);
  realv t;
  if (fit == 1) { /* exp_parts' reduction and fit */
    const realv r = fma(nkf, (realv)LN2_LO, fma(nkf, (realv)LN2_HI, a));
    t = fma(r * r, expm1_q(r), r);
  } else if (fit == 2) { /* bf16's degree-2 fit for f16 too (2^-14.9 of e^a) */
    const realv r = fma(nkf, (realv)LN2_F, a);
    const realv q = fma(fma((realv)4.179205745e-02f, r, (realv)1.674194187e-01f), r, (realv)0.5f);
    t = fma(r * r, q, r);
  } else {
    t = expm1_reduced_narrow(fma(nkf, (realv)LN2_F, a));
  }
  return fma(zero_at_minf ? select(t, (realv)-1, minf) : t, s, s);
}

/* e^r for |r| <= ln2 / 2 (plus 2^-8) as one cubic E(r) = E0 + r (E1 + r (E2 + r E3)),
 * 2^-13.7 relative (tools/fit/fit_narrow.py): bf16's form of exp_m_narrow_, and the deg 1
 * of exp_ranged_narrow_ and exp_half_square_narrow_, where E(r) s is one product where
 * (1 + (r + r^2 q)) s needs an fma more. */
#define EXP_E3 1.656667739e-01f
#define EXP_E2 5.049660206e-01f
#define EXP_E1 1.000164509e+00f
#define EXP_E0 9.999279976e-01f
CLACT_INLINE realv exp_e3_narrow_(realv r) {
  return fma(fma(fma((realv)EXP_E3, r, (realv)EXP_E2), r, (realv)EXP_E1), r, (realv)EXP_E0);
}

/* e^(-u/2) = m 2^k2 for 0 <= u <= 400 (gelu's a^2 for a <= 20, exact in float for a 16-bit
 * a; k >= -289, so k2 >= SC_KMIN), for the 16-bit gelu forms: exp_lean_narrow_'s biased rounding (2^k1 and
 * k2 from the rounding's bits) with no floor and no -inf case, which that range never
 * reaches, and the halving folded into the reduction: q = u + 2 k ln2 (|q| <= ln2 + tiny),
 * e^(-u/2) = 2^k e^(-q/2), e^(-q/2) = 1 + q p(q) with p expm1_reduced_narrow's fit at
 * r = -q/2 (its coefficients times powers of -1/2: the same rounding), so -u/2 is never
 * formed. deg (a constant after inlining): 1 for bf16's E(r) (exp_e3_narrow_ at r = -q/2,
 * its coefficients times powers of -1/2; 2^-13.7, one PTX instruction per element fewer
 * than 2), 2 for bf16's degree-2 fit of expm1 (2^-14.9), 3 for f16's degree-3 one
 * (2^-20) in either dtype. NaN propagates through q. */
CLACT_INLINE realv exp_half_square_narrow_(realv u, intv *k2, int deg) {
  const realv shifted = fma(u, (realv)(-0.5f * LOG2E), (realv)EXP_MAGIC_BIASED);
  const realv kf = shifted - (realv)EXP_MAGIC_BIASED; /* k exactly */
  const intv bits = as_intv(shifted);
  const intv b1 = imax(bits, (intv)(EXP_MAGIC_BIASED_BITS - SC_SPLIT)); /* EXP_BIAS + max(k, -SC_SPLIT) */
  *k2 = bits - b1;
  const realv s = as_realv(b1 << EXP_SHIFT);
  const realv q = fma(kf, (realv)(2 * LN2_F), u);
  if (deg == 1)
    return fma(fma(fma((realv)(-EXP_E3 / 8), q, (realv)(EXP_E2 / 4)), q, (realv)(-EXP_E1 / 2)),
               q, (realv)EXP_E0) *
           s;
  const realv p =
      deg == 3 ? fma(fma(fma(fma((realv)(-8.357213810e-03f / 32), q,
                                 (realv)(4.183389992e-02f / 16)),
                             q, (realv)(-1.666663140e-01f / 8)),
                         q, (realv)(4.999974966e-01f / 4)),
                     q, (realv)-0.5f)
               : fma(fma(fma((realv)(4.179205745e-02f / 16), q, (realv)(-1.674194187e-01f / 8)),
                         q, (realv)(0.5f / 4)),
                     q, (realv)-0.5f);
  return fma(q * p, s, s);
}

/* exp_lean_narrow_ for EXP_FLOOR <= a <= 0, for a caller whose argument stays in that range
 * (gelu_tanh's w with x clamped at GT_NARROW_ARG): no floor and no -inf test. deg (a
 * constant after inlining): 1 for bf16's E(r) (exp_e3_narrow_, 2^-13.7, one PTX
 * instruction per element fewer than 2), 2 for bf16's degree-2 fit of expm1 (2^-14.9), 3
 * for f16's degree-3 one (2^-20), in either dtype. NaN propagates through r. */
CLACT_INLINE realv exp_ranged_narrow_(realv a, intv *k2, int deg) {
  const realv shifted = fma(a, (realv)LOG2E, (realv)EXP_MAGIC_BIASED);
  const realv nkf = (realv)EXP_MAGIC_BIASED - shifted; /* -k exactly */
  const intv bits = as_intv(shifted);
  const intv b1 = imax(bits, (intv)(EXP_MAGIC_BIASED_BITS - SC_SPLIT)); /* EXP_BIAS + max(k, -SC_SPLIT) */
  *k2 = bits - b1;
  const realv s = as_realv(b1 << EXP_SHIFT);
  const realv r = fma(nkf, (realv)LN2_F, a);
  if (deg == 1) return exp_e3_narrow_(r) * s;
  const realv q = deg == 3 ? fma(fma(fma((realv)8.357213810e-03f, r, (realv)4.183389992e-02f), r,
                                     (realv)1.666663140e-01f),
                                 r, (realv)4.999974966e-01f)
                           : fma(fma((realv)4.179205745e-02f, r, (realv)1.674194187e-01f), r,
                                 (realv)0.5f);
  return fma(fma(r * r, q, r), s, s);
}


/* ---- the 16-bit logistic forms' exp, log1p and finish, fewest instructions ----------- */
/* The power a 16-bit form returns, k <= 0, floored at 1 - EXP_BIAS in f16 so that
 * sc_finish's second power is 2^0 and folds at compile time (the finish's own
 * max(k, 1 - EXP_BIAS) then equals k: a max, a sub, an add, a shift and a product fewer).
 * Why f16 can: k < 1 - EXP_BIAS only where k2 < 0, so the form's value is m (<= 2^-109.5,
 * the split's 2^-SC_SPLIT) times factors whose product P is at most 2^200 in the domain
 * (docs/ACCURACY.md, "Large factors"; a bounded polynomial factor such as 1 + z adds at
 * most 2^10); alpha m P 2^(1 - EXP_BIAS) <= 2^-25.5 then rounds to 0 in f16 (below 2^-25,
 * half its smallest subnormal), as the true, smaller value does, and an infinite factor
 * gives inf times a positive value either way. Every f16 result at or above 2^-25 is a
 * normal float, so one normal power rounds it once. bf16 shares float's exponent range
 * (results down to 2^-133 count): the two powers stay. */
CLACT_INLINE scaled sc_narrow(realv m, intv k) {
#if CLACT_DTYPE == 1
  return sc_make(m, imax(k, (intv)(1 - EXP_BIAS)));
#else
  return sc_make(m, k);
#endif
}

/* The steps exp_m_narrow_ and exp_any_narrow_ share, on an a already clamped: k1 =
 * max(k, -SC_SPLIT), *s = 2^k1, *k2 = k - k1, and the polynomial p = e^r: e^a = p (*s) 2^k2. */
CLACT_INLINE realv exp_split_narrow_(realv a, intv *k2, realv *s) {
  const realv shifted = fma(a, (realv)LOG2E, (realv)EXP_MAGIC_BIASED);
  const intv bits = as_intv(shifted);
  const intv b1 = imax(bits, (intv)(EXP_MAGIC_BIASED_BITS - SC_SPLIT)); /* as exp_lean_narrow_ */
  *k2 = bits - b1;
  *s = as_realv(b1 << EXP_SHIFT);
  const realv r = fma((realv)EXP_MAGIC_BIASED - shifted, (realv)LN2_F, a);
#if CLACT_DTYPE == 1
  return fma(fma(fma(fma((realv)4.145839810e-02f, r, (realv)1.679097861e-01f), r,
                     (realv)5.000436306e-01f),
                 r, (realv)9.999633431e-01f),
             r, (realv)9.999992847e-01f);
#else
  return exp_e3_narrow_(r);
#endif
}

/* e^a = m 2^k2 for a <= 0 as exp_lean_narrow_ (the rounding's bits give 2^k1 and k2), with
 * e^r as one polynomial E(r), degree 4 for f16 (2^-18.5 relative) or 3 for bf16 (2^-13.7),
 * tools/fit/fit_narrow.py: its fmas and m = E s replace expm1's r + r^2 Q and (1 + t) s
 * (one instruction fewer; no t, which only 1 - e^a needs). minf (a constant after
 * inlining): 0 a = -inf gives the floor's value (finite, for a form with m in a
 * denominator or x times m at x = +-inf); 1 m = 0 there (then 0 times an infinite factor is
 * NaN, as the exact product); 2 the same for an a that is -|x| of a stored input x itself,
 * with which f16 takes no float clamp: an f16 x keeps a >= -65504, the rounding's integer
 * exact (|k| <= 94504) and r within ln2/2 plus 2^-8, a k2 below the floor is sc_narrow's
 * (its values round to 0), and -inf's NaN r is replaced by the 0. A product such as beta x
 * is unbounded (its r would be garbage, its k2 could overflow), and bf16's a reaches
 * -3.4e38, whose product with log2(e) overflows: those clamp at EXP_FLOOR as
 * exp_lean_narrow_. */
CLACT_INLINE realv exp_m_narrow_(realv a, intv *k2, int minf) {
  const intv is_minf = a == (realv)-INFINITY;
#if CLACT_DTYPE == 1
  if (minf != 2) a = select(a, (realv)EXP_FLOOR, a < EXP_FLOOR);
#else
  a = select(a, (realv)EXP_FLOOR, a < EXP_FLOOR);
#endif
  realv s;
  const realv p = exp_split_narrow_(a, k2, &s);
  return (minf ? select(p, (realv)0, is_minf) : p) * s;
}

/* e^a = m 2^k2 for an a of either sign, for the bf16 forms that take e^z itself (not
 * e^-|z|) and so need no select by the sign of z: a clamped to [EXP_FLOOR, EXP_AMAX_NARROW]
 * (beyond 20 the callers' e / (1 + e) and the like are 1 in float), then exp_m_narrow_'s
 * steps: k1 = max(k, -SC_SPLIT) <= 29 keeps 2^k1 normal and m within [2^-110.5, e^20],
 * and k2 = k - k1 is 0 wherever a >= -76 (no select of k2 by the sign of a). NaN stays
 * NaN (both clamps compare false). */
#define EXP_AMAX_NARROW 20.0f
CLACT_INLINE realv exp_any_narrow_(realv a, intv *k2) {
  a = select(a, (realv)EXP_FLOOR, a < EXP_FLOOR);
  a = select(a, (realv)EXP_AMAX_NARROW, a > EXP_AMAX_NARROW);
  realv s;
  const realv p = exp_split_narrow_(a, k2, &s);
  return p * s;
}

/* log1p(e^a) / 2^k2 = m Q(m) for a <= 0 given m = e^a / 2^k2, Q of degree 5 for f16
 * (2^-16.9 relative) or 4 for bf16 (2^-14.1), tools/fit/fit_narrow.py: Q(m) alone, for
 * the caller's last fma (f m Q(m) + c, one instruction for the product and a sum). sign -1
 * (a constant) gives -Q, its coefficients negated (no negation of the result). Where k2 < 0,
 * m Q(m) is m itself to Q(0)'s 2^-16.9 or 2^-14.1. lean (a constant): bf16 takes degree 3
 * (2^-11.3; with E's 2^-13.7 a float error of about 2^-11, at most 0.5 + 2^-3 ulp after
 * the rounding to bf16, against the bound of 1), one fma fewer; f16 ignores it. */
CLACT_INLINE realv log1p_q_narrow_(realv m, float sign, int lean) {
#if CLACT_DTYPE == 1
  const realv q =
      fma(fma(fma(fma(fma((realv)(sign * -2.386798896e-02f), m, (realv)(sign * 1.012193710e-01f)),
                      m, (realv)(sign * -2.100461274e-01f)),
                  m, (realv)(sign * 3.252057731e-01f)),
              m, (realv)(sign * -4.993612468e-01f)),
          m, (realv)(sign * 9.999915957e-01f));
#else
  const realv q =
      lean ? fma(fma(fma((realv)(sign * -7.433985174e-02f), m, (realv)(sign * 2.540200949e-01f)),
                     m, (realv)(sign * -4.864122570e-01f)),
                 m, (realv)(sign * 9.996069074e-01f))
           : fma(fma(fma(fma((realv)(sign * 4.134538025e-02f), m, (realv)(sign * -1.574233323e-01f)),
                         m, (realv)(sign * 3.062984943e-01f)),
                     m, (realv)(sign * -4.969772995e-01f)),
                 m, (realv)(sign * 9.999432564e-01f));
#endif
  return q;
}
#else
#define CLACT_NARROW 0
#endif

/* ---- compensated arithmetic: values as hi + lo pairs -------------------------------- */

/* a + b = s + *err exactly (any magnitudes; finite inputs). */
CLACT_INLINE realv two_sum(realv a, realv b, realv *err) {
  const realv s = a + b;
  const realv bb = s - a;
  *err = (a - (s - bb)) + (b - bb);
  return s;
}

/* a + b = s + *err exactly when |a| >= |b| (3 operations instead of 6). */
CLACT_INLINE realv fast_two_sum(realv a, realv b, realv *err) {
  const realv s = a + b;
  *err = b - (s - a);
  return s;
}

/* (ah + al)(bh + bl) = hi + *lo to about an ulp of the low part. */
CLACT_INLINE realv mul2(realv ah, realv al, realv bh, realv bl, realv *lo) {
  const realv hi = ah * bh;
  *lo = fma(ah, bh, -hi) + (ah * bl + al * bh);
  return hi;
}

/* a (bh + bl) = hi + *lo, mul2 for an exact a: mul2(a, 0, ...) keeps a product and a sum
 * by 0 that the compiler may not drop (NaN, -0), two instructions per call in PTX. */
CLACT_INLINE realv mul1x2(realv a, realv bh, realv bl, realv *lo) {
  const realv hi = a * bh;
  *lo = fma(a, bh, -hi) + a * bl;
  return hi;
}

/* h^2 = hi + *lo exactly (square2 of an exact h, without its products by 0). */
CLACT_INLINE realv square1(realv h, realv *lo) {
  const realv hi = h * h;
  *lo = fma(h, h, -hi);
  return hi;
}

/* 1 + t = hi + *lo exactly for |t| <= 1 (fast two-sum). */
CLACT_INLINE realv one_plus(realv t, realv *lo) {
  const realv hi = (realv)1 + t;
  *lo = ((realv)1 - hi) + t;
  return hi;
}

/* 1/d within 12% for d > 0: enough to scale a correction term of an ulp or less. */
CLACT_INLINE realv rough_recip(realv d) {
#if CLACT_REAL_IS_DOUBLE
  return as_realv((bitsv)0x7FDE623822FC16E6ul - as_bitsv(d));
#else
  return as_realv((bitsv)0x7EF311C7u - as_bitsv(d));
#endif
}

/* (nh + nl) / (dh + dl) to about half an ulp: the quotient, then one correction from
 * its exact remainder (fma), so neither the division nor the pairs' low parts cost an
 * ulp each. Both pairs must be normalized (|lo| within an ulp or so of hi): the
 * correction is scaled by a rough reciprocal. */
CLACT_INLINE realv div2(realv nh, realv nl, realv dh, realv dl) {
  const realv q = nh / dh;
  return fma(fma(-q, dl, nl), rough_recip(dh), q);
}

/* div2 given the denominator's low part negated, ndl = -dl: fma(q, ndl, nl) where div2
 * negates q (PTX's fma takes no negated operand); the same value. */
CLACT_INLINE realv div2_ndl(realv nh, realv nl, realv dh, realv ndl) {
  const realv q = nh / dh;
  return fma(fma(q, ndl, nl), rough_recip(dh), q);
}

/* square2 with its low part negated, for div2_ndl: (h + l)^2 = hi - *nlo, the same
 * operations (one negation, of h instead of hi). */
CLACT_INLINE realv square2_nlo(realv h, realv l, realv *nlo) {
  const realv hi = h * h;
  const realv nh = -h;
  *nlo = fma(nh + nh, l, fma(nh, h, hi));
  return hi;
}

/* (h + l)^2 = hi + *lo to about an ulp of the low part. */
CLACT_INLINE realv square2(realv h, realv l, realv *lo) {
  const realv hi = h * h;
  *lo = fma(h, h, -hi) + (realv)2 * h * l;
  return hi;
}

/* hi + lo = b * x exactly (lo is the rounding error of the product, 0 when b is 1). */
CLACT_INLINE realv scaled_product(real b, realv x, realv *lo) {
  const realv hi = b * x;
  /* At an infinite product the error term is 0, not inf - inf. */
  *lo = select(fma((realv)b, x, -hi), (realv)0, isinf(hi));
  return hi;
}

/* ---- e^-|z| and 1 + e^-|z| in parts: the logistic family's common core --------------- */
typedef struct logistic {
  realv t;          /* e^-|z| = (1 + t) 2^k */
  realv p, p_lo;    /* 1 + t = p + p_lo exactly */
  intv k;
  realv tiny;       /* 2^k where k > LOGISTIC_KMIN, else 0 */
  realv e, e_lo;    /* (1 + t) 2^k = e + e_lo; 0 where tiny is */
  realv den, den_lo; /* 1 + e^-|z| = den + den_lo */
} logistic;

/* tiny and e keep 2^k only for k > LOGISTIC_KMIN (below, both are 0 and den is 1). f32:
 * an e^-|z| below 2^-63 joins 1 + e, or 1 - e, e^z - 1, (1 + q) + e, 2^-39 of an ulp below
 * them, and every result that e^-|z| leads takes it as (1 + t) and 2^k (p, k), not e:
 * dropping it leaves every result's bits (hashed where it acts, 8 <= |x| < 128, for every
 * row on this core: bench/results/s10-logistic/). Above it t's low bits reach about 2^-50
 * of 1, so e's low part and t 2^k stay normal; with the old floor (k > -126) e_lo, den_lo
 * and t 2^k were subnormal for 68 < |z| < 87, where the results are normal: a microcode
 * assist per vector on x86 (docs/PERFORMANCE.md, "Subnormal intermediates"). f64 keeps
 * its normal-range floor. */
#if CLACT_REAL_IS_DOUBLE
#define LOGISTIC_KMIN (1 - EXP_BIAS)
#else
#define LOGISTIC_KMIN (-64)
#endif
/* The rest of the logistic core from e^-|z| = (1 + t) 2^k. */
CLACT_INLINE logistic logistic_from_t(realv t, intv k);
/* For -|z| = a + a_lo. */
CLACT_INLINE logistic logistic_from(realv hi, realv a_lo) {
  intv k;
  const realv t = exp_parts(-fabs(hi), a_lo, &k);
  return logistic_from_t(t, k);
}
/* logistic_from with exp_parts_clamped (swish: e^-inf is e^EXP_FLOOR there). */
CLACT_INLINE logistic logistic_clamped(realv hi, realv a_lo) {
  intv k;
  const realv t = exp_parts_clamped(-fabs(hi), a_lo, &k);
  return logistic_from_t(t, k);
}
CLACT_INLINE logistic logistic_from_t(realv t, intv k) {
  logistic g;
  g.t = t;
  g.k = k;
  /* the power's bits where k > LOGISTIC_KMIN, else 0: no clamp, the select drops the rest */
  g.tiny = as_realv(select((intv)0, (g.k + EXP_BIAS) << EXP_SHIFT, g.k > LOGISTIC_KMIN));
  g.p = fast_two_sum((realv)1, g.t, &g.p_lo);
  g.e = fma(g.t, g.tiny, g.tiny);
  g.e_lo = fma(g.t, g.tiny, g.tiny - g.e); /* tiny - e is exact */
  g.den = (realv)1 + g.e;
  g.den_lo = (g.e - (g.den - (realv)1)) + g.e_lo; /* exact: 1 >= e */
  return g;
}

/* ---- the same core with 2^k kept in the exponent field (f32 swish and gelu_quick) ------
 * exp_parts_clamped's rounding with a magic number that carries the exponent bias
 * (as exp_lean_narrow_): the sum's bits are kb = KB_ZERO + k, so 2^k is one shift of kb
 * (the bits above the exponent field shift out), a clamp of k is one max and k - k1 one
 * subtraction: no k, no bias add (three PTX instructions per element fewer). zero_below
 * (a constant after inlining): e^a = 0 (t = -1) for every a below EXP_FLOOR, -inf
 * included, which every factor in the domain takes to 0 as it does e^EXP_FLOOR (a_lo then
 * needs no select: its value is dropped with t), and NaN flows through a; else
 * exp_parts_clamped's limits (one max; the formula keeps -inf and NaN itself). f64 takes
 * exp_parts (as exp_parts_clamped does there) and adds KB_ZERO. */
#define KB_ZERO as_intv((realv)EXP_MAGIC_BIASED) /* kb of k = 0; a constant */
CLACT_INLINE realv exp_parts_kb_(realv a, realv a_lo, intv *kb, int zero_below) {
#if CLACT_REAL_IS_DOUBLE
  intv k;
  const realv t = exp_parts(a, a_lo, &k);
  *kb = k + KB_ZERO;
  return t;
#else
  const intv below = a < EXP_FLOOR;
  if (!zero_below) a_lo = select(a_lo, (realv)-0.0f, below); /* as exp_parts_clamped */
  /* the clamp keeps kb near KB_ZERO (k2 = kb - k1b in range) */
  a = zero_below ? select(a, (realv)EXP_FLOOR, below) : fmax(a, (realv)EXP_FLOOR);
  const realv shifted = fma(a, (realv)LOG2E, (realv)EXP_MAGIC_BIASED);
  const realv nkf = (realv)EXP_MAGIC_BIASED - shifted; /* -k exactly */
  *kb = as_intv(shifted);
  realv r = fma(nkf, (realv)LN2_HI, a);
  r = fma(nkf, (realv)LN2_LO, r) + a_lo;
  const realv t = fma(r * r, expm1_q(r), r);
  return zero_below ? select(t, (realv)-1, below) : t;
#endif
}
CLACT_INLINE realv exp_parts_kb(realv a, realv a_lo, intv *kb) {
  return exp_parts_kb_(a, a_lo, kb, 0);
}
/* 2^k for a kb with 1 - EXP_BIAS <= k <= EXP_BIAS. */
CLACT_INLINE realv kb_pow2(intv kb) { return as_realv(kb << EXP_SHIFT); }
/* sc_exp for k given as kb. */
CLACT_INLINE scaled sc_exp_kb(realv v, intv kb) {
  const intv k1b = imax(kb, KB_ZERO - (intv)SC_SPLIT);
  return sc_make(v * kb_pow2(k1b), kb - k1b);
}

/* e^-|z| = (1 + t) 2^k and 1 + e^-|z| in parts, k as kb (swish's logistic_clamped). No
 * 1 + t pair: a numerator n (1 + t) is fma(n, t, n) and its rounding error (n_times_1pt). */
typedef struct logistic_k {
  realv t;
  intv kb;
  realv tiny;        /* 2^k where k > LOGISTIC_KMIN, else 0 */
  realv e, e_lo;     /* (1 + t) 2^k = e + e_lo */
  realv den, den_lo; /* 1 + e^-|z| = den + den_lo */
} logistic_k;
/* The core from e^-|z| = (1 + t) 2^k, k as kb (sigmoid's f32 forward has its own t, kb:
 * exp_parts_kb_ with zero_below). */
CLACT_INLINE logistic_k logistic_kb_from_t(realv t, intv kb) {
  logistic_k g;
  g.t = t;
  g.kb = kb;
  g.tiny = select((realv)0, kb_pow2(g.kb), g.kb > KB_ZERO + (intv)LOGISTIC_KMIN);
  g.e = fma(g.t, g.tiny, g.tiny);
  g.e_lo = fma(g.t, g.tiny, g.tiny - g.e); /* tiny - e is exact */
  g.den = (realv)1 + g.e;
  /* (1 + t) 2^k - (den - 1) in one fma, without e_lo: den - 1 (den in [1, 2]) and
   * tiny - (den - 1) (a multiple of den's ulp below 1, or tiny itself) are exact */
  g.den_lo = fma(g.t, g.tiny, g.tiny - (g.den - (realv)1));
  return g;
}
CLACT_INLINE logistic_k logistic_kb(realv hi, realv a_lo) {
  intv kb;
  const realv t = exp_parts_kb(-fabs(hi), a_lo, &kb);
  return logistic_kb_from_t(t, kb);
}
/* n (1 + t) = hi + *lo for |t| <= 0.42: hi rounded once, n - hi exact (Sterbenz: hi is
 * within [n/2, 2n]), *lo the rest rounded once (about an ulp of the low part). */
CLACT_INLINE realv n_times_1pt(realv n, realv t, realv *lo) {
  const realv hi = fma(n, t, n);
  *lo = fma(n, t, n - hi);
  return hi;
}

/* For z = hi + lo, lo the error of a product: -|hi + lo| = -|hi| - sign(hi) lo. */
CLACT_INLINE logistic logistic_parts(realv hi, realv lo) {
  return logistic_from(hi, select(-lo, lo, hi < 0));
}
/* For z = hi exactly. */
CLACT_INLINE logistic logistic_exact(realv hi) { return logistic_from(hi, NO_LO); }

/* 1 - e^-|z| = (1 - 2^k) - t 2^k as hi + *lo: full relative precision near z = 0. */
CLACT_INLINE realv one_minus_e(const logistic *g, realv *lo) {
  realv e2;
  const realv a = (realv)1 - g->tiny;              /* exact unless 2^k < 2^-SIG_BITS */
  const realv a_lo = ((realv)1 - a) - g->tiny;     /* what that rounding lost */
  /* fast_two_sum holds: a = 0 (k = 0) or |a| >= 1/2 > |t| 2^k */
  const realv s = fast_two_sum(a, -g->t * g->tiny, &e2);
  *lo = a_lo + e2;
  return s;
}

/* e^z - 1 for z <= 0 as hi + *lo: (2^k - 1) + t 2^k, no cancellation near 0 (the
 * exponential-linear rows, kernels/act_exp.cl). */
CLACT_INLINE realv expm1_neg(const logistic *g, realv *lo) {
  return two_sum(g->tiny - (realv)1, g->t * g->tiny, lo);
}

/* log1p(u) = hi + *lo for u = uh + ul in [0, 1], a normalized pair: 2 atanh(s) with
 * s = u / (2 + u) <= 1/3, the leading 2s exact and everything else in the low part. */
CLACT_INLINE realv log1p_pair(realv uh, realv ul, realv *lo) {
  realv e;
  const realv dh = fast_two_sum((realv)2, uh, &e);
  /* s = s + s_lo: the quotient and its correction (as in div2), kept apart */
  const realv s = uh / dh;
  const realv s_lo = fma(-s, e, fma(-s, dh, uh) + ul) * rough_recip(dh);
  const realv s2 = s * s;
#if CLACT_REAL_IS_DOUBLE
  /* 2 s^(2j+1) / (2j+1) up to j = 15: truncation below 2^-60 relative */
  realv poly = (realv)(2.0 / 31);
  for (int j = 14; j >= 1; --j) poly = fma(poly, s2, (realv)(2.0 / (2 * j + 1)));
#else
  const realv poly =
      fma(fma(fma(fma(fma(fma((realv)(2.0f / 15), s2, (realv)(2.0f / 13)), s2, (realv)(2.0f / 11)),
                      s2, (realv)(2.0f / 9)),
                  s2, (realv)(2.0f / 7)),
              s2, (realv)(2.0f / 5)),
          s2, (realv)(2.0f / 3));
#endif
  *lo = fma(s * s2, poly, (realv)2 * s_lo);
  return (realv)2 * s; /* exact */
}

CLACT_INLINE realv log1p_norm(realv uh, realv ul) {
  realv lo;
  const realv hi = log1p_pair(uh, ul, &lo);
  return hi + lo;
}

/* log1p(u) for any pair u = uh + ul in [0, 1]. */
CLACT_INLINE realv log1p_unit(realv uh, realv ul) {
  realv lo;
  const realv hi = two_sum(uh, ul, &lo);
  return log1p_norm(hi, lo);
}
