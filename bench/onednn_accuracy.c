/* onednn_accuracy — clact's and oneDNN's error in ulps on the same float32 inputs.
 *
 * `clact bench --vs-onednn` compares speed; this compares what the speed buys. For each
 * activation both libraries have, forward and backward (dy = 1), it runs clact (host
 * arrays on the default device) and oneDNN's eltwise on the same inputs and measures both
 * against clact's long-double reference (reference/reference.c), counting only results in
 * the normal range (oneDNN may flush subnormals; that is its documented choice, not an
 * error here). Inputs: a dense sweep of [-20, 20] and every 509th finite float32 bit
 * pattern with |x| <= 100. Built only when oneDNN is found; not installed.
 *
 * Output: CSV op,dir,inputs,clact_max_ulp,clact_worst_input,onednn_max_ulp,
 * onednn_worst_input,onednn_over_bound (inputs where oneDNN exceeds clact's bound), both
 * judged as `clact check` judges (the absolute rule near interior zeros of f' included).
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clact.h"
#include "onednn.h"
#include "reference.h"

static size_t make_inputs(float *x, size_t sweep) {
  size_t n = 0;
  for (size_t i = 0; i < sweep; ++i)
    x[n++] = -20.0f + 40.0f * (float)i / (float)sweep;
  for (unsigned long long b = 0; b < 0x100000000ull; b += 509) {
    float f;
    const unsigned u = (unsigned)b;
    memcpy(&f, &u, sizeof f);
    if (isfinite(f) && fabsf(f) <= 100) x[n++] = f;
  }
  return n;
}

int main(void) {
  /* the activations both have where rounding matters (relu and leaky_relu are exact) */
  static const clact_activation rows[] = {CLACT_SIGMOID, CLACT_TANH, CLACT_ELU, CLACT_SWISH,
                                          CLACT_SOFTPLUS};
  const size_t sweep = (size_t)1 << 22, cap = sweep + (0x100000000ull / 509 + 1);
  float *x = malloc(cap * sizeof *x), *dy = malloc(cap * sizeof *dy);
  float *ours = malloc(cap * sizeof *ours), *theirs = malloc(cap * sizeof *theirs);
  clact_context *ctx = NULL;
  clact_status s =
      x && dy && ours && theirs ? clact_context_create(&ctx, NULL) : CLACT_ERROR_OUT_OF_MEMORY;
  if (s != CLACT_SUCCESS) {
    fprintf(stderr, "onednn_accuracy: %s\n", clact_status_string(s));
    return 1;
  }
  const size_t n = make_inputs(x, sweep);
  for (size_t i = 0; i < n; ++i)
    dy[i] = 1.0f;
  printf("op,dir,inputs,clact_max_ulp,clact_worst_input,onednn_max_ulp,onednn_worst_input,"
         "onednn_over_bound\n");
  for (size_t r = 0; r < sizeof rows / sizeof rows[0]; ++r) {
    for (int bwd = 0; bwd < 2; ++bwd) {
      clact_op op;
      clact_op_init(&op, rows[r]);
      s = bwd ? clact_backward_host(ctx, &op, CLACT_FROM_X, n, x, dy, ours)
              : clact_forward_host(ctx, &op, n, x, ours);
      bench_onednn *peer = bench_onednn_create(&op, bwd, n, x, dy, theirs);
      const int peer_failed = !peer || bench_onednn_execute(peer);
      bench_onednn_destroy(peer);
      if (s != CLACT_SUCCESS || peer_failed) {
        fprintf(stderr, "onednn_accuracy: %s %s: %s\n", clact_activation_name(rows[r]),
                bwd ? "bwd" : "fwd",
                s != CLACT_SUCCESS ? clact_status_string(s) : "oneDNN's eltwise failed");
        return 1;
      }
      const ref_dir dir = bwd ? REF_BWD : REF_FWD;
      ref_zeros zeros;
      ref_find_derivative_zeros(&op, &zeros);
      double w_ours = 0, w_theirs = 0;
      float x_ours = 0, x_theirs = 0;
      size_t over = 0, counted = 0;
      for (size_t i = 0; i < n; ++i) {
        const long double ref = bwd ? ref_backward(&op, x[i], 1.0L) : ref_forward(&op, x[i]);
        if (!(fabsl(ref) >= FLT_MIN) || !(fabsl(ref) <= FLT_MAX)) continue;
        ++counted;
        /* judged as `clact check` does (its absolute rule near zeros of f' included) */
        double eo, et;
        ref_judge(&op, dir, &zeros, x[i], 1.0L, ours[i], ref, &eo);
        over += !ref_judge(&op, dir, &zeros, x[i], 1.0L, theirs[i], ref, &et);
        if (eo > w_ours) w_ours = eo, x_ours = x[i];
        if (!(et <= w_theirs)) w_theirs = et, x_theirs = x[i];
      }
      printf("%s,%s,%zu,%.3f,%.9g,%.4g,%.9g,%zu\n", clact_activation_name(rows[r]),
             bwd ? "bwd" : "fwd", counted, w_ours, x_ours, w_theirs, x_theirs, over);
      fflush(stdout);
    }
  }
  clact_context_destroy(ctx);
  free(x), free(dy), free(ours), free(theirs);
  return 0;
}
