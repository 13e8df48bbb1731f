/* act_gelu.cl — x Phi(x) and its tanh approximation x sigmoid(w).
 *
 * Rows: gelu, gelu_tanh.
 *
 * Same conventions in every act_*.cl file: fwd_NAME(x, p0, p1) gives y = f(x),
 * bwd_NAME(x, dy, p0, p1) gives dx = dy * f'(x), bwdy_NAME(y, dy, p0, p1) gives dx in terms
 * of y = f(x) where defined; each returns a `scaled` value (kernels/math.cl): the kernel
 * applies alpha, then 2^k. All are generic over the vector width and built on math.cl.
 * Constants that feed a cancellation or a large exponent are carried as hi + lo pairs.
 * docs/ACCURACY.md and docs/ACTIVATION_FORMS.md have the forms, bounds and special values.
 */

#if CLACT_REAL_IS_DOUBLE
/* |x| beyond which gelu (f64), gelu_tanh are x or 0 exactly: gelu's e^-x^2/2 times any
 * factor in the domain (2^1800) is 0 there */
#define GELU_BIG_ARG ((real)64)
#define GELU_TAIL_V ((real)26)  /* erfc(v) stays normal below this v */
#else
#define GELU_BIG_ARG ((real)42)
#endif

/* ---- gelu_tanh: x (1 + tanh z) / 2 = x sigmoid(w), w = 2z = x (k1 + k2 x^2) ---------------
 * k1 = 2 sqrt(2/pi), k2 = 0.044715 k1. w is large (|w| ~ 87 where the result is still a
 * normal float), so w is carried as hi + lo: x^2, the constants and the products in pairs.
 * |x| is clamped at GELU_BIG_ARG, beyond which the result is x or -0 exactly. (f64; the
 * f32 forms below keep only x^2 and the coefficient as pairs, and clamp at GT_ARG_MAX.) */
#define GT_K1_HI REAL_C(1.5957691216057308, 1.5957691669464111f)
#define GT_K1_LO REAL_C(-9.96930880911092e-17, -4.534068054340423e-08f)
#define GT_K2_HI REAL_C(0.07135481627260025, 0.07135481387376785f)
#define GT_K2_LO REAL_C(-6.175149918155315e-19, 2.3988324659995897e-09f)
#define GT_K3_HI REAL_C(0.21406444881780073, 0.21406444907188416f) /* 3 k2 */
#define GT_K3_LO REAL_C(1.2025242832367862e-17, -2.540834209696641e-10f)
/* 16-bit storage: |x| clamped here, where |w| = 245.4 < -EXP_FLOOR, so the exp needs no floor;
 * beyond it x e^w and dy f' (below 2^-350) are out of every factor's reach either way */
#define GT_NARROW_ARG 14.6f

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

#if !CLACT_REAL_IS_DOUBLE
/* f32: the exponential straight from x, without w as a pair. |x| is clamped at GT_ARG_MAX,
 * where |w| = 249.5: beyond it x sigmoid(w) is x exactly (x > 0) or below 2^-356, which no
 * factor in the domain brings back (x < 0), and k >= -361 keeps 2^k within the finish.
 * b = k1 + k2 x^2 is a pair (bh + bl, about 2^-40 relative), w itself is not; the reduction
 * takes the exact product -|x| bh inside an fma, r = (-|x| bh + j LN2_HI) + (-|x| bl + j LN2_LO),
 * j = -k: j LN2_HI is exact (LN2_HI has 15 significant bits, j <= 361) and the first sum is
 * below ln2/2 + 2^-17, so r rounds twice, as exp_parts' does. The rounding constant carries
 * the exponent bias, so its bits give 2^max(k, -SC_SPLIT) and the rest of k directly. */
#define GT_ARG_MAX 14.6875f

/* k1 + c x^2 = hi + *lo (about 2^-40 relative) for x^2 = uh - nul, x clamped: k2 for w / x,
 * 3 k2 for w'. Both terms are >= 0, so the sum's error is the smaller one's excess. */
CLACT_INLINE realv gelu_tanh_coef32(realv uh, realv nul, real ch, real cl, realv *lo) {
  const realv a = ch * uh;
  const realv nae = fma((realv)-ch, uh, a); /* a - c uh, exact */
  const realv h = (realv)GT_K1_HI + a;
  const realv err = fmin((realv)GT_K1_HI, a) - (h - fmax((realv)GT_K1_HI, a)); /* exact */
  *lo = (err - nae) + fma((realv)-ch, nul, fma((realv)cl, uh, (realv)GT_K1_LO));
  return h;
}

/* e^-|w| = (1 + t) 2^k for w = x (bh + bl), nax = -|x| clamped: t, and pw =
 * 2^max(k, -SC_SPLIT), *k2 = k - max(k, -SC_SPLIT). */
CLACT_INLINE realv gelu_tanh_exp32(realv nax, realv bh, realv bl, realv *pw, intv *k2) {
  const realv shifted = fma(nax * bh, (realv)LOG2E, (realv)EXP_MAGIC_BIASED);
  const realv j = (realv)EXP_MAGIC_BIASED - shifted; /* -k, exactly */
  const realv r = fma(nax, bh, j * (realv)LN2_HI) + fma(nax, bl, j * (realv)LN2_LO);
  const intv bits = as_intv(shifted);
  const intv b1 = imax(bits, (intv)(EXP_MAGIC_BIASED_BITS - SC_SPLIT)); /* EXP_BIAS + max(k, -SC_SPLIT) */
  *k2 = bits - b1;
  *pw = as_realv(b1 << EXP_SHIFT);
  return fma(r * r, expm1_q(r), r);
}
#endif

