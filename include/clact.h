/*
 * clact — OpenCL activation functions, forward and backward.
 *
 * One public header. Every function returns a clact_status (0 on success) and validates
 * its arguments; the library never prints. Enqueue calls mirror OpenCL's own: the caller's
 * cl_mem buffers with element offsets and strides, an event wait list in, an optional
 * event out, and they never block. The *_host calls run synchronously on plain arrays.
 *
 * Conventions for every function below:
 *  - Statuses: CLACT_SUCCESS (0), a library code (-2000 .. -2099, CLACT_ERROR_*), or an
 *    OpenCL error code passed through unchanged (e.g. CL_OUT_OF_RESOURCES). Each comment
 *    lists the library codes a function can return; any call that reaches OpenCL can also
 *    return OpenCL's. clact_status_string() explains any of them.
 *  - Checks come first: a call that fails validation has enqueued nothing, allocated
 *    nothing and written none of its outputs.
 *  - Ownership: the library never takes ownership of the caller's objects. It retains
 *    what it keeps (a borrowed queue) and releases it in clact_context_destroy. Handles it
 *    returns through accessors are borrowed: valid while the context lives, not retained.
 *  - Blocking: enqueue calls never wait; the *_host calls, clact_finish, clact_prepare and
 *    the buffer read/write helpers wait, as each comment says.
 *
 * Thread safety: a clact_context may be used from several threads at once. Programs are
 * built lazily on first use and cached in the context.
 *
 * docs/API.md is the same reference as a page, with examples.
 */
#ifndef CLACT_H
#define CLACT_H

#ifndef CL_TARGET_OPENCL_VERSION
#define CL_TARGET_OPENCL_VERSION 120
#endif
#if defined(__APPLE__)
#include <OpenCL/cl.h>
#else
#include <CL/cl.h>
#endif

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define CLACT_VERSION_MAJOR 0
#define CLACT_VERSION_MINOR 3
#define CLACT_VERSION_PATCH 0
#define CLACT_VERSION_NUMBER                                                                       \
  (CLACT_VERSION_MAJOR * 10000 + CLACT_VERSION_MINOR * 100 + CLACT_VERSION_PATCH)

#if defined(CLACT_STATIC)
#define CLACT_API
#elif defined(_WIN32)
#ifdef CLACT_BUILDING
#define CLACT_API __declspec(dllexport)
#else
#define CLACT_API __declspec(dllimport)
#endif
#else
#define CLACT_API __attribute__((visibility("default")))
#endif

/* ------------------------------------------------------------------------------------ */
/* The activation table.                                                                */
/*                                                                                      */
/* X(ENUM, name, p0_name, p0_default, p1_name, p1_default, domain, from_y, exactness)   */
/*   ENUM, name   CLACT_ENUM and the lower-case name used by the tools and kernels.     */
/*   pK_name      what parameter K means ("-" when unused); pK_default its default.     */
/*   domain       which parameter values are valid (CLACT_DOMAIN_*).                    */
/*   from_y       whether backward can start from the output y (CLACT_FROM_Y_*).        */
/*   exactness    CLACT_EXACT (piecewise linear, bit-exact) or CLACT_SMOOTH.            */
/* Definitions and defaults follow PyTorch; docs/ACCURACY.md has the formulas.          */
/* ------------------------------------------------------------------------------------ */
#define CLACT_ACTIVATIONS(X)                                                                       \
  X(SIGMOID, sigmoid, "-", 0.0, "-", 0.0, CLACT_DOMAIN_ANY, CLACT_FROM_Y_ALWAYS, CLACT_SMOOTH)     \
  X(TANH, tanh, "-", 0.0, "-", 0.0, CLACT_DOMAIN_ANY, CLACT_FROM_Y_ALWAYS, CLACT_SMOOTH)           \
  X(RELU, relu, "-", 0.0, "-", 0.0, CLACT_DOMAIN_ANY, CLACT_FROM_Y_ALWAYS, CLACT_EXACT)            \
  X(LEAKY_RELU, leaky_relu, "negative_slope", 0.01, "-", 0.0, CLACT_DOMAIN_ANY,                    \
    CLACT_FROM_Y_IF_P0_POSITIVE, CLACT_EXACT)                                                      \
  X(ELU, elu, "alpha", 1.0, "-", 0.0, CLACT_DOMAIN_ANY, CLACT_FROM_Y_IF_P0_NONNEGATIVE,            \
    CLACT_SMOOTH)                                                                                  \
  X(SWISH, swish, "beta", 1.0, "-", 0.0, CLACT_DOMAIN_ANY, CLACT_FROM_Y_NEVER, CLACT_SMOOTH)       \
  X(SOFTPLUS, softplus, "beta", 1.0, "-", 0.0, CLACT_DOMAIN_P0_POSITIVE, CLACT_FROM_Y_NEVER,       \
    CLACT_SMOOTH)                                                                                  \
  X(IDENTITY, identity, "-", 0.0, "-", 0.0, CLACT_DOMAIN_ANY, CLACT_FROM_Y_ALWAYS, CLACT_EXACT)    \
  X(GELU, gelu, "-", 0.0, "-", 0.0, CLACT_DOMAIN_ANY, CLACT_FROM_Y_NEVER, CLACT_SMOOTH)            \
  X(GELU_TANH, gelu_tanh, "-", 0.0, "-", 0.0, CLACT_DOMAIN_ANY, CLACT_FROM_Y_NEVER, CLACT_SMOOTH)  \
  X(SELU, selu, "-", 0.0, "-", 0.0, CLACT_DOMAIN_ANY, CLACT_FROM_Y_ALWAYS, CLACT_SMOOTH)           \
  X(CELU, celu, "alpha", 1.0, "-", 0.0, CLACT_DOMAIN_P0_POSITIVE, CLACT_FROM_Y_ALWAYS,             \
    CLACT_SMOOTH)                                                                                  \
  X(MISH, mish, "-", 0.0, "-", 0.0, CLACT_DOMAIN_ANY, CLACT_FROM_Y_NEVER, CLACT_SMOOTH)            \
  X(HARDSWISH, hardswish, "-", 0.0, "-", 0.0, CLACT_DOMAIN_ANY, CLACT_FROM_Y_NEVER, CLACT_SMOOTH)  \
  X(HARDSIGMOID, hardsigmoid, "-", 0.0, "-", 0.0, CLACT_DOMAIN_ANY, CLACT_FROM_Y_ALWAYS,           \
    CLACT_SMOOTH)                                                                                  \
  X(HARDTANH, hardtanh, "min_val", -1.0, "max_val", 1.0, CLACT_DOMAIN_P0_LESS_P1,                  \
    CLACT_FROM_Y_ALWAYS, CLACT_EXACT)                                                              \
  X(RELU6, relu6, "-", 0.0, "-", 0.0, CLACT_DOMAIN_ANY, CLACT_FROM_Y_ALWAYS, CLACT_EXACT)          \
  X(SOFTSIGN, softsign, "-", 0.0, "-", 0.0, CLACT_DOMAIN_ANY, CLACT_FROM_Y_ALWAYS, CLACT_SMOOTH)   \
  X(LOGSIGMOID, logsigmoid, "-", 0.0, "-", 0.0, CLACT_DOMAIN_ANY, CLACT_FROM_Y_ALWAYS,             \
    CLACT_SMOOTH)                                                                                  \
  X(TANHSHRINK, tanhshrink, "-", 0.0, "-", 0.0, CLACT_DOMAIN_ANY, CLACT_FROM_Y_NEVER,              \
    CLACT_SMOOTH)                                                                                  \
  X(SOFTSHRINK, softshrink, "lambd", 0.5, "-", 0.0, CLACT_DOMAIN_P0_NONNEGATIVE,                   \
    CLACT_FROM_Y_ALWAYS, CLACT_EXACT)                                                              \
  X(HARDSHRINK, hardshrink, "lambd", 0.5, "-", 0.0, CLACT_DOMAIN_ANY,                              \
    CLACT_FROM_Y_IF_P0_NONNEGATIVE, CLACT_EXACT)                                                   \
  X(THRESHOLD, threshold, "threshold", 0.0, "value", 0.0, CLACT_DOMAIN_ANY, CLACT_FROM_Y_NEVER,    \
    CLACT_EXACT)                                                                                   \
  X(GELU_QUICK, gelu_quick, "-", 0.0, "-", 0.0, CLACT_DOMAIN_ANY, CLACT_FROM_Y_NEVER,              \
    CLACT_SMOOTH)                                                                                  \
  X(RELU_SQUARED, relu_squared, "-", 0.0, "-", 0.0, CLACT_DOMAIN_ANY, CLACT_FROM_Y_NEVER,          \
    CLACT_EXACT)

