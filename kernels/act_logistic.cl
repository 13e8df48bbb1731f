/* act_logistic.cl — the logistic family: forms built on e^-|z| (math.cl's logistic and
 * exp_m_narrow_), with no overflow (e^+|x|), no cancellation (1 - s, 2/(1+e^-2x) - 1) and a
 * subnormal result rounded once.
 *
 * Rows: sigmoid, tanh, swish, softplus, logsigmoid, tanhshrink, mish, gelu_quick.
 *
 * Same conventions in every act_*.cl file: fwd_NAME(x, p0, p1) gives y = f(x),
 * bwd_NAME(x, dy, p0, p1) gives dx = dy * f'(x), bwdy_NAME(y, dy, p0, p1) gives dx in terms
 * of y = f(x) where defined; each returns a `scaled` value (kernels/math.cl): the kernel
 * applies alpha, then 2^k. All are generic over the vector width and built on math.cl.
 * docs/ACCURACY.md and docs/ACTIVATION_FORMS.md have the forms, bounds and special values.
 */

/* ---- sigmoid: 1 / (1 + e^-x) ------------------------------------------------------- */
/* With e = e^-|x| = (1 + t) 2^k: s(|x|) = 1 / (1+e), s(-|x|) = (1 + t) / (1+e) * 2^k, the
 * quotient compensated and 2^k applied last (a subnormal result is rounded once). */
#if !CLACT_NARROW
/* sigmoid(z) given -|z|'s low part a_lo (NO_LO when z is exact). */
CLACT_INLINE scaled sigmoid_z(realv z, realv a_lo) {
  const logistic g = logistic_from(z, a_lo);
  const realv s = div2(select((realv)1, g.p, z < 0), select((realv)0, g.p_lo, z < 0), g.den,
                       g.den_lo);
  return sc_exp(s, select((intv)0, g.k, z < 0));
}
#endif
#if CLACT_NARROW
/* sigmoid(z) for 16-bit storage (also softplus' and logsigmoid's f'): e^-|z| = m 2^k2 with
 * m = 0 at z = +-inf (1 and 0 exactly, and 0 times an infinite factor is NaN). minf (a
 * constant): 2 where z is a stored input itself (x, -x), 1 where it is beta x. */
CLACT_INLINE scaled sigmoid_narrow(realv z, int minf) {
  intv k2;
  const realv m = exp_m_narrow_(neg_abs(z), &k2, minf);
  const realv r = (realv)1 / ((realv)1 + m);
  return sc_narrow(select(r, m * r, z < 0), select((intv)0, k2, z < 0));
}
#endif
#if CLACT_DTYPE == 2
/* bf16's forward: e / (1 + e) from e = e^x = m 2^k2 itself (exp_any_narrow_, as
 * swish_narrow_'s bf16 form): no -|x|, no -inf test, no select of the quotient nor of k2 by
 * the sign of x. Its error is e's (2^-13.7) times 1 / (1 + e) <= 1, and the quotient's
 * roundings. x = +inf takes the clamp's e^20 (e / (1 + e) within 2^-23 of 1, which rounds
 * to 1 in bf16); x = -inf the floor's e^-251 (alpha m 2^k2 below 2^-233 for every finite
 * alpha: +0); NaN stays NaN. On PoCL's AVX-512 loop 38 instructions per 16 elements where
 * sigmoid_narrow took 40 (bench/results/s17-bf16/). */
CLACT_INLINE scaled sigmoid_bf16_(realv x) {
  intv k2;
  const realv m = exp_any_narrow_(x, &k2);
  return sc_make(m * ((realv)1 / ((realv)1 + m)), k2);
}
#endif
#if !CLACT_NARROW && !CLACT_REAL_IS_DOUBLE
/* f32's forward: sigmoid_z's numbers, with 2^k kept as kb (math.cl's logistic_kb core,
 * as swish): no k, no bias add, the clamp of k one max (sc_exp_kb). zero_below: e^-|x| = 0
 * (t = -1) below EXP_FLOOR and at x = +-inf, so +inf gives 1 / 1 and -inf (1 - 1) / 1 = 0
 * exactly, and a NaN x stays NaN through t (logistic_kb's one-max clamp would drop it). */
CLACT_INLINE scaled sigmoid_f32_(realv x) {
  intv kb;
  const realv t = exp_parts_kb_(as_realv(as_bitsv(x) | (bitsv)SIGN_BIT), NO_LO, &kb, 1);
  const logistic_k g = logistic_kb_from_t(t, kb);
  const intv neg = x < 0;
  realv p_lo;
  const realv p = fast_two_sum((realv)1, t, &p_lo); /* 1 + t exactly, |t| < 1 */
  const realv s = div2(select((realv)1, p, neg), select((realv)0, p_lo, neg), g.den, g.den_lo);
  return sc_exp_kb(s, select(KB_ZERO, kb, neg));
}
/* k in [SC_KMIN, 0] (k1 = max(k, -SC_SPLIT), k >= SC_KMIN - SC_SPLIT at EXP_FLOOR): the
 * dense loops finish with sc_finish_shifted (the same powers) */
#define FINISH_SHIFTED_fwd_sigmoid 1
#endif
CLACT_INLINE scaled fwd_sigmoid(realv x, real p0, real p1) {
#if CLACT_DTYPE == 2
  return sigmoid_bf16_(x);
#elif CLACT_NARROW
  return sigmoid_narrow(x, 2);
#elif !CLACT_REAL_IS_DOUBLE
  return sigmoid_f32_(x);
#else
  return sigmoid_z(x, NO_LO);
#endif
}
/* s'(x) = s(x) s(-x) = e / (1+e)^2: no 1 - s that is 0 for large x. */
CLACT_INLINE scaled bwd_sigmoid(realv x, realv dy, real p0, real p1) {
#if CLACT_NARROW
  /* e = e^-|x| = m 2^k2 (exp_m_narrow_: -|x| of a stored x, m = 0 at x = +-inf) and
   * sc_narrow's one power in f16, where expm1's fit, (1 + t) s and two powers took more (on
   * PoCL's AVX-512 loop f16 50 -> 41, bf16 49 -> 45 instructions per 16 elements,
   * bench/results/s17-bf16/). The error is e's times (1 - e) / (1 + e) <= 1. */
  intv k2;
  const realv m = exp_m_narrow_(neg_abs(x), &k2, 2);
  const realv r = (realv)1 / ((realv)1 + m);
  return sc_narrow(dy * (m * r * r), k2);
#else
  const logistic g = logistic_exact(x);
  realv d2_lo;
  const realv d2 = square2(g.den, g.den_lo, &d2_lo);
  return sc_mul(sc_exp(div2(g.p, g.p_lo, d2, d2_lo), g.k), dy);
#endif
}
CLACT_INLINE scaled bwdy_sigmoid(realv y, realv dy, real p0, real p1) {
  return sc_plain(dy * (y * ((realv)1 - y)));
}

/* ---- tanh -------------------------------------------------------------------------- */
/* tanh|x| = (1 - e) / (1 + e), e = e^-2|x|, with 1 - e = (1 - 2^k) - t 2^k exact in two
 * parts: full relative precision near 0, where the textbook 2/(1+e^-2x) - 1 has none. */
#if CLACT_NARROW
/* 16-bit storage: tanh|x| = d / (2 - d), d = 1 - e^-2|x| (one_minus_exp2_narrow: relative
 * accuracy near 0, and 1 exactly once e^-2|x| is below an ulp). */
CLACT_INLINE realv tanh_abs_narrow_(realv ax, int degree2) {
  const realv d = one_minus_exp2_narrow_(ax, degree2);
  return d / ((realv)2 - d);
}
#endif
CLACT_INLINE scaled fwd_tanh(realv x, real p0, real p1) {
#if CLACT_NARROW
  return sc_plain(copysign(tanh_abs_narrow_(fabs(x), 1), x));
#else
  const logistic g = logistic_exact((realv)2 * x);
  realv num_lo;
  const realv num = one_minus_e(&g, &num_lo);
  return sc_plain(copysign(div2(num, num_lo, g.den, g.den_lo), x));
#endif
}
/* 1 - tanh^2 = 4e / (1+e)^2: exact to the end of the tail, where (1-t)(1+t) of a rounded
 * t would be 0. */
CLACT_INLINE scaled bwd_tanh(realv x, realv dy, real p0, real p1) {
#if CLACT_NARROW
  /* e = e^-2|x| = m 2^k2 as bwd_sigmoid's (-2|x| of a stored x is exact: in f16 at least
   * -131008, whose rounding to k is exact and whose r stays within ln2/2 plus 2^-8, as
   * exp_m_narrow_'s minf 2 needs; f16 52 -> 42, bf16 51 -> 47 instructions) */
  intv k2;
  const realv m = exp_m_narrow_((realv)-2 * fabs(x), &k2, 2);
  const realv r = (realv)1 / ((realv)1 + m);
  return sc_narrow(dy * ((realv)4 * m * r * r), k2);
#else
  const logistic g = logistic_exact((realv)2 * x);
  realv d2_lo;
  const realv d2 = square2(g.den, g.den_lo, &d2_lo);
  scaled d = sc_exp(div2((realv)4 * g.p, (realv)4 * g.p_lo, d2, d2_lo), g.k);
  /* |tanh'| <= 1 (m > 1 only near 0, where k = 0): a last-ulp excess there would overflow
   * dy = FLT_MAX (NaN stays) */
  d.m = select(d.m, (realv)1, d.m > 1);
  return sc_mul(d, dy);
#endif
}
CLACT_INLINE scaled bwdy_tanh(realv y, realv dy, real p0, real p1) {
  return sc_plain(dy * (((realv)1 - y) * ((realv)1 + y)));
}

/* z = beta x = hi + *lo exactly, for softplus' f' (swish takes -lo, bwd_swish): math.cl's
 * scaled_product without its guard at an infinite product, where *lo is NaN and harmless:
 * exp_parts drops a low part below its floor. */
CLACT_INLINE realv beta_product(real b, realv x, realv *lo) {
  const realv hi = b * x;
  *lo = fma((realv)b, x, -hi);
  return hi;
}

/* ---- swish: x * sigmoid(beta x) (p0 = beta; beta 1 is SiLU) ------------------------- */
/* z = beta x kept exact as hi + lo. x (1 + t) / (1+e), times 2^k for z < 0; far below,
 * the product underflows to 0 with the sign of x. */
#if !CLACT_NARROW
/* x sigmoid(z), z = beta x = hi + lo, given -|z|'s low part a_lo (NO_LO when z is exact:
 * the beta = 1 call then drops every operation on it). */
CLACT_INLINE scaled swish_fwd_z(realv x, realv z, realv a_lo) {
  const logistic_k g = logistic_kb(z, a_lo); /* x = +-inf is kept below */
  const intv neg = z < 0;
  /* the numerator x (1 + t) for z < 0, x for z >= 0, as a normalized pair (no 1 + t pair:
   * t is 0 for z >= 0, where the low part is then 0) */
  realv nl;
  const realv nh = n_times_1pt(x, select((realv)0, g.t, neg), &nl);
  const realv s = div2(nh, nl, g.den, g.den_lo);
  scaled r = sc_exp_kb(s, select(KB_ZERO, g.kb, neg)); /* x is a factor: 2^k after it */
  /* x = +-inf: |x| where z > 0, else 0 (not inf * e^-inf, nor div2's inf * 0; z is +-inf
   * there, or NaN at f32's beta 0, not < 0: |x| again, x / 2's limit; f64's beta 0
   * takes its own path); then x's sign bit, which the result has
   * everywhere (sigmoid > 0): it gives -0 at x = -0, which div2's correction turns into +0,
   * and keeps a NaN x. */
  const realv ax = fabs(x); /* isinf(x) as |x| == inf: one compare of |x|, which the select
                              * needs anyway, where isinf masked x's bits again */
  r.m = select(r.m, select(ax, (realv)0, neg), ax == (realv)INFINITY);
  r.m = or_sign(r.m, x);
  return r;
}

/* f' for z = hi - nlo (nlo 0 when exact: z's low part negated, which beta's product gives
 * without a negation), a_lo as above. */
