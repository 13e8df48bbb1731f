/* dump_pairs.c: gated and clamped gated outputs (fwd y; bwd da and db) on interleaved pairs
 * (GPT-OSS's layout) in every form the pair loop (views.cl, nd_pairs_run) takes or declines:
 * one merged row (aligned start, a tail, odd cols), padded rows (each row its own: aligned
 * rows, rows whose starts move off the vector), an unaligned start (the tensor at element
 * offset 1, 3, 16), a 3-D padded call (da/db over a/b is OVERLAP: not allowed), and for contrast
 * the halves and two tensors; beta 0 and 0.5; swish (SiLU and beta 1.5), gelu, gelu_quick,
 * gelu_tanh, relu; f32, f16, bf16; NaN, +-inf, +-0 and the values at and next to +-limit
 * in a and in b. Raw bytes to stdout, to compare two library builds bit for bit
 * (sha256sum). Build: cc -O2 -Iinclude dump_pairs.c -Lbuild -lclact -lOpenCL */
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
/* element i of the buffer h in dtype t set to special k */
static void special(unsigned *h, int t, size_t i, int k) {
  static const unsigned f32[9] = {0x7fc00000u, 0x7f800000u, 0xff800000u, 0x40e00000u, 0xc0e00000u,
                                  0x40e00001u, 0xc0e00001u, 0x00000000u, 0x80000000u};
  static const unsigned short f16[9] = {0x7e00, 0x7c00, 0xfc00, 0x4700, 0xc700,
                                        0x4701, 0xc701, 0x0000, 0x8000};
  if (t == 0)
    h[i] = f32[k];
  else
    ((unsigned short *)h)[i] =
        t == 1 ? f16[k] : (unsigned short)((f32[k] >> 16) + (k == 5 || k == 6));
}
int main(void) {
  if (clact_context_create(&ctx, NULL)) return 1;
  const size_t B = (size_t)4 << 22;
  unsigned *h = calloc(B / 4 + 4, 4);
  const clact_activation acts[6] = {CLACT_SWISH,      CLACT_SWISH,     CLACT_GELU,
                                    CLACT_GELU_QUICK, CLACT_GELU_TANH, CLACT_RELU};
  const double p0[6] = {1.0, 1.5, 0, 0, 0, 0};
  const clact_dtype dts[3] = {CLACT_F32, CLACT_F16, CLACT_BF16};
  /* rows, cols, layout, extra: layout 0 two tensors (b at rows cols + extra), 1 the halves,
   * 2 interleaved pairs of a dense [rows, 2 cols] at element offset extra, 3 interleaved
   * pairs of [rows, 2 cols] with rows 2 cols + extra apart (y dense: no merge), 4 the same
   * 3-D [2, rows / 2, 2 cols] padded */
  const size_t shapes[][4] = {
      {64, 2000, 2, 0},  {32, 1024, 2, 0},  {37, 1001, 2, 0},  {1, 100003, 2, 0},
      {1, 7, 2, 0},      {64, 2048, 2, 16}, {64, 2048, 2, 1},  {33, 999, 2, 3},
      {40, 1024, 3, 32}, {40, 1024, 3, 2},  {41, 1000, 3, 16}, {17, 48, 3, 6},
      {8, 4096, 4, 64},  {8, 4000, 4, 10},  {64, 2048, 1, 0},  {64, 2048, 0, 0}};
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
            /* specials at both parities (a and b of a pair) and in later vectors */
            for (int k = 0; k < 9; ++k)
              for (int r = 0; r < 4; ++r)
                special(h, t, (size_t)(3 + 2 * k + r * 97 + (r & 1) + 1000 * r), k),
                    special(h, t, (size_t)(40 + 4 * k + r * 131 + 2000 * r), (k + r) % 9);
            clact_buffer_write(ctx, x, 0, B, h), clact_buffer_write(ctx, dy, 0, B, h + 1);
            clact_buffer_write(ctx, o1, 0, B, h + 2), clact_buffer_write(ctx, o2, 0, B, h + 3);
            clact_op op;
            clact_op_init(&op, acts[a]);
            op.dtype = dts[t];
            if (p0[a] != 0) op.param[0] = p0[a];
            if (kind >= 2) op.param[0] = CLACT_GPT_OSS_ALPHA;
            op.beta = beta ? 0.5 : 0;
            const size_t rows = shapes[s][0], cols = shapes[s][1], lay = shapes[s][2],
                         ex = shapes[s][3];
            const size_t one[2] = {rows, cols}, two[2] = {rows, 2 * cols},
                         three[3] = {2, rows / 2, 2 * cols}, y3[3] = {2, rows / 2, cols};
            clact_tensor av, bv, yv, full;
            if (lay == 0) {
              clact_tensor_init_dense(&yv, 2, one, 0);
              av = yv, bv = yv;
              bv.offset = rows * cols + ex;
            } else if (lay == 4) {
              clact_tensor_init_dense(&yv, 3, y3, 0);
              clact_tensor_init_dense(&full, 3, three, 0);
              full.stride[1] = 2 * cols + ex, full.stride[0] = rows / 2 * full.stride[1];
              clact_gate_views(&full, CLACT_GATE_INTERLEAVED, &av, &bv);
            } else {
              clact_tensor_init_dense(&yv, 2, one, 0);
              clact_tensor_init_dense(&full, 2, two, 0);
              if (lay == 3)
                full.stride[0] = 2 * cols + ex;
              else
                full.offset = ex;
              clact_gate_views(&full, lay == 1 ? CLACT_GATE_FIRST_HALF : CLACT_GATE_INTERLEAVED,
                               &av, &bv);
            }
            int st;
            const double lim = CLACT_GPT_OSS_LIMIT;
            cl_mem da = o1, db = o2;
            if (kind == 0)
              st = clact_gated_forward_view(ctx, &op, x, &av, x, &bv, o1, &yv, 0, NULL, NULL);
            else if (kind == 2)
              st = clact_gated_clamped_forward_view(ctx, &op, lim, x, &av, x, &bv, o1, &yv, 0, NULL,
                                                    NULL);
            else if (kind == 1)
              st = clact_gated_backward_view(ctx, &op, x, &av, x, &bv, dy, &yv, da, &av, db, &bv, 0,
                                             NULL, NULL);
            else
              st = clact_gated_clamped_backward_view(ctx, &op, lim, x, &av, x, &bv, dy, &yv, da,
                                                     &av, db, &bv, 0, NULL, NULL);
            if (st) {
              fprintf(stderr, "status %d (t %d a %d s %d kind %d)\n", st, t, a, s, kind);
              return 4;
            }
            const size_t n = 2 * rows * (cols + ex) + ex + 8;
            put(o1, n * es);
            if (kind % 2) put(o2, n * es);
          }
  return 0;
}