/* Parameter domains: every parameter must also be finite. */
#define CLACT_DOMAIN_ANY            0
#define CLACT_DOMAIN_P0_POSITIVE    1 /* p0 > 0 */
#define CLACT_DOMAIN_P0_NONNEGATIVE 2 /* p0 >= 0 */
#define CLACT_DOMAIN_P0_LESS_P1     3 /* p0 < p1 */

/* When backward from the output y is defined. */
#define CLACT_FROM_Y_NEVER             0
#define CLACT_FROM_Y_ALWAYS            1
#define CLACT_FROM_Y_IF_P0_POSITIVE    2
#define CLACT_FROM_Y_IF_P0_NONNEGATIVE 3

#define CLACT_EXACT  0
#define CLACT_SMOOTH 1

typedef enum clact_activation {
#define CLACT_X_ENUM(E, name, p0n, p0d, p1n, p1d, dom, fy, ex) CLACT_##E,
  CLACT_ACTIVATIONS(CLACT_X_ENUM)
#undef CLACT_X_ENUM
      CLACT_ACTIVATION_COUNT
} clact_activation;

/* Storage types. Kernels compute f16 and bf16 in float and round to nearest even. */
typedef enum clact_dtype {
  CLACT_F32 = 0,
  CLACT_F16 = 1,
  CLACT_BF16 = 2,
  CLACT_F64 = 3,     /* needs cl_khr_fp64; CLACT_ERROR_UNSUPPORTED_DTYPE elsewhere */
  CLACT_DTYPE_COUNT, /* the floating-point types above: the ones a clact_op may hold */
  /* 8-bit types (docs/QUANTIZED.md), for clact_forward_q only; any other call refuses
     them with CLACT_ERROR_QUANTIZED_DTYPE. Numbered apart so CLACT_DTYPE_COUNT keeps
     counting the types every call takes. */
  CLACT_U8 = 16,       /* affine: real = scale * (q - zero_point), q in 0 .. 255 */
  CLACT_S8 = 17,       /* affine, q in -128 .. 127 */
  CLACT_FP8_E4M3 = 18, /* OCP E4M3FN: bias 7, max 448, no infinities, NaN S.1111.111 */
  CLACT_FP8_E5M2 = 19  /* OCP E5M2: bias 15, IEEE-like, infinities and NaNs */
} clact_dtype;

/* Which tensor a backward call reads besides dy. */
typedef enum clact_grad_input {
  CLACT_FROM_X = 0, /* dx = dy * f'(x): every activation, best accuracy */
  CLACT_FROM_Y = 1  /* dx = dy * f'(f^-1(y)): see CLACT_FROM_Y_* in the table */
} clact_grad_input;

/* ------------------------------------------------------------------------------------ */
/* Status codes. OpenCL's own error codes (CL_*, -1 .. -72) are passed through with     */
/* their values; the library's codes live in the range -2000 .. -2099.                  */
/* ------------------------------------------------------------------------------------ */
#define CLACT_ERRORS(X)                                                                            \
  X(INVALID_ARGUMENT, -2000,                                                                       \
    "a required pointer argument is NULL, or an enum or count outside its values (a layout, "      \
    "0 channels, a size of 0)")                                                                    \
  X(INVALID_CONTEXT, -2001, "the clact_context handle is NULL")                                    \
  X(INVALID_ACTIVATION, -2002, "unknown activation")                                               \
  X(INVALID_DTYPE, -2003, "unknown data type")                                                     \
  X(INVALID_PARAMETER, -2004,                                                                      \
    "activation or blending parameter is NaN, infinite or outside its domain")                     \
  X(INVALID_SIZE, -2005, "element count times element size overflows size_t")                      \
  X(OUT_OF_RANGE, -2006, "offset, stride or count reaches past the end of a buffer")               \
  X(INVALID_STRIDE, -2007, "stride is zero")                                                       \
  X(CONTEXT_MISMATCH, -2008,                                                                       \
    "buffer, queue or wait-list event belongs to another OpenCL context or device")                \
  X(OVERLAP, -2009, "input and output partially overlap (only identical views may alias)")         \
  X(UNSUPPORTED_DTYPE, -2010,                                                                      \
    "the device does not support this data type (f64 needs cl_khr_fp64)")                          \
  X(NO_GRADIENT_FROM_Y, -2011,                                                                     \
    "backward from the output y is not defined for this activation and parameters")                \
  X(NO_DEVICE, -2012, "no OpenCL device matches the device spec")                                  \
  X(INVALID_DEVICE_SPEC, -2013, "malformed device spec (use gpu, cpu, P:D or a name substring)")   \
  X(INVALID_WAIT_LIST, -2014, "event wait list has a NULL entry or its count does not match")      \
  X(INVALID_GRAD_INPUT, -2015, "unknown clact_grad_input")                                         \
  X(OUT_OF_MEMORY, -2016, "host memory allocation failed")                                         \
  X(BUFFER_TOO_SMALL, -2017, "the caller's output buffer is too small (size needed is returned)")  \
  X(INVALID_RANK, -2018, "a tensor view's rank is outside 1 .. CLACT_MAX_RANK")                    \
  X(SHAPE_MISMATCH, -2019,                                                                         \
    "an input view's size is neither the output's nor 1 along some dimension (broadcast)")         \
  X(OUTPUT_ALIAS, -2020,                                                                           \
    "an output view broadcasts or reaches one element from two indices (self-alias)")              \
  X(QUANTIZED_DTYPE, -2021,                                                                        \
    "8-bit dtypes run forward through clact_forward_q only (no backward: inference only)")         \
  X(INVALID_QUANT, -2022,                                                                          \
    "quantization scale not finite and > 0, zero point outside the range, or no table for the "    \
    "types (input neither 8-bit nor f16/bf16 to 8-bit)")

