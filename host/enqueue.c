/* enqueue.c — validating a call's views and launching its kernel. */
#include "internal.h"

#include <stdint.h>

typedef struct view {
  cl_mem buffer;
  size_t offset, stride; /* elements */
} view;

/* Validates and enqueues kernel k over the views (the last one is the output). */
static clact_status launch(clact_context *ctx, const clact_op *op, int k, size_t n,
                           const view *views, int nviews, cl_uint num_events,
                           const cl_event *wait_list, cl_event *event) {
  if (!ctx) return CLACT_ERROR_INVALID_CONTEXT;
  clact_status st = clact_validate_op(op);
  if (st) return st;
  if (k == KERNEL_BWDY && !clact_has_gradient_from_y(op)) return CLACT_ERROR_NO_GRADIENT_FROM_Y;
  if ((st = clact_check_wait_list(ctx, num_events, wait_list))) return st;
  if (op->dtype == CLACT_F64 && !ctx->has_fp64) return CLACT_ERROR_UNSUPPORTED_DTYPE;
  const size_t es = clact_dtype_size(op->dtype);
  if (n > SIZE_MAX / es) return CLACT_ERROR_INVALID_SIZE;
  if (n == 0) return clact_empty_call(ctx, num_events, wait_list, event);

  view_span span[3];
  for (int i = 0; i < nviews; ++i)
    if ((st = clact_view_1d(ctx, views[i].buffer, views[i].offset, views[i].stride, n, es,
                            &span[i])))
      return st;
  const int out = nviews - 1; /* each work-item reads an element before writing it */
  for (int i = 0; i < out; ++i)
    if (clact_views_overlap(&span[i], &span[out], 1)) return CLACT_ERROR_OVERLAP;

  const launch_shape *sh = &ctx->shape;
  const size_t vw = sh->vector_width[op->dtype];
  const size_t nv = n / vw > 0 ? n / vw : 1;
  size_t groups;
  if (sh->contiguous) /* at least 256 vectors per work-item before another group joins */
    groups = (nv + sh->local_size * 256 - 1) / (sh->local_size * 256);
  else
    groups = (nv + sh->local_size - 1) / sh->local_size;
  if (groups > sh->max_groups) groups = sh->max_groups;
  const size_t local = sh->local_size, global = groups * local;

  const cl_ulong n64 = n;
  cl_ulong off[3], inc[3];
  for (int i = 0; i < nviews; ++i) {
    off[i] = views[i].offset;
    inc[i] = n > 1 ? views[i].stride : 1; /* one element: its stride was never checked */
  }
  pthread_mutex_lock(&ctx->lock);
  program_slot *slot;
  st = clact_get_program(ctx, op->activation, op->dtype, &slot);
  if (st == CLACT_SUCCESS) {
    cl_kernel kernel = slot->kernel[k];
    cl_uint a = 0;
    cl_int err = clSetKernelArg(kernel, a++, sizeof n64, &n64);
    for (int i = 0; i < nviews && !err; ++i) {
      err = clSetKernelArg(kernel, a++, sizeof(cl_mem), &views[i].buffer);
      if (!err) err = clSetKernelArg(kernel, a++, sizeof(cl_ulong), &off[i]);
      if (!err) err = clSetKernelArg(kernel, a++, sizeof(cl_ulong), &inc[i]);
    }
    const double dparams[4] = {op->param[0], op->param[1], op->alpha, op->beta};
    for (int i = 0; i < 4 && !err; ++i) {
      if (op->dtype == CLACT_F64) {
        err = clSetKernelArg(kernel, a++, sizeof(double), &dparams[i]);
      } else {
        const float f = (float)dparams[i];
        err = clSetKernelArg(kernel, a++, sizeof(float), &f);
      }
    }
    if (!err) /* the command, and the event if one is asked for, are objects it creates */
      err = CLACT_FAULT() ? CL_OUT_OF_HOST_MEMORY
                          : clEnqueueNDRangeKernel(ctx->queue, kernel, 1, NULL, &global, &local,
                                                   num_events, wait_list, event);
    st = err;
  }
  pthread_mutex_unlock(&ctx->lock);
  return st;
}

clact_status clact_forward(clact_context *ctx, const clact_op *op, size_t n, cl_mem x,
                           size_t x_offset, size_t x_stride, cl_mem y, size_t y_offset,
                           size_t y_stride, cl_uint num_events, const cl_event *wait_list,
                           cl_event *event) {
  const view views[2] = {{x, x_offset, x_stride}, {y, y_offset, y_stride}};
  return launch(ctx, op, KERNEL_FWD, n, views, 2, num_events, wait_list, event);
}

clact_status clact_backward(clact_context *ctx, const clact_op *op, clact_grad_input input,
                            size_t n, cl_mem in, size_t in_offset, size_t in_stride, cl_mem dy,
                            size_t dy_offset, size_t dy_stride, cl_mem dx, size_t dx_offset,
                            size_t dx_stride, cl_uint num_events, const cl_event *wait_list,
                            cl_event *event) {
  if (!ctx) return CLACT_ERROR_INVALID_CONTEXT;
  if (input != CLACT_FROM_X && input != CLACT_FROM_Y) return CLACT_ERROR_INVALID_GRAD_INPUT;
  const view views[3] = {
      {in, in_offset, in_stride}, {dy, dy_offset, dy_stride}, {dx, dx_offset, dx_stride}};
  return launch(ctx, op, input == CLACT_FROM_Y ? KERNEL_BWDY : KERNEL_BWD, n, views, 3, num_events,
                wait_list, event);
}
