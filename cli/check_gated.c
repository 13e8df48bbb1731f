/* check_gated.c — `clact check`'s gated and bias rows: GLU, SwiGLU, GeGLU, GeGLU-tanh,
 * ReGLU, gelu_quick-GLU, GPT-OSS's clamped SwiGLU and bias + gelu / bias + relu, forward and
 * backward, on sampled inputs (special values included) against the long-double reference,
 * held to docs/ACCURACY.md's bounds (ref_judge_gated; bias rows: the row's own bound at
 * s = x + bias in the compute precision). */
#include "cli.h"
#include "reference.h"

#include <math.h>
#include <stdlib.h>

enum { GN = 1 << 16 };

static const float SPECIAL[] = {NAN, INFINITY, -INFINITY, 0.0f, -0.0f, 1.0f, -1.0f, 7.0f, -7.0f};
enum { NSPECIAL = sizeof SPECIAL / sizeof SPECIAL[0] };

static double uni(unsigned long long *s, double lo, double hi) {
  *s = *s * 6364136223846793005ULL + 1442695040888963407ULL;
  return lo + (hi - lo) * (double)(*s >> 11) * 0x1p-53;
}

typedef struct grow {
  double worst;
  long double worst_a;
  unsigned long long fails;
} grow;

static void report(const char *dev, const char *name, const char *dir, clact_dtype t, double bound,
                   const grow *r, int csv) {
  const char *ok = r->fails ? "FAIL" : "ok";
  if (csv)
    printf("%s,%s,%s,%s,%d,%.3f,%.9Lg,%g,%s\n", dev, name, dir, clact_dtype_name(t), GN, r->worst,
           r->worst_a, bound, ok);
  else
    printf("%-12s %-9s %-5s %12d %10.3f %16.9Lg %6g  %s\n", name, dir, clact_dtype_name(t), GN,
           r->worst, r->worst_a, bound, ok);
  fflush(stdout);
}

static void judge(const clact_op *op, ref_dir d, const ref_zeros *z, long double a,
                  long double scale, long double got, long double ref, grow *r) {
  double u;
  if (!ref_judge_gated(op, d, z, a, scale, got, ref, &u)) {
    ++r->fails;
    u = isfinite(u) ? u : 1e30;
  }
  if (u > r->worst) r->worst = u, r->worst_a = a;
}

