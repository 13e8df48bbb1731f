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

/* arg "ACT,ACT,... DTYPE" (tests/main.c, PER_FAMILY_TESTS): one(ctx, name, dtype) for each
 * row on one context, every one run even after a failure, each printed as "what name dtype:
 * passed|FAILED"; nonzero if any failed. */
int test_each_row(const char *arg, const char *what,
                  int (*one)(clact_context *ctx, const char *name, const char *dtype));

/* Deterministic pseudo-random numbers. */
unsigned long long test_rand(unsigned long long *state);
double test_uniform(unsigned long long *state, double lo, double hi);

/* Random N-D views (view_layouts.c), for the view tests. test_view_layout: t's sizes
 * placed in memory in a random dimension order, the innermost at stride 1 or 2, each next
 * one past the previous with a gap of 0 .. 2 elements, a random offset 0 .. 3; returns
 * test_view_need(t). test_view_need: the elements a buffer needs for view v (its last
 * element's index + 3). test_view_element: the element offset of the call's multi-index
 * idx in view v (aligned at the right, a size 1 read again). test_view_next: idx to the
 * next row-major index of shape s; 0 after the last. */
size_t test_view_layout(unsigned long long *rs, clact_tensor *t);
/* A view of rank `rank` (any value: the misuse tests pass 0 and 9) with the first
 * min(rank, CLACT_MAX_RANK) sizes and strides given, the rest 0. */
clact_tensor test_view_of(int rank, const size_t *size, const size_t *stride, size_t offset);
size_t test_view_need(const clact_tensor *v);
size_t test_view_element(const clact_tensor *v, const clact_tensor *shape, const size_t *idx);
int test_view_next(const clact_tensor *s, size_t *idx);

/* The special and sweep inputs every activation is tested on. */
extern const double test_sweep[];
extern const int test_sweep_count;

/* A buffer of count elements of dtype filled from host values (rounded to dtype). */
cl_mem test_buffer(clact_context *ctx, clact_dtype t, size_t count, const long double *values);
/* Reads count elements of a buffer back as long double. */
int test_read(clact_context *ctx, clact_dtype t, cl_mem buf, size_t count, long double *out);

/* A tally of results judged in ulps against the reference (test_judge_ulps): how many, the
 * largest error (worst_now: the last result set it; ulps: the last result's error), how
 * many over the bound, and how many of those were printed since shown was last set to 0. */
typedef struct test_tally {
  size_t judged, over;
  double worst, ulps;
  int worst_now, shown;
} test_tally;
/* Judges got against want (the reference) in dtype t within bound ulps, counted in *tally.
 * Over the bound (a NaN error is, and is the largest error): 1, and while fewer than 4 have
 * been shown, fmt's context printed to stderr followed by ": got G, want W (U ulp)" (9
 * digits, 17 in f64). */
int test_judge_ulps(test_tally *tally, clact_dtype t, long double got, long double want,
                    double bound, const char *fmt, ...) __attribute__((format(printf, 6, 7)));

#endif
