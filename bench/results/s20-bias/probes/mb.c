/* mb.c: y = max(x + b[col], 0) over [n/cols, cols] f32 with NT stores, AVX-512, against copy; CPU
 * ms */
#define _GNU_SOURCE
#include <immintrin.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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
#define N (1 << 24)
static float *x, *y, *b;
static long PF = 2048 / 4;
static void copy(void) {
  for (long i = 0; i < N; i += 16) {
    _mm_prefetch((char *)(x + i + PF), _MM_HINT_T0);
    _mm512_stream_ps(y + i, _mm512_load_ps(x + i));
  }
  _mm_sfence();
}
static long cols;
static void bias_rows(int pfb) { /* row-major */
  for (long r = 0; r < N / cols; r++) {
    float *xr = x + r * cols, *yr = y + r * cols;
    for (long j = 0; j < cols; j += 16) {
      _mm_prefetch((char *)(xr + j + PF), _MM_HINT_T0);
      if (pfb) _mm_prefetch((char *)(b + j + PF), _MM_HINT_T0);
      __m512 v = _mm512_add_ps(_mm512_load_ps(xr + j), _mm512_load_ps(b + j));
      _mm512_stream_ps(yr + j, _mm512_max_ps(v, _mm512_setzero_ps()));
    }
  }
  _mm_sfence();
}
static void bias_const(void) { /* bias from one vector: L1 always */
  for (long r = 0; r < N / cols; r++) {
    float *xr = x + r * cols, *yr = y + r * cols;
    for (long j = 0; j < cols; j += 16) {
      _mm_prefetch((char *)(xr + j + PF), _MM_HINT_T0);
      __m512 v = _mm512_add_ps(_mm512_load_ps(xr + j), _mm512_load_ps(b + (j & 63)));
      _mm512_stream_ps(yr + j, _mm512_max_ps(v, _mm512_setzero_ps()));
    }
  }
  _mm_sfence();
}
static long TR = 8, TW = 2048; /* tiles: TR rows x TW columns, columns inner */
static void bias_tiles(void) {
  for (long r0 = 0; r0 < N / cols; r0 += TR)
    for (long c0 = 0; c0 < cols; c0 += TW)
      for (long r = r0; r < r0 + TR; r++) {
        float *xr = x + r * cols, *yr = y + r * cols;
        for (long j = c0; j < c0 + TW; j += 16) {
          _mm_prefetch((char *)(xr + j + cols), _MM_HINT_T0);
          __m512 v = _mm512_add_ps(_mm512_load_ps(xr + j), _mm512_load_ps(b + j));
          _mm512_stream_ps(yr + j, _mm512_max_ps(v, _mm512_setzero_ps()));
        }
      }
  _mm_sfence();
}
static void bias_inter(void) { /* TR rows at once, vector by vector: one bias load per TR vectors */
  for (long r0 = 0; r0 < N / cols; r0 += TR) {
    for (long j = 0; j < cols; j += 16) {
      __m512 bb = _mm512_load_ps(b + j);
      for (long k = 0; k < TR; k++) {
        float *xr = x + (r0 + k) * cols, *yr = y + (r0 + k) * cols;
        _mm_prefetch((char *)(xr + j + PF), _MM_HINT_T0);
        _mm512_stream_ps(
            yr + j, _mm512_max_ps(_mm512_add_ps(_mm512_load_ps(xr + j), bb), _mm512_setzero_ps()));
      }
    }
  }
  _mm_sfence();
}
static int HINT = 0;
static void bias_hint(void) { /* row-major, x prefetched with HINT, no bias prefetch */
  for (long r = 0; r < N / cols; r++) {
    float *xr = x + r * cols, *yr = y + r * cols;
    for (long j = 0; j < cols; j += 16) {
      if (HINT == 0)
        _mm_prefetch((char *)(xr + j + PF), _MM_HINT_T1);
      else if (HINT == 1)
        _mm_prefetch((char *)(xr + j + PF), _MM_HINT_NTA);
      else if (HINT == 2)
        _mm_prefetch((char *)(xr + j + PF), _MM_HINT_T2);
      __m512 v = _mm512_add_ps(_mm512_load_ps(xr + j), _mm512_load_ps(b + j));
      _mm512_stream_ps(yr + j, _mm512_max_ps(v, _mm512_setzero_ps()));
    }
  }
  _mm_sfence();
}
static void nobias(void) {
  for (long i = 0; i < N; i += 16) {
    _mm_prefetch((char *)(x + i + PF), _MM_HINT_T0);
    _mm512_stream_ps(y + i,
                     _mm512_max_ps(_mm512_add_ps(_mm512_load_ps(x + i), _mm512_set1_ps(0.5f)),
                                   _mm512_setzero_ps()));
  }
  _mm_sfence();
}
int main(int c, char **v) {
  cols = atol(v[1]);
  int R = atoi(v[2]);
  if (c > 3) TR = atol(v[3]);
  if (c > 4) TW = atol(v[4]);
  if (getenv("HINT")) HINT = atoi(getenv("HINT"));
  if (getenv("PFB")) PF = atol(getenv("PFB")) / 4;
  if (TW > cols) TW = cols;
  x = aligned_alloc(4096, N * 4 + 8192);
  y = aligned_alloc(4096, N * 4 + 8192);
  b = aligned_alloc(4096, (cols + 16384) * 4);
  if (getenv("XOFF")) {
    x += atol(getenv("XOFF"));
    y += atol(getenv("XOFF"));
  }
  if (getenv("BOFF")) b += atol(getenv("BOFF"));
  for (long i = 0; i < N; i++)
    x[i] = (i % 2001) * 1e-3f - 1, y[i] = 0;
  for (long i = 0; i < cols + 8192; i++)
    b[i] = i * 1e-4f;
  const char *nm[] = {"copy",       "bias_rows", "bias_rows_nobpf", "bias_const",
                      "bias_tiles", "nobias",    "bias_inter",      "bias_hint"};
  double t[8][64];
  for (int r = -1; r < R; r++)
    for (int k = 0; k < 8; k++) {
      double t0 = cpu();
      switch (k) {
      case 0: copy(); break;
      case 1: bias_rows(1); break;
      case 2: bias_rows(0); break;
      case 3: bias_const(); break;
      case 4: bias_tiles(); break;
      case 5: nobias(); break;
      case 6: bias_inter(); break;
      case 7: bias_hint();
      }
      if (r >= 0) t[k][r] = cpu() - t0;
    }
  printf("cols %ld TR %ld TW %ld:", cols, TR, TW);
  for (int k = 0; k < 8; k++) {
    qsort(t[k], R, 8, cmp);
    printf(" %s %.2f", nm[k], t[k][R / 2]);
  }
  printf("\n");
}