CLACT_INLINE scaled swish_bwd_z(realv z, realv nlo, realv a_lo) {
  const logistic_k g = logistic_kb(z, a_lo); /* z = +-inf is kept below */
  const intv neg = z < 0;
  realv nd2_lo;
  const realv d2 = square2_nlo(g.den, g.den_lo, &nd2_lo);
  /* (1 + z) + e, plain: 1 + z is exact for -2^24 <= z <= -1/2, and a + e then too where
   * they cancel (within a factor 2 of each other, f' near its zero: Sterbenz), so only
   * e's and z's low parts join after; elsewhere c rounds twice, about an ulp, where the
   * pair sums of 1 + z and a + e cost 13 instructions (sampled: 2.897 -> 2.938 ulp) */
  const realv a = (realv)1 + z;
  const realv c = (a + g.e) + (g.e_lo - nlo);
  realv cp_lo;
  const realv cp = n_times_1pt(c, g.t, &cp_lo); /* c (1 + t) */
  realv w_lo;
  /* e (1+z) <= 1, at most half of 1 + e (1+z): 1 + z's rounding costs a quarter ulp */
  const realv w = fast_two_sum((realv)1, g.e * a, &w_lo);
  const realv s = div2_ndl(select(w, cp, neg), select(w_lo, cp_lo, neg), d2, nd2_lo);
  scaled d = sc_exp_kb(s, select(KB_ZERO, g.kb, neg));
  d = sc_vanish(d, z < EXP_FLOOR, (realv)-1); /* 1 + z overflows there: f' < 0 */
  /* z = -inf and +inf by one compare each (isinf(z) && z < 0 was a mask, a compare and a
   * mask operation more in the AVX-512 loop; the same lanes, NaN in neither) */
  d.m = select(d.m, (realv)0, z == (realv)-INFINITY);
  d.m = select(d.m, (realv)1, z == (realv)INFINITY);
  return d;
}
#endif

#if CLACT_NARROW
/* x sigmoid(b x) for 16-bit storage. f16: e = e^-|z| = m 2^k2, x / (1 + m) for z >= 0,
 * x m / (1 + m) 2^k2 for z < 0. bf16: sigma(z) = e / (1 + e) with e = e^z = m 2^k2 itself
 * (exp_any_narrow_: no -|z|, no select of the numerator nor of k2 by the sign of z; 1 + e
 * is 1 + m wherever k2 < 0, m <= 2^-109.5), x times the quotient (<= 1: no overflow of
 * x e). NaN flows through m. At z = -inf the value is +-0 exactly (gated.cl's
 * GATE_EXACT_LIMITS relies on it). */
CLACT_INLINE scaled swish_narrow_(realv x, real b) {
  const realv z = b * x;
  intv k2;
#if CLACT_DTYPE == 2
  const realv m = exp_any_narrow_(z, &k2);
  const realv sg = m * ((realv)1 / ((realv)1 + m));
  /* z = -inf (x = +-inf, or a huge beta): +-0 with x's sign, not inf * e^-inf */
  return sc_make(
      select(x * sg, as_realv(as_bitsv(x) & (bitsv)0x80000000u), z == (realv)-INFINITY), k2);
#else
  const realv a = neg_abs(z);
  /* m the floor's value at z = -inf (finite: 1 / (1 + m) stays 1 there) */
  const realv m = exp_m_narrow_(a, &k2, 0);
  const intv neg = z < 0;
  /* z = -inf (x = +-inf, or a huge beta): +-0 with x's sign, not inf * e^-inf; x is a
   * factor: 2^k2 after it */
  const realv xm = select(x * m, as_realv(as_bitsv(x) & (bitsv)0x80000000u), a == -INFINITY);
  return sc_narrow(select(x, xm, neg) * ((realv)1 / ((realv)1 + m)), select((intv)0, k2, neg));
#endif
}
#endif
#if CLACT_NARROW && defined(CLACT_CONTIGUOUS)
/* The 16-bit 1-D dense loops on CPUs (elementwise.cl, SIDED) test beta once, outside
 * the loop, as f32's do: beta 1 (SiLU, the default) runs swish_narrow_ with z = x (no
 * product) in a loop of its own, every other beta fwd_swish (its beta 0 test, then
 * swish_narrow_). Inside the one loop PoCL tested beta for every vector (a compare and two
 * branches) and loaded beta from the stack: on PoCL's AVX-512 loop at beta 1 bf16 50 -> 40,
 * f16 39 -> 36 instructions per 16 elements (bench/results/s17-bf16/). The same formulas,
 * so the same bits. Not on GPUs, whose loop would keep both sides (as CLACT_SWISH_SILU). */
CLACT_INLINE scaled fwd_swish_narrow_one_(realv x, real p0, real p1) {
  (void)p0;
  (void)p1;
  return swish_narrow_(x, (real)1);
}
#define SIDES_fwd_swish        1
#define SIDE1_IF_fwd_swish(p0) ((p0) == 1)
#define SIDE1_fwd_swish        fwd_swish_narrow_one_
#endif

#if CLACT_NARROW
/* swish's f' for 16-bit storage from e = e^z itself, any sign of z (as bf16's forward: no
 * -|z|, no select of the numerator nor of k2 by the sign of z):
 *   f' = s(z) (1 + z s(-z)) = e ((1 + z) + e) / (1 + e)^2,
 * z clamped to [EXP_FLOOR, SWISH_BWD_ZMAX], e = m 2^k2 (k2 = 0 for z >= -76; below, 1 + e
 * is 1 + m, m <= 2^-109.5, and (1 + z) + m is 1 + z to float's precision). Near f''s zero
 * (z = -1.2785) 1 + z is exact (Sterbenz) and so is (1 + z) + e where they cancel: the
 * error of f' there is e's alone (times e / (1 + e)^2 < 1/4), which the contract's
 * absolute rule (2^-23 |dy|, docs/ACCURACY.md) bounds. fit (a constant after inlining):
 *   0 float-accurate e (exp_parts' two-step reduction and fit): every beta, whose window
 *     around f''s zero can reach any reduced argument;
 *   1 gelu_quick's fixed beta = 1.702: one-step reduction and one polynomial E(r) fitted
 *     in weighted relative error (tools/fit/fit_gelu_quick_exp.py): float-accurate
 *     (2^-23) on r in [0.012, 0.2], the reduced arguments of gelu_quick's window around
 *     f''s zero (|x + 0.7512| <= 0.05: z in [-1.364, -1.193], k = -2), storage-sized
 *     elsewhere (f16 degree 5, 2^-21.3; bf16 degree 4, 2^-16.4).
 * SWISH_BWD_ZMAX: from 21 on, f' = 1 + (z - 1) e^-z rounds to 1 in float (20 e^-21 <
 * 2^-25), and at 21 the float evaluation here gives exactly 1 in all three fits (at 20 it
 * gives 1 + 2^-23: bench/results/s12-bf16/zmax.py evaluates the steps in exact rounding),
 * so the slope at +inf is 1 exactly (gated.cl's GATE_EXACT_LIMITS); m (1 + z + m) <= e^42
 * stays finite.
 * At z = -inf the slope is +0 (not m (1 + z + m) < 0: times an infinite dy, NaN). NaN
 * stays NaN (both clamps compare false). */
#define SWISH_BWD_ZMAX 21.0f
/* gelu_quick's E(r), tools/fit/fit_gelu_quick_exp.py (lowest degree first) */
#if CLACT_DTYPE == 1
#define GQ_E0 1.000000000e+00f
#define GQ_E1 1.000000477e+00f
#define GQ_E2 4.999965429e-01f
#define GQ_E3 1.666434258e-01f
#define GQ_E4 4.184056446e-02f
#define GQ_E5 8.492951281e-03f
#else
#define GQ_E0 9.999999404e-01f
#define GQ_E1 1.000007272e+00f
#define GQ_E2 4.998619854e-01f
#define GQ_E3 1.673194021e-01f
#define GQ_E4 4.270762578e-02f
#endif
/* e^z = m 2^k2 (the return value and *k2) for z clamped as above (*zc), by the fit named */
CLACT_INLINE realv swish_exp_narrow_(realv z, int fit, realv *zcp, intv *k2) {
  realv zc = select(z, (realv)SWISH_BWD_ZMAX, z > SWISH_BWD_ZMAX);
  zc = select(zc, (realv)EXP_FLOOR, zc < EXP_FLOOR);
  const realv shifted = fma(zc, (realv)LOG2E, (realv)EXP_MAGIC_BIASED);
  const realv nkf = (realv)EXP_MAGIC_BIASED - shifted; /* -k exactly */
  const intv bits = as_intv(shifted);
  const intv b1 = imax(bits, (intv)(EXP_MAGIC_BIASED_BITS - SC_SPLIT)); /* EXP_BIAS + max(k, -SC_SPLIT) */
  *k2 = bits - b1;
  *zcp = zc;
  const realv s = as_realv(b1 << EXP_SHIFT);
  realv m;
  if (fit == 0) {
    const realv r = fma(nkf, (realv)LN2_LO, fma(nkf, (realv)LN2_HI, zc));
    m = fma(fma(r * r, expm1_q(r), r), s, s);
  } else {
    const realv r = fma(nkf, (realv)LN2_F, zc);
#if CLACT_DTYPE == 1
    m = fma(fma(fma(fma(fma((realv)GQ_E5, r, (realv)GQ_E4), r, (realv)GQ_E3), r, (realv)GQ_E2), r,
                (realv)GQ_E1),
            r, (realv)GQ_E0) *
        s;
#else
    m = fma(fma(fma(fma((realv)GQ_E4, r, (realv)GQ_E3), r, (realv)GQ_E2), r, (realv)GQ_E1), r,
            (realv)GQ_E0) *
        s;
#endif
  }
  return m;
}
CLACT_INLINE scaled swish_bwd_narrow_(realv z, int fit) {
  realv zc;
  intv k2;
  const realv m = swish_exp_narrow_(z, fit, &zc, &k2);
  const realv rr = (realv)1 / ((realv)1 + m);
  const realv d = (m * (((realv)1 + zc) + m)) * (rr * rr);
  return sc_narrow(select(d, (realv)0, z == (realv)-INFINITY), k2);
}
#endif

/* SiLU (beta = 1, what nearly every model calls) takes a path of its own in the f32 and
 * f64 forms on CPUs: z = 1 x = x exactly, so swish_fwd_z and swish_bwd_z get z's low parts
 * as the constants NO_LO and 0 and every operation on them drops out. The same numbers as
 * the general path, bit for bit (its low parts are +0 at beta 1, NaN only at x = +-inf,
 * where exp_parts drops them), so docs/ACCURACY.md's exhaustive swish rows hold for it. A
 * uniform branch on the kernel argument beta: one program. On PoCL (AVX-512, one thread,
 * three interleaved sets, bench/results/s14-silu/) SiLU's backward took 9-14 % less CPU
 * time and its forward 7-12 %; other betas, whose loop now holds both paths, moved by
 * -4 to +4 % (noise at load 4-16; callgrind: +2 to +4 % instructions). Not on GPUs (CLACT_CONTIGUOUS is the CPU walk): their compiler keeps both
 * sides of the uniform branch in the loop, and the model's PTX per element went from
 * 61.25 to 104 (forward) and 84.75 to 146.5 (backward), H200 ratio 1.00 -> 0.61 / 0.64.
 * The 16-bit forms have none: their loop is the same for every beta but for the one
 * product z = beta x. -DCLACT_SWISH_SILU=0 in CLACT_BUILD_OPTIONS compiles the path out
 * (A/B runs in one process), =1 in (a GPU's program, to measure it there). */
#ifndef CLACT_SWISH_SILU
#ifdef CLACT_CONTIGUOUS
#define CLACT_SWISH_SILU 1
#else
#define CLACT_SWISH_SILU 0
#endif
#endif

#if !CLACT_NARROW
/* SiLU's path (above): z = x exactly, no low parts. */
CLACT_INLINE scaled fwd_swish_silu_(realv x, real p0, real p1) {
  (void)p0;
  (void)p1;
  return swish_fwd_z(x, x, NO_LO);
}
/* swish's f32 and f64 forward for every beta but SiLU's own path (SiLU's lo is 0 there
 * too). -|beta x| = -|z| + a_lo: a_lo is the exact error of |beta| |x|, |z|'s own rounding
 * (an fma, no negation nor select by the sign of z). */
CLACT_INLINE scaled fwd_swish_beta_(realv x, real p0, real p1) {
  (void)p1;
  const realv z = p0 * x;
  return swish_fwd_z(x, z, fma(fabs(x), -fabs((realv)p0), fabs(z)));
}
#endif
/* beta = 0: x / 2 exactly, f' = 1/2 (z = 0 * inf would be NaN at x = +-inf). f32's
 * forward takes beta 0 on its general path, which gives x / 2 there bit for bit: z = +-0,
 * t = 0, 1 + e = 2 exactly, the quotient x / 2 rounded once as x * 0.5 is, no low part,
 * k = 0; x = +-inf is swish_fwd_z's |x| (z is NaN, not < 0) with x's sign, and -0 keeps
 * its sign (or_sign). A per-element test of beta in the loop costs the CPU's dense loop a
 * compare and two branches for every vector (PoCL does not hoist it), and the GPU loop
 * the other side of the uniform branch. */
