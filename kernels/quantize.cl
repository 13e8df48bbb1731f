/* quantize.cl — the quantizing activation from f32 and f64 (host/quant.c,
 * docs/QUANTIZED.md): y = the 8-bit code of f(x), f computed by the activation's own
 * formula in the compute precision, exactly as clact_fwd computes it (alpha 1, beta 0),
 * then rounded to the 8-bit format by the thresholds the host found
 * (host/quant_thresholds.c): the code of v is code[number of thresholds <= v]. The
 * rounding adds no error of its own; what is bounded is v, by the float path's ulp bound.
 *
 * Appended to an activation's program (after elementwise.cl, whose my_range and gather it
 * uses); built for f32 and f64 storage only. */
#if CLACT_DTYPE == 0 || CLACT_DTYPE == 3

/* The code of one computed value. thr[1 .. 255] ascending, NaN past the last rank (a NaN
 * threshold compares false, so the search stops below it); magnitude: fp8, whose sign
 * bit is copied from v (so -0.0 and small negative values keep their sign). */
CLACT_INLINE uchar quantize_one(real v, __constant const real *thr, __constant const uchar *code,
                                uint magnitude, uint nan_code) {
  if (isnan(v)) return (uchar)nan_code;
  const real a = magnitude ? fabs(v) : v;
  uint r = 0;
  for (uint s = 128; s != 0; s >>= 1)
    if (thr[r + s] <= a) r += s;
  return (uchar)(code[r] | (magnitude && signbit(v) ? 0x80 : 0));
}

__kernel void clact_fwd_q(const ulong n, __global const storage *x, const ulong x_off,
                          const ulong x_inc, __global uchar *y, const ulong y_off,
                          const ulong y_inc, const real p0, const real p1,
                          __constant const uchar *table, const uint magnitude,
                          const uint nan_code) {
  /* one buffer: 256 thresholds, then the 256 codes of the ranks */
  __constant const real *thr = (__constant const real *)table;
  __constant const uchar *code = table + 256 * sizeof(real);
  x += x_off;
  y += y_off;
  const ulong nv = (n + VW - 1) / VW; /* the last vector may be partial */
  ulong i, last, step;
  my_range(nv, &i, &last, &step);
  for (; i < last; i += step) {
    const uint count = (uint)min((ulong)VW, n - i * VW);
    const realv in = count == VW && x_inc == 1 ? load_v(i, x) : gather(x, x_inc, i, count);
    lanes f;
    f.v = sc_finish(FWD(in, p0, p1), (real)1);
    for (uint k = 0; k < count; ++k)
      y[(i * VW + k) * y_inc] = quantize_one(f.s[k], thr, code, magnitude, nan_code);
  }
}

#endif
