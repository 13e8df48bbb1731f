#!/bin/bash
# cg.sh LIBDIR TAG: callgrind Ir per element of the gated/plain cases, the kernel's objects
cd /tmp/s17gatedsplit
LIB=$1; TAG=$2; N=262144; REPS=3
run() { # name case gate [env...]
  local name=$1; shift; local cs=$1 gate=$2; shift 2
  env "$@" POCL_MAX_PTHREAD_COUNT=1 POCL_CACHE_DIR=$LIB/pocl-cache LD_LIBRARY_PATH=$LIB \
    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=cg/$TAG.$name.out \
    ./gc_cg $cs $gate $N $REPS > /dev/null 2>cg/$TAG.$name.err
  # the kernel .so's functions (pocl's cached kernel objects): total Ir per element
  local ir=$(callgrind_annotate cg/$TAG.$name.out 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",","",$1); print $1}')
  local kir=$(callgrind_annotate cg/$TAG.$name.out 2>/dev/null | grep -E "pocl-cache|\.so:(_pocl|nd_)" | awk '{gsub(",","",$1); s+=$1} END {print s+0}')
  echo "$TAG $name total/elem $(echo "$ir / ($N * ($REPS-1))" | bc -l | cut -c1-6) kernel/elem $(echo "$kir / ($N * ($REPS-1))" | bc -l | cut -c1-6)"
}
mkdir -p cg
run swiglu_fwd gated_fwd swish
run swiglu_bwd gated_bwd swish
run swiglu1702_fwd gated_fwd swish GC_BETA=1.702
run swiglu1702_bwd gated_bwd swish GC_BETA=1.702
run clamped_fwd clamped_fwd swish
run clamped_bwd clamped_bwd swish
run swish_fwd plain_fwd swish
run swish_bwd plain_bwd swish
run biasgelu_fwd bias_fwd gelu
run biasgelu_bwd bias_bwd gelu
run gelu_fwd plain_fwd gelu
run gelu_bwd plain_bwd gelu