CLACT_INLINE scaled fwd_swish(realv x, real p0, real p1) {
#if CLACT_NARROW || CLACT_REAL_IS_DOUBLE
  if (p0 == 0) return sc_plain(x * (real)0.5);
#endif
#if CLACT_NARROW
  /* an infinite beta as the largest finite one (the same results, and 0 * beta is 0, not
   * NaN, at x = +-0); a loop invariant */
  return swish_narrow_(x, select(p0, copysign((real)FLT_MAX, p0), isinf(p0)));
#else
#if CLACT_SWISH_SILU
  if (p0 == 1) return fwd_swish_silu_(x, p0, p1);
#endif
  return fwd_swish_beta_(x, p0, p1);
#endif
}
#if !CLACT_NARROW && !CLACT_REAL_IS_DOUBLE && CLACT_SWISH_SILU
/* The f32 1-D dense loops (elementwise.cl, SIDED) test beta once, outside the loop, and
 * run SiLU's path or fwd_swish (then its general path, beta 0 included, above) as a loop
 * of its own: inside one loop PoCL tested beta for every vector (a compare and two
 * branches) and kept both paths' constants live, spilling them to the stack. f64 keeps
 * its one loop (and its beta 0 branch). */
#define SIDES_fwd_swish        1
#define SIDE1_IF_fwd_swish(p0) ((p0) == 1)
#define SIDE1_fwd_swish        fwd_swish_silu_
#endif
#if !CLACT_NARROW && !CLACT_REAL_IS_DOUBLE
/* f32: swish_fwd_z's k (kb - k1b, e^-|z| clamped at EXP_FLOOR) and beta 0's k = 0 lie in
 * [SC_KMIN, 0], as sigmoid's: the dense loops finish with sc_finish_shifted (the same
 * powers; in swish's AVX-512 loop 8 instructions where sc_finish's f32 form took 9).
 * gelu_quick is swish at beta 1.702. */
#define FINISH_SHIFTED_fwd_swish      1
#define FINISH_SHIFTED_fwd_gelu_quick 1
#endif
#if !CLACT_NARROW
/* fwd_swish f32 for 0 < |beta| < 2^-100, f64 for 0 < |beta| < 2^-1000 (host/program.c,
 * clact_program_for: the program's rare form), where beta x stays moderate for |x| up to
 * the largest finite value and swish_fwd_z's numerator x (1 + t) overflowed for |x| above
 * half of it (1 + t up to 1.41): f32 beta 1.29e-37, x = -3.38e38 gave NaN for -3.97e19, f64
 * beta 3.05e-308, x = -1.78e308 NaN too (docs/ACCURACY.md). x joins as x 2^-2 where
 * |x| > 1 and the 2^2 as k, which the finish applies last: the same bits wherever the
 * numerator was finite. */
CLACT_INLINE scaled fwd_swish_rare(realv x, real p0, real p1) {
  (void)p1;
  const realv z = p0 * x;
  const intv big = fabs(x) > (realv)1;
  scaled r = swish_fwd_z(select(x, x * (realv)0.25f, big), z,
                         fma(fabs(x), -fabs((realv)p0), fabs(z)));
  r.k += select((intv)0, (intv)2, big);
  return r;
}
#endif
/* f' = s(z) (1 + z s(-z)) = [z >= 0: 1 + e (1+z);  z < 0: (1 + t) ((1+z) + e) 2^k]
 * / (1+e)^2, with (1 + z) + e exact where it cancels; zero near z = -1.2785. */
/* beta 0: f' = 1/2, dy / 2 exactly (z = 0 * inf would be NaN at x = +-inf), NaN in x kept */
CLACT_INLINE scaled bwd_swish_zero_(realv x, realv dy, real p0, real p1) {
  (void)p0;
  (void)p1;
  return sc_plain(keep_nan(dy * (real)0.5, x));
}
#if !CLACT_NARROW
/* SiLU (z = x exactly: z's low parts the constants 0 and NO_LO), as fwd_swish_silu_ */
CLACT_INLINE scaled bwd_swish_silu_(realv x, realv dy, real p0, real p1) {
  (void)p0;
  (void)p1;
  return sc_mul(swish_bwd_z(x, (realv)0, NO_LO), dy);
}
/* every other beta but 0, as fwd_swish_beta_; z's error negated from -beta (a loop
 * invariant), and -|z|'s as in fwd_swish: no negation, no select */
CLACT_INLINE scaled bwd_swish_beta_(realv x, realv dy, real p0, real p1) {
  (void)p1;
  const realv z = p0 * x;
  const realv nlo = fma((realv)-p0, x, z);
  return sc_mul(swish_bwd_z(z, nlo, fma(fabs(x), -fabs((realv)p0), fabs(z))), dy);
}
#endif
CLACT_INLINE scaled bwd_swish(realv x, realv dy, real p0, real p1) {
  if (p0 == 0) return bwd_swish_zero_(x, dy, p0, p1);
#if CLACT_NARROW
  return sc_mul(swish_bwd_narrow_(p0 * x, 0), dy);
#else
#if CLACT_SWISH_SILU
  if (p0 == 1) return bwd_swish_silu_(x, dy, p0, p1); /* SiLU, as fwd_swish */
#endif
  return bwd_swish_beta_(x, dy, p0, p1);
#endif
}
#if CLACT_NARROW && defined(CLACT_CONTIGUOUS)
/* The 16-bit 1-D dense backward loops on CPUs test beta once, outside the loop, as the
 * forward's (SIDES_fwd_swish above) and f32's (below, the same sides): beta 1 (z = x, no
 * product), beta 0, every other beta (bwd_swish, whose beta 0 test folds away there).
 * Inside the one loop PoCL tested beta 0 for every vector (a compare and two branches),
 * took z = beta x and loaded beta from the stack: on PoCL's AVX-512 loop bf16 52 -> 48
 * instructions per 16 elements at beta 1 (both with sc_finish's vscalefps), f16 58 -> 51;
 * at beta 1.702 f16 58 -> 52 (bench/results/s18-bf16/). The same formulas, so the same
 * bits. Not on GPUs (their loop would keep every side). */
CLACT_INLINE scaled bwd_swish_silu_(realv x, realv dy, real p0, real p1) {
  (void)p0;
  (void)p1;
  return sc_mul(swish_bwd_narrow_(x, 0), dy);
}
#endif
#if (CLACT_NARROW && defined(CLACT_CONTIGUOUS)) || \
    (!CLACT_NARROW && !CLACT_REAL_IS_DOUBLE && CLACT_SWISH_SILU)
/* The f32 1-D dense backward loops (elementwise.cl, SIDED) test beta as the forward's
 * do, once outside the loop: SiLU's loop, beta 0's (the general path is NaN at x = +-inf
 * there, z = 0 * inf, where f' is 1/2) and bwd_swish's (then its general path). Their
 * finish is sc_finish_shifted: f''s k lies in [SC_KMIN, 0] (sc_exp_kb's k -
 * k1, sc_vanish's SC_KMIN, beta 0's 0), as the forward's. CPUs only (CLACT_SWISH_SILU), so
 * that the GPU's PTX stays as it was. */
#define SIDES_bwd_swish        2
#define SIDE1_IF_bwd_swish(p0) ((p0) == 1)
#define SIDE1_bwd_swish        bwd_swish_silu_
#define SIDE2_IF_bwd_swish(p0) ((p0) == 0)
#define SIDE2_bwd_swish        bwd_swish_zero_
#endif
#if !CLACT_NARROW && !CLACT_REAL_IS_DOUBLE && CLACT_SWISH_SILU
#define FINISH_SHIFTED_bwd_swish      1
#define FINISH_SHIFTED_bwd_gelu_quick 1
#endif

/* ---- softplus: log(1 + e^(beta x)) / beta (p0 = beta > 0) --------------------------- */
/* = max(z, 0) + log1p(e^-|z|), z = beta x: no overflow, exact limits 0 and +inf. For
 * z > 0 it is x + log1p(e) / beta, so beta x never overflows nor rounds. */
#if CLACT_REAL_IS_DOUBLE
/* Where e^-|z| < 2^-SIG_BITS, log1p(e) rounds to e itself, which keeps its subnormal bits. */
CLACT_INLINE scaled fwd_softplus(realv x, real p0, real p1) {
  realv lo;
  const realv z = scaled_product(p0, x, &lo);
  const logistic g = logistic_parts(z, lo);
  realv l_lo;
  const realv l_hi = log1p_pair(g.e, g.e_lo, &l_lo);
  const realv l = l_hi + l_lo;
  /* the tail e^z = (1 + t) 2^k, whose 2^k the kernel applies last */
  const intv tail = g.k < -SIG_BITS && z <= 0;
  if (p0 == 1) { /* the default: no division; x + l_hi + l_lo rounded once */
    realv c;
    const realv h = two_sum(x, l_hi, &c);
    const realv v = select(l, select(h + (c + l_lo), x, isinf(x)), z > 0);
    return sc_select(sc_plain(v), sc_exp((realv)1 + g.t, g.k), tail);
  }
  /* / beta before 2^k, so that a small beta brings a tiny e^z back (beta = 1e-50, z =
   * -805.7: e^z / beta = 1.24e-300). A large beta as beta' 2^E (E = ilogb(beta) > 0,
   * beta' in [1, 2), loop invariants) with 2^-E joined to the scaled value by its rule (m
   * the value itself down to about 2^-SC_SPLIT, the rest in k), so that the value before
   * alpha, b and dy neither goes subnormal nor overflows where the result does not: the
   * tail's (1 + t) 2^k1 / beta went subnormal from beta 2^122 on (5.4e11 ulp at beta 2^200,
   * z = -606, b 2^40), l / beta from 2^968 (bench/results/s15-softplus/). Outside the tail
   * l >= 2^-92 (z <= 64), so m = v 2^S with S = max(E - (SC_SPLIT - 54), 0) is v itself,
   * the same bits as before, up to beta 2^846, and at least 2^-SC_SPLIT above; above z = 64
   * the result is x (l / beta < 2^-98 x), itself times 2^S where below 2^(54 - SC_SPLIT)
   * (a gate's b = 2^-10 took x = 2^-1018 into the subnormals: 31 ulp). */
  const int eb = max(ilogb(p0), 0), sh = max(eb - (SC_SPLIT - 54), 0);
  const real pb = ldexp(p0, -eb), s2 = ldexp((real)1, sh);
  const realv ls = l / pb * (realv)ldexp((real)1, sh - eb); /* (l / beta) 2^S, exactly */
  const intv far = z > (realv)64, low = x < (realv)ldexp((real)1, 54 - SC_SPLIT);
  const realv mv = select(ls, fma(x, (realv)s2, ls), z > 0);
  const scaled v = sc_make(select(mv, select(x, x * s2, low), far),
                           select((intv)-sh, select((intv)0, (intv)-sh, low), far));
  return sc_select(v, sc_exp_wide(((realv)1 + g.t) / pb, g.k - (intv)eb), tail);
}
#else
/* log1p(e) = e + e^2 P(e) on e = e^-|z| in (0, 1], P a degree-9 fit in e - 1/4
 * (tools/fit/fit_softplus.py: 0.23 ulp). With e = (1 + t) 2^k from exp_parts:
 *   log1p(e) = 2^k [(1 + t) + (1 + t) e P(e)] = 2^k (m + *m_lo),
 * 1 + t never rounded, 2^k applied last (a subnormal result is rounded about once). No
 * division and no log: a third of the operations of log1p in pairs. *s is 2^k, or 2^-100
 * below that (e's value then only feeds terms far below an ulp of the result). */
CLACT_INLINE realv softplus_log1p_s(realv t, realv s, realv *m_lo);
CLACT_INLINE realv softplus_log1p(realv t, intv k, realv *m_lo, realv *s) {
  *s = pow2_normal(sc_k1(k));
  return softplus_log1p_s(t, *s, m_lo);
}
/* The same given s, times c (a constant, 1 here): c (1 + t) as fma(t, c, c) and c P with
 * every coefficient times c (exact, outside the loop). fwd_logsigmoid f32. */
