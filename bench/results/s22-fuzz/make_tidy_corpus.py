# make_tidy_corpus.py DIR -- writes the ten tidy kind-9 corpus files (first bytes 0xe4..0xe7,
# tests/fuzz/api.c fused_call) into DIR: the layout is the header of LLVMFuzzerTestOneInput
# (kind, activation, dtype, p0, p1, alpha, beta selectors, n, three buffer sizes), then
# fused_call's (which, event, limit, clamped), tidy_views' (rank, sizes, placement) and one
# (broadcast, layout, gap) triple per view, then 96 seeded bytes for the buffers' contents.
import random, sys, os
out = sys.argv[1]
rnd = random.Random(22)
def tail(n=96): return bytes(rnd.randrange(256) for _ in range(n))
def f(name, kind, act, dt, which, clamped=0, lsel=0, rank_sizes=(2,3), place=0, views=None,
      p0=0, p1=0, al=0, be=0, ev=1):
    hdr = bytes([kind, act, dt, p0, p1, al, be, 7, 0, 0, 4, 0, 4, 0, 4])
    fc = bytes([which, ev, lsel, clamped])
    tv = bytes([len(rank_sizes) - 1] + [s - 1 for s in rank_sizes] + [place])
    vb = b''.join(bytes(v) for v in views)
    open(os.path.join(out, name), 'wb').write(hdr + fc + tv + vb + tail())
z = (0, 0, 0)
f('tidy_gated_swiglu_f32_fwd', 0xe4, 5, 0, 0, views=[z, (0, 0, 1), (0, 1, 0)])
f('tidy_gated_clamped_oss_f32_bwd_pairs_in_place', 0xe5, 5, 0, 1, clamped=1, lsel=0, p0=4,
  rank_sizes=(2, 4), place=7, views=[z, (0, 0, 0), z])
f('tidy_gated_clamped_geglu_f64_limit_1e300', 0xe6, 8, 3, 0, clamped=1, lsel=5, rank_sizes=(4,),
  place=4, views=[z, z, z])
f('tidy_gated_clamped_bf16_limit_1e-50_refused', 0xe7, 5, 2, 1, clamped=1, lsel=6,
  views=[z, z, z, z, z])
f('tidy_bias_gelu_f16_fwd_nchw_blend', 0xe4, 8, 1, 2, rank_sizes=(2, 3, 2), al=6, be=6,
  views=[z, (0x60, 0, 0), (0, 7, 1)])
f('tidy_bias_relu_bf16_bwd_dx_over_dy', 0xe5, 2, 2, 3, rank_sizes=(3, 4), place=4,
  views=[z, (7, 0, 0), z, z])
f('tidy_dbias_f32_per_channel', 0xe6, 0, 0, 4, rank_sizes=(2, 3, 4), views=[(0, 1, 0), (0x50, 0, 0)])
f('tidy_dbias_f64_tokens_features', 0xe7, 0, 3, 4, rank_sizes=(4, 3), views=[(0, 6, 2), (7, 0, 0)])
f('tidy_gated_reglu_f16_bwd_pairs_blend', 0xe4, 2, 1, 1, rank_sizes=(3, 2), place=6, al=7, be=7,
  views=[z, z, z])
f('tidy_bias_swish_f32_fwd_in_place', 0xe5, 5, 0, 2, rank_sizes=(2, 2), place=5,
  views=[z, (3, 0, 0), z])
