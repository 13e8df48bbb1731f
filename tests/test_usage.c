/* test_usage.c — the ways callers use the library: their own queue and buffers, event
 * chains, host arrays, in-place, blending, strides, aliasing rules and threads. */
#include "harness.h"

#include <float.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* Checks floats against the f32 reference of op within its bound. */
static int close_fwd(const clact_op *op, const float *x, const float *y, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    double u;
    if (!ref_judge(op, REF_FWD, NULL, x[i], 1, y[i], ref_forward(op, x[i]), &u)) {
      fprintf(stderr, "  x=%.9g y=%.9g ref=%.9Lg\n", x[i], y[i], ref_forward(op, x[i]));
      return 0;
    }
  }
  return 1;
}

int test_zero_length(const char *arg) {
  clact_context *ctx = test_context();
  CHECK(ctx);
  clact_op op;
  clact_op_init(&op, CLACT_ELU);
  cl_mem b;
  CHECK_OK(clact_buffer_create(ctx, 16, &b));
  /* n == 0 is a successful no-op; an event asked for completes after the wait list */
  cl_event ev = NULL, ev2 = NULL;
  CHECK_OK(clact_forward(ctx, &op, 0, b, 0, 1, b, 0, 1, 0, NULL, NULL));
  CHECK_OK(clact_forward(ctx, &op, 0, b, 0, 1, b, 0, 1, 0, NULL, &ev));
  CHECK(ev);
  CHECK_OK(clact_backward(ctx, &op, CLACT_FROM_X, 0, b, 0, 1, b, 0, 1, b, 0, 1, 1, &ev, &ev2));
  CHECK(ev2);
  CHECK(clWaitForEvents(1, &ev2) == CL_SUCCESS);
  clReleaseEvent(ev);
  clReleaseEvent(ev2);
  clact_buffer_release(b);
  clact_context_destroy(ctx);
  return 0;
}

/* A caller who owns the OpenCL objects: clact borrows the queue and uses their buffers. */
int test_borrowed_queue(const char *arg) {
  clact_context *probe = test_context();
  CHECK(probe);
  cl_device_id dev;
  CHECK_OK(clact_context_device(probe, &dev));
  clact_context_destroy(probe);
  cl_int err;
  cl_context c = clCreateContext(NULL, 1, &dev, NULL, NULL, &err);
  CHECK(c);
  cl_command_queue q = clCreateCommandQueue(c, dev, CL_QUEUE_PROFILING_ENABLE, &err);
  CHECK(q);
  enum { N = 1027 };
  float x[N], y[N];
  for (int i = 0; i < N; ++i)
    x[i] = (float)(i - N / 2) * 0.03f;
  cl_mem bx = clCreateBuffer(c, CL_MEM_READ_ONLY | CL_MEM_COPY_HOST_PTR, sizeof x, x, &err);
  cl_mem by = clCreateBuffer(c, CL_MEM_WRITE_ONLY, sizeof y, NULL, &err);
  CHECK(bx && by);
  clact_context *ctx;
  CHECK_OK(clact_context_create_from_queue(&ctx, q));
  cl_command_queue got;
  CHECK_OK(clact_context_queue(ctx, &got));
  CHECK(got == q);
  clact_op op;
  clact_op_init(&op, CLACT_SWISH);
  cl_event ev;
  CHECK_OK(clact_forward(ctx, &op, N, bx, 0, 1, by, 0, 1, 0, NULL, &ev));
  CHECK(clEnqueueReadBuffer(q, by, CL_TRUE, 0, sizeof y, y, 1, &ev, NULL) == CL_SUCCESS);
  cl_ulong t0, t1; /* the caller's profiling queue works with clact's events */
  CHECK(clGetEventProfilingInfo(ev, CL_PROFILING_COMMAND_START, sizeof t0, &t0, NULL) ==
        CL_SUCCESS);
  CHECK(clGetEventProfilingInfo(ev, CL_PROFILING_COMMAND_END, sizeof t1, &t1, NULL) == CL_SUCCESS);
  CHECK(t1 >= t0);
  clReleaseEvent(ev);
  CHECK(close_fwd(&op, x, y, N));
  /* the context retained the queue: the caller may release theirs first */
  clReleaseCommandQueue(q);
  CHECK_OK(clact_forward(ctx, &op, N, bx, 0, 1, by, 0, 1, 0, NULL, NULL));
  CHECK_OK(clact_finish(ctx));
  clact_context_destroy(ctx);
  clReleaseMemObject(bx);
  clReleaseMemObject(by);
  clReleaseContext(c);
  return 0;
}

