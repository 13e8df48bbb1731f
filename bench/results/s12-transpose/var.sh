#!/bin/bash
# variants of the tile walk, interleaved: var.sh OP N REPS ROUNDS variant...
# a variant: "name:options" (CLACT_BUILD_OPTIONS); "1d" runs the 1-D call
cd /work/wt/s12transpose
export POCL_CACHE_DIR=$PWD/build/pocl-cache POCL_MAX_PTHREAD_COUNT=1 VC_PRINT=1
op=$1 n=$2 reps=$3 rounds=$4; shift 4
for r in $(seq $rounds); do
  for v in "$@"; do
    name=${v%%:*}; opts=${v#*:}; case=transpose; [ "$name" = 1d ] && case=1d && opts=
    echo -n "r$r $name load $(cut -d' ' -f1 /proc/loadavg) "
    CLACT_BUILD_OPTIONS="$opts" /tmp/s12transpose/view_call $op $case $n $reps
  done
done
