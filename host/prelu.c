/* prelu.c — PReLU: a slope read from a buffer (kernels/prelu.cl), on N-D views. The
 * layout-enum calls build the views of their dense tensors and run the same path. Its
 * program (PROGRAM_PRELU, one per dtype) is built and cached like an activation's, with its
 * four kernels; calls set their arguments and enqueue under ctx->lock, as activations do. */
#include "internal.h"

#include <stdint.h>
#include <string.h>

/* What every call checks first: the context, dtype, shape and wait list. */
static clact_status check_call(const clact_context *ctx, clact_dtype dtype, size_t n,
                               size_t channels, clact_layout layout, size_t inner,
                               cl_uint num_events, const cl_event *wait_list) {
  if (!ctx) return CLACT_ERROR_INVALID_CONTEXT;
  if (clact_is_dtype8(dtype)) return CLACT_ERROR_QUANTIZED_DTYPE; /* no 8-bit PReLU */
  if ((unsigned)dtype >= CLACT_DTYPE_COUNT) return CLACT_ERROR_INVALID_DTYPE;
  if ((layout != CLACT_CHANNELS_LAST && layout != CLACT_CHANNELS_FIRST) || channels == 0 ||
      inner == 0 || (layout == CLACT_CHANNELS_LAST && inner != 1))
    return CLACT_ERROR_INVALID_ARGUMENT;
  clact_status st = clact_check_wait_list(ctx, num_events, wait_list);
  if (st) return st;
  if (dtype == CLACT_F64 && !ctx->has_fp64) return CLACT_ERROR_UNSUPPORTED_DTYPE;
  const size_t es = clact_dtype_size(dtype);
  if (n > SIZE_MAX / es || channels > SIZE_MAX / inner) return CLACT_ERROR_INVALID_SIZE;
  if (n % (channels * inner) != 0) return CLACT_ERROR_INVALID_SIZE;
  return CLACT_SUCCESS;
}

/* Enqueues kernel k of dtype's PReLU program with its arguments over `global` elements:
 * the launch is capped at the device's group count, and the kernels stride over the
 * rest. */
static clact_status enqueue(clact_context *ctx, clact_dtype dtype, int k, const kernel_arg *args,
                            int nargs, size_t global, cl_uint num_events, const cl_event *wait_list,
                            cl_event *event) {
  const size_t local = ctx->shape.local_size;
  size_t groups = (global + local - 1) / local;
  if (groups > ctx->shape.max_groups) groups = ctx->shape.max_groups;
  if (groups == 0) groups = 1;
  return clact_run_kernel(ctx, PROGRAM_PRELU, dtype, k, args, nargs, groups * local, local,
                          num_events, wait_list, event);
}

/* What every view call checks first, before its views: the context, dtype and wait list. */
static clact_status check_head(const clact_context *ctx, clact_dtype dtype, cl_uint num_events,
                               const cl_event *wait_list) {
  if (!ctx) return CLACT_ERROR_INVALID_CONTEXT;
  if ((unsigned)dtype >= CLACT_DTYPE_COUNT) return CLACT_ERROR_INVALID_DTYPE;
  clact_status st = clact_check_wait_list(ctx, num_events, wait_list);
  if (st) return st;
  if (dtype == CLACT_F64 && !ctx->has_fp64) return CLACT_ERROR_UNSUPPORTED_DTYPE;
  return CLACT_SUCCESS;
}

enum { MAX_OPERANDS = CLACT_MAX_OPERANDS, SLOPE = 1 /* the slope's index among the operands */ };

/* The kernels' form of the call: its dimensions of size > 1 in order (at least one, of
 * size 1, when there are none), each view's strides along them. */
typedef struct kernel_dims {
  cl_uint rank;
  cl_ulong8 size;
  cl_ulong8 stride[MAX_OPERANDS];
} kernel_dims;

static void kernel_dims_of(const clact_tensor *shape, size_t stride[][CLACT_MAX_RANK], int nops,
                           kernel_dims *k) {
  memset(k, 0, sizeof *k);
  for (int d = 0; d < shape->rank; ++d) {
    if (shape->size[d] <= 1) continue;
    k->size.s[k->rank] = shape->size[d];
    for (int v = 0; v < nops; ++v)
      k->stride[v].s[k->rank] = stride[v][d];
    ++k->rank;
  }
  if (k->rank == 0) k->rank = 1, k->size.s[0] = 1;
}

