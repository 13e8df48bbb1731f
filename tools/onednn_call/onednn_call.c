/* onednn_call.c: REPS calls of one f32 activation (fwd, or bwd from x), clact's or oneDNN's
 * on the same inputs, for callgrind's instruction counts per element (independent of the
 * machine's load) or one thread's CPU time:
 *   OMP_NUM_THREADS=1 POCL_MAX_PTHREAD_COUNT=1 valgrind --tool=callgrind \
 *       build/tools/onednn_call clact|dnnl OP fwd|bwd N REPS
 * then callgrind_annotate: clact's kernel is _pocl_kernel_clact_fwd_workgroup (clact_bwd),
 * oneDNN's JIT code the unnamed ???:0x... entry. Built when oneDNN is found. */
#include "clact.h"
#include "onednn.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  if (argc != 6) {
    fprintf(stderr, "usage: onednn_call clact|dnnl OP fwd|bwd N REPS\n");
    return 2;
  }
  int dnnl = !strcmp(argv[1], "dnnl");
  clact_activation a;
  if (clact_activation_from_name(argv[2], &a)) return 2;
  int bwd = !strcmp(argv[3], "bwd");
  size_t n = (size_t)atol(argv[4]);
  int reps = atoi(argv[5]);
  float *hx = aligned_alloc(64, n * 4), *hdy = aligned_alloc(64, n * 4),
        *hout = aligned_alloc(64, n * 4);
  for (size_t i = 0; i < n; ++i) {
    hx[i] = (float)((int)(i % 2001) - 1000) * 0.01f;
    hdy[i] = (float)((int)(i % 37) - 18) * 0.1f;
  }
  clact_op op;
  clact_op_init(&op, a);
  op.dtype = CLACT_F32;
  if (dnnl) {
    bench_onednn *d = bench_onednn_create(&op, bwd, n, hx, hdy, hout);
    if (!d) return 1;
    for (int r = 0; r < reps; ++r)
      bench_onednn_execute(d);
    bench_onednn_destroy(d);
    return 0;
  }
  clact_context *ctx;
  if (clact_context_create(&ctx, NULL)) return 1;
  cl_mem x, dy, o;
  if (clact_buffer_create(ctx, n * 4, &x) || clact_buffer_create(ctx, n * 4, &dy) ||
      clact_buffer_create(ctx, n * 4, &o) || clact_buffer_write(ctx, x, 0, n * 4, hx) ||
      clact_buffer_write(ctx, dy, 0, n * 4, hdy))
    return 1;
  for (int r = 0; r < reps; r++) {
    clact_status s =
        bwd ? clact_backward(ctx, &op, CLACT_FROM_X, n, x, 0, 1, dy, 0, 1, o, 0, 1, 0, NULL, NULL)
            : clact_forward(ctx, &op, n, x, 0, 1, o, 0, 1, 0, NULL, NULL);
    if (s || clact_finish(ctx)) return 1;
  }
  clact_context_destroy(ctx);
  return 0;
}
