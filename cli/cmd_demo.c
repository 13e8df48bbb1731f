/* cmd_demo.c — `clact demo`: every activation forward and backward on 2^24 floats on the
 * default device, checked element by element against the reference, with GB/s. */
#include "bench.h"
#include "cli.h"
#include "reference.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char USAGE[] =
    "usage: clact demo [--device SPEC] [--n N] [--csv]\n\n"
    "Runs every activation forward and backward (from x) on N float32 elements\n"
    "(default 2^24) of random inputs in [-12, 12], checks every result against the\n"
    "long-double host reference within the documented ulp bounds, and prints one\n"
    "row per activation with GB/s and the largest error seen. Exits 1 if any\n"
    "result is wrong.\n";

static const cli_command DEMO = {
    .name = "demo", .takes = CLI_CSV | CLI_DEVICE | CLI_N, .n = (size_t)1 << 24, .usage = USAGE};

int cmd_demo(int argc, char **argv) {
  cli_options o;
  const int parsed = cli_parse(&DEMO, argc, argv, &o, NULL);
  if (parsed != CLI_PROCEED) return parsed;
  const char *device = o.device;
  const int csv = o.csv;
  const size_t n = o.n;
  clact_context *ctx = cli_context(device);
  if (!ctx) return EXIT_FAILED;
  char dev[256];
  cli_device_label(ctx, dev, sizeof dev);
  if (csv)
    printf("device,op,n,fwd_gbps,bwd_gbps,fwd_max_ulp,bwd_max_ulp,result\n");
  else
    printf("clact %s demo on %s, %zu float32 elements\n\n", clact_version_string(), dev, n);
  if (!csv)
    printf("%-12s %10s %10s %12s %12s  %s\n", "activation", "fwd GB/s", "bwd GB/s", "fwd max ulp",
           "bwd max ulp", "result");

  float *x = malloc(n * 4), *dy = malloc(n * 4), *out = malloc(n * 4);
  bench_call call = {ctx, {0}, BENCH_FWD, n, NULL, NULL, NULL};
  int failed = !x || !dy || !out;
  clact_status st = failed ? CLACT_ERROR_OUT_OF_MEMORY : CLACT_SUCCESS; /* said below */
  unsigned long long s = 42;
  for (size_t i = 0; !failed && i < n; ++i) {
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    x[i] = (float)((double)(s >> 40) / (double)(1ULL << 24) * 24.0 - 12.0);
    dy[i] = (float)((double)((s >> 16) & 0xffffff) / (double)(1ULL << 24) * 4.0 - 2.0);
  }
  if (!failed && ((st = clact_buffer_create(ctx, n * 4, &call.x)) ||
                  (st = clact_buffer_create(ctx, n * 4, &call.dy)) ||
                  (st = clact_buffer_create(ctx, n * 4, &call.out)) ||
                  (st = clact_buffer_write(ctx, call.x, 0, n * 4, x)) ||
                  (st = clact_buffer_write(ctx, call.dy, 0, n * 4, dy))))
    failed = 1;
  for (int a = 0; a < CLACT_ACTIVATION_COUNT && !failed; ++a) {
    clact_op_init(&call.op, (clact_activation)a);
    const clact_op op = call.op;
    if ((st = clact_prepare(ctx, &op))) {
      failed = 1;
      break;
    }
    ref_zeros z;
    ref_find_derivative_zeros(&op, &z);
    double gbps[2], worst[2] = {0, 0};
    size_t bad = 0;
    for (int dir = 0; dir < 2 && !failed; ++dir) {
      call.dir = dir ? BENCH_BWD : BENCH_FWD;
      const double t = bench_seconds_per_call(ctx, bench_enqueue_op, &call, &st);
      if (st || (st = clact_buffer_read(ctx, call.out, 0, n * 4, out))) {
        failed = 1;
        break;
      }
      gbps[dir] = bench_bytes(&call) / t / 1e9;
      for (size_t i = 0; i < n; ++i) {
        const long double ref = dir ? ref_backward(&op, x[i], dy[i]) : ref_forward(&op, x[i]);
        double u;
        bad += !ref_judge(&op, dir ? REF_BWD : REF_FWD, &z, x[i], dir ? dy[i] : 1, out[i], ref, &u);
        if (u > worst[dir]) worst[dir] = u;
      }
    }
    if (failed) break;
    if (csv)
      printf("%s,%s,%zu,%.2f,%.2f,%.3f,%.3f,%s\n", dev, clact_activation_name(op.activation), n,
             gbps[0], gbps[1], worst[0], worst[1], bad ? "WRONG" : "ok");
    else
      printf("%-12s %10.2f %10.2f %12.2f %12.2f  %s\n", clact_activation_name(op.activation),
             gbps[0], gbps[1], worst[0], worst[1], bad ? "WRONG" : "ok");
    if (bad) failed = 2;
  }
  if (st) cli_fail("demo", st);
  clact_buffer_release(call.x), clact_buffer_release(call.dy), clact_buffer_release(call.out);
  free(x), free(dy), free(out);
  clact_context_destroy(ctx);
  if (!failed && !csv)
    printf("\nall %d activations correct in both directions\n", CLACT_ACTIVATION_COUNT);
  return failed ? EXIT_FAILED : EXIT_OK;
}