typedef enum clact_status {
  CLACT_SUCCESS = 0,
#define CLACT_X_STATUS(E, v, s) CLACT_ERROR_##E = v,
  CLACT_ERRORS(CLACT_X_STATUS)
#undef CLACT_X_STATUS
      CLACT_STATUS_LIBRARY_FIRST = -2000
} clact_status;

/* A human-readable description of any status, OpenCL's codes included ("unknown status"
   for a value that is neither). The string is static: never NULL, never freed. */
CLACT_API const char *clact_status_string(int status);
/* The symbolic name of a status, e.g. "CLACT_ERROR_OUT_OF_RANGE" or "CL_INVALID_VALUE";
   "CLACT_UNKNOWN_STATUS" for an unknown value. Static, never NULL. */
CLACT_API const char *clact_status_name(int status);

/* Runtime version: CLACT_VERSION_NUMBER of the library actually linked (compare it with the
   header's to catch a mismatched install), and its string, e.g. "0.3.0" (static). */
CLACT_API unsigned clact_version_number(void);
CLACT_API const char *clact_version_string(void);

/* ------------------------------------------------------------------------------------ */
/* Activations: a plain-value descriptor.                                               */
/* ------------------------------------------------------------------------------------ */
typedef struct clact_op {
  clact_activation activation;
  clact_dtype dtype; /* storage type of every tensor of the call */
  double param[2];   /* activation parameters (see the table); defaults via clact_op_init */
  double alpha;      /* blending: y = alpha * f(x) + beta * y;  default 1 */
  double beta;       /* default 0: then y is never read (NaN in y has no effect) */
} clact_op;

/* Fills *op with the activation's default parameters, dtype f32, alpha 1, beta 0; change
   the fields afterwards. Parameters are checked when op is used, not here.
   Statuses: CLACT_ERROR_INVALID_ARGUMENT (op is NULL), INVALID_ACTIVATION (unknown). */
CLACT_API clact_status clact_op_init(clact_op *op, clact_activation activation);

/* Table lookups (no context needed, thread-safe). Names are the table's lower-case names;
   returned strings are static.
   clact_activation_name: "sigmoid", ...; NULL for an unknown activation.
   clact_activation_from_name: exact, case-sensitive match. Statuses: INVALID_ARGUMENT
   (name or out is NULL), INVALID_ACTIVATION (no such name; *out is not written). */
CLACT_API const char *clact_activation_name(clact_activation activation); /* NULL if unknown */
CLACT_API clact_status clact_activation_from_name(const char *name, clact_activation *out);
/* Parameter `index` (0 or 1) of an activation: its name (static) and default, each written
   only when the pointer is not NULL. Call with index 0, 1 until it fails to count them.
   Statuses: INVALID_ACTIVATION (unknown), INVALID_PARAMETER (the activation has fewer
   than index + 1 parameters). */
CLACT_API clact_status clact_activation_param(clact_activation activation, int index,
                                              const char **name, double *default_value);
/* Storage types by name: "f32", "f16", "bf16", "f64", "u8", "s8", "fp8_e4m3", "fp8_e5m2"
   (static strings).
   clact_dtype_from_name statuses: INVALID_ARGUMENT (NULL), INVALID_DTYPE (no such name). */
CLACT_API const char *clact_dtype_name(clact_dtype dtype); /* "f32", ...; NULL if unknown */
CLACT_API clact_status clact_dtype_from_name(const char *name, clact_dtype *out);
CLACT_API size_t clact_dtype_size(clact_dtype dtype); /* bytes per element; 0 if unknown */
/* Whether backward from y is defined for op (its activation and parameters): 1 or 0;
   0 for a NULL op or an unknown activation. See CLACT_FROM_Y_* in the table. */
CLACT_API int clact_has_gradient_from_y(const clact_op *op);

/* ------------------------------------------------------------------------------------ */
/* Contexts.                                                                            */
/* ------------------------------------------------------------------------------------ */
typedef struct clact_context_s clact_context;

/* Creates a context that owns its cl_context and an in-order queue on one device.
   device_spec: NULL or "" uses the environment variable CLACT_DEVICE, else the default
   (the first GPU, else the first CPU, else the first device). A spec is "gpu", "cpu",
   "P:D" (platform and device indices as `clact devices` lists them) or a case-insensitive
   substring of the platform or device name.
   On success *ctx is a new context the caller owns (clact_context_destroy); on failure
   *ctx is NULL. Blocks while OpenCL creates the context and queue (milliseconds); builds
   no program. Statuses: INVALID_ARGUMENT (ctx is NULL), INVALID_DEVICE_SPEC, NO_DEVICE,
   OUT_OF_MEMORY, and OpenCL's. No OpenCL platform at all is NO_DEVICE. */
CLACT_API clact_status clact_context_create(clact_context **ctx, const char *device_spec);

/* Creates a context that borrows the caller's queue (retained until destroy) and uses its
   cl_context and device. Profiling and out-of-order queues are allowed; on an out-of-order
   queue, order the calls with their event wait lists. The caller keeps its own reference
   and may release it at once. On failure *ctx is NULL.
   Statuses: INVALID_ARGUMENT (ctx or queue is NULL), OUT_OF_MEMORY, and OpenCL's
   (CL_INVALID_COMMAND_QUEUE for a queue that is not one). */
