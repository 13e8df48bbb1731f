/* device.c — choosing a device from a spec string, and the launch shape it wants. */
#include "internal.h"

#include <ctype.h>
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#endif
#include <stdlib.h>
#include <string.h>

#ifndef CL_PLATFORM_NOT_FOUND_KHR
#define CL_PLATFORM_NOT_FOUND_KHR -1001 /* the ICD loader: no platform installed */
#endif

#define MAX_PLATFORMS 16
#define MAX_DEVICES   64

static int contains_nocase(const char *hay, const char *needle) {
  size_t n = strlen(needle);
  for (; *hay; ++hay) {
    size_t k = 0;
    while (k < n && hay[k] && tolower((unsigned char)hay[k]) == tolower((unsigned char)needle[k]))
      ++k;
    if (k == n) return 1;
  }
  return n == 0;
}

/* AVX512_BF16 on the CPU this library runs on (CPUID leaf 7, subleaf 1, EAX bit 5). The
 * kernel compiler may not say so itself: PoCL 3.1 builds for skylake-avx512 on an AMD EPYC
 * that has it, so the kernels' __AVX512BF16__ is not defined (kernels/prelude.cl). */
static int host_has_avx512bf16(void) {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
  unsigned a = 0, b = 0, c = 0, d = 0;
  return __get_cpuid_count(7, 1, &a, &b, &c, &d) && ((a >> 5) & 1u);
#else
  return 0;
#endif
}

static int equals_nocase(const char *a, const char *b) {
  for (; *a && *b; ++a, ++b)
    if (tolower((unsigned char)*a) != tolower((unsigned char)*b)) return 0;
  return *a == *b;
}

/* "P:D" with decimal indices. */
static int parse_indices(const char *spec, unsigned *p, unsigned *d) {
  char *end;
  if (!isdigit((unsigned char)spec[0])) return 0;
  unsigned long pp = strtoul(spec, &end, 10);
  if (*end != ':' || !isdigit((unsigned char)end[1])) return 0;
  unsigned long dd = strtoul(end + 1, &end, 10);
  if (*end != '\0' || pp > 1000000 || dd > 1000000) return 0;
  *p = (unsigned)pp;
  *d = (unsigned)dd;
  return 1;
}

static int names_match(cl_platform_id platform, cl_device_id device, const char *needle) {
  char buf[512];
  const cl_platform_info pinfo[] = {CL_PLATFORM_NAME, CL_PLATFORM_VENDOR};
  const cl_device_info dinfo[] = {CL_DEVICE_NAME, CL_DEVICE_VENDOR};
  for (int i = 0; i < 2; ++i) {
    if (clGetPlatformInfo(platform, pinfo[i], sizeof buf, buf, NULL) == CL_SUCCESS &&
        contains_nocase(buf, needle))
      return 1;
    if (clGetDeviceInfo(device, dinfo[i], sizeof buf, buf, NULL) == CL_SUCCESS &&
        contains_nocase(buf, needle))
      return 1;
  }
  return 0;
}

