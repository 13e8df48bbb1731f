/* test_faults.c — fault injection (docs/ERRORS.md): linked against clact_fault, the library
 * built with CLACT_FAULT_INJECTION, and linked with -Wl,--wrap for the OpenCL calls that
 * create, retain or release objects and for malloc/calloc/free, so that every object and
 * every heap block the library makes is counted here.
 *
 *   clact_fault_tests walk      for k = 0, 1, ...: fail fault point k (then: every point
 *                               from k on), run a scenario that reaches every fault point;
 *                               the call that met the fault must return an error status,
 *                               leave no object or heap block behind, and the same call
 *                               must then succeed with correct results; until a run meets
 *                               no fault point
 *   clact_fault_tests walk_one  the walk's first half (one point fails), walk_from its second
 *                               (every point from k on fails): ctests faults.walk_one/_from
 *   clact_fault_tests nofp64    the device's extensions without cl_khr_fp64: f64 is refused
 *                               by every entry point with CLACT_ERROR_UNSUPPORTED_DTYPE
 *   clact_fault_tests host_aliases the host-array calls with aliased arrays (one array for
 *                               all three of the backward's): right values, nothing held
 */
#include "clact.h"
#include "fault.h"
#include "reference.h"
#include "reference_q.h"

#include <math.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FAIL(...)                                                                                  \
  do {                                                                                             \
    fprintf(stderr, "%s:%d: ", __FILE__, __LINE__);                                                \
    fprintf(stderr, __VA_ARGS__);                                                                  \
    fputc('\n', stderr);                                                                           \
    return 1;                                                                                      \
  } while (0)

/* ---- counting what the program makes: OpenCL objects and heap blocks --------------------- */
enum { OBJ_CONTEXT, OBJ_QUEUE, OBJ_PROGRAM, OBJ_KERNEL, OBJ_MEM, OBJ_EVENT, OBJ_HEAP, OBJ_COUNT };
static const char *const obj_names[OBJ_COUNT] = {"context", "queue", "program",   "kernel",
                                                 "mem",     "event", "heap block"};
static atomic_long live[OBJ_COUNT];
static atomic_int hide_fp64;

static void snapshot(long *out) {
  for (int i = 0; i < OBJ_COUNT; ++i)
    out[i] = atomic_load(&live[i]);
}

/* Whether the live counts equal *before; with cache_ok, programs and kernels may have grown:
 * a call that built and cached a program and then failed at its launch keeps the program in
 * the context (released at destroy, which the run's final check covers). */
static int same_live(const long *before, const char *where, int cache_ok) {
  int same = 1;
  for (int i = 0; i < OBJ_COUNT; ++i) {
    const long now = atomic_load(&live[i]);
    const int cached = cache_ok && (i == OBJ_PROGRAM || i == OBJ_KERNEL) && now > before[i];
    if (now != before[i] && !cached) {
      fprintf(stderr, "  %s: %ld %s(s) live, %ld before\n", where, now, obj_names[i], before[i]);
      same = 0;
    }
  }
  return same;
}

static void count(int kind, int made) {
  if (made) atomic_fetch_add(&live[kind], 1);
}

/* The wrappers: -Wl,--wrap=NAME sends every call of NAME in this program (the library's
 * objects included) to __wrap_NAME; __real_NAME is the original. */
void *__real_malloc(size_t);
void *__real_calloc(size_t, size_t);
void __real_free(void *);
void *__wrap_malloc(size_t bytes) {
  void *p = __real_malloc(bytes);
  count(OBJ_HEAP, p != NULL);
  return p;
}
void *__wrap_calloc(size_t n, size_t bytes) {
  void *p = __real_calloc(n, bytes);
  count(OBJ_HEAP, p != NULL);
  return p;
}
void __wrap_free(void *p) {
  if (p) atomic_fetch_sub(&live[OBJ_HEAP], 1);
  __real_free(p);
}

typedef void(CL_CALLBACK *notify_fn)(const char *, const void *, size_t, void *);
cl_context __real_clCreateContext(const cl_context_properties *, cl_uint, const cl_device_id *,
                                  notify_fn, void *, cl_int *);
cl_context __wrap_clCreateContext(const cl_context_properties *props, cl_uint n,
                                  const cl_device_id *devices, notify_fn fn, void *data,
                                  cl_int *err) {
  cl_context c = __real_clCreateContext(props, n, devices, fn, data, err);
  count(OBJ_CONTEXT, c != NULL);
  return c;
}
cl_command_queue __real_clCreateCommandQueue(cl_context, cl_device_id, cl_command_queue_properties,
                                             cl_int *);
cl_command_queue __wrap_clCreateCommandQueue(cl_context c, cl_device_id d,
                                             cl_command_queue_properties props, cl_int *err) {
  cl_command_queue q = __real_clCreateCommandQueue(c, d, props, err);
  count(OBJ_QUEUE, q != NULL);
  return q;
}
cl_program __real_clCreateProgramWithSource(cl_context, cl_uint, const char **, const size_t *,
                                            cl_int *);
