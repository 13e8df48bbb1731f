#!/bin/bash
# loops_all.sh LIBDIR TAG [DTYPE]: the hot loops of every case this task compares
lib=$1 tag=$2 dt=${3:-f32}
for d in fwd bwd; do
  GC_LAYOUT=tensors ./gloop.sh gated_$d swish $lib $tag-t $dt
  GC_LAYOUT=pairs ./gloop.sh gated_$d swish $lib $tag-p $dt
  GC_LAYOUT=pairs ./gloop.sh clamped_$d swish $lib $tag-p $dt
  GC_LAYOUT=tensors ./gloop.sh clamped_$d swish $lib $tag-t $dt
  ./gloop.sh plain_$d swish $lib $tag $dt
done
