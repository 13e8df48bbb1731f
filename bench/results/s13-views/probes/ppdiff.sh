#!/bin/bash
# ppdiff.sh OLDREV: the plain kernels' preprocessed text (clang-16 -E, whitespace removed),
# OLDREV's views.cl against the worktree's: the GPU walk (VW 4) and oclgrind's CPU walk
# (VW 4 with CLACT_CONTIGUOUS, no x86 target: spir64), sigmoid and relu f32 and f16
old=$1; t=$(mktemp -d); git show $old:kernels/views.cl > $t/old.cl
pp() { # views file, activation family, flags...
  v=$1; fam=$2; shift 2
  cat kernels/prelude.cl kernels/math.cl kernels/$fam.cl kernels/elementwise.cl $v > $t/src-$(basename $v)
  clang-16 -E -P -x cl -cl-std=CL1.2 "$@" $t/src-$(basename $v) | tr -d ' \n'
}
for a in "sigmoid act_logistic" "relu act_piecewise"; do set -- $a
  for d in 0 1; do
    for vw in "-DVW=4" "-DVW=4 -DCLACT_CONTIGUOUS -target spir64" "-DVW=8 -DCLACT_CONTIGUOUS -target spir64" "-DVW=16 -DCLACT_CONTIGUOUS -target spir64" "-DVW=16 -DCLACT_CONTIGUOUS"; do
      f="-DFWD=fwd_$1 -DBWD=bwd_$1 -DBWDY=bwdy_$1 -DCLACT_DTYPE=$d $vw"
      cmp -s <(pp $t/old.cl $2 $f) <(pp kernels/views.cl $2 $f) && r=identical || r=differ
      echo "$1 dtype $d $vw: $r"
    done
  done
done
rm -rf $t
