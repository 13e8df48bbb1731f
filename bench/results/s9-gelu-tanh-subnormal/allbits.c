#include "clact.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
/* all 2^32 f32 inputs of gelu_tanh fwd and bwd (dy = 1 - (i mod 7)/8): a 64-bit hash of
 * each 2^24 chunk's outputs, one line per chunk, for a bitwise A/B of two libraries */
int main(void) {
  clact_context *ctx;
  if (clact_context_create(&ctx, NULL)) return 2;
  const size_t n = (size_t)1 << 24;
  uint32_t *x = malloc(n * 4), *y = malloc(n * 4), *dx = malloc(n * 4);
  float *dy = malloc(n * 4);
  for (size_t i = 0; i < n; ++i)
    dy[i] = 1.0f - (float)(i % 7) * 0.125f;
  clact_op op;
  clact_op_init(&op, CLACT_GELU_TANH);
  for (uint64_t c = 0; c < 256; ++c) {
    for (size_t i = 0; i < n; ++i)
      x[i] = (uint32_t)(c * n + i);
    if (clact_forward_host(ctx, &op, n, x, y) ||
        clact_backward_host(ctx, &op, CLACT_FROM_X, n, x, dy, dx))
      return 3;
    uint64_t h1 = 1469598103934665603ull, h2 = h1;
    for (size_t i = 0; i < n; ++i) {
      h1 = (h1 ^ y[i]) * 1099511628211ull;
      h2 = (h2 ^ dx[i]) * 1099511628211ull;
    }
    printf("%3u %016llx %016llx\n", (unsigned)c, (unsigned long long)h1, (unsigned long long)h2);
    fflush(stdout);
  }
  return 0;
}
