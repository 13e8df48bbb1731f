/* act_logistic.cl — the logistic family: forms built on e^-|z| (math.cl's logistic and
 * exp_narrow), with no overflow (e^+|x|), no cancellation (1 - s, 2/(1+e^-2x) - 1) and a
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
CLACT_INLINE scaled fwd_sigmoid(realv x, real p0, real p1) {
#if CLACT_NARROW
  return sigmoid_narrow(x, 2);
#else
  return sigmoid_z(x, NO_LO);
#endif
}
/* s'(x) = s(x) s(-x) = e / (1+e)^2: no 1 - s that is 0 for large x. */
CLACT_INLINE scaled bwd_sigmoid(realv x, realv dy, real p0, real p1) {
#if CLACT_NARROW
  const nlogistic n = logistic_narrow(neg_abs(x));
  return sc_make(dy * (n.m * n.r * n.r), n.k2);
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
  const nlogistic n = logistic_narrow((realv)-2 * fabs(x));
  return sc_make(dy * ((realv)4 * n.m * n.r * n.r), n.k2);
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

/* z = beta x = hi + *lo exactly, for the rows of beta x here (swish, softplus): math.cl's
 * scaled_product without its guard at an infinite product, where *lo is NaN and harmless:
 * exp_parts drops a low part below its floor, and swish's f' replaces its value at an
 * infinite z. */
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
  const logistic g = logistic_clamped(z, a_lo); /* x = +-inf is kept below */
  /* the numerator x (1 + t) for z < 0, as a normalized pair */
  const realv xp = x * g.p;
  const realv nh = select(x, xp, z < 0);
  const realv nl = select((realv)0, fma(x, g.p, -xp) + x * g.p_lo, z < 0);
  const realv s = div2(nh, nl, g.den, g.den_lo);
  scaled r = sc_exp(s, select((intv)0, g.k, z < 0)); /* x is a factor: 2^k after it */
  /* x = +-inf: |x| where z > 0, else 0 (not inf * e^-inf, nor div2's inf * 0); then x's
   * sign bit, which the result has everywhere (sigmoid > 0): it gives -0 at x = -0, which
   * div2's correction turns into +0, and keeps a NaN x. */
  r.m = select(r.m, select((realv)0, (realv)INFINITY, z > 0), isinf(x));
  r.m = or_sign(r.m, x);
  return r;
}

/* f' for z = hi + lo (lo NO_LO when exact), a_lo as above. */
CLACT_INLINE scaled swish_bwd_z(realv z, realv lo, realv a_lo) {
  realv c1, c2;
  const logistic g = logistic_clamped(z, a_lo); /* z = +-inf is kept below */
  realv d2_lo;
  const realv d2 = square2(g.den, g.den_lo, &d2_lo);
  const realv a = two_sum((realv)1, z, &c1);            /* 1 + z */
  const realv c = two_sum(a, g.e, &c2) + (c1 + c2 + lo + g.e_lo); /* (1 + z) + e */
  const realv cp = c * g.p;
  realv w_lo;
  const realv w = fast_two_sum((realv)1, g.e * (a + (c1 + lo)), &w_lo); /* e (1+z) <= 1 */
  const realv s = div2(select(w, cp, z < 0), select(w_lo, fma(c, g.p, -cp) + c * g.p_lo, z < 0),
                       d2, d2_lo);
  scaled d = sc_exp(s, select((intv)0, g.k, z < 0));
  d = sc_vanish(d, z < EXP_FLOOR, (realv)-1); /* 1 + z overflows there: f' < 0 */
  d.m = select(d.m, (realv)0, isinf(z) && z < 0);
  d.m = select(d.m, (realv)1, isinf(z) && z > 0);
  return d;
}
#endif

