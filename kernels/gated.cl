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
/* CLACT_GATE_EXACT_LIMITS (host/program.c gives it to the piecewise gates): the gate's
 * value and slope at +-inf are exact (0, a finite value or inf, never sc_vanish's
 * stand-in), so 0 * inf is NaN by itself and the checks below are left out: on ReGLU
 * they were 10 of a forward unit's 23 vector instructions, and PoCL's any() is a
 * lane-by-lane loop (kernels/math.cl). */
/* A family file may say the same of one of its gates at its end (GATE_EXACT_LIMITS_NAME 1,
 * e.g. swish, whose value is 0 or x and slope 0 or 1 at +-inf): on SwiGLU's backward the
 * checks were 6.4 of 31.7 instructions per element (callgrind, f32). */
/* VALUE_SLOPE_EXACT_LIMITS_NAME 1: the same of the gate's value-and-slope form only (gelu),
 * which only the backward kernels take. */
#if defined(CLACT_GATE_EXACT_LIMITS) || CLACT_CAT(GATE_EXACT_LIMITS_, CLACT_GATE) ||             \
    (CLACT_FUSED % 2 == 1 && CLACT_CAT(VALUE_SLOPE_EXACT_LIMITS_, CLACT_GATE))
#define GATED_INF_CHECKS 0
#else
#define GATED_INF_CHECKS 1
#endif
/* The forward's finish on the CPU walk: the 1-D dense loops' (elementwise.cl, FWD_FINISH),
 * where the gate's family file bounds its forward's k (sc_mul keeps k, so the product's k
 * is the gate's): the same powers as sc_finish (kernels/math.cl), so the same bits; f32
 * swish and gelu_quick take sc_finish_shifted (SwiGLU's AVX-512 loops one instruction
 * fewer), bf16 gelu sc_finish_normal. The GPU walk keeps sc_finish (its code is left as
 * it was). */
#if defined(CLACT_CONTIGUOUS) && CLACT_FUSED % 2 == 0
#define GATED_FINISH FWD_FINISH
#else
#define GATED_FINISH sc_finish
#endif
/* alpha s f for the gate's scaled value s at a. At a = +-inf the gate's value is a limit:
 * where it is 0, 0 * inf must be NaN, but a formula may return sc_vanish's stand-in (the
 * smallest normal times the lowest power), which an infinite f would take to inf. */
CLACT_INLINE realv gated_prod(scaled s, realv a, realv f, real alpha) {
  const realv r = GATED_FINISH(sc_mul(s, f), alpha);
  if (!GATED_INF_CHECKS) return r;
  return select(r, (realv)NAN, isinf(a) && isinf(f) && sc_finish(s, (real)1) == (realv)0);
}

/* The gate's hot formula: the forward's, or the backward's value-and-slope form (below).
 * Where its family file gives it sides (elementwise.cl, SIDED), the CPU walk's rows loops
 * test them once, before the loop (views.cl, ND_RUN_SIDED), each loop with its side's
 * formula inlined (views.cl's nd_side: a constant in each copy; 0 is the formula itself).
 * PoCL unswitched SiLU's test out of the loops itself, but kept the backward's test of
 * swish's beta 0 inside some loops for other betas: clamped SwiGLU's pairs loop (GPT-OSS,
 * AVX-512, f32, no blend) held 178 instructions with that branch, 143 split; SwiGLU's rows
 * loop with a blend 171 and 131 (callgrind, AVX2: clamped SwiGLU's backward 25.9 -> 21.7
 * instructions per element; bench/results/s17-gated-split/). */
#if CLACT_FUSED % 2 == 0
#define GATED_HOT FWD
#elif CLACT_CAT(VALUE_SLOPE_, CLACT_GATE)
#define GATED_HOT CLACT_CAT(value_slope_, CLACT_GATE)
#else
#define GATED_HOT gated_value_slope
#endif
#if defined(CLACT_CONTIGUOUS) && CLACT_CAT(SIDES_, GATED_HOT)
#define GATED_SIDES CLACT_CAT(SIDES_, GATED_HOT)
#undef ND_RUN_SIDED
#define ND_RUN_SIDED(PF, LD) SIDED(GATED_HOT, ND_RUN_SIDE, PF, LD)
#else
#define GATED_SIDES 0
#endif
/* The forward's value at a on side `side` (a constant once inlined). */
CLACT_INLINE scaled gated_fwd(realv a, real p0, real p1, const int side) {
#if GATED_SIDES && CLACT_FUSED % 2 == 0
  if (side == 1) return SIDE_F(FWD, 1)(a, p0, p1);
#if GATED_SIDES == 2
  if (side == 2) return SIDE_F(FWD, 2)(a, p0, p1);
#endif
#endif
  (void)side;
  return FWD(a, p0, p1);
}
#define GATED_Y(A, B, SIDE) gated_prod(gated_fwd((A), p0, p1, (SIDE)), (A), (B), alpha)
/* da from d = g'(a) dy and d1 = g'(a): at a = +-inf, g'(a) is a limit too; where it is 0,
 * an infinite dy or b makes NaN (the formula's stand-in times an infinite dy would give
 * inf). Called only in vectors with an infinite a (gated_dadb). */
