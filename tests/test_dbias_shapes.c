/* test_dbias_shapes.c — clact_bias_grad_view gives the same bits on both launch shapes:
 * the CPU's (one block per work-item) and the GPU's grid-stride one, forced on this device
 * by CLACT_LAUNCH=grid, twice on each; and each dbias element is the long-double sum of
 * its dx elements within the compensated sum's bound. NCHW with a per-channel bias, and
 * [tokens, features] with a per-feature one, in f32 and f64 (f64 where supported). */
#include "harness.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct dbias_case {
  const char *name;
  int rank, brank;
  size_t size[4], bsize[4];
} dbias_case;

static const dbias_case cases[] = {
    {"nchw", 4, 3, {3, 37, 5, 7}, {37, 1, 1}},
    {"tokens_features", 2, 1, {301, 67}, {67}},
};

/* dbias of dx (values given) on ctx, read back into db (nb elements). */
static int dbias_on(clact_context *ctx, clact_dtype t, const clact_tensor *xv,
                    const clact_tensor *bv, const long double *dx, size_t n, size_t nb,
                    long double *db) {
  cl_mem bdx = test_buffer(ctx, t, n, dx),
         bdb = test_buffer(ctx, t, nb, dx); /* junk the call overwrites */
  const int failed = !bdx || !bdb ||
                     clact_bias_grad_view(ctx, t, bdx, xv, bdb, bv, 0, NULL, NULL) ||
                     test_read(ctx, t, bdb, nb, db);
  clact_buffer_release(bdx), clact_buffer_release(bdb);
  return failed;
}

static int run_case(clact_context *const ctxs[2], clact_dtype t, const dbias_case *c,
                    unsigned long long seed) {
  clact_tensor xv, bv;
  CHECK_OK(clact_tensor_init_dense(&xv, c->rank, c->size, 0));
  CHECK_OK(clact_tensor_init_dense(&bv, c->brank, c->bsize, 0));
  size_t n = 1, nb = 1;
  for (int d = 0; d < c->rank; ++d)
    n *= c->size[d];
  for (int d = 0; d < c->brank; ++d)
    nb *= c->bsize[d];
  long double *dx = calloc(n, sizeof *dx), *db = calloc(4 * nb, sizeof *db);
  long double *sum = calloc(nb, sizeof *sum), *abs_sum = calloc(nb, sizeof *abs_sum);
  int failed = !dx || !db || !sum || !abs_sum;
  unsigned long long state = seed;
  /* values of mixed sign and magnitude, rounded to the dtype, so that order matters */
  for (size_t i = 0; !failed && i < n; ++i)
    dx[i] =
        ref_round(t, test_uniform(&state, -1, 1) * ldexp(1.0, (int)(test_rand(&state) % 20) - 10));
  /* element i of the dense dx belongs to bias element (i / inner) % C for NCHW, i % F for
   * [tokens, features]: the bias view's own dense index */
  const size_t inner = c->rank == 4 ? c->size[2] * c->size[3] : 1;
  for (size_t i = 0; !failed && i < n; ++i) {
    const size_t k = (i / inner) % nb;
    sum[k] += dx[i], abs_sum[k] += fabsl(dx[i]);
  }
  for (int run = 0; !failed && run < 4; ++run) /* contiguous twice, grid-stride twice */
    failed |= dbias_on(ctxs[run / 2], t, &xv, &bv, dx, n, nb, db + (size_t)run * nb);
  size_t bad = 0;
  const long double u = t == CLACT_F64 ? 0x1p-53L : 0x1p-24L;
  for (size_t k = 0; !failed && k < nb; ++k) {
    const long double tol = 2 * u * fabsl(sum[k]) + 4 * u * u * abs_sum[k] * (long double)n;
    if (!(fabsl(db[k] - sum[k]) <= tol) && bad++ < 5)
      fprintf(stderr, "  %s %s dbias[%zu] = %.21Lg, sum %.21Lg\n", c->name, clact_dtype_name(t), k,
              db[k], sum[k]);
    for (int run = 1; run < 4; ++run) { /* finite values: equal value and sign, equal bits */
      const long double o = db[(size_t)run * nb + k];
      if ((o != db[k] || signbit(o) != signbit(db[k])) && bad++ < 5)
        fprintf(stderr, "  %s %s dbias[%zu]: run 0 %.21Lg, run %d %.21Lg\n", c->name,
                clact_dtype_name(t), k, db[k], run, o);
    }
  }
  printf("  %s %s: %zu dbias elements over %zu dx, 4 runs (2 shapes): %zu failures\n", c->name,
         clact_dtype_name(t), nb, n, bad);
  free(dx), free(db), free(sum), free(abs_sum);
  return failed || bad != 0;
}

int test_dbias_shapes(const char *arg) {
  (void)arg;
  const unsigned long long seed = 0xdb1a5ULL;
  printf("seed %llu\n", seed);
  clact_context *ctxs[2] = {test_context(), NULL};
  CHECK(ctxs[0]);
  const char *old = getenv("CLACT_LAUNCH");
  char *saved = old ? strdup(old) : NULL;
  setenv("CLACT_LAUNCH", "grid", 1);
  ctxs[1] = test_context();
  if (saved)
    setenv("CLACT_LAUNCH", saved, 1);
  else
    unsetenv("CLACT_LAUNCH");
  free(saved);
  int failed = !ctxs[1];
  static const clact_dtype types[] = {CLACT_F32, CLACT_F64};
  for (int ti = 0; !failed && ti < 2; ++ti) {
    if (!clact_context_supports(ctxs[0], types[ti])) continue;
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; ++c)
      failed |= run_case(ctxs, types[ti], &cases[c], seed + c * 7 + (unsigned)ti);
  }
  clact_context_destroy(ctxs[0]);
  clact_context_destroy(ctxs[1]);
  return failed;
}
