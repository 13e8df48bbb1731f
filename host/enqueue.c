/* enqueue.c — validating a call's views and launching its kernel: the N-D view calls and
 * the 1-D calls, which are their rank-1 case, share launch(). */
#include "internal.h"

#include <stdint.h>

enum { MAX_OPERANDS = CLACT_LAUNCH_MAX_OPERANDS };

/* The call after merging: rank dimensions of size[] (no size 1 unless rank is 1), and
 * each operand's strides along them. */
typedef struct merged {
  int rank;
  size_t size[CLACT_MAX_RANK];
  size_t stride[MAX_OPERANDS][CLACT_MAX_RANK];
} merged;

/* Merges the dimensions of the call. Order is free for an elementwise call, so the
 * dimensions of size > 1 are first sorted by the output's stride, largest outermost (a
 * transposed output walks its memory in order); then each dimension joins the next
 * inner one where every operand steps over it exactly as over the whole inner one
 * (stride[d] == stride[d+1] * size[d+1]): a dense view of any rank becomes one dimension. */
static void merge_dims(const clact_tensor *shape, size_t stride[][CLACT_MAX_RANK], int nops,
                       merged *m) {
  const int out = nops - 1;
  int order[CLACT_MAX_RANK], n = 0;
  for (int d = 0; d < shape->rank; ++d) {
    if (shape->size[d] <= 1) continue;
    int k = n++;
    while (k > 0 && stride[out][order[k - 1]] < stride[out][d]) {
      order[k] = order[k - 1];
      --k;
    }
    order[k] = d;
  }
  m->rank = 0;
  for (int k = 0; k < n; ++k) {
    const int d = order[k];
    int joins = m->rank > 0;
    for (int v = 0; v < nops && joins; ++v) {
      const size_t outer = m->stride[v][m->rank - 1];
      joins = stride[v][d] != 0
                  ? outer / stride[v][d] == shape->size[d] && outer % stride[v][d] == 0
                  : outer == 0;
    }
    if (joins) { /* the merged dimension takes the inner one's stride */
      m->size[m->rank - 1] *= shape->size[d]; /* <= the call's count: no overflow */
      for (int v = 0; v < nops; ++v)
        m->stride[v][m->rank - 1] = stride[v][d];
    } else {
      m->size[m->rank] = shape->size[d];
      for (int v = 0; v < nops; ++v)
        m->stride[v][m->rank] = stride[v][d];
      ++m->rank;
    }
  }
  if (m->rank == 0) { /* one element */
    m->rank = 1;
    m->size[0] = 1;
    for (int v = 0; v < nops; ++v)
      m->stride[v][0] = 1;
  }
}

/* Work-groups for `units` units of work (vectors), as the device's launch shape says. */
static size_t global_size(const launch_shape *sh, size_t units) {
  if (units == 0) units = 1;
  size_t groups;
  if (sh->contiguous) /* at least 256 vectors per work-item before another group joins */
    groups = (units + sh->local_size * 256 - 1) / (sh->local_size * 256);
  else
    groups = (units + sh->local_size - 1) / sh->local_size;
  if (groups > sh->max_groups) groups = sh->max_groups;
  return groups * sh->local_size;
}

static cl_int set_params(cl_kernel kernel, cl_uint a, const clact_op *op) {
  const double dparams[4] = {op->param[0], op->param[1], op->alpha, op->beta};
  cl_int err = CL_SUCCESS;
  for (int i = 0; i < 4 && !err; ++i) {
    if (op->dtype == CLACT_F64) {
      err = clSetKernelArg(kernel, a++, sizeof(double), &dparams[i]);
    } else {
      const float f = (float)dparams[i];
      err = clSetKernelArg(kernel, a++, sizeof(float), &f);
    }
  }
  return err;
}

/* Arguments of the merged call: the 1-D kernel's (n, then buffer, offset, stride per
 * operand) when one dimension is left, else the N-D kernel's (rank, sizes, units, then
 * buffer, offset, strides per operand). Returns the number set, or sets *err. */
