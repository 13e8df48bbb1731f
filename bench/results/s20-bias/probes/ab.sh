#!/bin/bash
# ab.sh OUTDIR ROUNDS: the probe p, base (9ad3db2) and new builds alternating (order flips each round), one PoCL thread
out=$1; R=$2
mkdir -p $out; touch $out/load.txt
B=/work/wt/s20bias-base/build N=/work/wt/s20bias/build
for r in $(seq 1 $R); do
  if [ $((r % 2)) = 1 ]; then order="base new"; else order="new base"; fi
  for tag in $order; do
    [ $tag = base ] && lib=$B || lib=$N
    echo "$(date +%T) $tag r$r start load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
    POCL_CACHE_DIR=$lib/pocl-cache POCL_MAX_PTHREAD_COUNT=1 LD_LIBRARY_PATH=$lib /tmp/s20/p-$tag ${PR:-5} > $out/$tag-r$r.csv
  done
done
echo "$(date +%T) done load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
