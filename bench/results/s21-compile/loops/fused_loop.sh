#!/bin/bash
# fused_loop.sh TAG LIBDIR CASE OUT: the hot loop of one s15-bias p.c case (/tmp/s21p/p;
# 2^24 f32, [4096, 4096]) on one PoCL thread: perf (cpu-clock) records 5 rounds, the
# hottest function of the kernel's .so is annotated, and tools/hotloop/hotloop.sh's loop
# finder (its python, run here on that function) prints the innermost loop around the
# hottest instruction, left in OUT/TAG-CASE.loop.s (addresses stripped in .norm.s)
tag=$1 lib=$2 c=$3 out=$4
w=/tmp/s21l/$tag-$c; rm -rf $w; mkdir -p $w $out # a cache of its own: one .so per kernel
export POCL_CACHE_DIR=/tmp/s21l/pc-$tag-$c POCL_MAX_PTHREAD_COUNT=1 LD_LIBRARY_PATH=$lib CASES=$c
/tmp/s21p/p 1 > /dev/null 2>&1 # builds (warm cache after the first time)
perf record -q -e cpu-clock -o $w/perf.data /tmp/s21p/p 5 > /dev/null 2>&1
perf report -i $w/perf.data --no-children --sort dso,sym -q -g none 2> /dev/null > $w/rep.txt
so=$(grep -o '[^ ]*\.so ' $w/rep.txt | grep -v "lib\|ld-linux\|\[" | head -1 | tr -d ' ')
fn=$(grep " $so " $w/rep.txt | head -1 | sed 's/.*\] //' | awk '{print $1}')
sofile=$(find $POCL_CACHE_DIR -name "$so" | head -1)
perf annotate -i $w/perf.data --stdio -s "$fn" 2> /dev/null > $w/ann.txt
objdump -d --no-show-raw-insn "$sofile" > $w/dis.s
sed -n "/<<'PY'$/,/^PY$/p" /work/wt/s21compile/tools/hotloop/hotloop.sh | sed '1d;$d' > $w/loop.py
echo "$tag case $c: $fn in $so ($(grep " $so " $w/rep.txt | head -3 | awk '{print $1, $NF}' | tr '\n' ' '))"
python3 $w/loop.py $w/dis.s $w/ann.txt "$fn" $out/$tag-$c.loop.s
sed -E 's/^ *[0-9.]+ [0-9a-f]+:\t//; s/[0-9a-f]+ <[^>]*>/TARGET/; s/# block [0-9a-f]+-[0-9a-f]+/# block/' \
  $out/$tag-$c.loop.s > $out/$tag-$c.norm.s
