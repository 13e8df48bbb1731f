/* psweep OP DTYPE: forward of OP with param[0] = +-2^e (e over the float range, step 3),
 * alpha and a gate's b powers of two, x = z / p (and z itself) over [-300, 60]: results
 * judged by ulp_error against alpha b f within the row's bound (+1 for other params), only
 * where ref_in_domain holds. Prints configurations over the bound.
 * Builds against ref_in_domain's four-argument form (before 1afd806); its successor, with
 * b and dy in the domain and a backward sweep, is bench/results/s16-contract/psweep.c. */
#include "clact.h"
#include "reference.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
enum { N = 4001 };
static double a8[N], b8[N], y8[N];
int main(int argc, char **argv) {
  clact_context *ctx;
  clact_dtype t;
  clact_activation act;
  if (argc < 3 || clact_activation_from_name(argv[1], &act) || clact_dtype_from_name(argv[2], &t))
    return 3;
  if (clact_context_create(&ctx, NULL)) return 1;
  const double bfac[] = {1, 0x1p-10, 0x1p40};
  const double alphas[] = {1, 0x1p-60, 0x1p10, 0x1p60, 0x1p127};
  const double bound = ref_bound_ulp_for(act, REF_FWD, t, 0);
  double worst = 0;
  int over = 0;
  long judged = 0;
  for (int e = -126; e <= 127; e += 3)
    for (int sg = 0; sg < 2; ++sg)
      for (int xs = 0; xs < 2; ++xs) /* x = z / p or x = z */
        for (int bi = 0; bi < 3; ++bi)
          for (int ai = 0; ai < 5; ++ai)
            for (int p = 0; p < 2; ++p) {
              if (p == 0 && bi) continue;
              if (t == CLACT_F16 && bfac[bi] > 1) continue;
              clact_op op;
              clact_op_init(&op, act);
              op.dtype = t;
              const double pv = (sg ? -1 : 1) * ldexp(1.37, e);
              op.param[0] = pv;
              op.alpha = alphas[ai];
              for (int i = 0; i < N; ++i) {
                const double z = -300.0 + 360.0 * i / (N - 1);
                ref_store(t, a8, i, xs ? z / fabs(pv) : z);
                ref_store(t, b8, i, bfac[bi]);
              }
              int st = p ? clact_gated_forward_host(ctx, &op, N, a8, b8, y8)
                         : clact_forward_host(ctx, &op, N, a8, y8);
              if (st) continue;
              double w = 0, wx = 0;
              int bad = 0;
              for (int i = 0; i < N; ++i) {
                const long double x = ref_load(t, a8, i);
                if (!ref_in_domain(&op, REF_FWD, x, p ? bfac[bi] : 0)) continue;
                clact_op o1 = op;
                o1.alpha = 1;
                const long double al = t == CLACT_F64 ? op.alpha : (float)op.alpha;
                const long double fb = ref_forward(&o1, x) * (p ? bfac[bi] : 1);
                /* the value before alpha past the compute type's range: that infinity, as
                 * documented (alpha joins last) */
                if (fabsl(fb) > (t == CLACT_F64 ? 1.79e308L : 3.40282e38L)) continue;
                const long double f = al * fb;
                ++judged;
                const double u = ulp_error(t, ref_load(t, y8, i), f);
                if (!(u <= w)) w = u, wx = (double)x;
                bad += u > bound + 1;
              }
              if (w > worst) worst = w;
              if (bad) {
                ++over;
                if (over < 40)
                  printf("%s %s p0 %g %s b %a alpha %a: worst %.3g ulp at x %g, %d over\n", argv[1],
                         argv[2], pv, p ? "gated" : "1-D", bfac[bi], alphas[ai], w, wx, bad);
              }
            }
  printf("%s %s: %ld judged, worst %.3f, %d configurations over %.1f\n", argv[1], argv[2], judged,
         worst, over, bound + 1);
  clact_context_destroy(ctx);
  return 0;
}
