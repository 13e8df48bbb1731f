/* fault.c — the fault-injection hook (host/fault.h); linked only into the test-only
 * library variant, which is compiled with CLACT_FAULT_INJECTION. */
#include "fault.h"
#include "internal.h"

#include <stdatomic.h>

static atomic_long points, fired, fail_first = -1, fail_count;

void clact_fault_arm(long first, long count) {
  atomic_store(&fail_first, -1);
  atomic_store(&points, 0);
  atomic_store(&fired, 0);
  atomic_store(&fail_count, count);
  atomic_store(&fail_first, first);
}

long clact_fault_points(void) { return atomic_load(&points); }
long clact_fault_fired(void) { return atomic_load(&fired); }

int clact_fault_hit(void) {
  const long k = atomic_fetch_add(&points, 1), first = atomic_load(&fail_first);
  const long count = atomic_load(&fail_count);
  const int fail = first >= 0 && k >= first && (count < 0 || k - first < count);
  if (fail) atomic_fetch_add(&fired, 1);
  return fail;
}
