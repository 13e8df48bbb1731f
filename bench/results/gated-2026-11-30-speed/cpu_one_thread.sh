#!/bin/bash
# tc.sh: single-thread task-clock ns/element (41 reps minus 1 rep, n = 2^22), before and after, per case
export POCL_MAX_PTHREAD_COUNT=1
n=4194304
tc() { POCL_CACHE_DIR=$2 perf stat -e task-clock -x, $1 $3 $4 $n $5 2>&1 >/dev/null | cut -d, -f1; }
for c in "gated_fwd relu" "gated_bwd relu" "bias_fwd relu" "bias_bwd relu" "plain_fwd relu" "plain_bwd relu" "gated_fwd swish" "gated_bwd swish" "plain_bwd swish" "gated_bwd gelu" "plain_bwd gelu" "clamped_fwd swish" "clamped_bwd swish"; do
  line="$c"
  for t in before after; do
    if [ $t = after ]; then D=/tmp/g3/gated_call C=/tmp/g3/natcache; else D=/tmp/g3/gated_call_before C=/tmp/g3/natcache_before; fi
    POCL_CACHE_DIR=$C $D $c 65536 1
    a=$(tc $D $C $c 41); b=$(tc $D $C $c 1)
    line="$line $t $(python3 -c "print('%.3f'%(($a-$b)/40/$n*1e6))")"
  done
  echo "$line"
done