CLACT_INLINE realv softplus_log1p_sc(realv t, realv s, realv *m_lo, real c) {
  const realv e = fma(t, s, s);
  const realv u = e - (realv)0.25f;
  const realv q = fma(fma(fma(fma(fma(fma(fma(fma(fma((realv)(c * 2.801642055e-03f), u,
                                                      (realv)(c * -1.088057272e-02f)),
                                                  u, (realv)(c * 2.124513313e-02f)),
                                              u, (realv)(c * -3.149699792e-02f)),
                                          u, (realv)(c * 4.430447519e-02f)),
                                      u, (realv)(c * -6.380417943e-02f)),
                                  u, (realv)(c * 9.467269480e-02f)),
                              u, (realv)(c * -1.457521766e-01f)),
                          u, (realv)(c * 2.376255095e-01f)),
                      u, (realv)(c * -4.297031760e-01f));
  /* c (1 + t) = p + p_lo exactly: c - p is exact (p is within [c/2, 2c]) */
  const realv p = fma(t, (realv)c, (realv)c);
  const realv p_lo = fma(t, (realv)c, (realv)c - p);
  const realv w = fma(fma(t, e, e), q, p_lo); /* c (1 + t) e P, |w| < 0.45 c */
  return fast_two_sum(p, w, m_lo);            /* p >= 0.7 c > |w| */
}
CLACT_INLINE realv softplus_log1p_s(realv t, realv s, realv *m_lo) {
  return softplus_log1p_sc(t, s, m_lo, (real)1);
}
/* e^(-beta |x|) = (1 + t) 2^k for fwd_softplus f32, from |x| and beta themselves: no
 * product z = beta x kept exact in two parts. The reduction's first step is one fma,
 * -|x| beta + k LN2_HI, exact before its one rounding (k LN2_HI is exact: LN2_HI has 15
 * significant bits and |k| < 512); k only needs to be near beta |x| log2(e), so it comes
 * from the rounded product a = -beta |x|, clamped at the floor (the clamp keeps kb near
 * KB_ZERO). Below the floor (x = +-inf for every beta) t = -1, e = 0, which every
 * factor in the domain takes to 0 as it does e^floor (r is meaningless there); NaN flows
 * through a and r. The magic number carries a bias g of kb
 * (kb = KB_ZERO + k + g, so kb_pow2 gives 2^(k + g)): its sum still rounds to an
 * integer, and -k = magic - sum stays exact. nb = -beta. */
CLACT_INLINE realv sp_exp_x_(realv x, real nb, real floor, intv *kb, int g) {
  const real magic = (real)EXP_MAGIC_BIASED + (real)g;
  const realv ax = fabs(x);
  realv a = ax * (realv)nb;
  const intv below = a < floor;
  a = select(a, (realv)floor, below);
  const realv shifted = fma(a, (realv)LOG2E, (realv)magic);
  const realv nkf = (realv)magic - shifted; /* -k exactly */
  *kb = as_intv(shifted);
  realv r = fma(ax, (realv)nb, nkf * (realv)LN2_HI);
  r = fma(nkf, (realv)LN2_LO, r);
  return select(fma(r * r, expm1_q(r), r), (realv)-1, below);
}
/* c log1p(e) / s = p + *w (fwd_softplus f32, the same fit; s = 2^k1 2^g): p = c (1 + t)
 * rounded, *w the rest, |*w| < 0.45 c: c (1 + t) e P, p's exact remainder, and c (1 + t)
 * rel, the share of a c = RN(1 / beta) whose exact value is c (1 + rel). c P's
 * coefficients are the fit's times 1 / beta, each rounded once (softplus_cc: loop
 * invariants). p and *w are left unsummed: the caller scales both by s and rounds their
 * sum once. */
CLACT_INLINE real softplus_cc(real coef, real c, real rel) {
  const real hi = coef * c;
  return hi + fma(hi, rel, fma(coef, c, -hi));
}
CLACT_INLINE realv softplus_log1p_pw(realv t, realv s, realv *w, real c, real rel, real sg) {
  const realv e = fma(t, s, s); /* e^-|z| 2^g */
  const realv u = fma(e, (realv)sg, (realv)-0.25f); /* sg = 2^-g: e^-|z| - 1/4 */
  const real cq = c * sg; /* e P / beta = (e 2^g) (P c 2^-g), c 2^-g exact */
  const realv q =
      fma(fma(fma(fma(fma(fma(fma(fma(fma((realv)softplus_cc(2.801642055e-03f, cq, rel), u,
                                          (realv)softplus_cc(-1.088057272e-02f, cq, rel)),
                                      u, (realv)softplus_cc(2.124513313e-02f, cq, rel)),
                                  u, (realv)softplus_cc(-3.149699792e-02f, cq, rel)),
                              u, (realv)softplus_cc(4.430447519e-02f, cq, rel)),
                          u, (realv)softplus_cc(-6.380417943e-02f, cq, rel)),
                      u, (realv)softplus_cc(9.467269480e-02f, cq, rel)),
                  u, (realv)softplus_cc(-1.457521766e-01f, cq, rel)),
              u, (realv)softplus_cc(2.376255095e-01f, cq, rel)),
          u, (realv)softplus_cc(-4.297031760e-01f, cq, rel));
  const realv p = fma(t, (realv)c, (realv)c);
  const realv p_lo = fma(t, (realv)c, (realv)c - p); /* c - p exact: p within [c/2, 2c] */
  *w = fma(fma(t, e, e), q, fma(p, (realv)rel, p_lo));
  return p;
}

CLACT_INLINE scaled fwd_softplus(realv x, real p0, real p1) {
#if CLACT_NARROW
  const realv z = p0 * x;
  intv k2;
#if CLACT_DTYPE == 1
  /* e^-inf = 0: 0 at z = -inf; beta x is unbounded: clamped */
  const realv m = exp_m_narrow_(neg_abs(z), &k2, 1);
#else
  /* bf16: no -inf test (two PTX instructions per element), as fwd_logsigmoid: z = -inf
   * takes the floor's value, m = e^-251 / 2^k2 (about 2^-110, k2 = -252), and alpha
   * (m / beta) Q(m) 2^k2 is below 2^-162 for every 1 / beta and alpha in the domain (their
   * product P <= 2^200) and rounds to 0, the exact value; z = +inf gives x = +inf either
   * way, k 0 */
  const realv m = exp_m_narrow_(neg_abs(z), &k2, 0);
#endif
  /* log1p(e) / beta = (m / beta) Q(m), / beta before the last scaling, plus x for z > 0 in
   * the same fma (there, where k2 < 0, the log1p term is far below an ulp of x); bf16's Q
   * the lean degree 3 */
  const realv v = fma(m / p0, log1p_q_narrow_(m, 1.0f, 1), select((realv)-0.0f, x, z > 0));
  return sc_narrow(v, select(k2, (intv)0, z > 0));
#else
  /* one path for every beta (the GPU loop keeps both sides of a uniform branch) */
  intv kb;
  realv w;
  /* 1 / beta, a loop invariant, joins the fit's coefficients and c (1 + t): no product nor
   * division per element. It is taken as c (1 + rel), c = RN(1 / beta') and rel its exact
   * relative remainder (one fma), which joins the low term w. beta' keeps c normal:
   * - a subnormal beta (1 / beta may overflow where log1p(e) / beta does not): beta' =
   *   beta 2^24, the result's 2^24 returned in k (sc_finish takes k up to EXP_BIAS) and x's
   *   share for z > 0 taken as x 2^-24 (exact wherever it is not far below log1p(e) / beta);
   * - beta > 2^64 (c and c P would near the subnormal range): beta' = beta 2^-24, the 2^-24
   *   carried by s (sp_exp_x_'s bias g), with the floor at -200, so that s stays normal
   *   and k >= SC_KMIN - SC_SPLIT: e^z / beta is far below every result there.
   * No call reaches the second case since 2026-12-02: from beta 2^14 on (2^5 in the gated
   * kernels) c s = 2^-SC_SPLIT / beta went subnormal before alpha, b and dy, and those
   * calls run fwd_softplus_rare (below). It stays for the loop's sake: without it the
   * floor and the exponent's magic number become constants, which LLVM broadcasts again
   * for every vector at this loop's register pressure (64 AVX-512 instructions against 63,
   * the same bits and the same PTX; bench/results/s15-softplus/). */
  const int tiny = p0 < (real)FLT_MIN;
  const int huge = p0 > (real)0x1p64f;
  const real pb = tiny ? p0 * (real)0x1p24f : huge ? p0 * (real)0x1p-24f : p0;
  const real c = (real)1 / pb;
  const real rel = fma(-c, pb, (real)1);
  const int g = huge ? -24 : 0;
  /* e^(-beta |x|) from x and beta (sp_exp_x_); the floor -200 for beta > 2^64 */
  const realv t = sp_exp_x_(x, -p0, huge ? (real)-200 : EXP_FLOOR, &kb, g);
  /* s = 2^(k1 + g), k1 = max(k, -SC_SPLIT) (-102 for beta > 2^64: s normal) */
  const intv k1b = imax(kb, KB_ZERO + (intv)(huge ? -126 : -SC_SPLIT));
  const realv s = kb_pow2(k1b);
  const realv p = softplus_log1p_pw(t, s, &w, c, rel, huge ? (real)0x1p24f : (real)1);
  /* log1p(e) / beta = s (p + w): for z <= 0 the result p s + w s, rounded once. For z > 0
   * it is x + log1p(e) / beta (softplus = (z + log1p(e)) / beta, z = beta x exactly):
   * (x + w s) + p s, where w s <= 0 but for p's low parts (a few ulps of p s at most), so
   * |x + w s| is at most about the result and its rounding at most half an ulp of it (far
   * above, where p s is below x's ulp, both sums round about once). x = +inf: inf plus
   * finite terms (e = 0 there: p = w = 0). z > 0 is taken as x > 0 (beta > 0): where beta x
   * underflows to 0, x is far below log1p(e) / beta either way. */
  const realv xs = select((realv)0, x * (realv)(tiny ? (real)0x1p-24f : (real)1), x > 0);
  const realv pos = fma(w, s, xs) + p * s;
  return sc_make(pos, select(kb - k1b, (intv)0, x > 0) + (intv)(tiny ? 24 : 0));
#endif
}
#endif
#if CLACT_NARROW && defined(CLACT_CONTIGUOUS)
/* The 16-bit 1-D dense loops on CPUs (elementwise.cl, SIDED) take beta 1, the default,
 * in a loop of its own: z = x and m / beta = m fold away, no division (vdivps) nor product
 * per vector (on PoCL's AVX-512 loop bf16 46 -> 41, f16 41 -> 39 instructions per 16
 * elements, bench/results/s17-bf16/); other betas run fwd_softplus' loop as it is. The same
 * formulas, so the same bits. Not on GPUs (as swish's split). */
CLACT_INLINE scaled fwd_softplus_narrow_one_(realv x, real p0, real p1) {
  (void)p0;
  return fwd_softplus(x, (real)1, p1);
}
#define SIDES_fwd_softplus        1
#define SIDE1_IF_fwd_softplus(p0) ((p0) == 1)
#define SIDE1_fwd_softplus        fwd_softplus_narrow_one_
#endif
#if !CLACT_NARROW && !CLACT_REAL_IS_DOUBLE
/* f32: k in [SC_KMIN, 24]; the dense loops finish with sc_finish_shifted (the same powers) */
#define FINISH_SHIFTED_fwd_softplus 1
#endif
#if !CLACT_REAL_IS_DOUBLE
/* softplus' forward for a large beta, in float (f32, f16 and bf16 storage), where
 * fwd_softplus' own form rounds in the subnormal range results that alpha (or a gate's b,
 * dy) would bring back (its c s = 2^-SC_SPLIT / beta before them): every call that computes
 * softplus' forward value with beta >= 2^14, or >= 2^5 in a gated kernel (1-D, N-D, bias,
 * gated, quantizing), runs its program's rare form, built with FWD = fwd_softplus_rare,
 * which the host chooses (host/program.c, clact_program_for), so the usual beta's loops
 * carry none of it (its loop is 80 AVX-512 instructions to fwd_softplus' 63).
 * beta = beta' 2^E, beta' in [2^8, 2^9) (-3 <= E <= 119): log1p(e) / beta = 2^-E log1p(e) /
 * beta', computed as the default path computes it for beta' (c = RN(1 / beta') near 2^-8.5
 * and s = 2^k1 normal, so p s + w s stays normal for every k1 >= -SC_SPLIT), and 2^-E
 * carried in k to the finish: a result that alpha brings back into range is computed, not
 * flushed (with c = RN(1 / beta) the product p s went subnormal before alpha from beta 2^17
 * on, up to all its bits from 2^40 on). e = e^(-beta |x|) is the default path's own (from
 * |x| and beta). For 0 < x <= 128 / beta the result is 2^-E (x 2^E + log1p(e) / beta'), the
 * default path's sums at scale 2^E, whose value (below 129 / beta' < 1/2) alpha cannot
 * overflow before the finish; above, beta x > 128 and log1p(e) / beta < 2^-184 x: the
 * result is x, k = 0 (x 2^E could overflow there). beta' >= 2^8 and E >= -3 keep alpha m
 * below FLT_MAX where x <= 0 too (m < 2^-5). k is clamped at SC_KMIN (sc_finish's lowest
 * power: m alpha 2^k rounds to 0 there for every alpha). 16-bit storage takes the f32 form
 * as it is: within 1.06 ulp of float, 0.61 of bf16 at most (bench/results/s15-softplus/). */
