#!/bin/bash
# bits.sh DT ROWS...: out_bits of main's library (/tmp/s18bf16/base) and the branch's, per row (OP:P0)
dt=$1; shift
for r in "$@"; do
  IFS=: read op p0 <<< "$r"
  a=$(POCL_CACHE_DIR=/tmp/s18bf16/pc-base LD_LIBRARY_PATH=/tmp/s18bf16/base/build /tmp/s18bf16/base/build/tools/out_bits $op $dt $p0 4099 | tr '\n' ' ')
  b=$(POCL_CACHE_DIR=/work/wt/s18bf16/build/pocl-cache LD_LIBRARY_PATH=/work/wt/s18bf16/build /work/wt/s18bf16/build/tools/out_bits $op $dt $p0 4099 | tr '\n' ' ')
  if [ "$a" == "$b" ]; then s=same; else s=DIFF; fi
  echo "$op $dt p0=$p0 $s | base: $a| new: $b"
done
