#!/bin/bash
# sweep.sh OUT ROUNDS "R:S ...": the new build with -DCLACT_BIAS_TILE_ROWS=R -DCLACT_BIAS_TILE_SPAN=S
# (1:1 = the row walk's order), one PoCL thread, variants interleaved, order reversed each round
out=$1; N=$2; RS=$3
mkdir -p $out
d=/work/wt/s20bias/build
for r in $(seq 1 $N); do
  for V in $RS; do
    R=${V%:*}; S=${V#*:}
    echo "$(date +%T) R=$R S=$S r$r load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
    CLACT_BUILD_OPTIONS="-DCLACT_BIAS_TILE_ROWS=$R -DCLACT_BIAS_TILE_SPAN=$S" CASES=${CASES:-0,1,6,7} POCL_CACHE_DIR=$d/pocl-cache POCL_MAX_PTHREAD_COUNT=1 LD_LIBRARY_PATH=$d /tmp/s20/p-new ${PR:-5} > $out/R$R-S$S-r$r.csv
  done
  RS=$(echo $RS | tr ' ' '\n' | tac | tr '\n' ' ')
done
