#!/bin/bash
# ab.sh OUT ROUNDS LIBDIR...: s11's p (CASES) in one process per library, one PoCL thread, alternating
out=$1; R=$2; shift 2
mkdir -p $out; : > $out/load.txt
for r in $(seq 1 $R); do
  for lib in "$@"; do
    tag=$(basename $lib)
    echo "$(date +%T) $tag round$r start load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
    POCL_MAX_PTHREAD_COUNT=1 POCL_CACHE_DIR=/tmp/s14swiglu/pc-ab-$tag LD_LIBRARY_PATH=$lib /tmp/s14swiglu/p ${PR:-5} > $out/$tag-r$r.csv
  done
done
echo "$(date +%T) done load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
