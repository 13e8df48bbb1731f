/* test_quant_computed.c — the quantizing activation from f32 and f64 (docs/QUANTIZED.md):
 * f computed on the device in the input's precision, then rounded to the 8-bit format.
 * Every activation (two parameter sets), every 8-bit output type with each of the
 * reference_q.h quantizations, on special and seeded random inputs, each result judged by
 * refq_judge_computed against the long-double reference (the correctly rounded code, or a
 * neighbouring one only where f(x) lies within the float path's bound of a rounding
 * boundary); a strided call leaves everything outside its view unwritten; and every
 * misuse of the new input types returns its status with nothing written. */
#include "harness.h"
#include "reference.h"
#include "reference_q.h"

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { N_RANDOM = 1536, N_MAX = 2048 };
static const clact_dtype TYPES8[] = {CLACT_U8, CLACT_S8, CLACT_FP8_E4M3, CLACT_FP8_E5M2};

/* Parameter sets: the defaults, and one other valid choice (as test_quant.c). */
static void op_variant(clact_op *op, clact_activation a, clact_dtype t, int v) {
  clact_op_init(op, a);
  op->dtype = t;
  if (v == 0) return;
  switch (a) {
  case CLACT_LEAKY_RELU: op->param[0] = 0.5; break;
  case CLACT_ELU:
  case CLACT_CELU: op->param[0] = 0.75; break;
  case CLACT_SWISH:
  case CLACT_SOFTPLUS: op->param[0] = 2.0; break;
  case CLACT_HARDTANH: op->param[0] = -0.25, op->param[1] = 2.5; break;
  case CLACT_SOFTSHRINK:
  case CLACT_HARDSHRINK: op->param[0] = 1.25; break;
  case CLACT_THRESHOLD: op->param[0] = 0.5, op->param[1] = -2.0; break;
  default: break;
  }
}

/* The inputs for output type y: the sweep of specials, then random values of three kinds:
 * uniform in [-8, 8], +-2^U(-40, 40), and values at and a few ulps around the midpoints
 * between neighbouring output values (so identity and relu meet exact ties). */
static size_t make_inputs(clact_dtype xt, const refq_type *y, unsigned long long *seed,
                          long double *x) {
  size_t n = 0;
  for (int i = 0; i < test_sweep_count; ++i)
    x[n++] = test_sweep[i];
  x[n++] = xt == CLACT_F64 ? DBL_MAX : FLT_MAX;
  x[n++] = xt == CLACT_F64 ? -DBL_TRUE_MIN : -FLT_TRUE_MIN;
  for (int i = 0; i < N_RANDOM; ++i) {
    const unsigned long long r = test_rand(seed);
    long double v;
    if (r % 3 == 0) {
      v = test_uniform(seed, -8, 8);
    } else if (r % 3 == 1) {
      v = ldexp(test_uniform(seed, 1, 2), (int)test_uniform(seed, -40, 40));
      if (r & 8) v = -v;
    } else {
      const unsigned c = (unsigned)(test_rand(seed) & 0xff);
      const long double a = refq_value(y, c), b = refq_value(y, (c + 1) & 0xff);
      v = isfinite(a) && isfinite(b) ? (a + b) / 2 : 1;
      const int ulps = (int)(test_rand(seed) % 5) - 2;
      if (xt == CLACT_F64) {
        double d = (double)v;
        for (int k = 0; k < abs(ulps); ++k)
          d = nextafter(d, ulps > 0 ? INFINITY : -INFINITY);
        v = d;
      } else {
        float f = (float)v;
        for (int k = 0; k < abs(ulps); ++k)
          f = nextafterf(f, ulps > 0 ? INFINITY : -INFINITY);
        v = f;
      }
    }
    x[n++] = xt == CLACT_F64 ? (long double)(double)v : (long double)(float)v;
  }
  return n;
}

