/* act_exp.cl — the exponential-linear family: x above 0, a multiple of e^z - 1
 * below, e^z - 1 from math.cl's expm1_neg (no cancellation near 0).
 *
 * Rows: elu, selu, celu.
 *
 * Same conventions in every act_*.cl file: fwd_NAME(x, p0, p1) gives y = f(x),
 * bwd_NAME(x, dy, p0, p1) gives dx = dy * f'(x), bwdy_NAME(y, dy, p0, p1) gives dx in terms
 * of y = f(x) where defined; each returns a `scaled` value (kernels/math.cl): the kernel
 * applies alpha, then 2^k. All are generic over the vector width and built on math.cl.
 * docs/ACCURACY.md and docs/ACTIVATION_FORMS.md have the forms, bounds and special values.
 */

#if CLACT_NARROW
/* e^a - 1 for the forward rows in 16-bit storage, whose caller takes x itself wherever
 * a >= 0 or a is NaN (any value here is then discarded, so a is not clamped above). Below
 * -20, e^a - 1 rounds to -1 in float, so a is clamped there (-inf too: fmax takes the
 * number) and the power 2^k, k >= -29, is always normal: it comes from the rounded k's
 * own bits (ROUND_MAGIC's low bits are zero, so bits << EXP_SHIFT is k << EXP_SHIFT),
 * with no -inf and NaN selects nor the split of 2^k that products by dy need.
 * (2^k - 1) + t 2^k sums as the f32 form does: no cancellation near 0, where k = 0 and the
 * result is t itself (expm1_reduced_narrow: 2^-20 relative for f16, 2^-14.9 for bf16). */
#define EXPM1_NARROW_FLOOR ((real)-20)
CLACT_INLINE realv expm1_narrow(realv a) {
  a = fmax(a, (realv)EXPM1_NARROW_FLOOR);
  const realv shifted = fma(a, (realv)LOG2E, (realv)ROUND_MAGIC);
  const realv r = fma(ROUND_MAGIC - shifted, (realv)LN2_F, a);
  const realv s = as_realv((as_bitsv(shifted) << EXP_SHIFT) + ((bitsv)EXP_BIAS << EXP_SHIFT));
  return fma(expm1_reduced_narrow(r), s, s - (realv)1);
}
#endif

/* ---- elu: x if x > 0 else alpha (e^x - 1) (p0 = alpha) ------------------------------ */
/* e^x - 1 = (2^k - 1) + t 2^k, summed exactly in two parts: no cancellation near 0. */
CLACT_INLINE scaled fwd_elu(realv x, real p0, real p1) {
#if CLACT_NARROW
  /* x where x is not negative: -0 and NaN too */
  return sc_plain(select(x, (realv)p0 * expm1_narrow(x), x < 0));
#else
  const logistic g = logistic_exact(x);
  realv lo;
  const realv hi = expm1_neg(&g, &lo);
  return sc_plain(select(fma((realv)p0, hi, p0 * lo), x, x >= 0)); /* keeps the sign of -0 */
#endif
}
/* f'(x) = alpha e^x = alpha (1 + t) 2^k for x <= 0. */
CLACT_INLINE scaled bwd_elu(realv x, realv dy, real p0, real p1) {
#if CLACT_NARROW
  /* exp_m_narrow_ (one polynomial E(r), 2^k1 and k2 from the rounding's bits; a stored x
   * or 0: f16 takes no clamp, m = 0 at -inf) and sc_narrow's one power in f16: on PoCL
   * 29 AVX-512 instructions per 16 elements in f16 (was 39), 34 in bf16 (was 40). Its
   * argument is x itself for x <= 0 (NaN too) and 0 above, where -|x| was, so that k2 is 0
   * wherever dy is taken (no select of k2): the same bits, bf16's loop 46 -> 44 instructions
   * (bench/results/s17-bf16/) */
  intv k2;
  const intv pos = x > 0;
  const realv m = exp_m_narrow_(select(x, (realv)0, pos), &k2, 2);
  return sc_narrow(select(dy * (p0 * m), dy, pos), k2);
#else
  const logistic g = logistic_exact(x);
  return sc_select(sc_mul(sc_exp1(g.t, (realv)p0, g.k), dy), sc_plain(dy), x > 0);
#endif
}
/* For x <= 0, f'(x) = alpha e^x = y + alpha. */
CLACT_INLINE scaled bwdy_elu(realv y, realv dy, real p0, real p1) {
  return sc_plain(select(dy * (y + p0), dy, y > 0));
}

