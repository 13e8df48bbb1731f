/* quant.c — the 8-bit activations (docs/QUANTIZED.md): checking a call, building its
 * table on the host (256 entries; 65536 for an f16/bf16 input), caching tables in the
 * context, and launching the lookup. */
#include "quant.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- checks ------------------------------------------------------------------------- */
static int known_dtype(clact_dtype t) {
  return clact_is_dtype8(t) || (unsigned)t < CLACT_DTYPE_COUNT;
}
static int is_affine(clact_dtype t) { return t == CLACT_U8 || t == CLACT_S8; }
static int is_16bit_input(clact_dtype t) { return t == CLACT_F16 || t == CLACT_BF16; }
size_t clact_q_codes(clact_dtype x) { return is_16bit_input(x) ? 65536 : 256; }

/* A tensor's type and quantization: NULL quant for u8/s8 is INVALID_ARGUMENT (fp8: scale
 * 1; f32/f16/bf16/f64: never read); a scale that is not finite and > 0, or a zero point
 * outside the type's range (fp8: not 0), INVALID_QUANT. */
static clact_status make_qtype(clact_dtype t, const clact_quant *q, qtype *out) {
  out->dtype = t;
  out->scale = 1;
  out->zero_point = 0;
  if (!clact_is_dtype8(t) || (!q && !is_affine(t))) return CLACT_SUCCESS;
  if (!q) return CLACT_ERROR_INVALID_ARGUMENT;
  const int qmin = t == CLACT_U8 ? 0 : t == CLACT_S8 ? -128 : 0;
  const int qmax = is_affine(t) ? qmin + 255 : 0;
  if (!isfinite(q->scale) || !(q->scale > 0)) return CLACT_ERROR_INVALID_QUANT;
  if (q->zero_point < qmin || q->zero_point > qmax) return CLACT_ERROR_INVALID_QUANT;
  out->scale = q->scale;
  out->zero_point = q->zero_point;
  return CLACT_SUCCESS;
}

/* The op of an 8-bit call: parameters finite and in their domain as doubles (the table is
 * made in long double, never from float parameters); no blending. */
static clact_status check_op(const clact_op *op) {
  if (!op) return CLACT_ERROR_INVALID_ARGUMENT;
  const activation_info *info = clact_info(op->activation);
  if (!info) return CLACT_ERROR_INVALID_ACTIVATION;
  const double p0 = op->param[0], p1 = op->param[1];
  if (!isfinite(p0) || !isfinite(p1)) return CLACT_ERROR_INVALID_PARAMETER;
  if (op->alpha != 1 || op->beta != 0) return CLACT_ERROR_INVALID_PARAMETER;
  switch (info->domain) {
  case CLACT_DOMAIN_P0_POSITIVE: return p0 > 0 ? CLACT_SUCCESS : CLACT_ERROR_INVALID_PARAMETER;
  case CLACT_DOMAIN_P0_NONNEGATIVE: return p0 >= 0 ? CLACT_SUCCESS : CLACT_ERROR_INVALID_PARAMETER;
  case CLACT_DOMAIN_P0_LESS_P1: return p0 < p1 ? CLACT_SUCCESS : CLACT_ERROR_INVALID_PARAMETER;
  default: return CLACT_SUCCESS;
  }
}

/* Everything about (op, x, y) but the buffers: the order of the statuses is the one
 * include/clact.h lists. */
static clact_status check_call(const clact_op *op, clact_dtype xt, const clact_quant *xq,
                               clact_dtype yt, const clact_quant *yq, qtype *x, qtype *y) {
  if (!op) return CLACT_ERROR_INVALID_ARGUMENT;
  if (!clact_info(op->activation)) return CLACT_ERROR_INVALID_ACTIVATION;
  if (!known_dtype(xt) || !known_dtype(yt)) return CLACT_ERROR_INVALID_DTYPE;
  /* the table needs few input codes: 8-bit ones, or f16/bf16 (65536) going to 8 bits;
   * f32/f64 to 8 bits is the computed path (is_computed), checked by its caller */
  if (!clact_is_dtype8(xt) && !(is_16bit_input(xt) && clact_is_dtype8(yt)))
    return CLACT_ERROR_INVALID_QUANT;
  clact_status st = make_qtype(xt, xq, x);
  if (!st) st = make_qtype(yt, yq, y);
  if (!st) st = check_op(op);
  return st;
}

