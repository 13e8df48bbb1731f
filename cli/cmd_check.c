/* cmd_check.c — `clact check`: the largest error in ulps of every activation, direction
 * and dtype on the device, against the long-double host reference, held to the bounds
 * of docs/ACCURACY.md. */
#include "cli.h"
#include "reference.h"

#include <float.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { CHUNK = 1 << 22 };

typedef struct row {
  unsigned long long inputs, failures;
  double max_ulp;
  long double worst_x, worst_dy;
} row;

typedef struct job {
  const clact_op *op;
  ref_dir dir;
  const ref_zeros *zeros;
  const void *x, *dy, *in, *out; /* in: x, or y for REF_BWDY */
  size_t begin, end;
  int ftz;
  int large; /* the large-factor sweep: blended judging, inputs outside the domain skipped */
  row r;
} job;

static void *judge_range(void *arg) {
  job *j = arg;
  const clact_dtype t = j->op->dtype;
  const long double min_normal = t == CLACT_F16   ? 0x1p-14L
                                 : t == CLACT_F64 ? 0x1p-1022L
                                                  : 0x1p-126L;
  for (size_t i = j->begin; i < j->end; ++i) {
    const long double x = ref_load(t, j->x, i), in = ref_load(t, j->in, i);
    const long double dy = j->dir == REF_FWD ? 1 : ref_load(t, j->dy, i);
    const long double got = ref_load(t, j->out, i);
    const long double ref = j->dir == REF_FWD   ? ref_forward(j->op, in)
                            : j->dir == REF_BWD ? ref_backward(j->op, in, dy)
                                                : ref_backward_from_y(j->op, in, dy);
    double ulps;
    if (j->large && !ref_in_domain(j->op, j->dir, in, dy, 1)) continue; /* not counted */
    int ok = j->large ? ref_judge_blend(j->op, j->dir, j->zeros, x, dy, ref, 0, got, &ulps)
                      : ref_judge(j->op, j->dir, j->zeros, x, dy, got, ref, &ulps);
    if (!ok && j->ftz && got == 0 && fabsl(ref) < min_normal) ok = 1, ulps = 0; /* flushed */
    j->r.failures += !ok;
    if (!ok && j->r.failures <= 2) /* the first failures of each thread, to reproduce */
      fprintf(stderr, "  %s %s %s: x=%.21Lg dy=%.21Lg alpha=%.17g got=%.21Lg ref=%.21Lg\n",
              clact_activation_name(j->op->activation), ref_dir_name(j->dir), clact_dtype_name(t),
              x, dy, j->op->alpha, got, ref);
    if (!ok && !isfinite(ulps)) ulps = INFINITY;
    if (ulps > j->r.max_ulp || (!ok && j->r.failures == 1)) {
      j->r.max_ulp = ulps > j->r.max_ulp ? ulps : j->r.max_ulp;
      j->r.worst_x = x;
      j->r.worst_dy = dy;
    }
    j->r.inputs++;
  }
  return NULL;
}

/* Runs one chunk on the device and judges it on the host's cores. */
static clact_status run_chunk(clact_context *ctx, const clact_op *op, ref_dir dir,
                              const ref_zeros *z, int ftz, int large, void *x, void *dy, void *in,
                              void *out, size_t n, row *total) {
  clact_status st = dir == REF_FWD
                        ? clact_forward_host(ctx, op, n, in, out)
                        : clact_backward_host(ctx, op, dir == REF_BWD ? CLACT_FROM_X : CLACT_FROM_Y,
                                              n, in, dy, out);
  if (st) return st;
  /* judge on every core (the long-double reference is the cost), at most 16 */
  long cores = sysconf(_SC_NPROCESSORS_ONLN);
  const int nt = cores < 1 ? 1 : cores > 16 ? 16 : (int)cores;
  job jobs[16];
  pthread_t th[16];
  int started[16] = {0};
  for (int k = 0; k < nt; ++k)
    jobs[k] = (job){
        op, dir, z, x, dy, in, out, n * k / nt, n * (k + 1) / nt, ftz, large, {0, 0, 0, 0, 0}};
  for (int k = 1; k < nt; ++k)
    started[k] = pthread_create(&th[k], NULL, judge_range, &jobs[k]) == 0;
  judge_range(&jobs[0]);
  for (int k = 1; k < nt; ++k) {
    if (started[k])
      pthread_join(th[k], NULL);
    else
      judge_range(&jobs[k]);
  }
  for (int k = 0; k < nt; ++k) {
    total->inputs += jobs[k].r.inputs;
    total->failures += jobs[k].r.failures;
    if (jobs[k].r.max_ulp > total->max_ulp ||
        (jobs[k].r.failures && total->failures == jobs[k].r.failures)) {
      total->max_ulp = jobs[k].r.max_ulp > total->max_ulp ? jobs[k].r.max_ulp : total->max_ulp;
      total->worst_x = jobs[k].r.worst_x;
      total->worst_dy = jobs[k].r.worst_dy;
    }
  }
  return CLACT_SUCCESS;
}

