#!/bin/bash
# before/after interleaved: 3 runs each of clact bench --gated --dtype f32 --csv (default n)
cd /work/wt/g3
out=bench/results/gated-2026-11-30-speed
export POCL_CACHE_DIR=$PWD/build/pocl-cache
for r in 1 2 3; do
  echo "before run$r start $(date -u +%T) $(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
  LD_LIBRARY_PATH=/tmp/g3/before-src/build build/clact bench --gated --dtype f32 --csv > $out/before-run$r.csv 2>>/tmp/g3/bench.err
  echo "after run$r start $(date -u +%T) $(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
  build/clact bench --gated --dtype f32 --csv > $out/after-run$r.csv 2>>/tmp/g3/bench.err
done
echo "end $(date -u +%T) $(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