/* f32 or f64 in, 8-bit out: f computed on the device in the input's precision. */
static int is_computed(clact_dtype xt, clact_dtype yt) {
  return (xt == CLACT_F32 || xt == CLACT_F64) && clact_is_dtype8(yt);
}

/* The computed path's checks, in the same order: the output's quantization, then the op
 * as the float path checks it for the input's precision (f32 kernels see the parameters
 * rounded to float), and no blending. */
static clact_status check_computed(const clact_op *op, clact_dtype xt, clact_dtype yt,
                                   const clact_quant *yq, qtype *y) {
  if (!op) return CLACT_ERROR_INVALID_ARGUMENT;
  if (!clact_info(op->activation)) return CLACT_ERROR_INVALID_ACTIVATION;
  clact_status st = make_qtype(yt, yq, y);
  if (st) return st;
  clact_op as_float = *op;
  as_float.dtype = xt;
  if ((st = clact_validate_op(&as_float))) return st;
  if (op->alpha != 1 || op->beta != 0) return CLACT_ERROR_INVALID_PARAMETER;
  return CLACT_SUCCESS;
}

/* ---- tables ------------------------------------------------------------------------- */
static void build_table(const clact_op *op, const qtype *x, const qtype *y, void *table) {
  const size_t es = clact_dtype_size(y->dtype), codes = clact_q_codes(x->dtype);
  for (unsigned c = 0; c < codes; ++c) {
    q_value f;
    clact_q_eval(op, clact_q_decode(x, c), &f);
    const unsigned long long bits = clact_q_round(y, f.v, clact_q_compare, &f);
    switch (es) {
    case 1: ((uint8_t *)table)[c] = (uint8_t)bits; break;
    case 2: ((uint16_t *)table)[c] = (uint16_t)bits; break;
    case 4: ((uint32_t *)table)[c] = (uint32_t)bits; break;
    default: ((uint64_t *)table)[c] = bits; break;
    }
  }
}

clact_status clact_lut_build(const clact_op *op, clact_dtype x_dtype, const clact_quant *x_quant,
                             clact_dtype y_dtype, const clact_quant *y_quant, void *table) {
  qtype x, y;
  clact_status st = check_call(op, x_dtype, x_quant, y_dtype, y_quant, &x, &y);
  if (st) return st;
  if (!table) return CLACT_ERROR_INVALID_ARGUMENT;
  build_table(op, &x, &y, table);
  return CLACT_SUCCESS;
}

/* The context's tables: a table is a small read-only buffer, found by its key. At most
 * LUT_CACHE_SIZE are kept; a new one replaces the oldest (a kernel already enqueued keeps
 * the buffer it uses alive: OpenCL frees a released buffer after its commands). */
enum { LUT_CACHE_SIZE = 64 };
typedef struct lut_key {
  clact_activation activation;
  double param[2];
  qtype x, y;
} lut_key;
typedef struct lut_cache {
  lut_key key[LUT_CACHE_SIZE];
  cl_mem table[LUT_CACHE_SIZE];
  int count, next;
} lut_cache;

static void make_key(const clact_op *op, const qtype *x, const qtype *y, lut_key *k) {
  memset(k, 0, sizeof *k); /* compared with memcmp: padding included */
  k->activation = op->activation;
  k->param[0] = op->param[0];
  k->param[1] = op->param[1];
  k->x.dtype = x->dtype, k->x.scale = x->scale, k->x.zero_point = x->zero_point;
  k->y.dtype = y->dtype, k->y.scale = y->scale, k->y.zero_point = y->zero_point;
}

/* The cached table of key k, or NULL. */
static cl_mem find_table(const lut_cache *c, const lut_key *k) {
  for (int i = 0; i < c->count; ++i)
    if (memcmp(&c->key[i], k, sizeof *k) == 0) return c->table[i];
  return NULL;
}

