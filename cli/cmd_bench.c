/* cmd_bench.c — `clact bench`: GB/s of every activation and direction as a fraction of
 * the device's copy bandwidth for the same traffic, measured in the same run. */
#include "bench.h"
#include "cli.h"
#include "reference.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#ifdef CLACT_HAVE_ONEDNN
#include "onednn.h"
#endif

typedef struct empty_call {
  cl_command_queue queue;
  cl_kernel kernel;
} empty_call;

static clact_status enqueue_empty(void *arg) {
  empty_call *e = arg;
  const size_t one = 1;
  return clEnqueueNDRangeKernel(e->queue, e->kernel, 1, NULL, &one, &one, 0, NULL, NULL);
}

/* --small: one forward call on 1024 floats against an empty kernel, both enqueue + finish. */
static int bench_small(clact_context *ctx, const char *dev, int csv) {
  bench_call c = {ctx, {0}, BENCH_FWD, 1024, NULL, NULL, NULL};
  empty_call e = {NULL, NULL};
  cl_context cl;
  cl_device_id device;
  cl_program prog = NULL;
  cl_int err;
  clact_status st = clact_context_queue(ctx, &e.queue);
  clact_context_cl_context(ctx, &cl);
  clact_context_device(ctx, &device);
  const char *src = "__kernel void clact_empty(void) {}";
  prog = clCreateProgramWithSource(cl, 1, &src, NULL, &err);
  if (!err) err = clBuildProgram(prog, 1, &device, NULL, NULL, NULL);
  if (!err) e.kernel = clCreateKernel(prog, "clact_empty", &err);
  if (!st) st = err;
  clact_op_init(&c.op, CLACT_SIGMOID);
  if (!st) st = clact_buffer_create(ctx, 4096, &c.x);
  if (!st) st = clact_buffer_create(ctx, 4096, &c.out);
  if (!st) {
    float zero[1024] = {0};
    st = clact_buffer_write(ctx, c.x, 0, sizeof zero, zero);
  }
  double empty_us = 0, call_us = 0;
  /* interleave the two measurements so drift on a shared machine hits both alike */
  double e_best = 1e30, c_best = 1e30;
  for (int round = 0; round < 5 && !st; ++round) {
    empty_us = bench_latency_us(ctx, enqueue_empty, &e, 200, &st);
    if (!st) call_us = bench_latency_us(ctx, bench_enqueue_op, &c, 200, &st);
    if (empty_us < e_best) e_best = empty_us;
    if (call_us < c_best) c_best = call_us;
  }
  if (!st) {
    if (csv) {
      printf("device,measure,us\n%s,empty_kernel,%.2f\n%s,sigmoid_fwd_1024,%.2f\n%s,ratio,%.3f\n",
             dev, e_best, dev, c_best, dev, c_best / e_best);
    } else {
      printf("%s: enqueue + finish, median of 200, best of 5 rounds\n", dev);
      printf("  empty kernel            %8.2f us\n", e_best);
      printf("  sigmoid fwd, n = 1024   %8.2f us  (%.3f x the empty kernel)\n", c_best,
             c_best / e_best);
    }
  }
  if (e.kernel) clReleaseKernel(e.kernel);
  if (prog) clReleaseProgram(prog);
  clact_buffer_release(c.x), clact_buffer_release(c.out);
  return st ? cli_fail("bench --small", st) : EXIT_OK;
}

/* --startup: a new process's first call (context, program build, launch) and its second. */
static int bench_startup(const char *device, int csv) {
  const double t0 = bench_now();
  clact_context *ctx = cli_context(device);
  if (!ctx) return EXIT_FAILED;
  const double t1 = bench_now();
  float x[1024] = {0}, y[1024];
  clact_op op;
  clact_op_init(&op, CLACT_SIGMOID);
  clact_status st = clact_forward_host(ctx, &op, 1024, x, y);
  const double t2 = bench_now();
  if (!st) st = clact_forward_host(ctx, &op, 1024, x, y);
  const double t3 = bench_now();
  /* the alternative to building on demand: every activation's f32 program up front */
  for (int a = 0; a < CLACT_ACTIVATION_COUNT && !st; ++a) {
    clact_op each;
    clact_op_init(&each, (clact_activation)a);
    st = clact_prepare(ctx, &each);
  }
  const double t4 = bench_now();
  char dev[256];
  cli_device_label(ctx, dev, sizeof dev);
  clact_context_destroy(ctx);
  if (st) return cli_fail("bench --startup", st);
  if (csv)
    printf("device,measure,ms\n%s,context,%.2f\n%s,first_call,%.2f\n%s,second_call,%.3f\n"
           "%s,prepare_all_others,%.2f\n",
           dev, (t1 - t0) * 1e3, dev, (t2 - t1) * 1e3, dev, (t3 - t2) * 1e3, dev, (t4 - t3) * 1e3);
  else
    printf("%s: context %.2f ms, first sigmoid call (build included) %.2f ms, second %.3f ms;\n"
           "  building every other activation's f32 program up front: %.2f ms more\n",
           dev, (t1 - t0) * 1e3, (t2 - t1) * 1e3, (t3 - t2) * 1e3, (t4 - t3) * 1e3);
  return EXIT_OK;
}

