/* onednn.c — oneDNN's eltwise, set up once for both the speed and the accuracy comparison
 * (oneDNN 2.x C API: eltwise descriptors, then primitive descriptors). */
#include "onednn.h"

#include "bench.h"

#include <dnnl.h>
#include <stdlib.h>

struct bench_onednn {
  dnnl_engine_t engine;
  dnnl_stream_t stream;
  dnnl_memory_t x, dy, out;
  dnnl_primitive_desc_t fwd_pd, bwd_pd;
  dnnl_primitive_t prim;
  dnnl_exec_arg_t args[3];
  int nargs;
};

/* oneDNN's algorithm and alpha for op; 0 where it has none. */
static int onednn_alg(const clact_op *op, dnnl_alg_kind_t *alg, float *alpha) {
  *alpha = 0;
  switch (op->activation) {
  case CLACT_SIGMOID: *alg = dnnl_eltwise_logistic; return 1;
  case CLACT_TANH: *alg = dnnl_eltwise_tanh; return 1;
  case CLACT_RELU: *alg = dnnl_eltwise_relu; return 1;
  case CLACT_LEAKY_RELU: *alg = dnnl_eltwise_relu, *alpha = (float)op->param[0]; return 1;
  case CLACT_ELU: *alg = dnnl_eltwise_elu, *alpha = (float)op->param[0]; return 1;
  case CLACT_SWISH: *alg = dnnl_eltwise_swish, *alpha = (float)op->param[0]; return 1;
  /* soft_relu with alpha = 0 is the plain log(1 + e^x) in oneDNN 2.x: beta 1 only */
  case CLACT_SOFTPLUS: *alg = dnnl_eltwise_soft_relu; return op->param[0] == 1.0;
  default: return 0;
  }
}

int bench_onednn_has(const clact_op *op) {
  dnnl_alg_kind_t alg;
  float alpha;
  return op->dtype == CLACT_F32 && onednn_alg(op, &alg, &alpha);
}

bench_onednn *bench_onednn_create(const clact_op *op, int bwd, size_t n, const float *x,
                                  const float *dy, float *out) {
  dnnl_alg_kind_t alg;
  float alpha;
  if (op->dtype != CLACT_F32 || !onednn_alg(op, &alg, &alpha)) return NULL;
  bench_onednn *r = calloc(1, sizeof *r);
  if (!r) return NULL;
  dnnl_dims_t dims = {(dnnl_dim_t)n};
  dnnl_memory_desc_t md;
  dnnl_eltwise_desc_t fd, bd;
  int bad = dnnl_engine_create(&r->engine, dnnl_cpu, 0) != dnnl_success;
  bad = bad || dnnl_stream_create(&r->stream, r->engine, dnnl_stream_default_flags);
  bad = bad || dnnl_memory_desc_init_by_tag(&md, 1, dims, dnnl_f32, dnnl_a);
  bad = bad || dnnl_memory_create(&r->x, &md, r->engine, (void *)x);
  bad = bad || dnnl_memory_create(&r->dy, &md, r->engine, (void *)dy);
  bad = bad || dnnl_memory_create(&r->out, &md, r->engine, out);
  bad = bad || dnnl_eltwise_forward_desc_init(&fd, dnnl_forward_training, alg, &md, alpha, 0);
  bad = bad || dnnl_primitive_desc_create(&r->fwd_pd, &fd, NULL, r->engine, NULL);
  if (!bad && bwd) { /* the forward descriptor is the backward one's hint */
    bad = dnnl_eltwise_backward_desc_init(&bd, alg, &md, &md, alpha, 0) ||
          dnnl_primitive_desc_create(&r->bwd_pd, &bd, NULL, r->engine, r->fwd_pd);
  }
  bad = bad || dnnl_primitive_create(&r->prim, bwd ? r->bwd_pd : r->fwd_pd);
  if (bad) {
    bench_onednn_destroy(r);
    return NULL;
  }
  r->args[0] = (dnnl_exec_arg_t){DNNL_ARG_SRC, r->x};
  if (bwd) {
    r->args[1] = (dnnl_exec_arg_t){DNNL_ARG_DIFF_DST, r->dy};
    r->args[2] = (dnnl_exec_arg_t){DNNL_ARG_DIFF_SRC, r->out};
    r->nargs = 3;
  } else {
    r->args[1] = (dnnl_exec_arg_t){DNNL_ARG_DST, r->out};
    r->nargs = 2;
  }
  return r;
}

int bench_onednn_execute(bench_onednn *r) {
  return dnnl_primitive_execute(r->prim, r->stream, r->nargs, r->args) != dnnl_success ||
         dnnl_stream_wait(r->stream) != dnnl_success;
}

void bench_onednn_destroy(bench_onednn *r) {
  if (!r) return;
  if (r->prim) dnnl_primitive_destroy(r->prim);
  if (r->bwd_pd) dnnl_primitive_desc_destroy(r->bwd_pd);
  if (r->fwd_pd) dnnl_primitive_desc_destroy(r->fwd_pd);
  if (r->out) dnnl_memory_destroy(r->out);
  if (r->dy) dnnl_memory_destroy(r->dy);
  if (r->x) dnnl_memory_destroy(r->x);
  if (r->stream) dnnl_stream_destroy(r->stream);
  if (r->engine) dnnl_engine_destroy(r->engine);
  free(r);
}

double bench_onednn_gbps(const clact_op *op, int bwd, size_t n, const float *x, const float *dy) {
  float *out = aligned_alloc(64, (n * sizeof(float) + 63) / 64 * 64);
  bench_onednn *r = out ? bench_onednn_create(op, bwd, n, x, dy, out) : NULL;
  double t[7], gbps = 0;
  int bad = !r;
  for (int k = -2; k < 7 && !bad; ++k) {
    const double t0 = bench_now();
    bad = bench_onednn_execute(r);
    if (k >= 0) t[k] = bench_now() - t0;
  }
  if (!bad) gbps = (double)n * sizeof(float) * (bwd ? 3 : 2) / bench_median(t, 7) / 1e9;
  bench_onednn_destroy(r);
  free(out);
  return gbps;
}
