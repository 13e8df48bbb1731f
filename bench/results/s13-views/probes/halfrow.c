/* halfrow: what the machine gets for the GLU half's access pattern, in plain C.
 * Two threads (OpenMP), f32, n = 2^24 out elements; source buffer 2n.
 * case 1d:   out[i] = f(x[i]) over n contiguous
 * case half: rows of 4096 of a [n/4096, 8192] tensor (first half of each row)
 * case slice: n contiguous starting at an offset n/2 (as the channel slice's span)
 * f: relu (max with 0), AVX-512 loads, NT stores (as clact's piecewise rows) or plain stores;
 * PF=bytes software prefetch distance in the walk order (0: none).
 * Each thread takes blocks of 2048 units (8 rows of 256 vectors... as clact's groups) in turn. */
#include <immintrin.h>
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec * 1e-6;
}
static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}
int main(int argc, char **argv) {
  const char *cs = argc > 1 ? argv[1] : "half";
  const int nt = argc > 2 ? atoi(argv[2]) : 1;  /* 1: NT stores */
  const long pf = argc > 3 ? atol(argv[3]) : 0; /* prefetch bytes ahead */
  const int reps = argc > 4 ? atoi(argv[4]) : 21;
  const size_t n = (size_t)1 << 24, cols = getenv("COLS") ? (size_t)atol(getenv("COLS")) : 4096,
               rows = n / cols;
  const size_t xn = 2 * n + (getenv("RS") ? rows * (size_t)atol(getenv("RS")) : 0);
  float *x = aligned_alloc(4096, xn * 4), *y = aligned_alloc(4096, n * 4);
  for (size_t i = 0; i < xn; ++i)
    x[i] = (float)((int)(i % 2001) - 1000) * 0.01f;
  memset(y, 0, n * 4);
  const int half = !strcmp(cs, "half"), slice = !strcmp(cs, "slice"), mc = !strcmp(cs, "memcpy"),
            mch = !strcmp(cs, "memcpyhalf");
  size_t rstride = half || mch ? 2 * cols : cols, off = slice ? n / 2 : 0;
  if (getenv("RS")) rstride = (size_t)atol(getenv("RS"));
  const long pfe = pf / 4;
  double t[1000];
  for (int r = 0; r < reps; ++r) {
    const double t0 = now();
    if (mc) {
#pragma omp parallel for schedule(static)
      for (size_t row = 0; row < rows; ++row)
        memcpy(y + row * cols, x + row * cols, cols * 4);
    } else if (mch) {
#pragma omp parallel for schedule(static)
      for (size_t row = 0; row < rows; ++row)
        memcpy(y + row * cols, x + row * rstride, cols * 4);
    } else {
#pragma omp parallel for schedule(dynamic, 8)
      for (size_t row = 0; row < rows; ++row) {
        const float *s = x + off + row * rstride;
        float *d = y + row * cols;
        for (size_t j = 0; j < cols; j += 16) {
          if (pfe) {
            /* the line pfe elements ahead in walk order: past the row end, the next row */
            long a = (long)j + pfe;
            const float *p = s + a + (a >= (long)cols ? (long)(rstride - cols) : 0);
            _mm_prefetch((const char *)p, _MM_HINT_T0);
          }
          __m512 v = _mm512_max_ps(_mm512_load_ps(s + j), _mm512_setzero_ps());
          if (nt)
            _mm512_stream_ps(d + j, v);
          else
            _mm512_store_ps(d + j, v);
        }
      }
      _mm_sfence();
    }
    t[r] = now() - t0;
  }
  qsort(t, reps, sizeof t[0], cmp);
  printf("cols=%zu rs=%zu %s nt=%d pf=%ld threads=%d: median %.3f ms min %.3f  -> %.2f GB/s "
         "(median)\n",
         cols, rstride, cs, nt, pf, omp_get_max_threads(), t[reps / 2], t[0],
         2.0 * n * 4 / t[reps / 2] / 1e6);
  return 0;
}
