#!/bin/bash
# ab.sh OUT ROUNDS: s15-bias's p.c (/tmp/s21p/p), CASES (default 4,5,6,7,10,11), one PoCL thread,
# base (/work/wt/s21compile-base/build) and new (/work/wt/s21compile/build) alternating, each
# with a warm cache of its own; load logged beside every run
out=$1; R=$2
mkdir -p $out; : > $out/load.txt
for r in $(seq 1 $R); do
  for tag in base new; do
    lib=/work/wt/s21compile/build; [ $tag = base ] && lib=/work/wt/s21compile-base/build
    echo "$(date +%T) $tag round$r load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
    POCL_MAX_PTHREAD_COUNT=1 POCL_CACHE_DIR=/tmp/s21p/pc-$tag CASES=${CASES:-4,5,6,7,10,11} \
      LD_LIBRARY_PATH=$lib nice /tmp/s21p/p ${PR:-7} > $out/$tag-r$r.csv
  done
done
echo "$(date +%T) done load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
