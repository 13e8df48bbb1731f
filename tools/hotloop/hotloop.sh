#!/bin/bash
# hotloop.sh OP fwd|bwd DTYPE [OPTS]: the AVX-512 loop PoCL runs for one activation.
# perf records a one-thread ab_call run (n = 2^24, 10 calls), finds the kernel's hottest
# instruction and prints the innermost loop around it (the backward branch after it whose
# target is at or before it) with its instruction count; the loop is left in $WORK/loop.s.
# OPTS is CLACT_BUILD_OPTIONS for the program (an A/B switch), "" by default.
# Environment: BUILD (the build folder: libclact.so and tools/ab_call; default ./build),
# WORK (scratch; default /tmp/hotloop/OP-DIR-DTYPE); AB_P0, AB_P1 (ab_call's parameters).
set -e
op=$1 dir=$2 dt=$3 opts=${4:-}
[ -n "$dt" ] || { echo "usage: hotloop.sh OP fwd|bwd DTYPE [OPTS]" >&2; exit 2; }
build=$(realpath "${BUILD:-build}")
w=${WORK:-/tmp/hotloop/$op-$dir-$dt}
rm -rf "$w" && mkdir -p "$w"
export POCL_CACHE_DIR=$w/pc POCL_MAX_PTHREAD_COUNT=1 LD_LIBRARY_PATH=$build
"$build/tools/ab_call" "$op" "$dir" 4194304 1 1 "$dt" "$opts" > /dev/null # builds the program
perf record -q -o "$w/perf.data" "$build/tools/ab_call" "$op" "$dir" 16777216 1 10 "$dt" "$opts" \
  > /dev/null 2>&1
perf annotate -i "$w/perf.data" --stdio -s "_pocl_kernel_clact_${dir}_workgroup" 2> /dev/null \
  > "$w/ann.txt"
hot=$(grep -E "^\s+[0-9]+\.[0-9]+ :" "$w/ann.txt" | sort -rn | head -1 | awk '{print $3}' | tr -d :)
so=$(find "$w/pc" -name "*.so" -print0 | xargs -0 ls -S | head -1)
objdump -d --no-show-raw-insn "$so" > "$w/dis.s"
python3 - "$w/dis.s" "$hot" "$w/loop.s" <<'PY'
import re, sys
lines = [l for l in open(sys.argv[1]) if re.match(r'\s+[0-9a-f]+:\t', l)]
addr = [int(l.split(':')[0], 16) for l in lines]
hot = int(sys.argv[2], 16)
for i, a in enumerate(addr):
    if a < hot:
        continue
    m = re.search(r'\tj\w+\s+([0-9a-f]+) <', lines[i])
    if m and int(m.group(1), 16) <= hot:
        t = int(m.group(1), 16)
        body = [l for l, b in zip(lines, addr) if t <= b <= a]
        open(sys.argv[3], 'w').write(''.join(body))
        print("loop %x-%x: %d instructions (%s)" % (t, a, len(body), sys.argv[3]))
        break
PY
