/* probe.h: what the probes of this directory share: the clocks, the sort of medians, and
 * the list of CLACT_BUILD_OPTIONS strings compared (one context each). */
#include "clact.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}
/* the process's CPU time (PoCL's threads are in it): on the shared, overloaded machine the
 * time the calls ran, not the time they waited for a core */
static double cpu(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}
static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}
enum { MAXOPT = 4 };
/* the build options compared: "" and "-DCLACT_PREFETCH_BYTES=0", or the ';'-separated
 * list in the environment variable env */
static const char *OPTS[MAXOPT] = {"", "-DCLACT_PREFETCH_BYTES=0"};
static int NOPT = 2;
static inline void opts_from(const char *env) {
  static char buf[1024];
  if (!getenv(env)) return;
  snprintf(buf, sizeof buf, "%s", getenv(env));
  NOPT = 0;
  for (char *p = buf; p && NOPT < MAXOPT; ++NOPT) {
    OPTS[NOPT] = p;
    p = strchr(p, ';');
    if (p) *p++ = 0;
  }
}
