/* activations.cl — one stable formula per activation and direction.
 *
 *   fwd_NAME(x, p0, p1)       y  = f(x)
 *   bwd_NAME(x, dy, p0, p1)   dx = dy * f'(x)
 *   bwdy_NAME(y, dy, p0, p1)  dx = dy * f'(x) written in terms of y = f(x), where defined
 *
 * All are generic over the vector width and built on math.cl's exp in parts: no form
 * that overflows (e^+|x|), cancels (1 - s, 2/(1+e^-2x) - 1, e^x - 1) or rounds a subnormal
 * result twice. docs/ACCURACY.md has the error analysis and the special values.
 */

/* ---- identity: f(x) = x; a copy through the same kernels (the bench's copy reference) --- */
CLACT_INLINE realv fwd_identity(realv x, real p0, real p1) { return x; }
/* f' = 1; NaN in x still gives NaN, as for every activation (and keeps x read). */
CLACT_INLINE realv bwd_identity(realv x, realv dy, real p0, real p1) { return keep_nan(dy, x); }
CLACT_INLINE realv bwdy_identity(realv y, realv dy, real p0, real p1) { return keep_nan(dy, y); }

/* ---- sigmoid: 1 / (1 + e^-x) ------------------------------------------------------- */
/* With e = e^-|x| = (1 + t) 2^k: s(|x|) = 1 / (1+e), s(-|x|) = (1 + t) / (1+e) * 2^k, the
 * quotient compensated and 2^k applied last (a subnormal result is rounded once). */
#if !CLACT_NARROW
/* sigmoid(z) given -|z|'s low part a_lo (NO_LO when z is exact). */
CLACT_INLINE realv sigmoid_z(realv z, realv a_lo) {
  const logistic g = logistic_from(z, a_lo);
  const realv s = div2(select((realv)1, g.p, z < 0), select((realv)0, g.p_lo, z < 0), g.den,
                       g.den_lo);
  return select(s, scale2(s, g.k), z < 0);
}
#endif
#if CLACT_NARROW
/* sigmoid(z) for 16-bit storage (also softplus' and logsigmoid's f'). */
CLACT_INLINE realv sigmoid_narrow(realv z) {
  const nexp n = exp_narrow(-fabs(z));
  const realv m = fma(n.t, n.s, n.s); /* e^-|z| = m s2 */
  const realv r = (realv)1 / ((realv)1 + m);
  return select(r, NARROW_S2(n, m * r), z < 0);
}
#endif
CLACT_INLINE realv fwd_sigmoid(realv x, real p0, real p1) {
#if CLACT_NARROW
  return sigmoid_narrow(x);
#else
  return sigmoid_z(x, NO_LO);
#endif
}
/* s'(x) = s(x) s(-x) = e / (1+e)^2: no 1 - s that is 0 for large x. */
CLACT_INLINE realv bwd_sigmoid(realv x, realv dy, real p0, real p1) {
#if CLACT_NARROW
  const nexp n = exp_narrow(-fabs(x));
  const realv m = fma(n.t, n.s, n.s);
  const realv r = (realv)1 / ((realv)1 + m);
  return NARROW_S2(n, dy * (m * r * r));
#else
  const logistic g = logistic_exact(x);
  realv d2_lo;
  const realv d2 = square2(g.den, g.den_lo, &d2_lo);
  return dy * scale2(div2(g.p, g.p_lo, d2, d2_lo), g.k);
#endif
}
CLACT_INLINE realv bwdy_sigmoid(realv y, realv dy, real p0, real p1) {
  return dy * (y * ((realv)1 - y));
}

/* ---- tanh -------------------------------------------------------------------------- */
/* tanh|x| = (1 - e) / (1 + e), e = e^-2|x|, with 1 - e = (1 - 2^k) - t 2^k exact in two
 * parts: full relative precision near 0, where the textbook 2/(1+e^-2x) - 1 has none. */
CLACT_INLINE realv fwd_tanh(realv x, real p0, real p1) {
#if CLACT_NARROW
  const nexp n = exp_narrow((realv)-2 * fabs(x));
  const realv num = fma(-n.t, n.s, (realv)1 - n.s); /* 1 - e: -t exactly near 0 */
  return copysign(num / fma(n.t, n.s, n.s + (realv)1), x);
#else
  const logistic g = logistic_exact((realv)2 * x);
  realv num_lo;
  const realv num = one_minus_e(&g, &num_lo);
  return copysign(div2(num, num_lo, g.den, g.den_lo), x);
#endif
}
/* 1 - tanh^2 = 4e / (1+e)^2: exact to the end of the tail, where (1-t)(1+t) of a rounded
 * t would be 0. */