CLACT_API clact_status clact_context_create_from_queue(clact_context **ctx, cl_command_queue queue);

/* Releases everything the context owns or retained (programs, kernels, its queue and
   cl_context, or the borrowed queue's reference). NULL is a no-op. Does not wait:
   commands already enqueued still complete (OpenCL keeps what they use alive), and the
   caller's buffers and events are untouched. Do not use ctx afterwards, nor destroy it
   while another thread is inside a call on it. */
CLACT_API void clact_context_destroy(clact_context *ctx);

/* The context's queue, cl_context and device: borrowed handles, valid while ctx lives
   (retain them to keep them longer). Use the queue to enqueue your own work in order with
   clact's. Statuses: INVALID_CONTEXT (ctx is NULL), INVALID_ARGUMENT (out is NULL). */
CLACT_API clact_status clact_context_queue(const clact_context *ctx, cl_command_queue *queue);
CLACT_API clact_status clact_context_cl_context(const clact_context *ctx, cl_context *context);
CLACT_API clact_status clact_context_device(const clact_context *ctx, cl_device_id *device);
/* Copies the device's name into buf (NUL-terminated, truncated to size - 1 characters).
   Statuses: INVALID_CONTEXT, INVALID_ARGUMENT (buf NULL or size 0), OUT_OF_MEMORY, OpenCL's;
   on failure buf is unchanged. */
CLACT_API clact_status clact_context_device_name(const clact_context *ctx, char *buf, size_t size);
/* Whether the device supports dtype (f64 needs cl_khr_fp64): 1 or 0; 0 for a NULL ctx or
   an unknown dtype. Calls with an unsupported dtype fail with UNSUPPORTED_DTYPE. */
CLACT_API int clact_context_supports(const clact_context *ctx, clact_dtype dtype);

/* Blocks until every command in the context's queue has finished (clFinish), including
   the caller's own commands on a borrowed queue. Statuses: INVALID_CONTEXT, OpenCL's
   (an error of an earlier asynchronous command may surface here). */
CLACT_API clact_status clact_finish(clact_context *ctx);

/* Builds the programs for (op->activation, op->dtype) now instead of at the first call;
   useful to keep the build (about 0.6 s cold on PoCL, less from its cache) out of a timed
   region. Blocks during the build; a second call returns at once. Validates op first.
   Statuses: INVALID_CONTEXT, INVALID_ARGUMENT (op NULL), INVALID_ACTIVATION,
   INVALID_DTYPE, INVALID_PARAMETER, UNSUPPORTED_DTYPE, OUT_OF_MEMORY, and OpenCL's
   (CL_BUILD_PROGRAM_FAILURE: see clact_build_log). */
CLACT_API clact_status clact_prepare(clact_context *ctx, const clact_op *op);

/* The log of the last failed program build, NUL-terminated ("" when no build failed).
   *needed (if not NULL) is set to the size the whole log needs, terminator included. If
   size is too small, copies what fits and returns BUFFER_TOO_SMALL; buf may be NULL when
   size is 0, to ask for the size. Statuses: INVALID_CONTEXT, INVALID_ARGUMENT (buf NULL
   with size > 0), BUFFER_TOO_SMALL. */
CLACT_API clact_status clact_build_log(const clact_context *ctx, char *buf, size_t size,
                                       size_t *needed);

/* ------------------------------------------------------------------------------------ */
/* Enqueue on cl_mem buffers. Offsets and strides count elements of op->dtype; element  */
/* i of a view is at offset + i * stride. Strides must be >= 1; with n == 1 the stride */
/* reaches no element, so any such stride is accepted. n == 0 succeeds and             */
/* enqueues no kernel (event, if asked for, is a marker that completes after the wait  */
/* list). A forward call may run in place (x and y the same buffer, offset and stride); */
/* a backward call may write dx over dy. Any other overlap is CLACT_ERROR_OVERLAP.      */
/* Never blocks: one kernel is enqueued on the context's queue after num_events events */
/* of wait_list (NULL when 0). If event is not NULL it receives a new event for the     */
/* kernel, which the caller owns (clReleaseEvent); on failure it is not written. The    */
/* buffers stay the caller's; they, and the wait list's events, must belong to the     */
/* context's cl_context (CONTEXT_MISMATCH otherwise; the events also when n == 0, when */
/* no buffer is examined: docs/ERRORS.md).                                              */
/* Statuses: INVALID_CONTEXT, INVALID_ARGUMENT (op or a buffer NULL), INVALID_ACTIVATION,*/
/* INVALID_DTYPE, INVALID_PARAMETER, INVALID_WAIT_LIST, UNSUPPORTED_DTYPE, INVALID_SIZE,*/
/* INVALID_STRIDE, OUT_OF_RANGE, CONTEXT_MISMATCH, OVERLAP, OUT_OF_MEMORY, OpenCL's    */
/* (from the program build or clEnqueueNDRangeKernel); backward also INVALID_GRAD_INPUT */
/* and NO_GRADIENT_FROM_Y.                                                              */
/* ------------------------------------------------------------------------------------ */
CLACT_API clact_status clact_forward(clact_context *ctx, const clact_op *op, size_t n, cl_mem x,
                                     size_t x_offset, size_t x_stride, cl_mem y, size_t y_offset,
                                     size_t y_stride, cl_uint num_events, const cl_event *wait_list,
                                     cl_event *event);

/* dx = alpha * dy * f'(.) + beta * dx. `input` says what `in` holds: x or y = f(x)
   (CLACT_FROM_Y only where clact_has_gradient_from_y(op); else NO_GRADIENT_FROM_Y). */
CLACT_API clact_status clact_backward(clact_context *ctx, const clact_op *op,
                                      clact_grad_input input, size_t n, cl_mem in, size_t in_offset,
                                      size_t in_stride, cl_mem dy, size_t dy_offset,
                                      size_t dy_stride, cl_mem dx, size_t dx_offset,
                                      size_t dx_stride, cl_uint num_events,
                                      const cl_event *wait_list, cl_event *event);

