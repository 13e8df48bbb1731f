/* probe.c — times a few hand-written f32 relu transpose kernels against a copy on the first
 * OpenCL device, to tell the memory pattern's cost from clact's own (docs/PERFORMANCE.md,
 * "N-D views": what a transpose can reach on this machine). Built as build/tools/transpose_probe:
 *
 *   POCL_CACHE_DIR=/tmp/probe-cache build/tools/transpose_probe tools/transpose_probe/kernels.cl \
 *       copy copy16:8192:16 tp_out:8192:16 tp_out_nt:8192:16 tp_out_pf2nt:8192:16
 *
 * Each argument is KERNEL:GLOBAL:LOCAL (or `copy`, clEnqueueCopyBuffer) on 2^24 floats
 * viewed as [1024][128][128]; it prints the median and minimum of 7 calls and, for the
 * kernels named tp_*, counts the elements that differ from relu of the transpose. */
#define CL_TARGET_OPENCL_VERSION 120
#include <CL/cl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { N = 1 << 24, MAT = 128, REPS = 7 };

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

#define CK(x)                                                                                      \
  do {                                                                                             \
    const cl_int e_ = (x);                                                                         \
    if (e_) {                                                                                      \
      fprintf(stderr, "%s:%d: OpenCL error %d\n", __FILE__, __LINE__, e_);                         \
      exit(1);                                                                                     \
    }                                                                                              \
  } while (0)

static int by_value(const void *a, const void *b) {
  const double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static char *read_text(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  const long len = ftell(f);
  rewind(f);
  char *s = malloc((size_t)len + 1);
  if (s && fread(s, 1, (size_t)len, f) != (size_t)len) free(s), s = NULL;
  if (s) s[len] = 0;
  fclose(f);
  return s;
}

/* Elements of y that are not relu(x) transposed in each 128 x 128 matrix. */
static long mismatches(const float *x, const float *y) {
  long bad = 0;
  for (size_t m = 0; m < N / (MAT * MAT); ++m)
    for (size_t i = 0; i < MAT; ++i)
      for (size_t j = 0; j < MAT; ++j) {
        const float v = x[m * MAT * MAT + j * MAT + i];
        bad += y[m * MAT * MAT + i * MAT + j] != (v > 0 ? v : 0);
      }
  return bad;
}

int main(int argc, char **argv) {
  char *src = argc > 1 ? read_text(argv[1]) : NULL;
  if (!src) {
    fprintf(stderr, "usage: probe KERNELS.cl copy|KERNEL:GLOBAL:LOCAL...\n");
    return 2;
  }
  cl_platform_id plat;
  cl_device_id dev;
  cl_int e;
  CK(clGetPlatformIDs(1, &plat, NULL));
  CK(clGetDeviceIDs(plat, CL_DEVICE_TYPE_ALL, 1, &dev, NULL));
  cl_context ctx = clCreateContext(NULL, 1, &dev, NULL, NULL, &e);
  CK(e);
  cl_command_queue q = clCreateCommandQueue(ctx, dev, 0, &e);
  CK(e);
  cl_program prog = clCreateProgramWithSource(ctx, 1, (const char **)&src, NULL, &e);
  CK(e);
  if (clBuildProgram(prog, 1, &dev, "", NULL, NULL)) {
    static char log[1 << 16];
    clGetProgramBuildInfo(prog, dev, CL_PROGRAM_BUILD_LOG, sizeof log, log, NULL);
    fprintf(stderr, "%s\n", log);
    return 1;
  }
  float *hx = malloc(N * sizeof *hx), *hy = malloc(N * sizeof *hy);
  if (!hx || !hy) return 1;
  for (size_t i = 0; i < N; ++i) /* both signs, every value distinct within a matrix */
    hx[i] = (float)(i % 1000003) - 500000.f;
  cl_mem x = clCreateBuffer(ctx, CL_MEM_READ_WRITE | CL_MEM_COPY_HOST_PTR, N * 4, hx, &e);
  CK(e);
  cl_mem y = clCreateBuffer(ctx, CL_MEM_READ_WRITE, N * 4, NULL, &e);
  CK(e);
  for (int a = 2; a < argc; ++a) {
    char name[64];
    size_t global = 0, local = 0;
    const int copy = strcmp(argv[a], "copy") == 0;
    if (!copy && sscanf(argv[a], "%63[^:]:%zu:%zu", name, &global, &local) != 3) return 2;
    cl_kernel k = NULL;
    if (!copy) {
      k = clCreateKernel(prog, name, &e);
      CK(e);
      CK(clSetKernelArg(k, 0, sizeof x, &x));
      CK(clSetKernelArg(k, 1, sizeof y, &y));
    }
    const float zero = 0;
    CK(clEnqueueFillBuffer(q, y, &zero, sizeof zero, 0, N * 4, 0, NULL, NULL));
    double t[REPS];
    for (int r = 0; r < REPS; ++r) {
      const double t0 = now();
      if (copy)
        CK(clEnqueueCopyBuffer(q, x, y, 0, 0, N * 4, 0, NULL, NULL));
      else
        CK(clEnqueueNDRangeKernel(q, k, 1, NULL, &global, &local, 0, NULL, NULL));
      CK(clFinish(q));
      t[r] = now() - t0;
    }
    qsort(t, REPS, sizeof t[0], by_value);
    CK(clEnqueueReadBuffer(q, y, CL_TRUE, 0, N * 4, hy, 0, NULL, NULL));
    printf("%-14s median %7.2f ms  min %7.2f ms  %6.2f GB/s", copy ? "copy" : name,
           t[REPS / 2] * 1e3, t[0] * 1e3, 2.0 * N * 4 / t[REPS / 2] / 1e9);
    if (!copy && strncmp(name, "tp_", 3) == 0) printf("  wrong %ld", mismatches(hx, hy));
    printf("\n");
    fflush(stdout);
    if (k) clReleaseKernel(k);
  }
  return 0;
}