static cl_uint set_operands(cl_kernel kernel, const merged *m, const operand *ops, int nops,
                            size_t units, cl_int *err) {
  cl_uint a = 0;
  if (m->rank == 1) {
    const cl_ulong n64 = m->size[0];
    *err = clSetKernelArg(kernel, a++, sizeof n64, &n64);
  } else {
    const cl_uint rank = (cl_uint)m->rank;
    cl_ulong8 size = {{0}};
    for (int d = 0; d < m->rank; ++d)
      size.s[d] = m->size[d];
    const cl_ulong u64 = units;
    *err = clSetKernelArg(kernel, a++, sizeof rank, &rank);
    if (!*err) *err = clSetKernelArg(kernel, a++, sizeof size, &size);
    if (!*err) *err = clSetKernelArg(kernel, a++, sizeof u64, &u64);
  }
  for (int v = 0; v < nops && !*err; ++v) {
    const cl_ulong off = ops[v].view->offset;
    *err = clSetKernelArg(kernel, a++, sizeof(cl_mem), &ops[v].buffer);
    if (!*err) *err = clSetKernelArg(kernel, a++, sizeof off, &off);
    if (m->rank == 1) {
      const cl_ulong inc = m->stride[v][0];
      if (!*err) *err = clSetKernelArg(kernel, a++, sizeof inc, &inc);
    } else {
      cl_ulong8 st = {{0}};
      for (int d = 0; d < m->rank; ++d)
        st.s[d] = m->stride[v][d];
      if (!*err) *err = clSetKernelArg(kernel, a++, sizeof st, &st);
    }
  }
  return a;
}

/* Validates and enqueues kernel k (KERNEL_FWD, _BWD, _BWDY) over the operands, the last
 * of which is the output and gives the call's shape. strict_1d: the 1-D calls' rule that
 * a stride is never 0 (INVALID_STRIDE). */
static clact_status launch(clact_context *ctx, const clact_op *op, int k, const operand *ops,
                           int nops, int strict_1d, cl_uint num_events, const cl_event *wait_list,
                           cl_event *event) {
  if (!ctx) return CLACT_ERROR_INVALID_CONTEXT;
  clact_status st = clact_validate_op(op);
  if (st) return st;
  if (k == KERNEL_BWDY && !clact_has_gradient_from_y(op)) return CLACT_ERROR_NO_GRADIENT_FROM_Y;
  const launch_plan plan = {op->activation, k, 0, 1, strict_1d, 0, 0.0};
  return clact_launch(ctx, op, &plan, ops, nops, num_events, wait_list, event);
}

