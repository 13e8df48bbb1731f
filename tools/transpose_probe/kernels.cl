/* kernels.cl — the probe's kernels (probe.c): relu of 2^24 floats, as [1024][128][128]
 * matrices, each work-item a block of 16 output rows (8 tiles of 16 x 16, as views.cl's
 * CPU tile walk at VW 16), global 8192 and local 16 as clact launches them.
 *   copy16        the 1-D relu: whole aligned vectors, in order
 *   copy16nt      the same with streaming stores
 *   tp_out        the transpose: 16 row loads, an in-register transpose, 16 row stores
 *   tp_out_notr   its memory accesses without the transpose (a wrong result, on purpose)
 *   tp_out_nt     tp_out with streaming stores
 *   tp_out_pf2nt  tp_out_nt with a prefetch of the input rows two tiles ahead
 * x86-64 clang builtins (__builtin_nontemporal_store, __builtin_prefetch): PoCL's CPU
 * device. */
typedef float16 V;
typedef uint16 M;
/* one round of the 16 x 16 transpose: swaps the off-diagonal h x h blocks */
#define SWAP(t, h, LO, HI)                                                                         \
  for (uint i = 0; i < 16; ++i) {                                                                  \
    if ((i & h) != 0) continue;                                                                    \
    const V a = t[i], b = t[i + h];                                                                \
    t[i] = shuffle2(a, b, (M)LO);                                                                  \
    t[i + h] = shuffle2(a, b, (M)HI);                                                              \
  }
#define TRANSPOSE(t)                                                                               \
  do {                                                                                             \
    SWAP(t, 8, (0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23),                           \
         (8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31))                           \
    SWAP(t, 4, (0, 1, 2, 3, 16, 17, 18, 19, 8, 9, 10, 11, 24, 25, 26, 27),                         \
         (4, 5, 6, 7, 20, 21, 22, 23, 12, 13, 14, 15, 28, 29, 30, 31))                             \
    SWAP(t, 2, (0, 1, 16, 17, 4, 5, 20, 21, 8, 9, 24, 25, 12, 13, 28, 29),                         \
         (2, 3, 18, 19, 6, 7, 22, 23, 10, 11, 26, 27, 14, 15, 30, 31))                             \
    SWAP(t, 1, (0, 16, 2, 18, 4, 20, 6, 22, 8, 24, 10, 26, 12, 28, 14, 30),                        \
         (1, 17, 3, 19, 5, 21, 7, 23, 9, 25, 11, 27, 13, 29, 15, 31))                              \
  } while (0)
#define RELU(v)   fmax((v), (V)0)
#define LOAD(p)   (*(__global const V *)(p))
#define STORE(v, p) (*(__global V *)(p) = (v))
#define STREAM(v, p) __builtin_nontemporal_store((v), (__global V *)(p))
#define NO_TRANSPOSE(t) ((void)0)

__kernel void copy16(__global const float *x, __global float *y) {
  const size_t w = get_global_id(0);
  for (size_t u = w * 128; u < w * 128 + 128; ++u)
    STORE(RELU(LOAD(x + u * 16)), y + u * 16);
}
__kernel void copy16nt(__global const float *x, __global float *y) {
  const size_t w = get_global_id(0);
  for (size_t u = w * 128; u < w * 128 + 128; ++u)
    STREAM(RELU(LOAD(x + u * 16)), y + u * 16);
  __builtin_ia32_sfence();
}

/* Block b: output rows r0 .. r0 + 15 of matrix m; tile j reads input rows 16 j .. 16 j + 15
 * at column r0 (512 bytes apart) and writes output rows r0 .. r0 + 15 at column 16 j. */
#define TP_KERNEL(NAME, TR, ST, PREFETCH)                                                          \
  __kernel void NAME(__global const float *x, __global float *y) {                                 \
    const size_t b = get_global_id(0), m = b / 8, r0 = (b % 8) * 16;                               \
    __global const float *xm = x + m * 16384;                                                      \
    __global float *ym = y + m * 16384;                                                            \
    for (uint j = 0; j < 8; ++j) {                                                                 \
      V t[16];                                                                                     \
      for (uint k = 0; k < 16; ++k) {                                                              \
        t[k] = LOAD(xm + (j * 16 + k) * 128 + r0);                                                 \
        if (PREFETCH && j + 2 < 8) __builtin_prefetch(xm + ((j + 2) * 16 + k) * 128 + r0);         \
      }                                                                                            \
      TR(t);                                                                                       \
      for (uint k = 0; k < 16; ++k)                                                                \
        ST(RELU(t[k]), ym + (r0 + k) * 128 + j * 16);                                              \
    }                                                                                              \
    __builtin_ia32_sfence();                                                                       \
  }
TP_KERNEL(tp_out, TRANSPOSE, STORE, 0)
TP_KERNEL(tp_out_notr, NO_TRANSPOSE, STORE, 0)
TP_KERNEL(tp_out_nt, TRANSPOSE, STREAM, 0)
TP_KERNEL(tp_out_pf2nt, TRANSPOSE, STREAM, 1)
