#!/bin/bash
# coldab.sh OUT ROUNDS CASES LIBDIR...: cold.c's first call (empty POCL cache), libraries alternating
out=$1; R=$2; cases=$3; shift 3
echo "round,lib,case,cpu_s,wall_s,load" > $out
for r in $(seq 1 $R); do for k in $cases; do for lib in "$@"; do
  tag=$(basename $lib); d=/tmp/s15gptoss/pc-cold; rm -rf $d; mkdir -p $d
  o=$(POCL_CACHE_DIR=$d LD_LIBRARY_PATH=$lib /tmp/s15gptoss/cold $k)
  echo "$r,$tag,$o,$(cut -d' ' -f1 /proc/loadavg)" >> $out
done; done; done
