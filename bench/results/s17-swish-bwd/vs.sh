#!/bin/bash
# interleaved: base and new libraries under one vs_onednn binary (the new one: NAME:P0),
# 2^24 and 2^20, three sets; then ab_call gelu_quick (no oneDNN row), base and new alternating
out=/work/wt/s17swishbwd/bench/results/s17-swish-bwd
vs=/work/wt/s17swishbwd/build/tools/vs_onednn
rm -f $out/vs-onednn-*.csv $out/ab-gelu_quick-*.csv
for set in 1 2 3; do
  for n in 16777216 1048576; do
    reps=5; [ $n = 1048576 ] && reps=40
    for who in base new; do
      b=/tmp/s17swishbwd/base/build; [ $who = new ] && b=/work/wt/s17swishbwd/build
      echo "# set $set $who n=$n load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out/vs-onednn-$who-$n.csv
      POCL_CACHE_DIR=$b/pocl-cache LD_LIBRARY_PATH=$b POCL_MAX_PTHREAD_COUNT=1 OMP_NUM_THREADS=1 \
        $vs swish,swish:1.702 fwd,bwd $n 7 $reps | sed "s/^/$set,/" >> $out/vs-onednn-$who-$n.csv
    done
  done
done
for set in 1 2 3; do
  for dir in fwd bwd; do
    for who in base new; do
      b=/tmp/s17swishbwd/base/build; [ $who = new ] && b=/work/wt/s17swishbwd/build
      echo "# set $set $who load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out/ab-gelu_quick-$who.csv
      POCL_CACHE_DIR=$b/pocl-cache LD_LIBRARY_PATH=$b POCL_MAX_PTHREAD_COUNT=1 \
        $b/tools/ab_call gelu_quick $dir 16777216 7 5 f32 "" | sed "s/^/$set,/" >> $out/ab-gelu_quick-$who.csv
    done
  done
done
echo finished