clact_status clact_select_device(const char *spec, cl_platform_id *platform_out,
                                 cl_device_id *device_out) {
  if (!spec || !*spec) spec = getenv("CLACT_DEVICE");
  if (spec && !*spec) spec = NULL;
  if (spec && strlen(spec) > 256) return CLACT_ERROR_INVALID_DEVICE_SPEC;

  cl_platform_id platforms[MAX_PLATFORMS];
  cl_uint np = 0;
  cl_int err = clGetPlatformIDs(MAX_PLATFORMS, platforms, &np);
  if (err == CL_PLATFORM_NOT_FOUND_KHR || (err == CL_SUCCESS && np == 0))
    return CLACT_ERROR_NO_DEVICE;
  if (err != CL_SUCCESS) return err;
  if (np > MAX_PLATFORMS) np = MAX_PLATFORMS;

  unsigned want_p = 0, want_d = 0;
  const int by_index = spec && parse_indices(spec, &want_p, &want_d);
  cl_device_type want_type = CL_DEVICE_TYPE_ALL;
  if (spec && equals_nocase(spec, "gpu")) want_type = CL_DEVICE_TYPE_GPU;
  if (spec && equals_nocase(spec, "cpu")) want_type = CL_DEVICE_TYPE_CPU;
  if (spec && equals_nocase(spec, "accelerator")) want_type = CL_DEVICE_TYPE_ACCELERATOR;
  const int by_type = want_type != CL_DEVICE_TYPE_ALL;
  if (spec && !by_index && !by_type && strchr(spec, ':') && isdigit((unsigned char)spec[0]))
    return CLACT_ERROR_INVALID_DEVICE_SPEC;

  /* Default: first GPU, else first CPU, else first device of any type. */
  cl_platform_id best_p[3] = {0};
  cl_device_id best_d[3] = {0};
  for (cl_uint p = 0; p < np; ++p) {
    cl_device_id devices[MAX_DEVICES];
    cl_uint nd = 0;
    if (clGetDeviceIDs(platforms[p], CL_DEVICE_TYPE_ALL, MAX_DEVICES, devices, &nd) != CL_SUCCESS)
      continue;
    if (nd > MAX_DEVICES) nd = MAX_DEVICES;
    for (cl_uint d = 0; d < nd; ++d) {
      cl_device_type type = 0;
      clGetDeviceInfo(devices[d], CL_DEVICE_TYPE, sizeof type, &type, NULL);
      int match;
      if (by_index)
        match = p == want_p && d == want_d;
      else if (by_type)
        match = (type & want_type) != 0;
      else if (spec)
        match = names_match(platforms[p], devices[d], spec);
      else {
        int rank = (type & CL_DEVICE_TYPE_GPU) ? 0 : (type & CL_DEVICE_TYPE_CPU) ? 1 : 2;
        if (!best_d[rank]) {
          best_p[rank] = platforms[p];
          best_d[rank] = devices[d];
        }
        continue;
      }
      if (match) {
        *platform_out = platforms[p];
        *device_out = devices[d];
        return CLACT_SUCCESS;
      }
    }
  }
  if (!spec) {
    for (int rank = 0; rank < 3; ++rank) {
      if (best_d[rank]) {
        *platform_out = best_p[rank];
        *device_out = best_d[rank];
        return CLACT_SUCCESS;
      }
    }
  }
  return CLACT_ERROR_NO_DEVICE;
}

static cl_uint clamp_width(cl_uint w) {
  cl_uint v = 1;
  while (v * 2 <= w && v < 16)
    v *= 2;
  return v;
}

