#!/bin/bash
# bench_ab.sh BASE_BUILD NEW_BUILD OUT ROUNDS: `clact bench` (issue #17's acceptance command)
# with the base and the branch's builds alternating, ROUNDS each; a warm-up run of each first
# (program builds), not kept. OUT/{base,new}-R.csv, OUT/runlog.txt (load before each run).
set -e
base=$1 new=$2 out=$3 rounds=${4:-3}
mkdir -p "$out"
args="bench --dtype f32,f16,bf16 --op sigmoid,swish,softplus,tanh,elu --dir fwd,bwd --csv"
POCL_CACHE_DIR=$out/pc-base "$base/clact" $args > /dev/null
POCL_CACHE_DIR=$out/pc-new "$new/clact" $args > /dev/null
for r in $(seq 1 "$rounds"); do
  for w in base new; do
    b=$base; [ $w = new ] && b=$new
    echo "$w $r $(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/runlog.txt"
    POCL_CACHE_DIR=$out/pc-$w "$b/clact" $args > "$out/$w-$r.csv"
  done
done
rm -rf "$out/pc-base" "$out/pc-new"
