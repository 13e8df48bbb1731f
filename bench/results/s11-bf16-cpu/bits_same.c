/* bits_same.c: every activation's forward, backward from x and backward from y (where it
 * has one) in one 16-bit dtype on all 65536 bit patterns (x; dy the patterns in reverse
 * order), beta 0 and 0.5 (dx read back through the aligned load), in two contexts built
 * with CLACT_BUILD_OPTIONS=OPTS_A and OPTS_B ("" as the library is): outputs compared bit
 * for bit. s10half's f16 tool (bench/results/s10-half-cpu/bits_same.c) with the dtype and
 * both option strings as arguments.
 *   ./bits_same bf16|f16 OPTS_A OPTS_B [DUMP]
 * prints one line per activation and direction, the count of differing outputs; exit 1 if
 * any differs. DUMP: also writes context A's outputs, every call in turn, to that file (for
 * two libraries' outputs compared with cmp: a formula changed without a build option).
 * Build: cc -O2 -Iinclude bits_same.c build/libclact.so -lOpenCL */
#define _POSIX_C_SOURCE 200809L
#include "clact.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { N = 65536 };

static clact_dtype dtype;

static int run(clact_context *ctx, clact_activation a, int dir, float beta, cl_mem x, cl_mem dy,
               cl_mem out, const unsigned short *init, unsigned short *got) {
  clact_op op;
  clact_op_init(&op, a);
  op.dtype = dtype;
  op.beta = beta;
  if (clact_buffer_write(ctx, out, 0, 2 * N, init)) return 1;
  clact_status st =
      dir == 0 ? clact_forward(ctx, &op, N, x, 0, 1, out, 0, 1, 0, NULL, NULL)
      : dir == 1
          ? clact_backward(ctx, &op, CLACT_FROM_X, N, x, 0, 1, dy, 0, 1, out, 0, 1, 0, NULL, NULL)
          : clact_backward(ctx, &op, CLACT_FROM_Y, N, x, 0, 1, dy, 0, 1, out, 0, 1, 0, NULL, NULL);
  return st || clact_buffer_read(ctx, out, 0, 2 * N, got);
}

static void options(const char *o) {
  if (*o)
    setenv("CLACT_BUILD_OPTIONS", o, 1);
  else
    unsetenv("CLACT_BUILD_OPTIONS");
}

int main(int argc, char **argv) {
  if ((argc != 4 && argc != 5) || (strcmp(argv[1], "bf16") && strcmp(argv[1], "f16"))) {
    fprintf(stderr, "usage: bits_same bf16|f16 OPTS_A OPTS_B [DUMP]\n");
    return 2;
  }
  dtype = strcmp(argv[1], "bf16") ? CLACT_F16 : CLACT_BF16;
  const char *opts[2] = {argv[2], argv[3]};
  static unsigned short hx[N], hdy[N], init[N], got[2][N];
  /* 1.0 .. 1.006: the blend's old output */
  const unsigned short one = dtype == CLACT_BF16 ? 0x3f80 : 0x3c00;
  for (int i = 0; i < N; ++i) {
    hx[i] = (unsigned short)i;
    hdy[i] = (unsigned short)(N - 1 - i);
    init[i] = (unsigned short)(one + (i % 7));
  }
  clact_context *ctx[2];
  cl_mem x[2], dy[2], out[2];
  for (int c = 0; c < 2; ++c) {
    options(opts[c]);
    if (clact_context_create(&ctx[c], NULL) || clact_buffer_create(ctx[c], 2 * N, &x[c]) ||
        clact_buffer_create(ctx[c], 2 * N, &dy[c]) || clact_buffer_create(ctx[c], 2 * N, &out[c]) ||
        clact_buffer_write(ctx[c], x[c], 0, 2 * N, hx) ||
        clact_buffer_write(ctx[c], dy[c], 0, 2 * N, hdy))
      return 2;
  }
  FILE *dump = argc == 5 ? fopen(argv[4], "wb") : NULL;
  if (argc == 5 && !dump) return 2;
  int bad_total = 0, lines = 0;
  for (int a = 0; a < CLACT_ACTIVATION_COUNT; ++a) {
    clact_op op;
    clact_op_init(&op, (clact_activation)a);
    op.dtype = dtype;
    for (int dir = 0; dir < 3; ++dir) {
      if (dir == 2 && !clact_has_gradient_from_y(&op)) continue;
      for (int b = 0; b < 2; ++b) {
        for (int c = 0; c < 2; ++c) {
          options(opts[c]); /* each context builds its programs with its own options */
          if (run(ctx[c], (clact_activation)a, dir, b ? 0.5f : 0.0f, x[c], dy[c], out[c], init,
                  got[c]))
            return 2;
        }
        if (dump && fwrite(got[0], 2, N, dump) != N) return 2;
        int bad = 0;
        for (int i = 0; i < N; ++i)
          bad += got[0][i] != got[1][i];
        printf("%s %s beta %s: %d of %d outputs differ\n", clact_activation_name(a),
               dir == 0   ? "fwd"
               : dir == 1 ? "bwd"
                          : "bwdy",
               b ? "0.5" : "0", bad, N);
        bad_total += bad;
        ++lines;
      }
    }
  }
  if (dump && fclose(dump)) return 2;
  printf("%d calls compared, %d outputs differ\n", lines, bad_total);
  return bad_total != 0;
}