cl_program __wrap_clCreateProgramWithSource(cl_context c, cl_uint n, const char **src,
                                            const size_t *len, cl_int *err) {
  cl_program p = __real_clCreateProgramWithSource(c, n, src, len, err);
  count(OBJ_PROGRAM, p != NULL);
  return p;
}
cl_kernel __real_clCreateKernel(cl_program, const char *, cl_int *);
cl_kernel __wrap_clCreateKernel(cl_program p, const char *name, cl_int *err) {
  cl_kernel k = __real_clCreateKernel(p, name, err);
  count(OBJ_KERNEL, k != NULL);
  return k;
}
cl_mem __real_clCreateBuffer(cl_context, cl_mem_flags, size_t, void *, cl_int *);
cl_mem __wrap_clCreateBuffer(cl_context c, cl_mem_flags flags, size_t size, void *host,
                             cl_int *err) {
  cl_mem m = __real_clCreateBuffer(c, flags, size, host, err);
  count(OBJ_MEM, m != NULL);
  return m;
}
cl_int __real_clEnqueueNDRangeKernel(cl_command_queue, cl_kernel, cl_uint, const size_t *,
                                     const size_t *, const size_t *, cl_uint, const cl_event *,
                                     cl_event *);
cl_int __wrap_clEnqueueNDRangeKernel(cl_command_queue q, cl_kernel k, cl_uint dim,
                                     const size_t *offset, const size_t *global,
                                     const size_t *local, cl_uint nw, const cl_event *wait,
                                     cl_event *ev) {
  cl_int err = __real_clEnqueueNDRangeKernel(q, k, dim, offset, global, local, nw, wait, ev);
  count(OBJ_EVENT, err == CL_SUCCESS && ev);
  return err;
}
cl_int __real_clEnqueueMarkerWithWaitList(cl_command_queue, cl_uint, const cl_event *, cl_event *);
cl_int __wrap_clEnqueueMarkerWithWaitList(cl_command_queue q, cl_uint nw, const cl_event *wait,
                                          cl_event *ev) {
  cl_int err = __real_clEnqueueMarkerWithWaitList(q, nw, wait, ev);
  count(OBJ_EVENT, err == CL_SUCCESS && ev);
  return err;
}

#define RETAIN_RELEASE(TYPE, NAME, KIND)                                                           \
  cl_int __real_clRetain##NAME(TYPE);                                                              \
  cl_int __wrap_clRetain##NAME(TYPE o) {                                                           \
    cl_int err = __real_clRetain##NAME(o);                                                         \
    count(KIND, err == CL_SUCCESS);                                                                \
    return err;                                                                                    \
  }                                                                                                \
  cl_int __real_clRelease##NAME(TYPE);                                                             \
  cl_int __wrap_clRelease##NAME(TYPE o) {                                                          \
    cl_int err = __real_clRelease##NAME(o);                                                        \
    if (err == CL_SUCCESS) atomic_fetch_sub(&live[KIND], 1);                                       \
    return err;                                                                                    \
  }
RETAIN_RELEASE(cl_context, Context, OBJ_CONTEXT)
RETAIN_RELEASE(cl_command_queue, CommandQueue, OBJ_QUEUE)
RETAIN_RELEASE(cl_program, Program, OBJ_PROGRAM)
RETAIN_RELEASE(cl_kernel, Kernel, OBJ_KERNEL)
RETAIN_RELEASE(cl_mem, MemObject, OBJ_MEM)
RETAIN_RELEASE(cl_event, Event, OBJ_EVENT)
#undef RETAIN_RELEASE

/* With hide_fp64 set, the device's extension string loses cl_khr_fp64 (same length). */
cl_int __real_clGetDeviceInfo(cl_device_id, cl_device_info, size_t, void *, size_t *);
cl_int __wrap_clGetDeviceInfo(cl_device_id d, cl_device_info what, size_t size, void *value,
                              size_t *size_ret) {
  cl_int err = __real_clGetDeviceInfo(d, what, size, value, size_ret);
  if (err == CL_SUCCESS && what == CL_DEVICE_EXTENSIONS && value && size &&
      atomic_load(&hide_fp64)) {
    char *s = value, *hit;
    s[size - 1] = '\0';
    while ((hit = strstr(s, "cl_khr_fp64")) != NULL)
      memcpy(hit, "cl_khr_fpXX", 11);
  }
  return err;
}

/* ---- the scenario: every public call that allocates or creates ------------------------- */
enum { N = 1027 };                   /* a tail for every vector width */
#define STEP_WRONG ((clact_status)1) /* a wrong result or handle: no status has this value */

typedef struct state {
  clact_context *ctx, *borrowed;
  cl_mem bx, by, bdy, bslope;
} state;

_Alignas(4096) static float hx[N + 1], hy[N + 1], hdy[N + 1];
_Alignas(4096) static uint16_t h16[N], h16dy[N], h16dx[N];
static float base_x[N + 1], base_dy[N + 1]; /* one more: buffers hold N + 1 */

