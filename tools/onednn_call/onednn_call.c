/* onednn_call.c: REPS calls of one f32 activation (fwd, or bwd from x), clact's or oneDNN's
 * on the same inputs, for callgrind's instruction counts per element (independent of the
 * machine's load) or one thread's CPU time:
 *   OMP_NUM_THREADS=1 POCL_MAX_PTHREAD_COUNT=1 valgrind --tool=callgrind \
 *       build/tools/onednn_call clact|dnnl OP fwd|bwd N REPS
 * then callgrind_annotate: clact's kernel is _pocl_kernel_clact_fwd_workgroup (clact_bwd),
 * oneDNN's JIT code the unnamed ???:0x... entry. Built when oneDNN is found. */
#include "../onednn_io.h"
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
  onednn_io io;
  if (onednn_io_alloc(&io, n)) return 1;
  for (size_t i = 0; i < n; ++i) {
    io.hx[i] = (float)((int)(i % 2001) - 1000) * 0.01f;
    io.hdy[i] = (float)((int)(i % 37) - 18) * 0.1f;
  }
  clact_op op;
  clact_op_init(&op, a);
  op.dtype = CLACT_F32;
  if (dnnl) {
    bench_onednn *d = onednn_io_dnnl(&io, &op, bwd);
    if (!d) return 1;
    for (int r = 0; r < reps; ++r)
      bench_onednn_execute(d);
    bench_onednn_destroy(d);
    onednn_io_free(&io);
    return 0;
  }
  if (onednn_io_clact(&io)) return 1;
  for (int r = 0; r < reps; r++) /* each call finished before the next */
    if (onednn_io_calls(&io, &op, bwd, 1)) return 1;
  onednn_io_free(&io);
  return 0;
}
