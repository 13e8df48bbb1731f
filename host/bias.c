/* bias.c — an activation with a bias fused in (kernels/bias.cl) on the one launch path,
 * and the deterministic bias gradient (kernels/bias_grad.cl). */
#include "internal.h"

#include <stdint.h>

/* Both view calls after their checks: fused kernel `fused` on ops, the last one the output. */
static clact_status launch_bias(clact_context *ctx, const clact_op *op, int fused,
                                const view_operand *ops, int nops, cl_uint num_events,
                                const cl_event *wait_list, cl_event *event) {
  if (!ctx) return CLACT_ERROR_INVALID_CONTEXT;
  clact_status st = clact_validate_op(op);
  if (st) return st;
  const launch_plan plan = {PROGRAM_FUSED_OF(fused, op->activation), KERNEL_FUSED, 1, 1, 0, 0, 0};
  return clact_launch(ctx, op, &plan, ops, nops, num_events, wait_list, event);
}

clact_status clact_bias_forward_view(clact_context *ctx, const clact_op *op, cl_mem x,
                                     const clact_tensor *x_view, cl_mem bias,
                                     const clact_tensor *bias_view, cl_mem y,
                                     const clact_tensor *y_view, cl_uint num_events,
                                     const cl_event *wait_list, cl_event *event) {
  const view_operand ops[3] = {{x, x_view}, {bias, bias_view}, {y, y_view}};
  return launch_bias(ctx, op, FUSED_BIAS_FWD, ops, 3, num_events, wait_list, event);
}

clact_status clact_bias_backward_view(clact_context *ctx, const clact_op *op, cl_mem x,
                                      const clact_tensor *x_view, cl_mem bias,
                                      const clact_tensor *bias_view, cl_mem dy,
                                      const clact_tensor *dy_view, cl_mem dx,
                                      const clact_tensor *dx_view, cl_uint num_events,
                                      const cl_event *wait_list, cl_event *event) {
  const view_operand ops[4] = {{x, x_view}, {bias, bias_view}, {dy, dy_view}, {dx, dx_view}};
  return launch_bias(ctx, op, FUSED_BIAS_BWD, ops, 4, num_events, wait_list, event);
}

/* The reduction's dimensions: kept (dbias's own, size > 1) and reduced (dbias size 1,
 * dx's size > 1), outermost first, with their strides. */
typedef struct dbias_plan {
  cl_uint nk, nr;
  cl_ulong8 ksize, kdx, kdb, rsize, rdx;
  cl_ulong nkept, nred;
} dbias_plan;

static void plan_dbias(const clact_tensor *shape, const size_t *dx_st, const size_t *db_st,
                       const clact_tensor *dbias_view, dbias_plan *p) {
  const int lead = shape->rank - dbias_view->rank;
  *p = (dbias_plan){0};
  p->nkept = 1, p->nred = 1;
  for (int d = 0; d < shape->rank; ++d) {
    const size_t n = shape->size[d];
    const size_t bsize = d < lead ? 1 : dbias_view->size[d - lead];
    if (bsize == n && n != 1) { /* kept */
      p->ksize.s[p->nk] = n, p->kdx.s[p->nk] = dx_st[d], p->kdb.s[p->nk] = db_st[d];
      ++p->nk;
      p->nkept *= n;
    } else if (n != 1) { /* reduced (n may be 0: an empty sum) */
      p->rsize.s[p->nr] = n, p->rdx.s[p->nr] = dx_st[d];
      ++p->nr;
      p->nred *= n;
    }
  }
}

