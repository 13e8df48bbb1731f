#!/bin/bash
# bits.sh TAG LIBDIR OUTDIR: fused_bits (this folder) and s17-gated-split's gated_bits with
# that library, then tools/out_bits of relu, identity, gelu in f32 (stride 4099) and f16;
# its own PoCL cache; binaries from /tmp/s21p (cc -O2 -Iinclude X.c -Lbuild -lclact -lOpenCL)
tag=$1 lib=$2 out=$3
mkdir -p $out
export POCL_CACHE_DIR=${PCROOT:-/tmp/s21b}/pc-$tag LD_LIBRARY_PATH=$lib
nice /tmp/s21p/fused_bits > $out/fused-$tag.txt
nice /tmp/s21p/gated_bits > $out/gated-$tag.txt
for spec in "relu f32 0 4099" "identity f32 0 4099" "gelu f32 0 4099" "relu f16 0 1" \
  "identity f16 0 1" "gelu f16 0 1"; do
  echo "$spec: $(nice $lib/tools/out_bits $spec | tr '\n' ' ')"
done > $out/outbits-$tag.txt
