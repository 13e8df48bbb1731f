/* bias_grad.cl — dbias = the sum of dx over the dimensions the bias broadcasts along.
 *
 * Deterministic: each dbias element is summed by one work-item, over its dx elements in
 * row-major order of the reduced dimensions, with a compensated (Neumaier) sum in the
 * compute precision, rounded once to storage. The order depends on the shape alone, so
 * every run, launch shape (grid-stride or not) and device gives the same bits.
 *
 * Host arguments: the kept dimensions (those of the bias: nk sizes, dx's and dbias's
 * strides) and the reduced ones (nr sizes, dx's strides), outermost first.
 */
__kernel void clact_bias_grad(const uint nk, const ulong8 ksize, const ulong8 kdx_st,
                              const ulong8 kdb_st, const ulong nkept, const uint nr,
                              const ulong8 rsize, const ulong8 rdx_st, const ulong nred,
                              __global const storage *dx, const ulong dx_off,
                              __global storage *db, const ulong db_off) {
  ulong ks[8], kx[8], kb[8], rs[8], rx[8];
  vstore8(ksize, 0, ks), vstore8(kdx_st, 0, kx), vstore8(kdb_st, 0, kb);
  vstore8(rsize, 0, rs), vstore8(rdx_st, 0, rx);
  for (ulong e = get_global_id(0); e < nkept; e += get_global_size(0)) {
    ulong q = e, xo = dx_off, bo = db_off;
    for (int d = (int)nk - 1; d >= 0; --d) {
      const ulong n = q / ks[d], i = q - n * ks[d];
      q = n;
      xo += i * kx[d], bo += i * kb[d];
    }
    ulong idx[8] = {0, 0, 0, 0, 0, 0, 0, 0}, ro = 0;
    real s = 0, c = 0;
    for (ulong r = 0; r < nred; ++r) {
      const real v = load_1(xo + ro, dx);
      const real t = s + v;
      c += fabs(s) >= fabs(v) ? (s - t) + v : (v - t) + s;
      s = t;
      for (int d = (int)nr - 1; d >= 0; --d) { /* odometer over the reduced dimensions */
        ++idx[d];
        ro += rx[d];
        if (idx[d] < rs[d]) break;
        ro -= rs[d] * rx[d];
        idx[d] = 0;
      }
    }
    store_1(isfinite(s) ? s + c : s, bo, db); /* inf or NaN: the compensation is NaN */
  }
}
