#!/bin/bash
# base (HEAD 822ab17's library, /tmp/s13views/base) and new (the worktree) interleaved, one PoCL
# thread, process CPU time, view_call 15 calls per point, 2^24 f32: forward relu/sigmoid on 1d,
# channel_slice, glu_half, transpose; backward from x (VC_BWD=1) on transpose and 1d
OUT=$1; mkdir -p $OUT; R=${2:-3}
for r in $(seq 1 $R); do
  for b in base new; do
    if [ $b = base ]; then D=/tmp/s13views/base; else D=/work/wt/s13views; fi
    echo "round $r $b $(uptime)" >> $OUT/load.txt
    for a in relu sigmoid; do
      for c in 1d channel_slice glu_half transpose; do
        echo -n "$b $r fwd " >> $OUT/cpu.txt
        (cd $D && POCL_CACHE_DIR=$D/build/pocl-cache POCL_MAX_PTHREAD_COUNT=1 VC_PRINT=1 build/tools/view_call $a $c 16777216 15 >> $OUT/cpu.txt)
      done
      for c in 1d transpose; do
        echo -n "$b $r bwd " >> $OUT/cpu.txt
        (cd $D && POCL_CACHE_DIR=$D/build/pocl-cache POCL_MAX_PTHREAD_COUNT=1 VC_BWD=1 VC_PRINT=1 build/tools/view_call $a $c 16777216 15 >> $OUT/cpu.txt)
      done
    done
  done
done
