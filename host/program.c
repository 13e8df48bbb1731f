/* program.c — building the embedded kernel sources, once per (program, dtype) and
 * context, each program from only the files it needs, and the build log of the last
 * failure. */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Generated at build time from kernels/NAME.cl (cmake/embed.cmake). */
extern const char clact_kernel_prelude[], clact_kernel_math[], clact_kernel_activations[],
    clact_kernel_activations_more[], clact_kernel_elementwise[], clact_kernel_views[],
    clact_kernel_prelu[], clact_kernel_gated[], clact_kernel_bias[], clact_kernel_bias_grad[],
    clact_kernel_act_new_rows[];

/* A kernel family: the files its programs are built from, in order (each file may use
 * what the ones before it define), and its kernels by index (KERNEL_*). This table is the
 * one place that says which file goes into which program. */
enum { FAMILY_SOURCES_MAX = 12 };
typedef struct family {
  const char *sources[FAMILY_SOURCES_MAX]; /* NULL-terminated */
  const char *kernels[KERNEL_MAX];         /* NULL past the last */
} family;

enum {
  FAMILY_CORE,
  FAMILY_MORE,
  FAMILY_PRELU,
  FAMILY_GATED,
  FAMILY_DBIAS,
  FAMILY_NEW,
  FAMILY_COUNT
};
static const family families[FAMILY_COUNT] = {
    /* the table's rows up to identity (sigmoid ... softplus, identity): activations.cl */
    [FAMILY_CORE] = {{clact_kernel_prelude, clact_kernel_math, clact_kernel_activations,
                      clact_kernel_elementwise, clact_kernel_views},
                     {"clact_fwd", "clact_bwd", "clact_bwdy", "clact_fwd_nd", "clact_bwd_nd",
                      "clact_bwdy_nd"}},
    /* the activations after identity: activations_more.cl, which uses activations.cl's
     * 16-bit sigmoid */
    [FAMILY_MORE] = {{clact_kernel_prelude, clact_kernel_math, clact_kernel_activations,
                      clact_kernel_activations_more, clact_kernel_elementwise, clact_kernel_views},
                     {"clact_fwd", "clact_bwd", "clact_bwdy", "clact_fwd_nd", "clact_bwd_nd",
                      "clact_bwdy_nd"}},
    [FAMILY_PRELU] = {{clact_kernel_prelude, clact_kernel_prelu},
                      {"clact_prelu_fwd", "clact_prelu_bwd", "clact_prelu_dslope_partial",
                       "clact_prelu_dslope_final"}},
    /* fused forms of one activation: y = g(a) b (gated.cl) and f(x + bias) (bias.cl), on
     * views.cl's N-D walk; every row's formulas */
    [FAMILY_GATED] = {{clact_kernel_prelude, clact_kernel_math, clact_kernel_activations,
                       clact_kernel_activations_more, clact_kernel_act_new_rows,
                       clact_kernel_elementwise, clact_kernel_views, clact_kernel_gated,
                       clact_kernel_bias},
                      {"clact_gated_fwd_nd", "clact_gated_bwd_nd", "clact_bias_fwd_nd",
                       "clact_bias_bwd_nd", "clact_gated_clamped_fwd_nd",
                       "clact_gated_clamped_bwd_nd"}},
    /* the rows added with issue #16 (gelu_quick, relu_squared): act_new_rows.cl, which
     * uses activations.cl's swish */
    [FAMILY_NEW] = {{clact_kernel_prelude, clact_kernel_math, clact_kernel_activations,
                     clact_kernel_act_new_rows, clact_kernel_elementwise, clact_kernel_views},
                    {"clact_fwd", "clact_bwd", "clact_bwdy", "clact_fwd_nd", "clact_bwd_nd",
                     "clact_bwdy_nd"}},
    [FAMILY_DBIAS] = {{clact_kernel_prelude, clact_kernel_bias_grad}, {"clact_bias_grad"}},
};

/* The family of each activation: those whose formulas are in activations_more.cl (its
 * header lists them); every other one is FAMILY_CORE. An activation in the wrong family
 * fails its build (fwd_NAME undefined), which its activation tests report. */
