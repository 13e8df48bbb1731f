/* gated.c — gated activations y = g(a) b (kernels/gated.cl): the views of one tensor's
 * halves or pairs, the two enqueue calls on the one launch path, and their host-array
 * forms. */
#include "internal.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

clact_status clact_gate_views(const clact_tensor *x, clact_gate_layout layout, clact_tensor *a,
                              clact_tensor *b) {
  if (!x || !a || !b) return CLACT_ERROR_INVALID_ARGUMENT;
  if (layout != CLACT_GATE_FIRST_HALF && layout != CLACT_GATE_SECOND_HALF &&
      layout != CLACT_GATE_INTERLEAVED)
    return CLACT_ERROR_INVALID_ARGUMENT;
  if (x->rank < 1 || x->rank > CLACT_MAX_RANK) return CLACT_ERROR_INVALID_RANK;
  const int last = x->rank - 1;
  if (x->size[last] % 2 != 0) return CLACT_ERROR_SHAPE_MISMATCH;
  const size_t c = x->size[last] / 2, s = x->stride[last];
  const int pairs = layout == CLACT_GATE_INTERLEAVED;
  /* The second view starts one stride (pairs) or c strides (halves) after x's offset, and
   * the pairs step 2 s. No call checks x itself, so a sum that wrapped around size_t would
   * give views of other, valid-looking elements: refused as a span not representable. A
   * size-1 view's stride reaches nothing, so there the pairs keep s. */
  size_t shift = 0, second_offset = x->offset, step = s;
  if (c > 0 &&
      (mul_overflows(pairs ? 1 : c, s, &shift) || add_overflows(x->offset, shift, &second_offset) ||
       (pairs && c > 1 && mul_overflows(2, s, &step))))
    return CLACT_ERROR_OUT_OF_RANGE;
  clact_tensor first = *x, second = *x;
  first.size[last] = second.size[last] = c;
  first.stride[last] = second.stride[last] = step; /* pairs: even elements, then odd ones */
  second.offset = second_offset;                   /* the call checks both views' spans */
  *a = layout == CLACT_GATE_SECOND_HALF ? second : first;
  *b = layout == CLACT_GATE_SECOND_HALF ? first : second;
  return CLACT_SUCCESS;
}

/* The checks every gated call starts with: context and op. */
static clact_status check_call(const clact_context *ctx, const clact_op *op) {
  if (!ctx) return CLACT_ERROR_INVALID_CONTEXT;
  return clact_validate_op(op);
}

/* The clamp's limit: finite and > 0 (a limit of 0 or below would clamp b to nothing), as
 * the kernel sees it: a float for f32/f16/bf16 (clact_validate_op's rule for parameters). */
static int valid_limit(double limit, clact_dtype dtype) {
  const double seen = clact_param_seen(limit, dtype);
  return seen > 0 && isfinite(seen);
}

/* The four view calls after their checks: fused kernel `fused` on ops, three (a, b -> y) or
 * five (a, b, dy -> da, db), so (nops - 1) / 2 outputs; the clamped gates pass their limit
 * (has_limit), the others 0. */
static clact_status launch_gated(clact_context *ctx, const clact_op *op, int fused, int has_limit,
                                 double limit, const view_operand *ops, int nops,
                                 cl_uint num_events, const cl_event *wait_list, cl_event *event) {
  clact_status st = check_call(ctx, op);
  if (st) return st;
  if (has_limit && !valid_limit(limit, op->dtype)) return CLACT_ERROR_INVALID_PARAMETER;
  const int outputs = (nops - 1) / 2;
  const launch_plan plan = {
      PROGRAM_FUSED_OF(fused, op->activation), KERNEL_FUSED, 1, outputs, 0, has_limit, limit};
  return clact_launch(ctx, op, &plan, ops, nops, num_events, wait_list, event);
}

clact_status clact_gated_forward_view(clact_context *ctx, const clact_op *op, cl_mem a,
                                      const clact_tensor *a_view, cl_mem b,
                                      const clact_tensor *b_view, cl_mem y,
                                      const clact_tensor *y_view, cl_uint num_events,
                                      const cl_event *wait_list, cl_event *event) {
  const view_operand ops[3] = {{a, a_view}, {b, b_view}, {y, y_view}};
  return launch_gated(ctx, op, FUSED_GATED_FWD, 0, 0, ops, 3, num_events, wait_list, event);
}

clact_status clact_gated_backward_view(clact_context *ctx, const clact_op *op, cl_mem a,
                                       const clact_tensor *a_view, cl_mem b,
                                       const clact_tensor *b_view, cl_mem dy,
                                       const clact_tensor *dy_view, cl_mem da,
                                       const clact_tensor *da_view, cl_mem db,
                                       const clact_tensor *db_view, cl_uint num_events,
                                       const cl_event *wait_list, cl_event *event) {
  const view_operand ops[5] = {
      {a, a_view}, {b, b_view}, {dy, dy_view}, {da, da_view}, {db, db_view}};
  return launch_gated(ctx, op, FUSED_GATED_BWD, 0, 0, ops, 5, num_events, wait_list, event);
}

clact_status clact_gated_clamped_forward_view(clact_context *ctx, const clact_op *op, double limit,
                                              cl_mem a, const clact_tensor *a_view, cl_mem b,
                                              const clact_tensor *b_view, cl_mem y,
                                              const clact_tensor *y_view, cl_uint num_events,
                                              const cl_event *wait_list, cl_event *event) {
  const view_operand ops[3] = {{a, a_view}, {b, b_view}, {y, y_view}};
  return launch_gated(ctx, op, FUSED_CLAMPED_FWD, 1, limit, ops, 3, num_events, wait_list, event);
}

