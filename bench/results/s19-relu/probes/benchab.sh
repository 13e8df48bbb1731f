#!/bin/bash
# benchab.sh OUTDIR ROUNDS: clact bench --gated --dtype f32 --csv, base and new alternating (order flips each round)
out=$1; R=$2; mkdir -p $out; touch $out/load.txt
for r in $(seq 1 $R); do
  if [ $((r % 2)) = 1 ]; then order="base new"; else order="new base"; fi
  for tag in $order; do
    [ $tag = base ] && b=/work/wt/s19relu-base/build || b=/work/wt/s19relu/build
    echo "$(date +%T) $tag r$r start load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
    POCL_CACHE_DIR=$b/pocl-cache LD_LIBRARY_PATH=$b $b/clact bench --gated --dtype f32 --csv > $out/$tag-r$r.csv 2> $out/$tag-r$r.err
  done
done
echo "$(date +%T) done load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
