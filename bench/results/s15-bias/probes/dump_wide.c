/* dump_wide.c: gated backward outputs (da, db) of the value-and-slope gates (swish at beta 1
 * and 1.5, gelu_quick) and gelu, on inputs whose bits are drawn over every exponent (a
 * hash of the index: NaN, +-inf, subnormals, a below EXP_FLOOR where the slope vanishes,
 * dy and b from 2^-149 to 2^128, so products at sc_finish's lowest powers come out
 * subnormal, normal and infinite), f32, f16, bf16 and f64, on the rows walk's dense
 * aligned loop ([64, 4096]) and its out-of-line paths ([37, 4100], an unaligned b), beta
 * 0 and 0.5: raw bytes to stdout, for sha256sum of two library builds; plus the forward,
 * and swish's clamped backward (GPT-OSS's alpha and limit) on the same views.
 * Build: cc -O2 -Iinclude dump_wide.c -Lbuild -lclact -lOpenCL */
#include "clact.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static clact_context *ctx;
static void put(cl_mem m, size_t bytes) {
  void *h = malloc(bytes);
  if (clact_finish(ctx) || clact_buffer_read(ctx, m, 0, bytes, h)) exit(3);
  fwrite(h, 1, bytes, stdout);
  free(h);
}
static unsigned mix(unsigned long long i) {
  i ^= i >> 33, i *= 0xff51afd7ed558ccdull, i ^= i >> 33, i *= 0xc4ceb9fe1a85ec53ull;
  return (unsigned)(i ^ (i >> 33));
}
int main(void) {
  if (clact_context_create(&ctx, NULL)) return 1;
  const size_t B = (size_t)8 << 20; /* bytes per buffer */
  unsigned *h = malloc(B + 16);
  const clact_activation acts[4] = {CLACT_SWISH, CLACT_SWISH, CLACT_GELU_QUICK, CLACT_GELU};
  const double p0[4] = {1.0, 1.5, 0, 0};
  const clact_dtype dts[4] = {CLACT_F32, CLACT_F16, CLACT_BF16, CLACT_F64};
  /* rows, cols, b's extra element offset */
  const size_t shapes[3][3] = {{64, 4096, 0}, {37, 4100, 0}, {40, 1000, 3}};
  cl_mem x, dy, o1, o2;
  if (clact_buffer_create(ctx, B, &x) || clact_buffer_create(ctx, B, &dy) ||
      clact_buffer_create(ctx, B, &o1) || clact_buffer_create(ctx, B, &o2))
    return 1;
  for (int t = 0; t < 4; ++t)
    for (int a = 0; a < 4; ++a)
      for (int s = 0; s < 3; ++s)
        for (int kind = 0; kind < 3; ++kind) /* fwd, bwd, clamped bwd */
          for (int beta = 0; beta < 2; ++beta) {
            if (kind == 2 && acts[a] != CLACT_SWISH) continue;
            const size_t es = clact_dtype_size(dts[t]);
            for (size_t i = 0; i < B / 4 + 4; ++i) {
              unsigned u = mix(i * 4 + (unsigned)(t * 131 + a * 17 + s * 5 + kind * 3 + beta));
              /* a third of the words at moderate exponents (2^-8..2^8), the rest anywhere */
              if (u % 3 == 0) u = (u & 0x807fffffu) | ((119u + (u >> 24) % 17u) << 23);
              h[i] = u;
            }
            clact_buffer_write(ctx, x, 0, B, h), clact_buffer_write(ctx, dy, 0, B, h + 1);
            clact_buffer_write(ctx, o1, 0, B, h + 2), clact_buffer_write(ctx, o2, 0, B, h + 3);
            clact_op op;
            clact_op_init(&op, acts[a]);
            op.dtype = dts[t];
            if (p0[a] != 0) op.param[0] = p0[a];
            if (kind == 2) op.param[0] = CLACT_GPT_OSS_ALPHA;
            op.beta = beta ? 0.5 : 0;
            const size_t rows = shapes[s][0], cols = shapes[s][1];
            const size_t one[2] = {rows, cols};
            clact_tensor av, bv;
            clact_tensor_init_dense(&av, 2, one, 0);
            bv = av;
            bv.offset = rows * cols + shapes[s][2];
            int st;
            if (kind == 0)
              st = clact_gated_forward_view(ctx, &op, x, &av, x, &bv, o1, &av, 0, NULL, NULL);
            else if (kind == 1)
              st = clact_gated_backward_view(ctx, &op, x, &av, x, &bv, dy, &av, o1, &av, o2, &bv, 0,
                                             NULL, NULL);
            else
              st = clact_gated_clamped_backward_view(ctx, &op, CLACT_GPT_OSS_LIMIT, x, &av, x, &bv,
                                                     dy, &av, o1, &av, o2, &bv, 0, NULL, NULL);
            if (st) {
              fprintf(stderr, "status %d (t %d a %d s %d kind %d)\n", st, t, a, s, kind);
              return 4;
            }
            const size_t n = 2 * rows * cols + shapes[s][2] + 8;
            put(o1, n * es);
            if (kind) put(o2, n * es);
          }
  return 0;
}
