/* softplus_accuracy.c: oneDNN's f32 soft_relu (alpha = 0 in oneDNN 2.x: log(1 + e^x),
 * clact's softplus with beta = 1) and clact's softplus forward, both against the
 * long-double reference `clact check` uses (reference/reference.c), on every STRIDE-th
 * float of [-104, 89] (bit patterns, both signs) and every 4099th float outside it:
 *   build/tools/softplus_accuracy [STRIDE [OP]] > per-unit.csv   (summary on stderr)
 * OP (default softplus) another f32 forward both have at their default parameters, e.g.
 * sigmoid (oneDNN's logistic; s15sigmoid).
 * oneDNN's speed is a bar for clact's only where it computes the same thing. Output: one
 * CSV line per unit interval [floor(x), floor(x) + 1) of x in [-104, 89] and one per tail
 * (x < -104, x >= 89): inputs, the largest ulp error of each (ulp of the reference's f32
 * binade; the smallest subnormal below FLT_MIN) and its input, the count of results that
 * are 0 where the reference is at least FLT_MIN ("zeros"), and of results with no correct
 * bit (relative error >= 1 where the reference is at least FLT_MIN, "lost"), and of errors
 * above clact's f32 forward bound of 2 ulp ("over_2ulp"), and of results that are 0 where
 * the reference is subnormal but at least half the smallest subnormal, so that its
 * rounding is not 0 ("flushed": a subnormal result flushed). Built when oneDNN is found. */
#include "clact.h"
#include "onednn.h"
#include "reference.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LO   (-104)
#define HI   89
#define BINS (HI - LO + 2) /* the unit intervals, then the two tails */

typedef struct stat {
  size_t n, zeros[2], lost[2], over[2], flushed[2];
  double worst[2];
  float at[2];
} stat;

static float from_bits(unsigned u) {
  float f;
  memcpy(&f, &u, sizeof f);
  return f;
}

static size_t make_inputs(float *x, unsigned stride) {
  size_t n = 0;
  for (unsigned long long b = 0; b < 0x100000000ull; ++b) {
    const float f = from_bits((unsigned)b);
    if (isnan(f)) continue;
    const int inner = f >= LO && f < HI;
    if ((inner && b % stride == 0) || (!inner && b % 4099 == 0) || isinf(f)) x[n++] = f;
  }
  return n;
}

static int bin_of(float x) {
  return x < LO ? HI - LO : x >= HI ? HI - LO + 1 : (int)floorf(x) - LO;
}

int main(int argc, char **argv) {
  const unsigned stride = argc > 1 ? (unsigned)atoi(argv[1]) : 61;
  clact_activation act = CLACT_SOFTPLUS;
  if (stride == 0 || (argc > 2 && clact_activation_from_name(argv[2], &act))) return 2;
  const size_t cap = (size_t)(0x100000000ull / stride + 0x100000000ull / 4099 + 16);
  float *x = malloc(cap * sizeof *x), *dy = malloc(cap * sizeof *dy);
  float *out[2] = {malloc(cap * sizeof(float)), malloc(cap * sizeof(float))};
  stat *st = calloc(BINS, sizeof *st);
  clact_context *ctx = NULL;
  if (!x || !dy || !out[0] || !out[1] || !st || clact_context_create(&ctx, NULL)) return 1;
  const size_t n = make_inputs(x, stride);
  for (size_t i = 0; i < n; ++i)
    dy[i] = 1.0f;
  clact_op op;
  clact_op_init(&op, act); /* softplus: beta 1, alpha 1 */
  bench_onednn *peer = bench_onednn_create(&op, 0, n, x, dy, out[1]);
  if (!peer || bench_onednn_execute(peer) ||
      clact_forward_host(ctx, &op, n, x, out[0]) != CLACT_SUCCESS) {
    fprintf(stderr, "softplus_accuracy: a call failed\n");
    return 1;
  }
  bench_onednn_destroy(peer);
  stat all = {0};
  for (size_t i = 0; i < n; ++i) {
    const long double ref = ref_forward(&op, x[i]);
    stat *b = &st[bin_of(x[i])];
    ++b->n, ++all.n;
    for (int w = 0; w < 2; ++w) { /* 0 clact, 1 oneDNN */
      const float got = out[w][i];
      const double e = ulp_error(CLACT_F32, got, ref);
      const int zero = got == 0 && fabsl(ref) >= FLT_MIN;
      const int lost = fabsl(ref) >= FLT_MIN && isfinite(ref) && !(fabsl(got - ref) < fabsl(ref));
      b->zeros[w] += zero, all.zeros[w] += zero;
      b->lost[w] += lost, all.lost[w] += lost;
      const int flushed = got == 0 && fabsl(ref) < FLT_MIN && fabsl(ref) >= 0x1p-150L;
      b->flushed[w] += flushed, all.flushed[w] += flushed;
      const int over = e > 2; /* clact's f32 forward bound (docs/ACCURACY.md) */
      b->over[w] += over, all.over[w] += over;
      if (!(e <= b->worst[w])) b->worst[w] = e, b->at[w] = x[i];
      if (!(e <= all.worst[w])) all.worst[w] = e, all.at[w] = x[i];
    }
  }
  printf("x_from,x_to,inputs,clact_max_ulp,clact_worst_x,clact_zeros,clact_lost,"
         "clact_over_2ulp,onednn_max_ulp,onednn_worst_x,onednn_zeros,onednn_lost,onednn_over_2ulp,"
         "clact_flushed,onednn_flushed\n");
  for (int k = 0; k < BINS; ++k) {
    const stat *b = &st[k];
    const double from = k < HI - LO ? LO + k : k == HI - LO ? -INFINITY : HI;
    const double to = k < HI - LO ? LO + k + 1 : k == HI - LO ? LO : INFINITY;
    printf("%g,%g,%zu,%.4g,%.9g,%zu,%zu,%zu,%.4g,%.9g,%zu,%zu,%zu,%zu,%zu\n", from, to, b->n,
           b->worst[0], b->at[0], b->zeros[0], b->lost[0], b->over[0], b->worst[1], b->at[1],
           b->zeros[1], b->lost[1], b->over[1], b->flushed[0], b->flushed[1]);
  }
  fprintf(stderr,
          "%s, stride %u, %zu inputs: clact max %.4g ulp at %.9g (%zu zeros, %zu lost, %zu over "
          "2 ulp, %zu flushed); oneDNN max %.4g ulp at %.9g (%zu zeros, %zu lost, %zu over 2 ulp, "
          "%zu flushed)\n",
          clact_activation_name(act), stride, all.n, all.worst[0], all.at[0], all.zeros[0],
          all.lost[0], all.over[0], all.flushed[0], all.worst[1], all.at[1], all.zeros[1],
          all.lost[1], all.over[1], all.flushed[1]);
  clact_context_destroy(ctx);
  free(x), free(dy), free(out[0]), free(out[1]), free(st);
  return 0;
}