/* forward then backward, each waiting on the last; only the final read blocks */
int test_event_chain(const char *arg) {
  clact_context *ctx = test_context();
  CHECK(ctx);
  enum { N = 4099 };
  static float x[N], y[N], dy[N], dx[N];
  for (int i = 0; i < N; ++i)
    x[i] = (float)(i % 97) * 0.25f - 12.0f, dy[i] = 0.5f;
  cl_mem bx, by, bdy, bdx;
  CHECK_OK(clact_buffer_create(ctx, sizeof x, &bx));
  CHECK_OK(clact_buffer_create(ctx, sizeof x, &by));
  CHECK_OK(clact_buffer_create(ctx, sizeof x, &bdy));
  CHECK_OK(clact_buffer_create(ctx, sizeof x, &bdx));
  CHECK_OK(clact_buffer_write(ctx, bx, 0, sizeof x, x));
  CHECK_OK(clact_buffer_write(ctx, bdy, 0, sizeof x, dy));
  clact_op op;
  clact_op_init(&op, CLACT_TANH);
  cl_event e1, e2, e3;
  CHECK_OK(clact_forward(ctx, &op, N, bx, 0, 1, by, 0, 1, 0, NULL, &e1));
  CHECK_OK(clact_backward(ctx, &op, CLACT_FROM_Y, N, by, 0, 1, bdy, 0, 1, bdx, 0, 1, 1, &e1, &e2));
  clact_op sig;
  clact_op_init(&sig, CLACT_SIGMOID);
  CHECK_OK(clact_forward(ctx, &sig, N, bdx, 0, 1, bdx, 0, 1, 1, &e2, &e3)); /* in place */
  CHECK(clWaitForEvents(1, &e3) == CL_SUCCESS);
  CHECK_OK(clact_buffer_read(ctx, by, 0, sizeof y, y));
  CHECK_OK(clact_buffer_read(ctx, bdx, 0, sizeof dx, dx));
  CHECK(close_fwd(&op, x, y, N));
  for (int i = 0; i < N; ++i) {
    const long double g = ref_backward_from_y(&op, y[i], dy[i]);
    double u;
    CHECK(ref_judge(&sig, REF_FWD, NULL, 0, 1, dx[i], ref_forward(&sig, (float)g), &u));
  }
  clReleaseEvent(e1), clReleaseEvent(e2), clReleaseEvent(e3);
  clact_buffer_release(bx), clact_buffer_release(by), clact_buffer_release(bdy),
      clact_buffer_release(bdx);
  clact_context_destroy(ctx);
  return 0;
}

int test_host_arrays(const char *arg) {
  clact_context *ctx = test_context();
  CHECK(ctx);
  enum { N = 100003 };
  /* aligned (zero-copy where the device shares memory) and deliberately misaligned */
  const size_t bytes = (N * 4 + 4096 + 4095) / 4096 * 4096; /* C11: a multiple of the alignment */
  float *xa = aligned_alloc(4096, bytes), *ya = aligned_alloc(4096, bytes);
  float *dya = aligned_alloc(4096, bytes);
  CHECK(xa && ya && dya);
  for (int pass = 0; pass < 2; ++pass) {
    float *x = xa + pass, *y = ya + pass, *dy = dya + pass;
    for (int i = 0; i < N; ++i)
      x[i] = (float)((i * 7919) % 4001 - 2000) * 0.01f, dy[i] = 1.5f;
    clact_op op;
    clact_op_init(&op, CLACT_SOFTPLUS);
    CHECK_OK(clact_forward_host(ctx, &op, N, x, y));
    CHECK(close_fwd(&op, x, y, N));
    CHECK_OK(clact_backward_host(ctx, &op, CLACT_FROM_X, N, x, dy, y));
    for (int i = 0; i < N; ++i) {
      double u;
      CHECK(ref_judge(&op, REF_BWD, NULL, x[i], dy[i], y[i], ref_backward(&op, x[i], dy[i]), &u));
    }
    /* f16 through the host path too */
    op.dtype = CLACT_F16;
    uint16_t *h = (uint16_t *)x, *hy = (uint16_t *)y;
    for (int i = 0; i < N; ++i)
      h[i] = ref_float_to_half((float)(i % 200 - 100) * 0.05f);
    CHECK_OK(clact_forward_host(ctx, &op, N, h, hy));
    for (int i = 0; i < N; ++i) {
      double u;
      const long double xi = ref_half_to_float(h[i]);
      CHECK(
          ref_judge(&op, REF_FWD, NULL, xi, 1, ref_half_to_float(hy[i]), ref_forward(&op, xi), &u));
    }
  }
  free(xa), free(ya), free(dya);
  clact_context_destroy(ctx);
  return 0;
}

