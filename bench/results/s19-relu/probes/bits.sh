#!/bin/bash
# bits.sh OUT: out_bits hashes (relu, identity; f32 f64 f16 bf16) and the gated hash probe, base and new builds
out=$1; mkdir -p $out
for tag in base new; do
  [ $tag = base ] && b=/work/wt/s19relu-base/build || b=/work/wt/s19relu/build
  export POCL_CACHE_DIR=$b/pocl-cache LD_LIBRARY_PATH=$b
  : > $out/out_bits-$tag.txt
  for op in relu identity; do for dt in f32 f64 f16 bf16; do
    echo "== $op $dt 0 256" >> $out/out_bits-$tag.txt
    $b/tools/out_bits $op $dt 0 256 >> $out/out_bits-$tag.txt 2>&1
  done; done
  /tmp/s19/gated_bits > $out/gated-$tag.txt 2>&1
  PHASH=1 /tmp/s19/alias 1 1 0 64 2> $out/phash-$tag.txt > /dev/null
done
