#!/bin/bash
# bits.sh BUILD OUT: out_bits hashes over the brief's list
b=$(realpath $1); out=$2; : > $out
export POCL_CACHE_DIR=$b/pocl-cache LD_LIBRARY_PATH=$b
for dt in f32 f64 f16 bf16; do
  for c in "swish 1" "swish 0" "swish 1.702" "swish -0.5" "swish 3e-30" "swish 1e30" "gelu_quick 0" "softplus 1" "softplus 2" "sigmoid 0"; do
    set -- $c
    nice $b/tools/out_bits $1 $dt $2 61 | sed "s/^/$1,$dt,$2,/" >> $out
  done
done