/* got[i] against the reference of op in direction d; in[] is x, or y for REF_BWDY. */
static int judged(const clact_op *op, ref_dir d, const float *in, const float *dy,
                  const float *got) {
  ref_zeros z;
  ref_find_derivative_zeros(op, &z);
  for (int i = 0; i < N; ++i) {
    const long double ref = d == REF_FWD   ? ref_forward(op, in[i])
                            : d == REF_BWD ? ref_backward(op, in[i], dy[i])
                                           : ref_backward_from_y(op, in[i], dy[i]);
    double u;
    if (!ref_judge(op, d, &z, in[i], d == REF_FWD ? 1 : dy[i], got[i], ref, &u)) {
      fprintf(stderr, "  %s %s: in=%g got=%g ref=%Lg\n", clact_activation_name(op->activation),
              ref_dir_name(d), in[i], got[i], ref);
      return 0;
    }
  }
  return 1;
}

static clact_status step_create(state *s) {
  s->ctx = (clact_context *)&s->ctx; /* must be reset to NULL on failure */
  clact_status st = clact_context_create(&s->ctx, NULL);
  if (st && s->ctx) return STEP_WRONG;
  return st;
}

static clact_status step_prepare(state *s) {
  clact_op op;
  clact_op_init(&op, CLACT_SIGMOID);
  return clact_prepare(s->ctx, &op);
}

/* The name as OpenCL gives it, truncated to the caller's buffer; on failure the buffer is
 * untouched. */
static clact_status step_device_name(state *s) {
  char name[8], want[1024] = {0};
  memset(name, '#', sizeof name);
  const clact_status st = clact_context_device_name(s->ctx, name, sizeof name);
  if (st) {
    for (size_t i = 0; i < sizeof name; ++i)
      if (name[i] != '#') return STEP_WRONG;
    return st;
  }
  cl_device_id d;
  if (clact_context_device(s->ctx, &d) ||
      clGetDeviceInfo(d, CL_DEVICE_NAME, sizeof want - 1, want, NULL) != CL_SUCCESS)
    return STEP_WRONG;
  return strncmp(name, want, sizeof name - 1) == 0 && name[sizeof name - 1] == '\0' ? st
                                                                                    : STEP_WRONG;
}

static clact_status make_buffer(state *s, cl_mem *b, const float *data) {
  clact_status st = clact_buffer_create(s->ctx, sizeof hx, b);
  if (st) return *b ? STEP_WRONG : st;
  st = clact_buffer_write(s->ctx, *b, 0, sizeof hx, data);
  if (st) {
    clact_buffer_release(*b);
    *b = NULL;
  }
  return st;
}
static clact_status step_buffer_x(state *s) { return make_buffer(s, &s->bx, base_x); }
static clact_status step_buffer_y(state *s) { return make_buffer(s, &s->by, base_x); }
static clact_status step_buffer_dy(state *s) { return make_buffer(s, &s->bdy, base_dy); }
static clact_status step_buffer_slope(state *s) { return make_buffer(s, &s->bslope, base_dy); }

/* sigmoid forward on buffers, with an event out (program already prepared) */
static clact_status step_forward(state *s) {
  clact_op op;
  clact_op_init(&op, CLACT_SIGMOID);
  cl_event ev = NULL;
  clact_status st = clact_forward(s->ctx, &op, N, s->bx, 0, 1, s->by, 0, 1, 0, NULL, &ev);
  if (st) return ev ? STEP_WRONG : st;
  st = clWaitForEvents(1, &ev);
  clReleaseEvent(ev);
  if (!st) st = clact_buffer_read(s->ctx, s->by, 0, N * sizeof(float), hy);
  if (st) return st;
  return judged(&op, REF_FWD, base_x, NULL, hy) ? CLACT_SUCCESS : STEP_WRONG;
}

/* n = 0 with an event asked for: the event is a marker, an object the call creates */
static clact_status step_marker(state *s) {
  clact_op op;
  clact_op_init(&op, CLACT_SIGMOID);
  cl_event ev = NULL;
  clact_status st = clact_forward(s->ctx, &op, 0, s->bx, 0, 1, s->by, 0, 1, 0, NULL, &ev);
  if (st) return ev ? STEP_WRONG : st;
  if (!ev) return STEP_WRONG;
  st = clWaitForEvents(1, &ev);
  clReleaseEvent(ev);
  return st;
}

/* swish backward on buffers: its program is built on the launch path */
static clact_status step_backward(state *s) {
  clact_op op;
  clact_op_init(&op, CLACT_SWISH);
  clact_status st = clact_backward(s->ctx, &op, CLACT_FROM_X, N, s->bx, 0, 1, s->bdy, 0, 1, s->by,
                                   0, 1, 0, NULL, NULL);
  if (!st) st = clact_buffer_read(s->ctx, s->by, 0, N * sizeof(float), hy);
  if (st) return st;
  return judged(&op, REF_BWD, base_x, base_dy, hy) ? CLACT_SUCCESS : STEP_WRONG;
}

/* tanh forward on aligned host arrays (zero-copy where memory is shared) */
static clact_status step_host_forward(state *s) {
  clact_op op;
  clact_op_init(&op, CLACT_TANH);
  memcpy(hx, base_x, sizeof base_x);
  clact_status st = clact_forward_host(s->ctx, &op, N, hx, hy);
  if (st) return st;
  return judged(&op, REF_FWD, base_x, NULL, hy) ? CLACT_SUCCESS : STEP_WRONG;
}

