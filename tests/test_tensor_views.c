/* test_tensor_views.c — N-D views (clact_forward_view, clact_backward_view) on random
 * shapes and strides: rank 1 .. 8, sizes 0 and 1 included, permuted and padded layouts,
 * broadcast inputs (size 1, stride 0, lower rank), in place. Every output element is
 * judged against the long-double host reference, and every element outside the output
 * view must be left as it was. The seed is fixed and printed (CLACT_TEST_SEED overrides
 * it to replay another). Small enough for oclgrind. */
#include "harness.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { TV_SENTINEL = 3, TV_MAX_COUNT = 400 };

/* An input view broadcasting to shape: its own layout over sizes where some dimensions are
 * 1 (or, with stride 0, of full size), and sometimes fewer leading dimensions. */
static size_t random_input(unsigned long long *rs, const clact_tensor *shape, clact_tensor *v) {
  memset(v, 0, sizeof *v);
  int lead = test_rand(rs) % 4 == 0 ? (int)(test_rand(rs) % (unsigned)shape->rank) : 0;
  v->rank = shape->rank - lead;
  int zero_stride[CLACT_MAX_RANK] = {0};
  for (int d = 0; d < v->rank; ++d) {
    v->size[d] = shape->size[d + lead];
    const unsigned r = (unsigned)(test_rand(rs) % 6);
    if (r == 0) v->size[d] = 1;
    if (r == 1) zero_stride[d] = 1;
  }
  size_t need = test_view_layout(rs, v);
  for (int d = 0; d < v->rank; ++d)
    if (zero_stride[d]) v->stride[d] = 0;
  return need;
}

typedef struct tv_case {
  clact_tensor shape; /* the output's view */
  clact_tensor in, dy;
  int in_place;    /* y over x (forward), dx over dy (backward) */
  int blend_again; /* a second call with beta = 1 must double every output element */
} tv_case;

static void random_case(unsigned long long *rs, ref_dir d, tv_case *c) {
  memset(c, 0, sizeof *c);
  clact_tensor *s = &c->shape;
  s->rank = 1 + (int)(test_rand(rs) % CLACT_MAX_RANK);
  static const size_t sizes[] = {1, 1, 2, 2, 3, 4, 5, 7, 16, 33};
  size_t count;
  do { /* sizes with at most TV_MAX_COUNT elements */
    count = 1;
    for (int k = 0; k < s->rank; ++k) {
      s->size[k] = sizes[test_rand(rs) % (sizeof sizes / sizeof sizes[0])];
      count *= s->size[k];
    }
  } while (count > TV_MAX_COUNT);
  if (test_rand(rs) % 16 == 0) s->size[test_rand(rs) % (unsigned)s->rank] = 0;
  test_view_layout(rs, s);
  c->in_place = test_rand(rs) % 5 == 0;
  if (c->in_place && d == REF_FWD) {
    c->in = *s;
  } else {
    random_input(rs, s, &c->in);
  }
  if (c->in_place && d != REF_FWD)
    c->dy = *s;
  else
    random_input(rs, s, &c->dy);
}

