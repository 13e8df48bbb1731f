/* cold.c: CPU (self + children) and wall seconds of the first SwiGLU (swish) or bias + gelu
 * f32 call, forward or backward, 1024 elements, from context creation to clact_finish;
 * run with an empty POCL_CACHE_DIR. argv[1]: 0 swiglu fwd, 1 swiglu bwd, 2 bias+gelu fwd,
 * 3 bias+gelu bwd. Build: cc -O2 -Iinclude cold.c -Lbuild -lclact -lOpenCL */
#include "clact.h"
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>
static double cpu(void) {
  struct rusage a, b;
  getrusage(RUSAGE_SELF, &a);
  getrusage(RUSAGE_CHILDREN, &b);
  return a.ru_utime.tv_sec + a.ru_stime.tv_sec + b.ru_utime.tv_sec + b.ru_stime.tv_sec +
         (a.ru_utime.tv_usec + a.ru_stime.tv_usec + b.ru_utime.tv_usec + b.ru_stime.tv_usec) * 1e-6;
}
int main(int argc, char **argv) {
  const int k = argc > 1 ? atoi(argv[1]) : 0;
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  const double c0 = cpu();
  clact_context *ctx;
  cl_mem a, b, y, z;
  const size_t n = 1024, one[2] = {1, 1024};
  if (clact_context_create(&ctx, NULL) || clact_buffer_create(ctx, n * 4, &a) ||
      clact_buffer_create(ctx, n * 4, &b) || clact_buffer_create(ctx, n * 4, &y) ||
      clact_buffer_create(ctx, n * 4, &z))
    return 1;
  clact_op op;
  clact_op_init(&op, k < 2 ? CLACT_SWISH : CLACT_GELU);
  clact_tensor v, bv;
  clact_tensor_init_dense(&v, 2, one, 0);
  clact_tensor_init_dense(&bv, 1, one + 1, 0);
  int s;
  switch (k) {
  case 0: s = clact_gated_forward_view(ctx, &op, a, &v, b, &v, y, &v, 0, NULL, NULL); break;
  case 1:
    s = clact_gated_backward_view(ctx, &op, a, &v, b, &v, a, &v, y, &v, z, &v, 0, NULL, NULL);
    break;
  case 2: s = clact_bias_forward_view(ctx, &op, a, &v, b, &bv, y, &v, 0, NULL, NULL); break;
  default: s = clact_bias_backward_view(ctx, &op, a, &v, b, &bv, z, &v, y, &v, 0, NULL, NULL);
  }
  if (s || clact_finish(ctx)) return 2;
  clock_gettime(CLOCK_MONOTONIC, &t1);
  printf("%d,%.3f,%.3f\n", k, cpu() - c0, t1.tv_sec - t0.tv_sec + (t1.tv_nsec - t0.tv_nsec) * 1e-9);
  return 0;
}