/* A read-only buffer holding bytes from host, which it frees. */
static clact_status make_buffer(clact_context *ctx, void *host, size_t bytes, cl_mem *out) {
  cl_int err = CL_OUT_OF_HOST_MEMORY;
  *out = NULL;
  if (!CLACT_FAULT())
    *out = clCreateBuffer(ctx->context, CL_MEM_READ_ONLY | CL_MEM_COPY_HOST_PTR, bytes, host, &err);
  free(host);
  return *out ? CLACT_SUCCESS : err;
}

/* A new table buffer for (op, x, y), not yet in the cache. */
static clact_status make_table(clact_context *ctx, const clact_op *op, const qtype *x,
                               const qtype *y, cl_mem *out) {
  const size_t bytes = clact_q_codes(x->dtype) * clact_dtype_size(y->dtype);
  void *host = clact_malloc(bytes);
  if (!host) return CLACT_ERROR_OUT_OF_MEMORY;
  build_table(op, x, y, host);
  return make_buffer(ctx, host, bytes, out);
}

/* The thresholds of the computed path (quant_thresholds.c) for compute type x->dtype. */
static clact_status make_thresholds(clact_context *ctx, const qtype *x, const qtype *y,
                                    cl_mem *out) {
  const size_t bytes = clact_q_thresholds_size(x->dtype);
  void *host = clact_malloc(bytes);
  if (!host) return CLACT_ERROR_OUT_OF_MEMORY;
  clact_q_thresholds(y, x->dtype, host);
  return make_buffer(ctx, host, bytes, out);
}

/* Keeps a table of a successful call, replacing the oldest when the cache is full. */
static void keep_table(lut_cache *c, const lut_key *k, cl_mem buf) {
  int slot;
  if (c->count < LUT_CACHE_SIZE) {
    slot = c->count++;
  } else {
    slot = c->next;
    clReleaseMemObject(c->table[slot]);
    c->next = (c->next + 1) % LUT_CACHE_SIZE;
  }
  c->key[slot] = *k;
  c->table[slot] = buf;
}

void clact_lut_cache_release(clact_context *ctx) {
  if (!ctx->lut) return;
  for (int i = 0; i < ctx->lut->count; ++i)
    clReleaseMemObject(ctx->lut->table[i]);
  free(ctx->lut);
  ctx->lut = NULL;
}

/* The lookup program's slot for an output element size: 2^slot bytes. */
static clact_dtype lut_slot(size_t es) {
  return es == 1 ? (clact_dtype)0 : es == 2 ? (clact_dtype)1 : es == 4 ? (clact_dtype)2 : CLACT_F64;
}

/* ---- the calls ---------------------------------------------------------------------- */
/* The cached table of key under ctx->lock, made when missing (make_thresholds where
 * thresholds, else make_table); *fresh: it is new, to be kept (keep_table) if the call
 * succeeds and released otherwise. */
static clact_status cached_table(clact_context *ctx, const lut_key *key, const clact_op *op,
                                 const qtype *x, const qtype *y, int thresholds, cl_mem *table,
                                 int *fresh) {
  *fresh = 0;
  if (!ctx->lut) ctx->lut = clact_calloc(1, sizeof *ctx->lut);
  if (!ctx->lut) return CLACT_ERROR_OUT_OF_MEMORY;
  if ((*table = find_table(ctx->lut, key))) return CLACT_SUCCESS;
  const clact_status st =
      thresholds ? make_thresholds(ctx, x, y, table) : make_table(ctx, op, x, y, table);
  *fresh = !st;
  return st;
}

/* After a call under ctx->lock: keeps a fresh table if the call succeeded. */
static void settle_table(clact_context *ctx, const lut_key *key, cl_mem table, int fresh,
                         clact_status st) {
  if (fresh && !st)
    keep_table(ctx->lut, key, table);
  else if (fresh)
    clReleaseMemObject(table);
  if (ctx->lut && ctx->lut->count == 0) { /* nothing cached yet: not kept either */
    free(ctx->lut);
    ctx->lut = NULL;
  }
}

/* f32/f64 in, 8-bit out: the activation's program computes f (its kernel KERNEL_FWD_Q)
 * and rounds it by the thresholds of (compute type, output quantization), which are
 * cached as the tables are (one set serves every activation). */
