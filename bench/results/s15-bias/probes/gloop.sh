#!/bin/bash
# gloop.sh CASE GATE LIBDIR TAG DTYPE: the hottest loop of nd_rows_run (or the kernel) for
# build/tools/gated_call with that library, one PoCL thread (s14's gloop.sh, loops.py's finder)
cs=$1 gate=$2 lib=$3 tag=$4 dt=$5
w=/tmp/s15bias/gloop/$tag-$cs-$gate-$dt
rm -rf $w && mkdir -p $w
export POCL_CACHE_DIR=$w/pc POCL_MAX_PTHREAD_COUNT=1 LD_LIBRARY_PATH=$lib
g=/work/wt/s15bias/build/tools/gated_call
$g $cs $gate 1048576 1 $dt > /dev/null
perf record -q -e cpu-clock -o $w/perf.data $g $cs $gate 16777216 6 $dt > /dev/null 2>&1
sym=$(perf report -i $w/perf.data --stdio --sort dso,sym 2>/dev/null | grep -E ' clact_[a-z_0-9]*\.so ' | head -1 | awk '{print $NF}')
perf annotate -i $w/perf.data --stdio -s "$sym" 2> /dev/null > $w/ann.txt
echo "$tag $cs $gate $dt $sym: $(python3 /tmp/s15bias/perf/loops.py $w/ann.txt 2>/dev/null | head -1)"
