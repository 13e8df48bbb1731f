#!/bin/bash
# ab.sh OUT ROUNDS SPEC...: SPEC = tag:libdir[:opts]; this folder's p.c (P, default
# /tmp/s15bias/p; CASES, default 0,1,6,7), one PoCL thread (THREADS to change), one process
# per spec, alternating, ROUNDS times; load logged (s13bias's ab.sh with its own cache dirs)
out=$1; R=$2; shift 2
mkdir -p $out; : > $out/load.txt
for r in $(seq 1 $R); do
  for spec in "$@"; do
    IFS=: read tag lib opts <<< "$spec"
    echo "$(date +%T) $tag round$r load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
    POCL_MAX_PTHREAD_COUNT=${THREADS:-1} POCL_CACHE_DIR=/tmp/s15bias/pc-$tag \
      CLACT_BUILD_OPTIONS="$opts" CASES=${CASES:-0,1,6,7} LD_LIBRARY_PATH=$lib ${P:-/tmp/s15bias/p} \
      ${PR:-7} > $out/$tag-r$r.csv
  done
done
echo "$(date +%T) done load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
