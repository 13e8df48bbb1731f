/* simulated_gpu.c — one platform with one GPU that answers the device queries the library
 * makes (host/device.c) the way a current NVIDIA data-centre GPU does, records the sources
 * and build options of every program, and runs nothing: any call that would move data or
 * launch a kernel fails, so a path that needs a real device cannot pass unnoticed. */
#include "simulated_gpu.h"

#include <stdlib.h>
#include <string.h>

/* Distinct addresses stand for the OpenCL objects; nothing is allocated per object. */
static char platform_obj, device_obj, context_obj, queue_obj, program_obj, kernel_obj;

static char *sources;
static char options[2048];

const char *simulated_gpu_last_options(void) { return options; }
const char *simulated_gpu_last_sources(void) { return sources; }

static cl_int answer(const void *value, size_t size, size_t room, void *out, size_t *size_out) {
  if (size_out) *size_out = size;
  if (!out) return CL_SUCCESS;
  if (room < size) return CL_INVALID_VALUE;
  memcpy(out, value, size);
  return CL_SUCCESS;
}

cl_int clGetPlatformIDs(cl_uint num_entries, cl_platform_id *platforms, cl_uint *num_platforms) {
  if (platforms && num_entries) platforms[0] = (cl_platform_id)&platform_obj;
  if (num_platforms) *num_platforms = 1;
  return CL_SUCCESS;
}

cl_int clGetPlatformInfo(cl_platform_id platform, cl_platform_info name, size_t size, void *value,
                         size_t *size_ret) {
  static const char text[] = "clact simulated GPU platform";
  return answer(text, sizeof text, size, value, size_ret);
}

cl_int clGetDeviceIDs(cl_platform_id platform, cl_device_type type, cl_uint num_entries,
                      cl_device_id *devices, cl_uint *num_devices) {
  if (!(type & CL_DEVICE_TYPE_GPU)) return CL_DEVICE_NOT_FOUND;
  if (devices && num_entries) devices[0] = (cl_device_id)&device_obj;
  if (num_devices) *num_devices = 1;
  return CL_SUCCESS;
}

/* What NVIDIA's OpenCL reports on an H100/H200: preferred float width 1 (the library still
 * loads float4), 1024 work-items a group, 4096-bit base alignment, discrete memory. */
cl_int clGetDeviceInfo(cl_device_id device, cl_device_info name, size_t size, void *value,
                       size_t *size_ret) {
  const cl_device_type type = CL_DEVICE_TYPE_GPU;
  const cl_uint compute_units = 132, pref_float = 1, pref_double = 1, align_bits = 4096;
  const size_t max_group = 1024;
  const cl_bool unified = CL_FALSE;
  static const char extensions[] = "cl_khr_fp64 cl_khr_global_int32_base_atomics";
  static const char device_name[] = "clact simulated GPU";
  switch (name) {
  case CL_DEVICE_TYPE: return answer(&type, sizeof type, size, value, size_ret);
  case CL_DEVICE_MAX_COMPUTE_UNITS:
    return answer(&compute_units, sizeof compute_units, size, value, size_ret);
  case CL_DEVICE_MAX_WORK_GROUP_SIZE:
    return answer(&max_group, sizeof max_group, size, value, size_ret);
  case CL_DEVICE_PREFERRED_VECTOR_WIDTH_FLOAT:
    return answer(&pref_float, sizeof pref_float, size, value, size_ret);
  case CL_DEVICE_PREFERRED_VECTOR_WIDTH_DOUBLE:
    return answer(&pref_double, sizeof pref_double, size, value, size_ret);
  case CL_DEVICE_MEM_BASE_ADDR_ALIGN:
    return answer(&align_bits, sizeof align_bits, size, value, size_ret);
  case CL_DEVICE_HOST_UNIFIED_MEMORY:
    return answer(&unified, sizeof unified, size, value, size_ret);
  case CL_DEVICE_EXTENSIONS: return answer(extensions, sizeof extensions, size, value, size_ret);
  case CL_DEVICE_NAME: return answer(device_name, sizeof device_name, size, value, size_ret);
  default: return CL_INVALID_VALUE;
  }
}

cl_context clCreateContext(const cl_context_properties *props, cl_uint num_devices,
                           const cl_device_id *devices,
                           void(CL_CALLBACK *notify)(const char *, const void *, size_t, void *),
                           void *user_data, cl_int *err) {
  if (err) *err = CL_SUCCESS;
  return (cl_context)&context_obj;
}

cl_command_queue clCreateCommandQueue(cl_context context, cl_device_id device,
                                      cl_command_queue_properties props, cl_int *err) {
  if (err) *err = CL_SUCCESS;
  return (cl_command_queue)&queue_obj;
}