int test_in_place(const char *arg) {
  clact_context *ctx = test_context();
  CHECK(ctx);
  enum { N = 5003 };
  static float x[N], v[N], dy[N], g[N];
  for (int i = 0; i < N; ++i)
    x[i] = (float)(i % 301 - 150) * 0.1f, dy[i] = (float)(i % 7) - 3.0f;
  clact_op op;
  clact_op_init(&op, CLACT_ELU);
  cl_mem b, bdy, bx;
  CHECK_OK(clact_buffer_create(ctx, sizeof x, &b));
  CHECK_OK(clact_buffer_create(ctx, sizeof x, &bx));
  CHECK_OK(clact_buffer_create(ctx, sizeof x, &bdy));
  CHECK_OK(clact_buffer_write(ctx, b, 0, sizeof x, x));
  CHECK_OK(clact_buffer_write(ctx, bx, 0, sizeof x, x));
  CHECK_OK(clact_buffer_write(ctx, bdy, 0, sizeof x, dy));
  CHECK_OK(clact_forward(ctx, &op, N, b, 0, 1, b, 0, 1, 0, NULL, NULL)); /* y over x */
  CHECK_OK(clact_buffer_read(ctx, b, 0, sizeof v, v));
  CHECK(close_fwd(&op, x, v, N));
  CHECK_OK(clact_backward(ctx, &op, CLACT_FROM_X, N, bx, 0, 1, bdy, 0, 1, bdy, 0, 1, 0, NULL,
                          NULL)); /* dx over dy */
  CHECK_OK(clact_buffer_read(ctx, bdy, 0, sizeof g, g));
  for (int i = 0; i < N; ++i) {
    double u;
    CHECK(ref_judge(&op, REF_BWD, NULL, x[i], dy[i], g[i], ref_backward(&op, x[i], dy[i]), &u));
  }
  /* host arrays in place too */
  memcpy(v, x, sizeof x);
  CHECK_OK(clact_forward_host(ctx, &op, N, v, v));
  CHECK(close_fwd(&op, x, v, N));
  clact_buffer_release(b), clact_buffer_release(bx), clact_buffer_release(bdy);
  clact_context_destroy(ctx);
  return 0;
}

