#!/bin/bash
# callgrind_one.sh TAG LIBDIR CASE GATE: callgrind of calls 2-3 of 2^20 elements (the first,
# which builds the program, uninstrumented), one PoCL thread; the kernel's inclusive Ir.
# First, from the repository root: cc -O2 -DGATED_CALL_CALLGRIND -Iinclude
#   tools/gated_call/gated_call.c build/libclact.so -lOpenCL -o $OUT/gcall
tag=$1; lib=$2; c=$3; g=$4
export POCL_CACHE_DIR=${POCL_CACHE_DIR:-$PWD/build/pocl-cache}
OUT=${OUT:-/tmp/gated_cg}; mkdir -p $OUT
LD_LIBRARY_PATH=$lib POCL_MAX_PTHREAD_COUNT=1 valgrind --tool=callgrind --instr-atstart=no \
  --callgrind-out-file=$OUT/cg.$tag.$c.$g.out $OUT/gcall $c $g 1048576 3 \
  > $OUT/cg.$tag.$c.$g.log 2>&1
callgrind_annotate --inclusive=yes --threshold=100 $OUT/cg.$tag.$c.$g.out |
  grep -E 'PROGRAM TOTALS|_pocl_kernel_|gated_dadb_out|gated_y_out' > $OUT/sum.$tag.$c.$g.txt
