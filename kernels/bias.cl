/* bias.cl — an activation with a bias fused in, on N-D views (views.cl's walk):
 *
 *   forward   y  = alpha f(x + bias) + beta y
 *   backward  dx = alpha dy f'(x + bias) + beta dx
 *
 * bias is a view broadcast over the call's shape (per channel of NCHW or NHWC, per
 * feature of [tokens, features]); x + bias is formed in the compute precision (float for
 * f16 and bf16), never rounded to storage first. dbias is bias_grad.cl's.
 *
 * Built after views.cl (ND_FUSED_KERNELn); CLACT_FUSED picks the one kernel compiled, as in
 * gated.cl.
 */
/* The formulas out of line (bias_y_0, bias_dx_0) but inlined in the rows walk's dense
 * aligned loop (bias_y_1, bias_dx_1), as in gated.cl (views.cl, ND_HOT). */
#if CLACT_FUSED == 0
CLACT_INLINE realv bias_y_1(realv s, real p0, real p1, real alpha) {
  return ND_FWD(s);
}
CLACT_OUTLINE realv bias_y_0(realv s, real p0, real p1, real alpha) {
  return ND_FWD(s);
}
#else
CLACT_INLINE realv bias_dx_1(realv s, realv dy, real p0, real p1, real alpha) {
  return ND_BWD(BWD, s, dy);
}
CLACT_OUTLINE realv bias_dx_0(realv s, realv dy, real p0, real p1, real alpha) {
  return ND_BWD(BWD, s, dy);
}
#endif

/* Each kernel is views.cl's fused kernel over its element (ND_ELEMENT); x + bias is formed
 * in the compute precision. */
#define BIAS_Y_OF(H, X, C)      CLACT_CAT(bias_y_, H)((X) + (C), p0, p1, alpha)
#define BIAS_DX_OF(H, X, C, DY) CLACT_CAT(bias_dx_, H)((X) + (C), (DY), p0, p1, alpha)

/* The rows walk's dense aligned units (a [rows, features] call with its per-feature bias:
 * ND_ROWS_DENSE with ND_LOAD_R) in a loop of their own, out of line: NAME(VIEWS, j, je, p0,
 * p1, alpha, beta) runs units [j, je) of one row part on the views' row starts: for each
 * unit the prefetches PF (on the inputs' pointers in VIEWS, ND_DENSE_PARTS's pp_), then the
 * kernel's element (ND_ELEMENT, the formula inlined); it returns je. Inlined in the kernel,
 * whose other paths call the formula out of line, the loop held gelu's constants on the
 * stack (a call clobbers every zmm register), reloaded on every vector: 89 (fwd) and 113
 * (bwd) AVX-512 instructions per vector where plain gelu's 1-D loop has 78 and 96
 * (bench/results/s13-bias/). The loop here has no call, as the 1-D loop has none. NV: the
 * number of views. */
#define BIAS_PARAMS(...) __VA_ARGS__
#define BIAS_RUN_FN(NAME, VIEWS, PF, NV)                                                           \
  __attribute__((noinline)) ulong NAME(BIAS_PARAMS VIEWS, ulong j, const ulong je, const real p0,  \
                                       const real p1, const real alpha, const real beta) {         \
    ulong base[NV], inc[NV];                                                                       \
    for (int v = 0; v < NV; ++v)                                                                   \
      base[v] = 0, inc[v] = 1;                                                                     \
    if (BIAS_SPLIT_BETA && beta == 0) {                                                            \
      const real beta = 0;                                                                         \
      BIAS_RUN_LOOP(PF)                                                                            \
    } else {                                                                                       \
      BIAS_RUN_LOOP(PF)                                                                            \
    }                                                                                              \
    return j;                                                                                      \
  }
#define BIAS_RUN_LOOP(PF)                                                                          \
  for (; j < je; ++j) {                                                                            \
    PF;                                                                                            \
    ND_ELEMENT(base, j, VW, ND_LOAD_R, ND_STORE_A);                                                \
  }
/* beta = 0 (no blend) as a loop of its own: the beta test out of the loop, 3 instructions per
 * vector fewer (fwd 77, bwd 92 instructions on AVX-512, plain gelu 78 and 96); the formula's
 * second inlined copy costs the first call's build up to 0.4 s of CPU (bench/results/s13-bias/).
 * -DBIAS_SPLIT_BETA=0 in CLACT_BUILD_OPTIONS: one loop, for A/B runs. */
#ifndef BIAS_SPLIT_BETA
#define BIAS_SPLIT_BETA 1
#endif
#ifdef CLACT_CONTIGUOUS
#undef ND_ROWS_DENSE
#define ND_ROWS_DENSE(LDA, NIN, ...)  CLACT_CAT(BIAS_ROWS_, LDA)(NIN, __VA_ARGS__)
#define BIAS_ROWS_ND_LOAD_A(NIN, ...) ND_DENSE_UNITS(NIN, __VA_ARGS__)
#define BIAS_ROWS_ND_LOAD_R(NIN, ...) ND_DENSE_PARTS(NIN, BIAS_RUN)
#endif

/* y = alpha f(x + bias) + beta y: views x, bias, y. */
#if CLACT_FUSED == 0
#define ND_ELEMENT(...) ND_FUSED_2_1(BIAS_Y_OF, x, bias, y, __VA_ARGS__)
#ifdef CLACT_CONTIGUOUS
BIAS_RUN_FN(bias_fwd_run, (__global const storage *x, __global const storage *bias,
                           __global storage *y, __global const storage *px,
                           __global const storage *pb),
            (ND_PREFETCH(px + j * VW), ND_PREFETCH(pb + j * VW)), 3)
#define BIAS_RUN                                                                                   \
  j = bias_fwd_run(x + base[0], bias + base[1], y + base[2], pp_[0], pp_[1], j, je_, p0, p1,       \
                   alpha, beta)
#endif
ND_FUSED_KERNEL3(clact_bias_fwd_nd, x, bias, y, ND_TAIL)
#endif

/* dx = alpha dy f'(x + bias) + beta dx: views x, bias, dy, dx. */
#if CLACT_FUSED == 1
#define ND_ELEMENT(...) ND_FUSED_3_1(BIAS_DX_OF, x, bias, dy, dx, __VA_ARGS__)
#ifdef CLACT_CONTIGUOUS
BIAS_RUN_FN(bias_bwd_run, (__global const storage *x, __global const storage *bias,
                           __global const storage *dy, __global storage *dx,
                           __global const storage *px, __global const storage *pb,
                           __global const storage *pd),
            (ND_PREFETCH(px + j * VW), ND_PREFETCH(pb + j * VW), ND_PREFETCH(pd + j * VW)), 4)
#define BIAS_RUN                                                                                   \
  j = bias_bwd_run(x + base[0], bias + base[1], dy + base[2], dx + base[3], pp_[0], pp_[1],        \
                   pp_[2], j, je_, p0, p1, alpha, beta)
#endif
ND_FUSED_KERNEL4(clact_bias_bwd_nd, x, bias, dy, dx, ND_TAIL)
#endif
