/* fused_bits.c (s21-compile): s17-gated-split's gated_bits.c with ReGLU and clamped ReGLU
 * added, then bias + relu, gelu, swish (a per-column bias row, [19, 4096] and [19, 1000], blend
 * 0 and 0.5), then large calls that take the streaming rows (ReGLU and bias + relu f32 at
 * [2048, 4096]: 32 MiB outputs). Original comment: gated_bits.c: a hash (FNV-1a 64) of every output
 * of gated and clamped calls, forward and backward, over the halves and pairs layouts, blend beta 0
 * and 0.5, in every dtype, on inputs that mix moderate values with random bit patterns (NaN, +-inf,
 * -0, subnormals, huge), so that two library builds can be compared line by line (diff). One line
 * per call. cc -O2 -Iinclude gated_bits.c -Lbuild -lclact -lOpenCL -o gated_bits
 *   LD_LIBRARY_PATH=build ./gated_bits > hashes.txt */
#include "clact.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static clact_context *ctx;
static uint64_t rng = 0x9e3779b97f4a7c15u;
static uint64_t next(void) { /* xorshift64* */
  rng ^= rng >> 12, rng ^= rng << 25, rng ^= rng >> 27;
  return rng * 2685821657736338717u;
}
/* element i of a dtype's input: 1 in 8 random bits, the specials at fixed places, the
 * rest moderate values (|x| < 40, where the gates' formulas do their work) */
static void fill(unsigned char *p, size_t n, clact_dtype t) {
  static const float sp[] = {0.f,    -0.f,       1.f / 0.f,   -1.f / 0.f, 0.f / 0.f,
                             1e-40f, -1e-40f,    3.4e38f,     -3.4e38f,   7.f,
                             -7.f,   7.0000005f, -7.0000005f, 89.f,       -104.f};
  for (size_t i = 0; i < n; ++i) {
    const uint64_t r = next();
    float f = (float)((int64_t)(r >> 40) - (1 << 23)) * (40.f / (1 << 23));
    if (i % 97 < sizeof sp / sizeof sp[0]) f = sp[i % 97];
    const int raw = (r & 7) == 0 && i % 97 >= sizeof sp / sizeof sp[0];
    if (t == CLACT_F32) {
      uint32_t u;
      memcpy(&u, &f, 4);
      if (raw) u = (uint32_t)(r >> 3);
      memcpy(p + 4 * i, &u, 4);
    } else if (t == CLACT_F64) {
      double d = f;
      uint64_t u;
      memcpy(&u, &d, 8);
      if (raw) u = r >> 3 | (r << 61);
      memcpy(p + 8 * i, &u, 8);
    } else { /* f16 / bf16: the float's top half for bf16, a half from its bits for f16 */
      uint32_t u;
      memcpy(&u, &f, 4);
      uint16_t h;
      if (t == CLACT_BF16)
        h = (uint16_t)(u >> 16);
      else { /* f16: sign, exponent and mantissa rebiased (truncated; specials by hand) */
        const int e = (int)((u >> 23) & 255) - 127 + 15;
        h = (uint16_t)((u >> 16) & 0x8000);
        if (((u >> 23) & 255) == 255)
          h |= 0x7c00 | (u & 0x7fffff ? 0x200 : 0);
        else if (e >= 31)
          h |= 0x7c00;
        else if (e > 0)
          h |= (uint16_t)(e << 10 | ((u >> 13) & 0x3ff));
      }
      if (raw) h = (uint16_t)(r >> 7);
      memcpy(p + 2 * i, &h, 2);
    }
  }
}
static uint64_t hash(cl_mem m, size_t bytes) {
  unsigned char *h = malloc(bytes);
  if (!h || clact_finish(ctx) || clact_buffer_read(ctx, m, 0, bytes, h)) exit(3);
  static int calls;
  const char *dump = getenv("GB_DUMP"); /* a folder: every output's bytes, by call */
  if (dump) {
    char name[512];
    snprintf(name, sizeof name, "%s/%04d.bin", dump, calls++);
    FILE *f = fopen(name, "wb");
    if (!f || fwrite(h, 1, bytes, f) != bytes || fclose(f)) exit(5);
  }
  uint64_t x = 14695981039346656037u;
  for (size_t i = 0; i < bytes; ++i)
    x = (x ^ h[i]) * 1099511628211u;
  free(h);
  return x;
}

