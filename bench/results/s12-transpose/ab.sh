#!/bin/bash
# A/B, interleaved: base (acb81d1, /tmp/s12transpose/base) and new (the worktree):
#   ab.sh OUTDIR ROUNDS
# each round: per build, one-thread CPU time of 7 forward calls (view_call; sigmoid, relu;
# 1d, transpose) and `clact bench --views --csv` (PoCL's default threads)
out=$1; rounds=$2
mkdir -p $out
for r in $(seq 1 $rounds); do
  for v in base new; do
    if [ $v = base ]; then d=/tmp/s12transpose/base; vc=/tmp/s12transpose/view_call_base
    else d=/work/wt/s12transpose; vc=/tmp/s12transpose/view_call; fi
    export POCL_CACHE_DIR=$d/build/pocl-cache
    echo "$(date -u +%T) $v run$r $(cat /proc/loadavg)" >> $out/load.txt
    for op in sigmoid relu; do for c in 1d transpose; do
      echo "$v run$r $(VC_PRINT=1 POCL_MAX_PTHREAD_COUNT=1 $vc $op $c 16777216 7)" >> $out/cpu.txt
    done; done
    (cd $d && build/clact bench --views --csv > $out/$v-run$r.csv 2>$out/$v-run$r.err)
  done
done
echo "$(date -u +%T) end $(cat /proc/loadavg)" >> $out/load.txt
