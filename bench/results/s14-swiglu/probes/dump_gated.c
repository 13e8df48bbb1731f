/* dump_gated.c: gated, clamped gated and bias outputs (fwd; bwd da and db) on the rows walk's
 * aligned dense path (two dense tensors, the halves of one) and around it (unaligned
 * offsets, tails, interleaved pairs, a 3-D call), beta 0 and 0.5, for swish (SiLU and beta
 * 1.5), gelu, gelu_quick, gelu_tanh and relu, in f32, f16 and bf16, NaN and inf among the
 * inputs: raw bytes to stdout, to compare two library builds bit for bit (sha256sum).
 * Build: cc -O2 -Iinclude dump_gated.c -Lbuild -lclact -lOpenCL */
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
int main(void) {
  if (clact_context_create(&ctx, NULL)) return 1;
  const size_t B = (size_t)4 << 22;   /* bytes per buffer */
  unsigned *h = calloc(B / 4 + 4, 4); /* the writes below read up to 3 words past B */
  /* gate, beta (param[0]) */
  const clact_activation acts[6] = {CLACT_SWISH,      CLACT_SWISH,     CLACT_GELU,
                                    CLACT_GELU_QUICK, CLACT_GELU_TANH, CLACT_RELU};
  const double p0[6] = {1.0, 1.5, 0, 0, 0, 0};
  const clact_dtype dts[3] = {CLACT_F32, CLACT_F16, CLACT_BF16};
  /* rows x cols (of a and b), the layout: 0 two tensors at element offsets off, off2 (b
   * in the same buffer after a), 1 the halves of one [rows, 2 cols], 2 interleaved pairs,
   * 3 a 3-D call [2, rows / 2, cols] */
  const size_t shapes[][4] = {
      {256, 4096, 0, 0}, {37, 4096, 0, 16}, {37, 4100, 0, 0}, {40, 1000, 0, 3}, {1, 100000, 0, 0},
      {128, 2048, 1, 0}, {64, 2000, 2, 0},  {32, 1024, 2, 0}, {64, 512, 3, 0},  {2048, 16, 0, 0}};
  const int nshapes = sizeof shapes / sizeof shapes[0];
  cl_mem x, dy, o1, o2;
  if (clact_buffer_create(ctx, B, &x) || clact_buffer_create(ctx, B, &dy) ||
      clact_buffer_create(ctx, B, &o1) || clact_buffer_create(ctx, B, &o2))
    return 1;
  for (int t = 0; t < 3; ++t)
    for (int a = 0; a < 6; ++a)
      for (int s = 0; s < nshapes; ++s)
        for (int kind = 0; kind < 4; ++kind) /* gated fwd, bwd, clamped fwd, bwd */
          for (int beta = 0; beta < 2; ++beta) {
            if (kind >= 2 && acts[a] != CLACT_SWISH) continue;
            const size_t es = clact_dtype_size(dts[t]);
            for (size_t i = 0; i < B / 4; ++i) {
              const float f = (float)((i * 2654435761u) % 20001) * 1e-3f - 10.f;
              unsigned u;
              memcpy(&u, &f, 4);
              h[i] = es == 4 ? u : (u & 0xffff0000u) | (u >> 16);
            }
            if (dts[t] == CLACT_F16)
              for (size_t i = 0; i < B / 2; ++i)
                ((unsigned short *)h)[i] =
                    (unsigned short)(((i * 40503u) % 0x4c00) | ((i & 1) << 15));
            h[777] = 0x7fc00000u, h[1234] = 0x7f800000u, h[4321] = 0xff800000u;
            h[100001] = 0x7f800000u, h[200003] = 0xff800000u;
            clact_buffer_write(ctx, x, 0, B, h), clact_buffer_write(ctx, dy, 0, B, h + 1);
            clact_buffer_write(ctx, o1, 0, B, h + 2), clact_buffer_write(ctx, o2, 0, B, h + 3);
            clact_op op;
            clact_op_init(&op, acts[a]);
            op.dtype = dts[t];
            if (p0[a] != 0) op.param[0] = p0[a];
            if (kind >= 2) op.param[0] = CLACT_GPT_OSS_ALPHA;
            op.beta = beta ? 0.5 : 0;
            const size_t rows = shapes[s][0], cols = shapes[s][1], lay = shapes[s][2];
            const size_t one[2] = {rows, cols}, two[2] = {rows, 2 * cols},
                         three[3] = {2, rows / 2, cols};
            clact_tensor av, bv, yv, full;
            if (lay == 3) {
              clact_tensor_init_dense(&yv, 3, three, 0);
              av = yv, bv = yv;
              bv.offset = rows * cols + 5;
            } else if (lay == 0) {
              clact_tensor_init_dense(&yv, 2, one, 0);
              av = yv, bv = yv;
              bv.offset = rows * cols + shapes[s][3];
            } else {
              clact_tensor_init_dense(&yv, 2, one, 0);
              clact_tensor_init_dense(&full, 2, two, 0);
              clact_gate_views(&full, lay == 1 ? CLACT_GATE_FIRST_HALF : CLACT_GATE_INTERLEAVED,
                               &av, &bv);
            }
            int st;
            const double lim = CLACT_GPT_OSS_LIMIT;
            if (kind == 0)
              st = clact_gated_forward_view(ctx, &op, x, &av, x, &bv, o1, &yv, 0, NULL, NULL);
            else if (kind == 2)
              st = clact_gated_clamped_forward_view(ctx, &op, lim, x, &av, x, &bv, o1, &yv, 0, NULL,
                                                    NULL);
            else if (kind == 1)
              st = clact_gated_backward_view(ctx, &op, x, &av, x, &bv, dy, &yv, o1, &av, o2, &bv, 0,
                                             NULL, NULL);
            else
              st = clact_gated_clamped_backward_view(ctx, &op, lim, x, &av, x, &bv, dy, &yv, o1,
                                                     &av, o2, &bv, 0, NULL, NULL);
            if (st) {
              fprintf(stderr, "status %d (t %d a %d s %d kind %d)\n", st, t, a, s, kind);
              return 4;
            }
            const size_t n = (lay == 0 ? 2 * rows * cols + shapes[s][3] : 2 * rows * cols) + 8;
            put(o1, n * es);
            if (kind % 2) put(o2, n * es);
          }
  return 0;
}