/* bias + g on [rows, c] (bias a row of c, broadcast over the rows), forward and backward */
static void bias_case(clact_dtype t, const char *tn, clact_activation g, const char *gn,
                      size_t rows, size_t c, int blend) {
  const size_t es = clact_dtype_size(t), n = rows * c, bytes = n * es;
  unsigned char *h = malloc(bytes);
  cl_mem x, b, dy, o;
  if (!h || clact_buffer_create(ctx, bytes, &x) || clact_buffer_create(ctx, c * es, &b) ||
      clact_buffer_create(ctx, bytes, &dy) || clact_buffer_create(ctx, bytes, &o))
    exit(1);
  rng = 777 + 13 * (size_t)g + 1000 * (size_t)t + c + rows;
  fill(h, n, t), clact_buffer_write(ctx, x, 0, bytes, h);
  fill(h, c, t), clact_buffer_write(ctx, b, 0, c * es, h);
  fill(h, n, t), clact_buffer_write(ctx, dy, 0, bytes, h);
  fill(h, n, t), clact_buffer_write(ctx, o, 0, bytes, h);
  clact_op op;
  clact_op_init(&op, g);
  op.dtype = t;
  op.alpha = 1.25;
  op.beta = blend ? 0.5 : 0;
  const size_t two[2] = {rows, c};
  clact_tensor xv, bv;
  clact_tensor_init_dense(&xv, 2, two, 0);
  clact_tensor_init_dense(&bv, 1, &c, 0);
  clact_status s = clact_bias_forward_view(ctx, &op, x, &xv, b, &bv, o, &xv, 0, NULL, NULL);
  const uint64_t hy = s ? 0 : hash(o, bytes);
  fill(h, n, t), clact_buffer_write(ctx, o, 0, bytes, h);
  clact_status s2 =
      clact_bias_backward_view(ctx, &op, x, &xv, b, &bv, dy, &xv, o, &xv, 0, NULL, NULL);
  const uint64_t hd = s2 ? 0 : hash(o, bytes);
  printf("%s bias_%s %zux%zu blend%d fwd %016llx bwd %016llx status %d %d\n", tn, gn, rows, c,
         blend, (unsigned long long)hy, (unsigned long long)hd, (int)s, (int)s2);
  fflush(stdout);
  free(h);
  clact_buffer_release(x), clact_buffer_release(b), clact_buffer_release(dy),
      clact_buffer_release(o);
}
/* a large ReGLU call (halves), f32: the streaming rows */
static void big_reglu(size_t rows, size_t c, int blend) {
  const size_t n = rows * 2 * c, bytes = n * 4;
  unsigned char *h = malloc(bytes);
  cl_mem x, dy, o;
  if (!h || clact_buffer_create(ctx, bytes, &x) || clact_buffer_create(ctx, bytes, &dy) ||
      clact_buffer_create(ctx, bytes, &o))
    exit(1);
  rng = 4242 + blend;
  fill(h, n, CLACT_F32), clact_buffer_write(ctx, x, 0, bytes, h);
  fill(h, n, CLACT_F32), clact_buffer_write(ctx, dy, 0, bytes, h);
  fill(h, n, CLACT_F32), clact_buffer_write(ctx, o, 0, bytes, h);
  clact_op op;
  clact_op_init(&op, CLACT_RELU);
  op.alpha = 1.25;
  op.beta = blend ? 0.5 : 0;
  const size_t two[2] = {rows, 2 * c}, one[2] = {rows, c};
  clact_tensor xv, av, bv, yv;
  clact_tensor_init_dense(&xv, 2, two, 0);
  clact_tensor_init_dense(&yv, 2, one, 0);
  if (clact_gate_views(&xv, CLACT_GATE_FIRST_HALF, &av, &bv)) exit(4);
  clact_status s = clact_gated_forward_view(ctx, &op, x, &av, x, &bv, o, &yv, 0, NULL, NULL);
  const uint64_t hy = s ? 0 : hash(o, rows * c * 4);
  fill(h, n, CLACT_F32), clact_buffer_write(ctx, o, 0, bytes, h);
  clact_tensor dav = av, dbv = bv;
  clact_status s2 =
      clact_gated_backward_view(ctx, &op, x, &av, x, &bv, dy, &yv, o, &dav, o, &dbv, 0, NULL, NULL);
  const uint64_t hd = s2 ? 0 : hash(o, bytes);
  printf("f32 reglu_big %zux%zu blend%d fwd %016llx bwd %016llx status %d %d\n", rows, c, blend,
         (unsigned long long)hy, (unsigned long long)hd, (int)s, (int)s2);
  fflush(stdout);
  free(h);
  clact_buffer_release(x), clact_buffer_release(dy), clact_buffer_release(o);
}

