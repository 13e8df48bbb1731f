/* dtype_call.c: REPS forward or backward calls of one activation in one storage type, for
 * callgrind's instruction counts per element (independent of the machine's load):
 *   POCL_MAX_PTHREAD_COUNT=1 valgrind --tool=callgrind ./dtype_call ACT DTYPE DIR N REPS
 * ACT: a table name (sigmoid, identity, ...); DTYPE: f32 f16 bf16 f64; DIR: fwd or bwd.
 * Inputs are -10.00 to 10.00 in steps of 0.01 (as stored in DTYPE). The kernel is
 * callgrind_annotate's _pocl_kernel_clact_fwd_workgroup (clact_bwd for bwd).
 * Built as build/tools/dtype_call (ref_store rounds the inputs to the storage type, as the
 * tests do). */
#include "clact.h"
#include "reference.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  clact_activation a;
  clact_dtype t;
  if (argc != 6 || clact_activation_from_name(argv[1], &a) || clact_dtype_from_name(argv[2], &t) ||
      (strcmp(argv[3], "fwd") && strcmp(argv[3], "bwd"))) {
    fprintf(stderr, "usage: dtype_call ACT DTYPE fwd|bwd N REPS\n");
    return 2;
  }
  const size_t n = (size_t)atol(argv[4]), size = t == CLACT_F64 ? 8 : t == CLACT_F32 ? 4 : 2;
  const int reps = atoi(argv[5]);
  unsigned char *h = malloc(n * size);
  if (!h) return 1;
  for (size_t i = 0; i < n; ++i)
    ref_store(t, h, i, (float)((int)(i % 2001) - 1000) * 0.01f);
  clact_op op;
  clact_op_init(&op, a);
  op.dtype = t;
  clact_context *ctx;
  if (clact_context_create(&ctx, NULL)) return 1;
  cl_mem x, dy, y;
  if (clact_buffer_create(ctx, n * size, &x) || clact_buffer_create(ctx, n * size, &dy) ||
      clact_buffer_create(ctx, n * size, &y) || clact_buffer_write(ctx, x, 0, n * size, h) ||
      clact_buffer_write(ctx, dy, 0, n * size, h))
    return 1;
  for (int r = 0; r < reps; ++r) {
    const clact_status st =
        !strcmp(argv[3], "fwd")
            ? clact_forward(ctx, &op, n, x, 0, 1, y, 0, 1, 0, NULL, NULL)
            : clact_backward(ctx, &op, CLACT_FROM_X, n, x, 0, 1, dy, 0, 1, y, 0, 1, 0, NULL, NULL);
    if (st || clact_finish(ctx)) {
      fprintf(stderr, "call failed: %d\n", (int)st);
      return 1;
    }
  }
  printf("%s %s %s n=%zu reps=%d\n", argv[1], argv[2], argv[3], n, reps);
  clact_buffer_release(x);
  clact_buffer_release(dy);
  clact_buffer_release(y);
  clact_context_destroy(ctx);
  free(h);
  return 0;
}
