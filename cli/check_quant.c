/* check_quant.c — `clact check --dtype u8,s8,fp8_e4m3,fp8_e5m2`: every activation (its
 * default parameters), every one of the 256 input codes, every quantization of
 * reference/reference_q.h, re-quantized to the same type (each setting i to setting
 * i + 1) and dequantized to f32, on the device through clact_forward_q, against the
 * oracle: 0 mismatches allowed. */
#include "cli.h"
#include "reference_q.h"

#include <stdint.h>
#include <string.h>

static uint64_t entry(const unsigned char *p, size_t es, unsigned i) {
  uint64_t v = 0;
  memcpy(&v, p + (size_t)i * es, es); /* little-endian host, as the tables */
  return v;
}

/* One call on the device over all 256 codes; returns the mismatches, or -1 (printed). */
static long run_table(clact_context *ctx, cl_mem x, cl_mem y, const clact_op *op,
                      const refq_type *in, const refq_type *out, unsigned *worst) {
  const size_t es = clact_dtype_size(out->dtype);
  unsigned char got[256 * 8];
  uint64_t want[256];
  const clact_quant *oq = out->dtype == CLACT_F32 ? NULL : &out->quant;
  clact_status st = clact_forward_q(ctx, op, 256, in->dtype, &in->quant, x, 0, 1, out->dtype, oq, y,
                                    0, 1, 0, NULL, NULL);
  if (!st) st = clact_buffer_read(ctx, y, 0, 256 * es, got);
  if (st) {
    cli_fail("check", st);
    return -1;
  }
  refq_table(op, in, out, want);
  long bad = 0;
  for (unsigned c = 0; c < 256; ++c)
    if (!refq_same(out, entry(got, es, c), want[c])) {
      if (!bad) *worst = c;
      ++bad;
    }
  return bad;
}

int check_quant(clact_context *ctx, const cli_selection *sel, int csv, const char *dev) {
  unsigned char codes[256];
  for (unsigned c = 0; c < 256; ++c)
    codes[c] = (unsigned char)c;
  cl_mem x = NULL, y = NULL;
  clact_status st = clact_buffer_create(ctx, 256, &x);
  if (!st) st = clact_buffer_write(ctx, x, 0, 256, codes);
  if (!st) st = clact_buffer_create(ctx, 256 * 4, &y);
  if (st) {
    clact_buffer_release(x);
    return cli_fail("check", st);
  }
  if (csv)
    printf("device,op,dtype,settings,tables,inputs,mismatches,first_bad_code,status\n");
  else
    printf("\n%-12s %-9s %8s %6s %8s %10s  %s\n", "op", "dtype", "settings", "tables", "inputs",
           "mismatches", "status");
  int failed = 0;
  for (int t = 0; t < 4 && failed >= 0; ++t) {
    if (!sel->dtype8[t]) continue;
    const clact_dtype xt = (clact_dtype)(CLACT_U8 + t);
    for (int a = 0; a < CLACT_ACTIVATION_COUNT && failed >= 0; ++a) {
      if (!sel->op[a]) continue;
      clact_op op;
      clact_op_init(&op, (clact_activation)a);
      long tables = 0, bad = 0;
      unsigned first = 0;
      for (int i = 0; i < REFQ_SETTINGS && failed >= 0; ++i) {
        const refq_type in = {xt, refq_setting(xt, i)};
        const refq_type outs[2] = {{xt, refq_setting(xt, i + 1)}, {CLACT_F32, {0, 0}}};
        for (int k = 0; k < 2; ++k, ++tables) {
          unsigned w = 0;
          const long b = run_table(ctx, x, y, &op, &in, &outs[k], &w);
          if (b < 0) {
            failed = -1;
            break;
          }
          if (b && !bad) first = w;
          bad += b;
        }
      }
      if (failed < 0) break;
      failed |= bad != 0;
      const char *name = clact_activation_name(op.activation), *dt = clact_dtype_name(xt);
      if (csv)
        printf("%s,%s,%s,%d,%ld,%ld,%ld,%u,%s\n", dev, name, dt, REFQ_SETTINGS, tables,
               tables * 256, bad, first, bad ? "FAIL" : "ok");
      else
        printf("%-12s %-9s %8d %6ld %8ld %10ld  %s\n", name, dt, REFQ_SETTINGS, tables,
               tables * 256, bad, bad ? "FAIL" : "ok");
      fflush(stdout);
    }
  }
  clact_buffer_release(x);
  clact_buffer_release(y);
  return failed != 0;
}
