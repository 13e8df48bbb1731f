/* act_new_rows.cl — the formulas of the rows added with issue #16 (the table's last two):
 *
 *   gelu_quick    x sigmoid(1.702 x)  (CLIP, llama.cpp): swish with beta = 1.702, the
 *                 constant as the compute type holds it (float for f32, f16, bf16)
 *   relu_squared  relu(x)^2 (Primer): one rounding of x * x; f' = 2x, one rounding of
 *                 dy * 2x (2x is exact), so the row is exact (correctly rounded)
 *
 * Built after activations.cl (swish).
 */
/* ---- begin: rows added by issue #16 -------------------------------------------------- */
#if CLACT_REAL_IS_DOUBLE
#define GELU_QUICK_COEF 1.702
#else
#define GELU_QUICK_COEF 1.702f
#endif
CLACT_INLINE scaled fwd_gelu_quick(realv x, real p0, real p1) {
  return fwd_swish(x, (real)GELU_QUICK_COEF, p1);
}
CLACT_INLINE scaled bwd_gelu_quick(realv x, realv dy, real p0, real p1) {
  return bwd_swish(x, dy, (real)GELU_QUICK_COEF, p1);
}

/* NaN stays NaN (NaN * NaN, and NaN <= 0 is false); x <= 0, -0 included, gives +0. */
CLACT_INLINE scaled fwd_relu_squared(realv x, real p0, real p1) {
  return sc_plain(select(x * x, (realv)0, x <= 0));
}
/* f'(0) = 0. NaN in x or dy gives NaN. dy * 2x with 2x exact, except where 2x overflows
 * (x >= 2^127 in float): there (dy x) 2, exact too, since dy x cannot be subnormal. */
CLACT_INLINE scaled bwd_relu_squared(realv x, realv dy, real p0, real p1) {
  const realv two_x = x + x;
  const realv d = select(dy * two_x, (dy * x) * (real)2, isinf(two_x) && !isinf(x));
  return sc_plain(keep_nan(select(d, (realv)0 * dy, x <= 0), x));
}
/* ---- end: rows added by issue #16 ---------------------------------------------------- */
