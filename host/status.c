/* status.c — names and descriptions of every status, OpenCL's codes included. */
#include "internal.h"

#include <stdio.h>

#define CL_ERRORS(X)                                                                               \
  X(CL_DEVICE_NOT_FOUND, "no OpenCL device found")                                                 \
  X(CL_DEVICE_NOT_AVAILABLE, "OpenCL device not available")                                        \
  X(CL_COMPILER_NOT_AVAILABLE, "OpenCL compiler not available")                                    \
  X(CL_MEM_OBJECT_ALLOCATION_FAILURE, "device memory allocation failed")                           \
  X(CL_OUT_OF_RESOURCES, "out of device resources")                                                \
  X(CL_OUT_OF_HOST_MEMORY, "OpenCL runtime out of host memory")                                    \
  X(CL_PROFILING_INFO_NOT_AVAILABLE, "profiling information not available")                        \
  X(CL_MEM_COPY_OVERLAP, "overlapping copy")                                                       \
  X(CL_IMAGE_FORMAT_MISMATCH, "image format mismatch")                                             \
  X(CL_IMAGE_FORMAT_NOT_SUPPORTED, "image format not supported")                                   \
  X(CL_BUILD_PROGRAM_FAILURE, "program build failed (see clact_build_log)")                        \
  X(CL_MAP_FAILURE, "map failed")                                                                  \
  X(CL_MISALIGNED_SUB_BUFFER_OFFSET, "misaligned sub-buffer offset")                               \
  X(CL_EXEC_STATUS_ERROR_FOR_EVENTS_IN_WAIT_LIST, "an event in the wait list failed")              \
  X(CL_INVALID_VALUE, "invalid value")                                                             \
  X(CL_INVALID_DEVICE_TYPE, "invalid device type")                                                 \
  X(CL_INVALID_PLATFORM, "invalid platform")                                                       \
  X(CL_INVALID_DEVICE, "invalid device")                                                           \
  X(CL_INVALID_CONTEXT, "invalid OpenCL context")                                                  \
  X(CL_INVALID_QUEUE_PROPERTIES, "invalid queue properties")                                       \
  X(CL_INVALID_COMMAND_QUEUE, "invalid command queue")                                             \
  X(CL_INVALID_HOST_PTR, "invalid host pointer")                                                   \
  X(CL_INVALID_MEM_OBJECT, "invalid memory object")                                                \
  X(CL_INVALID_BINARY, "invalid program binary")                                                   \
  X(CL_INVALID_BUILD_OPTIONS, "invalid build options")                                             \
  X(CL_INVALID_PROGRAM, "invalid program")                                                         \
  X(CL_INVALID_PROGRAM_EXECUTABLE, "invalid program executable")                                   \
  X(CL_INVALID_KERNEL_NAME, "invalid kernel name")                                                 \
  X(CL_INVALID_KERNEL_DEFINITION, "invalid kernel definition")                                     \
  X(CL_INVALID_KERNEL, "invalid kernel")                                                           \
  X(CL_INVALID_ARG_INDEX, "invalid kernel argument index")                                         \
  X(CL_INVALID_ARG_VALUE, "invalid kernel argument value")                                         \
  X(CL_INVALID_ARG_SIZE, "invalid kernel argument size")                                           \
  X(CL_INVALID_KERNEL_ARGS, "kernel arguments not set")                                            \
  X(CL_INVALID_WORK_DIMENSION, "invalid work dimension")                                           \
  X(CL_INVALID_WORK_GROUP_SIZE, "invalid work-group size")                                         \
  X(CL_INVALID_WORK_ITEM_SIZE, "invalid work-item size")                                           \
  X(CL_INVALID_GLOBAL_OFFSET, "invalid global offset")                                             \
  X(CL_INVALID_EVENT_WAIT_LIST, "invalid event wait list")                                         \
  X(CL_INVALID_EVENT, "invalid event")                                                             \
  X(CL_INVALID_OPERATION, "invalid operation")                                                     \
  X(CL_INVALID_BUFFER_SIZE, "invalid buffer size")                                                 \
  X(CL_INVALID_GLOBAL_WORK_SIZE, "invalid global work size")                                       \
  X(CL_INVALID_PROPERTY, "invalid property")

const char *clact_status_name(int status) {
  switch (status) {
  case CLACT_SUCCESS: return "CLACT_SUCCESS";
#define NAME_LIB(E, v, s)                                                                          \
  case v: return "CLACT_ERROR_" #E;
    CLACT_ERRORS(NAME_LIB)
#undef NAME_LIB
#define NAME_CL(E, s)                                                                              \
  case E: return #E;
    CL_ERRORS(NAME_CL)
#undef NAME_CL
  default: return "CLACT_UNKNOWN_STATUS";
  }
}

const char *clact_status_string(int status) {
  switch (status) {
  case CLACT_SUCCESS: return "success";
#define TEXT_LIB(E, v, s)                                                                          \
  case v: return s;
    CLACT_ERRORS(TEXT_LIB)
#undef TEXT_LIB
#define TEXT_CL(E, s)                                                                              \
  case E: return s;
    CL_ERRORS(TEXT_CL)
#undef TEXT_CL
  default: return "unknown status";
  }
}

#define CLACT_STR_(x) #x
#define CLACT_STR(x)  CLACT_STR_(x)

unsigned clact_version_number(void) { return CLACT_VERSION_NUMBER; }

const char *clact_version_string(void) {
  return CLACT_STR(CLACT_VERSION_MAJOR) "." CLACT_STR(CLACT_VERSION_MINOR) "." CLACT_STR(
      CLACT_VERSION_PATCH);
}
