/* test_errors.c — the misuse cases of docs/ERRORS.md that test_api.c and test_usage.c do
 * not already assert: each check of the host library has a test that fails without it. */
#include "harness.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Each activation's parameter domain, from the table itself. */
static const int domains[] = {
#define DOMAIN(E, name, p0n, p0d, p1n, p1d, dom, fy, ex) dom,
    CLACT_ACTIVATIONS(DOMAIN)
#undef DOMAIN
};

/* Table lookups: negative and out-of-range indices, NULL outputs. */
int test_lookup_errors(const char *arg) {
  clact_dtype t;
  const char *name;
  double def;
  CHECK_STATUS(clact_dtype_from_name("f32", NULL), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_activation_param(CLACT_SWISH, -1, &name, &def), CLACT_ERROR_INVALID_PARAMETER);
  CHECK_STATUS(clact_activation_param((clact_activation)-1, 0, &name, &def),
               CLACT_ERROR_INVALID_ACTIVATION);
  CHECK_OK(clact_activation_param(CLACT_SWISH, 0, NULL, NULL)); /* outputs are optional */
  CHECK(clact_dtype_name((clact_dtype)-1) == NULL && clact_dtype_size((clact_dtype)-1) == 0);
  CHECK(clact_activation_name((clact_activation)-1) == NULL);
  CHECK_OK(clact_dtype_from_name("bf16", &t));
  CHECK(t == CLACT_BF16);
  return 0;
}

/* Parameters: every domain of the table refused when broken, p1 and the blending factors
 * checked as the kernel sees them (float for f32/f16/bf16, double for f64). */
