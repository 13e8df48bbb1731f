/* onednn.h — the one place clact drives oneDNN (the peer it is compared with): its eltwise
 * primitive on the caller's float32 arrays, for `clact bench --vs-onednn` (speed) and
 * onednn_accuracy (error). Built only when oneDNN is found. */
#ifndef CLACT_BENCH_ONEDNN_H
#define CLACT_BENCH_ONEDNN_H

#include "clact.h"

#include <stddef.h>

/* Whether oneDNN has op with its parameters in f32 (forward and backward from x). */
int bench_onednn_has(const clact_op *op);

/* oneDNN's engine, stream, memories over the caller's arrays, and the primitive. */
typedef struct bench_onednn bench_onednn;

/* out = f(x), or out = dy * f'(x) with bwd; the arrays are used in place and must
 * outlive the runner. NULL when oneDNN has no such op or a oneDNN call failed. */
bench_onednn *bench_onednn_create(const clact_op *op, int bwd, size_t n, const float *x,
                                  const float *dy, float *out);
int bench_onednn_execute(bench_onednn *r);  /* runs once and waits; 0 on success */
void bench_onednn_destroy(bench_onednn *r); /* NULL is a no-op */

/* GB/s of oneDNN on op (forward moves 2 arrays, backward 3): the median of 7 runs after 2
 * warm-ups on the given data; 0 where oneDNN has no such op or fails. */
double bench_onednn_gbps(const clact_op *op, int bwd, size_t n, const float *x, const float *dy);

#endif
