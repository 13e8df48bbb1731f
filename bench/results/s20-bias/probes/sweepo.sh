#!/bin/bash
# sweepo.sh OUT ROUNDS VARFILE: the new build under each variant's CLACT_BUILD_OPTIONS (VARFILE: lines
# "name|options"), one PoCL thread, variants interleaved, order reversed each round; CASES, PR, COLS from env
out=$1; N=$2; vf=$3
mkdir -p $out; cp $vf $out/variants.txt
d=/work/wt/s20bias/build
mapfile -t VS < $vf
for r in $(seq 1 $N); do
  for V in "${VS[@]}"; do
    name=${V%%|*}; opts=${V#*|}
    echo "$(date +%T) $name r$r load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/load.txt
    CLACT_BUILD_OPTIONS="$opts" CASES=${CASES:-0,1,6,7} POCL_CACHE_DIR=$d/pocl-cache POCL_MAX_PTHREAD_COUNT=1 LD_LIBRARY_PATH=$d /tmp/s20/p-new ${PR:-5} > $out/$name-r$r.csv
  done
  VS=("${VS[@]}"); tmp=(); for ((i=${#VS[@]}-1;i>=0;i--)); do tmp+=("${VS[i]}"); done; VS=("${tmp[@]}")
done
