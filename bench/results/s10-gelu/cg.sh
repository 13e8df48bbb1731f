#!/bin/bash
# cg.sh LIBDIR TAG (PLAIN = a tools/plain_call/plain_call.c build): callgrind Ir per element of gelu f32 fwd (n = 2^18, 2 reps; inclusive workgroup fn)
lib=$1 tag=$2 n=262144 reps=2
out=${TMPDIR:-/tmp}/cg-$tag-$$.out
export POCL_CACHE_DIR=${TMPDIR:-/tmp}/pocl-$tag
LD_LIBRARY_PATH=$lib $PLAIN gelu f32 8192 1 >/dev/null
OMP_NUM_THREADS=1 POCL_MAX_PTHREAD_COUNT=1 LD_LIBRARY_PATH=$lib nice valgrind --tool=callgrind \
  --callgrind-out-file=$out $PLAIN gelu f32 $n $reps >/dev/null 2>&1 || { echo fail; exit 1; }
ir=$(callgrind_annotate --inclusive=yes --threshold=100 $out 2>/dev/null | grep "_pocl_kernel_clact_fwd_workgroup" | head -1 | awk '{gsub(",","",$1); print $1}')
python3 -c "print('$tag,%d,%.3f' % ($ir, $ir/($n*$reps)))"
