/* api.c — a libFuzzer target on the public API (docs/ERRORS.md).
 *
 * Each input picks a call (forward, backward from x or y, the host-array calls, the buffer
 * helpers, forward and backward on N-D views, PReLU forward and backward on N-D views, the
 * 8-bit clact_forward_q, the gated and bias calls), an activation and a dtype (unknown ones
 * included), parameters (NaN, infinite, out of their domain, or valid), the count n (0, small, or
 * overflowing), three small buffers of arbitrary byte sizes and contents, and for each view a
 * buffer (or NULL, or one of another OpenCL context), an offset and a stride, a wait list and an
 * event.
 *
 * An independent model of the documented rules says which statuses the call may return:
 * a call that breaks rules must return one of the statuses of the rules it breaks; a call
 * that breaks none must succeed (a shared buffer whose views share no byte may be refused
 * as an overlap: the library's test is conservative there). On success every element of
 * the output view must match the host reference (reference/reference.h) within the accuracy
 * contract, and every other byte of every buffer must be unchanged. Any mismatch aborts.
 *
 * Build: CC=clang, -DCLACT_FUZZ=ON -DCLACT_SANITIZE=ON (cmake/checks.cmake); run with
 * tests/fuzz/corpus as the seed corpus (scripts/test.sh).
 */
#include "clact.h"
#include "reference.h"
#include "reference_q.h"

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A failure: says why, saves the input where CLACT_FUZZ_FAILURE names (PoCL's LLVM may take
 * over the signal that libFuzzer would save it on), and aborts. */
static const uint8_t *current_input;
static size_t current_size;
static void save_input(void) {
  const char *path = getenv("CLACT_FUZZ_FAILURE");
  FILE *f = path && *path ? fopen(path, "wb") : NULL;
  if (!f) return;
  fwrite(current_input, 1, current_size, f);
  fclose(f);
  fprintf(stderr, "fuzz_api: the input is saved in %s\n", path);
}
#define BAD(...)                                                                                   \
  do {                                                                                             \
    fprintf(stderr, "fuzz_api: ");                                                                 \
    fprintf(stderr, __VA_ARGS__);                                                                  \
    fputc('\n', stderr);                                                                           \
    save_input();                                                                                  \
    abort();                                                                                       \
  } while (0)

static clact_context *ctx;
static cl_context foreign_context;
static cl_mem foreign;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  clact_status st = clact_context_create(&ctx, NULL);
  if (st) BAD("no context: %s", clact_status_name(st));
  cl_device_id d;
  cl_int err;
  clact_context_device(ctx, &d);
  foreign_context = clCreateContext(NULL, 1, &d, NULL, NULL, &err);
  if (!foreign_context) BAD("no second context");
  foreign = clCreateBuffer(foreign_context, CL_MEM_READ_WRITE, 4096, NULL, &err);
  if (!foreign) BAD("no buffer in the second context");
  return 0;
}

/* ---- reading the input ----------------------------------------------------------------- */
typedef struct reader {
  const uint8_t *p;
  size_t n;
} reader;
static unsigned u8(reader *r) {
  if (!r->n) return 0;
  r->n--;
  return *r->p++;
}
static unsigned u16(reader *r) {
  const unsigned lo = u8(r);
  return lo | u8(r) << 8;
}

/* ---- the model of the rules (include/clact.h, docs/ERRORS.md) --------------------------- */
typedef struct expect {
  int codes[16], count;
  int maybe_overlap; /* a shared buffer whose views share no byte */
} expect;
static void rule(expect *e, int code) {
  for (int i = 0; i < e->count; ++i)
    if (e->codes[i] == code) return;
  e->codes[e->count++] = code;
}
static int allowed(const expect *e, int st) {
  if (e->count == 0) return st == CLACT_SUCCESS || (e->maybe_overlap && st == CLACT_ERROR_OVERLAP);
  for (int i = 0; i < e->count; ++i)
    if (e->codes[i] == st) return 1;
  return 0;
}

static const int domain_of[] = {
#define DOMAIN(E, name, p0n, p0d, p1n, p1d, dom, fy, ex) dom,
    CLACT_ACTIVATIONS(DOMAIN)
#undef DOMAIN
};
static const int from_y_of[] = {
#define FROM_Y(E, name, p0n, p0d, p1n, p1d, dom, fy, ex) fy,
    CLACT_ACTIVATIONS(FROM_Y)
#undef FROM_Y
};
static const double p0_default[] = {
#define P0(E, name, p0n, p0d, p1n, p1d, dom, fy, ex) p0d,
    CLACT_ACTIVATIONS(P0)
#undef P0
};

enum { ACTIVATION_CHOICES = 32 };
_Static_assert(CLACT_ACTIVATION_COUNT < ACTIVATION_CHOICES - 1,
               "the fuzzer's activation byte must reach every row and an unknown one");

static int valid_activation(int a) { return a >= 0 && a < CLACT_ACTIVATION_COUNT; }
static int valid_dtype(int t) { return t >= 0 && t < CLACT_DTYPE_COUNT; }
static size_t elem_size(int t) { return t == CLACT_F64 ? 8 : t == CLACT_F32 ? 4 : 2; }

/* A parameter as the kernel sees it: a float where the compute type is narrow (f32, f16,
 * bf16), else the double (1e-50 is 0 and 1e300 infinite as a float). */
static double kernel_sees(double v, int narrow) { return narrow ? (double)(float)v : v; }

/* The op's rules: what the kernel would see must be finite and inside the domain. */
static void op_rules(expect *e, const clact_op *op) {
  if (!valid_activation(op->activation)) rule(e, CLACT_ERROR_INVALID_ACTIVATION);
  if (!valid_dtype(op->dtype)) rule(e, CLACT_ERROR_INVALID_DTYPE);
  if (!valid_activation(op->activation) || !valid_dtype(op->dtype)) return;
  const int narrow = op->dtype != CLACT_F64;
  const double v[4] = {op->param[0], op->param[1], op->alpha, op->beta};
  double seen[4];
  for (int i = 0; i < 4; ++i) {
    seen[i] = kernel_sees(v[i], narrow);
    if (!isfinite(seen[i])) rule(e, CLACT_ERROR_INVALID_PARAMETER);
  }
  const int dom = domain_of[op->activation];
  if ((dom == CLACT_DOMAIN_P0_POSITIVE && !(seen[0] > 0)) ||
      (dom == CLACT_DOMAIN_P0_NONNEGATIVE && !(seen[0] >= 0)) ||
      (dom == CLACT_DOMAIN_P0_LESS_P1 && !(seen[0] < seen[1])))
    rule(e, CLACT_ERROR_INVALID_PARAMETER);
  if (op->dtype == CLACT_F64 && !clact_context_supports(ctx, CLACT_F64))
    rule(e, CLACT_ERROR_UNSUPPORTED_DTYPE);
}

static int from_y_defined(const clact_op *op) {
  switch (from_y_of[op->activation]) {
  case CLACT_FROM_Y_ALWAYS: return 1;
  case CLACT_FROM_Y_IF_P0_POSITIVE: return op->param[0] > 0;
  case CLACT_FROM_Y_IF_P0_NONNEGATIVE: return op->param[0] >= 0;
  default: return 0;
  }
}

/* ---- choosing values ------------------------------------------------------------------- */
/* Parameter 0: valid choices (the values the accuracy contract is tested with) and bad ones. */
static double pick_p0(unsigned sel, int a) {
  const double def = valid_activation(a) ? p0_default[a] : 0.0;
  switch (sel % 12) {
  case 0:
  case 1:
  case 2:
  case 3: return def;
  case 4:
  case 5: return def == 0 ? 0.5 : def * 1.7;
  case 6: return NAN;
  case 7: return INFINITY;
  case 8: return -INFINITY;
  case 9: return 1e300;  /* finite as a double, infinite as a float */
  case 10: return 1e-50; /* > 0 as a double, 0 as a float */
  default: return -1.0;
  }
}
static double pick_p1(unsigned sel) {
  static const double v[] = {0, 0, 0, 0, 0, 0, 0.5, NAN, INFINITY, 1e300};
  return v[sel % 10];
}
/* Blending: mostly the defaults; |alpha|, |beta| <= 1 keep alpha f + beta y from
 * overflowing where the reference does not. */
static double pick_alpha(unsigned sel) {
  static const double v[] = {1, 1, 1, 1, 1, 1, 0.5, -1, 0, NAN, INFINITY, 1e300};
  return v[sel % 12];
}
static double pick_beta(unsigned sel) {
  static const double v[] = {0, 0, 0, 0, 0, 0, 1, -0.5, 0.25, NAN, -INFINITY, -1e300};
  return v[sel % 12];
}

/* ---- buffers ---------------------------------------------------------------------------- */
enum { NBUF = 3, MAX_BYTES = 2048 };
typedef struct bufs {
  cl_mem mem[NBUF];
  size_t size[NBUF];
  uint8_t before[NBUF][MAX_BYTES], after[NBUF][MAX_BYTES];
} bufs;

typedef struct viewspec {
  int buf; /* 0..2, -1 NULL, -2 the foreign buffer */
  size_t offset, stride;
} viewspec;

static cl_mem view_mem(const bufs *b, const viewspec *v) {
  return v->buf >= 0 ? b->mem[v->buf] : v->buf == -2 ? foreign : NULL;
}

static void read_view(reader *r, viewspec *v, int first_buf) {
  const unsigned sel = u8(r) % 16;
  v->buf = sel < 9 ? (int)(sel % 3) : sel < 13 ? first_buf : sel == 13 ? -1 : sel == 14 ? -2 : 0;
  const unsigned off = u8(r), str = u8(r);
  v->offset = off == 255 ? SIZE_MAX / 2 : off == 254 ? SIZE_MAX : off % 64;
  v->stride = str == 255 ? SIZE_MAX / 2 : str == 254 ? (size_t)1 << 62 : str % 5;
}

/* Whether n elements of the view lie inside the buffer (no overflow in the test). */
static int view_in_range(const viewspec *v, size_t n, size_t es, size_t bytes) {
  const unsigned __int128 last =
      (unsigned __int128)v->offset + (unsigned __int128)(n - 1) * v->stride;
  return (last + 1) * es <= bytes;
}

static size_t elem_at(const viewspec *v, size_t i) { return v->offset + i * v->stride; }