clact_status clact_query_shape(cl_device_id device, launch_shape *shape, int *has_fp64,
                               int *host_unified, cl_uint *base_align) {
  cl_device_type type = 0;
  cl_uint cu = 1, pref_float = 1, pref_double = 0, align_bits = 1024;
  size_t max_wg = 1;
  cl_bool unified = CL_FALSE;
  cl_int err = clGetDeviceInfo(device, CL_DEVICE_TYPE, sizeof type, &type, NULL);
  if (!err) err = clGetDeviceInfo(device, CL_DEVICE_MAX_COMPUTE_UNITS, sizeof cu, &cu, NULL);
  if (!err)
    err = clGetDeviceInfo(device, CL_DEVICE_MAX_WORK_GROUP_SIZE, sizeof max_wg, &max_wg, NULL);
  if (!err)
    err = clGetDeviceInfo(device, CL_DEVICE_PREFERRED_VECTOR_WIDTH_FLOAT, sizeof pref_float,
                          &pref_float, NULL);
  if (!err)
    err = clGetDeviceInfo(device, CL_DEVICE_PREFERRED_VECTOR_WIDTH_DOUBLE, sizeof pref_double,
                          &pref_double, NULL);
  if (!err)
    err = clGetDeviceInfo(device, CL_DEVICE_MEM_BASE_ADDR_ALIGN, sizeof align_bits, &align_bits,
                          NULL);
  if (!err)
    err = clGetDeviceInfo(device, CL_DEVICE_HOST_UNIFIED_MEMORY, sizeof unified, &unified, NULL);
  if (err) return err;
  /* The extension string can be long; a truncated read is fine for a substring test. */
  size_t ext_size = 0;
  if (clGetDeviceInfo(device, CL_DEVICE_EXTENSIONS, 0, NULL, &ext_size) == CL_SUCCESS) {
    char *all = clact_malloc(ext_size + 1);
    if (!all) return CLACT_ERROR_OUT_OF_MEMORY;
    if (clGetDeviceInfo(device, CL_DEVICE_EXTENSIONS, ext_size, all, NULL) == CL_SUCCESS) {
      all[ext_size] = '\0';
      *has_fp64 = strstr(all, "cl_khr_fp64") != NULL;
    }
    free(all);
  }
  if (!*has_fp64) pref_double = 0;

  /* At least 16 bytes per load (GPUs reach full bandwidth with float4 even when they
   * report a preferred width of 1), and the device's preferred width where it is wider
   * (16 floats on AVX-512, where PoCL vectorizes only explicit vectors). */
  const cl_uint wf = clamp_width(pref_float > 4 ? pref_float : 4);
  const cl_uint wd = clamp_width(pref_double > 2 ? pref_double : 2);
  shape->vector_width[CLACT_F32] = wf;
  shape->vector_width[CLACT_F16] = wf > 8 ? wf : 8;
  shape->vector_width[CLACT_BF16] = wf > 8 ? wf : 8;
  shape->vector_width[CLACT_F64] = wd;

  shape->contiguous = (type & CL_DEVICE_TYPE_GPU) == 0;
  shape->gpu = (type & CL_DEVICE_TYPE_GPU) != 0;
  /* A CPU device that shares the host's memory runs on the host's CPU (a remote CPU device
   * reports no unified memory); the kernels use the instruction only where they also
   * compile for AVX-512 at width 16 on the contiguous walk. */
  shape->cpu_avx512bf16 =
      (type & CL_DEVICE_TYPE_CPU) != 0 && unified == CL_TRUE && host_has_avx512bf16();
  /* CLACT_LAUNCH=grid: the GPU's grid-stride shape on any device, so that the tests can run
   * both launch shapes on the CPU (docs/ARCHITECTURE.md) */
  const char *launch = getenv("CLACT_LAUNCH");
  if (launch && strcmp(launch, "grid") == 0) shape->contiguous = 0;
  shape->local_size = max_wg < 256 ? max_wg : 256;
  if (shape->contiguous) {
    shape->local_size = max_wg < 16 ? max_wg : 16;
    shape->max_groups = (size_t)cu * 4;
    /* Activations walk blocks of 128 vectors per work-item (8 KiB of floats at width 16;
     * a group's 128 KiB in and out stays in L2), up to 256 groups per compute unit. A
     * CPU runtime hands groups to its threads in chunks (PoCL's pthread device: each
     * grab is about 1/threads of what is left, at most 32 x threads groups), so with a
     * few groups per core one thread takes half the launch at once and the launch runs
     * at the pace of whichever core a neighbour slows; with hundreds of groups each grab
     * is small and a faster core takes more of them (docs/PERFORMANCE.md, "Launch shape
     * on CPUs"). */
    shape->block_units = 128;
    shape->max_block_groups = (size_t)cu * 256;
  } else {
    /* Enough resident groups to fill every compute unit twice over. */
    shape->max_groups = (size_t)cu * 16;
  }
  *host_unified = unified == CL_TRUE;
  *base_align = align_bits / 8 ? align_bits / 8 : 1;
  return CLACT_SUCCESS;
}
