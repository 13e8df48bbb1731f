#!/bin/bash
# bits.sh: out_bits of the base library and the branch's, per row; prints both hashes per pass
cd /tmp/s17bf16
rows="sigmoid:f32:0 tanh:f32:0 swish:f32:1 swish:f32:1.702 swish:f32:0 softplus:f32:1 softplus:f32:2 elu:f32:1
swish:f16:1 swish:f16:0.5 swish:f16:0 swish:bf16:1 swish:bf16:0.5 swish:bf16:0 swish:bf16:1e30
softplus:f16:1 softplus:f16:0.5 softplus:f16:3 softplus:bf16:1 softplus:bf16:0.5 softplus:bf16:3
elu:f16:1 elu:f16:0.7 elu:bf16:1 elu:bf16:0.7
sigmoid:f16:0 sigmoid:bf16:0 tanh:f16:0 tanh:bf16:0"
for r in $rows; do
  IFS=: read op dt p0 <<< "$r"
  a=$(POCL_CACHE_DIR=/tmp/s17bf16/pc-base LD_LIBRARY_PATH=/tmp/s17bf16/base /tmp/s17bf16/base/tools/out_bits $op $dt $p0 4099 | tr '\n' ' ')
  b=$(POCL_CACHE_DIR=/work/wt/s17bf16/build/pocl-cache LD_LIBRARY_PATH=/work/wt/s17bf16/build /work/wt/s17bf16/build/tools/out_bits $op $dt $p0 4099 | tr '\n' ' ')
  if [ "$a" == "$b" ]; then s=same; else s=DIFF; fi
  echo "$op $dt p0=$p0 $s | base: $a| new: $b"
done