/* Whether two in-range views of one buffer share a byte; *identical when they coincide. */
static int views_share_bytes(const viewspec *a, const viewspec *b, size_t n, size_t es,
                             int *identical) {
  *identical = a->offset == b->offset && a->stride == b->stride;
  static uint8_t mark[MAX_BYTES];
  memset(mark, 0, sizeof mark);
  for (size_t i = 0; i < n; ++i)
    memset(mark + elem_at(a, i) * es, 1, es);
  for (size_t i = 0; i < n; ++i)
    for (size_t k = 0; k < es; ++k)
      if (mark[elem_at(b, i) * es + k]) return 1;
  return 0;
}

/* ---- the reference ---------------------------------------------------------------------- */
static long double load_at(int t, const uint8_t *bytes, size_t i) { return ref_load(t, bytes, i); }

static const ref_zeros *zeros_of(const clact_op *op) {
  static clact_op last;
  static ref_zeros z;
  static int have;
  if (!have || memcmp(&last, op, sizeof last) != 0) {
    ref_find_derivative_zeros(op, &z);
    last = *op;
    have = 1;
  }
  return &z;
}

/* Judges one output element: got against alpha * f + beta * old, by the one accuracy
 * contract the tests and `clact check` use (reference/reference.c: ref_judge_blend), within
 * its documented domain (ref_in_domain: docs/ACCURACY.md, "Large factors"). */
static int judge(const clact_op *op, ref_dir d, long double x, long double x_in, long double dy,
                 long double f, long double old, long double got) {
  const long double g = d == REF_FWD ? 1 : dy;
  if (!ref_in_domain(op, d, x_in, g, 1)) return 1;
  double u;
  return ref_judge_blend(op, d, zeros_of(op), x, g, f, old, got, &u);
}

/* ---- the calls -------------------------------------------------------------------------- */
static void snapshot(bufs *b, int after) {
  for (int i = 0; i < NBUF; ++i) {
    clact_status st =
        clact_buffer_read(ctx, b->mem[i], 0, b->size[i], after ? b->after[i] : b->before[i]);
    if (st) BAD("read back: %s", clact_status_name(st));
  }
}

/* After a call: no event from a failed call, one from a successful call that asked for it;
 * wait for it, drain the queue and read the buffers back. */
static void settle_call(bufs *b, clact_status st, cl_event ev, int want_event) {
  if (st != CLACT_SUCCESS && ev) BAD("an event from a failed call");
  if (st == CLACT_SUCCESS && want_event && !ev) BAD("no event from a successful call");
  if (ev) {
    if (clWaitForEvents(1, &ev) != CL_SUCCESS) BAD("event failed");
    clReleaseEvent(ev);
  }
  if (clact_finish(ctx)) BAD("finish");
  snapshot(b, 1);
}

/* Nothing is written by a failed call, and a successful one writes only the bytes marked
 * in changed (per buffer): its outputs' elements. */
static void check_only_outputs_changed(const bufs *b, clact_status st,
                                       uint8_t changed[NBUF][MAX_BYTES], const char *call) {
  for (int i = 0; i < NBUF; ++i)
    for (size_t k = 0; k < b->size[i]; ++k)
      if (b->before[i][k] != b->after[i][k] && !(st == CLACT_SUCCESS && changed[i][k]))
        BAD("%s: buffer %d byte %zu changed outside the outputs (status %s)", call, i, k,
            clact_status_name(st));
}

/* forward (dir REF_FWD) or backward from x / y on buffers */
static void enqueue_call(reader *r, clact_op *op, int kind, size_t n, bufs *b) {
  const int input_sel = (int)(u8(r) % 8);
  const clact_grad_input input = kind == 1        ? CLACT_FROM_X
                                 : input_sel == 7 ? (clact_grad_input)2
                                                  : CLACT_FROM_Y;
  viewspec v[3];
  const int nviews = kind == 0 ? 2 : 3;
  for (int i = 0; i < nviews; ++i)
    read_view(r, &v[i], i ? v[0].buf : 0);
  const unsigned wsel = u8(r) % 8, want_event = u8(r) & 1, null_ctx = u8(r) == 255;
  cl_event marker = NULL, nulls[2] = {NULL, NULL};
  cl_uint nw = 0;
  const cl_event *wl = NULL;
  if (wsel == 4) {
    cl_command_queue q;
    clact_context_queue(ctx, &q);
    if (clEnqueueMarkerWithWaitList(q, 0, NULL, &marker) != CL_SUCCESS) BAD("marker");
    nw = 1, wl = &marker;
  } else if (wsel == 5) {
    nw = 1, wl = NULL;
  } else if (wsel == 6) {
    nw = 0, wl = nulls;
  } else if (wsel == 7) {
    nw = 2, wl = nulls;
  }

  expect e = {{0}, 0, 0};
  if (null_ctx) {
    rule(&e, CLACT_ERROR_INVALID_CONTEXT);
  } else {
    if (kind != 0 && input != CLACT_FROM_X && input != CLACT_FROM_Y)
      rule(&e, CLACT_ERROR_INVALID_GRAD_INPUT);
    op_rules(&e, op);
    if (kind != 0 && input == CLACT_FROM_Y && valid_activation(op->activation) &&
        !from_y_defined(op))
      rule(&e, CLACT_ERROR_NO_GRADIENT_FROM_Y);
    if ((nw == 0) != (wl == NULL) || (wl && wl[0] == NULL)) rule(&e, CLACT_ERROR_INVALID_WAIT_LIST);
  }
  const size_t es = valid_dtype(op->dtype) ? elem_size(op->dtype) : 0;
  int views_ok = 0;
  if (!null_ctx && es) {
    if (n > SIZE_MAX / es)
      rule(&e, CLACT_ERROR_INVALID_SIZE);
    else if (n > 0) {
      views_ok = 1;
      for (int i = 0; i < nviews; ++i) {
        int bad = 1;
        if (v[i].buf == -1)
          rule(&e, CLACT_ERROR_INVALID_ARGUMENT);
        else if (v[i].stride == 0)
          rule(&e, CLACT_ERROR_INVALID_STRIDE);
        else if (v[i].buf == -2)
          rule(&e, CLACT_ERROR_CONTEXT_MISMATCH);
        else if (!view_in_range(&v[i], n, es, b->size[v[i].buf]))
          rule(&e, CLACT_ERROR_OUT_OF_RANGE);
        else
          bad = 0;
        views_ok &= !bad;
      }
      const int out = nviews - 1;
      for (int i = 0; views_ok && i < out; ++i) {
        if (v[i].buf != v[out].buf) continue;
        int identical;
        if (views_share_bytes(&v[i], &v[out], n, es, &identical)) {
          if (!identical) rule(&e, CLACT_ERROR_OVERLAP);
        } else {
          e.maybe_overlap = 1;
        }
      }
    }
  }
  /* Backward from y reads y = f(x): make the input view hold f of what it held. */
  const int dir = kind == 0 ? REF_FWD : input == CLACT_FROM_Y ? REF_BWDY : REF_BWD;
  static long double xraw[MAX_BYTES];
  snapshot(b, 0);
  if (e.count == 0 && views_ok) {
    for (size_t i = 0; i < n; ++i) {
      xraw[i] = load_at(op->dtype, b->before[v[0].buf], elem_at(&v[0], i));
      if (dir == REF_BWDY)
        ref_store(op->dtype, b->before[v[0].buf], elem_at(&v[0], i), ref_forward(op, xraw[i]));
    }
    if (dir == REF_BWDY)
      for (int i = 0; i < NBUF; ++i)
        if (clact_buffer_write(ctx, b->mem[i], 0, b->size[i], b->before[i])) BAD("write");
  }

  cl_event ev = NULL;
  clact_context *c = null_ctx ? NULL : ctx;
  clact_status st;
  if (kind == 0)
    st = clact_forward(c, op, n, view_mem(b, &v[0]), v[0].offset, v[0].stride, view_mem(b, &v[1]),
                       v[1].offset, v[1].stride, nw, wl, want_event ? &ev : NULL);
  else
    st = clact_backward(c, op, input, n, view_mem(b, &v[0]), v[0].offset, v[0].stride,
                        view_mem(b, &v[1]), v[1].offset, v[1].stride, view_mem(b, &v[2]),
                        v[2].offset, v[2].stride, nw, wl, want_event ? &ev : NULL);
  if (!allowed(&e, st))
    BAD("kind %d %s %s n=%zu: returned %s; %d rule(s) broken, first %s", kind,
        clact_activation_name(op->activation) ? clact_activation_name(op->activation) : "?",
        clact_dtype_name(op->dtype) ? clact_dtype_name(op->dtype) : "?", n, clact_status_name(st),
        e.count, e.count ? clact_status_name(e.codes[0]) : "-");
  if (marker) clReleaseEvent(marker);
  settle_call(b, st, ev, want_event);

  /* Only the output view's elements may change, and they must match the reference. */
  const viewspec *o = &v[nviews - 1];
  static uint8_t changed[NBUF][MAX_BYTES];
  memset(changed, 0, sizeof changed);
  if (st == CLACT_SUCCESS && n > 0) {
    for (size_t i = 0; i < n; ++i) {
      const size_t j = elem_at(o, i);
      memset(changed[o->buf] + j * es, 1, es);
      const long double x = load_at(op->dtype, b->before[v[0].buf], elem_at(&v[0], i));
      const long double dy = kind ? load_at(op->dtype, b->before[v[1].buf], elem_at(&v[1], i)) : 1;
      const long double f = dir == REF_FWD   ? ref_forward(op, x)
                            : dir == REF_BWD ? ref_backward(op, x, dy)
                                             : ref_backward_from_y(op, x, dy);
      const long double old = load_at(op->dtype, b->before[o->buf], j);
      const long double got = load_at(op->dtype, b->after[o->buf], j);
      if (!judge(op, (ref_dir)dir, dir == REF_BWDY ? xraw[i] : x, x, dy, f, old, got))
        BAD("%s %s %s n=%zu i=%zu: in=%.21Lg dy=%.21Lg old=%.21Lg got=%.21Lg ref=%.21Lg "
            "(alpha %g beta %g p0 %g)",
            clact_activation_name(op->activation), clact_dtype_name(op->dtype),
            ref_dir_name((ref_dir)dir), n, i, x, dy, old, got, f, op->alpha, op->beta,
            op->param[0]);
    }
  }
  check_only_outputs_changed(b, st, changed, "activation");
}

