#!/bin/bash
# abv.sh OUT ROUNDS V...: one library (/tmp/s13swiglu/var), CLACT_BUILD_OPTIONS=-DS13_VS=V, alternating
out=$1; R=$2; shift 2
mkdir -p $out; : > $out/load.txt
for r in $(seq 1 $R); do
  for v in "$@"; do
    echo "$(date +%T) v$v round$r start load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
    POCL_CACHE_DIR=/tmp/s13swiglu/pc-var CLACT_BUILD_OPTIONS="-DS13_VS=$v" LD_LIBRARY_PATH=/tmp/s13swiglu/var /tmp/s13swiglu/p ${PR:-5} > $out/v$v-r$r.csv
  done
done
echo "$(date +%T) done load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
