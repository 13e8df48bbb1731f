#!/bin/bash
# gso.sh NAME CMD...: run CMD with base's and new's library, each with a fresh PoCL cache;
# compare the disassembly of every program PoCL compiled (addresses stripped), and the
# outputs unless CMP_OUT=0 (a timing probe's)
name=$1; shift
for v in base new; do
  B=$([ $v = base ] && echo /tmp/s16refactor/base/build || echo /work/wt/s16refactor/build)
  c=/tmp/s16refactor/so/$name-$v; rm -rf $c; mkdir -p $c
  cmd="$*"; cmd=${cmd//BUILD/$B}
  POCL_CACHE_DIR=$c POCL_MAX_PTHREAD_COUNT=1 LD_LIBRARY_PATH=$B eval "$cmd" > $c.out 2>&1
  for so in $(find $c -name "*.so"); do objdump -d --no-show-raw-insn $so | grep -P '^\s+[0-9a-f]+:\t' | cut -f2- | sed 's/[0-9a-f]* <[^>]*>//' | md5sum | cut -c1-12; done | sort > $c.sums
done
n=$(wc -l < so/$name-new.sums)
if { [ "${CMP_OUT:-1}" = 0 ] || cmp -s so/$name-base.out so/$name-new.out; } && cmp -s so/$name-base.sums so/$name-new.sums; then echo "$name: $n programs, disassembly identical$([ "${CMP_OUT:-1}" = 0 ] || echo ", output identical")"; else echo "$name: DIFFER ($n programs)"; fi
