/* rows.c: the N-D kernel's dense rows by row length, with and without the row prefetch, in
 * one process: forward of an op (argv[1], f32) on the first half of each row of a
 * [rows, 2 inner] tensor (x) into a dense [rows, inner] one (y), 2^24 elements, for inner
 * in argv[3]..., one context per CLACT_BUILD_OPTIONS string ("" and
 * "-DCLACT_PREFETCH_BYTES=0", or $ROWS_OPTS), interleaved, argv[2] rounds of batches of 4 calls;
 * medians.
 *   ./rows sigmoid 7 16 64 256 4096
 * Build: cc -O2 -I../../../../include rows.c ../../../../build/libclact.so -lOpenCL */
#include "probe.h"
enum { MAXL = 16, MAXR = 64 };
int main(int argc, char **argv) {
  if (argc < 4) return 2;
  clact_activation a;
  if (clact_activation_from_name(argv[1], &a)) return 1;
  const int R = atoi(argv[2]), nl = argc - 3;
  if (R > MAXR || nl > MAXL) return 2;
  opts_from("ROWS_OPTS");
  const size_t n = (size_t)1 << 24;
  float *h = malloc(2 * n * 4);
  for (size_t i = 0; i < 2 * n; i++)
    h[i] = (float)((i * 2654435761u) % 20001) * 1e-3f - 10.f;
  clact_op op;
  clact_op_init(&op, a);
  clact_context *ctx[MAXOPT];
  cl_mem X[MAXOPT], Y[MAXOPT];
  for (int k = 0; k < NOPT; k++) {
    setenv("CLACT_BUILD_OPTIONS", OPTS[k], 1);
    if (clact_context_create(&ctx[k], NULL) || clact_buffer_create(ctx[k], 2 * n * 4, &X[k]) ||
        clact_buffer_create(ctx[k], n * 4, &Y[k]) ||
        clact_buffer_write(ctx[k], X[k], 0, 2 * n * 4, h))
      return 1;
  }
  static double t[MAXL][MAXOPT][MAXR], c[MAXL][MAXOPT][MAXR];
  for (int r = 0; r < R; r++)
    for (int l = 0; l < nl; l++) {
      const size_t inner = (size_t)atol(argv[3 + l]), rows = n / inner;
      const size_t full[2] = {rows, 2 * inner}, half[2] = {rows, inner};
      clact_tensor xv, yv;
      clact_tensor_init_dense(&xv, 2, full, 0);
      xv.size[1] = inner;
      clact_tensor_init_dense(&yv, 2, half, 0);
      for (int k = 0; k < NOPT; k++) {
        if (r == 0) { /* build and warm */
          if (clact_forward_view(ctx[k], &op, X[k], &xv, Y[k], &yv, 0, NULL, NULL)) return 3;
          clact_finish(ctx[k]);
        }
        const double t0 = now(), c0 = cpu();
        for (int i = 0; i < 4; i++)
          if (clact_forward_view(ctx[k], &op, X[k], &xv, Y[k], &yv, 0, NULL, NULL)) return 3;
        clact_finish(ctx[k]);
        t[l][k][r] = (now() - t0) / 4 * 1e3;
        c[l][k][r] = (cpu() - c0) / 4 * 1e3;
      }
    }
  printf("op,inner,options,median_ms,q1_ms,q3_ms,cpu_median_ms,cpu_q1_ms,cpu_q3_ms\n");
  for (int l = 0; l < nl; l++)
    for (int k = 0; k < NOPT; k++) {
      qsort(t[l][k], R, sizeof(double), cmp);
      qsort(c[l][k], R, sizeof(double), cmp);
      printf("%s,%s,\"%s\",%.3f,%.3f,%.3f,%.3f,%.3f,%.3f\n", argv[1], argv[3 + l], OPTS[k],
             t[l][k][R / 2], t[l][k][R / 4], t[l][k][3 * R / 4], c[l][k][R / 2], c[l][k][R / 4],
             c[l][k][3 * R / 4]);
    }
  return 0;
}
