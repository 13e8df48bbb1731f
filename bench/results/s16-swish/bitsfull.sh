#!/bin/bash
cd /work/wt/s16swish
for spec in "swish 1" "swish 0"; do
  set -- $spec
  for side in base new; do
    if [ $side = base ]; then L=/tmp/s16swish/base/build; else L=$PWD/build; fi
    h=$(POCL_CACHE_DIR=$L/pocl-cache LD_LIBRARY_PATH=$L OUT_BITS_PASSES=1 $L/tools/out_bits $1 f32 $2 1 | tr '\n' ' ')
    echo "$1,$2,$side,$h,$(date +%T)"
  done
done
