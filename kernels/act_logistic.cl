/* activations.cl — one stable formula per activation and direction.
 *
 *   fwd_NAME(x, p0, p1)       y  = f(x)
 *   bwd_NAME(x, dy, p0, p1)   dx = dy * f'(x)
 *   bwdy_NAME(y, dy, p0, p1)  dx = dy * f'(x) written in terms of y = f(x), where defined
 *
 * Each returns a `scaled` value (kernels/math.cl): the kernel applies alpha, then 2^k.
 *
 * All are generic over the vector width and built on math.cl's exp in parts: no form
 * that overflows (e^+|x|), cancels (1 - s, 2/(1+e^-2x) - 1, e^x - 1) or rounds a subnormal
 * result twice. docs/ACCURACY.md has the error analysis and the special values.
 */

/* ---- identity: f(x) = x; a copy through the same kernels (the bench's copy reference) --- */
CLACT_INLINE scaled fwd_identity(realv x, real p0, real p1) { return sc_plain(x); }
/* f' = 1; NaN in x still gives NaN, as for every activation (and keeps x read). */
CLACT_INLINE scaled bwd_identity(realv x, realv dy, real p0, real p1) {
  return sc_plain(keep_nan(dy, x));
}
CLACT_INLINE scaled bwdy_identity(realv y, realv dy, real p0, real p1) {
  return sc_plain(keep_nan(dy, y));
}

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
/* sigmoid(z) for 16-bit storage (also softplus' and logsigmoid's f'). */
CLACT_INLINE scaled sigmoid_narrow(realv z) {
  const nexp n = exp_narrow(-fabs(z));
  const realv r = (realv)1 / ((realv)1 + n.m);
  return sc_make(select(r, n.m * r, z < 0), select((intv)0, n.k2, z < 0));
}
#endif
CLACT_INLINE scaled fwd_sigmoid(realv x, real p0, real p1) {
#if CLACT_NARROW
  return sigmoid_narrow(x);
#else
  return sigmoid_z(x, NO_LO);
#endif
}
/* s'(x) = s(x) s(-x) = e / (1+e)^2: no 1 - s that is 0 for large x. */
CLACT_INLINE scaled bwd_sigmoid(realv x, realv dy, real p0, real p1) {
#if CLACT_NARROW
  const nexp n = exp_narrow(-fabs(x));
  const realv r = (realv)1 / ((realv)1 + n.m);
  return sc_make(dy * (n.m * r * r), n.k2);
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
CLACT_INLINE scaled fwd_tanh(realv x, real p0, real p1) {
#if CLACT_NARROW
  const nexp n = exp_narrow((realv)-2 * fabs(x));
  const realv num = fma(-n.t, n.s, (realv)1 - n.s); /* 1 - e: -t exactly near 0 */
  return sc_plain(copysign(num / fma(n.t, n.s, n.s + (realv)1), x));
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
  const nexp n = exp_narrow((realv)-2 * fabs(x));
  const realv r = (realv)1 / ((realv)1 + n.m);
  return sc_make(dy * ((realv)4 * n.m * r * r), n.k2);
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

/* ---- relu: max(0, x), NaN kept ----------------------------------------------------- */
CLACT_INLINE scaled fwd_relu(realv x, real p0, real p1) {
  return sc_plain(select(x, (realv)0, x <= 0));
}
/* f'(0) = 0 as in PyTorch. NaN in x or dy gives NaN. */
CLACT_INLINE scaled bwd_relu(realv x, realv dy, real p0, real p1) {
  return sc_plain(keep_nan(dy * select((realv)0, (realv)1, x > 0), x));
}
CLACT_INLINE scaled bwdy_relu(realv y, realv dy, real p0, real p1) {
  return bwd_relu(y, dy, p0, p1);
}

/* ---- leaky_relu: x if x >= 0 else slope * x (p0 = negative_slope) ------------------- */
CLACT_INLINE scaled fwd_leaky_relu(realv x, real p0, real p1) {
  return sc_plain(select(x, x * p0, x < 0));
}
/* f'(0) = slope as in PyTorch (x > 0 selects 1). */
CLACT_INLINE scaled bwd_leaky_relu(realv x, realv dy, real p0, real p1) {
  return sc_plain(keep_nan(dy * select((realv)p0, (realv)1, x > 0), x));
}
/* With slope > 0, y > 0 exactly when x > 0. */
CLACT_INLINE scaled bwdy_leaky_relu(realv y, realv dy, real p0, real p1) {
  return bwd_leaky_relu(y, dy, p0, p1);
}

/* ---- elu: x if x > 0 else alpha (e^x - 1) (p0 = alpha) ------------------------------ */
/* e^x - 1 = (2^k - 1) + t 2^k, summed exactly in two parts: no cancellation near 0. */
CLACT_INLINE scaled fwd_elu(realv x, real p0, real p1) {
#if CLACT_NARROW
  const nexp n = exp_narrow(-fabs(x)); /* k2 < 0 only where e^x - 1 rounds to -1 */
  return sc_plain(select((realv)p0 * fma(n.t, n.s, n.s - (realv)1), x, x >= 0));
#else
  const logistic g = logistic_exact(x);
  realv lo;
  const realv hi = two_sum(g.tiny - (realv)1, g.t * g.tiny, &lo);
  return sc_plain(select(fma((realv)p0, hi, p0 * lo), x, x >= 0)); /* keeps the sign of -0 */
#endif
}
/* f'(x) = alpha e^x = alpha (1 + t) 2^k for x <= 0. */
CLACT_INLINE scaled bwd_elu(realv x, realv dy, real p0, real p1) {
#if CLACT_NARROW
  const nexp n = exp_narrow(-fabs(x));
  return sc_select(sc_make(dy * (p0 * n.m), n.k2), sc_plain(dy), x > 0);
#else
  const logistic g = logistic_exact(x);
  return sc_select(sc_mul(sc_exp1(g.t, (realv)p0, g.k), dy), sc_plain(dy), x > 0);
#endif
}
/* For x <= 0, f'(x) = alpha e^x = y + alpha. */
CLACT_INLINE scaled bwdy_elu(realv y, realv dy, real p0, real p1) {
  return sc_plain(select(dy * (y + p0), dy, y > 0));
}

/* ---- swish: x * sigmoid(beta x) (p0 = beta; beta 1 is SiLU) ------------------------- */
/* z = beta x kept exact as hi + lo. x (1 + t) / (1+e), times 2^k for z < 0; far below,
 * the product underflows to 0 with the sign of x. */
#if !CLACT_NARROW
/* x sigmoid(z), z = beta x = hi + lo, given -|z|'s low part a_lo (NO_LO when z is exact:
 * the beta = 1 call then drops every operation on it). */
CLACT_INLINE scaled swish_fwd_z(realv x, realv z, realv a_lo) {
  const logistic g = logistic_from(z, a_lo);
  /* the numerator x (1 + t) for z < 0, as a normalized pair */
  const realv xp = x * g.p;
  const realv nh = select(x, xp, z < 0);
  const realv nl = select((realv)0, fma(x, g.p, -xp) + x * g.p_lo, z < 0);
  const realv s = div2(nh, nl, g.den, g.den_lo);
  scaled r = sc_exp(s, select((intv)0, g.k, z < 0)); /* x is a factor: 2^k after it */
  r.m = select(r.m, copysign((realv)0, x), isinf(x) && z < 0); /* not inf * e^-inf */
  r.m = select(r.m, x, (isinf(x) && z > 0) || x == 0); /* +inf, and -0 keeps its sign */
  return r;
}

/* f' for z = hi + lo (lo NO_LO when exact), a_lo as above. */
CLACT_INLINE scaled swish_bwd_z(realv z, realv lo, realv a_lo) {
  realv c1, c2;
  const logistic g = logistic_from(z, a_lo);
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
  const realv z = p0 * x;
  const nexp n = exp_narrow(-fabs(z));
  const realv r = (realv)1 / ((realv)1 + n.m);
  realv y = select(x * r, x * n.m * r, z < 0); /* x is a factor: 2^k2 after it */
  y = select(y, copysign((realv)0, x), isinf(x) && z < 0); /* not inf * e^-inf */
  return sc_make(select(y, x, x == 0), select((intv)0, n.k2, z < 0)); /* -0 keeps its sign */
#else
  if (p0 == 1) return swish_fwd_z(x, x, NO_LO); /* SiLU: z = x exactly */
  realv lo;
  const realv z = scaled_product(p0, x, &lo);
  return swish_fwd_z(x, z, select(-lo, lo, z < 0));
#endif
}
/* f' = s(z) (1 + z s(-z)) = [z >= 0: 1 + e (1+z);  z < 0: (1 + t) ((1+z) + e) 2^k]
 * / (1+e)^2, with 1 + z summed exactly; zero near z = -1.2785. */
CLACT_INLINE scaled bwd_swish(realv x, realv dy, real p0, real p1) {
  if (p0 == 0) return sc_plain(keep_nan(dy * (real)0.5, x));
#if CLACT_NARROW
  const realv z = p0 * x;
  const nexp n = exp_narrow(-fabs(z));
  const realv r = (realv)1 / ((realv)1 + n.m);
  const realv a = (realv)1 + z;
  /* z >= 0: (1 + e (1 + z)) / (1+e)^2;  z < 0: e ((1 + z) + e) / (1+e)^2 / 2^k2 */
  scaled d = sc_make(select(fma(n.e, a, (realv)1) * (r * r), n.m * (a + n.m) * (r * r), z < 0),
                     select((intv)0, n.k2, z < 0));
  d = sc_vanish(d, z < EXP_FLOOR, (realv)-1); /* 1 + z overflows there: f' < 0 */
  d.m = select(d.m, (realv)0, isinf(z) && z < 0);
  d.m = select(d.m, (realv)1, isinf(z) && z > 0);
  return sc_mul(d, dy);
#else
  if (p0 == 1) return sc_mul(swish_bwd_z(x, NO_LO, NO_LO), dy);
  realv lo;
  const realv z = scaled_product(p0, x, &lo);
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
  const nexp n = exp_narrow(-fabs(z));
  /* / beta before the last scaling; for z > 0, where k2 < 0, l is far below an ulp of x */
  const realv l = log1p_narrow(n) / p0;
  return sc_make(select(l, x + l, z > 0), select(n.k2, (intv)0, z > 0));
#else
  intv k;
  realv m_lo, s;
  if (p0 == 1) { /* the default: z = x exactly, no division */
    const realv t = exp_parts(-fabs(x), NO_LO, &k);
    const realv m = softplus_log1p(t, k, &m_lo, &s);
    realv c;
    const realv h = two_sum(x, m * s, &c); /* x + 2^k (m + m_lo), rounded once */
    const scaled neg = sc_make(m * s, k - sc_k1(k));
    return sc_select(neg, sc_plain(select(h + fma(m_lo, s, c), x, isinf(x))), x > 0);
  }
  realv lo;
  const realv z = scaled_product(p0, x, &lo);
  const realv t = exp_parts(-fabs(z), select(-lo, lo, z < 0), &k);
  const realv m = softplus_log1p(t, k, &m_lo, &s);
  /* / beta before the last factor 2^(k - k1): a result scaled into the subnormal range
   * first would lose bits that a small beta brings back */
  const scaled neg = sc_make((m * s) / p0, k - sc_k1(k));
  /* z > 0: softplus = (z + log1p(e)) / beta = x + log1p(e) / beta, as z = beta x exactly */
  return sc_select(neg, sc_plain(x + fma(m, s, m_lo * s) / p0), z > 0);
#endif
}
#endif
/* f'(x) = sigmoid(beta x). */
CLACT_INLINE scaled bwd_softplus(realv x, realv dy, real p0, real p1) {
#if CLACT_NARROW
  return sc_mul(sigmoid_narrow(p0 * x), dy);
#else
  if (p0 == 1) return sc_mul(sigmoid_z(x, NO_LO), dy);
  realv lo;
  const realv z = scaled_product(p0, x, &lo);
  return sc_mul(sigmoid_z(z, select(-lo, lo, z < 0)), dy);
#endif
}
