/* quant.h — the 8-bit path's host parts (docs/QUANTIZED.md): the formats, the exact
 * evaluation that decides roundings, and the table cache. Nothing here is exported. */
#ifndef CLACT_QUANT_H
#define CLACT_QUANT_H

#include "internal.h"

/* A tensor's type and, for u8/s8, its quantization. */
typedef struct qtype {
  clact_dtype dtype;
  double scale;
  int zero_point;
} qtype;

/* quant_format.c */
/* The real value of an 8-bit code, or of a 16-bit f16/bf16 input code (NaN and
 * infinities as the format says). */
long double clact_q_decode(const qtype *t, unsigned code);
/* The sign of f - m, where f is the exact value being rounded: -1, 0 or 1. */
typedef int (*q_compare)(const void *state, long double m);
/* The output-format bits of f, correctly rounded (half to even), from an approximation
 * v of f with v's sign and nearly its value (a few ulps of long double), and cmp, which
 * decides on which side of a midpoint f lies. Saturation as docs/QUANTIZED.md says.
 * For f32/f16/bf16/f64 the bits are those of the value rounded once from f. */
unsigned long long clact_q_round(const qtype *t, long double v, q_compare cmp, const void *state);

/* quant_eval.c */
/* f(x) for op (parameters as doubles) in long double, and whether the comparisons with
 * midpoints are exact (1: piecewise linear or rational at this x) or decided by the long
 * double value (0: transcendental, docs/QUANTIZED.md). */
typedef struct q_value {
  long double v;
  int exact;
  /* f = (sum of num[]) / (sum of den[]), den > 0, when exact */
  long double num[4], den[2];
  int nnum, nden;
} q_value;
void clact_q_eval(const clact_op *op, long double x, q_value *out);
int clact_q_compare(const void *q_value_state, long double m);

/* quant_thresholds.c */
/* The quantizing activation from f32/f64 (compute: CLACT_F32 or CLACT_F64): the kernel
 * rounds its computed value v to y's format by counting the thresholds <= v (|v| for fp8,
 * whose sign bit is copied). out receives 256 thresholds of the compute type (entry 0
 * unused, entries past the last rank NaN) and then the 256 codes of the ranks;
 * clact_q_thresholds_size(compute) bytes. clact_q_nan_code: the code of a NaN value. */
size_t clact_q_thresholds_size(clact_dtype compute);
void clact_q_thresholds(const qtype *y, clact_dtype compute, void *out);
unsigned clact_q_nan_code(const qtype *y);

/* quant.c */
/* Input codes of a table: 256, or 65536 for an f16/bf16 input. */
size_t clact_q_codes(clact_dtype x);
void clact_lut_cache_release(clact_context *ctx);

#endif
