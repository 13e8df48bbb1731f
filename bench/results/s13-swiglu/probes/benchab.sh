#!/bin/bash
o=/tmp/s13swiglu/bench; mkdir -p $o; : > $o/load.txt
for r in 1 2 3; do for L in old new3; do
  echo "$(date +%T) $L run$r start load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $o/load.txt
  POCL_CACHE_DIR=/tmp/s13swiglu/pc-bench-$L LD_LIBRARY_PATH=/tmp/s13swiglu/$L /tmp/s13swiglu/$L/clact bench --gated --dtype f32 --csv > $o/$L-run$r.csv 2>$o/$L-run$r.err
done; done
echo "$(date +%T) done load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $o/load.txt