/* forward_host / backward_host on exact-size heap arrays (ASan sees any stray access) */
static void host_call(reader *r, clact_op *op, int kind, size_t n, const uint8_t *fill,
                      size_t fill_n) {
  const unsigned alias = u8(r) % 8, input_sel = u8(r) % 8, null_ctx = u8(r) == 255;
  const clact_grad_input input = input_sel == 7   ? (clact_grad_input)2
                                 : input_sel >= 4 ? CLACT_FROM_Y
                                                  : CLACT_FROM_X;
  const size_t es = valid_dtype(op->dtype) ? elem_size(op->dtype) : 2;
  const int small = n <= 512;
  const size_t bytes = small ? n * es : 0;
  /* one block for every array, so that aliases and partial overlaps are real */
  uint8_t *block = malloc(4 * bytes + es + 1);
  if (!block) BAD("malloc");
  for (size_t i = 0; i < 4 * bytes + es; ++i)
    block[i] = fill_n ? fill[i % fill_n] : (uint8_t)i;
  uint8_t *in = block, *dy = block + bytes, *out = block + 2 * bytes + es;
  int partial = 0;
  if (alias == 1) out = kind == 3 ? in : dy; /* y over x; dx over dy */
  if (alias == 2 && kind == 4) out = in;     /* dx over the input */
  if (alias == 3 && small && n >= 2) out = in + es, partial = 1;
  if (alias == 4) in = NULL;
  if (alias == 5) out = NULL;
  if (alias == 6 && kind == 4) dy = NULL;

  expect e = {{0}, 0, 0};
  if (null_ctx) {
    rule(&e, CLACT_ERROR_INVALID_CONTEXT);
  } else {
    if (kind == 4 && input != CLACT_FROM_X && input != CLACT_FROM_Y)
      rule(&e, CLACT_ERROR_INVALID_GRAD_INPUT);
    op_rules(&e, op);
    if (kind == 4 && input == CLACT_FROM_Y && valid_activation(op->activation) &&
        !from_y_defined(op))
      rule(&e, CLACT_ERROR_NO_GRADIENT_FROM_Y);
    if (n > 0 && (!in || !out || (kind == 4 && !dy))) rule(&e, CLACT_ERROR_INVALID_ARGUMENT);
    if (n > 0 && valid_dtype(op->dtype) && n > SIZE_MAX / es) rule(&e, CLACT_ERROR_INVALID_SIZE);
    if (n > 0 && partial) rule(&e, CLACT_ERROR_OVERLAP);
  }
  if (!small && e.count == 0) BAD("model: a huge host call must break a rule");
  const int dir = kind == 3 ? REF_FWD : input == CLACT_FROM_Y ? REF_BWDY : REF_BWD;
  long double *x = small && n ? malloc(n * sizeof *x) : NULL;
  long double *g = small && n ? malloc(n * sizeof *g) : NULL;
  long double *old = small && n ? malloc(n * sizeof *old) : NULL;
  if (small && n && (!x || !g || !old)) BAD("malloc");
  if (e.count == 0 && n > 0) {
    for (size_t i = 0; i < n; ++i) {
      x[i] = ref_load(op->dtype, in, i);
      if (dir == REF_BWDY) ref_store(op->dtype, in, i, ref_forward(op, x[i]));
    }
    for (size_t i = 0; i < n; ++i)
      g[i] = kind == 4 ? ref_load(op->dtype, dy, i) : 1, old[i] = ref_load(op->dtype, out, i);
  }
  clact_status st;
  if (kind == 3)
    st = clact_forward_host(null_ctx ? NULL : ctx, op, n, in, out);
  else
    st = clact_backward_host(null_ctx ? NULL : ctx, op, input, n, in, dy, out);
  if (!allowed(&e, st))
    BAD("host kind %d n=%zu alias %u: returned %s; %d rule(s) broken, first %s", kind, n, alias,
        clact_status_name(st), e.count, e.count ? clact_status_name(e.codes[0]) : "-");
  if (st == CLACT_SUCCESS && n > 0) {
    for (size_t i = 0; i < n; ++i) {
      const long double yin = dir == REF_BWDY ? ref_round(op->dtype, ref_forward(op, x[i])) : x[i];
      const long double f = dir == REF_FWD   ? ref_forward(op, x[i])
                            : dir == REF_BWD ? ref_backward(op, x[i], g[i])
                                             : ref_backward_from_y(op, yin, g[i]);
      const long double got = ref_load(op->dtype, out, i);
      if (!judge(op, (ref_dir)dir, x[i], dir == REF_BWDY ? yin : x[i], g[i], f, old[i], got))
        BAD("host %s %s %s n=%zu i=%zu: x=%.21Lg dy=%.21Lg old=%.21Lg got=%.21Lg ref=%.21Lg "
            "(alpha %g beta %g p0 %g)",
            clact_activation_name(op->activation), clact_dtype_name(op->dtype),
            ref_dir_name((ref_dir)dir), n, i, x[i], g[i], old[i], got, f, op->alpha, op->beta,
            op->param[0]);
    }
  }
  free(x), free(g), free(old), free(block);
}

/* clact_buffer_write / clact_buffer_read against the buffers' sizes */
static void helper_call(reader *r, bufs *b) {
  const unsigned sel = u8(r) % 8, write = u8(r) & 1, null_ptr = u8(r) % 16 == 0;
  const unsigned null_ctx = u8(r) == 255, off = u16(r), len = u16(r);
  const size_t offset = off == 0xffff ? SIZE_MAX : off % 2200;
  const size_t bytes = len == 0xffff ? SIZE_MAX : len % 2200;
  const cl_mem m = sel < 3 ? b->mem[sel] : sel == 3 ? NULL : sel == 4 ? foreign : b->mem[0];
  const size_t size = sel < 3 ? b->size[sel] : sel == 4 ? 4096 : b->size[0];
  expect e = {{0}, 0, 0};
  if (null_ctx)
    rule(&e, CLACT_ERROR_INVALID_CONTEXT);
  else {
    if (!m || (null_ptr && bytes)) rule(&e, CLACT_ERROR_INVALID_ARGUMENT);
    if (m == foreign) rule(&e, CLACT_ERROR_CONTEXT_MISMATCH);
    if (m && (offset > size || bytes > size - offset)) rule(&e, CLACT_ERROR_OUT_OF_RANGE);
  }
  const size_t host_bytes = bytes <= 4096 ? bytes : 0; /* bigger ones must be refused */
  if (host_bytes != bytes && e.count == 0) BAD("model: a huge helper call must break a rule");
  uint8_t *host = malloc(host_bytes + 1);
  if (!host) BAD("malloc");
  for (size_t i = 0; i < host_bytes; ++i)
    host[i] = (uint8_t)(i * 31 + 7);
  snapshot(b, 0);
  clact_context *c = null_ctx ? NULL : ctx;
  void *p = null_ptr ? NULL : host;
  const clact_status st = write ? clact_buffer_write(c, m, offset, bytes, p)
                                : clact_buffer_read(c, m, offset, bytes, p);
  if (!allowed(&e, st))
    BAD("%s sel %u offset %zu bytes %zu: returned %s", write ? "write" : "read", sel, offset, bytes,
        clact_status_name(st));
  snapshot(b, 1);
  for (int i = 0; i < NBUF; ++i)
    for (size_t k = 0; k < b->size[i]; ++k) {
      const int in_range =
          st == CLACT_SUCCESS && write && m == b->mem[i] && k >= offset && k < offset + bytes;
      const uint8_t want = in_range ? host[k - offset] : b->before[i][k];
      if (b->after[i][k] != want) BAD("helper: buffer %d byte %zu", i, k);
      if (st == CLACT_SUCCESS && !write && m == b->mem[i] && k >= offset && k < offset + bytes &&
          host[k - offset] != b->before[i][k])
        BAD("read: byte %zu", k);
    }
  free(host);
}

/* ---- N-D views (kind 6) ----------------------------------------------------------------- */
typedef struct tview {
  int buf; /* as viewspec */
  int null_view;
  clact_tensor t;
  size_t stride[CLACT_MAX_RANK]; /* aligned at the output's rank: 0 where broadcast */
} tview;

static size_t pick_size(unsigned s) {
  static const size_t sizes[8] = {1, 2, 3, 4, 1, 2, 0, 3};
  return s == 255 ? SIZE_MAX / 2 : sizes[s % 8];
}
static size_t pick_stride(unsigned s) {
  return s == 255 ? SIZE_MAX / 2 : s == 254 ? (size_t)1 << 62 : s % 6;
}

/* An input's rank, sizes (the output's, 1, or another) and strides, or the output's. */
static void read_tview(reader *r, tview *v, const clact_tensor *shape, int first_buf) {
  const unsigned sel = u8(r) % 16;
  v->buf = sel < 9 ? (int)(sel % 3) : sel < 13 ? first_buf : sel == 13 ? -1 : sel == 14 ? -2 : 0;
  v->null_view = u8(r) % 32 == 0;
  memset(&v->t, 0, sizeof v->t);
  const unsigned rk = u8(r);
  if (!shape) {
    v->t.rank = (int)(rk % 10); /* 0 and 9 are invalid */
  } else {
    v->t.rank = rk % 16 == 15 ? (int)(rk % 11) : shape->rank - (int)(rk % 3); /* maybe lower */
  }
  for (int d = 0; d < v->t.rank && d < CLACT_MAX_RANK; ++d) {
    const unsigned s = u8(r);
    const int sd = shape ? d + shape->rank - v->t.rank : -1;
    if (shape && sd >= 0 && sd < shape->rank && sd < CLACT_MAX_RANK && s % 16 != 15)
      v->t.size[d] = s % 4 == 2 ? 1 : shape->size[sd];
    else
      v->t.size[d] = pick_size(s);
    v->t.stride[d] = pick_stride(u8(r));
  }
  const unsigned off = u8(r);
  v->t.offset = off == 255 ? SIZE_MAX / 2 : off == 254 ? SIZE_MAX : off % 64;
  if (u8(r) % 4 != 0) { /* often dense (row-major, maybe padded): calls that run a kernel */
    size_t step = 1;
    for (int d = v->t.rank - 1; d >= 0 && d < CLACT_MAX_RANK; --d) {
      v->t.stride[d] = step;
      step *= v->t.size[d] < 4 ? v->t.size[d] + (off & 1) : 4;
    }
  }
}

static cl_mem tview_mem(const bufs *b, const tview *v) {
  return v->buf >= 0 ? b->mem[v->buf] : v->buf == -2 ? foreign : NULL;
}

/* The model's own walk: element offset of flat index i of the call's shape in view v. */
static size_t tview_elem(const clact_tensor *shape, const tview *v, size_t i) {
  size_t off = v->t.offset;
  for (int d = shape->rank - 1; d >= 0; --d) {
    off += (i % shape->size[d]) * v->stride[d];
    i /= shape->size[d];
  }
  return off;
}

