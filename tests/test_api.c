/* test_api.c — every public function's error paths, and the table lookups. */
#include "harness.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int test_status_strings(const char *arg) {
  CHECK(strcmp(clact_status_string(CLACT_SUCCESS), "success") == 0);
  CHECK(strcmp(clact_status_name(CLACT_ERROR_OUT_OF_RANGE), "CLACT_ERROR_OUT_OF_RANGE") == 0);
  CHECK(strcmp(clact_status_name(CL_INVALID_VALUE), "CL_INVALID_VALUE") == 0);
  CHECK(strcmp(clact_status_string(CL_BUILD_PROGRAM_FAILURE),
               "program build failed (see clact_build_log)") == 0);
  CHECK(strcmp(clact_status_string(-99999), "unknown status") == 0);
  CHECK(strcmp(clact_status_name(-99999), "CLACT_UNKNOWN_STATUS") == 0);
  /* every library code has its own text */
  for (int s = CLACT_ERROR_INVALID_ARGUMENT; s >= CLACT_ERROR_BUFFER_TOO_SMALL; --s) {
    CHECK(strcmp(clact_status_string(s), "unknown status") != 0);
    CHECK(strncmp(clact_status_name(s), "CLACT_ERROR_", 12) == 0);
  }
  return 0;
}

int test_version(const char *arg) {
  CHECK(clact_version_number() == CLACT_VERSION_NUMBER);
  char expect[32];
  snprintf(expect, sizeof expect, "%d.%d.%d", CLACT_VERSION_MAJOR, CLACT_VERSION_MINOR,
           CLACT_VERSION_PATCH);
  CHECK(strcmp(clact_version_string(), expect) == 0);
  return 0;
}

