/* context.c — creating, borrowing and destroying contexts, and their accessors. */
#include "internal.h"
#include "quant.h"

#include <stdlib.h>
#include <string.h>

static clact_status context_alloc(clact_context **out) {
  clact_context *ctx = clact_calloc(1, sizeof *ctx);
  if (!ctx) return CLACT_ERROR_OUT_OF_MEMORY;
  if (pthread_mutex_init(&ctx->lock, NULL) != 0) {
    free(ctx);
    return CLACT_ERROR_OUT_OF_MEMORY;
  }
  *out = ctx;
  return CLACT_SUCCESS;
}

static clact_status context_query(clact_context *ctx) {
  return clact_query_shape(ctx->device, &ctx->shape, &ctx->has_fp64, &ctx->host_unified,
                           &ctx->base_align);
}

clact_status clact_context_create(clact_context **out, const char *device_spec) {
  if (!out) return CLACT_ERROR_INVALID_ARGUMENT;
  *out = NULL;
  cl_platform_id platform;
  cl_device_id device;
  clact_status st = clact_select_device(device_spec, &platform, &device);
  if (st) return st;

  clact_context *ctx;
  if ((st = context_alloc(&ctx))) return st;
  ctx->device = device;
  if ((st = context_query(ctx))) goto fail;

  const cl_context_properties props[] = {CL_CONTEXT_PLATFORM, (cl_context_properties)platform, 0};
  cl_int err = CL_OUT_OF_HOST_MEMORY;
  if (!CLACT_FAULT()) ctx->context = clCreateContext(props, 1, &device, NULL, NULL, &err);
  if (!ctx->context) {
    st = err;
    goto fail;
  }
  err = CL_OUT_OF_HOST_MEMORY;
  if (!CLACT_FAULT()) ctx->queue = clCreateCommandQueue(ctx->context, device, 0, &err);
  if (!ctx->queue) {
    st = err;
    goto fail;
  }
  *out = ctx;
  return CLACT_SUCCESS;
fail:
  clact_context_destroy(ctx);
  return st;
}

clact_status clact_context_create_from_queue(clact_context **out, cl_command_queue queue) {
  if (!out || !queue) return CLACT_ERROR_INVALID_ARGUMENT;
  *out = NULL;
  cl_context context;
  cl_device_id device;
  cl_int err = clGetCommandQueueInfo(queue, CL_QUEUE_CONTEXT, sizeof context, &context, NULL);
  if (!err) err = clGetCommandQueueInfo(queue, CL_QUEUE_DEVICE, sizeof device, &device, NULL);
  if (err) return err;

  clact_context *ctx;
  clact_status st = context_alloc(&ctx);
  if (st) return st;
  ctx->device = device;
  if ((st = context_query(ctx))) {
    clact_context_destroy(ctx);
    return st;
  }
  clRetainContext(context);
  clRetainCommandQueue(queue);
  ctx->context = context;
  ctx->queue = queue;
  *out = ctx;
  return CLACT_SUCCESS;
}

void clact_context_destroy(clact_context *ctx) {
  if (!ctx) return;
  clact_release_programs(ctx);
  clact_lut_cache_release(ctx);
  if (ctx->queue) clReleaseCommandQueue(ctx->queue);
  if (ctx->context) clReleaseContext(ctx->context);
  free(ctx->build_log);
  pthread_mutex_destroy(&ctx->lock);
  free(ctx);
}

clact_status clact_context_queue(const clact_context *ctx, cl_command_queue *queue) {
  if (!ctx) return CLACT_ERROR_INVALID_CONTEXT;
  if (!queue) return CLACT_ERROR_INVALID_ARGUMENT;
  *queue = ctx->queue;
  return CLACT_SUCCESS;
}

clact_status clact_context_cl_context(const clact_context *ctx, cl_context *context) {
  if (!ctx) return CLACT_ERROR_INVALID_CONTEXT;
  if (!context) return CLACT_ERROR_INVALID_ARGUMENT;
  *context = ctx->context;
  return CLACT_SUCCESS;
}

clact_status clact_context_device(const clact_context *ctx, cl_device_id *device) {
  if (!ctx) return CLACT_ERROR_INVALID_CONTEXT;
  if (!device) return CLACT_ERROR_INVALID_ARGUMENT;
  *device = ctx->device;
  return CLACT_SUCCESS;
}

clact_status clact_context_device_name(const clact_context *ctx, char *buf, size_t size) {
  if (!ctx) return CLACT_ERROR_INVALID_CONTEXT;
  if (!buf || size == 0) return CLACT_ERROR_INVALID_ARGUMENT;
  /* the name's own length first: a fixed array would make OpenCL refuse a longer name
   * (CL_INVALID_VALUE) where the contract is to truncate */
  size_t bytes = 0;
  cl_int err = clGetDeviceInfo(ctx->device, CL_DEVICE_NAME, 0, NULL, &bytes);
  if (err) return err;
  char *name = clact_malloc(bytes + 1);
  if (!name) return CLACT_ERROR_OUT_OF_MEMORY;
  err = clGetDeviceInfo(ctx->device, CL_DEVICE_NAME, bytes, name, NULL);
  if (!err) {
    name[bytes] = '\0';
    const size_t len = strlen(name), copy = len < size - 1 ? len : size - 1;
    memcpy(buf, name, copy);
    buf[copy] = '\0';
  }
  free(name);
  return err;
}

int clact_context_supports(const clact_context *ctx, clact_dtype dtype) {
  if (ctx && clact_is_dtype8(dtype)) return 1; /* tables: nothing asked of the device */
  if (!ctx || (unsigned)dtype >= CLACT_DTYPE_COUNT) return 0;
  return dtype != CLACT_F64 || ctx->has_fp64;
}

clact_status clact_finish(clact_context *ctx) {
  if (!ctx) return CLACT_ERROR_INVALID_CONTEXT;
  return clFinish(ctx->queue);
}

clact_status clact_prepare(clact_context *ctx, const clact_op *op) {
  if (!ctx) return CLACT_ERROR_INVALID_CONTEXT;
  clact_status st = clact_validate_op(op);
  if (st) return st;
  program_slot *slot;
  pthread_mutex_lock(&ctx->lock);
  st = clact_get_program(ctx, op->activation, op->dtype, &slot);
  pthread_mutex_unlock(&ctx->lock);
  return st;
}
