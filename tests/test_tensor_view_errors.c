/* test_tensor_view_errors.c — one check per rule of the N-D views (include/clact.h): the
 * status of the call, the same status from clact_tensor_check, and that nothing was
 * written (the output buffer keeps its values, the event pointer is not written). */
#include "harness.h"

#include <stdint.h>
#include <string.h>

enum { EV_COUNT = 64 };

/* Forward x -> y must fail with `expected`, write nothing, and clact_tensor_check of the
 * view named by `which` (0 x, 1 y; 2 none: overlap is a rule between two views) must say
 * the same. */
static int refused(clact_context *ctx, cl_mem bx, const clact_tensor *xv, cl_mem by,
                   const clact_tensor *yv, clact_status expected, int which, const char *what) {
  clact_op op;
  if (clact_op_init(&op, CLACT_SIGMOID)) return 1;
  cl_event ev = (cl_event)(uintptr_t)0x1;
  const clact_status st = clact_forward_view(ctx, &op, bx, xv, by, yv, 0, NULL, &ev);
  long double after[EV_COUNT];
  if (st != expected) {
    fprintf(stderr, "  %s: got %s, expected %s\n", what, clact_status_name(st),
            clact_status_name(expected));
    return 1;
  }
  if (ev != (cl_event)(uintptr_t)0x1) {
    fprintf(stderr, "  %s: the event was written\n", what);
    return 1;
  }
  if (test_read(ctx, CLACT_F32, by, EV_COUNT, after)) return 1;
  for (int i = 0; i < EV_COUNT; ++i) {
    if (after[i] != (long double)(i % 7)) {
      fprintf(stderr, "  %s: y[%d] was written\n", what, i);
      return 1;
    }
  }
  if (which == 2) return 0;
  const clact_status chk = which == 0 ? clact_tensor_check(ctx, CLACT_F32, xv, bx, yv, 0)
                                      : clact_tensor_check(ctx, CLACT_F32, yv, by, NULL, 1);
  if (chk != expected) {
    fprintf(stderr, "  %s: clact_tensor_check says %s, the call %s\n", what, clact_status_name(chk),
            clact_status_name(expected));
    return 1;
  }
  return 0;
}