/* beta = 0: x / 2 exactly, f' = 1/2 (z = 0 * inf would be NaN at x = +-inf). */
CLACT_INLINE scaled fwd_swish(realv x, real p0, real p1) {
  if (p0 == 0) return sc_plain(x * (real)0.5);
#if CLACT_NARROW
  /* an infinite beta as the largest finite one (the same results, and 0 * beta is 0, not
   * NaN, at x = +-0); a loop invariant */
  const real b = select(p0, copysign((real)FLT_MAX, p0), isinf(p0));
  const realv z = b * x;
  intv k2;
  const realv a = neg_abs(z);
  /* m the floor's value at z = -inf (finite: 1 / (1 + m) stays 1 there) */
  const realv m = exp_m_narrow_(a, &k2, 0);
  const intv neg = z < 0;
  /* z = -inf (x = +-inf, or a huge beta): +-0 with x's sign, not inf * e^-inf; x is a
   * factor: 2^k2 after it */
  const realv xm = select(x * m, as_realv(as_bitsv(x) & (bitsv)0x80000000u), a == -INFINITY);
  return sc_narrow(select(x, xm, neg) * ((realv)1 / ((realv)1 + m)), select((intv)0, k2, neg));
#else
  /* one path for every beta (SiLU's lo is 0): a GPU's compiler keeps both sides of a
   * uniform branch in the loop, and a SiLU-only copy nearly doubled the loop's code */
  /* -|beta x| = -|z| + a_lo: a_lo is the exact error of |beta| |x|, |z|'s own rounding (an
   * fma, no negation nor select by the sign of z) */
  const realv z = p0 * x;
  return swish_fwd_z(x, z, fma(fabs(x), -fabs((realv)p0), fabs(z)));
#endif
}
/* f' = s(z) (1 + z s(-z)) = [z >= 0: 1 + e (1+z);  z < 0: (1 + t) ((1+z) + e) 2^k]
 * / (1+e)^2, with 1 + z summed exactly; zero near z = -1.2785. */
CLACT_INLINE scaled bwd_swish(realv x, realv dy, real p0, real p1) {
  if (p0 == 0) return sc_plain(keep_nan(dy * (real)0.5, x));
#if CLACT_NARROW
  const realv z = p0 * x;
  intv k2;
  const realv m = exp_lean_narrow_(-fabs(z), &k2, 0, 1); /* full: f' has a zero */
  const realv r = (realv)1 / ((realv)1 + m);
  /* 1 + z with z clamped to [EXP_FLOOR, 128]: beyond, e (1 + z) is out of every factor's
   * reach (z < EXP_FLOOR: e^EXP_FLOOR 251 P rounds to 0) or below an ulp of 1 (z > 128,
   * where m, not e = m 2^k2, may stand in for e: m (1 + 128) < 2^-102, at z = +inf too),
   * and never overflows; NaN stays */
  realv zc = select(z, (realv)128, z > (realv)128);
  zc = select(zc, (realv)EXP_FLOOR, zc < EXP_FLOOR);
  const realv a = (realv)1 + zc;
  /* z >= 0: (1 + e (1 + z)) / (1+e)^2;  z < 0: e ((1 + z) + e) / (1+e)^2 / 2^k2 */
  scaled d = sc_make(select(fma(m, a, (realv)1), m * (a + m), z < 0) * (r * r),
                     select((intv)0, k2, z < 0));
  d.m = select(d.m, (realv)0, z == (realv)-INFINITY); /* +0, not m (a + m) = -0 */
  return sc_mul(d, dy);
#else
  realv lo; /* one path for every beta, as fwd_swish */
  const realv z = beta_product(p0, x, &lo);
  return sc_mul(swish_bwd_z(z, lo, select(-lo, lo, z < 0)), dy);
#endif
}

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
   * -805.7: e^z / beta = 1.24e-300) */
  const realv v = select(l / p0, x + l / p0, z > 0);
  return sc_select(sc_plain(v), sc_div(sc_exp((realv)1 + g.t, g.k), p0), tail);
}
#else
/* log1p(e) = e + e^2 P(e) on e = e^-|z| in (0, 1], P a degree-9 fit in e - 1/4
 * (tools/fit/fit_softplus.py: 0.23 ulp). With e = (1 + t) 2^k from exp_parts:
 *   log1p(e) = 2^k [(1 + t) + (1 + t) e P(e)] = 2^k (m + *m_lo),
 * 1 + t never rounded, 2^k applied last (a subnormal result is rounded about once). No
 * division and no log: a third of the operations of log1p in pairs. *s is 2^k, or 2^-100
 * below that (e's value then only feeds terms far below an ulp of the result). */
CLACT_INLINE realv softplus_log1p(realv t, intv k, realv *m_lo, realv *s) {
  *s = pow2_normal(sc_k1(k));
  const realv e = fma(t, *s, *s);
  const realv u = e - (realv)0.25f;
  const realv q = fma(
      fma(fma(fma(fma(fma(fma(fma(fma((realv)2.801642055e-03f, u, (realv)-1.088057272e-02f), u,
                                  (realv)2.124513313e-02f),
                              u, (realv)-3.149699792e-02f),
                          u, (realv)4.430447519e-02f),
                      u, (realv)-6.380417943e-02f),
                  u, (realv)9.467269480e-02f),
              u, (realv)-1.457521766e-01f),
          u, (realv)2.376255095e-01f),
      u, (realv)-4.297031760e-01f);
  realv p_lo;
  const realv p = fast_two_sum((realv)1, t, &p_lo);       /* 1 + t, exactly */
  const realv w = fma(fma(t, e, e), q, p_lo);              /* (1 + t) e P, |w| < 0.45 */
  return fast_two_sum(p, w, m_lo);                         /* p >= 0.7 > |w| */
}

