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
 * aligned loop (bias_y_1, bias_dx_1), as in gated.cl (views.cl, ND_HOT); on the CPU that
 * loop is a function of its own with no call inside (views.cl, ND_RUN_FN), so the
 * formula's constants stay in registers as in the 1-D kernel (bench/results/s13-bias/). */
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

/* The backward's streaming loops prefetch x and dy 8 KiB ahead into L2 only (prefetcht1)
 * and the bias row not at all (views.cl, ND_STREAM_UNITS_LOOP). The rows walk's own prefetch
 * (2 KiB ahead into L1, every input) brings x's and dy's lines into L1, where they push out
 * the bias row (16 KiB at 4096 floats, half of Zen's 32 KiB L1D) before the next row needs
 * it. One PoCL thread on the AMD EPYC host, bias + relu backward f32 as a fraction of copy's
 * speed: [4096, 4096] 0.76 -> 0.85-0.94, 1024 columns 0.86 -> 0.99, 16384 0.74 -> 0.88;
 * 8 KiB ahead into every cache (prefetcht0) gave 0.75. The forward gained nothing from
 * any of these prefetches (0.62-0.69 against 0.68-0.69) and keeps the row walk's. Row
 * tiles that keep a bias slice in L1 across rows measured slower: bench/results/s20-bias/. */
#if CLACT_FUSED == 1
#undef ND_STREAM_PF_AHEAD
#define ND_STREAM_PF_AHEAD ((ulong)(8192 / sizeof(storage)))
#undef ND_STREAM_PF_LOCALITY
#define ND_STREAM_PF_LOCALITY 2
#undef ND_STREAM_PF_SKIP
#define ND_STREAM_PF_SKIP 1 /* the bias: views x, bias, dy */
#endif

/* Each kernel is views.cl's fused kernel over its element (ND_ELEMENT); x + bias is formed
 * in the compute precision. */
#define BIAS_Y_OF(H, X, C)      CLACT_CAT(bias_y_, H)((X) + (C), p0, p1, alpha)
#define BIAS_DX_OF(H, X, C, DY) CLACT_CAT(bias_dx_, H)((X) + (C), (DY), p0, p1, alpha)

/* y = alpha f(x + bias) + beta y: views x, bias, y. */
#if CLACT_FUSED == 0
#define ND_ELEMENT(...) ND_FUSED_2_1(BIAS_Y_OF, x, bias, y, __VA_ARGS__)
ND_FUSED_KERNEL3(clact_bias_fwd_nd, x, bias, y, ND_TAIL)
#endif

/* dx = alpha dy f'(x + bias) + beta dx: views x, bias, dy, dx. */
#if CLACT_FUSED == 1
#define ND_ELEMENT(...) ND_FUSED_3_1(BIAS_DX_OF, x, bias, dy, dx, __VA_ARGS__)
ND_FUSED_KERNEL4(clact_bias_bwd_nd, x, bias, dy, dx, ND_TAIL)
#endif