clact_status clact_gated_clamped_backward_view(clact_context *ctx, const clact_op *op, double limit,
                                               cl_mem a, const clact_tensor *a_view, cl_mem b,
                                               const clact_tensor *b_view, cl_mem dy,
                                               const clact_tensor *dy_view, cl_mem da,
                                               const clact_tensor *da_view, cl_mem db,
                                               const clact_tensor *db_view, cl_uint num_events,
                                               const cl_event *wait_list, cl_event *event) {
  const view_operand ops[5] = {
      {a, a_view}, {b, b_view}, {dy, dy_view}, {da, da_view}, {db, db_view}};
  return launch_gated(ctx, op, FUSED_CLAMPED_BWD, 1, limit, ops, 5, num_events, wait_list, event);
}

/* ---- host arrays: one buffer per array (uploaded when read), one launch, the outputs
 * read back. Simpler than host_arrays.c's zero-copy path: a gated call has two or three
 * inputs and up to two outputs, and an output equal to an input is still its own buffer. */
static int partially_overlap(const void *p, const void *q, size_t bytes) {
  const uintptr_t x = (uintptr_t)p, y = (uintptr_t)q;
  return x != y && x < y + bytes && y < x + bytes;
}
static int overlap(const void *p, const void *q, size_t bytes) {
  const uintptr_t x = (uintptr_t)p, y = (uintptr_t)q;
  return x < y + bytes && y < x + bytes;
}

enum { GATED_HOST_MAX = 5 };

/* Runs a gated call on n-element host arrays: ins inputs, then outs outputs. */
static clact_status run_host(clact_context *ctx, const clact_op *op, size_t n, const void **arr,
                             int ins, int outs) {
  const size_t bytes = n * clact_dtype_size(op->dtype);
  cl_mem mem[GATED_HOST_MAX] = {NULL};
  clact_status st = CLACT_SUCCESS;
  for (int i = 0; i < ins + outs && !st; ++i) {
    const int needs_data = i < ins || op->beta != 0;
    cl_int err = CL_OUT_OF_HOST_MEMORY;
    if (!CLACT_FAULT())
      mem[i] =
          clCreateBuffer(ctx->context, CL_MEM_READ_WRITE | (needs_data ? CL_MEM_COPY_HOST_PTR : 0),
                         bytes, needs_data ? (void *)arr[i] : NULL, &err);
    if (!mem[i]) st = err;
  }
  clact_tensor v;
  if (!st) st = clact_tensor_init_dense(&v, 1, &n, 0);
  cl_event done = NULL;
  if (!st && ins == 2)
    st = clact_gated_forward_view(ctx, op, mem[0], &v, mem[1], &v, mem[2], &v, 0, NULL, &done);
  else if (!st)
    st = clact_gated_backward_view(ctx, op, mem[0], &v, mem[1], &v, mem[2], &v, mem[3], &v, mem[4],
                                   &v, 0, NULL, &done);
  for (int o = ins; o < ins + outs && !st; ++o)
    st = clEnqueueReadBuffer(ctx->queue, mem[o], CL_TRUE, 0, bytes, (void *)arr[o], 1, &done, NULL);
  if (done) clReleaseEvent(done);
  for (int i = 0; i < ins + outs; ++i)
    if (mem[i]) clReleaseMemObject(mem[i]);
  return st;
}

/* The checks of a host call before anything is made: NULL arrays, size, overlap. */
static clact_status check_host(const clact_op *op, size_t n, const void **arr, int ins, int outs) {
  for (int i = 0; i < ins + outs; ++i)
    if (!arr[i]) return CLACT_ERROR_INVALID_ARGUMENT;
  const size_t es = clact_dtype_size(op->dtype);
  if (n > SIZE_MAX / es) return CLACT_ERROR_INVALID_SIZE;
  const size_t bytes = n * es;
  for (int o = ins; o < ins + outs; ++o)
    for (int i = 0; i < o; ++i)
      if (i < ins ? partially_overlap(arr[i], arr[o], bytes) : overlap(arr[i], arr[o], bytes))
        return CLACT_ERROR_OVERLAP;
  return CLACT_SUCCESS;
}

clact_status clact_gated_forward_host(clact_context *ctx, const clact_op *op, size_t n,
                                      const void *a, const void *b, void *y) {
  clact_status st = check_call(ctx, op);
  if (st || n == 0) return st;
  if (op->dtype == CLACT_F64 && !ctx->has_fp64) return CLACT_ERROR_UNSUPPORTED_DTYPE;
  const void *arr[3] = {a, b, y};
  if ((st = check_host(op, n, arr, 2, 1))) return st;
  return run_host(ctx, op, n, arr, 2, 1);
}

clact_status clact_gated_backward_host(clact_context *ctx, const clact_op *op, size_t n,
                                       const void *a, const void *b, const void *dy, void *da,
                                       void *db) {
  clact_status st = check_call(ctx, op);
  if (st || n == 0) return st;
  if (op->dtype == CLACT_F64 && !ctx->has_fp64) return CLACT_ERROR_UNSUPPORTED_DTYPE;
  const void *arr[5] = {a, b, dy, da, db};
  if ((st = check_host(op, n, arr, 3, 2))) return st;
  return run_host(ctx, op, n, arr, 3, 2);
}
