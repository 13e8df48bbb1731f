#!/bin/bash
# one build, old (CLACT_PREFETCH_GAP_BYTES=2048, the distance before) and new (8192) interleaved:
# view_call CPU time, one PoCL thread, 2^24 f32, 15 calls per point
cd /work/wt/s13views; export POCL_CACHE_DIR=$PWD/build/pocl-cache POCL_MAX_PTHREAD_COUNT=${THREADS:-1}
for r in $(seq 1 ${1:-5}); do
  echo "round $r $(uptime)"
  for a in relu sigmoid; do for c in glu_half channel_slice; do for o in 2048 8192; do
    echo -n "gap=$o "; CLACT_BUILD_OPTIONS="-DCLACT_PREFETCH_GAP_BYTES=$o" VC_PRINT=1 build/tools/view_call $a $c 16777216 15
  done; done; done
done
