/* enqueue.c — validating a call's views and launching its kernel. */
#include "internal.h"

#include <stdint.h>

typedef struct view {
  cl_mem buffer;
  size_t offset, stride; /* elements */
} view;

clact_status clact_check_wait_list(cl_uint num_events, const cl_event *wait_list) {
  if ((num_events == 0) != (wait_list == NULL)) return CLACT_ERROR_INVALID_WAIT_LIST;
  for (cl_uint i = 0; i < num_events; ++i)
    if (!wait_list[i]) return CLACT_ERROR_INVALID_WAIT_LIST;
  return CLACT_SUCCESS;
}

/* Checks that n elements of v lie inside its buffer, which belongs to ctx's context, and
 * returns the view's byte range within its root buffer (sub-buffers resolved). */
static clact_status check_view(const clact_context *ctx, const view *v, size_t n, size_t es,
                               cl_mem *root, size_t *first_byte, size_t *end_byte) {
  if (!v->buffer) return CLACT_ERROR_INVALID_ARGUMENT;
  if (v->stride == 0) return CLACT_ERROR_INVALID_STRIDE;
  size_t size = 0, sub_offset = 0;
  cl_context owner = NULL;
  cl_mem parent = NULL;
  cl_int err = clGetMemObjectInfo(v->buffer, CL_MEM_CONTEXT, sizeof owner, &owner, NULL);
  if (!err) err = clGetMemObjectInfo(v->buffer, CL_MEM_SIZE, sizeof size, &size, NULL);
  if (!err)
    err = clGetMemObjectInfo(v->buffer, CL_MEM_ASSOCIATED_MEMOBJECT, sizeof parent, &parent, NULL);
  if (!err && parent)
    err = clGetMemObjectInfo(v->buffer, CL_MEM_OFFSET, sizeof sub_offset, &sub_offset, NULL);
  if (err) return err;
  if (owner != ctx->context) return CLACT_ERROR_CONTEXT_MISMATCH;
  /* last element index = offset + (n - 1) * stride, computed without overflow */
  const size_t span = n - 1;
  if (v->stride > (SIZE_MAX - v->offset) / (span ? span : 1)) return CLACT_ERROR_OUT_OF_RANGE;
  const size_t last = v->offset + span * v->stride;
  if (last >= SIZE_MAX / es || (last + 1) * es > size) return CLACT_ERROR_OUT_OF_RANGE;
  *root = parent ? parent : v->buffer;
  *first_byte = sub_offset + v->offset * es;
  *end_byte = sub_offset + (last + 1) * es;
  return CLACT_SUCCESS;
}

/* Identical views may alias (each element is read before it is written, by the same
 * work-item); views with one stride whose elements interleave never touch; any other
 * shared byte is an overlap. */
static int overlaps(cl_mem ra, size_t a0, size_t a1, const view *a, cl_mem rb, size_t b0, size_t b1,
                    const view *b, size_t es) {
  if (ra != rb || a1 <= b0 || b1 <= a0) return 0;
  if (a0 == b0 && a->stride == b->stride) return 0;
  if (a->stride == b->stride && a->stride > 1) {
    const size_t period = a->stride * es;
    const size_t r = (a0 > b0 ? a0 - b0 : b0 - a0) % period;
    if (r >= es && r <= period - es) return 0;
  }
  return 1;
}

/* Validates and enqueues kernel k over the views (the last one is the output). */
static clact_status launch(clact_context *ctx, const clact_op *op, int k, size_t n,
                           const view *views, int nviews, cl_uint num_events,
                           const cl_event *wait_list, cl_event *event) {
  if (!ctx) return CLACT_ERROR_INVALID_CONTEXT;
  clact_status st = clact_validate_op(op);
  if (st) return st;
  if (k == KERNEL_BWDY && !clact_has_gradient_from_y(op)) return CLACT_ERROR_NO_GRADIENT_FROM_Y;
  if ((st = clact_check_wait_list(num_events, wait_list))) return st;
  if (op->dtype == CLACT_F64 && !ctx->has_fp64) return CLACT_ERROR_UNSUPPORTED_DTYPE;
  const size_t es = clact_dtype_size(op->dtype);
  if (n > SIZE_MAX / es) return CLACT_ERROR_INVALID_SIZE;
  if (n == 0) /* nothing to do; an event, if asked for, completes after the wait list */
    return !event          ? CLACT_SUCCESS
           : CLACT_FAULT() ? CL_OUT_OF_HOST_MEMORY /* the event is an object it creates */
                           : clEnqueueMarkerWithWaitList(ctx->queue, num_events, wait_list, event);

  cl_mem root[3];
  size_t first[3], end[3];
  for (int i = 0; i < nviews; ++i)
    if ((st = check_view(ctx, &views[i], n, es, &root[i], &first[i], &end[i]))) return st;
  const int out = nviews - 1;
  for (int i = 0; i < out; ++i)
    if (overlaps(root[i], first[i], end[i], &views[i], root[out], first[out], end[out], &views[out],
                 es))
      return CLACT_ERROR_OVERLAP;

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
    inc[i] = views[i].stride;
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
