/* test_bf16_conversions.c — kernels/prelude.cl's bf16 loads and stores against a host
 * rounding of its own, through every path a kernel uses: the aligned vector forms
 * (load_a / store_a, 32-bit words on a little-endian device), the unaligned ones (load_v /
 * store_v at an odd element offset) and the scalar ones of tails and strided views
 * (load_1 / store_1), for the host's 16-bit vector widths, in the word form and the lane
 * by lane one (-DCLACT_BF16_LANES, what a big-endian device compiles).
 *
 *   clact_bf16_conversion_tests          a dense sample: every top half with the low
 *                                        halves at every rounding boundary, and every low
 *                                        half under the top halves where the carry or the
 *                                        NaN rule matters (3,145,728 floats)
 *   clact_bf16_conversion_tests all      all 2^32 float bit patterns, every form (about
 *                                        6 minutes on the loaded 2-core PoCL machine)
 *   clact_bf16_conversion_tests all 8 words   the same for one width and form
 *
 * The store's contract (kernels/prelude.cl; docs/ACCURACY.md: round to nearest even):
 * ties to even, overflow to +-inf, subnormals and -0.0 kept; a NaN is stored as its top 16
 * bits with the quiet bit (0x40) set. Loads are exact: bf16 b is the float b << 16. */
#include "clact.h"
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef CLACT_PRELUDE_PATH
#error "CLACT_PRELUDE_PATH (kernels/prelude.cl) must be defined by the build"
#endif

/* Every path of the prelude on one buffer of float bit patterns (n a multiple of VW). */
static const char *const test_kernels =
    "__kernel void store_patterns(__global const uint *bits, __global ushort *a,\n"
    "                             __global ushort *v, __global ushort *s) {\n"
    "  const uint i = get_global_id(0);\n"
    "  const realv f = as_realv(CLACT_CAT(vload, VW)(i, bits));\n"
    "  store_a(f, i, a);\n"
    "  store_v(f, i, v + 1);\n"
    "  for (uint k = 0; k < VW; ++k) store_1(as_float(bits[i * VW + k]), i * VW + k, s);\n"
    "}\n"
    "__kernel void load_patterns(__global const ushort *b, __global uint *a,\n"
    "                            __global uint *v, __global uint *s) {\n"
    "  const uint i = get_global_id(0);\n"
    "  CLACT_CAT(vstore, VW)(as_bitsv(load_a(i, b)), i, a);\n"
    "  CLACT_CAT(vstore, VW)(as_bitsv(load_v(i, b + 1)), i, v + 1);\n"
    "  for (uint k = 0; k < VW; ++k) s[i * VW + k] = as_uint(load_1(i * VW + k, b));\n"
    "}\n";

/* The bf16 of the float with bits u, by comparing distances, not by the kernels' carry. */
static uint16_t bf16_reference(uint32_t u) {
  float f;
  memcpy(&f, &u, 4);
  const uint16_t t = (uint16_t)(u >> 16); /* f truncated toward zero */
  if (isnan(f)) return (uint16_t)(t | 0x40u);
  if (isinf(f)) return t;
  const uint16_t up = (uint16_t)(t + 1); /* the next bf16 away from zero */
  uint32_t tb = (uint32_t)t << 16, ub = (uint32_t)up << 16;
  float tf, uf;
  memcpy(&tf, &tb, 4);
  memcpy(&uf, &ub, 4);
  /* above the largest finite bf16 the next step is 2^128, which rounds to inf */
  const double away = isinf(uf) ? ldexp(1.0, 128) : fabs((double)uf);
  const double below = fabs((double)f) - fabs((double)tf), above = away - fabs((double)f);
  if (below < above) return t;
  if (above < below) return up;
  return (t & 1u) ? up : t; /* a tie: the even one */
}

typedef struct {
  cl_context context;
  cl_command_queue queue;
  cl_device_id device;
} device;

static char *read_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  const long size = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *text = malloc((size_t)size + 1);
  if (text && fread(text, 1, (size_t)size, f) != (size_t)size) {
    free(text);
    text = NULL;
  }
  fclose(f);
  if (text) text[size] = '\0';
  return text;
}

static cl_program build(const device *d, const char *prelude, unsigned vw, int lanes) {
  const char *sources[2] = {prelude, test_kernels};
  cl_int err;
  cl_program p = clCreateProgramWithSource(d->context, 2, sources, NULL, &err);
  if (err) return NULL;
  char options[128];
  snprintf(options, sizeof options, "-cl-std=CL1.2 -DCLACT_DTYPE=2 -DVW=%u%s", vw,
           lanes ? " -DCLACT_BF16_LANES" : "");
  if (clBuildProgram(p, 1, &d->device, options, NULL, NULL)) {
    static char log[16384];
    clGetProgramBuildInfo(p, d->device, CL_PROGRAM_BUILD_LOG, sizeof log, log, NULL);
    fprintf(stderr, "build failed (%s):\n%s\n", options, log);
    clReleaseProgram(p);
    return NULL;
  }
  return p;
}

