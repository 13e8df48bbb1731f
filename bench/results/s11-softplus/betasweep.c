/* betasweep.c: softplus f32 forward for several betas on 2^20 inputs each (x = z / beta, z
 * spread over [-120, 40] by a fixed LCG, seed printed), max ulp against long double. */
#include "clact.h"
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
static double ulp_err(float got, long double ref) {
  float rf = (float)ref;
  if (isinf(rf) && isinf(got) && (rf > 0) == (got > 0)) return 0;
  long double a = fabsl(ref);
  int e;
  frexpl(a, &e);
  long double u = ldexpl(1.0L, e - 24);
  if (u < ldexpl(1.0L, -149)) u = ldexpl(1.0L, -149);
  return (double)(fabsl((long double)got - ref) / u);
}
int main(void) {
  clact_context *ctx;
  if (clact_context_create(&ctx, NULL)) return 1;
  const float betas[] = {1.0f, 0.5f, 2.0f,   3.0f,  0.1f,   10.0f,     1e-3f, 1e3f,
                         0.7f, 1.3f, 1e-20f, 1e20f, 1e-37f, 0x1p-130f, 1e30f, 0x1p80f};
  const size_t n = 1 << 20;
  float *x = malloc(n * 4), *y = malloc(n * 4);
  unsigned long long seed = 20261201ull;
  printf("seed %llu\n", seed);
  int bad = 0;
  for (unsigned b = 0; b < sizeof betas / sizeof *betas; ++b) {
    unsigned long long s = seed;
    for (size_t i = 0; i < n; ++i) {
      s = s * 6364136223846793005ull + 1442695040888963407ull;
      double u = (double)(s >> 11) / 9007199254740992.0;
      double z = i % 4 == 0 ? -120 + 160 * u : -20 + 40 * u; /* denser near 0 */
      x[i] = (float)(z / betas[b]);
    }
    clact_op op;
    clact_op_init(&op, CLACT_SOFTPLUS);
    op.dtype = CLACT_F32;
    op.param[0] = betas[b];
    if (clact_forward_host(ctx, &op, n, x, y)) {
      printf("beta %g: call failed\n", betas[b]);
      return 1;
    }
    double worst = 0;
    float wx = 0;
    for (size_t i = 0; i < n; ++i) {
      long double z = (long double)betas[b] * x[i];
      long double r = (z > 0 ? z + log1pl(expl(-z)) : log1pl(expl(z))) / betas[b];
      double e = ulp_err(y[i], r);
      if (e > worst || isnan(y[i])) {
        worst = isnan(y[i]) ? 1e9 : e;
        wx = x[i];
      }
    }
    printf("beta %-12a (%g): max %.3f ulp at x = %.9g%s\n", betas[b], betas[b], worst, wx,
           worst > 2 ? "  <<<" : "");
    bad |= worst > 2;
  }
  clact_context_destroy(ctx);
  return bad;
}
