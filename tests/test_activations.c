/* test_activations.c — every activation, direction and dtype against the host reference,
 * on awkward lengths, non-zero offsets, special values, and non-default parameters. */
#include "harness.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const size_t lengths[] = {1, 3, 4, 7, 8, 1000, 4099, (1u << 20) + 3};
enum { GUARD = 7, SENTINEL = 3 }; /* exact in every dtype */

/* Inputs: the sweep first, then values spread over every scale and both signs. */
static void make_inputs(clact_dtype t, size_t n, unsigned long long seed, long double *x,
                        long double *dy) {
  for (size_t i = 0; i < n; ++i) {
    double v;
    if (i < (size_t)test_sweep_count)
      v = test_sweep[i];
    else if (i % 3 == 0)
      v = test_uniform(&seed, -25.0, 25.0);
    else
      v = ldexp(test_uniform(&seed, 1.0, 2.0), (int)test_uniform(&seed, -40.0, 12.0)) *
          (test_rand(&seed) & 1 ? -1 : 1);
    x[i] = ref_round(t, v);
    dy[i] = ref_round(t, i % 5 == 0 ? 1.0 : test_uniform(&seed, -3.0, 3.0));
  }
  if (n > 10) dy[n / 2] = NAN; /* NaN in dy must come out as NaN */
}

typedef struct result {
  size_t failures;
  double worst[3]; /* per direction */
} result;

/* Compares out[off .. off+n) with the reference and the guard cells around it. */
static void judge(const clact_op *op, ref_dir d, const ref_zeros *z, size_t n, size_t off,
                  const long double *x, const long double *dy, const long double *in,
                  const long double *out, result *r) {
  for (size_t i = 0; i < off; ++i)
    if (out[i] != SENTINEL) ++r->failures;
  for (size_t i = 0; i < GUARD; ++i)
    if (out[off + n + i] != SENTINEL) ++r->failures;
  for (size_t i = 0; i < n; ++i) {
    const long double ref = d == REF_FWD   ? ref_forward(op, in[i])
                            : d == REF_BWD ? ref_backward(op, in[i], dy[i])
                                           : ref_backward_from_y(op, in[i], dy[i]);
    double ulps;
    if (!ref_judge(op, d, z, x[i], d == REF_FWD ? 1 : dy[i], out[off + i], ref, &ulps)) {
      if (r->failures++ < 5)
        fprintf(stderr,
                "  %s %s %s n=%zu: x=%.9Lg dy=%.9Lg in=%.9Lg got=%.9Lg ref=%.9Lg (%g ulp)\n",
                clact_activation_name(op->activation), clact_dtype_name(op->dtype), ref_dir_name(d),
                n, x[i], dy[i], in[i], out[off + i], ref, ulps);
    }
    if (isfinite(ulps) && ulps > r->worst[d]) r->worst[d] = ulps;
  }
}

/* Guard cells hold SENTINEL; the output range holds NaN, which beta = 0 must never read. */
static void fill_output(long double *out, size_t n, size_t off, size_t total) {
  for (size_t i = 0; i < total; ++i)
    out[i] = i >= off && i < off + n ? NAN : SENTINEL;
}