/* Forward (x, slope, y) or backward (x, slope, dy, dx): the last operand is the output and
 * gives the call's shape; the others broadcast to it. Checks in the order of the other
 * view calls (include/clact.h), then enqueues kernel k over the elements. */
static clact_status elementwise(clact_context *ctx, clact_dtype dtype, int k,
                                const view_operand *ops, int nops, cl_uint num_events,
                                const cl_event *wait_list, cl_event *event) {
  clact_status st = check_head(ctx, dtype, num_events, wait_list);
  if (st) return st;
  const size_t es = clact_dtype_size(dtype);
  size_t count, stride[MAX_OPERANDS][CLACT_MAX_RANK];
  if ((st = clact_views_shape(ops, nops, es, &count, stride))) return st;
  if (count == 0) return clact_empty_call(ctx, num_events, wait_list, event);
  /* x and dy are read by the work-item that writes their element: they may be the
   * output's identical view; the slope is read by many, so it may share no byte */
  if ((st = clact_views_place(ctx, ops, nops, 1, stride, es, ~(1u << SLOPE), 0))) return st;
  kernel_dims kd;
  kernel_dims_of(ops[nops - 1].view, stride, nops, &kd);
  const cl_ulong n64 = count;
  cl_ulong off[MAX_OPERANDS];
  kernel_arg args[3 + 3 * MAX_OPERANDS] = {
      {sizeof kd.rank, &kd.rank}, {sizeof kd.size, &kd.size}, {8, &n64}};
  int nargs = 3;
  for (int v = 0; v < nops; ++v) {
    off[v] = ops[v].view->offset;
    args[nargs++] = (kernel_arg){sizeof(cl_mem), &ops[v].buffer};
    args[nargs++] = (kernel_arg){8, &off[v]};
    args[nargs++] = (kernel_arg){sizeof(cl_ulong8), &kd.stride[v]};
  }
  return enqueue(ctx, dtype, k, args, nargs, count, num_events, wait_list, event);
}

/* The views of a layout-enum call's dense tensors: the shape (n / (channels inner),
 * channels, inner), and the slope broadcast along the first and last dimension. */
typedef struct layout_views {
  clact_tensor data, slope;
} layout_views;

static layout_views views_of(size_t n, size_t channels, size_t inner) {
  const size_t outer = n / (channels * inner);
  layout_views l = {{3, {outer, channels, inner}, {channels * inner, inner, 1}, 0},
                    {3, {1, channels, 1}, {0, 1, 0}, 0}};
  return l;
}
static clact_tensor at(clact_tensor t, size_t offset) {
  t.offset = offset;
  return t;
}

clact_status clact_prelu_forward(clact_context *ctx, clact_dtype dtype, size_t n, size_t channels,
                                 clact_layout layout, size_t inner, cl_mem x, size_t x_offset,
                                 cl_mem slope, size_t slope_offset, cl_mem y, size_t y_offset,
                                 cl_uint num_events, const cl_event *wait_list, cl_event *event) {
  clact_status st = check_call(ctx, dtype, n, channels, layout, inner, num_events, wait_list);
  if (st) return st;
  if (n == 0) return clact_empty_call(ctx, num_events, wait_list, event);
  const layout_views l = views_of(n, channels, inner);
  const clact_tensor xv = at(l.data, x_offset), wv = at(l.slope, slope_offset),
                     yv = at(l.data, y_offset);
  return clact_prelu_forward_view(ctx, dtype, x, &xv, slope, &wv, y, &yv, num_events, wait_list,
                                  event);
}

clact_status clact_prelu_backward(clact_context *ctx, clact_dtype dtype, size_t n, size_t channels,
                                  clact_layout layout, size_t inner, cl_mem x, size_t x_offset,
                                  cl_mem slope, size_t slope_offset, cl_mem dy, size_t dy_offset,
                                  cl_mem dx, size_t dx_offset, cl_uint num_events,
                                  const cl_event *wait_list, cl_event *event) {
  clact_status st = check_call(ctx, dtype, n, channels, layout, inner, num_events, wait_list);
  if (st) return st;
  if (n == 0) return clact_empty_call(ctx, num_events, wait_list, event);
  const layout_views l = views_of(n, channels, inner);
  const clact_tensor xv = at(l.data, x_offset), wv = at(l.slope, slope_offset),
                     dyv = at(l.data, dy_offset), dxv = at(l.data, dx_offset);
  return clact_prelu_backward_view(ctx, dtype, x, &xv, slope, &wv, dy, &dyv, dx, &dxv, num_events,
                                   wait_list, event);
}