/* ------------------------------------------------------------------------------------ */
/* N-D tensor views: a plain-value descriptor, like clact_op. Element (i0, ..., i{r-1})  */
/* of a view is at offset + i0 * stride[0] + ... + i{r-1} * stride[r-1], counted in     */
/* elements of the call's dtype; dimension 0 is the outermost. Strides are >= 0 and need */
/* not be ordered (a transpose swaps two of them).                                      */
/*  - The call's shape is the output's (y, dx). An input (x, dy, in) broadcasts to it as */
/*    in NumPy: its dimensions align with the output's last ones (a lower rank gains    */
/*    leading size-1 dimensions), and each size is the output's or 1 (read again along */
/*    that dimension); a stride of 0 also repeats an element. Otherwise SHAPE_MISMATCH. */
/*  - An output may not broadcast nor self-alias: along the dimensions of size > 1,    */
/*    sorted by stride, each stride must be > 0 and step past every element the smaller */
/*    ones reach; else OUTPUT_ALIAS (a conservative rule: interleavings that happen not */
/*    to collide are refused as well).                                                  */
/*  - In place only for identical views (same buffer, offset, sizes and strides); any   */
/*    other byte an input shares with an output is OVERLAP. Views that share no byte   */
/*    are accepted where the test proves it (one stride, shifted so that they never    */
/*    meet: the halves or pairs of one tensor); other such interleavings may be refused.*/
/*  - The span, (offset + sum (size-1) stride + 1) elements in bytes, is computed with  */
/*    checked arithmetic: past the buffer, or not representable, is OUT_OF_RANGE.       */
/*  - A shape with a size of 0 succeeds and enqueues nothing (a marker event if asked).  */
/* The launch merges dimensions contiguous in every view, so a dense view runs the same */
/* kernel as the 1-D call; clact_forward and clact_backward are the rank-1 case.         */
/* ------------------------------------------------------------------------------------ */
#define CLACT_MAX_RANK 8
typedef struct clact_tensor {
  int rank;                      /* 1 .. CLACT_MAX_RANK */
  size_t size[CLACT_MAX_RANK];   /* elements along each dimension; entries past rank unused */
  size_t stride[CLACT_MAX_RANK]; /* elements from one index to the next along a dimension */
  size_t offset;                 /* element of index (0, ..., 0) */
} clact_tensor;

/* A dense row-major view of sizes[0 .. rank-1] at element `offset`: the last dimension
   has stride 1. Unused entries are zeroed. Statuses: INVALID_ARGUMENT (view NULL, or
   sizes NULL), INVALID_RANK, INVALID_SIZE (the element count overflows size_t). */
CLACT_API clact_status clact_tensor_init_dense(clact_tensor *view, int rank, const size_t *sizes,
                                               size_t offset);
/* Checks one view of buffer as a call would, with the status it would return: `shape`
   is the call's shape (the output view), NULL when view is the output itself; output 1
   applies the output rules. Statuses: INVALID_CONTEXT, INVALID_ARGUMENT (view or buffer
   NULL), INVALID_DTYPE, INVALID_RANK, INVALID_SIZE, SHAPE_MISMATCH, OUTPUT_ALIAS,
   OUT_OF_RANGE, CONTEXT_MISMATCH, OpenCL's (a buffer that is not one). */
CLACT_API clact_status clact_tensor_check(const clact_context *ctx, clact_dtype dtype,
                                          const clact_tensor *view, cl_mem buffer,
                                          const clact_tensor *shape, int output);

/* y = alpha * f(x) + beta * y over the views; as clact_forward otherwise (wait list,
   event, never blocks). Statuses: clact_forward's, and INVALID_RANK, SHAPE_MISMATCH,
   OUTPUT_ALIAS; INVALID_ARGUMENT for a NULL view. */
CLACT_API clact_status clact_forward_view(clact_context *ctx, const clact_op *op, cl_mem x,
                                          const clact_tensor *x_view, cl_mem y,
                                          const clact_tensor *y_view, cl_uint num_events,
                                          const cl_event *wait_list, cl_event *event);
/* dx = alpha * dy * f'(.) + beta * dx over the views; dx is the output (the call's
   shape), in and dy may broadcast. Statuses: clact_backward's and clact_forward_view's. */
CLACT_API clact_status clact_backward_view(clact_context *ctx, const clact_op *op,
                                           clact_grad_input input, cl_mem in,
                                           const clact_tensor *in_view, cl_mem dy,
                                           const clact_tensor *dy_view, cl_mem dx,
                                           const clact_tensor *dx_view, cl_uint num_events,
                                           const cl_event *wait_list, cl_event *event);

/* ------------------------------------------------------------------------------------ */
/* Plain host arrays (dense, synchronous). Arrays hold n elements of op->dtype (f16 and */
/* bf16 as uint16_t bit patterns). y may equal x; dx may equal dy; any other overlap is */
/* OVERLAP. The arrays stay the caller's and are not kept after the call returns.      */
/* On a device sharing host memory the arrays are used in place (zero-copy) when they  */
/* meet the device's alignment; otherwise one upload, one launch and one download.     */
/* Blocks until the results are in the output array; runs after the commands already  */
/* in the context's queue (an in-order queue). n == 0 succeeds at once, even with NULL */
/* arrays. Statuses: as the enqueue calls (INVALID_ARGUMENT for a NULL array), and     */
/* OpenCL's from the transfers.                                                         */
/* ------------------------------------------------------------------------------------ */
CLACT_API clact_status clact_forward_host(clact_context *ctx, const clact_op *op, size_t n,
                                          const void *x, void *y);
CLACT_API clact_status clact_backward_host(clact_context *ctx, const clact_op *op,
                                           clact_grad_input input, size_t n, const void *in,
                                           const void *dy, void *dx);

/* ------------------------------------------------------------------------------------ */
/* Buffer helpers, so the simple case needs no raw OpenCL. Sizes and offsets in bytes.  */
/* clact_buffer_create: a new CL_MEM_READ_WRITE buffer in the context's cl_context; the */
/*   caller owns it (clact_buffer_release). *buffer is NULL on failure. Statuses:       */
/*   INVALID_CONTEXT, INVALID_ARGUMENT (buffer NULL), INVALID_SIZE (bytes 0), OpenCL's. */
/* clact_buffer_write / clact_buffer_read: copy [offset, offset + bytes) from / to host */
/*   memory on the context's queue, after the commands already in it (in-order queue), */
/*   and block until done. Statuses: INVALID_CONTEXT, INVALID_ARGUMENT (buffer NULL, or */
/*   host pointer NULL with bytes > 0), CONTEXT_MISMATCH, OUT_OF_RANGE, OpenCL's.       */
/* ------------------------------------------------------------------------------------ */
CLACT_API clact_status clact_buffer_create(clact_context *ctx, size_t bytes, cl_mem *buffer);
CLACT_API clact_status clact_buffer_write(clact_context *ctx, cl_mem buffer, size_t offset,
                                          size_t bytes, const void *src);
CLACT_API clact_status clact_buffer_read(clact_context *ctx, cl_mem buffer, size_t offset,
                                         size_t bytes, void *dst);
