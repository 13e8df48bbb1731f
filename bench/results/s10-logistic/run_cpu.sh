#!/bin/bash
# old/new interleaved, thread CPU time per element (basic device), 3 runs, two ranges
cd /work/wt/s10logistic
export POCL_CACHE_DIR=$PWD/build/pocl-cache POCL_DEVICES=basic
out=/tmp/s10logistic/cpu
rows=sigmoid,tanh,swish,softplus,logsigmoid,gelu_quick,elu,selu,celu,mish,gelu_tanh
for run in 1 2 3; do
  for lib in old new; do
    for range in "-100 100" "-1 1"; do
      set -- $range
      tag=$lib-r$1_$2-run$run
      echo "$(date -u +%H:%M:%S) $tag $(uptime | sed 's/.*load average: //')" >> $out/runlog.txt
      [ $lib = old ] && L=/tmp/s10logistic/base || L=/tmp/s10logistic/new
      LD_LIBRARY_PATH=$L nice /tmp/s10logistic/cputime $rows $1 $2 262144 > $out/$tag.csv
    done
  done
done
echo "$(date -u +%H:%M:%S) done $(uptime | sed 's/.*load average: //')" >> $out/runlog.txt
