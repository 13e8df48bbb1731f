/*
 * clact — OpenCL activation functions, forward and backward.
 *
 * One public header. Every function returns a clact_status (0 on success) and validates
 * its arguments; the library never prints. Enqueue calls mirror OpenCL's own: the caller's
 * cl_mem buffers with element offsets and strides, an event wait list in, an optional
 * event out, and they never block. The *_host calls run synchronously on plain arrays.
 *
 * Thread safety: a clact_context may be used from several threads at once. Programs are
 * built lazily on first use and cached in the context.
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
  X(IDENTITY, identity, "-", 0.0, "-", 0.0, CLACT_DOMAIN_ANY, CLACT_FROM_Y_ALWAYS, CLACT_EXACT)

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
  CLACT_F64 = 3, /* needs cl_khr_fp64; CLACT_ERROR_UNSUPPORTED_DTYPE elsewhere */
  CLACT_DTYPE_COUNT
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
  X(INVALID_ARGUMENT, -2000, "a required pointer argument is NULL")                                \
  X(INVALID_CONTEXT, -2001, "the clact_context handle is NULL")                                    \
  X(INVALID_ACTIVATION, -2002, "unknown activation")                                               \
  X(INVALID_DTYPE, -2003, "unknown data type")                                                     \
  X(INVALID_PARAMETER, -2004,                                                                      \
    "activation or blending parameter is NaN, infinite or outside its domain")                     \
  X(INVALID_SIZE, -2005, "element count times element size overflows size_t")                      \
  X(OUT_OF_RANGE, -2006, "offset, stride or count reaches past the end of a buffer")               \
  X(INVALID_STRIDE, -2007, "stride is zero")                                                       \
  X(CONTEXT_MISMATCH, -2008, "buffer or queue belongs to another OpenCL context or device")        \
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
  X(BUFFER_TOO_SMALL, -2017, "the caller's output buffer is too small (size needed is returned)")

typedef enum clact_status {
  CLACT_SUCCESS = 0,
#define CLACT_X_STATUS(E, v, s) CLACT_ERROR_##E = v,
  CLACT_ERRORS(CLACT_X_STATUS)
#undef CLACT_X_STATUS
      CLACT_STATUS_LIBRARY_FIRST = -2000
} clact_status;

/* A static, human-readable description of any status (OpenCL codes included). Never NULL. */
CLACT_API const char *clact_status_string(int status);
/* The symbolic name of a status, e.g. "CLACT_ERROR_OUT_OF_RANGE" or "CL_INVALID_VALUE". */
CLACT_API const char *clact_status_name(int status);

/* Runtime version: CLACT_VERSION_NUMBER of the library actually linked, and "0.3.0". */
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

/* Fills *op with the activation's default parameters, dtype f32, alpha 1, beta 0.
   Returns CLACT_ERROR_INVALID_ARGUMENT for a NULL op, INVALID_ACTIVATION for an unknown one. */
CLACT_API clact_status clact_op_init(clact_op *op, clact_activation activation);

/* Table lookups (no context needed). Names are the table's lower-case names. */
CLACT_API const char *clact_activation_name(clact_activation activation); /* NULL if unknown */
CLACT_API clact_status clact_activation_from_name(const char *name, clact_activation *out);
/* Number of parameters (0..2), each one's name and default. */
CLACT_API clact_status clact_activation_param(clact_activation activation, int index,
                                              const char **name, double *default_value);
CLACT_API const char *clact_dtype_name(clact_dtype dtype); /* "f32", ...; NULL if unknown */
CLACT_API clact_status clact_dtype_from_name(const char *name, clact_dtype *out);
CLACT_API size_t clact_dtype_size(clact_dtype dtype); /* bytes per element; 0 if unknown */
/* Whether backward from y is defined for op (its activation and parameters): 1 or 0. */
CLACT_API int clact_has_gradient_from_y(const clact_op *op);

/* ------------------------------------------------------------------------------------ */
/* Contexts.                                                                            */
/* ------------------------------------------------------------------------------------ */
typedef struct clact_context_s clact_context;

/* Creates a context that owns its cl_context and an in-order queue on one device.
   device_spec: NULL or "" uses the environment variable CLACT_DEVICE, else the default
   (the first GPU, else the first CPU, else the first device). A spec is "gpu", "cpu",
   "P:D" (platform and device indices as `clact devices` lists them) or a case-insensitive
   substring of the platform or device name. */
CLACT_API clact_status clact_context_create(clact_context **ctx, const char *device_spec);

/* Creates a context that borrows the caller's queue (retained until destroy) and uses its
   cl_context and device. Profiling and out-of-order queues are allowed. */
