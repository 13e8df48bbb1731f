#!/bin/bash
# perfloops.sh: one PoCL thread, perf cpu-clock samples, the hottest inner loop's instruction count
cd /tmp/s12gated
for spec in old:10 old:11 old:14 old:15 new:12 new:13 new:14 new:15; do
  lib=${spec%%:*}; c=${spec##*:}
  d=/tmp/s12gated/pcx-$lib-$c; rm -rf $d
  L=/tmp/s12gated/old; [ $lib = new ] && L=/work/wt/s12gated/build
  POCL_CPU_MAX_CU_COUNT=1 POCL_CACHE_DIR=$d CASES=$c LD_LIBRARY_PATH=$L perf record -e cpu-clock -o perfx-$lib-$c.data ./p 3 >/dev/null 2>&1
  f=$(perf report -i perfx-$lib-$c.data --stdio 2>/dev/null | grep -o "_pocl_kernel_[a-z_]*workgroup" | head -1)
  perf annotate -i perfx-$lib-$c.data --stdio -s $f 2>/dev/null > annx-$lib-$c.txt
  echo "== $lib case $c $f"; python3 loops.py annx-$lib-$c.txt 2>/dev/null | head -3
done
