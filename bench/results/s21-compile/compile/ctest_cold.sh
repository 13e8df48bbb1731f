#!/bin/bash
# ctest_cold.sh OUT ROUNDS: the suite's gated and bias piecewise f32 tests (ctest -R, -j1) on
# an empty POCL_CACHE_DIR, base and new alternating; /usr/bin/time: ctest and its tests
out=$1; R=${2:-2}
mkdir -p $out; echo "tag,round,wall_s,user_s,sys_s,load1" > $out/ctest.csv
for r in $(seq 1 $R); do
  for tag in base new; do
    b=/work/wt/s21compile/build; [ $tag = base ] && b=/work/wt/s21compile-base/build
    d=$(mktemp -d /tmp/s21c/ct.XXXX); load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -f "%e %U %S" -o $d/time env POCL_CACHE_DIR=$d/pc nice ctest --test-dir $b \
      -R '^(gated|bias)\.piecewise\.f32$' > $out/$tag-r$r.log 2>&1
    echo "$tag,$r,$(tr ' ' ',' < $d/time),$load" >> $out/ctest.csv
    rm -rf $d
  done
done