CLACT_INLINE scaled fwd_softplus_rare(realv x, real p0, real p1) {
  (void)p1;
  const int e2 = ilogb(p0) - 8;   /* E: -3 <= E <= 119 */
  const real pb = ldexp(p0, -e2); /* beta' = beta 2^-E, exact */
  const real c = (real)1 / pb;
  const real rel = fma(-c, pb, (real)1);
  intv kb;
  realv w;
  const realv t = sp_exp_x_(x, -p0, EXP_FLOOR, &kb, 0);
  const intv k1b = imax(kb, KB_ZERO + (intv)-SC_SPLIT);
  const realv s = kb_pow2(k1b);
  const realv p = softplus_log1p_pw(t, s, &w, c, rel, (real)1);
  const intv pos_x = x > 0;
  const realv xs = select((realv)0, x * (realv)ldexp((real)1, e2), pos_x);
  const intv big = x > (realv)((real)0x1p7f / p0);
  /* 2^-E joins m as sc_exp's rule has it (m about 1 times 2^max(K, -SC_SPLIT), K the whole
   * exponent), so that the factors after it (a gate's b, dy, then alpha; their product P
   * up to 2^200, and b, dy down to 2^-10 where |alpha| > 1) neither overflow where the
   * result does not nor round in the subnormal range: m0 = s (p + w) + xs is 2^kk times
   * 2^-9.5 .. 2^-1 (c = 1 / beta' about 2^-8.5), kk = k1 (x <= 0) or 0 (x > 0: x's share
   * at scale 2^E), and m0 2^f, f = max(-E, 8 - SC_SPLIT - kk), is m0 2^-E where that is at
   * least about 2^-111.5, else m0 lifted to that (exact: powers of two, normal results).
   * Left in k, all of 2^-E made m up to 2^E times the result: alpha 2^100, b 2^40, beta
   * 2^64 overflowed to inf for 2^72 (the 1-D calls have no b: alpha m stayed finite). */
  const intv kk = select(k1b - KB_ZERO, (intv)0, pos_x);
  const intv f = imax((intv)-e2, (intv)(8 - SC_SPLIT) - kk);
  /* x > 128 / beta: the result x, at least 2^-121 (beta < 2^128), lifted by 2^16 below
   * 2^-110 by the same rule (a gate's b = 2^-10 took x 2^-120 into the subnormals: 16 ulp) */
  const intv lift = select((intv)0, (intv)16, x < (realv)0x1p-110f);
  const realv m = select((fma(w, s, xs) + p * s) * pow2_normal(f), x * pow2_normal(lift), big);
  const intv k = select(select(kb - k1b, (intv)0, pos_x) - (intv)e2 - f, -lift, big);
  return sc_make(m, imax(k, (intv)SC_KMIN));
}
/* k in [SC_KMIN, 0]: the dense loops' shifted finish, as fwd_softplus' */
#define FINISH_SHIFTED_fwd_softplus_rare 1
#endif
/* f'(x) = sigmoid(beta x). */
CLACT_INLINE scaled bwd_softplus(realv x, realv dy, real p0, real p1) {
#if CLACT_NARROW
  return sc_mul(sigmoid_narrow(p0 * x, 1), dy);
#else
  realv lo; /* one path for every beta, as fwd_swish */
  const realv z = beta_product(p0, x, &lo);
  return sc_mul(sigmoid_z(z, select(-lo, lo, z < 0)), dy);
#endif
}

/* ---- logsigmoid: log sigmoid(x) = min(x, 0) - log1p(e^-|x|) = -softplus(-x) ------------ */
CLACT_INLINE scaled fwd_logsigmoid(realv x, real p0, real p1) {
#if CLACT_NARROW
  intv k2;
#if CLACT_DTYPE == 1
  const realv m = exp_m_narrow_(neg_abs(x), &k2, 2); /* 0 at x = +-inf: -0 and -inf */
#else
  /* bf16 clamps a at EXP_FLOOR, so x = +inf takes the value of every x above 251: m =
   * e^-251 / 2^k2 (about 2^-110, k2 = -252), and alpha m Q(m) 2^k2, |alpha| < 2^128 (a
   * finite float), is below 2^-233 and rounds to -0, the exact value; x = -inf gives -inf
   * either way. No -inf test (two PTX instructions per element). */
  const realv m = exp_m_narrow_(neg_abs(x), &k2, 0);
#endif
  /* -log1p(e^-|x|) / 2^k2 = m (-Q(m)), negated in Q's coefficients, plus x for x < 0 in the
   * same fma (there, where k2 < 0, the log1p term is far below an ulp of x) */
  const realv v = fma(m, log1p_q_narrow_(m, -1.0f, 0), select((realv)-0.0f, x, x < 0));
  return sc_narrow(v, select(k2, (intv)0, x < 0));
#elif CLACT_REAL_IS_DOUBLE
  return sc_neg(fwd_softplus(-x, (real)1, (real)0)); /* log sigmoid(x) = -softplus(-x) */
#else
  /* -softplus(-x) written out with fewer negations (PTX's fma takes no negated operand):
   * -|x| as the sign bit set, ns = -2^k1 once; x - 2^k (m + m_lo) for x < 0, rounded once
   * (-inf kept: its two_sum is NaN), -2^k m from x = 0 up (NaN there) */
  intv k;
  realv m_lo, s, c;
  const realv t = exp_parts(as_realv(as_bitsv(x) | (bitsv)0x80000000u), NO_LO, &k); /* -|x| */
  const realv m = softplus_log1p(t, k, &m_lo, &s);
  const realv ns = -s;
  const realv h = two_sum(x, m * ns, &c);
  const scaled pos = sc_make(m * ns, k - sc_k1(k));
  return sc_select(pos, sc_plain(select(h + fma(m_lo, ns, c), x, x == (realv)-INFINITY)), x < 0);
#endif
}
/* f' = sigmoid(-x): 1 / (1 + e) for x <= 0, (1 + t) 2^k / (1 + e) for x > 0. */
CLACT_INLINE scaled bwd_logsigmoid(realv x, realv dy, real p0, real p1) {
#if CLACT_NARROW
  return sc_mul(sigmoid_narrow(-x, 2), dy);
#else
  const logistic g = logistic_exact(x);
  realv plo;
  const realv p = one_plus(g.t, &plo);
  const realv s = div2(select((realv)1, p, x > 0), select((realv)0, plo, x > 0), g.den, g.den_lo);
  return sc_mul(sc_exp(s, select((intv)0, g.k, x > 0)), dy);
#endif
}
/* f' = 1 - e^y (y <= 0) = (1 - 2^k) - t 2^k, exact in two parts. */
CLACT_INLINE scaled bwdy_logsigmoid(realv y, realv dy, real p0, real p1) {
  const logistic g = logistic_exact(y);
  realv e1, e2;
  const realv a = two_sum((realv)1, -g.tiny, &e1);
  const realv s = two_sum(a, -g.t * g.tiny, &e2);
  return sc_plain(dy * (s + (e1 + e2)));
}

/* ---- tanhshrink: x - tanh x ------------------------------------------------------------ */
/* |x| <= 1: x^3 (1/3 + u P(u)), u = x^2, P a Chebyshev fit of ((x - tanh x)/x^3 - 1/3)/u
 * on [0, 1] (relative error 5e-9 in float, 1.4e-17 in double, below the rounding of
 * u P(u) against 1/3); x^3, x^2, 1/3 and P(0) = -2/15 in pairs, so that only the rounding
 * of the small terms and the last one count. |x| > 1: (|x| - 1) + 2e / (1 + e), e = e^-2|x|: both terms >= 0. */
#define THIRD_HI REAL_C(0.3333333333333333, 0.3333333432674408f)
#define THIRD_LO REAL_C(1.850371707708594e-17, -9.934107481068821e-09f)
#define P0_HI REAL_C(-0.13333333333333333, -0.13333334028720856f) /* P(0) = -2/15 */
#define P0_LO REAL_C(-1.8503717077085942e-18, 6.95387525340152e-09f)
CLACT_INLINE realv tanhshrink_poly(realv u) {
#if CLACT_REAL_IS_DOUBLE
  const real c[] = {1.0194947086878417e-08, -1.0671460035440944e-07, 5.589611878490674e-07,
                    -2.0214631163816744e-06, 5.919642199680327e-06,  -1.555872204514558e-05,
                    3.909489114669662e-05,   -9.684564548505856e-05, 0.0002391096012768218,
                    -0.0005900235117283935,  0.0014558338369963881,  -0.0035921279857806117,
                    0.008863235527054621,    -0.02186948853607107,   0.053968253968252985};
  realv p = (realv)c[0];
  for (int i = 1; i < 15; ++i) p = fma(p, u, (realv)c[i]);
  return p;
#else
  realv p = (realv)-1.9642980987555347e-05f;
  p = fma(p, u, (realv)0.0001368605298921466f);
  p = fma(p, u, (realv)-0.0005034274654462934f);
  p = fma(p, u, (realv)0.0014097366947680712f);
  p = fma(p, u, (realv)-0.0035771385300904512f);
  p = fma(p, u, (realv)0.008860433474183083f);
  p = fma(p, u, (realv)-0.021869221702218056f);
  return fma(p, u, (realv)0.053968243300914764f);
#endif
}
/* P(u) = -2/15 + u R(u), R = tanhshrink_poly. */
/* G - 1/3 = u P(u) for u = uh + ul, with -2/15 and 1/3's low part in pairs. */
CLACT_INLINE realv tanhshrink_glo(realv u, realv ul) {
  const realv q = fma(u, tanhshrink_poly(u), (realv)P0_LO);
  return fma(u, (realv)P0_HI, fma(u, q, fma(ul, (realv)P0_HI, (realv)THIRD_LO)));
}
#if CLACT_NARROW
/* 16-bit storage, |x| <= 1: x - tanh x = x^3 G(u), u = x^2, G a fit sized to the storage
 * (tools/fit/fit_tanhshrink.py: degree 4 for f16, relative error 2^-16.8; degree 3 for
 * bf16, 2^-13.3). */
CLACT_INLINE realv tanhshrink_g_narrow(realv u) {
#if CLACT_DTYPE == 1
  return fma(fma(fma(fma((realv)3.652389394e-03f, u, (realv)-1.814103127e-02f), u,
                     (realv)5.275392532e-02f),
                 u, (realv)-1.331878304e-01f),
             u, (realv)3.333304524e-01f);
#else
  return fma(fma(fma((realv)-1.076091919e-02f, u, (realv)4.807384685e-02f), u,
                 (realv)-1.322307289e-01f),
             u, (realv)3.332993388e-01f);
#endif
}
#endif
#if !CLACT_NARROW && !CLACT_REAL_IS_DOUBLE
/* f32, |x| > 1: e^-2|x| = (1 + t) pw, -2|x| clamped at -40 (e^-40 is out of reach there in
 * the forward and the backward), so pw = 2^k is normal and comes straight from the
 * rounding's bits. Returns t. */
