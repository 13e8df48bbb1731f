#!/bin/bash
# abop.sh OUT OP DIR P0 DTYPES ROUNDS OPTS...: ab_call one thread, interleaved, with load
cd "${WT:-.}"
export POCL_CACHE_DIR=$PWD/build/pocl-cache POCL_MAX_PTHREAD_COUNT=1 LD_LIBRARY_PATH=${LIB:-$PWD/build}
out=$1 op=$2 dir=$3 p0=$4 dts=$5 rounds=$6; shift 6
echo "# $(date -u +%FT%TZ) load: $(cut -d' ' -f1-3 /proc/loadavg)" >> $out
AB_P0=$p0 build/tools/ab_call $op $dir 4194304 $rounds 5 $dts "$@" | sed "s/^/$p0,/" >> $out
echo "# $(date -u +%FT%TZ) load: $(cut -d' ' -f1-3 /proc/loadavg)" >> $out