/* What every row of one run shares. */
typedef struct bench_run {
  clact_context *ctx;
  const char *dev;
  cli_selection sel;
  size_t n;
  int csv, vs_onednn;
  double lo, hi; /* the inputs' range (--range) */
  int progress;  /* a progress line on stderr, cleared before each row is printed */
} bench_run;

static const char *const DIR_NAMES[3] = {"fwd", "bwd", "bwdy"};

/* One row: seconds per call s, GB/s, the copy GB/s it is a fraction of, oneDNN's GB/s
 * (0: none). */
static void print_row(const bench_run *r, const bench_call *c, double s, double gbps, double copy,
                      double onednn) {
  const char *op = clact_activation_name(c->op.activation), *dir = DIR_NAMES[c->dir];
  const char *dtype = clact_dtype_name(c->op.dtype);
  if (r->csv)
    printf("%s,%s,%s,%s,%zu,%.4f,%.2f,%.2f,%.3f", r->dev, op, dir, dtype, r->n, s * 1e3, gbps, copy,
           gbps / copy);
  else
    printf("%-12s %-4s %-5s %9.3f %9.2f %10.2f %7.3f", op, dir, dtype, s * 1e3, gbps, copy,
           gbps / copy);
  if (r->vs_onednn && onednn > 0)
    printf(r->csv ? ",%.2f,%.3f" : "  %11.2f  %9.3f", onednn, gbps / onednn);
  else if (r->vs_onednn)
    printf(r->csv ? ",," : "  %11s  %9s", "-", "-");
  printf("\n");
  fflush(stdout);
}

/* Every selected activation and direction in dtype t, after the copy baseline. */
static clact_status bench_dtype(const bench_run *r, clact_dtype t) {
  const size_t n = r->n, bytes = n * clact_dtype_size(t);
  bench_call c = bench_call_of(r->ctx, t, n);
  float *hx = malloc(n * sizeof(float)), *hdy = malloc(n * sizeof(float));
  unsigned char *stage = malloc(bytes);
  clact_status st = hx && hdy && stage ? CLACT_SUCCESS : CLACT_ERROR_OUT_OF_MEMORY;
  if (!st && !(st = clact_buffer_create(r->ctx, bytes, &c.x)) &&
      !(st = clact_buffer_create(r->ctx, bytes, &c.dy)))
    st = clact_buffer_create(r->ctx, bytes, &c.out);
  /* a fixed scatter over [lo, hi] in 20000 steps (default [-10, 10]: steps of 1e-3) */
  for (size_t i = 0; !st && i < n; ++i) {
    const double step = (double)((i * 2654435761u) % 20001) / 20000;
    hx[i] = (float)(r->lo + (r->hi - r->lo) * step);
    hdy[i] = 1.0f - (float)(i % 7) * 0.125f;
  }
  for (int which = 0; which < 2 && !st; ++which) {
    const float *h = which ? hdy : hx;
    for (size_t i = 0; i < n; ++i)
      ref_store(t, stage, i, h[i]);
    st = clact_buffer_write(r->ctx, which ? c.dy : c.x, 0, bytes, stage);
  }
  double copy[2] = {0, 0}; /* 1 in 1 out, 2 in 1 out */
  if (!st) st = bench_copy_gbps(&c, copy);
  for (int a = 0; a < CLACT_ACTIVATION_COUNT && !st; ++a) {
    if (!r->sel.op[a] || a == CLACT_IDENTITY) continue;
    clact_op_init(&c.op, (clact_activation)a);
    c.op.dtype = t;
    for (int d = 0; d < 3 && !st; ++d) {
      if (!r->sel.dir[d] || (d == BENCH_BWDY && !clact_has_gradient_from_y(&c.op))) continue;
      c.dir = (bench_dir)d;
      if (r->progress)
        fprintf(stderr, "\r%s %s %s ...   ", clact_activation_name(c.op.activation), DIR_NAMES[d],
                clact_dtype_name(t));
      const double s = bench_seconds_per_call(r->ctx, bench_enqueue_op, &c, &st);
      if (st) break;
      double onednn = 0;
#ifdef CLACT_HAVE_ONEDNN
      if (r->vs_onednn && d != BENCH_BWDY && bench_onednn_has(&c.op))
        onednn = bench_onednn_gbps(&c.op, d == BENCH_BWD, n, hx, hdy);
#endif
      if (r->progress) fprintf(stderr, "\r%40s\r", "");
      print_row(r, &c, s, bench_bytes(&c) / s / 1e9, copy[d ? 1 : 0], onednn);
    }
  }
  clact_buffer_release(c.x), clact_buffer_release(c.dy), clact_buffer_release(c.out);
  free(hx), free(hdy), free(stage);
  return st;
}

