#!/bin/bash
# ab_libs.sh BASE_BUILD NEW_BUILD OUT PAIRS: main's library and the branch's alternating,
# PAIRS pairs, one process per row: one thread's process CPU ns per element of f32 / f16 /
# bf16 (tools/ab_call: 2^24 elements, 5 rounds of 5 calls), /proc/loadavg before every row.
B=$1 N=$2 OUT=$3
for pair in $(seq 1 "${4:-3}"); do
  for lib in base new; do
    L=$B; [ $lib = new ] && L=$N
    for r in "sigmoid fwd" "swish fwd" "swish bwd" "gelu_quick fwd"; do
      echo "$pair $lib $r $(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT.log"
      POCL_MAX_PTHREAD_COUNT=1 POCL_CACHE_DIR=$OUT-pc-$lib LD_LIBRARY_PATH=$L \
        "$L/tools/ab_call" $r 16777216 5 5 f32,f16,bf16 "" | sed "s/^/$pair,$lib,/" >> "$OUT.csv"
    done
  done
done
echo "end $(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT.log"
