#include "clact.h"
#include "reference.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xmmintrin.h>
/* For every row, dtype and direction: blocks of 16 inputs over [lo, hi] (step 0.01) whose
 * call raises DE (any dtype) or UE (f32, bf16) although every f32 result of the block (the
 * f32 row on the same, dtype-rounded, inputs) is normal: subnormal intermediates where the
 * result is normal. POCL_DEVICES=basic. */
#define B 16
int main(int argc, char **argv) {
  double lo = atof(argv[1]), hi = atof(argv[2]);
  clact_context *ctx;
  if (clact_context_create(&ctx, NULL)) return 2;
  size_t n = (size_t)((hi - lo) / 0.01 + 0.5) + 1;
  n -= n % B;
  unsigned char *x = malloc(n * 4), *dy = malloc(n * 4), *out = malloc(n * 4);
  float *xf = malloc(n * 4), *dyf = malloc(n * 4), *ref = malloc(n * 4);
  for (int t = 0; t < 3; ++t) {
    for (size_t i = 0; i < n; ++i) {
      ref_store((clact_dtype)t, x, i, lo + 0.01L * i);
      ref_store((clact_dtype)t, dy, i, 1.0L - (long double)(i % 7) / 8);
      xf[i] = (float)ref_load((clact_dtype)t, x, i);
      dyf[i] = (float)ref_load((clact_dtype)t, dy, i);
    }
    for (int a = 0; a < CLACT_ACTIVATION_COUNT; ++a) {
      for (int d = 0; d < 2; ++d) {
        clact_op op, o32;
        clact_op_init(&op, (clact_activation)a);
        op.dtype = (clact_dtype)t;
        o32 = op;
        o32.dtype = CLACT_F32;
        if (d ? clact_backward_host(ctx, &o32, CLACT_FROM_X, n, xf, dyf, ref)
              : clact_forward_host(ctx, &o32, n, xf, ref))
          return 3;
        size_t bad = 0, flagged = 0;
        double blo = 1e9, bhi = -1e9;
        char iv[512] = "";
        double ilo = 0, ihi = -1e9;
        int nint = 0;
        for (size_t b = 0; b < n; b += B) {
          _mm_setcsr(_mm_getcsr() & ~0x3fu);
          clact_status st =
              d ? clact_backward_host(ctx, &op, CLACT_FROM_X, B, x + b * clact_dtype_size(op.dtype),
                                      dy + b * clact_dtype_size(op.dtype), out)
                : clact_forward_host(ctx, &op, B, x + b * clact_dtype_size(op.dtype), out);
          unsigned f = _mm_getcsr() & (t == 1 ? 0x2u : 0x12u);
          if (st) return 4;
          if (!f) continue;
          ++flagged;
          int normal = 1;
          for (size_t i = b; i < b + B; ++i)
            normal &= fpclassify(ref[i]) == FP_NORMAL || (ref[i] == 0 && xf[i] == 0);
          if (normal) {
            ++bad;
            if (xf[b] < blo) blo = xf[b];
            if (xf[b + B - 1] > bhi) bhi = xf[b + B - 1];
            if (xf[b] > ihi + 0.02) {
              if (nint && nint < 6)
                snprintf(iv + strlen(iv), sizeof iv - strlen(iv), " [%.2f, %.2f]", ilo, ihi);
              ++nint;
              ilo = xf[b];
            }
            ihi = xf[b + B - 1];
          }
        }
        if (flagged)
          printf("%s %s %s: %zu flagged blocks of %zu, %zu with every result normal%s",
                 clact_activation_name((clact_activation)a), d ? "bwd" : "fwd",
                 clact_dtype_name((clact_dtype)t), flagged, n / B, bad, bad ? "" : "\n");
        if (bad && nint < 6)
          snprintf(iv + strlen(iv), sizeof iv - strlen(iv), " [%.2f, %.2f]", ilo, ihi);
        if (bad)
          printf(" (x in [%.2f, %.2f]; intervals:%s%s)\n", blo, bhi, iv, nint > 5 ? " ..." : "");
        fflush(stdout);
      }
    }
  }
  return 0;
}
