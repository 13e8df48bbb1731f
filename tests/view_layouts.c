/* view_layouts.c — random N-D view layouts and index walks shared by the view tests
 * (test_tensor_views.c, test_prelu_views.c); see harness.h. */
#include "harness.h"

#include <string.h>

size_t test_view_layout(unsigned long long *rs, clact_tensor *t) {
  int perm[CLACT_MAX_RANK];
  for (int d = 0; d < t->rank; ++d)
    perm[d] = d;
  for (int d = t->rank - 1; d > 0; --d) {
    const int k = (int)(test_rand(rs) % (unsigned)(d + 1)), tmp = perm[d];
    perm[d] = perm[k], perm[k] = tmp;
  }
  size_t step = 1 + test_rand(rs) % 2 * (test_rand(rs) % 4 == 0);
  for (int k = t->rank - 1; k >= 0; --k) { /* perm[rank-1] is innermost in memory */
    const int d = perm[k];
    t->stride[d] = step;
    step = step * (t->size[d] ? t->size[d] : 1) + test_rand(rs) % 3 * (test_rand(rs) % 3 == 0);
  }
  t->offset = test_rand(rs) % 4;
  return test_view_need(t);
}

size_t test_view_need(const clact_tensor *v) {
  size_t last = v->offset;
  for (int d = 0; d < v->rank; ++d)
    if (v->size[d]) last += (v->size[d] - 1) * v->stride[d];
  return last + 3;
}

size_t test_view_element(const clact_tensor *v, const clact_tensor *shape, const size_t *idx) {
  const int lead = shape->rank - v->rank;
  size_t off = v->offset;
  for (int d = lead; d < shape->rank; ++d)
    if (v->size[d - lead] != 1) off += idx[d] * v->stride[d - lead];
  return off;
}

int test_view_next(const clact_tensor *s, size_t *idx) {
  for (int d = s->rank - 1; d >= 0; --d) {
    if (++idx[d] < s->size[d]) return 1;
    idx[d] = 0;
  }
  return 0;
}

clact_tensor test_view_of(int rank, const size_t *size, const size_t *stride, size_t offset) {
  clact_tensor t;
  memset(&t, 0, sizeof t);
  t.rank = rank;
  t.offset = offset;
  for (int d = 0; d < rank && d < CLACT_MAX_RANK; ++d)
    t.size[d] = size[d], t.stride[d] = stride[d];
  return t;
}
