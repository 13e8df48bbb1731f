/* test_prelu_view_errors.c — every misuse of clact_prelu_forward_view, _backward_view and
 * _slope_grad_view (docs/ERRORS.md): the status, and that nothing was written (every
 * buffer keeps its values, the event pointer is not written). */
#include "harness.h"

#include <stdint.h>
#include <string.h>

enum { PE_COUNT = 64, PE_CALLS = 3 };

/* The operands of one call. Forward: x, slope, y = out. Backward: x, slope, dy = x's
 * buffer and view, dx = out. Slope gradient: x, dy = out (the call's shape), dslope =
 * slope (the output). */
typedef struct pe_args {
  clact_context *ctx;
  clact_dtype dtype;
  cl_mem x, w, out;
  const clact_tensor *xv, *wv, *ov;
  cl_uint ne;
  const cl_event *wl;
} pe_args;

static clact_status pe_call(int call, const pe_args *a, cl_event *ev) {
  switch (call) {
  case 0:
    return clact_prelu_forward_view(a->ctx, a->dtype, a->x, a->xv, a->w, a->wv, a->out, a->ov,
                                    a->ne, a->wl, ev);
  case 1:
    return clact_prelu_backward_view(a->ctx, a->dtype, a->x, a->xv, a->w, a->wv, a->x, a->xv,
                                     a->out, a->ov, a->ne, a->wl, ev);
  default:
    return clact_prelu_slope_grad_view(a->ctx, a->dtype, a->x, a->xv, a->out, a->ov, a->w, a->wv,
                                       a->ne, a->wl, ev);
  }
}
static const char *const pe_names[PE_CALLS] = {"forward_view", "backward_view", "slope_grad_view"};

/* Buffers the calls may use: each is refilled with i % 7 before a call. */
typedef struct pe_bufs {
  cl_mem b[3];
} pe_bufs;

static int fill(clact_context *ctx, const pe_bufs *p) {
  float f[PE_COUNT];
  for (int i = 0; i < PE_COUNT; ++i)
    f[i] = (float)(i % 7);
  for (int k = 0; k < 3; ++k)
    if (clact_buffer_write(ctx, p->b[k], 0, sizeof f, f)) return 1;
  return 0;
}

/* The call must fail with `expected`, write no buffer and no event. */
static int refused(int call, const pe_args *a, const pe_bufs *p, clact_context *ctx,
                   clact_status expected, const char *what) {
  if (fill(ctx, p)) return 1;
  cl_event ev = (cl_event)(uintptr_t)0x1;
  const clact_status st = pe_call(call, a, &ev);
  if (st != expected) {
    fprintf(stderr, "  %s %s: got %s, expected %s\n", pe_names[call], what, clact_status_name(st),
            clact_status_name(expected));
    return 1;
  }
  if (ev != (cl_event)(uintptr_t)0x1) {
    fprintf(stderr, "  %s %s: the event was written\n", pe_names[call], what);
    return 1;
  }
  clact_finish(ctx);
  for (int k = 0; k < 3; ++k) {
    float f[PE_COUNT];
    if (clact_buffer_read(ctx, p->b[k], 0, sizeof f, f)) return 1;
    for (int i = 0; i < PE_COUNT; ++i)
      if (f[i] != (float)(i % 7)) {
        fprintf(stderr, "  %s %s: buffer %d element %d was written\n", pe_names[call], what, k, i);
        return 1;
      }
  }
  return 0;
}