/* ---- selu: scale x for x > 0, scale alpha (e^x - 1) below (PyTorch's constants) ------ */
#define SELU_S_HI REAL_C(1.0507009873554805, 1.0507010221481323f)
#define SELU_S_LO REAL_C(3.9874847667154144e-17, -3.479265231476347e-08f)
#define SELU_SA_HI REAL_C(1.7580993408473768, 1.7580993175506592f) /* scale * alpha */
#define SELU_SA_LO REAL_C(1.41535193800845e-17, 2.3296717444054593e-08f)

CLACT_INLINE scaled fwd_selu(realv x, real p0, real p1) {
#if CLACT_NARROW
  return sc_plain(select(SELU_S_HI * x, SELU_SA_HI * expm1_narrow(x), x < 0));
#else
  const logistic g = logistic_exact(x);
  realv lo;
  const realv hi = expm1_neg(&g, &lo);
  const realv neg = fma((realv)SELU_SA_HI, hi, fma((realv)SELU_SA_LO, hi, SELU_SA_HI * lo));
  /* scale * x rounded once; at +inf the low product would be inf - inf */
  const realv pos = copysign(select(fma((realv)SELU_S_HI, x, SELU_S_LO * x), x, isinf(x)), x);
  return sc_plain(select(neg, pos, x >= 0)); /* -0 keeps its sign, as elu */
#endif
}
/* f' = scale alpha e^x for x <= 0 (PyTorch's choice at 0), scale above. */
CLACT_INLINE scaled bwd_selu(realv x, realv dy, real p0, real p1) {
#if CLACT_NARROW
  intv k2; /* as bwd_elu */
  const realv m = exp_m_narrow_(neg_abs(x), &k2, 2);
  return sc_narrow(select(dy * (SELU_SA_HI * m), SELU_S_HI * dy, x > 0),
                   select(k2, (intv)0, x > 0));
#else
  const logistic g = logistic_exact(x);
  const scaled neg = sc_mul(sc_exp1(g.t, (realv)SELU_SA_HI, g.k), dy);
  const realv pos = fma((realv)SELU_S_HI, dy, SELU_S_LO * dy);
  return sc_select(neg, sc_plain(pos), x > 0);
#endif
}
/* For y <= 0: scale alpha e^x = y + scale alpha; y + SA_HI is exact near -SA (Sterbenz). */
CLACT_INLINE scaled bwdy_selu(realv y, realv dy, real p0, real p1) {
  const realv pos = fma((realv)SELU_S_HI, dy, SELU_S_LO * dy);
  return sc_plain(select(dy * ((y + SELU_SA_HI) + SELU_SA_LO), pos, y > 0));
}

/* ---- celu: x for x > 0, alpha (e^(x/alpha) - 1) below (p0 = alpha > 0) ---------------- */
/* x / alpha kept as hi + lo (the remainder is exact), so that e^z sees no rounding of z. */
CLACT_INLINE logistic celu_parts(realv x, real p0) {
  const realv z = x / p0;
  return logistic_parts(z, fma(-z, (realv)p0, x) / p0);
}
#if CLACT_NARROW
/* x / alpha for 16-bit storage as a product (x s) r, r = 1 / (alpha s) a loop invariant,
 * no division per element: on AMD's GPUs (GCN, bench/gpu-model) about 10 instructions per
 * element fewer (f16 forward 25.9 -> 16.1), in PTX one instruction more (div.rn.f32 is one
 * PTX instruction that ptxas expands), on PoCL (AVX-512) one vdivps fewer and one vmulps
 * more per 16 elements, 0-6 % less CPU time (bench/results/s14-silu/). s is a power of two
 * chosen once from alpha: 2^64 where alpha < 2^-64, so that a subnormal alpha's
 * reciprocal stays finite (1 / alpha overflows below 2^-128, and x / alpha is finite
 * for bf16's subnormal x there); 2^-64 where alpha > 2^64, so that r stays normal (full
 * precision); 1 otherwise. x s is exact unless it overflows, and then x / alpha is
 * beyond the clamps as well (|x| > 2^64 with alpha < 2^-64), or it underflows, where
 * x / alpha < 2^-125 is 0 to the exp (alpha > 2^64). r and the product round once
 * each: z within 2^-23 relative of x / alpha (the division's 2^-24), an error of
 * |z| 2^-23 <= 2^-18.6 in e^z over the range that is not -1 (z > -20), far below the
 * 16-bit rounding (2^-15 relative for f16). */
