#!/bin/bash
# bench_ab.sh RUNS: the acceptance command, main's build and the branch's alternating, RUNS each
# (2 threads, n = 2^24, each figure the median of 7 batches); /proc/loadavg before every run.
O=/tmp/s18bf16/bench_ab
for run in $(seq 1 "${1:-3}"); do
  for lib in base new; do
    B=/tmp/s18bf16/base/build PC=/tmp/s18bf16/pc-base
    [ $lib = new ] && B=/work/wt/s18bf16/build PC=/work/wt/s18bf16/build/pocl-cache
    echo "$run $lib $(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)" >> $O/log
    POCL_CACHE_DIR=$PC $B/clact bench --dtype f32,f16,bf16 --op sigmoid,swish,gelu_quick \
      --dir fwd,bwd --csv > $O/$lib-$run.csv
  done
done
echo "end $(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)" >> $O/log