/* One call of n inputs (dense) against the judge; prints the first failures. */
static int run_one(clact_context *ctx, const clact_op *op, clact_dtype xt, const refq_type *y,
                   const long double *x, size_t n, int *printed, long *inexact) {
  cl_mem xb = test_buffer(ctx, xt, n, x), yb = NULL;
  uint8_t out[N_MAX];
  int failed = !xb || clact_buffer_create(ctx, n, &yb) != CLACT_SUCCESS;
  if (!failed) {
    const clact_status st = clact_forward_q(ctx, op, n, xt, NULL, xb, 0, 1, y->dtype, &y->quant, yb,
                                            0, 1, 0, NULL, NULL);
    if (st) fprintf(stderr, "clact_forward_q: %s\n", clact_status_name(st));
    failed = st != CLACT_SUCCESS || clact_buffer_read(ctx, yb, 0, n, out) != CLACT_SUCCESS;
  }
  for (size_t i = 0; !failed && i < n; ++i) {
    if (!ref_in_domain(op, REF_FWD, x[i], 1, 1)) continue;
    uint64_t want;
    if (!refq_judge_computed(op, y, x[i], out[i], &want)) {
      failed = 1;
      if ((*printed)++ < 20)
        fprintf(stderr,
                "%s(%g, %g) %s %.21Lg -> %s(scale %g, zp %d): got 0x%02x, want 0x%02llx "
                "(f = %.21Lg)\n",
                clact_activation_name(op->activation), op->param[0], op->param[1],
                clact_dtype_name(xt), x[i], clact_dtype_name(y->dtype), y->quant.scale,
                y->quant.zero_point, out[i], (unsigned long long)want, ref_forward(op, x[i]));
    } else if (out[i] != want) {
      /* within the bound of a boundary: allowed, counted, the first few shown */
      if ((*inexact)++ < 8)
        printf("allowed: %s(%g, %g) %s %.21Lg -> %s(scale %g, zp %d): 0x%02x for 0x%02llx "
               "(f = %.21Lg)\n",
               clact_activation_name(op->activation), op->param[0], op->param[1],
               clact_dtype_name(xt), x[i], clact_dtype_name(y->dtype), y->quant.scale,
               y->quant.zero_point, out[i], (unsigned long long)want, ref_forward(op, x[i]));
    }
  }
  if (xb) clact_buffer_release(xb);
  if (yb) clact_buffer_release(yb);
  return failed;
}

/* A strided, offset call: the view's elements as a dense call gives them, everything else
 * of y untouched. */
static int run_strided(clact_context *ctx, const clact_op *op, clact_dtype xt, const refq_type *y,
                       const long double *x, size_t n) {
  enum { XO = 3, XS = 2, YO = 5, YS = 3 };
  long double *xs = calloc(XO + n * XS, sizeof *xs);
  const size_t ybytes = YO + (n - 1) * YS + 1;
  uint8_t *yh = malloc(ybytes), *back = malloc(ybytes);
  int failed = !xs || !yh || !back;
  cl_mem xb = NULL, yb = NULL;
  for (size_t i = 0; !failed && i < n; ++i)
    xs[XO + i * XS] = x[i];
  if (!failed) memset(yh, 0x5a, ybytes);
  if (!failed) failed = !(xb = test_buffer(ctx, xt, XO + n * XS, xs));
  if (!failed) failed = clact_buffer_create(ctx, ybytes, &yb) != CLACT_SUCCESS;
  if (!failed) failed = clact_buffer_write(ctx, yb, 0, ybytes, yh) != CLACT_SUCCESS;
  if (!failed)
    failed = clact_forward_q(ctx, op, n, xt, NULL, xb, XO, XS, y->dtype, &y->quant, yb, YO, YS, 0,
                             NULL, NULL) != CLACT_SUCCESS ||
             clact_buffer_read(ctx, yb, 0, ybytes, back) != CLACT_SUCCESS;
  for (size_t i = 0, j = 0; !failed && i < ybytes; ++i) {
    uint64_t want;
    if (i >= YO && (i - YO) % YS == 0) {
      if (!ref_in_domain(op, REF_FWD, x[j], 1, 1) ||
          refq_judge_computed(op, y, x[j], back[i], &want)) {
        ++j;
        continue;
      }
      ++j;
    } else if (back[i] == 0x5a) {
      continue;
    }
    fprintf(stderr, "%s strided: byte %zu is 0x%02x\n", clact_activation_name(op->activation), i,
            back[i]);
    failed = 1;
  }
  if (xb) clact_buffer_release(xb);
  if (yb) clact_buffer_release(yb);
  free(xs), free(yh), free(back);
  return failed;
}

