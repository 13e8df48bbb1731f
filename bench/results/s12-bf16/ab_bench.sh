#!/bin/bash
# ab_bench.sh DIR: `clact bench --dtype f32,f16,bf16 --op gelu_quick,celu,swish,selu,elu
# --dir fwd,bwd --csv` of the base build (old) and the working tree's (new), alternating,
# three each; uptime before and after each run.
W=/work/wt/s12bf16; mkdir -p $1
for run in 1 2 3; do
  for lib in old new; do
    if [ $lib = old ]; then L=/tmp/s12bf16/oldbuild; C=/tmp/s12bf16/pc-old; B=$L/clact; else L=$W/build; C=$W/build/pocl-cache; B=$W/build/clact; fi
    echo "$run $lib start $(uptime)" >> $1/runlog.txt
    POCL_CACHE_DIR=$C LD_LIBRARY_PATH=$L $B bench --dtype f32,f16,bf16 --op gelu_quick,celu,swish,selu,elu --dir fwd,bwd --csv > $1/$lib-run$run.csv 2>>$1/stderr.txt
    echo "$run $lib end $(uptime)" >> $1/runlog.txt
  done
done
