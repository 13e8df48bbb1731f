/* cold.c: CPU (self + children) and wall seconds of the first gated call, f32, 1024 pairs,
 * from context creation to clact_finish; run with an empty POCL_CACHE_DIR (s12's cold.c with
 * the clamped calls). argv[1]: 0 clamped SwiGLU fwd, 1 clamped bwd (GPT-OSS's interleaved
 * pairs), 2 SwiGLU fwd, 3 SwiGLU bwd (two tensors). Build: cc -O2 -Iinclude cold.c -Lbuild
 * -lclact -lOpenCL */
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
  cl_mem x, dy, y, dx;
  const size_t n = 1024, one[2] = {1, 1024}, two[2] = {1, 2048};
  if (clact_context_create(&ctx, NULL) || clact_buffer_create(ctx, 2 * n * 4, &x) ||
      clact_buffer_create(ctx, n * 4, &dy) || clact_buffer_create(ctx, n * 4, &y) ||
      clact_buffer_create(ctx, 2 * n * 4, &dx))
    return 1;
  clact_op op;
  clact_op_init(&op, CLACT_SWISH);
  clact_tensor v, full, av, bv;
  clact_tensor_init_dense(&v, 2, one, 0);
  clact_tensor_init_dense(&full, 2, two, 0);
  if (k < 2) {
    op.param[0] = CLACT_GPT_OSS_ALPHA;
    clact_gate_views(&full, CLACT_GATE_INTERLEAVED, &av, &bv);
  } else {
    av = v, bv = v;
    bv.offset = n;
  }
  const double lim = CLACT_GPT_OSS_LIMIT;
  int s;
  switch (k) {
  case 0:
    s = clact_gated_clamped_forward_view(ctx, &op, lim, x, &av, x, &bv, y, &v, 0, NULL, NULL);
    break;
  case 1:
    s = clact_gated_clamped_backward_view(ctx, &op, lim, x, &av, x, &bv, dy, &v, dx, &av, dx, &bv,
                                          0, NULL, NULL);
    break;
  case 2: s = clact_gated_forward_view(ctx, &op, x, &av, x, &bv, y, &v, 0, NULL, NULL); break;
  default:
    s = clact_gated_backward_view(ctx, &op, x, &av, x, &bv, dy, &v, dx, &av, dx, &bv, 0, NULL,
                                  NULL);
  }
  if (s || clact_finish(ctx)) return 2;
  clock_gettime(CLOCK_MONOTONIC, &t1);
  printf("%d,%.3f,%.3f\n", k, cpu() - c0, t1.tv_sec - t0.tv_sec + (t1.tv_nsec - t0.tv_nsec) * 1e-9);
  return 0;
}
