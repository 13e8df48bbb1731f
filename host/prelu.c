/* prelu.c — PReLU: a slope per channel read from a buffer (kernels/prelu.cl). Its program
 * (PROGRAM_PRELU, one per dtype) is built and cached like an activation's, with its four
 * kernels; calls set their arguments and enqueue under ctx->lock, as activations do. */
#include "internal.h"

#include <stdint.h>

/* A dense view of count elements from offset (count >= 1). */
static clact_status check_dense(const clact_context *ctx, cl_mem buffer, size_t offset,
                                size_t count, size_t es, view_span *s) {
  return clact_view_1d(ctx, buffer, offset, 1, count, es, s);
}

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

typedef struct arg {
  size_t size;
  const void *value;
} arg;

/* Sets the arguments of kernel k of dtype's PReLU program and enqueues it over `global`
 * work-items. Takes and releases ctx->lock. */
static clact_status enqueue(clact_context *ctx, clact_dtype dtype, int k, const arg *args,
                            int nargs, size_t global, cl_uint num_events, const cl_event *wait_list,
                            cl_event *event) {
  const size_t local = ctx->shape.local_size;
  size_t groups = (global + local - 1) / local;
  if (groups > ctx->shape.max_groups) groups = ctx->shape.max_groups; /* kernels stride */
  if (groups == 0) groups = 1;
  global = groups * local;
  pthread_mutex_lock(&ctx->lock);
  program_slot *slot;
  clact_status st = clact_get_program(ctx, PROGRAM_PRELU, dtype, &slot);
  if (st == CLACT_SUCCESS) {
    cl_kernel kernel = slot->kernel[k];
    cl_int err = CL_SUCCESS;
    for (int i = 0; i < nargs && !err; ++i)
      err = clSetKernelArg(kernel, (cl_uint)i, args[i].size, args[i].value);
    if (!err) /* the command, and the event if one is asked for, are objects it creates */
      err = CLACT_FAULT() ? CL_OUT_OF_HOST_MEMORY
                          : clEnqueueNDRangeKernel(ctx->queue, kernel, 1, NULL, &global, &local,
                                                   num_events, wait_list, event);
    st = err;
  }
  pthread_mutex_unlock(&ctx->lock);
  return st;
}

clact_status clact_prelu_forward(clact_context *ctx, clact_dtype dtype, size_t n, size_t channels,
                                 clact_layout layout, size_t inner, cl_mem x, size_t x_offset,
                                 cl_mem slope, size_t slope_offset, cl_mem y, size_t y_offset,
                                 cl_uint num_events, const cl_event *wait_list, cl_event *event) {
  clact_status st = check_call(ctx, dtype, n, channels, layout, inner, num_events, wait_list);
  if (st) return st;
  if (n == 0) return clact_empty_call(ctx, num_events, wait_list, event);
  const size_t es = clact_dtype_size(dtype);
  view_span sx, sw, sy;
  if ((st = check_dense(ctx, x, x_offset, n, es, &sx)) ||
      (st = check_dense(ctx, slope, slope_offset, channels, es, &sw)) ||
      (st = check_dense(ctx, y, y_offset, n, es, &sy)))
    return st;
  if (clact_views_overlap(&sx, &sy, 1) || clact_views_overlap(&sw, &sy, 0))
    return CLACT_ERROR_OVERLAP;
  const cl_ulong n64 = n, c64 = channels, i64 = inner, xo = x_offset, wo = slope_offset,
                 yo = y_offset;
  const arg args[] = {{8, &n64}, {8, &c64},
                      {8, &i64}, {sizeof(cl_mem), &x},
                      {8, &xo},  {sizeof(cl_mem), &slope},
                      {8, &wo},  {sizeof(cl_mem), &y},
                      {8, &yo}};
  return enqueue(ctx, dtype, KERNEL_PRELU_FWD, args, 9, n, num_events, wait_list, event);
}

