/* harness.h — the test runner's checks and helpers. */
#ifndef CLACT_HARNESS_H
#define CLACT_HARNESS_H

#include "clact.h"
#include "reference.h"

#include <stdio.h>

/* CHECK: on failure, print where and why, and fail the test. */
#define CHECK(cond)                                                                                \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);                     \
      return 1;                                                                                    \
    }                                                                                              \
  } while (0)

/* CHECK_STATUS: a call returns the expected status. */
#define CHECK_STATUS(call, expected)                                                               \
  do {                                                                                             \
    int got_ = (call);                                                                             \
    if (got_ != (expected)) {                                                                      \
      fprintf(stderr, "%s:%d: %s returned %s (%d), expected %s\n", __FILE__, __LINE__, #call,      \
              clact_status_name(got_), got_, #expected);                                           \
      return 1;                                                                                    \
    }                                                                                              \
  } while (0)

#define CHECK_OK(call) CHECK_STATUS(call, CLACT_SUCCESS)

typedef int (*test_fn)(const char *arg);

/* A context on the device the tests run on (CLACT_DEVICE, else the default); a missing
 * device is a failure, never a skip. */
clact_context *test_context(void);

/* Deterministic pseudo-random numbers. */
unsigned long long test_rand(unsigned long long *state);
double test_uniform(unsigned long long *state, double lo, double hi);

/* The special and sweep inputs every activation is tested on. */
extern const double test_sweep[];
extern const int test_sweep_count;

/* A buffer of count elements of dtype filled from host values (rounded to dtype). */
cl_mem test_buffer(clact_context *ctx, clact_dtype t, size_t count, const long double *values);
/* Reads count elements of a buffer back as long double. */
int test_read(clact_context *ctx, clact_dtype t, cl_mem buf, size_t count, long double *out);

#endif