CLACT_INLINE realv bwd_tanh(realv x, realv dy, real p0, real p1) {
#if CLACT_NARROW
  const nexp n = exp_narrow((realv)-2 * fabs(x));
  const realv m = fma(n.t, n.s, n.s);
  const realv r = (realv)1 / ((realv)1 + m);
  return NARROW_S2(n, dy * ((realv)4 * m * r * r));
#else
  const logistic g = logistic_exact((realv)2 * x);
  realv d2_lo;
  const realv d2 = square2(g.den, g.den_lo, &d2_lo);
  const realv d = scale2(div2((realv)4 * g.p, (realv)4 * g.p_lo, d2, d2_lo), g.k);
  /* |tanh'| <= 1: a last-ulp excess near 0 would overflow dy = FLT_MAX (NaN stays) */
  return dy * select(d, (realv)1, d > 1);
#endif
}
CLACT_INLINE realv bwdy_tanh(realv y, realv dy, real p0, real p1) {
  return dy * (((realv)1 - y) * ((realv)1 + y));
}

/* ---- relu: max(0, x), NaN kept ----------------------------------------------------- */
CLACT_INLINE realv fwd_relu(realv x, real p0, real p1) { return select(x, (realv)0, x <= 0); }
/* f'(0) = 0 as in PyTorch. NaN in x or dy gives NaN. */
CLACT_INLINE realv bwd_relu(realv x, realv dy, real p0, real p1) {
  return keep_nan(dy * select((realv)0, (realv)1, x > 0), x);
}
CLACT_INLINE realv bwdy_relu(realv y, realv dy, real p0, real p1) { return bwd_relu(y, dy, p0, p1); }

/* ---- leaky_relu: x if x >= 0 else slope * x (p0 = negative_slope) ------------------- */
CLACT_INLINE realv fwd_leaky_relu(realv x, real p0, real p1) { return select(x, x * p0, x < 0); }
/* f'(0) = slope as in PyTorch (x > 0 selects 1). */
CLACT_INLINE realv bwd_leaky_relu(realv x, realv dy, real p0, real p1) {
  return keep_nan(dy * select((realv)p0, (realv)1, x > 0), x);
}
/* With slope > 0, y > 0 exactly when x > 0. */
CLACT_INLINE realv bwdy_leaky_relu(realv y, realv dy, real p0, real p1) {
  return bwd_leaky_relu(y, dy, p0, p1);
}

/* ---- elu: x if x > 0 else alpha (e^x - 1) (p0 = alpha) ------------------------------ */
/* e^x - 1 = (2^k - 1) + t 2^k, summed exactly in two parts: no cancellation near 0. */
CLACT_INLINE realv fwd_elu(realv x, real p0, real p1) {
#if CLACT_NARROW
  const nexp n = exp_narrow(-fabs(x)); /* s2 < 1 only where e^x - 1 rounds to -1 */
  return select((realv)p0 * fma(n.t, n.s, n.s - (realv)1), x, x >= 0);
#else
  const logistic g = logistic_exact(x);
  realv lo;
  const realv hi = two_sum(g.tiny - (realv)1, g.t * g.tiny, &lo);
  return select(fma((realv)p0, hi, p0 * lo), x, x >= 0); /* keeps the sign of -0 */
#endif
}
/* f'(x) = alpha e^x = alpha (1 + t) 2^k for x <= 0. */
CLACT_INLINE realv bwd_elu(realv x, realv dy, real p0, real p1) {
#if CLACT_NARROW
  const nexp n = exp_narrow(-fabs(x));
  return select(NARROW_S2(n, dy * (p0 * fma(n.t, n.s, n.s))), dy, x > 0);
#else
  const logistic g = logistic_exact(x);
  /* below EXP_FLOOR e^x is 0, not the clamped e^EXP_FLOOR that alpha could scale up */
  const realv d = select(scale2(fma((realv)p0, g.t, (realv)p0), g.k), (realv)0, x < EXP_FLOOR);
  return select(dy * d, dy, x > 0);
#endif
}
/* For x <= 0, f'(x) = alpha e^x = y + alpha. */
CLACT_INLINE realv bwdy_elu(realv y, realv dy, real p0, real p1) {
  return select(dy * (y + p0), dy, y > 0);
}

