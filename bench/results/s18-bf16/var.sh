#!/bin/bash
# var.sh RUNS: `clact bench --dtype f32,bf16 --op sigmoid --dir fwd --csv` with PoCL's 2 threads
# and with 1 (POCL_MAX_PTHREAD_COUNT=1), alternating, RUNS each (the branch's build);
# /proc/loadavg before every run. Prints threads,run,dtype,ms.
cd /work/wt/s18bf16
for run in $(seq 1 "${1:-6}"); do
  for th in 2 1; do
    echo "# $th $run $(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)"
    if [ $th = 1 ]; then export POCL_MAX_PTHREAD_COUNT=1; else unset POCL_MAX_PTHREAD_COUNT; fi
    POCL_CACHE_DIR=$PWD/build/pocl-cache build/clact bench --dtype f32,bf16 --op sigmoid \
      --dir fwd --csv | tail -2 | cut -d, -f4,6 | sed "s/^/$th,$run,/"
  done
done
