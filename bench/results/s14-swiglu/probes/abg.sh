#!/bin/bash
# abg.sh OUT ROUNDS "CASE GATE DTYPE;..." LIBDIR...: gated_call CPU ms per call (calls 2..9, 2^24), one PoCL thread, libraries alternating
out=$1; R=$2; cases=$3; shift 3
mkdir -p $out; : > $out/load.txt; echo "round,lib,case,gate,dtype,cpu_ms" > $out/ab.csv
IFS=';' read -ra CS <<< "$cases"
for r in $(seq 1 $R); do
  for c in "${CS[@]}"; do
    for lib in "$@"; do
      tag=$(basename $lib)
      echo "$(date +%T) $tag r$r $c load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
      read -r cs gate dt <<< "$c"
      ms=$(GATED_CALL_TIME=1 POCL_MAX_PTHREAD_COUNT=1 POCL_CACHE_DIR=/tmp/s14swiglu/pc-ab-$tag LD_LIBRARY_PATH=$lib $lib/gated_call $cs $gate 16777216 9 $dt)
      echo "$r,$tag,${c// /,},$ms" >> $out/ab.csv
    done
  done
done
echo "$(date +%T) done load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
