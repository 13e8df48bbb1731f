/* bench.h — the benchmark engine `clact bench` and `clact demo` time with: a monotonic
 * clock, medians of timed batches and of single calls, the standard calls (forward,
 * backward, a buffer copy) and the copy bandwidth every figure is a fraction of. */
#ifndef CLACT_BENCH_H
#define CLACT_BENCH_H

#include "clact.h"

#include <stddef.h>

double bench_now(void); /* seconds, monotonic */

/* The median of t[0..n-1] (sorts t in place); 0 for n == 0. */
double bench_median(double *t, size_t n);

/* One timed thing: a callback that enqueues one call on the context's queue. */
typedef clact_status (*bench_enqueue_fn)(void *arg);

/* Seconds per call for throughput: two warm-up calls, a probe, then 7 batches sized to
 * about 40 ms, each enqueued whole and finished once; the median batch. On a failure
 * *st is set and 0 returned. */
double bench_seconds_per_call(clact_context *ctx, bench_enqueue_fn fn, void *arg, clact_status *st);

/* Microseconds of one call for latency: 20 warm-up calls, then the median of `reps`
 * (at most 401) runs of enqueue + finish. On a failure *st is set and 0 returned. */
double bench_latency_us(clact_context *ctx, bench_enqueue_fn fn, void *arg, int reps,
                        clact_status *st);

/* The calls that are timed: op in direction dir on n elements of x (and dy) into out. */
typedef enum bench_dir { BENCH_FWD, BENCH_BWD, BENCH_BWDY } bench_dir;
typedef struct bench_call {
  clact_context *ctx;
  clact_op op;
  bench_dir dir;
  size_t n;
  cl_mem x, dy, out;
} bench_call;
/* A forward call of n elements of dtype t on ctx, op and buffers to be set. */
bench_call bench_call_of(clact_context *ctx, clact_dtype t, size_t n);
clact_status bench_enqueue_op(void *call);          /* clact_forward / clact_backward */
clact_status bench_enqueue_copy_buffer(void *call); /* clEnqueueCopyBuffer x -> out */

/* Bytes a call moves: forward reads x and writes y, backward reads two and writes one. */
double bench_bytes(const bench_call *c);

/* The device's copy bandwidth in GB/s for the traffic of a forward call (copy[0]: one
 * array in, one out) and of a backward call (copy[1]: two in, one out), for c's dtype
 * and n: the best of clEnqueueCopyBuffer and identity's forward and backward. Uses c's
 * buffers; leaves c->op and c->dir changed. */
clact_status bench_copy_gbps(bench_call *c, double copy[2]);

#endif
