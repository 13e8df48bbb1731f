/* program.c — building the embedded kernel sources, once per (program, dtype) and
 * context, each program from only the files it needs, and the build log of the last
 * failure. */
#include "internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Generated at build time from kernels/NAME.cl (cmake/embed.cmake). */
extern const char clact_kernel_prelude[], clact_kernel_math[], clact_kernel_act_piecewise[],
    clact_kernel_act_logistic[], clact_kernel_act_exp[], clact_kernel_act_gelu[],
    clact_kernel_elementwise[], clact_kernel_views[], clact_kernel_prelu[], clact_kernel_lut[],
    clact_kernel_quantize[], clact_kernel_gated[], clact_kernel_bias[], clact_kernel_bias_grad[];

/* A kernel family: the files its programs are built from, in order (each file may use
 * what the ones before it define), and its kernels by index (KERNEL_*). This table is the
 * one place that says which file goes into which program. */
enum { FAMILY_SOURCES_MAX = 8 };
typedef struct family {
  const char *sources[FAMILY_SOURCES_MAX]; /* NULL-terminated */
  const char *kernels[KERNEL_MAX];         /* NULL past the last */
} family;

/* An activation's program: prelude, math, the file of its family (kernels/act_FAMILY.cl,
 * whose header lists its rows), then the kernel bodies. */
#define ACTIVATION_FAMILY(formulas)                                                                \
  {                                                                                                \
    {clact_kernel_prelude,     clact_kernel_math,  formulas,                                       \
     clact_kernel_elementwise, clact_kernel_views, clact_kernel_quantize},                         \
    {                                                                                              \
      "clact_fwd", "clact_bwd", "clact_bwdy", "clact_fwd_nd", "clact_bwd_nd", "clact_bwdy_nd",     \
          "clact_fwd_q"                                                                            \
    }                                                                                              \
  }

/* A fused program of one gate: the same files as the gate's own program, then the fused
 * kernel file (gated.cl or bias.cl), whose kernels are listed in the order of the fused
 * kinds (internal.h). CLACT_FUSED=k (build_options) compiles that file's kernel k only, and
 * none of the plain kernels of elementwise.cl and views.cl. */
#define FUSED_FAMILY(formulas, fused, ...)                                                         \
  {                                                                                                \
    {clact_kernel_prelude,     clact_kernel_math,  formulas,                                       \
     clact_kernel_elementwise, clact_kernel_views, fused},                                         \
    {                                                                                              \
      __VA_ARGS__                                                                                  \
    }                                                                                              \
  }
#define GATED_FAMILY(formulas)                                                                     \
  FUSED_FAMILY(formulas, clact_kernel_gated, "clact_gated_fwd_nd", "clact_gated_bwd_nd",           \
               "clact_gated_clamped_fwd_nd", "clact_gated_clamped_bwd_nd")
#define BIAS_FAMILY(formulas)                                                                      \
  FUSED_FAMILY(formulas, clact_kernel_bias, "clact_bias_fwd_nd", "clact_bias_bwd_nd")

/* The activation families first, in this order: a fused family is FAMILY_GATED_OF or
 * FAMILY_BIAS_OF + its gate's family. */
