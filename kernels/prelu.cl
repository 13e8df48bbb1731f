/* prelu.cl — PReLU with one slope per channel, read from a buffer (host/prelu.c).
 *
 *   y = x if x > 0, else slope[c] x            (PyTorch: max(0, x) + w min(0, x))
 *   dx = dy if x > 0, else slope[c] dy
 *   dslope[c] = sum over the elements of channel c with x <= 0 of x dy
 *
 * Element i of a dense tensor belongs to channel (i / inner) % channels: inner = 1 is
 * channels-last (NHWC), inner = H * W channels-first (NCHW). Views are dense, from an
 * element offset. Scalar code: the slope gather would defeat the vector loads.
 */

CLACT_INLINE ulong prelu_channel(ulong i, ulong channels, ulong inner) {
  return (i / inner) % channels;
}

__kernel void clact_prelu_fwd(const ulong n, const ulong channels, const ulong inner,
                              __global const storage *x, const ulong x_off,
                              __global const storage *w, const ulong w_off, __global storage *y,
                              const ulong y_off) {
  for (ulong i = get_global_id(0); i < n; i += get_global_size(0)) {
    const real xv = load_1(x_off + i, x);
    const real wv = load_1(w_off + prelu_channel(i, channels, inner), w);
    store_1(xv > 0 ? xv : wv * xv, y_off + i, y); /* NaN: w * NaN is NaN */
  }
}

__kernel void clact_prelu_bwd(const ulong n, const ulong channels, const ulong inner,
                              __global const storage *x, const ulong x_off,
                              __global const storage *w, const ulong w_off,
                              __global const storage *dy, const ulong dy_off,
                              __global storage *dx, const ulong dx_off) {
  for (ulong i = get_global_id(0); i < n; i += get_global_size(0)) {
    const real xv = load_1(x_off + i, x);
    const real d = load_1(dy_off + i, dy);
    const real wv = load_1(w_off + prelu_channel(i, channels, inner), w);
    const real r = xv > 0 ? d : wv * d;
    store_1(isnan(xv) ? xv : r, dx_off + i, dx); /* NaN in x gives NaN, as everywhere */
  }
}

/* Neumaier's compensated sum: s + *c holds the sum of the terms to about an ulp of it
 * whatever their number and signs. At an infinite s the compensation is not used. */
CLACT_INLINE void prelu_add(real *s, real *c, real term) {
  const real t = *s + term;
  *c += fabs(*s) >= fabs(term) ? (*s - t) + term : (term - t) + *s;
  *s = t;
}
CLACT_INLINE real prelu_total(real s, real c) { return isinf(s) ? s : s + c; }

/* Pass 1: work-item j = b * channels + c sums block b of channel c's elements: element
 * m of a channel (m < per_channel) is ((m / inner) * channels + c) * inner + m % inner, and
 * block b holds m in [b * per_block, (b + 1) * per_block). The split depends on the shape
 * only, so the result is the same on every device and every run. */
__kernel void clact_prelu_dslope_partial(const ulong per_channel, const ulong per_block,
                                         const ulong blocks, const ulong channels,
                                         const ulong inner, __global const storage *x,
                                         const ulong x_off, __global const storage *dy,
                                         const ulong dy_off, __global real *partial) {
  const ulong j = get_global_id(0);
  if (j >= blocks * channels) return;
  const ulong c = j % channels, b = j / channels;
  const ulong m0 = b * per_block, m1 = min(m0 + per_block, per_channel);
  real s = 0, comp = 0;
  for (ulong m = m0; m < m1; ++m) {
    const ulong i = ((m / inner) * channels + c) * inner + m % inner;
    const real xv = load_1(x_off + i, x);
    /* x <= 0 contributes x dy; a NaN x fails x > 0 and carries its NaN into the sum */
    prelu_add(&s, &comp, xv > 0 ? (real)0 : xv * load_1(dy_off + i, dy));
  }
  partial[j] = prelu_total(s, comp);
}

/* Pass 2: channel c adds its blocks in order. */
__kernel void clact_prelu_dslope_final(const ulong blocks, const ulong channels,
                                       __global const real *partial, __global storage *ds,
                                       const ulong ds_off) {
  const ulong c = get_global_id(0);
  if (c >= channels) return;
  real s = 0, comp = 0;
  for (ulong b = 0; b < blocks; ++b) prelu_add(&s, &comp, partial[b * channels + c]);
  store_1(prelu_total(s, comp), ds_off + c, ds);
}
