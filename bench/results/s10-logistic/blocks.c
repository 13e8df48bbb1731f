#include "clact.h"
#include "reference.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xmmintrin.h>
/* blocks ROW fwd|bwd DTYPE: the blocks of 16 on x = -100 + i/100 whose reference results
 * are all >= 2^-120 and whose call leaves MXCSR DE (or UE, f32 and bf16) set, printed with
 * their x range: where a row still computes with subnormals (POCL basic device). */
int main(int argc, char **argv) {
  clact_activation a;
  clact_dtype t;
  if (argc < 4 || clact_activation_from_name(argv[1], &a) || clact_dtype_from_name(argv[3], &t))
    return 2;
  int d = !strcmp(argv[2], "bwd");
  clact_context *ctx;
  if (clact_context_create(&ctx, "basic")) return 2;
  size_t n = 20000, es = clact_dtype_size(t);
  unsigned char *x = malloc(n * es), *dy = malloc(n * es), *out = malloc(n * es);
  for (size_t i = 0; i < n; ++i) {
    ref_store(t, x, i, -100.0L + i / 100.0L);
    ref_store(t, dy, i, 1.0L - (long double)(i % 7) / 8);
  }
  clact_op op;
  clact_op_init(&op, a);
  op.dtype = t;
  clact_forward_host(ctx, &op, 16, x, out);
  clact_backward_host(ctx, &op, CLACT_FROM_X, 16, x, dy, out);
  for (size_t b = 0; b < n; b += 16) {
    int ok = 1;
    for (size_t i = b; i < b + 16; ++i) {
      long double v = ref_load(t, x, i), g = ref_load(t, dy, i);
      long double r = d ? ref_backward(&op, v, g) : ref_forward(&op, v);
      ok &= r == 0 || fabsl(r) >= 0x1p-120L;
    }
    if (!ok) continue;
    _mm_setcsr(_mm_getcsr() & ~0x3fu);
    if (d ? clact_backward_host(ctx, &op, CLACT_FROM_X, 16, x + b * es, dy + b * es, out)
          : clact_forward_host(ctx, &op, 16, x + b * es, out))
      return 3;
    unsigned f = _mm_getcsr() & (t == CLACT_F16 ? 0x2u : 0x12u);
    if (f) printf("%.2Lf..%.2Lf %#x\n", ref_load(t, x, b), ref_load(t, x, b + 15), f);
  }
  return 0;
}
