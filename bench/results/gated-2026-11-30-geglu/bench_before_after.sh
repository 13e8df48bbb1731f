#!/bin/bash
# before/after interleaved: runs of clact bench --gated --dtype f32 --csv (default n); before = main's
# library at 2b7c69d (a copy in /tmp/g4/before), after = this branch (build/)
cd /work/wt/g4
out=bench/results/gated-2026-11-30-geglu
export POCL_CACHE_DIR=$PWD/build/pocl-cache
for r in 1 2 3; do
  echo "before run$r start $(date -u +%T) $(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
  LD_LIBRARY_PATH=/tmp/g4/before POCL_CACHE_DIR=/tmp/g4/cache_before build/clact bench --gated --dtype f32 --csv > $out/before-run$r.csv 2>>/tmp/g4/bench.err
  echo "after run$r start $(date -u +%T) $(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
  build/clact bench --gated --dtype f32 --csv > $out/after-run$r.csv 2>>/tmp/g4/bench.err
done
echo "end $(date -u +%T) $(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