/* Runs one case and judges it; returns 1 on a failure. */
static int run_case(clact_context *ctx, const clact_op *op, ref_dir d, const ref_zeros *z,
                    const tv_case *c) {
  const clact_dtype t = op->dtype;
  const clact_tensor *s = &c->shape;
  size_t nin = test_view_need(&c->in), ndy = test_view_need(&c->dy), nout = test_view_need(s);
  if (c->in_place) { /* one buffer for the aliased pair */
    const size_t m = nout > (d == REF_FWD ? nin : ndy) ? nout : (d == REF_FWD ? nin : ndy);
    nout = m;
    if (d == REF_FWD)
      nin = m;
    else
      ndy = m;
  }
  long double *xv = malloc(nin * sizeof *xv), *in = malloc(nin * sizeof *in);
  long double *dy = malloc(ndy * sizeof *dy), *out = malloc(nout * sizeof *out);
  long double *got = malloc(nout * sizeof *got);
  unsigned char *written = calloc(nout, 1);
  int bad = !xv || !in || !dy || !out || !got || !written;
  for (size_t i = 0; !bad && i < nin; ++i) {
    xv[i] = ref_round(t, test_sweep[(i * 7 + 3) % (size_t)test_sweep_count]);
    in[i] = d == REF_BWDY ? ref_round(t, ref_forward(op, xv[i])) : xv[i];
  }
  for (size_t i = 0; !bad && i < ndy; ++i)
    dy[i] = ref_round(t, 0.5 + 0.25 * (double)(i % 5));
  for (size_t i = 0; !bad && i < nout; ++i)
    out[i] = TV_SENTINEL;
  if (!bad && c->in_place) memcpy(out, d == REF_FWD ? in : dy, nout * sizeof *out);
  cl_mem bin = bad ? NULL : test_buffer(ctx, t, nin, in);
  cl_mem bdy = bad || d == REF_FWD ? NULL : test_buffer(ctx, t, ndy, dy);
  cl_mem bout = NULL;
  if (!bad && c->in_place) {
    bout = d == REF_FWD ? bin : bdy;
    if (bout) clRetainMemObject(bout);
  } else if (!bad) {
    bout = test_buffer(ctx, t, nout, out);
  }
  bad = bad || !bin || (d != REF_FWD && !bdy) || !bout;
  clact_status st = CLACT_SUCCESS;
  if (!bad && d == REF_FWD)
    st = clact_forward_view(ctx, op, bin, &c->in, bout, s, 0, NULL, NULL);
  else if (!bad)
    st = clact_backward_view(ctx, op, d == REF_BWD ? CLACT_FROM_X : CLACT_FROM_Y, bin, &c->in, bdy,
                             &c->dy, bout, s, 0, NULL, NULL);
  if (st) fprintf(stderr, "  call failed: %s\n", clact_status_name(st));
  bad = bad || st || test_read(ctx, t, bout, nout, got);
  size_t idx[CLACT_MAX_RANK] = {0};
  int any = 1;
  for (int k = 0; k < s->rank; ++k)
    if (s->size[k] == 0) any = 0;
  for (int more = any; !bad && more; more = test_view_next(s, idx)) {
    const size_t o = test_view_element(s, s, idx), i = test_view_element(&c->in, s, idx);
    const long double g = d == REF_FWD ? 1 : dy[test_view_element(&c->dy, s, idx)];
    const long double ref = d == REF_FWD   ? ref_forward(op, in[i])
                            : d == REF_BWD ? ref_backward(op, in[i], g)
                                           : ref_backward_from_y(op, in[i], g);
    double u;
    written[o] = 1;
    if (!ref_judge(op, d, z, xv[i], g, got[o], ref, &u)) {
      fprintf(stderr, "  %s %s %s rank %d element %zu: in=%.9Lg dy=%.9Lg got=%.9Lg ref=%.9Lg\n",
              clact_activation_name(op->activation), clact_dtype_name(t), ref_dir_name(d), s->rank,
              o, in[i], g, got[o], ref);
      bad = 1;
    }
  }
  for (size_t k = 0; !bad && k < nout; ++k) {
    if (!written[k] && got[k] != out[k] && !(got[k] != got[k] && out[k] != out[k])) {
      fprintf(stderr, "  element %zu outside the output view changed\n", k);
      bad = 1;
    }
  }
  if (!bad && c->blend_again) { /* y = f + 1 * y: the old output read where it is stored */
    clact_op twice = *op;
    twice.beta = 1;
    long double *again = malloc(nout * sizeof *again);
    bad = !again;
    if (!bad && d == REF_FWD)
      st = clact_forward_view(ctx, &twice, bin, &c->in, bout, s, 0, NULL, NULL);
    else if (!bad)
      st = clact_backward_view(ctx, &twice, d == REF_BWD ? CLACT_FROM_X : CLACT_FROM_Y, bin, &c->in,
                               bdy, &c->dy, bout, s, 0, NULL, NULL);
    if (st) fprintf(stderr, "  beta = 1 call failed: %s\n", clact_status_name(st));
    bad = bad || st || test_read(ctx, t, bout, nout, again);
    for (size_t k = 0; !bad && k < nout; ++k) {
      const long double want = written[k] ? 2 * got[k] : got[k];
      if (again[k] != want && !(again[k] != again[k] && want != want)) {
        fprintf(stderr, "  beta = 1 element %zu: %.9Lg, want %.9Lg\n", k, again[k], want);
        bad = 1;
      }
    }
    free(again);
  }
  clact_buffer_release(bin);
  clact_buffer_release(bdy);
  clact_buffer_release(bout);
  free(xv), free(in), free(dy), free(out), free(got), free(written);
  return bad;
}

/* Fixed cases for the kernels' tile path (a transposed input, whole VW x VW tiles for VW
 * up to 16): the last two dimensions of x swapped, with padding; dy dense or swapped.
 * 0 and 1: every vector aligned (the kernels' full-width accesses) or none; 2: sizes that
 * are no multiple of any VW (the edges: those views take the per-unit path); 3: one x^T
 * broadcast over the outer dimension (stride 0); 4: 2^21 elements, above views.cl's
 * ND_STREAM_MIN_UNITS, so that f32 and f64 take the streaming stores, called again with
 * beta = 1 (the old output read, then stored streaming); 5: as large, x the first half of
 * each row of a [32, 256, 512] tensor (dense rows that do not merge: the row walk's
 * streaming stores), dy dense, again with beta = 1; 6: as 4 with dy dense and beta = 0 only
 * (the tile walk's prefetch of a row-contiguous input; in the heavy formulas' programs the
 * out-of-line formula loops, nd_fwd_tile_nt and nd_BWD_tile_nt), also run for sigmoid f32. */
