#!/bin/bash
# base (HEAD before s16swish) and new vs_onednn processes alternating; one thread each
cd /work/wt/s16swish
for it in 1 2 3; do
  for side in base new; do
    if [ $side = base ]; then L=/tmp/s16swish/base/build; else L=$PWD/build; fi
    for n in 1048576 16777216; do
      reps=$([ $n = 1048576 ] && echo 40 || echo 5)
      echo "# $side it$it n$n $(uptime)" >> /tmp/s16swish/m2/load.txt
      POCL_CACHE_DIR=$L/pocl-cache LD_LIBRARY_PATH=$L POCL_MAX_PTHREAD_COUNT=1 OMP_NUM_THREADS=1 \
        $L/tools/vs_onednn swish,softplus,sigmoid fwd $n 5 $reps > /tmp/s16swish/m2/$side-n$n-it$it.csv
    done
  done
done
echo "# end $(uptime)" >> /tmp/s16swish/m2/load.txt
