#!/bin/bash
# perfloops2.sh TAG LIBDIR CASE...: one PoCL thread, perf cpu-clock, the hottest symbol of the kernel .so and its hottest inner loop
tag=$1; L=$2; shift 2
for c in "$@"; do
  d=/tmp/s13bias/pc-$tag; mkdir -p $d
  POCL_MAX_PTHREAD_COUNT=1 CLACT_BUILD_OPTIONS="$OPTS" POCL_CACHE_DIR=$d CASES=$c LD_LIBRARY_PATH=$L ./p 1 >/dev/null 2>&1
  POCL_MAX_PTHREAD_COUNT=1 CLACT_BUILD_OPTIONS="$OPTS" POCL_CACHE_DIR=$d CASES=$c LD_LIBRARY_PATH=$L perf record -e cpu-clock -o perf-$tag-$c.data ./p 5 >/dev/null 2>&1
  perf report -i perf-$tag-$c.data --stdio 2>/dev/null | grep -v "^#" | grep -v "^$" | head -4 > rep-$tag-$c.txt
  f=$(grep -m1 "clact_.*\.so" rep-$tag-$c.txt | awk '{print $NF}')
  perf annotate -i perf-$tag-$c.data --stdio -s $f 2>/dev/null > ann-$tag-$c.txt
  echo "== $tag case $c $f"; cat rep-$tag-$c.txt; python3 loops.py ann-$tag-$c.txt 2>/dev/null | head -2
done