enum { TILE_CASES = 4, TILE_CASES_LARGE = 7 };
static void tile_case(int which, ref_dir d, tv_case *c) {
  /* the output's sizes, and the padding of x^T's rows: 16 keeps every vector aligned (the
   * kernels' full-width accesses), 8 not at VW 16 (nor the offset 3 of case 1) */
  static const size_t sizes[TILE_CASES_LARGE][3] = {{2, 32, 16},   {2, 32, 16},    {2, 36, 20},
                                                    {2, 32, 16},   {32, 256, 256}, {32, 256, 256},
                                                    {32, 256, 256}};
  static const size_t pad[TILE_CASES_LARGE] = {16, 8, 8, 16, 0, 0, 0};
  memset(c, 0, sizeof c[0]);
  const size_t *sz = sizes[which], row = sz[1] + pad[which];
  clact_tensor_init_dense(&c->shape, 3, sz, which == 1 ? 1 : 0);
  clact_tensor *in = &c->in;
  if (which == 5) {
    const size_t half[3] = {sz[0], sz[1], 2 * sz[2]};
    clact_tensor_init_dense(in, 3, half, 0);
    in->size[2] = sz[2];
    if (d != REF_FWD) c->dy = c->shape;
    c->blend_again = 1;
    return;
  }
  in->rank = 3, in->size[0] = sz[0], in->size[1] = sz[1], in->size[2] = sz[2];
  in->stride[0] = which == 3 ? 0 : row * (sz[2] + 1), in->stride[1] = 1, in->stride[2] = row;
  in->offset = which == 1 ? 3 : 0;
  if (d != REF_FWD) c->dy = which == 1 || which == 4 ? c->in : c->shape;
  c->blend_again = which == 4;
}

static void print_view(const char *name, const clact_tensor *v) {
  fprintf(stderr, "    %s: rank %d offset %zu sizes", name, v->rank, v->offset);
  for (int d = 0; d < v->rank; ++d)
    fprintf(stderr, " %zu", v->size[d]);
  fprintf(stderr, " strides");
  for (int d = 0; d < v->rank; ++d)
    fprintf(stderr, " %zu", v->stride[d]);
  fprintf(stderr, "\n");
}

int test_tensor_views(const char *arg) {
  (void)arg;
  unsigned long long seed = 0x5eed0015ULL;
  const char *env = getenv("CLACT_TEST_SEED");
  if (env && *env) seed = strtoull(env, NULL, 0);
  printf("tensor_views: seed 0x%llx (CLACT_TEST_SEED replays another)\n", seed);
  unsigned long long rs = seed;
  /* one activation of each kind: smooth, exact, with a parameter, of the second family,
   * with two parameters */
  static const clact_activation acts[] = {CLACT_SIGMOID, CLACT_RELU, CLACT_ELU, CLACT_GELU,
                                          CLACT_THRESHOLD};
  const int cases = getenv("CLACT_TEST_MAX_LENGTH") ? 4 : 12;
  clact_context *ctx = test_context();
  CHECK(ctx);
  int failures = 0, calls = 0;
  for (size_t a = 0; a < sizeof acts / sizeof acts[0]; ++a) {
    for (int t = 0; t < CLACT_DTYPE_COUNT; ++t) {
      if (!clact_context_supports(ctx, (clact_dtype)t)) continue;
      clact_op op;
      CHECK_OK(clact_op_init(&op, acts[a]));
      op.dtype = (clact_dtype)t;
      ref_zeros z;
      ref_find_derivative_zeros(&op, &z);
      for (int d = REF_FWD; d <= REF_BWDY; ++d) {
        if (d == REF_BWDY && !clact_has_gradient_from_y(&op)) continue;
        /* the large tile case where it streams (f32, f64), on relu only: 2^21 elements
         * against the long-double reference cost seconds per call */
        const int large = !getenv("CLACT_TEST_MAX_LENGTH") && acts[a] == CLACT_RELU &&
                          (t == CLACT_F32 || t == CLACT_F64);
        /* and the last large case for one heavy formula (its out-of-line tile loops) */
        const int heavy =
            !getenv("CLACT_TEST_MAX_LENGTH") && acts[a] == CLACT_SIGMOID && t == CLACT_F32;
        const int tiles = large ? TILE_CASES_LARGE : TILE_CASES;
        for (int k = 0; k < cases + tiles + heavy; ++k, ++calls) {
          tv_case c;
          if (k < cases)
            random_case(&rs, (ref_dir)d, &c);
          else
            tile_case(k - cases < tiles ? k - cases : TILE_CASES_LARGE - 1, (ref_dir)d, &c);
          if (run_case(ctx, &op, (ref_dir)d, &z, &c)) {
            ++failures;
            fprintf(stderr, "  case %d failed (in place %d):\n", calls, c.in_place);
            print_view("out", &c.shape);
            print_view("in", &c.in);
            if (d != REF_FWD) print_view("dy", &c.dy);
          }
        }
      }
    }
  }
  clact_context_destroy(ctx);
  printf("tensor_views: %d calls, %d failed\n", calls, failures);
  CHECK(failures == 0);
  return 0;
}
