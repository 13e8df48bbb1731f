/* bench_gated.c — `clact bench --gated`: SwiGLU (two tensors, and the halves of one
 * [rows, 2 cols] tensor), GeGLU, GPT-OSS's clamped SwiGLU (interleaved pairs) and bias +
 * gelu ([rows, cols] with a per-feature bias), ReGLU and bias + relu (whose plain gate runs at
 * copy speed), forward and backward, as GB/s, as a fraction
 * of the copy bandwidth for the same traffic (forward of a gated call: 2 in, 1 out, the
 * 2-in copy; backward 3 in, 2 out, judged against the same copy's GB/s; bias forward 1 in
 * 1 out, backward 2 in 1 out), and as elements per second against the plain gate's 1-D
 * forward or backward, all in the same run (issue #16's acceptance figures). */
#include "bench.h"
#include "cli.h"
#include "reference.h"

#include <stdlib.h>
#include <string.h>

/* ReGLU and bias + relu: gates whose plain row runs at copy speed, where the acceptance
 * is the ratio to copy rather than to the plain gate. */
enum { G_SWIGLU, G_SWIGLU_HALVES, G_GEGLU, G_REGLU, G_CLAMPED, G_BIAS_GELU, G_BIAS_RELU, G_COUNT };
static const char *const G_NAMES[G_COUNT] = {"swiglu",         "swiglu_halves", "geglu",    "reglu",
                                             "swiglu_clamped", "bias_gelu",     "bias_relu"};
static int is_bias(int kind) { return kind == G_BIAS_GELU || kind == G_BIAS_RELU; }
static clact_activation gate_of(int kind) {
  return kind == G_GEGLU || kind == G_BIAS_GELU   ? CLACT_GELU
         : kind == G_REGLU || kind == G_BIAS_RELU ? CLACT_RELU
                                                  : CLACT_SWISH;
}

typedef struct gated_call {
  clact_context *ctx;
  clact_op op;
  int kind, bwd;
  cl_mem big, dy, out, out2, bias; /* big: 2n elements (a, b; or x) */
  clact_tensor av, bv, yv, cv;
} gated_call;

static clact_status enqueue_gated(void *arg) {
  const gated_call *g = arg;
  if (is_bias(g->kind))
    return g->bwd ? clact_bias_backward_view(g->ctx, &g->op, g->big, &g->yv, g->bias, &g->cv, g->dy,
                                             &g->yv, g->out, &g->yv, 0, NULL, NULL)
                  : clact_bias_forward_view(g->ctx, &g->op, g->big, &g->yv, g->bias, &g->cv, g->out,
                                            &g->yv, 0, NULL, NULL);
  /* backward's da and db: the two halves (pairs) of out2's 2n elements, or out and out2 */
  if (g->kind == G_CLAMPED)
    return g->bwd
               ? clact_gated_clamped_backward_view(g->ctx, &g->op, CLACT_GPT_OSS_LIMIT, g->big,
                                                   &g->av, g->big, &g->bv, g->dy, &g->yv, g->out2,
                                                   &g->av, g->out2, &g->bv, 0, NULL, NULL)
               : clact_gated_clamped_forward_view(g->ctx, &g->op, CLACT_GPT_OSS_LIMIT, g->big,
                                                  &g->av, g->big, &g->bv, g->out, &g->yv, 0, NULL,
                                                  NULL);
  return g->bwd ? clact_gated_backward_view(g->ctx, &g->op, g->big, &g->av, g->big, &g->bv, g->dy,
                                            &g->yv, g->out2, &g->av, g->out2, &g->bv, 0, NULL, NULL)
                : clact_gated_forward_view(g->ctx, &g->op, g->big, &g->av, g->big, &g->bv, g->out,
                                           &g->yv, 0, NULL, NULL);
}

/* The views of case k over n = rows * cols elements per operand. */
static void gated_views(gated_call *g, size_t n) {
  const size_t cols = 4096, rows = n / cols, two[2] = {rows, 2 * cols}, one[2] = {rows, cols};
  clact_tensor_init_dense(&g->yv, 2, one, 0);
  clact_tensor full;
  clact_tensor_init_dense(&full, 2, two, 0);
  if (g->kind == G_SWIGLU || g->kind == G_GEGLU ||
      g->kind == G_REGLU) { /* a: the first n elements, b: the next */
    g->av = g->yv, g->bv = g->yv;
    g->bv.offset = n;
  } else if (g->kind == G_SWIGLU_HALVES) {
    clact_gate_views(&full, CLACT_GATE_FIRST_HALF, &g->av, &g->bv);
  } else if (g->kind == G_CLAMPED) {
    clact_gate_views(&full, CLACT_GATE_INTERLEAVED, &g->av, &g->bv);
  } else {
    const size_t c = cols;
    clact_tensor_init_dense(&g->cv, 1, &c, 0);
  }
}

