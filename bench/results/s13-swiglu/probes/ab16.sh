#!/bin/bash
# ab16.sh OUT ROUNDS CASE GATE DTYPES LIBDIR...: gated_call's CPU ms per call (calls 2..9), alternating libraries
out=$1; R=$2; cs=$3; gate=$4; dts=$5; shift 5
mkdir -p $out; f=$out/$cs-$gate.csv; echo "round,lib,case,gate,dtype,cpu_ms_per_call" > $f
for r in $(seq 1 $R); do for lib in "$@"; do for dt in ${dts//,/ }; do
  tag=$(basename $lib)
  echo "$(date +%T) $tag $cs $gate $dt round$r load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
  v=$(GATED_CALL_TIME=1 POCL_CACHE_DIR=/tmp/s13swiglu/pc-16-$tag LD_LIBRARY_PATH=$lib /tmp/s13swiglu/gc $cs $gate 16777216 9 $dt)
  echo "$r,$tag,$cs,$gate,$dt,$v" >> $f
done; done; done
