/* swish_beta.c: swish's 16-bit backward with parameters other than the default beta, on
 * every one of the 65536 inputs, judged by the accuracy contract (reference.h's ref_judge:
 * the bound with non-default parameters, the absolute rule within 0.05 of f''s zero,
 * x = -1.2785 / beta), with dy = 1 and with dy uniform in [-4, 4) rounded to the storage
 * type (xorshift64, seed 12 printed). `clact check` covers the default beta only; the
 * window around the zero covers other reduced arguments of the exp for other betas.
 * Prints per dtype and beta: the largest error in ulps outside the window, the number of
 * results judged by the absolute rule, and failures; exit 1 if any fails.
 * Build: cc -O2 -Iinclude -Ireference swish_beta.c build/libclact.so
 *        build/reference/libclact_reference.a -lOpenCL -lm */
#include "clact.h"
#include "reference.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

enum { N = 65536 };

static unsigned long long rng = 12;
static double uniform(double lo, double hi) {
  rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
  return lo + (hi - lo) * (double)(rng >> 11) / 9007199254740992.0;
}

int main(void) {
  static const double betas[] = {0.25, 0.5, 0.75, 1.5, 2.0, 3.0, 4.0, 10.0, 100.0, 1e4};
  static unsigned short hx[N], hdy[N], got[N];
  clact_context *ctx;
  if (clact_context_create(&ctx, NULL)) return 2;
  cl_mem bx, bdy, bo;
  if (clact_buffer_create(ctx, 2 * N, &bx) || clact_buffer_create(ctx, 2 * N, &bdy) ||
      clact_buffer_create(ctx, 2 * N, &bo))
    return 2;
  printf("seed 12\n");
  int bad = 0;
  for (int t = 0; t < 2; ++t) {
    const clact_dtype dt = t ? CLACT_BF16 : CLACT_F16;
    for (int i = 0; i < N; ++i)
      hx[i] = (unsigned short)i;
    if (clact_buffer_write(ctx, bx, 0, 2 * N, hx)) return 2;
    for (int set = 0; set < 2; ++set) {
      for (int i = 0; i < N; ++i) {
        const float d = set ? (float)uniform(-4.0, 4.0) : 1.0f;
        hdy[i] = t ? ref_float_to_bf16(d) : ref_float_to_half(d);
      }
      if (clact_buffer_write(ctx, bdy, 0, 2 * N, hdy)) return 2;
      for (size_t b = 0; b < sizeof betas / sizeof betas[0]; ++b) {
        clact_op op;
        clact_op_init(&op, CLACT_SWISH);
        op.dtype = dt;
        op.param[0] = betas[b];
        ref_zeros z;
        ref_find_derivative_zeros(&op, &z);
        if (clact_backward(ctx, &op, CLACT_FROM_X, N, bx, 0, 1, bdy, 0, 1, bo, 0, 1, 0, NULL,
                           NULL) ||
            clact_buffer_read(ctx, bo, 0, 2 * N, got))
          return 2;
        double worst = 0;
        int fails = 0, absolute = 0;
        for (int i = 0; i < N; ++i) {
          const long double x = ref_load(dt, hx, i), dy = ref_load(dt, hdy, i);
          const long double g = ref_load(dt, got, i), r = ref_backward(&op, x, dy);
          double u;
          const int ok = ref_judge(&op, REF_BWD, &z, x, dy, g, r, &u);
          int in_window = 0;
          for (int k = 0; k < z.count; ++k)
            in_window |= fabsl(x - z.at[k]) <= 0.05L;
          absolute += in_window && isfinite(x) && isfinite(dy) && isfinite(g) && isfinite(r);
          if (!ok) ++fails;
          if (u > worst && isfinite(u)) worst = u;
        }
        printf("%s beta %g dy %s: max %.3f ulp, %d by the absolute rule, %d fail\n",
               t ? "bf16" : "f16", betas[b], set ? "random" : "1", worst, absolute, fails);
        bad |= fails != 0;
      }
    }
  }
  clact_context_destroy(ctx);
  return bad;
}
