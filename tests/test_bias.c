/* test_bias.c — an activation with a bias fused in, and the bias gradient, for one
 * activation and dtype: NCHW with a per-channel bias {C, 1, 1}, NHWC and [tokens,
 * features] with {C}. y and dx against the long-double reference of f(s) where s = x + bias
 * rounded to the compute precision (the contract: formed in float for f32, f16, bf16);
 * dbias against a long-double sum of dx, and the same bits from a second run and from a
 * transposed, padded copy of dx (another walk of the same values). Fixed printed seed. */
#include "harness.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { B_GUARD = 4, B_SENTINEL = 3 };

typedef struct bias_case {
  const char *name;
  int rank;
  size_t size[4];
  int brank;
  size_t bsize[4];
} bias_case;

static const bias_case cases[] = {
    {"nchw", 4, {2, 3, 4, 5}, 3, {3, 1, 1}},
    {"nhwc", 4, {2, 4, 5, 3}, 1, {3}},
    {"tokens", 2, {7, 33}, 1, {33}},
};

static long double compute_round(clact_dtype t, long double v) {
  return t == CLACT_F64 ? (long double)(double)v : (long double)(float)v;
}

/* Element offset of index idx (of the call's shape) in a dense view of sizes v aligned
 * right, broadcasting its size-1 dimensions. */
static size_t dense_at(const clact_tensor *shape, const clact_tensor *v, const size_t *idx) {
  const int lead = shape->rank - v->rank;
  size_t off = v->offset;
  for (int d = lead; d < shape->rank; ++d)
    if (v->size[d - lead] != 1) off += idx[d] * v->stride[d - lead];
  return off;
}

static int next_index(const clact_tensor *s, size_t *idx) {
  for (int d = s->rank - 1; d >= 0; --d) {
    if (++idx[d] < s->size[d]) return 1;
    idx[d] = 0;
  }
  return 0;
}

