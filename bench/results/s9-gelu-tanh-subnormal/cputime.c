#include "clact.h"
#include "reference.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
/* CPU time per element of one call, in the calling thread (PoCL's basic device runs the
 * kernel there: POCL_DEVICES=basic), so that other processes' load shows far less than in
 * wall time. Median of 5 calls after a warm-up. Args: OPS(comma|all) LO HI [n]. CSV out:
 * op,dtype,dir,lo,hi,n,ns_per_elem */
static double cpu_now(void) {
  struct timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}
static int cmpd(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}
int main(int argc, char **argv) {
  const char *ops = argv[1];
  double lo = atof(argv[2]), hi = atof(argv[3]);
  size_t n = argc > 4 ? (size_t)atol(argv[4]) : (size_t)1 << 20;
  clact_context *ctx;
  if (clact_context_create(&ctx, NULL)) return 2;
  unsigned char *x = malloc(n * 4), *dy = malloc(n * 4), *out = malloc(n * 4);
  for (int t = 0; t < 3; ++t) {
    for (size_t i = 0; i < n; ++i) {
      ref_store((clact_dtype)t, x, i,
                lo + (hi - lo) * (long double)((i * 2654435761u) % 20001) / 20000);
      ref_store((clact_dtype)t, dy, i, 1.0L - (long double)(i % 7) / 8);
    }
    for (int a = 0; a < CLACT_ACTIVATION_COUNT; ++a) {
      const char *name = clact_activation_name((clact_activation)a);
      if (strcmp(ops, "all")) {
        char buf[256];
        snprintf(buf, sizeof buf, ",%s,", ops);
        char key[64];
        snprintf(key, sizeof key, ",%s,", name);
        if (!strstr(buf, key)) continue;
      }
      if (a == CLACT_IDENTITY) continue;
      for (int d = 0; d < 2; ++d) {
        clact_op op;
        clact_op_init(&op, (clact_activation)a);
        op.dtype = (clact_dtype)t;
        double s[5];
        for (int r = -1; r < 5; ++r) {
          double t0 = cpu_now();
          clact_status st = d ? clact_backward_host(ctx, &op, CLACT_FROM_X, n, x, dy, out)
                              : clact_forward_host(ctx, &op, n, x, out);
          if (st) return 3;
          if (r >= 0) s[r] = cpu_now() - t0;
        }
        qsort(s, 5, sizeof s[0], cmpd);
        printf("%s,%s,%s,%g,%g,%zu,%.3f\n", name, clact_dtype_name((clact_dtype)t),
               d ? "bwd" : "fwd", lo, hi, n, s[2] / n * 1e9);
        fflush(stdout);
      }
    }
  }
  return 0;
}
