/* geglu_sweep.c: GeGLU (or GATE's gated form) backward (da, db) and forward against the long-double
 * reference on a dense set of a: f32 every STRIDE-th float with |a| in [2^-40, 17] (both signs) and
 * the special values; f16/bf16 every bit pattern. Pass 1: b = 1, dy = 1 (the gate's own value and
 * slope, judged also by the plain row's contract); pass 2: seeded b in [-10,10], dy in
 * [-2,2]. Prints worst ulps (0 where the absolute rule near f''s zero applied), fails, and
 * da's worst outside 0.05 of f''s zero and its absolute error within (docs/ACCURACY.md,
 * gated section). Not built:
 *   cc -O2 -Iinclude -Ireference tools/geglu_sweep/geglu_sweep.c
 *      build/reference/libclact_reference.a build/libclact.so -lOpenCL -lm -o geglu_sweep
 *   ./geglu_sweep f32 257; ./geglu_sweep f16; ./geglu_sweep bf16; ./geglu_sweep DTYPE STRIDE GATE
 * (GATE a table row's name, e.g. swish or gelu_quick; gelu by default) */
#include "clact.h"
#include "reference.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
typedef struct {
  double worst;
  long double at;
  long fails;
  double wabs;
} W;
static void upd(W *w, int ok, const double *up, long double a) {
  double u = *up;
  if (!ok) {
    ++w->fails;
    if (!isfinite(u)) u = 1e30;
  }
  if (u > w->worst) w->worst = u, w->at = a;
}
static unsigned long long seed = 0x59e91uLL;
static double uni(double lo, double hi) {
  seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
  return lo + (hi - lo) * ((seed >> 11) * 0x1p-53);
}
int main(int argc, char **argv) {
  clact_dtype t;
  if (argc < 2 || clact_dtype_from_name(argv[1], &t)) return 2;
  const unsigned stride = argc > 2 ? (unsigned)atoi(argv[2]) : 64;
  clact_context *ctx;
  if (clact_context_create(&ctx, NULL)) return 1;
  clact_op op;
  clact_activation gate = CLACT_GELU;
  if (argc > 3 && clact_activation_from_name(argv[3], &gate)) return 2;
  clact_op_init(&op, gate);
  op.dtype = t;
  ref_zeros z;
  ref_find_derivative_zeros(&op, &z);
  /* the inputs */
  size_t cap = 1u << 20, n = 0;
  float *as = malloc(cap * sizeof *as);
  const float sp[] = {NAN,   INFINITY, -INFINITY,  0.0f,       -0.0f,
                      15.0f, -15.0f,   15.000001f, -15.000001f};
  if (t == CLACT_F32) {
    for (unsigned i = 0; i < sizeof sp / sizeof sp[0]; ++i)
      as[n++] = sp[i];
    float lo = 0x1p-40f, hi = 17.0f;
    unsigned ulo, uhi;
    memcpy(&ulo, &lo, 4), memcpy(&uhi, &hi, 4);
    for (unsigned u = ulo; u <= uhi; u += stride)
      for (int s = 0; s < 2; ++s) {
        if (n == cap) as = realloc(as, (cap *= 2) * sizeof *as);
        unsigned v = u | (s ? 0x80000000u : 0);
        memcpy(&as[n++], &v, 4);
      }
  } else {
    as = realloc(as, 65536 * sizeof *as);
    for (unsigned i = 0; i < 65536; ++i)
      as[n++] = t == CLACT_F16 ? ref_half_to_float((uint16_t)i) : ref_bf16_to_float((uint16_t)i);
  }
  const size_t es = clact_dtype_size(t), CH = 1u << 22;
  unsigned char *A = malloc(CH * es), *B = malloc(CH * es), *DY = malloc(CH * es),
                *DA = malloc(CH * es), *DB = malloc(CH * es), *Y = malloc(CH * es),
                *PB = malloc(CH * es), *PF = malloc(CH * es);
  for (int pass = 1; pass <= 2; ++pass) {
    W da = {0}, db = {0}, y = {0}, pb = {0}, pf = {0}, daout = {0};
    double nearq = 0, nearu = 0;
    long double neara = 0;
    for (size_t s = 0; s < n; s += CH) {
      const size_t m = n - s < CH ? n - s : CH;
      for (size_t i = 0; i < m; ++i) {
        ref_store(t, A, i, as[s + i]);
        ref_store(t, B, i, pass == 1 ? 1.0 : uni(-10, 10));
        ref_store(t, DY, i, pass == 1 ? 1.0 : uni(-2, 2));
      }
      if (clact_gated_backward_host(ctx, &op, m, A, B, DY, DA, DB) ||
          clact_gated_forward_host(ctx, &op, m, A, B, Y))
        return 1;
      if (pass == 1 && (clact_backward_host(ctx, &op, CLACT_FROM_X, m, A, DY, PB) ||
                        clact_forward_host(ctx, &op, m, A, PF)))
        return 1;
      for (size_t i = 0; i < m; ++i) {
        const long double a = ref_load(t, A, i), b = ref_load(t, B, i), g = ref_load(t, DY, i);
        double u;
        upd(&da,
            ref_judge_gated(&op, REF_BWD, &z, a, g * b, ref_load(t, DA, i),
                            ref_backward(&op, a, g) * b, &u),
            &u, a);
        {
          const long double got = ref_load(t, DA, i), ref = ref_backward(&op, a, g) * b;
          int near = 0;
          for (int k = 0; k < z.count; ++k)
            if (fabsl(a - z.at[k]) <= 0.05L) near = 1;
          if (near && isfinite(got) && g * b != 0) {
            const double q = (double)(fabsl(got - ref) / ldexpl(fabsl(g * b), -22));
            if (q > nearq) nearq = q, neara = a;
            const double uu = ulp_error(t, got, ref);
            if (uu > nearu) nearu = uu;
          } else {
            double uu = ulp_error(t, got, ref);
            int ok = uu <= ref_bound_ulp_gated(&op, REF_BWD);
            upd(&daout, ok, &uu, a);
          }
        }
        upd(&db,
            ref_judge_gated(&op, REF_FWD, &z, a, g, ref_load(t, DB, i), ref_forward(&op, a) * g,
                            &u),
            &u, a);
        upd(&y,
            ref_judge_gated(&op, REF_FWD, &z, a, b, ref_load(t, Y, i), ref_forward(&op, a) * b, &u),
            &u, a);
        if (pass == 1) {
          upd(&pb,
              ref_judge(&op, REF_BWD, &z, a, 1, ref_load(t, PB, i), ref_backward(&op, a, 1), &u),
              &u, a);
          upd(&pf, ref_judge(&op, REF_FWD, &z, a, 1, ref_load(t, PF, i), ref_forward(&op, a), &u),
              &u, a);
        }
      }
    }
    printf("%s pass %d (%s) n=%zu: gated da worst %.3f at %.9Lg fails %ld; db %.3f at %.9Lg fails "
           "%ld; "
           "y %.3f at %.9Lg fails %ld\n",
           argv[1], pass, pass == 1 ? "b=dy=1" : "random b,dy", n, da.worst, da.at, da.fails,
           db.worst, db.at, db.fails, y.worst, y.at, y.fails);
    printf(
        "  da outside 0.05 of f''s zero: worst %.3f ulp at %.9Lg; within: |err| / (2^-22 |dy b|) "
        "worst %.3g at %.9Lg (largest ulps there %.3g)\n",
        daout.worst, daout.at, nearq, neara, nearu);
    if (pass == 1)
      printf("%s plain bwd worst %.3f at %.9Lg fails %ld; plain fwd %.3f at %.9Lg fails %ld\n",
             argv[1], pb.worst, pb.at, pb.fails, pf.worst, pf.at, pf.fails);
  }
  clact_context_destroy(ctx);
  return 0;
}
