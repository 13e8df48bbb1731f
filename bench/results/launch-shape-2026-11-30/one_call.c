/* one_call.c: REPS calls of one activation, clact or oneDNN, for callgrind's instruction
 * counts (load-independent per-element cost):
 *   OMP_NUM_THREADS=1 POCL_MAX_PTHREAD_COUNT=1 valgrind --tool=callgrind \
 *       ./one_call clact|dnnl relu|sigmoid|tanh|elu|swish|softplus N REPS
 * then callgrind_annotate: clact's kernel is _pocl_kernel_clact_fwd_workgroup, oneDNN's
 * JIT code the unnamed ???:0x... entry. Built as interleaved.c (no hook needed). */
#include "bench.h"
#include "onednn.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  if (argc != 5) {
    fprintf(stderr, "usage: one_call clact|dnnl OP N REPS\n");
    return 2;
  }
  int dnnl = !strcmp(argv[1], "dnnl");
  clact_activation a = !strcmp(argv[2], "relu")       ? CLACT_RELU
                       : !strcmp(argv[2], "sigmoid")  ? CLACT_SIGMOID
                       : !strcmp(argv[2], "swish")    ? CLACT_SWISH
                       : !strcmp(argv[2], "softplus") ? CLACT_SOFTPLUS
                       : !strcmp(argv[2], "tanh")     ? CLACT_TANH
                                                      : CLACT_ELU;
  size_t n = (size_t)atol(argv[3]);
  int reps = atoi(argv[4]);
  float *hx = aligned_alloc(64, n * 4), *hout = aligned_alloc(64, n * 4);
  for (size_t i = 0; i < n; ++i)
    hx[i] = (float)((int)(i % 2001) - 1000) * 0.01f;
  clact_op op;
  clact_op_init(&op, a);
  if (dnnl) {
    bench_onednn *d = bench_onednn_create(&op, 0, n, hx, NULL, hout);
    if (!d) return 1;
    for (int r = 0; r < reps; ++r)
      bench_onednn_execute(d);
    bench_onednn_destroy(d);
    return 0;
  }
  clact_context *ctx;
  if (clact_context_create(&ctx, NULL)) return 1;
  cl_mem x, o;
  if (clact_buffer_create(ctx, n * 4, &x) || clact_buffer_create(ctx, n * 4, &o) ||
      clact_buffer_write(ctx, x, 0, n * 4, hx))
    return 1;
  bench_call c = {ctx, op, BENCH_FWD, n, x, x, o};
  for (int r = 0; r < reps; ++r) {
    if (bench_enqueue_op(&c) || clact_finish(ctx)) return 1;
  }
  clact_context_destroy(ctx);
  return 0;
}
