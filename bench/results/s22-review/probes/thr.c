/* s22review probe (not built by CMake): see ../README.md. Build: cc -I include thr.c -L build
 * -lclact -lOpenCL */
#include "clact.h"
#include <pthread.h>
#include <stdio.h>
#include <string.h>
static clact_context *ctx;
static int bad;
static void *t_fwd(void *a) {
  (void)a;
  clact_op op;
  clact_op_init(&op, CLACT_GELU);
  float x[100], y[100];
  for (int i = 0; i < 100; ++i)
    x[i] = i * 0.1f - 5;
  if (clact_forward_host(ctx, &op, 100, x, y)) bad++;
  return NULL;
}
static void *t_gated(void *a) {
  (void)a;
  clact_op op;
  clact_op_init(&op, CLACT_SWISH);
  float x[100], y[100], b[100];
  for (int i = 0; i < 100; ++i)
    x[i] = b[i] = i * 0.1f - 5;
  if (clact_gated_forward_host(ctx, &op, 100, x, b, y)) bad++;
  return NULL;
}
static void *t_q(void *a) {
  (void)a;
  clact_op op;
  clact_op_init(&op, CLACT_TANH);
  cl_mem bx, by;
  clact_quant q = {0.05, 128};
  if (clact_buffer_create(ctx, 400, &bx) || clact_buffer_create(ctx, 100, &by)) {
    bad++;
    return NULL;
  }
  unsigned char z[400] = {0};
  clact_buffer_write(ctx, bx, 0, 400, z);
  if (clact_forward_q(ctx, &op, 100, CLACT_F32, NULL, bx, 0, 1, CLACT_U8, &q, by, 0, 1, 0, NULL,
                      NULL))
    bad++;
  if (clact_forward_q(ctx, &op, 100, CLACT_U8, &q, by, 0, 1, CLACT_U8, &q, bx, 0, 1, 0, NULL, NULL))
    bad++;
  clact_finish(ctx);
  clact_buffer_release(bx);
  clact_buffer_release(by);
  return NULL;
}
static void *t_bias(void *a) {
  (void)a;
  cl_mem bx, bd;
  if (clact_buffer_create(ctx, 400, &bx) || clact_buffer_create(ctx, 40, &bd)) {
    bad++;
    return NULL;
  }
  float z[100] = {0};
  clact_buffer_write(ctx, bx, 0, 400, z);
  clact_tensor xv = {2, {10, 10}, {10, 1}, 0}, dv = {1, {10}, {1}, 0};
  if (clact_bias_grad_view(ctx, CLACT_F32, bx, &xv, bd, &dv, 0, NULL, NULL)) bad++;
  char log[64];
  clact_build_log(ctx, log, sizeof log, NULL);
  if (clact_prelu_slope_grad(ctx, CLACT_F32, 100, 10, CLACT_CHANNELS_LAST, 1, bx, 0, bx, 0, bd, 0,
                             0, NULL, NULL))
    bad++;
  clact_finish(ctx);
  clact_buffer_release(bx);
  clact_buffer_release(bd);
  return NULL;
}
int main(void) {
  for (int r = 0; r < 2; ++r) {
    if (clact_context_create(&ctx, NULL)) return 1;
    pthread_t t[4];
    void *(*f[4])(void *) = {t_fwd, t_gated, t_q, t_bias};
    for (int i = 0; i < 4; ++i)
      pthread_create(&t[i], NULL, f[i], NULL);
    for (int i = 0; i < 4; ++i)
      pthread_join(t[i], NULL);
    clact_context_destroy(ctx);
  }
  printf("bad=%d\n", bad);
  return bad != 0;
}