CLACT_INLINE scaled fwd_gelu_tanh(realv x, real p0, real p1) {
#if CLACT_NARROW
  /* n = -|x| clamped at -GT_NARROW_ARG (w >= EXP_FLOOR: no floor in the exp), -|w| = w(n) */
  const realv n = max(neg_abs(x), (realv)-GT_NARROW_ARG);
  const realv nw = n * fma((realv)GT_K2_HI, n * n, (realv)GT_K1_HI); /* 2^-16 at |w| = 87 */
  intv k2;
  /* e^-|w| / 2^k2: reaches y once; bf16 E(r) (2^-13.7), f16 expm1's degree 2 (2^-14.9) */
  const realv m = exp_ranged_narrow_(nw, &k2, CLACT_DTYPE == 2 ? 1 : 2);
  /* x / (1 + m), or n m / (1 + m) for x < 0 (2^k2 after it): one quotient. n is x down to
   * -GT_NARROW_ARG; below, n m 2^k2 (-inf included) is out of every factor's reach, so -0
   * comes out of the arithmetic. A NaN x takes the x >= 0 side's factor x. */
  const realv y = select(x, n * m, x < 0) / ((realv)1 + m);
  return sc_make(y, select((intv)0, k2, x < 0));
#elif !CLACT_REAL_IS_DOUBLE
  const realv ax0 = fabs(x);
  const realv ax = fmin(ax0, (realv)GT_ARG_MAX); /* a NaN x gives GT_ARG_MAX here */
  const realv nax = -ax;
  const realv uh = ax * ax;
  const realv nul = fma(nax, ax, uh); /* -(x^2 - uh), exact */
  realv bl, pw;
  intv k2;
  const realv bh = gelu_tanh_coef32(uh, nul, GT_K2_HI, GT_K2_LO, &bl);
  const realv t = gelu_tanh_exp32(nax, bh, bl, &pw, &k2);
  /* e^-|w| = (1 + t) pw (2^k2); below 2^-SC_SPLIT pw stands for a smaller power, which
   * changes 1 + e by less than 2^-110. 1 + e = den + den_lo: den - 1 is exact, and within a
   * factor 2 of pw, so pw - (den - 1) is exact too */
  const realv den = (realv)1 + fma(t, pw, pw);
  const realv den_lo = fma(t, pw, pw - (den - (realv)1));
  /* x / (1 + e) for x >= 0; x e / (1 + e) for x < 0 (x = -|x| there), 2^k2 after the
   * factor x. The x < 0 numerator is taken as x (1 + t) = nh + nl (the error of the fma
   * from the exact product, -nl kept), the quotient's steps on it, and pw applied last,
   * exactly: the same bits as x e / (1 + e) formed with pw inside, but nl and the
   * correction below stay normal: with pw inside they are 2^-24 of x e, subnormal from
   * |x| = 9.3 on (k < -105), where a microcode assist on x86 costs ~100 cycles a vector
   * (docs/PERFORMANCE.md, "Subnormal intermediates") */
  const intv neg = x < 0;
  const realv xe = fma(nax, t, nax);
  const realv nnl = fma(ax, t, xe - nax); /* xe - nax is exact */
  const realv q = select(x, xe, neg) / den;
  /* div2 with the signs turned: q - (q den_lo - nl) / den; +0, not -0, for x >= 0: x = -0
   * stays -0 */
  const realv c = fma(q, den_lo, select((realv)0, nnl, neg));
  const realv s = fma(c, as_realv((bitsv)0xFEF311C7u - as_bitsv(den)), q); /* -1/den, 12% */
  /* |x| > GT_ARG_MAX (not NaN): x, or -0 for x < 0 (x e^w below every factor's reach); an
   * infinite x also leaves the correction NaN (inf times e's last bits) */
  const realv m =
      select(s * select((realv)1, pw, neg), fmax(x, (realv)-0.0f), ax0 > (realv)GT_ARG_MAX);
  return sc_make(m, select((intv)0, k2, neg));
#else
  const realv xc = clamp(x, -GELU_BIG_ARG, GELU_BIG_ARG);
  realv ul, lo;
  const realv u = square1(xc, &ul);
  const realv w = cubic2(xc, u, ul, GT_K1_HI, GT_K1_LO, GT_K2_HI, GT_K2_LO, &lo);
  const logistic g = logistic_parts(w, lo);
  realv plo, xlo;
  const realv p = one_plus(g.t, &plo);
  const realv xp = mul1x2(x, p, plo, &xlo); /* x (1 + t) */
  const realv s = div2(select(x, xp, w < 0), select((realv)0, xlo, w < 0), g.den, g.den_lo);
  /* x is a factor: 2^k after it; x e^w, w < -5000, is 0 below -GELU_BIG_ARG */
  return sc_x_factor_end(sc_exp(s, select((intv)0, g.k, w < 0)), x < -GELU_BIG_ARG, x);
#endif
}
/* f' = s(w) (1 + x w' s(-w)), x w' = x (k1 + 3 k2 x^2) = q >= 0 exactly when x >= 0:
 *   w >= 0: (1 + e (1 + q)) / (1 + e)^2, all terms >= 0;
 *   w < 0:  e ((1 + q) + e) / (1 + e)^2, 0 near x = -0.75: summed in pairs. */