enum {
  FAMILY_PIECEWISE,
  FAMILY_LOGISTIC,
  FAMILY_EXP,
  FAMILY_GELU,
  FAMILY_GATED_OF,
  FAMILY_BIAS_OF = FAMILY_GATED_OF + FAMILY_GATED_OF,
  FAMILY_PRELU = FAMILY_BIAS_OF + FAMILY_GATED_OF,
  FAMILY_LUT,
  FAMILY_DBIAS,
  FAMILY_COUNT
};
static const family families[FAMILY_COUNT] = {
    [FAMILY_PIECEWISE] = ACTIVATION_FAMILY(clact_kernel_act_piecewise),
    [FAMILY_LOGISTIC] = ACTIVATION_FAMILY(clact_kernel_act_logistic),
    [FAMILY_EXP] = ACTIVATION_FAMILY(clact_kernel_act_exp),
    [FAMILY_GELU] = ACTIVATION_FAMILY(clact_kernel_act_gelu),
    [FAMILY_GATED_OF + FAMILY_PIECEWISE] = GATED_FAMILY(clact_kernel_act_piecewise),
    [FAMILY_GATED_OF + FAMILY_LOGISTIC] = GATED_FAMILY(clact_kernel_act_logistic),
    [FAMILY_GATED_OF + FAMILY_EXP] = GATED_FAMILY(clact_kernel_act_exp),
    [FAMILY_GATED_OF + FAMILY_GELU] = GATED_FAMILY(clact_kernel_act_gelu),
    [FAMILY_BIAS_OF + FAMILY_PIECEWISE] = BIAS_FAMILY(clact_kernel_act_piecewise),
    [FAMILY_BIAS_OF + FAMILY_LOGISTIC] = BIAS_FAMILY(clact_kernel_act_logistic),
    [FAMILY_BIAS_OF + FAMILY_EXP] = BIAS_FAMILY(clact_kernel_act_exp),
    [FAMILY_BIAS_OF + FAMILY_GELU] = BIAS_FAMILY(clact_kernel_act_gelu),
    [FAMILY_PRELU] = {{clact_kernel_prelude, clact_kernel_prelu},
                      {"clact_prelu_fwd", "clact_prelu_bwd", "clact_prelu_dslope_partial",
                       "clact_prelu_dslope_final"}},
    /* the 8-bit table lookup (host/quant.c), one program per output element size */
    [FAMILY_LUT] = {{clact_kernel_lut}, {"clact_lut", "clact_lut16"}},
    /* dbias (host/bias.c): a reduction that calls no formula */
    [FAMILY_DBIAS] = {{clact_kernel_prelude, clact_kernel_bias_grad}, {"clact_bias_grad"}},
};

/* The family of each activation (the rows each act_FAMILY.cl header lists). A row left out
 * is built from act_piecewise.cl (FAMILY_PIECEWISE is 0); one in the wrong family fails its
 * build (fwd_NAME undefined), which its activation tests report. */
static const unsigned char activation_family[CLACT_ACTIVATION_COUNT] = {
    [CLACT_IDENTITY] = FAMILY_PIECEWISE,
    [CLACT_RELU] = FAMILY_PIECEWISE,
    [CLACT_LEAKY_RELU] = FAMILY_PIECEWISE,
    [CLACT_HARDTANH] = FAMILY_PIECEWISE,
    [CLACT_RELU6] = FAMILY_PIECEWISE,
    [CLACT_HARDSWISH] = FAMILY_PIECEWISE,
    [CLACT_HARDSIGMOID] = FAMILY_PIECEWISE,
    [CLACT_SOFTSHRINK] = FAMILY_PIECEWISE,
    [CLACT_HARDSHRINK] = FAMILY_PIECEWISE,
    [CLACT_THRESHOLD] = FAMILY_PIECEWISE,
    [CLACT_SOFTSIGN] = FAMILY_PIECEWISE,
    [CLACT_SIGMOID] = FAMILY_LOGISTIC,
    [CLACT_TANH] = FAMILY_LOGISTIC,
    [CLACT_SWISH] = FAMILY_LOGISTIC,
    [CLACT_SOFTPLUS] = FAMILY_LOGISTIC,
    [CLACT_LOGSIGMOID] = FAMILY_LOGISTIC,
    [CLACT_TANHSHRINK] = FAMILY_LOGISTIC,
    [CLACT_MISH] = FAMILY_LOGISTIC,
    [CLACT_ELU] = FAMILY_EXP,
    [CLACT_SELU] = FAMILY_EXP,
    [CLACT_CELU] = FAMILY_EXP,
    [CLACT_GELU] = FAMILY_GELU,
    [CLACT_GELU_TANH] = FAMILY_GELU,
    [CLACT_GELU_QUICK] = FAMILY_LOGISTIC,
    [CLACT_RELU_SQUARED] = FAMILY_PIECEWISE,
};