CLACT_INLINE realv tanhshrink_exp32(realv ax, realv *pw) {
  const realv a = fmax(ax * (realv)-2, (realv)-40);
  const realv shifted = fma(a, (realv)LOG2E, (realv)EXP_MAGIC_BIASED);
  const realv j = (realv)EXP_MAGIC_BIASED - shifted; /* -k, exactly */
  const realv r = fma(j, (realv)LN2_LO, fma(j, (realv)LN2_HI, a));
  *pw = as_realv(as_intv(shifted) << EXP_SHIFT);
  return fma(r * r, expm1_q(r), r);
}
#endif
CLACT_INLINE scaled fwd_tanhshrink(realv x, real p0, real p1) {
#if CLACT_NARROW
  const realv u = x * x;
#if CLACT_DTYPE == 1
  const realv ax = fabs(x);
  /* |x| > 1: (|x| - 1) + 2e / (1 + e), e = e^-2|x| = 1 - d: both terms >= 0 */
  const realv d = one_minus_exp2_narrow_(ax, 1); /* (|x| - 1) dominates */
  const realv big = (ax - (realv)1) + fma((realv)-2, d, (realv)2) / ((realv)2 - d);
  /* f16: x^3 is a normal float for every f16 x (2^-72 at the smallest), -0 stays -0 */
  return sc_plain(select(x * u * tanhshrink_g_narrow(u), or_sign(big, x), ax > 1)); /* big >= 0 */
#else
  /* bf16, |x| > 1: x - tanh x with tanh x = (1 - E) / (1 + E), E = e^-2x itself for either
   * sign (x clamped to [-15, 15]: beyond, tanh x is +-1 in float; E within [2^-44, 2^44]),
   * no |x| and no sign put back (or_sign), where one_minus_exp2_narrow_'s 1 - e^-2|x| takes
   * more. E's error (2^-13.7, exp_e3_narrow_) reaches tanh x as 2E / (1 + E)^2 <= 0.21 of
   * it, and the result x - tanh x >= 0.238 (at |x| = 1): below 2^-13.5 relative. E =
   * 2^k e^(-2 rh), rh = x + k ln2/2 (one_minus_exp2_narrow_'s halved reduction: no
   * negation), 2^k straight from the biased rounding's bits; NaN stays (the clamps
   * compare false), and x = +-inf gives +-inf - (+-1). */
  realv xc = select(x, (realv)ONE_MINUS_EXP2_AMAX, x > ONE_MINUS_EXP2_AMAX);
  xc = select(xc, (realv)-ONE_MINUS_EXP2_AMAX, xc < -ONE_MINUS_EXP2_AMAX);
  const realv shifted = fma(xc, (realv)(-2 * LOG2E), (realv)EXP_MAGIC_BIASED);
  const realv rh = fma(shifted - (realv)EXP_MAGIC_BIASED, (realv)(0.5f * LN2_F), xc);
  const realv e =
      fma(fma(fma((realv)(-8 * EXP_E3), rh, (realv)(4 * EXP_E2)), rh, (realv)(-2 * EXP_E1)), rh,
          (realv)EXP_E0) *
      as_realv(as_intv(shifted) << EXP_SHIFT);
  const realv big = x - ((realv)1 - e) / ((realv)1 + e);
  /* bf16: x^3 leaves the normal range below |x| = 2^-42, where alpha may bring it back, so
   * there x is scaled by 2^40 and 2^-120 left to the finish: (x 2^40)^3 is below 1 (m alpha
   * stays finite), and down to |x| = 2^-87, below which alpha x^3 / 3 rounds to 0 for every
   * alpha, its subnormal rounding is below 2^-141 of the result (2^-8 of bf16's smallest
   * subnormal). One select of a power where split_exp takes x's exponent apart. Both
   * tests on u = x^2, no |x| (u rounds monotonically, and 2^-80 and 1 are squares of
   * floats: u < 2^-80 iff |x| < 2^-40, u > 1 iff |x| > 1; a u that underflows is 0). */
  const intv tiny = u < (realv)0x1p-80f;
  const realv xs = x * select((realv)1, (realv)0x1p40f, tiny);
  const realv small = xs * xs * xs * tanhshrink_g_narrow(u); /* NaN through u; -0 stays -0 */
  return sc_make(select(small, big, u > 1), select((intv)0, (intv)-120, tiny));
#endif
#elif !CLACT_REAL_IS_DOUBLE
  /* f32: |f| from |x|, x's sign bit or'ed in at the end (f is odd; -0 stays -0, NaN stays).
   * |x| <= 1: |x|^3 (1/3 + u P(u)) with |x|^3 and 1/3 in pairs, and no power of two set
   * apart: |x|^3 is normal down to 2^-42, and below |x| = 2^-10 f ~ x^3 / 3 is out of the
   * factor domain for |alpha| > 1 (docs/ACCURACY.md, "Large factors"), so no factor ever
   * has to bring a subnormal x^3 back (f64 keeps the split power below) */
  const realv ax = fabs(x);
  const realv nax = -ax;
  const realv u = ax * ax;
  const realv nul = fma(nax, ax, u); /* -(x^2 - u), exact */
  const realv c = ax * u;
  const realv ncl = fma(ax, nul, fma(nax, u, c)); /* -(|x|^3 - c), to an ulp of itself */
  const realv g_lo = tanhshrink_glo(u, (realv)0); /* its rounding of u: 0.3 ulp of G at most */
  const realv small = fma(c, (realv)THIRD_HI, fma(c, g_lo, ncl * (realv)-THIRD_HI));
  /* |x| > 1: (|x| - 1) + 2e / (1 + e), e = e^-2|x| = (1 + t) 2^k, -2|x| clamped at -40
   * (e^-40 is below 2^-57 of |x| - 1 there), so 2^k is normal and comes straight from the
   * rounding's bits (the magic number carries the exponent bias) */
  realv pw;
  const realv t = tanhshrink_exp32(ax, &pw); /* a NaN x stays in the small branch */
  /* e = e + e_lo and 1 + e = den + den_lo exactly: den - 1 and pw - (den - 1) are exact */
  const realv e = fma(t, pw, pw);
  const realv e_lo = fma(t, pw, pw - e);
  const realv den = (realv)1 + e;
  const realv den_lo = fma(t, pw, pw - (den - (realv)1));
  const realv big = fma((realv)2, div2(e, e_lo, den, den_lo), ax - (realv)1);
  return sc_plain(or_sign(select(small, big, ax > (realv)1), x));
#else
  const realv ax = fabs(x);
  /* near 0: x^3 (1/3 + u P(u)) with x^3 and 1/3 in pairs, x^3 as xn^3 2^(3 kx) */
  realv cl, unl;
  intv kx;
  const realv xn = split_exp(x, &kx);
  const realv u = x * x; /* its rounding moves u P(u) by 0.3 ulp of G at most (u = 1) */
  const realv un = square1(xn, &unl);
  const realv c = mul1x2(xn, un, unl, &cl); /* xn^3 */
  const realv g_lo = tanhshrink_glo(u, (realv)0); /* folds: no low part */
  const realv small = fma(c, (realv)THIRD_HI, fma(c, g_lo, cl * THIRD_HI));
  /* away from 0 */
  const logistic g = logistic_exact((realv)2 * ax);
  const realv big = (ax - (realv)1) + div2((realv)2 * g.e, (realv)2 * g.e_lo, g.den, g.den_lo);
  scaled r = sc_select(sc_exp_wide(small, (intv)3 * kx), sc_plain(copysign(big, x)), ax > 1);
  r.m = keep_nan(r.m, x); /* odd; -0 stays -0 (xn = -1 at -0) */
  return r;
#endif
}
/* f' = tanh^2 x. |x| <= 1: tanh x = x - x^3 G in a pair (x - hi is exact, tanh x >= x/2
 * there), squared in pairs: exp's own rounding, which tanh^2 doubles, never enters.
 * |x| > 1: (1 - e) / (1 + e), e = e^-2|x| <= 0.14, where that rounding is small. */
CLACT_INLINE scaled bwd_tanhshrink(realv x, realv dy, real p0, real p1) {
#if CLACT_NARROW
  /* tanh^2 x, tanh as fwd_tanh's: relative accuracy down to 0 */
  const realv th = tanh_abs_narrow_(fabs(x), 0); /* squared: the f16 exp's full fit */
#if CLACT_DTYPE == 1
  /* f16: th^2 is a normal float for every f16 x (2^-48 at the smallest); NaN stays */
  return sc_plain(dy * (th * th));
#else
#ifdef CLACT_LANES_ANY
  /* CPU walk: th^2 itself where no lane has 0 < th < 2^-40, one test per vector (the split
   * below cost 18 vector instructions per vector on PoCL). There th^2 >= 2^-80 is normal and
   * the split form's first power 2^(2 kt) >= 2^-80 its whole k: the same bits; th = 0 and
   * NaN are used as they are in both. */
  if (!lanes_any(th < (realv)0x1p-40f && th > 0)) return sc_plain(dy * (th * th));
#endif
  /* th^2 = thn^2 2^(2 kt), the power left to the finish (th^2 underflows below 2^-75) */
  intv kt;
  const realv thn = split_exp(th, &kt);
  /* th = 0 (x = 0: 0 times an infinite dy is NaN) or NaN (x NaN) is used as it is */
  return sc_mul(sc_exp_wide(select(th, thn * thn, th > 0), (intv)2 * kt), dy);
#endif
#elif !CLACT_REAL_IS_DOUBLE
  /* f32. |x| <= 1: tanh|x| = |x| - |x|^3 G as an exact pair, on |x| = xn 2^kx with the
   * power left to the finish (tanh^2 underflows below |x| = 2^-63, where dy may bring it
   * back): tanh|x| / 2^kx = xn - xn u G, u = x^2 (rounded for G: 0.3 ulp of G at most) */
  const realv ax = fabs(x);
  const realv nax = -ax;
  intv kx;
  const realv xn = split_exp(ax, &kx);
  const realv nxn = -xn;
  const realv u = ax * ax;
  const realv nul = fma(nax, ax, u); /* -(x^2 - u), exact */
  const realv c = xn * u;
  const realv ncl = fma(xn, nul, fma(nxn, u, c)); /* -(xn x^2 - c), to an ulp of itself */
  const realv g_lo = tanhshrink_glo(u, (realv)0);
  const realv cg = fma(c, (realv)THIRD_HI, fma(c, g_lo, ncl * (realv)-THIRD_HI));
  const realv th = xn - cg;
  const realv th_lo = (xn - th) - cg; /* both exact: Sterbenz, then a small difference */
  /* (th + th_lo)^2 rounded once; x = 0: f' = 0 exactly (0 times an infinite dy is NaN) */
  const realv small = select(fma(th, th, (th + th) * th_lo), (realv)0, ax == (realv)0);
  /* |x| > 1: tanh^2 = 1 - 4e / (1 + e)^2, e = e^-2|x| <= 0.136, so the fraction is at most
   * 0.42 and its own error counts at most 0.42 times in f'; -2|x| clamped at -40 (the
   * fraction then is below 2^-55), 2^k from the rounding's bits as in the forward */
  realv pw;
  const realv t = tanhshrink_exp32(ax, &pw); /* a NaN x stays in the small branch */
  /* 4e = e4 + e4_lo and 1 + e = den + den_lo exactly (den - 1 and pw - (den - 1) are
   * exact), the fraction compensated (div2): f' rounds about once */
  const realv den = (realv)1 + fma(t, pw, pw);
  const realv den_lo = fma(t, pw, pw - (den - (realv)1));
  const realv pw4 = (realv)4 * pw;
  const realv e4 = fma(t, pw4, pw4);
  realv d2_lo;
  const realv d2 = square2(den, den_lo, &d2_lo);
  const realv big = (realv)1 - div2(e4, fma(t, pw4, pw4 - e4), d2, d2_lo);
  return sc_mul(sc_select(sc_exp_wide(small, (intv)2 * kx), sc_plain(big), ax > (realv)1), dy);
#else
  realv ul, cl, lo;
  const realv u = square1(x, &ul);
  const realv c = mul1x2(x, u, ul, &cl);
  const realv g_lo = tanhshrink_glo(u, ul);
  const realv cg = fma(c, (realv)THIRD_HI, fma(c, g_lo, cl * THIRD_HI));
  const realv th = x - cg;
  const realv th_lo = (x - th) - cg; /* both exact: Sterbenz, then a small difference */
  /* th^2 = (thn + thn_lo)^2 2^(2 kt), the power left to the finish */
  intv kt;
  const realv thn = split_exp(th, &kt);
  const realv thn_lo = th_lo * pow2_normal(min(-kt, (intv)EXP_BIAS));
  const realv sq = square2(thn, thn_lo, &lo);
  const realv small = select(sq + lo, (realv)0, th == 0);
  const logistic g = logistic_exact((realv)2 * x);
  realv e1, e2;
  const realv a = two_sum((realv)1, -g.tiny, &e1);
  const realv s = two_sum(a, -g.t * g.tiny, &e2);
  /* (s + e1 + e2) / (den + den_lo) = q + q_lo: the quotient, then its error from the exact
   * remainder, so that tanh^2 rounds once; one division, the rough reciprocal's 12% of a
   * q_lo of about an ulp is a tenth of an ulp of q */
  const realv q = s / g.den;
  const realv q_lo = (fma(-q, g.den, s) + ((e1 + e2) - q * g.den_lo)) * rough_recip(g.den);
  const realv sq2 = square2(q, q_lo, &lo);
  scaled r = sc_select(sc_exp_wide(small, (intv)2 * kt), sc_plain(sq2 + lo), fabs(x) > 1);
  r = sc_mul(r, dy);
  r.m = keep_nan(r.m, x);
  return r;
#endif
}

/* ---- mish: x tanh(softplus(x)) ------------------------------------------------------- */
/* With e = e^-|x|: tanh(log(1 + e^x)) = (1 + 2e) / (1 + 2e + 2e^2) for x >= 0 and
 * e (2 + e) / (2 + 2e + e^2) for x < 0, where e = (1 + t) 2^k is applied last. All terms
 * positive: no cancellation, no overflow. */
