/* bench_quant.c — `clact bench --dtype u8,s8,fp8_e4m3,fp8_e5m2`: the 8-bit table lookup's
 * GB/s as a fraction of a copy of the same bytes (clEnqueueCopyBuffer, n bytes in and n
 * out), measured in the same run; forward only (there is no 8-bit backward). */
#include "bench.h"
#include "cli.h"

#include <stdlib.h>

typedef struct q_call {
  clact_context *ctx;
  clact_op op;
  clact_dtype t;
  clact_quant q;
  size_t n;
  cl_mem x, y;
} q_call;

static clact_status enqueue_q(void *arg) {
  const q_call *c = arg;
  return clact_forward_q(c->ctx, &c->op, c->n, c->t, &c->q, c->x, 0, 1, c->t, &c->q, c->y, 0, 1, 0,
                         NULL, NULL);
}

static clact_status enqueue_copy(void *arg) {
  const q_call *c = arg;
  cl_command_queue queue;
  const clact_status st = clact_context_queue(c->ctx, &queue);
  return st ? st : clEnqueueCopyBuffer(queue, c->x, c->y, 0, 0, c->n, 0, NULL, NULL);
}

int bench_quant(clact_context *ctx, const char *dev, const cli_selection *sel, size_t n, int csv) {
  q_call c = {ctx, {0}, CLACT_U8, {1, 0}, n, NULL, NULL};
  unsigned char *h = malloc(n);
  clact_status st = h ? CLACT_SUCCESS : CLACT_ERROR_OUT_OF_MEMORY;
  for (size_t i = 0; h && i < n; ++i) /* every code, in no simple order */
    h[i] = (unsigned char)((i * 2654435761u) >> 13);
  if (!st) st = clact_buffer_create(ctx, n, &c.x);
  if (!st) st = clact_buffer_create(ctx, n, &c.y);
  if (!st) st = clact_buffer_write(ctx, c.x, 0, n, h);
  for (int t = 0; t < 4 && !st; ++t) {
    if (!sel->dtype8[t]) continue;
    c.t = (clact_dtype)(CLACT_U8 + t);
    c.q = c.t == CLACT_U8 ? (clact_quant){0.05, 128} : (clact_quant){0.05, 0};
    if (c.t != CLACT_U8 && c.t != CLACT_S8) c.q = (clact_quant){1, 0};
    const double copy_s = bench_seconds_per_call(ctx, enqueue_copy, &c, &st);
    if (st) break;
    const double copy = 2.0 * (double)n / copy_s / 1e9;
    for (int a = 0; a < CLACT_ACTIVATION_COUNT && !st; ++a) {
      if (!sel->op[a]) continue;
      clact_op_init(&c.op, (clact_activation)a);
      const double s = bench_seconds_per_call(ctx, enqueue_q, &c, &st);
      if (st) break;
      const double gbps = 2.0 * (double)n / s / 1e9;
      const char *op = clact_activation_name(c.op.activation), *dt = clact_dtype_name(c.t);
      if (csv)
        printf("%s,%s,fwd,%s,%zu,%.4f,%.2f,%.2f,%.3f\n", dev, op, dt, n, s * 1e3, gbps, copy,
               gbps / copy);
      else
        printf("%-12s %-4s %-8s %9.3f %9.2f %10.2f %7.3f\n", op, "fwd", dt, s * 1e3, gbps, copy,
               gbps / copy);
      fflush(stdout);
    }
  }
  clact_buffer_release(c.x), clact_buffer_release(c.y);
  free(h);
  return st ? cli_fail("bench", st) : EXIT_OK;
}
