/* views.c — the operands of an enqueue call, checked the same way for every kernel: the
 * byte span of a view, where that span lies in its root buffer, whether an output may
 * share bytes with an input, the event wait list, and the marker of a call with nothing
 * to run.
 *
 * A view is placed in three steps: place_buffer() learns the buffer's size, context and
 * root; span_nd() turns (offset, strides, sizes) into the byte span [lo, hi)
 * the view can touch, with checked arithmetic; place_span() checks that span against the
 * buffer and moves it into the root buffer. The N-D descriptor's own rules (rank, the
 * call's shape, broadcasting, self-alias of an output) are checked here too, so every
 * call and clact_tensor_check share them. */
#include "internal.h"

#include <stdint.h>

/* What a view needs to know of its buffer: its size, and where it lies in its root
 * buffer (a sub-buffer's parent). A buffer of another cl_context is refused here, before
 * any range is computed, so that a call breaking both rules reports the context. */
typedef struct buffer_place {
  cl_mem root;
  size_t size, sub_offset;
} buffer_place;

clact_status clact_check_buffer(const clact_context *ctx, cl_mem buffer) {
  cl_context owner = NULL;
  cl_mem_object_type type = 0;
  cl_int err = clGetMemObjectInfo(buffer, CL_MEM_CONTEXT, sizeof owner, &owner, NULL);
  if (!err) err = clGetMemObjectInfo(buffer, CL_MEM_TYPE, sizeof type, &type, NULL);
  if (err) return err;
  if (owner != ctx->context) return CLACT_ERROR_CONTEXT_MISMATCH;
  /* an image is a cl_mem too, but no kernel argument of clact's: OpenCL's own status for a
   * memory object that is not a buffer (PoCL runs the kernel on the image's storage) */
  if (type != CL_MEM_OBJECT_BUFFER) return CL_INVALID_MEM_OBJECT;
  return CLACT_SUCCESS;
}

static clact_status place_buffer(const clact_context *ctx, cl_mem buffer, buffer_place *p) {
  cl_mem parent = NULL;
  p->size = 0, p->sub_offset = 0;
  cl_int err = clact_check_buffer(ctx, buffer);
  if (!err) err = clGetMemObjectInfo(buffer, CL_MEM_SIZE, sizeof p->size, &p->size, NULL);
  if (!err)
    err = clGetMemObjectInfo(buffer, CL_MEM_ASSOCIATED_MEMOBJECT, sizeof parent, &parent, NULL);
  if (!err && parent)
    err = clGetMemObjectInfo(buffer, CL_MEM_OFFSET, sizeof p->sub_offset, &p->sub_offset, NULL);
  if (err) return err;
  p->root = parent ? parent : buffer;
  return CLACT_SUCCESS;
}

/* Checks that bytes [lo, hi) lie inside the buffer and places them in its root buffer. */
static clact_status place_span(const buffer_place *p, size_t lo, size_t hi, view_span *out) {
  if (hi > p->size) return CLACT_ERROR_OUT_OF_RANGE;
  /* a sub-buffer lies inside its parent, so these cannot overflow; checked all the same */
  if (add_overflows(p->sub_offset, lo, &out->lo) || add_overflows(p->sub_offset, hi, &out->hi))
    return CLACT_ERROR_OUT_OF_RANGE;
  out->root = p->root;
  return CLACT_SUCCESS;
}

/* The strides of a view placed for the overlap rule: see view_span. */
static void describe_strides(const clact_tensor *shape, const size_t *stride, view_span *out) {
  int nontrivial = 0;
  out->rank = shape->rank;
  out->stride = 1;
  for (int d = 0; d < shape->rank; ++d) {
    out->strides[d] = shape->size[d] > 1 ? stride[d] : 0;
    if (shape->size[d] > 1) ++nontrivial, out->stride = stride[d];
  }
  out->multi = nontrivial > 1;
}

/* The rank-1 case of clact_view_nd, but for the 1-D calls' rule on a stride 0 and the
 * stride their overlap rule compares. */
