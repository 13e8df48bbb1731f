#!/bin/bash
# hl.sh: hotloop.sh's loop counts for the brief's cases, base and mine alternating
cd /work/wt/s18sides
for c in "swish fwd f32 1" "swish fwd f32 0" "swish fwd f32 1.702" "swish bwd f32 1" "swish bwd f32 0" "swish bwd f32 1.702" "swish fwd bf16 1" "softplus fwd bf16 1"; do
  set -- $c
  for t in base mine; do
    b=$([ $t = base ] && echo /tmp/s18sides/base/build || echo /work/wt/s18sides/build)
    out=$(BUILD=$b WORK=/tmp/s18sides/hl/$t-$1-$2-$3-$4 AB_P0=$4 nice tools/hotloop/hotloop.sh $1 $2 $3 2>&1 | grep -iE 'instr|loop' | head -3 | tr '\n' ' ')
    echo "$t $1 $2 $3 p0=$4: $out"
  done
done