static int run_case(clact_context *ctx, const clact_op *op, size_t n, unsigned long long seed,
                    result *r) {
  const clact_dtype t = op->dtype;
  const size_t off_in = n % 5, off_out = 3 + n % 2, total = n + off_out + GUARD;
  long double *x = malloc(n * sizeof *x), *dy = malloc(n * sizeof *dy);
  long double *xin = malloc((n + off_in) * sizeof *xin),
              *dyin = malloc((n + off_in) * sizeof *dyin);
  long double *yin = malloc((n + off_in) * sizeof *yin), *yref = malloc(n * sizeof *yref);
  long double *out = malloc(total * sizeof *out);
  int err = !x || !dy || !xin || !dyin || !yin || !yref || !out;
  if (!err) {
    make_inputs(t, n, seed, x, dy);
    for (size_t i = 0; i < off_in; ++i)
      xin[i] = dyin[i] = yin[i] = 0;
    for (size_t i = 0; i < n; ++i) {
      xin[off_in + i] = x[i];
      dyin[off_in + i] = dy[i];
      yref[i] = ref_round(t, ref_forward(op, x[i])); /* what a forward call stores */
      yin[off_in + i] = yref[i];
    }
    fill_output(out, n, off_out, total);
  }
  cl_mem bx = err ? NULL : test_buffer(ctx, t, n + off_in, xin);
  cl_mem bdy = err ? NULL : test_buffer(ctx, t, n + off_in, dyin);
  cl_mem by = err ? NULL : test_buffer(ctx, t, n + off_in, yin);
  cl_mem bout = err ? NULL : test_buffer(ctx, t, total, out);
  err = err || !bx || !bdy || !by || !bout;
  ref_zeros z;
  ref_find_derivative_zeros(op, &z);
  const int dirs = clact_has_gradient_from_y(op) ? 3 : 2;
  for (int d = 0; d < dirs && !err; ++d) {
    clact_status st;
    if (d == REF_FWD)
      st = clact_forward(ctx, op, n, bx, off_in, 1, bout, off_out, 1, 0, NULL, NULL);
    else
      st = clact_backward(ctx, op, d == REF_BWD ? CLACT_FROM_X : CLACT_FROM_Y, n,
                          d == REF_BWD ? bx : by, off_in, 1, bdy, off_in, 1, bout, off_out, 1, 0,
                          NULL, NULL);
    if (st) {
      fprintf(stderr, "  enqueue failed: %s\n", clact_status_name(st));
      err = 1;
      break;
    }
    err = test_read(ctx, t, bout, total, out);
    if (!err) judge(op, (ref_dir)d, &z, n, off_out, x, dy, d == REF_BWDY ? yref : x, out, r);
    fill_output(out, n, off_out, total);
    clact_buffer_release(bout);
    bout = err ? NULL : test_buffer(ctx, t, total, out);
    err = err || !bout;
  }
  clact_buffer_release(bx);
  clact_buffer_release(bdy);
  clact_buffer_release(by);
  clact_buffer_release(bout);
  free(x), free(dy), free(xin), free(dyin), free(yin), free(yref), free(out);
  return err;
}

/* Runs every length with the given op; returns 1 on any failure. */
static int run_all(clact_context *ctx, const clact_op *op, const char *label) {
  result r = {0, {0, 0, 0}};
  /* CLACT_TEST_MAX_LENGTH skips longer lengths (the oclgrind runs: a simulator is slow) */
  const char *cap = getenv("CLACT_TEST_MAX_LENGTH");
  const size_t max_length = cap && *cap ? (size_t)strtoull(cap, NULL, 10) : SIZE_MAX;
  /* fixed seeds (splitmix64, tests/harness.c): the length at index k draws from 1000 + k */
  for (size_t k = 0; k < sizeof lengths / sizeof lengths[0]; ++k)
    if (lengths[k] <= max_length && run_case(ctx, op, lengths[k], 1000 + k, &r)) {
      fprintf(stderr, "  (inputs from seed %zu, length %zu)\n", 1000 + k, lengths[k]);
      return 1;
    }
  printf("seeds 1000..%zu: ", 1000 + sizeof lengths / sizeof lengths[0] - 1);
  printf("%s %s %s(%g, %g): worst ulp fwd %.3g bwd %.3g bwdy %.3g, %zu failures\n",
         clact_activation_name(op->activation), clact_dtype_name(op->dtype), label, op->param[0],
         op->param[1], r.worst[0], r.worst[1], r.worst[2], r.failures);
  return r.failures != 0;
}

/* arg: "NAME DTYPE" */
int test_activation(const char *arg) {
  char name[64], dtype[16];
  CHECK(sscanf(arg, "%63s %15s", name, dtype) == 2);
  clact_op op;
  clact_activation a;
  clact_dtype t;
  CHECK_OK(clact_activation_from_name(name, &a));
  CHECK_OK(clact_dtype_from_name(dtype, &t));
  CHECK_OK(clact_op_init(&op, a));
  op.dtype = t;
  clact_context *ctx = test_context();
  CHECK(ctx);
  int failed = 0;
  if (!clact_context_supports(ctx, t)) {
    /* a device without fp64 must say so clearly, never compute garbage */
    failed = clact_prepare(ctx, &op) != CLACT_ERROR_UNSUPPORTED_DTYPE;
    printf("%s %s: unsupported on this device (status checked)\n", name, dtype);
  } else {
    failed |= run_all(ctx, &op, "defaults");
    /* parameters other than the defaults */
    const char *pname;
    double pdef;
    int changed = 0;
    for (int i = 0; i < 2; ++i) {
      if (clact_activation_param(a, i, &pname, &pdef) == CLACT_SUCCESS) {
        op.param[i] = pdef == 0 ? 0.5 : pdef * (i ? 1.5 : 1.7);
        changed = 1;
      }
    }
    if (changed) failed |= run_all(ctx, &op, "params");
  }
  clact_context_destroy(ctx);
  return failed;
}
