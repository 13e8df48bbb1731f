/* harness.c — helpers shared by the tests. */
#include "harness.h"

#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

clact_context *test_context(void) {
  clact_context *ctx = NULL;
  clact_status st = clact_context_create(&ctx, NULL);
  if (st != CLACT_SUCCESS) {
    fprintf(stderr, "no OpenCL device: %s (%s)\n", clact_status_name(st), clact_status_string(st));
    return NULL;
  }
  return ctx;
}

int test_each_row(const char *arg, const char *what,
                  int (*one)(clact_context *ctx, const char *name, const char *dtype)) {
  char names[256], dtype[16];
  CHECK(sscanf(arg, "%255s %15s", names, dtype) == 2);
  clact_context *ctx = test_context();
  CHECK(ctx);
  int failed = 0;
  for (char *save = NULL, *name = strtok_r(names, ",", &save); name;
       name = strtok_r(NULL, ",", &save)) {
    const int f = one(ctx, name, dtype);
    printf("%s %s %s: %s\n", what, name, dtype, f ? "FAILED" : "passed");
    failed |= f;
  }
  clact_context_destroy(ctx);
  return failed;
}

unsigned long long test_rand(unsigned long long *s) {
  /* splitmix64 */
  unsigned long long z = (*s += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

double test_uniform(unsigned long long *s, double lo, double hi) {
  return lo + (hi - lo) * (double)(test_rand(s) >> 11) * 0x1p-53;
}

const double test_sweep[] = {
    0.0,   -0.0,   1e-40, -1e-40,  FLT_MIN, -FLT_MIN, 1e-30,    -1e-30,    1e-4,  -1e-4, 0.5,
    -0.5,  1.0,    -1.0,  -1.2785, 2.0,     -2.0,     5.0,      -5.0,      9.0,   -9.0,  17.0,
    -17.0, 20.0,   -20.0, 30.0,    -30.0,   88.0,     -88.0,    89.0,      -89.0, 100.0, -100.0,
    104.0, -104.0, 1e10,  -1e10,   FLT_MAX, -FLT_MAX, INFINITY, -INFINITY, NAN};
const int test_sweep_count = sizeof test_sweep / sizeof test_sweep[0];

cl_mem test_buffer(clact_context *ctx, clact_dtype t, size_t count, const long double *values) {
  const size_t es = clact_dtype_size(t);
  void *host = malloc(count * es);
  cl_mem buf = NULL;
  if (!host) return NULL;
  for (size_t i = 0; i < count; ++i)
    ref_store(t, host, i, values[i]);
  if (clact_buffer_create(ctx, count * es, &buf) == CLACT_SUCCESS &&
      clact_buffer_write(ctx, buf, 0, count * es, host) != CLACT_SUCCESS) {
    clact_buffer_release(buf);
    buf = NULL;
  }
  free(host);
  return buf;
}

int test_read(clact_context *ctx, clact_dtype t, cl_mem buf, size_t count, long double *out) {
  const size_t es = clact_dtype_size(t);
  void *host = malloc(count * es);
  if (!host) return 1;
  int err = clact_buffer_read(ctx, buf, 0, count * es, host) != CLACT_SUCCESS;
  for (size_t i = 0; !err && i < count; ++i)
    out[i] = ref_load(t, host, i);
  free(host);
  return err;
}

int test_judge_ulps(test_tally *tally, clact_dtype t, long double got, long double want,
                    double bound, const char *fmt, ...) {
  const double ulps = ulp_error(t, got, want);
  ++tally->judged;
  tally->ulps = ulps;
  tally->worst_now = !(ulps <= tally->worst);
  if (tally->worst_now) tally->worst = ulps;
  if (ulps <= bound) return 0;
  ++tally->over;
  if (tally->shown++ < 4) {
    const int digits = t == CLACT_F64 ? 17 : 9;
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, ": got %.*Lg, want %.*Lg (%.3g ulp)\n", digits, got, digits, want, ulps);
  }
  return 1;
}
