/* s22review probe (not built by CMake): see ../README.md. Build: cc -I include img.c -L build
 * -lclact -lOpenCL */
#include "clact.h"
#include <stdio.h>
#include <string.h>
int main(void) {
  clact_context *ctx;
  if (clact_context_create(&ctx, NULL)) return 1;
  cl_context c;
  clact_context_cl_context(ctx, &c);
  cl_image_format f = {CL_R, CL_FLOAT};
  cl_image_desc d;
  memset(&d, 0, sizeof d);
  d.image_type = CL_MEM_OBJECT_IMAGE2D;
  d.image_width = 64;
  d.image_height = 64;
  cl_int err;
  cl_mem img = clCreateImage(c, CL_MEM_READ_WRITE, &f, &d, NULL, &err);
  printf("image err %d\n", err);
  if (err) return 0;
  size_t sz = 0;
  clGetMemObjectInfo(img, CL_MEM_SIZE, sizeof sz, &sz, NULL);
  printf("size %zu\n", sz);
  cl_mem b;
  clact_buffer_create(ctx, 64 * 64 * 4, &b);
  float z[4096];
  for (int i = 0; i < 4096; ++i)
    z[i] = -1.f;
  clact_buffer_write(ctx, b, 0, sizeof z, z);
  clact_op op;
  clact_op_init(&op, CLACT_RELU);
  clact_status st = clact_forward(ctx, &op, 4096, b, 0, 1, img, 0, 1, 0, NULL, NULL);
  printf("forward into image: %s\n", clact_status_name(st));
  st = clact_forward(ctx, &op, 4096, img, 0, 1, b, 0, 1, 0, NULL, NULL);
  printf("forward from image: %s\n", clact_status_name(st));
  printf("finish %s\n", clact_status_name(clact_finish(ctx)));
  st = clact_buffer_write(ctx, img, 0, 16, z);
  printf("buffer_write image: %s\n", clact_status_name(st));
  float h[4];
  st = clact_buffer_read(ctx, img, 0, 16, h);
  printf("buffer_read image: %s\n", clact_status_name(st));
  clReleaseMemObject(img);
  clact_buffer_release(b);
  clact_context_destroy(ctx);
  return 0;
}
