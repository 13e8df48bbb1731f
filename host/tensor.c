/* tensor.c — the public helpers of the N-D view descriptor: a dense view, and the check
 * of one view with the rules and statuses of a call (views.c's, so the two never differ). */
#include "internal.h"

#include <stdint.h>
#include <string.h>

clact_status clact_tensor_init_dense(clact_tensor *view, int rank, const size_t *sizes,
                                     size_t offset) {
  if (!view || !sizes) return CLACT_ERROR_INVALID_ARGUMENT;
  if (rank < 1 || rank > CLACT_MAX_RANK) return CLACT_ERROR_INVALID_RANK;
  clact_tensor t;
  memset(&t, 0, sizeof t);
  t.rank = rank;
  t.offset = offset;
  /* An empty view (a size 0 anywhere) counts no element, so its count never overflows:
   * its strides stay dense from the innermost dimension while they fit, then stop
   * growing (no call reads an empty view's strides). */
  int empty = 0, frozen = 0;
  for (int d = 0; d < rank; ++d)
    if (sizes[d] == 0) empty = 1;
  size_t step = 1; /* elements of one index of the dimension being filled */
  for (int d = rank - 1; d >= 0; --d) {
    t.size[d] = sizes[d];
    t.stride[d] = step;
    if (sizes[d] == 0) frozen = 1;
    if (frozen) continue;
    if (step > SIZE_MAX / sizes[d]) {
      if (!empty) return CLACT_ERROR_INVALID_SIZE;
      frozen = 1;
      continue;
    }
    step *= sizes[d];
  }
  *view = t; /* written only on success */
  return CLACT_SUCCESS;
}

clact_status clact_tensor_check(const clact_context *ctx, clact_dtype dtype,
                                const clact_tensor *view, cl_mem buffer, const clact_tensor *shape,
                                int output) {
  if (!ctx) return CLACT_ERROR_INVALID_CONTEXT;
  const size_t es = clact_dtype_size(dtype);
  if (es == 0) return CLACT_ERROR_INVALID_DTYPE;
  if (!view) return CLACT_ERROR_INVALID_ARGUMENT;
  if (!shape) shape = view;
  size_t count, stride[CLACT_MAX_RANK];
  clact_status st = clact_shape_of(shape, es, &count);
  if (!st) st = clact_view_align(view, shape, stride);
  if (st) return st;
  if (output && view != shape) { /* an output is the call's shape itself */
    if (view->rank != shape->rank) return CLACT_ERROR_SHAPE_MISMATCH;
    for (int d = 0; d < view->rank; ++d)
      if (view->size[d] != shape->size[d]) return CLACT_ERROR_SHAPE_MISMATCH;
  }
  if (count == 0) return CLACT_SUCCESS; /* a call checks no buffer: it enqueues nothing */
  view_span span;
  if ((st = clact_view_nd(ctx, buffer, shape, stride, view->offset, es, &span))) return st;
  if (output && clact_view_self_aliases(shape, stride)) return CLACT_ERROR_OUTPUT_ALIAS;
  return CLACT_SUCCESS;
}