clact_status clact_launch(clact_context *ctx, const clact_op *op, const launch_plan *plan,
                          const operand *ops, int nops, cl_uint num_events,
                          const cl_event *wait_list, cl_event *event) {
  clact_status st;
  const int k = plan->kernel, strict_1d = plan->strict_1d, nouts = plan->outputs;
  if ((st = clact_check_wait_list(ctx, num_events, wait_list))) return st;
  if (op->dtype == CLACT_F64 && !ctx->has_fp64) return CLACT_ERROR_UNSUPPORTED_DTYPE;
  const size_t es = clact_dtype_size(op->dtype);
  const int out = nops - 1;
  const clact_tensor *shape = ops[out].view;
  size_t count;
  if ((st = clact_shape_of(shape, es, &count))) return st;
  size_t stride[MAX_OPERANDS][CLACT_MAX_RANK];
  for (int v = 0; v < nops; ++v)
    if ((st = clact_view_align(ops[v].view, shape, stride[v]))) return st;
  if (count == 0) return clact_empty_call(ctx, num_events, wait_list, event);

  view_span span[MAX_OPERANDS];
  for (int v = 0; v < nops; ++v) {
    if (strict_1d && ops[v].buffer && ops[v].view->stride[0] == 0)
      return CLACT_ERROR_INVALID_STRIDE;
    if ((st = clact_view_nd(ctx, ops[v].buffer, shape, stride[v], ops[v].view->offset, es,
                            &span[v])))
      return st;
    if (strict_1d) /* the 1-D overlap rule compares strides as given, even for n = 1 */
      span[v].stride = ops[v].view->stride[0];
  }
  const int first_out = nops - nouts;
  for (int o = first_out; o < nops; ++o)
    if (clact_view_self_aliases(shape, stride[o])) return CLACT_ERROR_OUTPUT_ALIAS;
  for (int o = first_out; o < nops; ++o) {
    /* each work-item reads an element's inputs before writing its outputs, so an input
     * may be an output's identical view; two outputs may share no byte */
    for (int v = 0; v < o; ++v)
      if (clact_views_overlap(&span[v], &span[o], v < first_out) &&
          (v < first_out || !clact_views_shifted_apart(shape, &span[v], &span[o])))
        return CLACT_ERROR_OVERLAP;
  }

  merged m;
  merge_dims(shape, stride, nops, &m);
  if (plan->nd_only && m.rank == 1) { /* an N-D-only family: one row of a rank-2 call */
    m.rank = 2;
    m.size[1] = m.size[0], m.size[0] = 1;
    for (int v = 0; v < nops; ++v)
      m.stride[v][1] = m.stride[v][0], m.stride[v][0] = 0;
  }
  const size_t vw = ctx->shape.vector_width[op->dtype];
  size_t units;
  if (m.rank == 1) {
    units = count / vw;
  } else {
    size_t rows = 1;
    for (int d = 0; d + 1 < m.rank; ++d)
      rows *= m.size[d];
    units = rows * ((m.size[m.rank - 1] + vw - 1) / vw);
  }
  const size_t local = ctx->shape.local_size, global = global_size(&ctx->shape, units);

  pthread_mutex_lock(&ctx->lock);
  program_slot *slot;
  st = clact_get_program(ctx, plan->program, op->dtype, &slot);
  if (st == CLACT_SUCCESS) {
    cl_kernel kernel = slot->kernel[m.rank == 1 || plan->nd_only ? k : k + KERNEL_ND];
    cl_int err;
    const cl_uint a = set_operands(kernel, &m, ops, nops, units, &err);
    if (!err) err = set_params(kernel, a, op);
    if (!err && plan->has_limit) {
      const float lf = (float)plan->limit;
      err = op->dtype == CLACT_F64 ? clSetKernelArg(kernel, a + 4, sizeof(double), &plan->limit)
                                   : clSetKernelArg(kernel, a + 4, sizeof(float), &lf);
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

/* The rank-1 view of a 1-D call. */
static clact_tensor view_1d(size_t n, size_t offset, size_t stride) {
  clact_tensor t = {1, {n}, {stride}, offset};
  return t;
}

clact_status clact_forward(clact_context *ctx, const clact_op *op, size_t n, cl_mem x,
                           size_t x_offset, size_t x_stride, cl_mem y, size_t y_offset,
                           size_t y_stride, cl_uint num_events, const cl_event *wait_list,
                           cl_event *event) {
  const clact_tensor xv = view_1d(n, x_offset, x_stride), yv = view_1d(n, y_offset, y_stride);
  const operand ops[2] = {{x, &xv}, {y, &yv}};
  return launch(ctx, op, KERNEL_FWD, ops, 2, 1, num_events, wait_list, event);
}

clact_status clact_backward(clact_context *ctx, const clact_op *op, clact_grad_input input,
                            size_t n, cl_mem in, size_t in_offset, size_t in_stride, cl_mem dy,
                            size_t dy_offset, size_t dy_stride, cl_mem dx, size_t dx_offset,
                            size_t dx_stride, cl_uint num_events, const cl_event *wait_list,
                            cl_event *event) {
  if (!ctx) return CLACT_ERROR_INVALID_CONTEXT;
  if (input != CLACT_FROM_X && input != CLACT_FROM_Y) return CLACT_ERROR_INVALID_GRAD_INPUT;
  const clact_tensor iv = view_1d(n, in_offset, in_stride), dyv = view_1d(n, dy_offset, dy_stride),
                     dxv = view_1d(n, dx_offset, dx_stride);
  const operand ops[3] = {{in, &iv}, {dy, &dyv}, {dx, &dxv}};
  return launch(ctx, op, input == CLACT_FROM_Y ? KERNEL_BWDY : KERNEL_BWD, ops, 3, 1, num_events,
                wait_list, event);
}

clact_status clact_forward_view(clact_context *ctx, const clact_op *op, cl_mem x,
                                const clact_tensor *x_view, cl_mem y, const clact_tensor *y_view,
                                cl_uint num_events, const cl_event *wait_list, cl_event *event) {
  const operand ops[2] = {{x, x_view}, {y, y_view}};
  return launch(ctx, op, KERNEL_FWD, ops, 2, 0, num_events, wait_list, event);
}

clact_status clact_backward_view(clact_context *ctx, const clact_op *op, clact_grad_input input,
                                 cl_mem in, const clact_tensor *in_view, cl_mem dy,
                                 const clact_tensor *dy_view, cl_mem dx,
                                 const clact_tensor *dx_view, cl_uint num_events,
                                 const cl_event *wait_list, cl_event *event) {
  if (!ctx) return CLACT_ERROR_INVALID_CONTEXT;
  if (input != CLACT_FROM_X && input != CLACT_FROM_Y) return CLACT_ERROR_INVALID_GRAD_INPUT;
  const operand ops[3] = {{in, in_view}, {dy, dy_view}, {dx, dx_view}};
  return launch(ctx, op, input == CLACT_FROM_Y ? KERNEL_BWDY : KERNEL_BWD, ops, 3, 0, num_events,
                wait_list, event);
}
