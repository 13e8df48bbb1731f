/* dump_bias.c: bias forward and backward outputs on the rows walk's aligned dense path
 * (x, bias, y and dx at element offset 0 or a multiple of 16, bias broadcast along the rows)
 * and around it (unaligned, tails, beta 0 and 0.5), gelu, gelu_tanh, swish, relu, in f32,
 * f16 and bf16: raw bytes to stdout, to compare two library builds bit for bit (sha256sum).
 * Build: cc -O2 -Iinclude dump_bias.c -Lbuild -lclact -lOpenCL */
#include "clact.h"
#include <stdio.h>
#include <stdlib.h>
static clact_context *ctx;
static void put(cl_mem m, size_t bytes) {
  void *h = malloc(bytes);
  if (clact_finish(ctx) || clact_buffer_read(ctx, m, 0, bytes, h)) exit(3);
  fwrite(h, 1, bytes, stdout);
  free(h);
}
int main(void) {
  if (clact_context_create(&ctx, NULL)) return 1;
  const size_t B = (size_t)4 << 22; /* bytes per buffer */
  unsigned *h = malloc(B);
  const clact_activation acts[4] = {CLACT_GELU, CLACT_GELU_TANH, CLACT_SWISH, CLACT_RELU};
  const clact_dtype dts[3] = {CLACT_F32, CLACT_F16, CLACT_BF16};
  /* rows x cols, the views' offsets (x, bias, y/dx) */
  const size_t shapes[][5] = {{512, 4096, 0, 0, 0}, {37, 4096, 16, 32, 48}, {37, 4100, 0, 0, 0},
                              {300, 1024, 0, 0, 0}, {5, 1000, 0, 0, 0},     {64, 4096, 3, 0, 0},
                              {1, 200000, 0, 0, 0}, {2048, 16, 0, 0, 0}};
  const int nshapes = sizeof shapes / sizeof shapes[0];
  cl_mem x, dy, o, bias;
  if (clact_buffer_create(ctx, B, &x) || clact_buffer_create(ctx, B, &dy) ||
      clact_buffer_create(ctx, B, &o) || clact_buffer_create(ctx, B, &bias))
    return 1;
  for (int t = 0; t < 3; ++t)
    for (int a = 0; a < 4; ++a)
      for (int s = 0; s < nshapes; ++s)
        for (int beta = 0; beta < 2; ++beta)
          for (int bwd = 0; bwd < 2; ++bwd) {
            const size_t es = clact_dtype_size(dts[t]);
            /* inputs: f32 values in [-10, 10] (their bits' halves in 16-bit types, finite and
             * small: the top half of a float of magnitude <= 10), NaN and inf sprinkled */
            for (size_t i = 0; i < B / 4; ++i) {
              const float f = (float)((i * 2654435761u) % 20001) * 1e-3f - 10.f;
              union {
                float f;
                unsigned u;
              } c = {f};
              h[i] = es == 4 ? c.u : (c.u & 0xffff0000u) | (c.u >> 16);
            }
            if (es == 2 && dts[t] == CLACT_F16) /* f16: small halves from the ints */
              for (size_t i = 0; i < B / 2; ++i)
                ((unsigned short *)h)[i] =
                    (unsigned short)(((i * 40503u) % 0x4c00) | ((i & 1) << 15));
            h[777] = 0x7fc00000u, h[1234] = 0x7f800000u, h[4321] = 0xff800000u;
            clact_buffer_write(ctx, x, 0, B, h), clact_buffer_write(ctx, dy, 0, B, h + 1);
            clact_buffer_write(ctx, o, 0, B, h + 2), clact_buffer_write(ctx, bias, 0, B, h + 3);
            clact_op op;
            clact_op_init(&op, acts[a]);
            op.dtype = dts[t];
            op.beta = beta ? 0.5 : 0;
            const size_t rows = shapes[s][0], cols = shapes[s][1], one[2] = {rows, cols};
            clact_tensor xv, bv, ov;
            clact_tensor_init_dense(&xv, 2, one, shapes[s][2]);
            clact_tensor_init_dense(&bv, 1, &cols, shapes[s][3]);
            clact_tensor_init_dense(&ov, 2, one, shapes[s][4]);
            const int st =
                bwd ? clact_bias_backward_view(ctx, &op, x, &xv, bias, &bv, dy, &xv, o, &ov, 0,
                                               NULL, NULL)
                    : clact_bias_forward_view(ctx, &op, x, &xv, bias, &bv, o, &ov, 0, NULL, NULL);
            if (st) return 4;
            put(o, (rows * cols + shapes[s][4]) * es);
          }
  return 0;
}