static clact_status forward_computed(clact_context *ctx, const clact_op *op, size_t n,
                                     clact_dtype x_dtype, cl_mem x, size_t x_offset,
                                     size_t x_stride, clact_dtype y_dtype,
                                     const clact_quant *y_quant, cl_mem y, size_t y_offset,
                                     size_t y_stride, cl_uint num_events, const cl_event *wait_list,
                                     cl_event *event) {
  qtype yq;
  clact_status st = check_computed(op, x_dtype, y_dtype, y_quant, &yq);
  if (st) return st;
  if ((st = clact_check_wait_list(ctx, num_events, wait_list))) return st;
  if (x_dtype == CLACT_F64 && !ctx->has_fp64) return CLACT_ERROR_UNSUPPORTED_DTYPE;
  if (n == 0) return clact_empty_call(ctx, num_events, wait_list, event);
  view_span xs, ys;
  const size_t xes = clact_dtype_size(x_dtype);
  if ((st = clact_view_1d(ctx, x, x_offset, x_stride, n, xes, &xs))) return st;
  if ((st = clact_view_1d(ctx, y, y_offset, y_stride, n, 1, &ys))) return st;
  if (clact_views_overlap(&xs, &ys, 1)) return CLACT_ERROR_OVERLAP;

  const launch_shape *sh = &ctx->shape;
  const size_t vw = sh->vector_width[x_dtype], nv = (n + vw - 1) / vw;
  /* computed like an activation: the activations' launch shape */
  const size_t local = sh->local_size, global = clact_global_size(sh, nv);
  const cl_ulong args[5] = {n, x_offset, n > 1 ? x_stride : 1, y_offset, n > 1 ? y_stride : 1};
  const qtype xq = {x_dtype, 1, 0};
  const cl_uint magnitude = y_dtype == CLACT_FP8_E4M3 || y_dtype == CLACT_FP8_E5M2;
  const double dparams[2] = {op->param[0], op->param[1]};
  const float fparams[2] = {(float)op->param[0], (float)op->param[1]};
  const size_t psize = x_dtype == CLACT_F64 ? sizeof(double) : sizeof(float);
  const void *p0 = x_dtype == CLACT_F64 ? (const void *)&dparams[0] : (const void *)&fparams[0];
  const void *p1 = x_dtype == CLACT_F64 ? (const void *)&dparams[1] : (const void *)&fparams[1];

  pthread_mutex_lock(&ctx->lock);
  /* the thresholds depend on the compute type and the output only: one key for all ops */
  lut_key key;
  clact_op any;
  clact_op_init(&any, (clact_activation)0);
  any.param[0] = any.param[1] = 0;
  make_key(&any, &xq, &yq, &key);
  key.activation = (clact_activation)CLACT_ACTIVATION_COUNT;
  cl_mem table = NULL;
  int fresh = 0;
  program_slot *slot = NULL;
  st = cached_table(ctx, &key, op, &xq, &yq, 1, &table, &fresh);
  /* the program clact_forward runs for op in x's type (its rare form for rare parameters) */
  clact_op as_x = *op;
  as_x.dtype = x_dtype;
  if (!st)
    st = clact_get_program(ctx, clact_program_for((int)op->activation, KERNEL_FWD_Q, &as_x),
                           x_dtype, &slot);
  if (!st) {
    const cl_uint nan_code = clact_q_nan_code(&yq);
    const kernel_arg kargs[] = {{sizeof(cl_ulong), &args[0]},
                                {sizeof(cl_mem), &x},
                                {sizeof(cl_ulong), &args[1]},
                                {sizeof(cl_ulong), &args[2]},
                                {sizeof(cl_mem), &y},
                                {sizeof(cl_ulong), &args[3]},
                                {sizeof(cl_ulong), &args[4]},
                                {psize, p0},
                                {psize, p1},
                                {sizeof(cl_mem), &table},
                                {sizeof(cl_uint), &magnitude},
                                {sizeof(cl_uint), &nan_code}};
    st = clact_enqueue_kernel(ctx, slot->kernel[KERNEL_FWD_Q], kargs,
                              (int)(sizeof kargs / sizeof kargs[0]), global, local, num_events,
                              wait_list, event);
  }
  settle_table(ctx, &key, table, fresh, st);
  pthread_mutex_unlock(&ctx->lock);
  return st;
}