CLACT_API clact_status clact_context_create_from_queue(clact_context **ctx, cl_command_queue queue);

/* Releases everything the context owns or retained. NULL is a no-op. Does not wait. */
CLACT_API void clact_context_destroy(clact_context *ctx);

CLACT_API clact_status clact_context_queue(const clact_context *ctx, cl_command_queue *queue);
CLACT_API clact_status clact_context_cl_context(const clact_context *ctx, cl_context *context);
CLACT_API clact_status clact_context_device(const clact_context *ctx, cl_device_id *device);
/* Copies the device's name into buf (NUL-terminated, truncated to size). */
CLACT_API clact_status clact_context_device_name(const clact_context *ctx, char *buf, size_t size);
/* Whether the device supports dtype (f64 needs cl_khr_fp64): 1 or 0. */
CLACT_API int clact_context_supports(const clact_context *ctx, clact_dtype dtype);

/* Waits until every command the context's queue holds has finished (clFinish). */
CLACT_API clact_status clact_finish(clact_context *ctx);

/* Builds the programs for (activation, dtype) now instead of at the first call; useful to
   keep the build out of a timed region. */
CLACT_API clact_status clact_prepare(clact_context *ctx, const clact_op *op);

/* The log of the last failed program build, NUL-terminated. If size is too small, copies
   what fits, sets *needed (if not NULL) and returns CLACT_ERROR_BUFFER_TOO_SMALL. */
CLACT_API clact_status clact_build_log(const clact_context *ctx, char *buf, size_t size,
                                       size_t *needed);

/* ------------------------------------------------------------------------------------ */
/* Enqueue on cl_mem buffers. Offsets and strides count elements of op->dtype; element  */
/* i of a view is at offset + i * stride. Strides must be >= 1. n == 0 succeeds and    */
/* enqueues nothing (event, if asked for, is then a completed user event). A forward   */
/* call may run in place (x and y the same buffer, offset and stride); a backward call */
/* may write dx over dy. Any other overlap is CLACT_ERROR_OVERLAP. Never blocks.       */
/* ------------------------------------------------------------------------------------ */
CLACT_API clact_status clact_forward(clact_context *ctx, const clact_op *op, size_t n, cl_mem x,
                                     size_t x_offset, size_t x_stride, cl_mem y, size_t y_offset,
                                     size_t y_stride, cl_uint num_events, const cl_event *wait_list,
                                     cl_event *event);

/* dx = alpha * dy * f'(.) + beta * dx. `input` says what `in` holds: x or y = f(x). */
CLACT_API clact_status clact_backward(clact_context *ctx, const clact_op *op,
                                      clact_grad_input input, size_t n, cl_mem in, size_t in_offset,
                                      size_t in_stride, cl_mem dy, size_t dy_offset,
                                      size_t dy_stride, cl_mem dx, size_t dx_offset,
                                      size_t dx_stride, cl_uint num_events,
                                      const cl_event *wait_list, cl_event *event);

/* ------------------------------------------------------------------------------------ */
/* Plain host arrays (dense, synchronous). Arrays hold n elements of op->dtype (f16 and */
/* bf16 as uint16_t bit patterns). y may equal x; dx may equal dy.                      */
/* On a device sharing host memory the arrays are used in place (zero-copy) when they  */
/* meet the device's alignment; otherwise one upload, one launch and one download.     */
/* ------------------------------------------------------------------------------------ */
CLACT_API clact_status clact_forward_host(clact_context *ctx, const clact_op *op, size_t n,
                                          const void *x, void *y);
CLACT_API clact_status clact_backward_host(clact_context *ctx, const clact_op *op,
                                           clact_grad_input input, size_t n, const void *in,
                                           const void *dy, void *dx);

/* ------------------------------------------------------------------------------------ */
/* Buffer helpers, so the simple case needs no raw OpenCL. Sizes in bytes; read and     */
/* write block until done.                                                              */
/* ------------------------------------------------------------------------------------ */
CLACT_API clact_status clact_buffer_create(clact_context *ctx, size_t bytes, cl_mem *buffer);
CLACT_API clact_status clact_buffer_write(clact_context *ctx, cl_mem buffer, size_t offset,
                                          size_t bytes, const void *src);
CLACT_API clact_status clact_buffer_read(clact_context *ctx, cl_mem buffer, size_t offset,
                                         size_t bytes, void *dst);
/* Releases a buffer made by clact_buffer_create (or any cl_mem). NULL is a no-op. */
CLACT_API void clact_buffer_release(cl_mem buffer);

#ifdef __cplusplus
}
#endif
#endif /* CLACT_H */
