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

/* ref_in_domain's small-factor rule (docs/ACCURACY.md, "Large factors"): once the
 * factors joined so far (forward: x below 1 for swish-like rows, the value below 2^-10 for
 * the bit-exact rows, x below 2^-10 for the other rows with f(0) = 0, elu's and celu's
 * alpha below 1 where x < 0; then dy, a gate's b, alpha) multiply to below 2^-10, no later
 * factor
 * may raise the product; and a gate's b counts in P. Each case at the boundary, with the
 * configurations the s15/s16 sweeps found (bench/results/s16-contract/). */
typedef struct domain_case {
  clact_activation a;
  clact_dtype t;
  ref_dir d;
  double p0, alpha; /* p0 0: the default */
  long double x, dy, b;
  int inside;
} domain_case;

int test_reference_domain(const char *arg) {
  (void)arg;
  static const domain_case cases[] = {
      /* s15's sweep: swish bf16, beta 6.0e12, x sigmoid(beta x) = 4.6e-48 before b = 2^40 */
      {CLACT_SWISH, CLACT_BF16, REF_FWD, 6.02532e12, 1, -1.4e-11L, 1, 0x1p40L, 0},
      {CLACT_SWISH, CLACT_BF16, REF_FWD, 6.02532e12, 1, -1.4e-11L, 1, 1, 1},
      {CLACT_SWISH, CLACT_F32, REF_FWD, 0, 1, 0x1p-10L, 1, 0x1p40L, 1},        /* at the edge */
      {CLACT_SWISH, CLACT_F32, REF_FWD, 0, 1, 0x1.fffffep-11L, 1, 0x1p40L, 0}, /* below it */
      {CLACT_SWISH, CLACT_F32, REF_FWD, 0, 1, 0x1.fffffep-11L, 1, 0x1p-3L, 1}, /* no rise */
      /* two factors, each above 2^-10, whose product is below: x 2^-5, b 2^-6, alpha 2
       * (the sweep's swish f32 beta 44892, x -0.0017, b 2^-10, alpha 2^10: 8.3 ulp) */
      {CLACT_SWISH, CLACT_F32, REF_FWD, 0, 2, 0x1p-5L, 1, 0x1p-6L, 0},
      {CLACT_SWISH, CLACT_F32, REF_FWD, 0, 2, 0x1p-5L, 1, 0x1p-5L, 1},
      {CLACT_SWISH, CLACT_F32, REF_FWD, 44892.2, 0x1p10, -0.0017L, 1, 0x1p-10L, 0},
      /* b in P: |x| 2^128 (a factor of swish), b 2^40, alpha 2^60 is past 2^200 */
      {CLACT_SWISH, CLACT_F32, REF_FWD, 1e-36, 0x1p60, -0x1p128L, 1, 0x1p40L, 0},
      {CLACT_SWISH, CLACT_F32, REF_FWD, 1e-36, 0x1p60, -0x1p128L, 1, 1, 1},
      /* sigmoid's f(tiny x) is about 1/2: x is no factor */
      {CLACT_SIGMOID, CLACT_F32, REF_FWD, 0, 0x1p10, 0x1p-100L, 1, 0x1p40L, 1},
      /* elu's alpha below 1 joins where x < 0 (the sweep: alpha 1.6e-38, 14.9 ulp at
       * x = -0.03 with alpha 2^10; 1e4 with b 2^-10 and alpha 2^60) */
      {CLACT_ELU, CLACT_F32, REF_FWD, 1.61043e-38, 0x1p10, -0.03L, 1, 1, 0},
      {CLACT_ELU, CLACT_F32, REF_FWD, 1.61043e-38, 1, -0.03L, 1, 1, 1},
      {CLACT_ELU, CLACT_F32, REF_FWD, 1.61043e-38, 0x1p10, 0.5L, 1, 1, 1}, /* x itself */
      {CLACT_ELU, CLACT_F32, REF_FWD, 0x1p-10, 0x1p10, -0.5L, 1, 1, 1}, /* e^x - 1 is no factor */
      {CLACT_ELU, CLACT_F32, REF_FWD, 0x1p-10, 0x1p10, -0x1p-11L, 1, 1, 0}, /* x tiny is */
      {CLACT_TANH, CLACT_F32, REF_FWD, 0, 0x1p10, 0x1p-10L, 1, 1, 1},
      {CLACT_TANH, CLACT_F32, REF_FWD, 0, 0x1p10, 0x1p-11L, 1, 1, 0},
      {CLACT_ELU, CLACT_F32, REF_BWD, 1.61043e-38, 1, -1, 0x1p40L, 1, 0},
      {CLACT_ELU, CLACT_F32, REF_BWD, 1.61043e-38, 1, -1, 1, 1, 1},
      /* celu: alpha 1.6e-38, b 2^-10, alpha 2^10 (41 ulp) */
      {CLACT_CELU, CLACT_F32, REF_FWD, 1.61043e-38, 0x1p10, -300, 1, 0x1p-10L, 0},
      {CLACT_CELU, CLACT_F32, REF_FWD, 1.61043e-38, 1, -300, 1, 0x1p-10L, 1},
      /* a parameter above 1 is no rise: elu's expm1 of a tiny x is x itself */
      {CLACT_CELU, CLACT_BF16, REF_FWD, 0x1p64, 1, -0x1p-100L, 1, 1, 1},
      /* softplus' 1 / beta is not a small factor (its rare form keeps the value in range) */
      {CLACT_SOFTPLUS, CLACT_F32, REF_FWD, 0x1p40, 1, -0x1p-34L, 1, 0x1p40L, 1},
      /* backward: dy then b (da = dy b g'(a)), then alpha */
      {CLACT_SWISH, CLACT_F32, REF_BWD, 0, 1, -3, 0x1p-11L, 0x1p20L, 0},
      {CLACT_SWISH, CLACT_F32, REF_BWD, 0, 1, -3, 0x1p20L, 0x1p-11L, 1},
      {CLACT_SWISH, CLACT_F32, REF_BWD, 0, 0x1p10, -3, 0x1p-10L, 1, 1},
      {CLACT_SWISH, CLACT_F32, REF_BWD, 0, 0x1p10, -3, 0x1p-11L, 1, 0},
      /* the bit-exact rows: the value itself (leaky_relu's slope x, hardtanh's min_val) */
      {CLACT_LEAKY_RELU, CLACT_F32, REF_FWD, 1.61043e-38, 0x1p10, -0.03L, 1, 1, 0},
      {CLACT_LEAKY_RELU, CLACT_F32, REF_FWD, 1.61043e-38, 1, -0.03L, 1, 0x1p-10L, 1},
      {CLACT_LEAKY_RELU, CLACT_F32, REF_FWD, 0x1p-5, 0x1p10, -0x1p-5L, 1, 1, 1},
      {CLACT_LEAKY_RELU, CLACT_F32, REF_FWD, 0x1p-5, 0x1p10, -0x1p-6L, 1, 1, 0},
      {CLACT_HARDTANH, CLACT_F32, REF_FWD, 1.61043e-38, 0x1p10, -300, 1, 0x1p-10L, 0},
      {CLACT_HARDTANH, CLACT_F32, REF_FWD, 1.61043e-38, 0x1p10, 0.5L, 1, 0x1p-10L, 1},
      {CLACT_HARDTANH, CLACT_F32, REF_FWD, 1.61043e-38, 0x1p10, -INFINITY, 1, 0x1p-10L, 0},
      /* infinities and zeros are exact: no factor */
      {CLACT_SWISH, CLACT_F32, REF_BWD, 0, 0x1p10, -3, INFINITY, 0, 1},
  };
  int failed = 0;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; ++i) {
    const domain_case *c = &cases[i];
    clact_op op;
    clact_op_init(&op, c->a);
    op.dtype = c->t;
    if (c->p0 != 0) op.param[0] = c->p0;
    op.alpha = c->alpha;
    const int got = ref_in_domain(&op, c->d, c->x, c->dy, c->b);
    if (got != c->inside) {
      fprintf(stderr, "case %zu: %s %s %s p0 %g alpha %g x %Lg dy %Lg b %Lg: %s, want %s\n", i,
              clact_activation_name(c->a), clact_dtype_name(c->t), ref_dir_name(c->d), c->p0,
              c->alpha, c->x, c->dy, c->b, got ? "inside" : "outside",
              c->inside ? "inside" : "outside");
      failed = 1;
    }
  }
  printf("%zu domain cases\n", sizeof cases / sizeof cases[0]);
  return failed;
}