/* Runs kernel `name` over n items of `in` (in_size bytes each, one spare) into three
 * outputs of out_size bytes per item; v is read from element 1 on (the kernels write it
 * at an odd offset). */
static int run(const device *d, cl_program p, const char *name, unsigned vw, const void *in,
               size_t in_size, size_t n, size_t out_size, void *a, void *v, void *s) {
  cl_int err;
  cl_kernel k = clCreateKernel(p, name, &err);
  cl_mem bin = clCreateBuffer(d->context, CL_MEM_READ_ONLY | CL_MEM_COPY_HOST_PTR,
                              (n + 1) * in_size, (void *)in, &err);
  cl_mem ba = clCreateBuffer(d->context, CL_MEM_WRITE_ONLY, n * out_size, NULL, &err);
  cl_mem bv = clCreateBuffer(d->context, CL_MEM_WRITE_ONLY, (n + 1) * out_size, NULL, &err);
  cl_mem bs = clCreateBuffer(d->context, CL_MEM_WRITE_ONLY, n * out_size, NULL, &err);
  int bad = !k || !bin || !ba || !bv || !bs;
  const size_t global = n / vw;
  if (!bad)
    bad = clSetKernelArg(k, 0, sizeof bin, &bin) || clSetKernelArg(k, 1, sizeof ba, &ba) ||
          clSetKernelArg(k, 2, sizeof bv, &bv) || clSetKernelArg(k, 3, sizeof bs, &bs) ||
          clEnqueueNDRangeKernel(d->queue, k, 1, NULL, &global, NULL, 0, NULL, NULL) ||
          clEnqueueReadBuffer(d->queue, ba, CL_FALSE, 0, n * out_size, a, 0, NULL, NULL) ||
          clEnqueueReadBuffer(d->queue, bv, CL_FALSE, out_size, n * out_size, v, 0, NULL, NULL) ||
          clEnqueueReadBuffer(d->queue, bs, CL_TRUE, 0, n * out_size, s, 0, NULL, NULL);
  if (k) clReleaseKernel(k);
  if (bin) clReleaseMemObject(bin);
  if (ba) clReleaseMemObject(ba);
  if (bv) clReleaseMemObject(bv);
  if (bs) clReleaseMemObject(bs);
  return bad;
}

/* Stores of bits[0..n) (n a multiple of 16, with one spare element) in every path. */
static long check_stores(const device *d, cl_program p, unsigned vw, const char *form,
                         const uint32_t *bits, size_t n, uint16_t *a, uint16_t *v, uint16_t *s) {
  if (run(d, p, "store_patterns", vw, bits, 4, n, 2, a, v, s)) {
    fprintf(stderr, "FAIL: store kernel did not run (VW=%u %s)\n", vw, form);
    return -1;
  }
  long wrong = 0;
  for (size_t i = 0; i < n; ++i) {
    const uint16_t want = bf16_reference(bits[i]);
    const uint16_t got[3] = {a[i], v[i], s[i]};
    static const char *const path[3] = {"store_a", "store_v", "store_1"};
    for (int j = 0; j < 3; ++j) {
      if (got[j] == want) continue;
      if (++wrong <= 10)
        fprintf(stderr, "FAIL: VW=%u %s %s(0x%08x) = 0x%04x, want 0x%04x\n", vw, form, path[j],
                (unsigned)bits[i], got[j], want);
    }
  }
  return wrong;
}

static long check_loads(const device *d, cl_program p, unsigned vw, const char *form) {
  const size_t n = 65536;
  uint16_t *b = malloc((n + 1) * 2);
  uint32_t *a = malloc(n * 4), *v = malloc(n * 4), *s = malloc(n * 4);
  long wrong = -1;
  if (b && a && v && s) {
    for (size_t i = 0; i <= n; ++i)
      b[i] = (uint16_t)i; /* b[n] = 0: load_v's last lane */
    if (!run(d, p, "load_patterns", vw, b, 2, n, 4, a, v, s)) {
      wrong = 0;
      for (size_t i = 0; i < n; ++i) {
        const uint32_t got[3] = {a[i], v[i], s[i]};
        const uint32_t want[3] = {(uint32_t)i << 16, (uint32_t)b[i + 1] << 16, (uint32_t)i << 16};
        for (int j = 0; j < 3; ++j)
          if (got[j] != want[j] && ++wrong <= 10)
            fprintf(stderr, "FAIL: VW=%u %s load path %d of 0x%04zx: 0x%08x, want 0x%08x\n", vw,
                    form, j, i, (unsigned)got[j], (unsigned)want[j]);
      }
    } else {
      fprintf(stderr, "FAIL: load kernel did not run (VW=%u %s)\n", vw, form);
    }
  }
  free(b);
  free(a);
  free(v);
  free(s);
  return wrong;
}