/* y = a f(x) + b y: b = 0 never reads y (NaN there is harmless); b != 0 accumulates. */
int test_blending(const char *arg) {
  clact_context *ctx = test_context();
  CHECK(ctx);
  enum { N = 777 };
  static float x[N], dy[N];
  static long double y0[N], y[N];
  for (int i = 0; i < N; ++i)
    x[i] = (float)(i - N / 2) * 0.05f, dy[i] = 0.75f;
  for (clact_dtype t = CLACT_F32; t <= CLACT_F64; t = (clact_dtype)(t + 1)) {
    if (!clact_context_supports(ctx, t)) continue;
    clact_op op;
    clact_op_init(&op, CLACT_SIGMOID);
    op.dtype = t;
    long double lx[N], ly[N], ldy[N], out[N];
    for (int i = 0; i < N; ++i)
      lx[i] = ref_round(t, x[i]), ly[i] = NAN, ldy[i] = dy[i];
    cl_mem bx = test_buffer(ctx, t, N, lx), by = test_buffer(ctx, t, N, ly);
    cl_mem bdy = test_buffer(ctx, t, N, ldy);
    CHECK(bx && by && bdy);
    op.alpha = 2.0; /* beta 0 over a NaN-filled y */
    CHECK_OK(clact_forward(ctx, &op, N, bx, 0, 1, by, 0, 1, 0, NULL, NULL));
    CHECK(test_read(ctx, t, by, N, out) == 0);
    for (int i = 0; i < N; ++i) {
      double u;
      CHECK(ref_judge(&op, REF_FWD, NULL, lx[i], 1, out[i], 2 * ref_forward(&op, lx[i]), &u));
      y0[i] = out[i];
    }
    op.alpha = 0.5, op.beta = -1.25; /* accumulate into what is there */
    CHECK_OK(clact_forward(ctx, &op, N, bx, 0, 1, by, 0, 1, 0, NULL, NULL));
    CHECK(test_read(ctx, t, by, N, out) == 0);
    for (int i = 0; i < N; ++i) {
      const long double ref = 0.5L * ref_forward(&op, lx[i]) - 1.25L * y0[i];
      const long double tol = (t == CLACT_F64 ? 0x1p-50L : t == CLACT_F32 ? 0x1p-21L : 0x1p-6L);
      if (!(fabsl(out[i] - ref) <= tol * (1 + fabsl(ref))))
        fprintf(stderr, "  %s x=%Lg got=%Lg ref=%Lg\n", clact_dtype_name(t), lx[i], out[i], ref);
      CHECK(fabsl(out[i] - ref) <= tol * (1 + fabsl(ref)));
    }
    /* backward: dx = a dy f'(x) + b dx */
    op.alpha = 1, op.beta = 0;
    CHECK_OK(
        clact_backward(ctx, &op, CLACT_FROM_X, N, bx, 0, 1, bdy, 0, 1, by, 0, 1, 0, NULL, NULL));
    CHECK(test_read(ctx, t, by, N, out) == 0);
    for (int i = 0; i < N; ++i)
      y[i] = out[i];
    op.alpha = 3, op.beta = 1;
    CHECK_OK(
        clact_backward(ctx, &op, CLACT_FROM_X, N, bx, 0, 1, bdy, 0, 1, by, 0, 1, 0, NULL, NULL));
    CHECK(test_read(ctx, t, by, N, out) == 0);
    for (int i = 0; i < N; ++i) {
      const long double ref = 3 * ref_backward(&op, lx[i], ldy[i]) + y[i];
      const long double tol = (t == CLACT_F64 ? 0x1p-50L : t == CLACT_F32 ? 0x1p-21L : 0x1p-6L);
      CHECK(fabsl(out[i] - ref) <= tol * (1 + fabsl(ref)));
    }
    clact_buffer_release(bx), clact_buffer_release(by), clact_buffer_release(bdy);
  }
  clact_context_destroy(ctx);
  return 0;
}

/* strides 2 and 3 with offsets: only the view's elements change */
int test_strides(const char *arg) {
  clact_context *ctx = test_context();
  CHECK(ctx);
  enum { N = 1001, CAP = 4 * N + 16 };
  static float buf[CAP], out[CAP], back[CAP];
  for (int i = 0; i < CAP; ++i)
    buf[i] = (float)(i % 61 - 30) * 0.2f;
  const size_t strides[][2] = {{2, 3}, {3, 2}, {3, 3}, {1, 2}};
  for (size_t k = 0; k < 4; ++k) {
    const size_t sx = strides[k][0], sy = strides[k][1], ox = 5, oy = 1;
    for (clact_activation a = 0; a < CLACT_ACTIVATION_COUNT; a = (clact_activation)(a + 1)) {
      clact_op op;
      clact_op_init(&op, a);
      cl_mem bx, by;
      for (int i = 0; i < CAP; ++i)
        out[i] = -7.0f;
      CHECK_OK(clact_buffer_create(ctx, sizeof buf, &bx));
      CHECK_OK(clact_buffer_create(ctx, sizeof buf, &by));
      CHECK_OK(clact_buffer_write(ctx, bx, 0, sizeof buf, buf));
      CHECK_OK(clact_buffer_write(ctx, by, 0, sizeof out, out));
      CHECK_OK(clact_forward(ctx, &op, N, bx, ox, sx, by, oy, sy, 0, NULL, NULL));
      CHECK_OK(clact_buffer_read(ctx, by, 0, sizeof back, back));
      for (size_t i = 0; i < CAP; ++i) {
        const int in_view = i >= oy && (i - oy) % sy == 0 && (i - oy) / sy < N;
        if (!in_view) {
          CHECK(back[i] == -7.0f);
        } else {
          const float xi = buf[ox + (i - oy) / sy * sx];
          CHECK(close_fwd(&op, &xi, &back[i], 1));
        }
      }
      /* backward with strided x, dy and dx */
      CHECK_OK(clact_backward(ctx, &op, CLACT_FROM_X, N, bx, ox, sx, bx, 0, sy, by, 1, sx, 0, NULL,
                              NULL));
      CHECK_OK(clact_buffer_read(ctx, by, 0, sizeof back, back));
      for (size_t i = 0; i < N; ++i) {
        const float xi = buf[ox + i * sx], dyi = buf[i * sy];
        double u;
        CHECK(ref_judge(&op, REF_BWD, NULL, xi, dyi, back[1 + i * sx], ref_backward(&op, xi, dyi),
                        &u) ||
              fabsl(back[1 + i * sx] - ref_backward(&op, xi, dyi)) < 1e-6);
      }
      clact_buffer_release(bx), clact_buffer_release(by);
    }
  }
  clact_context_destroy(ctx);
  return 0;
}