clact_status clact_forward_q(clact_context *ctx, const clact_op *op, size_t n, clact_dtype x_dtype,
                             const clact_quant *x_quant, cl_mem x, size_t x_offset, size_t x_stride,
                             clact_dtype y_dtype, const clact_quant *y_quant, cl_mem y,
                             size_t y_offset, size_t y_stride, cl_uint num_events,
                             const cl_event *wait_list, cl_event *event) {
  if (!ctx) return CLACT_ERROR_INVALID_CONTEXT;
  if (op && clact_info(op->activation) && is_computed(x_dtype, y_dtype))
    return forward_computed(ctx, op, n, x_dtype, x, x_offset, x_stride, y_dtype, y_quant, y,
                            y_offset, y_stride, num_events, wait_list, event);
  qtype xq, yq;
  clact_status st = check_call(op, x_dtype, x_quant, y_dtype, y_quant, &xq, &yq);
  if (st) return st;
  if ((st = clact_check_wait_list(ctx, num_events, wait_list))) return st;
  /* the kernel moves f64 results as bits, but f64 is the device's to support */
  if (y_dtype == CLACT_F64 && !ctx->has_fp64) return CLACT_ERROR_UNSUPPORTED_DTYPE;
  const size_t es = clact_dtype_size(y_dtype);
  if (n > SIZE_MAX / es) return CLACT_ERROR_INVALID_SIZE;
  if (n == 0) return clact_empty_call(ctx, num_events, wait_list, event);

  view_span xs, ys;
  const size_t xes = clact_dtype_size(x_dtype);
  if ((st = clact_view_1d(ctx, x, x_offset, x_stride, n, xes, &xs))) return st;
  if ((st = clact_view_1d(ctx, y, y_offset, y_stride, n, es, &ys))) return st;
  if (clact_views_overlap(&xs, &ys, 1)) return CLACT_ERROR_OVERLAP;

  const launch_shape *sh = &ctx->shape;
  const size_t nv = n / 16 > 0 ? n / 16 : 1; /* the kernel works in groups of 16 codes */
  size_t groups = sh->contiguous ? (nv + sh->local_size * 64 - 1) / (sh->local_size * 64)
                                 : (n + sh->local_size - 1) / sh->local_size;
  if (groups > sh->max_groups) groups = sh->max_groups;
  const size_t local = sh->local_size, global = groups * local;
  const cl_ulong args[5] = {n, x_offset, n > 1 ? x_stride : 1, y_offset, n > 1 ? y_stride : 1};

  pthread_mutex_lock(&ctx->lock);
  /* A table is kept only when its call succeeds, so a failed call leaves nothing behind
   * but what a later call would build anyway (the program, as every call's). */
  cl_mem table = NULL;
  int fresh = 0;
  program_slot *slot = NULL;
  lut_key key;
  make_key(op, &xq, &yq, &key);
  st = cached_table(ctx, &key, op, &xq, &yq, 0, &table, &fresh);
  if (!st) st = clact_get_program(ctx, PROGRAM_LUT, lut_slot(es), &slot);
  if (!st) {
    const kernel_arg kargs[] = {{sizeof(cl_ulong), &args[0]}, {sizeof(cl_mem), &x},
                                {sizeof(cl_ulong), &args[1]}, {sizeof(cl_ulong), &args[2]},
                                {sizeof(cl_mem), &y},         {sizeof(cl_ulong), &args[3]},
                                {sizeof(cl_ulong), &args[4]}, {sizeof(cl_mem), &table}};
    st = clact_enqueue_kernel(ctx, slot->kernel[xes == 1 ? KERNEL_LUT : KERNEL_LUT16], kargs,
                              (int)(sizeof kargs / sizeof kargs[0]), global, local, num_events,
                              wait_list, event);
  }
  settle_table(ctx, &key, table, fresh, st);
  pthread_mutex_unlock(&ctx->lock);
  return st;
}