/* One gate (or clamped SwiGLU, or a bias row) in one dtype: both directions. */
static int gated_rows(clact_context *ctx, const char *dev, const char *name, clact_op op,
                      int clamped, unsigned char *buf[6], unsigned long long seed, int csv) {
  const clact_dtype t = op.dtype;
  const double limit = CLACT_GPT_OSS_LIMIT;
  for (int i = 0; i < GN; ++i) {
    const double a = i < NSPECIAL * NSPECIAL ? SPECIAL[i % NSPECIAL] : uni(&seed, -12, 12);
    const double b = i < NSPECIAL * NSPECIAL ? SPECIAL[i / NSPECIAL] : uni(&seed, -10, 10);
    ref_store(t, buf[0], (size_t)i, a);
    ref_store(t, buf[1], (size_t)i, b);
    ref_store(t, buf[2], (size_t)i, uni(&seed, -2, 2));
  }
  clact_status st;
  clact_tensor v;
  const size_t n = GN;
  clact_tensor_init_dense(&v, 1, &n, 0);
  if (clamped) { /* through buffers: the clamped calls have no host form */
    cl_mem m[6] = {NULL};
    const size_t es = clact_dtype_size(t);
    st = CLACT_SUCCESS;
    for (int k = 0; k < 6 && !st; ++k)
      st = clact_buffer_create(ctx, n * es, &m[k]);
    for (int k = 0; k < 3 && !st; ++k)
      st = clact_buffer_write(ctx, m[k], 0, n * es, buf[k]);
    if (!st)
      st = clact_gated_clamped_forward_view(ctx, &op, limit, m[0], &v, m[1], &v, m[3], &v, 0, NULL,
                                            NULL);
    if (!st)
      st = clact_gated_clamped_backward_view(ctx, &op, limit, m[0], &v, m[1], &v, m[2], &v, m[4],
                                             &v, m[5], &v, 0, NULL, NULL);
    for (int k = 3; k < 6 && !st; ++k)
      st = clact_buffer_read(ctx, m[k], 0, n * es, buf[k]);
    for (int k = 0; k < 6; ++k)
      clact_buffer_release(m[k]);
  } else {
    st = clact_gated_forward_host(ctx, &op, n, buf[0], buf[1], buf[3]);
    if (!st) st = clact_gated_backward_host(ctx, &op, n, buf[0], buf[1], buf[2], buf[4], buf[5]);
  }
  if (st) return cli_fail("check", st);
  ref_zeros z;
  ref_find_derivative_zeros(&op, &z);
  grow f = {0, 0, 0}, bk = {0, 0, 0};
  for (size_t i = 0; i < n; ++i) {
    long double a = ref_load(t, buf[0], i), b = ref_load(t, buf[1], i);
    const long double g = ref_load(t, buf[2], i);
    int pass_a = 1, pass_b = 1;
    if (clamped) {
      /* PyTorch's clamp_backward: where(min <= x <= max, grad, 0), so a NaN passes nothing */
      pass_a = a <= limit, pass_b = -limit <= b && b <= limit;
      a = a > limit ? limit : a;
      b = (b > limit ? limit : b < -limit ? -limit : b) + 1;
    }
    judge(&op, REF_FWD, &z, a, b, ref_load(t, buf[3], i), ref_forward(&op, a) * b, &f);
    judge(&op, REF_BWD, &z, a, g * b, ref_load(t, buf[4], i),
          pass_a ? ref_backward(&op, a, g) * b : 0, &bk);
    judge(&op, REF_FWD, &z, a, g, ref_load(t, buf[5], i), pass_b ? ref_forward(&op, a) * g : 0,
          &bk);
  }
  report(dev, name, "gated_fwd", t, ref_bound_ulp_gated(&op, REF_FWD), &f, csv);
  report(dev, name, "gated_bwd", t, ref_bound_ulp_gated(&op, REF_BWD), &bk, csv);
  return f.fails || bk.fails ? -1 : 0;
}

/* One bias row in one dtype: y = f(x + bias) and dx = dy f'(x + bias) over [GN / 256, 256]
 * with a per-feature bias of 256, through buffers; each result judged at s = x + bias as
 * the kernel forms it (rounded once to the compute precision: float, or double for f64)
 * by ref_judge, against the row's own bound (docs/ACCURACY.md, "Bias fused into the
 * activation"). */
