#!/bin/bash
# ab.sh OUTDIR ROUNDS THREADS: the probe p, base and new builds alternating (order flips each round)
out=$1; R=$2; T=$3
mkdir -p $out; touch $out/load.txt
B=/work/wt/s19relu-base/build N=/work/wt/s19relu/build
for r in $(seq 1 $R); do
  if [ $((r % 2)) = 1 ]; then order="base new"; else order="new base"; fi
  for tag in $order; do
    [ $tag = base ] && lib=$B || lib=$N
    echo "$(date +%T) $tag r$r T$T start load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
    POCL_CACHE_DIR=$lib/pocl-cache POCL_MAX_PTHREAD_COUNT=$T LD_LIBRARY_PATH=$lib /tmp/s19/probe/p ${PR:-5} > $out/$tag-r$r.csv
  done
done
echo "$(date +%T) done load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
