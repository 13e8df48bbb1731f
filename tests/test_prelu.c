/* test_prelu.c — clact_prelu_forward, _backward and _slope_grad against a long-double host
 * reference in every dtype, both layouts, lengths with several reduction blocks, NaN and
 * infinities, repeatability of the reduction, and every error path. */
#include "harness.h"

#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* The channel of element i, as the header defines it. */
static size_t channel_of(size_t i, size_t channels, size_t inner) { return (i / inner) % channels; }

/* a * b as the kernel rounds it: once in the compute type (float for f32, f16 and bf16;
 * double for f64), then to t. */
static long double product(clact_dtype t, long double a, long double b) {
  if (t == CLACT_F64) return (double)a * (double)b;
  return ref_round(t, (float)a * (float)b);
}

/* One shape in dtype t: forward, backward and the slope gradient against the reference. */
static int run_shape(clact_context *ctx, clact_dtype t, size_t n, size_t channels,
                     clact_layout layout, size_t inner, unsigned long long seed) {
  const size_t off = 3;
  long double *x = malloc(n * sizeof *x), *dy = malloc(n * sizeof *dy);
  long double *w = malloc(channels * sizeof *w), *out = malloc((n + off) * sizeof *out);
  CHECK(x && dy && w && out);
  for (size_t c = 0; c < channels; ++c)
    w[c] = ref_round(t, c % 3 == 0 ? 0.25 : test_uniform(&seed, -1.0, 1.0));
  for (size_t i = 0; i < n; ++i) {
    x[i] = ref_round(t, test_uniform(&seed, -4.0, 4.0));
    dy[i] = ref_round(t, test_uniform(&seed, -2.0, 2.0));
  }
  if (n > 8) x[1] = NAN, x[2] = -INFINITY, x[3] = INFINITY, x[4] = -0.0, dy[5] = NAN;
  long double *xin = calloc(n + off, sizeof *xin), *dyin = calloc(n + off, sizeof *dyin),
              *win = calloc(channels + off, sizeof *win);
  CHECK(xin && dyin && win);
  for (size_t i = 0; i < n; ++i)
    xin[off + i] = x[i], dyin[off + i] = dy[i];
  for (size_t c = 0; c < channels; ++c)
    win[off + c] = w[c];
  cl_mem bx = test_buffer(ctx, t, n + off, xin), bdy = test_buffer(ctx, t, n + off, dyin);
  cl_mem bw = test_buffer(ctx, t, channels + off, win), bout = test_buffer(ctx, t, n + off, xin);
  CHECK(bx && bdy && bw && bout);
  int failures = 0;

  /* forward: bit for bit (the product of two values of t rounded once) */
  CHECK_OK(clact_prelu_forward(ctx, t, n, channels, layout, inner, bx, off, bw, off, bout, off, 0,
                               NULL, NULL));
  CHECK(!test_read(ctx, t, bout, n + off, out));
  for (size_t i = 0; i < n; ++i) {
    const long double wv = w[channel_of(i, channels, inner)];
    const long double want = isnan(x[i]) ? NAN : x[i] > 0 ? x[i] : product(t, wv, x[i]);
    if (ulp_error(t, out[off + i], want) > 0.5 && failures++ < 5)
      fprintf(stderr, "  fwd %s i=%zu x=%Lg got %Lg want %Lg\n", clact_dtype_name(t), i, x[i],
              out[off + i], want);
  }
  /* backward */
  CHECK_OK(clact_prelu_backward(ctx, t, n, channels, layout, inner, bx, off, bw, off, bdy, off,
                                bout, off, 0, NULL, NULL));
  CHECK(!test_read(ctx, t, bout, n + off, out));
  for (size_t i = 0; i < n; ++i) {
    const long double wv = w[channel_of(i, channels, inner)];
    const long double want = isnan(x[i]) || isnan(dy[i]) ? NAN
                             : x[i] > 0                  ? dy[i]
                                                         : product(t, wv, dy[i]);
    if (ulp_error(t, out[off + i], want) > 0.5 && failures++ < 5)
      fprintf(stderr, "  bwd %s i=%zu x=%Lg dy=%Lg got %Lg want %Lg\n", clact_dtype_name(t), i,
              x[i], dy[i], out[off + i], want);
  }
  /* slope gradient: the NaN and infinities would make every sum NaN; zero them */
  if (n > 8) {
    x[1] = x[2] = x[3] = 1, dy[5] = 1;
    xin[off + 1] = xin[off + 2] = xin[off + 3] = 1, dyin[off + 5] = 1;
    clact_buffer_release(bx), clact_buffer_release(bdy);
    bx = test_buffer(ctx, t, n + off, xin), bdy = test_buffer(ctx, t, n + off, dyin);
    CHECK(bx && bdy);
  }
  long double *sum = calloc(channels, sizeof *sum), *abs_sum = calloc(channels, sizeof *abs_sum);
  long double *ds = malloc((channels + off) * sizeof *ds),
              *ds2 = malloc((channels + off) * sizeof *ds2);
  CHECK(sum && abs_sum && ds && ds2);
  for (size_t i = 0; i < n; ++i) {
    if (x[i] > 0) continue;
    const size_t c = channel_of(i, channels, inner);
    const long double p = ref_round(t == CLACT_F64 ? CLACT_F64 : CLACT_F32, x[i] * dy[i]);
    sum[c] += p;
    abs_sum[c] += fabsl(p);
  }
  CHECK_OK(clact_prelu_slope_grad(ctx, t, n, channels, layout, inner, bx, off, bdy, off, bw, off, 0,
                                  NULL, NULL));
  CHECK(!test_read(ctx, t, bw, channels + off, ds));
  CHECK_OK(clact_prelu_slope_grad(ctx, t, n, channels, layout, inner, bx, off, bdy, off, bw, off, 0,
                                  NULL, NULL));
  CHECK(!test_read(ctx, t, bw, channels + off, ds2));
  /* compensated sums in the compute type (u), each block rounded once, then the result
   * rounded to t (half an ulp: 2^-11 relative for f16, 2^-8 for bf16) */
  const long double u = t == CLACT_F64 ? 0x1p-53L : 0x1p-24L;
  const long double store = t == CLACT_F16 ? 0x1p-11L : t == CLACT_BF16 ? 0x1p-8L : u;
  for (size_t c = 0; c < channels; ++c) {
    const long double tol = 2 * u * fabsl(sum[c]) + u * abs_sum[c] + store * fabsl(sum[c]);
    const int bad = !(fabsl(ds[off + c] - sum[c]) <= tol);
    const int differs = ds[off + c] != ds2[off + c]; /* the same bits, run after run */
    if ((bad || differs) && failures++ < 5)
      fprintf(stderr, "  dslope %s c=%zu got %.17Lg want %.17Lg (again %.17Lg, tol %Lg)\n",
              clact_dtype_name(t), c, ds[off + c], sum[c], ds2[off + c], tol);
  }
  for (size_t c = 0; c < off; ++c) /* the cells before the offset are untouched */
    if (ds[c] != 0 && failures++ < 5) fprintf(stderr, "  dslope wrote before its offset\n");
  clact_buffer_release(bx), clact_buffer_release(bdy), clact_buffer_release(bw);
  clact_buffer_release(bout);
  free(x), free(dy), free(w), free(out), free(xin), free(dyin), free(win), free(sum);
  free(abs_sum), free(ds), free(ds2);
  return failures != 0;
}

