#!/bin/bash
# ab.sh OUTDIR RUNS: interleaved base/new `clact bench --op softplus,logsigmoid --dtype f32 --dir fwd --vs-onednn --csv`, load logged
out=$1 runs=${2:-3}
mkdir -p $out
cd /work/wt/s12softplus
for i in $(seq 1 $runs); do
  for v in base new; do
    echo "$(date +%T) $v run$i start load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/runlog.txt
    if [ $v = base ]; then
      LD_LIBRARY_PATH=/tmp/s12softplus/base POCL_CACHE_DIR=/tmp/s12softplus/pc-base ./build/clact bench --op softplus,logsigmoid --dtype f32 --dir fwd --vs-onednn --csv > $out/$v-run$i.csv 2>>$out/stderr.txt
    else
      LD_LIBRARY_PATH=/tmp/s12softplus/new POCL_CACHE_DIR=/tmp/s12softplus/pc-new ./build/clact bench --op softplus,logsigmoid --dtype f32 --dir fwd --vs-onednn --csv > $out/$v-run$i.csv 2>>$out/stderr.txt
    fi
    echo "$(date +%T) $v run$i end load=$(cut -d' ' -f1-3 /proc/loadavg)" >> $out/runlog.txt
  done
done
