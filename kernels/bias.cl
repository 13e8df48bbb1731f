/* bias.cl — an activation with a bias fused in, on N-D views (views.cl's walk):
 *
 *   forward   y  = alpha f(x + bias) + beta y
 *   backward  dx = alpha dy f'(x + bias) + beta dx
 *
 * bias is a view broadcast over the call's shape (per channel of NCHW or NHWC, per
 * feature of [tokens, features]); x + bias is formed in the compute precision (float for
 * f16 and bf16), never rounded to storage first. dbias is bias_grad.cl's.
 *
 * Built after views.cl (ND_TILE_AS_ROWS); CLACT_FUSED picks the one kernel compiled, as in
 * gated.cl.
 */
/* The formulas out of line, as in gated.cl (a unit is expanded six times by ND_WALK). */
#if CLACT_FUSED == 0
CLACT_OUTLINE realv bias_y_out(realv s, real p0, real p1, real alpha) {
  return ND_FWD(s);
}
#else
CLACT_OUTLINE realv bias_dx_out(realv s, realv dy, real p0, real p1, real alpha) {
  return ND_BWD(BWD, s, dy);
}
#endif

#undef ND_STRIDES
#define ND_STRIDES(st, off0)                                                                       \
  vstore8(x_st, 0, st[0]);                                                                         \
  vstore8(c_st, 0, st[1]);                                                                         \
  vstore8(y_st, 0, st[2]);                                                                         \
  off0[0] = x_off, off0[1] = c_off, off0[2] = y_off;
#define BFWD_AT(BASE, j, count, LD, ST)                                                            \
  do {                                                                                             \
    realv r_ = bias_y_out(LD(x + BASE[0], inc[0], (j), (count)) +                                  \
                              LD(bias + BASE[1], inc[1], (j), (count)),                            \
                          p0, p1, alpha);                                                          \
    if (beta != 0) r_ += beta * LD(y + BASE[2], inc[2], (j), (count));                             \
    ST(r_, y + BASE[2], inc[2], (j), (count));                                                     \
  } while (0)
#define BFWD_UNIT(j, count, i0, i1, iout, LD, ST) BFWD_AT(base, j, count, LD, ST)
#define BFWD_TILE(j, LDV, STV)                    ND_TILE_AS_ROWS(3, BFWD_AT, j)

#if CLACT_FUSED == 0
__kernel void clact_bias_fwd_nd(const uint rank, const ulong8 size, const ulong units,
                                __global const storage *x, const ulong x_off, const ulong8 x_st,
                                __global const storage *bias, const ulong c_off, const ulong8 c_st,
                                __global storage *y, const ulong y_off, const ulong8 y_st,
                                const real p0, const real p1, const real alpha, const real beta) {
  ND_WALK(3, BFWD_UNIT, BFWD_TILE)
}
#endif
#undef ND_STRIDES

#define ND_STRIDES(st, off0)                                                                       \
  vstore8(x_st, 0, st[0]);                                                                         \
  vstore8(c_st, 0, st[1]);                                                                         \
  vstore8(dy_st, 0, st[2]);                                                                        \
  vstore8(dx_st, 0, st[3]);                                                                        \
  off0[0] = x_off, off0[1] = c_off, off0[2] = dy_off, off0[3] = dx_off;
#define BBWD_AT(BASE, j, count, LD, ST)                                                            \
  do {                                                                                             \
    realv r_ = bias_dx_out(LD(x + BASE[0], inc[0], (j), (count)) +                                 \
                               LD(bias + BASE[1], inc[1], (j), (count)),                           \
                           LD(dy + BASE[2], inc[2], (j), (count)), p0, p1, alpha);                                     \
    if (beta != 0) r_ += beta * LD(dx + BASE[3], inc[3], (j), (count));                            \
    ST(r_, dx + BASE[3], inc[3], (j), (count));                                                    \
  } while (0)
#define BBWD_UNIT(j, count, i0, i1, iout, LD, ST) BBWD_AT(base, j, count, LD, ST)
#define BBWD_TILE(j, LDV, STV)                    ND_TILE_AS_ROWS(4, BBWD_AT, j)

#if CLACT_FUSED == 1
__kernel void clact_bias_bwd_nd(const uint rank, const ulong8 size, const ulong units,
                                __global const storage *x, const ulong x_off, const ulong8 x_st,
                                __global const storage *bias, const ulong c_off, const ulong8 c_st,
                                __global const storage *dy, const ulong dy_off, const ulong8 dy_st,
                                __global storage *dx, const ulong dx_off, const ulong8 dx_st,
                                const real p0, const real p1, const real alpha, const real beta) {
  ND_WALK(4, BBWD_UNIT, BBWD_TILE)
}
#endif
#undef ND_STRIDES
