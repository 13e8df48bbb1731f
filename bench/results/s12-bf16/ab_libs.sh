#!/bin/bash
# ab_libs.sh OUT: the base library (acb81d1, /tmp/s12bf16/oldbuild) and the working tree's
# alternating, three pairs, one process per row: process CPU ns per element of f32 / f16 /
# bf16 (ab_call: 2^24 elements, 5 rounds of 5 calls), uptime before every row.
W=/work/wt/s12bf16
for pair in 1 2 3; do
  for lib in old new; do
    if [ $lib = old ]; then L=/tmp/s12bf16/oldbuild; C=/tmp/s12bf16/pc-old; else L=$W/build; C=$W/build/pocl-cache; fi
    for r in "gelu_quick bwd" "celu bwd" "swish bwd" "elu bwd"; do
      echo "$pair $lib $r $(uptime)" >> $1.log
      POCL_CACHE_DIR=$C LD_LIBRARY_PATH=$L /tmp/s12bf16/ab_call $r 16777216 5 5 f32,f16,bf16 "" | sed "s/^/$pair,$lib,/" >> $1.csv
    done
  done
done
echo "end $(uptime)" >> $1.log
