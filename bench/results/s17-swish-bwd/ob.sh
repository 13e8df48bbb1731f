#!/bin/bash
# ob.sh BUILD OUT STRIDE: out_bits hashes for the s17 list
b=$1 out=$2 st=${3:-61}
export POCL_CACHE_DIR=$b/pocl-cache LD_LIBRARY_PATH=$b
: > $out
for p in 1 0 1.702 -0.5 3e-30 1e30; do
  $b/tools/out_bits swish f32 $p $st | sed "s/^/swish,f32,$p,/" >> $out
done
$b/tools/out_bits gelu_quick f32 0 $st | sed "s/^/gelu_quick,f32,-,/" >> $out
for t in f64 f16 bf16; do for p in 1 1.702; do
  $b/tools/out_bits swish $t $p $st | sed "s/^/swish,$t,$p,/" >> $out
done; done
echo done >> $out