/* ---- swish: x * sigmoid(beta x) (p0 = beta; beta 1 is SiLU) ------------------------- */
/* z = beta x kept exact as hi + lo. x (1 + t) / (1+e), times 2^k for z < 0; far below,
 * the product underflows to 0 with the sign of x. */
#if !CLACT_NARROW
/* x sigmoid(z), z = beta x = hi + lo, given -|z|'s low part a_lo (NO_LO when z is exact:
 * the beta = 1 call then drops every operation on it). */
CLACT_INLINE realv swish_fwd_z(realv x, realv z, realv a_lo) {
  const logistic g = logistic_from(z, a_lo);
  /* the numerator x (1 + t) for z < 0, as a normalized pair */
  const realv xp = x * g.p;
  const realv nh = select(x, xp, z < 0);
  const realv nl = select((realv)0, fma(x, g.p, -xp) + x * g.p_lo, z < 0);
  const realv s = div2(nh, nl, g.den, g.den_lo);
  realv r = select(s, scale2(s, g.k), z < 0);
  r = select(r, copysign((realv)0, x), z < EXP_FLOOR);
  return select(r, x, (isinf(x) && z > 0) || x == 0); /* +inf, and -0 keeps its sign */
}

/* f' for z = hi + lo (lo NO_LO when exact), a_lo as above. */
CLACT_INLINE realv swish_bwd_z(realv z, realv lo, realv a_lo) {
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
  realv d = select(s, scale2(s, g.k), z < 0);
  d = select(d, (realv)0, z < EXP_FLOOR);
  return select(d, (realv)1, isinf(z) && z > 0);
}
#endif

CLACT_INLINE realv fwd_swish(realv x, real p0, real p1) {
#if CLACT_NARROW
  const realv z = p0 * x;
  const nexp n = exp_narrow(-fabs(z));
  const realv m = fma(n.t, n.s, n.s);
  const realv r = (realv)1 / ((realv)1 + m);
  realv y = select(x * r, NARROW_S2(n, x * m * r), z < 0);
  y = select(y, copysign((realv)0, x), z < EXP_FLOOR); /* not -inf * e */
  return select(y, x, x == 0); /* -0 keeps its sign */
#else
  if (p0 == 1) return swish_fwd_z(x, x, NO_LO); /* SiLU: z = x exactly */
  realv lo;
  const realv z = scaled(p0, x, &lo);
  return swish_fwd_z(x, z, select(-lo, lo, z < 0));
#endif
}
/* f' = s(z) (1 + z s(-z)) = [z >= 0: 1 + e (1+z);  z < 0: (1 + t) ((1+z) + e) 2^k]
 * / (1+e)^2, with 1 + z summed exactly; zero near z = -1.2785. */
CLACT_INLINE realv bwd_swish(realv x, realv dy, real p0, real p1) {
#if CLACT_NARROW
  const realv z = p0 * x;
  const nexp n = exp_narrow(-fabs(z));
  const realv m = fma(n.t, n.s, n.s);
  const realv r = (realv)1 / ((realv)1 + m);
  const realv a = (realv)1 + z;
  /* z >= 0: (1 + e (1 + z)) / (1+e)^2;  z < 0: e ((1 + z) + e) / (1+e)^2 */
  realv d = select(fma(NARROW_S2(n, m), a, (realv)1) * (r * r), NARROW_S2(n, m * (a + m) * (r * r)),
                   z < 0);
  d = select(d, (realv)0, z < EXP_FLOOR);
  d = select(d, (realv)1, isinf(z) && z > 0);
  return dy * d;
#else
  if (p0 == 1) return dy * swish_bwd_z(x, NO_LO, NO_LO);
  realv lo;
  const realv z = scaled(p0, x, &lo);
  return dy * swish_bwd_z(z, lo, select(-lo, lo, z < 0));
#endif
}

/* ---- softplus: log(1 + e^(beta x)) / beta (p0 = beta > 0) --------------------------- */
/* = max(z, 0) + log1p(e^-|z|), z = beta x: no overflow, exact limits 0 and +inf. For
 * z > 0 it is x + log1p(e) / beta, so beta x never overflows nor rounds. */
