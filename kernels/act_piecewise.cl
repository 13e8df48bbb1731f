/* act_piecewise.cl — the piecewise rows: a select, a line or a quotient on each piece; no
 * exponential function.
 *
 * Rows: identity, relu, leaky_relu, hardtanh, relu6, hardswish, hardsigmoid,
 * softshrink, hardshrink, threshold, softsign, relu_squared.
 *
 * Same conventions in every act_*.cl file: fwd_NAME(x, p0, p1) gives y = f(x),
 * bwd_NAME(x, dy, p0, p1) gives dx = dy * f'(x), bwdy_NAME(y, dy, p0, p1) gives dx in terms
 * of y = f(x) where defined; each returns a `scaled` value (kernels/math.cl): the kernel
 * applies alpha, then 2^k. All are generic over the vector width and built on math.cl.
 * docs/ACCURACY.md and docs/ACTIVATION_FORMS.md have the forms, bounds and special values.
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

/* ---- hardswish: x relu6(x + 3) / 6 ---------------------------------------------------- */
#define SIXTH_HI REAL_C(0.16666666666666666, 0.1666666716337204f)
#define SIXTH_LO REAL_C(9.25185853854297e-18, -4.967053879312289e-09f)

/* x (x + 3) / 6 with x + 3 and the product exact in pairs: one rounding at the end. The
 * -0 PyTorch's x * 0 gives below -3 is kept; -inf gives -0 (PyTorch: -inf * 0 = NaN). */
CLACT_INLINE scaled fwd_hardswish(realv x, real p0, real p1) {
#if CLACT_NARROW
  /* 16-bit storage: three float roundings (2^-23 relative) vanish in the one to storage */
  realv r = copysign(x * (x + (realv)3) * (realv)SIXTH_HI, x); /* x > -3: the sign of x */
#else
  realv al, pl;
  const realv a = two_sum(x, (realv)3, &al);
  const realv p = mul2(x, (realv)0, a, al, &pl);
  realv r = copysign(div2(p, pl, (realv)6, (realv)0), x); /* x > -3: the sign of x */
#endif
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
#if CLACT_NARROW
  realv r = (x + (realv)3) * (realv)SIXTH_HI; /* two float roundings, as hardswish */
#else
  realv sl;
  const realv s = two_sum(x, (realv)3, &sl);
  realv r = fma(s, (realv)SIXTH_HI, fma(s, (realv)SIXTH_LO, sl * SIXTH_HI));
#endif
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

/* ---- softsign: x / (1 + |x|) --------------------------------------------------------- */
#define SOFTSIGN_ONE REAL_C(36028797018963968.0, 67108864.0f)
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
/* 16-bit storage, no power set apart: in f16 1 + |x| <= 65505 is exact and 1 / (1 + |x|)^2
 * >= 2^-32 a normal float; the reciprocal and its square differ from the split form below
 * by the exact factor 2^-kd only, and where that form's first power 2^(-2 kd) >= 2^-110 is
 * its whole k (kd <= 55), the same bits (x = +-inf: q = 0, 0 dy). On PoCL 26 vector
 * instructions per vector where the split form took 50. */
CLACT_INLINE scaled bwd_softsign_unsplit_(realv x, realv dy) {
  const realv q = (realv)1 / ((realv)1 + fabs(x));
  return sc_plain(keep_nan((q * q) * dy, x));
}
/* 1 / (1 + |x|)^2 as the square of the reciprocal in a pair: (1 + |x|)^2 would overflow
 * long before the result underflows. Past SOFTSIGN_ONE, 1 + |x| rounds to |x| and the
 * result is (dy / |x|) / |x| (div2's reciprocal estimate needs 1 / d to be normal). */
CLACT_INLINE scaled bwd_softsign(realv x, realv dy, real p0, real p1) {
#if CLACT_DTYPE == 1
  return bwd_softsign_unsplit_(x, dy);
#elif CLACT_NARROW
#ifdef CLACT_LANES_ANY
  /* bf16 on the CPU walk: the unsplit form where every lane has |x| < 2^54 (kd <= 54), one
   * test per vector */
  if (!lanes_any(fabs(x) >= (realv)0x1p54f)) return bwd_softsign_unsplit_(x, dy);
#endif
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

/* ---- relu_squared: relu(x)^2 (Primer) ------------------------------------------------ */
/* One rounding of x * x, so the row is correctly rounded. NaN stays NaN (NaN * NaN, and
 * NaN <= 0 is false); x <= 0, -0 included, gives +0. */
CLACT_INLINE scaled fwd_relu_squared(realv x, real p0, real p1) {
  return sc_plain(select(x * x, (realv)0, x <= 0));
}
/* f' = 2x, f'(0) = 0; one rounding of dy * 2x (2x is exact), except where 2x overflows
 * (x >= 2^127 in float): there (dy x) 2, exact too, since dy x cannot be subnormal. NaN in
 * x or dy gives NaN. */
CLACT_INLINE scaled bwd_relu_squared(realv x, realv dy, real p0, real p1) {
  const realv two_x = x + x;
  const realv d = select(dy * two_x, (dy * x) * (real)2, isinf(two_x) && !isinf(x));
  return sc_plain(keep_nan(select(d, (realv)0 * dy, x <= 0), x));
}
