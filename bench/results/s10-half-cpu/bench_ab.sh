#!/bin/bash
# clact bench, f32 and f16, the worst rows, old (-DCLACT_HALF_BUILTINS) and new alternating, 3 pairs
cd /work/wt/s10half
export POCL_CACHE_DIR=$PWD/build/pocl-cache
for k in 1 2 3; do for v in old new; do
  opt=""; [ $v = old ] && opt="-DCLACT_HALF_BUILTINS"
  echo "# $v $k $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  CLACT_BUILD_OPTIONS="$opt" build/clact bench --op softsign,celu,selu,elu,gelu,gelu_quick,swish,mish --dtype f32,f16 --dir fwd,bwd --csv | sed "s/^/$v,$k,/"
done; done
