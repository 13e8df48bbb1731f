/* reference_q.h — the oracle for the 8-bit activations (docs/QUANTIZED.md): decoding the
 * 8-bit formats and rounding a long double to any output type, written apart from the
 * library's host/quant_format.c and by other methods (a nearest-code search over all 256
 * codes; round-to-odd before the f16/bf16 conversions), so that the two check each other. */
#ifndef CLACT_REFERENCE_Q_H
#define CLACT_REFERENCE_Q_H

#include "clact.h"

#include <stdint.h>

typedef struct refq_type {
  clact_dtype dtype;
  clact_quant quant; /* u8 / s8; fp8: scale (0 means 1), zero point 0 */
} refq_type;

/* The real value of an 8-bit code, or of an f16/bf16 code (16 bits). */
long double refq_decode(const refq_type *t, unsigned code);
/* v correctly rounded to t (8-bit, f32, f16, bf16 or f64), as the bits stored. */
uint64_t refq_round(const refq_type *t, long double v);
/* The value of stored bits of any output type (NaN for NaN codes). */
long double refq_value(const refq_type *t, uint64_t bits);
/* Whether two stored results agree: the same bits, or both NaN. */
int refq_same(const refq_type *t, uint64_t a, uint64_t b);
/* The expected table of op (its parameters as doubles) from x to y: 256 entries, 65536
 * for an f16/bf16 x; and one entry of it. */
void refq_table(const clact_op *op, const refq_type *x, const refq_type *y, uint64_t *out);
uint64_t refq_entry(const clact_op *op, const refq_type *x, const refq_type *y, unsigned code);

/* The quantizing path from f32/f64 (op->dtype the input's type, alpha 1, beta 0): the
 * device computes v, within ref_fwd_tolerance of f(x), and rounds v correctly to y. So
 * the result is judged as: the correctly rounded code of the long-double f(x) (*want), or
 * else a code whose value lies between those of f(x) - tol and f(x) + tol, which differ
 * only when a rounding boundary lies within tol of f(x). Where f(x) is 0 at x != 0 either
 * zero code passes (the float path fixes the sign of zero only for x = +-0). Returns 1
 * when got passes. */
int refq_judge_computed(const clact_op *op, const refq_type *y, long double x, uint64_t got,
                        uint64_t *want);

/* The quantizations `clact check` and the tests hold every 8-bit type to: unit, typical,
 * tiny, huge, asymmetric, and the ends of the zero-point range (fp8: per-tensor scales).
 * REFQ_SETTINGS of them, for u8, s8 and fp8 (either format). */
enum { REFQ_SETTINGS = 7 };
clact_quant refq_setting(clact_dtype t, int i);

#endif
