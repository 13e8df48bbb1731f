#!/bin/bash
# A/B of gelu_tanh, interleaved: old (main 0dfd343's library) and new (this branch), on
# [-10, 10] (the bench default) and [-1, 1]; 3 runs each. The clact program is this
# branch's (for --range); the library is picked with LD_LIBRARY_PATH (RUNPATH otherwise).
cd /work/wt/s9gtanh
export POCL_CACHE_DIR=$PWD/build/pocl-cache
out=/tmp/s9gtanh/ab
for run in 1 2 3; do
  for lib in old new; do
    for range in -10,10 -1,1; do
      tag=$lib-r${range/,/_}-run$run
      echo "$(date -u +%H:%M:%S) $tag $(uptime | sed 's/.*load average: //')" >> $out/runlog.txt
      if [ $lib = old ]; then export LD_LIBRARY_PATH=/tmp/s9gtanh/base; else unset LD_LIBRARY_PATH; fi
      build/clact bench --op gelu_tanh --dtype f32,f16,bf16 --dir fwd,bwd --range $range --csv > $out/$tag.csv 2>> $out/stderr.txt
    done
  done
done
echo "$(date -u +%H:%M:%S) done $(uptime | sed 's/.*load average: //')" >> $out/runlog.txt
