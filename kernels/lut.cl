/* lut.cl — y = table[x] over 8-bit codes: the kernel of every 8-bit activation
 * (host/quant.c builds the 256-entry table). It moves bytes only, so one kernel per
 * output element size serves every activation and format.
 *
 * Build options: LUT_BYTES (1, 2, 4 or 8: the output element size) and, on devices where
 * each work-item walks one block (CPUs), CLACT_CONTIGUOUS.
 */
#ifndef LUT_BYTES
#define LUT_BYTES 1
#endif
#if LUT_BYTES == 1
typedef uchar lut_t;
typedef uchar16 lut16_t;
#elif LUT_BYTES == 2
typedef ushort lut_t;
typedef ushort16 lut16_t;
#elif LUT_BYTES == 4
typedef uint lut_t;
typedef uint16 lut16_t;
#else
typedef ulong lut_t;
typedef ulong16 lut16_t;
#endif

/* Sixteen codes at once: one 16-byte load, sixteen table reads, one vector store. */
inline lut16_t lookup16(uchar16 c, __constant const lut_t *t) {
  return (lut16_t)(t[c.s0], t[c.s1], t[c.s2], t[c.s3], t[c.s4], t[c.s5], t[c.s6], t[c.s7],
                   t[c.s8], t[c.s9], t[c.sa], t[c.sb], t[c.sc], t[c.sd], t[c.se], t[c.sf]);
}

__kernel void clact_lut(ulong n, __global const uchar *x, ulong xo, ulong xs, __global lut_t *y,
                        ulong yo, ulong ys, __constant const lut_t *table) {
  const ulong gid = get_global_id(0), gsize = get_global_size(0);
#ifdef CLACT_CONTIGUOUS
  /* one block of whole 16-element groups per work-item */
  const ulong per = (((n + gsize - 1) / gsize) + 15) & ~(ulong)15;
  const ulong begin = gid * per;
  const ulong end = begin + per < n ? begin + per : n;
  if (begin >= n) return;
  if (xs == 1 && ys == 1) {
    __global const uchar *xp = x + xo;
    __global lut_t *yp = y + yo;
    ulong i = begin;
    for (; i + 16 <= end; i += 16)
      vstore16(lookup16(vload16(0, xp + i), table), 0, yp + i);
    for (; i < end; ++i)
      yp[i] = table[xp[i]];
  } else {
    for (ulong i = begin; i < end; ++i)
      y[yo + i * ys] = table[x[xo + i * xs]];
  }
#else
  /* neighbouring work-items take neighbouring elements (coalesced on GPUs) */
  for (ulong i = gid; i < n; i += gsize)
    y[yo + i * ys] = table[x[xo + i * xs]];
#endif
}
