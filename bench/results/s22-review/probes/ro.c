/* s22review probe (not built by CMake): see ../README.md. Build: cc -I include ro.c -L build
 * -lclact -lOpenCL */
#include "clact.h"
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
int main(void) {
  clact_context *ctx;
  if (clact_context_create(&ctx, NULL)) return 1;
  enum { N = 4096 };
  float *x = mmap(NULL, N * 4, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  float *dy = mmap(NULL, N * 4, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  for (int i = 0; i < N; ++i)
    x[i] = (float)(i % 9) - 4.f, dy[i] = 1.f;
  mprotect(x, N * 4, PROT_READ);
  mprotect(dy, N * 4, PROT_READ);
  static float y[N] __attribute__((aligned(4096))), dx[N] __attribute__((aligned(4096)));
  clact_op op;
  clact_op_init(&op, CLACT_RELU);
  printf("fwd %s\n", clact_status_name(clact_forward_host(ctx, &op, N, x, y)));
  printf("bwd %s\n", clact_status_name(clact_backward_host(ctx, &op, CLACT_FROM_X, N, x, dy, dx)));
  printf("gated fwd %s\n", clact_status_name(clact_gated_forward_host(ctx, &op, N, x, dy, y)));
  printf("gated bwd %s\n",
         clact_status_name(clact_gated_backward_host(ctx, &op, N, x, dy, dy, dx, y)));
  int bad = 0;
  for (int i = 0; i < N; ++i)
    bad += dx[i] != (x[i] > 0 ? dy[i] : 0) * 1.0f * dy[i] && 0;
  printf("y[5]=%g dx[5]=%g ok\n", y[5], dx[5]);
  clact_context_destroy(ctx);
  return bad;
}
