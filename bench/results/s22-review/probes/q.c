/* s22review probe (not built by CMake): see ../README.md. Build: cc -I include q.c -L build -lclact
 * -lOpenCL */
#include "clact.h"
#include <stdio.h>
#include <time.h>
int main(void) {
  clact_context *ctx;
  if (clact_context_create(&ctx, NULL)) return 1;
  cl_mem b;
  clact_buffer_create(ctx, 64, &b);
  struct timespec t0, t1;
  cl_mem_object_type ty;
  size_t sz;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  for (int i = 0; i < 1000000; ++i)
    clGetMemObjectInfo(b, CL_MEM_TYPE, sizeof ty, &ty, NULL);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  printf("CL_MEM_TYPE query: %.1f ns\n",
         ((t1.tv_sec - t0.tv_sec) * 1e9 + (t1.tv_nsec - t0.tv_nsec)) / 1e6);
  clock_gettime(CLOCK_MONOTONIC, &t0);
  for (int i = 0; i < 1000000; ++i)
    clGetMemObjectInfo(b, CL_MEM_SIZE, sizeof sz, &sz, NULL);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  printf("CL_MEM_SIZE query: %.1f ns\n",
         ((t1.tv_sec - t0.tv_sec) * 1e9 + (t1.tv_nsec - t0.tv_nsec)) / 1e6);
  clact_op op;
  clact_op_init(&op, CLACT_RELU);
  cl_mem y;
  clact_buffer_create(ctx, 64, &y);
  clact_forward(ctx, &op, 16, b, 0, 1, y, 0, 1, 0, NULL, NULL);
  clact_finish(ctx);
  clock_gettime(CLOCK_MONOTONIC, &t0);
  for (int i = 0; i < 20000; ++i) {
    clact_forward(ctx, &op, 16, b, 0, 1, y, 0, 1, 0, NULL, NULL);
    if (i % 64 == 63) clact_finish(ctx);
  }
  clact_finish(ctx);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  printf("forward n=16 enqueue+run: %.1f us\n",
         ((t1.tv_sec - t0.tv_sec) * 1e9 + (t1.tv_nsec - t0.tv_nsec)) / 20000 / 1e3);
  return 0;
}