static int run_case(clact_context *ctx, const clact_op *op, const bias_case *bc,
                    unsigned long long seed) {
  const clact_dtype t = op->dtype;
  clact_tensor sv, bv;
  if (clact_tensor_init_dense(&sv, bc->rank, bc->size, 0) ||
      clact_tensor_init_dense(&bv, bc->brank, bc->bsize, 0))
    return 1;
  size_t n = 1, nb = 1;
  for (int d = 0; d < bc->rank; ++d)
    n *= bc->size[d];
  for (int d = 0; d < bc->brank; ++d)
    nb *= bc->bsize[d];
  long double *x = malloc(n * sizeof *x), *dy = malloc(n * sizeof *dy), *c = malloc(nb * sizeof *c);
  long double *y = malloc((n + B_GUARD) * sizeof *y), *dx = malloc((n + B_GUARD) * sizeof *dx);
  long double *db = malloc((nb + B_GUARD) * sizeof *db),
              *db2 = malloc((nb + B_GUARD) * sizeof *db2);
  long double *db3 = malloc((nb + B_GUARD) * sizeof *db3), *dxt = malloc(3 * n * sizeof *dxt);
  if (!x || !dy || !c || !y || !dx || !db || !db2 || !db3 || !dxt) return 1;
  for (size_t i = 0; i < n; ++i) {
    x[i] = ref_round(t, test_uniform(&seed, -5.0, 5.0));
    dy[i] = ref_round(t, test_uniform(&seed, -2.0, 2.0));
  }
  for (size_t i = 0; i < nb; ++i)
    c[i] = ref_round(t, test_uniform(&seed, -1.0, 1.0));
  for (size_t i = 0; i < n + B_GUARD; ++i)
    y[i] = dx[i] = B_SENTINEL;
  for (size_t i = 0; i < nb + B_GUARD; ++i)
    db[i] = B_SENTINEL;
  cl_mem bx = test_buffer(ctx, t, n, x), bdy = test_buffer(ctx, t, n, dy),
         bc_ = test_buffer(ctx, t, nb, c), by = test_buffer(ctx, t, n + B_GUARD, y),
         bdx = test_buffer(ctx, t, n + B_GUARD, dx), bdb = test_buffer(ctx, t, nb + B_GUARD, db);
  int failed = !bx || !bdy || !bc_ || !by || !bdx || !bdb;
  int st =
      failed ? -1 : clact_bias_forward_view(ctx, op, bx, &sv, bc_, &bv, by, &sv, 0, NULL, NULL);
  if (!st)
    st = clact_bias_backward_view(ctx, op, bx, &sv, bc_, &bv, bdy, &sv, bdx, &sv, 0, NULL, NULL);
  if (!st) st = clact_bias_grad_view(ctx, t, bdx, &sv, bdb, &bv, 0, NULL, NULL);
  if (st || test_read(ctx, t, by, n + B_GUARD, y) || test_read(ctx, t, bdx, n + B_GUARD, dx) ||
      test_read(ctx, t, bdb, nb + B_GUARD, db)) {
    fprintf(stderr, "  %s: status %s\n", bc->name, clact_status_name(st));
    failed = 1;
  }
  /* dbias again: the same call, and from a transposed, padded copy of dx */
  if (!failed) {
    st = clact_bias_grad_view(ctx, t, bdx, &sv, bdb, &bv, 0, NULL, NULL);
    failed |= st || test_read(ctx, t, bdb, nb + B_GUARD, db2);
    clact_tensor tv = sv; /* the same logical tensor, dimensions laid out in reverse */
    size_t step = 1;
    for (int d = 0; d < tv.rank; ++d) {
      tv.stride[d] = step;
      step = step * tv.size[d] + 1;
    }
    tv.offset = 2;
    const size_t tn = step + 2;
    for (size_t i = 0; i < tn && i < 3 * n; ++i)
      dxt[i] = 0;
    size_t idx[CLACT_MAX_RANK] = {0};
    do
      dxt[dense_at(&sv, &tv, idx)] = dx[dense_at(&sv, &sv, idx)];
    while (next_index(&sv, idx));
    cl_mem bdxt = tn <= 3 * n ? test_buffer(ctx, t, tn, dxt) : NULL;
    failed |= !bdxt || clact_bias_grad_view(ctx, t, bdxt, &tv, bdb, &bv, 0, NULL, NULL) ||
              test_read(ctx, t, bdb, nb + B_GUARD, db3);
    clact_buffer_release(bdxt);
  }
  ref_zeros z;
  ref_find_derivative_zeros(op, &z);
  size_t bad = 0;
  double worst[2] = {0, 0};
  long double *sum = calloc(nb, sizeof *sum), *abs_sum = calloc(nb, sizeof *abs_sum);
  failed |= !sum || !abs_sum;
  size_t idx[CLACT_MAX_RANK] = {0};
  if (!failed) do {
      const size_t i = dense_at(&sv, &sv, idx), k = dense_at(&sv, &bv, idx);
      const long double s = compute_round(t, x[i] + c[k]);
      double u;
      const long double yr = ref_forward(op, s), dxr = ref_backward(op, s, dy[i]);
      const int ok = ref_judge(op, REF_FWD, &z, s, 1, y[i], yr, &u);
      if (ok && u > worst[0]) worst[0] = u;
      const int okb = ref_judge(op, REF_BWD, &z, s, dy[i], dx[i], dxr, &u);
      if (okb && u > worst[1]) worst[1] = u;
      if ((!ok || !okb) && bad++ < 5)
        fprintf(stderr, "  %s %s %s: x=%.9Lg bias=%.9Lg y=%.9Lg/%.9Lg dx=%.9Lg/%.9Lg\n",
                clact_activation_name(op->activation), clact_dtype_name(t), bc->name, x[i], c[k],
                y[i], yr, dx[i], dxr);
      sum[k] += dx[i], abs_sum[k] += fabsl(dx[i]);
    } while (next_index(&sv, idx));
  const long double u = t == CLACT_F64 ? 0x1p-53L : 0x1p-24L;
  for (size_t k = 0; !failed && k < nb; ++k) {
    /* Neumaier in the compute precision, rounded once to storage */
    const long double tol = 2 * u * fabsl(sum[k]) + 4 * u * u * abs_sum[k] * (long double)n;
    if (!(fabsl(db[k] - sum[k]) <= tol || ulp_error(t, db[k], sum[k]) <= 1) && bad++ < 5)
      fprintf(stderr, "  %s dbias[%zu] = %.12Lg, sum %.12Lg\n", bc->name, k, db[k], sum[k]);
    if (db[k] != db2[k] || db[k] != db3[k]) { /* finite inputs: no NaN to compare */
      if (bad++ < 5)
        fprintf(stderr, "  %s dbias[%zu] not reproduced: %.12Lg %.12Lg %.12Lg\n", bc->name, k,
                db[k], db2[k], db3[k]);
    }
  }
  for (size_t i = 0; !failed && i < B_GUARD; ++i)
    if (y[n + i] != B_SENTINEL || dx[n + i] != B_SENTINEL || db[nb + i] != B_SENTINEL) ++bad;
  if (!failed)
    printf("  %s %s %s: worst y %.2f, dx %.2f ulp; dbias reproduced; %zu failures\n",
           clact_activation_name(op->activation), clact_dtype_name(t), bc->name, worst[0], worst[1],
           bad);
  failed |= bad != 0;
  clact_buffer_release(bx), clact_buffer_release(bdy), clact_buffer_release(bc_);
  clact_buffer_release(by), clact_buffer_release(bdx), clact_buffer_release(bdb);
  free(x), free(dy), free(c), free(y), free(dx), free(db), free(db2), free(db3), free(dxt);
  free(sum), free(abs_sum);
  return failed;
}

/* One activation (by name) in one dtype, on every case. */
static int bias_one(clact_context *ctx, const char *name, const char *dtype) {
  clact_op op;
  clact_activation a;
  clact_dtype t;
  CHECK_OK(clact_activation_from_name(name, &a));
  CHECK_OK(clact_dtype_from_name(dtype, &t));
  CHECK_OK(clact_op_init(&op, a));
  op.dtype = t;
  int failed = 0;
  if (!clact_context_supports(ctx, t)) {
    printf("%s %s: unsupported on this device\n", name, dtype);
    const size_t n = 4;
    clact_tensor v;
    cl_mem m = NULL;
    failed = clact_tensor_init_dense(&v, 1, &n, 0) || clact_buffer_create(ctx, 64, &m) ||
             clact_bias_forward_view(ctx, &op, m, &v, m, &v, m, &v, 0, NULL, NULL) !=
                 CLACT_ERROR_UNSUPPORTED_DTYPE;
    clact_buffer_release(m);
  } else {
    const unsigned long long seed = 0xb1a5ULL + (unsigned long long)a * 17 + (unsigned)t;
    printf("seed %llu\n", seed);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; ++i)
      failed |= run_case(ctx, &op, &cases[i], seed + i);
  }
  return failed;
}

/* arg: "ACT,ACT,... DTYPE", one family's rows (tests/main.c, PER_FAMILY_TESTS). */
int test_bias(const char *arg) { return test_each_row(arg, "bias", bias_one); }