int test_tensor_view_errors(const char *arg) {
  (void)arg;
  clact_context *ctx = test_context();
  CHECK(ctx);
  long double init[EV_COUNT];
  for (int i = 0; i < EV_COUNT; ++i)
    init[i] = i % 7;
  cl_mem bx = test_buffer(ctx, CLACT_F32, EV_COUNT, init);
  cl_mem by = test_buffer(ctx, CLACT_F32, EV_COUNT, init);
  CHECK(bx && by);
  int bad = 0;

  const size_t s44[] = {4, 4}, d44[] = {4, 1};
  const clact_tensor dense = test_view_of(2, s44, d44, 0);

  /* rank 0 and rank 9, of the output and of an input; an input of higher rank */
  clact_tensor r0 = dense, r9 = dense;
  r0.rank = 0, r9.rank = CLACT_MAX_RANK + 1;
  bad |= refused(ctx, bx, &dense, by, &r0, CLACT_ERROR_INVALID_RANK, 1, "output rank 0");
  bad |= refused(ctx, bx, &dense, by, &r9, CLACT_ERROR_INVALID_RANK, 1, "output rank 9");
  bad |= refused(ctx, bx, &r0, by, &dense, CLACT_ERROR_INVALID_RANK, 0, "input rank 0");
  bad |= refused(ctx, bx, &r9, by, &dense, CLACT_ERROR_INVALID_RANK, 0, "input rank 9");
  const size_t s144[] = {1, 4, 4}, d144[] = {16, 4, 1};
  const clact_tensor x3 = test_view_of(3, s144, d144, 0);
  bad |= refused(ctx, bx, &x3, by, &dense, CLACT_ERROR_INVALID_RANK, 0, "input rank > output");

  /* broadcasting: 2 against 4 is no broadcast; 1 and stride 0 are (see below) */
  const size_t s24[] = {2, 4};
  const clact_tensor x24 = test_view_of(2, s24, d44, 0);
  bad |= refused(ctx, bx, &x24, by, &dense, CLACT_ERROR_SHAPE_MISMATCH, 0, "input size 2 vs 4");

  /* outputs: broadcast (stride 0), and two indices on one element */
  const size_t d04[] = {0, 1}, d11[] = {1, 1}, d32[] = {3, 1};
  const clact_tensor y0 = test_view_of(2, s44, d04, 0), y11 = test_view_of(2, s44, d11, 0);
  const clact_tensor y32 = test_view_of(2, s44, d32, 0);
  bad |= refused(ctx, bx, &dense, by, &y0, CLACT_ERROR_OUTPUT_ALIAS, 1, "broadcast output");
  bad |= refused(ctx, bx, &dense, by, &y11, CLACT_ERROR_OUTPUT_ALIAS, 1, "output strides 1, 1");
  bad |= refused(ctx, bx, &dense, by, &y32, CLACT_ERROR_OUTPUT_ALIAS, 1, "output strides 3, 1");

  /* overlap in one buffer: shifted by one element, a transpose of the same bytes, and a
   * broadcast input inside the output */
  const clact_tensor sh1 = test_view_of(2, s44, d44, 1);
  const size_t dt[] = {1, 4}, s14[] = {1, 4};
  const clact_tensor tr = test_view_of(2, s44, dt, 0), row = test_view_of(2, s14, d44, 0);
  bad |= refused(ctx, by, &sh1, by, &dense, CLACT_ERROR_OVERLAP, 2, "partial overlap");
  bad |= refused(ctx, by, &tr, by, &dense, CLACT_ERROR_OVERLAP, 2, "transposed in place");
  bad |= refused(ctx, by, &row, by, &dense, CLACT_ERROR_OVERLAP, 2, "broadcast row in place");

  /* span: past the buffer by one element, and overflowing size_t */
  const clact_tensor past = test_view_of(2, s44, d44, EV_COUNT - 15);
  const size_t huge[] = {SIZE_MAX / 2, 1};
  const clact_tensor wrap = test_view_of(2, s44, huge, 0);
  const clact_tensor far = test_view_of(2, s44, d44, SIZE_MAX - 3);
  bad |= refused(ctx, bx, &past, by, &dense, CLACT_ERROR_OUT_OF_RANGE, 0, "input past the end");
  bad |= refused(ctx, bx, &dense, by, &past, CLACT_ERROR_OUT_OF_RANGE, 1, "output past the end");
  bad |= refused(ctx, bx, &wrap, by, &dense, CLACT_ERROR_OUT_OF_RANGE, 0, "span overflows");
  bad |= refused(ctx, bx, &far, by, &dense, CLACT_ERROR_OUT_OF_RANGE, 0, "offset overflows");
  const size_t big[] = {SIZE_MAX / 2, 4}, dbig[] = {4, 1};
  const clact_tensor many = test_view_of(2, big, dbig, 0);
  bad |= refused(ctx, bx, &many, by, &many, CLACT_ERROR_INVALID_SIZE, 1, "count overflows");

  /* NULL views and buffers */
  bad |= refused(ctx, bx, NULL, by, &dense, CLACT_ERROR_INVALID_ARGUMENT, 0, "NULL input view");
  bad |= refused(ctx, NULL, &dense, by, &dense, CLACT_ERROR_INVALID_ARGUMENT, 0, "NULL input");
  CHECK_STATUS(clact_forward_view(ctx, NULL, bx, &dense, by, &dense, 0, NULL, NULL),
               CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_forward_view(NULL, NULL, bx, &dense, by, &dense, 0, NULL, NULL),
               CLACT_ERROR_INVALID_CONTEXT);

  /* what is allowed: in place on the identical view, a broadcast input (size 1, stride 0,
   * lower rank), an empty shape with any buffers */
  clact_op op;
  CHECK_OK(clact_op_init(&op, CLACT_RELU));
  CHECK_OK(clact_forward_view(ctx, &op, by, &dense, by, &dense, 0, NULL, NULL));
  const size_t s4[] = {4}, d1[] = {1};
  const clact_tensor vec = test_view_of(1, s4, d1, 0);
  CHECK_OK(clact_tensor_check(ctx, CLACT_F32, &row, bx, &dense, 0));
  CHECK_OK(clact_tensor_check(ctx, CLACT_F32, &y0, bx, &dense, 0));
  CHECK_OK(clact_tensor_check(ctx, CLACT_F32, &vec, bx, &dense, 0));
  const size_t s40[] = {4, 0};
  const clact_tensor empty = test_view_of(2, s40, d44, SIZE_MAX);
  CHECK_OK(clact_forward_view(ctx, &op, NULL, &empty, NULL, &empty, 0, NULL, NULL));
  CHECK_OK(clact_finish(ctx));

  /* clact_tensor_init_dense */
  clact_tensor t;
  const size_t s234[] = {2, 3, 4};
  CHECK_OK(clact_tensor_init_dense(&t, 3, s234, 5));
  CHECK(t.rank == 3 && t.offset == 5 && t.stride[0] == 12 && t.stride[1] == 4 && t.stride[2] == 1 &&
        t.size[1] == 3);
  memset(&t, 0x55, sizeof t);
  const clact_tensor before = t;
  CHECK_STATUS(clact_tensor_init_dense(&t, 0, s234, 0), CLACT_ERROR_INVALID_RANK);
  CHECK_STATUS(clact_tensor_init_dense(&t, 9, s234, 0), CLACT_ERROR_INVALID_RANK);
  CHECK_STATUS(clact_tensor_init_dense(&t, 2, big, 0), CLACT_ERROR_INVALID_SIZE);
  CHECK_STATUS(clact_tensor_init_dense(NULL, 2, s234, 0), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(clact_tensor_init_dense(&t, 2, NULL, 0), CLACT_ERROR_INVALID_ARGUMENT);
  CHECK(memcmp(&t, &before, sizeof t) == 0);
  /* An empty shape holds no element, whichever size is 0: the count does not overflow, and
   * a call on the view succeeds (the sizes past the 0 may be anything, as in clact_shape_of).
   * Before s22review a 0 outermost with inner sizes whose product overflows was INVALID_SIZE,
   * the same sizes with the 0 innermost accepted. */
  const size_t empty_outer[] = {0, SIZE_MAX, SIZE_MAX}, empty_inner[] = {SIZE_MAX, SIZE_MAX, 0},
               empty_mid[] = {SIZE_MAX, 0, SIZE_MAX};
  const size_t *const empties[] = {empty_outer, empty_inner, empty_mid};
  for (int e = 0; e < 3; ++e) {
    CHECK_OK(clact_tensor_init_dense(&t, 3, empties[e], 7));
    CHECK(t.rank == 3 && t.offset == 7 && t.stride[2] == 1);
    for (int d = 0; d < 3; ++d)
      CHECK(t.size[d] == empties[e][d]);
    CHECK_OK(clact_tensor_check(ctx, CLACT_F32, &t, NULL, NULL, 1));
    CHECK_OK(clact_forward_view(ctx, &op, NULL, &t, NULL, &t, 0, NULL, NULL));
  }

  clact_buffer_release(bx);
  clact_buffer_release(by);
  clact_context_destroy(ctx);
  CHECK(!bad);
  return 0;
}
