/* activations_more.cl — the activations after identity in the table: gelu, gelu_tanh,
 * selu, celu, mish, hardswish, hardsigmoid, hardtanh, relu6, softsign, logsigmoid,
 * tanhshrink, softshrink, hardshrink, threshold.
 *
 * Same conventions as activations.cl (fwd_NAME, bwd_NAME, bwdy_NAME; generic over the
 * vector width; built on math.cl). Constants that feed a cancellation or a large exponent
 * are carried as hi + lo pairs so that their own rounding does not cost an ulp.
 * docs/ACTIVATIONS_MORE.md has the forms, the bounds and the special values.
 */

#if CLACT_REAL_IS_DOUBLE
#define MORE_C(d, f) ((real)(d))
/* |x| beyond which gelu (f64), gelu_tanh are x or 0 exactly: gelu's e^-x^2/2 times any
 * factor in the domain (2^1800) is 0 there */
#define MORE_BIG_ARG ((real)64)
#define GELU_TAIL_V ((real)26)  /* erfc(v) stays normal below this v */
#else
#define MORE_C(d, f) ((real)(f))
#define MORE_BIG_ARG ((real)42)
#endif

/* (ah + al)(bh + bl) = hi + *lo to about an ulp of the low part. */
CLACT_INLINE realv mul2(realv ah, realv al, realv bh, realv bl, realv *lo) {
  const realv hi = ah * bh;
  *lo = fma(ah, bh, -hi) + (ah * bl + al * bh);
  return hi;
}

/* 1 + t = hi + *lo exactly for |t| <= 1 (fast two-sum). */
CLACT_INLINE realv one_plus(realv t, realv *lo) {
  const realv hi = (realv)1 + t;
  *lo = ((realv)1 - hi) + t;
  return hi;
}

/* ---- selu: scale x for x > 0, scale alpha (e^x - 1) below (PyTorch's constants) ------ */
#define SELU_S_HI MORE_C(1.0507009873554805, 1.0507010221481323f)
#define SELU_S_LO MORE_C(3.9874847667154144e-17, -3.479265231476347e-08f)
#define SELU_SA_HI MORE_C(1.7580993408473768, 1.7580993175506592f) /* scale * alpha */
#define SELU_SA_LO MORE_C(1.41535193800845e-17, 2.3296717444054593e-08f)

/* e^x - 1 for x <= 0 as hi + *lo: (2^k - 1) + t 2^k, no cancellation near 0. */
CLACT_INLINE realv expm1_neg(const logistic *g, realv *lo) {
  return two_sum(g->tiny - (realv)1, g->t * g->tiny, lo);
}