int main(void) {
  if (clact_context_create(&ctx, NULL)) return 1;
  const clact_dtype dts[4] = {CLACT_F32, CLACT_F16, CLACT_BF16, CLACT_F64};
  const char *dtn[4] = {"f32", "f16", "bf16", "f64"};
  /* gate, its parameter, clamped (limit 7) or not */
  struct {
    clact_activation g;
    double p0;
    int clamped;
    const char *name;
  } cases[] = {{CLACT_SWISH, 1, 0, "swiglu_b1"},
               {CLACT_SWISH, 1.702, 0, "swiglu_b1.702"},
               {CLACT_SWISH, 0, 0, "swiglu_b0"},
               {CLACT_SWISH, -0.5, 0, "swiglu_b-0.5"},
               {CLACT_GELU, 0, 0, "geglu"},
               {CLACT_GELU_QUICK, 0, 0, "gelu_quick"},
               {CLACT_SWISH, 1.702, 1, "clamped_b1.702"},
               {CLACT_SWISH, 1, 1, "clamped_b1"},
               {CLACT_SWISH, 0, 1, "clamped_b0"},
               {CLACT_RELU, 0, 0, "reglu"},
               {CLACT_RELU, 0, 1, "clamped_reglu"}};
  const size_t rows = 19, cols[2] = {4096, 1000}; /* whole vectors per row; a tail */
  for (int t = 0; t < 4; ++t) {
    const size_t es = clact_dtype_size(dts[t]);
    for (int ci = 0; ci < 2; ++ci) {
      const size_t c = cols[ci], n = rows * 2 * c, bytes = n * es;
      unsigned char *h = malloc(bytes);
      cl_mem x, dy, o1, o2;
      if (!h || clact_buffer_create(ctx, bytes, &x) || clact_buffer_create(ctx, bytes, &dy) ||
          clact_buffer_create(ctx, bytes, &o1) || clact_buffer_create(ctx, bytes, &o2))
        return 1;
      for (size_t k = 0; k < sizeof cases / sizeof cases[0]; ++k)
        for (int layout = 0; layout < 3; layout += 2) /* halves, pairs */
          for (int blend = 0; blend < 2; ++blend) {
            clact_op op;
            clact_op_init(&op, cases[k].g);
            op.dtype = dts[t];
            if (cases[k].g == CLACT_SWISH) op.param[0] = cases[k].p0;
            op.alpha = 1.25;
            op.beta = blend ? 0.5 : 0;
            const size_t two[2] = {rows, 2 * c}, one[2] = {rows, c};
            clact_tensor xv, av, bv, yv, dyv;
            clact_tensor_init_dense(&xv, 2, two, 0);
            clact_tensor_init_dense(&yv, 2, one, 0);
            clact_tensor_init_dense(&dyv, 2, one, 0);
            if (clact_gate_views(&xv, (clact_gate_layout)layout, &av, &bv)) return 4;
            rng = 12345 + 77 * k + 1000 * t + 10000 * ci;
            fill(h, n, dts[t]), clact_buffer_write(ctx, x, 0, bytes, h);
            fill(h, n, dts[t]), clact_buffer_write(ctx, dy, 0, bytes, h);
            fill(h, n, dts[t]), clact_buffer_write(ctx, o1, 0, bytes, h);
            clact_buffer_write(ctx, o2, 0, bytes, h);
            clact_status s =
                cases[k].clamped
                    ? clact_gated_clamped_forward_view(ctx, &op, 7.0, x, &av, x, &bv, o1, &yv, 0,
                                                       NULL, NULL)
                    : clact_gated_forward_view(ctx, &op, x, &av, x, &bv, o1, &yv, 0, NULL, NULL);
            if (s) {
              printf("%s %s c%zu layout%d blend%d fwd status %d\n", dtn[t], cases[k].name, c,
                     layout, blend, (int)s);
              continue;
            }
            const uint64_t hy = hash(o1, rows * c * es);
            /* the backward's da and db: the x-shaped pair of views of o1 (da = o1's a view) */
            fill(h, n, dts[t]), clact_buffer_write(ctx, o1, 0, bytes, h);
            clact_tensor dav = av, dbv = bv;
            s = cases[k].clamped
                    ? clact_gated_clamped_backward_view(ctx, &op, 7.0, x, &av, x, &bv, dy, &dyv, o1,
                                                        &dav, o1, &dbv, 0, NULL, NULL)
                    : clact_gated_backward_view(ctx, &op, x, &av, x, &bv, dy, &dyv, o1, &dav, o1,
                                                &dbv, 0, NULL, NULL);
            const uint64_t hd = s ? 0 : hash(o1, bytes);
            printf("%s %s c%zu %s blend%d fwd %016llx bwd %016llx%s\n", dtn[t], cases[k].name, c,
                   layout ? "pairs" : "halves", blend, (unsigned long long)hy,
                   (unsigned long long)hd, s ? " (bwd status)" : "");
            fflush(stdout);
          }
      free(h);
      clact_buffer_release(x), clact_buffer_release(dy), clact_buffer_release(o1),
          clact_buffer_release(o2);
    }
  }
  const clact_activation bg[3] = {CLACT_RELU, CLACT_GELU, CLACT_SWISH};
  const char *bgn[3] = {"relu", "gelu", "swish"};
  for (int t = 0; t < 4; ++t)
    for (int g = 0; g < 3; ++g)
      for (int ci = 0; ci < 2; ++ci)
        for (int blend = 0; blend < 2; ++blend)
          bias_case(dts[t], dtn[t], bg[g], bgn[g], 19, cols[ci], blend);
  for (int blend = 0; blend < 2; ++blend) {
    big_reglu(2048, 4096, blend);
    bias_case(CLACT_F32, "f32", CLACT_RELU, "relu_big", 2048, 4096, blend);
  }
  clact_context_destroy(ctx);
  return 0;
}