int test_table_lookups(const char *arg) {
  clact_op op;
  clact_activation a;
  clact_dtype t;
  const char *name;
  double def;
  CHECK_STATUS(clact_op_init(NULL, CLACT_SIGMOID), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_op_init(&op, CLACT_ACTIVATION_COUNT), CLACT_ERROR_INVALID_ACTIVATION);
  CHECK_STATUS(clact_op_init(&op, (clact_activation)-1), CLACT_ERROR_INVALID_ACTIVATION);
  CHECK_OK(clact_op_init(&op, CLACT_LEAKY_RELU));
  CHECK(op.param[0] == 0.01 && op.alpha == 1 && op.beta == 0 && op.dtype == CLACT_F32);
  CHECK_OK(clact_op_init(&op, CLACT_ELU));
  CHECK(op.param[0] == 1.0);
  CHECK(clact_activation_name(CLACT_ACTIVATION_COUNT) == NULL);
  CHECK(strcmp(clact_activation_name(CLACT_SOFTPLUS), "softplus") == 0);
  CHECK_STATUS(clact_activation_from_name("nosuch", &a), CLACT_ERROR_INVALID_ACTIVATION);
  CHECK_STATUS(clact_activation_from_name(NULL, &a), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_activation_from_name("tanh", NULL), CLACT_ERROR_INVALID_ARGUMENT);
  for (int i = 0; i < CLACT_ACTIVATION_COUNT; ++i) {
    CHECK_OK(clact_activation_from_name(clact_activation_name((clact_activation)i), &a));
    CHECK(a == (clact_activation)i);
  }
  CHECK_OK(clact_activation_param(CLACT_SWISH, 0, &name, &def));
  CHECK(strcmp(name, "beta") == 0 && def == 1.0);
  CHECK_STATUS(clact_activation_param(CLACT_SWISH, 1, &name, &def), CLACT_ERROR_INVALID_PARAMETER);
  CHECK_STATUS(clact_activation_param(CLACT_RELU, 0, &name, &def), CLACT_ERROR_INVALID_PARAMETER);
  CHECK_STATUS(clact_activation_param(CLACT_ACTIVATION_COUNT, 0, &name, &def),
               CLACT_ERROR_INVALID_ACTIVATION);
  CHECK(strcmp(clact_dtype_name(CLACT_BF16), "bf16") == 0 && !clact_dtype_name(CLACT_DTYPE_COUNT));
  CHECK_OK(clact_dtype_from_name("f64", &t));
  CHECK(t == CLACT_F64);
  CHECK_STATUS(clact_dtype_from_name("f8", &t), CLACT_ERROR_INVALID_DTYPE);
  CHECK_STATUS(clact_dtype_from_name(NULL, &t), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK(clact_dtype_size(CLACT_F16) == 2 && clact_dtype_size(CLACT_F64) == 8);
  CHECK(clact_dtype_size(CLACT_DTYPE_COUNT) == 0);
  /* backward from y: where it is defined, and with which parameters */
  CHECK(!clact_has_gradient_from_y(NULL));
  CHECK_OK(clact_op_init(&op, CLACT_SIGMOID));
  CHECK(clact_has_gradient_from_y(&op));
  CHECK_OK(clact_op_init(&op, CLACT_SWISH));
  CHECK(!clact_has_gradient_from_y(&op));
  CHECK_OK(clact_op_init(&op, CLACT_LEAKY_RELU));
  op.param[0] = 0;
  CHECK(!clact_has_gradient_from_y(&op));
  CHECK_OK(clact_op_init(&op, CLACT_ELU));
  op.param[0] = -0.5;
  CHECK(!clact_has_gradient_from_y(&op));
  op.param[0] = 0;
  CHECK(clact_has_gradient_from_y(&op));
  return 0;
}

int test_context_errors(const char *arg) {
  clact_context *ctx = (clact_context *)1;
  CHECK_STATUS(clact_context_create(NULL, NULL), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_context_create(&ctx, "no-such-device-anywhere"), CLACT_ERROR_NO_DEVICE);
  CHECK(ctx == NULL);
  CHECK_STATUS(clact_context_create(&ctx, "7:99"), CLACT_ERROR_NO_DEVICE);
  CHECK_STATUS(clact_context_create(&ctx, "1:x"), CLACT_ERROR_INVALID_DEVICE_SPEC);
  CHECK_STATUS(clact_context_create_from_queue(NULL, NULL), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_context_create_from_queue(&ctx, NULL), CLACT_ERROR_INVALID_ARGUMENT);
  clact_context_destroy(NULL); /* a no-op */

  cl_command_queue q;
  cl_context c;
  cl_device_id d;
  char name[64];
  CHECK_STATUS(clact_context_queue(NULL, &q), CLACT_ERROR_INVALID_CONTEXT);
  CHECK_STATUS(clact_context_cl_context(NULL, &c), CLACT_ERROR_INVALID_CONTEXT);
  CHECK_STATUS(clact_context_device(NULL, &d), CLACT_ERROR_INVALID_CONTEXT);
  CHECK_STATUS(clact_context_device_name(NULL, name, sizeof name), CLACT_ERROR_INVALID_CONTEXT);
  CHECK_STATUS(clact_finish(NULL), CLACT_ERROR_INVALID_CONTEXT);
  CHECK(!clact_context_supports(NULL, CLACT_F32));

  ctx = test_context();
  CHECK(ctx);
  CHECK_STATUS(clact_context_queue(ctx, NULL), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_context_cl_context(ctx, NULL), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_context_device(ctx, NULL), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_context_device_name(ctx, NULL, 5), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_context_device_name(ctx, name, 0), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_OK(clact_context_device_name(ctx, name, 4)); /* truncates */
  CHECK(strlen(name) <= 3);
  CHECK_OK(clact_context_queue(ctx, &q));
  CHECK_OK(clact_context_cl_context(ctx, &c));
  CHECK_OK(clact_context_device(ctx, &d));
  CHECK(q && c && d);
  CHECK(clact_context_supports(ctx, CLACT_F32) && clact_context_supports(ctx, CLACT_BF16));
  CHECK(!clact_context_supports(ctx, CLACT_DTYPE_COUNT));
  CHECK_OK(clact_finish(ctx));
  clact_op op;
  CHECK_OK(clact_op_init(&op, CLACT_TANH));
  CHECK_STATUS(clact_prepare(NULL, &op), CLACT_ERROR_INVALID_CONTEXT);
  CHECK_STATUS(clact_prepare(ctx, NULL), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_OK(clact_prepare(ctx, &op));
  clact_context_destroy(ctx);
  return 0;
}

int test_device_spec(const char *arg) {
  clact_context *ctx;
  char name[256], again[256];
  /* "0:0" always names a device when there is one, and a name substring finds it again */
  CHECK_OK(clact_context_create(&ctx, "0:0"));
  CHECK_OK(clact_context_device_name(ctx, name, sizeof name));
  clact_context_destroy(ctx);
  char needle[8] = {0};
  memcpy(needle, name, strlen(name) < 5 ? strlen(name) : 5);
  for (char *p = needle; *p; ++p)
    if (*p >= 'a' && *p <= 'z') *p = (char)(*p - 'a' + 'A'); /* case-insensitive */
  CHECK_OK(clact_context_create(&ctx, needle));
  CHECK_OK(clact_context_device_name(ctx, again, sizeof again));
  clact_context_destroy(ctx);
  CHECK(strlen(again) > 0);
  /* by type: whichever of cpu / gpu exists must resolve */
  int found = 0;
  if (clact_context_create(&ctx, "cpu") == CLACT_SUCCESS) found++, clact_context_destroy(ctx);
  if (clact_context_create(&ctx, "GPU") == CLACT_SUCCESS) found++, clact_context_destroy(ctx);
  CHECK(found >= 1);
  return 0;
}

/* Buffers for the enqueue error tests. */
typedef struct fixture {
  clact_context *ctx;
  cl_mem a, b, c;
  clact_op op;
} fixture;

static int setup(fixture *f, size_t n) {
  f->ctx = test_context();
  if (!f->ctx) return 1;
  clact_op_init(&f->op, CLACT_SIGMOID);
  return clact_buffer_create(f->ctx, n * 4, &f->a) || clact_buffer_create(f->ctx, n * 4, &f->b) ||
         clact_buffer_create(f->ctx, n * 4, &f->c);
}

static void teardown(fixture *f) {
  clact_buffer_release(f->a);
  clact_buffer_release(f->b);
  clact_buffer_release(f->c);
  clact_context_destroy(f->ctx);
}

/* A buffer of another OpenCL context on the same device. */
static cl_mem foreign_buffer(clact_context *ctx, cl_context *other) {
  cl_device_id d;
  cl_int err;
  clact_context_device(ctx, &d);
  *other = clCreateContext(NULL, 1, &d, NULL, NULL, &err);
  return *other ? clCreateBuffer(*other, CL_MEM_READ_WRITE, 4096, NULL, &err) : NULL;
}

int test_forward_errors(const char *arg) {
  fixture f;
  CHECK(setup(&f, 64) == 0);
  clact_op op = f.op;
  cl_event ev = NULL;
  CHECK_STATUS(clact_forward(NULL, &op, 8, f.a, 0, 1, f.b, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_INVALID_CONTEXT);
  CHECK_STATUS(clact_forward(f.ctx, NULL, 8, f.a, 0, 1, f.b, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_forward(f.ctx, &op, 8, NULL, 0, 1, f.b, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_forward(f.ctx, &op, 8, f.a, 0, 1, NULL, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_INVALID_ARGUMENT);
  op.activation = CLACT_ACTIVATION_COUNT;
  CHECK_STATUS(clact_forward(f.ctx, &op, 8, f.a, 0, 1, f.b, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_INVALID_ACTIVATION);
  op = f.op;
  op.dtype = (clact_dtype)7;
  CHECK_STATUS(clact_forward(f.ctx, &op, 8, f.a, 0, 1, f.b, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_INVALID_DTYPE);
  op = f.op;
  op.alpha = NAN;
  CHECK_STATUS(clact_forward(f.ctx, &op, 8, f.a, 0, 1, f.b, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_INVALID_PARAMETER);
  op = f.op;
  op.beta = INFINITY;
  CHECK_STATUS(clact_forward(f.ctx, &op, 8, f.a, 0, 1, f.b, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_INVALID_PARAMETER);
  op = f.op;
  op.alpha = 1e300; /* finite as a double, infinite as the float the kernel gets */
  CHECK_STATUS(clact_forward(f.ctx, &op, 8, f.a, 0, 1, f.b, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_INVALID_PARAMETER);
  clact_op_init(&op, CLACT_SOFTPLUS);
  op.param[0] = 0; /* beta must be > 0 */
  CHECK_STATUS(clact_forward(f.ctx, &op, 8, f.a, 0, 1, f.b, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_INVALID_PARAMETER);
  op.param[0] = 1e-50; /* > 0 as a double, 0 as a float */
  CHECK_STATUS(clact_forward(f.ctx, &op, 8, f.a, 0, 1, f.b, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_INVALID_PARAMETER);
  clact_op_init(&op, CLACT_ELU);
  op.param[0] = NAN;
  CHECK_STATUS(clact_forward(f.ctx, &op, 8, f.a, 0, 1, f.b, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_INVALID_PARAMETER);
  op = f.op;
  /* sizes, offsets and strides against the buffers' 64 elements */
  CHECK_STATUS(clact_forward(f.ctx, &op, SIZE_MAX / 2, f.a, 0, 1, f.b, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_INVALID_SIZE);
  CHECK_STATUS(clact_forward(f.ctx, &op, 65, f.a, 0, 1, f.b, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_OUT_OF_RANGE);
  CHECK_STATUS(clact_forward(f.ctx, &op, 60, f.a, 5, 1, f.b, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_OUT_OF_RANGE);
  CHECK_STATUS(clact_forward(f.ctx, &op, 60, f.a, 0, 1, f.b, 5, 1, 0, NULL, NULL),
               CLACT_ERROR_OUT_OF_RANGE);
  CHECK_STATUS(clact_forward(f.ctx, &op, 33, f.a, 0, 2, f.b, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_OUT_OF_RANGE);
  CHECK_STATUS(clact_forward(f.ctx, &op, 2, f.a, SIZE_MAX, 1, f.b, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_OUT_OF_RANGE);
  CHECK_STATUS(clact_forward(f.ctx, &op, 3, f.a, 0, SIZE_MAX / 2, f.b, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_OUT_OF_RANGE);
  CHECK_STATUS(clact_forward(f.ctx, &op, 8, f.a, 0, 0, f.b, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_INVALID_STRIDE);
  CHECK_STATUS(clact_forward(f.ctx, &op, 8, f.a, 0, 1, f.b, 0, 0, 0, NULL, NULL),
               CLACT_ERROR_INVALID_STRIDE);
  CHECK_OK(clact_forward(f.ctx, &op, 32, f.a, 0, 2, f.b, 0, 1, 0, NULL, NULL)); /* just fits */
  CHECK_OK(clact_forward(f.ctx, &op, 64, f.a, 0, 1, f.b, 0, 1, 0, NULL, NULL));
  /* wait lists */
  CHECK_STATUS(clact_forward(f.ctx, &op, 8, f.a, 0, 1, f.b, 0, 1, 1, NULL, NULL),
               CLACT_ERROR_INVALID_WAIT_LIST);
  CHECK_STATUS(clact_forward(f.ctx, &op, 8, f.a, 0, 1, f.b, 0, 1, 0, &ev, NULL),
               CLACT_ERROR_INVALID_WAIT_LIST);
  cl_event null_list[2] = {NULL, NULL};
  CHECK_STATUS(clact_forward(f.ctx, &op, 8, f.a, 0, 1, f.b, 0, 1, 2, null_list, NULL),
               CLACT_ERROR_INVALID_WAIT_LIST);
  /* a buffer of another context */
  cl_context other;
  cl_mem alien = foreign_buffer(f.ctx, &other);
  CHECK(alien);
  CHECK_STATUS(clact_forward(f.ctx, &op, 8, alien, 0, 1, f.b, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_CONTEXT_MISMATCH);
  CHECK_STATUS(clact_forward(f.ctx, &op, 8, f.a, 0, 1, alien, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_CONTEXT_MISMATCH);
  clReleaseMemObject(alien);
  clReleaseContext(other);
  /* f64 on a device without cl_khr_fp64 */
  op.dtype = CLACT_F64;
  if (!clact_context_supports(f.ctx, CLACT_F64))
    CHECK_STATUS(clact_forward(f.ctx, &op, 8, f.a, 0, 1, f.b, 0, 1, 0, NULL, NULL),
                 CLACT_ERROR_UNSUPPORTED_DTYPE);
  else
    CHECK_STATUS(clact_forward(f.ctx, &op, 33, f.a, 0, 1, f.b, 0, 1, 0, NULL, NULL),
                 CLACT_ERROR_OUT_OF_RANGE);
  CHECK_OK(clact_finish(f.ctx));
  teardown(&f);
  return 0;
}

int test_backward_errors(const char *arg) {
  fixture f;
  CHECK(setup(&f, 64) == 0);
  clact_op op = f.op;
  CHECK_STATUS(
      clact_backward(NULL, &op, CLACT_FROM_X, 8, f.a, 0, 1, f.b, 0, 1, f.c, 0, 1, 0, NULL, NULL),
      CLACT_ERROR_INVALID_CONTEXT);
  CHECK_STATUS(
      clact_backward(f.ctx, NULL, CLACT_FROM_X, 8, f.a, 0, 1, f.b, 0, 1, f.c, 0, 1, 0, NULL, NULL),
      CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_backward(f.ctx, &op, (clact_grad_input)2, 8, f.a, 0, 1, f.b, 0, 1, f.c, 0, 1,
                              0, NULL, NULL),
               CLACT_ERROR_INVALID_GRAD_INPUT);
  CHECK_STATUS(
      clact_backward(f.ctx, &op, CLACT_FROM_X, 8, NULL, 0, 1, f.b, 0, 1, f.c, 0, 1, 0, NULL, NULL),
      CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(
      clact_backward(f.ctx, &op, CLACT_FROM_X, 8, f.a, 0, 1, NULL, 0, 1, f.c, 0, 1, 0, NULL, NULL),
      CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(
      clact_backward(f.ctx, &op, CLACT_FROM_X, 8, f.a, 0, 1, f.b, 0, 1, NULL, 0, 1, 0, NULL, NULL),
      CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(
      clact_backward(f.ctx, &op, CLACT_FROM_X, 65, f.a, 0, 1, f.b, 0, 1, f.c, 0, 1, 0, NULL, NULL),
      CLACT_ERROR_OUT_OF_RANGE);
  CHECK_STATUS(
      clact_backward(f.ctx, &op, CLACT_FROM_X, 64, f.a, 0, 1, f.b, 1, 1, f.c, 0, 1, 0, NULL, NULL),
      CLACT_ERROR_OUT_OF_RANGE);
  CHECK_STATUS(
      clact_backward(f.ctx, &op, CLACT_FROM_X, 64, f.a, 0, 1, f.b, 0, 1, f.c, 1, 1, 0, NULL, NULL),
      CLACT_ERROR_OUT_OF_RANGE);
  CHECK_STATUS(
      clact_backward(f.ctx, &op, CLACT_FROM_X, 8, f.a, 0, 1, f.b, 0, 0, f.c, 0, 1, 0, NULL, NULL),
      CLACT_ERROR_INVALID_STRIDE);
  CHECK_STATUS(clact_backward(f.ctx, &op, CLACT_FROM_X, SIZE_MAX, f.a, 0, 1, f.b, 0, 1, f.c, 0, 1,
                              0, NULL, NULL),
               CLACT_ERROR_INVALID_SIZE);
  CHECK_STATUS(
      clact_backward(f.ctx, &op, CLACT_FROM_X, 8, f.a, 0, 1, f.b, 0, 1, f.c, 0, 1, 1, NULL, NULL),
      CLACT_ERROR_INVALID_WAIT_LIST);
  clact_op_init(&op, CLACT_SWISH);
  CHECK_STATUS(
      clact_backward(f.ctx, &op, CLACT_FROM_Y, 8, f.a, 0, 1, f.b, 0, 1, f.c, 0, 1, 0, NULL, NULL),
      CLACT_ERROR_NO_GRADIENT_FROM_Y);
  clact_op_init(&op, CLACT_LEAKY_RELU);
  op.param[0] = -0.1;
  CHECK_STATUS(
      clact_backward(f.ctx, &op, CLACT_FROM_Y, 8, f.a, 0, 1, f.b, 0, 1, f.c, 0, 1, 0, NULL, NULL),
      CLACT_ERROR_NO_GRADIENT_FROM_Y);
  CHECK_OK(
      clact_backward(f.ctx, &op, CLACT_FROM_X, 8, f.a, 0, 1, f.b, 0, 1, f.c, 0, 1, 0, NULL, NULL));
  cl_context other;
  cl_mem alien = foreign_buffer(f.ctx, &other);
  CHECK(alien);
  CHECK_STATUS(
      clact_backward(f.ctx, &op, CLACT_FROM_X, 8, f.a, 0, 1, alien, 0, 1, f.c, 0, 1, 0, NULL, NULL),
      CLACT_ERROR_CONTEXT_MISMATCH);
  clReleaseMemObject(alien);
  clReleaseContext(other);
  CHECK_OK(clact_finish(f.ctx));
  teardown(&f);
  return 0;
}

int test_host_errors(const char *arg) {
  clact_context *ctx = test_context();
  CHECK(ctx);
  clact_op op;
  clact_op_init(&op, CLACT_TANH);
  float x[16] = {0}, y[16], dy[16] = {0};
  CHECK_STATUS(clact_forward_host(NULL, &op, 16, x, y), CLACT_ERROR_INVALID_CONTEXT);
  CHECK_STATUS(clact_forward_host(ctx, NULL, 16, x, y), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_forward_host(ctx, &op, 16, NULL, y), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_forward_host(ctx, &op, 16, x, NULL), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_forward_host(ctx, &op, SIZE_MAX / 2, x, y), CLACT_ERROR_INVALID_SIZE);
  CHECK_STATUS(clact_forward_host(ctx, &op, 8, x, x + 1), CLACT_ERROR_OVERLAP);
  CHECK_OK(clact_forward_host(ctx, &op, 0, NULL, NULL));
  CHECK_STATUS(clact_backward_host(NULL, &op, CLACT_FROM_X, 16, x, dy, y),
               CLACT_ERROR_INVALID_CONTEXT);
  CHECK_STATUS(clact_backward_host(ctx, NULL, CLACT_FROM_X, 16, x, dy, y),
               CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_backward_host(ctx, &op, (clact_grad_input)9, 16, x, dy, y),
               CLACT_ERROR_INVALID_GRAD_INPUT);
  CHECK_STATUS(clact_backward_host(ctx, &op, CLACT_FROM_X, 16, NULL, dy, y),
               CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_backward_host(ctx, &op, CLACT_FROM_X, 16, x, NULL, y),
               CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_backward_host(ctx, &op, CLACT_FROM_X, 16, x, dy, NULL),
               CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_backward_host(ctx, &op, CLACT_FROM_X, SIZE_MAX / 2, x, dy, y),
               CLACT_ERROR_INVALID_SIZE);
  CHECK_STATUS(clact_backward_host(ctx, &op, CLACT_FROM_X, 8, x, dy, dy + 2), CLACT_ERROR_OVERLAP);
  CHECK_STATUS(clact_backward_host(ctx, &op, CLACT_FROM_X, 8, x + 3, dy, x), CLACT_ERROR_OVERLAP);
  op.param[0] = NAN; /* unused by tanh, still must be finite */
  CHECK_STATUS(clact_backward_host(ctx, &op, CLACT_FROM_X, 16, x, dy, y),
               CLACT_ERROR_INVALID_PARAMETER);
  clact_op_init(&op, CLACT_SOFTPLUS);
  CHECK_STATUS(clact_backward_host(ctx, &op, CLACT_FROM_Y, 16, x, dy, y),
               CLACT_ERROR_NO_GRADIENT_FROM_Y);
  CHECK_OK(clact_backward_host(ctx, &op, CLACT_FROM_X, 0, NULL, NULL, NULL));
  clact_context_destroy(ctx);
  return 0;
}

int test_buffer_errors(const char *arg) {
  clact_context *ctx = test_context();
  CHECK(ctx);
  cl_mem b = NULL;
  char data[64] = {0};
  CHECK_STATUS(clact_buffer_create(NULL, 64, &b), CLACT_ERROR_INVALID_CONTEXT);
  CHECK_STATUS(clact_buffer_create(ctx, 64, NULL), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_buffer_create(ctx, 0, &b), CLACT_ERROR_INVALID_SIZE);
  CHECK(b == NULL);
  CHECK_STATUS(clact_buffer_create(ctx, SIZE_MAX, &b), CL_INVALID_BUFFER_SIZE);
  CHECK_OK(clact_buffer_create(ctx, 64, &b));
  CHECK_STATUS(clact_buffer_write(NULL, b, 0, 8, data), CLACT_ERROR_INVALID_CONTEXT);
  CHECK_STATUS(clact_buffer_write(ctx, NULL, 0, 8, data), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_buffer_write(ctx, b, 0, 8, NULL), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_buffer_write(ctx, b, 60, 8, data), CLACT_ERROR_OUT_OF_RANGE);
  CHECK_STATUS(clact_buffer_write(ctx, b, SIZE_MAX, 8, data), CLACT_ERROR_OUT_OF_RANGE);
  CHECK_STATUS(clact_buffer_read(NULL, b, 0, 8, data), CLACT_ERROR_INVALID_CONTEXT);
  CHECK_STATUS(clact_buffer_read(ctx, NULL, 0, 8, data), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_buffer_read(ctx, b, 0, 8, NULL), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_buffer_read(ctx, b, 0, 65, data), CLACT_ERROR_OUT_OF_RANGE);
  for (int i = 0; i < 64; ++i)
    data[i] = (char)i;
  CHECK_OK(clact_buffer_write(ctx, b, 8, 56, data));
  char back[56] = {0};
  CHECK_OK(clact_buffer_read(ctx, b, 8, 56, back));
  CHECK(memcmp(back, data, 56) == 0);
  CHECK_OK(clact_buffer_read(ctx, b, 64, 0, back)); /* empty range at the end */
  cl_context other;
  cl_device_id d;
  cl_int err;
  clact_context_device(ctx, &d);
  other = clCreateContext(NULL, 1, &d, NULL, NULL, &err);
  CHECK(other);
  cl_mem alien = clCreateBuffer(other, CL_MEM_READ_WRITE, 64, NULL, &err);
  CHECK(alien);
  CHECK_STATUS(clact_buffer_write(ctx, alien, 0, 8, data), CLACT_ERROR_CONTEXT_MISMATCH);
  CHECK_STATUS(clact_buffer_read(ctx, alien, 0, 8, data), CLACT_ERROR_CONTEXT_MISMATCH);
  clReleaseMemObject(alien);
  clReleaseContext(other);
  clact_buffer_release(b);
  clact_buffer_release(NULL); /* a no-op */
  clact_context_destroy(ctx);
  return 0;
}

int test_build_log(const char *arg) {
  clact_context *ctx = test_context();
  CHECK(ctx);
  char buf[8];
  size_t needed = 0;
  CHECK_STATUS(clact_build_log(NULL, buf, sizeof buf, &needed), CLACT_ERROR_INVALID_CONTEXT);
  CHECK_STATUS(clact_build_log(ctx, NULL, 8, &needed), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_OK(clact_build_log(ctx, buf, sizeof buf, &needed)); /* no failure yet: empty */
  CHECK(buf[0] == '\0' && needed == 1);
  clact_context_destroy(ctx);
  /* A bad extra build option makes the build fail; the status and the log say so. */
  setenv("CLACT_BUILD_OPTIONS", "-Dinline=!", 1);
  ctx = test_context();
  CHECK(ctx);
  clact_op op;
  clact_op_init(&op, CLACT_RELU);
  CHECK_STATUS(clact_prepare(ctx, &op), CL_BUILD_PROGRAM_FAILURE);
  CHECK_STATUS(clact_build_log(ctx, buf, sizeof buf, &needed), CLACT_ERROR_BUFFER_TOO_SMALL);
  CHECK(needed > sizeof buf && strlen(buf) == sizeof buf - 1);
  char *log = malloc(needed);
  CHECK(log);
  CHECK_OK(clact_build_log(ctx, log, needed, NULL));
  CHECK(strlen(log) == needed - 1);
  free(log);
  unsetenv("CLACT_BUILD_OPTIONS");
  clact_context_destroy(ctx);
  return 0;
}
