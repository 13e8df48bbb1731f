/* slope_inf.c: swish's and gelu_quick's 16-bit slope at large x is 1 exactly (the clamp
 * SWISH_BWD_ZMAX, kernels/act_logistic.cl). dx = dy f' + beta old with dy = 1 and beta old
 * half an ulp of 1 in the storage type: 1 + half an ulp is a tie, which rounds to 1 (even)
 * when f' is 1 exactly and to 1 + ulp when f' is above 1 by even one float ulp. x = +inf,
 * 1e4 (bf16) / 60000 (f16), 21, 30: expected 1 (f'(x) - 1 < 2^-25 there, for gelu_quick
 * too, whose z = 1.702 x is larger). Prints each result; exit 1 if any is not 1.
 * Build: cc -O2 -Iinclude slope_inf.c build/libclact.so -lOpenCL */
#include "clact.h"
#include <stdio.h>
#include <string.h>

enum { N = 4 };

int main(void) {
  clact_context *ctx;
  if (clact_context_create(&ctx, NULL)) return 2;
  int bad = 0;
  for (int t = 0; t < 2; ++t) {
    const clact_dtype dt = t ? CLACT_BF16 : CLACT_F16;
    /* x: +inf, large, 21, 30; dy 1; old: 2 half-ulps of 1 (so beta 0.5 gives half an ulp) */
    const unsigned short x16[N] = {0x7c00, 0x7b53 /* 60000 */, 0x4d40, 0x4f80};
    const unsigned short xb[N] = {0x7f80, 0x461c /* 9984 */, 0x41a8, 0x41f0};
    const unsigned short one = t ? 0x3f80 : 0x3c00, ulp = t ? 0x3c00 : 0x1400; /* 2^-7, 2^-10 */
    unsigned short dy[N], old[N], got[N];
    for (int i = 0; i < N; ++i)
      dy[i] = one, old[i] = ulp;
    cl_mem bx, bdy, bo;
    if (clact_buffer_create(ctx, 2 * N, &bx) || clact_buffer_create(ctx, 2 * N, &bdy) ||
        clact_buffer_create(ctx, 2 * N, &bo) ||
        clact_buffer_write(ctx, bx, 0, 2 * N, t ? xb : x16) ||
        clact_buffer_write(ctx, bdy, 0, 2 * N, dy))
      return 2;
    for (int a = 0; a < 2; ++a) {
      clact_op op;
      clact_op_init(&op, a ? CLACT_GELU_QUICK : CLACT_SWISH);
      op.dtype = dt;
      op.beta = 0.5;
      if (clact_buffer_write(ctx, bo, 0, 2 * N, old) ||
          clact_backward(ctx, &op, CLACT_FROM_X, N, bx, 0, 1, bdy, 0, 1, bo, 0, 1, 0, NULL, NULL) ||
          clact_buffer_read(ctx, bo, 0, 2 * N, got))
        return 2;
      for (int i = 0; i < N; ++i) {
        printf("%s %s x=0x%04x: dx=0x%04x %s\n", a ? "gelu_quick" : "swish", t ? "bf16" : "f16",
               t ? xb[i] : x16[i], got[i], got[i] == one ? "ok (1)" : "NOT 1");
        bad |= got[i] != one;
      }
    }
  }
  clact_context_destroy(ctx);
  return bad;
}
