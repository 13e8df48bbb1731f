#!/bin/bash
# cg.sh WHO OP DIR LIBDIR: callgrind Ir per element (n = 2^20, 2 calls)
who=$1 op=$2 dir=$3 lib=$4
n=1048576; reps=2
mkdir -p /tmp/s12softplus/cg
out=/tmp/s12softplus/cg/$who-$op-$dir-$(basename $lib)-$$.out
export POCL_CACHE_DIR=/tmp/s12softplus/cg/pocl-$(echo $lib | md5sum | cut -c1-8)
OMP_NUM_THREADS=1 POCL_MAX_PTHREAD_COUNT=1 LD_LIBRARY_PATH=$lib valgrind --tool=callgrind \
  --callgrind-out-file=$out /tmp/s12softplus/probe/one_call $who $op $dir $n $reps >/dev/null 2>&1 || { echo fail; exit 1; }
if [ $who = clact ]; then
  ir=$(callgrind_annotate --inclusive=yes --threshold=100 $out 2>/dev/null | grep "_pocl_kernel_clact_${dir}_workgroup" | head -1 | awk '{gsub(",","",$1); print $1}')
else
  ir=$(callgrind_annotate --threshold=100 $out 2>/dev/null | grep "???:0x" | awk '{gsub(",","",$1); s+=$1} END{print s}')
fi
python3 -c "print('$who,$op,$dir,%d,%.3f,$out' % ($ir, $ir/($n*$reps)))"