int test_prelu(const char *arg) {
  clact_context *ctx = test_context();
  CHECK(ctx);
  int failed = 0;
  printf("random inputs from the fixed seeds 1..4 (splitmix64), one per shape\n");
  for (int t = 0; t < CLACT_DTYPE_COUNT; ++t) {
    if (!clact_context_supports(ctx, (clact_dtype)t)) continue;
    failed |= run_shape(ctx, (clact_dtype)t, 13 * 3, 3, CLACT_CHANNELS_LAST, 1, 1);
    failed |= run_shape(ctx, (clact_dtype)t, 4 * 5 * 7, 5, CLACT_CHANNELS_FIRST, 7, 2);
    /* several reduction blocks per channel: 3 * 10007 elements per channel */
    failed |= run_shape(ctx, (clact_dtype)t, 3 * 10007 * 2, 2, CLACT_CHANNELS_FIRST, 3, 3);
    failed |= run_shape(ctx, (clact_dtype)t, 1, 1, CLACT_CHANNELS_LAST, 1, 4);
  }
  clact_context_destroy(ctx);
  return failed;
}

/* Every check of the three calls. */
int test_prelu_errors(const char *arg) {
  clact_context *ctx = test_context();
  CHECK(ctx);
  cl_mem a, b, w, other;
  CHECK_OK(clact_buffer_create(ctx, 64 * 4, &a));
  CHECK_OK(clact_buffer_create(ctx, 64 * 4, &b));
  CHECK_OK(clact_buffer_create(ctx, 4 * 4, &w));
  clact_context *ctx2 = test_context();
  CHECK(ctx2);
  CHECK_OK(clact_buffer_create(ctx2, 64 * 4, &other));
  const clact_dtype f = CLACT_F32;
  const clact_layout L = CLACT_CHANNELS_LAST, F = CLACT_CHANNELS_FIRST;
  cl_event ev = NULL, *null_list = NULL;
  const cl_event bad_list[1] = {NULL};

  for (int call = 0; call < 3; ++call) {
#define CALL(C, T, N, CH, LAY, IN, X, W, Y, NE, WL)                                                \
  (call == 0   ? clact_prelu_forward(C, T, N, CH, LAY, IN, X, 0, W, 0, Y, 0, NE, WL, NULL)         \
   : call == 1 ? clact_prelu_backward(C, T, N, CH, LAY, IN, X, 0, W, 0, X, 0, Y, 0, NE, WL, NULL)  \
               : clact_prelu_slope_grad(C, T, N, CH, LAY, IN, X, 0, X, 0, W, 0, NE, WL, NULL))
    CHECK_STATUS(CALL(NULL, f, 16, 4, L, 1, a, w, b, 0, NULL), CLACT_ERROR_INVALID_CONTEXT);
    CHECK_STATUS(CALL(ctx, (clact_dtype)9, 16, 4, L, 1, a, w, b, 0, NULL),
                 CLACT_ERROR_INVALID_DTYPE);
    CHECK_STATUS(CALL(ctx, f, 16, 4, (clact_layout)7, 1, a, w, b, 0, NULL),
                 CLACT_ERROR_INVALID_ARGUMENT);
    CHECK_STATUS(CALL(ctx, f, 16, 0, L, 1, a, w, b, 0, NULL), CLACT_ERROR_INVALID_ARGUMENT);
    CHECK_STATUS(CALL(ctx, f, 16, 4, F, 0, a, w, b, 0, NULL), CLACT_ERROR_INVALID_ARGUMENT);
    CHECK_STATUS(CALL(ctx, f, 16, 4, L, 2, a, w, b, 0, NULL), CLACT_ERROR_INVALID_ARGUMENT);
    CHECK_STATUS(CALL(ctx, f, 18, 4, L, 1, a, w, b, 0, NULL), CLACT_ERROR_INVALID_SIZE);
    CHECK_STATUS(CALL(ctx, f, 24, 4, F, 4, a, w, b, 0, NULL), CLACT_ERROR_INVALID_SIZE);
    CHECK_STATUS(CALL(ctx, f, 16, 4, L, 1, a, w, b, 1, null_list), CLACT_ERROR_INVALID_WAIT_LIST);
    CHECK_STATUS(CALL(ctx, f, 16, 4, L, 1, a, w, b, 1, bad_list), CLACT_ERROR_INVALID_WAIT_LIST);
    CHECK_STATUS(CALL(ctx, f, 16, 4, L, 1, NULL, w, b, 0, NULL), CLACT_ERROR_INVALID_ARGUMENT);
    CHECK_STATUS(CALL(ctx, f, 16, 4, L, 1, a, NULL, b, 0, NULL), CLACT_ERROR_INVALID_ARGUMENT);
    if (call < 2)
      CHECK_STATUS(CALL(ctx, f, 16, 4, L, 1, a, w, NULL, 0, NULL), CLACT_ERROR_INVALID_ARGUMENT);
    CHECK_STATUS(CALL(ctx, f, 128, 4, L, 1, a, w, b, 0, NULL), CLACT_ERROR_OUT_OF_RANGE);
    CHECK_STATUS(CALL(ctx, f, 16, 8, L, 1, a, w, b, 0, NULL), CLACT_ERROR_OUT_OF_RANGE);
    CHECK_STATUS(CALL(ctx, f, 16, 4, L, 1, other, w, b, 0, NULL), CLACT_ERROR_CONTEXT_MISMATCH);
    /* the output over the slope, or (for the gradient) over x */
    CHECK_STATUS(CALL(ctx, f, 4, 4, L, 1, a, a, a, 0, NULL), CLACT_ERROR_OVERLAP);
    CHECK_OK(CALL(ctx, f, 16, 4, L, 1, a, w, b, 0, NULL));
    if (!clact_context_supports(ctx, CLACT_F64))
      CHECK_STATUS(CALL(ctx, CLACT_F64, 16, 4, L, 1, a, w, b, 0, NULL),
                   CLACT_ERROR_UNSUPPORTED_DTYPE);
#undef CALL
  }
  /* n == 0: nothing to do, an event if asked for */
  CHECK_OK(clact_prelu_forward(ctx, f, 0, 4, L, 1, a, 0, w, 0, b, 0, 0, NULL, &ev));
  CHECK(ev);
  CHECK_OK(clWaitForEvents(1, &ev));
  clReleaseEvent(ev);
  /* in place: y over x, dx over dy */
  CHECK_OK(clact_prelu_forward(ctx, f, 16, 4, L, 1, a, 0, w, 0, a, 0, 0, NULL, NULL));
  CHECK_OK(clact_prelu_backward(ctx, f, 16, 4, L, 1, a, 0, w, 0, b, 0, b, 0, 0, NULL, NULL));
  /* the event chains: the gradient waits on a forward */
  CHECK_OK(clact_prelu_forward(ctx, f, 16, 4, L, 1, a, 0, w, 0, b, 0, 0, NULL, &ev));
  cl_event done = NULL;
  CHECK_OK(clact_prelu_slope_grad(ctx, f, 16, 4, L, 1, a, 0, b, 0, w, 0, 1, &ev, &done));
  CHECK(done);
  CHECK_OK(clWaitForEvents(1, &done));
  clReleaseEvent(ev), clReleaseEvent(done);
  clact_buffer_release(a), clact_buffer_release(b), clact_buffer_release(w);
  clact_buffer_release(other);
  clact_context_destroy(ctx2);
  clact_context_destroy(ctx);
  return 0;
}

