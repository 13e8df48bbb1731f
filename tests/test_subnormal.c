/* test_subnormal.c — no formula computes with a subnormal float where its inputs and result
 * are normal (docs/PERFORMANCE.md, "Subnormal intermediates"). On x86 every vector
 * instruction with a subnormal operand or result costs a microcode assist (~100+ cycles
 * on Intel) for the whole vector; gelu_tanh ran at 0.07 of copy for it on an Intel PoCL
 * machine, and a timing test would not see it on an AMD one. So this test asks the CPU:
 * PoCL's basic device (POCL_DEVICES=basic, set by tests/CMakeLists.txt) runs a kernel in
 * the thread that waits for it, and SSE/AVX arithmetic sets MXCSR's sticky flags there:
 * DE (bit 1) when an operand is subnormal, UE (bit 4) when a result is tiny and inexact.
 *
 *   clact_subnormal_tests ROWS DTYPE    ROWS: activations, comma separated (a family)
 *
 * Each row, direction (fwd, bwd, and bwdy where the row has it) and dtype runs once on
 * 20001 inputs, x = -10 + i/1000 for i = 0 .. 20000 (cli/bench's range, every input and
 * result normal in float), dy = 1 - (i mod 7) / 8, after a first call that builds the
 * program; the flags are cleared before the second call and read after it. It fails on
 * DE in any dtype, and on UE in f32 and bf16 (f16 stores round with F16C's vcvtps2ph,
 * which sets UE for every result below f16's normal range by design: rows whose f16
 * results are that small are the norm, and a subnormal float feeding the store still
 * sets DE). A control first: a leaky_relu product that is subnormal must set a flag, or
 * the flags do not see the kernels (another device, another thread) and the test fails.
 * Exit status 77 (skipped) on a host that is not x86 or has no device named "basic". */
#include "clact.h"
#include "reference.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__x86_64__) || defined(__i386__)
#include <xmmintrin.h>

#define FLAG_DE   0x2u
#define FLAG_UE   0x10u
#define FLAGS_ALL 0x3fu
#define N         20001

typedef enum { DIR_FWD, DIR_BWD, DIR_BWDY } direction;
static const char *const DIR_NAMES[] = {"fwd", "bwd", "bwdy"};

static clact_status run(clact_context *ctx, const clact_op *op, direction d, const void *x,
                        const void *dy, void *out, size_t n) {
  if (d == DIR_FWD) return clact_forward_host(ctx, op, n, x, out);
  return clact_backward_host(ctx, op, d == DIR_BWD ? CLACT_FROM_X : CLACT_FROM_Y, n, x, dy, out);
}

/* The MXCSR flags one call leaves (its program built by a call before). */
static unsigned flags_of(clact_context *ctx, const clact_op *op, direction d, const void *x,
                         const void *dy, void *out, size_t n, clact_status *st) {
  if ((*st = run(ctx, op, d, x, dy, out, n))) return 0;
  _mm_setcsr(_mm_getcsr() & ~FLAGS_ALL);
  *st = run(ctx, op, d, x, dy, out, n);
  return _mm_getcsr() & FLAGS_ALL;
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: clact_subnormal_tests ROW[,ROW...] f32|f16|bf16\n");
    return 2;
  }
  clact_dtype t;
  if (clact_dtype_from_name(argv[2], &t) || t == CLACT_F64) {
    fprintf(stderr, "dtype: f32, f16 or bf16\n");
    return 2;
  }
  /* PoCL's basic device by name: elsewhere (no PoCL, or a GPU machine) the flags would
   * not see the kernels, so no such device is a skip, not a pass */
  clact_context *ctx = NULL;
  clact_status st = clact_context_create(&ctx, "basic");
  if (st == CLACT_ERROR_NO_DEVICE) {
    printf("no PoCL basic device (POCL_DEVICES=basic): skipped\n");
    return 77;
  }
  if (st) {
    fprintf(stderr, "no context: %s\n", clact_status_name(st));
    return 1;
  }
  const size_t es = clact_dtype_size(t);
  unsigned char *x = malloc(N * es), *dy = malloc(N * es), *y = malloc(N * es),
                *out = malloc(N * es);
  if (!x || !dy || !y || !out) return 1;
  for (size_t i = 0; i < N; ++i) {
    ref_store(t, x, i, -10.0L + (long double)i / 1000);
    ref_store(t, dy, i, 1.0L - (long double)(i % 7) / 8);
  }
  int failures = 0;

  /* the control: a subnormal float in a kernel must show in this thread's flags:
   * leaky_relu's slope 1e-36 times x = -1e-6 is about -1e-42 (tiny and inexact: UE) */
  clact_op control;
  clact_op_init(&control, CLACT_LEAKY_RELU);
  control.dtype = t;
  control.param[0] = 1e-36;
  unsigned char neg[4 * 64];
  for (size_t i = 0; i < 64; ++i)
    ref_store(t, neg, i, -1e-6L);
  const unsigned cf = flags_of(ctx, &control, DIR_FWD, neg, NULL, out, 64, &st);
  if (st || !(cf & (FLAG_DE | FLAG_UE))) {
    printf("FAIL control: leaky_relu's subnormal product left MXCSR %#x (status %s): the flags "
           "do not see the kernels (is POCL_DEVICES=basic?)\n",
           cf, clact_status_name(st));
    ++failures;
  }

  char *rows = strdup(argv[1]);
  for (char *name = strtok(rows, ","); name && !failures; name = strtok(NULL, ",")) {
    clact_activation a;
    if (clact_activation_from_name(name, &a)) {
      fprintf(stderr, "unknown activation %s\n", name);
      return 2;
    }
    clact_op op;
    clact_op_init(&op, a);
    op.dtype = t;
    if ((st = clact_forward_host(ctx, &op, N, x, y))) break; /* bwdy's y */
    for (int d = DIR_FWD; d <= DIR_BWDY && !st; ++d) {
      if (d == DIR_BWDY && !clact_has_gradient_from_y(&op)) continue;
      const unsigned f = flags_of(ctx, &op, (direction)d, d == DIR_BWDY ? y : x, dy, out, N, &st);
      const unsigned bad = f & (t == CLACT_F16 ? FLAG_DE : FLAG_DE | FLAG_UE);
      printf("%s %s %s on [-10, 10]: MXCSR flags %#04x%s%s%s\n", name, DIR_NAMES[d], argv[2], f,
             bad ? "  FAIL:" : "", bad & FLAG_DE ? " a subnormal operand" : "",
             bad & FLAG_UE ? (bad & FLAG_DE ? ", a subnormal result" : " a subnormal result") : "");
      failures += bad != 0;
    }
  }
  if (st) {
    printf("FAIL: %s\n", clact_status_name(st));
    ++failures;
  }
  free(rows);
  free(x), free(dy), free(y), free(out);
  clact_context_destroy(ctx);
  printf("%s\n", failures ? "FAILED" : "ok");
  return failures ? 1 : 0;
}
#else
int main(void) {
  printf("not an x86 host: MXCSR flags are x86's; skipped\n");
  return 77;
}
#endif
