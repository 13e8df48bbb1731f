/* program.c — building the embedded kernel sources, once per (activation, dtype) and
 * context, and the build log of the last failure. */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Generated at build time from the .cl files in kernels (cmake/embed.cmake). */
extern const char *const clact_kernel_sources[];
extern const size_t clact_kernel_source_count;

static const char *const kernel_names[3] = {"clact_fwd", "clact_bwd", "clact_bwdy"};

static void keep_build_log(clact_context *ctx, cl_program program) {
  size_t size = 0;
  if (clGetProgramBuildInfo(program, ctx->device, CL_PROGRAM_BUILD_LOG, 0, NULL, &size) !=
      CL_SUCCESS)
    return;
  char *log = clact_malloc(size + 1);
  if (!log) return;
  if (clGetProgramBuildInfo(program, ctx->device, CL_PROGRAM_BUILD_LOG, size, log, NULL) !=
      CL_SUCCESS) {
    free(log);
    return;
  }
  log[size] = '\0';
  free(ctx->build_log);
  ctx->build_log = log;
}

static void release_slot(program_slot *slot) {
  for (int k = 0; k < KERNEL_MAX; ++k) {
    if (slot->kernel[k]) clReleaseKernel(slot->kernel[k]);
    slot->kernel[k] = NULL;
  }
  if (slot->program) clReleaseProgram(slot->program);
  slot->program = NULL;
}

/* Build options: which activation, storage type, vector width and walk. Extra options
 * for experiments come from CLACT_BUILD_OPTIONS (documented in docs/ARCHITECTURE.md). */
static void build_options(const clact_context *ctx, clact_activation a, clact_dtype t, char *buf,
                          size_t size) {
  const activation_info *info = clact_info(a);
  const char *extra = getenv("CLACT_BUILD_OPTIONS");
  snprintf(buf, size,
           "-cl-std=CL1.2 -DFWD=fwd_%s -DBWD=bwd_%s -DBWDY=bwdy_%s -DCLACT_DTYPE=%d -DVW=%u%s%s %s",
           info->name, info->name, info->name, (int)t, ctx->shape.vector_width[t],
           info->from_y != CLACT_FROM_Y_NEVER ? " -DCLACT_HAS_BWDY" : "",
           ctx->shape.contiguous ? " -DCLACT_CONTIGUOUS" : "", extra ? extra : "");
}

clact_status clact_get_program(clact_context *ctx, int a, clact_dtype t, program_slot **out) {
  program_slot *slot = &ctx->slot[a][t];
  if (slot->program) {
    *out = slot;
    return CLACT_SUCCESS;
  }
  if (t == CLACT_F64 && !ctx->has_fp64) return CLACT_ERROR_UNSUPPORTED_DTYPE;

  cl_int err = CL_OUT_OF_HOST_MEMORY;
  program_slot fresh = {0};
  if (!CLACT_FAULT())
    fresh.program = clCreateProgramWithSource(ctx->context, (cl_uint)clact_kernel_source_count,
                                              (const char **)clact_kernel_sources, NULL, &err);
  if (!fresh.program) return err;

  char options[1024];
  build_options(ctx, a, t, options, sizeof options);
  err = CLACT_FAULT() ? CL_BUILD_PROGRAM_FAILURE
                      : clBuildProgram(fresh.program, 1, &ctx->device, options, NULL, NULL);
  if (err != CL_SUCCESS) {
    keep_build_log(ctx, fresh.program);
    release_slot(&fresh);
    return err;
  }
  const int nkernels = clact_info(a)->from_y != CLACT_FROM_Y_NEVER ? 3 : 2;
  for (int k = 0; k < nkernels; ++k) {
    err = CL_OUT_OF_HOST_MEMORY;
    if (!CLACT_FAULT()) fresh.kernel[k] = clCreateKernel(fresh.program, kernel_names[k], &err);
    if (!fresh.kernel[k]) {
      release_slot(&fresh);
      return err;
    }
  }
  *slot = fresh;
  *out = slot;
  return CLACT_SUCCESS;
}

void clact_release_programs(clact_context *ctx) {
  for (int a = 0; a < PROGRAM_COUNT; ++a)
    for (int t = 0; t < CLACT_DTYPE_COUNT; ++t)
      release_slot(&ctx->slot[a][t]);
}

clact_status clact_build_log(const clact_context *ctx, char *buf, size_t size, size_t *needed) {
  if (!ctx) return CLACT_ERROR_INVALID_CONTEXT;
  if (!buf && size) return CLACT_ERROR_INVALID_ARGUMENT;
  clact_context *c = (clact_context *)ctx;
  pthread_mutex_lock(&c->lock);
  const char *log = c->build_log ? c->build_log : "";
  const size_t len = strlen(log);
  clact_status st = CLACT_SUCCESS;
  if (needed) *needed = len + 1;
  if (size > 0) {
    const size_t copy = len < size - 1 ? len : size - 1;
    memcpy(buf, log, copy);
    buf[copy] = '\0';
  }
  if (size < len + 1) st = CLACT_ERROR_BUFFER_TOO_SMALL;
  pthread_mutex_unlock(&c->lock);
  return st;
}