/* The model of the N-D view rules (include/clact.h) for views v[0 .. nviews-1], the last
 * `outputs` the outputs, the last one giving the call's shape; checked: the call got past
 * its context and op checks. Input no_alias (or -1) may share no byte with an output, not
 * even as its identical view; two outputs may share none. Sets v[i].stride (aligned) and
 * *count_out; returns whether a kernel runs. */
/* The documented self-alias rule of a view over shape (its strides sorted, each past the
 * smaller ones' reach; a stride 0 over a size > 1 aliases): 1 where it breaks the rule. A
 * brute-force walk of its count elements checks that no true collision escapes the rule. */
static int breaks_self_alias(const clact_tensor *shape, const tview *v, size_t count, size_t es,
                             const char *what) {
  size_t st[CLACT_MAX_RANK], sz[CLACT_MAX_RANK];
  int m = 0, alias = 0;
  for (int d = 0; d < shape->rank; ++d) {
    if (shape->size[d] <= 1) continue;
    if (v->stride[d] == 0) alias = 1;
    int k = m++;
    while (k > 0 && st[k - 1] > v->stride[d])
      st[k] = st[k - 1], sz[k] = sz[k - 1], --k;
    st[k] = v->stride[d], sz[k] = shape->size[d];
  }
  unsigned __int128 reach = 0;
  for (int k = 0; k < m && !alias; ++k) {
    if (st[k] <= reach) alias = 1;
    reach += (unsigned __int128)(sz[k] - 1) * st[k];
  }
  static uint8_t hit[MAX_BYTES];
  memset(hit, 0, sizeof hit);
  int collides = 0;
  for (size_t i = 0; i < count && !collides; ++i) {
    const size_t j = tview_elem(shape, v, i);
    collides = hit[j * es];
    hit[j * es] = 1;
  }
  if (collides && !alias) BAD("model: %s collision the rule misses", what);
  return alias;
}

static int model_views(expect *e, const bufs *b, tview *v, int nviews, size_t es, int checked,
                       int no_alias, size_t *count_out, int outputs) {
  int shape_ok = checked, calls_kernel = 0;
  const int out = nviews - 1, first_out = nviews - outputs;
  const clact_tensor *shape = &v[out].t;
  *count_out = 0;
  size_t count = 0;
  if (shape_ok) { /* the output's shape, then each input's broadcast */
    if (v[out].null_view) {
      rule(e, CLACT_ERROR_INVALID_ARGUMENT), shape_ok = 0;
    } else if (shape->rank < 1 || shape->rank > CLACT_MAX_RANK) {
      rule(e, CLACT_ERROR_INVALID_RANK), shape_ok = 0;
    } else {
      unsigned __int128 c = 1;
      for (int d = 0; d < shape->rank; ++d)
        if (shape->size[d] == 0) c = 0;
      for (int d = 0; d < shape->rank && c && c <= SIZE_MAX; ++d)
        c *= shape->size[d]; /* stops once past SIZE_MAX: no 128-bit overflow */
      if (c * es > SIZE_MAX) rule(e, CLACT_ERROR_INVALID_SIZE), shape_ok = 0;
      count = (size_t)c;
      for (int d = 0; d < shape->rank; ++d)
        v[out].stride[d] = shape->size[d] == 1 ? 0 : shape->stride[d];
    }
    for (int i = 0; shape_ok && i < out; ++i) {
      const clact_tensor *t = &v[i].t;
      if (v[i].null_view) {
        rule(e, CLACT_ERROR_INVALID_ARGUMENT), shape_ok = 0;
        continue;
      }
      if (t->rank < 1 || t->rank > shape->rank) {
        rule(e, CLACT_ERROR_INVALID_RANK), shape_ok = 0;
        continue;
      }
      const int lead = shape->rank - t->rank;
      for (int d = 0; d < shape->rank; ++d) {
        const size_t s = d < lead ? 1 : t->size[d - lead];
        if (s != 1 && s != shape->size[d]) rule(e, CLACT_ERROR_SHAPE_MISMATCH), shape_ok = 0;
        v[i].stride[d] = s == 1 ? 0 : t->stride[d - lead];
      }
    }
  }
  if (shape_ok && count > 0) {
    int views_ok = 1;
    for (int i = 0; i < nviews; ++i) {
      unsigned __int128 last = v[i].t.offset;
      for (int d = 0; d < shape->rank; ++d)
        last += (unsigned __int128)(shape->size[d] - 1) * v[i].stride[d];
      if (v[i].buf == -1)
        rule(e, CLACT_ERROR_INVALID_ARGUMENT), views_ok = 0;
      else if (v[i].buf == -2)
        rule(e, CLACT_ERROR_CONTEXT_MISMATCH), views_ok = 0;
      else if ((last + 1) * es > b->size[v[i].buf])
        rule(e, CLACT_ERROR_OUT_OF_RANGE), views_ok = 0;
    }
    for (int o = first_out; views_ok && o < nviews; ++o) {
      /* each output: the documented rule; a true collision must break it */
      const int alias = breaks_self_alias(shape, &v[o], count, es, "an output");
      if (alias) rule(e, CLACT_ERROR_OUTPUT_ALIAS), views_ok = 0;
    }
    for (int o = first_out; views_ok && o < nviews; ++o)
      for (int i = 0; i < o; ++i) { /* overlap: byte by byte */
        if (v[i].buf != v[o].buf) continue;
        static uint8_t mark[MAX_BYTES];
        memset(mark, 0, sizeof mark);
        for (size_t k = 0; k < count; ++k)
          memset(mark + tview_elem(shape, &v[i], k) * es, 1, es);
        int shares = 0, identical = v[i].t.offset == v[o].t.offset;
        for (int d = 0; d < shape->rank; ++d)
          if (shape->size[d] > 1 && v[i].stride[d] != v[o].stride[d]) identical = 0;
        for (size_t k = 0; k < count && !shares; ++k)
          for (size_t q = 0; q < es; ++q)
            shares |= mark[tview_elem(shape, &v[o], k) * es + q];
        if (shares && (!identical || i == no_alias || i >= first_out)) rule(e, CLACT_ERROR_OVERLAP);
        if (!shares) e->maybe_overlap = 1;
      }
    calls_kernel = views_ok;
  }
  *count_out = count;
  return calls_kernel;
}

static void view_call(reader *r, clact_op *op, bufs *b) {
  const unsigned dsel = u8(r) % 3, want_event = u8(r) & 1, null_ctx = u8(r) == 255;
  const int dir = dsel == 0 ? REF_FWD : dsel == 1 ? REF_BWD : REF_BWDY;
  const int nviews = dir == REF_FWD ? 2 : 3, out = nviews - 1;
  tview v[3];
  read_tview(r, &v[out], NULL, 0);
  const clact_tensor *shape = &v[out].t;
  for (int i = 0; i < out; ++i)
    read_tview(r, &v[i], shape, v[out].buf);
  if (u8(r) % 8 == 0) { /* in place: the input the output may alias, identical */
    const int k = dir == REF_FWD ? 0 : 1;
    v[k] = v[out];
  }

  expect e = {{0}, 0, 0};
  const size_t es = valid_dtype(op->dtype) ? elem_size(op->dtype) : 0;
  size_t count = 0;
  if (null_ctx) {
    rule(&e, CLACT_ERROR_INVALID_CONTEXT);
  } else {
    op_rules(&e, op);
    if (dir == REF_BWDY && valid_activation(op->activation) && !from_y_defined(op))
      rule(&e, CLACT_ERROR_NO_GRADIENT_FROM_Y);
  }
  const int calls_kernel = model_views(&e, b, v, nviews, es, !null_ctx && es, -1, &count, 1);

  /* backward from y reads y = f(x): make each element the input view reads hold f of it */
  snapshot(b, 0);
  static long double xraw[MAX_BYTES];
  if (e.count == 0 && calls_kernel && dir == REF_BWDY) {
    static uint8_t seen[MAX_BYTES];
    memset(seen, 0, sizeof seen);
    for (size_t i = 0; i < count; ++i) {
      const size_t j = tview_elem(shape, &v[0], i);
      if (seen[j]) continue;
      seen[j] = 1;
      xraw[j] = load_at(op->dtype, b->before[v[0].buf], j);
      ref_store(op->dtype, b->before[v[0].buf], j, ref_forward(op, xraw[j]));
    }
    for (int i = 0; i < NBUF; ++i)
      if (clact_buffer_write(ctx, b->mem[i], 0, b->size[i], b->before[i])) BAD("write");
  }

  cl_event ev = NULL;
  clact_context *c = null_ctx ? NULL : ctx;
  const clact_tensor *tv[3];
  for (int i = 0; i < nviews; ++i)
    tv[i] = v[i].null_view ? NULL : &v[i].t;
  clact_status st;
  if (dir == REF_FWD)
    st = clact_forward_view(c, op, tview_mem(b, &v[0]), tv[0], tview_mem(b, &v[1]), tv[1], 0, NULL,
                            want_event ? &ev : NULL);
  else
    st = clact_backward_view(c, op, dir == REF_BWD ? CLACT_FROM_X : CLACT_FROM_Y,
                             tview_mem(b, &v[0]), tv[0], tview_mem(b, &v[1]), tv[1],
                             tview_mem(b, &v[2]), tv[2], 0, NULL, want_event ? &ev : NULL);
  if (!allowed(&e, st))
    BAD("view %s rank %d count %zu: returned %s; %d rule(s) broken, first %s",
        ref_dir_name((ref_dir)dir), shape->rank, count, clact_status_name(st), e.count,
        e.count ? clact_status_name(e.codes[0]) : "-");
  settle_call(b, st, ev, want_event);

  const tview *o = &v[out];
  static uint8_t changed[NBUF][MAX_BYTES];
  memset(changed, 0, sizeof changed);
  if (st == CLACT_SUCCESS && calls_kernel) {
    for (size_t i = 0; i < count; ++i) {
      const size_t j = tview_elem(shape, o, i), jx = tview_elem(shape, &v[0], i);
      memset(changed[o->buf] + j * es, 1, es);
      const long double x = load_at(op->dtype, b->before[v[0].buf], jx);
      const long double dy =
          dir != REF_FWD ? load_at(op->dtype, b->before[v[1].buf], tview_elem(shape, &v[1], i)) : 1;
      const long double f = dir == REF_FWD   ? ref_forward(op, x)
                            : dir == REF_BWD ? ref_backward(op, x, dy)
                                             : ref_backward_from_y(op, x, dy);
      const long double old = load_at(op->dtype, b->before[o->buf], j);
      const long double got = load_at(op->dtype, b->after[o->buf], j);
      if (!judge(op, (ref_dir)dir, dir == REF_BWDY ? xraw[jx] : x, x, dy, f, old, got))
        BAD("view %s %s %s rank %d i=%zu: in=%.21Lg dy=%.21Lg old=%.21Lg got=%.21Lg ref=%.21Lg",
            clact_activation_name(op->activation), clact_dtype_name(op->dtype),
            ref_dir_name((ref_dir)dir), shape->rank, i, x, dy, old, got, f);
    }
  }
  check_only_outputs_changed(b, st, changed, "view");
}

