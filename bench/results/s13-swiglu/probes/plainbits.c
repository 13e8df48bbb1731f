/* plainbits.c: FNV hash of plain swish and gelu_quick fwd/bwd outputs, every f16/bf16 bit pattern
 * (dy = 1 and seeded dy), and f32 on a stride of the bit patterns; per (op, dtype) */
#include "clact.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
int main(void) {
  clact_context *ctx;
  if (clact_context_create(&ctx, NULL)) return 1;
  const clact_activation ops[2] = {CLACT_SWISH, CLACT_GELU_QUICK};
  const clact_dtype dts[3] = {CLACT_F32, CLACT_F16, CLACT_BF16};
  const size_t n = 1 << 20;
  unsigned char *x = malloc(4 * n), *dy = malloc(4 * n), *y = malloc(4 * n);
  for (int o = 0; o < 2; ++o)
    for (int d = 0; d < 3; ++d) {
      clact_op op;
      clact_op_init(&op, ops[o]);
      op.dtype = dts[d];
      if (o == 0 && d == 0) op.param[0] = 1.0f;
      uint64_t h = 1469598103934665603ull;
      for (int pass = 0; pass < 2; ++pass) {
        size_t es = clact_dtype_size(dts[d]);
        uint32_t s = 12345;
        for (size_t i = 0; i < n; ++i) {
          if (es == 2) {
            uint16_t v = (uint16_t)i;
            memcpy(x + 2 * i, &v, 2);
            uint16_t g =
                pass ? (uint16_t)(0x3c00 + (s = s * 1103515245u + 12345u) % 0x800) : 0x3c00;
            if (dts[d] == CLACT_BF16) g = pass ? (uint16_t)(0x3f80 + (s % 0x80)) : 0x3f80;
            memcpy(dy + 2 * i, &g, 2);
          } else {
            uint32_t v = (uint32_t)i * 4093u;
            memcpy(x + 4 * i, &v, 4);
            float g = pass ? 1.0f + (float)((s = s * 1103515245u + 12345u) % 1000) / 1000 : 1.0f;
            memcpy(dy + 4 * i, &g, 4);
          }
        }
        size_t m = es == 2 ? 65536 : n;
        if (clact_backward_host(ctx, &op, CLACT_FROM_X, m, x, dy, y)) return 2;
        for (size_t i = 0; i < m * es; ++i)
          h = (h ^ y[i]) * 1099511628211ull;
        if (clact_forward_host(ctx, &op, m, x, y)) return 3;
        for (size_t i = 0; i < m * es; ++i)
          h = (h ^ y[i]) * 1099511628211ull;
      }
      printf("%s %s %016llx\n", o ? "gelu_quick" : "swish",
             d == 0   ? "f32"
             : d == 1 ? "f16"
                      : "bf16",
             (unsigned long long)h);
    }
  clact_context_destroy(ctx);
  return 0;
}
