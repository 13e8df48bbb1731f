#include "clact.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* allbits ROW [bwdy|-] [CHUNK...]: the f32 inputs of ROW (default parameters) forward and
 * backward from x (dy = 1 - (i mod 7)/8), and backward from y on the same bits where asked:
 * an FNV-1a hash of each 2^24 chunk's outputs per direction (chunk c: the bit patterns
 * c 2^24 .. c 2^24 + 2^24 - 1), one line per chunk, then one over the lines, for a bitwise
 * A/B of two libraries (s9gtanh's allbits.c for any row). All 256 chunks unless listed. */
int main(int argc, char **argv) {
  if (argc < 2) return 2;
  clact_activation a;
  if (clact_activation_from_name(argv[1], &a)) return 2;
  const int bwdy = argc > 2 && !strcmp(argv[2], "bwdy");
  clact_context *ctx;
  if (clact_context_create(&ctx, NULL)) return 2;
  const size_t n = (size_t)1 << 24;
  uint32_t *x = malloc(n * 4), *y = malloc(n * 4), *dx = malloc(n * 4), *dz = malloc(n * 4);
  float *dy = malloc(n * 4);
  if (!x || !y || !dx || !dz || !dy) return 2;
  for (size_t i = 0; i < n; ++i)
    dy[i] = 1.0f - (float)(i % 7) * 0.125f;
  clact_op op;
  clact_op_init(&op, a);
  uint64_t t1 = 1469598103934665603ull, t2 = t1, t3 = t1;
  int nc = argc > 3 ? argc - 3 : 256;
  for (int j = 0; j < nc; ++j) {
    const uint64_t c = argc > 3 ? (uint64_t)atoi(argv[3 + j]) : (uint64_t)j;
    for (size_t i = 0; i < n; ++i)
      x[i] = (uint32_t)(c * n + i);
    if (clact_forward_host(ctx, &op, n, x, y) ||
        clact_backward_host(ctx, &op, CLACT_FROM_X, n, x, dy, dx))
      return 3;
    if (bwdy && clact_backward_host(ctx, &op, CLACT_FROM_Y, n, x, dy, dz)) return 3;
    uint64_t h1 = 1469598103934665603ull, h2 = h1, h3 = h1;
    for (size_t i = 0; i < n; ++i) {
      h1 = (h1 ^ y[i]) * 1099511628211ull;
      h2 = (h2 ^ dx[i]) * 1099511628211ull;
      if (bwdy) h3 = (h3 ^ dz[i]) * 1099511628211ull;
    }
    printf("%3u %016llx %016llx %016llx\n", (unsigned)c, (unsigned long long)h1,
           (unsigned long long)h2, (unsigned long long)h3);
    t1 = (t1 ^ h1) * 1099511628211ull, t2 = (t2 ^ h2) * 1099511628211ull;
    t3 = (t3 ^ h3) * 1099511628211ull;
    fflush(stdout);
  }
  printf("all %016llx %016llx %016llx\n", (unsigned long long)t1, (unsigned long long)t2,
         (unsigned long long)t3);
  return 0;
}
