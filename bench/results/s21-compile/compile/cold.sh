#!/bin/bash
# cold.sh OUT ROUNDS: cold PoCL builds (an empty POCL_CACHE_DIR per run) of clact_tests'
# gated / bias tests, base and new alternating; POCL_DEBUG=all's timestamps split each
# program's time (split.py); /usr/bin/time gives the process's user+sys and wall; load logged.
out=$1; R=${2:-3}
mkdir -p $out; : > $out/runs.csv
echo "spec,tag,round,wall_s,user_s,sys_s,load1" > $out/runs.csv
specs=${SPECS:-"gated:relu:f32 gated:swish:f32 gated:gelu:f32 bias:relu:f32 gated:relu:f16"}
for r in $(seq 1 $R); do
  for spec in $specs; do
    for tag in base new; do
      b=/work/wt/s21compile/build; [ $tag = base ] && b=/work/wt/s21compile-base/build
      d=$(mktemp -d /tmp/s21c/cold.XXXX)
      load=$(cut -d' ' -f1 /proc/loadavg)
      /usr/bin/time -f "%e %U %S" -o $d/time env POCL_DEBUG=all POCL_CACHE_DIR=$d/pc \
        nice $b/tests/clact_tests ${spec//:/ } > $d/log 2>&1
      python3 $(dirname $0)/split.py $d/log > $out/${spec//:/-}-$tag-r$r.split
      echo "$spec,$tag,$r,$(tr ' ' ',' < $d/time),$load" >> $out/runs.csv
      rm -rf $d
    done
  done
done