/* PReLU's kernels are cached per context and dtype, their arguments set under the
 * context's lock: 6 threads x 200 calls, forward and backward alternating, each with its
 * own buffers, slopes and channel count, all bit for bit (f32: one rounding, in float). */
typedef struct prelu_worker {
  clact_context *ctx;
  int id, failures;
} prelu_worker;

static int prelu_call(prelu_worker *w, int call) {
  enum { PER_CHANNEL = 256, MAX_CHANNELS = 7 };
  const size_t channels = 1 + (size_t)((w->id + call) % MAX_CHANNELS), n = channels * PER_CHANNEL;
  float x[MAX_CHANNELS * PER_CHANNEL], dy[MAX_CHANNELS * PER_CHANNEL],
      out[MAX_CHANNELS * PER_CHANNEL], slope[MAX_CHANNELS];
  for (size_t c = 0; c < channels; ++c)
    slope[c] = 0.125f * (float)(w->id + 1) + 0.5f * (float)c + 0.03125f * (float)call;
  for (size_t i = 0; i < n; ++i) {
    x[i] = (float)((int)((i * 7 + (size_t)call + (size_t)w->id) % 23) - 11) * 0.375f;
    dy[i] = 1.0f + (float)(i % 5);
  }
  const int backward = call % 2;
  cl_mem bx, bdy, bw, bout;
  if (clact_buffer_create(w->ctx, n * 4, &bx)) return 1;
  if (clact_buffer_create(w->ctx, n * 4, &bdy)) return clact_buffer_release(bx), 1;
  if (clact_buffer_create(w->ctx, channels * 4, &bw))
    return clact_buffer_release(bx), clact_buffer_release(bdy), 1;
  if (clact_buffer_create(w->ctx, n * 4, &bout))
    return clact_buffer_release(bx), clact_buffer_release(bdy), clact_buffer_release(bw), 1;
  cl_event ev = NULL;
  int bad = clact_buffer_write(w->ctx, bx, 0, n * 4, x) ||
            clact_buffer_write(w->ctx, bdy, 0, n * 4, dy) ||
            clact_buffer_write(w->ctx, bw, 0, channels * 4, slope);
  if (!bad)
    bad = backward ? clact_prelu_backward(w->ctx, CLACT_F32, n, channels, CLACT_CHANNELS_LAST, 1,
                                          bx, 0, bw, 0, bdy, 0, bout, 0, 0, NULL, &ev)
                   : clact_prelu_forward(w->ctx, CLACT_F32, n, channels, CLACT_CHANNELS_LAST, 1, bx,
                                         0, bw, 0, bout, 0, 0, NULL, &ev);
  if (!bad) bad = clWaitForEvents(1, &ev) || clact_buffer_read(w->ctx, bout, 0, n * 4, out);
  if (ev) clReleaseEvent(ev);
  for (size_t i = 0; i < n && !bad; ++i) {
    const float s = slope[i % channels], v = backward ? dy[i] : x[i];
    const float want = x[i] > 0 ? v : s * v;
    if (out[i] != want) {
      fprintf(stderr, "  thread %d call %d %s i=%zu: got %g want %g\n", w->id, call,
              backward ? "bwd" : "fwd", i, (double)out[i], (double)want);
      bad = 1;
    }
  }
  clact_buffer_release(bx), clact_buffer_release(bdy), clact_buffer_release(bw);
  clact_buffer_release(bout);
  return bad;
}

static void *prelu_work(void *arg) {
  prelu_worker *w = arg;
  for (int call = 0; call < 200; ++call)
    w->failures += prelu_call(w, call);
  return NULL;
}

int test_prelu_threads(const char *arg) {
  clact_context *ctx = test_context();
  CHECK(ctx);
  pthread_t t[6];
  prelu_worker w[6];
  int started = 0;
  for (int i = 0; i < 6; ++i) {
    w[i] = (prelu_worker){ctx, i, 0};
    if (pthread_create(&t[i], NULL, prelu_work, &w[i]) != 0) break;
    ++started;
  }
  int failures = 0;
  for (int i = 0; i < started; ++i) {
    pthread_join(t[i], NULL);
    failures += w[i].failures;
  }
  clact_context_destroy(ctx);
  CHECK(started == 6);
  CHECK(failures == 0);
  return 0;
}
