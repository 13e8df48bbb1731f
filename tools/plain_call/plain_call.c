/* plain_call.c: REPS plain forward calls of one activation in one storage type, for
 * callgrind's instruction counts per element (independent of the machine's load):
 *   POCL_MAX_PTHREAD_COUNT=1 valgrind --tool=callgrind --instr-atstart=no \
 *     ./plain_call ACTIVATION DTYPE N REPS
 * ACTIVATION and DTYPE by name (swish, f16); inputs -10.00 to 10.00 in steps of 0.01. The
 * kernel is callgrind_annotate's _pocl_kernel_clact_fwd_workgroup.
 * Built as build/tools/plain_call. */
#include "clact.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* The inputs in the call's storage type (any nearby value will do: bf16 truncated). */
static void store(clact_dtype t, const float *h, unsigned char *out, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    if (t == CLACT_F32) {
      memcpy(out + 4 * i, &h[i], 4);
    } else if (t == CLACT_F16) {
      const _Float16 v = (_Float16)h[i];
      memcpy(out + 2 * i, &v, 2);
    } else {
      unsigned u;
      memcpy(&u, &h[i], 4);
      const unsigned short b = (unsigned short)(u >> 16);
      memcpy(out + 2 * i, &b, 2);
    }
  }
}

int main(int argc, char **argv) {
  if (argc != 5) {
    fprintf(stderr, "usage: plain_call ACTIVATION DTYPE N REPS\n");
    return 2;
  }
  clact_activation a;
  clact_dtype t;
  if (clact_activation_from_name(argv[1], &a) || clact_dtype_from_name(argv[2], &t) ||
      (t != CLACT_F32 && t != CLACT_F16 && t != CLACT_BF16)) {
    fprintf(stderr, "plain_call: unknown activation or dtype\n");
    return 2;
  }
  const size_t n = (size_t)atol(argv[3]), es = clact_dtype_size(t);
  const int reps = atoi(argv[4]);
  float *h = malloc(n * 4);
  unsigned char *in = malloc(n * es);
  if (!h || !in) return 1;
  for (size_t i = 0; i < n; ++i)
    h[i] = (float)((int)(i % 2001) - 1000) * 0.01f;
  clact_op op;
  clact_op_init(&op, a);
  op.dtype = t;
  clact_context *ctx;
  if (clact_context_create(&ctx, NULL)) return 1;
  store(t, h, in, n);
  cl_mem x, y;
  if (clact_buffer_create(ctx, n * es, &x) || clact_buffer_create(ctx, n * es, &y) ||
      clact_buffer_write(ctx, x, 0, n * es, in))
    return 1;
  for (int r = 0; r < reps; ++r)
    if (clact_forward(ctx, &op, n, x, 0, 1, y, 0, 1, 0, NULL, NULL) || clact_finish(ctx)) return 1;
  clact_context_destroy(ctx);
  free(h);
  free(in);
  return 0;
}