CLACT_INLINE scaled fwd_selu(realv x, real p0, real p1) {
#if CLACT_NARROW
  const nexp n = exp_narrow(-fabs(x)); /* s2 < 1 only where e^x - 1 rounds to -1 */
  return sc_plain(select((realv)SELU_SA_HI * fma(n.t, n.s, n.s - (realv)1), SELU_S_HI * x, x >= 0));
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
  const nexp n = exp_narrow(-fabs(x));
  return sc_select(sc_make(dy * (SELU_SA_HI * n.m), n.k2), sc_plain(SELU_S_HI * dy), x > 0);
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
CLACT_INLINE scaled fwd_celu(realv x, real p0, real p1) {
#if CLACT_NARROW
  const nexp n = exp_narrow(-fabs(x / p0)); /* not x (1 / alpha): 1 / alpha may be inf */
  return sc_plain(select((realv)p0 * fma(n.t, n.s, n.s - (realv)1), x, x >= 0));
#else
  const logistic g = celu_parts(x, p0);
  realv lo;
  const realv hi = expm1_neg(&g, &lo);
  return sc_plain(select(fma((realv)p0, hi, p0 * lo), x, x >= 0));
#endif
}
CLACT_INLINE scaled bwd_celu(realv x, realv dy, real p0, real p1) {
#if CLACT_NARROW
  const nexp n = exp_narrow(-fabs(x / p0));
  return sc_select(sc_make(dy * n.m, n.k2), sc_plain(dy), x > 0);
#else
  const logistic g = celu_parts(x, p0);
  return sc_select(sc_mul(sc_exp1(g.t, (realv)1, g.k), dy), sc_plain(dy), x > 0);
#endif
}
/* For y <= 0: e^(x/alpha) = (y + alpha) / alpha, y + alpha exact near -alpha. */
CLACT_INLINE scaled bwdy_celu(realv y, realv dy, real p0, real p1) {
  return sc_plain(select(dy * ((y + p0) / p0), dy, y > 0));
}

/* ---- mish: x tanh(softplus(x)) ------------------------------------------------------- */
/* With e = e^-|x|: tanh(log(1 + e^x)) = (1 + 2e) / (1 + 2e + 2e^2) for x >= 0 and
 * e (2 + e) / (2 + 2e + e^2) for x < 0, where e = (1 + t) 2^k is applied last. All terms
 * positive: no cancellation, no overflow. */
typedef struct mish_parts {
  logistic g;
  realv e2, e2_lo; /* e^2 */
  realv dp, dp_lo; /* x >= 0: 1 + 2e + 2e^2 */
  realv dn, dn_lo; /* x < 0: 2 + 2e + e^2 */
} mish_parts;

CLACT_INLINE mish_parts mish_prepare(realv x) {
  mish_parts m;
  m.g = logistic_exact(x);
  realv c1, c2, c3, c4;
  m.e2 = square2(m.g.e, m.g.e_lo, &m.e2_lo);
  const realv n = two_sum((realv)1, (realv)2 * m.g.e, &c1);
  m.dp = two_sum(n, (realv)2 * m.e2, &c2);
  m.dp_lo = c1 + c2 + (realv)2 * (m.g.e_lo + m.e2_lo);
  const realv a = two_sum((realv)2, (realv)2 * m.g.e, &c3);
  m.dn = two_sum(a, m.e2, &c4);
  m.dn_lo = c3 + c4 + (realv)2 * m.g.e_lo + m.e2_lo;
  return m;
}

CLACT_INLINE scaled fwd_mish(realv x, real p0, real p1) {
#if CLACT_NARROW
  const nexp n = exp_narrow(-fabs(x));
  const realv m = n.m; /* e = m 2^k2; m alone inside the fractions */
  const realv m2 = (realv)2 * m;
  const realv num = select((realv)1 + m2, m * (m + (realv)2), x < 0);
  const realv den = select(fma(m2, m, (realv)1 + m2), fma(m, m, m2 + (realv)2), x < 0);
  realv r = x * num / den; /* x is a factor: 2^k2 after it */
  r = select(r, copysign((realv)0, x), x == (realv)-INFINITY); /* not -inf * e^-inf */
  return sc_make(keep_nan(r, x), select((intv)0, n.k2, x < 0));
#else
  const mish_parts m = mish_prepare(x);
  realv c, lo, plo, nlo;
  /* x >= 0: x (1 + 2e) / den */
  const realv n = two_sum((realv)1, (realv)2 * m.g.e, &c);
  const realv xn = mul2(x, (realv)0, n, c + (realv)2 * m.g.e_lo, &lo);
  const realv pos = div2(xn, lo, m.dp, m.dp_lo);
  /* x < 0: x (1 + t) (2 + e) / den, times 2^k */
  const realv p = one_plus(m.g.t, &plo);
  const realv xp = mul2(x, (realv)0, p, plo, &lo);
  const realv a = two_sum((realv)2, m.g.e, &c);
  const realv num = mul2(xp, lo, a, c + m.g.e_lo, &nlo);
  scaled r =
      sc_exp(select(pos, div2(num, nlo, m.dn, m.dn_lo), x < 0), select((intv)0, m.g.k, x < 0));
  /* |x e^x| < 2^-225 below EXP_FLOOR: 0 after any alpha (and x (1 + t) (2 + e) would
   * overflow at x = -FLT_MAX) */
  r.m = select(r.m, copysign((realv)0, x), x < EXP_FLOOR);
  r.m = select(r.m, x, isinf(x) && x > 0);
  r.m = keep_nan(copysign(r.m, x), x); /* the sign of x, -0 included */
  return r;
#endif
}
/* f' = tanh(sp) + x sech^2(sp) sigmoid(x). With e = e^-|x|:
 *   x >= 0: (1 + 4e + (4x + 6) e^2 + 4 (x + 1) e^3) / (1 + 2e + 2e^2)^2, all terms >= 0;
 *   x < 0:  e (4 (x + 1) + (4x + 6) e + 4e^2 + e^3) / (2 + 2e + e^2)^2, which is 0 near
 *           x = -1.19: the bracket is summed in hi + lo pairs. */
CLACT_INLINE scaled bwd_mish(realv x, realv dy, real p0, real p1) {
#if CLACT_NARROW
  const nexp n = exp_narrow(-fabs(x));
  const realv m = n.m;
  const realv xc = clamp(x, (realv)-1000, (realv)1000); /* keeps 0 * inf out */
  const realv a = fma((realv)4, xc, (realv)4), b = fma((realv)4, xc, (realv)6);
  /* x >= 0: 1 + 4e + (4x+6) e^2 + 4(x+1) e^3 over (1 + 2e + 2e^2)^2;
   * x < 0: e (4(x+1) + (4x+6) e + 4e^2 + e^3) over (2 + 2e + e^2)^2 */
  const realv np = fma(m, fma(m, fma(m, a, b), (realv)4), (realv)1);
  const realv nn = m * fma(m, fma(m, m + (realv)4, b), a);
  const realv dp = fma(m, fma(m, (realv)2, (realv)2), (realv)1);
  const realv dn = fma(m, m + (realv)2, (realv)2);
  const realv den = select(dp, dn, x < 0);
  scaled d = sc_make(select(np, nn, x < 0) / (den * den), select((intv)0, n.k2, x < 0));
  d = sc_vanish(d, x < EXP_FLOOR, (realv)-1); /* f' < 0 there; x + 1 would overflow e */
  d.m = select(d.m, (realv)0, x == (realv)-INFINITY);
  d = sc_mul(d, dy);
  d.m = keep_nan(d.m, x);
  return d;
#else
  const mish_parts m = mish_prepare(x);
  const realv xc = min(x, (realv)1000); /* e = 0 there: keeps 0 * inf out of unused terms */
  realv c1, c2, c3, lo, wlo, d2lo;
  /* x >= 0 */
  const realv q = fma((realv)4, xc, (realv)6) + (realv)4 * (xc + (realv)1) * m.g.e;
  const realv w = mul2(m.e2, m.e2_lo, q, (realv)0, &wlo); /* e^2 ((4x+6) + 4(x+1) e) */
  const realv s = two_sum((realv)1, (realv)4 * m.g.e, &c1);
  const realv np = two_sum(s, w, &c2);
  const realv d2p = square2(m.dp, m.dp_lo, &d2lo);
  const realv pos = div2(np, c1 + c2 + wlo + (realv)4 * m.g.e_lo, d2p, d2lo);
  /* x < 0 */
  const realv a = two_sum((realv)4 * xc, (realv)4, &c1); /* 4 (x + 1) exactly */
  realv b_lo, blo, clo;
  const realv bb = two_sum((realv)4 * xc, (realv)6, &b_lo);
  const realv b = mul2(m.g.e, m.g.e_lo, bb, b_lo, &blo); /* e (4x + 6) */
  realv f_lo;
  const realv f = two_sum((realv)4, m.g.e, &f_lo);
  const realv cc = mul2(m.e2, m.e2_lo, f, f_lo + m.g.e_lo, &clo); /* e^2 (4 + e) */
  const realv s1 = two_sum(a, b, &c2);
  const realv om = two_sum(s1, cc, &c3);
  const realv om_lo = c1 + c2 + c3 + blo + clo;
  realv plo;
  const realv p = one_plus(m.g.t, &plo);
  const realv nn = mul2(p, plo, om, om_lo, &lo);
  const realv d2n = square2(m.dn, m.dn_lo, &d2lo);
  scaled d = sc_exp(select(pos, div2(nn, lo, d2n, d2lo), x < 0), select((intv)0, m.g.k, x < 0));
  d = sc_vanish(d, x < EXP_FLOOR, (realv)-1); /* f' < 0 there; x + 1 would overflow e */
  d.m = select(d.m, (realv)0, x == (realv)-INFINITY);
  d = sc_mul(d, dy);
  d.m = keep_nan(d.m, x);
  return d;
#endif
}

/* ---- hardswish: x relu6(x + 3) / 6 ---------------------------------------------------- */
#define SIXTH_HI MORE_C(0.16666666666666666, 0.1666666716337204f)
#define SIXTH_LO MORE_C(9.25185853854297e-18, -4.967053879312289e-09f)

/* x (x + 3) / 6 with x + 3 and the product exact in pairs: one rounding at the end. The
 * -0 PyTorch's x * 0 gives below -3 is kept; -inf gives -0 (PyTorch: -inf * 0 = NaN). */
CLACT_INLINE scaled fwd_hardswish(realv x, real p0, real p1) {
  realv al, pl;
  const realv a = two_sum(x, (realv)3, &al);
  const realv p = mul2(x, (realv)0, a, al, &pl);
  realv r = copysign(div2(p, pl, (realv)6, (realv)0), x); /* x > -3: the sign of x */
  r = select(r, copysign((realv)0, x), x <= -3);
  r = select(r, x, x >= 3);
  return sc_plain(keep_nan(r, x));
}
/* PyTorch: 0 below -3, x/3 + 1/2 on [-3, 3] (so -1/2 at -3 and 3/2 at 3), 1 above. */
CLACT_INLINE scaled bwd_hardswish(realv x, realv dy, real p0, real p1) {
  const realv m = fma((realv)2, x, (realv)3); /* exact near the zero at -1.5 */
  realv d = fma(m, (realv)SIXTH_HI, m * SIXTH_LO);
  d = select(d, (realv)0, x < -3);
  d = select(d, (realv)1, x > 3);
  return sc_plain(keep_nan(dy * d, x));
}

/* ---- hardsigmoid: relu6(x + 3) / 6 ---------------------------------------------------- */
/* (x + 3) exact in a pair, times 1/6 in a pair: within half an ulp and a hair. */
CLACT_INLINE scaled fwd_hardsigmoid(realv x, real p0, real p1) {
  realv sl;
  const realv s = two_sum(x, (realv)3, &sl);
  realv r = fma(s, (realv)SIXTH_HI, fma(s, (realv)SIXTH_LO, sl * SIXTH_HI));
  r = select(r, (realv)0, x <= -3);
  r = select(r, (realv)1, x >= 3);
  return sc_plain(keep_nan(r, x));
}
/* f' = 1/6 on the open interval (-3, 3), as PyTorch; dy * 0 elsewhere keeps a NaN dy. */
CLACT_INLINE scaled bwd_hardsigmoid(realv x, realv dy, real p0, real p1) {
  const intv inside = x > -3 && x < 3;
  const realv d = select(dy * (realv)0, fma(dy, (realv)SIXTH_HI, dy * SIXTH_LO), inside);
  return sc_plain(keep_nan(d, x));
}
/* 0 < y < 1 exactly when -3 < x < 3 (the rounded y of an x just inside is never 0 or 1). */
CLACT_INLINE scaled bwdy_hardsigmoid(realv y, realv dy, real p0, real p1) {
  const intv inside = y > 0 && y < 1;
  const realv d = select(dy * (realv)0, fma(dy, (realv)SIXTH_HI, dy * SIXTH_LO), inside);
  return sc_plain(keep_nan(d, y));
}

/* ---- hardtanh: clamp to [min_val, max_val] (p0 < p1); relu6 = hardtanh(0, 6) ------------ */
/* select, not clamp/min/max: those return the other operand for NaN. -0 stays -0. */
CLACT_INLINE scaled fwd_hardtanh(realv x, real p0, real p1) {
  const realv r = select(x, (realv)p0, x < p0);
  return sc_plain(select(r, (realv)p1, x > p1));
}
/* f' = 1 on the open interval (min_val, max_val), 0 elsewhere and at the ends (PyTorch). */
CLACT_INLINE scaled bwd_hardtanh(realv x, realv dy, real p0, real p1) {
  return sc_plain(keep_nan(dy * select((realv)0, (realv)1, x > p0 && x < p1), x));
}
CLACT_INLINE scaled bwdy_hardtanh(realv y, realv dy, real p0, real p1) {
  return bwd_hardtanh(y, dy, p0, p1);
}

/* relu6: x <= 0 gives +0, like relu (hardtanh(0, 6) would keep -0). */
CLACT_INLINE scaled fwd_relu6(realv x, real p0, real p1) {
  const realv r = select(x, (realv)0, x <= 0);
  return sc_plain(select(r, (realv)6, x > 6));
}
CLACT_INLINE scaled bwd_relu6(realv x, realv dy, real p0, real p1) {
  return sc_plain(keep_nan(dy * select((realv)0, (realv)1, x > 0 && x < 6), x));
}
CLACT_INLINE scaled bwdy_relu6(realv y, realv dy, real p0, real p1) {
  return bwd_relu6(y, dy, p0, p1);
}

/* ---- softsign: x / (1 + |x|) --------------------------------------------------------- */
#define SOFTSIGN_ONE MORE_C(36028797018963968.0, 67108864.0f)
CLACT_INLINE scaled fwd_softsign(realv x, real p0, real p1) {
#if CLACT_NARROW
  const realv ax = fabs(x);
  return sc_plain(copysign(select(ax / ((realv)1 + ax), (realv)1, ax > SOFTSIGN_ONE), x));
#else
  realv dl;
  const realv ax = fabs(x);
  const realv d = two_sum((realv)1, ax, &dl);
  /* past 2^(SIG_BITS + 2), 1 / d is no longer needed (and may be subnormal) */
  const realv q = select(div2(ax, (realv)0, d, dl), (realv)1, ax > SOFTSIGN_ONE);
  return sc_plain(copysign(q, x)); /* -0 stays -0 */
#endif
}
/* 1 / (1 + |x|)^2 as the square of the reciprocal in a pair: (1 + |x|)^2 would overflow
 * long before the result underflows. Past SOFTSIGN_ONE, 1 + |x| rounds to |x| and the
 * result is (dy / |x|) / |x| (div2's reciprocal estimate needs 1 / d to be normal). */
CLACT_INLINE scaled bwd_softsign(realv x, realv dy, real p0, real p1) {
#if CLACT_NARROW
  /* 1 + |x| = dn 2^kd: 1 / (1 + |x|)^2 = (1 / dn)^2 2^(-2 kd), the power left to the
   * finish (it underflows from |x| = 2^63 on, where alpha may bring it back) */
  intv kd;
  const realv q = (realv)1 / split_exp((realv)1 + fabs(x), &kd);
  scaled r = sc_exp(select(q * q, (realv)0, isinf(x)), (intv)-2 * kd); /* inf * 0: NaN */
  r = sc_mul(r, dy);
  r.m = keep_nan(r.m, x);
  return r;
#else
  realv dl, lo;
  const realv ax = fabs(x);
  const intv big = ax > SOFTSIGN_ONE;
  const realv d = two_sum((realv)1, select(ax, (realv)1, big), &dl);
  const realv q = div2((realv)1, (realv)0, d, dl);
  const realv q_lo = (fma(-q, d, (realv)1) - q * dl) / d;
  const realv s = square2(q, q_lo, &lo);
  /* far: |x| = an 2^ka, 1 / x^2 = 2^(-2 ka) / an^2, the power left to the finish */
  intv ka;
  const realv an = split_exp(ax, &ka);
  const scaled far = sc_exp(select((realv)1 / (an * an), (realv)0, isinf(x)), (intv)-2 * ka);
  scaled r = sc_mul(sc_select(sc_plain(s + lo), far, big), dy);
  r.m = keep_nan(r.m, x);
  return r;
#endif
}
/* 1 / (1 + |x|) = 1 - |y|, in a pair (exact for |y| >= 1/2 by Sterbenz, not below). */
CLACT_INLINE scaled bwdy_softsign(realv y, realv dy, real p0, real p1) {
  realv dl, lo;
  const realv d = fast_two_sum((realv)1, -fabs(y), &dl);
  const realv s = square2(d, dl, &lo);
  return sc_plain(dy * (s + lo));
}

/* ---- logsigmoid: log sigmoid(x) = min(x, 0) - log1p(e^-|x|) = -softplus(-x) ------------ */
CLACT_INLINE scaled fwd_logsigmoid(realv x, real p0, real p1) {
#if CLACT_NARROW
  const nexp n = exp_narrow(-fabs(x));
  /* for x < 0, where k2 < 0, l is far below an ulp of x */
  const realv l = log1p_narrow(n);
  return sc_make(select(-l, x - l, x < 0), select(n.k2, (intv)0, x < 0));
#else
  return sc_neg(fwd_softplus(-x, (real)1, (real)0)); /* log sigmoid(x) = -softplus(-x) */
#endif
}
/* f' = sigmoid(-x): 1 / (1 + e) for x <= 0, (1 + t) 2^k / (1 + e) for x > 0. */
CLACT_INLINE scaled bwd_logsigmoid(realv x, realv dy, real p0, real p1) {
#if CLACT_NARROW
  return sc_mul(sigmoid_narrow(-x), dy);
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
#define THIRD_HI MORE_C(0.3333333333333333, 0.3333333432674408f)
#define THIRD_LO MORE_C(1.850371707708594e-17, -9.934107481068821e-09f)
#define P0_HI MORE_C(-0.13333333333333333, -0.13333334028720856f) /* P(0) = -2/15 */
#define P0_LO MORE_C(-1.8503717077085942e-18, 6.95387525340152e-09f)
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
CLACT_INLINE scaled fwd_tanhshrink(realv x, real p0, real p1) {
#if CLACT_NARROW
  const realv ax = fabs(x);
  const realv u = x * x;
  intv kx;
  const realv xn = split_exp(x, &kx);
  /* |x| <= 1: x^3 (1/3 + u (-2/15 + u R(u))), x^3 = xn^3 2^(3 kx) with 2^(3 kx) left to
   * the finish (x^3 underflows below |x| = 2^-50 where alpha may bring it back) */
  const realv small =
      xn * xn * xn * fma(u, fma(u, tanhshrink_poly(u), (realv)P0_HI), (realv)THIRD_HI);
  const nexp n = exp_narrow((realv)-2 * ax); /* |x| > 1: (|x| - 1) + 2e / (1 + e) */
  const realv big = (ax - (realv)1) + (realv)2 * n.m / ((realv)1 + n.m);
  scaled r = sc_select(sc_exp(small, (intv)3 * kx), sc_plain(copysign(big, x)), ax > 1);
  r.m = keep_nan(r.m, x); /* odd; -0 stays -0 (xn = -1 at -0) */
  return r;
#else
  const realv ax = fabs(x);
  /* near 0: x^3 (1/3 + u P(u)) with x^3 and 1/3 in pairs, x^3 as xn^3 2^(3 kx) */
  realv ul, cl, unl;
  intv kx;
  const realv xn = split_exp(x, &kx);
  const realv u = square2(x, (realv)0, &ul);
  const realv un = square2(xn, (realv)0, &unl);
  const realv c = mul2(xn, (realv)0, un, unl, &cl); /* xn^3 */
  const realv g_lo = tanhshrink_glo(u, ul);
  const realv small = fma(c, (realv)THIRD_HI, fma(c, g_lo, cl * THIRD_HI));
  /* away from 0 */
  const logistic g = logistic_exact((realv)2 * ax);
  const realv big = (ax - (realv)1) + div2((realv)2 * g.e, (realv)2 * g.e_lo, g.den, g.den_lo);
  scaled r = sc_select(sc_exp(small, (intv)3 * kx), sc_plain(copysign(big, x)), ax > 1);
  r.m = keep_nan(r.m, x); /* odd; -0 stays -0 (xn = -1 at -0) */
  return r;
#endif
}
/* f' = tanh^2 x. |x| <= 1: tanh x = x - x^3 G in a pair (x - hi is exact, tanh x >= x/2
 * there), squared in pairs: exp's own rounding, which tanh^2 doubles, never enters.
 * |x| > 1: (1 - e) / (1 + e), e = e^-2|x| <= 0.14, where that rounding is small. */
CLACT_INLINE scaled bwd_tanhshrink(realv x, realv dy, real p0, real p1) {
#if CLACT_NARROW
  /* tanh^2 x, tanh from exp_narrow as fwd_tanh: relative accuracy down to 0 */
  const nexp n = exp_narrow((realv)-2 * fabs(x));
  const realv th = fma(-n.t, n.s, (realv)1 - n.s) / fma(n.t, n.s, n.s + (realv)1);
  /* th^2 = thn^2 2^(2 kt), the power left to the finish (th^2 underflows below 2^-75) */
  intv kt;
  const realv thn = split_exp(th, &kt);
  scaled r = sc_exp(select(thn * thn, (realv)0, th == 0), (intv)2 * kt);
  r = sc_mul(r, dy);
  r.m = keep_nan(r.m, x);
  return r;
#else
  realv ul, cl, lo;
  const realv u = square2(x, (realv)0, &ul);
  const realv c = mul2(x, (realv)0, u, ul, &cl);
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
  const realv q = div2(s, e1 + e2, g.den, g.den_lo);
  /* q's own error, from its exact remainder: tanh^2 then rounds once */
  const realv q_lo = (fma(-q, g.den, s) + ((e1 + e2) - q * g.den_lo)) / g.den;
  const realv sq2 = square2(q, q_lo, &lo);
  scaled r = sc_select(sc_exp(small, (intv)2 * kt), sc_plain(sq2 + lo), fabs(x) > 1);
  r = sc_mul(r, dy);
  r.m = keep_nan(r.m, x);
  return r;
#endif
}

/* ---- softshrink, hardshrink (p0 = lambd), threshold (p0 = threshold, p1 = value) ---- */
/* The zero band gives +0 as PyTorch; x - lambd is one correctly rounded operation. */
CLACT_INLINE scaled fwd_softshrink(realv x, real p0, real p1) {
  realv r = select((realv)0, x - p0, x > p0);
  r = select(r, x + p0, x < -p0);
  return sc_plain(keep_nan(r, x));
}
/* PyTorch: 0 on the closed band [-lambd, lambd], 1 outside. */
CLACT_INLINE scaled bwd_softshrink(realv x, realv dy, real p0, real p1) {
  return sc_plain(keep_nan(dy * select((realv)1, (realv)0, x >= -p0 && x <= p0), x));
}
/* y == 0 exactly on the band (x - lambd of floats is never 0 outside it). */
CLACT_INLINE scaled bwdy_softshrink(realv y, realv dy, real p0, real p1) {
  return sc_plain(keep_nan(dy * select((realv)0, (realv)1, y != 0), y));
}

CLACT_INLINE scaled fwd_hardshrink(realv x, real p0, real p1) {
  return sc_plain(select(x, (realv)0, x >= -p0 && x <= p0)); /* NaN fails both tests: kept */
}
CLACT_INLINE scaled bwd_hardshrink(realv x, realv dy, real p0, real p1) {
  return bwd_softshrink(x, dy, p0, p1);
}
/* With lambd >= 0, y == 0 exactly on the band. */
CLACT_INLINE scaled bwdy_hardshrink(realv y, realv dy, real p0, real p1) {
  return bwdy_softshrink(y, dy, p0, p1);
}

/* PyTorch: x <= threshold gives value. */
CLACT_INLINE scaled fwd_threshold(realv x, real p0, real p1) {
  return sc_plain(select(x, (realv)p1, x <= p0));
}
CLACT_INLINE scaled bwd_threshold(realv x, realv dy, real p0, real p1) {
  return sc_plain(keep_nan(dy * select((realv)1, (realv)0, x <= p0), x));
}

/* ---- gelu_tanh: x (1 + tanh z) / 2 = x sigmoid(w), w = 2z = x (k1 + k2 x^2) ---------------
 * k1 = 2 sqrt(2/pi), k2 = 0.044715 k1. w is large (|w| ~ 87 where the result is still a
 * normal float), so w is carried as hi + lo: x^2, the constants and the products in pairs.
 * |x| is clamped at MORE_BIG_ARG, beyond which the result is x or -0 exactly. */
#define GT_K1_HI MORE_C(1.5957691216057308, 1.5957691669464111f)
#define GT_K1_LO MORE_C(-9.96930880911092e-17, -4.534068054340423e-08f)
#define GT_K2_HI MORE_C(0.07135481627260025, 0.07135481387376785f)
#define GT_K2_LO MORE_C(-6.175149918155315e-19, 2.3988324659995897e-09f)
#define GT_K3_HI MORE_C(0.21406444881780073, 0.21406444907188416f) /* 3 k2 */
#define GT_K3_LO MORE_C(1.2025242832367862e-17, -2.540834209696641e-10f)

/* x (kh + kl + (ch + cl) x^2) = hi + *lo. */
CLACT_INLINE realv cubic2(realv x, realv u, realv ul, real kh, real kl, real ch, real cl, realv *lo) {
  realv e;
  const realv a = ch * u;
  const realv a_lo = fma((realv)ch, u, -a) + (ch * ul + cl * u);
  const realv b = two_sum((realv)kh, a, &e);
  const realv b_lo = e + a_lo + kl;
  const realv w = x * b;
  *lo = fma(x, b, -w) + x * b_lo;
  return w;
}

CLACT_INLINE scaled fwd_gelu_tanh(realv x, real p0, real p1) {
#if CLACT_NARROW
  const realv xc = clamp(x, -MORE_BIG_ARG, MORE_BIG_ARG);
  const realv w = xc * fma((realv)GT_K2_HI, xc * xc, (realv)GT_K1_HI); /* 2^-16 at |w| = 87 */
  const nexp n = exp_narrow(-fabs(w));
  const realv r = (realv)1 / ((realv)1 + n.m);
  realv y = select(x * r, x * n.m * r, w < 0); /* x is a factor: 2^k2 after it */
  y = select(y, copysign((realv)0, x), x < -MORE_BIG_ARG); /* x e^w, w < -5000: 0 */
  return sc_make(keep_nan(y, x), select((intv)0, n.k2, w < 0));
#else
  const realv xc = clamp(x, -MORE_BIG_ARG, MORE_BIG_ARG);
  realv ul, lo;
  const realv u = square2(xc, (realv)0, &ul);
  const realv w = cubic2(xc, u, ul, GT_K1_HI, GT_K1_LO, GT_K2_HI, GT_K2_LO, &lo);
  const logistic g = logistic_parts(w, lo);
  realv plo, xlo;
  const realv p = one_plus(g.t, &plo);
  const realv xp = mul2(x, (realv)0, p, plo, &xlo); /* x (1 + t) */
  const realv s = div2(select(x, xp, w < 0), select((realv)0, xlo, w < 0), g.den, g.den_lo);
  scaled r = sc_exp(s, select((intv)0, g.k, w < 0)); /* x is a factor: 2^k after it */
  r.m = select(r.m, copysign((realv)0, x), x < -MORE_BIG_ARG); /* x e^w, w < -5000: 0 */
  r.m = select(r.m, x, isinf(x) && x > 0);
  r.m = keep_nan(copysign(r.m, x), x); /* the sign of x, -0 included */
  return r;
#endif
}
/* f' = s(w) (1 + x w' s(-w)), x w' = x (k1 + 3 k2 x^2) = q >= 0 exactly when x >= 0:
 *   w >= 0: (1 + e (1 + q)) / (1 + e)^2, all terms >= 0;
 *   w < 0:  e ((1 + q) + e) / (1 + e)^2, 0 near x = -0.75: summed in pairs. */
CLACT_INLINE scaled bwd_gelu_tanh(realv x, realv dy, real p0, real p1) {
#if CLACT_NARROW
  const realv xc = clamp(x, -MORE_BIG_ARG, MORE_BIG_ARG);
  const realv u = xc * xc;
  const realv w = xc * fma((realv)GT_K2_HI, u, (realv)GT_K1_HI);
  const realv a = fma(xc, fma((realv)GT_K3_HI, u, (realv)GT_K1_HI), (realv)1); /* 1 + x w' */
  const nexp n = exp_narrow(-fabs(w));
  const realv m = n.m;
  const realv r = (realv)1 / ((realv)1 + m);
  /* w >= 0: (1 + e (1 + q)) / (1+e)^2;  w < 0: e ((1 + q) + e) / (1+e)^2 / 2^k2 */
  scaled d = sc_make(select(fma(n.e, a, (realv)1) * (r * r), m * (a + m) * (r * r), w < 0),
                     select((intv)0, n.k2, w < 0));
  d = sc_vanish(d, w < EXP_FLOOR, (realv)-1); /* f' < 0 there; 1 + q times e^EXP_FLOOR */
  d.m = select(d.m, (realv)0, x == (realv)-INFINITY);
  d = sc_mul(d, dy);
  d.m = keep_nan(d.m, x);
  return d;
#else
  const realv xc = clamp(x, -MORE_BIG_ARG, MORE_BIG_ARG);
  realv ul, lo, ql, c1, c2, d2_lo, mlo;
  const realv u = square2(xc, (realv)0, &ul);
  const realv w = cubic2(xc, u, ul, GT_K1_HI, GT_K1_LO, GT_K2_HI, GT_K2_LO, &lo);
  const realv q = cubic2(xc, u, ul, GT_K1_HI, GT_K1_LO, GT_K3_HI, GT_K3_LO, &ql);
  const logistic g = logistic_parts(w, lo);
  const realv d2 = square2(g.den, g.den_lo, &d2_lo);
  const realv a = two_sum((realv)1, q, &c1); /* 1 + q */
  const realv a_lo = c1 + ql;
  const realv m = mul2(g.e, g.e_lo, a, a_lo, &mlo);
  const realv np = two_sum((realv)1, m, &c2);
  const realv pos = div2(np, c2 + mlo, d2, d2_lo);
  realv c3, plo, nlo;
  const realv c = two_sum(a, g.e, &c3); /* (1 + q) + e */
  const realv p = one_plus(g.t, &plo);
  const realv n = mul2(p, plo, c, c3 + a_lo + g.e_lo, &nlo);
  scaled d = sc_exp(select(pos, div2(n, nlo, d2, d2_lo), w < 0), select((intv)0, g.k, w < 0));
  d = sc_vanish(d, w < EXP_FLOOR, (realv)-1); /* f' < 0 there; 1 + q times e^EXP_FLOOR */
  d.m = select(d.m, (realv)0, x == (realv)-INFINITY);
  d = sc_mul(d, dy);
  d.m = keep_nan(d.m, x);
  return d;
#endif
}

#if CLACT_REAL_IS_DOUBLE
/* ---- gelu, f64: x Phi(x) = x erfc(v) / 2, v = -x / sqrt 2 ---------------------------------
 * v is carried as hi + lo; erfc's own sensitivity to the rounding of v (2v ulps of relative
 * error per ulp of v, 18 at v = 9) is removed with its derivative: erfc(vh + vl) =
 * erfc(vh) - vl 2/sqrt(pi) e^-vh^2. Past GELU_TAIL_V erfc(v) leaves the normal range, so
 * there Phi(x) / x comes from the asymptotic series, e^-v^2 in parts and 2^k applied last:
 *   x Phi(x) = -(1 / sqrt(2 pi)) e^-v^2 S, S = sum_n (-1)^n (2n-1)!! / (2v^2)^n. */
#define GELU_R2_HI ((real)0.7071067811865476) /* 1 / sqrt 2 */
#define GELU_R2_LO ((real)-4.833646656726457e-17)
#define GELU_RPI_HI ((real)0.5641895835477563) /* 1 / sqrt(pi) */
#define GELU_RPI_LO ((real)7.66772980658294e-18)
#define GELU_R2PI_HI ((real)0.3989422804014327) /* 1 / sqrt(2 pi) */
#define GELU_R2PI_LO ((real)-2.49232720227773e-17)
#define GELU_V0_HI ((real)0.5315968851493932) /* f'(x) = 0 at -sqrt2 v0 */
#define GELU_V0_LO ((real)3.9236683393197735e-17)

/* v = -x / sqrt 2 as hi + *lo, for the clamped x. */
CLACT_INLINE realv gelu_v(realv xc, realv *lo) {
  const realv v = -xc * GELU_R2_HI;
  *lo = fma(-xc, (realv)GELU_R2_HI, -v) - xc * GELU_R2_LO;
  return v;
}

/* erfc(vh + vl) to first order in vl. */
CLACT_INLINE realv gelu_erfc(realv v, realv vl) {
  return fma(-vl * (realv)(2 * GELU_RPI_HI), exp(-v * v), erfc(v));
}

/* S = sum_n (-1)^n (2n-1)!! z^n, z = 1 / (2v^2): erfc(v) = e^-v^2 S / (v sqrt pi) for large
 * v (the terms kept are below 2^-SIG_BITS from v = GELU_TAIL_V on). */
CLACT_INLINE realv gelu_series(realv z) {
  return fma(fma(fma(fma(fma(fma(fma((realv)-135135, z, (realv)10395), z, (realv)-945), z,
                                 (realv)105),
                             z, (realv)-15),
                         z, (realv)3),
                     z, (realv)-1),
                 z, (realv)1);
}

CLACT_INLINE scaled gelu_fwd_real(realv x) {
  const realv xc = clamp(x, -MORE_BIG_ARG, MORE_BIG_ARG);
  realv vl;
  const realv v = gelu_v(xc, &vl);
  scaled r = sc_plain((realv)0.5 * x * gelu_erfc(v, vl));
  if (any(v > GELU_TAIL_V)) {
    realv sl;
    intv k;
    const realv s = square2(v, vl, &sl);
    const realv t = exp_parts(-s, -sl, &k);
    const realv ser = gelu_series((realv)0.5 / s); /* z = 1 / (2v^2) */
    const realv a = fma(t, ser, ser);
    /* 2^k left to the kernel, after alpha */
    const scaled tail = sc_neg(sc_exp(fma(a, (realv)GELU_R2PI_HI, a * GELU_R2PI_LO), k));
    r = sc_select(r, tail, v > GELU_TAIL_V);
  }
  r.m = select(r.m, x, isinf(x) && x > 0);
  r.m = keep_nan(r.m, x);
  return r;
}

/* f' = Phi(x) + x phi(x) = erfc(v)/2 - (v / sqrt pi) e^-v^2.
 * For x < 0 the two terms cancel at x = -0.7518 (v0 = 0.5316); on 0 < v <= 1.5 the
 * bracket in f' = e^-v^2 (erfcx(v)/2 - v/sqrt pi) is (v - v0) h(v), h a Chebyshev fit in
 * v - 0.75 (relative error 4e-19), with v - v0 exact near v0:
 * relative accuracy right up to the zero. Elsewhere the terms cancel by a factor 1.3 at
 * most and are used as they are. */
CLACT_INLINE realv gelu_h(realv t) {
  const real c[] = {-5.23547544041452e-10,  1.944916100635843e-09,  -5.534534263162472e-09,
                    1.949661407720725e-08,  -6.906070244213639e-08, 2.3264773381652424e-07,
                    -7.627371125636434e-07, 2.438303517931118e-06,  -7.576810275383904e-06,
                    2.284107973344784e-05,  -6.666573928307723e-05, 0.00018793532956009858,
                    -0.000510301693928826,  0.0013302701605735936,  -0.003316301295086622,
                    0.007868889865556523,   -0.017667221076904705,  0.037253847377735724,
                    -0.07305438730490689,   0.1314343715165434,     -0.7768816055132989};
  realv p = (realv)c[0];
  for (int i = 1; i < 21; ++i) p = fma(p, t, (realv)c[i]);
  return p;
}

CLACT_INLINE scaled gelu_bwd_real(realv x, realv dy) {
  const realv xc = clamp(x, -MORE_BIG_ARG, MORE_BIG_ARG);
  realv vl, sl;
  intv k;
  const realv v = gelu_v(xc, &vl);
  const realv s = square2(v, vl, &sl);
  const realv t = exp_parts(-s, -sl, &k); /* e^-v^2 = (1 + t) 2^k */
  /* general: erfc(v)/2 - (v / sqrt pi) e^-v^2 */
  const realv b = fma(v, (realv)GELU_RPI_HI, fma(vl, (realv)GELU_RPI_HI, v * GELU_RPI_LO));
  scaled d = sc_plain(fma((realv)0.5, gelu_erfc(v, vl), -scale2(fma(b, t, b), k)));
  /* near the zero */
  const intv near = v > 0 && v <= (real)1.5;
  if (any(near)) {
    realv c;
    const realv a = two_sum(v, (realv)-GELU_V0_HI, &c);
    const realv m = gelu_h(v - (realv)0.75);
    realv sl2;
    const realv pt = m * t; /* h (1 + t) in a pair: one rounding fewer */
    const realv mt = two_sum(m, pt, &sl2);
    const realv mt_lo = sl2 + fma(m, t, -pt);
    const realv z = fma(a, mt, fma(a, mt_lo, (c + vl - GELU_V0_LO) * mt));
    d = sc_select(d, sc_exp(z, k), near);
  }
  /* past GELU_TAIL_V erfc(v) is subnormal or 0: f' = -(e^-v^2 / sqrt pi) (v - S / (2v)),
   * 2^k applied last, so the subnormal result is rounded once */
  if (any(v > GELU_TAIL_V)) {
    const realv z = (realv)0.5 / s;
    const realv br = v - gelu_series(z) * v * z;
    const realv m = fma(br, t, br);
    d = sc_select(d, sc_neg(sc_exp(fma(m, (realv)GELU_RPI_HI, m * GELU_RPI_LO), k)),
                  v > GELU_TAIL_V);
  }
  d.m = select(d.m, (realv)1, isinf(x) && x > 0);
  d = sc_mul(d, dy);
  d.m = keep_nan(d.m, x);
  return d;
}

CLACT_INLINE scaled fwd_gelu(realv x, real p0, real p1) { return gelu_fwd_real(x); }
CLACT_INLINE scaled bwd_gelu(realv x, realv dy, real p0, real p1) { return gelu_bwd_real(x, dy); }

#else
/* ---- gelu, float (f32, f16, bf16): no erfc, no division but one ---------------------------
 * With a = |x| (clamped at GELU_AMAX, past which the result is x or -0 exactly):
 *   Phi(-a) = e^(-a^2/2) R(a),  R(a) = erfcx(a / sqrt 2) / 2 = v S(a),  v = C / (a + C),
 * S flat (0.5 at a = 0 down to 0.225 at a = 15), so a polynomial for S loses little to
 * rounding in Horner's scheme, whose last step is kept as a pair (S stays within a factor 2
 * of its constant term: that difference is exact). Two pieces, degree 9, coefficients
 * selected per lane (tools/fit/fit_gelu.py): a <= GELU_A1 in y = a - GELU_AM, beyond in
 * y = v - GELU_VM. v is carried as a pair (the exact remainder of the division), e^(-a^2/2)
 * = (1 + t) 2^k from a^2 exact in two parts, and the products in pairs, 2^k applied last:
 *   x < 0:  f = -a R (1 + t) 2^k;         x >= 0: f = x - x R (1 + t) 2^k.
 * f' = Phi(x) + x phi(x) = 1 - e^(-a^2/2) G for x > 0, e^(-a^2/2) G for x <= 0, with
 * G = R(a) - a / sqrt(2 pi), 0 at a0 = 0.7518: on the first piece G = (a - a0) H(a), H a
 * fit of the same kind, a - a0 a pair, so f' keeps its relative accuracy up to its zero. */
#define GELU_C 2.0f
#define GELU_A1 1.5f
#define GELU_AM 0.75f
#define GELU_VM 0.34375f
#define GELU_AMAX 15.0f
#define GELU_EXP_FLOOR -113.0f
#define GELU_A0_HI 7.517915368e-01f /* R(a0) = a0 / sqrt(2 pi) */
#define GELU_A0_LO -1.211444989e-08f
#define GELU_R2PI_HI 0.3989422917366028f /* 1 / sqrt(2 pi) */
#define GELU_R2PI_LO -1.1335170135851058e-08f

/* S on piece A (forward), H on piece A (backward), S on piece B: c1..c9, then c0 as a
 * pair (hi, lo). Literal lists, not arrays: PoCL does not fold loads from __constant arrays. */
#define GELU_SA \
  -8.881467581e-02f, 2.992682531e-02f, -7.964359596e-03f, 1.401918707e-03f, 5.392679668e-05f, \
  -1.868845138e-04f, 1.102408860e-04f, -5.697789311e-05f, 2.054909601e-05f, 4.128196239e-01f, \
  1.103771385e-08f
#define GELU_H \
  8.488757908e-02f, -3.665858507e-02f, 1.435070485e-02f, -5.180259701e-03f, 1.744671725e-03f, \
  -5.505313748e-04f, 1.654377702e-04f, -5.272642011e-05f, 1.445171529e-05f, -5.725581646e-01f, \
  2.833480295e-08f
#define GELU_SB \
  3.030544817e-01f, 1.213730350e-01f, -1.151330099e-01f, -9.924600273e-02f, 1.161484048e-01f, \
  6.898657233e-02f, -1.708420664e-01f, -5.025156774e-03f, 2.083245963e-01f, 2.863754332e-01f, \
  9.264951473e-09f

/* e^(a + a_lo) = (hi + *lo) 2^k for a <= 0: exp_parts with the rounding of the reduced
 * argument and the polynomial's last step kept in the low part: 0.03 ulp, where exp_parts'
 * t costs up to an ulp of 1 + t. */
CLACT_INLINE realv gelu_exp(realv a, realv a_lo, intv *k, realv *lo) {
  /* -a^2/2 >= -112.5 for a <= GELU_AMAX: no clamp inside that range (a clamped exponent
   * would show once dy scales the result up); 2^k down to 2^-163 is within scale2's reach */
  a_lo = select(a_lo, (realv)0, a < GELU_EXP_FLOOR);
  a = select(a, (realv)GELU_EXP_FLOOR, a < GELU_EXP_FLOOR);
  const realv shifted = fma(a, (realv)LOG2E, (realv)ROUND_MAGIC);
  const realv kf = shifted - ROUND_MAGIC;
  *k = as_intv(shifted) - as_intv((realv)ROUND_MAGIC);
  realv e, p_lo;
  const realv r0 = fma(-kf, (realv)LN2_HI, a); /* exact */
  const realv r = two_sum(r0, fma(-kf, (realv)LN2_LO, a_lo), &e);
  /* e^r = 1 + r + r^2 Q(r) (exp_parts' Q), e^(r + e) = e^r (1 + e) */
  const realv w = r * r * expm1_q(r);
  const realv p = one_plus(r, &p_lo);
  return fast_two_sum(p, p_lo + fma(e, p + w, w), lo); /* normalized, for mul2 */
}

typedef struct gelu_parts {
  realv a;       /* min(|x|, GELU_AMAX) */
  realv p, p_lo; /* e^(-a^2/2) = (p + p_lo) 2^k */
  intv k;
  realv v, v_lo; /* C / (a + C) */
  realv y;       /* the polynomial's variable */
  intv in_a;     /* a <= GELU_A1: piece A */
} gelu_parts;

CLACT_INLINE gelu_parts gelu_prepare(realv x) {
  gelu_parts g;
  g.a = min(fabs(x), (realv)GELU_AMAX);
  const realv s = g.a * g.a;
  const realv s_lo = fma(g.a, g.a, -s);
  g.p = gelu_exp((realv)-0.5f * s, (realv)-0.5f * s_lo, &g.k, &g.p_lo);
  realv e;
  const realv d = two_sum(g.a, (realv)GELU_C, &e); /* a + C = d + e */
  g.v = (realv)GELU_C / d;
  /* C = v (d + e) + rem; rem / (a + C) = rem v / C */
  g.v_lo = (fma(-g.v, d, (realv)GELU_C) - g.v * e) * g.v * (realv)(1 / GELU_C);
  g.in_a = g.a <= GELU_A1;
  /* v - GELU_VM is exact or nearly; v_lo joins there (S changes by 0.3 ulp per ulp of v) */
  g.y = select((g.v - GELU_VM) + g.v_lo, g.a - GELU_AM, g.in_a);
  return g;
}

/* The piece's polynomial at y (piece A's coefficients given, piece B's built in), the last
 * step kept as hi + *lo. */
#define GELU_PC(ca, cb) select((realv)(cb), (realv)(ca), in_a)
CLACT_INLINE realv gelu_poly_(realv y, intv in_a, real a1, real a2, real a3, real a4, real a5,
                              real a6, real a7, real a8, real a9, real a0, real a0_lo, real b1,
                              real b2, real b3, real b4, real b5, real b6, real b7, real b8,
                              real b9, real b0, real b0_lo, realv *lo) {
  realv q = fma(GELU_PC(a9, b9), y, GELU_PC(a8, b8));
  q = fma(q, y, GELU_PC(a7, b7));
  q = fma(q, y, GELU_PC(a6, b6));
  q = fma(q, y, GELU_PC(a5, b5));
  q = fma(q, y, GELU_PC(a4, b4));
  q = fma(q, y, GELU_PC(a3, b3));
  q = fma(q, y, GELU_PC(a2, b2));
  q = fma(q, y, GELU_PC(a1, b1));
  const realv c0 = GELU_PC(a0, b0);
  const realv hi = fma(q, y, c0);
  *lo = fma(q, y, c0 - hi) + GELU_PC(a0_lo, b0_lo); /* c0 - hi exact: hi within 2x of c0 */
  return hi;
}
#define gelu_poly(y, in_a, A, lo) gelu_poly_(y, in_a, A, GELU_SB, lo)

/* Below x = -GELU_AMAX, f and f' (under 2^-160 in magnitude) are returned as -0 and the
 * vanishing value of sc_vanish: the fits end there (docs/ACCURACY.md, "Large factors"). */
CLACT_INLINE scaled fwd_gelu(realv x, real p0, real p1) {
#if CLACT_NARROW
  /* 16-bit storage: the same R = v S and e^(-a^2/2), in plain float (2^-17 or better) */
  const realv a = min(fabs(x), (realv)GELU_AMAX);
  const nexp n = exp_narrow((realv)-0.5f * a * a);
  const realv v = (realv)GELU_C / (a + (realv)GELU_C);
  const intv in_a = a <= GELU_A1;
  realv unused;
  const realv s = gelu_poly(select(v - (realv)GELU_VM, a - (realv)GELU_AM, in_a), in_a, GELU_SA,
                            &unused);
  const realv w = v * s * n.m; /* Phi(-a) / 2^k2 (k2 < 0 only where w is far below 1) */
  realv r = select(-(a * w), x * ((realv)1 - w), x >= 0); /* -0 stays -0 */
  r = select(r, x, x > GELU_AMAX);
  r = select(r, (realv)-0.0f, x < -GELU_AMAX);
  return sc_make(keep_nan(r, x), select(n.k2, (intv)0, x >= 0));
#else
  const gelu_parts g = gelu_prepare(x);
  realv s_lo, r_lo, ar_lo, q_lo, m_lo, err;
  const realv s = gelu_poly(g.y, g.in_a, GELU_SA, &s_lo);
  const realv r = mul2(g.v, g.v_lo, s, s_lo, &r_lo);     /* R(a) */
  const realv ar = mul2(g.a, (realv)0, r, r_lo, &ar_lo); /* a R */
  const realv q = mul2(ar, ar_lo, g.p, g.p_lo, &q_lo);   /* a R e^(-a^2/2) / 2^k */
  const realv m = fast_two_sum(q, q_lo, &m_lo);
  const scaled neg = sc_neg(sc_exp(m, g.k));
  /* x >= 0 (-0 included, whose result is then -0): x - m 2^k, exact difference in a pair.
   * Where 2^k is subnormal the result is x anyway. */
  const realv tiny = pow2_normal(max(g.k, (intv)(1 - EXP_BIAS)));
  const realv e = m * tiny;
  const realv d = fast_two_sum(x, -e, &err); /* e <= x / 2 */
  const realv pos = d + (err - m_lo * tiny);
  scaled r2 = sc_select(neg, sc_plain(pos), x >= 0);
  r2.m = select(r2.m, x, x > GELU_AMAX); /* +inf included */
  r2.m = select(r2.m, (realv)-0.0f, x < -GELU_AMAX);
  r2.m = keep_nan(r2.m, x);
  return r2;
#endif
}

CLACT_INLINE scaled bwd_gelu(realv x, realv dy, real p0, real p1) {
#if CLACT_NARROW
  const realv a = min(fabs(x), (realv)GELU_AMAX);
  const nexp n = exp_narrow((realv)-0.5f * a * a);
  const realv v = (realv)GELU_C / (a + (realv)GELU_C);
  const intv in_a = a <= GELU_A1;
  realv unused;
  const realv h = gelu_poly(select(v - (realv)GELU_VM, a - (realv)GELU_AM, in_a), in_a, GELU_H,
                            &unused); /* H on piece A, S on piece B */
  /* G = R - a / sqrt(2 pi): (a - a0) H near its zero, v S - a / sqrt(2 pi) beyond */
  const realv gg = select(fma(v, h, -a * GELU_R2PI_HI), (a - GELU_A0_HI) * h, in_a);
  const realv ge = gg * n.m; /* G e^(-a^2/2) / 2^k2 */
  scaled r = sc_select(sc_make(ge, n.k2), sc_plain((realv)1 - ge), x > 0);
  r = sc_vanish(r, x < -GELU_AMAX, (realv)-1);
  r = sc_mul(r, dy);
  r.m = keep_nan(r.m, x);
  return r;
#else
  const gelu_parts g = gelu_prepare(x);
  realv s_lo, dl, m_lo, e1, n_lo;
  const realv s = gelu_poly(g.y, g.in_a, GELU_H, &s_lo);
  /* a - a0 = dd + dl: exact where a >= a0 / 2, the rounding kept below */
  const realv dd = fast_two_sum((realv)-GELU_A0_HI, g.a, &dl);
  realv dl2;
  const realv dd2 = fast_two_sum(dd, dl - GELU_A0_LO, &dl2); /* dd = 0 or |dd| >= 2^-24 */
  const realv f = select(g.v, dd2, g.in_a);
  const realv f_lo = select(g.v_lo, dl2, g.in_a);
  const realv m = mul2(f, f_lo, s, s_lo, &m_lo); /* (a - a0) H, or R */
  /* piece B: G = R - a / sqrt(2 pi) (cancels by a factor 1.3 at most) */
  const realv l = g.a * GELU_R2PI_HI;
  const realv l_lo = fma(g.a, (realv)GELU_R2PI_HI, -l) + g.a * GELU_R2PI_LO;
  const realv gg = two_sum(m, select(-l, (realv)0, g.in_a), &e1);
  const realv gg_lo = e1 + select(m_lo - l_lo, m_lo, g.in_a);
  const realv n = mul2(gg, gg_lo, g.p, g.p_lo, &n_lo); /* G (1 + t) */
  /* x <= 0: dy G (1 + t) 2^k, dy joining the pair before 2^k (n 2^k1 is normal: |n| > 2^-28
   * where k > -100, |n| > 4 below), so that the result is rounded once, subnormal or not */
  const intv k1 = sc_k1(g.k);
  const realv sc = pow2_normal(k1);
  const scaled neg = sc_make(fma(dy, n * sc, dy * (n_lo * sc)), g.k - k1);
  /* x > 0: dy (1 - G (1 + t) 2^k), the difference exact in a pair (G 2^k <= 1/2) */
  realv c;
  const realv tiny = pow2_normal(max(g.k, (intv)(1 - EXP_BIAS)));
  const realv o = fast_two_sum((realv)1, -n * tiny, &c);
  const realv pos = fma(dy, o, dy * (c - n_lo * tiny));
  scaled r = sc_select(neg, sc_plain(pos), x > 0);
  r.m = select(r.m, dy * select(n * sc, o, x > 0), isinf(dy)); /* not inf * 0 */
  /* f' < 0 there, far below any factor's reach (not f'(-15)) */
  r.m = select(r.m, -dy * MIN_NORMAL, x < -GELU_AMAX);
  r.k = select(r.k, (intv)SC_KMIN, x < -GELU_AMAX);
  r.m = keep_nan(r.m, x);
  return r;
#endif
}
#endif