clact_status bench_gated(clact_context *ctx, const char *dev, const cli_selection *sel, size_t n,
                         int csv) {
  n = n / 4096 * 4096;
  if (n < 4096 * 16) n = 4096 * 16;
  if (csv)
    printf("device,case,dir,dtype,n,ms,gbps,copy_gbps,ratio,plain_melem_s,vs_plain\n");
  else
    printf("%s, n = %zu elements per operand\n\n%-15s %-3s %-5s %9s %9s %10s %7s %11s %8s\n", dev,
           n, "case", "dir", "dtype", "ms", "GB/s", "copy GB/s", "ratio", "plain Me/s", "vs plain");
  clact_status st = CLACT_SUCCESS;
  for (int t = 0; t < CLACT_DTYPE_COUNT && !st; ++t) {
    if (!sel->dtype[t] || !clact_context_supports(ctx, (clact_dtype)t)) continue;
    const size_t es = clact_dtype_size((clact_dtype)t);
    bench_call c = bench_call_of(ctx, (clact_dtype)t, n);
    gated_call g = {ctx, c.op, 0, 0, NULL, NULL, NULL, NULL, NULL, {0}, {0}, {0}, {0}};
    st = clact_buffer_create(ctx, 2 * n * es, &g.big);
    if (!st) st = clact_buffer_create(ctx, n * es, &g.dy);
    if (!st) st = clact_buffer_create(ctx, n * es, &g.out);
    if (!st) st = clact_buffer_create(ctx, 2 * n * es, &g.out2);
    if (!st) st = clact_buffer_create(ctx, 4096 * es, &g.bias);
    if (!st) st = bench_write_inputs(ctx, (clact_dtype)t, g.big, 0, 2 * n);
    if (!st) st = bench_write_inputs(ctx, (clact_dtype)t, g.dy, n, n);
    /* a bias of the size trained ones have (|bias| <= 0.1), so that x + bias spans the
     * plain call's inputs and both take the formula's same paths */
    unsigned char *stage = st ? NULL : malloc(4096 * es);
    if (!st && !stage) st = CLACT_ERROR_OUT_OF_MEMORY;
    for (size_t i = 0; !st && i < 4096; ++i)
      ref_store((clact_dtype)t, stage, i, (double)((i * 40503u) % 2001) * 1e-4 - 0.1);
    if (!st) st = clact_buffer_write(ctx, g.bias, 0, 4096 * es, stage);
    free(stage);
    double copy[2] = {0, 0};
    c.x = g.big, c.dy = g.dy, c.out = g.out;
    for (int k = 0; k < G_COUNT && !st; ++k) {
      /* the copy again next to each case: on a shared machine the bandwidth drifts */
      st = bench_copy_gbps(&c, copy);
      const clact_activation gate = gate_of(k);
      for (int bwd = 0; bwd < 2 && !st; ++bwd) {
        /* the plain gate's 1-D call over n elements, for elements per second */
        clact_op_init(&c.op, gate);
        c.op.dtype = (clact_dtype)t;
        if (k == G_CLAMPED) c.op.param[0] = CLACT_GPT_OSS_ALPHA;
        c.dir = bwd ? BENCH_BWD : BENCH_FWD;
        const double sp = bench_seconds_per_call(ctx, bench_enqueue_op, &c, &st);
        if (st) break;
        g.op = c.op, g.kind = k, g.bwd = bwd;
        gated_views(&g, n);
        const double s = bench_seconds_per_call(ctx, enqueue_gated, &g, &st);
        if (st) break;
        const double ops = is_bias(k) ? (bwd ? 3 : 2) : (bwd ? 5 : 3);
        const double gb = ops * (double)n * (double)es / s / 1e9;
        const double cp = is_bias(k) && !bwd ? copy[0] : copy[1];
        const double plain = (double)n / sp / 1e6, mine = (double)n / s / 1e6;
        const char *dt = clact_dtype_name((clact_dtype)t), *dir = bwd ? "bwd" : "fwd";
        if (csv)
          printf("%s,%s,%s,%s,%zu,%.4f,%.2f,%.2f,%.3f,%.1f,%.3f\n", dev, G_NAMES[k], dir, dt, n,
                 s * 1e3, gb, cp, gb / cp, plain, mine / plain);
        else
          printf("%-15s %-3s %-5s %9.3f %9.2f %10.2f %7.3f %11.1f %8.3f\n", G_NAMES[k], dir, dt,
                 s * 1e3, gb, cp, gb / cp, plain, mine / plain);
        fflush(stdout);
      }
    }
    clact_buffer_release(g.big), clact_buffer_release(g.dy), clact_buffer_release(g.out);
    clact_buffer_release(g.out2), clact_buffer_release(g.bias);
  }
  return st;
}
