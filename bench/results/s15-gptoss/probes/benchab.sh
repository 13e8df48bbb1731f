#!/bin/bash
# benchab.sh OUT RUNS LIBDIR...: clact bench --gated --dtype f32 --csv, libraries alternating
out=$1; R=$2; shift 2
mkdir -p $out; : > $out/load.txt
for r in $(seq 1 $R); do for lib in "$@"; do
  tag=$(basename $lib)
  echo "$(date +%T) $tag run$r start load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
  POCL_CACHE_DIR=/tmp/s15gptoss/pc-bench-$tag LD_LIBRARY_PATH=$lib \
    /work/wt/s15gptoss/build/clact bench --gated --dtype f32 --csv > $out/$tag-run$r.csv
done; done
echo "$(date +%T) done load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
