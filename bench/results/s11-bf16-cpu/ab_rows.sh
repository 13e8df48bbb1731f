#!/bin/bash
# ab_rows.sh: every smooth row, fwd and bwd, f32 / f16 / bf16 in two contexts: "" (the
# library: CLACT_BF16_CVT) and -DCLACT_BF16_SOFT (the software rounding), alternating in one
# process; 2^24 elements, 5 rounds of 5 calls; uptime before and after each row.
cd /work/wt/s11bf16
export POCL_CACHE_DIR=$PWD/build/pocl-cache LD_LIBRARY_PATH=build
for op in sigmoid tanh elu swish softplus gelu gelu_tanh gelu_quick mish logsigmoid tanhshrink softsign selu celu; do
  for dir in fwd bwd; do
    echo "$op $dir $(uptime)" >> $1.log
    /tmp/s11bf16/ab_call $op $dir 16777216 5 5 f32,f16,bf16 "" "-DCLACT_BF16_SOFT" >> $1.csv
  done
done
echo "end $(uptime)" >> $1.log
