#!/bin/bash
# cpu_one_thread.sh BIN CACHE LABEL: single-PoCL-thread task-clock, ns of CPU per element
# ((41 calls - 1 call) / 40 / n, n = 2^22), for the gated backward and the plain gates.
# BIN is gated_call.c built against the library to measure; CACHE a PoCL cache of its own.
export POCL_MAX_PTHREAD_COUNT=1
n=4194304
BIN=$1 C=$2 L=$3
tc() { POCL_CACHE_DIR=$C perf stat -e task-clock -x, $BIN $1 $2 $n $3 2>&1 >/dev/null | cut -d, -f1; }
for c in "gated_bwd gelu" "plain_bwd gelu" "plain_fwd gelu" "gated_fwd gelu" "gated_bwd gelu_tanh" "plain_bwd gelu_tanh" "gated_bwd sigmoid" "plain_bwd sigmoid"; do
  POCL_CACHE_DIR=$C $BIN $c 65536 1 || echo "fail $c"
  a=$(tc $c 41); b=$(tc $c 1)
  echo "$L $c $(python3 -c "print('%.3f'%(($a-$b)/40/$n*1e6))") load $(cut -d' ' -f1 /proc/loadavg)"
done
