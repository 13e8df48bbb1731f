/* options.c: one 1-D call (argv[1], argv[2] fwd or bwd, dtype from $DT, f32 by default)
 * on 2^24 elements in one context per CLACT_BUILD_OPTIONS string (argv[4]...), timed in
 * turn in one process (argv[3] rounds, batches of 4 calls), output at offset 0 and 64:
 *   DT=f16 ./options sigmoid fwd 5 "-DCLACT_PREFETCH_BYTES=0" ""
 * (s9-views-prefetch: the copy of ../../cpu-prefetch-2026-12-01/probes/options.c with f64
 * inputs; -DCLACT_PREFETCH_BYTES=0 now compiles no prefetch at all.)
 * Build: cc -O2 -I../../../../include options.c ../../../../build/libclact.so -lOpenCL */
#include "probe.h" /* its option list unused: argv names the options */
static size_t n = 1u << 24;
typedef struct {
  clact_context *ctx;
  cl_mem X, Y;
} V;
static int run(V *v, clact_op *op, int bwd, size_t yo) {
  if (bwd)
    return clact_backward(v->ctx, op, CLACT_FROM_X, n, v->X, 0, 1, v->X, n, 1, v->Y, yo, 1, 0, NULL,
                          NULL);
  return clact_forward(v->ctx, op, n, v->X, 0, 1, v->Y, yo, 1, 0, NULL, NULL);
}
int main(int argc, char **argv) {
  /* argv: op dir reps opts1 [opts2 ...] */
  clact_activation a;
  if (clact_activation_from_name(argv[1], &a)) return 1;
  int bwd = !strcmp(argv[2], "bwd");
  clact_dtype dt;
  if (clact_dtype_from_name(getenv("DT") ? getenv("DT") : "f32", &dt)) return 1;
  int R = atoi(argv[3]);
  int nv = argc - 4;
  clact_op op;
  clact_op_init(&op, a);
  op.dtype = dt;
  size_t es = clact_dtype_size(dt);
  size_t cap = 2 * n + 65536;
  unsigned char *h = malloc(cap * es);
  for (size_t i = 0; i < cap; i++) {
    float f = (float)((i * 2654435761u) % 20001) * 1e-3f - 10.f;
    if (es == 8) {
      double d = f;
      memcpy(h + 8 * i, &d, 8);
    } else if (es == 4)
      memcpy(h + 4 * i, &f, 4);
    else if (dt == CLACT_F16) {
      _Float16 q = (_Float16)f;
      memcpy(h + 2 * i, &q, 2);
    } else {
      unsigned u;
      memcpy(&u, &f, 4);
      unsigned short b = u >> 16;
      memcpy(h + 2 * i, &b, 2);
    }
  }
  V v[8];
  for (int k = 0; k < nv; k++) {
    setenv("CLACT_BUILD_OPTIONS", argv[4 + k], 1);
    if (clact_context_create(&v[k].ctx, NULL)) return 1;
    if (clact_buffer_create(v[k].ctx, cap * es, &v[k].X) ||
        clact_buffer_create(v[k].ctx, (n + 65536) * es, &v[k].Y) ||
        clact_buffer_write(v[k].ctx, v[k].X, 0, cap * es, h))
      return 1;
    for (int i = 0; i < 2; i++) {
      run(&v[k], &op, bwd, 0);
      clact_finish(v[k].ctx);
    }
  }
  size_t yos[2] = {0, 64};
  double t[8][2][64], c[8][2][64];
  for (int r = 0; r < R; r++)
    for (int k = 0; k < nv; k++)
      for (int o = 0; o < 2; o++) {
        double t0 = now(), c0 = cpu();
        for (int i = 0; i < 4; i++)
          if (run(&v[k], &op, bwd, yos[o])) return 2;
        clact_finish(v[k].ctx);
        t[k][o][r] = (now() - t0) / 4 * 1e3;
        c[k][o][r] = (cpu() - c0) / 4 * 1e3;
      }
  for (int k = 0; k < nv; k++) {
    for (int o = 0; o < 2; o++)
      qsort(t[k][o], R, sizeof(double), cmp), qsort(c[k][o], R, sizeof(double), cmp);
    printf("%-28s y0 median %6.2f ms (q1 %6.2f)   y64 median %6.2f ms (q1 %6.2f)   cpu: y0 %6.2f "
           "y64 %6.2f ms\n",
           argv[4 + k], t[k][0][R / 2], t[k][0][R / 4], t[k][1][R / 2], t[k][1][R / 4],
           c[k][0][R / 2], c[k][1][R / 2]);
  }
  return 0;
}
