#!/bin/bash
# pset.sh OUT SETS: p.c base/new interleaved, one PoCL thread, CASES 0,4,5,8..15 + clamped? (p.c has none)
cd /tmp/s17gatedsplit
OUT=$1; SETS=${2:-3}
: > $OUT
for s in $(seq 1 $SETS); do
  for t in base new; do
    L=/tmp/s17gatedsplit/base/build; [ $t = new ] && L=/work/wt/s17gatedsplit/build
    echo "# set $s $t load $(cut -d' ' -f1 /proc/loadavg)" >> $OUT
    POCL_MAX_PTHREAD_COUNT=1 POCL_CACHE_DIR=$L/pocl-cache LD_LIBRARY_PATH=$L CASES=0,4,5,8,9,10,11,12,13,14,15 ./p_$t 5 | sed "s/^/$t,$s,/" >> $OUT
  done
done