/* ---- PReLU on N-D views (kind 7) ---------------------------------------------------------- */
/* a * b as the PReLU kernels round it: once in the compute type (float but for f64), then
 * to the storage type. */
static long double prelu_product(int t, long double a, long double b) {
  if (t == CLACT_F64) return (double)a * (double)b;
  return ref_round(t, (float)a * (float)b);
}
static int same_value(long double a, long double b) {
  if (isnan(a) || isnan(b)) return isnan(a) && isnan(b);
  return a == b && signbit(a) == signbit(b);
}

/* clact_prelu_forward_view (x, slope, y) or clact_prelu_backward_view (x, slope, dy, dx):
 * the view rules of kind 6, the slope an input that may not even be the output's identical
 * view; the values bit for bit against the definition. */
static void prelu_view_call(reader *r, clact_op *op, bufs *b) {
  const unsigned backward = u8(r) & 1, want_event = u8(r) & 1, null_ctx = u8(r) == 255;
  const int nviews = backward ? 4 : 3, out = nviews - 1, slope = 1;
  tview v[4];
  read_tview(r, &v[out], NULL, 0);
  const clact_tensor *shape = &v[out].t;
  for (int i = 0; i < out; ++i)
    read_tview(r, &v[i], shape, v[out].buf);
  if (u8(r) % 8 == 0) v[backward ? 2 : 0] = v[out]; /* in place: y over x, dx over dy */

  const int t = op->dtype;
  expect e = {{0}, 0, 0};
  const size_t es = valid_dtype(t) ? elem_size(t) : 0;
  size_t count = 0;
  if (null_ctx)
    rule(&e, CLACT_ERROR_INVALID_CONTEXT);
  else if (!es)
    rule(&e, CLACT_ERROR_INVALID_DTYPE);
  else if (t == CLACT_F64 && !clact_context_supports(ctx, CLACT_F64))
    rule(&e, CLACT_ERROR_UNSUPPORTED_DTYPE);
  const int calls_kernel = model_views(&e, b, v, nviews, es, !null_ctx && es, slope, &count, 1);

  snapshot(b, 0);
  cl_event ev = NULL;
  clact_context *c = null_ctx ? NULL : ctx;
  const clact_tensor *tv[4];
  for (int i = 0; i < nviews; ++i)
    tv[i] = v[i].null_view ? NULL : &v[i].t;
  const clact_status st =
      backward
          ? clact_prelu_backward_view(c, (clact_dtype)t, tview_mem(b, &v[0]), tv[0],
                                      tview_mem(b, &v[1]), tv[1], tview_mem(b, &v[2]), tv[2],
                                      tview_mem(b, &v[3]), tv[3], 0, NULL, want_event ? &ev : NULL)
          : clact_prelu_forward_view(c, (clact_dtype)t, tview_mem(b, &v[0]), tv[0],
                                     tview_mem(b, &v[1]), tv[1], tview_mem(b, &v[2]), tv[2], 0,
                                     NULL, want_event ? &ev : NULL);
  if (!allowed(&e, st))
    BAD("prelu view %s rank %d count %zu: returned %s; %d rule(s) broken, first %s",
        backward ? "bwd" : "fwd", shape->rank, count, clact_status_name(st), e.count,
        e.count ? clact_status_name(e.codes[0]) : "-");
  settle_call(b, st, ev, want_event);

  const tview *o = &v[out];
  static uint8_t changed[NBUF][MAX_BYTES];
  memset(changed, 0, sizeof changed);
  if (st == CLACT_SUCCESS && calls_kernel) {
    for (size_t i = 0; i < count; ++i) {
      const size_t j = tview_elem(shape, o, i);
      memset(changed[o->buf] + j * es, 1, es);
      const long double x = load_at(t, b->before[v[0].buf], tview_elem(shape, &v[0], i));
      const long double w = load_at(t, b->before[v[1].buf], tview_elem(shape, &v[1], i));
      const long double g =
          backward ? load_at(t, b->before[v[2].buf], tview_elem(shape, &v[2], i)) : x;
      const long double want = isnan(x) ? NAN : x > 0 ? g : prelu_product(t, w, g);
      const long double got = load_at(t, b->after[o->buf], j);
      if (!same_value(got, want))
        BAD("prelu view %s %s rank %d i=%zu: x=%.21Lg w=%.21Lg dy=%.21Lg got=%.21Lg want=%.21Lg",
            backward ? "bwd" : "fwd", clact_dtype_name((clact_dtype)t), shape->rank, i, x, w, g,
            got, want);
    }
  }
  check_only_outputs_changed(b, st, changed, "prelu view");
}

/* ---- the 8-bit call (docs/QUANTIZED.md) ---------------------------------------------- */
static int is8(clact_dtype t) { return t >= CLACT_U8 && t <= CLACT_FP8_E5M2; }
static int known_type(clact_dtype t) { return is8(t) || (t >= 0 && t < CLACT_DTYPE_COUNT); }
static size_t type_size(clact_dtype t) { return is8(t) ? 1 : elem_size(t); }

/* A type: the eight, and unknown ones. */
static clact_dtype pick_type(unsigned sel) {
  static const clact_dtype v[] = {CLACT_U8,       CLACT_S8,       CLACT_FP8_E4M3, CLACT_FP8_E5M2,
                                  CLACT_F32,      CLACT_F16,      CLACT_BF16,     CLACT_F64,
                                  (clact_dtype)4, (clact_dtype)20};
  return v[sel % 10];
}
/* A quantization: valid ones (some only for s8 or fp8) and bad ones; NULL when *none. */
static clact_quant pick_quant(unsigned sel, int *none) {
  static const clact_quant v[] = {{0.05, 3}, {1, 0},  {1e-3, -7},    {0.5, 0},   {0, 0},
                                  {NAN, 0},  {-1, 0}, {INFINITY, 0}, {0.1, 256}, {0.1, -129}};
  *none = sel % 12 >= 10;
  return v[sel % 12 % 10];
}
/* The model's quantization rules for one side. */
static void quant_rules(expect *e, clact_dtype t, const clact_quant *q) {
  if (!is8(t)) return;
  const int affine = t == CLACT_U8 || t == CLACT_S8;
  if (!q) {
    if (affine) rule(e, CLACT_ERROR_INVALID_ARGUMENT);
    return;
  }
  const int lo = t == CLACT_S8 ? -128 : 0, hi = affine ? lo + 255 : 0;
  if (!isfinite(q->scale) || !(q->scale > 0) || q->zero_point < lo || q->zero_point > hi)
    rule(e, CLACT_ERROR_INVALID_QUANT);
}

/* clact_forward_q: y = table[x], every element against the oracle (reference_q.h); for an
 * f32/f64 input, against refq_judge_computed. */
