#!/bin/bash
# cg.sh LIBDIR OP DTYPE DIR: callgrind Ir per element (n = 2^20, 2 calls; one PoCL thread;
# valgrind has no AVX-512, so PoCL builds AVX2 code) of _pocl_kernel_clact_DIR_workgroup inclusive
lib=$1 op=$2 dt=$3 dir=$4
n=1048576; reps=2
tag=$(echo $lib | md5sum | cut -c1-8)
out=/tmp/s10half/cg/$op-$dt-$dir-$tag-$(echo "$CLACT_BUILD_OPTIONS" | md5sum | cut -c1-6).out
export POCL_CACHE_DIR=/tmp/s10half/cg/pocl-$tag
POCL_MAX_PTHREAD_COUNT=1 LD_LIBRARY_PATH=$lib valgrind --tool=callgrind \
  --callgrind-out-file=$out /tmp/s10half/dtype_call $op $dt $dir $n $reps >/dev/null 2>&1 || { echo fail; exit 1; }
ir=$(callgrind_annotate --inclusive=yes --threshold=100 $out 2>/dev/null | grep "_pocl_kernel_clact_${dir}_workgroup" | head -1 | awk '{gsub(",","",$1); print $1}')
python3 -c "print('$op,$dt,$dir,$tag,$CLACT_BUILD_OPTIONS,%d,%.3f' % ($ir, $ir/($n*$reps)))"
