/* psweep OP DTYPE [EMIN EMAX ESTEP [bwd]]: s15-softplus/psweep.c, widened (s16contract).
 * Forward (default) of OP with param[0] = +-1.37 2^e, e = EMIN .. EMAX step ESTEP (default
 * -126 .. 127 step 3), alpha and a gate's b powers of two, x = z / |p|, x = z (z over
 * [-300, 60]) and x = +-2^u over the storage type's whole range: results judged by
 * ulp_error against alpha b f within the row's bound (+1 for other params), only where
 * ref_in_domain holds (b passed as the forward's factor after the value). With "bwd": the
 * 1-D backward from x with dy in {1, 2^-10, 2^40}, judged by ref_judge_blend. A NaN where
 * the reference is not NaN counts as infinitely far. Prints configurations over the bound. */
#include "clact.h"
#include "reference.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
enum { N = 4001 };
static double a8[N], b8[N], y8[N];

/* the storage type's largest binary exponent and smallest (subnormal) one */
static void range_of(clact_dtype t, double *lo, double *hi) {
  *lo = t == CLACT_F64 ? -1074 : t == CLACT_F16 ? -24 : -149;
  *hi = t == CLACT_F64 ? 1023.99 : t == CLACT_F16 ? 15.99 : 127.99;
}

static long double x_at(clact_dtype t, int xs, double pv, int i) {
  const double z = -300.0 + 360.0 * i / (N - 1);
  if (xs == 0) return z / fabs(pv);
  if (xs == 1) return z;
  double lo, hi;
  range_of(t, &lo, &hi);
  const double u = lo + (hi - lo) * (i / 2) / ((N - 1) / 2);
  return (i & 1 ? -1 : 1) * ldexp(1.0, (int)floor(u)) * exp2(u - floor(u));
}

int main(int argc, char **argv) {
  clact_context *ctx;
  clact_dtype t;
  clact_activation act;
  if (argc < 3 || clact_activation_from_name(argv[1], &act) || clact_dtype_from_name(argv[2], &t))
    return 3;
  const int emin = argc > 5 ? atoi(argv[3]) : -126, emax = argc > 5 ? atoi(argv[4]) : 127;
  const int estep = argc > 5 ? atoi(argv[5]) : 3;
  const int bwd = argc > 6 && !strcmp(argv[6], "bwd");
  if (clact_context_create(&ctx, NULL)) return 1;
  const double bfac[] = {1, 0x1p-10, 0x1p40};
  const double alphas[] = {1, 0x1p-60, 0x1p10, 0x1p60, 0x1p127};
  const ref_dir d = bwd ? REF_BWD : REF_FWD;
  const double bound = ref_bound_ulp_for(act, d, t, 0);
  double worst = 0;
  int over = 0, ebad_lo = 0, ebad_hi = 0;
  long judged = 0;
  for (int e = emin; e <= emax; e += estep)
    for (int sg = 0; sg < 2; ++sg)
      for (int xs = 0; xs < 3; ++xs)
        for (int bi = 0; bi < 3; ++bi)
          for (int ai = 0; ai < 5; ++ai)
            for (int p = 0; p < 2; ++p) {
              if (bwd && p) continue; /* backward: the 1-D call, bi picks dy */
              if (!bwd && p == 0 && bi) continue;
              if (t == CLACT_F16 && bfac[bi] > 1) continue;
              clact_op op;
              clact_op_init(&op, act);
              op.dtype = t;
              const double pv = (sg ? -1 : 1) * ldexp(1.37, e);
              op.param[0] = pv;
              op.alpha = alphas[ai];
              for (int i = 0; i < N; ++i) {
                ref_store(t, a8, i, x_at(t, xs, pv, i));
                ref_store(t, b8, i, bfac[bi]);
              }
              int st = bwd ? clact_backward_host(ctx, &op, CLACT_FROM_X, N, a8, b8, y8)
                       : p ? clact_gated_forward_host(ctx, &op, N, a8, b8, y8)
                           : clact_forward_host(ctx, &op, N, a8, y8);
              if (st) continue;
              ref_zeros z;
              if (bwd) ref_find_derivative_zeros(&op, &z);
              double w = 0, wx = 0;
              int bad = 0;
              for (int i = 0; i < N; ++i) {
                const long double x = ref_load(t, a8, i), got = ref_load(t, y8, i);
                const long double g = bwd || p ? bfac[bi] : 1;
                if (!ref_in_domain(&op, d, x, bwd ? g : 1, bwd ? 1 : g)) continue;
                double u;
                if (bwd) {
                  const long double f = ref_backward(&op, x, g);
                  if (isnan(f)) continue;
                  ++judged;
                  if (!ref_judge_blend(&op, d, &z, x, g, f, 0, got, &u)) {
                    ++bad;
                    if (!(u > bound)) u = INFINITY; /* failed by the infinity rules */
                  }
                  if (!(u <= w)) w = u, wx = (double)x;
                  continue;
                }
                clact_op o1 = op;
                o1.alpha = 1;
                const long double al = t == CLACT_F64 ? op.alpha : (float)op.alpha;
                const long double f1 = ref_forward(&o1, x), fb = f1 * g;
                if (isnan(fb)) continue;
                /* the value before alpha (or before b) past the compute type's range: that
                 * infinity, as documented (b and alpha join after it) */
                const long double top = t == CLACT_F64 ? 1.79e308L : 3.40282e38L;
                if (fabsl(fb) > top || fabsl(f1) > top) continue;
                const long double f = al * fb;
                ++judged;
                u = isnan(got) ? INFINITY : ulp_error(t, got, f);
                if (!(u <= w)) w = u, wx = (double)x;
                bad += !(u <= bound + 1);
              }
              if (w > worst) worst = w;
              if (bad) {
                if (!over || e < ebad_lo) ebad_lo = e;
                if (!over || e > ebad_hi) ebad_hi = e;
                ++over;
                if (over < 40)
                  printf("%s %s p0 %g %s %s %a alpha %a xs %d: worst %.3g ulp at x %g, %d over\n",
                         argv[1], argv[2], pv,
                         bwd ? "bwd"
                         : p ? "gated"
                             : "1-D",
                         bwd ? "dy" : "b", bfac[bi], alphas[ai], xs, w, wx, bad);
              }
            }
  printf("%s %s %s e %d..%d step %d: %ld judged, worst %.3f, %d configurations over %.1f", argv[1],
         argv[2], bwd ? "bwd" : "fwd", emin, emax, estep, judged, worst, over,
         bwd ? bound : bound + 1);
  if (over) printf(" (param 2^e, e from %d to %d)", ebad_lo, ebad_hi);
  printf("\n");
  clact_context_destroy(ctx);
  return 0;
}