static void quant_call(reader *r, clact_op *op, size_t n, bufs *b) {
  const clact_dtype xt = pick_type(u8(r)), yt = pick_type(u8(r));
  int xnone, ynone;
  const clact_quant xq = pick_quant(u8(r), &xnone), yq = pick_quant(u8(r), &ynone);
  viewspec v[2];
  read_view(r, &v[0], 0);
  read_view(r, &v[1], v[0].buf);
  const unsigned wsel = u8(r) % 8, want_event = u8(r) & 1, null_ctx = u8(r) == 255;
  cl_event nulls[2] = {NULL, NULL};
  const cl_uint nw = wsel == 5 ? 1 : wsel == 7 ? 2 : 0;
  const cl_event *wl = wsel == 6 || wsel == 7 ? nulls : NULL;

  expect e = {{0}, 0, 0};
  const size_t xs = known_type(xt) ? type_size(xt) : 1, ys = known_type(yt) ? type_size(yt) : 1;
  int views_ok = 0;
  /* f32/f64 in, 8-bit out: f computed on the device, then rounded (docs/QUANTIZED.md) */
  const int computed = (xt == CLACT_F32 || xt == CLACT_F64) && known_type(yt) && is8(yt);
  if (null_ctx) {
    rule(&e, CLACT_ERROR_INVALID_CONTEXT);
  } else {
    if (!valid_activation(op->activation)) rule(&e, CLACT_ERROR_INVALID_ACTIVATION);
    if (!known_type(xt) || !known_type(yt)) rule(&e, CLACT_ERROR_INVALID_DTYPE);
    /* inputs: 8-bit codes, or f16/bf16 codes going to an 8-bit output (a table), or f32/f64
     * going to an 8-bit output (computed, then rounded) */
    if (known_type(xt) && !is8(xt) && !(known_type(yt) && is8(yt)))
      rule(&e, CLACT_ERROR_INVALID_QUANT);
    quant_rules(&e, xt, xnone ? NULL : &xq);
    quant_rules(&e, yt, ynone ? NULL : &yq);
    if (valid_activation(op->activation)) {
      /* parameters as the compute precision sees them (float for f32 input, doubles for
       * the tables and f64); no blending */
      const int narrow = computed && xt == CLACT_F32;
      const double p0 = kernel_sees(op->param[0], narrow);
      const double p1 = kernel_sees(op->param[1], narrow);
      const int dom = domain_of[op->activation];
      if (!isfinite(p0) || !isfinite(p1) || op->alpha != 1 || op->beta != 0 ||
          (dom == CLACT_DOMAIN_P0_POSITIVE && !(p0 > 0)) ||
          (dom == CLACT_DOMAIN_P0_NONNEGATIVE && !(p0 >= 0)) ||
          (dom == CLACT_DOMAIN_P0_LESS_P1 && !(p0 < p1)))
        rule(&e, CLACT_ERROR_INVALID_PARAMETER);
    }
    if ((nw == 0) != (wl == NULL) || (wl && wl[0] == NULL)) rule(&e, CLACT_ERROR_INVALID_WAIT_LIST);
    if ((yt == CLACT_F64 || (computed && xt == CLACT_F64)) &&
        !clact_context_supports(ctx, CLACT_F64))
      rule(&e, CLACT_ERROR_UNSUPPORTED_DTYPE);
    if (n > SIZE_MAX / ys) {
      rule(&e, CLACT_ERROR_INVALID_SIZE);
    } else if (n > 0) {
      views_ok = 1;
      for (int i = 0; i < 2; ++i) {
        const size_t es = i ? ys : xs;
        int bad = 1;
        if (v[i].buf == -1)
          rule(&e, CLACT_ERROR_INVALID_ARGUMENT);
        else if (v[i].stride == 0)
          rule(&e, CLACT_ERROR_INVALID_STRIDE);
        else if (v[i].buf == -2)
          rule(&e, CLACT_ERROR_CONTEXT_MISMATCH);
        else if (!view_in_range(&v[i], n, es, b->size[v[i].buf]))
          rule(&e, CLACT_ERROR_OUT_OF_RANGE);
        else
          bad = 0;
        views_ok &= !bad;
      }
      if (views_ok && v[0].buf == v[1].buf) { /* x's bytes against y's */
        static uint8_t mark[MAX_BYTES];
        memset(mark, 0, sizeof mark);
        for (size_t i = 0; i < n; ++i)
          memset(mark + elem_at(&v[0], i) * xs, 1, xs);
        int shared = 0;
        for (size_t i = 0; i < n && !shared; ++i)
          for (size_t k = 0; k < ys; ++k)
            shared |= mark[elem_at(&v[1], i) * ys + k];
        const int identical = xs == ys && v[0].offset == v[1].offset && v[0].stride == v[1].stride;
        if (shared && !identical) rule(&e, CLACT_ERROR_OVERLAP);
        if (!shared) e.maybe_overlap = 1;
      }
    }
  }
  snapshot(b, 0);
  cl_event ev = NULL;
  const clact_status st =
      clact_forward_q(null_ctx ? NULL : ctx, op, n, xt, xnone ? NULL : &xq, view_mem(b, &v[0]),
                      v[0].offset, v[0].stride, yt, ynone ? NULL : &yq, view_mem(b, &v[1]),
                      v[1].offset, v[1].stride, nw, wl, want_event ? &ev : NULL);
  if (!allowed(&e, st))
    BAD("quant %s -> %s n=%zu: returned %s; %d rule(s) broken, first %s",
        clact_dtype_name(xt) ? clact_dtype_name(xt) : "?",
        clact_dtype_name(yt) ? clact_dtype_name(yt) : "?", n, clact_status_name(st), e.count,
        e.count ? clact_status_name(e.codes[0]) : "-");
  settle_call(b, st, ev, want_event);

  static uint8_t changed[NBUF][MAX_BYTES];
  memset(changed, 0, sizeof changed);
  if (st == CLACT_SUCCESS && n > 0) {
    const refq_type x = {xt, xnone ? (clact_quant){0, 0} : xq};
    const refq_type y = {yt, ynone ? (clact_quant){0, 0} : yq};

    for (size_t i = 0; i < n; ++i) {
      const size_t j = elem_at(&v[1], i);
      memset(changed[v[1].buf] + j * ys, 1, ys);
      const uint8_t *xp = b->before[v[0].buf] + elem_at(&v[0], i) * xs;
      const unsigned code = xs == 1 ? xp[0] : (unsigned)(xp[0] | xp[1] << 8); /* little-endian */
      uint64_t got = 0;
      memcpy(&got, b->after[v[1].buf] + j * ys, ys); /* little-endian, as the tables */
      if (computed) { /* the judge of the computed path, where the float contract holds */
        clact_op c = *op;
        c.dtype = xt;
        const long double xv = ref_load(xt, xp, 0);
        uint64_t want;
        if (ref_in_domain(&c, REF_FWD, xv, 1, 1) && !refq_judge_computed(&c, &y, xv, got, &want))
          BAD("quant %s %s -> %s i=%zu x %.21Lg: got 0x%llx want 0x%llx (p0 %g p1 %g)",
              clact_activation_name(op->activation), clact_dtype_name(xt), clact_dtype_name(yt), i,
              xv, (unsigned long long)got, (unsigned long long)want, op->param[0], op->param[1]);
        continue;
      }
      const uint64_t want = refq_entry(op, &x, &y, code);
      /* f64 outputs are held to 1 ulp (docs/QUANTIZED.md) */
      const int near = yt == CLACT_F64 && (got - want == 1 || want - got == 1);
      if (!refq_same(&y, got, want) && !near)
        BAD("quant %s %s -> %s i=%zu code 0x%02x: got 0x%llx want 0x%llx (p0 %g p1 %g)",
            clact_activation_name(op->activation), clact_dtype_name(xt), clact_dtype_name(yt), i,
            code, (unsigned long long)got, (unsigned long long)want, op->param[0], op->param[1]);
    }
  }
  check_only_outputs_changed(b, st, changed, "quant");
}

/* ---- gated and bias calls (kind 9, first bytes 0xe0 .. 0xe7)------------------------------
 * The gated forward and backward (plain and clamped), the bias forward and backward and
 * the bias gradient. The model: the op's rules (op_rules), the clamp's limit as the kernel
 * sees it (docs/ERRORS.md), the N-D view rules of kind 6 with one or two outputs
 * (model_views), and the bias gradient's own (model_dbias). A call that breaks rules must
 * return one of their statuses; one that breaks none must succeed (views of one buffer that
 * share no byte may be refused as an overlap); a success writes only its outputs, and each
 * of their elements is judged against the host reference: gated results by
 * ref_judge_gated_blend at the clamped a' and b' + 1 (docs/API.md, "Clamped gates"), bias
 * results by ref_judge_blend at s = x + bias rounded to the compute precision, dbias as
 * tests/test_bias.c judges it.
 * First bytes 0xe0 .. 0xe3 read their views as kind 6 does (any rank, size, stride and
 * buffer); 0xe4 .. 0xe7 ("tidy": the op valid, three buffers of MAX_BYTES) draw views
 * consistent with a small shape, in range and apart, or an output over its input, or the
 * pairs of one tensor: calls that run and get their values checked. */
static void mark_view(const clact_tensor *shape, const tview *v, size_t count, size_t es,
                      uint8_t *marks) {
  for (size_t k = 0; k < count; ++k)
    memset(marks + tview_elem(shape, v, k) * es, 1, es);
}

/* Reach (CLACT_FUZZ_REACH set): kind-9 calls per `which` x clamped that succeeded and whose
 * outputs were value-checked, printed at exit (bench/results/s22-fuzz). */
static unsigned long reach_calls[5][2], reach_ok[5][2], reach_checked[5][2];
static void print_reach(void) {
  for (int w = 0; w < 5; ++w)
    for (int c = 0; c < 2; ++c)
      fprintf(stderr, "reach which %d clamped %d: calls %lu succeeded %lu value-checked %lu\n", w,
              c, reach_calls[w][c], reach_ok[w][c], reach_checked[w][c]);
}
static void count_reach(int which, int clamped, int ok, int checked) {
  static int registered;
  if (!registered && getenv("CLACT_FUZZ_REACH")) registered = 1, atexit(print_reach);
  const int c = which < 2 && clamped;
  ++reach_calls[which][c], reach_ok[which][c] += ok != 0, reach_checked[which][c] += checked != 0;
}

/* The clamp's limits: mostly valid; invalid ones are 0 or below, not finite, or valid as a
 * double but 0 or infinite as the float that f32/f16/bf16 kernels take (1e-50, 1e300). The
 * first seven are a tidy call's: valid, but for 1e300 and 1e-50 outside f64. */
static const double clamp_limits[] = {7.0,   7.0,  7.0, 0.5,      1e-40, 1e300,
                                      1e-50, -1.0, 0.0, INFINITY, NAN};
static int clamp_limit_ok(double limit, clact_dtype t) {
  const double seen = kernel_sees(limit, t != CLACT_F64);
  return seen > 0 && isfinite(seen);
}

static long double compute_round(int t, long double v) {
  return t == CLACT_F64 ? (long double)(double)v : (long double)(float)v;
}

/* A tidy view: the call's shape (or, where it may broadcast, size 1 or fewer leading
 * dimensions), row-major or reversed, maybe padded, at cursor[buf] (plus a gap) in buffer
 * buf; with pairs, the first of a pair of interleaved views (CLACT_GATE_INTERLEAVED: its
 * strides doubled, its partner one element on). */
static void tidy_view(reader *r, tview *v, const clact_tensor *shape, int may_broadcast, int pairs,
                      int buf, size_t cursor[NBUF]) {
  const unsigned bsel = u8(r), lsel = u8(r), gap = u8(r) % 4;
  memset(v, 0, sizeof *v);
  v->buf = buf;
  const int drop = may_broadcast && bsel % 4 == 3 ? (int)((bsel >> 2) % (unsigned)shape->rank) : 0;
  v->t.rank = shape->rank - drop;
  for (int d = 0; d < v->t.rank; ++d)
    v->t.size[d] = may_broadcast && (bsel >> (4 + d)) & 1 ? 1 : shape->size[d + drop];
  const int reversed = lsel & 1, pad = lsel % 8 >= 6;
  size_t step = pairs ? 2 : 1, span = pairs ? 2 : 1;
  for (int k = 0; k < v->t.rank; ++k) {
    const int d = reversed ? k : v->t.rank - 1 - k;
    v->t.stride[d] = step;
    step *= v->t.size[d] + (size_t)pad;
  }
  for (int d = 0; d < v->t.rank; ++d)
    span += (v->t.size[d] - 1) * v->t.stride[d];
  v->t.offset = cursor[buf] + gap;
  cursor[buf] = v->t.offset + span;
}

/* A tidy call's views v[0 .. nv-1] (inputs, then outputs; for dbias dx, then dbias). The
 * placement byte: 0 .. 2 apart in three buffers, 3 apart in one buffer, 4 and 5 an output
 * over an input (its identical view), 6 a and b (and da and db) the pairs of one tensor, 7
 * those pairs in place (y over a; da over a, db over b). */
