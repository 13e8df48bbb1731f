#!/bin/bash
# one PoCL thread, CPU time: relu glu_half under prefetch distances (CLACT_BUILD_OPTIONS), and 1d/slice
cd /work/wt/s13views; export POCL_CACHE_DIR=$PWD/build/pocl-cache POCL_MAX_PTHREAD_COUNT=1
for r in $(seq 1 ${1:-4}); do
  echo "round $r $(uptime)"
  for pf in 2048 4096 8192 16384; do
    echo -n "pf=$pf "; CLACT_BUILD_OPTIONS="-DCLACT_PREFETCH_BYTES=$pf" VC_PRINT=1 build/tools/view_call relu glu_half 16777216 15
  done
  echo -n "pf=2048 "; CLACT_BUILD_OPTIONS="-DCLACT_PREFETCH_BYTES=2048" VC_PRINT=1 build/tools/view_call relu 1d 16777216 15
  echo -n "pf=8192 "; CLACT_BUILD_OPTIONS="-DCLACT_PREFETCH_BYTES=8192" VC_PRINT=1 build/tools/view_call relu 1d 16777216 15
done