CLACT_INLINE scaled fwd_mish(realv x, real p0, real p1) {
#if CLACT_DTYPE == 2
  /* bf16: with E = e^x = m 2^k2 itself (exp_any_narrow_), tanh(log(1 + E)) = N / (N + 2),
   * N = E (E + 2), one fraction for both signs (no select of the terms, nor of k2: 0
   * wherever x >= -76). N = m (m + 2) 2^k2 drops E^2's factor 2^k2 where k2 < 0, a
   * relative m / 2 <= 2^-110 of N, and N + 2 is 2 there either way. Above 20, N / (N + 2)
   * rounds to 1 (x = +inf gives inf). Every term positive: no cancellation. x = -inf is
   * taken as -256 (fmax): below it E is the floor's, and 256 alpha e^-251 <= 2^-154 in
   * the factor domain (alpha <= 2^200) rounds to -0, the exact value; NaN flows through
   * m. */
  intv k2;
  const realv m = exp_any_narrow_(x, &k2);
  const realv n = m * (m + (realv)2);
  return sc_make(fmax(x, (realv)-256) * (n / (n + (realv)2)), k2); /* x n could overflow */
#elif CLACT_NARROW
  intv k2;
  /* e = m 2^k2; m alone inside the fractions. At x = -inf m is the floor's value, which
   * the select below replaces (at +inf it keeps x (1 + 2m) / (1 + 2m + 2m^2) = inf); NaN
   * flows through m to the result */
  const realv m = exp_m_narrow_(neg_abs(x), &k2, 0);
  const realv m2 = (realv)2 * m;
  /* x >= 0: den = num + 2 m^2 in one fma: 2 m^2 is subnormal from x = 43.7 on (m >= 2^-110
   * there, the split's), where the result, x, is normal; a plain product cost a microcode
   * assist per vector on x86 (docs/PERFORMANCE.md, "Subnormal intermediates"), an fma's
   * exact product none. x < 0: den = num + 2 */
  const realv num = select((realv)1 + m2, fma(m, m, m2), x < 0);
  const realv den = select(fma(m2, m, num), num + (realv)2, x < 0);
  const realv r = x * num / den; /* x is a factor: 2^k2 after it */
  return sc_narrow(select(r, (realv)-0.0f, x == (realv)-INFINITY), select((intv)0, k2, x < 0));
#elif !CLACT_REAL_IS_DOUBLE
  /* f32: tanh(softplus(x)) = N / D with e = e^-|x| = (eh + el) 2^k2, 2^k2 applied last,
   * and H = b + e, b = 1/2 for x >= 0 and 2 for x < 0 (x >= 0's fraction halved):
   *   x >= 0: N = H,    D = H + e e;
   *   x < 0:  N = e H,  D = 2 + e H,
   * so D = u + v e with (u, v) = (H, e) or (2, H), and N is u or v e. H and D by fast
   * two-sums (exact: b and u are multiples of the other addend's ulp), v e as a product
   * pair; one division, its error from the exact remainder joined in the final fma with
   * x: the result is rounded about once. */
  const intv neg = x < 0;
  realv el;
  intv k2;
  /* -|x| as the sign bit set; NaN and -inf give the floor's e, x keeps or replaces them */
  const realv na = as_realv(as_bitsv(x) | (bitsv)SIGN_BIT);
  const realv eh = exp_pair_lean(fmax(na, (realv)EXP_FLOOR), &el, &k2);
  const realv b = select((realv)0.5f, (realv)2, neg);
  const realv h = b + eh;
  const realv hl = eh - (h - b); /* e's low part is left to v e below, where x < 0 needs it */
  /* v = (h - 1/2) + hl = e for x >= 0 (h - 1/2 is exact), h + hl for x < 0 */
  const realv v = h - select((realv)0.5f, (realv)0, neg);
  const realv pv = v * eh;
  const realv pvl = fma(v, eh, -pv) + fma(v, el, hl * eh);
  /* x >= 0: H's low part hl left out of N and D alike, where it moves N / D by at most
   * e^2 / D (<= 0.4) of its own relative size */
  const realv u = select(h, (realv)2, neg);
  const realv dh = u + pv;
  const realv dl = (pv - (dh - u)) + pvl;
  const realv nh = select(u, pv, neg), nl = select((realv)0, pvl, neg);
  const realv q = nh / dh;
  const realv corr = fma(-q, dl, fma(-q, dh, nh) + nl) * rough_recip(dh);
  /* below EXP_FLOOR x e^x is out of every factor's reach: the floor's x gives 0 (and -0
   * at -inf); x = +inf and NaN are x itself; -0 keeps its sign */
  const realv xf = fmax(x, (realv)EXP_FLOOR);
  realv m = fma(xf, q, xf * corr);
  m = select(m, x, !(x < (realv)INFINITY));
  return sc_make(or_sign(m, x), select((intv)0, k2, neg));
#else
  /* both sides as one fraction, (c1 + c2 e) / (c1 + 2e + c2 e^2) with (c1, c2) = (1, 2)
   * for x >= 0 and (2, 1) for x < 0, whose numerator also takes 1 + t and the result 2^k:
   * one set of pairs and one division, rounded once. */
  const logistic g = logistic_exact(x);
  const intv neg = x < 0;
  const realv c1 = select((realv)1, (realv)2, neg);
  const realv c2 = select((realv)2, (realv)1, neg);
  realv c, e2_lo, a_lo, d_lo, xlo, nlo;
  const realv e2 = square2(g.e, g.e_lo, &e2_lo);
  const realv v = two_sum(c1, c2 * g.e, &c); /* c2 e exact */
  const realv a = two_sum(c1, (realv)2 * g.e, &a_lo);
  const realv den = two_sum(a, c2 * e2, &d_lo);
  const realv xp = mul2(x, (realv)0, select((realv)1, g.p, neg), select((realv)0, g.p_lo, neg),
                        &xlo); /* x (1 + t) */
  const realv num = mul2(xp, xlo, v, c + c2 * g.e_lo, &nlo);
  const realv q = div2(num, nlo, den, a_lo + d_lo + ((realv)2 * g.e_lo + c2 * e2_lo));
  const scaled r = sc_exp(q, select((intv)0, g.k, neg)); /* x is a factor: 2^k after it */
  /* |x e^x| < 2^-225 below EXP_FLOOR: 0 after any alpha (and x (1 + t) (2 + e) would
   * overflow at x = -FLT_MAX) */
  return sc_x_factor_end(r, x < EXP_FLOOR, x);
#endif
}
/* f' = tanh(sp) + x sech^2(sp) sigmoid(x). With e = e^-|x|:
 *   x >= 0: (1 + 4e + (4x + 6) e^2 + 4 (x + 1) e^3) / (1 + 2e + 2e^2)^2, all terms >= 0;
 *   x < 0:  e (4 (x + 1) + (4x + 6) e + 4e^2 + e^3) / (2 + 2e + e^2)^2, which is 0 near
 *           x = -1.19: the bracket is summed in hi + lo pairs. */
CLACT_INLINE scaled bwd_mish(realv x, realv dy, real p0, real p1) {
#if CLACT_NARROW
  intv k2; /* full: f' has a zero; x = -inf and x < EXP_FLOOR are replaced at the end */
  const realv m = exp_lean_narrow_(neg_abs(x), &k2, 0, 1);
  /* keeps 0 * inf out; below EXP_FLOOR, e^EXP_FLOOR (4 |xc| + 6) P rounds to 0 in the
   * domain, as sc_vanish's value does (no select needed). fmin and fmax, one PTX
   * instruction each where clamp's upper bound was a compare and a select: they may drop
   * a NaN x, which m carries to the result anyway. */
  const realv xc = fmax(fmin(x, (realv)1000), (realv)EXP_FLOOR);
  const realv a = fma((realv)4, xc, (realv)4), b = fma((realv)4, xc, (realv)6);
  /* x >= 0: 1 + 4e + (4x+6) e^2 + 4(x+1) e^3 over (1 + 2e + 2e^2)^2;
   * x < 0: e (4(x+1) + (4x+6) e + 4e^2 + e^3) over (2 + 2e + e^2)^2 */
  const realv np = fma(m, fma(m, fma(m, a, b), (realv)4), (realv)1);
  const realv nn = m * fma(m, fma(m, m + (realv)4, b), a);
  /* 2m + 2 shared: dp = m (2m + 2) + 1, dn = m^2 + (2m + 2), all terms positive */
  const realv m22 = fma(m, (realv)2, (realv)2);
  const realv dp = fma(m, m22, (realv)1);
  const realv dn = fma(m, m, m22);
  const realv den = select(dp, dn, x < 0);
  scaled d = sc_make(select(np, nn, x < 0) / (den * den), select((intv)0, k2, x < 0));
  d.m = select(d.m, (realv)0, x == (realv)-INFINITY); /* f'(-inf) = 0 exactly */
  return sc_mul(d, dy); /* NaN in x flows through m */
#elif !CLACT_REAL_IS_DOUBLE
  /* f32: f' = (x < 0 ? e : 1) W / D^2 with e = e^-|x| = (eh + el) 2^k2 (2^k2 for x < 0),
   * W = c0 + e (c1 + e (c2 + c3 e)) with [c0, c1, c2, c3] = [1, 4, B, A] for x >= 0 and
   * [A, B, 4, 1] for x < 0, A = 4 (x + 1), B = 4x + 6 (exact floats within 0.5 of f''s
   * zero, x = -1.19, the only place where W cancels), D = f1 + e (2 + f2 e), (f1, f2) =
   * (1, 2) or (2, 1). Horner in pairs; the last step's fma rounds W once where it
   * cancels; one division, corrected from its exact remainder. */
  const intv neg = x < 0;
  const realv na = as_realv(as_bitsv(x) | (bitsv)SIGN_BIT); /* -|x|; NaN flows through e */
  realv el;
  intv k2;
  const realv eh = exp_pair_lean(select(na, (realv)EXP_FLOOR, na < EXP_FLOOR), &el, &k2);
  /* below EXP_FLOOR f' is computed at the floor, where e (4 |x| + 6) dy rounds to 0 in the
   * domain (an infinite dy gives -inf, the exact product); 1000: e = 0 there */
  const realv xc = clamp(x, (realv)EXP_FLOOR, (realv)1000);
  const realv A = fma((realv)4, xc, (realv)4), B = fma((realv)4, xc, (realv)6);
  const realv c3 = select(A, (realv)1, neg), c2 = select(B, (realv)4, neg);
  const realv c1 = select((realv)4, B, neg), c0 = select((realv)1, A, neg);
  /* c2 + c3 e: a fast two-sum where x < 0 (4 + e); x >= 0's terms are all positive */
  const realv p3 = fma(c3, eh, c2);
  const realv p3l = fma(c3, el, fma(c3, eh, c2 - p3));
  /* c1 + e p3 in pairs. Both fast two-sums below are exact: c1 (4, or 4x + 6 where x < 0)
   * and f1 (1 or 2) are multiples of the other addend's ulp, or in a binade above it */
  const realv pr = eh * p3;
  realv s2l;
  const realv p2 = fast_two_sum(c1, pr, &s2l);
  const realv p2l = s2l + fma(eh, p3, -pr) + fma(eh, p3l, el * p3);
  /* c0 + e p2: rounded once where it cancels */
  const realv w = fma(p2, eh, c0);
  const realv wl = fma(p2, el, p2l * eh);
  /* D = f1 + e (2 + f2 e) and D^2 in pairs */
  const realv f1 = select((realv)1, (realv)2, neg), f2 = select((realv)2, (realv)1, neg);
  const realv i = fma(f2, eh, (realv)2);
  const realv il = fma(f2, el, fma(f2, eh, (realv)2 - i));
  const realv dp = eh * i;
  realv sdl;
  const realv dh = fast_two_sum(f1, dp, &sdl);
  const realv dl = sdl + fma(eh, i, -dp) + fma(eh, il, el * i);
  realv d2l;
  const realv d2 = square2(dh, dl, &d2l);
  /* W / D^2, corrected from the exact remainder, then times e (x < 0) in one fma */
  const realv q = w / d2;
  const realv corr = fma(-q, d2l, fma(-q, d2, w) + wl) * rough_recip(d2);
  const realv ah = select((realv)1, eh, neg), al = select((realv)0, el, neg);
  realv m = fma(ah, q, fma(ah, corr, al * q));
  m = select(m, (realv)0, x == (realv)-INFINITY); /* f'(-inf) = 0 exactly */
  return sc_mul(sc_make(m, select((intv)0, k2, neg)), dy);
#else
  /* both sides as one fraction: the x < 0 bracket has the x >= 0 numerator's coefficients
   * reversed, [1, 4, B, A] and [A, B, 4, 1] with A = 4 (x + 1), B = 4x + 6, and the
   * denominator is fwd_mish's squared: one set of pairs and one division */
  const logistic g = logistic_exact(x);
  const intv neg = x < 0;
  const realv xc = min(x, (realv)1000); /* e = 0 there: keeps 0 * inf out of unused terms */
  const realv f1 = select((realv)1, (realv)2, neg), f2 = select((realv)2, (realv)1, neg);
  realv a_lo, b_lo, c1, c2, t_lo, cc_lo, e2_lo, d1, d2, num_lo, d2_lo;
  const realv a = two_sum((realv)4 * xc, (realv)4, &a_lo); /* A exactly */
  const realv b = two_sum((realv)4 * xc, (realv)6, &b_lo); /* B exactly */
  /* c0 + c1 e + e^2 (c2 + c3 e); c2 + c3 e only needs its low part for x < 0 (4 + e,
   * next to f''s zero: terms of x >= 0 are all positive) */
  const realv te = mul2(g.e, g.e_lo, select((realv)4, b, neg), select((realv)0, b_lo, neg), &t_lo);
  const realv c3 = select(a, (realv)1, neg);
  const realv w = two_sum(select(b, (realv)4, neg), c3 * g.e, &c1);
  const realv e2 = square2(g.e, g.e_lo, &e2_lo);
  const realv cc = mul2(e2, e2_lo, w, c1 + c3 * g.e_lo, &cc_lo);
  realv c4;
  const realv s1 = two_sum(select((realv)1, a, neg), te, &c2);
  const realv om = two_sum(s1, cc, &c4);
  const realv om_lo = (select((realv)0, a_lo, neg) + t_lo) + (c2 + c4) + cc_lo;
  /* x < 0: times 1 + t (e = (1 + t) 2^k, 2^k applied last) */
  const realv nh = mul2(select((realv)1, g.p, neg), select((realv)0, g.p_lo, neg), om, om_lo,
                        &num_lo);
  /* (f1 + 2e + f2 e^2)^2, (f1, f2) = (1, 2) for x >= 0 and (2, 1) for x < 0 */
  const realv da = two_sum(f1, (realv)2 * g.e, &d1);
  const realv dh = two_sum(da, f2 * e2, &d2);
  const realv dsq = square2(dh, d1 + d2 + ((realv)2 * g.e_lo + f2 * e2_lo), &d2_lo);
  scaled d = sc_exp(div2(nh, num_lo, dsq, d2_lo), select((intv)0, g.k, neg));
  return sc_dx_vanishing(d, x < EXP_FLOOR, x, dy); /* f' < 0 there; x + 1 would overflow e */
#endif
}

