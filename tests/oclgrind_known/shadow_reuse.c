/* shadow_reuse.c — oclgrind 21.10's --uninitialized check, without clact: a
 * buffer of 36 bytes created after one of 28 bytes was released is written whole by one
 * kernel and read by the next; oclgrind reports its bytes 28 .. 35 (elements 7 and 8) as
 * uninitialised. Without the release it reports nothing. This is what it reports in
 * PReLU's slope gradient on small 16-bit calls (the scratch buffer of partial sums,
 * created per call after the test released smaller buffers), so prelu_views runs under
 * oclgrind without that one check. The test oclgrind.known.shadow_reuse runs this and
 * fails once oclgrind stops reporting: then the check can come back (tests/CMakeLists.txt).
 * Exit status: 0 when every call succeeded and the output is right. */
#define CL_TARGET_OPENCL_VERSION 120
#include <CL/cl.h>

#include <stdio.h>

static const char *source =
    "__kernel void touch(__global ushort *a, ulong n) {\n"
    "  for (ulong i = get_global_id(0); i < n; i += get_global_size(0)) a[i] += 1;\n"
    "}\n"
    "__kernel void fill(__global float *b, ulong n) {\n"
    "  for (ulong i = get_global_id(0); i < n; i += get_global_size(0)) b[i] = 1.0f;\n"
    "}\n"
    "__kernel void copy(__global const float *b, __global float *c, ulong n) {\n"
    "  for (ulong i = get_global_id(0); i < n; i += get_global_size(0)) c[i] = b[i];\n"
    "}\n";

int main(void) {
  cl_platform_id platform;
  cl_device_id device;
  cl_int err = clGetPlatformIDs(1, &platform, NULL);
  if (!err) err = clGetDeviceIDs(platform, CL_DEVICE_TYPE_ALL, 1, &device, NULL);
  if (err) return fprintf(stderr, "no OpenCL device (%d)\n", err), 1;
  cl_context ctx = clCreateContext(NULL, 1, &device, NULL, NULL, &err);
  cl_command_queue q = clCreateCommandQueue(ctx, device, 0, &err);
  cl_program prog = clCreateProgramWithSource(ctx, 1, &source, NULL, &err);
  if (!err) err = clBuildProgram(prog, 1, &device, "", NULL, NULL);
  if (err) return fprintf(stderr, "build failed (%d)\n", err), 1;
  cl_kernel touch = clCreateKernel(prog, "touch", &err), fill = clCreateKernel(prog, "fill", &err),
            copy = clCreateKernel(prog, "copy", &err);
  unsigned short small[14] = {0};
  float zeros[9] = {0}, out[9] = {0};
  const size_t global = 16;
  const cl_ulong n14 = 14, n9 = 9;

  /* 28 bytes, written by the host and a kernel, then released */
  cl_mem a =
      clCreateBuffer(ctx, CL_MEM_READ_WRITE | CL_MEM_COPY_HOST_PTR, sizeof small, small, &err);
  err |= clSetKernelArg(touch, 0, sizeof a, &a) | clSetKernelArg(touch, 1, 8, &n14);
  err |= clEnqueueNDRangeKernel(q, touch, 1, NULL, &global, NULL, 0, NULL, NULL) | clFinish(q);
  clReleaseMemObject(a);

  /* 36 bytes, every byte written by `fill` before `copy` reads it */
  cl_mem b = clCreateBuffer(ctx, CL_MEM_READ_WRITE, sizeof zeros, NULL, &err);
  cl_mem c =
      clCreateBuffer(ctx, CL_MEM_READ_WRITE | CL_MEM_COPY_HOST_PTR, sizeof zeros, zeros, &err);
  err |= clSetKernelArg(fill, 0, sizeof b, &b) | clSetKernelArg(fill, 1, 8, &n9);
  err |= clEnqueueNDRangeKernel(q, fill, 1, NULL, &global, NULL, 0, NULL, NULL);
  err |= clSetKernelArg(copy, 0, sizeof b, &b) | clSetKernelArg(copy, 1, sizeof c, &c) |
         clSetKernelArg(copy, 2, 8, &n9);
  err |= clEnqueueNDRangeKernel(q, copy, 1, NULL, &global, NULL, 0, NULL, NULL);
  err |= clEnqueueReadBuffer(q, c, CL_TRUE, 0, sizeof out, out, 0, NULL, NULL);
  int wrong = 0;
  for (int i = 0; i < 9; ++i)
    wrong |= out[i] != 1.0f;
  printf("calls %s, output %s\n", err ? "failed" : "succeeded", wrong ? "wrong" : "right");
  clReleaseMemObject(b), clReleaseMemObject(c);
  clReleaseKernel(touch), clReleaseKernel(fill), clReleaseKernel(copy);
  clReleaseProgram(prog), clReleaseCommandQueue(q), clReleaseContext(ctx);
  return err || wrong;
}