static void tidy_views(reader *r, unsigned which, tview *v, int nin, int nv) {
  clact_tensor shape;
  memset(&shape, 0, sizeof shape);
  shape.rank = 1 + (int)(u8(r) % 3);
  for (int d = 0; d < shape.rank; ++d)
    shape.size[d] = 1 + u8(r) % 4;
  const unsigned place = u8(r) % 8;
  const int pairs = which < 2 && place >= 6;
  size_t cursor[NBUF] = {0, 0, 0};
  for (int i = 0; i < nv; ++i) {
    const int second = pairs && (i == 1 || (which == 1 && i == 4)),
              first = pairs && !second && (i == 0 || i == 3);
    if (second) {
      v[i] = v[i - 1], ++v[i].t.offset;
      continue;
    }
    /* inputs broadcast (the bias above all); dbias is dx's sum over its size-1 dimensions */
    const int may_broadcast = which == 4 ? i == 1 : i < nin && !first;
    tidy_view(r, &v[i], &shape, may_broadcast, first, place == 3 ? 0 : i % NBUF, cursor);
  }
  if (which == 4 || place < 4 || place == 6) return;
  if (which == 1) { /* da over a, db over b */
    v[0] = v[3], v[1] = v[4];
  } else if (which == 3) { /* dx over dy, or over x */
    v[place == 4 ? 2 : 0] = v[3];
  } else { /* y over a, or (gated) over b */
    v[which == 0 && place == 5 ? 1 : 0] = v[nv - 1];
  }
}

/* clact_bias_grad_view's rules (docs/API.md, docs/ERRORS.md): dx (v[0]) gives the shape,
 * dbias (v[1]) aligns with it as an input would; an empty dbias is a call that does
 * nothing; dbias may not self-alias nor share a byte with dx (read only where dx has
 * elements). Sets the views' aligned strides, *count (dx's elements) and *dcount
 * (dbias's); returns whether the kernel runs. */
static int model_dbias(expect *e, const bufs *b, tview *v, clact_dtype t, size_t *count,
                       size_t *dcount) {
  *count = *dcount = 0;
  if (!valid_dtype(t)) return rule(e, CLACT_ERROR_INVALID_DTYPE), 0;
  if (t == CLACT_F64 && !clact_context_supports(ctx, CLACT_F64))
    rule(e, CLACT_ERROR_UNSUPPORTED_DTYPE);
  const size_t es = elem_size(t);
  size_t c[2] = {0, 0};
  int ok = 1;
  for (int k = 0; k < 2; ++k) {
    const clact_tensor *s = &v[k].t;
    if (v[k].null_view) {
      rule(e, CLACT_ERROR_INVALID_ARGUMENT), ok = 0;
      continue;
    }
    if (s->rank < 1 || s->rank > CLACT_MAX_RANK) {
      rule(e, CLACT_ERROR_INVALID_RANK), ok = 0;
      continue;
    }
    unsigned __int128 n = 1;
    for (int d = 0; d < s->rank; ++d)
      if (s->size[d] == 0) n = 0;
    for (int d = 0; d < s->rank && n && n <= SIZE_MAX; ++d)
      n *= s->size[d];
    if (n * es > SIZE_MAX) rule(e, CLACT_ERROR_INVALID_SIZE), ok = 0;
    c[k] = (size_t)n;
  }
  if (!ok) return 0;
  const clact_tensor *shape = &v[0].t;
  for (int d = 0; d < shape->rank; ++d)
    v[0].stride[d] = shape->size[d] == 1 ? 0 : shape->stride[d];
  const clact_tensor *dt = &v[1].t;
  if (dt->rank > shape->rank) return rule(e, CLACT_ERROR_INVALID_RANK), 0;
  const int lead = shape->rank - dt->rank;
  for (int d = 0; d < shape->rank; ++d) {
    const size_t sz = d < lead ? 1 : dt->size[d - lead];
    if (sz != 1 && sz != shape->size[d]) rule(e, CLACT_ERROR_SHAPE_MISMATCH), ok = 0;
    v[1].stride[d] = sz == 1 ? 0 : dt->stride[d - lead];
  }
  if (!ok || c[1] == 0) return 0;
  for (int k = c[0] > 0 ? 0 : 1; k < 2; ++k) { /* dx by the shape, dbias by its own */
    unsigned __int128 last = v[k].t.offset;
    for (int d = 0; d < v[k].t.rank; ++d)
      last += (unsigned __int128)(v[k].t.size[d] - 1) * v[k].t.stride[d];
    if (v[k].buf == -1)
      rule(e, CLACT_ERROR_INVALID_ARGUMENT), ok = 0;
    else if (v[k].buf == -2)
      rule(e, CLACT_ERROR_CONTEXT_MISMATCH), ok = 0;
    else if ((last + 1) * es > b->size[v[k].buf])
      rule(e, CLACT_ERROR_OUT_OF_RANGE), ok = 0;
  }
  if (!ok) return 0;
  /* dbias's own elements: the sorted-stride rule over its own shape, and a brute-force
   * check that no collision escapes it */
  tview own = v[1];
  for (int d = 0; d < dt->rank; ++d)
    own.stride[d] = dt->stride[d];
  const int alias = breaks_self_alias(dt, &own, c[1], es, "a dbias");
  if (alias) return rule(e, CLACT_ERROR_OUTPUT_ALIAS), 0;
  if (c[0] > 0 && v[0].buf == v[1].buf) { /* dx's bytes against dbias's */
    static uint8_t mark[MAX_BYTES];
    memset(mark, 0, sizeof mark);
    tview distinct = v[0]; /* dx's broadcast dimensions walked once */
    clact_tensor dshape = *shape;
    size_t dn = 1;
    for (int d = 0; d < shape->rank; ++d) {
      if (v[0].stride[d] == 0) dshape.size[d] = 1;
      dn *= dshape.size[d];
    }
    mark_view(&dshape, &distinct, dn, es, mark);
    int shares = 0;
    for (size_t i = 0; i < c[1] && !shares; ++i)
      for (size_t q = 0; q < es; ++q)
        shares |= mark[tview_elem(dt, &own, i) * es + q];
    if (shares) return rule(e, CLACT_ERROR_OVERLAP), 0;
    e->maybe_overlap = 1;
  }
  *count = c[0], *dcount = c[1];
  return 1;
}

/* The gate's value g(a), or dy g'(a), as the gated kernels hold it before b (or dy) joins:
 * a number of the compute type (kernels/gated.cl: the scaled value's m, whose k <= 0 only
 * keeps an exponential's underflow away), so beyond that type's range it is infinite
 * whatever b, as an f beyond it is whatever alpha (docs/ACCURACY.md, "Gated activations":
 * relu_squared's a^2 for |a| > 2^64 in float, 2^512 in f64). */
static long double gate_value(int t, long double v) {
  const long double r = compute_round(t, v);
  return isinf(r) ? r : v;
}

/* Every element of a gated or bias call's outputs against the reference. */
static void judge_fused(unsigned which, int clamped, double limit, const clact_op *op,
                        const bufs *b, const tview *v, int nin, int nv, size_t count) {
  const int t = op->dtype;
  const clact_tensor *shape = &v[nv - 1].t;
  const long double lim = kernel_sees(limit, t != CLACT_F64);
  for (size_t i = 0; i < count; ++i) {
    long double in[3];
    for (int k = 0; k < nin; ++k)
      in[k] = load_at(t, b->before[v[k].buf], tview_elem(shape, &v[k], i));
    for (int o = nin; o < nv; ++o) {
      const size_t j = tview_elem(shape, &v[o], i);
      const long double old = load_at(t, b->before[v[o].buf], j);
      const long double got = load_at(t, b->after[v[o].buf], j);
      long double f, dy = which == 1 || which == 3 ? in[2] : 1;
      int ok;
      ref_dir d = REF_FWD;
      if (which < 2) { /* a' = min(a, limit), b' = clamp(b) + 1; NaN passes the clamps */
        long double a = in[0], g = in[1];
        int pass_a = 1, pass_b = 1;
        if (clamped) {
          pass_a = a <= lim, pass_b = -lim <= g && g <= lim;
          a = a > lim ? lim : a;
          g = compute_round(t, (g > lim ? lim : g < -lim ? -lim : g) + 1);
        }
        long double scale = g, factor = g;
        if (which == 0) {
          f = gate_value(t, ref_forward(op, a)) * g;
        } else if (o == 3) { /* da = dy b' g'(a') where a <= limit */
          d = REF_BWD, scale = dy * g;
          f = pass_a ? gate_value(t, ref_backward(op, a, dy)) * g : 0;
        } else { /* db = dy g(a') where -limit <= b <= limit: a forward with b = dy */
          scale = factor = dy, dy = 1;
          f = pass_b ? gate_value(t, ref_forward(op, a)) * scale : 0;
        }
        double u;
        ok = !ref_in_domain(op, d, a, dy, factor) ||
             ref_judge_gated_blend(op, d, zeros_of(op), a, scale, f, old, got, &u);
      } else { /* s = x + bias in the compute precision */
        const long double x = compute_round(t, in[0] + in[1]);
        d = which == 2 ? REF_FWD : REF_BWD;
        f = d == REF_FWD ? ref_forward(op, x) : ref_backward(op, x, dy);
        ok = judge(op, d, x, x, dy, f, old, got);
      }
      if (!ok)
        BAD("fused call %u%s %s %s output %d i=%zu: in %.21Lg %.21Lg %.21Lg old=%.21Lg got=%.21Lg "
            "ref=%.21Lg (alpha %g beta %g p0 %g limit %g)",
            which, clamped && which < 2 ? " clamped" : "", clact_activation_name(op->activation),
            clact_dtype_name(op->dtype), o, i, in[0], in[1], nin > 2 ? in[2] : 0.0L, old, got, f,
            op->alpha, op->beta, op->param[0], limit);
    }
  }
}

/* dbias (v[1]) against the long-double sum of dx (v[0]) over its broadcast dimensions:
 * within 2u |sum| + 4 n u^2 sum |dx| (the compensated sum in the compute precision, u its
 * unit roundoff) or 1 ulp of storage, as tests/test_bias.c judges it; sums with a term
 * that is not finite, or near the compute or storage type's overflow, are left out (the
 * contract says nothing of them). */
