#!/bin/bash
# ab_libs.sh OUT: 5d85744's library (bf16 stores only) and the working tree's (f16 celu and
# softsign backward, bf16 tanhshrink backward) alternating, three pairs, one process each:
# CPU ns per element of f32 / f16 / bf16, 2^24 elements, 5 rounds of 5 calls.
cd /work/wt/s11bf16
for pair in 1 2 3; do
  for lib in old new; do
    if [ $lib = old ]; then L=/tmp/s11bf16/src-cvt/build; else L=$PWD/build; fi
    for r in "tanhshrink bwd" "celu bwd" "softsign bwd"; do
      echo "$pair $lib $r $(uptime)" >> $1.log
      POCL_CACHE_DIR=$L/pocl-cache LD_LIBRARY_PATH=$L /tmp/s11bf16/ab_call $r 16777216 5 5 f32,f16,bf16 "" | sed "s/^/$pair,$lib,/" >> $1.csv
    done
  done
done
echo "end $(uptime)" >> $1.log