cl_program clCreateProgramWithSource(cl_context context, cl_uint count, const char **strings,
                                     const size_t *lengths, cl_int *err) {
  size_t total = 1;
  for (cl_uint i = 0; i < count; ++i)
    total += lengths && lengths[i] ? lengths[i] : strlen(strings[i]);
  char *all = malloc(total);
  if (!all) {
    if (err) *err = CL_OUT_OF_HOST_MEMORY;
    return NULL;
  }
  size_t at = 0;
  for (cl_uint i = 0; i < count; ++i) {
    const size_t len = lengths && lengths[i] ? lengths[i] : strlen(strings[i]);
    memcpy(all + at, strings[i], len);
    at += len;
  }
  all[at] = '\0';
  free(sources);
  sources = all;
  if (err) *err = CL_SUCCESS;
  return (cl_program)&program_obj;
}

cl_int clBuildProgram(cl_program program, cl_uint num_devices, const cl_device_id *devices,
                      const char *opts, void(CL_CALLBACK *notify)(cl_program, void *),
                      void *user_data) {
  const size_t len = opts ? strlen(opts) : 0;
  if (len >= sizeof options) return CL_INVALID_BUILD_OPTIONS;
  memcpy(options, opts ? opts : "", len + 1);
  return CL_SUCCESS;
}

cl_int clGetProgramBuildInfo(cl_program program, cl_device_id device, cl_program_build_info name,
                             size_t size, void *value, size_t *size_ret) {
  return answer("", 1, size, value, size_ret);
}

cl_kernel clCreateKernel(cl_program program, const char *name, cl_int *err) {
  if (err) *err = CL_SUCCESS;
  return (cl_kernel)&kernel_obj;
}

/* Retain and release: the objects are static, so there is nothing to count. */
cl_int clRetainContext(cl_context c) { return CL_SUCCESS; }
cl_int clReleaseContext(cl_context c) { return CL_SUCCESS; }
cl_int clRetainCommandQueue(cl_command_queue q) { return CL_SUCCESS; }
cl_int clReleaseCommandQueue(cl_command_queue q) { return CL_SUCCESS; }
cl_int clReleaseProgram(cl_program p) { return CL_SUCCESS; }
cl_int clReleaseKernel(cl_kernel k) { return CL_SUCCESS; }
cl_int clRetainMemObject(cl_mem m) { return CL_INVALID_MEM_OBJECT; }
cl_int clReleaseMemObject(cl_mem m) { return CL_INVALID_MEM_OBJECT; }
cl_int clReleaseEvent(cl_event e) { return CL_INVALID_EVENT; }
cl_int clFinish(cl_command_queue q) { return CL_SUCCESS; }

/* Nothing below runs on the simulated GPU. */
cl_int clGetCommandQueueInfo(cl_command_queue q, cl_command_queue_info name, size_t size,
                             void *value, size_t *size_ret) {
  return CL_INVALID_COMMAND_QUEUE;
}
cl_int clGetMemObjectInfo(cl_mem m, cl_mem_info name, size_t size, void *value, size_t *size_ret) {
  return CL_INVALID_MEM_OBJECT;
}
cl_int clGetEventInfo(cl_event e, cl_event_info name, size_t size, void *value, size_t *size_ret) {
  return CL_INVALID_EVENT;
}
cl_mem clCreateBuffer(cl_context c, cl_mem_flags flags, size_t size, void *host, cl_int *err) {
  if (err) *err = CL_INVALID_OPERATION;
  return NULL;
}
cl_int clSetKernelArg(cl_kernel k, cl_uint index, size_t size, const void *value) {
  return CL_INVALID_OPERATION;
}
cl_int clEnqueueNDRangeKernel(cl_command_queue q, cl_kernel k, cl_uint dims, const size_t *offset,
                              const size_t *global, const size_t *local, cl_uint nwait,
                              const cl_event *wait, cl_event *event) {
  return CL_INVALID_OPERATION;
}
cl_int clEnqueueMarkerWithWaitList(cl_command_queue q, cl_uint nwait, const cl_event *wait,
                                   cl_event *event) {
  return CL_INVALID_OPERATION;
}
cl_int clEnqueueReadBuffer(cl_command_queue q, cl_mem m, cl_bool blocking, size_t offset,
                           size_t size, void *ptr, cl_uint nwait, const cl_event *wait,
                           cl_event *event) {
  return CL_INVALID_OPERATION;
}
cl_int clEnqueueWriteBuffer(cl_command_queue q, cl_mem m, cl_bool blocking, size_t offset,
                            size_t size, const void *ptr, cl_uint nwait, const cl_event *wait,
                            cl_event *event) {
  return CL_INVALID_OPERATION;
}
void *clEnqueueMapBuffer(cl_command_queue q, cl_mem m, cl_bool blocking, cl_map_flags flags,
                         size_t offset, size_t size, cl_uint nwait, const cl_event *wait,
                         cl_event *event, cl_int *err) {
  if (err) *err = CL_INVALID_OPERATION;
  return NULL;
}
cl_int clEnqueueUnmapMemObject(cl_command_queue q, cl_mem m, void *ptr, cl_uint nwait,
                               const cl_event *wait, cl_event *event) {
  return CL_INVALID_OPERATION;
}
