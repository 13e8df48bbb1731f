#include "clact.h"
#include <float.h>
#include <math.h>
#include <stdio.h>
int main(void) {
  clact_context *ctx;
  if (clact_context_create(&ctx, NULL)) return 1;
  float betas[] = {0x1p-128f, 0x1.8p-129f, 0x1p-127f,  0x1p-130f, 0x1.fffffep-127f,
                   1e-38f,    1.0f,        3.0f,       1e38f,     3e38f,
                   FLT_MAX,   0x1p126f,    0x1.8p126f, 1e-149f,   1e-45f};
  float xs[] = {-FLT_MAX, -1e38f, 1e30f,   1e38f,  0.0f,    -1e30f, 3e38f,  1.0f,
                -100.0f,  1e-45f, -1e-45f, 1e-40f, -1e-39f, 1e-38f, -3e-38f};
  for (unsigned b = 0; b < sizeof betas / sizeof *betas; ++b) {
    clact_op op;
    clact_op_init(&op, CLACT_SOFTPLUS);
    op.dtype = CLACT_F32;
    op.param[0] = betas[b];
    float y[15];
    clact_status s = clact_forward_host(ctx, &op, 15, xs, y);
    for (int i = 0; i < 15; ++i) {
      long double z = (long double)betas[b] * xs[i];
      long double r = (z > 0 ? z + log1pl(expl(-z)) : log1pl(expl(z))) / betas[b];
      float rf = (float)r;
      printf("beta %a x %g: st %d got %a ref %a %s\n", betas[b], xs[i], (int)s, y[i], rf,
             (y[i] == rf || fabsf(y[i] - rf) <= 1 * (nextafterf(fabsf(rf), INFINITY) - fabsf(rf)))
                 ? ""
                 : "<<<<");
    }
  }
  clact_context_destroy(ctx);
  return 0;
}
