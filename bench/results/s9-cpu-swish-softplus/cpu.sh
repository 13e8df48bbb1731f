#!/bin/bash
# cpu.sh OP DIR ROUNDS: user CPU ns per element, one thread each (OMP_NUM_THREADS=1,
# POCL_MAX_PTHREAD_COUNT=1), n = 2^24: (user time of 25 calls - 5 calls) / (20 n);
# interleaved base clact, new clact, oneDNN.
op=$1 dir=$2 rounds=${3:-3}
n=16777216
ut() { # lib reps who
  local pc=/tmp/s9cpu/cg/pocl-$(echo $1 | md5sum | cut -c1-8)
  OMP_NUM_THREADS=1 POCL_MAX_PTHREAD_COUNT=1 POCL_CACHE_DIR=$pc LD_LIBRARY_PATH=$1 \
    /usr/bin/time -f %U /tmp/s9cpu/probe/one_call $3 $op $dir $n $2 2>&1 >/dev/null | tail -1
}
for v in base new; do lib=/work/wt/s9cpu/build; [ $v = base ] && lib=/tmp/s9cpu/base; ut $lib 1 clact >/dev/null; done
for r in $(seq 1 $rounds); do
  for v in base new dnnl; do
    lib=/work/wt/s9cpu/build; who=clact
    [ $v = base ] && lib=/tmp/s9cpu/base
    [ $v = dnnl ] && who=dnnl
    a=$(ut $lib 5 $who); b=$(ut $lib 25 $who)
    echo "$op,$dir,$v,$r,$a,$b,$(python3 -c "print('%.3f' % (($b - $a) * 1e9 / (20 * $n)))"),$(cut -d' ' -f1 /proc/loadavg)"
  done
done
