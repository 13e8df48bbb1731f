/* hugesweep.c: softplus f32 forward for betas above 2^64 (the rare form's kernel) times
 * alphas that bring tiny results back, 2^20 inputs each (x = z / beta, z over [-130, 60]
 * by a fixed LCG, seed printed; every 64th input a large positive x), the largest error in
 * ulps against the long-double reference (reference/reference.c's ulp_error on alpha f).
 *   cc -O2 -Iinclude -Ireference hugesweep.c -Lbuild -lclact build/reference/libclact_reference.a
 * -lm */
#include "clact.h"
#include "reference.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  clact_context *ctx;
  if (clact_context_create(&ctx, NULL)) return 1;
  static const float betas[] = {0x1.000002p64f, 0x1.8p64f, 1e20f,      0x1p80f, 1e30f,
                                0x1p100f,       0x1p120f,  0x1.fp126f, 3e38f,   FLT_MAX};
  static const float alphas[] = {1, 0x1p60f, 0x1p100f, 0x1p127f};
  const size_t n = (size_t)1 << 20;
  float *x = malloc(n * 4), *y = malloc(n * 4);
  const unsigned long long seed = 20261202ull;
  printf("seed %llu\n", seed);
  double all = 0;
  for (size_t b = 0; b < sizeof betas / sizeof *betas; ++b) {
    unsigned long long s = seed;
    for (size_t i = 0; i < n; ++i) {
      s = s * 6364136223846793005ull + 1442695040888963407ull;
      const double u = (double)(s >> 11) / 9007199254740992.0;
      x[i] = i % 64 == 63 ? (float)(u * 1e3 / betas[b] * exp2(80 * u))
                          : (float)((-130.0 + 190.0 * u) / betas[b]);
    }
    for (size_t a = 0; a < sizeof alphas / sizeof *alphas; ++a) {
      clact_op op;
      clact_op_init(&op, CLACT_SOFTPLUS);
      op.param[0] = betas[b];
      op.alpha = alphas[a];
      if (clact_forward_host(ctx, &op, n, x, y)) return 1;
      double worst = 0;
      float at = 0;
      for (size_t i = 0; i < n; ++i) {
        const double e =
            ulp_error(CLACT_F32, y[i], (long double)alphas[a] * ref_forward(&op, x[i]));
        if (!(e <= worst)) worst = e, at = x[i];
      }
      if (!(worst <= all)) all = worst;
      printf("beta %-14a alpha %-8a max %.3f ulp at x = %.9g (z = %.6g)\n", betas[b], alphas[a],
             worst, at, (double)betas[b] * at);
    }
  }
  printf("largest %.3f ulp\n", all);
  clact_context_destroy(ctx);
  return 0;
}
