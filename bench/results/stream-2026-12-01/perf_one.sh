#!/bin/bash
# perf_one.sh LIBDIR CASE GATE N REPS: perf samples (default rate) in the kernel and its
# out-of-line formula, one PoCL thread; tools/gated_call built without the callgrind hook:
#   cc -O2 -Iinclude tools/gated_call/gated_call.c build/libclact.so -lOpenCL -o $OUT/gcall_t
# Samples count CPU time on one core: less disturbed by the other engineers' load than
# wall-clock GB/s, though memory-bound kernels still share the memory system.
lib=$1; c=$2; g=$3; n=$4; reps=$5
OUT=${OUT:-/tmp/stream_perf}; mkdir -p $OUT
export POCL_CACHE_DIR=${POCL_CACHE_DIR:-$PWD/build/pocl-cache}
POCL_MAX_PTHREAD_COUNT=1 LD_LIBRARY_PATH=$lib perf record -q -o $OUT/p.data $OUT/gcall_t $c $g $n $reps \
  > /dev/null 2>&1
perf report -i $OUT/p.data --stdio -n --sort sym 2>/dev/null | grep -E 'pocl_kernel|_out' |
  awk -v t="$c $g" '{s += $2} END {print t, s}'
