#!/bin/bash
# gloop.sh CASE GATE LIBDIR TAG [DTYPE] [OPTS]: hottest loop of the kernel of gated_call (one thread)
set -e
export GC_LAYOUT=${GC_LAYOUT:-}; [ -n "$GC_LAYOUT" ] || unset GC_LAYOUT
cs=$1 gate=$2 lib=$3 tag=$4 dt=${5:-f32}
export CLACT_BUILD_OPTIONS="${6:-}"
w=${LOOPS:-/tmp/s16refactor/loops}/$tag-$cs-$gate-$dt
rm -rf $w && mkdir -p $w
export POCL_CACHE_DIR=$w/pc POCL_MAX_PTHREAD_COUNT=1 LD_LIBRARY_PATH=$lib
$lib/tools/gated_call $cs $gate 1048576 1 $dt >/dev/null
perf record -q -o $w/perf.data $lib/tools/gated_call $cs $gate 16777216 6 $dt >/dev/null 2>&1
# the hottest symbol of the kernel's .so (the workgroup function or an out-of-line run loop)
perf report -i $w/perf.data --stdio --sort dso,sym 2>/dev/null | grep -E ' clact_[a-z_0-9]*\.so ' > $w/rep.txt
sym=${SYM:-$(head -1 $w/rep.txt | awk "{print \$NF}")}
perf annotate -i $w/perf.data --stdio -s "$sym" 2>/dev/null > $w/ann.txt
so=$(find $w/pc -name "*.so" -print0 | xargs -0 ls -S | head -1)
objdump -d --no-show-raw-insn "$so" > $w/dis.s
python3 - $w/dis.s $w/ann.txt $w/loop.s "$tag-$cs-$gate-$dt" <<'PY'
import re, sys
# the loop around the samples: of the backward branches (at a, to t <= a), the smallest span
# [t, a] holding at least 90 % of the most samples any span holds
lines = [l for l in open(sys.argv[1]) if re.match(r'\s+[0-9a-f]+:\t', l)]
addr = [int(l.split(':')[0], 16) for l in lines]
smp = {}
for l in open(sys.argv[2]):
    m = re.match(r'\s*([\d.]+)\s*:\s*([0-9a-f]+):', l)
    if m: smp[int(m.group(2), 16)] = float(m.group(1))
spans = []
for i, a in enumerate(addr):
    m = re.search(r'\tj\w+\s+([0-9a-f]+) <', lines[i])
    if m and int(m.group(1), 16) <= a:
        t = int(m.group(1), 16)
        spans.append((sum(v for k, v in smp.items() if t <= k <= a), t, a))
top = max(s[0] for s in spans)
_, t, a = min((s for s in spans if s[0] >= 0.9 * top), key=lambda s: s[2] - s[1])
body = [l for l, b in zip(lines, addr) if t <= b <= a]
open(sys.argv[3], 'w').write(''.join(body))
nd = sum(1 for l in body if re.search(r'\tvdiv|\tvrcp|\tvsqrt', l))
rsp = sum(1 for l in body if re.search(r'\(%rsp\)|\(%rbp\)', l))
calls = sum(1 for l in body if re.search(r'\tcall', l))
print("%s loop %x-%x: %d instructions, %d divisions, %d stack operands, %d calls (%.0f%% of the symbol's samples)" % (sys.argv[4], t, a, len(body), nd, rsp, calls, _))
PY
head -3 $w/rep.txt
