/* softplus forward value, 1-D and gated y: `spn DTYPE [ZMIN ZMAX ESTEP WIDE]`: beta = 2^e
 * (times 1.37 for odd e), e = 0, ESTEP, ... up to the dtype's range; x = z / beta for 6001
 * z over [ZMIN, ZMAX] (default -140, 20) rounded to DTYPE; alpha in {1, 2^10, 2^30, 2^60,
 * 2^100, 2^127} (WIDE 1, f64: {1, 2^100, 2^500, 2^1000, DBL_MAX, 2^-500}); b in {1, 2^-10,
 * 2^40} (b < 1 only with alpha > 1; f16 no 2^40). Prints each configuration over the bound
 * (f32 2, f64 4, 16-bit 1 ulp) and the worst per path. */
#include <float.h>
#include <stdlib.h>
#include "clact.h"
#include "reference.h"
#include <math.h>
#include <stdio.h>
#include <string.h>
enum { N = 6001 };
static double a8[N], b8[N], y8[N];
int main(int argc, char **argv) {
  clact_context *ctx;
  clact_dtype t;
  if (argc < 2 || clact_dtype_from_name(argv[1], &t)) return 3;
  if (clact_context_create(&ctx, NULL)) return 1;
  const double bfac[] = {1, 0x1p-10, 0x1p40};
  const double zmin = argc > 2 ? atof(argv[2]) : -140, zmax = argc > 3 ? atof(argv[3]) : 20;
  const int estep = argc > 4 ? atoi(argv[4]) : (t == CLACT_F64 ? 7 : 1);
  const int wide = argc > 5 && atoi(argv[5]);
  const double narrow_alphas[] = {1, 0x1p10, 0x1p30, 0x1p60, 0x1p100, 0x1p127};
  const double wide_alphas[] = {1, 0x1p100, 0x1p500, 0x1p1000, DBL_MAX, 0x1p-500};
  const double *alphas = wide ? wide_alphas : narrow_alphas;
  const double bound = t == CLACT_F64 ? 4 : t == CLACT_F32 ? 2 : 1;
  const int emax = t == CLACT_F64 ? 1020 : 127;
  double worst_all[2] = {0, 0};
  for (int e = 0; e <= emax; e += estep) {
    const double beta = ldexp(1.0, e) * (e & 1 ? 1.37 : 1.0);
    if (t != CLACT_F64 && beta > 3.4e38) continue;
    for (int bi = 0; bi < 3; ++bi)
      for (int ai = 0; ai < 6; ++ai)
        for (int p = 0; p < 2; ++p) {
          if (p == 0 && bi) continue;
          if (bfac[bi] < 1 && alphas[ai] <= 1) continue;
          if (t == CLACT_F16 && bfac[bi] > 1) continue; /* 2^40 not an f16 */
          clact_op op;
          clact_op_init(&op, CLACT_SOFTPLUS);
          op.dtype = t;
          op.param[0] = beta;
          op.alpha = alphas[ai];
          for (int i = 0; i < N; ++i) {
            ref_store(t, a8, i, (zmin + (zmax - zmin) * i / (N - 1)) / beta);
            ref_store(t, b8, i, bfac[bi]);
          }
          int st = p == 0 ? clact_forward_host(ctx, &op, N, a8, y8)
                          : clact_gated_forward_host(ctx, &op, N, a8, b8, y8);
          if (st) continue;
          double worst = 0, wz = 0;
          int bad = 0, judged = 0;
          for (int i = 0; i < N; ++i) {
            clact_op o1 = op;
            o1.alpha = 1;
            const long double al = t == CLACT_F64 ? alphas[ai] : (float)alphas[ai];
            const long double x = ref_load(t, a8, i);
            const long double f = al * ref_forward(&o1, x) * (p ? bfac[bi] : 1);
            if (!isfinite(ref_round(t, f))) continue;
            ++judged;
            const double u = ulp_error(t, ref_load(t, y8, i), f);
            if (!(u <= worst)) worst = u, wz = (double)x * beta;
            bad += u > bound;
          }
          if (worst > worst_all[p]) worst_all[p] = worst;
          if (worst > bound)
            printf("%s %s beta %g (2^%d) b %a alpha %a: worst %.3g ulp at z %.4g, %d of %d over\n",
                   argv[1], p ? "gated" : "1-D", beta, e, bfac[bi], alphas[ai], worst, wz, bad,
                   judged);
        }
  }
  printf("%s: 1-D worst %.3f, gated %.3f\n", argv[1], worst_all[0], worst_all[1]);
  clact_context_destroy(ctx);
  return 0;
}