CLACT_INLINE scaled fwd_softplus(realv x, real p0, real p1) {
#if CLACT_NARROW
  const realv z = p0 * x;
  intv k2;
  /* e^-inf = 0: 0 at z = -inf; beta x is unbounded: clamped */
  const realv m = exp_m_narrow_(neg_abs(z), &k2, 1);
  /* log1p(e) / beta = (m / beta) Q(m), / beta before the last scaling, plus x for z > 0 in
   * the same fma (there, where k2 < 0, the log1p term is far below an ulp of x) */
  const realv v = fma(m / p0, log1p_q_narrow_(m, 1.0f), select((realv)-0.0f, x, z > 0));
  return sc_narrow(v, select(k2, (intv)0, z > 0));
#else
  /* one path for every beta (the GPU loop keeps both sides of a uniform branch) */
  intv k;
  realv m_lo, s, c;
  const realv z = p0 * x; /* -|beta x| = -|z| + its exact error (beta > 0), as fwd_swish */
  const realv t = exp_parts(-fabs(z), fma(fabs(x), (realv)-p0, fabs(z)), &k);
  const realv m = softplus_log1p(t, k, &m_lo, &s);
  /* log1p(e) / beta = v + v_lo: the one division, and its exact remainder (m s is exact)
   * with m_lo joined through 1 / beta, whose rounding only touches that low term. v is
   * taken / beta before the last factor 2^(k - k1): a result scaled into the subnormal
   * range first would lose bits that a small beta brings back. */
  const realv ms = m * s;
  const realv v = ms / p0;
  const realv v_lo = (fma(-v, (realv)p0, ms) + m_lo * s) * (realv)((real)1 / p0);
  /* z > 0: softplus = (z + log1p(e)) / beta = x + log1p(e) / beta, as z = beta x exactly,
   * rounded once; an infinite sum (x = +inf, or a tiny beta's v) is the result, where
   * two_sum's error would be NaN */
  const realv h = two_sum(x, v, &c);
  const realv pos = select(h + (c + v_lo), h, isinf(h));
  return sc_select(sc_make(v, k - sc_k1(k)), sc_plain(pos), z > 0);
#endif
}
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
  const realv m = exp_m_narrow_(neg_abs(x), &k2, 2); /* 0 at x = +-inf: -0 and -inf */
  /* -log1p(e^-|x|) / 2^k2 = m (-Q(m)), negated in Q's coefficients, plus x for x < 0 in the
   * same fma (there, where k2 < 0, the log1p term is far below an ulp of x) */
  const realv v = fma(m, log1p_q_narrow_(m, -1.0f), select((realv)-0.0f, x, x < 0));
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
CLACT_INLINE scaled fwd_tanhshrink(realv x, real p0, real p1) {
#if CLACT_NARROW
  const realv ax = fabs(x);
  const realv u = x * x;
  /* |x| > 1: (|x| - 1) + 2e / (1 + e), e = e^-2|x| = 1 - d: both terms >= 0 */
  const realv d = one_minus_exp2_narrow_(ax, 1); /* (|x| - 1) dominates */
  const realv big = (ax - (realv)1) + fma((realv)-2, d, (realv)2) / ((realv)2 - d);
#if CLACT_DTYPE == 1
  /* f16: x^3 is a normal float for every f16 x (2^-72 at the smallest), -0 stays -0 */
  return sc_plain(select(x * u * tanhshrink_g_narrow(u), copysign(big, x), ax > 1));
#else
  /* bf16: x^3 = xn^3 2^(3 kx) with 2^(3 kx) left to the finish (x^3 underflows below
   * |x| = 2^-50 where alpha may bring it back) */
  intv kx;
  const realv xn = split_exp(x, &kx);
  const realv small = xn * xn * xn * tanhshrink_g_narrow(u); /* NaN through u; xn = -1 at -0 */
  return sc_select(sc_exp_wide(small, (intv)3 * kx), sc_plain(copysign(big, x)), ax > 1);
#endif
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
  /* th^2 = thn^2 2^(2 kt), the power left to the finish (th^2 underflows below 2^-75) */
  intv kt;
  const realv thn = split_exp(th, &kt);
  /* th = 0 (x = 0: 0 times an infinite dy is NaN) or NaN (x NaN) is used as it is */
  return sc_mul(sc_exp_wide(select(th, thn * thn, th > 0), (intv)2 * kt), dy);
#endif
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
#if CLACT_NARROW
  intv k2;
  /* e = m 2^k2; m alone inside the fractions. At x = -inf m is the floor's value, which
   * the select below replaces (at +inf it keeps x (1 + 2m) / (1 + 2m + 2m^2) = inf); NaN
   * flows through m to the result */
  const realv m = exp_m_narrow_(neg_abs(x), &k2, 0);
  const realv m2 = (realv)2 * m;
  /* x >= 0: den = num + 2 m^2; x < 0: den = num + 2 */
  const realv num = select((realv)1 + m2, fma(m, m, m2), x < 0);
  const realv den = num + select(m2 * m, (realv)2, x < 0);
  const realv r = x * num / den; /* x is a factor: 2^k2 after it */
  return sc_narrow(select(r, (realv)-0.0f, x == (realv)-INFINITY), select((intv)0, k2, x < 0));
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
   * domain, as sc_vanish's value does (no select needed) */
  const realv xc = clamp(x, (realv)EXP_FLOOR, (realv)1000);
  const realv a = fma((realv)4, xc, (realv)4), b = fma((realv)4, xc, (realv)6);
  /* x >= 0: 1 + 4e + (4x+6) e^2 + 4(x+1) e^3 over (1 + 2e + 2e^2)^2;
   * x < 0: e (4(x+1) + (4x+6) e + 4e^2 + e^3) over (2 + 2e + e^2)^2 */
  const realv np = fma(m, fma(m, fma(m, a, b), (realv)4), (realv)1);
  const realv nn = m * fma(m, fma(m, m + (realv)4, b), a);
  const realv dp = fma(m, fma(m, (realv)2, (realv)2), (realv)1);
  const realv dn = fma(m, m + (realv)2, (realv)2);
  const realv den = select(dp, dn, x < 0);
  scaled d = sc_make(select(np, nn, x < 0) / (den * den), select((intv)0, k2, x < 0));
  d.m = select(d.m, (realv)0, x == (realv)-INFINITY); /* f'(-inf) = 0 exactly */
  return sc_mul(d, dy); /* NaN in x flows through m */
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
  return bwd_swish(x, dy, (real)GELU_QUICK_COEF, p1);
}

