#!/bin/bash
# var.sh OUTDIR ROUNDS OPT1 OPT2 ...: one build (s20lean), variants by CLACT_BUILD_OPTIONS ("-" = none), interleaved, one PoCL thread
out=$1; R=$2; shift 2
mkdir -p $out; touch $out/load.txt
N=${BUILD:-/work/main/build}
for r in $(seq 1 $R); do
  i=0
  for o in "$@"; do
    i=$((i+1)); opt="$o"; [ "$o" = - ] && opt=""
    echo "$(date +%T) v$i r$r '$opt' load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
    CLACT_BUILD_OPTIONS="$opt" POCL_CACHE_DIR=$N/pocl-cache-v$i POCL_MAX_PTHREAD_COUNT=1 LD_LIBRARY_PATH=$N /tmp/s20/p-new ${PR:-5} > $out/v$i-r$r.csv
  done
done
