/* internal.h — what the host library's files share; nothing here is exported. */
#ifndef CLACT_INTERNAL_H
#define CLACT_INTERNAL_H

#include "clact.h"

#include <pthread.h>
#include <stddef.h>

/* Fault injection: a test build (CLACT_FAULT_INJECTION) can make any allocation or
 * OpenCL object creation fail; in the library proper the check compiles away. */
#ifdef CLACT_FAULT_INJECTION
int clact_fault_hit(void);
#define CLACT_FAULT() clact_fault_hit()
#else
#define CLACT_FAULT() 0
#endif

void *clact_malloc(size_t bytes);
void *clact_calloc(size_t count, size_t bytes);

/* A parameter as a kernel of dtype gets it: a float for f32/f16/bf16, the double for f64
 * (checks test this value: 1e-50 is 0 and 1e300 infinite as a float). */
static inline double clact_param_seen(double v, clact_dtype dtype) {
  return dtype == CLACT_F64 ? v : (double)(float)v;
}

/* Checked size_t arithmetic for the views' spans (views.c, gated.c): 0 and *r set, or 1
 * when the exact result does not fit. */
static inline int add_overflows(size_t a, size_t b, size_t *r) {
  if (a > (size_t)-1 - b) return 1;
  *r = a + b;
  return 0;
}
static inline int mul_overflows(size_t a, size_t b, size_t *r) {
  if (b != 0 && a > (size_t)-1 / b) return 1;
  *r = a * b;
  return 0;
}

/* The fused calls' kinds: each (kind, activation) is a program of one kernel, so that a
 * call builds only the kernel it runs, from its gate's family of formulas only. */
enum {
  FUSED_GATED_FWD, /* gated.cl */
  FUSED_GATED_BWD,
  FUSED_CLAMPED_FWD,
  FUSED_CLAMPED_BWD,
  FUSED_BIAS_FWD, /* bias.cl */
  FUSED_BIAS_BWD,
  FUSED_KIND_COUNT
};
/* The programs of a context, each built once per dtype: one per activation (index = the
 * clact_activation), then PReLU's, then the 8-bit table lookup's (indexed by its output
 * size: lut_slot() in quant.c), then the fused ones (PROGRAM_FUSED_OF), then the bias
 * gradient's; then the rare forms of the activation and fused programs (PROGRAM_RARE_OF:
 * the same program built with its forward formula's form for rare parameters, which
 * clact_program_for chooses; built only when a call runs it). */
enum {
  PROGRAM_PRELU = CLACT_ACTIVATION_COUNT,
  PROGRAM_LUT,
  PROGRAM_FUSED,
  PROGRAM_DBIAS = PROGRAM_FUSED + FUSED_KIND_COUNT * CLACT_ACTIVATION_COUNT,
  PROGRAM_RARE,
  PROGRAM_COUNT = PROGRAM_RARE + PROGRAM_DBIAS
};
#define PROGRAM_FUSED_OF(kind, activation)                                                         \
  (PROGRAM_FUSED + (kind)*CLACT_ACTIVATION_COUNT + (int)(activation))
#define PROGRAM_RARE_OF(program) (PROGRAM_RARE + (program)) /* program < PROGRAM_DBIAS */

/* The kernels of a program. An activation's: forward, backward from x, backward from y,
 * on one merged dimension (elementwise.cl), then the same three on N-D views (views.cl,
 * KERNEL_ND + the 1-D one's index), and for f32 and f64 the quantizing forward (a rare
 * form's program: the three forwards only). PReLU's: forward, backward, and the slope
 * gradient's two passes. */
enum {
  KERNEL_FWD,
  KERNEL_BWD,
  KERNEL_BWDY,
  KERNEL_FWD_ND,
  KERNEL_BWD_ND,
  KERNEL_BWDY_ND,
  KERNEL_FWD_Q /* the quantizing forward, f32/f64 in, 8-bit out (quantize.cl) */
};
enum { KERNEL_ND = KERNEL_FWD_ND - KERNEL_FWD };
enum { KERNEL_PRELU_FWD, KERNEL_PRELU_BWD, KERNEL_PRELU_PARTIAL, KERNEL_PRELU_FINAL };
enum { KERNEL_LUT, KERNEL_LUT16 }; /* 8-bit codes in; 16-bit (f16, bf16) codes in */
/* A fused program's one kernel (N-D only), and the dbias program's. */
enum { KERNEL_FUSED = 0 };
enum { KERNEL_DBIAS = 0 };
enum { KERNEL_MAX = 7 };

typedef struct program_slot {
  cl_program program;
  cl_kernel kernel[KERNEL_MAX];
} program_slot;

