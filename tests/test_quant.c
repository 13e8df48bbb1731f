/* test_quant.c — the 8-bit activations (docs/QUANTIZED.md): every table against the
 * oracle (reference/reference_q.h: a different decoding and rounding, on the long-double
 * reference), ties that must go to even, the lookup kernel on the device against the
 * table (offsets, strides, in place, tails), and every misuse with nothing written. */
#include "harness.h"
#include "reference_q.h"

#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The quantizations: reference_q.h's, shared with `clact check`. */
enum { NQ = REFQ_SETTINGS };
static clact_quant QS[4][NQ]; /* per 8-bit type, filled by quants() */
static const clact_quant *quants(clact_dtype t) {
  clact_quant *q = QS[t - CLACT_U8];
  for (int i = 0; i < NQ; ++i)
    q[i] = refq_setting(t, i);
  return q;
}
static const clact_dtype TYPES8[] = {CLACT_U8, CLACT_S8, CLACT_FP8_E4M3, CLACT_FP8_E5M2};
static const clact_dtype FLOATS[] = {CLACT_F32, CLACT_F16, CLACT_BF16, CLACT_F64};

/* Parameter sets per activation: the defaults, and one other valid choice. */
static void op_variant(clact_op *op, clact_activation a, int v) {
  clact_op_init(op, a);
  if (v == 0) return;
  switch (a) {
  case CLACT_LEAKY_RELU: op->param[0] = 0.5; break; /* exact products: ties reachable */
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

static uint64_t entry(const void *table, size_t es, unsigned c) {
  switch (es) {
  case 1: return ((const uint8_t *)table)[c];
  case 2: return ((const uint16_t *)table)[c];
  case 4: return ((const uint32_t *)table)[c];
  default: return ((const uint64_t *)table)[c];
  }
}

/* One table against the oracle; prints the first mismatches. 65536 entries for an f16/bf16
 * input. */
static uint64_t got_table[65536], want_table[65536];
static int compare_table(const clact_op *op, clact_dtype xt, const clact_quant *xq, clact_dtype yt,
                         const clact_quant *yq, int *printed) {
  const unsigned codes = clact_dtype_size(xt) == 2 ? 65536 : 256;
  uint64_t *got = got_table, *want = want_table;
  if (clact_lut_build(op, xt, xq, yt, yq, got) != CLACT_SUCCESS) {
    fprintf(stderr, "clact_lut_build failed for %s\n", clact_activation_name(op->activation));
    return 1;
  }
  const refq_type x = {xt, xq ? *xq : (clact_quant){0, 0}},
                  y = {yt, yq ? *yq : (clact_quant){0, 0}};
  refq_table(op, &x, &y, want);
  const size_t es = clact_dtype_size(yt);
  int bad = 0;
  for (unsigned c = 0; c < codes; ++c) {
    const uint64_t g = entry(got, es, c);
    if (refq_same(&y, g, want[c])) continue;
    /* f64: long double carries 11 bits more than a double, too few to round every
     * transcendental value correctly; f64 results are held to 1 ulp (docs/QUANTIZED.md) */
    if (yt == CLACT_F64 && (g - want[c] == 1 || want[c] - g == 1)) continue;
    ++bad;
    if ((*printed)++ < 20)
      fprintf(stderr,
              "%s(%g, %g) %s(scale %g, zp %d) code 0x%04x = %.21Lg -> %s(scale %g, zp %d): "
              "got 0x%llx (%.21Lg), want 0x%llx (%.21Lg)\n",
              clact_activation_name(op->activation), op->param[0], op->param[1],
              clact_dtype_name(xt), x.quant.scale, x.quant.zero_point, c, refq_decode(&x, c),
              clact_dtype_name(yt), y.quant.scale, y.quant.zero_point, (unsigned long long)g,
              refq_value(&y, g), (unsigned long long)want[c], refq_value(&y, want[c]));
  }
  return bad;
}

/* Every activation (two parameter sets), every 8-bit input type and quantization, to
 * every 8-bit output type (a quantization each) and every float type: 0 mismatches. */
int test_quant_tables(const char *arg) {
  int printed = 0;
  long tables = 0, bad = 0;
  for (int a = 0; a < CLACT_ACTIVATION_COUNT; ++a) {
    for (int v = 0; v < 2; ++v) {
      clact_op op;
      op_variant(&op, (clact_activation)a, v);
      for (int xi = 0; xi < 4; ++xi) {
        const clact_dtype xt = TYPES8[xi];
        for (int qi = 0; qi < NQ; ++qi) {
          const clact_quant *xq = &quants(xt)[qi];
          for (int yi = 0; yi < 4; ++yi) {
            const clact_dtype yt = TYPES8[yi];
            /* each input quantization meets two output ones of each type */
            for (int k = 0; k < 2; ++k, ++tables)
              bad += compare_table(&op, xt, xq, yt, &quants(yt)[(qi + 3 * k) % NQ], &printed);
          }
          for (int f = 0; f < 4; ++f, ++tables)
            bad += compare_table(&op, xt, xq, FLOATS[f], NULL, &printed);
        }
      }
    }
  }
  printf("%ld tables of 256 entries, %ld mismatches\n", tables, bad);
  return bad != 0;
}

/* f16 and bf16 inputs to every 8-bit type (the quantizing direction): every one of the
 * 65536 input codes, every activation, two quantizations per output type. */
int test_quant_tables16(const char *arg) {
  int printed = 0;
  long tables = 0, bad = 0;
  static const clact_dtype IN16[] = {CLACT_F16, CLACT_BF16};
  for (int a = 0; a < CLACT_ACTIVATION_COUNT; ++a) {
    clact_op op;
    op_variant(&op, (clact_activation)a, a % 2); /* defaults or the other set, by turns */
    for (int xi = 0; xi < 2; ++xi)
      for (int yi = 0; yi < 4; ++yi)
        for (int k = 0; k < 2; ++k, ++tables)
          bad += compare_table(&op, IN16[xi], NULL, TYPES8[yi],
                               &quants(TYPES8[yi])[(a + 3 * k) % NQ], &printed);
  }
  printf("%ld tables of 65536 entries, %ld mismatches\n", tables, bad);
  return bad != 0;
}

/* Ties: results exactly halfway between two codes go to the even one. */
typedef struct tie_case {
  clact_activation a;
  double p0;
  clact_dtype xt;
  clact_quant xq;
  unsigned code; /* input */
  clact_dtype yt;
  clact_quant yq;
  unsigned want; /* output code */
} tie_case;

int test_quant_ties(const char *arg) {
  static const tie_case cases[] = {
      /* relu(2.5) / 1 = 2.5 -> 2; relu(3.5) -> 4 */
      {CLACT_RELU, 0, CLACT_U8, {0.5, 0}, 5, CLACT_U8, {1, 0}, 2},
      {CLACT_RELU, 0, CLACT_U8, {0.5, 0}, 7, CLACT_U8, {1, 0}, 4},
      /* an odd zero point: q - zp even, not q: 2.5 + zp 1 -> 2 + 1 = 3 */
      {CLACT_IDENTITY, 0, CLACT_U8, {0.5, 0}, 5, CLACT_U8, {1, 1}, 3},
      /* hardswish(1.5) = 1.125 = 4.5 * 0.25 -> 4 */
      {CLACT_HARDSWISH, 0, CLACT_U8, {0.5, 0}, 3, CLACT_U8, {0.25, 0}, 4},
      /* hardswish(-1.5) = -0.375 = -1.5 * 0.25 -> -2 */
      {CLACT_HARDSWISH, 0, CLACT_S8, {0.5, 0}, (unsigned)(-3 & 0xff), CLACT_S8, {0.25, 0}, 0xfe},
      /* hardsigmoid(0) = 0.5 -> 0 with scale 1; sigmoid(0) = 0.5 -> 0 */
      {CLACT_HARDSIGMOID, 0, CLACT_S8, {1, 0}, 0, CLACT_S8, {1, 0}, 0},
      {CLACT_SIGMOID, 0, CLACT_S8, {1, 0}, 0, CLACT_S8, {1, 0}, 0},
      /* hardsigmoid(1.5) = 0.75 = 1.5 * 0.5 -> 2 */
      {CLACT_HARDSIGMOID, 0, CLACT_U8, {0.5, 0}, 3, CLACT_U8, {0.5, 0}, 2},
      /* leaky_relu(-5, 0.5) = -2.5 -> -2 */
      {CLACT_LEAKY_RELU, 0.5, CLACT_S8, {1, 0}, (unsigned)(-5 & 0xff), CLACT_S8, {1, 0}, 0xfe},
      /* softsign(1) = 0.5 = 2.5 * 0.2?  not exact in binary; softsign(1/3) = 1/4 exactly:
         x = 1 with scale 1: 0.5 = 0.5 * 1 -> 0 */
      {CLACT_SOFTSIGN, 0, CLACT_S8, {1, 0}, 1, CLACT_S8, {1, 0}, 0},
      /* E4M3: 17 lies halfway between 16 (0x58) and 18 (0x59): 16; 19 -> 20 (0x5a) */
      {CLACT_IDENTITY, 0, CLACT_U8, {1, 0}, 17, CLACT_FP8_E4M3, {1, 0}, 0x58},
      {CLACT_IDENTITY, 0, CLACT_U8, {1, 0}, 19, CLACT_FP8_E4M3, {1, 0}, 0x5a},
      /* E5M2: 9 halfway between 8 (0x48) and 10 (0x49): 8; 11 -> 12 (0x4a) */
      {CLACT_IDENTITY, 0, CLACT_U8, {1, 0}, 9, CLACT_FP8_E5M2, {1, 0}, 0x48},
      {CLACT_IDENTITY, 0, CLACT_U8, {1, 0}, 11, CLACT_FP8_E5M2, {1, 0}, 0x4a},
      /* E4M3 saturates: 255 * 2 = 510 -> 448 (0x7e); E5M2 overflows: 255 * 256 -> inf */
      {CLACT_IDENTITY, 0, CLACT_U8, {2, 0}, 255, CLACT_FP8_E4M3, {1, 0}, 0x7e},
      {CLACT_IDENTITY, 0, CLACT_U8, {256, 0}, 255, CLACT_FP8_E5M2, {1, 0}, 0x7c},
      /* E5M2 at 61440, the tie between 57344 and the next binade: to even, infinity */
      {CLACT_IDENTITY, 0, CLACT_U8, {256, 0}, 240, CLACT_FP8_E5M2, {1, 0}, 0x7c},
      /* u8 saturates */
      {CLACT_IDENTITY, 0, CLACT_S8, {1, 0}, 0x80, CLACT_U8, {1, 0}, 0},
      {CLACT_RELU6, 0, CLACT_U8, {1, 0}, 200, CLACT_U8, {0.01, 0}, 255},
      /* -0.0 in E4M3: relu gives +0, identity keeps -0 */
      {CLACT_RELU, 0, CLACT_FP8_E4M3, {1, 0}, 0x80, CLACT_FP8_E4M3, {1, 0}, 0x00},
      {CLACT_IDENTITY, 0, CLACT_FP8_E4M3, {1, 0}, 0x80, CLACT_FP8_E4M3, {1, 0}, 0x80},
      /* E5M2 -inf through tanh: -1 (0xbc) */
      {CLACT_TANH, 0, CLACT_FP8_E5M2, {1, 0}, 0xfc, CLACT_FP8_E5M2, {1, 0}, 0xbc},
  };
  int failed = 0;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; ++i) {
    const tie_case *t = &cases[i];
    clact_op op;
    clact_op_init(&op, t->a);
    if (t->p0) op.param[0] = t->p0;
    uint8_t table[256];
    CHECK_OK(clact_lut_build(&op, t->xt, &t->xq, t->yt, &t->yq, table));
    uint64_t want[256];
    const refq_type x = {t->xt, t->xq}, y = {t->yt, t->yq};
    refq_table(&op, &x, &y, want);
    if (table[t->code] != t->want || want[t->code] != t->want) {
      fprintf(stderr, "case %zu: %s of code 0x%02x: library 0x%02x, oracle 0x%02x, want 0x%02x\n",
              i, clact_activation_name(t->a), t->code, table[t->code], (unsigned)want[t->code],
              t->want);
      failed = 1;
    }
  }
  printf("%zu tie and saturation cases\n", sizeof cases / sizeof cases[0]);
  return failed;
}

/* The kernel: y = table[x] for every code, in runs with offsets, strides, in place and
 * tails, for each output size; results against clact_lut_build. */
static int run_device(clact_context *ctx, const clact_op *op, clact_dtype xt, const clact_quant *xq,
                      clact_dtype yt, const clact_quant *yq, size_t n, size_t xo, size_t xs,
                      size_t yo, size_t ys, int in_place) {
  const size_t es = clact_dtype_size(yt), xes = clact_dtype_size(xt);
  const size_t xbytes = (xo + (n - 1) * xs + 1) * xes, ybytes = (yo + (n - 1) * ys + 1) * es;
  uint8_t *xh = malloc(xbytes), *yh = malloc(ybytes), *y0 = malloc(ybytes);
  uint64_t *table = malloc(65536 * sizeof *table);
  int failed = !xh || !yh || !y0 || !table;
  unsigned long long seed = 7;
  for (size_t i = 0; !failed && i < xbytes; ++i)
    xh[i] = (uint8_t)test_rand(&seed);
  for (size_t i = 0; !failed && i < ybytes; ++i)
    y0[i] = 0xa5;
  cl_mem xb = NULL, yb = NULL;
  if (!failed) failed = clact_lut_build(op, xt, xq, yt, yq, table) != CLACT_SUCCESS;
  if (!failed) failed = clact_buffer_create(ctx, xbytes, &xb) != CLACT_SUCCESS;
  if (!failed) failed = clact_buffer_write(ctx, xb, 0, xbytes, xh) != CLACT_SUCCESS;
  if (!failed && !in_place) {
    failed = clact_buffer_create(ctx, ybytes, &yb) != CLACT_SUCCESS ||
             clact_buffer_write(ctx, yb, 0, ybytes, y0) != CLACT_SUCCESS;
  }
  if (!failed) {
    const clact_status st =
        in_place
            ? clact_forward_q(ctx, op, n, xt, xq, xb, xo, xs, yt, yq, xb, xo, xs, 0, NULL, NULL)
            : clact_forward_q(ctx, op, n, xt, xq, xb, xo, xs, yt, yq, yb, yo, ys, 0, NULL, NULL);
    if (st) fprintf(stderr, "clact_forward_q: %s\n", clact_status_name(st));
    failed = st != CLACT_SUCCESS ||
             clact_buffer_read(ctx, in_place ? xb : yb, 0, ybytes, yh) != CLACT_SUCCESS;
  }
  for (size_t i = 0, j = 0; !failed && i < ybytes / es; ++i) {
    const int in_view = j < n && i == yo + j * ys;
    const uint64_t got = entry(yh, es, (unsigned)i);
    const unsigned code = !in_view   ? 0
                          : xes == 1 ? xh[xo + j * xs]
                                     : (unsigned)entry(xh, 2, (unsigned)(xo + j * xs));
    const uint64_t want = in_view    ? entry(table, es, code)
                          : in_place ? xh[i]
                                     : entry(y0, es, (unsigned)i);
    if (in_view) ++j;
    if (got != want) {
      fprintf(stderr, "%s %s->%s n %zu: element %zu: got 0x%llx, want 0x%llx\n",
              clact_activation_name(op->activation), clact_dtype_name(xt), clact_dtype_name(yt), n,
              i, (unsigned long long)got, (unsigned long long)want);
      failed = 1;
    }
  }
  if (xb) clact_buffer_release(xb);
  if (yb) clact_buffer_release(yb);
  free(xh), free(yh), free(y0), free(table);
  return failed;
}

int test_quant_device(const char *arg) {
  clact_context *ctx = test_context();
  CHECK(ctx);
  int failed = 0;
  static const size_t lengths[] = {1, 15, 16, 17, 256, 4099, 65536 + 7};
  clact_op op;
  clact_op_init(&op, CLACT_HARDSWISH);
  const clact_quant xq = {0.05, 3}, yq = {0.02, -100};
  for (size_t k = 0; k < sizeof lengths / sizeof lengths[0]; ++k) {
    const size_t n = lengths[k];
    failed |= run_device(ctx, &op, CLACT_U8, &xq, CLACT_S8, &yq, n, 0, 1, 0, 1, 0);
    failed |= run_device(ctx, &op, CLACT_U8, &xq, CLACT_U8, &xq, n, 3, 1, 5, 1, 0);
    failed |= run_device(ctx, &op, CLACT_U8, &xq, CLACT_U8, &xq, n, 3, 1, 3, 1, 1);
    failed |= run_device(ctx, &op, CLACT_FP8_E4M3, NULL, CLACT_F32, NULL, n, 1, 2, 0, 3, 0);
    /* offsets of whole 16-element groups: the kernel's aligned vector path, each size */
    failed |= run_device(ctx, &op, CLACT_U8, &xq, CLACT_F32, NULL, n, 32, 1, 16, 1, 0);
    failed |= run_device(ctx, &op, CLACT_S8, &yq, CLACT_F16, NULL, n, 16, 1, 48, 1, 0);
    failed |= run_device(ctx, &op, CLACT_FP8_E5M2, NULL, CLACT_BF16, NULL, n, 0, 1, 7, 1, 0);
    if (clact_context_supports(ctx, CLACT_F64)) {
      failed |= run_device(ctx, &op, CLACT_S8, &yq, CLACT_F64, NULL, n, 2, 1, 1, 2, 0);
      failed |= run_device(ctx, &op, CLACT_S8, &yq, CLACT_F64, NULL, n, 16, 1, 32, 1, 0);
    }
    /* the quantizing direction: 16-bit codes in */
    failed |= run_device(ctx, &op, CLACT_F16, NULL, CLACT_S8, &yq, n, 1, 1, 0, 1, 0);
    failed |= run_device(ctx, &op, CLACT_BF16, NULL, CLACT_FP8_E4M3, NULL, n, 0, 3, 2, 2, 0);
  }
  clact_context_destroy(ctx);
  return failed;
}

/* Misuse: each call returns its status, and writes nothing. */
int test_quant_errors(const char *arg) {
  clact_context *ctx = test_context();
  CHECK(ctx);
  enum { N = 64 };
  uint8_t sentinel[N * 4];
  memset(sentinel, 0x5a, sizeof sentinel);
  cl_mem x = NULL, y = NULL;
  CHECK_OK(clact_buffer_create(ctx, N, &x));
  CHECK_OK(clact_buffer_create(ctx, sizeof sentinel, &y));
  CHECK_OK(clact_buffer_write(ctx, y, 0, sizeof sentinel, sentinel));
  clact_op op;
  clact_op_init(&op, CLACT_RELU);
  const clact_quant good = {0.1, 0};
#define FWDQ(o, xt, xq, yt, yq)                                                                    \
  clact_forward_q(ctx, o, N, xt, xq, x, 0, 1, yt, yq, y, 0, 1, 0, NULL, NULL)
  const struct {
    double scale;
    int zp;
  } bad_u8[] = {{0, 0}, {-1, 0}, {NAN, 0}, {INFINITY, 0}, {0.1, -1}, {0.1, 256}};
  for (size_t i = 0; i < sizeof bad_u8 / sizeof bad_u8[0]; ++i) {
    const clact_quant q = {bad_u8[i].scale, bad_u8[i].zp};
    CHECK_STATUS(FWDQ(&op, CLACT_U8, &q, CLACT_U8, &good), CLACT_ERROR_INVALID_QUANT);
    CHECK_STATUS(FWDQ(&op, CLACT_U8, &good, CLACT_U8, &q), CLACT_ERROR_INVALID_QUANT);
  }
  const clact_quant s8_low = {0.1, -129}, s8_high = {0.1, 128}, fp8_zp = {1, 1};
  CHECK_STATUS(FWDQ(&op, CLACT_S8, &s8_low, CLACT_S8, &good), CLACT_ERROR_INVALID_QUANT);
  CHECK_STATUS(FWDQ(&op, CLACT_S8, &good, CLACT_S8, &s8_high), CLACT_ERROR_INVALID_QUANT);
  CHECK_STATUS(FWDQ(&op, CLACT_FP8_E4M3, &fp8_zp, CLACT_F32, NULL), CLACT_ERROR_INVALID_QUANT);
  /* float in, float out: that is clact_forward's (f32/f64 to 8 bits: test_quant_computed.c) */
  CHECK_STATUS(FWDQ(&op, CLACT_F32, NULL, CLACT_F16, NULL), CLACT_ERROR_INVALID_QUANT);
  CHECK_STATUS(FWDQ(&op, CLACT_F16, NULL, CLACT_F32, NULL), CLACT_ERROR_INVALID_QUANT);
  CHECK_STATUS(FWDQ(&op, CLACT_U8, NULL, CLACT_U8, &good), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(FWDQ(&op, CLACT_U8, &good, CLACT_S8, NULL), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(FWDQ(&op, (clact_dtype)4, &good, CLACT_U8, &good), CLACT_ERROR_INVALID_DTYPE);
  CHECK_STATUS(FWDQ(&op, CLACT_U8, &good, (clact_dtype)99, &good), CLACT_ERROR_INVALID_DTYPE);
  CHECK_STATUS(FWDQ(NULL, CLACT_U8, &good, CLACT_U8, &good), CLACT_ERROR_INVALID_ARGUMENT);
  /* blending: beta != 0, alpha != 1; parameters */
  clact_op blend = op;
  blend.beta = 1;
  CHECK_STATUS(FWDQ(&blend, CLACT_U8, &good, CLACT_U8, &good), CLACT_ERROR_INVALID_PARAMETER);
  blend = op, blend.alpha = 2;
  CHECK_STATUS(FWDQ(&blend, CLACT_U8, &good, CLACT_U8, &good), CLACT_ERROR_INVALID_PARAMETER);
  clact_op soft;
  clact_op_init(&soft, CLACT_SOFTPLUS);
  soft.param[0] = 0;
  CHECK_STATUS(FWDQ(&soft, CLACT_U8, &good, CLACT_U8, &good), CLACT_ERROR_INVALID_PARAMETER);
  soft.param[0] = NAN;
  CHECK_STATUS(FWDQ(&soft, CLACT_U8, &good, CLACT_U8, &good), CLACT_ERROR_INVALID_PARAMETER);
  clact_op unknown = op;
  unknown.activation = CLACT_ACTIVATION_COUNT;
  CHECK_STATUS(FWDQ(&unknown, CLACT_U8, &good, CLACT_U8, &good), CLACT_ERROR_INVALID_ACTIVATION);
  /* views */
  CHECK_STATUS(clact_forward_q(ctx, &op, N + 1, CLACT_U8, &good, x, 0, 1, CLACT_U8, &good, y, 0, 1,
                               0, NULL, NULL),
               CLACT_ERROR_OUT_OF_RANGE);
  CHECK_STATUS(clact_forward_q(ctx, &op, N, CLACT_U8, &good, x, 0, 0, CLACT_U8, &good, y, 0, 1, 0,
                               NULL, NULL),
               CLACT_ERROR_INVALID_STRIDE);
  CHECK_STATUS(clact_forward_q(ctx, &op, 8, CLACT_U8, &good, x, 0, 1, CLACT_U8, &good, x, 1, 1, 0,
                               NULL, NULL),
               CLACT_ERROR_OVERLAP);
  /* in place with a wider output: the views differ, so it is an overlap */
  CHECK_STATUS(clact_forward_q(ctx, &op, 8, CLACT_U8, &good, x, 0, 1, CLACT_F32, NULL, x, 0, 1, 0,
                               NULL, NULL),
               CLACT_ERROR_OVERLAP);
  CHECK_STATUS(clact_forward_q(NULL, &op, N, CLACT_U8, &good, x, 0, 1, CLACT_U8, &good, y, 0, 1, 0,
                               NULL, NULL),
               CLACT_ERROR_INVALID_CONTEXT);
  /* the other calls refuse 8-bit dtypes, backward (inference only) included */
  clact_op op8 = op;
  op8.dtype = CLACT_U8;
  CHECK_STATUS(clact_forward(ctx, &op8, N, x, 0, 1, y, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_QUANTIZED_DTYPE);
  CHECK_STATUS(clact_backward(ctx, &op8, CLACT_FROM_X, N, x, 0, 1, x, 0, 1, y, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_QUANTIZED_DTYPE);
  op8.dtype = CLACT_FP8_E5M2;
  CHECK_STATUS(clact_backward(ctx, &op8, CLACT_FROM_Y, N, x, 0, 1, x, 0, 1, y, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_QUANTIZED_DTYPE);
  uint8_t h[N] = {0}, hy[N];
  memset(hy, 0x5a, sizeof hy);
  CHECK_STATUS(clact_backward_host(ctx, &op8, CLACT_FROM_X, N, h, h, hy),
               CLACT_ERROR_QUANTIZED_DTYPE);
  CHECK_STATUS(clact_forward_host(ctx, &op8, N, h, hy), CLACT_ERROR_QUANTIZED_DTYPE);
  CHECK_STATUS(clact_prepare(ctx, &op8), CLACT_ERROR_QUANTIZED_DTYPE);
  CHECK_STATUS(clact_prelu_forward(ctx, CLACT_S8, 8, 1, CLACT_CHANNELS_LAST, 1, x, 0, x, 0, y, 0, 0,
                                   NULL, NULL),
               CLACT_ERROR_QUANTIZED_DTYPE);
  for (int i = 0; i < N; ++i)
    CHECK(hy[i] == 0x5a);
  /* clact_lut_build: the same checks, and its table pointer */
  uint8_t table[256];
  memset(table, 0x5a, sizeof table);
  const clact_quant zero = {0, 0};
  CHECK_STATUS(clact_lut_build(&op, CLACT_U8, &zero, CLACT_U8, &good, table),
               CLACT_ERROR_INVALID_QUANT);
  CHECK_STATUS(clact_lut_build(&blend, CLACT_U8, &good, CLACT_U8, &good, table),
               CLACT_ERROR_INVALID_PARAMETER);
  CHECK_STATUS(clact_lut_build(&op, CLACT_U8, &good, CLACT_U8, &good, NULL),
               CLACT_ERROR_INVALID_ARGUMENT);
  for (int i = 0; i < 256; ++i)
    CHECK(table[i] == 0x5a);
#undef FWDQ
  /* nothing was written to y by any failed call */
  uint8_t back[sizeof sentinel];
  CHECK_OK(clact_buffer_read(ctx, y, 0, sizeof back, back));
  CHECK(memcmp(back, sentinel, sizeof back) == 0);
  /* the two statuses: their names and texts */
  CHECK(strcmp(clact_status_name(CLACT_ERROR_QUANTIZED_DTYPE), "CLACT_ERROR_QUANTIZED_DTYPE") == 0);
  CHECK(strcmp(clact_status_name(CLACT_ERROR_INVALID_QUANT), "CLACT_ERROR_INVALID_QUANT") == 0);
  CHECK(strcmp(clact_status_string(CLACT_ERROR_INVALID_QUANT), "unknown status") != 0);
  /* names and sizes */
  clact_dtype t;
  CHECK_OK(clact_dtype_from_name("fp8_e4m3", &t));
  CHECK(t == CLACT_FP8_E4M3 && clact_dtype_size(t) == 1);
  CHECK(strcmp(clact_dtype_name(CLACT_S8), "s8") == 0 && !clact_dtype_name((clact_dtype)20));
  CHECK(clact_context_supports(ctx, CLACT_U8));
  clact_buffer_release(x);
  clact_buffer_release(y);
  clact_context_destroy(ctx);
  return 0;
}

/* The table cache: more tables than it holds (64), so that the oldest are replaced and
 * then asked for again, from one thread and then from four at once on one context; every
 * result against clact_lut_build. */
typedef struct cache_work {
  clact_context *ctx;
  int first, count, failed;
} cache_work;

static int cache_round(clact_context *ctx, int setting) {
  enum { N = 512 };
  clact_op op;
  clact_op_init(&op, setting % 2 ? CLACT_HARDSWISH : CLACT_SIGMOID);
  const clact_quant xq = {0.01 + 0.001 * setting, setting % 256}, yq = {0.02, -3};
  uint8_t x[N], y[N], table[256];
  for (int i = 0; i < N; ++i)
    x[i] = (uint8_t)(i * 7 + setting);
  cl_mem xb = NULL, yb = NULL;
  int failed = clact_buffer_create(ctx, N, &xb) || clact_buffer_create(ctx, N, &yb) ||
               clact_buffer_write(ctx, xb, 0, N, x) ||
               clact_forward_q(ctx, &op, N, CLACT_U8, &xq, xb, 0, 1, CLACT_S8, &yq, yb, 0, 1, 0,
                               NULL, NULL) ||
               clact_buffer_read(ctx, yb, 0, N, y) ||
               clact_lut_build(&op, CLACT_U8, &xq, CLACT_S8, &yq, table);
  for (int i = 0; !failed && i < N; ++i)
    if (y[i] != table[x[i]]) {
      fprintf(stderr, "setting %d: element %d: got 0x%02x, want 0x%02x\n", setting, i, y[i],
              table[x[i]]);
      failed = 1;
    }
  clact_buffer_release(xb), clact_buffer_release(yb);
  return failed;
}

static void *cache_thread(void *arg) {
  cache_work *w = arg;
  for (int k = 0; k < w->count; ++k)
    w->failed |= cache_round(w->ctx, w->first + k);
  return NULL;
}

int test_quant_cache(const char *arg) {
  clact_context *ctx = test_context();
  CHECK(ctx);
  int failed = 0;
  for (int k = 0; k < 100 && !failed; ++k) /* 100 tables: the first 36 are replaced */
    failed |= cache_round(ctx, k);
  for (int k = 0; k < 100 && !failed; k += 9) /* replaced ones and kept ones, again */
    failed |= cache_round(ctx, k);
  cache_work w[4];
  pthread_t t[4];
  for (int i = 0; i < 4; ++i) {
    w[i] = (cache_work){ctx, 1000 + 30 * i, 40, 0}; /* overlapping settings across threads */
    CHECK(pthread_create(&t[i], NULL, cache_thread, &w[i]) == 0);
  }
  for (int i = 0; i < 4; ++i) {
    pthread_join(t[i], NULL);
    failed |= w[i].failed;
  }
  clact_context_destroy(ctx);
  printf("single thread: 100 settings and 12 again; four threads: 40 each\n");
  return failed;
}
