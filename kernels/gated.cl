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

/* y = alpha g(a) b + beta y: views a, b, y (ND_WALK's 0, 1, 2). views.cl's last
 * ND_STRIDES (its backward's) is replaced. */
#undef ND_STRIDES
#define ND_STRIDES(st, off0)                                                                       \
  vstore8(a_st, 0, st[0]);                                                                         \
  vstore8(b_st, 0, st[1]);                                                                         \
  vstore8(y_st, 0, st[2]);                                                                         \
  off0[0] = a_off, off0[1] = b_off, off0[2] = y_off;

/* One unit of the row whose views start at BASE[v]; each view's own innermost stride
 * inc[v] (the contiguous load forms ignore it). */
#define GFWD_AT(BASE, j, count, LD, ST)                                                            \
  do {                                                                                             \
    realv r_ = gated_y_out(LD(xa + BASE[0], inc[0], (j), (count)),                                 \
                           LD(xb + BASE[1], inc[1], (j), (count)), p0, p1, alpha);                 \
    if (beta != 0) r_ += beta * LD(y + BASE[2], inc[2], (j), (count));                             \
    ST(r_, y + BASE[2], inc[2], (j), (count));                                                     \
  } while (0)
#define GFWD_UNIT(j, count, i0, i1, iout, LD, ST) GFWD_AT(base, j, count, LD, ST)
#define GFWD_TILE(j, LDV, STV) ND_TILE_AS_ROWS(3, GFWD_AT, j)

#if CLACT_FUSED == 0
__kernel void clact_gated_fwd_nd(const uint rank, const ulong8 size, const ulong units,
                                 __global const storage *xa, const ulong a_off, const ulong8 a_st,
                                 __global const storage *xb, const ulong b_off, const ulong8 b_st,
                                 __global storage *y, const ulong y_off, const ulong8 y_st,
                                 const real p0, const real p1, const real alpha, const real beta) {
  ND_WALK(3, GFWD_UNIT, GFWD_TILE)
}
#endif
#undef ND_STRIDES

/* da = alpha dy b g'(a) + beta da, db = alpha dy g(a) + beta db: views a, b, dy, da, db.
 * Every input of the element is loaded before either output is stored, so an input may be
 * an output's identical view. */
#define ND_STRIDES(st, off0)                                                                       \
  vstore8(a_st, 0, st[0]);                                                                         \
  vstore8(b_st, 0, st[1]);                                                                         \
  vstore8(dy_st, 0, st[2]);                                                                        \
  vstore8(da_st, 0, st[3]);                                                                        \
  vstore8(db_st, 0, st[4]);                                                                        \
  off0[0] = a_off, off0[1] = b_off, off0[2] = dy_off, off0[3] = da_off, off0[4] = db_off;
#define GBWD_AT(BASE, j, count, LD, ST)                                                            \
  do {                                                                                             \
    const realv a_ = LD(xa + BASE[0], inc[0], (j), (count));                                       \
    const realv b_ = LD(xb + BASE[1], inc[1], (j), (count));                                       \
    const realv g_ = LD(dy + BASE[2], inc[2], (j), (count));                                       \
    realv ra_ = gated_da_out(a_, b_, g_, p0, p1, alpha), rb_ = gated_db_out(a_, g_, p0, p1, alpha); \
    if (beta != 0) {                                                                               \
      ra_ += beta * LD(da + BASE[3], inc[3], (j), (count));                                        \
      rb_ += beta * LD(db + BASE[4], inc[4], (j), (count));                                        \
    }                                                                                              \
    ST(ra_, da + BASE[3], inc[3], (j), (count));                                                   \
    ST(rb_, db + BASE[4], inc[4], (j), (count));                                                   \
  } while (0)
#define GBWD_UNIT(j, count, i0, i1, iout, LD, ST) GBWD_AT(base, j, count, LD, ST)
#define GBWD_TILE(j, LDV, STV) ND_TILE_AS_ROWS(5, GBWD_AT, j)

#if CLACT_FUSED == 1
__kernel void clact_gated_bwd_nd(const uint rank, const ulong8 size, const ulong units,
                                 __global const storage *xa, const ulong a_off, const ulong8 a_st,
                                 __global const storage *xb, const ulong b_off, const ulong8 b_st,
                                 __global const storage *dy, const ulong dy_off, const ulong8 dy_st,
                                 __global storage *da, const ulong da_off, const ulong8 da_st,
                                 __global storage *db, const ulong db_off, const ulong8 db_st,
                                 const real p0, const real p1, const real alpha, const real beta) {
  ND_WALK(5, GBWD_UNIT, GBWD_TILE)
}
#endif
#undef ND_STRIDES

/* ---- clamped gates (GPT-OSS's SwiGLU): a' = min(a, limit), b' = clamp(b, -limit, limit),
 * y = g(a') (b' + 1). NaN passes through the clamps (compare and select, not fmin). The
 * backward is PyTorch's autograd of that expression: clamp passes the gradient where
 * the input lies inside the closed range (at exactly the limit too) and gives 0 outside,
 * whatever the incoming gradient: da = dy (b' + 1) g'(a') where a <= limit, else 0;
 * db = dy g(a') where -limit <= b <= limit, else 0. */