static const char USAGE[] =
    "usage: clact bench [--op NAME|all] [--dir fwd|bwd|bwdy|all] [--dtype f32|f16|bf16|f64|all]\n"
    "                   [--dtype u8,s8,fp8_e4m3,fp8_e5m2]\n"
    "                   [--n N] [--range LO,HI] [--device SPEC] [--csv] [--vs-onednn]\n"
    "                   [--views | --gated | --small | --startup]\n\n"
    "Times each activation and direction on N elements (default 2^24) and reports GB/s\n"
    "(forward moves 2 elements per element: read x, write y; backward 3: read x or y\n"
    "and dy, write dx) and the ratio to the device's copy bandwidth for the same\n"
    "traffic, measured in the same run: the best of clEnqueueCopyBuffer and clact's own\n"
    "copy kernels (identity forward: 1 in, 1 out; identity backward: 2 in, 1 out).\n"
    "Each figure is the median of 7 batches after a warm-up.\n\n"
    "--range LO,HI  the inputs x: a fixed scatter over [LO, HI] (default -10,10). A\n"
    "             formula's speed may depend on it (docs/PERFORMANCE.md: subnormal\n"
    "             intermediates cost a microcode assist on x86); dy is 1 - (i mod 7) / 8.\n"
    "             The activation table only: --views and --gated keep [-10, 10].\n\n"
    "--vs-onednn  also time oneDNN's eltwise on the same data (f32; when clact was\n"
    "             built with oneDNN) and add onednn_gbps and vs_onednn columns.\n\n"
    "--views      forward on N-D views instead (default ops relu,sigmoid): the 1-D call,\n"
    "             a dense 4-D tensor [N,64,128,128], a channel slice (64 of 128\n"
    "             channels), a transpose of the last two dimensions, and the first half\n"
    "             of each row of a [rows, 8192] tensor; GB/s, ratio to copy, and to\n"
    "             the 1-D call. CSV: device,op,dtype,case,n,ms,gbps,copy_gbps,ratio,vs_1d.\n\n"
    "u8, s8, fp8_e4m3, fp8_e5m2 (not part of all): forward only, 8-bit in and out through\n"
    "clact_forward_q's table lookup; copy_gbps is clEnqueueCopyBuffer of the same n bytes.\n\n"
    "--gated      SwiGLU (two tensors; halves of one), GeGLU, clamped SwiGLU (GPT-OSS,\n"
    "             interleaved) and bias + gelu, fwd and bwd: GB/s, ratio to the copy of\n"
    "             the same traffic (gated fwd 2 in 1 out, bwd 3 in 2 out; bias 1 or 2 in,\n"
    "             1 out), and elements/s against the plain gate's 1-D call. CSV:\n"
    "             device,case,dir,dtype,n,ms,gbps,copy_gbps,ratio,plain_melem_s,vs_plain.\n\n"
    "--small      one sigmoid forward call on 1024 floats against an empty kernel,\n"
    "             enqueue + finish each (docs/PERFORMANCE.md, \"Small calls\").\n"
    "--startup    a new process's context, first call (build included), second call, and\n"
    "             building every other activation's f32 program (\"Start-up\").\n"
    "--views, --gated, --small and --startup are one at a time.\n\n"
    "CSV columns: device,op,dir,dtype,n,ms,gbps,copy_gbps,ratio[,onednn_gbps,vs_onednn].\n";

/* bench's own options */
typedef struct bench_options {
  int vs_onednn, small, startup, views, gated;
  double lo, hi;
} bench_options;

