/* check_quant.c — `clact check --dtype u8,s8,fp8_e4m3,fp8_e5m2`: every activation (its
 * default parameters), every one of the 256 input codes, every quantization of
 * reference/reference_q.h, re-quantized to the same type (each setting i to setting
 * i + 1) and dequantized to f32, on the device through clact_forward_q, against the
 * oracle: 0 mismatches allowed. With --quantizing: f32 and f64 inputs to those types
 * through the computed path, judged by refq_judge_computed (docs/QUANTIZED.md). */
#include "cli.h"
#include "reference.h"
#include "reference_q.h"

#include <float.h>
#include <math.h>
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

/* The input and output buffers of a check: both made, or neither (NULLs left). */
static clact_status two_buffers(clact_context *ctx, size_t x_bytes, size_t y_bytes, cl_mem *x,
                                cl_mem *y) {
  clact_status st = clact_buffer_create(ctx, x_bytes, x);
  if (!st && (st = clact_buffer_create(ctx, y_bytes, y))) {
    clact_buffer_release(*x);
    *x = NULL;
  }
  return st;
}

int check_quant(clact_context *ctx, const cli_selection *sel, int csv, const char *dev) {
  unsigned char codes[256];
  for (unsigned c = 0; c < 256; ++c)
    codes[c] = (unsigned char)c;
  cl_mem x = NULL, y = NULL;
  clact_status st = two_buffers(ctx, 256, 256 * 4, &x, &y);
  if (!st) st = clact_buffer_write(ctx, x, 0, 256, codes);
  if (st) {
    clact_buffer_release(x);
    clact_buffer_release(y);
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

/* ---- the computed path: f32 / f64 in ------------------------------------------------ */
enum { Q_RANDOM = 2048, Q_MAX = Q_RANDOM + 64 };

static unsigned long long splitmix(unsigned long long *s) {
  unsigned long long z = (*s += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}
static double unit(unsigned long long *s) { return (double)(splitmix(s) >> 11) * 0x1p-53; }

/* The inputs of one call, as the input type holds them: special values, then uniform in
 * [-8, 8], +-2^U(-40, 40), and values at and within 2 ulps of the midpoints between
 * neighbouring output values (so that ties are met). */
static size_t quant_inputs(clact_dtype xt, const refq_type *y, unsigned long long *seed,
                           long double *x) {
  static const double special[] = {0.0,   -0.0,    1e-40,    -1e-40,   1e-30,     -1e-30, 0.5,
                                   -0.5,  1.0,     -1.0,     2.5,      -2.5,      3.0,    -3.0,
                                   6.0,   -6.0,    20.0,     -20.0,    100.0,     -100.0, 1e10,
                                   -1e10, FLT_MAX, -FLT_MAX, INFINITY, -INFINITY, NAN};
  size_t n = 0;
  for (size_t i = 0; i < sizeof special / sizeof special[0]; ++i)
    x[n++] = special[i];
  for (int i = 0; i < Q_RANDOM; ++i) {
    const unsigned kind = (unsigned)(splitmix(seed) % 3);
    double v;
    if (kind == 0) {
      v = -8 + 16 * unit(seed);
    } else if (kind == 1) {
      v = ldexp(1 + unit(seed), (int)(unit(seed) * 80) - 40);
      if (splitmix(seed) & 1) v = -v;
    } else {
      const unsigned c = (unsigned)(splitmix(seed) & 0xff);
      const long double a = refq_value(y, c), b = refq_value(y, (c + 1) & 0xff);
      v = isfinite(a) && isfinite(b) ? (double)((a + b) / 2) : 1.0;
      const int steps = (int)(splitmix(seed) % 5) - 2;
      for (int k = 0; k < (steps < 0 ? -steps : steps); ++k)
        v = xt == CLACT_F64 ? nextafter(v, steps > 0 ? INFINITY : -INFINITY)
                            : nextafterf((float)v, steps > 0 ? INFINITY : -INFINITY);
    }
    x[n++] = xt == CLACT_F64 ? (long double)v : (long double)(float)v;
  }
  return n;
}

/* One call of n inputs; adds to *near (neighbours within the bound) and returns the
 * failures, or -1 (printed). */
static long run_computed(clact_context *ctx, cl_mem xb, cl_mem yb, const clact_op *op,
                         const refq_type *y, const long double *x, size_t n, long *near) {
  const clact_dtype xt = op->dtype;
  static unsigned char host[Q_MAX * 8], got[Q_MAX];
  for (size_t i = 0; i < n; ++i) {
    if (xt == CLACT_F64) {
      const double d = (double)x[i];
      memcpy(host + i * 8, &d, 8);
    } else {
      const float f = (float)x[i];
      memcpy(host + i * 4, &f, 4);
    }
  }
  clact_status st = clact_buffer_write(ctx, xb, 0, n * clact_dtype_size(xt), host);
  if (!st)
    st = clact_forward_q(ctx, op, n, xt, NULL, xb, 0, 1, y->dtype, &y->quant, yb, 0, 1, 0, NULL,
                         NULL);
  if (!st) st = clact_buffer_read(ctx, yb, 0, n, got);
  if (st) {
    cli_fail("check", st);
    return -1;
  }
  long bad = 0;
  for (size_t i = 0; i < n; ++i) {
    uint64_t want;
    if (!ref_in_domain(op, REF_FWD, x[i], 1, 1)) continue; /* outside the float contract */
    if (!refq_judge_computed(op, y, x[i], got[i], &want)) {
      if (bad++ < 2)
        fprintf(stderr, "  %s %s -> %s(scale %g, zp %d): x=%.21Lg got 0x%02x want 0x%02llx\n",
                clact_activation_name(op->activation), clact_dtype_name(xt),
                clact_dtype_name(y->dtype), y->quant.scale, y->quant.zero_point, x[i], got[i],
                (unsigned long long)want);
    } else if (got[i] != want) {
      ++*near;
    }
  }
  return bad;
}

int check_quant_computed(clact_context *ctx, const cli_selection *sel, int csv, const char *dev) {
  static const clact_dtype from[] = {CLACT_F32, CLACT_F64};
  const unsigned long long seed0 = 8808;
  fprintf(csv ? stderr : stdout, "inputs from seed %llu\n", seed0);
  cl_mem xb = NULL, yb = NULL;
  clact_status st = two_buffers(ctx, (size_t)Q_MAX * 8, Q_MAX, &xb, &yb);
  if (st) return cli_fail("check", st);
  if (csv)
    printf("device,op,from,dtype,settings,inputs,near,failures,status\n");
  else
    printf("\n%-12s %-5s %-9s %8s %8s %6s %8s  %s\n", "op", "from", "dtype", "settings", "inputs",
           "near", "failures", "status");
  static long double x[Q_MAX];
  int failed = 0;
  for (int t = 0; t < 4 && failed >= 0; ++t) {
    if (!sel->dtype8[t]) continue;
    const clact_dtype yt = (clact_dtype)(CLACT_U8 + t);
    for (int f = 0; f < 2 && failed >= 0; ++f) {
      if (from[f] == CLACT_F64 && !clact_context_supports(ctx, CLACT_F64)) continue;
      for (int a = 0; a < CLACT_ACTIVATION_COUNT && failed >= 0; ++a) {
        if (!sel->op[a]) continue;
        clact_op op;
        clact_op_init(&op, (clact_activation)a);
        op.dtype = from[f];
        /* one seed per row, so that a row reproduces alone */
        unsigned long long seed = seed0 + (unsigned long long)(a * 8 + t * 2 + f);
        long inputs = 0, near = 0, bad = 0;
        for (int i = 0; i < REFQ_SETTINGS; ++i) {
          const refq_type y = {yt, refq_setting(yt, i)};
          const size_t n = quant_inputs(from[f], &y, &seed, x);
          const long b = run_computed(ctx, xb, yb, &op, &y, x, n, &near);
          if (b < 0) {
            failed = -1;
            break;
          }
          bad += b;
          inputs += (long)n;
        }
        if (failed < 0) break;
        failed |= bad != 0;
        const char *name = clact_activation_name(op.activation), *ft = clact_dtype_name(from[f]),
                   *dt = clact_dtype_name(yt);
        if (csv)
          printf("%s,%s,%s,%s,%d,%ld,%ld,%ld,%s\n", dev, name, ft, dt, REFQ_SETTINGS, inputs, near,
                 bad, bad ? "FAIL" : "ok");
        else
          printf("%-12s %-5s %-9s %8d %8ld %6ld %8ld  %s\n", name, ft, dt, REFQ_SETTINGS, inputs,
                 near, bad, bad ? "FAIL" : "ok");
        fflush(stdout);
      }
    }
  }
  clact_buffer_release(xb);
  clact_buffer_release(yb);
  return failed != 0;
}
