#!/bin/bash
# direct_cold.sh OUT ROUNDS: the commands of ctest's gated.piecewise.f32 and bias.piecewise.f32
# (ctest sets POCL_CACHE_DIR to the build's own cache, so they are run here directly, each
# on an empty cache), base and new alternating; /usr/bin/time per command
out=$1; R=${2:-1}
mkdir -p $out; [ -f $out/direct.csv ] || echo "test,tag,round,wall_s,user_s,sys_s,load1" > $out/direct.csv
G="identity,relu,leaky_relu,hardtanh,relu6,hardswish,hardsigmoid,softshrink,hardshrink,threshold,softsign,relu_squared"
for r in $(seq ${FIRST:-1} $R); do
  for tag in base new; do
    b=/work/wt/s21compile/build; [ $tag = base ] && b=/work/wt/s21compile-base/build
    for fam in gated bias; do
      d=$(mktemp -d /tmp/s21c/dc.XXXX); load=$(cut -d' ' -f1 /proc/loadavg)
      /usr/bin/time -f "%e %U %S" -o $d/time env POCL_CACHE_DIR=$d/pc nice \
        $b/tests/clact_tests $fam "$G" f32 > $out/$fam-$tag-r$r.log 2>&1
      echo "$fam.piecewise.f32,$tag,$r,$(tr ' ' ',' < $d/time),$load" >> $out/direct.csv
      rm -rf $d
    done
  done
done
