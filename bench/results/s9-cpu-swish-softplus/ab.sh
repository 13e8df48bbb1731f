#!/bin/bash
# ab.sh OUTDIR OPS DIRS RUNS: interleaved base/new `clact bench --vs-onednn` runs, load logged
out=$1 ops=$2 dirs=$3 runs=${4:-3}
mkdir -p $out
cd /work/wt/s9cpu
for i in $(seq 1 $runs); do
  for v in base new; do
    echo "$(date +%T) $v run$i start load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/runlog.txt
    if [ $v = base ]; then
      LD_LIBRARY_PATH=/tmp/s9cpu/base POCL_CACHE_DIR=/tmp/s9cpu/base/pocl /tmp/s9cpu/base/clact bench --op $ops --dtype f32 --dir $dirs --vs-onednn --csv > $out/$v-run$i.csv 2>>$out/stderr.txt
    else
      POCL_CACHE_DIR=$PWD/build/pocl-cache ./build/clact bench --op $ops --dtype f32 --dir $dirs --vs-onednn --csv > $out/$v-run$i.csv 2>>$out/stderr.txt
    fi
    echo "$(date +%T) $v run$i end load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/runlog.txt
  done
done