static int bench_option(int argc, char **argv, int *i, void *state) {
  bench_options *b = state;
  const char *v;
  if (cli_option(argc, argv, i, "--range", &v)) {
    char *end = NULL;
    b->lo = v ? strtod(v, &end) : 0;
    const int comma = end && end != v && *end == ',';
    const char *second = comma ? end + 1 : NULL;
    b->hi = comma ? strtod(second, &end) : 0;
    if (!comma || end == second || *end || !isfinite(b->lo) || !isfinite(b->hi) || !(b->lo < b->hi))
      return cli_usage("bench", "--range needs LO,HI: two finite numbers, LO < HI");
    return CLI_TAKEN;
  }
  int *flag = !strcmp(argv[*i], "--small")       ? &b->small
              : !strcmp(argv[*i], "--startup")   ? &b->startup
              : !strcmp(argv[*i], "--views")     ? &b->views
              : !strcmp(argv[*i], "--gated")     ? &b->gated
              : !strcmp(argv[*i], "--vs-onednn") ? &b->vs_onednn
                                                 : NULL;
#ifndef CLACT_HAVE_ONEDNN
  if (flag == &b->vs_onednn)
    return cli_usage("bench", "--vs-onednn needs clact built with oneDNN (apt-get install "
                              "libdnnl-dev, then reconfigure)");
#endif
  if (!flag) return CLI_NOT_MINE;
  *flag = 1;
  return CLI_TAKEN;
}

static const cli_command BENCH = {.name = "bench",
                                  .takes = CLI_CSV | CLI_DEVICE | CLI_OP | CLI_DIR | CLI_DTYPE |
                                           CLI_N | CLI_DTYPE8,
                                  .ops = "all",
                                  .dirs = "fwd,bwd",
                                  .dtypes = "f32",
                                  .n = (size_t)1 << 24,
                                  .own = bench_option,
                                  .usage = USAGE};

int cmd_bench(int argc, char **argv) {
  cli_options o;
  bench_options b = {0, 0, 0, 0, 0, -10.0, 10.0};
  const int parsed = cli_parse(&BENCH, argc, argv, &o, &b);
  if (parsed != CLI_PROCEED) return parsed;
  const char *device = o.device;
  const int csv = o.csv, vs_onednn = b.vs_onednn, small = b.small, startup = b.startup;
  const size_t n = o.n;
  const cli_selection sel = o.sel;
  if (small + startup + b.views + b.gated > 1) /* each is a table of its own */
    return cli_usage("bench", "--small, --startup, --views and --gated are one at a time");
  if (startup) return bench_startup(device, csv);
  clact_context *ctx = cli_context(device);
  if (!ctx) return EXIT_FAILED;
  char dev[256];
  cli_device_label(ctx, dev, sizeof dev);
  if (small) {
    const int rc = bench_small(ctx, dev, csv);
    clact_context_destroy(ctx);
    return rc;
  }
  if (b.gated) {
    const clact_status st = bench_gated(ctx, dev, &sel, n, csv);
    clact_context_destroy(ctx);
    return st ? cli_fail("bench --gated", st) : EXIT_OK;
  }
  if (b.views) {
    cli_selection vs = sel;
    int all = 1; /* --views without --op: relu and sigmoid, not every activation */
    for (int a = 0; a < CLACT_ACTIVATION_COUNT; ++a)
      all = all && vs.op[a];
    if (all) {
      memset(vs.op, 0, sizeof vs.op);
      vs.op[CLACT_RELU] = vs.op[CLACT_SIGMOID] = 1;
    }
    const clact_status st = bench_views(ctx, dev, &vs, n, csv);
    clact_context_destroy(ctx);
    return st ? cli_fail("bench --views", st) : EXIT_OK;
  }
  if (csv)
    printf("device,op,dir,dtype,n,ms,gbps,copy_gbps,ratio%s\n",
           vs_onednn ? ",onednn_gbps,vs_onednn" : "");
  else
    printf("%s, n = %zu\n\n%-12s %-4s %-5s %9s %9s %10s %7s%s\n", dev, n, "op", "dir", "dtype",
           "ms", "GB/s", "copy GB/s", "ratio", vs_onednn ? "  oneDNN GB/s  vs oneDNN" : "");
  const bench_run run = {ctx, dev, sel, n, csv, vs_onednn, b.lo, b.hi, cli_is_terminal(stderr)};
  clact_status st = CLACT_SUCCESS;
  for (int t = 0; t < CLACT_DTYPE_COUNT && !st; ++t) {
    if (sel.dtype[t] && clact_context_supports(ctx, (clact_dtype)t))
      st = bench_dtype(&run, (clact_dtype)t);
    else if (sel.dtype[t])
      fprintf(stderr, "%s: not supported by this device: skipped\n",
              clact_dtype_name((clact_dtype)t));
  }
  if (st) cli_fail("bench", st);
  int rc = st ? EXIT_FAILED : EXIT_OK;
  for (int t = 0; t < 4 && rc == EXIT_OK; ++t)
    if (sel.dtype8[t]) { /* the 8-bit types, all in one pass */
      rc = bench_quant(ctx, dev, &sel, n, csv);
      break;
    }
  clact_context_destroy(ctx);
  return rc;
}