#define CLAMP_A(A)   select((A), (realv)limit, (A) > limit)
#define CLAMP_B1(B)  (select(select((B), (realv)limit, (B) > limit), (realv)-limit, (B) < -limit) + (real)1)

#undef ND_STRIDES
#define ND_STRIDES(st, off0)                                                                       \
  vstore8(a_st, 0, st[0]);                                                                         \
  vstore8(b_st, 0, st[1]);                                                                         \
  vstore8(y_st, 0, st[2]);                                                                         \
  off0[0] = a_off, off0[1] = b_off, off0[2] = y_off;
#define CFWD_AT(BASE, j, count, LD, ST)                                                            \
  do {                                                                                             \
    const realv a_ = LD(xa + BASE[0], inc[0], (j), (count));                                       \
    const realv b_ = LD(xb + BASE[1], inc[1], (j), (count));                                       \
    realv r_ = gated_y_out(CLAMP_A(a_), CLAMP_B1(b_), p0, p1, alpha);                              \
    if (beta != 0) r_ += beta * LD(y + BASE[2], inc[2], (j), (count));                             \
    ST(r_, y + BASE[2], inc[2], (j), (count));                                                     \
  } while (0)
#define CFWD_UNIT(j, count, i0, i1, iout, LD, ST) CFWD_AT(base, j, count, LD, ST)
#define CFWD_TILE(j, LDV, STV)                    ND_TILE_AS_ROWS(3, CFWD_AT, j)

#if CLACT_FUSED == 2
__kernel void clact_gated_clamped_fwd_nd(const uint rank, const ulong8 size, const ulong units,
                                         __global const storage *xa, const ulong a_off,
                                         const ulong8 a_st, __global const storage *xb,
                                         const ulong b_off, const ulong8 b_st,
                                         __global storage *y, const ulong y_off, const ulong8 y_st,
                                         const real p0, const real p1, const real alpha,
                                         const real beta, const real limit) {
  ND_WALK(3, CFWD_UNIT, CFWD_TILE)
}
#endif
#undef ND_STRIDES

#define ND_STRIDES(st, off0)                                                                       \
  vstore8(a_st, 0, st[0]);                                                                         \
  vstore8(b_st, 0, st[1]);                                                                         \
  vstore8(dy_st, 0, st[2]);                                                                        \
  vstore8(da_st, 0, st[3]);                                                                        \
  vstore8(db_st, 0, st[4]);                                                                        \
  off0[0] = a_off, off0[1] = b_off, off0[2] = dy_off, off0[3] = da_off, off0[4] = db_off;
#define CBWD_AT(BASE, j, count, LD, ST)                                                            \
  do {                                                                                             \
    const realv a_ = LD(xa + BASE[0], inc[0], (j), (count));                                       \
    const realv b_ = LD(xb + BASE[1], inc[1], (j), (count));                                       \
    const realv g_ = LD(dy + BASE[2], inc[2], (j), (count));                                       \
    const realv ac_ = CLAMP_A(a_);                                                                 \
    realv ra_ = select(gated_da_out(ac_, CLAMP_B1(b_), g_, p0, p1, alpha), (realv)0, a_ > limit);  \
    realv rb_ = select(gated_db_out(ac_, g_, p0, p1, alpha), (realv)0, b_ > limit || b_ < -limit); \
    if (beta != 0) {                                                                               \
      ra_ += beta * LD(da + BASE[3], inc[3], (j), (count));                                        \
      rb_ += beta * LD(db + BASE[4], inc[4], (j), (count));                                        \
    }                                                                                              \
    ST(ra_, da + BASE[3], inc[3], (j), (count));                                                   \
    ST(rb_, db + BASE[4], inc[4], (j), (count));                                                   \
  } while (0)
#define CBWD_UNIT(j, count, i0, i1, iout, LD, ST) CBWD_AT(base, j, count, LD, ST)
#define CBWD_TILE(j, LDV, STV)                    ND_TILE_AS_ROWS(5, CBWD_AT, j)

#if CLACT_FUSED == 3
__kernel void clact_gated_clamped_bwd_nd(
    const uint rank, const ulong8 size, const ulong units, __global const storage *xa,
    const ulong a_off, const ulong8 a_st, __global const storage *xb, const ulong b_off,
    const ulong8 b_st, __global const storage *dy, const ulong dy_off, const ulong8 dy_st,
    __global storage *da, const ulong da_off, const ulong8 da_st, __global storage *db,
    const ulong db_off, const ulong8 db_st, const real p0, const real p1, const real alpha,
    const real beta, const real limit) {
  ND_WALK(5, CBWD_UNIT, CBWD_TILE)
}
#endif
#undef ND_STRIDES
