#!/bin/bash
# hl.sh: hotloop counts, base and new, for the rows item 1 reaches
cd /work/wt/s16refactor
for row in "sigmoid fwd f32" "swish fwd f32" "swish bwd f32" "gelu_quick fwd f32" "gelu_quick bwd f32"; do
  for v in base new; do
    if [ $v = base ]; then B=/tmp/s16refactor/base/build; else B=/work/wt/s16refactor/build; fi
    set -- $row
    r=$(AB_P0=${P0:-1} BUILD=$B WORK=/tmp/s16refactor/hl/$v-$1-$2-$3 bash tools/hotloop/hotloop.sh $1 $2 $3 2>&1 | tail -1)
    echo "$v $row: $r"
  done
done