int test_param_errors(const char *arg) {
  clact_context *ctx = test_context();
  CHECK(ctx);
  cl_mem a, b;
  CHECK_OK(clact_buffer_create(ctx, 256, &a));
  CHECK_OK(clact_buffer_create(ctx, 256, &b));
  clact_op op;
  int domains_seen = 0;
  for (int i = 0; i < CLACT_ACTIVATION_COUNT; ++i) {
    CHECK_OK(clact_op_init(&op, (clact_activation)i));
    CHECK_OK(clact_forward(ctx, &op, 0, a, 0, 1, b, 0, 1, 0, NULL, NULL)); /* defaults valid */
    switch (domains[i]) {
    case CLACT_DOMAIN_P0_POSITIVE: op.param[0] = 0; break;
    case CLACT_DOMAIN_P0_NONNEGATIVE: op.param[0] = -0.25; break;
    case CLACT_DOMAIN_P0_LESS_P1: op.param[0] = op.param[1]; break;
    default: continue;
    }
    ++domains_seen;
    CHECK_STATUS(clact_forward(ctx, &op, 0, a, 0, 1, b, 0, 1, 0, NULL, NULL),
                 CLACT_ERROR_INVALID_PARAMETER);
    CHECK_STATUS(clact_prepare(ctx, &op), CLACT_ERROR_INVALID_PARAMETER);
  }
  CHECK(domains_seen > 0);
  CHECK_OK(clact_op_init(&op, CLACT_SIGMOID));
  op.param[1] = NAN; /* unused by sigmoid, still must be finite */
  CHECK_STATUS(clact_forward(ctx, &op, 8, a, 0, 1, b, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_INVALID_PARAMETER);
  op.param[1] = -INFINITY;
  CHECK_STATUS(clact_forward_host(ctx, &op, 0, NULL, NULL), CLACT_ERROR_INVALID_PARAMETER);
  CHECK_OK(clact_op_init(&op, CLACT_SIGMOID));
  op.beta = -1e300; /* infinite as a float */
  CHECK_STATUS(clact_forward(ctx, &op, 8, a, 0, 1, b, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_INVALID_PARAMETER);
  if (clact_context_supports(ctx, CLACT_F64)) {
    op.dtype = CLACT_F64; /* finite as the double an f64 kernel gets */
    CHECK_OK(clact_forward(ctx, &op, 0, a, 0, 1, b, 0, 1, 0, NULL, NULL));
  }
  CHECK_OK(clact_op_init(&op, CLACT_TANH));
  op.dtype = (clact_dtype)-1;
  CHECK_STATUS(clact_forward(ctx, &op, 8, a, 0, 1, b, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_INVALID_DTYPE);
  CHECK_STATUS(clact_prepare(ctx, &op), CLACT_ERROR_INVALID_DTYPE);
  op.dtype = CLACT_F32;
  op.activation = (clact_activation)-1;
  CHECK_STATUS(clact_prepare(ctx, &op), CLACT_ERROR_INVALID_ACTIVATION);
  clact_buffer_release(a);
  clact_buffer_release(b);
  clact_context_destroy(ctx);
  return 0;
}

/* Views: the overflow of (last + 1) * size, overlapping views of one stride, backward's
 * input and output from another context, wait lists of backward. */
int test_view_errors(const char *arg) {
  clact_context *ctx = test_context();
  CHECK(ctx);
  cl_mem a, b, c;
  CHECK_OK(clact_buffer_create(ctx, 4096, &a));
  CHECK_OK(clact_buffer_create(ctx, 4096, &b));
  CHECK_OK(clact_buffer_create(ctx, 4096, &c));
  static const char zeros[4096];
  CHECK_OK(clact_buffer_write(ctx, a, 0, sizeof zeros, zeros));
  CHECK_OK(clact_buffer_write(ctx, b, 0, sizeof zeros, zeros));
  clact_op op;
  clact_op_init(&op, CLACT_RELU);
  /* last element index 2^63: (last + 1) * 4 wraps to 4 bytes, which would "fit" */
  CHECK_STATUS(clact_forward(ctx, &op, 1, a, (SIZE_MAX >> 1) + 1, 1, b, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_OUT_OF_RANGE);
  CHECK_STATUS(clact_forward(ctx, &op, 1, a, 0, 1, b, SIZE_MAX / 4, 1, 0, NULL, NULL),
               CLACT_ERROR_OUT_OF_RANGE);
  CHECK_STATUS(clact_forward(ctx, &op, 2, a, 0, (SIZE_MAX >> 2) + 1, b, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_OUT_OF_RANGE);
  /* one stride, shifted by whole elements: they share elements */
  CHECK_STATUS(clact_forward(ctx, &op, 100, a, 0, 2, a, 2, 2, 0, NULL, NULL), CLACT_ERROR_OVERLAP);
  CHECK_STATUS(clact_forward(ctx, &op, 100, a, 6, 3, a, 0, 3, 0, NULL, NULL), CLACT_ERROR_OVERLAP);
  CHECK_OK(clact_forward(ctx, &op, 100, a, 1, 3, a, 2, 3, 0, NULL, NULL)); /* interleaved */
  CHECK_OK(clact_forward(ctx, &op, 100, a, 2, 3, a, 0, 3, 0, NULL, NULL)); /* interleaved */
  /* inputs may overlap each other; only the output must not overlap an input */
  CHECK_OK(clact_backward(ctx, &op, CLACT_FROM_X, 100, a, 0, 1, a, 50, 1, b, 0, 1, 0, NULL, NULL));
  cl_device_id d;
  cl_int err;
  CHECK_OK(clact_context_device(ctx, &d));
  cl_context other = clCreateContext(NULL, 1, &d, NULL, NULL, &err);
  CHECK(other);
  cl_mem alien = clCreateBuffer(other, CL_MEM_READ_WRITE, 4096, NULL, &err);
  CHECK(alien);
  CHECK_STATUS(
      clact_backward(ctx, &op, CLACT_FROM_X, 8, alien, 0, 1, a, 0, 1, b, 0, 1, 0, NULL, NULL),
      CLACT_ERROR_CONTEXT_MISMATCH);
  CHECK_STATUS(
      clact_backward(ctx, &op, CLACT_FROM_X, 8, a, 0, 1, b, 0, 1, alien, 0, 1, 0, NULL, NULL),
      CLACT_ERROR_CONTEXT_MISMATCH);
  CHECK_STATUS(clact_forward(ctx, &op, 0, alien, 0, 1, b, 0, 1, 0, NULL, NULL), CLACT_SUCCESS);
  /* wait lists: a NULL entry after a valid one, and count/list mismatches on backward */
  cl_event ev;
  CHECK_OK(clact_forward(ctx, &op, 8, a, 0, 1, b, 0, 1, 0, NULL, &ev));
  cl_event list[2] = {ev, NULL};
  CHECK_STATUS(clact_forward(ctx, &op, 8, a, 0, 1, b, 0, 1, 2, list, NULL),
               CLACT_ERROR_INVALID_WAIT_LIST);
  CHECK_STATUS(clact_backward(ctx, &op, CLACT_FROM_X, 8, a, 0, 1, a, 0, 1, b, 0, 1, 0, list, NULL),
               CLACT_ERROR_INVALID_WAIT_LIST);
  CHECK_STATUS(clact_backward(ctx, &op, CLACT_FROM_X, 8, a, 0, 1, a, 0, 1, b, 0, 1, 2, list, NULL),
               CLACT_ERROR_INVALID_WAIT_LIST);
  CHECK_STATUS(clact_forward(ctx, &op, 0, a, 0, 1, b, 0, 1, 2, list, NULL),
               CLACT_ERROR_INVALID_WAIT_LIST); /* checked even when there is nothing to do */
  CHECK_OK(clact_forward(ctx, &op, 8, a, 0, 1, b, 0, 1, 1, list, NULL));
  CHECK_OK(clact_finish(ctx));
  clReleaseEvent(ev);
  clReleaseMemObject(alien);
  clReleaseContext(other);
  clact_buffer_release(a), clact_buffer_release(b), clact_buffer_release(c);
  clact_context_destroy(ctx);
  return 0;
}

/* Host arrays: blending reads y in place or through a copy; buffer helpers with empty
 * ranges; the build log's size query. */
int test_host_misuse(const char *arg) {
  clact_context *ctx = test_context();
  CHECK(ctx);
  enum { N = 1031 };
  float *block = aligned_alloc(4096, 3 * 4096 + 4096);
  CHECK(block);
  for (int pass = 0; pass < 2; ++pass) { /* aligned (zero-copy on PoCL), then misaligned */
    float *x = block + pass, *y = block + 1024 + 1024 + pass;
    for (int i = 0; i < N; ++i)
      x[i] = (float)(i % 19) - 9.0f, y[i] = 0.5f * (float)(i % 3);
    clact_op op;
    clact_op_init(&op, CLACT_RELU);
    op.alpha = 2, op.beta = -1; /* y = 2 relu(x) - y: y must be read */
    CHECK_OK(clact_forward_host(ctx, &op, N, x, y));
    for (int i = 0; i < N; ++i) {
      const float want = 2 * (x[i] > 0 ? x[i] : 0) - 0.5f * (float)(i % 3);
      CHECK(y[i] == want);
    }
  }
  free(block);
  cl_mem b;
  CHECK_OK(clact_buffer_create(ctx, 16, &b));
  CHECK_OK(clact_buffer_write(ctx, b, 0, 0, NULL)); /* nothing to copy: no pointer needed */
  CHECK_OK(clact_buffer_read(ctx, b, 16, 0, NULL));
  CHECK_STATUS(clact_buffer_read(ctx, b, 17, 0, NULL), CLACT_ERROR_OUT_OF_RANGE);
  clact_buffer_release(b);
  size_t needed = 0;
  CHECK_STATUS(clact_build_log(ctx, NULL, 0, &needed), CLACT_ERROR_BUFFER_TOO_SMALL);
  CHECK(needed == 1); /* no failed build: the empty log */
  clact_context_destroy(ctx);
  return 0;
}

/* Device specs: too long, out-of-range indices, the environment, an unknown type. */
int test_spec_errors(const char *arg) {
  clact_context *ctx = (clact_context *)1;
  char longspec[300];
  memset(longspec, 'x', sizeof longspec - 1);
  longspec[sizeof longspec - 1] = '\0';
  CHECK_STATUS(clact_context_create(&ctx, longspec), CLACT_ERROR_INVALID_DEVICE_SPEC);
  CHECK(ctx == NULL);
  CHECK_STATUS(clact_context_create(&ctx, "99999999:0"), CLACT_ERROR_INVALID_DEVICE_SPEC);
  CHECK_STATUS(clact_context_create(&ctx, "0:"), CLACT_ERROR_INVALID_DEVICE_SPEC);
  CHECK_STATUS(clact_context_create(&ctx, "0:1x"), CLACT_ERROR_INVALID_DEVICE_SPEC);
  CHECK_STATUS(clact_context_create(&ctx, "0:64"), CLACT_ERROR_NO_DEVICE);
  /* CLACT_DEVICE is read when the spec is NULL or empty, and only then */
  const char *saved = getenv("CLACT_DEVICE");
  char *keep = saved ? strdup(saved) : NULL;
  setenv("CLACT_DEVICE", "no-such-device-anywhere", 1);
  CHECK_STATUS(clact_context_create(&ctx, NULL), CLACT_ERROR_NO_DEVICE);
  CHECK_STATUS(clact_context_create(&ctx, ""), CLACT_ERROR_NO_DEVICE);
  CHECK_OK(clact_context_create(&ctx, "0:0"));
  clact_context_destroy(ctx);
  setenv("CLACT_DEVICE", "", 1); /* empty: the default device */
  CHECK_OK(clact_context_create(&ctx, NULL));
  clact_context_destroy(ctx);
  if (keep)
    setenv("CLACT_DEVICE", keep, 1);
  else
    unsetenv("CLACT_DEVICE");
  free(keep);
  /* a type spec matches only devices of that type */
  cl_platform_id p;
  cl_device_id devs[16];
  cl_uint nd = 0, accelerators = 0;
  CHECK(clGetPlatformIDs(1, &p, NULL) == CL_SUCCESS);
  CHECK(clGetDeviceIDs(p, CL_DEVICE_TYPE_ALL, 16, devs, &nd) == CL_SUCCESS);
  for (cl_uint i = 0; i < nd && i < 16; ++i) {
    cl_device_type type;
    clGetDeviceInfo(devs[i], CL_DEVICE_TYPE, sizeof type, &type, NULL);
    accelerators += (type & CL_DEVICE_TYPE_ACCELERATOR) != 0;
  }
  cl_uint np = 0;
  clGetPlatformIDs(0, NULL, &np);
  if (np == 1 && accelerators == 0)
    CHECK_STATUS(clact_context_create(&ctx, "accelerator"), CLACT_ERROR_NO_DEVICE);
  return 0;
}

/* PReLU: the overflow paths of its views and shape, n = 0 for the slope gradient, and the
 * gradient's output over dy (tests/test_prelu.c has the rest). */
int test_prelu_misuse(const char *arg) {
  clact_context *ctx = test_context();
  CHECK(ctx);
  cl_mem a, b, w;
  CHECK_OK(clact_buffer_create(ctx, 64 * 4, &a));
  CHECK_OK(clact_buffer_create(ctx, 64 * 4, &b));
  CHECK_OK(clact_buffer_create(ctx, 4 * 4, &w));
  static const float ones[64] = {1, 1, 1, 1};
  CHECK_OK(clact_buffer_write(ctx, a, 0, sizeof ones, ones));
  CHECK_OK(clact_buffer_write(ctx, b, 0, sizeof ones, ones));
  CHECK_OK(clact_buffer_write(ctx, w, 0, 16, ones));
  const clact_layout L = CLACT_CHANNELS_LAST, F = CLACT_CHANNELS_FIRST;
  /* offset + count overflowing, before and after the multiplication by the size */
  CHECK_STATUS(
      clact_prelu_forward(ctx, CLACT_F32, 16, 4, L, 1, a, SIZE_MAX - 4, w, 0, b, 0, 0, NULL, NULL),
      CLACT_ERROR_OUT_OF_RANGE);
  CHECK_STATUS(clact_prelu_forward(ctx, CLACT_F32, 16, 4, L, 1, a, SIZE_MAX / 4 - 8, w, 0, b, 0, 0,
                                   NULL, NULL),
               CLACT_ERROR_OUT_OF_RANGE);
  CHECK_STATUS(clact_prelu_backward(ctx, CLACT_F32, 16, 4, L, 1, a, 0, w, SIZE_MAX / 4, b, 0, b, 0,
                                    0, NULL, NULL),
               CLACT_ERROR_OUT_OF_RANGE);
  /* n * size and channels * inner overflowing */
  CHECK_STATUS(
      clact_prelu_forward(ctx, CLACT_F32, SIZE_MAX / 2, 4, L, 1, a, 0, w, 0, b, 0, 0, NULL, NULL),
      CLACT_ERROR_INVALID_SIZE);
  /* (2^62 + 4) * 4 wraps to 16, which divides n */
  CHECK_STATUS(clact_prelu_forward(ctx, CLACT_F32, 16, (SIZE_MAX >> 2) + 5, F, 4, a, 0, w, 0, b, 0,
                                   0, NULL, NULL),
               CLACT_ERROR_INVALID_SIZE);
  /* the gradient: dslope over dy, over x; n = 0 needs no x or dy and writes zeros */
  CHECK_STATUS(clact_prelu_slope_grad(ctx, CLACT_F32, 16, 4, L, 1, a, 0, b, 0, b, 2, 0, NULL, NULL),
               CLACT_ERROR_OVERLAP);
  CHECK_STATUS(
      clact_prelu_slope_grad(ctx, CLACT_F32, 16, 4, L, 1, a, 0, b, 0, a, 12, 0, NULL, NULL),
      CLACT_ERROR_OVERLAP);
  CHECK_OK(
      clact_prelu_slope_grad(ctx, CLACT_F32, 0, 4, L, 1, NULL, 0, NULL, 0, w, 0, 0, NULL, NULL));
  float got[4] = {1, 1, 1, 1};
  CHECK_OK(clact_buffer_read(ctx, w, 0, sizeof got, got));
  CHECK(got[0] == 0 && got[1] == 0 && got[2] == 0 && got[3] == 0);
  clact_buffer_release(a), clact_buffer_release(b), clact_buffer_release(w);
  clact_context_destroy(ctx);
  return 0;
}

/* Issue #13 (a): with n = 1 the stride never enters the range check (one element has no
 * second one), in forward, backward and PReLU; one element past the end is still refused,
 * with nothing written and no event made. */
enum { EDGE_N = 64 };
static const float edge_mark = 7777.0f; /* what every untouched output element holds */

static int outputs_untouched(clact_context *ctx, cl_mem out, int except) {
  float got[EDGE_N];
  CHECK_OK(clact_finish(ctx));
  CHECK_OK(clact_buffer_read(ctx, out, 0, sizeof got, got));
  for (int i = 0; i < EDGE_N; ++i)
    if (i != except && got[i] != edge_mark) {
      fprintf(stderr, "element %d written: %g\n", i, (double)got[i]);
      return 1;
    }
  return 0;
}

static int reset_output(clact_context *ctx, cl_mem out) {
  float mark[EDGE_N];
  for (int i = 0; i < EDGE_N; ++i)
    mark[i] = edge_mark;
  CHECK_OK(clact_buffer_write(ctx, out, 0, sizeof mark, mark));
  return 0;
}

static float read_one(clact_context *ctx, cl_mem buf, size_t i) {
  float v = -1.0f;
  if (clact_finish(ctx) || clact_buffer_read(ctx, buf, i * 4, 4, &v)) return -1.0f;
  return v;
}

int test_single_element_views(const char *arg) {
  clact_context *ctx = test_context();
  CHECK(ctx);
  cl_mem x, dy, out, w;
  CHECK_OK(clact_buffer_create(ctx, EDGE_N * 4, &x));
  CHECK_OK(clact_buffer_create(ctx, EDGE_N * 4, &dy));
  CHECK_OK(clact_buffer_create(ctx, EDGE_N * 4, &out));
  CHECK_OK(clact_buffer_create(ctx, EDGE_N * 4, &w));
  float xv[EDGE_N], dyv[EDGE_N], wv[EDGE_N];
  for (int i = 0; i < EDGE_N; ++i) /* x alternates sign; dy, w distinct per element */
    xv[i] = (i % 2 ? 1.0f : -1.0f) * (0.5f + (float)i), dyv[i] = 0.25f * (float)(i + 1),
    wv[i] = 0.125f * (float)(i + 3);
  CHECK_OK(clact_buffer_write(ctx, x, 0, sizeof xv, xv));
  CHECK_OK(clact_buffer_write(ctx, dy, 0, sizeof dyv, dyv));
  CHECK_OK(clact_buffer_write(ctx, w, 0, sizeof wv, wv));
  clact_op op;
  CHECK_OK(clact_op_init(&op, CLACT_RELU));
  const size_t huge = SIZE_MAX;

  /* forward: x[1] (1.5 > 0) to y[0], strides SIZE_MAX */
  CHECK(reset_output(ctx, out) == 0);
  CHECK_OK(clact_forward(ctx, &op, 1, x, 1, huge, out, 0, huge, 0, NULL, NULL));
  CHECK(read_one(ctx, out, 0) == xv[1]);
  CHECK(outputs_untouched(ctx, out, 0) == 0);
  /* the last element of each buffer; x[62] < 0 gives 0 */
  CHECK(reset_output(ctx, out) == 0);
  CHECK_OK(clact_forward(ctx, &op, 1, x, EDGE_N - 2, huge, out, EDGE_N - 1, huge, 0, NULL, NULL));
  CHECK(read_one(ctx, out, EDGE_N - 1) == 0.0f);
  CHECK(outputs_untouched(ctx, out, EDGE_N - 1) == 0);
  /* in place with stride SIZE_MAX: the identical view; with another stride the views are
   * not identical (the rule of docs/ERRORS.md: same offset and stride), so it overlaps */
  CHECK_OK(clact_buffer_write(ctx, out, 0, sizeof xv, xv));
  CHECK_OK(clact_forward(ctx, &op, 1, out, 2, huge, out, 2, huge, 0, NULL, NULL));
  CHECK(read_one(ctx, out, 2) == 0.0f && read_one(ctx, out, 3) == xv[3]);
  CHECK_STATUS(clact_forward(ctx, &op, 1, out, 3, 1, out, 3, huge, 0, NULL, NULL),
               CLACT_ERROR_OVERLAP);

  /* refused: a second element at stride SIZE_MAX, and one element just past the end */
  cl_event ev = NULL;
  CHECK(reset_output(ctx, out) == 0);
  CHECK_STATUS(clact_forward(ctx, &op, 2, x, 1, huge, out, 0, 1, 0, NULL, &ev),
               CLACT_ERROR_OUT_OF_RANGE);
  CHECK_STATUS(clact_forward(ctx, &op, 1, x, EDGE_N, huge, out, 0, 1, 0, NULL, &ev),
               CLACT_ERROR_OUT_OF_RANGE);
  CHECK_STATUS(clact_forward(ctx, &op, 1, x, 0, 1, out, EDGE_N, huge, 0, NULL, &ev),
               CLACT_ERROR_OUT_OF_RANGE);
  CHECK_STATUS(clact_forward(ctx, &op, 1, x, huge, huge, out, 0, 1, 0, NULL, &ev),
               CLACT_ERROR_OUT_OF_RANGE);
  CHECK(ev == NULL);
  CHECK(outputs_untouched(ctx, out, -1) == 0);

  /* backward from x and from y: dx[5] = dy[63] * relu'(x[63] > 0), every stride SIZE_MAX */
  for (int input = CLACT_FROM_X; input <= CLACT_FROM_Y; ++input) {
    CHECK(reset_output(ctx, out) == 0);
    CHECK_OK(clact_backward(ctx, &op, (clact_grad_input)input, 1, x, EDGE_N - 1, huge, dy,
                            EDGE_N - 1, huge, out, 5, huge, 0, NULL, NULL));
    CHECK(read_one(ctx, out, 5) == dyv[EDGE_N - 1]);
    CHECK(outputs_untouched(ctx, out, 5) == 0);
    CHECK(reset_output(ctx, out) == 0);
    CHECK_STATUS(clact_backward(ctx, &op, (clact_grad_input)input, 2, x, 0, 1, dy, 0, huge, out, 0,
                                1, 0, NULL, &ev),
                 CLACT_ERROR_OUT_OF_RANGE);
    CHECK_STATUS(clact_backward(ctx, &op, (clact_grad_input)input, 1, x, 0, 1, dy, EDGE_N, huge,
                                out, 0, 1, 0, NULL, &ev),
                 CLACT_ERROR_OUT_OF_RANGE);
    CHECK(ev == NULL);
    CHECK(outputs_untouched(ctx, out, -1) == 0);
  }

  /* PReLU, one element at the end of each buffer: y = w x for x[62] < 0 */
  const clact_layout L = CLACT_CHANNELS_LAST;
  CHECK(reset_output(ctx, out) == 0);
  CHECK_OK(clact_prelu_forward(ctx, CLACT_F32, 1, 1, L, 1, x, EDGE_N - 2, w, EDGE_N - 1, out,
                               EDGE_N - 1, 0, NULL, NULL));
  CHECK(read_one(ctx, out, EDGE_N - 1) == wv[EDGE_N - 1] * xv[EDGE_N - 2]);
  CHECK(outputs_untouched(ctx, out, EDGE_N - 1) == 0);
  CHECK(reset_output(ctx, out) == 0);
  CHECK_STATUS(
      clact_prelu_forward(ctx, CLACT_F32, 1, 1, L, 1, x, EDGE_N, w, 0, out, 0, 0, NULL, &ev),
      CLACT_ERROR_OUT_OF_RANGE);
  CHECK_STATUS(
      clact_prelu_backward(ctx, CLACT_F32, 1, 1, L, 1, x, 0, w, huge, dy, 0, out, 0, 0, NULL, &ev),
      CLACT_ERROR_OUT_OF_RANGE);
  CHECK_STATUS(
      clact_prelu_slope_grad(ctx, CLACT_F32, 1, 1, L, 1, x, 0, dy, huge / 4, out, 0, 0, NULL, &ev),
      CLACT_ERROR_OUT_OF_RANGE);
  CHECK(ev == NULL);
  CHECK(outputs_untouched(ctx, out, -1) == 0);
  clact_buffer_release(x), clact_buffer_release(dy), clact_buffer_release(out);
  clact_buffer_release(w);
  clact_context_destroy(ctx);
  return 0;
}

/* Issue #13 (b): a wait-list event of another cl_context is refused (CONTEXT_MISMATCH) by
 * every enqueue call, also with nothing to run, before anything is enqueued. The foreign
 * event is complete, so a call that wrongly accepted it would run and write. */
int test_foreign_events(const char *arg) {
  clact_context *ctx = test_context();
  CHECK(ctx);
  cl_context mine;
  cl_device_id d;
  cl_int err;
  CHECK_OK(clact_context_cl_context(ctx, &mine));
  CHECK_OK(clact_context_device(ctx, &d));
  cl_context other = clCreateContext(NULL, 1, &d, NULL, NULL, &err);
  CHECK(other);
  cl_event foreign = clCreateUserEvent(other, &err);
  CHECK(foreign);
  CHECK(clSetUserEventStatus(foreign, CL_COMPLETE) == CL_SUCCESS);
  cl_event own = clCreateUserEvent(mine, &err);
  CHECK(own);
  CHECK(clSetUserEventStatus(own, CL_COMPLETE) == CL_SUCCESS);

  cl_mem x, dy, out, w;
  CHECK_OK(clact_buffer_create(ctx, EDGE_N * 4, &x));
  CHECK_OK(clact_buffer_create(ctx, EDGE_N * 4, &dy));
  CHECK_OK(clact_buffer_create(ctx, EDGE_N * 4, &out));
  CHECK_OK(clact_buffer_create(ctx, EDGE_N * 4, &w));
  float ones[EDGE_N];
  for (int i = 0; i < EDGE_N; ++i)
    ones[i] = 1.0f;
  CHECK_OK(clact_buffer_write(ctx, x, 0, sizeof ones, ones));
  CHECK_OK(clact_buffer_write(ctx, dy, 0, sizeof ones, ones));
  CHECK_OK(clact_buffer_write(ctx, w, 0, sizeof ones, ones));
  CHECK(reset_output(ctx, out) == 0);
  clact_op op;
  CHECK_OK(clact_op_init(&op, CLACT_RELU));
  const clact_layout L = CLACT_CHANNELS_LAST;
  const cl_event alone[1] = {foreign}, second[2] = {own, foreign};
  cl_event ev = NULL;
  for (int which = 0; which < 2; ++which) { /* the foreign event first, or after an own one */
    const cl_event *list = which ? second : alone;
    const cl_uint count = which ? 2 : 1;
    CHECK_STATUS(clact_forward(ctx, &op, EDGE_N, x, 0, 1, out, 0, 1, count, list, &ev),
                 CLACT_ERROR_CONTEXT_MISMATCH);
    CHECK_STATUS(clact_forward(ctx, &op, 0, x, 0, 1, out, 0, 1, count, list, &ev),
                 CLACT_ERROR_CONTEXT_MISMATCH);
    CHECK_STATUS(clact_backward(ctx, &op, CLACT_FROM_X, EDGE_N, x, 0, 1, dy, 0, 1, out, 0, 1, count,
                                list, &ev),
                 CLACT_ERROR_CONTEXT_MISMATCH);
    CHECK_STATUS(
        clact_prelu_forward(ctx, CLACT_F32, EDGE_N, 4, L, 1, x, 0, w, 0, out, 0, count, list, &ev),
        CLACT_ERROR_CONTEXT_MISMATCH);
    CHECK_STATUS(clact_prelu_backward(ctx, CLACT_F32, EDGE_N, 4, L, 1, x, 0, w, 0, dy, 0, out, 0,
                                      count, list, &ev),
                 CLACT_ERROR_CONTEXT_MISMATCH);
    CHECK_STATUS(clact_prelu_slope_grad(ctx, CLACT_F32, EDGE_N, 4, L, 1, x, 0, dy, 0, out, 0, count,
                                        list, &ev),
                 CLACT_ERROR_CONTEXT_MISMATCH);
    CHECK(ev == NULL);
    CHECK(outputs_untouched(ctx, out, -1) == 0);
  }
  /* a foreign buffer whose view is also out of range reports the context: it is the
   * earlier check (docs/ERRORS.md's order) */
  cl_mem alien = clCreateBuffer(other, CL_MEM_READ_WRITE, 64, NULL, &err);
  CHECK(alien);
  CHECK_STATUS(clact_forward(ctx, &op, 2, alien, SIZE_MAX, SIZE_MAX, out, 0, 1, 0, NULL, &ev),
               CLACT_ERROR_CONTEXT_MISMATCH);
  CHECK_STATUS(
      clact_prelu_forward(ctx, CLACT_F32, 4, 4, L, 1, x, 0, alien, SIZE_MAX, out, 0, 0, NULL, &ev),
      CLACT_ERROR_CONTEXT_MISMATCH);
  CHECK(ev == NULL);
  CHECK(outputs_untouched(ctx, out, -1) == 0);
  clReleaseMemObject(alien);
  /* the same calls wait on the context's own event and run */
  CHECK_OK(clact_forward(ctx, &op, EDGE_N, x, 0, 1, out, 0, 1, 1, &own, &ev));
  CHECK(ev != NULL);
  CHECK(clWaitForEvents(1, &ev) == CL_SUCCESS);
  clReleaseEvent(ev);
  CHECK(read_one(ctx, out, 0) == 1.0f && read_one(ctx, out, EDGE_N - 1) == 1.0f);
  clReleaseEvent(own);
  clReleaseEvent(foreign);
  clReleaseContext(other);
  clact_buffer_release(x), clact_buffer_release(dy), clact_buffer_release(out);
  clact_buffer_release(w);
  clact_context_destroy(ctx);
  return 0;
}

/* An image is a cl_mem of the context but not a buffer: every call refuses it where it
 * takes a buffer, with OpenCL's own status for that misuse (CL_INVALID_MEM_OBJECT), before
 * anything is enqueued; nothing is written (neither the image nor the other output) and no
 * event is made. Before s22review PoCL ran the kernel, or the copy, on the image's
 * storage and the call returned success. */
static int image_unchanged(clact_context *ctx, cl_mem img, const float *want) {
  cl_command_queue q;
  CHECK_OK(clact_context_queue(ctx, &q));
  float got[EDGE_N];
  const size_t origin[3] = {0, 0, 0}, region[3] = {EDGE_N, 1, 1};
  CHECK(clEnqueueReadImage(q, img, CL_TRUE, origin, region, 0, 0, got, 0, NULL, NULL) ==
        CL_SUCCESS);
  for (int i = 0; i < EDGE_N; ++i)
    if (got[i] != want[i]) {
      fprintf(stderr, "image element %d written: %g\n", i, (double)got[i]);
      return 1;
    }
  return 0;
}

int test_image_operands(const char *arg) {
  (void)arg;
  clact_context *ctx = test_context();
  CHECK(ctx);
  cl_context c;
  cl_device_id d;
  CHECK_OK(clact_context_cl_context(ctx, &c));
  CHECK_OK(clact_context_device(ctx, &d));
  cl_bool images = CL_FALSE;
  CHECK(clGetDeviceInfo(d, CL_DEVICE_IMAGE_SUPPORT, sizeof images, &images, NULL) == CL_SUCCESS);
  if (!images) { /* nothing to misuse */
    clact_context_destroy(ctx);
    return 0;
  }
  float pattern[EDGE_N], neg[EDGE_N];
  for (int i = 0; i < EDGE_N; ++i)
    pattern[i] = (float)i + 0.5f, neg[i] = -1.0f - (float)i;
  const cl_image_format format = {CL_R, CL_FLOAT};
  cl_image_desc desc;
  memset(&desc, 0, sizeof desc);
  desc.image_type = CL_MEM_OBJECT_IMAGE1D;
  desc.image_width = EDGE_N;
  cl_int err;
  cl_mem img =
      clCreateImage(c, CL_MEM_READ_WRITE | CL_MEM_COPY_HOST_PTR, &format, &desc, pattern, &err);
  CHECK(img);
  cl_mem x, out;
  CHECK_OK(clact_buffer_create(ctx, EDGE_N * 4, &x));
  CHECK_OK(clact_buffer_create(ctx, EDGE_N * 4, &out));
  CHECK_OK(clact_buffer_write(ctx, x, 0, sizeof neg, neg));
  CHECK(reset_output(ctx, out) == 0);
  clact_op op;
  CHECK_OK(clact_op_init(&op, CLACT_RELU));
  clact_tensor v;
  const size_t n = EDGE_N;
  CHECK_OK(clact_tensor_init_dense(&v, 1, &n, 0));
  cl_event ev = NULL;
  /* the image as the output: relu of negatives would write zeros into it */
  CHECK_STATUS(clact_forward(ctx, &op, EDGE_N, x, 0, 1, img, 0, 1, 0, NULL, &ev),
               CL_INVALID_MEM_OBJECT);
  CHECK_STATUS(clact_forward_view(ctx, &op, x, &v, img, &v, 0, NULL, &ev), CL_INVALID_MEM_OBJECT);
  CHECK_STATUS(
      clact_backward(ctx, &op, CLACT_FROM_X, EDGE_N, x, 0, 1, x, 0, 1, img, 0, 1, 0, NULL, &ev),
      CL_INVALID_MEM_OBJECT);
  /* the image as an input (x, dy, a slope): the buffer output stays as it was */
  CHECK_STATUS(clact_forward(ctx, &op, EDGE_N, img, 0, 1, out, 0, 1, 0, NULL, &ev),
               CL_INVALID_MEM_OBJECT);
  CHECK_STATUS(
      clact_backward(ctx, &op, CLACT_FROM_X, EDGE_N, x, 0, 1, img, 0, 1, out, 0, 1, 0, NULL, &ev),
      CL_INVALID_MEM_OBJECT);
  CHECK_STATUS(clact_prelu_forward(ctx, CLACT_F32, EDGE_N, 4, CLACT_CHANNELS_LAST, 1, x, 0, img, 0,
                                   out, 0, 0, NULL, &ev),
               CL_INVALID_MEM_OBJECT);
  CHECK_STATUS(clact_bias_grad_view(ctx, CLACT_F32, x, &v, img, &v, 0, NULL, &ev),
               CL_INVALID_MEM_OBJECT);
  CHECK(ev == NULL);
  CHECK(outputs_untouched(ctx, out, -1) == 0);
  CHECK(image_unchanged(ctx, img, pattern) == 0);
  /* the buffer helpers */
  float host[EDGE_N];
  memcpy(host, neg, sizeof host);
  CHECK_STATUS(clact_buffer_write(ctx, img, 0, sizeof neg, neg), CL_INVALID_MEM_OBJECT);
  CHECK_STATUS(clact_buffer_read(ctx, img, 0, sizeof host, host), CL_INVALID_MEM_OBJECT);
  CHECK(memcmp(host, neg, sizeof host) == 0);
  CHECK(image_unchanged(ctx, img, pattern) == 0);
  clReleaseMemObject(img);
  clact_buffer_release(x), clact_buffer_release(out);
  clact_context_destroy(ctx);
  return 0;
}
