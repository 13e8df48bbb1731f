#include "clact.h"
#include <math.h>
#include <stdio.h>
int main(void) {
  clact_context *ctx;
  if (clact_context_create(&ctx, NULL)) return 1;
  const float betas[] = {0x1p65f, 0x1p100f, 0x1p120f, 1e30f};
  for (int b = 0; b < 4; ++b)
    for (int j = 0; j < 4; ++j) {
      float z = (float[]){-1.0f, -20.0f, -69.3f, -100.0f}[j];
      float x = z / betas[b], y;
      clact_op op;
      clact_op_init(&op, CLACT_SOFTPLUS);
      op.dtype = CLACT_F32;
      op.param[0] = betas[b];
      op.alpha = 0x1p100f;
      if (clact_forward_host(ctx, &op, 1, &x, &y)) return 1;
      long double zz = (long double)betas[b] * x;
      long double r = 0x1p100L * log1pl(expl(zz)) / betas[b];
      printf("beta %a z %g: y %.6g ref %.6Lg\n", betas[b], (double)zz, y, r);
    }
  return 0;
}
