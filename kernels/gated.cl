/* gated.cl — gated activations of one gate g (any row of the table, named by the build
 * options FWD and BWD as for its own program):
 *
 *   forward   y  = alpha g(a) b + beta y
 *   backward  da = alpha dy b g'(a) + beta da,   db = alpha dy g(a) + beta db  (one launch)
 *
 * a, b, dy and the outputs are N-D views (the host merges dimensions; a merged rank 1
 * arrives as rank 2 with one row), walked by views.cl's ND_WALK. The factor b (and dy)
 * joins the gate's scaled value before sc_finish applies alpha and then 2^k: a product
 * underflows or overflows only when its final value does (kernels/math.cl). The order
 * of the factors is fixed, so 0 * inf is NaN wherever it occurs (docs/ACCURACY.md).
 *
 * Built after views.cl; CLACT_FUSED = the kernel's index in host/program.c's list picks the
 * one kernel a program compiles (a call builds only what it runs).
 */
/* alpha s f for the gate's scaled value s at a. At a = +-inf the gate's value is a limit:
 * where it is 0, 0 * inf must be NaN, but a formula may return sc_vanish's stand-in (the
 * smallest normal times the lowest power), which an infinite f would take to inf. */
CLACT_INLINE realv gated_prod(scaled s, realv a, realv f, real alpha) {
  const realv r = sc_finish(sc_mul(s, f), alpha);
  return select(r, (realv)NAN, isinf(a) && isinf(f) && sc_finish(s, (real)1) == (realv)0);
}
#define GATED_Y(A, B)      gated_prod(FWD((A), p0, p1), (A), (B), alpha)
/* da: at a = +-inf, g'(a) is a limit too; where it is 0, an infinite dy or b makes NaN
 * (the formula's stand-in times an infinite dy would give inf). Checked only in vectors
 * with an infinite a. */
CLACT_INLINE realv gated_da(scaled s, scaled d1, realv a, realv b, realv dy, real alpha) {
  return select(gated_prod(s, a, b, alpha), (realv)NAN,
                isinf(a) && (isinf(dy) || isinf(b)) && sc_finish(d1, (real)1) == (realv)0);
}
#define GATED_DA(A, B, DY)                                                                         \
  (any(isinf(A)) ? gated_da(BWD((A), (DY), p0, p1), BWD((A), (realv)1, p0, p1), (A), (B), (DY),   \
                            alpha)                                                                 \
                 : gated_prod(BWD((A), (DY), p0, p1), (A), (B), alpha))
#define GATED_DB(A, DY)    gated_prod(FWD((A), p0, p1), (A), (DY), alpha)

/* The kernels reach the formulas through these out-of-line functions: ND_WALK expands a
 * unit six times (aligned, unaligned, strided, tail, two tile forms), and inlining the
 * gate's formula into every copy made the cold build of SwiGLU's forward about 20 % more
 * CPU time, for no speed measured (docs/PERFORMANCE.md). Each is defined only in the
 * programs whose kernel calls it. */
#if CLACT_FUSED == 0 || CLACT_FUSED == 2
CLACT_OUTLINE realv gated_y_out(realv a, realv b, real p0, real p1, real alpha) {
  return GATED_Y(a, b);
}
#endif
#if CLACT_FUSED == 1 || CLACT_FUSED == 3
CLACT_OUTLINE realv gated_da_out(realv a, realv b, realv dy, real p0, real p1,
                                             real alpha) {
  return GATED_DA(a, b, dy);
}
CLACT_OUTLINE realv gated_db_out(realv a, realv dy, real p0, real p1, real alpha) {
  return GATED_DB(a, dy);
}
#endif

/* The gates' formulas on loaded lanes, p0, p1 and alpha the kernel's. */
#define GATED_Y_OF(A, B)      gated_y_out((A), (B), p0, p1, alpha)
#define GATED_DA_OF(A, B, DY) gated_da_out((A), (B), (DY), p0, p1, alpha)
#define GATED_DB_OF(A, B, DY) gated_db_out((A), (DY), p0, p1, alpha)

/* ---- clamped gates (GPT-OSS's SwiGLU): a' = min(a, limit), b' = clamp(b, -limit, limit),
 * y = g(a') (b' + 1). NaN passes through the clamps (compare and select, not fmin). The
 * backward is PyTorch's autograd of that expression: clamp passes the gradient where
 * the input lies inside the closed range (at exactly the limit too) and gives 0 outside,
 * whatever the incoming gradient: da = dy (b' + 1) g'(a') where a <= limit, else 0;
 * db = dy g(a') where -limit <= b <= limit, else 0. */
#define CLAMP_A(A)   select((A), (realv)limit, (A) > limit)
#define CLAMP_B1(B)                                                                                \
  (select(select((B), (realv)limit, (B) > limit), (realv)-limit, (B) < -limit) + (real)1)

#define CLAMPED_Y_OF(A, B)      GATED_Y_OF(CLAMP_A(A), CLAMP_B1(B))
#define CLAMPED_DA_OF(A, B, DY)                                                                    \
  select(GATED_DA_OF(CLAMP_A(A), CLAMP_B1(B), (DY)), (realv)0, (A) > limit)
#define CLAMPED_DB_OF(A, B, DY)                                                                    \
  select(GATED_DB_OF(CLAMP_A(A), (B), (DY)), (realv)0, (B) > limit || (B) < -limit)

/* The kernels: views.cl's fused kernel over the element ND_ELEMENT. The plain gates
 * (CLACT_FUSED 0, 1) or the clamped ones (2, 3, the limit after op's parameters); the
 * forward y = alpha g(a) b + beta y on views a, b, y (0, 2), or the backward
 * da = alpha dy b g'(a) + beta da, db = alpha dy g(a) + beta db on views a, b, dy, da, db
 * (1, 3). Every input of the element is loaded before an output is stored, so an input
 * may be an output's identical view. */
#if CLACT_FUSED < 2
#define Y_OF  GATED_Y_OF
#define DA_OF GATED_DA_OF
#define DB_OF GATED_DB_OF
#else
#define Y_OF  CLAMPED_Y_OF
#define DA_OF CLAMPED_DA_OF
#define DB_OF CLAMPED_DB_OF
#endif
#if CLACT_FUSED % 2 == 0
#define ND_ELEMENT(...) ND_FUSED_2_1(Y_OF, a, b, y, __VA_ARGS__)
#else
#define ND_ELEMENT(...) ND_FUSED_3_2(DA_OF, DB_OF, a, b, dy, da, db, __VA_ARGS__)
#endif

#define ND_TAIL_LIMIT ND_TAIL, const real limit
#if CLACT_FUSED == 0
ND_FUSED_KERNEL3(clact_gated_fwd_nd, a, b, y, ND_TAIL)
#elif CLACT_FUSED == 1
ND_FUSED_KERNEL5(clact_gated_bwd_nd, a, b, dy, da, db, ND_TAIL)
#elif CLACT_FUSED == 2
ND_FUSED_KERNEL3(clact_gated_clamped_fwd_nd, a, b, y, ND_TAIL_LIMIT)
#elif CLACT_FUSED == 3
ND_FUSED_KERNEL5(clact_gated_clamped_bwd_nd, a, b, dy, da, db, ND_TAIL_LIMIT)
#endif
