#!/bin/bash
# lp.sh LIBDIR TAG NAME CASE GATE [ENV...]: the loops of the call's kernel (AVX-512, PoCL) in
# nd_rows_run / nd_pairs_run (a fresh cache per call)
cd /tmp/s17gatedsplit
LIB=$1 TAG=$2 NAME=$3 CS=$4 GATE=$5; shift 5
c=/tmp/s17gatedsplit/lc/$TAG-$NAME; rm -rf $c; mkdir -p $c
env "$@" POCL_MAX_PTHREAD_COUNT=1 POCL_CACHE_DIR=$c LD_LIBRARY_PATH=$LIB ./gc_cg $CS $GATE 65536 1 >/dev/null
so=$(find $c -name "*.so" | grep -v bias_grad | head -1)
for f in nd_rows_run nd_pairs_run; do
  echo "$TAG $NAME $f"; python3 loops.py $so $f | awk '$2 > 30' | sed 's/^/  /'
done