static const unsigned char activation_family[CLACT_ACTIVATION_COUNT] = {
    [CLACT_GELU] = FAMILY_MORE,        [CLACT_GELU_TANH] = FAMILY_MORE,
    [CLACT_SELU] = FAMILY_MORE,        [CLACT_CELU] = FAMILY_MORE,
    [CLACT_MISH] = FAMILY_MORE,        [CLACT_HARDSWISH] = FAMILY_MORE,
    [CLACT_HARDSIGMOID] = FAMILY_MORE, [CLACT_HARDTANH] = FAMILY_MORE,
    [CLACT_RELU6] = FAMILY_MORE,       [CLACT_SOFTSIGN] = FAMILY_MORE,
    [CLACT_LOGSIGMOID] = FAMILY_MORE,  [CLACT_TANHSHRINK] = FAMILY_MORE,
    [CLACT_SOFTSHRINK] = FAMILY_MORE,  [CLACT_HARDSHRINK] = FAMILY_MORE,
    [CLACT_THRESHOLD] = FAMILY_MORE,   [CLACT_GELU_QUICK] = FAMILY_NEW,
    [CLACT_RELU_SQUARED] = FAMILY_NEW,
};

static const family *family_of(int program) {
  if (program == PROGRAM_DBIAS) return &families[FAMILY_DBIAS];
  if (program >= PROGRAM_GATED) return &families[FAMILY_GATED];
  return &families[program == PROGRAM_PRELU ? FAMILY_PRELU : activation_family[program]];
}

/* Whether a program has kernel k: backward from y only where the table defines it. */
static int has_kernel(int program, int k) {
  if (!family_of(program)->kernels[k]) return 0;
  return program >= PROGRAM_PRELU || (k != KERNEL_BWDY && k != KERNEL_BWDY_ND) ||
         clact_info((clact_activation)program)->from_y != CLACT_FROM_Y_NEVER;
}

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

/* Build options: storage type and vector width; for an activation also which one and
 * its walk. Extra options for experiments come from CLACT_BUILD_OPTIONS (documented in
 * docs/ARCHITECTURE.md). */
static void build_options(const clact_context *ctx, int program, clact_dtype t, char *buf,
                          size_t size) {
  const char *extra = getenv("CLACT_BUILD_OPTIONS");
  if (!extra) extra = "";
  if (program == PROGRAM_PRELU || program == PROGRAM_DBIAS) {
    snprintf(buf, size, "-cl-std=CL1.2 -DCLACT_DTYPE=%d -DVW=%u %s", (int)t,
             ctx->shape.vector_width[t], extra);
    return;
  }
  /* a gated program is built for its gate, the activation program - PROGRAM_GATED */
  const int gated = program >= PROGRAM_GATED;
  const activation_info *info =
      clact_info((clact_activation)(gated ? program - PROGRAM_GATED : program));
  snprintf(buf, size,
           "-cl-std=CL1.2 -DFWD=fwd_%s -DBWD=bwd_%s -DBWDY=bwdy_%s -DCLACT_DTYPE=%d -DVW=%u%s%s %s",
           info->name, info->name, info->name, (int)t, ctx->shape.vector_width[t],
           info->from_y != CLACT_FROM_Y_NEVER ? " -DCLACT_HAS_BWDY" : "",
           ctx->shape.contiguous ? " -DCLACT_CONTIGUOUS" : "", extra);
}

clact_status clact_get_program(clact_context *ctx, int program, clact_dtype t, program_slot **out) {
  program_slot *slot = &ctx->slot[program][t];
  if (slot->program) {
    *out = slot;
    return CLACT_SUCCESS;
  }
  if (t == CLACT_F64 && !ctx->has_fp64) return CLACT_ERROR_UNSUPPORTED_DTYPE;

  const family *fam = family_of(program);
  cl_uint nsources = 0;
  while (nsources < FAMILY_SOURCES_MAX && fam->sources[nsources])
    ++nsources;
  cl_int err = CL_OUT_OF_HOST_MEMORY;
  program_slot fresh = {0};
  if (!CLACT_FAULT())
    fresh.program =
        clCreateProgramWithSource(ctx->context, nsources, (const char **)fam->sources, NULL, &err);
  if (!fresh.program) return err;

  char options[1024];
  build_options(ctx, program, t, options, sizeof options);
  err = CLACT_FAULT() ? CL_BUILD_PROGRAM_FAILURE
                      : clBuildProgram(fresh.program, 1, &ctx->device, options, NULL, NULL);
  if (err != CL_SUCCESS) {
    keep_build_log(ctx, fresh.program);
    release_slot(&fresh);
    return err;
  }
  /* every kernel now, so that a call never creates one: a cl_kernel holds its arguments,
   * which the callers set and enqueue under ctx->lock */
  for (int k = 0; k < KERNEL_MAX; ++k) {
    if (!has_kernel(program, k)) continue;
    err = CL_OUT_OF_HOST_MEMORY;
    if (!CLACT_FAULT()) fresh.kernel[k] = clCreateKernel(fresh.program, fam->kernels[k], &err);
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
