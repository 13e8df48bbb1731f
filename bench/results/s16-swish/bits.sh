#!/bin/bash
# bits.sh: forward output hashes, base (HEAD's library) vs new (this worktree), every f32
cd /work/wt/s16swish
for spec in ${SPECS:-"swish 1" "swish 1.702" "swish 0" "swish -0.5" "swish 3e-30" "gelu_quick 1"}; do
  set -- $spec
  for side in base new; do
    if [ $side = base ]; then L=/tmp/s16swish/base/build; else L=$PWD/build; fi
    h=$(POCL_CACHE_DIR=$L/pocl-cache LD_LIBRARY_PATH=$L OUT_BITS_PASSES=1 $L/tools/out_bits $1 f32 $2 ${STRIDE:-1} | tr '\n' ' ')
    echo "$1,$2,$side,$h"
  done
done
