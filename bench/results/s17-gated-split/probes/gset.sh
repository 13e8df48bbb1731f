#!/bin/bash
# gset.sh OUT ROUNDS: gated_call CPU ms per call (one PoCL thread, n = 2^24, 5 timed calls),
# base and new interleaved per case and round
cd /tmp/s17gatedsplit
OUT=$1; R=${2:-5}
: > $OUT
for r in $(seq 1 $R); do
  while read name cs gate env; do
    for t in base new; do
      L=/tmp/s17gatedsplit/base/build; [ $t = new ] && L=/work/wt/s17gatedsplit/build
      ms=$(env $env GATED_CALL_TIME=1 POCL_MAX_PTHREAD_COUNT=1 POCL_CACHE_DIR=$L/pocl-cache LD_LIBRARY_PATH=$L ./gc $cs $gate 16777216 6)
      echo "$r $name $t $ms $(cut -d' ' -f1 /proc/loadavg)" >> $OUT
    done
  done <<'CASES'
clamped_fwd clamped_fwd swish X=1
clamped_bwd clamped_bwd swish X=1
clamped1_fwd clamped_fwd swish GC_BETA=1
clamped1_bwd clamped_bwd swish GC_BETA=1
swiglu1702_fwd gated_fwd swish GC_BETA=1.702
swiglu1702_bwd gated_bwd swish GC_BETA=1.702
swish1702_fwd plain_fwd swish GC_BETA=1.702
swish1702_bwd plain_bwd swish GC_BETA=1.702
CASES
done
