#!/bin/bash
out=/tmp/s17swishbwd/f64ab.csv; : > $out
for set in 1 2 3; do for dir in bwd fwd; do for p in 1 1.702; do for who in base new; do
  b=/tmp/s17swishbwd/mix; [ $who = new ] && b=/work/wt/s17swishbwd/build
  POCL_CACHE_DIR=/tmp/s17swishbwd/pc-$who LD_LIBRARY_PATH=$b POCL_MAX_PTHREAD_COUNT=1 AB_P0=$p \
    $b/tools/ab_call swish $dir 1048576 7 20 f64 "" | sed "s/^/$set,$who,$p,/" >> $out
done; done; done; done
