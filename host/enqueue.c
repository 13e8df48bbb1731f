/* enqueue.c — validating a call's views and launching its kernel: the N-D view calls and
 * the 1-D calls, which are their rank-1 case, share launch(). */
#include "internal.h"

#include <stdint.h>
#include <string.h>

enum { MAX_OPERANDS = CLACT_MAX_OPERANDS };

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

size_t clact_global_size(const launch_shape *sh, size_t units) {
  if (units == 0) units = 1;
  size_t groups;
  if (sh->contiguous) { /* blocks of block_units vectors per work-item, or larger */
    const size_t per_group = sh->local_size * sh->block_units;
    groups = (units + per_group - 1) / per_group;
    if (groups > sh->max_block_groups) groups = sh->max_block_groups;
  } else {
    groups = (units + sh->local_size - 1) / sh->local_size;
    if (groups > sh->max_groups) groups = sh->max_groups;
  }
  return groups * sh->local_size;
}

/* The kernel arguments of the merged call and the values they point at: the 1-D kernel's
 * (n, then buffer, offset, stride per operand) when one dimension is left, else the N-D
 * kernel's (rank, sizes, units, then buffer, offset, strides per operand); then the
 * op's two parameters, alpha and beta, and the plan's limit if it has one (the clamped
 * gates), in the compute type. */
typedef struct call_args {
  kernel_arg arg[3 + 3 * MAX_OPERANDS + 5];
  int count;
  cl_uint rank;
  cl_ulong n, off[MAX_OPERANDS], inc[MAX_OPERANDS];
  cl_ulong8 size, st[MAX_OPERANDS];
  double dparam[5];
  float fparam[5];
} call_args;

static void add_arg(call_args *c, size_t size, const void *value) {
  c->arg[c->count++] = (kernel_arg){size, value};
}

/* Fills *c, which must stay where it is while its arguments are used. */
static void call_args_of(const merged *m, const view_operand *ops, int nops, size_t units,
                         const clact_op *op, const launch_plan *plan, call_args *c) {
  memset(c, 0, sizeof *c);
  if (m->rank == 1) {
    c->n = m->size[0];
    add_arg(c, sizeof c->n, &c->n);
  } else {
    c->rank = (cl_uint)m->rank, c->n = units;
    for (int d = 0; d < m->rank; ++d)
      c->size.s[d] = m->size[d];
    add_arg(c, sizeof c->rank, &c->rank);
    add_arg(c, sizeof c->size, &c->size);
    add_arg(c, sizeof c->n, &c->n);
  }
  for (int v = 0; v < nops; ++v) {
    c->off[v] = ops[v].view->offset;
    add_arg(c, sizeof(cl_mem), &ops[v].buffer);
    add_arg(c, sizeof c->off[v], &c->off[v]);
    if (m->rank == 1) {
      c->inc[v] = m->stride[v][0];
      add_arg(c, sizeof c->inc[v], &c->inc[v]);
    } else {
      for (int d = 0; d < m->rank; ++d)
        c->st[v].s[d] = m->stride[v][d];
      add_arg(c, sizeof c->st[v], &c->st[v]);
    }
  }
  const double p[5] = {op->param[0], op->param[1], op->alpha, op->beta, plan->limit};
  for (int i = 0; i < (plan->has_limit ? 5 : 4); ++i) {
    c->dparam[i] = p[i], c->fparam[i] = (float)p[i];
    if (op->dtype == CLACT_F64)
      add_arg(c, sizeof(double), &c->dparam[i]);
    else
      add_arg(c, sizeof(float), &c->fparam[i]);
  }
}

/* Validates and enqueues kernel k (KERNEL_FWD, _BWD, _BWDY) over the operands, the last
 * of which is the output and gives the call's shape. strict_1d: the 1-D calls' rule that
 * a stride is never 0 (INVALID_STRIDE). */
static clact_status launch(clact_context *ctx, const clact_op *op, int k, const view_operand *ops,
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
                          const view_operand *ops, int nops, cl_uint num_events,
                          const cl_event *wait_list, cl_event *event) {
  clact_status st;
  const int k = plan->kernel, strict_1d = plan->strict_1d;
  if ((st = clact_check_wait_list(ctx, num_events, wait_list))) return st;
  if (op->dtype == CLACT_F64 && !ctx->has_fp64) return CLACT_ERROR_UNSUPPORTED_DTYPE;
  const size_t es = clact_dtype_size(op->dtype);
  size_t count, stride[MAX_OPERANDS][CLACT_MAX_RANK];
  if ((st = clact_views_shape(ops, nops, es, &count, stride))) return st;
  if (count == 0) return clact_empty_call(ctx, num_events, wait_list, event);
  /* each work-item reads an element's inputs before writing its outputs: every input may
   * be an output's identical view */
  if ((st = clact_views_place(ctx, ops, nops, plan->outputs, stride, es, ~0u, strict_1d)))
    return st;

  merged m;
  merge_dims(ops[nops - 1].view, stride, nops, &m);
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
  const size_t local = ctx->shape.local_size, global = clact_global_size(&ctx->shape, units);
  call_args args;
  call_args_of(&m, ops, nops, units, op, plan, &args);
  const int kernel = m.rank == 1 || plan->nd_only ? k : k + KERNEL_ND;
  /* rare parameters (softplus in float with a large beta, swish f32 with a tiny one) run the
   * program's rare form */
  return clact_run_kernel(ctx, clact_program_for(plan->program, kernel, op), op->dtype, kernel,
                          args.arg, args.count, global, local, num_events, wait_list, event);
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
  const view_operand ops[2] = {{x, &xv}, {y, &yv}};
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
  const view_operand ops[3] = {{in, &iv}, {dy, &dyv}, {dx, &dxv}};
  return launch(ctx, op, input == CLACT_FROM_Y ? KERNEL_BWDY : KERNEL_BWD, ops, 3, 1, num_events,
                wait_list, event);
}

clact_status clact_forward_view(clact_context *ctx, const clact_op *op, cl_mem x,
                                const clact_tensor *x_view, cl_mem y, const clact_tensor *y_view,
                                cl_uint num_events, const cl_event *wait_list, cl_event *event) {
  const view_operand ops[2] = {{x, x_view}, {y, y_view}};
  return launch(ctx, op, KERNEL_FWD, ops, 2, 0, num_events, wait_list, event);
}

clact_status clact_backward_view(clact_context *ctx, const clact_op *op, clact_grad_input input,
                                 cl_mem in, const clact_tensor *in_view, cl_mem dy,
                                 const clact_tensor *dy_view, cl_mem dx,
                                 const clact_tensor *dx_view, cl_uint num_events,
                                 const cl_event *wait_list, cl_event *event) {
  if (!ctx) return CLACT_ERROR_INVALID_CONTEXT;
  if (input != CLACT_FROM_X && input != CLACT_FROM_Y) return CLACT_ERROR_INVALID_GRAD_INPUT;
  const view_operand ops[3] = {{in, in_view}, {dy, dy_view}, {dx, dx_view}};
  return launch(ctx, op, input == CLACT_FROM_Y ? KERNEL_BWDY : KERNEL_BWD, ops, 3, 0, num_events,
                wait_list, event);
}