clact_status clact_prelu_forward_view(clact_context *ctx, clact_dtype dtype, cl_mem x,
                                      const clact_tensor *x_view, cl_mem slope,
                                      const clact_tensor *slope_view, cl_mem y,
                                      const clact_tensor *y_view, cl_uint num_events,
                                      const cl_event *wait_list, cl_event *event) {
  const view_operand ops[3] = {{x, x_view}, {slope, slope_view}, {y, y_view}};
  return elementwise(ctx, dtype, KERNEL_PRELU_FWD, ops, 3, num_events, wait_list, event);
}

clact_status clact_prelu_backward_view(clact_context *ctx, clact_dtype dtype, cl_mem x,
                                       const clact_tensor *x_view, cl_mem slope,
                                       const clact_tensor *slope_view, cl_mem dy,
                                       const clact_tensor *dy_view, cl_mem dx,
                                       const clact_tensor *dx_view, cl_uint num_events,
                                       const cl_event *wait_list, cl_event *event) {
  const view_operand ops[4] = {{x, x_view}, {slope, slope_view}, {dy, dy_view}, {dx, dx_view}};
  return elementwise(ctx, dtype, KERNEL_PRELU_BWD, ops, 4, num_events, wait_list, event);
}

/* Elements per block of a slope element's terms in the first pass: the split depends on
 * the shape alone (never on the device), so the sums are reproducible everywhere. */
enum { PRELU_BLOCK = 4096, PRELU_MAX_BLOCKS = 1024 };

