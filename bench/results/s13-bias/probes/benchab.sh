#!/bin/bash
# benchab.sh OUT RUNS: clact bench --gated --dtype f32 --csv with the old and new libraries alternating (2 PoCL threads, as the bench runs)
out=$1; R=$2; mkdir -p $out; : > $out/load.txt
for r in $(seq 1 $R); do
  for spec in old:/tmp/s13bias/old new:/tmp/s13bias/new3; do
    IFS=: read tag lib <<< "$spec"
    echo "$(date +%T) $tag run$r load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
    POCL_CACHE_DIR=/tmp/s13bias/pc-$tag LD_LIBRARY_PATH=$lib /work/wt/s13bias/build/clact bench --gated --dtype f32 --csv > $out/$tag-run$r.csv
  done
done
echo "$(date +%T) done load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
