#!/bin/bash
# ab2.sh OUT ROUNDS LIB OPTS_A OPTS_B: one library, two CLACT_BUILD_OPTIONS, alternating
out=$1; R=$2; lib=$3; A=$4; B=$5
mkdir -p $out; : > $out/load.txt
export POCL_CACHE_DIR=/work/wt/s12gated/build/pocl-cache
for r in $(seq 1 $R); do
  for tag in A B; do
    if [ $tag = A ]; then o="$A"; else o="$B"; fi
    echo "$(date +%T) $tag [$o] round$r start load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
    CLACT_BUILD_OPTIONS="$o" LD_LIBRARY_PATH=$lib /tmp/s12gated/p ${PR:-5} > $out/$tag-r$r.csv
  done
done
echo "$(date +%T) done load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