CLACT_INLINE realv gated_da(scaled s, scaled d1, realv a, realv b, realv dy, real alpha) {
  return select(gated_prod(s, a, b, alpha), (realv)NAN,
                isinf(a) && (isinf(dy) || isinf(b)) && sc_finish(d1, (real)1) == (realv)0);
}
/* The gate's value and slope at a in one evaluation: *g = FWD(a), *d = BWD(a, dy), within
 * the gated bounds (swish and gelu_quick share one division, so their bits differ from the
 * two formulas'; docs/ACCURACY.md). A family file defines value_slope_NAME and VALUE_SLOPE_NAME 1
 * at its end for a gate whose two formulas share their costly part (swish's sigmoid,
 * gelu's exponential); every other gate takes the two formulas side by side, which the
 * compiler may still share where they are straight-line code. host/program.c names the
 * gate: -DCLACT_GATE=NAME. */
#if CLACT_FUSED % 2 == 1
#if !CLACT_CAT(VALUE_SLOPE_, CLACT_GATE)
CLACT_INLINE void gated_value_slope(realv a, realv dy, real p0, real p1, scaled *g, scaled *d) {
  *g = FWD(a, p0, p1);
  *d = BWD(a, dy, p0, p1);
}
#endif

/* VALUE_SLOPE_SHARED_K_NAME 1 (a family file, with its value-and-slope form): the slope's
 * k is the value's in every lane, or SC_KMIN where the slope vanishes (sc_vanish), so da
 * and db take their finishes' powers of two from db's (math.cl, sc_finish_pair): the same
 * bits; SwiGLU's f32 loop 118 -> 115 instructions per vector, f16's 65 either way (its
 * powers fold), bf16's 101 -> 104 (its shifted powers cost less than the selects and the
 * registers they hold), so not bf16 (bench/results/s15-bias/). Only without the infinity
 * checks, whose gated_prod finishes each on its own. */
#if !GATED_INF_CHECKS && CLACT_CAT(VALUE_SLOPE_SHARED_K_, CLACT_GATE) && CLACT_DTYPE != 2
#define GATED_SHARED_K 1
#else
#define GATED_SHARED_K 0
#endif
/* Both backward outputs from one value-and-slope evaluation on side `side` (as gated_fwd):
 * returns da, *db. */
CLACT_INLINE realv gated_dadb(realv a, realv b, realv dy, real p0, real p1, real alpha,
                              const int side, realv *db) {
  scaled g, d;
#if GATED_SIDES
  if (side == 1)
    SIDE_F(GATED_HOT, 1)(a, dy, p0, p1, &g, &d);
#if GATED_SIDES == 2
  else if (side == 2)
    SIDE_F(GATED_HOT, 2)(a, dy, p0, p1, &g, &d);
#endif
  else
#endif
    GATED_HOT(a, dy, p0, p1, &g, &d);
  (void)side;
  if (GATED_SHARED_K) {
    realv da;
    *db = sc_finish_pair(sc_mul(g, dy), sc_mul(d, b), alpha, &da);
    return da;
  }
  *db = gated_prod(g, a, dy, alpha);
  return GATED_INF_CHECKS && any(isinf(a)) ? gated_da(d, BWD(a, (realv)1, p0, p1), a, b, dy, alpha)
                                           : gated_prod(d, a, b, alpha);
}
#endif

/* The kernels reach the formulas through these functions: ND_WALK expands a unit six times
 * (aligned, unaligned, strided, tail, two tile forms), and inlining the gate's formula into
 * every copy made the cold build of SwiGLU's forward about 20 % more CPU time
 * (docs/PERFORMANCE.md), so the copies call it out of line (gated_y_0, gated_dadb_0), but
 * the rows walk's dense aligned loop, where the call costs most, takes it inlined
 * (gated_y_1, gated_dadb_1; views.cl, ND_HOT), on the CPU in a function of its own with
 * no call inside (views.cl, ND_RUN_FN), so the formula's constants stay in registers
 * (bench/results/s14-swiglu/). The backward's is one function for da and db, so that the
 * gate is evaluated once for both. */
/* The hot copies take the loop's side (views.cl, nd_side). */
#if CLACT_FUSED % 2 == 0
CLACT_OUTLINE realv gated_y_0(realv a, realv b, real p0, real p1, real alpha) {
  return GATED_Y(a, b, 0);
}
CLACT_INLINE realv gated_y_1(realv a, realv b, real p0, real p1, real alpha, const int side) {
  return GATED_Y(a, b, side);
}
#else
CLACT_OUTLINE realv gated_dadb_0(realv a, realv b, realv dy, real p0, real p1, real alpha,
                                 realv *db) {
  return gated_dadb(a, b, dy, p0, p1, alpha, 0, db);
}
CLACT_INLINE realv gated_dadb_1(realv a, realv b, realv dy, real p0, real p1, real alpha,
                                const int side, realv *db) {
  return gated_dadb(a, b, dy, p0, p1, alpha, side, db);
}
#endif

