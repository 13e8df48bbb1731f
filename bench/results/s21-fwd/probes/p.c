/* p.c (s21fwd: s15bias's p.c; ADDR=1 prints the buffers' addresses to stderr; a last column, the
 * minimum) (s15bias: s11's p.c with $COLS, the rows' length, default 4096): CPU and wall time per
 * call of the bench --gated cases and their plain rows, f32, n = 2^24 per operand, [n/4096, 4096]
 * views as clact bench --gated makes them; argv[1] rounds of 4 calls each, cases interleaved;
 * $CASES: comma list of case indices (default all). Prints medians and quartiles. Build: cc -O2
 * -Iinclude p.c -Lbuild -lclact -lOpenCL */
#include "clact.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}
static double cpu(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}
static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}
enum { NCASE = 25, MAXR = 64 };
static const char *const NAMES[NCASE] = {"copy_fwd",
                                         "copy_bwd",
                                         "relu_fwd",
                                         "relu_bwd",
                                         "reglu_fwd",
                                         "reglu_bwd",
                                         "bias_relu_fwd",
                                         "bias_relu_bwd",
                                         "swish_fwd",
                                         "swish_bwd",
                                         "swiglu_fwd",
                                         "swiglu_bwd",
                                         "gelu_fwd",
                                         "gelu_bwd",
                                         "bias_gelu_fwd",
                                         "bias_gelu_bwd",
                                         "reglu_fwd_sep",
                                         "reglu_bwd_sep",
                                         "swiglu_halves_fwd",
                                         "swiglu_halves_bwd",
                                         "c_copy_fwd",
                                         "c_bias_relu_fwd",
                                         "c_bias_relu_fwd_nobpf",
                                         "c_bias_relu_fwd_nobpf_tight",
                                         "c_bias_hint"};
static const size_t n = (size_t)1 << 24;
static size_t cols = 4096;
static clact_context *ctx;
static cl_mem big, dy, out, out2, bias, bsep, out3;
/* Cases 20-22 (s21fwd): the kernels' loops in C on the same PoCL buffers (mapped once: PoCL's
 * pthread device maps a buffer at its own storage), in the main thread: the 1-D copy (x 2 KiB
 * ahead into L1), bias + relu forward with the rows walk's prefetch (x and the bias row 2 KiB
 * ahead into L1) and without the bias row's. Build with -mavx512f. */
#ifdef __AVX512F__
#include <immintrin.h>
static float *hx, *hy, *hbias;
static size_t
    fence_bytes; /* $CFENCE: an sfence after every CFENCE bytes of y (0: at the end only), as
                    the kernels' per work-group fence (16 work-items of 8 KiB: 131072) */
static void c_copy(void) {
  const __m512 a = _mm512_set1_ps(1.0f);
  for (size_t i = 0; i < n; i += 16) {
    _mm_prefetch((const char *)(hx + i + 512), _MM_HINT_T0);
    _mm512_stream_ps(hy + i, _mm512_mul_ps(a, _mm512_load_ps(hx + i)));
    if (fence_bytes && (i * 4 + 64) % fence_bytes == 0) _mm_sfence();
  }
  _mm_sfence();
}
static void c_bias(int pfb) {
  const __m512 a = _mm512_set1_ps(1.0f), z = _mm512_setzero_ps();
  for (size_t r = 0; r < n / cols; r++) {
    const float *xr = hx + r * cols;
    float *yr = hy + r * cols;
    for (size_t j = 0; j < cols; j += 16) {
      _mm_prefetch((const char *)(xr + j + 512), _MM_HINT_T0);
      if (pfb) _mm_prefetch((const char *)(hbias + j + 512), _MM_HINT_T0);
      __m512 v = _mm512_load_ps(xr + j);
      __asm__ volatile("" : "+v"(v)::"memory"); /* x's load first, as the kernel's */
      v = _mm512_add_ps(v, _mm512_load_ps(hbias + j));
      v = _mm512_maskz_mov_ps(_mm512_cmp_ps_mask(v, z, _CMP_NLE_US), v);
      _mm512_stream_ps(yr + j, _mm512_mul_ps(a, v));
    }
    if (fence_bytes && ((r + 1) * cols * 4) % fence_bytes == 0) _mm_sfence();
  }
  _mm_sfence();
}
/* The same without the bias prefetch as a tight loop, the kernel's 10 instructions a vector
 * (c_bias reloads hbias and cols and tests pfb in every iteration: 14). $TIGHT: 0 that loop;
 * 1 the bias row's address loaded from memory in every iteration (after x's load, as c_bias
 * does); 2 an extra load from memory in every iteration that feeds nothing but a register;
 * 3 four nops; 4 the bias row's address made to wait for x's data; 5 x prefetcht1 16 KiB ahead;
 * 6 the same with the bias row's load first; 7 t0 2 KiB (as 0) with the bias row's load first */
