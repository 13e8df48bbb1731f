/* 8 x 8 float tile transposed with __builtin_shufflevector rounds as views.cl's ND_ROUND
 * (VW = 8), and with shuffle2, for oclgrind --uninitialized */
#define VW 8
typedef float8 realv;
#define ND_TLO(h, l)    (((l) & (h)) ? VW + (l) - (h) : (l))
#define ND_THI(h, l)    (((l) & (h)) ? VW + (l) : (l) + (h))
#define ND_I2(F, h, b)  F(h, b), F(h, b + 1)
#define ND_I4(F, h, b)  ND_I2(F, h, b), ND_I2(F, h, b + 2)
#define ND_I8(F, h, b)  ND_I4(F, h, b), ND_I4(F, h, b + 4)
#define ND_ROUND(h)                                                                                \
  _Pragma("unroll") for (uint i = 0; i < VW; ++i) {                                                \
    if ((i & (h)) != 0) continue;                                                                  \
    const realv a = t[i], b = t[i + (h)];                                                          \
    t[i] = __builtin_shufflevector(a, b, ND_I8(ND_TLO, h, 0));                       \
    t[i + (h)] = __builtin_shufflevector(a, b, ND_I8(ND_THI, h, 0));                 \
  }
inline void nd_transpose(realv *t) { ND_ROUND(4) ND_ROUND(2) ND_ROUND(1) }
__kernel void tr(__global const float *x, __global float *y) {
  realv t[VW];
  const size_t g = get_global_id(0);
  for (uint k = 0; k < VW; ++k) t[k] = vload8(k, x + g * 64);
  nd_transpose(t);
  for (uint k = 0; k < VW; ++k) vstore8(t[k], k, y + g * 64);
}
