/* fault.h — the fault-injection hook of the test-only library variant (built from the
 * same sources with CLACT_FAULT_INJECTION and host/fault.c; never part of libclact).
 *
 * Every allocation and OpenCL object creation in host/ passes through CLACT_FAULT(): a
 * numbered fault point, counted from 0 since the last clact_fault_arm(). */
#ifndef CLACT_FAULT_H
#define CLACT_FAULT_H

/* Makes fault points [first, first + count) fail from now on and restarts the count;
 * first < 0 disarms. count < 0 means every point from first on. */
void clact_fault_arm(long first, long count);
/* Fault points passed since the last clact_fault_arm(). */
long clact_fault_points(void);
/* Fault points that failed since the last clact_fault_arm(). */
long clact_fault_fired(void);

#endif
