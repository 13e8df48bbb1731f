/* host_arrays.c — the synchronous calls on plain host arrays.
 *
 * On a device that shares host memory, suitably aligned arrays are wrapped in place
 * (CL_MEM_USE_HOST_PTR, then a map to make results visible): no copy at all. Otherwise
 * each input is uploaded once, the kernel runs once, and the output is read back once.
 */
#include "internal.h"

#include <stdint.h>

typedef struct host_array {
  const void *ptr;
  int is_output;
  cl_mem mem;
} host_array;

static int aligned(const clact_context *ctx, const void *p) {
  return ((uintptr_t)p % ctx->base_align) == 0;
}

static int ranges_partially_overlap(const void *a, const void *b, size_t bytes) {
  const uintptr_t x = (uintptr_t)a, y = (uintptr_t)b;
  return x != y && x < y + bytes && y < x + bytes;
}

static clact_status wrap(clact_context *ctx, host_array *arr, int count, size_t bytes,
                         int zero_copy, int read_output) {
  for (int i = 0; i < count; ++i) {
    arr[i].mem = NULL;
    /* aliased arrays share one buffer, retained once per array: the first match only
     * (three aliases of one array would otherwise retain it twice for the third) */
    for (int j = 0; j < i && !arr[i].mem; ++j)
      if (arr[j].ptr == arr[i].ptr) {
        if (clRetainMemObject(arr[j].mem) != CL_SUCCESS) return CL_INVALID_MEM_OBJECT;
        arr[i].mem = arr[j].mem;
      }
    if (arr[i].mem) continue;
    const int needs_data = !arr[i].is_output || read_output;
    /* read-write: an input may alias the output and share this buffer */
    cl_mem_flags flags = CL_MEM_READ_WRITE;
    if (zero_copy)
      flags |= CL_MEM_USE_HOST_PTR;
    else if (needs_data)
      flags |= CL_MEM_COPY_HOST_PTR;
    void *host = (zero_copy || needs_data) ? (void *)arr[i].ptr : NULL;
    cl_int err = CL_OUT_OF_HOST_MEMORY;
    if (!CLACT_FAULT()) arr[i].mem = clCreateBuffer(ctx->context, flags, bytes, host, &err);
    if (!arr[i].mem) return err;
  }
  return CLACT_SUCCESS;
}

static void unwrap(host_array *arr, int count) {
  for (int i = 0; i < count; ++i)
    if (arr[i].mem) clReleaseMemObject(arr[i].mem);
}

/* Runs the enqueue callback on wrapped arrays and brings the output back. */
static clact_status run(clact_context *ctx, const clact_op *op, clact_grad_input input, size_t n,
                        host_array *arr, int count) {
  const size_t bytes = n * clact_dtype_size(op->dtype);
  int zero_copy = ctx->host_unified;
  for (int i = 0; i < count; ++i)
    zero_copy = zero_copy && aligned(ctx, arr[i].ptr);
  clact_status st = wrap(ctx, arr, count, bytes, zero_copy, op->beta != 0);
  cl_event done = NULL;
  host_array *out = &arr[count - 1];
  if (!st) {
    if (count == 2)
      st = clact_forward(ctx, op, n, arr[0].mem, 0, 1, arr[1].mem, 0, 1, 0, NULL, &done);
    else
      st = clact_backward(ctx, op, input, n, arr[0].mem, 0, 1, arr[1].mem, 0, 1, arr[2].mem, 0, 1,
                          0, NULL, &done);
  }
  if (!st && zero_copy) {
    /* Mapping makes the device's writes visible in the caller's array. */
    void *mapped = clEnqueueMapBuffer(ctx->queue, out->mem, CL_TRUE, CL_MAP_READ, 0, bytes, 1,
                                      &done, NULL, &st);
    if (mapped) st = clEnqueueUnmapMemObject(ctx->queue, out->mem, mapped, 0, NULL, NULL);
    if (!st) st = clFinish(ctx->queue);
  } else if (!st) {
    st = clEnqueueReadBuffer(ctx->queue, out->mem, CL_TRUE, 0, bytes, (void *)out->ptr, 1, &done,
                             NULL);
  }
  if (done) clReleaseEvent(done);
  unwrap(arr, count);
  return st;
}

clact_status clact_forward_host(clact_context *ctx, const clact_op *op, size_t n, const void *x,
                                void *y) {
  if (!ctx) return CLACT_ERROR_INVALID_CONTEXT;
  clact_status st = clact_validate_op(op);
  if (st) return st;
  if (n == 0) return CLACT_SUCCESS;
  if (!x || !y) return CLACT_ERROR_INVALID_ARGUMENT;
  const size_t es = clact_dtype_size(op->dtype);
  if (n > SIZE_MAX / es) return CLACT_ERROR_INVALID_SIZE;
  if (ranges_partially_overlap(x, y, n * es)) return CLACT_ERROR_OVERLAP;
  host_array arr[2] = {{x, 0, NULL}, {y, 1, NULL}};
  return run(ctx, op, CLACT_FROM_X, n, arr, 2);
}

clact_status clact_backward_host(clact_context *ctx, const clact_op *op, clact_grad_input input,
                                 size_t n, const void *in, const void *dy, void *dx) {
  if (!ctx) return CLACT_ERROR_INVALID_CONTEXT;
  if (input != CLACT_FROM_X && input != CLACT_FROM_Y) return CLACT_ERROR_INVALID_GRAD_INPUT;
  clact_status st = clact_validate_op(op);
  if (st) return st;
  if (input == CLACT_FROM_Y && !clact_has_gradient_from_y(op))
    return CLACT_ERROR_NO_GRADIENT_FROM_Y;
  if (n == 0) return CLACT_SUCCESS;
  if (!in || !dy || !dx) return CLACT_ERROR_INVALID_ARGUMENT;
  const size_t es = clact_dtype_size(op->dtype);
  if (n > SIZE_MAX / es) return CLACT_ERROR_INVALID_SIZE;
  if (ranges_partially_overlap(in, dx, n * es) || ranges_partially_overlap(dy, dx, n * es))
    return CLACT_ERROR_OVERLAP;
  host_array arr[3] = {{in, 0, NULL}, {dy, 0, NULL}, {dx, 1, NULL}};
  return run(ctx, op, input, n, arr, 3);
}
