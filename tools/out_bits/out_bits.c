/* out_bits.c: the bits of one activation's outputs, hashed, for "old vs new computes the
 * same numbers" proofs (two libraries, LD_LIBRARY_PATH) and 16-bit "how many moved" counts.
 *   ./out_bits OP DTYPE P0 STRIDE [DUMP]
 * DTYPE f32: the inputs are every STRIDE-th bit pattern (i * STRIDE for i = 0, 1, ... below
 * 2^32; STRIDE 1 is every float), f64: the same i * STRIDE as the top 32 bits of the
 * pattern (every exponent and sign), the low 32 bits i * STRIDE * 0x9e3779b9 (a spread of
 * the low mantissa), f16 / bf16: all 65536 patterns (STRIDE unused). Three
 * passes over them: forward, backward from x with dy = 1, backward from x with seeded dy
 * (dy = (u - 0.5) * 4, u uniform in [0, 1) from a 64-bit LCG, seed 20261202, stored in the
 * dtype). Prints one line per pass: pass,count,FNV-1a hash of the outputs' bits. DUMP
 * (16-bit only) writes each pass's raw outputs to DUMP.fwd, DUMP.bwd1, DUMP.bwds.
 * param[0] = P0 (swish's beta, celu's alpha, ...); param[1] the activation's default.
 * OUT_BITS_PASSES=1 in the environment runs the forward pass only (2: and bwd1). */
#include "clact.h"
#include "reference.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHUNK ((size_t)1 << 22)
#define SEED  20261202u

static uint64_t lcg;
static double uniform(void) {
  lcg = lcg * 6364136223846793005ull + 1442695040888963407ull;
  return (double)(lcg >> 11) / 9007199254740992.0;
}

int main(int argc, char **argv) {
  clact_activation a;
  clact_dtype t;
  if (argc < 5 || clact_activation_from_name(argv[1], &a) || clact_dtype_from_name(argv[2], &t)) {
    fprintf(stderr, "usage: out_bits OP f32|f64|f16|bf16 P0 STRIDE [DUMP]\n");
    return 2;
  }
  const size_t es = clact_dtype_size(t);
  const uint64_t stride = strtoull(argv[4], NULL, 10);
  if (es != 2 && es != 4 && es != 8) return 2;
  const uint64_t total = es == 2 ? 65536 : ((uint64_t)1 << 32) / (stride ? stride : 1);
  clact_context *ctx;
  if (clact_context_create(&ctx, NULL)) return 1;
  clact_op op;
  clact_op_init(&op, a);
  op.dtype = t;
  op.param[0] = atof(argv[3]);
  unsigned char *x = malloc(CHUNK * es), *dy = malloc(CHUNK * es), *y = malloc(CHUNK * es);
  if (!x || !dy || !y) return 1;
  static const char *names[3] = {"fwd", "bwd1", "bwds"};
  const char *np = getenv("OUT_BITS_PASSES");
  const int passes = np && atoi(np) >= 1 && atoi(np) <= 3 ? atoi(np) : 3;
  for (int pass = 0; pass < passes; ++pass) {
    uint64_t h = 1469598103934665603ull;
    FILE *dump = NULL;
    if (argc > 5 && es == 2) {
      char path[4096];
      snprintf(path, sizeof path, "%s.%s", argv[5], names[pass]);
      if (!(dump = fopen(path, "wb"))) return 1;
    }
    lcg = SEED;
    for (uint64_t first = 0; first < total; first += CHUNK) {
      const size_t m = (size_t)(total - first < CHUNK ? total - first : CHUNK);
      for (size_t i = 0; i < m; ++i) {
        if (es == 2) {
          const uint16_t v = (uint16_t)(first + i);
          memcpy(x + 2 * i, &v, 2);
        } else if (es == 4) {
          const uint32_t v = (uint32_t)((first + i) * stride);
          memcpy(x + 4 * i, &v, 4);
        } else {
          const uint32_t hi = (uint32_t)((first + i) * stride);
          const uint64_t v = (uint64_t)hi << 32 | (uint32_t)(hi * 0x9e3779b9u);
          memcpy(x + 8 * i, &v, 8);
        }
        ref_store(t, dy, i, pass == 2 ? (long double)((uniform() - 0.5) * 4) : 1.0L);
      }
      const clact_status st = pass ? clact_backward_host(ctx, &op, CLACT_FROM_X, m, x, dy, y)
                                   : clact_forward_host(ctx, &op, m, x, y);
      if (st) {
        fprintf(stderr, "out_bits: %s\n", clact_status_string(st));
        return 1;
      }
      for (size_t i = 0; i < m * es; ++i)
        h = (h ^ y[i]) * 1099511628211ull;
      if (dump && fwrite(y, es, m, dump) != m) return 1;
    }
    if (dump) fclose(dump);
    printf("%s,%llu,%016llx\n", names[pass], (unsigned long long)total, (unsigned long long)h);
  }
  clact_context_destroy(ctx);
  free(x), free(dy), free(y);
  return 0;
}