/* A rare form's program (PROGRAM_RARE_OF) is its base program built with the forward
 * formula's rare form (build_options): the same files and kernels otherwise. */
static int is_rare(int program) { return program >= PROGRAM_RARE; }
static int base_of(int program) { return is_rare(program) ? program - PROGRAM_RARE : program; }

/* A fused program's gate (the activation it is built for) and kind (FUSED_*); -1 for other
 * programs. */
static int is_fused(int program) {
  return base_of(program) >= PROGRAM_FUSED && base_of(program) < PROGRAM_DBIAS;
}
static int fused_gate(int program) {
  return is_fused(program) ? (base_of(program) - PROGRAM_FUSED) % CLACT_ACTIVATION_COUNT : -1;
}
static int fused_kind(int program) {
  return is_fused(program) ? (base_of(program) - PROGRAM_FUSED) / CLACT_ACTIVATION_COUNT : -1;
}
/* The fused kind's kernel index in its file's list (gated.cl's or bias.cl's). */
static int fused_kernel(int kind) { return kind >= FUSED_BIAS_FWD ? kind - FUSED_BIAS_FWD : kind; }

static const family *family_of(int program) {
  program = base_of(program);
  if (program == PROGRAM_LUT) return &families[FAMILY_LUT];
  if (program == PROGRAM_DBIAS) return &families[FAMILY_DBIAS];
  if (is_fused(program))
    return &families[(fused_kind(program) >= FUSED_BIAS_FWD ? FAMILY_BIAS_OF : FAMILY_GATED_OF) +
                     activation_family[fused_gate(program)]];
  return &families[program == PROGRAM_PRELU ? FAMILY_PRELU : activation_family[program]];
}

/* Whether the forward formula of activation a has a form of its own for op's parameters
 * on a kernel of fused kind `kind` (-1: not fused), fwd_NAME_rare in its family file:
 * softplus in float with a large beta (as the kernel sees it, in float), and swish f32 and
 * f64 with a tiny one (below). fwd_softplus' value before alpha carries 1 / beta's exponent, c (1 +
 * t) 2^max(k, -SC_SPLIT) with c = 1 / beta, so from about e^z / beta < 2^-126 on it rounds in the
 * subnormal range before alpha (or a gate's b, dy) brings the result back: the 1-D, N-D and bias
 * forwards lost bits from beta 2^17 on (2.6 ulp at alpha 2^10; 0 for 7.3e-40 at beta 2^40, alpha
 * 2^20), and the gated kernels, whose b and dy may be as small as 2^-10 where alpha > 1, from beta
 * 175 on (2.9 ulp), and at alpha 1 with b 2^40 from beta 2^20 on (16.6 ulp; 0 for every result from
 * beta 2^40 on). The rare form joins 2^-E of beta = beta' 2^E to the scaled value's rule
 * and holds every beta from 1 up (1.04 ulp at most; bench/results/s15-softplus/), but its
 * loop is 80 AVX-512 instructions to the usual 63, so the usual form keeps the betas where
 * its value stays normal: below 2^14 (c 2^-SC_SPLIT >= 2^-125), and below 2^5 for the
 * gated kernels (times 2^-10 as well). A program of its own, so that the usual programs'
 * loops carry nothing of it (one kernel with both loops took the 1-D loop from 63 to 65-68
 * instructions: bench/results/s13-softplus/). */
