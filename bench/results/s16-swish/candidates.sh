#!/bin/bash
# sampled swish f32 fwd max ulp for the candidate forms (CLACT_EXP_NOLO), default sample
cd /tmp/s16swish/exp
for c in 0 1 2 3; do
  for b in 1; do
    echo "# cand $c $(uptime)"
    CLACT_BUILD_OPTIONS="-DCLACT_EXP_NOLO=$c" POCL_CACHE_DIR=$PWD/build/pocl-cache build/clact check --op swish --dir fwd --dtype f32 --samples 1048576 --csv 2>&1 | grep -v "^#" | head -5
  done
done
