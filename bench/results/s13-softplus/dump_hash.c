/* dump_hash.c: an FNV-1a hash of every row's forward output (f32, f16, bf16; every 509th
 * float bit pattern, n not a multiple of 16 so the tail runs too) and of softplus f32
 * forward at eight betas, one line each: run against two builds of libclact
 * (LD_LIBRARY_PATH) and diff the outputs to show bit-identical results.
 *   cc -O2 -Iinclude dump_hash.c -Lbuild -lclact -lm -o dump_hash */
#include "clact.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t fnv(const void *p, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; ++i)
    h = (h ^ ((const unsigned char *)p)[i]) * 1099511628211ull;
  return h;
}

int main(void) {
  const size_t n = (size_t)(0x100000000ull / 509) + 1; /* 8438041: 527377 vectors + 9 */
  float *x = malloc(n * 4), *y = malloc(n * 4);
  uint16_t *x16 = malloc(n * 2), *y16 = malloc(n * 2);
  clact_context *ctx;
  if (!x || !y || !x16 || !y16 || clact_context_create(&ctx, NULL)) return 1;
  for (size_t i = 0; i < n; ++i) {
    const uint32_t u = (uint32_t)(i * 509);
    memcpy(&x[i], &u, 4);
    x16[i] = (uint16_t)(u >> 16);
  }
  for (int a = 0; a < CLACT_ACTIVATION_COUNT; ++a) {
    for (int t = 0; t < 3; ++t) {
      const clact_dtype dt = t == 0 ? CLACT_F32 : t == 1 ? CLACT_F16 : CLACT_BF16;
      clact_op op;
      clact_op_init(&op, (clact_activation)a);
      op.dtype = dt;
      const int s = t == 0 ? clact_forward_host(ctx, &op, n, x, y)
                           : clact_forward_host(ctx, &op, n, x16, y16);
      printf("%s %s %d %016llx\n", clact_activation_name((clact_activation)a), clact_dtype_name(dt),
             s, (unsigned long long)(t == 0 ? fnv(y, n * 4) : fnv(y16, n * 2)));
    }
  }
  static const double betas[] = {1, 0.1, 10, 0x1p-130, 1e-38, 0x1p60, 0x1p64, 0x1.000002p64};
  for (size_t b = 0; b < sizeof betas / sizeof betas[0]; ++b) {
    clact_op op;
    clact_op_init(&op, CLACT_SOFTPLUS);
    op.param[0] = betas[b];
    const int s = clact_forward_host(ctx, &op, n, x, y);
    printf("softplus beta %a %d %016llx\n", betas[b], s, (unsigned long long)fnv(y, n * 4));
  }
  clact_context_destroy(ctx);
  return 0;
}