static int fwd_rare_applies(int a, const clact_op *op, int kind) {
  const int gated = kind >= 0 && kind < FUSED_BIAS_FWD;
  const float p0 = (float)op->param[0];
  if (a == CLACT_SOFTPLUS) return op->dtype != CLACT_F64 && p0 >= (gated ? 0x1p5f : 0x1p14f);
  /* swish f32 with 0 < |beta| < 2^-100: x (1 + t) overflowed before the division for
   * |x| > 2^127 (NaN for a finite result); fwd_swish_rare takes x as x 2^-2. f64 the same
   * for |x| > 2^1023, where a result that is not 0 (z = beta x above EXP_FLOOR, -2020)
   * needs |beta| < 2^-1012: below 2^-1000, beta as the kernel sees it (a double). The
   * 16-bit forms never overflowed there (s16-contract's sweep). */
  if (a == CLACT_SWISH && op->dtype == CLACT_F64)
    return op->param[0] != 0 && fabs(op->param[0]) < 0x1p-1000;
  if (a == CLACT_SWISH) return op->dtype == CLACT_F32 && p0 != 0 && fabsf(p0) < 0x1p-100f;
  return 0;
}

int clact_program_for(int program, int k, const clact_op *op) {
  /* the kernels that call the forward formula: the activation's forwards (the quantizing
   * one too, so that it computes f exactly as clact_forward does: docs/QUANTIZED.md), every
   * gated kernel (the backward's db is alpha dy g(a)), bias + f's forward */
  const int fused = is_fused(program);
  const int a = fused ? fused_gate(program) : program < PROGRAM_PRELU ? program : -1;
  const int calls_fwd = fused ? fused_kind(program) != FUSED_BIAS_BWD
                              : k == KERNEL_FWD || k == KERNEL_FWD_ND || k == KERNEL_FWD_Q;
  return a >= 0 && calls_fwd && fwd_rare_applies(a, op, fused_kind(program))
             ? PROGRAM_RARE_OF(program)
             : program;
}

/* The name of a program's kernel k (NULL: none): backward from y only where the table
 * defines it, the quantizing forward for f32 and f64 only, a rare form's forwards only. A
 * fused program has one, KERNEL_FUSED. */
