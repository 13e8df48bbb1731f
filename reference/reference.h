/* reference.h — an independent host reference for every activation, in long double, and
 * the error measure (ulps of the storage type) the tests and `clact check` share. */
#ifndef CLACT_REFERENCE_H
#define CLACT_REFERENCE_H

#include "clact.h"

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* f(x), dy * f'(x) from x, and dy * f'(x) from y = f(x) (the exact formula on y). */
long double ref_forward(const clact_op *op, long double x);
long double ref_backward(const clact_op *op, long double x, long double dy);
long double ref_backward_from_y(const clact_op *op, long double y, long double dy);

/* Storage conversions (round to nearest even), f16 and bf16 as bit patterns. */
uint16_t ref_float_to_half(float f);
float ref_half_to_float(uint16_t h);
uint16_t ref_float_to_bf16(float f);
float ref_bf16_to_float(uint16_t b);
/* Element i of an array of dtype as long double, and storing a value (rounded). */
long double ref_load(clact_dtype t, const void *array, size_t i);
void ref_store(clact_dtype t, void *array, size_t i, long double v);
/* v rounded to dtype (as a long double). */
long double ref_round(clact_dtype t, long double v);

/* a * b - hi exactly, where hi = a * b rounded to long double and finite (the rounding
 * error the reference's exact products round to odd with). */
long double ref_product_error(long double a, long double b, long double hi);
/* Whether ref_product_error takes Dekker's split (1) or fmal (0) for these operands. */
int ref_product_by_split(long double a, long double b, long double hi);

/* 2^e exactly, as a long double. ldexpl is a libm call with its error handling: in
 * ulp_error and the sampling it took about a sixth of `clact check`'s time. Double's
 * range (2^-1074 to 2^1023, subnormals included) is built from the bits; beyond it, ldexpl. */
static inline long double ref_pow2(int e) {
  if (e < -1074 || e > 1023) return ldexpl(1.0L, e);
  const uint64_t bits = e >= -1022 ? (uint64_t)(e + 1023) << 52 : (uint64_t)1 << (e + 1074);
  double d;
  memcpy(&d, &bits, sizeof d);
  return d;
}

/* |got - ref| in units in the last place of ref in dtype t: ulp(r) = 2^(exponent(r) - p + 1)
 * for |r| >= the smallest normal, the smallest subnormal below. NaN must match NaN, an
 * infinity must match exactly; a reference past the largest finite value matches the
 * infinity it rounds to. Returns INFINITY for a mismatch. */
double ulp_error(clact_dtype t, long double got, long double ref);

/* ---- the accuracy contract (docs/ACCURACY.md), shared by the tests and `clact check` -- */
typedef enum ref_dir { REF_FWD, REF_BWD, REF_BWDY } ref_dir;
const char *ref_dir_name(ref_dir d); /* "fwd", "bwd", "bwdy" */

/* The bound, in ulps of dtype, that (activation, direction, dtype) is held to with its
 * default parameters, and with other parameters (default_params 0). */
double ref_bound_ulp(clact_activation a, ref_dir d, clact_dtype t);
double ref_bound_ulp_for(clact_activation a, ref_dir d, clact_dtype t, int default_params);

/* Interior zeros of f' (for the op's parameters), found once per op by a sign scan; a
 * sign change by a jump (elu's and leaky_relu's negative parameter at 0) is none. */
typedef struct ref_zeros {
  int count;
  long double at[8];
  long double width; /* the window around each: 0.05 (swish: 0.05 / |beta|, 0.05 in z) */
} ref_zeros;
void ref_find_derivative_zeros(const clact_op *op, ref_zeros *z);

/* Judges one result: sets *ulps (the ulp error, or 0 when the absolute rule applied) and
 * returns 1 if it is within the bound. Within 0.05 of an interior zero of f', backward
 * results are held to |error| <= 2^-23 |dy| (+ half an ulp of the storage type) instead. */
int ref_judge(const clact_op *op, ref_dir d, const ref_zeros *z, long double x, long double dy,
              long double got, long double ref, double *ulps);

/* How far the forward result of op (alpha 1, beta 0; op->dtype the storage type) may lie
 * from f, the reference value, in absolute terms, under the contract ref_judge applies:
 * the bound in ulps of f (the top finite value's ulp beyond it), half an ulp for the
 * bit-exact rows. The 8-bit quantizing path from f32/f64 rounds a value within this of f
 * (reference_q.h, refq_judge_computed). */
long double ref_fwd_tolerance(const clact_op *op, long double f);

/* The same contract for a blended result got = alpha f + beta old (op->alpha, op->beta), f
 * the reference of f(x) or dy f'(x): with alpha 1 and beta 0, ref_judge; with beta 0 and
 * alpha a power of two, ref_judge on alpha f; otherwise |got - (alpha f + beta old)| <=
 * |alpha| (f's tolerance + half an ulp of f in the compute type) + half an ulp of alpha f,
 * of beta old and of the sum in the compute type + half an ulp of the result
 * (docs/ACCURACY.md, "Blending"). *ulps is the error in ulps of the result. */
int ref_judge_blend(const clact_op *op, ref_dir d, const ref_zeros *z, long double x,
                    long double dy, long double f, long double old, long double got, double *ulps);

/* Whether (x, dy, b, alpha, parameters) lie in the domain of the contract (docs/ACCURACY.md,
 * "Large factors"). dy is the backward's gradient (ignored forward), b a gated call's
 * factor after the value (y = g(a) b: b; da = dy b g'(a): dy and b; db = dy g(a): a
 * forward with b = dy; 1 for every other call). The finite factors a result multiplies an
 * exponential by (alpha, dy, b, |x| > 1 for swish, mish, gelu_tanh and gelu_quick forward,
 * 1 / beta for softplus forward, alpha for elu backward) have a product of magnitudes up
 * to 2^200 (f64: 2^1800); the small-factor rule: once the product of the factors joined
 * so far (in order: forward, x below 1 for swish, mish, gelu_tanh and gelu_quick, the
 * value f(x) below 2^-10 for the bit-exact rows, x below 2^-10 for the other rows with
 * f(0) = 0, elu's and celu's alpha below 1 where x < 0;
 * backward, elu's alpha below 1 where x < 0; then dy, b, alpha) is below
 * 2^-10, no later factor may raise it; gelu below x = -15 in f32, f16 and bf16 up to 2^8. */
int ref_in_domain(const clact_op *op, ref_dir d, long double x, long double dy, long double b);

/* Gated activations, y = g(a) b (and da = dy b g'(a), db = dy g(a)): within 2B + 1 ulps,
 * B the gate row's bound (at least 1/2); near an interior zero of g', |error| <= 2^-22
 * |scale| + 1 ulp, scale = dy b (docs/ACCURACY.md, "Gated activations"). */
double ref_bound_ulp_gated(const clact_op *op, ref_dir d);
int ref_judge_gated(const clact_op *op, ref_dir d, const ref_zeros *z, long double a,
                    long double scale, long double got, long double ref, double *ulps);
/* A blended gated result got = alpha f + beta old, f = g(a) b (or dy b g'(a), g(a) dy),
 * scale as for ref_judge_gated: ref_judge_blend's rule with ref_judge_gated's bound and
 * absolute rule in place of the row's (docs/ACCURACY.md, "Gated activations" and
 * "Blending"); alpha 1 and beta 0: ref_judge_gated. */
int ref_judge_gated_blend(const clact_op *op, ref_dir d, const ref_zeros *z, long double a,
                          long double scale, long double f, long double old, long double got,
                          double *ulps);

#endif
