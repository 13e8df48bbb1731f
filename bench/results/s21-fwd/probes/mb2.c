/* mb2.c (s21fwd): s20's mb.c loops (y = alpha max(x + b[col], 0) over [n/cols, cols] f32, NT
 * stores, AVX-512, against copy) cut the way PoCL runs the rows walk: work-items of WI vectors
 * (0: one loop over everything), each through a noinline call as nd_rows_run is not (the
 * streaming loop is inlined in the work-group function, so the call stands for the
 * work-item's set-up), an sfence after every G work-items (ND_STREAM_GROUP_FENCE; 0: one at
 * the end). Prefetch: PFX bytes ahead for x with locality LX (3 t0, 2 t1, 0 nta, -1 none),
 * PFBIAS=1 the bias row too (t0, PFX ahead) as the kernel's forward. Thread CPU ms per pass,
 * medians of ROUNDS, copy and bias interleaved.
 *   gcc -O2 -mavx512f mb2.c -o mb2; ./mb2 COLS ROUNDS   (env WI, G, PFX, LX, PFBIAS, XOFF,
 *   BOFF, YOFF: placements in floats from a 4096-aligned base; BFIRST=1: the bias row's load
 *   first, as mb.c's loop) */
#define _GNU_SOURCE
#include <immintrin.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
static double cpu(void) {
  struct timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec * 1e-6;
}
static int cmp(const void *a, const void *b) {
  double x = *(double *)a, y = *(double *)b;
  return x < y ? -1 : x > y;
}
static long envl(const char *n, long d) { return getenv(n) ? atol(getenv(n)) : d; }
#define N (1L << 24)
static float *x, *y, *b;
static long cols, PF, WI, G;
static int LX, PFBIAS, BFIRST;
static const float alpha = 1.0f;
#define PFETCH(p, l)                                                                               \
  do {                                                                                             \
    if ((l) == 3)                                                                                  \
      _mm_prefetch((const char *)(p), _MM_HINT_T0);                                                \
    else if ((l) == 2)                                                                             \
      _mm_prefetch((const char *)(p), _MM_HINT_T1);                                                \
    else if ((l) == 0)                                                                             \
      _mm_prefetch((const char *)(p), _MM_HINT_NTA);                                               \
  } while (0)
/* vectors [u, last) of the copy, a unit of 16 floats */
__attribute__((noinline)) static void copy_wi(long u, long last) {
  const __m512 a = _mm512_set1_ps(alpha);
  for (long i = u * 16; i < last * 16; i += 16) {
    _mm_prefetch((const char *)(x + i + 512), _MM_HINT_T0); /* the 1-D loop: 2 KiB, t0 */
    _mm512_stream_ps(y + i, _mm512_mul_ps(a, _mm512_load_ps(x + i)));
  }
}
__attribute__((noinline)) static void bias_wi(long u, long last) {
  const __m512 a = _mm512_set1_ps(alpha), z = _mm512_setzero_ps();
  const long nvi = cols / 16;
  while (u < last) {
    const long r = u / nvi, j0 = u - r * nvi, je = j0 + (last - u) < nvi ? j0 + (last - u) : nvi;
    const float *xr = x + r * cols;
    float *yr = y + r * cols;
    for (long j = j0 * 16; j < je * 16; j += 16) {
      PFETCH(xr + j + PF, LX);
      if (PFBIAS) _mm_prefetch((const char *)(b + j + PF), _MM_HINT_T0);
      /* the two loads in a fixed order (the empty asm with a memory clobber keeps the second
       * after the first): BFIRST the bias row's first (mb.c's order), else x's (the kernel's) */
      const float *p1 = BFIRST ? b + j : xr + j, *p2 = BFIRST ? xr + j : b + j;
      __m512 r = _mm512_load_ps(p1);
      __asm__ volatile("" : "+v"(r)::"memory");
      __m512 v = _mm512_add_ps(r, _mm512_load_ps(p2));
      v = _mm512_maskz_mov_ps(_mm512_cmp_ps_mask(v, z, _CMP_NLE_US), v);
      _mm512_stream_ps(yr + j, _mm512_mul_ps(a, v));
    }
    u += je - j0;
  }
}
static void run(void (*f)(long, long)) {
  const long units = N / 16;
  if (WI == 0) {
    f(0, units);
  } else {
    long k = 0;
    for (long u = 0; u < units; u += WI, ++k) {
      f(u, u + WI < units ? u + WI : units);
      if (G && k % G == G - 1) _mm_sfence();
    }
  }
  _mm_sfence();
}
int main(int c, char **v) {
  cols = atol(v[1]);
  const int R = atoi(v[2]);
  PF = envl("PFX", 2048) / 4, WI = envl("WI", 0), G = envl("G", 0);
  LX = (int)envl("LX", 3), PFBIAS = (int)envl("PFBIAS", 1);
  BFIRST = (int)envl("BFIRST", 0);
  x = (float *)aligned_alloc(4096, N * 4 + 65536) + envl("XOFF", 32);
  y = (float *)aligned_alloc(4096, N * 4 + 65536) + envl("YOFF", 32);
  b = (float *)aligned_alloc(4096, (cols + 65536) * 4) + envl("BOFF", 320);
  for (long i = 0; i < N; i++)
    x[i] = (i % 2001) * 1e-3f - 1, y[i] = 0;
  for (long i = 0; i < cols + 8192; i++)
    b[i] = i * 1e-4f;
  double t[2][64];
  for (int r = -1; r < R; r++)
    for (int k = 0; k < 2; k++) {
      const double t0 = cpu();
      run(k ? bias_wi : copy_wi);
      if (r >= 0) t[k][r] = cpu() - t0;
    }
  qsort(t[0], R, 8, cmp);
  qsort(t[1], R, 8, cmp);
  printf("cols %ld WI %ld G %ld PFX %ld LX %d PFBIAS %d BFIRST %d: copy %.2f bias %.2f ratio %.3f"
         " min copy %.2f bias %.2f ratio %.3f\n",
         cols, WI, G, PF * 4, LX, PFBIAS, BFIRST, t[0][R / 2], t[1][R / 2],
         t[0][R / 2] / t[1][R / 2], t[0][0], t[1][0], t[0][0] / t[1][0]);
  return 0;
}