static int computed(clact_dtype xt) {
  clact_context *ctx = test_context();
  CHECK(ctx);
  if (!clact_context_supports(ctx, xt)) {
    printf("%s not supported by the device: skipped\n", clact_dtype_name(xt));
    clact_context_destroy(ctx);
    return 0;
  }
  const unsigned long long seed0 = xt == CLACT_F64 ? 6464 : 3232;
  printf("seed %llu\n", seed0);
  unsigned long long seed = seed0;
  static long double x[N_MAX];
  int failed = 0, printed = 0;
  long calls = 0, results = 0, inexact = 0;
  for (int a = 0; a < CLACT_ACTIVATION_COUNT; ++a) {
    for (int v = 0; v < 2; ++v) {
      clact_op op;
      op_variant(&op, (clact_activation)a, xt, v);
      for (size_t t = 0; t < sizeof TYPES8 / sizeof TYPES8[0]; ++t) {
        for (int s = 0; s < REFQ_SETTINGS; ++s) {
          const refq_type y = {TYPES8[t], refq_setting(TYPES8[t], s)};
          const size_t n = make_inputs(xt, &y, &seed, x);
          failed |= run_one(ctx, &op, xt, &y, x, n, &printed, &inexact);
          ++calls;
          results += (long)n;
        }
      }
      const refq_type y = {TYPES8[a % 4], refq_setting(TYPES8[a % 4], 1 + v)};
      failed |= run_strided(ctx, &op, xt, &y, x, 300);
    }
  }
  printf("%s -> 8-bit: %ld calls, %ld results; %ld differ from the correctly rounded code "
         "within the bound of a boundary\n",
         clact_dtype_name(xt), calls, results, inexact);
  clact_context_destroy(ctx);
  return failed;
}

int test_quant_computed32(const char *arg) {
  (void)arg;
  return computed(CLACT_F32);
}
int test_quant_computed64(const char *arg) {
  (void)arg;
  return computed(CLACT_F64);
}

