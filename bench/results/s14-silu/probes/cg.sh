#!/bin/bash
# cg.sh OP DIR DTYPE P0 OPTS: callgrind Ir per element inside the kernel's workgroup
# function (one PoCL thread; ab_call's warm-up call and one timed call: 2 n elements)
cd "${WT:-.}"
export POCL_CACHE_DIR=$PWD/build/pocl-cache POCL_MAX_PTHREAD_COUNT=1 LD_LIBRARY_PATH=${LIB:-$PWD/build} AB_P0=$4
n=1048576
out=${CG:-/tmp/cg}/$1-$2-$3-$4-$(echo "$5" | tr -c 'A-Za-z0-9=' _).out
valgrind --tool=callgrind --callgrind-out-file=$out --toggle-collect='_pocl_kernel_clact_*workgroup*' \
  build/tools/ab_call $1 $2 $n 1 1 $3 "$5" > /dev/null 2>${CG:-/tmp/cg}/err.txt
ir=$(callgrind_annotate $out 2>/dev/null | grep -m1 "PROGRAM TOTALS" | awk '{gsub(",","",$1); print $1}')
echo "$1,$2,$3,$4,\"$5\",$ir,$(python3 -c "print('%.3f' % ($ir / (2 * $n)))")"