CLACT_INLINE realv celu_ratio_narrow(realv x, real p0) {
  const real s = p0 < 0x1p-64f ? 0x1p64f : p0 > 0x1p64f ? 0x1p-64f : 1.0f;
  const real r = (real)1 / (p0 * s);
  return (x * s) * r;
}
#endif
/* Where |x / alpha| < 2^-60 (float: 2^-30), alpha (e^(x/alpha) - 1) = x (1 + x/(2 alpha) +
 * ...) rounds to x itself; the formula would give 0 where x / alpha underflows (x = -2e-272
 * with alpha = 1e300 in f64: a campaign's finding), so x is taken there. */
#define CELU_TINY_RATIO REAL_C(0x1p-60, 0x1p-30f)
CLACT_INLINE scaled fwd_celu(realv x, real p0, real p1) {
#if CLACT_NARROW
  /* the complement of linear below in one comparison (alpha > 0): at x = -alpha 2^-30
   * both forms round to x, and where alpha 2^-30 underflows it is x < 0, which keeps -0 */
  const intv neg = x < -(p0 * CELU_TINY_RATIO);
  return sc_plain(select(x, (realv)p0 * expm1_narrow(celu_ratio_narrow(x, p0)), neg));
#else
  const intv linear = x >= 0 || fabs(x) < (realv)(p0 * CELU_TINY_RATIO);
  const logistic g = celu_parts(x, p0);
  realv lo;
  const realv hi = expm1_neg(&g, &lo);
  return sc_plain(select(fma((realv)p0, hi, p0 * lo), x, linear));
#endif
}
CLACT_INLINE scaled bwd_celu(realv x, realv dy, real p0, real p1) {
#if CLACT_NARROW
  /* as bwd_elu: exp_m_narrow_ (one polynomial E(r), 2^k1 and k2 from the rounding's bits;
   * x / alpha is unbounded, so both dtypes clamp at EXP_FLOOR, and m = 0 at -inf) where
   * exp_narrow's expm1 fit, 2^k1 and k2 took more; through sc_narrow: f16's k floored at
   * 1 - EXP_BIAS, so the finish takes one power (bf16 keeps k2 as it is) */
  intv k2;
  const realv m = exp_m_narrow_(neg_abs(celu_ratio_narrow(x, p0)), &k2, 1);
  return sc_narrow(select(dy * m, dy, x > 0), select(k2, (intv)0, x > 0));
#else
  const logistic g = celu_parts(x, p0);
  return sc_select(sc_mul(sc_exp1(g.t, (realv)1, g.k), dy), sc_plain(dy), x > 0);
#endif
}
/* For y <= 0: e^(x/alpha) = (y + alpha) / alpha, y + alpha exact near -alpha (16-bit
 * storage: the quotient as the forward's product, celu_ratio_narrow). */
CLACT_INLINE scaled bwdy_celu(realv y, realv dy, real p0, real p1) {
#if CLACT_NARROW
  return sc_plain(select(dy * celu_ratio_narrow(y + p0, p0), dy, y > 0));
#else
  return sc_plain(select(dy * ((y + p0) / p0), dy, y > 0));
#endif
}
