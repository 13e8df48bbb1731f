#!/bin/bash
# ppdiff.sh OLDREV: the preprocessed kernel text of the GPU walk (VW = 4, no CLACT_CONTIGUOUS)
# for the gated (CLACT_FUSED 0-3) and bias (0, 1) kernels of swish f32, OLDREV's views.cl,
# gated.cl, bias.cl against the worktree's, whitespace removed and the out-of-line functions'
# old names mapped to the new; and the plain kernels (CPU and GPU walks) as they are.
# Run in the repository root. clang-16 -E, clang-format-14 to normalise.
old=$1; t=$(mktemp -d); mkdir -p $t/old $t/new
for f in views gated bias; do git show $old:kernels/$f.cl > $t/old/$f.cl; cp kernels/$f.cl $t/new/$f.cl; done
pp() { # side, last file, flags...
  side=$1; last=$2; shift 2
  cat kernels/prelude.cl kernels/math.cl kernels/act_logistic.cl kernels/elementwise.cl \
    $t/$side/views.cl $last > $t/src.cl
  clang-16 -E -P -x cl -cl-std=CL1.2 -DFWD=fwd_swish -DBWD=bwd_swish -DBWDY=bwdy_swish \
    -DCLACT_DTYPE=0 "$@" $t/src.cl | tr -d ' \n' |
    sed -e 's/gated_y_out/gated_y_0/g; s/gated_dadb_out/gated_dadb_0/g' \
        -e 's/bias_y_out/bias_y_0/g; s/bias_dx_out/bias_dx_0/g'
}
for vw in "-DVW=16 -DCLACT_CONTIGUOUS" "-DVW=4"; do
  cmp -s <(pp old "" $vw) <(pp new "" $vw) && echo "plain $vw: identical" || echo "plain $vw: differ"
done
for k in "gated 0" "gated 1" "gated 2" "gated 3" "bias 0" "bias 1"; do
  set -- $k
  o=$(pp old $t/old/$1.cl -DVW=4 -DCLACT_FUSED=$2 -DCLACT_GATE=swish)
  n=$(pp new $t/new/$1.cl -DVW=4 -DCLACT_FUSED=$2 -DCLACT_GATE=swish)
  python3 -c "
import re,sys
o,n=sys.argv[1],sys.argv[2]
n2=re.sub(r'inline__attribute__\(\(always_inline\)\)realv(gated_y|gated_dadb|bias_y|bias_dx)_1\(.*?\}','',n,count=1)
print('$1 $2 GPU walk:', 'identical apart from the unused inlined copy' if n2==o else 'DIFFERS')" "$o" "$n"
done
rm -rf $t
