#!/bin/bash
# the session's quiet measurement after the merges (exhaustive queue paused by the caller)
R=bench/results/quiet-2026-12-02-s16
cd /work/main; export POCL_CACHE_DIR=$PWD/build/pocl-cache
mkdir -p $R $R/one-thread $R/cpu-time; : > $R/runlog.txt; : > $R/stderr.txt
ld() { cut -d' ' -f1-3 /proc/loadavg; }
run() { name=$1; n=$2; shift 2
  for i in $(seq 1 $n); do
    echo "$(date +%T) $name run$i start load=$(ld)" >> $R/runlog.txt
    build/clact bench "$@" --csv > $R/$name-run$i.csv 2>> $R/stderr.txt
  done; }
# one thread's CPU time, clact against oneDNN, the 14 seed row-directions
for n in 16777216 1048576; do
  reps=$([ $n = 1048576 ] && echo 40 || echo 5)
  echo "$(date +%T) vs_onednn n=$n start load=$(ld)" >> $R/runlog.txt
  POCL_MAX_PTHREAD_COUNT=1 OMP_NUM_THREADS=1 build/tools/vs_onednn sigmoid,tanh,relu,leaky_relu,elu,swish,softplus fwd,bwd $n 5 $reps > $R/one-thread/vs-onednn-n$n.csv 2>> $R/stderr.txt
done
# one thread's CPU time, the gated calls against their plain gates (s11-gated probe p.c)
for r in 1 2 3; do
  echo "$(date +%T) cpu-time r$r start load=$(ld)" >> $R/runlog.txt
  POCL_MAX_PTHREAD_COUNT=1 LD_LIBRARY_PATH=$PWD/build CASES=8,9,10,11,12,13,14,15 /tmp/s14swiglu/p 5 > $R/cpu-time/r$r.csv 2>> $R/stderr.txt
done
run gated 6 --gated --dtype f32
run seed-onednn 5 --op sigmoid,tanh,relu,leaky_relu,elu,swish,softplus --dtype f32 --dir fwd,bwd --vs-onednn
run dtypes 3 --dtype f32,f16,bf16 --op sigmoid,tanh,elu,swish,softplus,gelu,gelu_tanh,gelu_quick,mish,logsigmoid,tanhshrink,softsign,selu,celu --dir fwd,bwd
run views 4 --views
echo "$(date +%T) all done load=$(ld)" >> $R/runlog.txt