static const float *volatile vbias;
static volatile size_t vsink;
static int tight_mode;
#define C_BIAS_TIGHT(NAME, BIASP, EXTRA) C_BIAS_TIGHT_PF(NAME, EXTRA, PF_T0_2K, xr, BIASP)
#define PF_T0_2K                         _mm_prefetch((const char *)(xr + j + 512), _MM_HINT_T0)
#define PF_T1_16K                        _mm_prefetch((const char *)(xr + j + 4096), _MM_HINT_T1)
/* PF: x's prefetch; P1, P2: the rows loaded first and second (xr, x's; bb, the bias row's) */
#define C_BIAS_TIGHT_PF(NAME, EXTRA, PF, P1, P2)                                                   \
  __attribute__((noinline)) static void NAME(void) {                                               \
    const __m512 a = _mm512_set1_ps(1.0f), z = _mm512_setzero_ps();                                \
    const float *bb = hbias;                                                                       \
    const size_t cc = cols, rows = n / cols;                                                       \
    size_t acc = 0;                                                                                \
    for (size_t r = 0; r < rows; r++) {                                                            \
      const float *xr = hx + r * cc;                                                               \
      float *yr = hy + r * cc;                                                                     \
      for (size_t j = 0; j < cc; j += 16) {                                                        \
        PF;                                                                                        \
        __m512 v = _mm512_load_ps((P1) + j);                                                       \
        __asm__ volatile("" : "+v"(v)::"memory"); /* the loads in this order */                    \
        EXTRA;                                                                                     \
        v = _mm512_add_ps(v, _mm512_load_ps((P2) + j));                                            \
        v = _mm512_maskz_mov_ps(_mm512_cmp_ps_mask(v, z, _CMP_NLE_US), v);                         \
        _mm512_stream_ps(yr + j, _mm512_mul_ps(a, v));                                             \
      }                                                                                            \
    }                                                                                              \
    _mm_sfence();                                                                                  \
    vsink = acc;                                                                                   \
  }
C_BIAS_TIGHT(c_bias_tight0, bb, (void)0)
C_BIAS_TIGHT(c_bias_tight1, vbias, (void)0)
C_BIAS_TIGHT(c_bias_tight2, bb, acc += vsink)
C_BIAS_TIGHT_PF(c_bias_tight5, (void)0, PF_T1_16K, xr, bb)
C_BIAS_TIGHT_PF(c_bias_tight6, (void)0, PF_T1_16K, bb, xr)
C_BIAS_TIGHT_PF(c_bias_tight7, (void)0, PF_T0_2K, bb, xr)
C_BIAS_TIGHT(c_bias_tight3, bb, __asm__ volatile("nop; nop; nop; nop" ::: "memory"))
/* the bias row's address made to wait for x's data (no memory) */
C_BIAS_TIGHT(c_bias_tight4, bq, const float *bq = bb;
             __asm__ volatile("vmovd %x1, %%eax\n\tand $0, %%eax\n\tadd %%rax, %0"
                              : "+r"(bq)
                              : "v"(v)
                              : "rax"))
/* s20's mb.c bias_hint loop (HINT 0) as it is there: x prefetcht1 $PFB bytes ahead (default
 * 16384), no bias prefetch, the loop's globals (the prefetch distance, the bias pointer, the row
 * length, the hint) reloaded in every iteration as gcc compiles mb.c, the bias row's load first */