/* Releases a buffer made by clact_buffer_create (or any cl_mem). NULL is a no-op. */
CLACT_API void clact_buffer_release(cl_mem buffer);

/* ------------------------------------------------------------------------------------ */
/* PReLU: y = x if x > 0, else slope[c] x, with one slope per channel c read from a     */
/* buffer (PyTorch's nn.PReLU). Tensors are dense views of n elements of dtype from an  */
/* element offset; element i belongs to channel (i / inner) % channels:                 */
/*   CLACT_CHANNELS_LAST   channel = i % channels (inner must be 1), e.g. NHWC;          */
/*   CLACT_CHANNELS_FIRST  channel = (i / inner) % channels, inner = H * W, e.g. NCHW.   */
/* n must be a multiple of channels * inner. slope holds channels elements of dtype.   */
/* Like every enqueue call: a wait list in, an optional event out, never blocking;     */
/* n == 0 enqueues nothing (a marker event if asked for). y may be x (same offset); dx */
/* may be dy; any other overlap with an output is CLACT_ERROR_OVERLAP. Statuses:       */
/* INVALID_CONTEXT, INVALID_DTYPE, INVALID_ARGUMENT (a NULL buffer, an unknown layout, */
/* channels or inner 0, inner != 1 with CLACT_CHANNELS_LAST), INVALID_SIZE (n not a    */
/* multiple of channels * inner), INVALID_WAIT_LIST, UNSUPPORTED_DTYPE, OUT_OF_RANGE,  */
/* CONTEXT_MISMATCH, OVERLAP, OpenCL's.                                                */
/* ------------------------------------------------------------------------------------ */
typedef enum clact_layout {
  CLACT_CHANNELS_LAST = 0, /* channel = i % channels */
  CLACT_CHANNELS_FIRST = 1 /* channel = (i / inner) % channels */
} clact_layout;

/* y = x if x > 0, else slope[c] x (NaN kept). */
CLACT_API clact_status clact_prelu_forward(clact_context *ctx, clact_dtype dtype, size_t n,
                                           size_t channels, clact_layout layout, size_t inner,
                                           cl_mem x, size_t x_offset, cl_mem slope,
                                           size_t slope_offset, cl_mem y, size_t y_offset,
                                           cl_uint num_events, const cl_event *wait_list,
                                           cl_event *event);
/* dx = dy if x > 0, else slope[c] dy (NaN in x or dy gives NaN). */
CLACT_API clact_status clact_prelu_backward(clact_context *ctx, clact_dtype dtype, size_t n,
                                            size_t channels, clact_layout layout, size_t inner,
                                            cl_mem x, size_t x_offset, cl_mem slope,
                                            size_t slope_offset, cl_mem dy, size_t dy_offset,
                                            cl_mem dx, size_t dx_offset, cl_uint num_events,
                                            const cl_event *wait_list, cl_event *event);
/* dslope[c] = sum of x dy over the elements of channel c with x <= 0 (written, not
   accumulated; 0 for n == 0). Deterministic: a compensated sum per fixed block of 4096
   elements of a channel, then a compensated sum of the blocks in order, so every run and
   device gives the same bits for the same shape. |error| <= 2u |sum| + u sum_b |block b|
   about, u = 2^-24 (2^-53 for f64). dslope may not overlap x or dy. */
CLACT_API clact_status clact_prelu_slope_grad(clact_context *ctx, clact_dtype dtype, size_t n,
                                              size_t channels, clact_layout layout, size_t inner,
                                              cl_mem x, size_t x_offset, cl_mem dy,
                                              size_t dy_offset, cl_mem dslope, size_t dslope_offset,
                                              cl_uint num_events, const cl_event *wait_list,
                                              cl_event *event);

/* PReLU on N-D views (clact_tensor; the rules of clact_forward_view). The slope is an
   input view that broadcasts to the call's shape: size 1 (or stride 0) along every
   dimension but the channel one(s), e.g. sizes {1, C, 1, 1} for NCHW data {N, C, H, W},
   or {C} for NHWC. The channel is thus a dimension of the view, not a layout enum, and
   any other broadcast works too (a slope per (C, H), or one scalar slope). The layout
   calls above are these calls on the views {n / (C inner), C, inner} and {1, C, 1}.
   Statuses: the layout calls' (less the layout's INVALID_ARGUMENT and INVALID_SIZE
   cases), and INVALID_RANK, INVALID_SIZE (the count overflows), SHAPE_MISMATCH,
   OUTPUT_ALIAS; INVALID_ARGUMENT for a NULL view. The slope may share no byte with the
   output; x (and dy) only as its identical view. */
CLACT_API clact_status clact_prelu_forward_view(clact_context *ctx, clact_dtype dtype, cl_mem x,
                                                const clact_tensor *x_view, cl_mem slope,
                                                const clact_tensor *slope_view, cl_mem y,
                                                const clact_tensor *y_view, cl_uint num_events,
                                                const cl_event *wait_list, cl_event *event);
CLACT_API clact_status clact_prelu_backward_view(clact_context *ctx, clact_dtype dtype, cl_mem x,
                                                 const clact_tensor *x_view, cl_mem slope,
                                                 const clact_tensor *slope_view, cl_mem dy,
                                                 const clact_tensor *dy_view, cl_mem dx,
                                                 const clact_tensor *dx_view, cl_uint num_events,
                                                 const cl_event *wait_list, cl_event *event);
/* The slope gradient: dy_view gives the call's shape, x_view broadcasts to it, and
   dslope_view (the output) broadcasts to it as the slope does; each dslope element is
   the sum of x dy over the elements with x <= 0 that its broadcast reaches (written; 0
   when there are none). Deterministic as clact_prelu_slope_grad: blocks of 4096 terms in
   the row-major order of the summed dimensions, then the blocks in order; the layout
   call gives the same bits. dslope may not overlap x or dy. */
CLACT_API clact_status clact_prelu_slope_grad_view(clact_context *ctx, clact_dtype dtype, cl_mem x,
                                                   const clact_tensor *x_view, cl_mem dy,
                                                   const clact_tensor *dy_view, cl_mem dslope,
                                                   const clact_tensor *dslope_view,
                                                   cl_uint num_events, const cl_event *wait_list,
                                                   cl_event *event);