/* ref_find_derivative_zeros (s16contract): swish's zero -1.2785 / beta at every beta, with
 * the window 0.05 / |beta| (0.05 in z = beta x); a jump of f' across 0 (elu's and
 * leaky_relu's negative parameter) is none; gelu's and mish's zeros where they were. */
int test_reference_zeros(const char *arg) {
  (void)arg;
  static const struct {
    clact_activation a;
    double p0; /* 0: the default */
    int count;
    long double at, width;
  } cases[] = {
      {CLACT_SWISH, 0, 1, -1.278464543L, 0.05L},
      {CLACT_SWISH, 1e-3, 1, -1278.464482L, 50}, /* beta as the kernel sees it (float) */
      {CLACT_SWISH, 0x1p100, 1, -1.278464543L * 0x1p-100L, 0.05L * 0x1p-100L},
      {CLACT_SWISH, -2, 1, 0.6392322714L, 0.025L},
      {CLACT_GELU, 0, 1, -0.7517915247L, 0.05L},
      {CLACT_MISH, 0, 1, -1.192431215L, 0.05L},
      {CLACT_ELU, -701.44, 0, 0, 0.05L},
      {CLACT_ELU, -1.5, 0, 0, 0.05L},
      {CLACT_LEAKY_RELU, -0.5, 0, 0, 0.05L},
      {CLACT_SIGMOID, 0, 0, 0, 0.05L},
  };
  int failed = 0;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; ++i) {
    clact_op op;
    clact_op_init(&op, cases[i].a);
    if (cases[i].p0 != 0) op.param[0] = cases[i].p0;
    ref_zeros z;
    ref_find_derivative_zeros(&op, &z);
    const long double w = cases[i].width;
    int ok = z.count == cases[i].count && fabsl(z.width - w) <= w * 1e-6L;
    if (ok && z.count) ok = fabsl(z.at[0] - cases[i].at) <= fabsl(cases[i].at) * 1e-8L;
    if (!ok) {
      fprintf(stderr, "case %zu: %s p0 %g: %d zeros (%Lg), width %Lg; want %d (%Lg), %Lg\n", i,
              clact_activation_name(cases[i].a), cases[i].p0, z.count, z.count ? z.at[0] : 0.0L,
              z.width, cases[i].count, cases[i].at, w);
      failed = 1;
    }
  }
  printf("%zu zero cases\n", sizeof cases / sizeof cases[0]);
  return failed;
}