/* How kernels are launched on this device (from device queries, never vendor names). */
typedef struct launch_shape {
  cl_uint vector_width[CLACT_DTYPE_COUNT]; /* elements per vector, per storage type */
  size_t local_size;
  size_t max_groups; /* every launch but the CPU activations' (PReLU, lookup tables) */
  int contiguous;    /* 1: each work-item walks one block (CPU); 0: grid-stride (GPU) */
  int gpu;           /* a GPU: f16 stores round in integer arithmetic (kernels/prelude.cl) */
  /* a CPU device of this host, whose CPU has AVX512_BF16: bf16 programs get
   * -DCLACT_CPU_AVX512BF16 (kernels/prelude.cl, CLACT_BF16_CVT) */
  int cpu_avx512bf16;
  /* Contiguous walks only: vectors per work-item before another group joins, and the
   * most groups of one launch (see clact_query_shape for why they are small blocks). */
  size_t block_units;
  size_t max_block_groups;
} launch_shape;
/* enqueue.c: the work-items of a launch over `units` units of work (vectors), as the
 * device's launch shape says: small blocks on CPUs, grid-stride groups on GPUs. */
size_t clact_global_size(const launch_shape *sh, size_t units);

struct clact_context_s {
  cl_context context;
  cl_device_id device;
  cl_command_queue queue;
  int has_fp64;
  int host_unified;   /* device shares host memory: host arrays can be zero-copy */
  cl_uint base_align; /* bytes, CL_DEVICE_MEM_BASE_ADDR_ALIGN / 8 */
  launch_shape shape;
  /* The lock guards the program cache, the build log and every clSetKernelArg +
   * clEnqueueNDRangeKernel pair, since kernel arguments are state of the cl_kernel. */
  pthread_mutex_t lock;
  program_slot slot[PROGRAM_COUNT][CLACT_DTYPE_COUNT];
  char *build_log;
  struct lut_cache *lut; /* quant.c: the 8-bit tables, made on first use (under lock) */
};

/* table.c */
typedef struct activation_info {
  const char *name;
  const char *param_name[2];
  double param_default[2];
  int domain, from_y, exactness;
} activation_info;
const activation_info *clact_info(clact_activation a); /* NULL if unknown */
clact_status clact_validate_op(const clact_op *op);
int clact_is_dtype8(clact_dtype t); /* u8, s8, fp8_e4m3, fp8_e5m2 */

/* device.c */
clact_status clact_select_device(const char *spec, cl_platform_id *platform, cl_device_id *device);
clact_status clact_query_shape(cl_device_id device, launch_shape *shape, int *has_fp64,
                               int *host_unified, cl_uint *base_align);

/* program.c: the built program, with its kernels, of (program, dtype), where program is a
 * clact_activation or PROGRAM_PRELU; call with ctx->lock held. */
clact_status clact_get_program(clact_context *ctx, int program, clact_dtype t, program_slot **slot);
/* One argument of a kernel, as clSetKernelArg takes it. */
typedef struct kernel_arg {
  size_t size;
  const void *value;
} kernel_arg;
/* Arguments args[0 .. nargs) of `kernel` set, then the kernel enqueued over `global`
 * work-items in groups of `local`: CL_SUCCESS or the CL_ code of the first call that fails.
 * Call with ctx->lock held (arguments are state of the cl_kernel). */
clact_status clact_enqueue_kernel(clact_context *ctx, cl_kernel kernel, const kernel_arg *args,
                                  int nargs, size_t global, size_t local, cl_uint num_events,
                                  const cl_event *wait_list, cl_event *event);
/* Kernel k of (program, dtype), its arguments args[0 .. nargs) set and enqueued over
 * `global` work-items in groups of `local`: the status of the program build or the CL_
 * code of the first call that fails. Takes and releases ctx->lock (arguments are state
 * of the cl_kernel, so setting them and enqueueing is one step). */
clact_status clact_run_kernel(clact_context *ctx, int program, clact_dtype t, int k,
                              const kernel_arg *args, int nargs, size_t global, size_t local,
                              cl_uint num_events, const cl_event *wait_list, cl_event *event);
/* The program that runs kernel k of `program` (an activation's or a fused one) for op:
 * its rare form, PROGRAM_RARE_OF(program), where the kernel calls a forward formula that
 * has a form of its own for op's parameters (softplus in float with a large beta), else program
 * (program.c). */
int clact_program_for(int program, int k, const clact_op *op);
void clact_release_programs(clact_context *ctx);

/* views.c: what every enqueue call checks about its operands. */
/* The bytes a view can touch, placed in its root buffer (a sub-buffer's parent). */
typedef struct view_span {
  cl_mem root;
  size_t lo, hi; /* bytes [lo, hi) of root */
  size_t elem;   /* bytes per element */
  size_t stride; /* a 1-D call's: as given (n = 1: never applied); else that of the
                    only dimension of size > 1 (1 when none) */
  int multi;     /* more than one dimension of size > 1: compared by strides below */
  int rank;
  size_t strides[CLACT_MAX_RANK]; /* per dimension of the call; 0 where its size is 1 */
} view_span;
/* A caller's cl_mem: of ctx's context (else CONTEXT_MISMATCH) and a buffer (an image is
 * OpenCL's CL_INVALID_MEM_OBJECT); the views and the buffer helpers check every operand. */