/* ------------------------------------------------------------------------------------ */
/* 8-bit activations (docs/QUANTIZED.md). An 8-bit input has 256 values, so the result  */
/* is exact: for each input code the host computes f(real input) in long double, rounds */
/* it once, correctly, to the output format (round half to even; u8/s8 saturate; E4M3   */
/* saturates to +-448, infinities included, NaN stays NaN; E5M2 overflows to infinity), */
/* and a kernel looks the 256-entry table up. Tables are cached in the context (at most */
/* 64, thread safe). The output may also be f32, f16, bf16 (dequantizing activation:    */
/* the correctly rounded f(real input)) or f64 (within 1 ulp); an f16/bf16 input to an  */
/* 8-bit output (quantizing activation) takes a 65536-entry table, exact as well. An     */
/* f32/f64 input to an 8-bit output is computed on the device by the float path's       */
/* formula and that value rounded correctly: bounded, not exact (see clact_forward_q).  */
/* ------------------------------------------------------------------------------------ */
/* The quantization of an 8-bit tensor: real = scale * (q - zero_point) for u8 and s8;
   real = scale * (the fp8 value) for fp8_e4m3 and fp8_e5m2 (per-tensor scaling). */
typedef struct clact_quant {
  double scale;   /* finite, > 0 */
  int zero_point; /* in the type's range: 0 .. 255 (u8), -128 .. 127 (s8); 0 for fp8 */
} clact_quant;

/* y = f(x) with x an 8-bit tensor (u8, s8, fp8_e4m3, fp8_e5m2) and y 8-bit or f32, f16, bf16,
   f64; or x f16 / bf16 and y 8-bit (quantizing activation: a 65536-entry table, exact as
   well); or x f32 / f64 and y 8-bit (quantizing activation, computed): f(x) is computed on the
   device in x's precision exactly as clact_forward computes it, and that value v is rounded
   once, correctly, to y's format (same rounding, saturation and NaN rules as the tables). v
   lies within the float path's forward bound of f(x) (docs/ACCURACY.md; half an ulp for the
   bit-exact rows), so the code is the correctly rounded one except where f(x) lies within
   that bound of a rounding boundary, where it may be the neighbouring code; a zero result
   at x != 0 may carry either sign (fp8). x_quant / y_quant: required for u8 and s8; for fp8
   NULL means scale 1; never read for f32/f16/bf16/f64. op->activation and op->param[] are
   used as given (as doubles, not rounded to float) for 8-bit and f16/bf16 inputs; for f32 /
   f64 inputs as the float path takes them (rounded to float for f32, and checked as
   clact_forward checks them); op->dtype is ignored (the two dtypes say the types);
   op->alpha must be 1 and op->beta 0 (y is never read). Offsets and strides count elements
   of each tensor's own type. Like clact_forward otherwise: wait list in, optional event out,
   never blocks; y may be x only with the same type, offset and stride. The first call for a
   (activation, parameters, types, quantizations) builds its table on the host (tens of
   microseconds; 10-25 ms for a 65536-entry one) and, once per output size, the lookup program
   (f32/f64 in: its thresholds, 0.2-3 ms, and the activation's program). Statuses:
   INVALID_CONTEXT, INVALID_ARGUMENT (op, a buffer or a needed quant NULL), INVALID_ACTIVATION,
   INVALID_DTYPE (unknown), INVALID_QUANT (bad scale or zero point; x not 8-bit and y not 8-bit),
   INVALID_PARAMETER (parameters NaN, infinite or outside the domain; alpha != 1; beta !=
   0), UNSUPPORTED_DTYPE (f64 input or output without cl_khr_fp64), INVALID_WAIT_LIST,
   INVALID_SIZE, INVALID_STRIDE, OUT_OF_RANGE, CONTEXT_MISMATCH, OVERLAP, OUT_OF_MEMORY, OpenCL's.
 */
CLACT_API clact_status clact_forward_q(clact_context *ctx, const clact_op *op, size_t n,
                                       clact_dtype x_dtype, const clact_quant *x_quant, cl_mem x,
                                       size_t x_offset, size_t x_stride, clact_dtype y_dtype,
                                       const clact_quant *y_quant, cl_mem y, size_t y_offset,
                                       size_t y_stride, cl_uint num_events,
                                       const cl_event *wait_list, cl_event *event);

/* The table clact_forward_q uses for (op, x type, y type), written to table (256
   elements of y_dtype, 65536 for an f16/bf16 x, indexed by the input code; f16/bf16 as
   uint16_t bits), for
   inspection and for host-side use. Same checks as clact_forward_q; no context needed; an
   f32/f64 input has no table (INVALID_QUANT). Statuses: INVALID_ARGUMENT (op or table NULL, or a
   needed quant NULL), INVALID_ACTIVATION, INVALID_DTYPE, INVALID_QUANT, INVALID_PARAMETER. */
CLACT_API clact_status clact_lut_build(const clact_op *op, clact_dtype x_dtype,
                                       const clact_quant *x_quant, clact_dtype y_dtype,
                                       const clact_quant *y_quant, void *table);
/* ------------------------------------------------------------------------------------ */
/* Gated activations: y = g(a) * b for any activation g of the table (the gate), with   */
/* its parameters in op: GLU (sigmoid), SwiGLU (swish), GeGLU (gelu), GeGLU-tanh        */
/* (gelu_tanh), ReGLU (relu), ... op->activation is g; op->alpha and op->beta blend as  */
/* everywhere (y = alpha g(a) b + beta y). a and b are views like the N-D calls' inputs */
/* (they may broadcast to the output's shape); the output may be a's or b's identical  */
/* view. The product is IEEE's: 0 * inf is NaN, as in PyTorch (docs/ACCURACY.md).      */
/* Backward, in one launch: da = alpha dy b g'(a) + beta da, db = alpha dy g(a) + beta  */
/* db. da and db have the call's shape (db's view gives it); neither may broadcast nor */
/* share a byte with the other (OVERLAP); each may be an input's identical view, so the */
/* backward may run in place over x (da over a, db over b: x's halves or pairs).        */
/* Statuses: clact_forward_view's and clact_backward_view's (no grad input: always from */
/* a).                                                                                  */
/* ------------------------------------------------------------------------------------ */
/* Where the gate and the linear part lie in one tensor x of shape [..., 2c]. */
typedef enum clact_gate_layout {
  CLACT_GATE_FIRST_HALF = 0,  /* a = x[..., :c], b = x[..., c:] (llama.cpp's swiglu) */
  CLACT_GATE_SECOND_HALF = 1, /* a = x[..., c:], b = x[..., :c] (PyTorch's glu; llama.cpp's
                                 swapped) */
  CLACT_GATE_INTERLEAVED = 2  /* a = x[..., ::2], b = x[..., 1::2] (GPT-OSS) */
} clact_gate_layout;

