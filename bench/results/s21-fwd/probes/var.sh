#!/bin/bash
# var.sh OUTDIR RUNS OPT1 OPT2 ...: s21fwd's p (PROBE, default /tmp/s21/p; PR rounds of 4 calls, CASES)
# on one build (BUILD, default the base), variants by CLACT_BUILD_OPTIONS ("-" = none), interleaved,
# one PoCL thread; load beside every run in OUTDIR/load.txt
out=$1; R=$2; shift 2
mkdir -p $out; touch $out/load.txt
N=${BUILD:-/work/wt/s21fwd-base/build}
for r in $(seq 1 $R); do
  i=0
  for o in "$@"; do
    i=$((i+1)); opt="$o"; [ "$o" = - ] && opt=""
    echo "$(date +%T) v$i r$r '$opt' load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
    CLACT_BUILD_OPTIONS="$opt" POCL_CACHE_DIR=$N/pocl-cache-v$i POCL_MAX_PTHREAD_COUNT=1 LD_LIBRARY_PATH=$N ${PROBE:-/tmp/s21/p} ${PR:-15} > $out/v$i-r$r.csv
  done
done
echo "$(date +%T) done load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
