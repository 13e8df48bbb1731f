#!/bin/bash
# base (HEAD 822ab17, git archive in /tmp/s13views/base) and new (the worktree) interleaved:
# per round and build: `clact bench --views --csv`, then view_call CPU time (one PoCL thread,
# 15 calls) for relu/sigmoid glu_half, channel_slice, transpose, 1d
OUT=$1; mkdir -p $OUT; R=${2:-3}
for r in $(seq 1 $R); do
  for b in base new; do
    if [ $b = base ]; then D=/tmp/s13views/base; else D=/work/wt/s13views; fi
    echo "round $r $b $(uptime)" >> $OUT/load.txt
    (cd $D && POCL_CACHE_DIR=$D/build/pocl-cache build/clact bench --views --csv > $OUT/$b-run$r.csv)
    for a in relu sigmoid; do for c in 1d channel_slice glu_half transpose; do
      echo -n "$b $r " >> $OUT/cpu.txt
      (cd $D && POCL_CACHE_DIR=$D/build/pocl-cache POCL_MAX_PTHREAD_COUNT=1 VC_PRINT=1 build/tools/view_call $a $c 16777216 15 >> $OUT/cpu.txt)
    done; done
  done
done