int test_prelu_view_errors(const char *arg) {
  (void)arg;
  clact_context *ctx = test_context(), *ctx2 = test_context();
  CHECK(ctx && ctx2);
  pe_bufs p;
  cl_mem other;
  for (int k = 0; k < 3; ++k)
    CHECK_OK(clact_buffer_create(ctx, PE_COUNT * 4, &p.b[k]));
  CHECK_OK(clact_buffer_create(ctx2, PE_COUNT * 4, &other));
  const cl_mem bx = p.b[0], bw = p.b[1], bo = p.b[2];
  /* the call: {2, 4, 2} dense; the slope one per channel of dimension 1 */
  const size_t sz[3] = {2, 4, 2}, dense[3] = {8, 2, 1}, wsz[2] = {4, 1}, wst[2] = {1, 0};
  const clact_tensor data = test_view_of(3, sz, dense, 0), slope = test_view_of(2, wsz, wst, 0);
  const size_t sz4[4] = {1, 2, 4, 2}, st4[4] = {0, 8, 2, 1};
  clact_tensor rank0 = data, rank9 = data;
  rank0.rank = 0, rank9.rank = 9;
  const clact_tensor slope4 = test_view_of(4, sz4, st4, 0); /* higher rank than the data's 3 */
  const size_t wbad[2] = {3, 1};
  const clact_tensor slope_bad = test_view_of(2, wbad, wst, 0);
  const size_t bcast[3] = {8, 0, 1}, wdup[2] = {0, 0};
  const clact_tensor out_bcast = test_view_of(3, sz, bcast, 0),
                     slope_dup = test_view_of(2, wsz, wdup, 0);
  const size_t pad[3] = {8, 1, 1}; /* dims 1 and 2 reach the same elements */
  const clact_tensor out_self = test_view_of(3, sz, pad, 0);
  const clact_tensor shifted = test_view_of(3, sz, dense, 1), far = test_view_of(3, sz, dense, 60);
  const clact_tensor slope_far = test_view_of(2, wsz, wst, 62);
  const cl_event bad_list[1] = {NULL};
  int failed = 0;

  for (int call = 0; call < PE_CALLS; ++call) {
    const int grad = call == 2;
    const pe_args ok = {ctx, CLACT_F32, bx, bw, bo, &data, &slope, &data, 0, NULL};
    pe_args a;
#define TRY(EXPECTED, WHAT, ...)                                                                   \
  do {                                                                                             \
    a = ok;                                                                                        \
    __VA_ARGS__;                                                                                   \
    failed |= refused(call, &a, &p, ctx, EXPECTED, WHAT);                                          \
  } while (0)
    TRY(CLACT_ERROR_INVALID_CONTEXT, "ctx NULL", a.ctx = NULL);
    TRY(CLACT_ERROR_INVALID_DTYPE, "dtype 9", a.dtype = (clact_dtype)9);
    TRY(CLACT_ERROR_INVALID_WAIT_LIST, "count 1, NULL list", a.ne = 1);
    TRY(CLACT_ERROR_INVALID_WAIT_LIST, "a NULL entry", a.ne = 1, a.wl = bad_list);
    TRY(CLACT_ERROR_INVALID_ARGUMENT, "x view NULL", a.xv = NULL);
    TRY(CLACT_ERROR_INVALID_ARGUMENT, "slope view NULL", a.wv = NULL);
    TRY(CLACT_ERROR_INVALID_ARGUMENT, "output view NULL", a.ov = NULL);
    TRY(CLACT_ERROR_INVALID_ARGUMENT, "x buffer NULL", a.x = NULL);
    TRY(CLACT_ERROR_INVALID_ARGUMENT, "slope buffer NULL", a.w = NULL);
    TRY(CLACT_ERROR_INVALID_ARGUMENT, "output buffer NULL", a.out = NULL);
    TRY(CLACT_ERROR_INVALID_RANK, "shape rank 0", a.ov = &rank0, a.xv = &rank0);
    TRY(CLACT_ERROR_INVALID_RANK, "shape rank 9", a.ov = &rank9, a.xv = &rank9);
    TRY(CLACT_ERROR_INVALID_RANK, "slope of higher rank", a.wv = &slope4);
    TRY(CLACT_ERROR_SHAPE_MISMATCH, "slope size 3 against 4", a.wv = &slope_bad);
    TRY(CLACT_ERROR_OUT_OF_RANGE, "x past its buffer", a.xv = &far);
    TRY(CLACT_ERROR_OUT_OF_RANGE, "slope past its buffer", a.wv = &slope_far);
    TRY(CLACT_ERROR_CONTEXT_MISMATCH, "x of another context", a.x = other);
    TRY(CLACT_ERROR_CONTEXT_MISMATCH, "slope of another context", a.w = other);
    if (!grad) {
      TRY(CLACT_ERROR_OUTPUT_ALIAS, "output broadcast", a.ov = &out_bcast);
      TRY(CLACT_ERROR_OUTPUT_ALIAS, "output self-alias", a.ov = &out_self, a.xv = &out_self);
      TRY(CLACT_ERROR_OVERLAP, "output over the slope", a.out = bw);
      TRY(CLACT_ERROR_OVERLAP, "output over x shifted", a.out = bx, a.ov = &shifted);
    } else {
      TRY(CLACT_ERROR_OUTPUT_ALIAS, "dslope broadcast", a.wv = &slope_dup);
      TRY(CLACT_ERROR_OVERLAP, "dslope over x", a.w = bx);
      TRY(CLACT_ERROR_OVERLAP, "dslope over dy", a.w = bo);
    }
    if (!clact_context_supports(ctx, CLACT_F64))
      TRY(CLACT_ERROR_UNSUPPORTED_DTYPE, "f64 unsupported", a.dtype = CLACT_F64);
#undef TRY
    /* accepted: the call itself, in place, and an empty shape (a marker event) */
    a = ok;
    CHECK_OK(pe_call(call, &a, NULL));
    if (!grad) {
      a.out = bx;
      CHECK_OK(pe_call(call, &a, NULL));
    }
    const size_t zsz[3] = {2, 0, 2};
    const clact_tensor empty = test_view_of(3, zsz, dense, 0);
    const size_t z1[2] = {1, 1};
    const clact_tensor slope1 = test_view_of(2, z1, wst, 0); /* one slope: broadcast everywhere */
    a = ok;
    a.xv = a.ov = &empty, a.wv = &slope1, a.x = NULL;
    if (!grad) a.out = bo;
    cl_event ev = NULL;
    CHECK(!fill(ctx, &p));
    CHECK_OK(pe_call(call, &a, &ev));
    CHECK(ev);
    CHECK_OK(clWaitForEvents(1, &ev));
    clReleaseEvent(ev);
    if (grad) { /* the empty sum is written: 0, and only there */
      float f[2] = {5, 5};
      CHECK_OK(clact_buffer_read(ctx, bw, 0, sizeof f, f));
      CHECK(f[0] == 0.0f && f[1] == 1.0f);
    }
  }
  for (int k = 0; k < 3; ++k)
    clact_buffer_release(p.b[k]);
  clact_buffer_release(other);
  clact_context_destroy(ctx2);
  clact_context_destroy(ctx);
  return failed;
}
