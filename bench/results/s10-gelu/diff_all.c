/* diff_all.c: gelu (or ACT) f32 forward (or backward from x, dy = 1) of two builds of libclact on
 * all 2^32 float32 inputs, bit for bit; where they differ, both results against the long-double
 * reference (ulps). The builds are dlopen'ed by path (two copies load apart); the reference
 * library's two calls into libclact go to the second build.
 *   cc -O2 -Iinclude -Ireference bench/results/s10-gelu/diff_all.c \
 *      build/reference/libclact_reference.a -ldl -lm -o diff_all
 *   ./diff_all OLD/libclact.so.0 NEW/libclact.so.0 first_chunk last_chunk [ACT fwd|bwd]
 * (2^22 inputs a chunk, 0 1023 for all) */
#include "clact.h"
#include "reference.h"
#include <dlfcn.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef clact_status (*ctx_create_f)(clact_context **, const char *);
typedef clact_status (*op_init_f)(clact_op *, clact_activation);
typedef clact_status (*fwd_host_f)(clact_context *, const clact_op *, size_t, const void *, void *);
typedef clact_status (*bwd_host_f)(clact_context *, const clact_op *, clact_grad_input, size_t,
                                   const void *, const void *, void *);
typedef clact_status (*from_name_f)(const char *, clact_activation *);
static const char *g_act = "gelu";
typedef clact_status (*param_f)(clact_activation, int, const char **, double *);
typedef size_t (*size_f)(clact_dtype);
static param_f g_param;
static size_f g_size;
clact_status clact_activation_param(clact_activation a, int i, const char **n, double *d) {
  return g_param(a, i, n, d);
}
size_t clact_dtype_size(clact_dtype t) { return g_size(t); }

typedef struct {
  clact_context *ctx;
  fwd_host_f fwd;
  bwd_host_f bwd;
  clact_op op;
} lib;
static void *sym(void *h, const char *s) {
  void *p = dlsym(h, s);
  if (!p) {
    fprintf(stderr, "no %s\n", s);
    exit(2);
  }
  return p;
}
static lib open_lib(const char *path) {
  lib l;
  void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (!h) {
    fprintf(stderr, "%s\n", dlerror());
    exit(2);
  }
  g_param = (param_f)sym(h, "clact_activation_param");
  g_size = (size_f)sym(h, "clact_dtype_size");
  clact_activation act;
  if (((from_name_f)sym(h, "clact_activation_from_name"))(g_act, &act) ||
      ((ctx_create_f)sym(h, "clact_context_create"))(&l.ctx, NULL) ||
      ((op_init_f)sym(h, "clact_op_init"))(&l.op, act))
    exit(2);
  l.op.dtype = CLACT_F32;
  l.fwd = (fwd_host_f)sym(h, "clact_forward_host");
  l.bwd = (bwd_host_f)sym(h, "clact_backward_host");
  return l;
}

int main(int argc, char **argv) {
  if (argc != 5 && argc != 7) return 2;
  if (argc == 7) g_act = argv[5];
  const int backward = argc == 7 && !strcmp(argv[6], "bwd");
  lib a = open_lib(argv[1]), b = open_lib(argv[2]);
  const size_t n = (size_t)1 << 22;
  const long first = atol(argv[3]), last = atol(argv[4]);
  uint32_t *x = malloc(n * 4), *ya = malloc(n * 4), *yb = malloc(n * 4);
  float *ones = malloc(n * 4);
  for (size_t i = 0; i < n; ++i)
    ones[i] = 1.0f;
  unsigned long long diff = 0, zero_sign = 0, nan_diff = 0;
  double worst_a = 0, worst_b = 0;
  float wx_a = 0, wx_b = 0, lo = INFINITY, hi = -INFINITY;
  for (long c = first; c <= last; ++c) {
    for (size_t i = 0; i < n; ++i)
      x[i] = (uint32_t)(c * n + i);
    if (backward ? a.bwd(a.ctx, &a.op, CLACT_FROM_X, n, x, ones, ya) ||
                       b.bwd(b.ctx, &b.op, CLACT_FROM_X, n, x, ones, yb)
                 : a.fwd(a.ctx, &a.op, n, x, ya) || b.fwd(b.ctx, &b.op, n, x, yb))
      return 1;
    if (c % 32 == 31) fprintf(stderr, "chunk %ld: %llu differ so far\n", c, diff);
    for (size_t i = 0; i < n; ++i) {
      if (ya[i] == yb[i]) continue;
      float xf, fa, fb;
      memcpy(&xf, &x[i], 4);
      memcpy(&fa, &ya[i], 4);
      memcpy(&fb, &yb[i], 4);
      if (isnan(fa) && isnan(fb)) continue;
      ++diff;
      if (isnan(fa) || isnan(fb)) {
        ++nan_diff;
        continue;
      }
      if (fa == fb) {
        ++zero_sign;
        fprintf(stderr, "zero sign: x=%.9g old %g new %g\n", xf, fa, fb);
        continue;
      }
      if (xf < lo) lo = xf;
      if (xf > hi) hi = xf;
      const long double r = backward ? ref_backward(&b.op, xf, 1) : ref_forward(&b.op, xf);
      const double ea = ulp_error(CLACT_F32, fa, r), eb = ulp_error(CLACT_F32, fb, r);
      if (ea > worst_a) worst_a = ea, wx_a = xf;
      if (eb > worst_b) worst_b = eb, wx_b = xf;
    }
  }
  printf("chunks %ld..%ld: %llu results differ (%llu NaN vs number, %llu zero sign); x in "
         "[%.9g, %.9g]; there old max %.3f ulp at %.9g, new max %.3f ulp at %.9g\n",
         first, last, diff, nan_diff, zero_sign, lo, hi, worst_a, wx_a, worst_b, wx_b);
  return 0;
}