/* elu backward on misaligned host arrays (upload, launch, download) */
static clact_status step_host_backward(state *s) {
  clact_op op;
  clact_op_init(&op, CLACT_ELU);
  memcpy(hx + 1, base_x, N * sizeof base_x[0]);
  memcpy(hdy + 1, base_dy, N * sizeof base_dy[0]);
  clact_status st = clact_backward_host(s->ctx, &op, CLACT_FROM_X, N, hx + 1, hdy + 1, hy + 1);
  if (st) return st;
  return judged(&op, REF_BWD, base_x, base_dy, hy + 1) ? CLACT_SUCCESS : STEP_WRONG;
}

/* relu in place on host arrays: one buffer, retained for the alias */
static clact_status step_host_in_place(state *s) {
  clact_op op;
  clact_op_init(&op, CLACT_RELU);
  memcpy(hy, base_x, sizeof base_x);
  clact_status st = clact_forward_host(s->ctx, &op, N, hy, hy);
  if (st) return st;
  return judged(&op, REF_FWD, base_x, NULL, hy) ? CLACT_SUCCESS : STEP_WRONG;
}

/* sigmoid backward from y in f16 on host arrays: another program, another dtype */
static clact_status step_host_f16(state *s) {
  clact_op op;
  clact_op_init(&op, CLACT_SIGMOID);
  op.dtype = CLACT_F16;
  static float y[N], dy[N], got[N];
  for (int i = 0; i < N; ++i) {
    h16[i] = ref_float_to_half((float)ref_round(CLACT_F16, ref_forward(&op, base_x[i])));
    h16dy[i] = ref_float_to_half(base_dy[i]);
    y[i] = ref_half_to_float(h16[i]);
    dy[i] = ref_half_to_float(h16dy[i]);
  }
  clact_status st = clact_backward_host(s->ctx, &op, CLACT_FROM_Y, N, h16, h16dy, h16dx);
  if (st) return st;
  for (int i = 0; i < N; ++i)
    got[i] = ref_half_to_float(h16dx[i]);
  return judged(&op, REF_BWDY, y, dy, got) ? CLACT_SUCCESS : STEP_WRONG;
}

/* PReLU, channels last over 4 channels: a kernel object per call, and for the slope
 * gradient a scratch buffer, two launches and the event between them */
enum { PRELU_N = 1024, PRELU_C = 4 };

static clact_status step_prelu_forward(state *s) {
  cl_event ev = NULL;
  clact_status st = clact_prelu_forward(s->ctx, CLACT_F32, PRELU_N, PRELU_C, CLACT_CHANNELS_LAST, 1,
                                        s->bx, 0, s->bslope, 0, s->by, 0, 0, NULL, &ev);
  if (st) return ev ? STEP_WRONG : st;
  st = clWaitForEvents(1, &ev);
  clReleaseEvent(ev);
  if (!st) st = clact_buffer_read(s->ctx, s->by, 0, PRELU_N * sizeof(float), hy);
  if (st) return st;
  for (int i = 0; i < PRELU_N; ++i) {
    const float x = base_x[i], want = x > 0 ? x : base_dy[i % PRELU_C] * x;
    if (hy[i] != want) return STEP_WRONG;
  }
  return CLACT_SUCCESS;
}

static clact_status step_prelu_marker(state *s) { /* n = 0 with an event: a marker */
  cl_event ev = NULL;
  clact_status st = clact_prelu_forward(s->ctx, CLACT_F32, 0, PRELU_C, CLACT_CHANNELS_LAST, 1,
                                        s->bx, 0, s->bslope, 0, s->by, 0, 0, NULL, &ev);
  if (st) return ev ? STEP_WRONG : st;
  if (!ev) return STEP_WRONG;
  st = clWaitForEvents(1, &ev);
  clReleaseEvent(ev);
  return st;
}

static clact_status step_prelu_backward(state *s) {
  clact_status st =
      clact_prelu_backward(s->ctx, CLACT_F32, PRELU_N, PRELU_C, CLACT_CHANNELS_LAST, 1, s->bx, 0,
                           s->bslope, 0, s->bdy, 0, s->by, 0, 0, NULL, NULL);
  if (!st) st = clact_buffer_read(s->ctx, s->by, 0, PRELU_N * sizeof(float), hy);
  if (st) return st;
  for (int i = 0; i < PRELU_N; ++i) {
    const float want = base_x[i] > 0 ? base_dy[i] : base_dy[i % PRELU_C] * base_dy[i];
    if (hy[i] != want) return STEP_WRONG;
  }
  return CLACT_SUCCESS;
}

static clact_status step_prelu_slope_grad(state *s) {
  cl_event ev = NULL;
  clact_status st = clact_prelu_slope_grad(s->ctx, CLACT_F32, PRELU_N, PRELU_C, CLACT_CHANNELS_LAST,
                                           1, s->bx, 0, s->bdy, 0, s->by, 0, 0, NULL, &ev);
  if (st) return ev ? STEP_WRONG : st;
  st = clWaitForEvents(1, &ev);
  clReleaseEvent(ev);
  if (!st) st = clact_buffer_read(s->ctx, s->by, 0, PRELU_C * sizeof(float), hy);
  if (st) return st;
  for (int c = 0; c < PRELU_C; ++c) {
    double sum = 0, mag = 0;
    for (int i = c; i < PRELU_N; i += PRELU_C)
      if (base_x[i] <= 0)
        sum += (double)base_x[i] * base_dy[i], mag += fabs(base_x[i] * base_dy[i]);
    if (fabs(hy[c] - sum) > 1e-6 * mag + 1e-30) return STEP_WRONG;
  }
  return CLACT_SUCCESS;
}

