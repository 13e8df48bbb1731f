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

/* The kernels of one program: forward, backward from x, backward from y. */
enum { KERNEL_FWD, KERNEL_BWD, KERNEL_BWDY, KERNEL_COUNT };

typedef struct program_slot {
  cl_program program;
  cl_kernel kernel[KERNEL_COUNT];
} program_slot;

/* How kernels are launched on this device (from device queries, never vendor names). */
typedef struct launch_shape {
  cl_uint vector_width[CLACT_DTYPE_COUNT]; /* elements per vector, per storage type */
  size_t local_size;
  size_t max_groups;
  int contiguous; /* 1: each work-item walks one block (CPU); 0: grid-stride (GPU) */
} launch_shape;

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
  program_slot slot[CLACT_ACTIVATION_COUNT][CLACT_DTYPE_COUNT];
  char *build_log;
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

/* device.c */
clact_status clact_select_device(const char *spec, cl_platform_id *platform, cl_device_id *device);
clact_status clact_query_shape(cl_device_id device, launch_shape *shape, int *has_fp64,
                               int *host_unified, cl_uint *base_align);

/* program.c: the built program of (activation, dtype); call with ctx->lock held. */
clact_status clact_get_program(clact_context *ctx, clact_activation a, clact_dtype t,
                               program_slot **slot);
void clact_release_programs(clact_context *ctx);

/* enqueue.c */
clact_status clact_check_wait_list(cl_uint num_events, const cl_event *wait_list);

#endif