clact_status clact_prelu_slope_grad_view(clact_context *ctx, clact_dtype dtype, cl_mem x,
                                         const clact_tensor *x_view, cl_mem dy,
                                         const clact_tensor *dy_view, cl_mem dslope,
                                         const clact_tensor *dslope_view, cl_uint num_events,
                                         const cl_event *wait_list, cl_event *event) {
  clact_status st = check_head(ctx, dtype, num_events, wait_list);
  if (st) return st;
  const size_t es = clact_dtype_size(dtype);
  const clact_tensor *shape = dy_view; /* the call's shape: dslope is summed down from it */
  size_t count, channels, sx[CLACT_MAX_RANK], sdy[CLACT_MAX_RANK], sds[CLACT_MAX_RANK],
      own[CLACT_MAX_RANK];
  if ((st = clact_shape_of(shape, es, &count)) || (st = clact_view_align(x_view, shape, sx)) ||
      (st = clact_view_align(dy_view, shape, sdy)) ||
      (st = clact_view_align(dslope_view, shape, sds)) ||
      (st = clact_shape_of(dslope_view, es, &channels)))
    return st;
  if (channels == 0) return clact_empty_call(ctx, num_events, wait_list, event);
  clact_view_align(dslope_view, dslope_view, own); /* its own strides: 0 where size 1 */
  view_span spx, spdy, sps;
  if ((st = clact_view_nd(ctx, dslope, dslope_view, own, dslope_view->offset, es, &sps))) return st;
  if (count > 0 && ((st = clact_view_nd(ctx, x, shape, sx, x_view->offset, es, &spx)) ||
                    (st = clact_view_nd(ctx, dy, shape, sdy, dy_view->offset, es, &spdy))))
    return st;
  if (clact_view_self_aliases(dslope_view, own)) return CLACT_ERROR_OUTPUT_ALIAS;
  if (count > 0 && (clact_views_overlap(&spx, &sps, 0) || clact_views_overlap(&spdy, &sps, 0)))
    return CLACT_ERROR_OVERLAP;

  /* Kept dimensions: dslope has the call's size (> 1) there; reduced: it broadcasts. The
   * kernels take each half in order, so for the layout calls term m of a channel is
   * element m of it in memory order, as before views. */
  cl_uint k_rank = 0, r_rank = 0;
  cl_ulong8 k_size = {{0}}, r_size = {{0}}, x_kst = {{0}}, x_rst = {{0}}, dy_kst = {{0}},
            dy_rst = {{0}}, ds_kst = {{0}};
  for (int d = 0; d < shape->rank; ++d) {
    if (shape->size[d] <= 1) continue;
    if (sds[d] != 0) { /* an output's stride along a size > 1 is never 0 here */
      k_size.s[k_rank] = shape->size[d], ds_kst.s[k_rank] = sds[d];
      x_kst.s[k_rank] = sx[d], dy_kst.s[k_rank] = sdy[d], ++k_rank;
    } else {
      r_size.s[r_rank] = shape->size[d];
      x_rst.s[r_rank] = sx[d], dy_rst.s[r_rank] = sdy[d], ++r_rank;
    }
  }
  /* count == 0 still writes the zero sums: one pass-2 block over an empty partial buffer
   * is not possible, so the partial buffer always holds at least one block of zeros. */
  const size_t per_channel = count / channels;
  size_t blocks = (per_channel + PRELU_BLOCK - 1) / PRELU_BLOCK;
  if (blocks > PRELU_MAX_BLOCKS) blocks = PRELU_MAX_BLOCKS;
  if (blocks == 0) blocks = 1;
  const size_t per_block = (per_channel + blocks - 1) / blocks;
  const size_t rs = dtype == CLACT_F64 ? 8 : 4; /* the compute type */
  if (channels > SIZE_MAX / rs / blocks) return CLACT_ERROR_INVALID_SIZE;
  cl_int err = CL_OUT_OF_HOST_MEMORY;
  cl_mem partial = CLACT_FAULT() ? NULL
                                 : clCreateBuffer(ctx->context, CL_MEM_READ_WRITE,
                                                  blocks * channels * rs, NULL, &err);
  if (!partial) return err;
  /* with count == 0 the first pass reads nothing: dslope stands in for x and dy */
  const cl_mem xb = count ? x : dslope, dyb = count ? dy : dslope;
  const cl_ulong pc = per_channel, pb = per_block, b64 = blocks, c64 = channels,
                 xo = count ? x_view->offset : 0, dyo = count ? dy_view->offset : 0,
                 dso = dslope_view->offset;
  const kernel_arg a1[] = {{sizeof k_rank, &k_rank},
                           {sizeof k_size, &k_size},
                           {sizeof r_rank, &r_rank},
                           {sizeof r_size, &r_size},
                           {8, &pc},
                           {8, &pb},
                           {8, &b64},
                           {8, &c64},
                           {sizeof(cl_mem), &xb},
                           {8, &xo},
                           {sizeof x_kst, &x_kst},
                           {sizeof x_rst, &x_rst},
                           {sizeof(cl_mem), &dyb},
                           {8, &dyo},
                           {sizeof dy_kst, &dy_kst},
                           {sizeof dy_rst, &dy_rst},
                           {sizeof(cl_mem), &partial}};
  cl_event done1 = NULL;
  st = enqueue(ctx, dtype, KERNEL_PRELU_PARTIAL, a1, 17, blocks * channels, num_events, wait_list,
               &done1);
  if (st == CLACT_SUCCESS) {
    const kernel_arg a2[] = {{8, &b64},
                             {8, &c64},
                             {sizeof k_rank, &k_rank},
                             {sizeof k_size, &k_size},
                             {sizeof(cl_mem), &partial},
                             {sizeof(cl_mem), &dslope},
                             {8, &dso},
                             {sizeof ds_kst, &ds_kst}};
    /* waits on pass 1 by its event: the queue may be out of order */
    st = enqueue(ctx, dtype, KERNEL_PRELU_FINAL, a2, 8, channels, 1, &done1, event);
    clReleaseEvent(done1);
  }
  clReleaseMemObject(partial); /* freed once the enqueued passes are done with it */
  return st;
}

clact_status clact_prelu_slope_grad(clact_context *ctx, clact_dtype dtype, size_t n,
                                    size_t channels, clact_layout layout, size_t inner, cl_mem x,
                                    size_t x_offset, cl_mem dy, size_t dy_offset, cl_mem dslope,
                                    size_t dslope_offset, cl_uint num_events,
                                    const cl_event *wait_list, cl_event *event) {
  clact_status st = check_call(ctx, dtype, n, channels, layout, inner, num_events, wait_list);
  if (st) return st;
  const layout_views l = views_of(n, channels, inner);
  const clact_tensor xv = at(l.data, x_offset), dyv = at(l.data, dy_offset),
                     dsv = at(l.slope, dslope_offset);
  return clact_prelu_slope_grad_view(ctx, dtype, x, &xv, dy, &dyv, dslope, &dsv, num_events,
                                     wait_list, event);
}
