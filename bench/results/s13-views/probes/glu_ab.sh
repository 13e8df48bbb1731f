#!/bin/bash
# interleaved: plain C contiguous / half rows (2 threads), clact relu 1d / channel_slice / glu_half (2 PoCL threads)
cd /work/wt/s13views; export POCL_CACHE_DIR=$PWD/build/pocl-cache
for r in $(seq 1 ${1:-5}); do
  echo "round $r $(uptime)"
  COLS=4096 RS=4096 OMP_NUM_THREADS=2 /tmp/s13views/halfrow half 1 2048 15
  COLS=4096 RS=8192 OMP_NUM_THREADS=2 /tmp/s13views/halfrow half 1 2048 15
  for c in 1d channel_slice glu_half; do VC_PRINT=1 build/tools/view_call relu $c 16777216 15; done
done
