#!/bin/bash
# shapes.sh OUT ROUNDS LIBDIR COLS...: p.c (this folder's, $COLS) for each rows length in turn,
# ROUNDS times, one PoCL thread, CASES (default 12,14: gelu fwd, bias + gelu fwd); load logged
out=$1; R=$2; lib=$3; shift 3
mkdir -p $out; : > $out/load.txt
for r in $(seq 1 $R); do
  for c in "$@"; do
    echo "$(date +%T) cols$c round$r load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
    COLS=$c POCL_MAX_PTHREAD_COUNT=${THREADS:-1} CASES=${CASES:-12,14} LD_LIBRARY_PATH=$lib \
      ${P:-/tmp/s15bias/p} ${PR:-7} > $out/cols$c-r$r.csv
  done
done
echo "$(date +%T) done load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