/* The dense sample: every top half with these low halves (the boundaries of the carry and
 * of the tie), then every low half under these top halves (zero, subnormals, the first
 * normal, one, the largest finite, inf, the NaNs whose carry would reach inf or the sign;
 * both signs). */
static size_t sample(uint32_t *bits) {
  static const uint16_t lows[] = {0x0000, 0x0001, 0x3fff, 0x4000, 0x7ffe, 0x7fff, 0x8000, 0x8001,
                                  0x8002, 0xbfff, 0xc000, 0xfffe, 0xffff, 0x1234, 0x9abc, 0xedcb};
  static const uint16_t tops[] = {0x0000, 0x0001, 0x007e, 0x007f, 0x0080, 0x0081, 0x3f80, 0x3f81,
                                  0x7f7e, 0x7f7f, 0x7f80, 0x7f81, 0x7fbf, 0x7fc0, 0x7ffe, 0x7fff};
  size_t n = 0;
  for (uint32_t top = 0; top < 65536; ++top)
    for (size_t j = 0; j < sizeof lows / sizeof lows[0]; ++j)
      bits[n++] = top << 16 | lows[j];
  for (int sign = 0; sign < 2; ++sign)
    for (size_t j = 0; j < sizeof tops / sizeof tops[0]; ++j)
      for (uint32_t low = 0; low < 65536; ++low)
        bits[n++] = (uint32_t)sign << 31 | (uint32_t)tops[j] << 16 | low;
  return n; /* 65536 * 16 + 2 * 16 * 65536: a multiple of every VW */
}

int main(int argc, char **argv) {
  const int all = argc > 1 && !strcmp(argv[1], "all");
  char *prelude = read_file(CLACT_PRELUDE_PATH);
  clact_context *ctx = NULL;
  device d;
  if (!prelude || clact_context_create(&ctx, NULL) || clact_context_cl_context(ctx, &d.context) ||
      clact_context_queue(ctx, &d.queue) || clact_context_device(ctx, &d.device)) {
    fprintf(stderr, "FAIL: no prelude (%s) or no context\n", CLACT_PRELUDE_PATH);
    return 1;
  }
  const size_t chunk = (size_t)1 << 24, sampled = 65536 * 16 + 2 * 16 * 65536;
  const size_t cap = all ? chunk : sampled;
  uint32_t *bits = malloc((cap + 1) * 4);
  uint16_t *a = malloc(cap * 2), *v = malloc(cap * 2), *s = malloc(cap * 2);
  if (!bits || !a || !v || !s) return 1;
  long failures = 0;
  static const unsigned widths[] = {8, 16}; /* the host's bf16 vector widths */
  for (size_t w = 0; w < 2; ++w) {
    for (int lanes = 0; lanes < 2; ++lanes) {
      const unsigned vw = widths[w];
      const char *form = lanes ? "lanes" : "words";
      /* `all VW FORM`: one width and form of the long run */
      if (argc > 3 && (vw != (unsigned)atoi(argv[2]) || strcmp(argv[3], form))) continue;
      cl_program p = build(&d, prelude, vw, lanes);
      if (!p) {
        ++failures;
        continue;
      }
      long wrong = check_loads(&d, p, vw, form);
      size_t checked = 0;
      if (all) {
        for (uint64_t base = 0; base < ((uint64_t)1 << 32) && wrong >= 0; base += chunk) {
          for (size_t i = 0; i <= chunk; ++i)
            bits[i] = (uint32_t)(base + i);
          const long r = check_stores(&d, p, vw, form, bits, chunk, a, v, s);
          wrong = r < 0 ? -1 : wrong + r;
          checked += chunk;
        }
      } else if (wrong >= 0) {
        checked = sample(bits);
        bits[checked] = 0;
        const long r = check_stores(&d, p, vw, form, bits, checked, a, v, s);
        wrong = r < 0 ? -1 : wrong + r;
      }
      printf("VW=%u %s: %zu float patterns stored three ways, 65536 bf16 loaded three ways: %s "
             "(%ld wrong)\n",
             vw, form, checked, wrong == 0 ? "ok" : "FAIL", wrong);
      failures += wrong != 0;
      clReleaseProgram(p);
    }
  }
  free(bits);
  free(a);
  free(v);
  free(s);
  free(prelude);
  clact_context_destroy(ctx);
  return failures != 0;
}