clact_status clact_prelu_backward(clact_context *ctx, clact_dtype dtype, size_t n, size_t channels,
                                  clact_layout layout, size_t inner, cl_mem x, size_t x_offset,
                                  cl_mem slope, size_t slope_offset, cl_mem dy, size_t dy_offset,
                                  cl_mem dx, size_t dx_offset, cl_uint num_events,
                                  const cl_event *wait_list, cl_event *event) {
  clact_status st = check_call(ctx, dtype, n, channels, layout, inner, num_events, wait_list);
  if (st) return st;
  if (n == 0) return clact_empty_call(ctx, num_events, wait_list, event);
  const size_t es = clact_dtype_size(dtype);
  view_span sx, sw, sdy, sdx;
  if ((st = check_dense(ctx, x, x_offset, n, es, &sx)) ||
      (st = check_dense(ctx, slope, slope_offset, channels, es, &sw)) ||
      (st = check_dense(ctx, dy, dy_offset, n, es, &sdy)) ||
      (st = check_dense(ctx, dx, dx_offset, n, es, &sdx)))
    return st;
  if (clact_views_overlap(&sx, &sdx, 0) || clact_views_overlap(&sw, &sdx, 0) ||
      clact_views_overlap(&sdy, &sdx, 1))
    return CLACT_ERROR_OVERLAP;
  const cl_ulong n64 = n, c64 = channels, i64 = inner, xo = x_offset, wo = slope_offset,
                 dyo = dy_offset, dxo = dx_offset;
  const arg args[] = {{8, &n64}, {8, &c64},
                      {8, &i64}, {sizeof(cl_mem), &x},
                      {8, &xo},  {sizeof(cl_mem), &slope},
                      {8, &wo},  {sizeof(cl_mem), &dy},
                      {8, &dyo}, {sizeof(cl_mem), &dx},
                      {8, &dxo}};
  return enqueue(ctx, dtype, KERNEL_PRELU_BWD, args, 11, n, num_events, wait_list, event);
}

/* Elements per block of a channel in the first pass: the split depends on the shape
 * alone (never on the device), so the sums are reproducible everywhere. */
enum { PRELU_BLOCK = 4096, PRELU_MAX_BLOCKS = 1024 };

clact_status clact_prelu_slope_grad(clact_context *ctx, clact_dtype dtype, size_t n,
                                    size_t channels, clact_layout layout, size_t inner, cl_mem x,
                                    size_t x_offset, cl_mem dy, size_t dy_offset, cl_mem dslope,
                                    size_t dslope_offset, cl_uint num_events,
                                    const cl_event *wait_list, cl_event *event) {
  clact_status st = check_call(ctx, dtype, n, channels, layout, inner, num_events, wait_list);
  if (st) return st;
  const size_t es = clact_dtype_size(dtype);
  view_span sx, sdy, sds;
  if ((st = check_dense(ctx, dslope, dslope_offset, channels, es, &sds))) return st;
  if (n > 0 && ((st = check_dense(ctx, x, x_offset, n, es, &sx)) ||
                (st = check_dense(ctx, dy, dy_offset, n, es, &sdy))))
    return st;
  if (n > 0 && (clact_views_overlap(&sx, &sds, 0) || clact_views_overlap(&sdy, &sds, 0)))
    return CLACT_ERROR_OVERLAP;
  /* n == 0 still writes the zero sums: one pass-2 block over an empty partial buffer is
   * not possible, so the partial buffer always holds at least one block of zeros. */
  const size_t per_channel = n / channels;
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
  const cl_ulong pc = per_channel, pb = per_block, b64 = blocks, c64 = channels, i64 = inner,
                 xo = x_offset, dyo = dy_offset, dso = dslope_offset;
  /* with n == 0 the first pass reads nothing: any valid buffer stands in for x and dy */
  const cl_mem xb = n ? x : dslope, dyb = n ? dy : dslope;
  const arg a1[] = {{8, &pc},  {8, &pb},
                    {8, &b64}, {8, &c64},
                    {8, &i64}, {sizeof(cl_mem), &xb},
                    {8, &xo},  {sizeof(cl_mem), &dyb},
                    {8, &dyo}, {sizeof(cl_mem), &partial}};
  const cl_ulong zero = 0;
  const arg *first = a1;
  arg a1z[10];
  if (n == 0) { /* offsets of the stand-in buffer */
    for (int i = 0; i < 10; ++i)
      a1z[i] = a1[i];
    a1z[6].value = &zero;
    a1z[8].value = &zero;
    first = a1z;
  }
  cl_event done1 = NULL;
  st = enqueue(ctx, dtype, KERNEL_PRELU_PARTIAL, first, 10, blocks * channels, num_events,
               wait_list, &done1);
  if (st == CLACT_SUCCESS) {
    const arg a2[] = {
        {8, &b64}, {8, &c64}, {sizeof(cl_mem), &partial}, {sizeof(cl_mem), &dslope}, {8, &dso}};
    /* waits on pass 1 by its event: the queue may be out of order */
    st = enqueue(ctx, dtype, KERNEL_PRELU_FINAL, a2, 5, channels, 1, &done1, event);
    clReleaseEvent(done1);
  }
  clReleaseMemObject(partial); /* freed once the enqueued passes are done with it */
  return st;
}