/* Misuse of the computed path: each call returns its status, and writes nothing. */
int test_quant_computed_errors(const char *arg) {
  (void)arg;
  clact_context *ctx = test_context();
  CHECK(ctx);
  enum { N = 64 };
  uint8_t sentinel[N];
  memset(sentinel, 0x5a, sizeof sentinel);
  cl_mem x = NULL, y = NULL;
  CHECK_OK(clact_buffer_create(ctx, N * sizeof(double), &x));
  double zeros[N] = {0};
  CHECK_OK(clact_buffer_write(ctx, x, 0, sizeof zeros, zeros));
  CHECK_OK(clact_buffer_create(ctx, sizeof sentinel, &y));
  CHECK_OK(clact_buffer_write(ctx, y, 0, sizeof sentinel, sentinel));
  clact_op op;
  clact_op_init(&op, CLACT_SIGMOID);
  const clact_quant good = {0.1, 0};
  const clact_dtype inputs[] = {CLACT_F32, CLACT_F64};
#define FWDQ(o, xt, yt, yq)                                                                        \
  clact_forward_q(ctx, o, N, xt, NULL, x, 0, 1, yt, yq, y, 0, 1, 0, NULL, NULL)
  for (int i = 0; i < 2; ++i) {
    const clact_dtype xt = inputs[i];
    /* the output's quantization */
    const clact_quant bad[] = {{0, 0},         {-1, 0},   {NAN, 0},  {INFINITY, 0},
                               {-INFINITY, 0}, {0.1, -1}, {0.1, 256}};
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; ++k)
      CHECK_STATUS(FWDQ(&op, xt, CLACT_U8, &bad[k]), CLACT_ERROR_INVALID_QUANT);
    const clact_quant s8_low = {0.1, -129}, s8_high = {0.1, 128}, fp8_zp = {1, 1},
                      fp8_zero = {0, 0}, fp8_nan = {NAN, 0};
    CHECK_STATUS(FWDQ(&op, xt, CLACT_S8, &s8_low), CLACT_ERROR_INVALID_QUANT);
    CHECK_STATUS(FWDQ(&op, xt, CLACT_S8, &s8_high), CLACT_ERROR_INVALID_QUANT);
    CHECK_STATUS(FWDQ(&op, xt, CLACT_FP8_E4M3, &fp8_zp), CLACT_ERROR_INVALID_QUANT);
    CHECK_STATUS(FWDQ(&op, xt, CLACT_FP8_E5M2, &fp8_zero), CLACT_ERROR_INVALID_QUANT);
    CHECK_STATUS(FWDQ(&op, xt, CLACT_FP8_E4M3, &fp8_nan), CLACT_ERROR_INVALID_QUANT);
    CHECK_STATUS(FWDQ(&op, xt, CLACT_U8, NULL), CLACT_ERROR_INVALID_ARGUMENT);
    CHECK_STATUS(FWDQ(NULL, xt, CLACT_U8, &good), CLACT_ERROR_INVALID_ARGUMENT);
    /* blending: beta != 0, alpha != 1 */
    clact_op blend = op;
    blend.beta = 0.5;
    CHECK_STATUS(FWDQ(&blend, xt, CLACT_U8, &good), CLACT_ERROR_INVALID_PARAMETER);
    blend = op, blend.alpha = 2;
    CHECK_STATUS(FWDQ(&blend, xt, CLACT_S8, &good), CLACT_ERROR_INVALID_PARAMETER);
    /* parameters as the compute precision sees them */
    clact_op soft;
    clact_op_init(&soft, CLACT_SOFTPLUS);
    soft.param[0] = 0;
    CHECK_STATUS(FWDQ(&soft, xt, CLACT_U8, &good), CLACT_ERROR_INVALID_PARAMETER);
    soft.param[0] = NAN;
    CHECK_STATUS(FWDQ(&soft, xt, CLACT_FP8_E5M2, NULL), CLACT_ERROR_INVALID_PARAMETER);
    clact_op unknown = op;
    unknown.activation = CLACT_ACTIVATION_COUNT;
    CHECK_STATUS(FWDQ(&unknown, xt, CLACT_U8, &good), CLACT_ERROR_INVALID_ACTIVATION);
    /* views: past the buffer, stride 0, an output overlapping the input */
    CHECK_STATUS(clact_forward_q(ctx, &op, N + 1, xt, NULL, y, 0, 1, CLACT_U8, &good, x, 0, 1, 0,
                                 NULL, NULL),
                 CLACT_ERROR_OUT_OF_RANGE);
    CHECK_STATUS(
        clact_forward_q(ctx, &op, N, xt, NULL, x, 0, 0, CLACT_U8, &good, y, 0, 1, 0, NULL, NULL),
        CLACT_ERROR_INVALID_STRIDE);
    CHECK_STATUS(
        clact_forward_q(ctx, &op, 8, xt, NULL, x, 0, 1, CLACT_U8, &good, x, 0, 1, 0, NULL, NULL),
        CLACT_ERROR_OVERLAP);
    CHECK_STATUS(
        clact_forward_q(NULL, &op, N, xt, NULL, x, 0, 1, CLACT_U8, &good, y, 0, 1, 0, NULL, NULL),
        CLACT_ERROR_INVALID_CONTEXT);
    /* no table for a float input wider than 16 bits */
    uint8_t table[256];
    memset(table, 0x5a, sizeof table);
    CHECK_STATUS(clact_lut_build(&op, xt, NULL, CLACT_U8, &good, table), CLACT_ERROR_INVALID_QUANT);
    for (int k = 0; k < 256; ++k)
      CHECK(table[k] == 0x5a);
  }
  /* a parameter finite as a double but not as a float: refused for f32 only */
  clact_op wide;
  clact_op_init(&wide, CLACT_LEAKY_RELU);
  wide.param[0] = 1e300;
  CHECK_STATUS(FWDQ(&wide, CLACT_F32, CLACT_U8, &good), CLACT_ERROR_INVALID_PARAMETER);
  /* backward on 8-bit storage (inference only) */
  clact_op op8 = op;
  op8.dtype = CLACT_U8;
  CHECK_STATUS(clact_backward(ctx, &op8, CLACT_FROM_X, N, x, 0, 1, x, 0, 1, y, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_QUANTIZED_DTYPE);
#undef FWDQ
  uint8_t back[sizeof sentinel];
  CHECK_OK(clact_buffer_read(ctx, y, 0, sizeof back, back));
  CHECK(memcmp(back, sentinel, sizeof back) == 0);
  /* and the same buffers work: f64 wide parameter accepted, the call writes */
  if (clact_context_supports(ctx, CLACT_F64)) {
    CHECK_OK(clact_forward_q(ctx, &wide, N, CLACT_F64, NULL, x, 0, 1, CLACT_U8, &good, y, 0, 1, 0,
                             NULL, NULL));
    CHECK_OK(clact_finish(ctx));
  }
  clact_buffer_release(x);
  clact_buffer_release(y);
  clact_context_destroy(ctx);
  return 0;
}
