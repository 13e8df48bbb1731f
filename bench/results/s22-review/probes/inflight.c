/* s22review probe (not built by CMake): see ../README.md. Build: cc -I include inflight.c -L build
 * -lclact -lOpenCL */
#include "clact.h"
#include <stdio.h>
#include <stdlib.h>
int main(void) {
  cl_platform_id p;
  cl_device_id d;
  cl_int err;
  clGetPlatformIDs(1, &p, NULL);
  clGetDeviceIDs(p, CL_DEVICE_TYPE_ALL, 1, &d, NULL);
  cl_context c = clCreateContext(NULL, 1, &d, NULL, NULL, &err);
  cl_command_queue q = clCreateCommandQueue(c, d, 0, &err);
  enum { N = 1 << 22 };
  float *x = malloc(N * 4), *y = malloc(N * 4);
  for (int i = 0; i < N; ++i)
    x[i] = (float)(i % 100) - 50.f;
  cl_mem bx = clCreateBuffer(c, CL_MEM_COPY_HOST_PTR, N * 4, x, &err),
         by = clCreateBuffer(c, 0, N * 4, NULL, &err);
  cl_mem bq = clCreateBuffer(c, 0, N, NULL, &err);
  for (int r = 0; r < 2; ++r) {
    clact_context *ctx;
    cl_event e[3];
    if (r == 0) {
      if (clact_context_create_from_queue(&ctx, q)) return 1;
    } else { /* own queue: but buffers must be of its context: skip */
      break;
    }
    clact_op op;
    clact_op_init(&op, CLACT_GELU);
    clact_quant qq = {0.05, 128};
    if (clact_forward(ctx, &op, N, bx, 0, 1, by, 0, 1, 0, NULL, &e[0])) return 2;
    clact_op t;
    clact_op_init(&t, CLACT_TANH);
    if (clact_forward_q(ctx, &t, N, CLACT_F32, NULL, bx, 0, 1, CLACT_U8, &qq, bq, 0, 1, 0, NULL,
                        &e[1]))
      return 3;
    if (clact_prelu_slope_grad(ctx, CLACT_F32, N, 4, CLACT_CHANNELS_LAST, 1, bx, 0, bx, 0, by, 0, 1,
                               &e[0], &e[2]))
      return 4;
    clact_context_destroy(ctx); /* work in flight */
    if (clWaitForEvents(3, e)) {
      printf("wait failed\n");
      return 5;
    }
    for (int i = 0; i < 3; ++i) {
      cl_int s;
      clGetEventInfo(e[i], CL_EVENT_COMMAND_EXECUTION_STATUS, sizeof s, &s, NULL);
      printf("event %d status %d\n", i, s);
      clReleaseEvent(e[i]);
    }
  }
  clEnqueueReadBuffer(q, by, CL_TRUE, 0, 16, y, 0, NULL, NULL);
  printf("dslope[0..3] = %g %g %g %g\n", y[0], y[1], y[2], y[3]);
  clReleaseMemObject(bx);
  clReleaseMemObject(by);
  clReleaseMemObject(bq);
  clReleaseCommandQueue(q);
  clReleaseContext(c);
  printf("in flight destroy ok\n");
  return 0;
}