static long hint_pf = 16384 / 4;
static volatile int hint_kind;
static float *volatile hint_b;
static volatile size_t hint_cols;
__attribute__((noinline)) static void c_bias_hint(void) {
  for (size_t r = 0; r < n / cols; r++) {
    float *xr = hx + r * cols, *yr = hy + r * cols;
    for (size_t j = 0; j < hint_cols; j += 16) {
      if (hint_kind == 0) _mm_prefetch((char *)(xr + j + hint_pf), _MM_HINT_T1);
      __m512 v = _mm512_add_ps(_mm512_load_ps(hint_b + j), _mm512_load_ps(xr + j));
      _mm512_stream_ps(yr + j, _mm512_max_ps(v, _mm512_setzero_ps()));
    }
  }
  _mm_sfence();
}
static void c_bias_tight(void) {
  vbias = hbias;
  if (tight_mode == 1)
    c_bias_tight1();
  else if (tight_mode == 2)
    c_bias_tight2();
  else if (tight_mode == 3)
    c_bias_tight3();
  else if (tight_mode == 4)
    c_bias_tight4();
  else if (tight_mode == 5)
    c_bias_tight5();
  else if (tight_mode == 6)
    c_bias_tight6();
  else if (tight_mode == 7)
    c_bias_tight7();
  else
    c_bias_tight0();
}
#endif
static int call(int k) {
#ifdef __AVX512F__
  if (k >= 20) {
    if (k == 20)
      c_copy();
    else if (k == 23)
      c_bias_tight();
    else if (k == 24)
      c_bias_hint();
    else
      c_bias(k == 21);
    return 0;
  }
#else
  if (k >= 20) return 5;
#endif
  clact_op op;
  const clact_activation g = k < 2                        ? CLACT_IDENTITY
                             : k < 8 || k >= 16 && k < 18 ? CLACT_RELU
                             : k < 12 || k >= 18          ? CLACT_SWISH
                                                          : CLACT_GELU;
  clact_op_init(&op, g);
  const size_t one[2] = {n / cols, cols}, two[2] = {n / cols, 2 * cols};
  clact_tensor v, b, bv, full, ha, hb;
  clact_tensor_init_dense(&v, 2, one, 0);
  clact_tensor_init_dense(&b, 1, &cols, 0);
  clact_tensor_init_dense(&full, 2, two, 0);
  clact_gate_views(&full, CLACT_GATE_FIRST_HALF, &ha, &hb);
  bv = v;
  bv.offset = n;
  switch (k) {
  case 0:
  case 2:
  case 8:
  case 12: return clact_forward(ctx, &op, n, big, 0, 1, out, 0, 1, 0, NULL, NULL);
  case 1:
  case 3:
  case 9:
  case 13:
    return clact_backward(ctx, &op, CLACT_FROM_X, n, big, 0, 1, dy, 0, 1, out, 0, 1, 0, NULL, NULL);
  case 4:
  case 10: return clact_gated_forward_view(ctx, &op, big, &v, big, &bv, out, &v, 0, NULL, NULL);
  case 5:
  case 11:
    return clact_gated_backward_view(ctx, &op, big, &v, big, &bv, dy, &v, out2, &v, out2, &bv, 0,
                                     NULL, NULL);
  case 6:
  case 14: return clact_bias_forward_view(ctx, &op, big, &v, bias, &b, out, &v, 0, NULL, NULL);
  case 7:
  case 15:
    return clact_bias_backward_view(ctx, &op, big, &v, bias, &b, dy, &v, out, &v, 0, NULL, NULL);
  case 16: return clact_gated_forward_view(ctx, &op, big, &v, bsep, &v, out, &v, 0, NULL, NULL);
  case 17:
    return clact_gated_backward_view(ctx, &op, big, &v, bsep, &v, dy, &v, out, &v, out3, &v, 0,
                                     NULL, NULL);
  case 18: return clact_gated_forward_view(ctx, &op, big, &ha, big, &hb, out, &v, 0, NULL, NULL);
  default:
    return clact_gated_backward_view(ctx, &op, big, &ha, big, &hb, dy, &v, out2, &ha, out2, &hb, 0,
                                     NULL, NULL);
  }
}
int main(int argc, char **argv) {
  const int R = argc > 1 ? atoi(argv[1]) : 7;
  int use[NCASE] = {0}, any = 0;
  if (getenv("CASES")) {
    char buf[256];
    snprintf(buf, sizeof buf, "%s", getenv("CASES"));
    for (char *p = strtok(buf, ","); p; p = strtok(NULL, ","))
      use[atoi(p)] = 1, any = 1;
  }
  if (!any)
    for (int j = 0; j < NCASE; j++)
      use[j] = 1;
  float *h = malloc(2 * n * 4);
  for (size_t i = 0; i < 2 * n; i++)
    h[i] = (float)((i * 2654435761u) % 20001) * 1e-3f - 10.f;
  if (getenv("COLS")) cols = (size_t)atol(getenv("COLS"));
  float *hb = malloc(cols * 4);
  for (size_t i = 0; i < cols; i++)
    hb[i] = (float)((i * 40503u) % 2001) * 1e-4f - 0.1f;
  if (clact_context_create(&ctx, NULL) || clact_buffer_create(ctx, 2 * n * 4, &big) ||
      clact_buffer_create(ctx, n * 4, &dy) || clact_buffer_create(ctx, n * 4, &out) ||
      clact_buffer_create(ctx, 2 * n * 4, &out2) || clact_buffer_create(ctx, cols * 4, &bias) ||
      clact_buffer_create(ctx, n * 4, &bsep) || clact_buffer_create(ctx, n * 4, &out3) ||
      clact_buffer_write(ctx, big, 0, 2 * n * 4, h) ||
      clact_buffer_write(ctx, dy, 0, n * 4, h + n) ||
      clact_buffer_write(ctx, bsep, 0, n * 4, h + n) ||
      clact_buffer_write(ctx, bias, 0, cols * 4, hb))
    return 1;
#ifdef __AVX512F__
  if (use[20] || use[21] || use[22] || use[23] || use[24]) {
    cl_command_queue q;
    cl_int e;
    clact_context_queue(ctx, &q);
    hx = clEnqueueMapBuffer(q, big, CL_TRUE, CL_MAP_READ, 0, n * 4, 0, NULL, NULL, &e);
    hy = clEnqueueMapBuffer(q, out, CL_TRUE, CL_MAP_WRITE, 0, n * 4, 0, NULL, NULL, &e);
    hbias = clEnqueueMapBuffer(q, bias, CL_TRUE, CL_MAP_READ, 0, cols * 4, 0, NULL, NULL, &e);
    hint_b = hbias, hint_cols = cols;
    if (getenv("PFB")) hint_pf = atol(getenv("PFB")) / 4;
    if (getenv("TIGHT")) tight_mode = atoi(getenv("TIGHT"));
    if (getenv("CFENCE")) fence_bytes = (size_t)atol(getenv("CFENCE"));
    fprintf(stderr, "mapped x %p y %p bias %p\n", (void *)hx, (void *)hy, (void *)hbias);
  }
#endif
  for (int j = 0; j < NCASE; j++)
    if (use[j] && (call(j) || clact_finish(ctx))) return 3;
  if (getenv("ADDR")) { /* the buffers' placement (4K aliasing, L1 sets) */
    cl_command_queue q;
    clact_context_queue(ctx, &q);
    const cl_mem bufs[4] = {big, dy, out, bias};
    const char *const nm[4] = {"big(x)", "dy", "out(y)", "bias"};
    for (int i = 0; i < 4; ++i) {
      cl_int e;
      void *p = clEnqueueMapBuffer(q, bufs[i], CL_TRUE, CL_MAP_READ, 0, 64, 0, NULL, NULL, &e);
      fprintf(stderr, "%s at %p (low 12 bits %#lx)\n", nm[i], p, (unsigned long)((size_t)p & 4095));
      clEnqueueUnmapMemObject(q, bufs[i], p, 0, NULL, NULL);
    }
    clFinish(q);
  }
  static double t[NCASE][MAXR], u[NCASE][MAXR];
  for (int r = 0; r < R; r++)
    for (int j = 0; j < NCASE; j++) {
      if (!use[j]) continue;
      const double t0 = now(), c0 = cpu();
      for (int i = 0; i < 4; i++)
        if (call(j)) return 3;
      clact_finish(ctx);
      t[j][r] = (now() - t0) / 4 * 1e3;
      u[j][r] = (cpu() - c0) / 4 * 1e3;
    }
  printf("case,wall_median_ms,cpu_median_ms,cpu_q1_ms,cpu_q3_ms,cpu_min_ms\n");
  for (int j = 0; j < NCASE; j++) {
    if (!use[j]) continue;
    qsort(t[j], R, sizeof(double), cmp);
    qsort(u[j], R, sizeof(double), cmp);
    printf("%s,%.3f,%.3f,%.3f,%.3f,%.3f\n", NAMES[j], t[j][R / 2], u[j][R / 2], u[j][R / 4],
           u[j][3 * R / 4], u[j][0]);
  }
  return 0;
}
