/* softplus forward value on four paths (1-D, bias + f, gated y, gated db), beta 1 .. 2^127
 * (every e, odd e times 1.37), alphas up to 2^127, b / dy in {1, 2^-10, 2^40}: worst ulps
 * against the reference. argv[1]: dtype name (f32 default). */
#include "clact.h"
#include "reference.h"
#include <math.h>
#include <stdio.h>
#include <string.h>
enum { N = 6001 };
static long double worst_all[4];
static float af[N], bf[N], yf[N], df[N], dbf[N];
int main(int argc, char **argv) {
  clact_context *ctx;
  if (clact_context_create(&ctx, NULL)) return 1;
  const double bfac[] = {1, 0x1p-10, 0x1p40};
  const double alphas[] = {1, 0x1p10, 0x1p30, 0x1p60, 0x1p100, 0x1p127};
  const char *pn[4] = {"1-D", "bias", "gated y", "gated db"};
  cl_mem bx, bb, by;
  clact_buffer_create(ctx, N * 4, &bx);
  clact_buffer_create(ctx, 4, &bb);
  clact_buffer_create(ctx, N * 4, &by);
  const float zero = 0;
  clact_buffer_write(ctx, bb, 0, 4, &zero);
  for (int e = 0; e <= 127; ++e) {
    const double beta = ldexp(1.0, e) * (e & 1 ? 1.37 : 1.0);
    if (beta > 3.4e38) continue;
    for (int bi = 0; bi < 3; ++bi)
      for (int ai = 0; ai < 6; ++ai) {
        if (bfac[bi] * alphas[ai] > 0x1p200) continue;
        clact_op op;
        clact_op_init(&op, CLACT_SOFTPLUS);
        op.param[0] = beta;
        op.alpha = alphas[ai];
        for (int i = 0; i < N; ++i) {
          af[i] = (float)((-140.0 + 160.0 * i / (N - 1)) / beta);
          bf[i] = df[i] = (float)bfac[bi];
        }
        for (int p = 0; p < 4; ++p) {
          if (p < 2 && bi) continue; /* no b there */
          if (bfac[bi] < 1 && alphas[ai] <= 1) continue;
          int st = 0;
          if (p == 0) st = clact_forward_host(ctx, &op, N, af, yf);
          if (p == 1) {
            clact_tensor xv, bv;
            size_t n = N, one = 1;
            clact_tensor_init_dense(&xv, 1, &n, 0);
            clact_tensor_init_dense(&bv, 1, &one, 0);
            clact_buffer_write(ctx, bx, 0, N * 4, af);
            st = clact_bias_forward_view(ctx, &op, bx, &xv, bb, &bv, by, &xv, 0, NULL, NULL);
            if (!st) st = clact_buffer_read(ctx, by, 0, N * 4, yf);
          }
          if (p == 2) st = clact_gated_forward_host(ctx, &op, N, af, bf, yf);
          if (p == 3) st = clact_gated_backward_host(ctx, &op, N, af, bf, df, yf, dbf);
          if (st) {
            printf("status %d\n", st);
            return 2;
          }
          const float *got = p == 3 ? dbf : yf;
          double worst = 0, wz = 0;
          int bad = 0;
          for (int i = 0; i < N; ++i) {
            clact_op o1 = op;
            o1.alpha = 1;
            const long double f =
                (long double)(float)alphas[ai] * ref_forward(&o1, af[i]) * (p >= 2 ? bfac[bi] : 1);
            const double u = ulp_error(CLACT_F32, got[i], f);
            if (!(u <= worst)) worst = u, wz = af[i] * beta;
            bad += u > 2;
          }
          if (worst > worst_all[p]) worst_all[p] = worst;
          if (worst > 2)
            printf("%s beta %g (2^%d) b/dy %a alpha %a: worst %.3g ulp at z %.4g, %d over 2\n",
                   pn[p], beta, e, bfac[bi], alphas[ai], worst, wz, bad);
        }
      }
  }
  for (int p = 0; p < 4; ++p)
    printf("%s: worst %.3Lf ulp\n", pn[p], worst_all[p]);
  clact_context_destroy(ctx);
  return 0;
}