static const char *kernel_name(int program, clact_dtype t, int k) {
  if (is_fused(program))
    return k == KERNEL_FUSED ? family_of(program)->kernels[fused_kernel(fused_kind(program))]
                             : NULL;
  if (!family_of(program)->kernels[k]) return NULL;
  if (is_rare(program) && k != KERNEL_FWD && k != KERNEL_FWD_ND && k != KERNEL_FWD_Q) return NULL;
  program = base_of(program);
  if (program < PROGRAM_PRELU && k == KERNEL_FWD_Q && t != CLACT_F32 && t != CLACT_F64) return NULL;
  const int has = program >= PROGRAM_PRELU || (k != KERNEL_BWDY && k != KERNEL_BWDY_ND) ||
                  clact_info((clact_activation)program)->from_y != CLACT_FROM_Y_NEVER;
  return has ? family_of(program)->kernels[k] : NULL;
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

/* Build options: storage type and vector width; for an activation also which one and its
 * walk (every device stores f16 through vstore_half, kernels/prelude.cl). Extra options for
 * experiments come from CLACT_BUILD_OPTIONS (documented in docs/ARCHITECTURE.md). */
static void build_options(const clact_context *ctx, int program, clact_dtype t, char *buf,
                          size_t size) {
  const char *extra = getenv("CLACT_BUILD_OPTIONS");
  if (!extra) extra = "";
  const char *form = is_rare(program) ? "_rare" : ""; /* the forward formula's name */
  program = base_of(program);
  if (program == PROGRAM_PRELU || program == PROGRAM_DBIAS) {
    snprintf(buf, size, "-cl-std=CL1.2 -DCLACT_DTYPE=%d -DVW=%u %s", (int)t,
             ctx->shape.vector_width[t], extra);
    return;
  }
  if (program == PROGRAM_LUT) { /* slot t holds the kernel for 2^t-byte outputs */
    snprintf(buf, size, "-cl-std=CL1.2 -DLUT_BYTES=%d%s %s", 1 << (int)t,
             ctx->shape.contiguous ? " -DCLACT_CONTIGUOUS" : "", extra);
    return;
  }
  /* a fused program is built for its gate's formulas, without the plain kernels */
  const int gate = fused_gate(program);
  /* a piecewise gate's formula is a select or two: inlined, as it costs little to build
   * and the out-of-line call cost the memory-bound rows (bias + relu) about 15 % of copy
   * speed; the other families' formulas are called out of line (views.cl, CLACT_OUTLINE).
   * Its values at +-inf are exact, so the gated kernels leave out their 0 * inf checks
   * (kernels/gated.cl, CLACT_GATE_EXACT_LIMITS). */
  /* and named (CLACT_GATE), for its value-and-slope form if its family file has one
   * (kernels/gated.cl) */
  const activation_info *info = clact_info((clact_activation)(gate >= 0 ? gate : program));
  /* a piecewise formula costs less than its memory: the N-D row walk streams its large
   * outputs (kernels/views.cl, ND_STREAM_ROWS); the other families' would run slower */
  const int cheap = activation_family[gate >= 0 ? gate : program] == FAMILY_PIECEWISE;
  char fused[128] = "";
  if (gate >= 0)
    snprintf(fused, sizeof fused, " -DCLACT_FUSED=%d -DCLACT_GATE=%s%s",
             fused_kernel(fused_kind(program)), info->name,
             activation_family[gate] == FAMILY_PIECEWISE
                 ? " -DCLACT_OUTLINE=CLACT_INLINE -DCLACT_GATE_EXACT_LIMITS"
                 : "");
  snprintf(buf, size,
           "-cl-std=CL1.2 -DFWD=fwd_%s%s -DBWD=bwd_%s -DBWDY=bwdy_%s -DCLACT_DTYPE=%d "
           "-DVW=%u%s%s%s%s%s %s",
           info->name, form, info->name, info->name, (int)t, ctx->shape.vector_width[t],
           info->from_y != CLACT_FROM_Y_NEVER && gate < 0 ? " -DCLACT_HAS_BWDY" : "",
           gate >= 0 ? fused : "", ctx->shape.contiguous ? " -DCLACT_CONTIGUOUS" : "",
           cheap ? " -DCLACT_STREAM_ROWS" : "",
           t == CLACT_BF16 && ctx->shape.cpu_avx512bf16 ? " -DCLACT_CPU_AVX512BF16" : "", extra);
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
    const char *name = kernel_name(program, t, k);
    if (!name) continue;
    err = CL_OUT_OF_HOST_MEMORY;
    if (!CLACT_FAULT()) fresh.kernel[k] = clCreateKernel(fresh.program, name, &err);
    if (!fresh.kernel[k]) {
      release_slot(&fresh);
      return err;
    }
  }
  *slot = fresh;
  *out = slot;
  return CLACT_SUCCESS;
}

clact_status clact_enqueue_kernel(clact_context *ctx, cl_kernel kernel, const kernel_arg *args,
                                  int nargs, size_t global, size_t local, cl_uint num_events,
                                  const cl_event *wait_list, cl_event *event) {
  cl_int err = CL_SUCCESS;
  for (int i = 0; i < nargs && !err; ++i)
    err = clSetKernelArg(kernel, (cl_uint)i, args[i].size, args[i].value);
  if (!err) /* the command, and the event if one is asked for, are objects it creates */
    err = CLACT_FAULT() ? CL_OUT_OF_HOST_MEMORY
                        : clEnqueueNDRangeKernel(ctx->queue, kernel, 1, NULL, &global, &local,
                                                 num_events, wait_list, event);
  return err;
}

clact_status clact_run_kernel(clact_context *ctx, int program, clact_dtype t, int k,
                              const kernel_arg *args, int nargs, size_t global, size_t local,
                              cl_uint num_events, const cl_event *wait_list, cl_event *event) {
  pthread_mutex_lock(&ctx->lock);
  program_slot *slot;
  clact_status st = clact_get_program(ctx, program, t, &slot);
  if (st == CLACT_SUCCESS)
    st = clact_enqueue_kernel(ctx, slot->kernel[k], args, nargs, global, local, num_events,
                              wait_list, event);
  pthread_mutex_unlock(&ctx->lock);
  return st;
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