clact_status clact_check_buffer(const clact_context *ctx, cl_mem buffer);
/* The view of n >= 1 elements offset, offset + stride, ... of buffer (elements of es
 * bytes): INVALID_ARGUMENT (buffer NULL), INVALID_STRIDE (0), the CL_ code of a failed
 * query, CONTEXT_MISMATCH, OUT_OF_RANGE (past the buffer, or not representable). */
clact_status clact_view_1d(const clact_context *ctx, cl_mem buffer, size_t offset, size_t stride,
                           size_t n, size_t es, view_span *out);
/* N-D views (clact_tensor), checked in this order by every call:
 * clact_shape_of: the call's shape, the output view: INVALID_ARGUMENT (NULL), INVALID_RANK,
 *   INVALID_SIZE (its element count times es overflows size_t); *count its elements.
 * clact_view_align: an input's strides at the call's rank, 0 along each dimension it
 *   broadcasts: INVALID_ARGUMENT (NULL), INVALID_RANK, SHAPE_MISMATCH.
 * clact_view_nd: places the view of `shape`'s sizes with those strides and offset, as
 *   clact_view_1d does (count >= 1): INVALID_ARGUMENT, the CL_ code of a failed query,
 *   CONTEXT_MISMATCH, OUT_OF_RANGE.
 * clact_view_self_aliases: 1 if an output view broadcasts or two of its indices can reach
 *   one element (the conservative rule of include/clact.h). */
clact_status clact_shape_of(const clact_tensor *out, size_t es, size_t *count);
clact_status clact_view_align(const clact_tensor *view, const clact_tensor *shape, size_t *stride);
clact_status clact_view_nd(const clact_context *ctx, cl_mem buffer, const clact_tensor *shape,
                           const size_t *stride, size_t offset, size_t es, view_span *out);
int clact_view_self_aliases(const clact_tensor *shape, const size_t *stride);
/* 1 if output out shares a byte with input in; may_alias: the identical view is allowed. */
int clact_views_overlap(const view_span *in, const view_span *out, int may_alias);

/* One tensor of an N-D call: its buffer and view. A call lists its inputs, then its
 * outputs; the last output's view is the call's shape; the inputs broadcast to it. */
typedef struct view_operand {
  cl_mem buffer;
  const clact_tensor *view;
} view_operand;
enum { CLACT_MAX_OPERANDS = 5 }; /* gated backward: a, b, dy, da, db */
/* The prologue every N-D call shares, in the order of include/clact.h: the call's shape
 * and *count (clact_shape_of on the output), then each operand's strides at its rank
 * (clact_view_align, in order). */
clact_status clact_views_shape(const view_operand *ops, int nops, size_t es, size_t *count,
                               size_t stride[][CLACT_MAX_RANK]);
/* Then, for a call of count >= 1: each operand placed in its buffer (clact_view_nd, in
 * order), OUTPUT_ALIAS (clact_view_self_aliases on each of the last `outputs` operands),
 * OVERLAP (an input sharing a byte with an output, except the identical view for the
 * inputs whose bit is set in may_alias: those read by the work-item that writes their
 * element; two outputs sharing a byte, unless shifted views that never meet, as the
 * halves of one tensor). strict_1d: the 1-D calls' rules: a stride 0 is INVALID_STRIDE
 * (checked as that operand is placed) and the overlap rule compares strides as given. */
clact_status clact_views_place(const clact_context *ctx, const view_operand *ops, int nops,
                               int outputs, size_t stride[][CLACT_MAX_RANK], size_t es,
                               unsigned may_alias, int strict_1d);
/* 1 if two views of shape with the same strides, shifted, can never share a byte (see
 * views.c): two outputs of one call may be such views (the halves of one tensor). */
int clact_views_shifted_apart(const clact_tensor *shape, const view_span *p, const view_span *q);
/* INVALID_WAIT_LIST (count and list disagree, a NULL entry), CONTEXT_MISMATCH (an event of
 * another cl_context), or the CL_ code of a failed query. */
clact_status clact_check_wait_list(const clact_context *ctx, cl_uint num_events,
                                   const cl_event *wait_list);
/* A call with nothing to run: an event, if asked for, completes after the wait list. */
clact_status clact_empty_call(clact_context *ctx, cl_uint num_events, const cl_event *wait_list,
                              cl_event *event);

/* enqueue.c: the one launch path, over view_operands (inputs, then outputs). */
typedef struct launch_plan {
  int program;   /* clact_get_program's index */
  int kernel;    /* KERNEL_* of the 1-D form (nd_only: the kernel itself) */
  int nd_only;   /* the family has only N-D kernels: a merged rank 1 runs as rank 2 */
  int outputs;   /* the last `outputs` operands are written */
  int strict_1d; /* the 1-D calls' rule that a stride is never 0 */
  int has_limit; /* one more parameter after op's: limit (the clamped gates) */
  double limit;
} launch_plan;
/* Validates the views (op is already validated) and enqueues the plan's kernel with the
 * operands' arguments, then op's parameters. */
clact_status clact_launch(clact_context *ctx, const clact_op *op, const launch_plan *plan,
                          const view_operand *ops, int nops, cl_uint num_events,
                          const cl_event *wait_list, cl_event *event);

#endif
