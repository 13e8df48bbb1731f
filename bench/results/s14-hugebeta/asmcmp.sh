#!/bin/bash
# asmcmp.sh NAME LIBDIR CMD...: runs CMD with a fresh PoCL cache and LD_LIBRARY_PATH=LIBDIR,
# then writes the disassembly of every kernel .so in the cache, addresses masked, to /tmp/s14hugebeta/asm/NAME.s
set -e
name=$1 lib=$2; shift 2
d=/tmp/s14hugebeta/asm/pc-$name; rm -rf $d; mkdir -p $d
LD_LIBRARY_PATH=$lib POCL_CACHE_DIR=$d POCL_MAX_PTHREAD_COUNT=1 "$@" > /dev/null
for so in $(find $d -name "*.so" | sort); do
  objdump -d --no-show-raw-insn $so | grep -E "^\s+[0-9a-f]+:|>:$" | sed -E 's/^\s*[0-9a-f]+:\t//; s/[0-9a-f]+ <[^>]*>//; s/0x[0-9a-f]+\(%rip\)/RIP/; s/^[0-9a-f]+ </</'
done > /tmp/s14hugebeta/asm/$name.s
wc -l < /tmp/s14hugebeta/asm/$name.s
