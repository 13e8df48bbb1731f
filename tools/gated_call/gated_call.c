/* gated_call.c: REPS calls of one gated, bias or plain call on f32, for callgrind's
 * instruction counts (per element, independent of the machine's load):
 *   POCL_MAX_PTHREAD_COUNT=1 valgrind --tool=callgrind ./gated_call CASE GATE N REPS [DTYPE]
 * CASE: plain_fwd plain_bwd gated_fwd gated_bwd clamped_fwd clamped_bwd bias_fwd bias_bwd;
 * the gated cases on two tensors (the halves of one buffer), the clamped ones on GPT-OSS's
 * interleaved pairs; GC_LAYOUT=pairs or GC_LAYOUT=tensors in the environment swaps a gated or
 * clamped case's layout (SwiGLU on interleaved pairs, clamped SwiGLU on two tensors);
 * GATE: relu swish gelu gelu_tanh sigmoid gelu_quick softplus (GC_BETA=B: the gate's parameter
 * (softplus' or swish's beta) B, e.g. plain swish at GPT-OSS's alpha 1.702);
 * DTYPE: f32 (default), f16, bf16, f64. The kernel
 * is callgrind_annotate's _pocl_kernel_*_workgroup (or time it with perf stat -e task-clock, one
 * PoCL thread). Built as build/tools/gated_call (ref_store rounds the inputs to the storage type).
 * Built by hand with -DGATED_CALL_CALLGRIND (valgrind's header), the first call (which builds the
 * program: under callgrind that is most of the run) is left uninstrumented; run valgrind with
 * --instr-atstart=no and divide the kernel's count by N (REPS - 1). With GATED_CALL_TIME set in
 * the environment it prints the process CPU ms per call of calls 2..REPS (PoCL's threads
 * included; the first call builds or loads the program) to stdout. */
#define _POSIX_C_SOURCE 200809L
#include "clact.h"
#include "reference.h"
#ifdef GATED_CALL_CALLGRIND
#include <valgrind/callgrind.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double cpu_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + 1e-9 * ts.tv_nsec;
}

int main(int argc, char **argv) {
  clact_dtype t = CLACT_F32;
  if ((argc != 5 && argc != 6) || (argc == 6 && clact_dtype_from_name(argv[5], &t))) {
    fprintf(stderr, "usage: gated_call CASE GATE N REPS [DTYPE]\n");
    return 2;
  }
  const char *cs = argv[1];
  const clact_activation a = !strcmp(argv[2], "relu")         ? CLACT_RELU
                             : !strcmp(argv[2], "swish")      ? CLACT_SWISH
                             : !strcmp(argv[2], "gelu_tanh")  ? CLACT_GELU_TANH
                             : !strcmp(argv[2], "sigmoid")    ? CLACT_SIGMOID
                             : !strcmp(argv[2], "gelu_quick") ? CLACT_GELU_QUICK
                             : !strcmp(argv[2], "softplus")   ? CLACT_SOFTPLUS
                                                              : CLACT_GELU;
  const size_t cols = 4096, n = (size_t)atol(argv[3]) / cols * cols, rows = n / cols;
  const int reps = atoi(argv[4]);
  /* bytes per element (4 for every dtype until 2026-12-02: f64 stored 2n doubles in 2n * 4
   * bytes and crashed in ref_store) */
  const size_t es = clact_dtype_size(t);
  unsigned char *h = malloc(2 * n * es);
  if (!h) return 1;
  for (size_t i = 0; i < 2 * n; ++i)
    ref_store(t, h, i, (float)((int)(i % 2001) - 1000) * 0.01f);
  clact_op op;
  clact_op_init(&op, a);
  op.dtype = t;
  if (!strncmp(cs, "clamped", 7)) op.param[0] = CLACT_GPT_OSS_ALPHA;
  if (getenv("GC_BETA")) op.param[0] = atof(getenv("GC_BETA"));
  clact_context *ctx;
  if (clact_context_create(&ctx, NULL)) return 1;
  cl_mem big, dy, out, out2, bias;
  if (clact_buffer_create(ctx, 2 * n * es, &big) || clact_buffer_create(ctx, n * es, &dy) ||
      clact_buffer_create(ctx, n * es, &out) || clact_buffer_create(ctx, 2 * n * es, &out2) ||
      clact_buffer_create(ctx, cols * es, &bias) ||
      clact_buffer_write(ctx, big, 0, 2 * n * es, h) || clact_buffer_write(ctx, dy, 0, n * es, h) ||
      clact_buffer_write(ctx, bias, 0, cols * es, h))
    return 1;
  const size_t one[2] = {rows, cols}, two[2] = {rows, 2 * cols};
  clact_tensor yv, full, av, bv, cv;
  clact_tensor_init_dense(&yv, 2, one, 0);
  clact_tensor_init_dense(&full, 2, two, 0);
  clact_tensor_init_dense(&cv, 1, &cols, 0);
  const char *lay = getenv("GC_LAYOUT");
  const int pairs = lay ? !strcmp(lay, "pairs") : !strncmp(cs, "clamped", 7);
  if (pairs) {
    clact_gate_views(&full, CLACT_GATE_INTERLEAVED, &av, &bv);
  } else {
    av = yv, bv = yv;
    bv.offset = n;
  }
  double t1 = 0;
  for (int r = 0; r < reps; ++r) {
    if (r == 1) t1 = cpu_s();
#ifdef GATED_CALL_CALLGRIND
    if (r == 1) CALLGRIND_START_INSTRUMENTATION;
#endif
    clact_status st;
    if (!strcmp(cs, "plain_fwd"))
      st = clact_forward(ctx, &op, n, big, 0, 1, out, 0, 1, 0, NULL, NULL);
    else if (!strcmp(cs, "plain_bwd"))
      st = clact_backward(ctx, &op, CLACT_FROM_X, n, big, 0, 1, dy, 0, 1, out, 0, 1, 0, NULL, NULL);
    else if (!strcmp(cs, "gated_fwd"))
      st = clact_gated_forward_view(ctx, &op, big, &av, big, &bv, out, &yv, 0, NULL, NULL);
    else if (!strcmp(cs, "gated_bwd"))
      st = clact_gated_backward_view(ctx, &op, big, &av, big, &bv, dy, &yv, out2, &av, out2, &bv, 0,
                                     NULL, NULL);
    else if (!strcmp(cs, "clamped_fwd"))
      st = clact_gated_clamped_forward_view(ctx, &op, CLACT_GPT_OSS_LIMIT, big, &av, big, &bv, out,
                                            &yv, 0, NULL, NULL);
    else if (!strcmp(cs, "clamped_bwd"))
      st = clact_gated_clamped_backward_view(ctx, &op, CLACT_GPT_OSS_LIMIT, big, &av, big, &bv, dy,
                                             &yv, out2, &av, out2, &bv, 0, NULL, NULL);
    else if (!strcmp(cs, "bias_fwd"))
      st = clact_bias_forward_view(ctx, &op, big, &yv, bias, &cv, out, &yv, 0, NULL, NULL);
    else
      st =
          clact_bias_backward_view(ctx, &op, big, &yv, bias, &cv, dy, &yv, out, &yv, 0, NULL, NULL);
    if (st || (st = clact_finish(ctx))) {
      fprintf(stderr, "gated_call: %s\n", clact_status_name(st));
      return 1;
    }
  }
  if (getenv("GATED_CALL_TIME") && reps > 1) printf("%.3f\n", (cpu_s() - t1) * 1e3 / (reps - 1));
  clact_context_destroy(ctx);
  return 0;
}