/* ---- gelu_quick: x sigmoid(1.702 x) (CLIP, llama.cpp) ------------------------------- */
/* swish with beta = 1.702 as the compute type holds the constant (float for f32, f16, bf16),
 * so its bounds are swish's. */
#if CLACT_REAL_IS_DOUBLE
#define GELU_QUICK_COEF 1.702
#else
#define GELU_QUICK_COEF 1.702f
#endif
CLACT_INLINE scaled fwd_gelu_quick(realv x, real p0, real p1) {
  return fwd_swish(x, (real)GELU_QUICK_COEF, p1);
}
CLACT_INLINE scaled bwd_gelu_quick(realv x, realv dy, real p0, real p1) {
#if CLACT_NARROW
  /* swish's 16-bit f' with the exp fitted to this beta's window (swish_bwd_narrow_) */
  return sc_mul(swish_bwd_narrow_((real)GELU_QUICK_COEF * x, 1), dy);
#else
  return bwd_swish(x, dy, (real)GELU_QUICK_COEF, p1);
#endif
}

/* ==== Value-and-slope forms (kernels/gated.cl's backward) ============================== */
/* value_slope_NAME(x, dy, p0, p1, &g, &d) gives g = fwd_NAME(x) and d = bwd_NAME(x, dy)
 * from one evaluation of their shared part (swish's and gelu_quick's within the gated
 * bounds, not the two formulas' bits: one division for both); VALUE_SLOPE_NAME 1 tells
 * gated.cl the form exists (the other rows take the two formulas side by side). The
 * formulas above are left as they are: each form calls the same helpers in the same
 * order, after deciding the parameter's case once, so that the two helpers' logistic_from
 * of the same z is one straight-line expression the compiler evaluates once. */

#if !CLACT_NARROW
/* swish's value and slope at z = beta x = hi - nlo (a_lo as swish_fwd_z's) from one
 * division: swish_fwd_z divides its numerator by 1 + e and swish_bwd_z its own by
 * (1 + e)^2, two compensated divisions. Here R = 1 / (1 + e) = rh + rl is taken once: rh
 * rounded, 1 - rh den exact in an fma, rl the first-order rest (R's error is about
 * 2^-48 relative); the value is N R and the slope's numerator times R^2 = q + q_lo, each
 * summed with its low terms and rounded once, as div2 rounds once. The numerators, the
 * exponent and the special values are swish_fwd_z's and swish_bwd_z's, so the slope's
 * (1 + z) + e keeps its exactness next to f''s zero. Not the two formulas' bits: the
 * gated rows' bounds (docs/ACCURACY.md) hold it, plain swish keeps its own formulas. */
CLACT_INLINE void swish_value_slope_z(realv x, realv z, realv nlo, realv a_lo, realv dy,
                                      scaled *g, scaled *d) {
  const logistic_k l = logistic_kb(z, a_lo); /* x = +-inf is kept below */
  const intv neg = z < 0;
  const intv kb = select(KB_ZERO, l.kb, neg);
  const realv rh = (realv)1 / l.den;
  const realv rl = rh * fma(-rh, l.den_lo, fma(-rh, l.den, (realv)1));
  /* the value: x (1 + t) R for z < 0, x R for z >= 0 (swish_fwd_z's numerator) */
  realv nl;
  const realv nh = n_times_1pt(x, select((realv)0, l.t, neg), &nl);
  scaled r = sc_exp_kb(fma(nh, rh, fma(nh, rl, nl * rh)), kb);
  r.m = select(r.m, select(fabs(x), (realv)0, neg), isinf(x));
  *g = sc_make(or_sign(r.m, x), r.k);
  /* the slope: swish_bwd_z's numerator, [z >= 0: 1 + e (1 + z); z < 0: (1 + t) ((1 + z)
   * + e)], times R^2 */
  const realv a = (realv)1 + z;
  const realv c = (a + l.e) + (l.e_lo - nlo);
  realv cp_lo;
  const realv cp = n_times_1pt(c, l.t, &cp_lo);
  realv w_lo;
  const realv w = fast_two_sum((realv)1, l.e * a, &w_lo);
  const realv q = rh * rh;
  const realv q_lo = fma(rh + rh, rl, fma(rh, rh, -q));
  const realv sn = select(w, cp, neg);
  scaled s = sc_exp_kb(fma(sn, q, fma(sn, q_lo, select(w_lo, cp_lo, neg) * q)), kb);
  s = sc_vanish(s, z < EXP_FLOOR, (realv)-1); /* 1 + z overflows there: f' < 0 */
  s.m = select(s.m, (realv)0, isinf(z) && z < 0);
  s.m = select(s.m, (realv)1, isinf(z) && z > 0);
  *d = sc_mul(s, dy);
}
#endif

#if CLACT_NARROW
/* 16-bit storage: the slope is swish_bwd_narrow_'s, its bits, and the value x sigma(z) =
 * x m / (1 + m) 2^k2 comes from the same e^z = m 2^k2 and reciprocal (one exponential and
 * one division where fwd_swish and bwd_swish take two of each). m is float-accurate (fit
 * 0) or storage-sized outside gelu_quick's window (fit 1: 2^-21.3 relative for f16,
 * 2^-16.4 for bf16), and its error enters sigma(z) divided by 1 + m: far below the 16-bit
 * rounding. m / (1 + m) is 1 to float's precision past z = 17 and at the clamp (21), so
 * x = +-inf keeps its infinity; z = -inf gives +-0 with x's sign, as fwd_swish. */
CLACT_INLINE void swish_value_slope_narrow_(realv x, realv dy, real b, int fit, scaled *g,
                                            scaled *d) {
  const realv z = b * x;
  realv zc;
  intv k2;
  const realv m = swish_exp_narrow_(z, fit, &zc, &k2);
  const realv rr = (realv)1 / ((realv)1 + m);
  const intv minf = z == (realv)-INFINITY;
  *g = sc_narrow(select(x * (m * rr), as_realv(as_bitsv(x) & (bitsv)0x80000000u), minf), k2);
  const realv s = (m * (((realv)1 + zc) + m)) * (rr * rr);
  *d = sc_mul(sc_narrow(select(s, (realv)0, minf), k2), dy);
}
#endif

/* swish (and gelu_quick): f and f' both start from logistic_kb(z, a_lo), z = beta x, and
 * share one reciprocal (swish_value_slope_z; 16-bit storage swish_value_slope_narrow_).
 * beta 0 takes the two formulas. SiLU keeps its own branch (z = x exactly, no low part to
 * carry): without it SwiGLU's f32 backward took about 15 % more CPU time on PoCL
 * (bench/results/s13-swiglu/), though PoCL then keeps both paths in the loop's code. */
#if !CLACT_NARROW
/* its two paths in f32 and f64: SiLU (z = x exactly) and every other beta but 0 */
CLACT_INLINE void value_slope_swish_silu_(realv x, realv dy, real p0, real p1, scaled *g,
                                          scaled *d) {
  (void)p0;
  (void)p1;
  swish_value_slope_z(x, x, (realv)0, NO_LO, dy, g, d);
}
CLACT_INLINE void value_slope_swish_beta_(realv x, realv dy, real p0, real p1, scaled *g,
                                          scaled *d) {
  (void)p1;
  realv lo;
  const realv z = scaled_product(p0, x, &lo);
  swish_value_slope_z(x, z, -lo, select(-lo, lo, z < 0), dy, g, d);
}
#endif
CLACT_INLINE void value_slope_swish(realv x, realv dy, real p0, real p1, scaled *g, scaled *d) {
#if !CLACT_NARROW
  if (p0 == 1) { /* SiLU: z = x exactly */
    value_slope_swish_silu_(x, dy, p0, p1, g, d);
    return;
  }
#endif
  if (p0 != 0) {
#if CLACT_NARROW
    swish_value_slope_narrow_(x, dy, p0, 0, g, d);
#else
    value_slope_swish_beta_(x, dy, p0, p1, g, d);
#endif
    return;
  }
  *g = fwd_swish(x, p0, p1);
  *d = bwd_swish(x, dy, p0, p1);
}
#define VALUE_SLOPE_swish 1
/* On CPUs the f32 and f64 gated backward's hot loops (views.cl's rows loops, gated.cl)
 * test beta once, before the loop: SiLU's loop, every other nonzero beta's, and beta 0's
 * (the whole form). 16-bit storage keeps its one loop: split the
 * same way (a nonzero beta's loop and beta 0's), its beta 0 calls gave other NaN payloads
 * (f16, 2 of 155648 outputs; bench/results/s17-gated-split/). */
#if !CLACT_NARROW && CLACT_SWISH_SILU
#define SIDES_value_slope_swish        2
#define SIDE1_IF_value_slope_swish(p0) ((p0) == 1)
#define SIDE1_value_slope_swish        value_slope_swish_silu_
#define SIDE2_IF_value_slope_swish(p0) ((p0) != 0)
#define SIDE2_value_slope_swish        value_slope_swish_beta_
#endif

CLACT_INLINE void value_slope_gelu_quick(realv x, realv dy, real p0, real p1, scaled *g,
                                         scaled *d) {
#if CLACT_NARROW
  swish_value_slope_narrow_(x, dy, (real)GELU_QUICK_COEF, 1, g, d);
#else
  value_slope_swish(x, dy, (real)GELU_QUICK_COEF, p1, g, d);
#endif
}
#define VALUE_SLOPE_gelu_quick 1

/* swish's limits at +-inf are exact in every dtype and for every beta: the value is x or
 * 0 with x's sign (never sc_vanish's stand-in: swish_fwd_z and the narrow fwd_swish set
 * it), the slope 1 or 0 (set after the vanishing step; in 16-bit storage 1 from the clamp
 * at SWISH_BWD_ZMAX, exactly), and beta 0 gives x / 2 and 1/2.
 * So a 0 * inf in a gated product is NaN by itself, and gated.cl leaves out its checks. */
#define GATE_EXACT_LIMITS_swish      1
#define GATE_EXACT_LIMITS_gelu_quick 1
/* value_slope_swish's slope has its value's k, or SC_KMIN where it vanishes (z < EXP_FLOOR;
 * 16-bit storage: k2 for both; beta 0: k = 0 for both), so gated.cl's backward finishes da
 * and db from one pair of powers (VALUE_SLOPE_SHARED_K, math.cl's sc_finish_pair). */
#define VALUE_SLOPE_SHARED_K_swish      1
#define VALUE_SLOPE_SHARED_K_gelu_quick 1
