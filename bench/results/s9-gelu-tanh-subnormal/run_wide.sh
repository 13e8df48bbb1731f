#!/bin/bash
# Every row, f32/f16/bf16, fwd/bwd, on this branch's library: [-1,1], [-10,10] and
# [-100,100] interleaved, 3 runs, n = 2^22 (to fit the session).
cd /work/wt/s9gtanh
export POCL_CACHE_DIR=$PWD/build/pocl-cache
out=/tmp/s9gtanh/wide
for run in 1 2 3; do
  for range in -1,1 -10,10 -100,100; do
    tag=r${range/,/_}-run$run
    echo "$(date -u +%H:%M:%S) $tag $(uptime | sed 's/.*load average: //')" >> $out/runlog.txt
    build/clact bench --dtype f32,f16,bf16 --dir fwd,bwd --n 2^22 --range $range --csv > $out/$tag.csv 2>> $out/stderr.txt
  done
done
echo "$(date -u +%H:%M:%S) done $(uptime | sed 's/.*load average: //')" >> $out/runlog.txt
