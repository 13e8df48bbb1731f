#!/bin/bash
# one build (the worktree), CLACT_PREFETCH_GAP_BYTES=2048 (the distance before) and the default
# (8192) interleaved, one PoCL thread, relu glu_half and channel_slice, 31 calls per point
cd /work/wt/s13views; export POCL_CACHE_DIR=$PWD/build/pocl-cache POCL_MAX_PTHREAD_COUNT=1
for r in $(seq 1 ${1:-8}); do
  echo "round $r $(uptime)"
  for c in glu_half channel_slice; do for o in 2048 8192; do
    echo -n "gap=$o "; CLACT_BUILD_OPTIONS="-DCLACT_PREFETCH_GAP_BYTES=$o" VC_PRINT=1 build/tools/view_call relu $c 16777216 31
  done; done
done
