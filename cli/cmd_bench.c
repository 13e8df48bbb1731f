/* cmd_bench.c — `clact bench`: GB/s of every activation and direction as a fraction of
 * the device's copy bandwidth for the same traffic, measured in the same run. */
#include "cli.h"
#include "reference.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#ifdef CLACT_HAVE_ONEDNN
#include <dnnl.h>
#endif

/* One timed thing: a callback that enqueues one call. */
typedef clact_status (*enqueue_fn)(void *arg);

static int cmp_double(const void *a, const void *b) {
  const double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* Median seconds per call: warm up, probe, size batches to ~40 ms, 7 batches of
 * enqueue-all-then-finish. */
static double time_calls(clact_context *ctx, enqueue_fn fn, void *arg, clact_status *st) {
  for (int i = 0; i < 2; ++i)
    if ((*st = fn(arg)) || (*st = clact_finish(ctx))) return 0;
  double t0 = cli_now();
  if ((*st = fn(arg)) || (*st = clact_finish(ctx))) return 0;
  const double probe = cli_now() - t0;
  int reps = probe > 0 ? (int)(0.04 / probe) : 100;
  if (reps < 1) reps = 1;
  if (reps > 1000) reps = 1000;
  double t[7];
  for (int b = 0; b < 7; ++b) {
    t0 = cli_now();
    for (int r = 0; r < reps; ++r)
      if ((*st = fn(arg))) return 0;
    if ((*st = clact_finish(ctx))) return 0;
    t[b] = (cli_now() - t0) / reps;
  }
  qsort(t, 7, sizeof t[0], cmp_double);
  return t[3];
}

typedef struct call {
  clact_context *ctx;
  clact_op op;
  int dir; /* 0 fwd, 1 bwd from x, 2 bwd from y */
  size_t n;
  cl_mem x, dy, out;
  cl_command_queue queue;
  size_t bytes; /* for clEnqueueCopyBuffer */
} call;

static clact_status enqueue_op(void *arg) {
  call *c = arg;
  if (c->dir == 0)
    return clact_forward(c->ctx, &c->op, c->n, c->x, 0, 1, c->out, 0, 1, 0, NULL, NULL);
  return clact_backward(c->ctx, &c->op, c->dir == 1 ? CLACT_FROM_X : CLACT_FROM_Y, c->n, c->x, 0, 1,
                        c->dy, 0, 1, c->out, 0, 1, 0, NULL, NULL);
}

static clact_status enqueue_copy_buffer(void *arg) {
  call *c = arg;
  return clEnqueueCopyBuffer(c->queue, c->x, c->out, 0, 0, c->bytes, 0, NULL, NULL);
}

#ifdef CLACT_HAVE_ONEDNN
/* oneDNN's eltwise on the same host data, f32 only; GB/s or 0 where it has no match. */
static double onednn_gbps(const clact_op *op, int dir, size_t n, const float *x, const float *dy) {
  dnnl_alg_kind_t alg;
  float a = 0, b = 0;
  switch (op->activation) {
  case CLACT_SIGMOID: alg = dnnl_eltwise_logistic; break;
  case CLACT_TANH: alg = dnnl_eltwise_tanh; break;
  case CLACT_RELU: alg = dnnl_eltwise_relu; break;
  case CLACT_LEAKY_RELU: alg = dnnl_eltwise_relu, a = (float)op->param[0]; break;
  case CLACT_ELU: alg = dnnl_eltwise_elu, a = (float)op->param[0]; break;
  case CLACT_SWISH: alg = dnnl_eltwise_swish, a = (float)op->param[0]; break;
  case CLACT_SOFTPLUS: alg = dnnl_eltwise_soft_relu, a = 0; break;
  default: return 0;
  }
  if (op->activation == CLACT_SOFTPLUS && op->param[0] != 1.0) return 0;
  if (dir == 2) return 0;
  dnnl_engine_t eng;
  dnnl_stream_t st;
  if (dnnl_engine_create(&eng, dnnl_cpu, 0) != dnnl_success) return 0;
  dnnl_stream_create(&st, eng, dnnl_stream_default_flags);
  dnnl_dims_t dims = {(dnnl_dim_t)n};
  dnnl_memory_desc_t md;
  dnnl_memory_desc_init_by_tag(&md, 1, dims, dnnl_f32, dnnl_a);
  float *out = aligned_alloc(64, (n * 4 + 63) / 64 * 64);
  dnnl_memory_t mx, mdy, mout;
  dnnl_memory_create(&mx, &md, eng, (void *)x);
  dnnl_memory_create(&mdy, &md, eng, (void *)dy);
  dnnl_memory_create(&mout, &md, eng, out);
  dnnl_eltwise_desc_t fd, bd;
  dnnl_primitive_desc_t fpd, bpd = NULL;
  dnnl_primitive_t prim;
  dnnl_eltwise_forward_desc_init(&fd, dnnl_forward_training, alg, &md, a, b);
  dnnl_primitive_desc_create(&fpd, &fd, NULL, eng, NULL);
  dnnl_exec_arg_t args[3];
  int nargs;
  if (dir == 0) {
    dnnl_primitive_create(&prim, fpd);
    args[0] = (dnnl_exec_arg_t){DNNL_ARG_SRC, mx};
    args[1] = (dnnl_exec_arg_t){DNNL_ARG_DST, mout};
    nargs = 2;
  } else {
    dnnl_eltwise_backward_desc_init(&bd, alg, &md, &md, a, b);
    dnnl_primitive_desc_create(&bpd, &bd, NULL, eng, fpd);
    dnnl_primitive_create(&prim, bpd);
    args[0] = (dnnl_exec_arg_t){DNNL_ARG_SRC, mx};
    args[1] = (dnnl_exec_arg_t){DNNL_ARG_DIFF_DST, mdy};
    args[2] = (dnnl_exec_arg_t){DNNL_ARG_DIFF_SRC, mout};
    nargs = 3;
  }
  double t[7];
  for (int r = -2; r < 7; ++r) {
    const double t0 = cli_now();
    dnnl_primitive_execute(prim, st, nargs, args);
    dnnl_stream_wait(st);
    if (r >= 0) t[r] = cli_now() - t0;
  }
  qsort(t, 7, sizeof t[0], cmp_double);
  dnnl_primitive_destroy(prim);
  dnnl_primitive_desc_destroy(fpd);
  if (bpd) dnnl_primitive_desc_destroy(bpd);
  dnnl_memory_destroy(mx), dnnl_memory_destroy(mdy), dnnl_memory_destroy(mout);
  dnnl_stream_destroy(st);
  dnnl_engine_destroy(eng);
  free(out);
  return (double)n * (dir ? 12 : 8) / t[3] / 1e9;
}
#endif

/* Median microseconds of `reps` runs of enqueue + clFinish. */
static double median_us(clact_context *ctx, enqueue_fn fn, void *arg, int reps, clact_status *st) {
  double t[401];
  if (reps > 401) reps = 401;
  for (int r = -20; r < reps; ++r) {
    const double t0 = cli_now();
    if ((*st = fn(arg)) || (*st = clact_finish(ctx))) return 0;
    if (r >= 0) t[r] = (cli_now() - t0) * 1e6;
  }
  qsort(t, (size_t)reps, sizeof t[0], cmp_double);
  return t[reps / 2];
}

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
  call c = {ctx, {0}, 0, 1024, NULL, NULL, NULL, NULL, 4096};
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
    empty_us = median_us(ctx, enqueue_empty, &e, 200, &st);
    if (!st) call_us = median_us(ctx, enqueue_op, &c, 200, &st);
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
  const double t0 = cli_now();
  clact_context *ctx = cli_context(device);
  if (!ctx) return EXIT_FAILED;
  const double t1 = cli_now();
  float x[1024] = {0}, y[1024];
  clact_op op;
  clact_op_init(&op, CLACT_SIGMOID);
  clact_status st = clact_forward_host(ctx, &op, 1024, x, y);
  const double t2 = cli_now();
  if (!st) st = clact_forward_host(ctx, &op, 1024, x, y);
  const double t3 = cli_now();
  /* the alternative to building on demand: every activation's f32 program up front */
  for (int a = 0; a < CLACT_ACTIVATION_COUNT && !st; ++a) {
    clact_op each;
    clact_op_init(&each, (clact_activation)a);
    st = clact_prepare(ctx, &each);
  }
  const double t4 = cli_now();
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

static void usage(FILE *f) {
  fprintf(
      f,
      "usage: clact bench [--op NAME|all] [--dir fwd|bwd|bwdy|all] [--dtype f32|f16|bf16|f64|all]\n"
      "                   [--n N] [--device SPEC] [--csv] [--vs-onednn]\n\n"
      "Times each activation and direction on N elements (default 2^24) and reports GB/s\n"
      "(forward moves 2 elements per element: read x, write y; backward 3: read x or y\n"
      "and dy, write dx) and the ratio to the device's copy bandwidth for the same\n"
      "traffic, measured in the same run: the best of clEnqueueCopyBuffer and clact's own\n"
      "copy kernels (identity forward: 1 in, 1 out; identity backward: 2 in, 1 out).\n"
      "Each figure is the median of 7 batches after a warm-up.\n\n"
      "--vs-onednn  also time oneDNN's eltwise on the same data (f32; when clact was\n"
      "             built with oneDNN) and add onednn_gbps and vs_onednn columns.\n\n"
      "CSV columns: device,op,dir,dtype,n,ms,gbps,copy_gbps,ratio[,onednn_gbps,vs_onednn].\n");
}

int cmd_bench(int argc, char **argv) {
  const char *device = NULL;
  int csv = 0, vs_onednn = 0, small = 0, startup = 0;
  size_t n = (size_t)1 << 24;
  cli_selection sel;
  cli_select_ops("all", &sel);
  cli_select_dirs("fwd,bwd", &sel);
  cli_select_dtypes("f32", &sel);
  for (int i = 1; i < argc; ++i) {
    const char *v;
    if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
      usage(stdout);
      return EXIT_OK;
    } else if (!strcmp(argv[i], "--csv")) {
      csv = 1;
    } else if (!strcmp(argv[i], "--small")) {
      small = 1;
    } else if (!strcmp(argv[i], "--startup")) {
      startup = 1;
    } else if (!strcmp(argv[i], "--vs-onednn")) {
#ifdef CLACT_HAVE_ONEDNN
      vs_onednn = 1;
#else
      return cli_usage("bench", "--vs-onednn needs clact built with oneDNN (apt-get install "
                                "libdnnl-dev, then reconfigure)");
#endif
    } else if (cli_option(argc, argv, &i, "--device", &v)) {
      if (!v) return cli_usage("bench", "--device needs a value");
      device = v;
    } else if (cli_option(argc, argv, &i, "--op", &v)) {
      if (!cli_select_ops(v, &sel))
        return cli_usage("bench", "unknown activation '%s'", v ? v : "");
    } else if (cli_option(argc, argv, &i, "--dir", &v)) {
      if (!cli_select_dirs(v, &sel)) return cli_usage("bench", "--dir is fwd, bwd, bwdy or all");
    } else if (cli_option(argc, argv, &i, "--dtype", &v)) {
      if (!cli_select_dtypes(v, &sel))
        return cli_usage("bench", "--dtype is f32, f16, bf16, f64 or all");
    } else if (cli_option(argc, argv, &i, "--n", &v)) {
      if (!cli_parse_size(v, &n) || n == 0) return cli_usage("bench", "--n needs a positive count");
    } else {
      return cli_usage("bench", "unexpected argument '%s'", argv[i]);
    }
  }
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
  if (csv)
    printf("device,op,dir,dtype,n,ms,gbps,copy_gbps,ratio%s\n",
           vs_onednn ? ",onednn_gbps,vs_onednn" : "");
  else
    printf("%s, n = %zu\n\n%-12s %-4s %-5s %9s %9s %10s %7s%s\n", dev, n, "op", "dir", "dtype",
           "ms", "GB/s", "copy GB/s", "ratio", vs_onednn ? "  oneDNN GB/s  vs oneDNN" : "");
  const int progress = cli_is_terminal(stderr); /* cleared before each row is printed */
  clact_status st = CLACT_SUCCESS;
  int failed = 0;
  for (int t = 0; t < CLACT_DTYPE_COUNT && !failed; ++t) {
    if (!sel.dtype[t]) continue;
    if (!clact_context_supports(ctx, (clact_dtype)t)) {
      fprintf(stderr, "%s: not supported by this device: skipped\n",
              clact_dtype_name((clact_dtype)t));
      continue;
    }
    const size_t es = clact_dtype_size((clact_dtype)t), bytes = n * es;
    call c = {ctx, {0}, 0, n, NULL, NULL, NULL, NULL, bytes};
    clact_context_queue(ctx, &c.queue);
    float *hx = malloc(n * sizeof(float)), *hdy = malloc(n * sizeof(float));
    unsigned char *stage = malloc(bytes);
    if (!hx || !hdy || !stage || (st = clact_buffer_create(ctx, bytes, &c.x)) ||
        (st = clact_buffer_create(ctx, bytes, &c.dy)) ||
        (st = clact_buffer_create(ctx, bytes, &c.out))) {
      failed = 1;
    }
    for (size_t i = 0; !failed && i < n; ++i) {
      hx[i] = (float)((double)((i * 2654435761u) % 20001) * 1e-3 - 10.0);
      hdy[i] = 1.0f - (float)(i % 7) * 0.125f;
    }
    for (int which = 0; which < 2 && !failed; ++which) {
      float *h = which ? hdy : hx;
      for (size_t i = 0; i < n; ++i)
        ref_store((clact_dtype)t, stage, i, h[i]);
      if ((st = clact_buffer_write(ctx, which ? c.dy : c.x, 0, bytes, stage))) failed = 1;
    }
    /* the copy references for this dtype: 1-in-1-out and 2-in-1-out */
    double copy[2] = {0, 0};
    if (!failed) {
      clact_op_init(&c.op, CLACT_IDENTITY);
      c.op.dtype = (clact_dtype)t;
      for (int d = 0; d < 2 && !failed; ++d) {
        c.dir = d;
        const double s = time_calls(ctx, enqueue_op, &c, &st);
        if (st)
          failed = 1;
        else
          copy[d] = (double)n * es * (d ? 3 : 2) / s / 1e9;
      }
      const double s = time_calls(ctx, enqueue_copy_buffer, &c, &st);
      if (st)
        failed = 1;
      else {
        const double g = 2.0 * (double)bytes / s / 1e9;
        if (g > copy[0]) copy[0] = g;
        if (g > copy[1]) copy[1] = g;
      }
    }
    for (int a = 0; a < CLACT_ACTIVATION_COUNT && !failed; ++a) {
      if (!sel.op[a] || a == CLACT_IDENTITY) continue;
      clact_op_init(&c.op, (clact_activation)a);
      c.op.dtype = (clact_dtype)t;
      for (int d = 0; d < 3 && !failed; ++d) {
        if (!sel.dir[d] || (d == 2 && !clact_has_gradient_from_y(&c.op))) continue;
        if (progress)
          fprintf(stderr, "\r%s %s %s ...   ", clact_activation_name(c.op.activation),
                  d == 0   ? "fwd"
                  : d == 1 ? "bwd"
                           : "bwdy",
                  clact_dtype_name(c.op.dtype));
        c.dir = d;
        const double s = time_calls(ctx, enqueue_op, &c, &st);
        if (st) {
          failed = 1;
          break;
        }
        const double gbps = (double)n * es * (d ? 3 : 2) / s / 1e9, ref = copy[d ? 1 : 0];
        const char *dname = d == 0 ? "fwd" : d == 1 ? "bwd" : "bwdy";
        double odn = 0;
#ifdef CLACT_HAVE_ONEDNN
        if (vs_onednn && t == CLACT_F32) odn = onednn_gbps(&c.op, d, n, hx, hdy);
#endif
        if (progress) fprintf(stderr, "\r%40s\r", "");
        if (csv) {
          printf("%s,%s,%s,%s,%zu,%.4f,%.2f,%.2f,%.3f", dev, clact_activation_name(c.op.activation),
                 dname, clact_dtype_name(c.op.dtype), n, s * 1e3, gbps, ref, gbps / ref);
          if (vs_onednn) {
            if (odn > 0)
              printf(",%.2f,%.3f", odn, gbps / odn);
            else
              printf(",,");
          }
          printf("\n");
        } else {
          printf("%-12s %-4s %-5s %9.3f %9.2f %10.2f %7.3f", clact_activation_name(c.op.activation),
                 dname, clact_dtype_name(c.op.dtype), s * 1e3, gbps, ref, gbps / ref);
          if (vs_onednn) {
            if (odn > 0)
              printf("  %11.2f  %9.3f", odn, gbps / odn);
            else
              printf("  %11s  %9s", "-", "-");
          }
          printf("\n");
        }
        fflush(stdout);
      }
    }
    clact_buffer_release(c.x), clact_buffer_release(c.dy), clact_buffer_release(c.out);
    free(hx), free(hdy), free(stage);
  }
  if (st) cli_fail("bench", st);
  clact_context_destroy(ctx);
  return failed ? EXIT_FAILED : EXIT_OK;
}
