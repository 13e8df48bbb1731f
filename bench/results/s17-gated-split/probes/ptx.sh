#!/bin/bash
# ptx.sh KERNELDIR OUTDIR: PTX (clang-16, sm_90, libclc) of the fused gated and bias programs
# for swish, gelu_quick (logistic) and gelu, f32/f16/bf16/f64, as the GPU builds them (no
# CLACT_CONTIGUOUS)
K=$1 O=$2; mkdir -p $O
for fam in logistic:swish logistic:gelu_quick gelu:gelu; do
  f=${fam%%:*} g=${fam##*:}
  for kind in gated:0 gated:1 gated:2 gated:3 bias:0 bias:1; do
    file=${kind%%:*} k=${kind##*:}
    cat $K/prelude.cl $K/math.cl $K/act_$f.cl $K/elementwise.cl $K/views.cl $K/$file.cl > $O/src.$g.$file.cl
    for dt in 0:4 1:8 2:8 3:2; do
      t=${dt%%:*} vw=${dt##*:}
      clang-16 -cc1 -triple nvptx64-unknown-nvidiacl -target-cpu sm_90 -O3 -finclude-default-header \
        -mlink-builtin-bitcode /usr/lib/clc/nvptx64--nvidiacl.bc -Wno-linker-warnings -cl-std=CL1.2 \
        -DFWD=fwd_$g -DBWD=bwd_$g -DBWDY=bwdy_$g -DCLACT_DTYPE=$t -DVW=$vw -DCLACT_FUSED=$k \
        -DCLACT_GATE=$g -S -o $O/$g.$file$k.$t.ptx $O/src.$g.$file.cl 2> $O/$g.$file$k.$t.err || echo "FAIL $g $file $k $t"
    done
  done
done
