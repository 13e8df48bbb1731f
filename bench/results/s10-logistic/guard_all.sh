#!/bin/bash
# the widened guard's lines for every family and dtype, with library $2 (tag $1)
cd /work/wt/s10logistic
export POCL_CACHE_DIR=$PWD/build/pocl-cache POCL_DEVICES=basic LD_LIBRARY_PATH=$2
out=/tmp/s10logistic/guard-$1.txt
uptime > $out
for fam in "identity,relu,leaky_relu,hardtanh,relu6,hardswish,hardsigmoid,softshrink,hardshrink,threshold,softsign,relu_squared" "sigmoid,tanh,swish,softplus,logsigmoid,tanhshrink,mish,gelu_quick" "elu,selu,celu" "gelu,gelu_tanh"; do
  for t in f32 f16 bf16; do nice build/tests/clact_subnormal_tests $fam $t >> $out 2>&1; done
done
uptime >> $out