enum { BIAS_F = 256 };
static int bias_rows(clact_context *ctx, const char *dev, const char *name, clact_op op,
                     unsigned char *buf[6], unsigned long long seed, int csv) {
  const clact_dtype t = op.dtype;
  const size_t es = clact_dtype_size(t), n = GN, sizes[2] = {GN / BIAS_F, BIAS_F}, bs = BIAS_F;
  for (size_t i = 0; i < n; ++i) {
    ref_store(t, buf[0], i, uni(&seed, -12, 12));
    ref_store(t, buf[2], i, uni(&seed, -2, 2));
  }
  for (size_t k = 0; k < BIAS_F; ++k)
    ref_store(t, buf[1], k, uni(&seed, -1, 1));
  clact_tensor xv, bv;
  clact_tensor_init_dense(&xv, 2, sizes, 0);
  clact_tensor_init_dense(&bv, 1, &bs, 0);
  cl_mem m[5] = {NULL};
  clact_status st = CLACT_SUCCESS;
  for (int k = 0; k < 5 && !st; ++k)
    st = clact_buffer_create(ctx, (k == 1 ? BIAS_F : n) * es, &m[k]);
  for (int k = 0; k < 3 && !st; ++k)
    st = clact_buffer_write(ctx, m[k], 0, (k == 1 ? BIAS_F : n) * es, buf[k]);
  if (!st) st = clact_bias_forward_view(ctx, &op, m[0], &xv, m[1], &bv, m[3], &xv, 0, NULL, NULL);
  if (!st)
    st = clact_bias_backward_view(ctx, &op, m[0], &xv, m[1], &bv, m[2], &xv, m[4], &xv, 0, NULL,
                                  NULL);
  for (int k = 3; k < 5 && !st; ++k)
    st = clact_buffer_read(ctx, m[k], 0, n * es, buf[k]);
  for (int k = 0; k < 5; ++k)
    clact_buffer_release(m[k]);
  if (st) return cli_fail("check", st);
  ref_zeros z;
  ref_find_derivative_zeros(&op, &z);
  grow f = {0, 0, 0}, bk = {0, 0, 0};
  for (size_t i = 0; i < n; ++i) {
    const long double sum = ref_load(t, buf[0], i) + ref_load(t, buf[1], i % BIAS_F);
    const long double s = t == CLACT_F64 ? (long double)(double)sum : (long double)(float)sum;
    const long double dy = ref_load(t, buf[2], i);
    double u;
    if (!ref_judge(&op, REF_FWD, &z, s, 1.0L, ref_load(t, buf[3], i), ref_forward(&op, s), &u))
      ++f.fails, u = isfinite(u) ? u : 1e30;
    if (u > f.worst) f.worst = u, f.worst_a = s;
    if (!ref_judge(&op, REF_BWD, &z, s, dy, ref_load(t, buf[4], i), ref_backward(&op, s, dy), &u))
      ++bk.fails, u = isfinite(u) ? u : 1e30;
    if (u > bk.worst) bk.worst = u, bk.worst_a = s;
  }
  report(dev, name, "bias_fwd", t, ref_bound_ulp(op.activation, REF_FWD, t), &f, csv);
  report(dev, name, "bias_bwd", t, ref_bound_ulp(op.activation, REF_BWD, t), &bk, csv);
  return f.fails || bk.fails ? -1 : 0;
}

int check_gated(clact_context *ctx, const char *dev, const cli_selection *sel, int csv) {
  static const struct {
    const char *name;
    clact_activation gate;
    int clamped;
  } rows[] = {{"glu", CLACT_SIGMOID, 0},     {"swiglu", CLACT_SWISH, 0},
              {"geglu", CLACT_GELU, 0},      {"geglu_tanh", CLACT_GELU_TANH, 0},
              {"reglu", CLACT_RELU, 0},      {"gelu_quick_glu", CLACT_GELU_QUICK, 0},
              {"swiglu_oss", CLACT_SWISH, 1}};
  const size_t es_max = 8;
  unsigned char *buf[6];
  int bad = 0, hard = 0;
  for (int k = 0; k < 6; ++k)
    buf[k] = malloc(GN * es_max);
  for (int k = 0; k < 6; ++k)
    if (!buf[k]) hard = 1;
  for (int t = 0; t < CLACT_DTYPE_COUNT && !hard; ++t) {
    if (!sel->dtype[t] || !clact_context_supports(ctx, (clact_dtype)t)) continue;
    for (size_t r = 0; r < sizeof rows / sizeof rows[0] && !hard; ++r) {
      clact_op op;
      clact_op_init(&op, rows[r].gate);
      op.dtype = (clact_dtype)t;
      if (rows[r].clamped) op.param[0] = CLACT_GPT_OSS_ALPHA;
      const int rc = gated_rows(ctx, dev, rows[r].name, op, rows[r].clamped, buf,
                                0x16ULL * 1000 + r * 31 + (unsigned)t, csv);
      if (rc > 0) hard = 1;
      if (rc < 0) bad = 1;
    }
    static const struct {
      const char *name;
      clact_activation act;
    } brows[] = {{"bias_gelu", CLACT_GELU}, {"bias_relu", CLACT_RELU}, {"bias_swish", CLACT_SWISH}};
    for (size_t r = 0; r < sizeof brows / sizeof brows[0] && !hard; ++r) {
      clact_op op;
      clact_op_init(&op, brows[r].act);
      op.dtype = (clact_dtype)t;
      const int rc =
          bias_rows(ctx, dev, brows[r].name, op, buf, 0xb1a5ULL * 1000 + r * 31 + (unsigned)t, csv);
      if (rc > 0) hard = 1;
      if (rc < 0) bad = 1;
    }
  }
  for (int k = 0; k < 6; ++k)
    free(buf[k]);
  return hard ? 2 : bad;
}