/* Identical views may alias; partial overlap is refused; interleaved views are fine. */
int test_overlap(const char *arg) {
  clact_context *ctx = test_context();
  CHECK(ctx);
  clact_op op;
  clact_op_init(&op, CLACT_RELU);
  cl_mem b, d;
  CHECK_OK(clact_buffer_create(ctx, 4096, &b));
  CHECK_OK(clact_buffer_create(ctx, 4096, &d));
  static const char zeros[4096]; /* defined contents: oclgrind reports reads of any other */
  CHECK_OK(clact_buffer_write(ctx, b, 0, sizeof zeros, zeros));
  CHECK_OK(clact_buffer_write(ctx, d, 0, sizeof zeros, zeros));
  CHECK_STATUS(clact_forward(ctx, &op, 100, b, 0, 1, b, 50, 1, 0, NULL, NULL), CLACT_ERROR_OVERLAP);
  CHECK_STATUS(clact_forward(ctx, &op, 100, b, 50, 1, b, 0, 1, 0, NULL, NULL), CLACT_ERROR_OVERLAP);
  CHECK_STATUS(clact_forward(ctx, &op, 100, b, 0, 2, b, 0, 1, 0, NULL, NULL), CLACT_ERROR_OVERLAP);
  CHECK_STATUS(clact_forward(ctx, &op, 100, b, 0, 3, b, 2, 2, 0, NULL, NULL), CLACT_ERROR_OVERLAP);
  CHECK_OK(clact_forward(ctx, &op, 100, b, 0, 1, b, 100, 1, 0, NULL, NULL)); /* adjacent */
  CHECK_OK(clact_forward(ctx, &op, 100, b, 0, 2, b, 1, 2, 0, NULL, NULL));   /* interleaved */
  CHECK_OK(clact_forward(ctx, &op, 100, b, 7, 3, b, 7, 3, 0, NULL, NULL));   /* identical */
  CHECK_STATUS(
      clact_backward(ctx, &op, CLACT_FROM_X, 100, d, 0, 1, b, 0, 1, b, 1, 1, 0, NULL, NULL),
      CLACT_ERROR_OVERLAP);
  CHECK_STATUS(
      clact_backward(ctx, &op, CLACT_FROM_X, 100, b, 10, 1, d, 0, 1, b, 0, 1, 0, NULL, NULL),
      CLACT_ERROR_OVERLAP);
  CHECK_OK(clact_backward(ctx, &op, CLACT_FROM_X, 100, d, 0, 1, b, 0, 1, b, 0, 1, 0, NULL, NULL));
  CHECK_OK(clact_finish(ctx));
  clact_buffer_release(b), clact_buffer_release(d);
  clact_context_destroy(ctx);
  return 0;
}

