/* test_reference.c — the reference's own arithmetic, where it takes a faster road than
 * the C library: ref_product_error (Dekker's product, reference/reference.c) against
 * fmal, which computes the same exact error the slow way, bit for bit. */
#include "harness.h"
#include "reference.h"

#include <math.h>
#include <string.h>

/* A long double with a random 64-bit significand (the top bit set), random sign and an
 * exponent in [-e, e], with the cases the reference meets: doubles and floats widened, small
 * integers, powers of two. */
static long double random_ld(unsigned long long *s, int e) {
  const unsigned long long bits = test_rand(s) | 1ULL << 63;
  long double m = ldexpl((long double)bits, -64);
  switch (test_rand(s) % 5) {
  case 0: m = (long double)(double)m; break; /* 53 bits */
  case 1: m = (long double)(float)m; break;  /* 24 bits */
  case 2: m = (long double)(test_rand(s) % 1000 + 1) / 1024; break;
  case 3: m = 0.5L; break;
  default: break;
  }
  const int ex = (int)(test_rand(s) % (unsigned)(2 * e + 1)) - e;
  const long double v = ldexpl(m, ex);
  return test_rand(s) & 1 ? -v : v;
}

int test_reference_product(const char *arg) {
  (void)arg;
  unsigned long long seed = 20261201;
  printf("seed %llu\n", seed);
  /* exponents within 2^+-200 (every figure the checks multiply), then across the whole
   * range, where the guards send the product to fmal */
  static const int ranges[] = {200, 9000, 16500};
  long fast = 0, total = 0, bad = 0;
  for (int r = 0; r < 3; ++r)
    for (int i = 0; i < 2000000; ++i) {
      const long double a = random_ld(&seed, ranges[r]), b = random_ld(&seed, ranges[r]);
      const long double hi = a * b;
      if (!isfinite(hi) || hi == 0) continue;
      const long double got = ref_product_error(a, b, hi), want = fmal(a, b, -hi);
      ++total;
      fast += ref_product_by_split(a, b, hi);
      if (memcmp(&got, &want, 10) != 0 && !(got == 0 && want == 0)) {
        if (++bad <= 5)
          fprintf(stderr, "a %La b %La: product error %La, fmal %La\n", a, b, got, want);
      }
    }
  printf("%ld products, %ld by Dekker's split, %ld differ from fmal\n", total, fast, bad);
  return bad != 0 || fast < total / 4;
}
