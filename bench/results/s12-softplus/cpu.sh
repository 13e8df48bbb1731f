#!/bin/bash
# cpu.sh OP ROUNDS N R1 R2: user-CPU ns per element, one thread (POCL_MAX_PTHREAD_COUNT=1,
# OMP_NUM_THREADS=1): (user(R2 calls) - user(R1 calls)) / ((R2-R1) N); base, new, oneDNN interleaved
op=$1 rounds=${2:-3} n=${3:-1048576} r1=${4:-20} r2=${5:-220}
ut() { # lib reps who
  OMP_NUM_THREADS=1 POCL_MAX_PTHREAD_COUNT=1 POCL_CACHE_DIR=/tmp/s12softplus/pc-$(basename $1) LD_LIBRARY_PATH=$1 \
    /usr/bin/time -f %U /tmp/s12softplus/probe/one_call $3 $op fwd $n $2 2>&1 >/dev/null | tail -1
}
for v in base new; do lib=/tmp/s12softplus/new; [ $v = base ] && lib=/tmp/s12softplus/base; ut $lib 1 clact >/dev/null; done
for r in $(seq 1 $rounds); do
  for v in base new dnnl; do
    lib=/tmp/s12softplus/new; who=clact
    [ $v = base ] && lib=/tmp/s12softplus/base
    [ $v = dnnl ] && who=dnnl
    a=$(ut $lib $r1 $who); b=$(ut $lib $r2 $who)
    echo "$op,fwd,$v,$r,$n,$a,$b,$(python3 -c "print('%.4f' % (($b - $a) * 1e9 / (($r2-$r1) * $n)))"),$(cut -d' ' -f1 /proc/loadavg)"
  done
done
