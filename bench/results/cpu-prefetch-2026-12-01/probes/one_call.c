/* one_call.c: REPS plain f32 calls (fwd, or bwd from x) of one activation on N elements,
 * for callgrind's count of the kernel (_pocl_kernel_clact_fwd_workgroup / _bwd_):
 *   POCL_MAX_PTHREAD_COUNT=1 valgrind --tool=callgrind ./one_call sigmoid bwd 1048576 2 */
#include "clact.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  clact_activation a;
  if (argc != 5 || clact_activation_from_name(argv[1], &a)) return 2;
  int bwd = !strcmp(argv[2], "bwd");
  size_t n = (size_t)atol(argv[3]);
  int reps = atoi(argv[4]);
  clact_op op;
  clact_op_init(&op, a);
  op.dtype = CLACT_F32;
  float *h = malloc(2 * n * 4);
  for (size_t i = 0; i < 2 * n; i++)
    h[i] = (float)((int)(i % 2001) - 1000) * 0.01f;
  clact_context *ctx;
  if (clact_context_create(&ctx, NULL)) return 1;
  cl_mem x, y;
  if (clact_buffer_create(ctx, 2 * n * 4, &x) || clact_buffer_create(ctx, n * 4, &y) ||
      clact_buffer_write(ctx, x, 0, 2 * n * 4, h))
    return 1;
  for (int r = 0; r < reps; r++) {
    clact_status s =
        bwd ? clact_backward(ctx, &op, CLACT_FROM_X, n, x, 0, 1, x, n, 1, y, 0, 1, 0, NULL, NULL)
            : clact_forward(ctx, &op, n, x, 0, 1, y, 0, 1, 0, NULL, NULL);
    if (s || clact_finish(ctx)) return 1;
  }
  clact_context_destroy(ctx);
  return 0;
}
