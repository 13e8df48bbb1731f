#!/bin/bash
# benchab.sh OUTDIR LIBA LIBB: clact bench --gated --dtype f32 --csv, the two libraries alternating, 3 rounds
out=$1; A=$2; B=$3
mkdir -p $out; : > $out/load.txt
cd /work/wt/s12gated; export POCL_CACHE_DIR=$PWD/build/pocl-cache
for r in $(seq 1 ${RUNS:-3}); do for lib in $A $B; do
  tag=$(basename $lib)
  echo "$(date +%T) $tag run$r start load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
  LD_LIBRARY_PATH=$lib build/clact bench --gated --dtype f32 --csv > $out/gated-$tag-run$r.csv 2>> $out/stderr.txt
done; done
echo "$(date +%T) done load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
