/* s22review probe (not built by CMake): see ../README.md. Build: cc -I include ooo.c -L build
 * -lclact -lOpenCL */
#include "clact.h"
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#define CK(x)                                                                                      \
  do {                                                                                             \
    clact_status s_ = (x);                                                                         \
    if (s_) {                                                                                      \
      printf("%s:%d %s -> %s\n", __FILE__, __LINE__, #x, clact_status_name(s_));                   \
      return 1;                                                                                    \
    }                                                                                              \
  } while (0)
int main(void) {
  cl_platform_id p;
  cl_device_id d;
  cl_int err;
  clGetPlatformIDs(1, &p, NULL);
  clGetDeviceIDs(p, CL_DEVICE_TYPE_ALL, 1, &d, NULL);
  cl_context c = clCreateContext(NULL, 1, &d, NULL, NULL, &err);
  cl_command_queue q = clCreateCommandQueue(c, d, CL_QUEUE_OUT_OF_ORDER_EXEC_MODE_ENABLE, &err);
  if (err) {
    printf("queue %d\n", err);
    return 1;
  }
  clact_context *ctx;
  CK(clact_context_create_from_queue(&ctx, q));
  enum { C = 3, M = 200000 };
  const size_t n = (size_t)C * M;
  float *x = malloc(n * 4), *dy = malloc(n * 4), ds[C];
  for (size_t i = 0; i < n; ++i) {
    x[i] = (float)((i * 37) % 401) - 200.f;
    dy[i] = (float)(i % 7) - 3.f;
  }
  cl_mem bx, bdy, bds;
  CK(clact_buffer_create(ctx, n * 4, &bx));
  CK(clact_buffer_create(ctx, n * 4, &bdy));
  CK(clact_buffer_create(ctx, C * 4, &bds));
  CK(clact_buffer_write(ctx, bx, 0, n * 4, x));
  CK(clact_buffer_write(ctx, bdy, 0, n * 4, dy));
  for (int rep = 0; rep < 20; ++rep) {
    cl_event e = NULL;
    CK(clact_prelu_slope_grad(ctx, CLACT_F32, n, C, CLACT_CHANNELS_LAST, 1, bx, 0, bdy, 0, bds, 0,
                              0, NULL, &e));
    clWaitForEvents(1, &e);
    clReleaseEvent(e);
    CK(clact_buffer_read(ctx, bds, 0, C * 4, ds));
    for (int ch = 0; ch < C; ++ch) {
      double s = 0;
      for (size_t i = ch; i < n; i += C)
        if (x[i] < 0) s += (double)x[i] * dy[i];
      if (fabs(s - ds[ch]) > 1e-3 * fabs(s) + 1) {
        printf("rep %d ch %d got %g want %g\n", rep, ch, ds[ch], s);
        return 1;
      }
    }
  }
  /* dbias on out-of-order */
  clact_tensor dxv = {2, {M, C}, {C, 1}, 0}, dbv = {1, {C}, {1}, 0};
  for (int rep = 0; rep < 20; ++rep) {
    cl_event e = NULL;
    CK(clact_bias_grad_view(ctx, CLACT_F32, bdy, &dxv, bds, &dbv, 0, NULL, &e));
    clWaitForEvents(1, &e);
    clReleaseEvent(e);
    CK(clact_buffer_read(ctx, bds, 0, C * 4, ds));
    for (int ch = 0; ch < C; ++ch) {
      double s = 0;
      for (size_t i = ch; i < n; i += C)
        s += dy[i];
      if (fabs(s - ds[ch]) > 1e-3 * fabs(s) + 1) {
        printf("dbias rep %d ch %d got %g want %g\n", rep, ch, ds[ch], s);
        return 1;
      }
    }
  }
  /* host arrays */
  clact_op op;
  clact_op_init(&op, CLACT_RELU);
  float *y = malloc(n * 4);
  CK(clact_forward_host(ctx, &op, n, x, y));
  for (size_t i = 0; i < n; ++i)
    if (y[i] != (x[i] > 0 ? x[i] : 0)) {
      printf("host fwd %zu\n", i);
      return 1;
    }
  CK(clact_forward_host(ctx, &op, n - 1, x + 1, y + 1));
  for (size_t i = 1; i < n; ++i)
    if (y[i] != (x[i] > 0 ? x[i] : 0)) {
      printf("host fwd mis %zu\n", i);
      return 1;
    }
  float *g = malloc(n * 4);
  CK(clact_gated_forward_host(ctx, &op, n / 2, x, x + n / 2, g));
  for (size_t i = 0; i < n / 2; ++i)
    if (g[i] != (x[i] > 0 ? x[i] : 0) * x[n / 2 + i]) {
      printf("gated host %zu\n", i);
      return 1;
    }
  printf("out-of-order: ok\n");
  clact_buffer_release(bx);
  clact_buffer_release(bdy);
  clact_buffer_release(bds);
  clact_context_destroy(ctx);
  clReleaseCommandQueue(q);
  clReleaseContext(c);
  return 0;
}
