/* pathsweep.c: softplus f32 with beta > 2^64 on the calls other than the 1-D forward:
 * PATH nd (a transposed [1024, n / 1024] view: views.cl's register tiles), bias
 * (bias + softplus on [n / 1024, 1024], the bias per column, of z's scale), gated (y = alpha
 * g(a) b) or db (the gated backward's db = alpha dy g(a)); b and dy powers of two in
 * [2^-10, 2^40] by element. hugesweep.c's inputs (bench/results/s13-softplus/: 2^20 each,
 * z = beta x over [-130, 60] by a fixed LCG, seed printed, every 64th a large positive x),
 * its betas and alphas; the largest error in ulps against the long-double reference.
 *   cc -O2 -Iinclude -Ireference pathsweep.c -Lbuild -lclact build/reference/libclact_reference.a
 * -lm; ./a.out PATH */
#include "clact.h"
#include "reference.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { COLS = 1024 };

int main(int argc, char **argv) {
  const char *path = argc > 1 ? argv[1] : "";
  const int nd = !strcmp(path, "nd"), bias = !strcmp(path, "bias"), gated = !strcmp(path, "gated"),
            db = !strcmp(path, "db");
  if (!nd && !bias && !gated && !db) {
    fprintf(stderr, "usage: pathsweep nd|bias|gated|db\n");
    return 2;
  }
  clact_context *ctx;
  if (clact_context_create(&ctx, NULL)) return 1;
  static const float betas[] = {0x1.000002p64f, 0x1.8p64f, 1e20f,      0x1p80f, 1e30f,
                                0x1p100f,       0x1p120f,  0x1.fp126f, 3e38f,   FLT_MAX};
  static const float alphas[] = {1, 0x1p60f, 0x1p100f, 0x1p127f};
  const size_t n = (size_t)1 << 20, rows = n / COLS;
  float *x = malloc(n * 4), *xt = malloc(n * 4), *f = malloc(n * 4), *y = malloc(n * 4),
        *zero = calloc(n, 4), *bv = malloc(COLS * 4);
  cl_mem bx, bf, by, bz, bb;
  if (clact_buffer_create(ctx, n * 4, &bx) || clact_buffer_create(ctx, n * 4, &bf) ||
      clact_buffer_create(ctx, n * 4, &by) || clact_buffer_create(ctx, n * 4, &bz) ||
      clact_buffer_create(ctx, COLS * 4, &bb))
    return 1;
  const size_t sizes[2] = {rows, COLS};
  clact_tensor dense, tr, bview = {1, {COLS}, {1}, 0};
  clact_tensor_init_dense(&dense, 2, sizes, 0);
  tr = dense; /* x[r][c] at c rows + r */
  tr.stride[0] = 1, tr.stride[1] = rows;
  const unsigned long long seed = 20261202ull;
  printf("path %s, seed %llu\n", path, seed);
  unsigned long long fs = seed ^ 0x9e3779b97f4a7c15ull;
  for (size_t i = 0; i < n; ++i) { /* b or dy: 2^-10 .. 2^40 */
    fs = fs * 6364136223846793005ull + 1442695040888963407ull;
    f[i] = ldexpf(1.0f, (int)((fs >> 33) % 51) - 10);
  }
  clact_buffer_write(ctx, bf, 0, n * 4, f);
  clact_buffer_write(ctx, bz, 0, n * 4, zero);
  double all = 0;
  for (size_t b = 0; b < sizeof betas / sizeof *betas; ++b) {
    unsigned long long s = seed;
    for (size_t i = 0; i < n; ++i) {
      s = s * 6364136223846793005ull + 1442695040888963407ull;
      const double u = (double)(s >> 11) / 9007199254740992.0;
      x[i] = i % 64 == 63 ? (float)(u * 1e3 / betas[b] * exp2(80 * u))
                          : (float)((-130.0 + 190.0 * u) / betas[b]);
    }
    for (size_t i = 0; i < n; ++i)
      xt[(i % COLS) * rows + i / COLS] = x[i];
    for (size_t c = 0; c < COLS; ++c)
      bv[c] = (float)((((int)c % 7) - 3) * 0.37 / betas[b]);
    clact_buffer_write(ctx, bx, 0, n * 4, nd ? xt : x);
    clact_buffer_write(ctx, bb, 0, COLS * 4, bv);
    for (size_t a = 0; a < sizeof alphas / sizeof *alphas; ++a) {
      clact_op op;
      clact_op_init(&op, CLACT_SOFTPLUS);
      op.param[0] = betas[b];
      op.alpha = alphas[a];
      clact_status st;
      if (nd)
        st = clact_forward_view(ctx, &op, bx, &tr, by, &dense, 0, NULL, NULL);
      else if (bias)
        st = clact_bias_forward_view(ctx, &op, bx, &dense, bb, &bview, by, &dense, 0, NULL, NULL);
      else if (gated)
        st = clact_gated_forward_view(ctx, &op, bx, &dense, bf, &dense, by, &dense, 0, NULL, NULL);
      else /* b = 0 (da = 0 into bz), dy = f, db into by */
        st = clact_gated_backward_view(ctx, &op, bx, &dense, bz, &dense, bf, &dense, bz, &dense, by,
                                       &dense, 0, NULL, NULL);
      if (st || clact_buffer_read(ctx, by, 0, n * 4, y)) return 1;
      double worst = 0;
      float at = 0;
      for (size_t i = 0; i < n; ++i) {
        const float in = bias ? x[i] + bv[i % COLS] : x[i]; /* the kernel's sum in float */
        const long double scale = (long double)alphas[a] * (gated || db ? f[i] : 1.0f);
        const double e = ulp_error(CLACT_F32, y[i], scale * ref_forward(&op, in));
        if (!(e <= worst)) worst = e, at = in;
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
