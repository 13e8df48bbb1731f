#!/bin/bash
# abopt.sh OUTDIR ROUNDS THREADS OPTS: the probe p on the new build, CLACT_BUILD_OPTIONS "" (tag base) and OPTS (tag new) alternating
out=$1; R=$2; T=$3; O=$4
mkdir -p $out; touch $out/load.txt
lib=/work/wt/s19relu/build
for r in $(seq 1 $R); do
  if [ $((r % 2)) = 1 ]; then order="base new"; else order="new base"; fi
  for tag in $order; do
    [ $tag = base ] && opt="" || opt="$O"
    echo "$(date +%T) $tag($opt) r$r T$T start load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
    CLACT_BUILD_OPTIONS="$opt" POCL_CACHE_DIR=$lib/pocl-cache POCL_MAX_PTHREAD_COUNT=$T LD_LIBRARY_PATH=$lib /tmp/s19/probe/p ${PR:-5} > $out/$tag-r$r.csv
  done
done
echo "$(date +%T) done load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
