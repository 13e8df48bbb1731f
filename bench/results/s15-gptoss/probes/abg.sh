#!/bin/bash
# abg.sh OUT ROUNDS LIBDIR...: tools/gated_call's CPU ms per call (calls 2..6 of 2^24 elements
# per operand, one PoCL thread), the cases of this task, libraries alternating per case
out=$1; R=$2; shift 2
mkdir -p $(dirname $out)
echo "round,case,layout,gc_beta,lib,ms,load" > $out
cases="plain_fwd:-:1 plain_fwd:-:1.702 gated_fwd:tensors:1 gated_fwd:pairs:1 clamped_fwd:pairs:1.702 clamped_fwd:tensors:1.702
plain_bwd:-:1 plain_bwd:-:1.702 gated_bwd:tensors:1 gated_bwd:pairs:1 clamped_bwd:pairs:1.702 clamped_bwd:tensors:1.702"
for r in $(seq 1 $R); do for c in $cases; do
  IFS=: read cs lay be <<< "$c"
  for lib in "$@"; do
    tag=$(basename $lib)
    ms=$(env GATED_CALL_TIME=1 POCL_MAX_PTHREAD_COUNT=1 POCL_CACHE_DIR=/tmp/s15gptoss/pc-ab-$tag \
      LD_LIBRARY_PATH=$lib $( [ $lay != - ] && echo GC_LAYOUT=$lay ) GC_BETA=$be \
      $lib/gated_call $cs swish 16777216 6 f32)
    echo "$r,$cs,$lay,$be,$tag,$ms,$(cut -d' ' -f1 /proc/loadavg)" >> $out
  done
done; done