/* The views a (gate) and b (linear part) of x's halves or pairs along its last dimension:
   plain views of x's buffer for the gated calls. Statuses: INVALID_ARGUMENT (a NULL
   pointer, an unknown layout), INVALID_RANK, SHAPE_MISMATCH (the last size is odd),
   OUT_OF_RANGE (b's offset or the pairs' stride does not fit in size_t: x's span is not
   representable). *a and *b are written only on success. */
CLACT_API clact_status clact_gate_views(const clact_tensor *x, clact_gate_layout layout,
                                        clact_tensor *a, clact_tensor *b);

/* y = alpha g(a) b + beta y over the views. */
CLACT_API clact_status clact_gated_forward_view(clact_context *ctx, const clact_op *op, cl_mem a,
                                                const clact_tensor *a_view, cl_mem b,
                                                const clact_tensor *b_view, cl_mem y,
                                                const clact_tensor *y_view, cl_uint num_events,
                                                const cl_event *wait_list, cl_event *event);
/* da = alpha dy b g'(a) + beta da and db = alpha dy g(a) + beta db over the views. */
CLACT_API clact_status clact_gated_backward_view(clact_context *ctx, const clact_op *op, cl_mem a,
                                                 const clact_tensor *a_view, cl_mem b,
                                                 const clact_tensor *b_view, cl_mem dy,
                                                 const clact_tensor *dy_view, cl_mem da,
                                                 const clact_tensor *da_view, cl_mem db,
                                                 const clact_tensor *db_view, cl_uint num_events,
                                                 const cl_event *wait_list, cl_event *event);
/* Clamped gates, GPT-OSS's SwiGLU: a' = min(a, limit), b' = clamp(b, -limit, limit),
   y = alpha g(a') (b' + 1) + beta y; GPT-OSS is g = swish with beta (op->param[0])
   CLACT_GPT_OSS_ALPHA and limit CLACT_GPT_OSS_LIMIT. NaN passes through the clamps.
   Backward as PyTorch's autograd of that expression: da = alpha dy (b' + 1) g'(a') where
   a <= limit, else 0; db = alpha dy g(a') where -limit <= b <= limit, else 0 (the
   gradient passes at exactly the limit; outside, 0 even for an infinite or NaN dy; a NaN
   a or b is outside: its da or db is 0, as PyTorch's where(x <= max, grad, 0)); then
   the blend. Statuses: the gated calls', INVALID_PARAMETER for a limit that is not
   finite and > 0 as the kernel gets it (a float for f32/f16/bf16: 1e-50 is 0 there). */
#define CLACT_GPT_OSS_ALPHA 1.702
#define CLACT_GPT_OSS_LIMIT 7.0
CLACT_API clact_status clact_gated_clamped_forward_view(
    clact_context *ctx, const clact_op *op, double limit, cl_mem a, const clact_tensor *a_view,
    cl_mem b, const clact_tensor *b_view, cl_mem y, const clact_tensor *y_view, cl_uint num_events,
    const cl_event *wait_list, cl_event *event);
CLACT_API clact_status clact_gated_clamped_backward_view(
    clact_context *ctx, const clact_op *op, double limit, cl_mem a, const clact_tensor *a_view,
    cl_mem b, const clact_tensor *b_view, cl_mem dy, const clact_tensor *dy_view, cl_mem da,
    const clact_tensor *da_view, cl_mem db, const clact_tensor *db_view, cl_uint num_events,
    const cl_event *wait_list, cl_event *event);
/* The same on dense host arrays of n elements (blocking, as clact_forward_host). An
   output may equal an input; da and db must not overlap, nor partially overlap an input
   (OVERLAP). n == 0 succeeds at once. */
CLACT_API clact_status clact_gated_forward_host(clact_context *ctx, const clact_op *op, size_t n,
                                                const void *a, const void *b, void *y);
CLACT_API clact_status clact_gated_backward_host(clact_context *ctx, const clact_op *op, size_t n,
                                                 const void *a, const void *b, const void *dy,
                                                 void *da, void *db);

/* ------------------------------------------------------------------------------------ */
/* Bias fused into the activation: y = alpha f(x + bias) + beta y (beta = 1: the       */
/* residual add for free), dx = alpha dy f'(x + bias) + beta dx, with op as everywhere. */
/* bias is an input view that broadcasts over the call's shape (the output's), e.g.    */
/* sizes {C, 1, 1} for NCHW, {C} for NHWC or [tokens, features]. x + bias is formed in  */
/* the compute precision (float for f16 and bf16), not rounded to storage first. The  */
/* views follow the N-D calls' rules. Statuses: clact_forward_view's.                  */
/* clact_bias_grad_view: dbias = the sum of dx over the dimensions dbias broadcasts     */
/* along (dbias's view aligns with dx's shape as an input would; written, not          */
/* accumulated; 0 where the sum is empty, and an empty dx's buffer may be NULL).        */
/* Deterministic: one compensated sum per element in a fixed order, so every run,       */
/* launch shape and device gives the same bits.                                         */
/* dbias may not share a byte with dx (OVERLAP) nor self-alias (OUTPUT_ALIAS).          */
/* Statuses: INVALID_CONTEXT, INVALID_DTYPE, INVALID_ARGUMENT, INVALID_RANK,           */
/* SHAPE_MISMATCH, INVALID_SIZE, OUTPUT_ALIAS, OVERLAP, OUT_OF_RANGE, CONTEXT_MISMATCH, */
/* INVALID_WAIT_LIST, UNSUPPORTED_DTYPE, OpenCL's.                                      */
/* ------------------------------------------------------------------------------------ */
CLACT_API clact_status clact_bias_forward_view(clact_context *ctx, const clact_op *op, cl_mem x,
                                               const clact_tensor *x_view, cl_mem bias,
                                               const clact_tensor *bias_view, cl_mem y,
                                               const clact_tensor *y_view, cl_uint num_events,
                                               const cl_event *wait_list, cl_event *event);
CLACT_API clact_status clact_bias_backward_view(clact_context *ctx, const clact_op *op, cl_mem x,
                                                const clact_tensor *x_view, cl_mem bias,
                                                const clact_tensor *bias_view, cl_mem dy,
                                                const clact_tensor *dy_view, cl_mem dx,
                                                const clact_tensor *dx_view, cl_uint num_events,
                                                const cl_event *wait_list, cl_event *event);
CLACT_API clact_status clact_bias_grad_view(clact_context *ctx, clact_dtype dtype, cl_mem dx,
                                            const clact_tensor *dx_view, cl_mem dbias,
                                            const clact_tensor *dbias_view, cl_uint num_events,
                                            const cl_event *wait_list, cl_event *event);

#ifdef __cplusplus
}
#endif
#endif /* CLACT_H */