static void judge_dbias(clact_dtype t, const bufs *b, const tview *v, size_t count, size_t dcount) {
  static long double sum[MAX_BYTES], abs_sum[MAX_BYTES];
  static size_t terms[MAX_BYTES];
  static uint8_t odd[MAX_BYTES];
  const clact_tensor *shape = &v[0].t, *dt = &v[1].t;
  tview own = v[1];
  for (int d = 0; d < dt->rank; ++d)
    own.stride[d] = dt->stride[d];
  for (size_t k = 0; k < dcount; ++k) {
    const size_t j = tview_elem(dt, &own, k);
    sum[j] = abs_sum[j] = 0, terms[j] = 0, odd[j] = 0;
  }
  for (size_t i = 0; i < count; ++i) {
    const size_t j = tview_elem(shape, &v[1], i);
    const long double x = load_at(t, b->before[v[0].buf], tview_elem(shape, &v[0], i));
    odd[j] |= !isfinite(x);
    sum[j] += x, abs_sum[j] += fabsl(x), ++terms[j];
  }
  const long double u = t == CLACT_F64 ? 0x1p-53L : 0x1p-24L;
  const long double cmax = t == CLACT_F64 ? DBL_MAX : FLT_MAX;
  const long double smax = t == CLACT_F16 ? 65504.0L : cmax;
  for (size_t k = 0; k < dcount; ++k) {
    const size_t j = tview_elem(dt, &own, k);
    if (odd[j] || abs_sum[j] > cmax / 4 || fabsl(sum[j]) > smax / 2) continue;
    const long double got = load_at(t, b->after[v[1].buf], j);
    const long double tol = 2 * u * fabsl(sum[j]) + 4 * u * u * abs_sum[j] * (long double)terms[j];
    if (!(fabsl(got - sum[j]) <= tol || ulp_error(t, got, sum[j]) <= 1))
      BAD("dbias %s element %zu (of %zu, %zu terms): got %.21Lg, sum %.21Lg", clact_dtype_name(t),
          k, dcount, terms[j], got, sum[j]);
  }
}

static void fused_call(reader *r, clact_op *op, bufs *b, int tidy) {
  const unsigned which = u8(r) % 5, want_event = u8(r) & 1;
  const unsigned lsel = u8(r);
  const double limit =
      clamp_limits[lsel % (tidy ? 7 : sizeof clamp_limits / sizeof clamp_limits[0])];
  const int clamped = u8(r) & 1;
  /* operands: gated fwd a, b -> y; gated bwd a, b, dy -> da, db; bias fwd x, bias -> y;
   * bias bwd x, bias, dy -> dx; dbias dx -> dbias (the output may broadcast there) */
  static const int nin_of[5] = {2, 3, 2, 3, 1}, nout_of[5] = {1, 2, 1, 1, 1};
  const int nin = nin_of[which], nout = nout_of[which], nv = nin + nout;
  tview v[5];
  if (tidy) {
    tidy_views(r, which, v, nin, nv);
  } else {
    read_tview(r, &v[nv - 1], NULL, 0);
    for (int i = 0; i < nv - 1; ++i)
      read_tview(r, &v[i], which == 4 ? NULL : &v[nv - 1].t, v[nv - 1].buf);
    if (which == 4) { /* dbias: dx gives the shape, dbias aligns with it */
      tview t = v[0];
      v[0] = v[1], v[1] = t;
    }
  }
  expect e = {{0}, 0, 0};
  const size_t es = valid_dtype(op->dtype) ? elem_size(op->dtype) : 0;
  size_t count = 0, dcount = 0;
  int runs;
  if (which < 4) {
    op_rules(&e, op);
    if (clamped && which < 2 && !clamp_limit_ok(limit, op->dtype))
      rule(&e, CLACT_ERROR_INVALID_PARAMETER);
    runs = model_views(&e, b, v, nv, es, es != 0, -1, &count, nout);
  } else {
    runs = model_dbias(&e, b, v, op->dtype, &count, &dcount);
  }
  snapshot(b, 0);
  const clact_tensor *tv[5];
  cl_mem mem[5];
  for (int i = 0; i < nv; ++i)
    tv[i] = v[i].null_view ? NULL : &v[i].t, mem[i] = tview_mem(b, &v[i]);
  cl_event ev = NULL, *evp = want_event ? &ev : NULL;
  clact_status st;
  switch (which) {
  case 0:
    st = clamped ? clact_gated_clamped_forward_view(ctx, op, limit, mem[0], tv[0], mem[1], tv[1],
                                                    mem[2], tv[2], 0, NULL, evp)
                 : clact_gated_forward_view(ctx, op, mem[0], tv[0], mem[1], tv[1], mem[2], tv[2], 0,
                                            NULL, evp);
    break;
  case 1:
    st = clamped ? clact_gated_clamped_backward_view(ctx, op, limit, mem[0], tv[0], mem[1], tv[1],
                                                     mem[2], tv[2], mem[3], tv[3], mem[4], tv[4], 0,
                                                     NULL, evp)
                 : clact_gated_backward_view(ctx, op, mem[0], tv[0], mem[1], tv[1], mem[2], tv[2],
                                             mem[3], tv[3], mem[4], tv[4], 0, NULL, evp);
    break;
  case 2:
    st =
        clact_bias_forward_view(ctx, op, mem[0], tv[0], mem[1], tv[1], mem[2], tv[2], 0, NULL, evp);
    break;
  case 3:
    st = clact_bias_backward_view(ctx, op, mem[0], tv[0], mem[1], tv[1], mem[2], tv[2], mem[3],
                                  tv[3], 0, NULL, evp);
    break;
  default:
    st = clact_bias_grad_view(ctx, op->dtype, mem[0], tv[0], mem[1], tv[1], 0, NULL, evp);
    break;
  }
  if (!allowed(&e, st))
    BAD("fused call %u%s %s %s: returned %s; %d rule(s) broken, first %s", which,
        clamped && which < 2 ? " clamped" : "",
        clact_activation_name(op->activation) ? clact_activation_name(op->activation) : "?",
        clact_dtype_name(op->dtype) ? clact_dtype_name(op->dtype) : "?", clact_status_name(st),
        e.count, e.count ? clact_status_name(e.codes[0]) : "-");
  settle_call(b, st, ev, want_event);
  static uint8_t changed[NBUF][MAX_BYTES];
  memset(changed, 0, sizeof changed);
  const int checked = st == CLACT_SUCCESS && runs;
  if (checked && which == 4) {
    tview own = v[1];
    for (int k = 0; k < v[1].t.rank; ++k)
      own.stride[k] = v[1].t.stride[k];
    mark_view(&v[1].t, &own, dcount, es, changed[v[1].buf]);
    if (count <= (size_t)1 << 20) judge_dbias(op->dtype, b, v, count, dcount);
  } else if (checked) {
    for (int i = nin; i < nv; ++i)
      mark_view(&v[nv - 1].t, &v[i], count, es, changed[v[i].buf]);
    judge_fused(which, clamped, limit, op, b, v, nin, nv, count);
  }
  count_reach((int)which, clamped, st == CLACT_SUCCESS, checked);
  char call[32];
  snprintf(call, sizeof call, "fused call %u", which);
  check_only_outputs_changed(b, st, changed, call);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  reader r = {data, size};
  current_input = data, current_size = size;
  /* The kinds: 0..5 as byte % 6 (the corpus files depend on it); the kinds added later
   * take byte values no corpus file had when they came: 0xe9 .. 0xef PReLU on N-D views
   * (7; two corpus files start with 0xe8), 0xf0 .. 0xfb the N-D view calls (6), 0xfc ..
   * 0xff the 8-bit call (8), 0xe0 .. 0xe7 the gated and bias calls (9; 0xe4 .. 0xe7 tidy ones,
   * fused_call). */
  const unsigned kind_byte = u8(&r);
  const int kind = kind_byte >= 0xfc                        ? 8
                   : kind_byte >= 0xf0                      ? 6
                   : kind_byte >= 0xe9 && kind_byte <= 0xef ? 7
                   : kind_byte >= 0xe0 && kind_byte <= 0xe7 ? 9
                                                            : (int)(kind_byte % 6);
  clact_op op;
  clact_op_init(&op, CLACT_SIGMOID);
  /* a fixed modulus, so that a corpus file keeps its activation when rows are added: -1 and
   * the indices past the table are the unknown ones */
  const int tidy = kind == 9 && (kind_byte & 4); /* a valid op (fused_call) */
  const unsigned asel = u8(&r), tsel = u8(&r), p0sel = u8(&r), p1sel = u8(&r);
  const unsigned alpha_sel = u8(&r), beta_sel = u8(&r);
  op.activation = tidy ? (clact_activation)(asel % CLACT_ACTIVATION_COUNT)
                       : (clact_activation)((int)(asel % ACTIVATION_CHOICES) - 1);
  op.dtype = tidy ? (clact_dtype)(tsel % CLACT_DTYPE_COUNT) : (clact_dtype)((int)(tsel % 6) - 1);
  op.param[0] = pick_p0(tidy ? p0sel % 6 : p0sel, op.activation); /* 0 .. 5: valid choices */
  op.param[1] = pick_p1(tidy ? p1sel % 7 : p1sel);                /* 0 .. 6: 0 and 0.5 */
  op.alpha = pick_alpha(tidy ? alpha_sel % 9 : alpha_sel);        /* 0 .. 8: finite */
  op.beta = pick_beta(tidy ? beta_sel % 9 : beta_sel);
  const unsigned nsel = u16(&r);
  const size_t es = valid_dtype(op.dtype) ? elem_size(op.dtype) : 2;
  size_t n = nsel % 300;
  if (nsel >= 0xfff0)
    n = nsel & 1 ? SIZE_MAX : SIZE_MAX / es + 1; /* n * es overflows */
  else if (nsel >= 0xffe0 && kind < 3)
    n = SIZE_MAX / 16; /* fits, far past every buffer */

  bufs *b = malloc(sizeof *b);
  if (!b) BAD("malloc");
  for (int i = 0; i < NBUF; ++i) {
    b->size[i] = u16(&r) % MAX_BYTES + 1;
    if (tidy) b->size[i] = MAX_BYTES;
    if (clact_buffer_create(ctx, b->size[i], &b->mem[i])) BAD("buffer");
  }
  /* contents: the rest of the input, repeated (raw element bits: NaN, inf, subnormals) */
  for (int i = 0; i < NBUF; ++i) {
    for (size_t k = 0; k < b->size[i]; ++k)
      b->before[i][k] = r.n ? r.p[(k * 7 + (size_t)i * 131) % r.n] : (uint8_t)(k + i);
    if (clact_buffer_write(ctx, b->mem[i], 0, b->size[i], b->before[i])) BAD("write");
  }
  if (kind <= 2)
    enqueue_call(&r, &op, kind, n, b);
  else if (kind <= 4)
    host_call(&r, &op, kind, n, r.p, r.n);
  else if (kind == 5)
    helper_call(&r, b);
  else if (kind == 6)
    view_call(&r, &op, b);
  else if (kind == 7)
    prelu_view_call(&r, &op, b);
  else if (kind == 8)
    quant_call(&r, &op, n, b);
  else
    fused_call(&r, &op, b, tidy);
  for (int i = 0; i < NBUF; ++i)
    clact_buffer_release(b->mem[i]);
  free(b);
  return 0;
}
