#!/bin/bash
# bits.sh BUILD OUT: out_bits for every row item 1 reaches, all dtypes
b=$1 out=$2
: > $out
export POCL_CACHE_DIR=$b/pocl-cache LD_LIBRARY_PATH=$b
for row in "sigmoid 0" "tanh 0" "swish 1" "swish 1.702" "swish 0.5" "swish 1e-30" "swish -3" "gelu_quick 0" "softplus 1" "softplus 30" "logsigmoid 0" "mish 0" "tanhshrink 0"; do
  set -- $row
  for dt in f32 f64 f16 bf16; do
    r=$($b/tools/out_bits $1 $dt $2 ${STRIDE:-4099} 2>&1 | tr '\n' ' ')
    echo "$1,$2,$dt,$r" >> $out
  done
done
