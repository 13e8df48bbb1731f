#!/bin/bash
# gall.sh TAG: gso.sh over every gated_call case, gate, layout and dtype item 2 reaches
cd /tmp/s16refactor
for dt in f32 f16 bf16; do
  for c in gated_fwd gated_bwd clamped_fwd clamped_bwd bias_fwd bias_bwd plain_fwd plain_bwd; do
    for lay in pairs tensors; do
      case $c in bias*|plain*) [ $lay = pairs ] || continue; g=gelu ;; *) g=swish ;; esac
      GC_LAYOUT=$lay CMP_OUT=1 ./gso.sh $1-$c-$lay-$g-$dt "BUILD/tools/gated_call $c $g 65536 2 $dt"
    done
  done
done
