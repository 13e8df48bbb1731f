#!/bin/bash
# gloop.sh CASE GATE LIBDIR TAG: hottest loop of the gated/plain kernel of gated_call (one thread)
set -e
cs=$1 gate=$2 lib=$3 tag=$4 dt=${5:-f32}
w=/tmp/s13swiglu/loops/$tag-$cs-$gate-$dt
rm -rf $w && mkdir -p $w
export POCL_CACHE_DIR=$w/pc POCL_MAX_PTHREAD_COUNT=1 LD_LIBRARY_PATH=$lib
$lib/gated_call $cs $gate 1048576 1 $dt >/dev/null
perf record -q -o $w/perf.data $lib/gated_call $cs $gate 16777216 6 $dt >/dev/null 2>&1
sym=$(perf report -i $w/perf.data --stdio --sort sym 2>/dev/null | grep -o '_pocl_kernel_[a-z_0-9]*_workgroup' | head -1)
perf annotate -i $w/perf.data --stdio -s "$sym" 2>/dev/null > $w/ann.txt
hot=$(grep -E "^\s+[0-9]+\.[0-9]+ :" $w/ann.txt | sort -rn | head -1 | awk '{print $3}' | tr -d :)
so=$(find $w/pc -name "*.so" -print0 | xargs -0 ls -S | head -1)
objdump -d --no-show-raw-insn "$so" > $w/dis.s
python3 - $w/dis.s "$hot" $w/loop.s <<'PY'
import re, sys
lines = [l for l in open(sys.argv[1]) if re.match(r'\s+[0-9a-f]+:\t', l)]
addr = [int(l.split(':')[0], 16) for l in lines]
hot = int(sys.argv[2], 16)
for i, a in enumerate(addr):
    if a < hot: continue
    m = re.search(r'\tj\w+\s+([0-9a-f]+) <', lines[i])
    if m and int(m.group(1), 16) <= hot:
        t = int(m.group(1), 16)
        body = [l for l, b in zip(lines, addr) if t <= b <= a]
        open(sys.argv[3], 'w').write(''.join(body))
        nd = sum(1 for l in body if re.search(r'\tvdiv|\tvrcp|\tvsqrt', l))
        print("%s loop %x-%x: %d instructions, %d divisions" % (sys.argv[3].split('/')[-2], t, a, len(body), nd))
        break
PY
