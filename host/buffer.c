/* buffer.c — buffer helpers for callers who want no raw OpenCL. */
#include "internal.h"

clact_status clact_buffer_create(clact_context *ctx, size_t bytes, cl_mem *buffer) {
  if (!ctx) return CLACT_ERROR_INVALID_CONTEXT;
  if (!buffer) return CLACT_ERROR_INVALID_ARGUMENT;
  *buffer = NULL;
  if (bytes == 0) return CLACT_ERROR_INVALID_SIZE;
  cl_int err = CL_OUT_OF_HOST_MEMORY;
  if (!CLACT_FAULT()) *buffer = clCreateBuffer(ctx->context, CL_MEM_READ_WRITE, bytes, NULL, &err);
  return *buffer ? CLACT_SUCCESS : err;
}

/* Checks [offset, offset + bytes) against the buffer's size and context. */
static clact_status check_range(const clact_context *ctx, cl_mem buffer, size_t offset,
                                size_t bytes, const void *ptr) {
  if (!ctx) return CLACT_ERROR_INVALID_CONTEXT;
  if (!buffer || (!ptr && bytes)) return CLACT_ERROR_INVALID_ARGUMENT;
  size_t size = 0;
  cl_int err = clact_check_buffer(ctx, buffer);
  if (!err) err = clGetMemObjectInfo(buffer, CL_MEM_SIZE, sizeof size, &size, NULL);
  if (err) return err;
  if (offset > size || bytes > size - offset) return CLACT_ERROR_OUT_OF_RANGE;
  return CLACT_SUCCESS;
}

clact_status clact_buffer_write(clact_context *ctx, cl_mem buffer, size_t offset, size_t bytes,
                                const void *src) {
  clact_status st = check_range(ctx, buffer, offset, bytes, src);
  if (st || bytes == 0) return st;
  return clEnqueueWriteBuffer(ctx->queue, buffer, CL_TRUE, offset, bytes, src, 0, NULL, NULL);
}

clact_status clact_buffer_read(clact_context *ctx, cl_mem buffer, size_t offset, size_t bytes,
                               void *dst) {
  clact_status st = check_range(ctx, buffer, offset, bytes, dst);
  if (st || bytes == 0) return st;
  return clEnqueueReadBuffer(ctx->queue, buffer, CL_TRUE, offset, bytes, dst, 0, NULL, NULL);
}

void clact_buffer_release(cl_mem buffer) {
  if (buffer) clReleaseMemObject(buffer);
}
