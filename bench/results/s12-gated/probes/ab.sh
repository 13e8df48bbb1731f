#!/bin/bash
# ab.sh OUTDIR ROUNDS LIBA LIBB ...: the probe p in one process per library, alternating, ROUNDS times
out=$1; R=$2; shift 2
mkdir -p $out; : > $out/load.txt
export POCL_CACHE_DIR=/work/wt/s12gated/build/pocl-cache
for r in $(seq 1 $R); do
  for lib in "$@"; do
    tag=$(basename $lib)
    echo "$(date +%T) $tag round$r start load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
    LD_LIBRARY_PATH=$lib /tmp/s12gated/p ${PR:-5} > $out/$tag-r$r.csv
  done
done
echo "$(date +%T) done load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
