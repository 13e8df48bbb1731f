#!/bin/bash
# A session's quiet measurement (docs/PERFORMANCE.md "Latest"): run on an idle machine,
# nothing else beside it (4-8 minutes). Usage: bench/quiet/run.sh RESULTS_DIR
# Needs build/ (Release) and the gated probe built from bench/results/s11-gated/probes/p.c.
set -u
cd "$(dirname "$0")/../.."
R=${1:?results dir}
export POCL_CACHE_DIR=$PWD/build/pocl-cache
P=build/quiet-probe
[ -x $P ] || cc -O2 -Iinclude bench/results/s11-gated/probes/p.c -Lbuild -lclact -lOpenCL -o $P
mkdir -p $R/one-thread $R/cpu-time; : > $R/runlog.txt; : > $R/stderr.txt
cp "$0" $R/run.sh
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
  POCL_MAX_PTHREAD_COUNT=1 OMP_NUM_THREADS=1 build/tools/vs_onednn \
    sigmoid,tanh,relu,leaky_relu,elu,swish,softplus fwd,bwd $n ${ROUNDS:-5} $reps \
    > $R/one-thread/vs-onednn-n$n.csv 2>> $R/stderr.txt
done
# one thread's CPU time, the gated calls against their plain gates
for r in 1 2 3; do
  echo "$(date +%T) cpu-time r$r start load=$(ld)" >> $R/runlog.txt
  POCL_MAX_PTHREAD_COUNT=1 LD_LIBRARY_PATH=$PWD/build CASES=8,9,10,11,12,13,14,15 $P 5 \
    > $R/cpu-time/r$r.csv 2>> $R/stderr.txt
done
run gated 6 --gated --dtype f32
run seed-onednn 5 --op sigmoid,tanh,relu,leaky_relu,elu,swish,softplus --dtype f32 --dir fwd,bwd --vs-onednn
run dtypes 3 --dtype f32,f16,bf16 --op sigmoid,tanh,elu,swish,softplus,gelu,gelu_tanh,gelu_quick,mish,logsigmoid,tanhshrink,softsign,selu,celu --dir fwd,bwd
run views 4 --views
echo "$(date +%T) all done load=$(ld)" >> $R/runlog.txt
python3 bench/quiet/summary.py $R > $R/summary.md