clact_status clact_bias_grad_view(clact_context *ctx, clact_dtype dtype, cl_mem dx,
                                  const clact_tensor *dx_view, cl_mem dbias,
                                  const clact_tensor *dbias_view, cl_uint num_events,
                                  const cl_event *wait_list, cl_event *event) {
  if (!ctx) return CLACT_ERROR_INVALID_CONTEXT;
  /* 8-bit storage has a size but no program slot: refused before any lookup by dtype */
  if (clact_is_dtype8(dtype)) return CLACT_ERROR_QUANTIZED_DTYPE;
  if ((unsigned)dtype >= CLACT_DTYPE_COUNT) return CLACT_ERROR_INVALID_DTYPE;
  const size_t es = clact_dtype_size(dtype);
  clact_status st = clact_check_wait_list(ctx, num_events, wait_list);
  if (st) return st;
  if (dtype == CLACT_F64 && !ctx->has_fp64) return CLACT_ERROR_UNSUPPORTED_DTYPE;
  size_t count, dbcount;
  if ((st = clact_shape_of(dx_view, es, &count))) return st;
  if ((st = clact_shape_of(dbias_view, es, &dbcount))) return st;
  size_t dx_st[CLACT_MAX_RANK], db_st[CLACT_MAX_RANK];
  if ((st = clact_view_align(dx_view, dx_view, dx_st))) return st;
  /* dbias aligns with dx's shape as an input would; a dbias size of 1 against dx's 0 is a
   * sum over nothing, but a dbias size 0 needs dx's 0 as well */
  if ((st = clact_view_align(dbias_view, dx_view, db_st))) return st;
  if (dbcount == 0) return clact_empty_call(ctx, num_events, wait_list, event);
  view_span sdx, sdb;
  if (!dx && count > 0) return CLACT_ERROR_INVALID_ARGUMENT; /* empty: nothing reads it */
  if (count > 0 && (st = clact_view_nd(ctx, dx, dx_view, dx_st, dx_view->offset, es, &sdx)))
    return st;
  if ((st =
           clact_view_nd(ctx, dbias, dbias_view, dbias_view->stride, dbias_view->offset, es, &sdb)))
    return st;
  if (clact_view_self_aliases(dbias_view, dbias_view->stride)) return CLACT_ERROR_OUTPUT_ALIAS;
  if (count > 0 && clact_views_overlap(&sdx, &sdb, 0)) return CLACT_ERROR_OVERLAP;

  dbias_plan p;
  plan_dbias(dx_view, dx_st, db_st, dbias_view, &p);
  const cl_ulong dx_off = dx_view->offset, db_off = dbias_view->offset;
  size_t local = ctx->shape.local_size;
  size_t groups = (p.nkept + local - 1) / local;
  if (groups > ctx->shape.max_groups) groups = ctx->shape.max_groups;
  const size_t global = groups * local;

  pthread_mutex_lock(&ctx->lock);
  program_slot *slot;
  st = clact_get_program(ctx, PROGRAM_DBIAS, dtype, &slot);
  if (st == CLACT_SUCCESS) {
    cl_kernel k = slot->kernel[KERNEL_DBIAS];
    cl_uint a = 0;
    cl_int err = clSetKernelArg(k, a++, sizeof p.nk, &p.nk);
    if (!err) err = clSetKernelArg(k, a++, sizeof p.ksize, &p.ksize);
    if (!err) err = clSetKernelArg(k, a++, sizeof p.kdx, &p.kdx);
    if (!err) err = clSetKernelArg(k, a++, sizeof p.kdb, &p.kdb);
    if (!err) err = clSetKernelArg(k, a++, sizeof p.nkept, &p.nkept);
    if (!err) err = clSetKernelArg(k, a++, sizeof p.nr, &p.nr);
    if (!err) err = clSetKernelArg(k, a++, sizeof p.rsize, &p.rsize);
    if (!err) err = clSetKernelArg(k, a++, sizeof p.rdx, &p.rdx);
    if (!err) err = clSetKernelArg(k, a++, sizeof p.nred, &p.nred);
    /* with an empty dx the sums read nothing: dbias stands in for the unused buffer */
    if (!err) err = clSetKernelArg(k, a++, sizeof(cl_mem), count > 0 ? &dx : &dbias);
    if (!err) err = clSetKernelArg(k, a++, sizeof dx_off, &dx_off);
    if (!err) err = clSetKernelArg(k, a++, sizeof(cl_mem), &dbias);
    if (!err) err = clSetKernelArg(k, a++, sizeof db_off, &db_off);
    if (!err)
      err = CLACT_FAULT() ? CL_OUT_OF_HOST_MEMORY
                          : clEnqueueNDRangeKernel(ctx->queue, k, 1, NULL, &global, &local,
                                                   num_events, wait_list, event);
    st = err;
  }
  pthread_mutex_unlock(&ctx->lock);
  return st;
}