/* ==== Value-and-slope forms (kernels/gated.cl's backward) ============================== */
/* value_slope_NAME(x, dy, p0, p1, &g, &d) gives g = fwd_NAME(x) and d = bwd_NAME(x, dy)
 * with the same bits, from one evaluation of their shared part; VALUE_SLOPE_NAME 1 tells
 * gated.cl the form exists (the other rows take the two formulas side by side). The
 * formulas above are left as they are: each form calls the same helpers in the same
 * order, after deciding the parameter's case once, so that the two helpers' logistic_from
 * of the same z is one straight-line expression the compiler evaluates once. */

/* swish (and gelu_quick): f and f' both start from logistic_from(z, a_lo), z = beta x.
 * 16-bit storage takes the two formulas (their narrow logistics differ), as does beta 0. */
CLACT_INLINE void value_slope_swish(realv x, realv dy, real p0, real p1, scaled *g, scaled *d) {
#if !CLACT_NARROW
  if (p0 == 1) { /* SiLU: z = x exactly */
    *g = swish_fwd_z(x, x, NO_LO);
    *d = sc_mul(swish_bwd_z(x, NO_LO, NO_LO), dy);
    return;
  }
  if (p0 != 0) {
    realv lo;
    const realv z = scaled_product(p0, x, &lo);
    const realv a_lo = select(-lo, lo, z < 0);
    *g = swish_fwd_z(x, z, a_lo);
    *d = sc_mul(swish_bwd_z(z, lo, a_lo), dy);
    return;
  }
#endif
  *g = fwd_swish(x, p0, p1);
  *d = bwd_swish(x, dy, p0, p1);
}
#define VALUE_SLOPE_swish 1

CLACT_INLINE void value_slope_gelu_quick(realv x, realv dy, real p0, real p1, scaled *g,
                                         scaled *d) {
  value_slope_swish(x, dy, (real)GELU_QUICK_COEF, p1, g, d);
}
#define VALUE_SLOPE_gelu_quick 1

/* swish's limits at +-inf are exact in every dtype and for every beta: the value is x or
 * 0 with x's sign (never sc_vanish's stand-in: swish_fwd_z and the narrow fwd_swish set
 * it), the slope 1 or 0 (set after the vanishing step), and beta 0 gives x / 2 and 1/2.
 * So a 0 * inf in a gated product is NaN by itself, and gated.cl leaves out its checks. */
#define GATE_EXACT_LIMITS_swish      1
#define GATE_EXACT_LIMITS_gelu_quick 1
