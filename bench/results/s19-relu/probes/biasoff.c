/* biasoff.c (s19relu): bias + relu forward and backward at 2^24 f32 ([4096, 4096], as clact
 * bench --gated; COLS) with the bias row placed at element offset BOFF in a larger buffer, beside
 * the two copies (identity forward: 1 in 1 out; identity backward: 2 in 1 out). Prints the
 * buffers' addresses (map) to stderr, then per offset and case the median process CPU ms per
 * call over ROUNDS rounds of CALLS calls (PoCL's threads included), cases interleaved.
 *   cc -O2 -Iinclude biasoff.c -Lbuild -lclact -lOpenCL -o biasoff
 *   POCL_MAX_PTHREAD_COUNT=1 LD_LIBRARY_PATH=build ./biasoff ROUNDS CALLS BOFF... */
#define _POSIX_C_SOURCE 200809L
#include "clact.h"
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
static double cpu(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}
static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}
int main(int argc, char **argv) {
  if (argc < 4) return 2;
  const int R = atoi(argv[1]), C = atoi(argv[2]), no = argc - 3;
  /* COLS=c in the environment: rows of c (the bias row's length; 4096 by default) */
  const size_t cols = getenv("COLS") ? (size_t)atol(getenv("COLS")) : 4096, n = (size_t)1 << 24,
               bpad = 8192;
  clact_context *ctx;
  cl_mem x, dy, out, bias;
  float *h = malloc(n * 4);
  for (size_t i = 0; i < n; i++)
    h[i] = (float)((i * 2654435761u) % 20001) * 1e-3f - 10.f;
  if (clact_context_create(&ctx, NULL) || clact_buffer_create(ctx, n * 4, &x) ||
      clact_buffer_create(ctx, n * 4, &dy) || clact_buffer_create(ctx, n * 4, &out) ||
      clact_buffer_create(ctx, (cols + bpad) * 4, &bias) ||
      clact_buffer_write(ctx, x, 0, n * 4, h) || clact_buffer_write(ctx, dy, 0, n * 4, h) ||
      clact_buffer_write(ctx, bias, 0, (cols + bpad) * 4, h))
    return 1;
  {
    cl_command_queue q;
    clact_context_queue(ctx, &q);
    cl_mem bufs[4] = {x, dy, out, bias};
    for (int i = 0; i < 4; ++i) {
      cl_int e;
      void *p = clEnqueueMapBuffer(q, bufs[i], CL_TRUE, CL_MAP_READ, 0, 64, 0, NULL, NULL, &e);
      fprintf(stderr, "buffer %d at %p (low 12 bits %#lx)\n", i, p,
              (unsigned long)((size_t)p & 4095));
      clEnqueueUnmapMemObject(q, bufs[i], p, 0, NULL, NULL);
    }
    clFinish(q);
  }
  clact_op relu, id;
  clact_op_init(&relu, CLACT_RELU);
  clact_op_init(&id, CLACT_IDENTITY);
  const size_t one[2] = {n / cols, cols};
  static const char *const nm[4] = {"copy1", "copy2", "bias_relu_fwd", "bias_relu_bwd"};
  double *t = calloc((size_t)no * 4 * R, sizeof(double));
  for (int r = -1; r < R; ++r)
    for (int o = 0; o < no; ++o)
      for (int c = 0; c < 4; ++c) {
        clact_tensor v, b;
        clact_tensor_init_dense(&v, 2, one, 0);
        clact_tensor_init_dense(&b, 1, &cols, 0);
        b.offset = (size_t)atol(argv[3 + o]);
        const double c0 = cpu();
        for (int k = 0; k < C; ++k) {
          clact_status st = c == 0   ? clact_forward(ctx, &id, n, x, 0, 1, out, 0, 1, 0, NULL, NULL)
                            : c == 1 ? clact_backward(ctx, &id, CLACT_FROM_X, n, x, 0, 1, dy, 0, 1,
                                                      out, 0, 1, 0, NULL, NULL)
                            : c == 2 ? clact_bias_forward_view(ctx, &relu, x, &v, bias, &b, out, &v,
                                                               0, NULL, NULL)
                                     : clact_bias_backward_view(ctx, &relu, x, &v, bias, &b, dy, &v,
                                                                out, &v, 0, NULL, NULL);
          if (st || (st = clact_finish(ctx))) return 3;
        }
        if (r >= 0) t[((size_t)o * 4 + c) * R + r] = (cpu() - c0) / C * 1e3;
      }
  printf("boff,case,cpu_median_ms,per_round\n");
  for (int o = 0; o < no; ++o)
    for (int c = 0; c < 4; ++c) {
      double *u = t + ((size_t)o * 4 + c) * R, s[64];
      for (int r = 0; r < R && r < 64; ++r)
        s[r] = u[r];
      qsort(s, R, sizeof(double), cmp);
      printf("%s,%s,%.3f,", argv[3 + o], nm[c], s[R / 2]);
      for (int r = 0; r < R; ++r)
        printf("%s%.2f", r ? " " : "", u[r]);
      printf("\n");
    }
  return 0;
}
