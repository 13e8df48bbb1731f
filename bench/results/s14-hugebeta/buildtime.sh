#!/bin/bash
# first call of a process with an empty PoCL cache: wall seconds, old (s13's library) and new alternately
cd /work/wt/s14hugebeta
T=build/tools
run() { # name lib cmd...
  local name=$1 lib=$2; shift 2
  local d=/tmp/s14hugebeta/bt-pc; rm -rf $d
  local t0=$(date +%s.%N)
  LD_LIBRARY_PATH=$lib POCL_CACHE_DIR=$d "$@" > /dev/null 2>&1 || echo "FAILED $name"
  local t1=$(date +%s.%N)
  printf "%s %.2f\n" "$name" "$(echo "$t1 - $t0" | bc)"
}
for r in 1 2 3; do
  echo "round $r load $(cut -d' ' -f1-3 /proc/loadavg)"
  for v in old new; do
    lib=$([ $v = old ] && echo /tmp/s14hugebeta/old || echo $PWD/build)
    run "$v default-beta-1d" $lib $T/ab_call softplus fwd 4096 1 1 f32 ""
    GC_BETA=1e30 run "$v beta1e30-1d" $lib $T/gated_call plain_fwd softplus 8192 1
    GC_BETA=1e30 run "$v beta1e30-gated" $lib $T/gated_call gated_fwd softplus 8192 1
    run "$v default-beta-gated" $lib $T/gated_call gated_fwd softplus 8192 1
  done
done