/* Gated and bias calls (issue #16): ReGLU, exact in float (one rounding of relu(a) b), on
 * the first and second halves of bx; its backward on host arrays (their buffers); relu
 * of x + bias over [256, 4] with the slope buffer as the bias; dbias of dy over the rows.
 * Each builds its own (kind, gate, dtype) program. */
enum { GATED_N = 512, BIAS_ROWS = 256, BIAS_C = 4 };

static float relu_f(float v) { return v > 0 ? v : 0.0f; }

static clact_status step_gated_forward(state *s) {
  clact_op op;
  clact_op_init(&op, CLACT_RELU);
  const size_t n = GATED_N;
  clact_tensor av, bv;
  clact_tensor_init_dense(&av, 1, &n, 0);
  bv = av;
  bv.offset = GATED_N;
  clact_status st =
      clact_gated_forward_view(s->ctx, &op, s->bx, &av, s->bx, &bv, s->by, &av, 0, NULL, NULL);
  if (!st) st = clact_buffer_read(s->ctx, s->by, 0, GATED_N * sizeof(float), hy);
  for (int i = 0; !st && i < GATED_N; ++i)
    if (hy[i] != relu_f(base_x[i]) * base_x[GATED_N + i]) return STEP_WRONG;
  return st;
}

static clact_status step_gated_host_backward(state *s) {
  clact_op op;
  clact_op_init(&op, CLACT_RELU);
  static float da[GATED_N], db[GATED_N];
  clact_status st =
      clact_gated_backward_host(s->ctx, &op, GATED_N, base_x, base_x + GATED_N, base_dy, da, db);
  for (int i = 0; !st && i < GATED_N; ++i) {
    const float a = base_x[i], b = base_x[GATED_N + i], dy = base_dy[i];
    if (da[i] != (a > 0 ? dy : 0.0f * dy) * b || db[i] != relu_f(a) * dy) return STEP_WRONG;
  }
  return st;
}

static clact_status step_bias_forward(state *s) {
  clact_op op;
  clact_op_init(&op, CLACT_RELU);
  const size_t xs[2] = {BIAS_ROWS, BIAS_C}, cs = BIAS_C;
  clact_tensor xv, cv;
  clact_tensor_init_dense(&xv, 2, xs, 0);
  clact_tensor_init_dense(&cv, 1, &cs, 0);
  clact_status st =
      clact_bias_forward_view(s->ctx, &op, s->bx, &xv, s->bslope, &cv, s->by, &xv, 0, NULL, NULL);
  if (!st) st = clact_buffer_read(s->ctx, s->by, 0, BIAS_ROWS * BIAS_C * sizeof(float), hy);
  for (int i = 0; !st && i < BIAS_ROWS * BIAS_C; ++i) /* the slope buffer holds base_dy */
    if (hy[i] != relu_f(base_x[i] + base_dy[i % BIAS_C])) return STEP_WRONG;
  return st;
}

static clact_status step_bias_grad(state *s) {
  const size_t xs[2] = {BIAS_ROWS, BIAS_C}, cs = BIAS_C;
  clact_tensor xv, cv;
  clact_tensor_init_dense(&xv, 2, xs, 0);
  clact_tensor_init_dense(&cv, 1, &cs, 0);
  clact_status st = clact_bias_grad_view(s->ctx, CLACT_F32, s->bdy, &xv, s->by, &cv, 0, NULL, NULL);
  if (!st) st = clact_buffer_read(s->ctx, s->by, 0, BIAS_C * sizeof(float), hy);
  for (int c = 0; !st && c < BIAS_C; ++c) {
    double sum = 0, mag = 0;
    for (int i = c; i < BIAS_ROWS * BIAS_C; i += BIAS_C)
      sum += base_dy[i], mag += fabs(base_dy[i]);
    if (fabs(hy[c] - sum) > 1e-6 * mag + 1e-30) return STEP_WRONG;
  }
  return st;
}

/* a second context on the first one's queue, and a call on it (its own programs) */
static clact_status step_borrow(state *s) {
  cl_command_queue q;
  clact_status st = clact_context_queue(s->ctx, &q);
  if (st) return st;
  s->borrowed = (clact_context *)&s->borrowed;
  st = clact_context_create_from_queue(&s->borrowed, q);
  if (st) return s->borrowed ? STEP_WRONG : st;
  clact_op op;
  clact_op_init(&op, CLACT_LEAKY_RELU);
  st = clact_forward(s->borrowed, &op, N, s->bx, 0, 1, s->by, 0, 1, 0, NULL, NULL);
  if (!st) st = clact_buffer_read(s->borrowed, s->by, 0, N * sizeof(float), hy);
  if (!st && !judged(&op, REF_FWD, base_x, NULL, hy)) st = STEP_WRONG;
  if (st) { /* the failed call must leave this context usable too: retry it here */
    clact_context_destroy(s->borrowed);
    s->borrowed = NULL;
  }
  return st;
}