/* Sub-buffers: their size bounds the view, and overlap is seen through the parent. */
int test_sub_buffers(const char *arg) {
  clact_context *ctx = test_context();
  CHECK(ctx);
  cl_device_id dev;
  cl_uint align_bits;
  clact_context_device(ctx, &dev);
  clGetDeviceInfo(dev, CL_DEVICE_MEM_BASE_ADDR_ALIGN, sizeof align_bits, &align_bits, NULL);
  const size_t align = align_bits / 8;
  cl_mem parent;
  CHECK_OK(clact_buffer_create(ctx, 8 * align, &parent));
  /* defined contents: the oclgrind runs report reads of any other */
  char *zeros = calloc(8, align);
  CHECK(zeros);
  CHECK_OK(clact_buffer_write(ctx, parent, 0, 8 * align, zeros));
  free(zeros);
  cl_int err;
  cl_buffer_region r1 = {0, 2 * align}, r2 = {align, 2 * align}, r3 = {4 * align, 2 * align};
  cl_mem s1 = clCreateSubBuffer(parent, 0, CL_BUFFER_CREATE_TYPE_REGION, &r1, &err);
  cl_mem s2 = clCreateSubBuffer(parent, 0, CL_BUFFER_CREATE_TYPE_REGION, &r2, &err);
  cl_mem s3 = clCreateSubBuffer(parent, 0, CL_BUFFER_CREATE_TYPE_REGION, &r3, &err);
  CHECK(s1 && s2 && s3);
  clact_op op;
  clact_op_init(&op, CLACT_TANH);
  const size_t n = 2 * align / 4;
  CHECK_STATUS(clact_forward(ctx, &op, n + 1, s1, 0, 1, s3, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_OUT_OF_RANGE);
  CHECK_OK(clact_forward(ctx, &op, n, s1, 0, 1, s3, 0, 1, 0, NULL, NULL));
  CHECK_STATUS(clact_forward(ctx, &op, n, s1, 0, 1, s2, 0, 1, 0, NULL, NULL), CLACT_ERROR_OVERLAP);
  CHECK_STATUS(clact_forward(ctx, &op, n, parent, 0, 1, s2, 0, 1, 0, NULL, NULL),
               CLACT_ERROR_OVERLAP);
  CHECK_OK(clact_forward(ctx, &op, n / 2, parent, 0, 1, s2, 0, 1, 0, NULL,
                         NULL)); /* parent's first quarter */
  CHECK_OK(clact_finish(ctx));
  clReleaseMemObject(s1), clReleaseMemObject(s2), clReleaseMemObject(s3);
  clact_buffer_release(parent);
  clact_context_destroy(ctx);
  return 0;
}

/* The special-value table of docs/ACCURACY.md, entry by entry (f32, default parameters). */
int test_special_values(const char *arg) {
  static const struct {
    clact_activation a;
    float x, y, dydx; /* f(x) and f'(x) as dx for dy = 1 */
  } table[] = {
      {CLACT_SIGMOID, -INFINITY, 0.0f, 0.0f},
      {CLACT_SIGMOID, INFINITY, 1.0f, 0.0f},
      {CLACT_SIGMOID, -0.0f, 0.5f, 0.25f},
      {CLACT_SIGMOID, -200.0f, 0.0f, 0.0f},
      {CLACT_TANH, -INFINITY, -1.0f, 0.0f},
      {CLACT_TANH, INFINITY, 1.0f, 0.0f},
      {CLACT_TANH, -0.0f, -0.0f, 1.0f},
      {CLACT_TANH, 1e-30f, 1e-30f, 1.0f},
      {CLACT_RELU, -INFINITY, 0.0f, 0.0f},
      {CLACT_RELU, INFINITY, INFINITY, 1.0f},
      {CLACT_RELU, -0.0f, 0.0f, 0.0f},
      {CLACT_RELU, 1e-40f, 1e-40f, 1.0f},
      {CLACT_LEAKY_RELU, -INFINITY, -INFINITY, 0.01f},
      {CLACT_LEAKY_RELU, INFINITY, INFINITY, 1.0f},
      {CLACT_LEAKY_RELU, -0.0f, -0.0f, 0.01f},
      {CLACT_ELU, -INFINITY, -1.0f, 0.0f},
      {CLACT_ELU, INFINITY, INFINITY, 1.0f},
      {CLACT_ELU, -0.0f, -0.0f, 1.0f},
      {CLACT_SWISH, -INFINITY, -0.0f, 0.0f},
      {CLACT_SWISH, INFINITY, INFINITY, 1.0f},
      {CLACT_SWISH, -0.0f, -0.0f, 0.5f},
      {CLACT_SWISH, -1000.0f, -0.0f, 0.0f},
      {CLACT_SOFTPLUS, -INFINITY, 0.0f, 0.0f},
      {CLACT_SOFTPLUS, INFINITY, INFINITY, 1.0f},
      {CLACT_SOFTPLUS, 1000.0f, 1000.0f, 1.0f},
      {CLACT_SOFTPLUS, -0.0f, 0.693147182f, 0.5f},
  };
  clact_context *ctx = test_context();
  CHECK(ctx);
  for (size_t i = 0; i < sizeof table / sizeof table[0]; ++i) {
    clact_op op;
    clact_op_init(&op, table[i].a);
    const float xs[3] = {table[i].x, NAN, table[i].x}, dys[3] = {1.0f, 1.0f, NAN};
    float y[3], dx[3];
    CHECK_OK(clact_forward_host(ctx, &op, 3, xs, y));
    CHECK_OK(clact_backward_host(ctx, &op, CLACT_FROM_X, 3, xs, dys, dx));
    const int same_y = memcmp(&y[0], &table[i].y, 4) == 0; /* bitwise: the sign of 0 counts */
    /* ELU'(-0): x > 0 is false, so alpha * e^-0 = 1 */
    const int same_d = dx[0] == table[i].dydx;
    if (!same_y || !same_d || !isnan(y[1]) || !isnan(dx[1]) || !isnan(dx[2])) {
      fprintf(stderr, "  %s(%g): y=%g (want %g) dx=%g (want %g) nan:%d%d%d\n",
              clact_activation_name(table[i].a), table[i].x, y[0], table[i].y, dx[0], table[i].dydx,
              isnan(y[1]), isnan(dx[1]), isnan(dx[2]));
      return 1;
    }
  }
  clact_context_destroy(ctx);
  return 0;
}

/* 8 threads x 200 calls on one context, different parameters and buffers, all right. */
typedef struct worker {
  clact_context *ctx;
  int id, failures;
} worker;

static void *work(void *arg) {
  worker *w = arg;
  enum { N = 1000 + 17 };
  float x[N], y[N];
  for (int call = 0; call < 200; ++call) {
    clact_op op;
    clact_op_init(&op, (clact_activation)((w->id + call) % CLACT_ACTIVATION_COUNT));
    op.param[0] = 0.25 + 0.05 * ((w->id * 200 + call) % 20); /* positive: valid everywhere */
    op.param[1] = op.param[0] + 1; /* above p0: hardtanh's min_val < max_val */
    for (int i = 0; i < N; ++i)
      x[i] = (float)((i + call + w->id) % 41 - 20) * 0.3f;
    cl_mem bx, by;
    if (clact_buffer_create(w->ctx, sizeof x, &bx) || clact_buffer_create(w->ctx, sizeof y, &by)) {
      w->failures++;
      return NULL;
    }
    cl_event ev = NULL;
    int bad = clact_buffer_write(w->ctx, bx, 0, sizeof x, x) ||
              clact_forward(w->ctx, &op, N, bx, 0, 1, by, 0, 1, 0, NULL, &ev) ||
              clWaitForEvents(1, &ev) || clact_buffer_read(w->ctx, by, 0, sizeof y, y);
    if (ev) clReleaseEvent(ev);
    if (!bad) bad = !close_fwd(&op, x, y, N);
    w->failures += bad;
    clact_buffer_release(bx), clact_buffer_release(by);
  }
  return NULL;
}

int test_threads(const char *arg) {
  clact_context *ctx = test_context();
  CHECK(ctx);
  pthread_t t[8];
  worker w[8];
  for (int i = 0; i < 8; ++i) {
    w[i] = (worker){ctx, i, 0};
    CHECK(pthread_create(&t[i], NULL, work, &w[i]) == 0);
  }
  int failures = 0;
  for (int i = 0; i < 8; ++i) {
    pthread_join(t[i], NULL);
    failures += w[i].failures;
  }
  clact_context_destroy(ctx);
  CHECK(failures == 0);
  return 0;
}
