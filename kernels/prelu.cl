/* prelu.cl — PReLU with its slope read from a buffer, on N-D views (host/prelu.c).
 *
 *   y = x if x > 0, else w x                    (PyTorch: max(0, x) + w min(0, x))
 *   dx = dy if x > 0, else w dy
 *   dslope = sum of x dy over the elements with x <= 0 that read that slope element
 *
 * Every tensor is a view of the call's shape: rank dimensions of size[] (the host drops
 * those of size 1), per view an element offset and a stride per dimension, 0 where it
 * broadcasts (the slope along every dimension but its channel ones). Element i of the
 * call is the row-major multi-index of i. Scalar code: the slope gather and arbitrary
 * strides would defeat vector loads; the old dense layouts cost the same two divisions
 * per element as before.
 */

/* The element offsets of element i of the call (i < its count) in up to four views with
 * strides SA .. SD (ulong8): a division per dimension but the outermost, whose index is
 * what is left of i. Written out over the vector's components, with no private array and
 * no loop over a runtime index: PoCL then keeps everything in registers and vectorizes
 * across work-items, as it did for the layout-only kernels (an array version ran the
 * layout calls 3-4x slower). */
#define PRELU_DIM(N, i, rank, size, SA, SB, SC, SD, o)                                             \
  if ((N) < (rank)) {                                                                              \
    const ulong q_ = (i) / (size).s##N, k_ = (i)-q_ * (size).s##N;                                 \
    o[0] += k_ * (SA).s##N, o[1] += k_ * (SB).s##N, o[2] += k_ * (SC).s##N,                        \
        o[3] += k_ * (SD).s##N;                                                                    \
    (i) = q_;                                                                                      \
  }
#define PRELU_OFFSETS(i, rank, size, SA, SB, SC, SD, o)                                            \
  do {                                                                                             \
    ulong r_ = (i);                                                                                \
    PRELU_DIM(7, r_, rank, size, SA, SB, SC, SD, o)                                                \
    PRELU_DIM(6, r_, rank, size, SA, SB, SC, SD, o)                                                \
    PRELU_DIM(5, r_, rank, size, SA, SB, SC, SD, o)                                                \
    PRELU_DIM(4, r_, rank, size, SA, SB, SC, SD, o)                                                \
    PRELU_DIM(3, r_, rank, size, SA, SB, SC, SD, o)                                                \
    PRELU_DIM(2, r_, rank, size, SA, SB, SC, SD, o)                                                \
    PRELU_DIM(1, r_, rank, size, SA, SB, SC, SD, o)                                                \
    if ((rank) > 0)                                                                                \
      o[0] += r_ * (SA).s0, o[1] += r_ * (SB).s0, o[2] += r_ * (SC).s0, o[3] += r_ * (SD).s0;      \
  } while (0)

__kernel void clact_prelu_fwd(const uint rank, const ulong8 size, const ulong n,
                              __global const storage *x, const ulong x_off, const ulong8 x_st,
                              __global const storage *w, const ulong w_off, const ulong8 w_st,
                              __global storage *y, const ulong y_off, const ulong8 y_st) {
  for (ulong i = get_global_id(0); i < n; i += get_global_size(0)) {
    ulong o[4] = {x_off, w_off, y_off, 0};
    PRELU_OFFSETS(i, rank, size, x_st, w_st, y_st, y_st, o);
    const real xv = load_1(o[0], x);
    const real wv = load_1(o[1], w);
    store_1(xv > 0 ? xv : wv * xv, o[2], y); /* NaN: w * NaN is NaN */
  }
}

__kernel void clact_prelu_bwd(const uint rank, const ulong8 size, const ulong n,
                              __global const storage *x, const ulong x_off, const ulong8 x_st,
                              __global const storage *w, const ulong w_off, const ulong8 w_st,
                              __global const storage *dy, const ulong dy_off, const ulong8 dy_st,
                              __global storage *dx, const ulong dx_off, const ulong8 dx_st) {
  for (ulong i = get_global_id(0); i < n; i += get_global_size(0)) {
    ulong o[4] = {x_off, w_off, dy_off, dx_off};
    PRELU_OFFSETS(i, rank, size, x_st, w_st, dy_st, dx_st, o);
    const real xv = load_1(o[0], x);
    const real d = load_1(o[2], dy);
    const real wv = load_1(o[1], w);
    const real r = xv > 0 ? d : wv * d;
    store_1(isnan(xv) ? xv : r, o[3], dx); /* NaN in x gives NaN, as everywhere */
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

/* Pass 1: work-item j = b * channels + c sums block b of slope element c's terms. The
 * call's dimensions are split in two: the kept ones (k_size, where dslope has the call's
 * size; c is their row-major multi-index) and the reduced ones (r_size, where dslope
 * broadcasts; term m of c is their row-major multi-index m). Block b holds m in
 * [b * per_block, (b + 1) * per_block). The split depends on the shape only, so the
 * result is the same on every device, every run and every launch shape. */
__kernel void clact_prelu_dslope_partial(const uint k_rank, const ulong8 k_size, const uint r_rank,
                                         const ulong8 r_size, const ulong per_channel,
                                         const ulong per_block, const ulong blocks,
                                         const ulong channels, __global const storage *x,
                                         const ulong x_off, const ulong8 x_kst, const ulong8 x_rst,
                                         __global const storage *dy, const ulong dy_off,
                                         const ulong8 dy_kst, const ulong8 dy_rst,
                                         __global real *partial) {
  /* grid-stride: the launch is capped (host/prelu.c), and each j is summed whole by one
   * work-item, so the launch shape changes no bit */
  for (ulong j = get_global_id(0); j < blocks * channels; j += get_global_size(0)) {
    /* c = j - b channels rather than j % channels: clang pairs a / and % of one value
     * into a `freeze`, which oclgrind's uninitialised-value check cannot run */
    const ulong b = j / channels, c = j - b * channels;
    ulong base[4] = {x_off, dy_off, 0, 0};
    PRELU_OFFSETS(c, k_rank, k_size, x_kst, dy_kst, x_kst, x_kst, base);
    const ulong m0 = b * per_block, m1 = min(m0 + per_block, per_channel);
    real s = 0, comp = 0;
    for (ulong m = m0; m < m1; ++m) {
      ulong o[4] = {base[0], base[1], 0, 0};
      PRELU_OFFSETS(m, r_rank, r_size, x_rst, dy_rst, x_rst, x_rst, o);
      const real xv = load_1(o[0], x);
      /* x <= 0 contributes x dy; a NaN x fails x > 0 and carries its NaN into the sum */
      prelu_add(&s, &comp, xv > 0 ? (real)0 : xv * load_1(o[1], dy));
    }
    partial[j] = prelu_total(s, comp);
  }
}

/* Pass 2: slope element c adds its blocks in order and is stored where dslope's view
 * puts index c of the kept dimensions. */
__kernel void clact_prelu_dslope_final(const ulong blocks, const ulong channels, const uint k_rank,
                                       const ulong8 k_size, __global const real *partial,
                                       __global storage *ds, const ulong ds_off,
                                       const ulong8 ds_kst) {
  for (ulong c = get_global_id(0); c < channels; c += get_global_size(0)) {
    real s = 0, comp = 0;
    for (ulong b = 0; b < blocks; ++b)
      prelu_add(&s, &comp, partial[b * channels + c]);
    ulong o[4] = {ds_off, 0, 0, 0};
    PRELU_OFFSETS(c, k_rank, k_size, ds_kst, ds_kst, ds_kst, ds_kst, o);
    store_1(prelu_total(s, comp), o[0], ds);
  }
}