/* hardswish on u8 codes (the bytes of bx) to s8, every code through the table: the cache,
 * the table's buffer, the lookup program and its launch (include/clact.h, 8-bit) */
static clact_status step_forward_q(state *s) {
  clact_op op;
  clact_op_init(&op, CLACT_HARDSWISH);
  const clact_quant xq = {0.05, 128}, yq = {0.03, -20};
  clact_status st = clact_forward_q(s->ctx, &op, 4 * N, CLACT_U8, &xq, s->bx, 0, 1, CLACT_S8, &yq,
                                    s->by, 0, 1, 0, NULL, NULL);
  static uint8_t table[256], xb[4 * N], yb[4 * N];
  if (!st) st = clact_buffer_read(s->ctx, s->bx, 0, sizeof xb, xb);
  if (!st) st = clact_buffer_read(s->ctx, s->by, 0, sizeof yb, yb);
  if (!st) st = clact_lut_build(&op, CLACT_U8, &xq, CLACT_S8, &yq, table);
  for (int i = 0; !st && i < 4 * N; ++i)
    if (yb[i] != table[xb[i]]) return STEP_WRONG;
  return st;
}

/* sigmoid of the f32 inputs to s8 (the quantizing path computed on the device): the cache
 * of thresholds, their buffer, the activation's program and its launch; each code judged
 * by the oracle (reference_q.h) */
static clact_status step_forward_q_computed(state *s) {
  clact_op op;
  clact_op_init(&op, CLACT_SIGMOID);
  op.dtype = CLACT_F32; /* the compute type, for the judge */
  const refq_type y = {CLACT_S8, {1.0 / 256, -128}};
  clact_status st = clact_forward_q(s->ctx, &op, N, CLACT_F32, NULL, s->bx, 0, 1, CLACT_S8,
                                    &y.quant, s->by, 0, 1, 0, NULL, NULL);
  static uint8_t yb[N];
  if (!st) st = clact_buffer_read(s->ctx, s->by, 0, sizeof yb, yb);
  for (int i = 0; !st && i < N; ++i) {
    uint64_t want;
    if (!refq_judge_computed(&op, &y, base_x[i], yb[i], &want)) return STEP_WRONG;
  }
  return st;
}

static const struct {
  const char *name;
  clact_status (*run)(state *);
} steps[] = {
    {"context_create", step_create},
    {"prepare", step_prepare},
    {"device_name", step_device_name},
    {"buffer x", step_buffer_x},
    {"buffer y", step_buffer_y},
    {"buffer dy", step_buffer_dy},
    {"forward", step_forward},
    {"forward n=0 with an event", step_marker},
    {"backward", step_backward},
    {"forward_host", step_host_forward},
    {"backward_host", step_host_backward},
    {"forward_host in place", step_host_in_place},
    {"backward_host f16 from y", step_host_f16},
    {"buffer slope", step_buffer_slope},
    {"prelu_forward", step_prelu_forward},
    {"prelu_forward n=0 with an event", step_prelu_marker},
    {"prelu_backward", step_prelu_backward},
    {"prelu_slope_grad", step_prelu_slope_grad},
    {"create_from_queue", step_borrow},
    {"forward_q", step_forward_q},
    {"forward_q f32 in", step_forward_q_computed},
    {"gated_forward_view", step_gated_forward},
    {"gated_backward_host", step_gated_host_backward},
    {"bias_forward_view", step_bias_forward},
    {"bias_grad_view", step_bias_grad},
};
enum { STEPS = sizeof steps / sizeof steps[0] };

static void cleanup(state *s) {
  clact_buffer_release(s->bx);
  clact_buffer_release(s->by);
  clact_buffer_release(s->bdy);
  clact_buffer_release(s->bslope);
  clact_context_destroy(s->borrowed);
  clact_context_destroy(s->ctx);
  memset(s, 0, sizeof *s);
}

static int expected_failure(clact_status st) {
  return st == CLACT_ERROR_OUT_OF_MEMORY || st == CL_OUT_OF_HOST_MEMORY ||
         st == CL_BUILD_PROGRAM_FAILURE;
}

/* One run with fault points [k, k + count) failing (count < 0: all from k on). Sets *met
 * when a fault point failed. */