/* The gates' formulas on loaded lanes, p0, p1 and alpha the kernel's, H views.cl's ND_HOT
 * (the hot copy also the loop's nd_side); the backward's DADB_OF(H, A, B, DY, DA, DB)
 * assigns both outputs. */
#define GATED_SIDE_ARG_0
#define GATED_SIDE_ARG_1 , nd_side
#define GATED_Y_OF(H, A, B)                                                                        \
  CLACT_CAT(gated_y_, H)((A), (B), p0, p1, alpha CLACT_CAT(GATED_SIDE_ARG_, H))
#define GATED_DADB_OF(H, A, B, DY, DA, DB)                                                         \
  DA = CLACT_CAT(gated_dadb_, H)((A), (B), (DY), p0, p1, alpha CLACT_CAT(GATED_SIDE_ARG_, H),      \
                                 &(DB))

/* ---- clamped gates (GPT-OSS's SwiGLU): a' = min(a, limit), b' = clamp(b, -limit, limit),
 * y = g(a') (b' + 1). NaN passes through the clamps (compare and select, not fmin). The
 * backward is PyTorch's autograd of that expression: clamp passes the gradient where
 * the input lies inside the closed range (at exactly the limit too) and gives 0 outside,
 * whatever the incoming gradient: da = dy (b' + 1) g'(a') where a <= limit, else 0;
 * db = dy g(a') where -limit <= b <= limit, else 0. "Outside" is where those comparisons
 * fail, a NaN included (PyTorch's where(self <= max, grad, 0)): the gradient is kept
 * where A <= limit holds (A > limit as the test for 0 let a NaN's gradient through). */
#define CLAMP_A(A) select((A), (realv)limit, (A) > limit)
#define CLAMP_B1(B)                                                                                \
  (select(select((B), (realv)limit, (B) > limit), (realv)-limit, (B) < -limit) + (real)1)

#define CLAMPED_Y_OF(H, A, B) GATED_Y_OF(H, CLAMP_A(A), CLAMP_B1(B))
#define CLAMPED_DADB_OF(H, A, B, DY, DA, DB)                                                       \
  do {                                                                                             \
    GATED_DADB_OF(H, CLAMP_A(A), CLAMP_B1(B), (DY), DA, DB);                                       \
    DA = select((realv)0, DA, (A) <= limit);                                                       \
    DB = select((realv)0, DB, (B) <= limit && (B) >= -limit);                                      \
  } while (0)

/* The kernels: views.cl's fused kernel over the element ND_ELEMENT. The plain gates
 * (CLACT_FUSED 0, 1) or the clamped ones (2, 3, the limit after op's parameters); the
 * forward y = alpha g(a) b + beta y on views a, b, y (0, 2), or the backward
 * da = alpha dy b g'(a) + beta da, db = alpha dy g(a) + beta db on views a, b, dy, da, db
 * (1, 3). Every input of the element is loaded before an output is stored, so an input
 * may be an output's identical view. */
#if CLACT_FUSED < 2
#define Y_OF    GATED_Y_OF
#define DADB_OF GATED_DADB_OF
#else
#define Y_OF    CLAMPED_Y_OF
#define DADB_OF CLAMPED_DADB_OF
#endif
#if CLACT_FUSED % 2 == 0
#define ND_ELEMENT(...) ND_FUSED_2_1(Y_OF, a, b, y, __VA_ARGS__)
#else
#define ND_ELEMENT(...) ND_FUSED_3_2(DADB_OF, a, b, dy, da, db, __VA_ARGS__)
#endif

#define ND_TAIL_LIMIT ND_TAIL, const real limit
/* Interleaved pairs (GPT-OSS's layout) in a call-free loop of their own on the CPU walk:
 * views.cl, nd_pairs_run (bench/results/s15-gptoss/). */
#undef ND_PAIRS
#define ND_PAIRS 1
#if CLACT_FUSED >= 2 && defined(CLACT_CONTIGUOUS) /* the rows walk's loop takes limit too */
#undef ND_RUN_TAIL_ARGS
#define ND_RUN_TAIL_ARGS p0, p1, alpha, beta, limit
#endif
#if CLACT_FUSED == 0
ND_FUSED_KERNEL3(clact_gated_fwd_nd, a, b, y, ND_TAIL)
#elif CLACT_FUSED == 1
ND_FUSED_KERNEL5(clact_gated_bwd_nd, a, b, dy, da, db, ND_TAIL)
#elif CLACT_FUSED == 2
ND_FUSED_KERNEL3(clact_gated_clamped_fwd_nd, a, b, y, ND_TAIL_LIMIT)
#elif CLACT_FUSED == 3
ND_FUSED_KERNEL5(clact_gated_clamped_bwd_nd, a, b, dy, da, db, ND_TAIL_LIMIT)
#endif