clact_status clact_view_1d(const clact_context *ctx, cl_mem buffer, size_t offset, size_t stride,
                           size_t n, size_t es, view_span *out) {
  if (!buffer) return CLACT_ERROR_INVALID_ARGUMENT;
  if (stride == 0) return CLACT_ERROR_INVALID_STRIDE;
  const clact_tensor shape = {1, {n}, {stride}, offset};
  const clact_status st = clact_view_nd(ctx, buffer, &shape, &stride, offset, es, out);
  if (st) return st;
  out->stride = stride; /* as given, even for n = 1 */
  return CLACT_SUCCESS;
}

clact_status clact_shape_of(const clact_tensor *out, size_t es, size_t *count) {
  if (!out) return CLACT_ERROR_INVALID_ARGUMENT;
  if (out->rank < 1 || out->rank > CLACT_MAX_RANK) return CLACT_ERROR_INVALID_RANK;
  size_t c = 1, bytes;
  for (int d = 0; d < out->rank; ++d)
    if (out->size[d] == 0) c = 0; /* an empty shape: its other sizes may be anything */
  for (int d = 0; d < out->rank && c; ++d)
    if (mul_overflows(c, out->size[d], &c)) return CLACT_ERROR_INVALID_SIZE;
  if (mul_overflows(c, es, &bytes)) return CLACT_ERROR_INVALID_SIZE;
  *count = c;
  return CLACT_SUCCESS;
}

clact_status clact_view_align(const clact_tensor *view, const clact_tensor *shape, size_t *stride) {
  if (!view) return CLACT_ERROR_INVALID_ARGUMENT;
  if (view->rank < 1 || view->rank > shape->rank) return CLACT_ERROR_INVALID_RANK;
  const int lead = shape->rank - view->rank; /* leading dimensions the view lacks */
  for (int d = 0; d < shape->rank; ++d) {
    if (d < lead) {
      stride[d] = 0;
      continue;
    }
    const size_t size = view->size[d - lead];
    if (size != shape->size[d] && size != 1) return CLACT_ERROR_SHAPE_MISMATCH;
    stride[d] = size == 1 ? 0 : view->stride[d - lead];
  }
  return CLACT_SUCCESS;
}

/* Bytes [lo, hi) of a view of shape's sizes (none 0) with these strides, from offset. */
static clact_status span_nd(const clact_tensor *shape, const size_t *stride, size_t offset,
                            size_t es, size_t *lo, size_t *hi) {
  size_t last = offset;
  for (int d = 0; d < shape->rank; ++d) {
    size_t reach;
    if (mul_overflows(shape->size[d] - 1, stride[d], &reach) || add_overflows(last, reach, &last))
      return CLACT_ERROR_OUT_OF_RANGE;
  }
  size_t end;
  if (add_overflows(last, 1, &end) || mul_overflows(end, es, hi) || mul_overflows(offset, es, lo))
    return CLACT_ERROR_OUT_OF_RANGE;
  return CLACT_SUCCESS;
}

clact_status clact_view_nd(const clact_context *ctx, cl_mem buffer, const clact_tensor *shape,
                           const size_t *stride, size_t offset, size_t es, view_span *out) {
  if (!buffer) return CLACT_ERROR_INVALID_ARGUMENT;
  buffer_place place;
  size_t lo, hi;
  clact_status st = place_buffer(ctx, buffer, &place);
  if (!st) st = span_nd(shape, stride, offset, es, &lo, &hi);
  if (!st) st = place_span(&place, lo, hi, out);
  if (st) return st;
  out->elem = es;
  describe_strides(shape, stride, out);
  return CLACT_SUCCESS;
}