static int run_once(long k, long count, int *met, long *points) {
  state s = {0};
  long before[OBJ_COUNT], start[OBJ_COUNT];
  snapshot(start);
  *met = 0;
  clact_fault_arm(k, count);
  for (int i = 0; i < STEPS; ++i) {
    snapshot(before);
    const long fired = clact_fault_fired();
    const clact_status st = steps[i].run(&s);
    const int hit = clact_fault_fired() > fired;
    if (st == STEP_WRONG) FAIL("k=%ld: %s: wrong result or handle", k, steps[i].name);
    if (hit && st == CLACT_SUCCESS) FAIL("k=%ld: %s: a fault went unreported", k, steps[i].name);
    if (!hit && st != CLACT_SUCCESS)
      FAIL("k=%ld: %s: failed without a fault: %s", k, steps[i].name, clact_status_name(st));
    if (!hit) continue;
    *met = 1;
    *points = clact_fault_points();
    if (!expected_failure(st))
      FAIL("k=%ld: %s: unexpected status %s", k, steps[i].name, clact_status_name(st));
    if (!same_live(before, steps[i].name, 1))
      FAIL("k=%ld: %s: the failed call leaked", k, steps[i].name);
    if (s.ctx) { /* the build log stays readable after a failed build */
      char log[16];
      const clact_status ls = clact_build_log(s.ctx, log, sizeof log, NULL);
      if (ls != CLACT_SUCCESS && ls != CLACT_ERROR_BUFFER_TOO_SMALL)
        FAIL("k=%ld: build log: %s", k, clact_status_name(ls));
    }
    clact_fault_arm(-1, 0); /* the same call again, on the same context, must now work */
    const clact_status again = steps[i].run(&s);
    if (again != CLACT_SUCCESS)
      FAIL("k=%ld: %s: context not usable after the fault: %s", k, steps[i].name,
           clact_status_name(again));
  }
  if (!*met) *points = clact_fault_points();
  clact_fault_arm(-1, 0);
  cleanup(&s);
  if (!same_live(start, "after destroy", 0)) FAIL("k=%ld: objects leaked", k);
  return 0;
}

/* mode_first..mode_last of {one point fails, every point from k on fails}: two ctests, so
 * that each half runs in about half the time and both run side by side. */
static int test_walk(int mode_first, int mode_last) {
  for (int i = 0; i < N; ++i) {
    base_x[i] = (float)((i * 37) % 401 - 200) * 0.05f;
    base_dy[i] = (float)(i % 7) * 0.5f - 1.5f;
  }
  long clean_points = 0;
  int met;
  if (run_once(-1, 0, &met, &clean_points)) return 1;
  if (met || clean_points == 0)
    FAIL("a clean run met %ld fault points, failing %d", clean_points, met);
  printf("scenario: %d steps, %ld fault points\n", STEPS, clean_points);
  const long modes[2] = {1, -1}; /* one point fails; every point from k on fails */
  for (int m = mode_first; m <= mode_last; ++m) {
    long k = 0, points = 0, runs = 0;
    for (;; ++k, ++runs) {
      if (run_once(k, modes[m], &met, &points)) return 1;
      if (!met) break;
    }
    if (k != clean_points) FAIL("walk ended at %ld, the clean run has %ld points", k, clean_points);
    printf("%s: %ld runs, each fault point failed, reported, nothing leaked, context usable\n",
           m == 0 ? "one point fails" : "every point from k fails", runs);
  }
  return 0;
}

/* Host-array calls whose arrays alias each other in every allowed way (docs/API.md: y may
 * equal x, dx may equal dy or the input, so all three may be one array), on aligned arrays
 * (zero-copy where memory is shared) and misaligned ones (copied): each must give the
 * right values and, once it returns, hold no object and no heap block. Aliased arrays
 * share one buffer, retained once per alias: three aliases of one array once retained
 * the buffer twice for the third, and every such call leaked a buffer. */
static int test_host_aliases(void) {
  for (int i = 0; i < N; ++i) {
    base_x[i] = (float)((i * 37) % 401 - 200) * 0.05f;
    base_dy[i] = base_x[i];
  }
  clact_context *ctx;
  clact_status st = clact_context_create(&ctx, NULL);
  if (st) FAIL("context: %s", clact_status_name(st));
  clact_op op;
  clact_op_init(&op, CLACT_ELU);
  if ((st = clact_prepare(ctx, &op))) FAIL("prepare: %s", clact_status_name(st));
  float *const arrays[2] = {hx, hx + 1}; /* aligned, misaligned */
  for (int a = 0; a < 2; ++a) {
    float *const p = arrays[a];
    const char *where = a ? "misaligned" : "aligned";
    long before[OBJ_COUNT];
    /* in, dy and dx one array: dx = elu'(x) x */
    memcpy(p, base_x, N * sizeof base_x[0]);
    snapshot(before);
    if ((st = clact_backward_host(ctx, &op, CLACT_FROM_X, N, p, p, p)))
      FAIL("%s backward (in = dy = dx): %s", where, clact_status_name(st));
    if (!same_live(before, where, 0)) FAIL("%s backward (in = dy = dx): leaked", where);
    if (!judged(&op, REF_BWD, base_x, base_dy, p))
      FAIL("%s backward (in = dy = dx): values", where);
    /* in and dy one array, dx another */
    memcpy(p, base_x, N * sizeof base_x[0]);
    snapshot(before);
    if ((st = clact_backward_host(ctx, &op, CLACT_FROM_X, N, p, p, hdy)))
      FAIL("%s backward (in = dy): %s", where, clact_status_name(st));
    if (!same_live(before, where, 0)) FAIL("%s backward (in = dy): leaked", where);
    if (!judged(&op, REF_BWD, base_x, base_dy, hdy)) FAIL("%s backward (in = dy): values", where);
    /* forward in place */
    memcpy(p, base_x, N * sizeof base_x[0]);
    snapshot(before);
    if ((st = clact_forward_host(ctx, &op, N, p, p)))
      FAIL("%s forward (y = x): %s", where, clact_status_name(st));
    if (!same_live(before, where, 0)) FAIL("%s forward (y = x): leaked", where);
    if (!judged(&op, REF_FWD, base_x, NULL, p)) FAIL("%s forward (y = x): values", where);
  }
  clact_context_destroy(ctx);
  printf("host arrays aliased every allowed way: right values, nothing held after the call\n");
  return 0;
}

