#!/bin/bash
# loops_all.sh LIBDIR TAG: the hot loops of every case the brief lists
lib=$1 tag=$2
for dt in f32 f16; do
for cg in "gated_fwd swish" "gated_bwd swish" "gated_fwd gelu" "gated_bwd gelu" "clamped_fwd swish" "clamped_bwd swish" \
          "gated_fwd gelu_quick" "gated_bwd gelu_quick" "bias_fwd gelu" "bias_bwd gelu" \
          "plain_fwd swish" "plain_bwd swish" "plain_fwd gelu" "plain_bwd gelu" "plain_fwd gelu_quick" "plain_bwd gelu_quick"; do
  /tmp/s14swiglu/gloop.sh $cg $lib $tag $dt 2>&1 | head -1
done; done