int clact_view_self_aliases(const clact_tensor *shape, const size_t *stride) {
  int order[CLACT_MAX_RANK], n = 0;
  for (int d = 0; d < shape->rank; ++d) {
    if (shape->size[d] <= 1) continue;
    if (stride[d] == 0) return 1; /* a broadcast output: one element, several indices */
    int k = n++;                  /* insertion sort by stride, ascending */
    while (k > 0 && stride[order[k - 1]] > stride[d]) {
      order[k] = order[k - 1];
      --k;
    }
    order[k] = d;
  }
  /* each dimension must step past every element the smaller-stride ones reach */
  size_t reach = 0;
  for (int k = 0; k < n; ++k) {
    const int d = order[k];
    size_t span;
    if (stride[d] <= reach) return 1;
    if (mul_overflows(shape->size[d] - 1, stride[d], &span) || add_overflows(reach, span, &reach))
      return 1; /* cannot happen for a placed view, whose span fits */
  }
  return 0;
}

/* An output may share bytes with an input in two cases only. The identical view
 * (may_alias, for kernels where each work-item reads an element before it writes the
 * same one): same root, span and stride. Views of one stride whose elements interleave:
 * they share the span but never a byte. */
int clact_views_overlap(const view_span *in, const view_span *out, int may_alias) {
  if (in->root != out->root || in->hi <= out->lo || out->hi <= in->lo) return 0;
  if (in->multi || out->multi) { /* N-D: only the identical view may share bytes */
    if (!may_alias || in->lo != out->lo || in->elem != out->elem || in->rank != out->rank) return 1;
    for (int d = 0; d < in->rank; ++d)
      if (in->strides[d] != out->strides[d]) return 1;
    return 0;
  }
  if (in->stride != out->stride || in->elem != out->elem) return 1;
  if (may_alias && in->lo == out->lo && in->hi == out->hi) return 0;
  const size_t es = in->elem;
  size_t period; /* bytes from one element to the next; too large only for a single element */
  if (in->stride > 1 && !mul_overflows(in->stride, es, &period)) {
    const size_t r = (in->lo > out->lo ? in->lo - out->lo : out->lo - in->lo) % period;
    if (r >= es && r <= period - es) return 0;
  }
  return 1;
}

clact_status clact_views_shape(const view_operand *ops, int nops, size_t es, size_t *count,
                               size_t stride[][CLACT_MAX_RANK]) {
  const clact_tensor *shape = ops[nops - 1].view;
  clact_status st = clact_shape_of(shape, es, count);
  for (int v = 0; v < nops && !st; ++v)
    st = clact_view_align(ops[v].view, shape, stride[v]);
  return st;
}

clact_status clact_views_place(const clact_context *ctx, const view_operand *ops, int nops,
                               int outputs, size_t stride[][CLACT_MAX_RANK], size_t es,
                               unsigned may_alias, int strict_1d) {
  const clact_tensor *shape = ops[nops - 1].view;
  view_span span[CLACT_MAX_OPERANDS];
  for (int v = 0; v < nops; ++v) {
    if (strict_1d && ops[v].buffer && ops[v].view->stride[0] == 0)
      return CLACT_ERROR_INVALID_STRIDE;
    const clact_status st =
        clact_view_nd(ctx, ops[v].buffer, shape, stride[v], ops[v].view->offset, es, &span[v]);
    if (st) return st;
    if (strict_1d) /* the 1-D overlap rule compares strides as given, even for n = 1 */
      span[v].stride = ops[v].view->stride[0];
  }
  const int first_out = nops - outputs;
  for (int o = first_out; o < nops; ++o)
    if (clact_view_self_aliases(shape, stride[o])) return CLACT_ERROR_OUTPUT_ALIAS;
  /* Views of one stride shifted so that they never meet share no byte, whichever is an
   * input: the halves or pairs of one dx (two outputs), or of one x that the gated backward
   * overwrites in place (da over a is a's identical view, and b's bytes lie between). */
  for (int o = first_out; o < nops; ++o)
    for (int v = 0; v < o; ++v) {
      const unsigned alias = v < first_out ? (may_alias >> v) & 1u : 0u;
      if (clact_views_overlap(&span[v], &span[o], (int)alias) &&
          !clact_views_shifted_apart(shape, &span[v], &span[o]))
        return CLACT_ERROR_OVERLAP;
    }
  return CLACT_SUCCESS;
}

