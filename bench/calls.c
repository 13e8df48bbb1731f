/* calls.c — what the benchmark times: clact's calls, a plain buffer copy, and the copy
 * bandwidth that turns GB/s into a fraction of what the memory allows. */
#include "bench.h"

clact_status bench_enqueue_op(void *call) {
  const bench_call *c = call;
  if (c->dir == BENCH_FWD)
    return clact_forward(c->ctx, &c->op, c->n, c->x, 0, 1, c->out, 0, 1, 0, NULL, NULL);
  return clact_backward(c->ctx, &c->op, c->dir == BENCH_BWD ? CLACT_FROM_X : CLACT_FROM_Y, c->n,
                        c->x, 0, 1, c->dy, 0, 1, c->out, 0, 1, 0, NULL, NULL);
}

clact_status bench_enqueue_copy_buffer(void *call) {
  const bench_call *c = call;
  cl_command_queue queue;
  const clact_status st = clact_context_queue(c->ctx, &queue);
  if (st) return st;
  const size_t bytes = c->n * clact_dtype_size(c->op.dtype);
  return clEnqueueCopyBuffer(queue, c->x, c->out, 0, 0, bytes, 0, NULL, NULL);
}

bench_call bench_call_of(clact_context *ctx, clact_dtype t, size_t n) {
  bench_call c = {ctx, {0}, BENCH_FWD, n, NULL, NULL, NULL};
  c.op.dtype = t;
  return c;
}

double bench_bytes(const bench_call *c) {
  return (double)c->n * (double)clact_dtype_size(c->op.dtype) * (c->dir == BENCH_FWD ? 2 : 3);
}

clact_status bench_copy_gbps(bench_call *c, double copy[2]) {
  const clact_dtype t = c->op.dtype;
  clact_status st = CLACT_SUCCESS;
  clact_op_init(&c->op, CLACT_IDENTITY);
  c->op.dtype = t;
  for (int d = 0; d < 2; ++d) { /* identity forward: 1 in, 1 out; backward: 2 in, 1 out */
    c->dir = d ? BENCH_BWD : BENCH_FWD;
    const double s = bench_seconds_per_call(c->ctx, bench_enqueue_op, c, &st);
    if (st) return st;
    copy[d] = bench_bytes(c) / s / 1e9;
  }
  c->dir = BENCH_FWD;
  const double s = bench_seconds_per_call(c->ctx, bench_enqueue_copy_buffer, c, &st);
  if (st) return st;
  const double g = bench_bytes(c) / s / 1e9; /* a copy moves a forward call's traffic */
  for (int d = 0; d < 2; ++d)
    if (g > copy[d]) copy[d] = g;
  return CLACT_SUCCESS;
}