/* ---- inputs ------------------------------------------------------------------------- */
#define GOLDEN 0x9e3779b97f4a7c15ULL /* splitmix64's step: n draws move the state n * GOLDEN */
static unsigned long long next(unsigned long long *s) {
  unsigned long long z = (*s += GOLDEN);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

static const double specials[] = {0.0,      -0.0,     INFINITY, -INFINITY, NAN,      FLT_MIN,
                                  -FLT_MIN, FLT_MAX,  -FLT_MAX, 1e-45,     -1e-45,   1.0,
                                  -1.0,     0.5,      -0.5,     DBL_MIN,   -DBL_MIN, DBL_MAX,
                                  -DBL_MAX, 4.9e-324, -4.9e-324};

/* Sample i of the default set: the specials, a stratified sample over every exponent and
 * both signs (count_strat), then a dense even sweep of [-20, 20] (count_sweep). */
static long double sample(clact_dtype t, size_t i, size_t count_strat, size_t count_sweep,
                          unsigned long long *s) {
  const size_t ns = sizeof specials / sizeof specials[0];
  if (i < ns) return specials[i];
  i -= ns;
  if (i < count_strat) {
    const unsigned long long r = next(s);
    const int emin = t == CLACT_F64 ? -1074 : t == CLACT_F16 ? -24 : -149;
    const int emax = t == CLACT_F64 ? 1023 : t == CLACT_F16 ? 15 : 127;
    const int e = emin + (int)(r % (unsigned long long)(emax - emin + 1));
    const long double m = 1.0L + (long double)(next(s) >> 11) * 0x1p-53L;
    return (r >> 63 ? -1 : 1) * (m * ref_pow2(e));
  }
  i -= count_strat;
  return -20.0L + 40.0L * (long double)i / (long double)(count_sweep > 1 ? count_sweep - 1 : 1);
}

/* ---- the large-factor sweep (docs/ACCURACY.md, "Large factors") --------------------- */
typedef struct factors {
  double dy, alpha;
} factors;

/* The (|dy|, alpha) pairs of the sweep: dy and alpha up to 2^100 (f16's dy: 2^15; f64:
 * 2^900) and the largest finite value; forward takes the alphas only. */
static int large_cases(ref_dir dir, clact_dtype t, factors *c) {
  const double big = t == CLACT_F64 ? 0x1p900 : t == CLACT_F16 ? 0x1p15 : 0x1p100;
  const double abig = t == CLACT_F64 ? 0x1p900 : 0x1p100;
  const double dmax = t == CLACT_F64    ? DBL_MAX
                      : t == CLACT_F16  ? 65504.0
                      : t == CLACT_BF16 ? 0x1.fep127
                                        : FLT_MAX;
  const double amax = t == CLACT_F64 ? DBL_MAX : FLT_MAX;
  int n = 0;
  if (dir == REF_FWD) {
    c[n++] = (factors){1, abig};
    c[n++] = (factors){1, amax};
    return n;
  }
  c[n++] = (factors){big, 1};
  c[n++] = (factors){dmax, 1};
  c[n++] = (factors){1, abig};
  c[n++] = (factors){big, abig};
  c[n++] = (factors){1, amax};
  return n;
}

/* Input i of the sweep: f16 and bf16 every bit pattern; f32 and f64 the specials, a
 * stratified sample (count) and an even sweep of count points over the range where e^x
 * times such factors is still representable ([-260, 20]; f64 [-1500, 20]). */
static long double large_input(clact_dtype t, size_t i, size_t count, unsigned long long *s) {
  if (t == CLACT_F16) return ref_half_to_float((uint16_t)i);
  if (t == CLACT_BF16) return ref_bf16_to_float((uint16_t)i);
  const size_t ns = sizeof specials / sizeof specials[0];
  if (i < ns + count) return sample(t, i, count, 0, s);
  i -= ns + count;
  const long double lo = t == CLACT_F64 ? -1500.0L : -260.0L;
  return lo + (20.0L - lo) * (long double)i / (long double)(count > 1 ? count - 1 : 1);
}

/* Whether the device flushes subnormal results: relu passes 1e-40 through unless it does. */
static int device_flushes(clact_context *ctx) {
  clact_op op;
  clact_op_init(&op, CLACT_RELU);
  float x[4] = {1e-40f, 1e-40f, 1e-40f, 1e-40f}, y[4] = {0};
  return clact_forward_host(ctx, &op, 4, x, y) != CLACT_SUCCESS || y[0] == 0;
}

/* Runs and prints the large-factor row of (op, dir); 1 on a hard error. */
static int large_sweep(clact_context *ctx, const clact_op *op0, ref_dir dir, const ref_zeros *z,
                       int ftz, size_t count, const char *dev, int csv, unsigned char *x,
                       unsigned char *dy, unsigned char *in, unsigned char *out,
                       int *any_row_failed) {
  const clact_dtype t = op0->dtype;
  const size_t ns = sizeof specials / sizeof specials[0];
  const unsigned long long total =
      t == CLACT_F16 || t == CLACT_BF16 ? 1ULL << 16 : ns + 2 * (unsigned long long)count;
  factors cases[8];
  const int nc = large_cases(dir, t, cases);
  row r = {0, 0, 0, 0, 0};
  unsigned long long seed = 0x1a46e + (unsigned long long)op0->activation * 977 + t * 31 + dir;
  for (int c = 0; c < nc; ++c) {
    clact_op op = *op0;
    op.alpha = cases[c].alpha;
    for (unsigned long long base = 0; base < total; base += CHUNK) {
      const size_t n = (size_t)(total - base < CHUNK ? total - base : CHUNK);
      for (size_t i = 0; i < n; ++i) {
        ref_store(t, x, i, large_input(t, (size_t)(base + i), count, &seed));
        const long double xr = ref_load(t, x, i);
        ref_store(t, dy, i, next(&seed) & 1 ? -cases[c].dy : cases[c].dy);
        ref_store(t, in, i, dir == REF_BWDY ? ref_forward(&op, xr) : xr);
      }
      const clact_status st = run_chunk(ctx, &op, dir, z, ftz, 1, x, dy, in, out, n, &r);
      if (st) return cli_fail("check", st);
    }
  }
  const double bound = ref_bound_ulp(op0->activation, dir, t);
  const int ok = r.failures == 0;
  *any_row_failed |= !ok;
  char name[16];
  snprintf(name, sizeof name, "%s.large", ref_dir_name(dir));
  if (csv)
    printf("%s,%s,%s,%s,%llu,%.3f,%.9Lg,%g,%s\n", dev, clact_activation_name(op0->activation), name,
           clact_dtype_name(t), r.inputs, r.max_ulp, r.worst_x, bound, ok ? "ok" : "FAIL");
  else
    printf("%-12s %-9s %-5s %12llu %10.3f %16.9Lg %6g  %s\n",
           clact_activation_name(op0->activation), name, clact_dtype_name(t), r.inputs, r.max_ulp,
           r.worst_x, bound, ok ? "ok" : "FAIL");
  if (!ok)
    fprintf(stderr, "  %s %s %s: %llu of %llu outside the bound (worst x %.9Lg, dy %.9Lg)\n",
            clact_activation_name(op0->activation), name, clact_dtype_name(t), r.failures, r.inputs,
            r.worst_x, r.worst_dy);
  fflush(stdout);
  return 0;
}

static const char USAGE[] =
    "usage: clact check [--op NAME|all] [--dir fwd|bwd|bwdy|all] [--dtype f32|f16|bf16|f64|all]\n"
    "                   [--dtype u8,s8,fp8_e4m3,fp8_e5m2]\n"
    "                   [--samples N] [--exhaustive [--part K/N]] [--quantizing] [--device SPEC]\n"
    "                   [--csv]\n\n"
    "Measures the largest error in ulps of each activation, direction and dtype on the\n"
    "device against a long-double host reference, and holds it to its bound\n"
    "(docs/ACCURACY.md). ulp(r) = 2^(exponent(r) - p + 1) above the smallest normal,\n"
    "the smallest subnormal below it. bwd rows start from x, bwdy rows from y = f(x);\n"
    "backward runs once with dy = 1 and once with random dy.\n\n"
    "Inputs: f16 and bf16 take all 65536 bit patterns. f32 and f64 take the special\n"
    "values, a stratified sample of N inputs across every exponent and both signs\n"
    "(--samples, default 4194304) and a dense sweep of [-20, 20] (N / 4 points).\n"
    "--exhaustive runs all 2^32 float32 bit patterns (f32 rows only; progress on stderr).\n"
    "--part K/N (with --exhaustive) runs the K-th of N equal slices of them in bit-pattern\n"
    "order, with the dy the whole run gives those inputs: the maximum over all N parts'\n"
    "rows is the whole run's (a long run split across sessions or machines).\n"
    "Without --exhaustive each row is followed by its large-factor sweep (dir NAME.large):\n"
    "dy and alpha up to 2^100 and the largest finite value (f16 dy 2^15; f64 2^900 and\n"
    "DBL_MAX) on all f16/bf16 inputs, or N/16 stratified inputs and N/16 points over\n"
    "[-260, 20] ([-1500, 20] for f64), judged by the same contract; inputs outside its\n"
    "domain (docs/ACCURACY.md, \"Large factors\") are not counted.\n"
    "Without --exhaustive the gated and bias rows come last (dir gated_fwd, gated_bwd,\n"
    "bias_fwd, bias_bwd; docs/ACCURACY.md, \"Gated activations\"): every gate of that\n"
    "table for each selected float dtype, whatever --op and --dir select.\n\n"
    "u8, s8, fp8_e4m3, fp8_e5m2 (not part of all): every activation and input code, seven\n"
    "quantizations each (reference/reference_q.h), re-quantized and dequantized to f32,\n"
    "through clact_forward_q; the results must equal the correctly rounded ones exactly\n"
    "(docs/QUANTIZED.md). CSV columns there: device,op,dtype,settings,tables,inputs,\n"
    "mismatches,first_bad_code,status.\n"
    "--quantizing checks, instead of the tables, the computed path from f32 and f64 to\n"
    "those types: each activation, the seven quantizations, the special values and 2048\n"
    "seeded inputs per call (seed printed), each code the correctly rounded one or, where\n"
    "f(x) lies within the float path's bound of a rounding boundary, a neighbour (counted\n"
    "as near). CSV columns there: device,op,from,dtype,settings,inputs,near,failures,status.\n\n"
    "CSV columns: device,op,dir,dtype,inputs,max_ulp,worst_input,bound,status.\n"
    "Exits 1 if any row exceeds its bound.\n";

/* check's own options */
typedef struct check_options {
  int exhaustive, quantizing;
  size_t samples;
  int samples_given;    /* --samples: the default set's size, which --exhaustive has none of */
  unsigned part, parts; /* --part K/N: the K-th of N equal slices of the 2^32 inputs */
} check_options;

static int check_option(int argc, char **argv, int *i, void *state) {
  check_options *c = state;
  const char *v;
  if (!strcmp(argv[*i], "--exhaustive")) return c->exhaustive = 1, CLI_TAKEN;
  if (!strcmp(argv[*i], "--quantizing")) return c->quantizing = 1, CLI_TAKEN;
  if (cli_option(argc, argv, i, "--part", &v)) {
    char tail;
    if (!v || sscanf(v, "%u/%u%c", &c->part, &c->parts, &tail) != 2 || c->parts == 0 ||
        c->parts > 65536 || c->part == 0 || c->part > c->parts)
      return cli_usage("check", "--part needs K/N with 1 <= K <= N <= 65536");
    return CLI_TAKEN;
  }
  if (!cli_option(argc, argv, i, "--samples", &v)) return CLI_NOT_MINE;
  if (!cli_parse_size(v, &c->samples) || c->samples == 0)
    return cli_usage("check", "--samples needs a positive count");
  c->samples_given = 1;
  return CLI_TAKEN;
}

static const cli_command CHECK = {.name = "check",
                                  .takes = CLI_CSV | CLI_DEVICE | CLI_OP | CLI_DIR | CLI_DTYPE |
                                           CLI_DTYPE8,
                                  .own = check_option,
                                  .usage = USAGE};

int cmd_check(int argc, char **argv) {
  cli_options o;
  check_options c = {0, 0, (size_t)1 << 22, 0, 0, 0};
  const int parsed = cli_parse(&CHECK, argc, argv, &o, &c);
  if (parsed != CLI_PROCEED) return parsed;
  const char *device = o.device;
  const int csv = o.csv, exhaustive = c.exhaustive;
  const size_t samples = c.samples;
  cli_selection sel = o.sel;
  if (exhaustive) { /* all float32 bit patterns: f32 rows only */
    for (int t = 0; t < CLACT_DTYPE_COUNT; ++t)
      sel.dtype[t] = t == CLACT_F32 && sel.dtype[t];
    if (!sel.dtype[CLACT_F32]) return cli_usage("check", "--exhaustive covers f32 only");
  }
  if (c.parts && !exhaustive) return cli_usage("check", "--part slices --exhaustive's inputs");
  if (c.samples_given && exhaustive)
    return cli_usage("check", "--exhaustive runs every f32 input: no --samples");
  /* the slice of the inputs this run takes: all of them, or --part's */
  const unsigned long long first = c.parts ? ((1ULL << 32) * (c.part - 1)) / c.parts : 0;
  const unsigned long long last = c.parts ? ((1ULL << 32) * c.part) / c.parts : 1ULL << 32;
  int any_float = 0, any8 = 0, q_failed = 0;
  for (int t = 0; t < CLACT_DTYPE_COUNT; ++t)
    any_float |= sel.dtype[t];
  for (int t = 0; t < 4; ++t)
    any8 |= sel.dtype8[t];
  if (c.quantizing && (!any8 || any_float || exhaustive))
    return cli_usage("check", "--quantizing takes 8-bit --dtype values only");
  if (csv && any8 && any_float) /* two tables of different columns in one stream */
    return cli_usage("check", "--csv takes float or 8-bit --dtype values, not both");
  clact_context *ctx = cli_context(device);
  if (!ctx) return EXIT_FAILED;
  char dev[256];
  cli_device_label(ctx, dev, sizeof dev);
  /* the 8-bit types first: exact tables (or the computed path), a row per activation and
   * type */
  if (any8 && c.quantizing) {
    fprintf(csv ? stderr : stdout,
            "device: %s; f32/f64 to 8-bit: the correctly rounded code, or a neighbour where f(x) "
            "is within the float path's bound of a boundary\n",
            dev);
    q_failed = check_quant_computed(ctx, &sel, csv, dev);
  } else if (any8) {
    fprintf(csv ? stderr : stdout, "device: %s; 8-bit types: exact, 0 mismatches allowed\n", dev);
    q_failed = check_quant(ctx, &sel, csv, dev);
  }
  if (!any_float) {
    clact_context_destroy(ctx);
    return q_failed ? EXIT_FAILED : EXIT_OK;
  }
  const int ftz = device_flushes(ctx);
  FILE *info = csv ? stderr : stdout;
  fprintf(info, "device: %s; subnormal results are %s\n", dev,
          ftz ? "flushed to zero (accepted as 0 where the reference is subnormal)" : "computed");
  if (c.parts)
    fprintf(info, "part %u/%u: bit patterns 0x%08llx to 0x%08llx\n", c.part, c.parts, first,
            last - 1);
  if (csv)
    printf("device,op,dir,dtype,inputs,max_ulp,worst_input,bound,status\n");
  else
    printf("\n%-12s %-9s %-5s %12s %10s %16s %6s  %s\n", "op", "dir", "dtype", "inputs", "max_ulp",
           "worst_input", "bound", "status");

  const int progress = exhaustive && cli_is_terminal(stderr);
  int failed = 0, any_row_failed = 0; /* a hard error stops; a failed row does not */
  unsigned char *x = malloc((size_t)CHUNK * 8), *dy = malloc((size_t)CHUNK * 8);
  unsigned char *in = malloc((size_t)CHUNK * 8), *out = malloc((size_t)CHUNK * 8);
  if (!x || !dy || !in || !out) {
    fprintf(stderr, "clact: out of memory\n");
    failed = 1;
  }
  for (int t = 0; t < CLACT_DTYPE_COUNT && !failed; ++t) {
    if (!sel.dtype[t]) continue;
    if (!clact_context_supports(ctx, (clact_dtype)t)) {
      fprintf(info, "%s: not supported by this device (no cl_khr_fp64): rows skipped\n",
              clact_dtype_name((clact_dtype)t));
      continue;
    }
    for (int a = 0; a < CLACT_ACTIVATION_COUNT && !failed; ++a) {
      if (!sel.op[a]) continue;
      clact_op op;
      clact_op_init(&op, (clact_activation)a);
      op.dtype = (clact_dtype)t;
      ref_zeros zeros;
      ref_find_derivative_zeros(&op, &zeros);
      for (int d = 0; d < 3 && !failed; ++d) {
        if (!sel.dir[d] || (d == REF_BWDY && !clact_has_gradient_from_y(&op))) continue;
        const ref_dir dir = (ref_dir)d;
        const size_t ns = sizeof specials / sizeof specials[0];
        unsigned long long total;
        if (exhaustive)
          total = last - first;
        else if (t == CLACT_F16 || t == CLACT_BF16)
          total = 1ULL << 16;
        else
          total = ns + samples + samples / 4;
        const int passes = dir == REF_FWD ? 1 : 2; /* dy = 1, then random dy */
        row r = {0, 0, 0, 0, 0};
        unsigned long long seed =
            0x5eed + (unsigned long long)a * 977 + (unsigned long long)t * 31 + d;
        /* exhaustive runs draw one dy per input, in input order, in the second pass only:
         * a slice starts the generator where the whole run would be at its first input */
        if (exhaustive) seed += first * GOLDEN;
        const double t0 = cli_now();
        for (int pass = 0; pass < passes && !failed; ++pass) {
          for (unsigned long long base = 0; base < total && !failed; base += CHUNK) {
            const size_t n = (size_t)(total - base < CHUNK ? total - base : CHUNK);
            for (size_t i = 0; i < n; ++i) {
              const unsigned long long g = base + i;
              long double xv;
              if (exhaustive) {
                const uint32_t bits = (uint32_t)(first + g);
                float f;
                memcpy(&f, &bits, 4);
                xv = f;
              } else if (t == CLACT_F16) {
                xv = ref_half_to_float((uint16_t)g);
              } else if (t == CLACT_BF16) {
                xv = ref_bf16_to_float((uint16_t)g);
              } else {
                xv = sample((clact_dtype)t, (size_t)g, samples, samples / 4, &seed);
              }
              ref_store((clact_dtype)t, x, i, xv);
              const long double xr = ref_load((clact_dtype)t, x, i);
              const double dyv =
                  pass == 0 ? 1.0 : ldexp((double)(next(&seed) >> 11) * 0x1p-53 * 2 - 1, 2);
              ref_store((clact_dtype)t, dy, i, dyv);
              /* from y: the y a forward call stores for this x */
              ref_store((clact_dtype)t, in, i, dir == REF_BWDY ? ref_forward(&op, xr) : xr);
            }
            const clact_status st = run_chunk(ctx, &op, dir, &zeros, ftz, 0, x, dy, in, out, n, &r);
            if (st) {
              failed = cli_fail("check", st);
              break;
            }
            if (progress) {
              const double done =
                  (double)(base + n + (unsigned long long)pass * total) / ((double)total * passes);
              const double el = cli_now() - t0;
              fprintf(stderr, "\r%s %s %s: %5.1f%%, %.0f s left   ",
                      clact_activation_name(op.activation), ref_dir_name(dir),
                      clact_dtype_name(op.dtype), 100 * done, el / done - el);
            }
          }
        }
        if (progress) fprintf(stderr, "\r%60s\r", "");
        if (failed) break;
        const double bound = ref_bound_ulp(op.activation, dir, op.dtype);
        const int ok = r.failures == 0;
        any_row_failed |= !ok;
        if (csv)
          printf("%s,%s,%s,%s,%llu,%.3f,%.9Lg,%g,%s\n", dev, clact_activation_name(op.activation),
                 ref_dir_name(dir), clact_dtype_name(op.dtype), r.inputs, r.max_ulp, r.worst_x,
                 bound, ok ? "ok" : "FAIL");
        else
          printf("%-12s %-9s %-5s %12llu %10.3f %16.9Lg %6g  %s\n",
                 clact_activation_name(op.activation), ref_dir_name(dir),
                 clact_dtype_name(op.dtype), r.inputs, r.max_ulp, r.worst_x, bound,
                 ok ? "ok" : "FAIL");
        fflush(stdout);
        if (!exhaustive && !failed)
          failed = large_sweep(ctx, &op, dir, &zeros, ftz, samples / 16, dev, csv, x, dy, in, out,
                               &any_row_failed);
      }
    }
  }
  if (!failed && !exhaustive) { /* the gated rows (docs/ACCURACY.md, "Gated activations") */
    const int g = check_gated(ctx, dev, &sel, csv);
    failed |= g == 2;
    any_row_failed |= g == 1;
  }
  free(x), free(dy), free(in), free(out);
  clact_context_destroy(ctx);
  return failed || any_row_failed || q_failed ? EXIT_FAILED : EXIT_OK;
}