/* The events must exist (no NULL entry, count and list agree) and belong to ctx's
 * context: OpenCL 1.2 asks the enqueue to fail with CL_INVALID_CONTEXT there, but PoCL
 * accepts such a list (issue #13), so the library checks for itself. */
clact_status clact_check_wait_list(const clact_context *ctx, cl_uint num_events,
                                   const cl_event *wait_list) {
  if ((num_events == 0) != (wait_list == NULL)) return CLACT_ERROR_INVALID_WAIT_LIST;
  for (cl_uint i = 0; i < num_events; ++i)
    if (!wait_list[i]) return CLACT_ERROR_INVALID_WAIT_LIST;
  for (cl_uint i = 0; i < num_events; ++i) {
    cl_context owner = NULL;
    const cl_int err = clGetEventInfo(wait_list[i], CL_EVENT_CONTEXT, sizeof owner, &owner, NULL);
    if (err) return err;
    if (owner != ctx->context) return CLACT_ERROR_CONTEXT_MISMATCH;
  }
  return CLACT_SUCCESS;
}

clact_status clact_empty_call(clact_context *ctx, cl_uint num_events, const cl_event *wait_list,
                              cl_event *event) {
  if (!event) return CLACT_SUCCESS;
  return CLACT_FAULT() ? CL_OUT_OF_HOST_MEMORY /* the event is an object it creates */
                       : clEnqueueMarkerWithWaitList(ctx->queue, num_events, wait_list, event);
}

static size_t gcd_size(size_t a, size_t b) {
  while (b) {
    const size_t r = a % b;
    a = b, b = r;
  }
  return a;
}

/* Two views of one shape and the same strides, shifted by d bytes, that never share a
 * byte (the halves or the pairs of one tensor, written by one gated backward call):
 *  - every position of a view is its first one plus a multiple of g, the strides' gcd in
 *    bytes, so the shift's residue r = d mod g in [es, g - es] keeps elements apart;
 *  - or the innermost dimension (stride S0, size n0) makes blocks w = (n0 - 1) S0 + es
 *    bytes wide, placed at multiples of S1, the smallest other stride, when every other
 *    stride is a multiple of S1: then r = d mod S1 in [w, S1 - w] keeps the blocks apart. */
int clact_views_shifted_apart(const clact_tensor *shape, const view_span *p, const view_span *q) {
  if (p->root != q->root || p->elem != q->elem || p->rank != q->rank) return 0;
  const size_t es = p->elem;
  int inner = -1, outer = -1;
  size_t g = 0;
  for (int d = 0; d < p->rank; ++d) {
    if (p->strides[d] != q->strides[d]) return 0;
    if (shape->size[d] <= 1) continue;
    size_t s;
    if (mul_overflows(p->strides[d], es, &s) || s == 0) return 0;
    g = gcd_size(g, s);
    if (inner < 0 || p->strides[d] < p->strides[inner]) inner = d;
  }
  if (g == 0) return 0;
  const size_t shift = p->lo > q->lo ? p->lo - q->lo : q->lo - p->lo;
  size_t r = shift % g;
  if (r >= es && r <= g - es) return 1;
  for (int d = 0; d < p->rank; ++d)
    if (d != inner && shape->size[d] > 1 && (outer < 0 || p->strides[d] < p->strides[outer]))
      outer = d;
  if (outer < 0) return 0;
  const size_t s1 = p->strides[outer] * es; /* products below fit: the span did */
  for (int d = 0; d < p->rank; ++d)
    if (d != inner && shape->size[d] > 1 && (p->strides[d] * es) % s1 != 0) return 0;
  const size_t w = (shape->size[inner] - 1) * p->strides[inner] * es + es;
  r = shift % s1;
  return w <= s1 && r >= w && r <= s1 - w;
}
