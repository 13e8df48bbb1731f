/* offload.c — clact from C: sigmoid forward and backward of eight floats on the default
 * OpenCL device, checked against the same formulas evaluated here on the host. */
#include <clact.h>
#include <math.h>
#include <stdio.h>

int main(void) {
  float x[8] = {-6, -2, -1, -0.5f, 0, 0.5f, 1, 3}, dy[8] = {1, 1, 1, 1, 2, 2, 2, 2}, y[8], dx[8];
  clact_context *ctx;
  clact_status st = clact_context_create(&ctx, NULL); /* CLACT_DEVICE, else first GPU, CPU */
  if (st) return fprintf(stderr, "clact: %s\n", clact_status_string(st)), 1;
  clact_op op;
  clact_op_init(&op, CLACT_SIGMOID); /* f32; y = f(x), dx = dy * f'(x) */
  st = clact_forward_host(ctx, &op, 8, x, y);
  if (!st) st = clact_backward_host(ctx, &op, CLACT_FROM_X, 8, x, dy, dx);
  clact_context_destroy(ctx);
  if (st) return fprintf(stderr, "clact: %s\n", clact_status_string(st)), 1;
  int wrong = clact_version_number() != CLACT_VERSION_NUMBER; /* header and library agree */
  for (int i = 0; i < 8; ++i) {
    const double s = 1 / (1 + exp(-x[i])), ds = dy[i] * s * (1 - s);
    wrong += fabs(y[i] - s) > 1e-5 * s || fabs(dx[i] - ds) > 1e-5 * ds;
    printf("sigmoid(%5.2f) = %.7f   dx = %.7f\n", x[i], y[i], dx[i]);
  }
  printf("clact %s: %s\n", clact_version_string(), wrong ? "WRONG" : "ok");
  return wrong != 0;
}