CLACT_INLINE scaled bwd_gelu_tanh(realv x, realv dy, real p0, real p1) {
#if CLACT_NARROW
  const realv xc = clamp(x, (realv)-GT_NARROW_ARG, (realv)GT_NARROW_ARG);
  const realv u = xc * xc;
  const realv w = xc * fma((realv)GT_K2_HI, u, (realv)GT_K1_HI);
  const realv a = fma(xc, fma((realv)GT_K3_HI, u, (realv)GT_K1_HI), (realv)1); /* 1 + x w' */
  intv k2;
  /* f' has a zero (x = -0.75), where m (a + m) cancels: the absolute contract there needs
   * e^-|w| to about 2^-19, so the degree-3 fit in both dtypes */
  const realv m = exp_ranged_narrow_(neg_abs(w), &k2, 3);
  const realv r = (realv)1 / ((realv)1 + m);
  /* w >= 0: (1 + e (1 + q)) / (1+e)^2;  w < 0: e ((1 + q) + e) / (1+e)^2 / 2^k2, both as
   * m a + c: where k2 < 0, m a is below 2^-95 (|a| < 700) and the w >= 0 lanes' m stands in
   * for the flushed e (1 all the same), the w < 0 lanes' m^2 for m e (m a all the same).
   * The w < 0 lanes take m (a + m), not m a + m^2: m^2 went subnormal from |x| = 7.5 on
   * (in every lane: the w >= 0 lanes computed it too), a microcode assist on x86
   * (docs/PERFORMANCE.md, "Subnormal intermediates"); where m is tiny, a + m is a (|a| >
   * 90) and m a normal */
  const intv wn = w < 0;
  const realv c = fma(m, a + select((realv)0, m, wn), select((realv)1, (realv)0, wn));
  scaled d = sc_make(c * (r * r), select((intv)0, k2, wn));
  /* past -GT_NARROW_ARG dy f' 2^k2 is out of every factor's reach; f'(-inf) = 0 exactly */
  d.m = select(d.m, (realv)0, x == (realv)-INFINITY);
  d = sc_mul(d, dy);
  d.m = keep_nan(d.m, x);
  return d;
#elif !CLACT_REAL_IS_DOUBLE
  /* clamped by a compare, not fmin: a NaN x stays NaN and flows through every step to the
   * result (fmin would drop it), so the end needs no NaN select (bench/gpu-model: one
   * PTX instruction per element fewer) */
  const realv ax0 = fabs(x);
  const realv ax = select(ax0, (realv)GT_ARG_MAX, ax0 > (realv)GT_ARG_MAX);
  const realv nax = -ax;
  const realv uh = ax * ax;
  const realv nul = fma(nax, ax, uh); /* -(x^2 - uh), exact */
  realv bl, dl, pw;
  intv k2;
  const realv bh = gelu_tanh_coef32(uh, nul, GT_K2_HI, GT_K2_LO, &bl); /* w / x */
  const realv dh = gelu_tanh_coef32(uh, nul, GT_K3_HI, GT_K3_LO, &dl); /* w' */
  const realv t = gelu_tanh_exp32(nax, bh, bl, &pw, &k2);
  /* e = (1 + t) pw, as the forward's fma(t, pw, pw) (pw a power of two: the same rounding);
   * 1 + t is the x < 0 lanes' factor below. As the forward: 1 + e = den + den_lo exactly */
  const realv opt = (realv)1 + t;
  const realv e = opt * pw;
  const realv den = (realv)1 + e;
  const realv den_lo = fma(t, pw, pw - (den - (realv)1));
  realv d2_lo;
  const realv d2 = square2(den, den_lo, &d2_lo);
  const intv neg = x < 0;
  /* x >= 0: 1 + e (1 + q) = den + e q, q = |x| w', every term >= 0; e q < 1.6 (at most
   * 3 e^(-2/3)), so np - den is exact and the fma's own error is npl */
  const realv qh = ax * dh;
  const realv np = fma(e, qh, den);
  const realv npl = fma(e, qh, den - np) + den_lo;
  /* x < 0: e ((1 + q) + e) = e S, S = den - |x| w' = sv + slo, 0 near x = -0.75: there
   * den - qh is exact (Sterbenz), elsewhere it rounds once relative to S; qh's error and the
   * low parts join e S's low part. e S / pw = S (1 + t) = nh + nl from the exact sv (as the
   * forward's x e), the quotient on it and pw applied last, exactly: the same bits as with
   * pw inside, where nl and div2's correction went subnormal from |x| = 9.3 on (the
   * forward's comment) */
  const realv sv = den - qh;
  const realv slo = fma(nax, dl, den_lo) + fma(nax, dh, qh); /* qh - |x| dh is exact */
  const realv nh = fma(sv, t, sv);
  const realv nl = fma(slo, opt, fma(sv, t, sv - nh)); /* sv - nh is exact */
  const realv qt = div2(select(np, nh, neg), select(npl, nl, neg), d2, d2_lo);
  /* x < -GT_ARG_MAX: f' < 0 below every factor's reach; x > GT_ARG_MAX: f'(GT_ARG_MAX) = 1;
   * sc_dx_vanishing's steps but its NaN select (a NaN x is NaN in qt already) */
  scaled d = sc_make(qt * select((realv)1, pw, neg), select((intv)0, k2, neg));
  d = sc_vanish(d, x < -GT_ARG_MAX, (realv)-1);
  d.m = select(d.m, (realv)0, x == (realv)-INFINITY);
  return sc_mul(d, dy);
#else
  const realv xc = clamp(x, -GELU_BIG_ARG, GELU_BIG_ARG);
  realv ul, lo, ql, c1, c2, d2_lo, mlo;
  const realv u = square1(xc, &ul);
  const realv w = cubic2(xc, u, ul, GT_K1_HI, GT_K1_LO, GT_K2_HI, GT_K2_LO, &lo);
  const realv q = cubic2(xc, u, ul, GT_K1_HI, GT_K1_LO, GT_K3_HI, GT_K3_LO, &ql);
  const logistic g = logistic_parts(w, lo);
  const realv d2 = square2(g.den, g.den_lo, &d2_lo);
  const realv a = two_sum((realv)1, q, &c1); /* 1 + q */
  const realv a_lo = c1 + ql;
  const realv m = mul2(g.e, g.e_lo, a, a_lo, &mlo);
  /* m = e (1 + q) < 2 where w >= 0 (at most 3 e^(-2/3)): 1's exponent is not below m's, so
   * the fast two-sum is exact (the w < 0 lanes' value is not used) */
  const realv np = fast_two_sum((realv)1, m, &c2);
  realv c3, plo, nlo;
  const realv c = two_sum(a, g.e, &c3); /* (1 + q) + e */
  const realv p = one_plus(g.t, &plo);
  const realv n = mul2(p, plo, c, c3 + a_lo + g.e_lo, &nlo);
  /* both signs share (1 + e)^2: the numerator is selected, one division */
  const realv qt = div2(select(np, n, w < 0), select(c2 + mlo, nlo, w < 0), d2, d2_lo);
  scaled d = sc_exp(qt, select((intv)0, g.k, w < 0));
  return sc_dx_vanishing(d, w < EXP_FLOOR, x, dy); /* f' < 0 there; 1 + q times e^EXP_FLOOR */
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
  const realv xc = clamp(x, -GELU_BIG_ARG, GELU_BIG_ARG);
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
  const realv xc = clamp(x, -GELU_BIG_ARG, GELU_BIG_ARG);
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
/* ---- gelu, float (f32, f16, bf16): no erfc, one division ---------------------------------
 * With a = |x| (past GELU_AMAX the result is x or -0 exactly):
 *   Phi(-a) = e^(-a^2/2) R(a),  R(a) = erfcx(a / sqrt 2) / 2 = v S(a),  v = C / (a + C),
 * S flat (0.5 at a = 0 down to 0.225 at a = 15), so one polynomial in v covers all of
 * [0, GELU_AMAX] (tools/fit/fit_gelu.py); e^(-a^2/2) = e^r 2^k, 2^k applied last:
 *   x < 0:  f = -a R e^r 2^k;         x >= 0: f = x - a R e^r 2^k.
 * f' = Phi(x) + x phi(x) = 1 - e^(-a^2/2) G for x > 0, e^(-a^2/2) G for x <= 0, with
 * G = R(a) - a / sqrt(2 pi), 0 at a0 = 0.7518: the backward's fit is H = G / (a - a0), so
 * f' keeps its relative accuracy up to its zero. f32: -S (forward) and H (backward) in
 * y = v - GELU_VMF, v = 5 / (a + 5) rounded, its error folded into the exponent
 * (gelu_reduce_f); 16-bit storage: S and H in v itself, sized to the storage. */
#define GELU_AMAX 15.0f
#define GELU_K1MIN (-40) /* the f32 forward's split of 2^k, see fwd_gelu */
#define GELU_AMAX_NARROW 20.0f /* the 16-bit forward's: fitted to 20, see fwd_gelu */
#define GELU_A0_HI 7.517915368e-01f /* R(a0) = a0 / sqrt(2 pi) */
#define GELU_A0_LO -1.211444989e-08f
#define GELU_R2PI_HI 0.3989422917366028f /* 1 / sqrt(2 pi) */
#define GELU_R2PI_LO -1.1335170135851058e-08f

#if !CLACT_NARROW
/* The f32 forward's S = R / v in one piece over [0, GELU_AMAX]: v = CF / (a + CF) in
 * [1/4, 1], y = v - VMF in [-3/8, 3/8], exact (v and VMF are multiples of ulp(y)), degree
 * 10 (tools/fit/fit_gelu.py --forward: relative error 2^-28.8; it prints -S, whose
 * coefficients these are negated: fwd_gelu's -2^k1 carries the minus sign). The last two
 * Horner steps are pairs: with one, q's rounding times y cost up to 1.4 ulp of S
 * (prototype, 1% of the floats); c1 - q1 and c0 - hi are exact or nearly (each rounding
 * below 2^-27 of S there). */
#define GELU_CF 5.0f
#define GELU_VMF 0.625f
CLACT_INLINE realv gelu_ps_f(realv y, realv *lo) {
  realv q = fma((realv)1.884993911e-02f, y, (realv)-4.000462592e-02f);
  q = fma(q, y, (realv)-1.027978957e-01f);
  q = fma(q, y, (realv)2.273349557e-03f);
  q = fma(q, y, (realv)3.057434559e-01f);
  q = fma(q, y, (realv)6.609657407e-01f);
  q = fma(q, y, (realv)8.712520003e-01f);
  q = fma(q, y, (realv)8.457669020e-01f);
  q = fma(q, y, (realv)6.435287595e-01f);
  const realv c1 = (realv)3.934452236e-01f;
  const realv q1 = fma(q, y, c1);
  const realv q1_lo = fma(q, y, c1 - q1);
  const realv c0 = (realv)1.944223195e-01f;
  const realv hi = fma(q1, y, c0);
  *lo = fma(q1_lo, y, fma(q1, y, c0 - hi) + (realv)-1.851581999e-09f);
  return hi;
}
/* expm1(r) = r + r^2 Q(r) on |r| <= ln2/2, Q of degree 4 (tools/fit/fit_expm1.py: 0.43
 * ulp of expm1(r), under 2^-25 of e^r), where exp_parts' degree 5 has 0.03: the forward's
 * product keeps 1 + r + r^2 Q unrounded, so this is most of its exponential's error. */
CLACT_INLINE realv gelu_q4_f(realv r) {
  return fma(fma(fma(fma((realv)1.392619801e-03f, r, (realv)8.363190107e-03f), r,
                     (realv)4.166655615e-02f),
                 r, (realv)1.666657627e-01f),
             r, (realv)0.5f);
}
/* L / v, L = R'(a) / R(a) = a - 1 / (sqrt(2 pi) R), in the same y, degree 2 (fit_gelu.py
 * --forward: relative error 2^-8): it only scales v's rounding, below 2^-19 of a (see
 * fwd_gelu). */
CLACT_INLINE realv gelu_lv2_f(realv y) { /* twice L / v (gelu_reduce_f's 2 rl), exact doublings */
  return fma(fma((realv)(2 * -5.549178720e-01f), y, (realv)(2 * -7.157801390e-01f)), y,
             (realv)(2 * -4.546575546e-01f));
}
/* The f32 backward's H = G / (a - a0) in the same y over all of [0, GELU_AMAX] (smooth
 * through a0, towards -1 / sqrt(2 pi) at a = inf), degree 9 (tools/fit/fit_gelu.py
 * --backward: relative error 2^-30.8), and LH / v, LH = H'(a) / H(a), degree 2 (2^-3.4:
 * |LH| <= 0.27, so it leaves under 2^-26 of v's rounding). */
CLACT_INLINE realv gelu_h_f(realv y, realv *lo) {
  realv q = fma((realv)2.316477709e-02f, y, (realv)3.146788850e-02f);
  q = fma(q, y, (realv)-3.851870075e-02f);
  q = fma(q, y, (realv)-1.910918951e-01f);
  q = fma(q, y, (realv)-3.626088202e-01f);
  q = fma(q, y, (realv)-4.698488414e-01f);
  q = fma(q, y, (realv)-4.696378112e-01f);
  q = fma(q, y, (realv)-3.804271817e-01f);
  q = fma(q, y, (realv)-2.559475899e-01f);
  /* the last step as a pair: c0 - hi exact (hi within 2x of c0), c0's own rounding kept */
  const realv c0 = (realv)-4.782976806e-01f;
  const realv hi = fma(q, y, c0);
  *lo = fma(q, y, c0 - hi) + (realv)2.721447068e-09f;
  return hi;
}
CLACT_INLINE realv gelu_lhv2_f(realv y) { /* twice LH / v, as gelu_lv2_f */
  return fma(fma((realv)(2 * -3.850710392e-01f), y, (realv)(2 * -3.046492636e-01f)), y,
             (realv)(2 * -7.287550718e-02f));
}
#endif

#if CLACT_NARROW
/* 16-bit storage, forward and backward: one polynomial in v = C / (a + C) itself, no pieces
 * and no coefficient selects (tools/fit/fit_gelu.py --narrow): S(v) = R / v for the forward
 * over [0, GELU_AMAX_NARROW], sized to the storage (f16: C 3.25, degree 5, relative error
 * 2^-16.7; bf16: C 2, degree 3, 2^-11.4), and H(v) = G / (a - a0) for the backward over
 * [0, GELU_AMAX] in both dtypes (C 3, degree 5, 2^-19.8), H smooth through a0 and towards
 * -1 / sqrt(2 pi) at a = inf (v = 0). Within 0.05 of f''s zero the contract is absolute,
 * 2^-23 |dy| plus half an ulp of storage, so H and the backward's exp (degree 3, 2^-20) keep
 * about 2^-19 there, where f' is 0.03 at most; a bf16-sized H (2^-13.4) failed it. */
#if CLACT_DTYPE == 1
#define GELU_CN 3.25f
CLACT_INLINE realv gelu_s_narrow(realv v) {
  realv q = fma((realv)-7.267607003e-02f, v, (realv)1.825318933e-01f);
  q = fma(q, v, (realv)1.510216855e-02f);
  q = fma(q, v, (realv)1.324174851e-01f);
  q = fma(q, v, (realv)1.197117195e-01f);
  return fma(q, v, (realv)1.229173914e-01f);
}
#else
#define GELU_CN 2.0f
CLACT_INLINE realv gelu_s_narrow(realv v) {
  realv q = fma((realv)-1.220714077e-01f, v, (realv)2.394319475e-01f);
  q = fma(q, v, (realv)1.822272539e-01f);
  return fma(q, v, (realv)2.004984170e-01f);
}
#endif

#define GELU_CNB 3.0f
CLACT_INLINE realv gelu_h_narrow(realv v) {
  realv q = fma((realv)3.135183454e-02f, v, (realv)-8.045995981e-02f);
  q = fma(q, v, (realv)-2.978578396e-02f);
  q = fma(q, v, (realv)-8.826380968e-02f);
  q = fma(q, v, (realv)-9.892089665e-02f);
  return fma(q, v, (realv)-3.989986479e-01f);
}
#endif

/* Below x = -GELU_AMAX, f and f' (under 2^-160 in magnitude) are returned as -0 and the
 * vanishing value of sc_vanish: the fits end there (docs/ACCURACY.md, "Large factors"). */
#if !CLACT_NARROW
/* The f32 forward's and backward's shared reduction of a = |x|. e^(-a^2/2) = e^r 2^k:
 * a^2 = u - nul exactly, -u/2 + j LN2_HI exact (j = -k, LN2_HI 16 bits, |u| < 2^8 or
 * j = 0), the rest rl small: 2 rl = da_v 2L(y) + rl2 with the fit 2L of the caller (twice
 * the terms: nul needs no halving, and r = r0 + rl is one fma, the same bits). v = CF /
 * d0, d0 = a + CF rounded, stands for a' = CF / v - CF, not a: a - a' = da = (e + v c) / v
 * (c: the sum's error, exact for every a <= GELU_AMAX as d0 - CF is; e the division's
 * exact remainder), up to 2^-19 a. The fit's factor of a' equals a's times e^(da L), so
 * da_v = e + v c joins the exponent's argument: v needs no low part and y = v - VMF no
 * compensation (it is exact). */
/* EXP_MAGIC_BIASED plus 256 (still below 2^24: the sum rounds to an integer as before):
 * (bits << EXP_SHIFT) is -2^k, not 2^k, so the products with it come out negated for free */
#define GELU_MAGIC (EXP_MAGIC_BIASED + 256.0f)
#define GELU_BITS0 0x4b40017f
typedef struct {
  realv a, v, y, r0, da_v, rl2;
  intv bits; /* GELU_BITS0 + k: 2^k's bits, shifted, and bit 8 (the sign once shifted) */
  intv big;  /* |x| > GELU_AMAX: the arithmetic ran on a = 0 */
} gelu_reduced;
CLACT_INLINE gelu_reduced gelu_reduce_f(realv x) {
  gelu_reduced g;
  /* past GELU_AMAX (+-inf included) a = 0: every value finite, k = 0, and the forward's
   * m = +0 (times -2^k1: -0), which makes its end x or -0 without a select of its own; the
   * backward selects its limits by g.big. A NaN x stays NaN and flows through. */
  const realv ax = fabs(x);
  g.big = ax > GELU_AMAX;
  g.a = select(ax, (realv)0, g.big);
  const realv u = g.a * g.a;
  const realv nul = fma(-g.a, g.a, u);
  const realv shifted = fma(u, (realv)(-0.5f * LOG2E), (realv)GELU_MAGIC);
  const realv j = (realv)GELU_MAGIC - shifted; /* -k, exactly */
  g.bits = as_intv(shifted);
  g.r0 = fma(u, (realv)-0.5f, j * (realv)LN2_HI);
  const realv d0 = g.a + (realv)GELU_CF;
  const realv c = g.a - (d0 - (realv)GELU_CF);
  g.v = (realv)GELU_CF / d0;
  const realv e = fma(g.v, d0, (realv)-GELU_CF);
  g.y = g.v - (realv)GELU_VMF;
  g.da_v = fma(g.v, c, e);
  g.rl2 = fma(j, (realv)(2 * LN2_LO), nul); /* 2 (j LN2_LO + nul / 2) */
  return g;
}
#endif

CLACT_INLINE scaled fwd_gelu(realv x, real p0, real p1) {
#if CLACT_DTYPE == 2
  /* bf16: the f16 form's e^(-a^2/2) = m 2^k2 and fit, with three changes that leave k
   * within [1 - EXP_BIAS, 0], so the dense loops finish with one power (FINISH_NORMAL_
   * fwd_gelu below) where sc_finish's two cost four instructions more, and no select of
   * k: a clamped at 18 for x < 0 (a^2 <= 324: k >= -234, k2 >= -124; f(-18) is below
   * 2^-234, which alpha <= 2^8, the factor domain below x = -15, rounds to -0), and at
   * 12.3 for x >= 0 (k2 = 0 there: 12.3 Phi(-12.3) < 2^-112 is far below an ulp of x);
   * x = -inf is -0 exactly for every alpha (its own test: the clamped a alone would give
   * f(-18) alpha). -a Phi(-a) = -a v S(v) e^(-a^2/2) = w S'(w) e^(-a^2/2) with w = 1 - v =
   * a / (a + C) = n / (n - C) and S'(w) = -C S(1 - w) (a v = C w), its coefficients
   * gelu_s_narrow's bf16 ones expanded (the same fit, 2^-12; one product fewer: no n).
   * NaN: the term max(x, 0) keeps it (select by x < 0: false). */
  const realv n = max(neg_abs(min(x, (realv)12.3f)), (realv)-18.0f);
  intv k2;
  const realv m = exp_half_square_narrow_(n * n, &k2, 1);
  const realv w = n / (n - (realv)GELU_CN);
  const realv sw = fma(fma(fma((realv)-2.441428155e-01f, w, (realv)2.535645366e-01f), w,
                           (realv)5.897538662e-01f),
                       w, (realv)-1.000172377e+00f);
  const realv r = select(x, (realv)0, x < 0) + w * sw * m;
  return sc_make(select(r, (realv)-0.0f, x == (realv)-INFINITY), k2);
#elif CLACT_NARROW
  /* n = -|x| clamped at -GELU_AMAX_NARROW (the sign bit or'ed in), a = -n */
  const realv n = max(neg_abs(x), (realv)-GELU_AMAX_NARROW);
  intv k2;
  /* e^(-a^2/2) / 2^k2, reaching the result once: bf16 E(r) (2^-13.7), f16 expm1's degree
   * 2 (2^-14.9) */
  const realv m = exp_half_square_narrow_(n * n, &k2, CLACT_DTYPE == 2 ? 1 : 2);
  const realv v = (realv)GELU_CN / ((realv)GELU_CN - n);
  const realv nw = n * (v * gelu_s_narrow(v) * m); /* -a Phi(-a) / 2^k2 */
  /* x < 0: -a Phi(-a) = n w; x >= 0: x - a Phi(-a) = x + n w (k2 < 0 only where |n w| <
   * 2^-110, and there x + n w is x). Down to -GELU_AMAX_NARROW n is x; below it (-inf
   * included) n w 2^k2 is out of every factor's reach (20 Phi(-20) 2^128 < 2^-140), so -0
   * comes out of the arithmetic; past +GELU_AMAX_NARROW (+inf included) x + n w is x. A NaN
   * x is kept by the x >= 0 side's term x (x < 0 is false). In f16 the power is
   * sc_narrow's, floored at 1 - EXP_BIAS (its proof holds with |n w| <= 2^-110 where
   * k2 < 0), so sc_finish takes one normal power: below -GELU_AMAX_NARROW n w 2^(1 -
   * EXP_BIAS) is below 2^-236 (0 in float, so GeGLU's 0 * inf test at -inf still sees 0),
   * and alpha times it rounds to -0 in f16. */
  const realv r = select(x, (realv)0, x < 0) + nw;
  return sc_narrow(r, select((intv)0, k2, x < 0));
#else
  /* Past GELU_AMAX gelu_reduce_f's a = 0 gives m = +0 (below), and the end x - m = x or
   * -0 - m = -0; a NaN x flows through it to a NaN result (min() may not keep a NaN on
   * every device), so neither a clamp nor a NaN select is needed.
   * x < 0: f = -a R(a) e^(-a^2/2) = -(a v S e^r) 2^k, returned with its 2^k (k >= -163);
   * x >= 0: f = x - a R e^(-a^2/2), the same product m with 2^k applied. */
  const gelu_reduced g = gelu_reduce_f(x);
  const realv a = g.a, v = g.v, y = g.y, r0 = g.r0;
  const realv na = -a;
  const intv bits = g.bits;
  /* da L = (e + v c) (L / v) joins the exponent's argument (gelu_reduce_f), doubled */
  const realv rl2 = fma(g.da_v, gelu_lv2_f(y), g.rl2);
  const realv r = fma(rl2, (realv)0.5f, r0);
  /* e^r = 1 + r + w, w = r^2 Q(r) + rlo, not rounded as a sum: S e^r = sh + stl */
  const realv w = r * r * gelu_q4_f(r);
  realv sl;
  const realv sh = gelu_ps_f(y, &sl);
  const realv stl = fma(sh, r, fma(sh, w, sl));
  /* a v = ah + al exactly; m = (ah + al)(sh + stl) rounded once (al stl dropped), >= 0 */
  const realv ah = a * v;
  const realv al = fma(a, v, na * v);
  const realv m = fma(ah, sh, fma(ah, stl, al * sh));
  /* 2^k = 2^k1 2^kr, k1 = max(k, GELU_K1MIN), kr = k - k1 >= -123 (k >= -163 up to
   * GELU_AMAX). x < 0: m 2^k1 (exact: normal), 2^kr left to the finish, which then needs
   * only its first power: the max below (kr is already there) lets the compiler fold the
   * second (bench/gpu-model: 5 instructions per element fewer). x >= 0: x + m 2^k1, k 0:
   * where k1 and k differ (a > 7.3) |m 2^k1| < 2^-40 is below half an ulp of x, so the
   * sum is x either way; |m 2^k| <= x / 2. The x < 0 lanes add -0: the product keeps its
   * sign; a NaN x is the x >= 0 lanes' addend. The power is -2^k1 (bits carry 256 more
   * than the bias, gelu_reduce_f: bit 8 shifts into the sign), so f = x - (-m 2^k1) with
   * m = a v S e^r >= 0. a = 0 (x = +-0, and |x| > GELU_AMAX, see gelu_reduce_f) gives
   * m = +0 whatever the signs of the low parts (ah = al = +0, sh > 0), -m 2^k1 = -0, and
   * f = -0 + -0 = -0 for x = -0 or x < -GELU_AMAX, x - 0 = x otherwise (api.form_specials
   * holds -0, -1000, -inf). */
  const intv b1 = imax(bits, (intv)(GELU_BITS0 + GELU_K1MIN));
  /* the sign bit (x = -0 and -NaN too: -0 is their addend either way), not x < 0: with a
   * compare the select below became a max on PoCL (x86), whose +0 went to -0 */
  const intv neg = as_intv(x) < 0;
  const realv f = fma(m, as_realv(b1 << EXP_SHIFT), select(x, (realv)-0.0f, neg));
  return sc_make(f, imax(select((intv)0, bits - b1, neg), (intv)(1 - EXP_BIAS)));
#endif
}
#if CLACT_DTYPE == 2
#define FINISH_NORMAL_fwd_gelu 1 /* bf16's k2 >= -124 (see fwd_gelu) */
#endif

CLACT_INLINE scaled bwd_gelu(realv x, realv dy, real p0, real p1) {
#if CLACT_NARROW
  /* G = (a - a0) H(v) over all of [0, GELU_AMAX]: relative accuracy up to f''s zero, so the
   * exp and H sized to the storage suffice (a - a0 is exact but for a0's own rounding) */
  const realv a = min(fabs(x), (realv)GELU_AMAX);
  intv k2;
  const realv m = exp_half_square_narrow_(a * a, &k2, 3); /* e^(-a^2/2) / 2^k2 */
  const realv v = (realv)GELU_CNB / (a + (realv)GELU_CNB);
  const realv ge = (a - GELU_A0_HI) * gelu_h_narrow(v) * m; /* G e^(-a^2/2) / 2^k2 */
  scaled r = sc_make(select(ge, (realv)1 - ge, x > 0), select(k2, (intv)0, x > 0));
  r = sc_vanish(r, x < -GELU_AMAX, (realv)-1);
  r = sc_mul(r, dy);
  r.m = keep_nan(r.m, x);
  return r;
#else
  /* f' = e^(-a^2/2) G (x <= 0), 1 - e^(-a^2/2) G (x > 0), G = (a - a0) H(a) in one piece:
   * relative accuracy up to f''s zero without pieces. The forward's steps: e^(-a^2/2) =
   * e^r 2^k, v = CF / (a + CF) rounded, its error da = (e + v c) / v joining the
   * exponent's argument times LH (H(a) = H(a') e^(da LH)), y = v - VMF exact. Past
   * GELU_AMAX (a = 0 there, gelu_reduce_f) the selects by g.big give the limits, and a
   * NaN x flows through. */
  const gelu_reduced g = gelu_reduce_f(x);
  const realv a = g.a, y = g.y, r0 = g.r0;
  const intv bits = g.bits;
  const realv rl2 = fma(g.da_v, gelu_lhv2_f(y), g.rl2); /* 2 rl */
  const realv r = fma(rl2, (realv)0.5f, r0);
  /* fast two-sum: |r0| >= |rl| but where both are tiny; rl - (r - r0) */
  const realv rlo = fma(rl2, (realv)0.5f, r0 - r);
  /* e^r = 1 + r + w, w = r^2 Q(r) + rlo, not rounded as a sum */
  const realv w = fma(r * r, expm1_q(r), rlo);
  /* G e^r = (dd + ddl)(h + hl)(1 + r + w): a - a0 = dd + ddl (dd = a - a0_hi, exact for a
   * in [a0 / 2, 2 a0]; ddl its rounding, where a <= a0, minus a0_lo); with pl = h (r + w) +
   * hl, n = dd h + (dd pl + ddl (h + pl)), one rounding at the end, relative accuracy up to
   * f''s zero (a0_lo's term without its e^r cost 1.5 ulp next to the zero) */
  realv hl;
  const realv h = gelu_h_f(y, &hl);
  /* negated: a0 - a = dd + ddl, as 2^k1 below is -2^k1 (gelu_reduce_f), each step the
   * exact negation of a - a0's: n the same bits with the opposite sign */
  const realv dd = (realv)GELU_A0_HI - a;
  const realv ddl = ((realv)GELU_A0_HI - dd) - a + (realv)GELU_A0_LO; /* fast two-sum */
  const realv pl = fma(h, r, fma(h, w, hl));
  const realv n = fma(dd, h, fma(dd, pl, ddl * (h + pl)));
  /* 2^k1, k1 = max(k, -SC_SPLIT): n 2^k1 is normal and at most 1/2 (x > 0: 1 - n 2^k1,
   * which is 1 where k1 and k differ, a > 12.5); k - k1 joins the finish */
  const intv b1 = imax(bits, (intv)(GELU_BITS0 - SC_SPLIT));
  const realv ns = n * as_realv(b1 << EXP_SHIFT);
  const intv pos = x > 0;
  scaled d = sc_make(dy * select(ns, (realv)1 - ns, pos), select(bits - b1, (intv)0, pos));
  /* past GELU_AMAX: f' = 1 (+inf included); below -GELU_AMAX f' < 0 far below any factor's
   * reach (not f'(-15)): -dy times the smallest normal and the lowest power */
  const intv big = g.big;
  d.m = select(d.m, dy * select((realv)1, (realv)-MIN_NORMAL, x < 0), big);
  d.k = select(d.k, select((intv)0, (intv)SC_KMIN, x < 0), big);
  return d;
#endif
}
#endif

/* ==== Value-and-slope forms (kernels/gated.cl's backward) ============================== */
/* value_slope_NAME(x, dy, p0, p1, &g, &d): g = f(x) and d = dy f'(x) from one evaluation
 * of their shared part; VALUE_SLOPE_NAME 1 tells gated.cl the form exists.
 *
 * gelu. f32: fwd_gelu and bwd_gelu side by side (see there): their bits, one shared
 * reduction. 16-bit storage: one exponential and one polynomial for both, where the two
 * formulas take two of each; docs/ACCURACY.md, gated section, has the measured errors:
 * bwd_gelu's steps (its exponential and H, the finer fits: f' has a zero),
 * and the value from the same G: R = G + a / sqrt(2 pi), which cancels by about a^2 for
 * large a: H's 2^-19.8 leaves 2^-12 of R at a = 15, a sixteenth of an ulp of bf16 (f16's
 * results past a = 7.3 are below its reach with every factor up to 65504).
 * f64 takes the two formulas: erfc and exp are calls the compiler shares between them. */
#if !CLACT_REAL_IS_DOUBLE
CLACT_INLINE void value_slope_gelu(realv x, realv dy, real p0, real p1, scaled *gv, scaled *dv) {
#if CLACT_NARROW
  const realv a = min(fabs(x), (realv)GELU_AMAX); /* a NaN x gives GELU_AMAX: kept below */
  intv k2;
  const realv m = exp_half_square_narrow_(a * a, &k2, 3); /* e^(-a^2/2) / 2^k2 */
  const realv v = (realv)GELU_CNB / (a + (realv)GELU_CNB);
  const realv gh = (a - GELU_A0_HI) * gelu_h_narrow(v); /* G */
  const realv ge = gh * m;
  /* the slope: bwd_gelu's; f'(-inf) = -0, the exact limit (see below) */
  scaled d = sc_make(select(ge, (realv)1 - ge, x > 0), select(k2, (intv)0, x > 0));
  d = sc_vanish(d, x < -GELU_AMAX, (realv)-1);
  d = sc_mul(d, dy);
  d.m = select(d.m, (realv)-0.0f * dy, isinf(x) && x < 0);
  d.m = keep_nan(d.m, x);
  *dv = d;
  /* the value: x (1 - Phi(-a)) for x >= 0 (k2 < 0 only where Phi(-a) 2^k2 is below 2^-110,
   * and 1 - w is 1 either way), x Phi(-a) 2^k2 for x < 0; x past GELU_AMAX (+inf
   * included), -0 below -GELU_AMAX (under 2^-160: out of every factor's reach) */
  const realv w = fma(a, (realv)GELU_R2PI_HI, gh) * m; /* Phi(-a) / 2^k2 */
  realv y = x * select(w, (realv)1 - w, x >= 0);
  y = select(y, x, x > GELU_AMAX);
  y = select(y, (realv)-0.0f, x < -GELU_AMAX);
  *gv = sc_make(y, select(k2, (intv)0, x >= 0));
#else
  /* fwd_gelu and bwd_gelu themselves, the plain rows' bits: inlined side by side, the
   * compiler shares gelu_reduce_f (the reduction and the exponential's argument). A slope
   * taken from the forward's R instead (G = R - a / sqrt(2 pi)) saved one polynomial, 15%
   * of the instructions (25.6 against 30.2 Ir per element), but lost the relative accuracy
   * next to f''s zero (the absolute rule only, 8.98 of 9 ulp in clact check): not kept. */
  *gv = fwd_gelu(x, p0, p1);
  scaled d = bwd_gelu(x, dy, p0, p1);
  d.m = select(d.m, (realv)-0.0f * dy, isinf(x) && x < 0);
  *dv = d;
#endif
}
#define VALUE_SLOPE_gelu 1
/* At +-inf this form's value is exact (x, or -0: fwd_gelu's in f32) and so is its slope
 * (the -0 set above in place of the stand-in -dy MIN_NORMAL 2^SC_KMIN, whose product with
 * an infinite dy or b would be inf, not NaN; the sign is the stand-in's). So the gated
 * backward, which takes g and g' from here, needs no 0 * inf checks; the forward takes
 * fwd_gelu, whose 16-bit value keeps the stand-in, and keeps them. */
#define VALUE_SLOPE_EXACT_LIMITS_gelu 1
#if !CLACT_NARROW
/* f32: fwd_gelu's value at +-inf is exact too (its selects past GELU_AMAX give x, or -0
 * with k = 0), so GeGLU's forward needs no 0 * inf checks either (gated.cl): they were 1.6
 * of its 18.4 instructions per element (callgrind). The 16-bit forward's value at -inf is
 * a tiny stand-in that an infinite b would take to inf: it keeps them. */
#define GATE_EXACT_LIMITS_gelu 1
#endif
#endif
