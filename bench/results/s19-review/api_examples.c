/* docs/API.md's two examples, pasted verbatim between the setup and the checks */
#include "clact.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
int main(void) {
  clact_context *ctx;
  if (clact_context_create(&ctx, NULL)) return 1;
  enum { tokens = 6, ffn = 40, N = 2, C = 3, H = 4, W = 5 };
  float hh[tokens * 2 * ffn], dd[tokens * ffn], o[tokens * ffn], dhh[tokens * 2 * ffn];
  for (int i = 0; i < tokens * 2 * ffn; ++i)
    hh[i] = (float)((i * 37 % 101) - 50) / 10.0f;
  for (int i = 0; i < tokens * ffn; ++i)
    dd[i] = (float)((i * 13 % 29) - 14) / 7.0f;
  cl_mem h, out, dact, dh;
  clact_buffer_create(ctx, sizeof hh, &h), clact_buffer_create(ctx, sizeof o, &out);
  clact_buffer_create(ctx, sizeof dd, &dact), clact_buffer_create(ctx, sizeof hh, &dh);
  clact_buffer_write(ctx, h, 0, sizeof hh, hh), clact_buffer_write(ctx, dact, 0, sizeof dd, dd);
  {
    clact_op op;
    clact_op_init(&op, CLACT_SWISH); /* SiLU gate: swish with beta 1 */
    const size_t hs[2] = {tokens, 2 * ffn}, as[2] = {tokens, ffn};
    clact_tensor hv, gate, up, act;
    clact_tensor_init_dense(&hv, 2, hs, 0);
    clact_tensor_init_dense(&act, 2, as, 0);
    clact_gate_views(&hv, CLACT_GATE_FIRST_HALF, &gate, &up);
    clact_gated_forward_view(ctx, &op, h, &gate, h, &up, out, &act, 0, NULL, NULL);
    /* backward: dh's halves are dgate and dup */
    clact_tensor dgate, dup;
    clact_gate_views(&hv, CLACT_GATE_FIRST_HALF, &dgate, &dup);
    clact_gated_backward_view(ctx, &op, h, &gate, h, &up, dact, &act, dh, &dgate, dh, &dup, 0, NULL,
                              NULL);
  }
  clact_buffer_read(ctx, out, 0, sizeof o, o), clact_buffer_read(ctx, dh, 0, sizeof dhh, dhh);
  double worst = 0;
  for (int t = 0; t < tokens; ++t)
    for (int j = 0; j < ffn; ++j) {
      double a = hh[t * 2 * ffn + j], b = hh[t * 2 * ffn + ffn + j], g = dd[t * ffn + j];
      double s = 1 / (1 + exp(-a)), y = a * s * b, da = g * b * (s + a * s * (1 - s)),
             db = g * a * s;
      double e1 = fabs(o[t * ffn + j] - y), e2 = fabs(dhh[t * 2 * ffn + j] - da),
             e3 = fabs(dhh[t * 2 * ffn + ffn + j] - db);
      double e = fmax(e1, fmax(e2, e3)) / (1e-30 + fmax(fabs(y), fmax(fabs(da), fabs(db))));
      if (e > worst) worst = e;
    }
  printf("LLaMA SwiGLU example: worst relative error %.3g\n", worst);
  /* conv + bias + relu */
  float x[N * C * H * W], bb[C], dyy[N * C * H * W], y[N * C * H * W], dx[N * C * H * W], dbb[C];
  for (int i = 0; i < N * C * H * W; ++i)
    x[i] = (float)((i * 7 % 23) - 11) / 4.0f, dyy[i] = (float)((i * 5 % 17) - 8) / 8.0f;
  for (int c = 0; c < C; ++c)
    bb[c] = 0.25f * (float)c - 0.3f;
  cl_mem conv_out, bias, act, dconv, dbias;
  clact_buffer_create(ctx, sizeof x, &conv_out), clact_buffer_create(ctx, sizeof bb, &bias);
  clact_buffer_create(ctx, sizeof x, &act), clact_buffer_create(ctx, sizeof x, &dact);
  clact_buffer_create(ctx, sizeof x, &dconv), clact_buffer_create(ctx, sizeof bb, &dbias);
  clact_buffer_write(ctx, conv_out, 0, sizeof x, x),
      clact_buffer_write(ctx, bias, 0, sizeof bb, bb);
  clact_buffer_write(ctx, dact, 0, sizeof x, dyy);
  {
    clact_op op;
    clact_op_init(&op, CLACT_RELU);
    const size_t xs[4] = {N, C, H, W}, bs[3] = {C, 1, 1};
    clact_tensor xv, bv;
    clact_tensor_init_dense(&xv, 4, xs, 0);
    clact_tensor_init_dense(&bv, 3, bs, 0);
    clact_bias_forward_view(ctx, &op, conv_out, &xv, bias, &bv, act, &xv, 0, NULL, NULL);
    /* backward: dx, then dbias from it (one sum per channel, deterministic) */
    clact_bias_backward_view(ctx, &op, conv_out, &xv, bias, &bv, dact, &xv, dconv, &xv, 0, NULL,
                             NULL);
    clact_bias_grad_view(ctx, CLACT_F32, dconv, &xv, dbias, &bv, 0, NULL, NULL);
  }
  clact_buffer_read(ctx, act, 0, sizeof y, y), clact_buffer_read(ctx, dconv, 0, sizeof dx, dx);
  clact_buffer_read(ctx, dbias, 0, sizeof dbb, dbb);
  int bad = 0;
  double sum[C] = {0};
  for (int i = 0; i < N * C * H * W; ++i) {
    const int c = (i / (H * W)) % C;
    const float s = x[i] + bb[c];
    bad += y[i] != (s > 0 ? s : 0.0f);
    bad += dx[i] != (s > 0 ? dyy[i] : 0.0f);
    sum[c] += s > 0 ? dyy[i] : 0.0;
  }
  for (int c = 0; c < C; ++c)
    bad += fabs(dbb[c] - sum[c]) > 1e-5;
  printf("conv + bias + relu example: %d mismatches; dbias %g %g %g\n", bad, dbb[0], dbb[1],
         dbb[2]);
  clact_context_destroy(ctx);
  return 0;
}