#if CLACT_REAL_IS_DOUBLE
/* Where e^-|z| < 2^-SIG_BITS, log1p(e) rounds to e itself, which keeps its subnormal bits. */
CLACT_INLINE realv fwd_softplus(realv x, real p0, real p1) {
  realv lo;
  const realv z = scaled(p0, x, &lo);
  const logistic g = logistic_parts(z, lo);
  realv l_lo;
  const realv l_hi = log1p_pair(g.e, g.e_lo, &l_lo);
  const realv l = l_hi + l_lo;
  if (p0 == 1) { /* the default: no division; x + l_hi + l_lo rounded once */
    const realv neg = select(l, scale2((realv)1 + g.t, g.k), g.k < -SIG_BITS);
    realv c;
    const realv h = two_sum(x, l_hi, &c);
    return select(neg, select(h + (c + l_lo), x, isinf(x)), z > 0);
  }
  /* / beta before 2^k, so that a small beta does not scale up a subnormal's lost bits */
  realv neg = select(l / p0, scale2(((realv)1 + g.t) / p0, g.k), g.k < -SIG_BITS);
  neg = select(neg, (realv)0, z < EXP_FLOOR); /* e^z is 0 there, not e^EXP_FLOOR / beta */
  return select(neg, x + l / p0, z > 0);
}
#else
/* log1p(e) = e + e^2 P(e) on e = e^-|z| in (0, 1], P a degree-9 fit in e - 1/4
 * (tools/fit/fit_softplus.py: 0.23 ulp). With e = (1 + t) 2^k from exp_parts:
 *   log1p(e) = 2^k [(1 + t) + (1 + t) e P(e)] = 2^k (m + *m_lo),
 * 1 + t never rounded, 2^k applied last (a subnormal result is rounded about once). No
 * division and no log: a third of the operations of log1p in pairs. *s is 2^k, or 2^-100
 * below that (e's value then only feeds terms far below an ulp of the result). */
CLACT_INLINE realv softplus_log1p(realv t, intv k, realv *m_lo, realv *s) {
  *s = pow2_normal(max(k, (intv)-100));
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

CLACT_INLINE realv fwd_softplus(realv x, real p0, real p1) {
#if CLACT_NARROW
  const realv z = p0 * x;
  const nexp n = exp_narrow(-fabs(z));
  const realv l = NARROW_S2(n, log1p_narrow(n) / p0); /* / beta before the last scaling */
  return select(l, x + l, z > 0);
#else
  intv k;
  realv m_lo, s;
  if (p0 == 1) { /* the default: z = x exactly, no division */
    const realv t = exp_parts(-fabs(x), NO_LO, &k);
    const realv m = softplus_log1p(t, k, &m_lo, &s);
    const realv neg = (m * s) * pow2_normal(k - max(k, (intv)-100));
    realv c;
    const realv h = two_sum(x, m * s, &c); /* x + 2^k (m + m_lo), rounded once */
    return select(neg, select(h + fma(m_lo, s, c), x, isinf(x)), x > 0);
  }
  realv lo;
  const realv z = scaled(p0, x, &lo);
  const realv t = exp_parts(-fabs(z), select(-lo, lo, z < 0), &k);
  const realv m = softplus_log1p(t, k, &m_lo, &s);
  /* / beta before the last factor 2^(k - k1): a result scaled into the subnormal range
   * first would lose bits that a small beta brings back */
  realv neg = ((m * s) / p0) * pow2_normal(k - max(k, (intv)-100));
  neg = select(neg, (realv)0, z < EXP_FLOOR); /* e^z is 0 there, not e^EXP_FLOOR / beta */
  /* z > 0: softplus = (z + log1p(e)) / beta = x + log1p(e) / beta, as z = beta x exactly */
  return select(neg, x + fma(m, s, m_lo * s) / p0, z > 0);
#endif
}
#endif
/* f'(x) = sigmoid(beta x). */
CLACT_INLINE realv bwd_softplus(realv x, realv dy, real p0, real p1) {
#if CLACT_NARROW
  return dy * sigmoid_narrow(p0 * x);
#else
  if (p0 == 1) return dy * sigmoid_z(x, NO_LO);
  realv lo;
  const realv z = scaled(p0, x, &lo);
  return dy * sigmoid_z(z, select(-lo, lo, z < 0));
#endif
}
