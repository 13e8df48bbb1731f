#!/bin/bash
cd /work/wt/exh57
export POCL_CACHE_DIR=$PWD/build/pocl-cache CLACT_BUILD_OPTIONS="-DCLACT_EXP_NOLO=1"
for k in 1 2 3 4; do
  echo "start $k $(date +%T) $(cut -d' ' -f1 /proc/loadavg)" >> /tmp/exh57/log
  build/clact check --exhaustive --part $k/4 --op swish --dir fwd --dtype f32 --csv > /tmp/exh57/part$k.csv 2>&1
  echo "end $k rc=$? $(date +%T)" >> /tmp/exh57/log
done
