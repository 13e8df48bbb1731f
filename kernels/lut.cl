/* lut.cl — y = table[x] over 8-bit codes: the kernel of every 8-bit activation
 * (host/quant.c builds the table). It moves bytes only, so one kernel per
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

/* Where the work-items read the table: local memory (the default: a work-group copies it
 * there first), or straight from __constant with -DCLACT_LUT_CONSTANT. Measured on PoCL
 * (docs/QUANTIZED.md): local 11.9 ms, constant 20.7 ms per 2^24 u8 codes (medians of 3);
 * on GPUs, divergent __constant reads serialize, local ones do not. */
#ifdef CLACT_LUT_CONSTANT
#define LUT_SPACE __constant
#else
#define LUT_SPACE __local
#endif

/* Sixteen codes at once: one 16-byte load, sixteen table reads, one vector store. */
inline lut16_t lookup16(uchar16 c, LUT_SPACE const lut_t *t) {
  return (lut16_t)(t[c.s0], t[c.s1], t[c.s2], t[c.s3], t[c.s4], t[c.s5], t[c.s6], t[c.s7],
                   t[c.s8], t[c.s9], t[c.sa], t[c.sb], t[c.sc], t[c.sd], t[c.se], t[c.sf]);
}

/* This work-item's elements: [*first, *last) by *step. CPU (CLACT_CONTIGUOUS): one block,
 * its length a multiple of `grain` elements, step 1; GPU: every get_global_size(0)-th,
 * so that neighbouring work-items take neighbouring elements (coalesced). */
inline void lut_range(ulong n, ulong grain, ulong *first, ulong *last, ulong *step) {
  const ulong gid = get_global_id(0), gsize = get_global_size(0);
#ifdef CLACT_CONTIGUOUS
  const ulong per = ((n + gsize - 1) / gsize + grain - 1) / grain * grain;
  *first = min(gid * per, n);
  *last = min(*first + per, n);
  *step = 1;
#else
  *first = gid, *last = n, *step = gsize;
#endif
}

/* y = T[x] element by element, for any strides. */
#define LUT_STRIDED(T, first, last, step)                                                          \
  for (ulong e_ = (first); e_ < (last); e_ += (step))                                              \
    y[yo + e_ * ys] = (T)[x[xo + e_ * xs]];

__kernel void clact_lut(ulong n, __global const uchar *x, ulong xo, ulong xs, __global lut_t *y,
                        ulong yo, ulong ys, __constant const lut_t *table) {
#ifdef CLACT_LUT_CONSTANT
  __constant const lut_t *T = table;
#else
  __local lut_t T[256];
  for (uint k = get_local_id(0); k < 256; k += get_local_size(0))
    T[k] = table[k];
  barrier(CLK_LOCAL_MEM_FENCE);
#endif
  ulong i, end, step; /* after the barrier: every work-item reaches it */
  lut_range(n, 16, &i, &end, &step); /* CPU: blocks of whole 16-element groups */
#ifdef CLACT_CONTIGUOUS
  if (xs == 1 && ys == 1) {
    __global const uchar *xp = x + xo;
    __global lut_t *yp = y + yo;
    /* whole-vector accesses where both views are 16-aligned (every block starts at a
     * multiple of 16): PoCL splits vstore16 of bytes into 16 single-byte stores */
    if (((xo | yo) & 15) == 0) {
      for (; i + 16 <= end; i += 16)
        *(__global lut16_t *)(yp + i) = lookup16(*(__global const uchar16 *)(xp + i), T);
    }
    for (; i + 16 <= end; i += 16)
      vstore16(lookup16(vload16(0, xp + i), T), 0, yp + i);
    for (; i < end; ++i)
      yp[i] = T[xp[i]];
    return;
  }
#endif
  LUT_STRIDED(T, i, end, step)
}

/* y = table[x] for 16-bit codes (f16, bf16 inputs to an 8-bit output): 65536 entries, too
 * many for local memory everywhere, read from global memory (64 KiB: cached). */
__kernel void clact_lut16(ulong n, __global const ushort *x, ulong xo, ulong xs, __global lut_t *y,
                          ulong yo, ulong ys, __global const lut_t *table) {
  ulong first, last, step;
  lut_range(n, 1, &first, &last, &step);
  LUT_STRIDED(table, first, last, step)
}