/* A device without cl_khr_fp64: f64 is refused everywhere, before anything is looked at. */
static int test_nofp64(void) {
  atomic_store(&hide_fp64, 1);
  clact_context *ctx;
  clact_status st = clact_context_create(&ctx, NULL);
  if (st) FAIL("context: %s", clact_status_name(st));
  if (clact_context_supports(ctx, CLACT_F64)) FAIL("f64 reported as supported");
  if (!clact_context_supports(ctx, CLACT_F32)) FAIL("f32 reported as unsupported");
  clact_op op;
  clact_op_init(&op, CLACT_TANH);
  op.dtype = CLACT_F64;
  cl_mem a, b;
  if (clact_buffer_create(ctx, 64 * 8, &a) || clact_buffer_create(ctx, 64 * 8, &b)) FAIL("buffers");
  double x[8] = {0, 1, -1, 2, -2, 0.5, -0.5, 3}, y[8];
  const clact_quant u8q = {0.1, 0};
  const struct {
    const char *what;
    clact_status got;
  } calls[] = {
      {"prepare", clact_prepare(ctx, &op)},
      {"forward", clact_forward(ctx, &op, 8, a, 0, 1, b, 0, 1, 0, NULL, NULL)},
      {"forward n=0", clact_forward(ctx, &op, 0, a, 0, 1, b, 0, 1, 0, NULL, NULL)},
      {"backward",
       clact_backward(ctx, &op, CLACT_FROM_X, 8, a, 0, 1, a, 0, 1, b, 0, 1, 0, NULL, NULL)},
      {"forward_host", clact_forward_host(ctx, &op, 8, x, y)},
      {"backward_host", clact_backward_host(ctx, &op, CLACT_FROM_Y, 8, x, x, y)},
      {"prelu_forward", clact_prelu_forward(ctx, CLACT_F64, 8, 4, CLACT_CHANNELS_LAST, 1, a, 0, b,
                                            0, b, 8, 0, NULL, NULL)},
      {"prelu_forward n=0", clact_prelu_forward(ctx, CLACT_F64, 0, 4, CLACT_CHANNELS_LAST, 1, a, 0,
                                                b, 0, b, 8, 0, NULL, NULL)},
      {"prelu_backward", clact_prelu_backward(ctx, CLACT_F64, 8, 4, CLACT_CHANNELS_LAST, 1, a, 0, b,
                                              0, a, 8, b, 8, 0, NULL, NULL)},
      {"prelu_slope_grad", clact_prelu_slope_grad(ctx, CLACT_F64, 8, 4, CLACT_CHANNELS_LAST, 1, a,
                                                  0, a, 8, b, 0, 0, NULL, NULL)},
      {"forward_q f64 in", clact_forward_q(ctx, &op, 8, CLACT_F64, NULL, a, 0, 1, CLACT_U8, &u8q, b,
                                           0, 1, 0, NULL, NULL)},
  };
  for (size_t i = 0; i < sizeof calls / sizeof calls[0]; ++i)
    if (calls[i].got != CLACT_ERROR_UNSUPPORTED_DTYPE)
      FAIL("%s: %s, expected CLACT_ERROR_UNSUPPORTED_DTYPE", calls[i].what,
           clact_status_name(calls[i].got));
  op.dtype = CLACT_F32; /* the other types still work */
  float fx[8] = {0, 1, -1, 2, -2, 0.5f, -0.5f, 3}, fy[8];
  if ((st = clact_forward_host(ctx, &op, 8, fx, fy))) FAIL("f32: %s", clact_status_name(st));
  clact_buffer_release(a);
  clact_buffer_release(b);
  clact_context_destroy(ctx);
  atomic_store(&hide_fp64, 0);
  printf("f64 refused on a device without cl_khr_fp64 by every entry point\n");
  return 0;
}

int main(int argc, char **argv) {
  const char *name = argc > 1 ? argv[1] : "";
  int failed;
  if (strcmp(name, "walk") == 0)
    failed = test_walk(0, 1);
  else if (strcmp(name, "walk_one") == 0)
    failed = test_walk(0, 0);
  else if (strcmp(name, "walk_from") == 0)
    failed = test_walk(1, 1);
  else if (strcmp(name, "nofp64") == 0)
    failed = test_nofp64();
  else if (strcmp(name, "host_aliases") == 0)
    failed = test_host_aliases();
  else {
    fprintf(stderr, "usage: clact_fault_tests walk|walk_one|walk_from|nofp64|host_aliases\n");
    return 2;
  }
  printf("%s: %s\n", name, failed ? "FAILED" : "passed");
  return failed;
}
